"""The admin app's analytics page on the demo data: figures as the API counts them, a chart drawn,
CSV export of the table, and a figure that opens the returns behind it; at 1280 and 375 px, axe clean."""

from __future__ import annotations

import csv
import io
import re

import pytest

pytestmark = pytest.mark.slow  # a live server (and a browser)

ALOTROP = "alotrop.myshopify.com"


def test_analytics_shows_the_figures_charts_them_exports_them_and_links_to_the_returns(page):
    page.open("/analytics?days=30&by=REASON", domain=ALOTROP)
    assert page.locator("h1").first.inner_text() == "Analytics"
    page.wait_for_selector(".kpi")
    kpi = page.locator(".kpi").first.inner_text()
    assert "Item return rate" in kpi and "%" in kpi
    # Money is shown per currency, as amounts (the demo shop's are all in US dollars).
    refunds = page.locator(".kpi", has_text="Refunds paid").inner_text()
    assert "$" in refunds and "—" not in refunds and "NaN" not in refunds, refunds
    # The chart is drawn (a canvas with pixels) and described for screen readers.
    canvas = page.locator(".chart canvas")
    assert "by reason" in canvas.get_attribute("aria-label")
    drawn = page.evaluate("""() => { const c = document.querySelector('.chart canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; }""")
    assert drawn > 1000
    rows = page.locator("table.index").first.locator("tbody tr")
    assert rows.count() >= 1
    page.screenshot("admin-analytics")

    # CSV export of the table: the same rows, every column named.
    with page.expect_download() as download:
        page.click("[data-csv^='returns-by-reason']")
    text = open(download.value.path(), encoding="utf-8").read()
    table = list(csv.reader(io.StringIO(text)))
    assert table[0][:4] == ["Reason", "Key", "Items sold", "Items returned"]
    assert len(table) - 1 == rows.count()

    # A row's link opens the returns behind it, and the list holds as many as the row counts.
    first = rows.first.locator("a").first
    counted = int(first.inner_text().split()[0])
    first.click()
    page.settle()
    assert "#/returns?q=" in page.url
    assert page.locator("table.index tbody tr").count() == counted

    # At 375 px nothing scrolls sideways.
    page.go("/analytics?days=365&by=CUSTOMER_SEGMENT")
    page.set_viewport_size({"width": 375, "height": 812})
    page.wait_for_selector(".kpi")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375
    page.screenshot("admin-analytics-segments")


def test_the_period_is_written_as_the_rest_of_the_admin_writes_dates(page):
    # Looked at again: "2026-11-05 to 2026-12-04 (30 days)" under date fields reading 11/05/2026.
    page.open("/analytics?days=30&by=REASON", domain=ALOTROP)
    note = page.locator(".period-note")
    note.wait_for()
    text = note.inner_text()
    assert "(30 days)" in text and not re.search(r"\d{4}-\d\d-\d\d", text), text
    assert re.search(r"[A-Z][a-z]{2} \d{1,2}, \d{4} to [A-Z][a-z]{2} \d{1,2}, \d{4}", text), text
