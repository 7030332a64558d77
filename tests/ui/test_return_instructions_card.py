"""A return's page says what the customer was told (issue 23, item 5, the admin part): a requested
return's instructions are not "sent" yet, approving promises a ship-by date only where the policy
sets one (Allegra K's sets none), and an approved return's instructions can be sent again
(returnInstructionsResend, issue 23 item 1)."""

from __future__ import annotations

from tests.ui.data import ALLEGRA, requested_return
from tests.ui.test_admin_app import _confirm, _dialog, _return_url, _timeline


def test_a_requested_return_is_not_told_it_has_instructions_nor_a_ship_by_date_the_policy_lacks(page, live_server):
    ret = requested_return(live_server)
    page.open(_return_url(ret), domain=ALLEGRA)
    page.locator("h1", has_text=ret["name"]).wait_for()
    main = page.locator("main")
    page.get_by_role("heading", name="Instructions (sent when approved)").wait_for()
    assert main.get_by_role("heading", name="Instructions sent", exact=True).count() == 0
    assert "Ship by" not in main.inner_text()  # the policy sets no ship-by date: none is shown

    page.get_by_role("button", name="Approve", exact=True).click()
    said = _dialog(page).inner_text()
    assert "The customer gets the return instructions." in said and "date" not in said
    page.screenshot("return-approve-no-ship-by")
    _confirm(page, "Approve")
    page.get_by_role("heading", name="Instructions sent", exact=True).wait_for()
    assert "Ship by" not in main.inner_text()

    page.get_by_role("button", name="Send instructions again").click()
    assert "again by email" in _dialog(page).inner_text()
    _confirm(page, "Send instructions again")
    assert "Send instructions again: done." in page.locator(".banner-success").inner_text()
    _timeline(page, "Instructions resent")
    page.screenshot("return-instructions-sent")
    events = live_server.gql("query($id: ID!) { return(id: $id) { timeline { action } } }", {"id": ret["id"]}, domain=ALLEGRA)
    assert "return.instructions_resent" in [e["action"] for e in events["return"]["timeline"]]
