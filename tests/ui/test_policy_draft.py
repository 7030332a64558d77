"""Starting from the written policy in a real browser: paste the seed text, see each sentence beside
the settings it set and the sentences no setting holds, the page and impact the draft would have,
then save it (and put the shop's policy back, so the other tests meet the demo as seeded)."""

from __future__ import annotations

from pathlib import Path

TRENDS = "alltrendsusa.myshopify.com"
SEED = Path(__file__).resolve().parents[1] / "seeds" / "texts" / "alltrendsusa-guarantees.txt"
UPDATE = "mutation($d: JSON!) { policyUpdate(document: $d) { policyVersion { number } userErrors { message } } }"


def _fits_a_phone(page) -> None:
    """At 375 px the draft page scrolls down, never sideways; then back to the desktop width."""
    page.set_viewport_size({"width": 375, "height": 812})
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 375, f"the draft page is {width}px wide at 375px"
    page.set_viewport_size({"width": 1280, "height": 900})


def test_a_pasted_policy_is_drafted_sentence_by_sentence_previewed_and_saved(page, live_server):
    before = live_server.gql("{ policy { version document } }", domain=TRENDS)["policy"]
    page.open("/policy", domain=TRENDS)
    page.get_by_role("link", name="Draft from your written policy").click()
    page.settle()
    page.get_by_role("textbox", name="Policy text").fill(SEED.read_text())
    page.get_by_role("button", name="Draft my settings").click()
    settings = page.locator(".draft-settings")
    settings.wait_for()

    # Every placed setting says where it came from, in the merchant's words.
    window = settings.locator("li").filter(has_text="Returns › Window › Days")
    assert "30" in window.inner_text() and "From: “Our Satisfaction Guarantee offers" in window.inner_text()
    proof = settings.locator("li").filter(has_text="Requirements › Proof of purchase")
    assert "Yes" in proof.inner_text()
    # Selecting a setting's sentence marks it in the text.
    window.get_by_role("button").first.click()
    selected = page.locator(".draft-text .sentence.selected")
    assert selected.inner_text().startswith("Our Satisfaction Guarantee offers your customers")
    # What no setting holds is listed word for word, for the merchant to handle.
    unplaced = page.locator(".draft-unplaced")
    assert "If this is not fully complied with, the return could be rejected." in unplaced.inner_text()
    assert page.locator(".draft-text .sentence.unplaced").count() >= 1

    frame = page.frame_locator("iframe[title='Preview of the drafted return policy page']")
    frame.locator("body").filter(has_text="30 days").wait_for()
    page.locator("[data-figure=returnable]").wait_for()
    page.screenshot("policy-draft")
    _fits_a_phone(page)

    page.get_by_role("button", name="Save as my policy").click()
    page.locator(".banner-success").filter(has_text="Saved as version").wait_for()
    saved = live_server.gql("{ policy { version document } }", domain=TRENDS)["policy"]
    assert saved["version"] == before["version"] + 1
    assert saved["document"]["returns"]["window"]["days"] == 30
    assert saved["document"]["requirements"]["proof_of_purchase"] is True
    assert saved["document"]["sales_channels"]["allowed"] == ["web"]

    restored = live_server.gql(UPDATE, {"d": before["document"]}, domain=TRENDS)["policyUpdate"]
    assert restored["userErrors"] == []


def test_an_empty_text_is_refused_at_the_field(page):
    page.open("/policy/draft", domain=TRENDS)
    page.get_by_role("button", name="Draft my settings").click()
    error = page.locator("#policy-text-error")
    error.wait_for()
    assert "paste your policy text" in error.inner_text()
    assert page.locator(".draft-settings").count() == 0


def test_a_setting_read_by_likeness_is_marked_for_the_merchant_to_check(page):
    page.open("/policy/draft", domain=TRENDS)
    page.get_by_role("textbox", name="Policy text").fill(
        "You have 30 days from delivery to send items back. Sending it back to us is something you pay for.")
    page.get_by_role("button", name="Draft my settings").click()
    settings = page.locator(".draft-settings")
    settings.wait_for()
    guessed = settings.locator("li").filter(has_text="Read by likeness")
    assert guessed.count() == 1
    assert "% sure: check it" in guessed.inner_text() and "From: “Sending it back to us is something you pay for.”" in guessed.inner_text()
    window = settings.locator("li").filter(has_text="Returns › Window › Days")
    assert "Read by likeness" not in window.inner_text()  # a rule read it
    assert "read by their likeness" in page.locator("main").inner_text()
    page.screenshot("policy-draft-likeness")
    _fits_a_phone(page)


