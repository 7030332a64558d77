"""The rendered page states every rule of each seed, and escapes what the merchant typed.

Each preset has a list of (seed sentence, phrases the page must contain). Walking the clauses of
the seed, every rule the preset enforces must be readable on the page generated from it, so the
public text and the enforced settings cannot drift apart.
"""

import html
import re

import pytest

from plugin.policy.document import parse_policy, policy_to_data
from plugin.policy.presets import load_preset
from plugin.policy.render import render

ALOTROP = [
    ("Yes—if your order has not shipped yet, you may cancel it. Just email us at support@alotrop.com with your order number.",
     ["cancel an order as long as it has not shipped yet", "email us at support@alotrop.com with your order number"]),
    ("However, once your order has shipped, cancellations are no longer possible. You may still return the item according to our Returns & Refunds Policy.",
     ["Once your order has shipped", "can no longer be cancelled", "return it under this policy"]),
    ("It’s unused and in original condition", ["unused", "in original condition"]),
    ("All packaging and tags are intact", ["in the original packaging", "original tags and labels intact"]),
    ("Returns must be requested within 28 days of receiving your order.", ["within 28 days of delivery"]),
    ("Approve and issue your refund within 4–9 business days / Refunds typically take 5–10 business days",
     ["5–10 business days"]),
    ("The refund will go back to your original payment method.", ["original payment method"]),
    ("Contact us within 28 days of receiving it; Include a photo if possible",
     ["contact us at support@alotrop.com within 28 days of delivery", "at least 1 photo"]),
    ("Once we confirm the issue, we will send a replacement or full refund at no extra cost.",
     ["a replacement (if available) or a full refund", "at no extra cost"]),
    ("We do not accept cancellations or returns for: Final Sale items; Personalized or custom-made products",
     ["Final sale items and personalized or custom-made products can't be cancelled", "- Final sale items",
      "- Personalized or custom-made products"]),
    ("Items that show wear or damage not caused during shipping", ["not worn", "don't apply to the damage you report"]),
    ("We currently do not offer direct exchanges. Instead, you can return your item and place a new order for the one you want.",
     ["We currently do not offer direct exchanges", "return the original item, then place a new order"]),
    ("In original packaging, including all labels, manuals, and accessories",
     ["with all manuals", "with all original accessories"]),
    ("We do not accept returns on: Personalized or customized items; Clearance or final sale products",
     ["- Clearance items"]),
    ("These items are considered non-refundable, unless they arrive damaged or defective.",
     ["are non-refundable unless they arrive defective, damaged or wrong"]),
    ("To begin a return, please contact our customer support team at support@alotrop.com. Include: Your order number; A brief description of the reason for return",
     ["email us at support@alotrop.com with your order number and a brief description of the reason for the return"]),
    ("Our team will respond with step-by-step return instructions", ["step-by-step return instructions"]),
    ("Pack the item securely using the original packaging", ["Pack the item securely, using the original packaging"]),
    ("Ship the item within 28 days of receiving the return instructions",
     ["Ship the item within 28 days of receiving our return instructions"]),
    ("We strongly recommend using a trackable and insured shipping method",
     ["strongly recommend a traceable and insured shipping method"]),
    ("Shipping charges are non-refundable unless the product is faulty, damaged, or sent incorrectly",
     ["Original shipping charges are non-refundable unless the item is defective, damaged or wrong (sent incorrectly)"]),
    ("If your order qualified for free shipping, we will deduct a flat fee of $9.99 to cover the original shipping cost",
     ["If your order qualified for free shipping, we deduct a flat fee of $9.99", "to cover the original shipping cost"]),
    ("Include photos showing the issue and the packaging", ["showing the issue and the packaging"]),
    ("A full refund, including shipping costs", ["a full refund, including shipping costs"]),
]

