"""Issue 21, item 9: `GET /app?id_token=…`, `/portal/<shop>?customer_token=…` and GraphQL over GET
wrote whole tokens to the access log, in production too, and `%40`-encoded emails and phone numbers
were not masked. A real `recourse serve` in production mode, its log read back: no token, email or
phone number in any line, however it was spelled; what a line is about stays readable.

And item 15's logging half: a bad anonymous request is one short line at INFO, not an ERROR with a
traceback per GraphQL error."""

from __future__ import annotations

import json
import logging
from urllib.parse import quote

import httpx
import pytest

from plugin.process.logs import JsonFormatter, scrub
from tests import live_server

EMAIL = "jane.doe@example.com"
PHONE = "+1 212 555 0142"
SECRETS = ["jane.doe", "555 0142", "5550142", "555-0142", "2125550142"]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    folder = tmp_path_factory.mktemp("logs")
    log = folder / "server.log"
    server = live_server.start(folder, env={"RECOURSE_ENV": "production", "LOG_LEVEL": "INFO"}, log=log)
    yield server, log
    live_server.stop(server)


def _lines(log) -> list[dict]:
    return [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]


def test_tokens_emails_and_phones_never_reach_the_log(served):
    server, log = served
    customer_token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJlLW9mLWEtY3VzdG9tZXI"
    with httpx.Client(base_url=server.url, timeout=30) as http:
        http.get(f"/app?id_token={server.admin_token}")
        http.get(f"/portal/{server.domain}?customer_token={customer_token}&lang=en")
        query = '{ order(name: "#1001", email: "%s") { name } }' % EMAIL
        http.get(f"/storefront/graphql?query={quote(query)}", headers=server.storefront_headers)
        variables = json.dumps({"e": EMAIL, "p": PHONE})
        http.get("/storefront/graphql?query=" + quote("query($e: String!, $p: String) { order(name: \"#1\", email: $e) { name } }")
                 + "&variables=" + quote(variables), headers=server.storefront_headers)
        http.get(f"/storefront/graphql?query={quote('{ nope }')}&email=jane.doe%40example.com&phone=%2B1%20212%20555%200142",
                 headers=server.storefront_headers)
    text = log.read_text()
    assert _lines(log), text[-2000:]
    assert server.admin_token not in text and server.admin_token.split(".")[2] not in text
    assert customer_token not in text and customer_token.split(".")[1] not in text
    leaked = [s for s in SECRETS if s in text.lower() or quote(s) in text.lower()]
    assert leaked == [], [line for line in text.splitlines() if any(s in line.lower() for s in SECRETS)]
    assert "jane.doe%40example.com" not in text.lower()
    # What the lines are about is still there: the paths, and the email's domain.
    assert f"/portal/{server.domain}" in text and "/app" in text and "example.com" in text


def test_a_bad_anonymous_request_is_one_short_info_line(served):
    server, log = served
    before = len(log.read_text())
    with httpx.Client(base_url=server.url, timeout=30) as http:
        bad = "{ " + " ".join(f"a{i}: shopp {{ name }}" for i in range(40)) + " }"  # 40 errors, "did you mean"
        response = http.post("/storefront/graphql", json={"query": bad}, headers=server.storefront_headers)
    assert response.status_code in (200, 400)
    lines = [json.loads(line) for line in log.read_text()[before:].splitlines() if line.startswith("{")]
    assert lines and not [line for line in lines if line["level"] in ("ERROR", "CRITICAL")], lines
    assert not [line for line in lines if "exception" in line or "Traceback" in line["message"]]
    graphql = [line for line in lines if line["logger"] != "recourse.access" and not line["logger"].startswith("uvicorn")]
    assert len(graphql) <= 1 and all(len(json.dumps(line)) < 1500 for line in lines), lines


@pytest.mark.parametrize("raw, kept, gone", [
    ("GET /app?id_token=eyJa.eyJb.c2ln HTTP/1.1", "/app?id_token=", "eyJb"),
    ("GET /portal/x.myshopify.com?customer_token=abc123secret&lang=en", "lang=en", "abc123secret"),
    ("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.sig-nature_x", "Bearer", "eyJzdWIiOiI0MiJ9"),
    ("to jane.doe%40example.com", "example.com", "jane.doe"),
    ("to JANE%2Edoe%40Example.COM", "Example.COM", "doe"),
    ("call %2B1%20212%20555%200142 or (212) 555-0142 or +44 20 7946 0958", "call", "0142"),
    ("at 2026-12-04 09:50:28, order 1234567 took 12.5 ms", "2026-12-04 09:50:28", "nothing"),
])
def test_scrub_masks_secrets_in_every_spelling(raw, kept, gone):
    cleaned = scrub(raw)
    assert kept in cleaned and gone not in cleaned and "7946" not in cleaned, cleaned


def test_the_formatter_scrubs_extra_fields_and_exceptions():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "GET %s", ("/app?id_token=eyJa.eyJb.c2ln",), None)
    record.fields = {"url": "https://h.example/?token=s3cr3t"}
    line = JsonFormatter().format(record)
    assert "eyJb" not in line and "s3cr3t" not in line
