"""Dates a merchant reads on first run (issue 23, item 21): a seeded return's header and timeline tell
the same time, and the latest returns and the orders list run newest first by date."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from urllib.parse import quote

ALLEGRA = "allegra-k.myshopify.com"


def _moments(values: list[str]) -> list[datetime]:
    return [datetime.fromisoformat(v) for v in values]


def test_the_latest_returns_and_the_orders_run_newest_first(page, live_server):
    page.open(domain=ALLEGRA)
    shown = page.locator("table.index tbody tr td:first-child a").all_inner_texts()
    latest = live_server.gql("{ returns(first: 5) { nodes { name requestedAt } } }", domain=ALLEGRA)["returns"]["nodes"]
    assert shown == [r["name"] for r in latest]
    requested = _moments([r["requestedAt"] for r in latest])
    assert requested == sorted(requested, reverse=True), latest
    page.screenshot("admin-home-latest")

    first = live_server.gql("{ orders(first: 20) { nodes { name placedAt } pageInfo { endCursor } } }", domain=ALLEGRA)["orders"]
    after = live_server.gql("query($a: String) { orders(first: 20, after: $a) { nodes { name placedAt } } }",
                            {"a": first["pageInfo"]["endCursor"]}, domain=ALLEGRA)["orders"]["nodes"]
    placed = _moments([o["placedAt"] for o in first["nodes"] + after])
    assert placed == sorted(placed, reverse=True)
    assert not {o["name"] for o in first["nodes"]} & {o["name"] for o in after}  # the pages follow on, no repeats
    page.go("/orders")
    listed = page.locator("table.index tbody tr td:first-child").all_inner_texts()
    assert [name.split()[0] for name in listed[:5]] == [o["name"] for o in first["nodes"][:5]]
    page.screenshot("admin-orders-by-date")


def test_a_seeded_returns_header_and_timeline_agree(page, live_server):
    returns = live_server.gql("{ returns(first: 20) { nodes { id name status requestedAt approvedAt timeline { action at } } } }",
                              domain=ALLEGRA)["returns"]["nodes"]
    # The seeded ones (requested hours before the server started), not those other tests make now.
    seeded = [r for r in returns if datetime.fromisoformat(r["requestedAt"]) < datetime.now(timezone.utc) - timedelta(hours=1)]
    assert len(seeded) >= 5, returns
    for ret in seeded:
        requested = next(e for e in ret["timeline"] if e["action"] == "return.requested")
        assert datetime.fromisoformat(requested["at"]) == datetime.fromisoformat(ret["requestedAt"]), ret
        moments = _moments([e["at"] for e in ret["timeline"]])
        assert moments == sorted(moments) and moments[0] == datetime.fromisoformat(ret["requestedAt"])
        approved = next((e for e in ret["timeline"] if e["action"] == "return.approved"), None)
        if approved:
            # (within a second: other tests in the session may approve a seeded request now)
            assert abs(datetime.fromisoformat(approved["at"]) - datetime.fromisoformat(ret["approvedAt"])) < timedelta(seconds=1), ret
    closed = next(r for r in seeded if r["status"] == "CLOSED")
    page.open(f"/returns/{quote(closed['id'], safe='')}", domain=ALLEGRA)
    header = page.locator(".page-header, header").filter(has_text="Requested").first.inner_text()
    first_event = page.locator("ol.timeline li .when").first.inner_text()
    assert first_event in header, (header, first_event)
    page.screenshot("admin-return-seeded-times")
