"""Finding 1: one shop's template override must not stall every shop. The override below kept the
event loop busy for 16 s (the sandbox's step budget counts template lines, not the work its own size
checks do on a 66,000-item list); now overrides render in a child process with a CPU budget."""

from __future__ import annotations

import asyncio
import time

from emails.isolation import WALL_SECONDS
from tests.emails.cases import SETTINGS, email_settings, requested_return, shop_for_mail
from tests.helpers import admin, gql_ok

COSTLY = "{% set l=('x,'*66000).split(',') %}{% for i in range(1000) %}{% set y=l|length %}{% endfor %}"
PREVIEW = """query($k: EmailKind!, $s: ID!) { emailPreview(kind: $k, subjectId: $s) {
  preview { html warnings } userErrors { code } } }"""


async def test_a_costly_override_never_holds_the_event_loop_and_falls_back(client, db):
    shop = await shop_for_mail(client)
    saved = gql_ok(await admin(client, shop, SETTINGS, {"s": email_settings(overrides={
        "return_requested": {"html": COSTLY, "text": "Return {{ ret.name }} received."}})}))
    assert saved["emailSettingsUpdate"]["userErrors"] == []
    await shop.refresh_from_db()
    return_id = await requested_return(client, shop, "#1001")
    # Warm the renderer up (a child process starts on first use), so the timing below is the render's.
    warm = gql_ok(await admin(client, shop, PREVIEW, {"k": "RETURN_INSTRUCTIONS", "s": f"gid://recourse/Return/{return_id}"}))
    assert warm["emailPreview"]["userErrors"] == []

    stalls: list[float] = []
    done = asyncio.Event()

    async def heartbeat() -> None:
        while not done.is_set():
            before = time.perf_counter()
            await asyncio.sleep(0.02)
            stalls.append(time.perf_counter() - before - 0.02)

    beat = asyncio.create_task(heartbeat())
    started = time.perf_counter()
    try:
        answer = await admin(client, shop, PREVIEW, {"k": "RETURN_REQUESTED", "s": f"gid://recourse/Return/{return_id}"})
    finally:
        done.set()
        await beat
    took = time.perf_counter() - started
    preview = gql_ok(answer)["emailPreview"]["preview"]
    html_warning, = [w for w in preview["warnings"] if " html override" in w]
    assert html_warning.startswith("return_requested html override failed (TimeoutError"), html_warning
    assert "We review every request" in preview["html"]  # the shipped template stands
    # The parent stops waiting after WALL_SECONDS; before the fix this override ran for 16 s. The
    # margin is for a busy machine, not for a render that is never stopped.
    assert took < WALL_SECONDS + 10, took
    # The loop kept running the whole time. Measured against the same request: a render on the event
    # loop would stall it for about as long as the request took (all of it past the CPU budget);
    # here the longest pause is a small part of it, however slow the machine is today.
    assert max(stalls) < took / 2, (max(stalls), took)
