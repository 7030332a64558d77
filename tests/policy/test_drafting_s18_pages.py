"""Session 18, from test76..79's misses (after their read): who pays return postage in more words ("Please prepay the
postage", "you arrange and pay for shipping the returned items", "the label is free", "a free Collect+ returns label"), a
free label that is no tag; email named beside a live chat is the channel; a return asked for as "approval" or as wishing
"to send a product back" starts one; and the goods a whole page is about (socks on a sock shop's page) are every item, so
a rule naming them is the shop's, while a page that divides its goods keeps each rule to its own."""

from __future__ import annotations

from drafting_helpers import conditions, holds, placed


def test_the_customer_pays_the_return_postage_in_more_words():
    for text in ("You must prepay and insure the shipping of every return yourself.",
                 "Please prepay the postage on any item you return.",
                 "5. Shipping Responsibility: you arrange and pay for shipping the returned item(s).",
                 "You then pay the return delivery yourself, and a 20% restocking fee is taken from the refund."):
        holds(text, {"shipping.default.payer": "CUSTOMER"})


def test_a_free_label_is_the_shop_paying_and_no_tag():
    for text in ("For every eligible return the label is free.",
                 "Step 3: We send you a label with the return postage already paid",
                 "To return it to our warehouse, you can make a free Collect+ returns label here."):
        holds(text, {"shipping.default.payer": "MERCHANT"})
    assert conditions("For every eligible return the label is free.") == set()


def test_email_named_beside_a_live_chat_is_the_channel():
    holds("To ask for a refund, reach our customer support team by email, phone or live chat.", {"returns.request_via": "EMAIL"})
    holds("To start a return, message us on our live chat.", {"returns.request_via": "WEBSITE"})


def test_a_return_asked_for_as_approval_or_as_sending_a_product_back_names_its_channel():
    holds("We must approve every return in advance, and you must ask for that approval by e-mail or by phone no later than "
          "7 days after the goods arrive.", {"returns.request_via": "EMAIL"})
    holds("Email sales@shop.example saying you wish to send a product back to us.", {"returns.request_via": "EMAIL"})


_SOCK_SHOP = """Returns
We want you to love your socks. A return is accepted when these conditions are met:
- Unworn and Unwashed: returned socks must be in their original condition, unworn and unwashed.
- Hygiene: we cannot take back socks that were worn or used.
Please try new socks on at home first, and keep your socks in their packaging until you are sure.
"""

_DIVIDED_SHOP = """Returns
Mattresses must be unused and come back within 100 days. Mattresses are collected by our courier.
Pillows must be unused. Pillows come back in their packaging. Pillows are sold with a sleep trial.
"""


def test_the_goods_the_whole_page_is_about_are_every_item():
    assert {"NOT_WORN", "NOT_WASHED", "ORIGINAL_CONDITION"} <= conditions(_SOCK_SHOP)
    # the same rule on a page that names two kinds as often keeps to its goods
    assert "requirements.condition" not in placed(_DIVIDED_SHOP)
