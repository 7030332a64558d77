"""Merchants' template overrides: saved through the admin API, rendered in Jinja2's sandbox, and never
the reason an email does not go out. A broken one falls back to the shipped template, and the admin
hears about it (settings warnings, the preview's warnings)."""

from __future__ import annotations

import logging
import time

import pytest
from jinja2.sandbox import SecurityError

from emails.render import MAX_SIZE, MAX_STEPS, render_override
from tests.emails.cases import (
    SETTINGS,
    drain,
    email_settings,
    handlers_for,
    requested_return,
    shop_for_mail,
    smtp_settings,
)
from tests.emails.mailserver import MailServer
from tests.helpers import admin, gql_ok

PREVIEW = """query($k: EmailKind!, $s: ID!, $l: String) { emailPreview(kind: $k, subjectId: $s, locale: $l) {
  preview { subject html text warnings locale to } userErrors { field code message } } }"""
RUNAWAY_BOUND = 30.0  # seconds; see test_the_sandbox_bounds_time_and_size_but_lets_ordinary_templates_through
DEFAULT_HTML = "We review every request and will email you the return instructions once it is approved."


@pytest.fixture
def mail():
    server = MailServer().start()
    yield server
    server.stop()


async def save(client, shop, overrides: dict) -> dict:
    body = gql_ok(await admin(client, shop, SETTINGS, {"s": email_settings(overrides=overrides)}))["emailSettingsUpdate"]
    await shop.refresh_from_db()
    return body


def parts(message) -> dict[str, str]:
    return {part.get_content_type(): part.get_content() for part in message.iter_parts()}


async def test_an_override_with_a_syntax_error_is_saved_reported_and_falls_back(client, db, mail, caplog):
    shop = await shop_for_mail(client)
    saved = await save(client, shop, {"return_requested": {
        "html": "<p>Hi {{ customer.first_name </p>{% if %}",  # broken
        "text": "Return {{ ret.name }} for {{ order.name }} is in our queue.",  # fine
        "subject": "{{ ret.name }}: received",
    }})
    assert saved["userErrors"] == []  # accepted: a merchant may save work in progress
    [warning] = saved["emailSettings"]["warnings"]
    assert warning.startswith("return_requested html override has a syntax error on line 1")
    assert gql_ok(await admin(client, shop, "{ emailSettings { warnings } }"))["emailSettings"]["warnings"] == [warning]

    return_id = await requested_return(client, shop, "#1001")
    with caplog.at_level(logging.WARNING, logger="recourse.emails"):
        assert await drain(handlers_for(smtp_settings(mail))) == 1
    [envelope] = mail.mailbox.received
    message = envelope.message
    found = parts(message)
    assert DEFAULT_HTML in found["text/html"] and "{% if %}" not in found["text/html"]  # the shipped template
    assert found["text/plain"].strip() == "Return #1001-R1 for #1001 is in our queue."  # the working override
    assert message["Subject"] == "#1001-R1: received"
    assert any("return_requested html override failed (TemplateSyntaxError" in r.getMessage() for r in caplog.records)

    preview = gql_ok(await admin(client, shop, PREVIEW, {"k": "RETURN_REQUESTED", "s": f"gid://recourse/Return/{return_id}"}))
    shown = preview["emailPreview"]["preview"]
    assert DEFAULT_HTML in shown["html"] and shown["subject"] == "#1001-R1: received"
    assert [w.split(" (")[0] for w in shown["warnings"]] == ["return_requested html override failed"]


