"""The customer emails as a phone shows them: the HTML part of every email the demo sent, in Chromium
at 375 and 1280 px, and the plain-text part read as text (issue 23, item 19)."""

from __future__ import annotations

import email
import re
import time
from email import policy as email_policy

from tests.ui.conftest import DESKTOP, MOBILE

# Two sentences glued together ("cancelled.We are refunding"), a tag or an entity in plain text.
GLUED = re.compile(r"[a-z)]\.[A-Z]")
MARKUP = re.compile(r"<[a-zA-Z/][^>]*>|&(?:[a-z]+|#\d+);")


def _emails(server) -> dict[str, email.message.EmailMessage]:
    """The first .eml of each kind the demo's outbox wrote (the worker delivers them just after start)."""
    deadline = time.monotonic() + 60
    while True:
        files = sorted(server.mail_dir.glob("*.eml"))
        kinds = {f.stem.split("-", 1)[1] for f in files}
        if {"return_instructions", "return_declined", "refund_issued"} <= kinds or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    found: dict[str, email.message.EmailMessage] = {}
    for path in files:
        kind = path.stem.split("-", 1)[1]
        found.setdefault(kind, email.message_from_bytes(path.read_bytes(), policy=email_policy.default))
    return found


def test_every_email_fits_a_phone_and_its_text_part_reads_as_text(page, live_server):
    emails = _emails(live_server)
    assert {"return_requested", "return_instructions", "return_declined", "refund_issued"} <= set(emails), sorted(emails)
    for kind, message in emails.items():
        html_part = message.get_body(("html",)).get_content()
        text_part = message.get_body(("plain",)).get_content()
        # Plain text: no markup, no entities, sentences apart, nothing left of the templates.
        assert not MARKUP.search(text_part), (kind, MARKUP.search(text_part))
        assert not GLUED.search(text_part), (kind, GLUED.search(text_part).group(0), text_part)
        assert "{{" not in text_part and "{%" not in text_part
        page.set_content(html_part)
        for size in (MOBILE, DESKTOP):
            page.set_viewport_size(size)
            # Nothing wider than the screen: no sideways scrolling, the card fits.
            overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{kind} is {overflow} px wider than {size['width']} px"
            card = page.evaluate("() => Math.max(...[...document.querySelectorAll('table table')].map((t) => t.getBoundingClientRect().width))")
            assert card <= min(size["width"], 560), (kind, size, card)
        if kind in ("return_instructions", "return_declined", "refund_issued"):
            page.screenshot(f"email-{kind.replace('_', '-')}")