def test_what_a_sentence_may_say_is_offered_taken_with_a_click_and_undone(page):
    held = "What you paid for delivery is not refunded, unless the return comes from a mistake of ours."
    page.open("/policy/draft", domain=TRENDS)
    page.get_by_role("textbox", name="Policy text").fill(f"Returns\n\nWe accept returns within 30 days of delivery.\n{held}\n")
    page.get_by_role("button", name="Draft my settings").click()
    unplaced = page.locator(".draft-unplaced > li").filter(has_text=held)
    offer = unplaced.locator(".draft-suggestions li")
    offer.wait_for()
    assert "May say Refund › Original shipping: Merchant at fault" in offer.inner_text() and "% sure" in offer.inner_text()
    settings = page.locator(".draft-settings")
    assert settings.locator("li").filter(has_text="Refund › Original shipping").count() == 0  # offered, not set
    page.screenshot("policy-draft-suggestion")
    _fits_a_phone(page)

    offer.get_by_role("button", name="Use this").click()
    chosen = settings.locator("li").filter(has_text="Refund › Original shipping")
    chosen.wait_for()
    assert "Merchant at fault" in chosen.inner_text() and "You chose it" in chosen.inner_text()
    assert f"From: “{held}”" in chosen.inner_text()
    assert "read by their likeness" not in page.locator("main").inner_text()  # the merchant's choice, not the reader's guess
    assert page.locator(".draft-suggestions").count() == 0  # the sentence is placed now: nothing more to offer
    page.screenshot("policy-draft-suggestion-taken")

    chosen.get_by_role("button", name="Undo").click()
    offer.wait_for()
    assert settings.locator("li").filter(has_text="Refund › Original shipping").count() == 0


def test_an_item_chosen_for_a_list_setting_is_marked_and_undone_alone(page):
    """A list setting holds items the rules read and items the merchant chose: only the chosen ones say so,
    and taking one back leaves the others."""
    altered = "We will not accept for return or exchange a plush toy that has been damaged or altered."
    used = "Anything that has been used, re-taped, or pulled off its display card will be thrown away, and no credit will be given for it."
    page.open("/policy/draft", domain=TRENDS)
    page.get_by_role("textbox", name="Policy text").fill(
        f"Returns\n\nWe accept returns within 30 days of delivery. Items must be unworn with tags attached.\n{altered}\n{used}\n")
    page.get_by_role("button", name="Draft my settings").click()
    unplaced = page.locator(".draft-unplaced > li")
    unplaced.first.wait_for()
    condition = page.locator(".draft-settings > li").filter(has_text="Requirements › Condition")
    assert "Not worn, Tags attached" in condition.inner_text() and "You chose it" not in condition.inner_text()

    unplaced.filter(has_text=altered).locator(".draft-suggestions li").filter(has_text="Not altered").get_by_role("button", name="Use this").click()
    mine = condition.locator(".draft-chosen")
    mine.wait_for()
    assert "Not altered" in mine.inner_text() and "You chose it" in mine.inner_text()
    read = condition.locator(".row").first.inner_text()
    assert "Not worn, Tags attached" in read and "Not altered" not in read and "You chose it" not in read

    unplaced.filter(has_text=used).locator(".draft-suggestions li").filter(has_text="Unused").get_by_role("button", name="Use this").click()
    mine.nth(1).wait_for()
    assert [m.split("\n")[0].strip() for m in mine.all_inner_texts()] == ["Not altered", "Unused"]
    page.screenshot("policy-draft-list-items-chosen")
    _fits_a_phone(page)

    mine.filter(has_text="Unused").get_by_role("button", name="Undo").click()
    page.wait_for_function("() => document.querySelectorAll('.draft-chosen').length === 1")
    assert "Not altered" in mine.inner_text()  # the earlier choice stands
    assert "Not worn, Tags attached" in condition.locator(".row").first.inner_text()


def test_a_sentence_that_sets_a_setting_and_says_more_is_marked_partly_placed(page):
    """A sentence that set a setting and also says what no setting holds is neither wholly green nor wholly amber: the
    text marks it partly placed, and its line among the unplaced ones names what it did set."""
    partly = "You may return items within 14 days, and we refund the shipping only for orders over $100."
    page.open("/policy/draft", domain=TRENDS)
    page.get_by_role("textbox", name="Policy text").fill(f"Returns\n\n{partly}\nGift cards cannot be returned.\n")
    page.get_by_role("button", name="Draft my settings").click()
    page.locator(".draft-settings").wait_for()
    sentence = page.locator(".draft-text .sentence.partly")
    assert sentence.count() == 1 and sentence.inner_text() == partly
    assert sentence.get_attribute("title").startswith("Sets Returns › Window › Days")
    assert "the rest no setting holds (partly read" in sentence.get_attribute("title")
    assert "green edged in amber" in page.locator(".draft-layout").inner_text()
    line = page.locator(".draft-unplaced > li").filter(has_text=partly)
    assert "It also sets Returns › Window › Days" in line.locator(".draft-partly").inner_text()
    page.screenshot("policy-draft-partly")
    _fits_a_phone(page)