@pytest.mark.parametrize("source, error", [
    ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "SecurityError"),  # Python's internals
    ("{{ cycler.__init__.__globals__ }}", "SecurityError"),
    ("{{ ret.lines.append(1) }}{{ ret.lines }}", "SecurityError"),  # changing the context
    ("{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}", "SecurityError"),  # runaway
    ("{{ 'x' * 1000000000 }}", "SecurityError"),
    ("{% set a = 'x' * 100000 %}{{ a|replace('x', a) }}", "SecurityError"),
    ("{{ '%0999999999d' % 1 }}", "SecurityError"),
    ("{% set ns = namespace(s='xx') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}", "SecurityError"),
    ("{{ no_such_thing.name }}", "UndefinedError"),
    ("{{ 1 / 0 }}", "ZeroDivisionError"),
])
async def test_an_override_that_breaks_the_sandbox_falls_back_and_the_email_still_arrives(client, db, mail, source, error):
    shop = await shop_for_mail(client)
    saved = await save(client, shop, {"return_requested": {"html": source}})
    assert saved["userErrors"] == [] and saved["emailSettings"]["warnings"] == []  # no syntax error to see
    return_id = await requested_return(client, shop, "#1001")

    started = time.perf_counter()
    assert await drain(handlers_for(smtp_settings(mail))) == 1
    # Bounded by the sandbox's budgets (well under a second each); unbounded, several of these run
    # for hours. The bound is generous so a busy machine never crosses it and a regression always does.
    assert time.perf_counter() - started < RUNAWAY_BOUND
    [envelope] = mail.mailbox.received
    assert DEFAULT_HTML in parts(envelope.message)["text/html"]

    preview = gql_ok(await admin(client, shop, PREVIEW, {"k": "RETURN_REQUESTED", "s": f"gid://recourse/Return/{return_id}"}))
    [warning] = preview["emailPreview"]["preview"]["warnings"]
    assert warning.startswith(f"return_requested html override failed ({error}")


def test_the_sandbox_bounds_time_and_size_but_lets_ordinary_templates_through():
    context = {"order": {"name": "#1001"}, "ret": {"name": "#1001-R1", "lines": [{"title": "Shirt", "quantity": 2}]},
               "refund": {"amount": {"amount": "40.00", "currency": "USD"}}}
    ordinary = ("{% for l in ret.lines %}{{ l.quantity }} x {{ l.title|upper }}{% endfor %}, "
                "{{ refund.amount|money }}, {{ '%s/%s' % (order.name, ret.name) }}, {{ 'x' ~ order.name }}, "
                "{{ '{:>6}'.format(order.name) }}, {{ order.name|replace('#', 'No. ') }}, {{ range(3)|join('-') }}")
    assert render_override(ordinary, context, "en", html=False) == (
        "2 x SHIRT, $40.00, #1001/#1001-R1, x#1001,  #1001, No. 1001, 0-1-2")
    assert render_override("<b>{{ order.name }}</b>{{ '<i>' }}", context, "en", html=True) == "<b>#1001</b>&lt;i&gt;"
    started = time.perf_counter()
    for runaway in (
        "{% for a in range(100000) %}{% for b in range(100000) %}{{ '' }}{% endfor %}{% endfor %}",
        "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}",
        "{% for i in range(100000) %}{{ range(1000)|join(',') }}{% endfor %}",
        "{{ ('a\n' * 50000)|indent(10000) }}",
        "{% set a = 'x' * 100000 %}{{ [a, a, a] }}",
        "{{ 'x'.zfill(1000000000) }}",
    ):
        with pytest.raises((SecurityError, RecursionError)):
            render_override(runaway, context, "en", html=False)
    assert time.perf_counter() - started < RUNAWAY_BOUND  # see above: seconds bounded, hours not


def test_the_limits_are_the_documented_figures():
    """MAX_STEPS and MAX_SIZE (named in the README) are where the sandbox draws its lines."""
    # Output: MAX_SIZE characters pass, one more does not.
    exactly = {"s": "x" * MAX_SIZE}
    assert len(render_override("{{ s }}", exactly, "en", html=False)) == MAX_SIZE
    with pytest.raises(SecurityError, match=f"over {MAX_SIZE} characters"):
        render_override("{{ s }}!", exactly, "en", html=False)
    # Steps: a loop of a tenth of MAX_STEPS iterations runs (a few lines each); one of MAX_STEPS
    # iterations (at least a line each) is stopped, and says by which budget.
    def loops(total: int) -> str:
        return f"{{% for a in range(100) %}}{{% for b in range({total // 100}) %}}{{% endfor %}}{{% endfor %}}done"

    assert render_override(loops(MAX_STEPS // 10), {}, "en", html=False) == "done"
    with pytest.raises(SecurityError, match=f"ran over {MAX_STEPS} steps"):
        render_override(loops(MAX_STEPS), {}, "en", html=False)