ALLTRENDSUSA = [
    ("Only items purchased directly on our website will be accepted. For products purchased from authorized retailers contact them directly for returns.",
     ["Only items purchased directly on our website can be returned",
      "For products purchased from authorized retailers, contact them directly for returns"]),
    ("the maximum time to make the request is 24 hours after purchasing the product",
     ["cancel an order within 24 hours of purchase"]),
    ("we can fully reimburse up to 100% of the amount canceled", ["for a full refund"]),
    ("The refund will be made effective within a maximum period of 3 to 5 days.", ["within 3–5 days"]),
    ("more than 24 hours have elapsed ... it will be necessary to wait for the product to arrive to your home, to return it",
     ["After 24 hours", "wait for it to arrive, then return it"]),
    ("If the product you bought does not meet the specifications, has flaws, has shipping delays, or is simply incomplete ... you can exchange or return it",
     ["An exchange is available when an item is", "not as described", "incomplete", "delivered late", "defective"]),
    ("during the first (30) calendar days, after the product is delivered", ["within 30 days of delivery"]),
    ("The withdrawal of the product must be made through the website", ["Request your return through our website"]),
    ("The client must send along with the product, all the supporting documentation for the acquisition of the same (for example: billing account, invoice, remission, sales note or ticket).",
     ["Include proof of purchase (invoice, receipt, sales note or ticket) with your return"]),
    ("It will be the customer's responsibility to assume the costs generated by the transfer or shipment of the product in question.",
     ["you are responsible for paying the return shipping fee"]),
    ("After the product is received, a verification of the status of the product will be carried out, from which it will be decided whether to accept or reject the request.",
     ["we inspect it and decide whether to accept it"]),
    ("A response will be given to the customer in a term no longer than three (3) business days after receiving the product.",
     ["within 3 business days of our receiving it"]),
    ("In all cases it is necessary for the user to include all original accessories, packaging material and labels. If this is not fully complied with, the return could be rejected.",
     ["with all original accessories", "in the original packaging", "original tags and labels intact",
      "may be rejected"]),
    ("In the event that you wish to make a return by factory defect, the cost of sending it corresponds to the customer and ... it will be reimbursed",
     ["reimbursed with the refund if our evaluation confirms the fault"]),
    ("Shipping costs always correspond to the customer unless otherwise specified on the product page",
     ["Return shipping costs always correspond to the customer unless otherwise specified on the product page"]),
]

ALLEGRA_K = [
    ("you can easily return them for free within 30 days of receipt (for most items)",
     ["within 30 days of delivery (for most items)"]),
    ("as long as they are in new condition with original tags and packaging",
     ["unused", "original tags and labels intact", "in the original packaging"]),
    ("Option 1: Return the package by return label (US customer only)",
     ["prepaid return label (shipping addresses in the United States only)"]),
    ("Option 2: Return the package on your own ... Pay the return postage at the time of shipping.",
     ["or ship it on your own"]),
    ("Contact our Customer Service at cs@allegra-k.com and submit your return request",
     ["email us at cs@allegra-k.com with your order number"]),
    ("we recommend that all returns be sent with a traceable carrier such as USPS, UPS or FedEx. Keep the Return Tracking Number",
     ["traceable shipping method (such as USPS, UPS or FedEx)", "keeping the tracking number"]),
    ("We do not accept returned items that have been sent back without proper returns requests.",
     ["We don't accept returned items sent back without an approved return request"]),
    ("Please do not send your return to the address on your package.",
     ["Don't send your return to the address on your package"]),
    ("If you're shopping in the U.S. • Return shipping is free on your 1st return package.",
     ["If you're shopping in the U.S.", "On your 1st return package from an order, return shipping is free"]),
    ("If you have already returned item(s) from an order ... you are responsible for paying the return shipping fee. Or you can use the Return Label we provided, and $6.99 shipping fee will be deducted from your refund.",
     ["If you have already returned items from an order", "you are responsible for paying the return shipping fee",
      "you can use our return label, and $6.99 shipping fee will be deducted from your refund"]),
    ("If you want to return an item with quality issues, or Allegra K® responsibility, Allegra K® will pay for the return shipping fee",
     ["or otherwise our responsibility, return shipping is free"]),
    ("If you are shopping in Canada or Japan. • Allegra K® will pay you $6.99 for your 1st return.",
     ["If you're shopping in Canada or Japan", "we pay you $6.99 toward it"]),
    ("NOTE: The $6.99 return shipping fee will be returned to your original account with the refund",
     ["returned with your refund"]),
    ("If you're shopping in the EU. • You are responsible for paying the return shipping fee.",
     ["If you're shopping in the EU:\n\n- For every return, you are responsible for paying the return shipping fee"]),
    ("we don't offer an exchange option. Simply return your item(s) and reorder for a replacement.",
     ["We currently do not offer direct exchanges", "place a new order"]),
    ("The products should not be worn, washed, ironed, stained, processed, and the label tags should be kept intact",
     ["not worn, not washed, not ironed, not stained, not altered or processed, with all original tags and labels intact"]),
    ("Products including bodysuits, tights, socks, jewelry and intimate items can not be returned",
     ["- Bodysuits", "- Tights", "- Socks", "- Jewelry", "- Intimate items"]),
    ("Items with non-returnable marks and free gifts cannot be returned",
     ["- Items with non-returnable marks", "- Free gifts"]),
    ("The sets cannot be returned separately", ["Sets can't be returned separately"]),
    ("refunds will be processed within 7 days after we receive your return package ... may require an additional 3-5 days",
     ["Refunds are processed within 7 days after we receive your return", "may add another 3–5 days"]),
    ("Your refund will be issued in the form of original payment, such as the credit card used for the order. Email confirmation will be sent to you after the refund has been issued.",
     ["original payment method, such as the credit card used for the order",
      "email confirmation when the refund has been issued"]),
    ("The original shipping fee, if any, is non-refundable.", ["The original shipping fee, if any, is non-refundable."]),
    ("Any other fee of Allegra K® responsibility will be returned with the refund",
     ["any other fee of our responsibility is returned with the refund"]),
]

SEEDS = {
    "alotrop": ("Alotrop", "support@alotrop.com", ALOTROP),
    "alltrendsusa": ("Alltrendsusa", "Support@alltrendsusa.com", ALLTRENDSUSA),
    "allegra-k": ("Allegra K", "cs@allegra-k.com", ALLEGRA_K),
}


def _plain_markdown(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


@pytest.mark.parametrize("name", list(SEEDS))
def test_rendered_page_states_every_clause_of_its_seed(name):
    shop, email, clauses = SEEDS[name]
    page = _plain_markdown(render(load_preset(name), shop, email))
    missing = [
        (sentence, phrase) for sentence, phrases in clauses for phrase in phrases if phrase not in page
    ]
    assert not missing, "\n".join(f"{s!r}: missing {p!r}" for s, p in missing)
    assert len(clauses) >= 15


@pytest.mark.parametrize("name", list(SEEDS))
def test_html_states_the_same_clauses(name):
    shop, email, clauses = SEEDS[name]
    page = html.unescape(re.sub(r"<[^>]+>", "\n", render(load_preset(name), shop, email, fmt="html")))
    page = re.sub(r"\n+", "\n", page)
    for _, phrases in clauses:
        for phrase in phrases:
            plain = phrase.removeprefix("- ").split("\n")[0]
            assert plain in page, plain


def test_html_escapes_merchant_text():
    data = policy_to_data(load_preset("allegra-k"))
    data["exclusions"][0]["label"] = '<script>alert("x")</script>'
    data["shipping"]["regions"][0]["name"] = "the <b>U.S.</b>"
    page = render(parse_policy(data), 'Shop & "Co" <img src=x onerror=alert(1)>', "a@b.c", fmt="html")
    assert "<script>" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;" in page and "Shop &amp; &quot;Co&quot;" in page


def test_markdown_escapes_merchant_text():
    data = policy_to_data(load_preset("allegra-k"))
    data["exclusions"][0]["label"] = "[click](http://evil) <b>*bold*</b>"
    page = render(parse_policy(data), "Shop_name", None)
    assert "[click](http://evil)" not in page and "<b>" not in page
    assert r"\[click\](http://evil) \<b\>\*bold\*\</b\>" in page
    assert r"# Shop\_name Return & Refund Policy" in page


def test_unknown_format_is_refused():
    with pytest.raises(ValueError):
        render(load_preset("alotrop"), "Alotrop", fmt="pdf")


def test_rendering_changes_with_the_policy():
    data = policy_to_data(load_preset("alotrop"))
    data["returns"]["window"]["days"] = 45
    data["fees"]["restocking_percent"] = "12.5"
    data["eu"]["enabled"] = True
    page = render(parse_policy(data), "Alotrop", None)
    assert "within 45 days of delivery" in page
    assert "restocking fee of 12.5%" in page
    assert "withdraw from your purchase within 14 days of delivery without giving a reason" in page
