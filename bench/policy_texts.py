"""Labelled policy texts for the drafter: how shops phrase the same rules, each with the facts it
states (setting path -> value). Written for this project, in the styles of real shops' pages
(numbers in words, business vs working days, negations, exceptions, lists under a heading).

`tests/policy/test_drafting.py` holds the drafter to every text; `bench/drafting_quality.py` prints
precision and recall per setting over them. A fact not listed must not be drafted: that is how
"never invents" is measured.

List settings are compared as sets; `exclusions` as the set of categories drafted.
"""

from __future__ import annotations

TEXTS: list[tuple[str, str, dict]] = [
    (
        "thirty-in-words",
        """Returns
We accept returns within thirty (30) days of delivery. Items must be unworn, unwashed and have the original tags attached.
Refunds are issued to the original form of payment within 5-7 business days of receiving your return.""",
        {
            "returns.window.days": 30, "returns.window.starts": "DELIVERY",
            "requirements.condition": {"NOT_WORN", "NOT_WASHED", "TAGS_ATTACHED"},
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": {"min_days": 5, "max_days": 7, "unit": "BUSINESS"},
        },
    ),
    (
        "working-days-from-purchase",
        """You have 14 working days from the date of purchase to return an item. A restocking fee of 15% applies to all returns.
Return shipping is the responsibility of the customer.""",
        {
            "returns.window.days": 14, "returns.window.unit": "BUSINESS", "returns.window.starts": "PURCHASE",
            "fees.restocking_percent": "15", "shipping.default.payer": "CUSTOMER",
        },
    ),
    (
        "two-weeks",
        """Changed your mind? Send it back within two weeks of receiving your order for a full refund.
We do not offer exchanges.""",
        {"returns.window.days": 14, "returns.window.starts": "DELIVERY", "resolutions.exchange": "NEVER"},
    ),
    (
        "final-sale-list",
        """Non-returnable items
The following items cannot be returned:
- Gift cards
- Swimwear and intimates
- Final sale items
Sale items marked as final sale cannot be returned or exchanged.""",
        {"exclusions": {"OTHER:Gift cards", "OTHER:Swimwear", "INTIMATES", "FINAL_SALE"}},
    ),
    (
        "cancel-hours",
        """Orders can be cancelled within 12 hours of placing them. After that, your order is processed and cannot be cancelled.""",
        {"cancellation.enabled": True, "cancellation.window_hours": 12, "cancellation.until_shipped": False},
    ),
    (
        "cancel-until-shipped",
        """You may cancel your order at any time before it has shipped. To cancel, email us at help@example.com.""",
        {"cancellation.enabled": True, "cancellation.until_shipped": True, "cancellation.request_via": "EMAIL"},
    ),
    (
        "free-returns-fault",
        """Return shipping is free of charge. If your item arrived damaged or defective, please contact us within 7 days of delivery and include a photo of the damage.""",
        {
            "shipping.default.payer": "MERCHANT",
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            "fault.window.days": 7, "fault.window.starts": "DELIVERY",
            "fault.photos_min": 1, "fault.photos_of": {"ISSUE"},
        },
    ),
    (
        "store-credit-only",
        """All approved returns are refunded as store credit only. Original shipping charges are non-refundable.""",
        {"refund.method": "STORE_CREDIT", "refund.original_shipping": "NEVER"},
    ),
    (
        "choice-credit-refund",
        """You can choose between store credit or a refund to your original payment method.""",
        {"refund.method": "CUSTOMER_CHOICE", "resolutions.store_credit": "ALWAYS"},
    ),
    (
        "shipping-unless-fault",
        """Shipping costs are non-refundable unless we sent you the wrong item or it arrived faulty.""",
        {"refund.original_shipping": "MERCHANT_AT_FAULT", "fault.reasons": {"WRONG_ITEM", "DEFECTIVE"}},
    ),
    (
        "flat-fee",
        """A $5.00 return fee will be deducted from your refund. Please pack your return securely.""",
        {"fees.flat_fee": "5.00", "currency": "USD", "instructions.pack_securely": True},
    ),
    (
        "euro-free-shipping-deduction",
        """If your order shipped for free, we deduct €4.95 from the refund to cover the original shipping cost.""",
        {"fees.free_shipping_deduction": "4.95", "currency": "EUR"},
    ),
    (
        "email-to-start",
        """To start a return, email our customer service team with your order number and the reason for the return.
Returns sent back without an approved return authorization will be refused.""",
        {
            "returns.request_via": "EMAIL", "requirements.reason_required": True,
            "returns.request_required_before_shipping": True,
        },
    ),
    (
        "portal-to-start",
        """Start your return through our online returns portal within 60 days of purchase.""",
        {"returns.request_via": "WEBSITE", "returns.window.days": 60, "returns.window.starts": "PURCHASE"},
    ),
    (
        "proof-of-purchase",
        """A receipt or proof of purchase is required for all returns. Items must be in their original packaging with all accessories included.""",
        {"requirements.proof_of_purchase": True, "requirements.condition": {"ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"}},
    ),
    (
        "exchanges-offered",
        """We offer free exchanges for a different size or colour. Exchanges are available within 30 days of delivery.""",
        {"resolutions.exchange": "ALWAYS"},
    ),
    (
        "personalised-uk",
        """Personalised and made-to-order products cannot be returned unless faulty. Please use a tracked service and keep your proof of postage.""",
        {
            "exclusions": {"PERSONALIZED"}, "fault.overrides_exclusions": True, "fault.reasons": {"DEFECTIVE"},
            "instructions.tracked_shipping_recommended": True,
        },
    ),
    (
        "refund-typical-arrival",
        """Once your return has been inspected, refunds usually take 3-10 business days to appear on your statement, depending on your bank.""",
        {"refund.inspection": True, "refund.typical_arrival": {"min_days": 3, "max_days": 10, "unit": "BUSINESS"}},
    ),
    (
        "sets-whole",
        """Sets must be returned complete: sets cannot be returned separately.""",
        {"sets.return_whole_only": True},
    ),
    (
        "website-only",
        """We only accept returns for items purchased on our website. Only items purchased directly on our website are eligible. Items bought from marketplaces: please contact the retailer directly.""",
        {"sales_channels.allowed": ["web"], "sales_channels.elsewhere_note": "Items bought from marketplaces: please contact the retailer directly"},
    ),
    (
        "ship-within",
        """Ship your return within 10 days of receiving our return instructions. We recommend an insured shipping method.""",
        {"instructions.ship_within_days": 10, "instructions.insured_shipping_recommended": True},
    ),
    (
        "no-numbers",
        """We want you to love your purchase. If something is not right, get in touch and we will help.""",
        {},
    ),
    (
        "all-sales-final",
        """All sales are final. We do not accept returns.""",
        {"returns.enabled": False},
    ),
    (
        "no-cash-refunds",
        """No cash refunds: every accepted return is credited to your account. There is no refund of delivery charges.""",
        {"refund.method": "STORE_CREDIT", "refund.original_shipping": "NEVER"},
    ),
    (
        "faulty-exchanged",
        """Faulty items can be exchanged for the same product.""",
        {"resolutions.exchange": "MERCHANT_AT_FAULT", "fault.reasons": {"DEFECTIVE"}},
    ),
    (
        "window-under-a-label",
        """Full-price items: within 21 days from the date of delivery. They must be returned unused.""",
        {"returns.window.days": 21, "returns.window.starts": "DELIVERY", "requirements.condition": {"UNUSED"}},
    ),
    (
        "damage-that-bars-a-return",
        """Items damaged after purchase cannot be returned.""",
        {},
    ),
    (
        "fee-for-opened-items-only",
        """Unopened items may be returned within 30 days of delivery. Opened items are subject to a 15% restocking fee.
Returns that arrive without their original packaging may be charged up to 20%.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY"},
    ),
    (
        "template-policy-lasts",
        """Our policy lasts 30 days. If 30 days have gone by since your purchase, unfortunately we can't offer you a refund or exchange.""",
        {"returns.window.days": 30, "returns.window.starts": "PURCHASE"},
    ),
    (
        "final-unless-faulty",
        """All sales are final unless the item arrived damaged or defective. No returns accepted after 14 days.""",
        {"returns.window.days": 14, "fault.reasons": {"DAMAGED", "DEFECTIVE"}},
    ),
    (
        "card-credited-less-delivery",
        """The card used for the purchase will be credited with the amount paid, less any delivery charge.
Goods must be returned undamaged, so please take care when you inspect them.""",
        {"refund.method": "ORIGINAL_PAYMENT", "refund.original_shipping": "NEVER"},
    ),
    (
        "insure-advice-not-promise",
        """All our parcels are fully insured. Please keep your tracking number and insure the package when you send a return.""",
        {"instructions.tracked_shipping_recommended": True, "instructions.insured_shipping_recommended": True},
    ),
    (
        "three-times-in-one-sentence",
        """Refunds take time: the parcel's transit to us (2 to 4 business days), the time we take to process your return once it arrives (1 to 3 business days), and the time your bank takes to post the refund (3 to 5 business days).""",
        # session 6: the bank's time after the shop's own processing is the extra delay after the refund
        # is issued (refund.additional_delay), as the real pages' labellers read it
        {"refund.processing": {"min_days": 1, "max_days": 3, "unit": "BUSINESS"},
         "refund.additional_delay": {"min_days": 3, "max_days": 5, "unit": "BUSINESS"}},
    ),
    (
        "seasonal-refund-time",
        """Refunds are processed within 5 business days. Over Christmas please allow up to 15 working days for refunds to be processed.""",
        {"refund.processing": {"min_days": 0, "max_days": 5, "unit": "BUSINESS"}},
    ),
    (
        "window-for-sale-items",
        """You can return full-price items within 28 days of delivery. You can return sale items within 14 days.""",
        {"returns.window.days": 28, "returns.window.starts": "DELIVERY"},
    ),
    (
        "account-portal-and-rma-first",
        """Please log in to your account and request a return through the returns portal.
To return a product bought by phone, you must first email us to get an RMA number.""",
        {"returns.request_via": "WEBSITE", "returns.request_required_before_shipping": True},
    ),
    (
        "final-sale-said-of-a-category",
        """Swimwear is final sale. Sale items are final sales and cannot be returned.""",
        {"exclusions": {"OTHER:Swimwear", "CLEARANCE"}},
    ),
    (
        "customer-pays-unless-our-error",
        """Customers are responsible for return shipping fees. Return shipping is the customer's responsibility unless it was a shipping error.""",
        {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"}},
    ),
    (
        "exchange-or-credit-only",
        """No refunds: exchange or store credit only within 10 days. Mail-in returns are credited within 3-5 business days after receipt.""",
        {"returns.window.days": 10, "refund.method": "STORE_CREDIT", "resolutions.exchange": "ALWAYS", "resolutions.store_credit": "ALWAYS",
         "refund.processing": {"min_days": 3, "max_days": 5, "unit": "BUSINESS"}},
    ),
    (
        "totals-and-partial-refunds",
        """Refunds typically take about 4 weeks, including transit and processing time.
Partial refunds may be granted for:
- Opened software
- Items not in original condition""",
        {},
    ),
    (
        "capped-or-late-terms",
        """Returns for refunds are subject to a 10% restocking fee which shall not exceed $10.00.
Products returned after 60 days are eligible for a store credit. Cancellations will incur a $20 fee.""",
        {},
    ),
    (
        "free-label-by-email",
        """When you start a return, we will email you a return label free of charge.""",
        {"shipping.default.payer": "MERCHANT"},
    ),
    (
        "shipping-refunded-only-if-wrong",
        """A refund is issued for the price paid less any shipping and handling fees. We will only refund shipping charges if we have sent the wrong item.""",
        {"refund.original_shipping": "MERCHANT_AT_FAULT", "fault.reasons": {"WRONG_ITEM"}},
    ),
    (
        "not-taken-back",
        """Anything that has stains, has been washed or worn, or was damaged by you will not be taken back.""",
        {"requirements.condition": {"NOT_STAINED", "NOT_WASHED", "NOT_WORN"}},
    ),
    (
        "typographic-hyphens",
        "Non\u2011returnable: clearance items.\nRefunds are issued within 5\u20117 business days.",
        {"exclusions": {"CLEARANCE"}, "refund.processing": {"min_days": 5, "max_days": 7, "unit": "BUSINESS"}},
    ),
    (
        "legal-withdrawal-is-the-return-window",
        """Right of withdrawal
You have the right to withdraw from this contract within fourteen days without giving any reason. The withdrawal period is fourteen days from the day on which you take possession of the goods.
If you withdraw from this contract, we shall repay you within fourteen days from the day on which we are informed of your decision.
We will use the same means of payment as you used for the original transaction.""",
        {"returns.window.days": 14, "returns.window.starts": "DELIVERY", "refund.method": "ORIGINAL_PAYMENT"},
    ),
    (
        "cooling-off-is-no-order-cancellation",
        """By law you have 14 days to cancel your order under the cooling-off rules, and the right to cancel this contract ends 14 days after delivery.
Items must be unused.""",
        {"returns.window.days": 14, "returns.window.starts": "DELIVERY", "requirements.condition": {"UNUSED"}},
    ),
    (
        "fault-inside-a-refusal",
        """Physical damage caused by misuse is not eligible for a refund or a warranty replacement. Our warranty does not cover damage from a fall.
Returns are accepted within 30 days of purchase.""",
        {"returns.window.days": 30, "returns.window.starts": "PURCHASE"},
    ),
    (
        "customer-pays-unless-our-fault",
        """Customers pay for return shipping unless returning a product because of a defect, in which case we send a free return label.
We'll also cover the postage costs if you received an incorrect or damaged item.""",
        {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
         "fault.reasons": {"DEFECTIVE", "WRONG_ITEM", "DAMAGED"}},
    ),
    (
        "credit-arrival-is-no-window",
        """Expect to receive your credit within three weeks. Returns of personalised products are not permitted.""",
        {"exclusions": {"PERSONALIZED"}, "refund.typical_arrival": {"min_days": 0, "max_days": 21, "unit": "CALENDAR"}},
    ),
    (
        "final-once-shipped-closes-nothing",
        """We offer a 30-day return window from the date of delivery. All sales are final once the order has been signed for.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY"},
    ),
    (
        "days-to-return-from-receipt",
        """You have 21 days to return an item from the date you received it.
Returning a product under consumer law if it is faulty is a separate matter. Torn or damaged boxes may result in a $5 charge.""",
        {"returns.window.days": 21, "returns.window.starts": "DELIVERY"},
    ),
    (
        "unnamed-groups-in-exclusion-lists",
        """Non-Returnable Items
Custom cables
Items that have been installed or used
Gift cards

Seasonal decorations cannot be returned. Shipping charges are non-refundable.""",
        {"exclusions": {"OTHER:Custom cables", "OTHER:Gift cards", "OTHER:Seasonal decorations"},
         "refund.original_shipping": "NEVER"},
    ),
    (
        "customer-choice-is-no-fault",
        """Customer choice returns (change of mind, you ordered the wrong size) are accepted within 10 days of delivery.
We cannot take fault on damaged items after they are worn. Items that are damaged or missing parts will be refused.
All returns will not have a restocking fee for 7 days. Any discrepancies must be reported within 3 days of receipt.
Shipping fees will be deducted from your credit on orders over $99. Price on the invoice does not include shipping fees.
Handbags and fashion accessories are not eligible for returns.""",
        {"returns.window.days": 10, "returns.window.starts": "DELIVERY", "exclusions": {"OTHER:Handbags and fashion accessories"}},
    ),
    (
        "refunded-within-days-of-delivery",
        """Our products can be refunded within 15 days since the delivery date.
All sales are final; exchanges are not accepted unless the product was not received.""",
        {"returns.window.days": 15, "returns.window.starts": "DELIVERY"},
    ),
    (
        "exchanges-only-for-faults",
        """We currently offer exchanges only for:
- Faulty items
- Incorrect items received""",
        {"resolutions.exchange": "MERCHANT_AT_FAULT", "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}, "fault.remedies": {"EXCHANGE"}},
    ),
    (
        "groups-named-in-refusals",
        """Items that do not qualify to be returned are hats, climbing ropes and any item marked final sale.
Our "Vintage" mugs or clearance item sales are final. We do not allow returns of festival merchandise.
Mattress sales are not returnable or exchangeable unless defective.
Special order goods are not eligible for cancellation, return or exchange.""",
        {"exclusions": {"FINAL_SALE", "OTHER:Hats", "OTHER:Climbing ropes", "OTHER:Vintage mugs", "CLEARANCE",
                        "OTHER:Festival merchandise", "OTHER:Mattress sales", "OTHER:Special orders"},
         "fault.reasons": {"DEFECTIVE"}},
    ),
    (
        "bullets-under-a-refunds-heading-and-scoped-lines",
        """We accept returns within 30 days of purchase for:
- Unused goods in original condition
- Products free of damage

Refund Processing
- 5-7 business days after receiving your return
- Issued to original payment method
- Excludes original shipping costs
- 15% restocking fee for certain gear

Tents: must include all poles.
I'd like to exchange it for something else.
If we made an error, we will email you a prepaid return label.""",
        {"returns.window.days": 30, "returns.window.starts": "PURCHASE", "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"},
         "refund.processing": {"min_days": 5, "max_days": 7, "unit": "BUSINESS"}, "refund.method": "ORIGINAL_PAYMENT",
         "refund.original_shipping": "NEVER", "shipping.merchant_at_fault": {"payer": "MERCHANT"}},
    ),
    (
        "authorised-returns-by-email",
        """How do I start a return?
All returns must be authorized. Email us with your invoice number and reason for return within 15 days of receipt.""",
        {"returns.request_required_before_shipping": True, "returns.window.days": 15, "returns.window.starts": "DELIVERY",
         "returns.request_via": "EMAIL", "requirements.reason_required": True},  # an invoice number finds the order; no proof asked (as the real pages' labels read it)
    ),
    (
        "refund-within-days-of-purchase-is-the-window",
        """We will refund unworn shoes in their original packaging within 100 days of the purchase date.
Once we receive your parcel please allow 2-4 business days for processing.""",
        {"returns.window.days": 100, "returns.window.starts": "PURCHASE", "requirements.condition": {"NOT_WORN", "ORIGINAL_PACKAGING"},
         "refund.processing": {"min_days": 2, "max_days": 4, "unit": "BUSINESS"}},
    ),
    (
        "fee-waived-for-our-errors",
        """If the error is ours there is never a restocking fee; other returns are subject to a 10% restocking fee.
We cannot make exchanges, so a new order must be placed. Please return items packaged securely, using a trackable service, ideally in our original box.""",
        {"fees.restocking_percent": "10", "fees.waived_when_merchant_at_fault": True, "resolutions.exchange": "NEVER",
         "resolutions.reorder_hint": True, "instructions.pack_securely": True, "instructions.tracked_shipping_recommended": True},
    ),
    (
        "no-later-than",
        """Returns are accepted no later than 20 days from the date of delivery. Damaged goods are not returnable.
Gift receipt returns are refunded to store credit only.""",
        {"returns.window.days": 20, "returns.window.starts": "DELIVERY"},
    ),
    (
        "month",
        """Our 45-day return policy lets you send back unused items for a refund.""",
        {"returns.window.days": 45, "requirements.condition": {"UNUSED"}},
    ),
    # --- session 4: scope before fault and fee readers, refusal lists, hard-wrapped pages ---
    (
        "hard-wrapped-page",
        """Thank you for shopping with us. We only take back merchandise that is unused and still in its
original box. The following goods cannot be returned: wool blankets,
monogrammed towels, clearance and remnant fabrics, and any similar items. Please
allow up to twelve business days for your return to be processed
once it reaches us.""",
        {
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "exclusions": {"OTHER:Wool blankets", "PERSONALIZED", "CLEARANCE", "OTHER:Remnant fabrics"},
            "refund.processing": {"min_days": 0, "max_days": 12, "unit": "BUSINESS"},
        },
    ),
    (
        "refusals-after-on-and-colon",
        """We can't offer refunds or exchanges on candles, incense, or teas.
All sales are final on: bath salts, open-box lamps, items sold "as-is", or gift sets.
We cannot accept a return of a kettle if its seal has been broken.""",
        {"exclusions": {"OTHER:Candles", "OTHER:Incense", "OTHER:Teas", "OTHER:Bath salts", "OTHER:Open-box lamps",
                        "OTHER:Gift sets", "OTHER:As-is items"}},  # session 6: goods sold "as-is" are a kind the reader knows
    ),
    (
        "custom-framing-orders",
        """Custom mirror orders are non-refundable once placed. Returns are accepted within 10 days of purchase.""",
        {"exclusions": {"PERSONALIZED"}, "returns.window.days": 10, "returns.window.starts": "PURCHASE"},
    ),
    (
        "fault-rule-for-one-product-line",
        """Returns
You may return unused items within 30 days of delivery. Return shipping is paid by the customer unless the item is defective.

Cut Flowers: We pack every bouquet by hand. If your bouquet arrives wilted or damaged, email us within 12 hours with a photo. We will send a new bouquet or refund you.

For wholesale orders, exchanges are only offered for damaged units.""",
        {
            "returns.window.days": 30, "returns.window.starts": "DELIVERY", "requirements.condition": {"UNUSED"},
            "shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"}, "fault.reasons": {"DEFECTIVE"},
        },
    ),
    (
        "damage-the-shop-does-not-take-back",
        """We are unable to refund or exchange brushes once they leave the shop, even for flaws found later.
If a parcel is damaged on its way to you, please open a claim with the courier directly.
We may refuse a return that does not pass inspection (for example, scratched or damaged).
Returns with a damaged or missing box are subject to a 20% restocking fee.
Shipping costs are non-refundable unless we sent the wrong item.""",
        # the wrong item is the shop's fault: no courier's claim, though the paragraph names one
        {"refund.original_shipping": "MERCHANT_AT_FAULT", "refund.inspection": True, "fault.reasons": {"WRONG_ITEM"}},
    ),
    (
        "carrier-claims-paragraph",
        """Freight deliveries

Check each pallet before you sign for it. Damage claims on goods shipped by freight must be made within 2 days.
A photo of the damaged goods must go with every claim. If the damage is not written on the delivery receipt, you may lose the right to make a claim with the carrier.""",
        {},
    ),
    (
        "fault-heading-reach",
        """Damaged or Defective Items

If your order arrives damaged, tell us within 5 days of delivery and we will send a replacement.

Seasonal Decor: we do not accept returns or exchanges of wreaths, garlands or ribbons.

Refunds go back to the original payment method within 7 business days of receiving your return.""",
        {
            "fault.reasons": {"DAMAGED"}, "fault.window.days": 5, "fault.window.starts": "DELIVERY",
            "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT",
            "exclusions": {"OTHER:Wreaths", "OTHER:Garlands", "OTHER:Ribbons"},
            "refund.method": "ORIGINAL_PAYMENT", "refund.processing": {"min_days": 0, "max_days": 7, "unit": "BUSINESS"},
        },
    ),
    (
        "fees-for-some-cases",
        """Orders may be cancelled within 12 hours of purchase. Later cancellations carry a 10% restocking fee.
Returns without a receipt are taken case by case. Such returns incur a 20% restocking fee.
Pieces returned that are not in sellable condition will be charged a 25% restocking fee.""",
        {"cancellation.enabled": True, "cancellation.window_hours": 12},
    ),
    (
        "hours-with-start-in-parentheses",
        """A buyer has 96 hours (starting the day the parcel is delivered) to tell us about a return.
Customers are responsible for all shipping expenses. Refunds are made minus the original outbound shipping cost.""",
        {"returns.window.days": 4, "returns.window.starts": "DELIVERY", "shipping.default.payer": "CUSTOMER",
         "refund.original_shipping": "NEVER"},
    ),
    (
        "how-it-was-paid-is-no-refund-method",
        """Refunds
We deduct a 3% restocking fee, which we waive if the original payment was made by bank transfer.
We send refunds to the original form of payment, except for orders paid on collection, which are refunded by cheque.""",
        {"fees.restocking_percent": "3", "refund.method": "ORIGINAL_PAYMENT"},
    ),
    (
        "own-web-store-and-proof",
        """Only items bought from the Harbour Kites online store may be returned. To get a refund, proof of purchase must be made available.
You may return most items within 3 months from the date of purchase for a refund or exchange.
Your return requires pre-authorization: email us first.""",
        {"sales_channels.allowed": ["web"], "requirements.proof_of_purchase": True, "returns.window.days": 90,
         "returns.window.starts": "PURCHASE", "returns.most_items_only": True, "resolutions.exchange": "ALWAYS",
         "returns.request_required_before_shipping": True},
    ),
    (
        "gift-and-accessory-rules",
        """Returns
We offer simple returns and exchanges on all our furniture. Every piece must be unused and in its original packaging.
Spare parts such as hinges, knobs and screws must be sealed. Pieces that are not in the condition we sent them may be refused or subject to a restocking fee.
We cannot take back assembled pieces. This includes any desks that show drill holes.
If the piece was received as a gift, a gift certificate will be issued.
Delivery charges are non-refundable, except when we miss the delivery date we promised.""",
        {"resolutions.exchange": "ALWAYS", "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}},
    ),
    (
        "a-later-window-for-some-goods",
        """We keep a 21-day return policy for web orders.
Pianos priced over $5,000 must be returned within 7 days of shipment.
All in-stock products are shipped within 2 business days of your purchase.""",
        {"returns.window.days": 21},
    ),
    (
        "goods-named-as-the-subject",
        """Items must be unused and in their original packaging.
Please note: All strollers must be returned folded and with their manuals.
Returned hats incur a $5 restocking fee.
Blankets such as throws and quilts must be unwashed.
If faulty, these items will be exchanged for the same product only.""",
        {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}},
    ),
    (
        "fees-for-some-returns-only",
        """Returns are accepted within 30 days of delivery.
A 2% - 4% re-stocking fee applies to orders where card fees were charged to us.
Returns made 31-45 days after delivery will be subject to a 10% restocking fee.
If you would like a cash refund, every return is charged a 5% restocking fee.
If you would like store credit, your credit will be issued as store credit with no fee.
Exchanges for another size carry a $6 re-stocking fee when you would like a different colour as well.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY"},
    ),
    (
        "refusal-lists-of-other-shapes",
        """Returns
The following products are not returnable: vinyl records, cassette tapes, posters.
No returns on opened software or gift vouchers.
Outlet buys are a final sale.
Certain goods, such as engraved pens, cannot be returned unless they arrive faulty.
Face creams that have been opened are not returnable.""",
        {"exclusions": {"OTHER:Vinyl records", "OTHER:Cassette tapes", "OTHER:Posters", "OTHER:Digital products", "OTHER:Gift vouchers",
                        "OTHER:Outlet buys", "PERSONALIZED"},
         "fault.overrides_exclusions": True},
    ),
    (
        "who-pays-and-how-to-ask",
        """We do not cover the cost of shipping returns.
If a return arrives more than 30 days after delivery, you pay the return shipping as well.
To return an item, fill in the form on our website. You will be sent a return label via email.
Returns will be accepted with prior authorization only.
Please note that the costs of shipping (including packaging and shipping insurance) are non-refundable.
We are unable to check whether a worn item has been damaged in use.""",
        {"shipping.default.payer": "CUSTOMER", "returns.request_via": "WEBSITE", "returns.request_required_before_shipping": True},
    ),
    (
        "refund-windows-and-times",
        """- All orders are eligible for a full refund within 30 days of delivery.
Items that arrive within the 30 day return window without their box incur a fee.
Refunds are sent after 10 days from the date we receive the item.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY"},
    ),
    (
        "refund-ways-in-some-cases",
        """Items bought in store may be returned with a receipt.
Without a receipt, the refund is given as store credit.
It is at our discretion whether a refund or store credit will be issued for worn items.
Standard stock returned within 45 days of purchase will not be charged a restocking fee of 20%.
Once your return is received, it can take up to one week to process.""",
        {"returns.window.days": 45, "returns.window.starts": "PURCHASE"},
    ),
    (
        "a-list-under-a-goods-name",
        """Returns are accepted within 14 days of delivery.

Bonsai Trees:
- A receipt is needed along with the tree in the condition it was sold.
- Damage from poor care may not be covered by our guarantee.

We cannot accept returns on the basis of colour, or dissatisfaction with texture.
All frames must be sent back in their crates or will not be refunded.
We will only accept returns for defects (within 10 days of purchase) or a wrong item.
If you cancel an order after dispatch, you are responsible for all shipping fees.""",
        {"returns.window.days": 14, "returns.window.starts": "DELIVERY", "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}},
    ),
    (
        "markers-on-their-own-lines",
        """1. Return Window
Requests are accepted within 21 days of delivery.
2. Non‑returnable Items
-
Engraved trophies
-
Batteries or chargers
-
Damaged through misuse
The following are ineligible for return:
  • Shades or accessories bought on their own""",
        {"returns.window.days": 21, "returns.window.starts": "DELIVERY", "exclusions": {"PERSONALIZED", "OTHER:Batteries or chargers"}},
    ),
    (
        "undeliverable-and-unreceived",
        """Returns are accepted within 20 days of delivery for a refund or exchange.
If your parcel comes back to us as undeliverable, we refund the full amount, including shipping costs.
If you haven't received the refund within 7 business days, contact your bank.
We offer a simple, quick and free returns and exchanges service.
Our warranty covers the movement only and not for damaged straps.""",
        {"returns.window.days": 20, "returns.window.starts": "DELIVERY", "resolutions.exchange": "ALWAYS"},
    ),
    (
        "subjects-that-name-every-item",
        """The lamps must be unused and in their original box.
Item(s) Must Be Returned With Their Tags Attached.
All return stock items must be unwashed.
Any damaged or defective products should be reported to us within 10 days of delivery.""",
        {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "TAGS_ATTACHED", "NOT_WASHED"},
         "fault.reasons": {"DAMAGED", "DEFECTIVE"}, "fault.window.days": 10, "fault.window.starts": "DELIVERY"},
    ),
    (
        "damage-the-customer-caused",
        """Returns are accepted within 21 days of purchase.

Chewed Toys and Damage by Pets
Dogs love our toys, but damage caused by chewing is not a manufacturing defect.
Toys damaged by the courier on the way to you are replaced: tell us within 3 days of delivery.
If your toy is damaged by your dog, please email us to see what we can do.

To complete your return, email returns@example.com with your order number.
A handling fee of $6 is deducted from refunds for NZ returns.
If you do not receive your refund within 5-10 days, please contact your bank.
We cannot take back other non-refundable goods.""",
        {"returns.window.days": 21, "returns.window.starts": "PURCHASE", "returns.request_via": "EMAIL",
         "fault.reasons": {"DAMAGED"}, "fault.window.days": 3, "fault.window.starts": "DELIVERY",
         "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"},
    ),
    (
        "not-available-and-sold-as",
        """Send your return request within 10 days of the order being delivered.
Refunds will not be granted for puzzles that have been damaged through mishandling.
Refunds are also not available for certain kinds of goods, including clearance items and kite kits.
These goods are sold as final sale.""",
        {"returns.window.days": 10, "returns.window.starts": "DELIVERY", "exclusions": {"CLEARANCE", "OTHER:Kite kits"}},
    ),
    (
        "not-our-error-and-considered-final",
        """Goods can be returned within 20 days from the day the customer receives them.
If the return is due to our error, we will email you a prepaid return label. If the return is not due to our error, the customer pays for the return shipping.
Clearance items and opened bulbs are considered to be final sale and are non-refundable.""",
        {"returns.window.days": 20, "returns.window.starts": "DELIVERY", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
         "shipping.default.payer": "CUSTOMER", "exclusions": {"CLEARANCE", "OTHER:Opened bulbs"}},
    ),
    (
        "faults-said-and-unsaid",
        """If for any reason you are not happy, we offer easy returns and exchanges within 14 days of delivery.
To qualify, items must be free from scratches and/or defects.
Items marked as "Non-Returnable" on the product page cannot be returned.
If a rug arrives defective, we offer a 30-day exchange window for the same rug.
If the rug is not damaged or defective and you want another one, we offer a 30-day exchange window for a different rug.

Framed prints:
All sales are final.""",
        {"returns.window.days": 14, "returns.window.starts": "DELIVERY", "resolutions.exchange": "ALWAYS",
         "exclusions": {"NON_RETURNABLE_MARK"}, "fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"EXCHANGE"}},
    ),
    (
        "fault-list-under-its-heading",
        """Returns are accepted within 30 days of purchase.

Faulty Orders
If you receive:

  • A broken lamp or a wrong item
  • Missing parts

Gear Conditions

  • Stoves: must include the regulator
  • Used sleeping mats not accepted""",
        {"returns.window.days": 30, "returns.window.starts": "PURCHASE", "fault.reasons": {"DEFECTIVE", "WRONG_ITEM", "INCOMPLETE"}},
    ),
    (
        "refund-credit-or-exchange",
        """You may return any unworn item within 30 days of delivery for a full refund, store credit, or exchange.
Approved returns may take up to 8 business days to be refunded.
For faulty products, contact us to arrange a refund or exchange.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "requirements.condition": {"NOT_WORN"},
         "resolutions.exchange": "ALWAYS", "resolutions.store_credit": "ALWAYS", "fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"REFUND", "EXCHANGE"}},
    ),
    (
        "legal-period-extended",
        """Changed your mind?
By law you have a 14-day cooling-off period, starting from the day after you receive your order. We extend this to 45 days for every item.
Faulty goods:
- Within 30 days: you can return them for a full refund.""",
        {"returns.window.days": 45},
    ),
    # --- drafta (session 6): return window, request, conditions ------------------------------------
    (
        "request-deadline-is-the-window",
        """Return authorizations must be requested within 21 days of delivery; returned parcels must reach us within 40 days of delivery.""",
        {"returns.window.days": 21, "returns.window.starts": "DELIVERY", "returns.request_required_before_shipping": True},
    ),
    (
        "series-of-ways-to-take-back",
        """For returns, refunds or exchanges, please write to us within 10 days of receiving your parcel.""",
        # (how to ask for an exchange offers one, as "to return or exchange an item, email us" does: convention 12)
        {"returns.window.days": 10, "returns.window.starts": "DELIVERY", "resolutions.exchange": "ALWAYS"},
    ),
    (
        "deadline-as-a-range-of-hours",
        """Please get in touch within 24-72 hours of delivery to arrange a return.""",
        {"returns.window.days": 3, "returns.window.starts": "DELIVERY", "returns.request_via": "EMAIL"},
    ),
    (
        "channel-under-a-process-heading",
        """How to Return an Item

Email our support team with your order number and the items you are sending back.""",
        {"returns.request_via": "EMAIL"},
    ),
    (
        "instructions-sent-once-asked",
        """Call us within 30 days of delivery and we'll send you instructions for returning your order.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "returns.request_required_before_shipping": True},
    ),
    (
        "only-accept-no-signs-all-components",
        """We only accept items returned without signs of wear and with all original components.""",
        {"requirements.condition": {"NOT_WORN", "ACCESSORIES_INCLUDED"}},
    ),
    (
        "condition-as-when-delivered",
        """Items must come back in the condition it was in when it was delivered.""",
        {"requirements.condition": {"ORIGINAL_CONDITION"}},
    ),
    (
        "as-new-condition",
        """Returns are accepted in as-new condition. All parts must be returned in their original packaging.""",
        {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}},
    ),
    (
        "closed-outright-in-other-words",
        """Returns and Exchanges

Sorry, we do not offer refunds or exchanges.""",
        {"returns.enabled": False},
    ),
    (
        "refunds-alone-refused-leaves-returns-open",
        """We do not offer refunds.""",
        {},
    ),
    (
        "no-returns-under-a-goods-heading",
        """Final Sale

No returns or exchanges.""",
        {},
    ),
    (
        "refused-past-a-number-of-days",
        """We cannot accept returns after 45 days.""",
        {"returns.window.days": 45},
    ),
    (
        "request-by-emailing-and-a-form",
        """Returns can be requested by emailing us with your order number.""",
        {"returns.request_via": "EMAIL"},
    ),
    (
        "return-form-to-fill-out",
        """If you want to return something, submit the online return form.""",
        {"returns.request_via": "WEBSITE"},
    ),
    (
        "perfect-condition-with-the-user-guide",
        """Items must be returned in perfect condition with the user guide.""",
        {"requirements.condition": {"ORIGINAL_CONDITION", "MANUALS_INCLUDED"}},
    ),
    (
        "written-to-before-sending",
        """Please contact us before sending any items back. Returns sent without prior approval will be refused.""",
        {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True},
    ),
    (
        "every-return-needs-an-authorization",
        """All returns require a Return Authorization number. Please reach out to our support team to initiate a return.""",
        {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True},
    ),
    (
        "policy-is-a-number-of-days",
        """Our return policy is 30 days. Items may be exchanged or returned within 30 days of purchase.""",
        {"returns.window.days": 30, "returns.window.starts": "PURCHASE", "resolutions.exchange": "ALWAYS"},
    ),
    (
        "accepts-items-that",
        """We can accept returns of items that have not been used and are in their original packaging.""",
        {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}},
    ),
    (
        "cancelling-refused-once-shipped-in-other-words",
        """Order cancellations are not possible once your order has shipped.""",
        {"cancellation.enabled": True, "cancellation.until_shipped": True},
    ),
    (
        "orders-final-and-not-cancellable",
        """All orders are final and cannot be cancelled.""",
        {"cancellation.enabled": False},
    ),
    (
        "no-returns-after-naming-goods",
        """Returns

Custom orders are made just for you. No returns or exchanges.""",
        {},
    ),
    (
        "no-returns-as-a-list-item",
        """Returns

Items that are final sale:
- No returns or exchanges.""",
        {},
    ),
    (
        "window-from-delivery-in-other-words",
        """You can return items within 30 days from the day you took delivery.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY"},
    ),
    (
        "window-from-arrival-in-other-words",
        """Please send the item back within 14 days of it arriving.""",
        {"returns.window.days": 14, "returns.window.starts": "DELIVERY"},
    ),
    (
        "window-from-the-transaction",
        """Returns are accepted within 30 days of the transaction date.""",
        {"returns.window.days": 30, "returns.window.starts": "PURCHASE"},
    ),
    (
        "refused-without-a-receipt",
        """Returns without a receipt will not be accepted.""",
        {"requirements.proof_of_purchase": True},
    ),
    (
        "store-credit-without-a-receipt",
        """Returns without a receipt will receive store credit.""",
        {},
    ),
    (
        "sellable-condition-with-few-exceptions",
        """With a few exceptions, items can be returned within 30 days of delivery. All items must be returned in sellable condition.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "returns.most_items_only": True,
         "requirements.condition": {"ORIGINAL_CONDITION"}},
    ),
    (
        "started-online-at-an-address",
        """Returns can be started online at example.com/returns.""",
        {"returns.request_via": "WEBSITE"},
    ),
    (
        "link-in-an-email-is-the-website",
        """Start your return through the link in your shipping confirmation email.""",
        {"returns.request_via": "WEBSITE"},
    ),
    (
        "written-to-an-address",
        """To return an item, write to returns@example.com.""",
        {"returns.request_via": "EMAIL"},
    ),
    (
        "paper-form-in-the-parcel",
        """To make a return, please fill in the return form included in your parcel.""",
        {},
    ),
    (
        "contact-before-the-shop-ships-is-no-return-rule",
        """Please contact us before shipping your order if you need to change the address.
Contact us and we will send you instructions for assembling the shelf.""",
        {},
    ),
    (
        "returned-without-contacting-us-allowed",
        """You can return items without contacting us first.""",
        {},
    ),
    (
        "parcels-refused-without-contacting-us",
        """Parcels sent without contacting us first will be refused.""",
        {"returns.request_required_before_shipping": True},
    ),
    (
        "label-validity-is-no-window",
        """Return shipping labels are valid for 30 days.""",
        {},
    ),
    (
        "a-band-of-days-is-no-window",
        """Returns made between 31 and 60 days after delivery receive store credit.""",
        {},
    ),
    (
        "returned-past-a-number-of-days-refused",
        """Items returned more than 30 days after delivery will not be accepted.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY"},
    ),
    (
        "cancel-in-your-account",
        """To cancel your order, log in to your account and click Cancel.""",
        {"cancellation.enabled": True, "cancellation.request_via": "WEBSITE"},
    ),
    (
        "shipped-orders-not-cancellable",
        """Orders that have already shipped cannot be cancelled.""",
        {"cancellation.enabled": True, "cancellation.until_shipped": True},
    ),
    (
        "cancelled-free-of-charge-is-no-fee",
        """You have 24 hours to cancel your order free of charge.""",
        {"cancellation.enabled": True, "cancellation.window_hours": 24},
    ),
    (
        "requests-past-a-number-of-days-not-honoured",
        """Return requests received after 30 days will not be honoured.""",
        {"returns.window.days": 30},
    ),
    (
        "return-it-with-everything-it-came-with",
        """Please return the item with its original packaging, accessories, manuals and warranty card.""",
        {"requirements.condition": {"ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED", "MANUALS_INCLUDED"}},
    ),
    (
        "authorization-number-required",
        """A Return Authorization (RA) number is required for all returns.""",
        {"returns.request_required_before_shipping": True},
    ),
    (
        "no-returns-without-prior-authorization",
        """No returns will be accepted without prior authorization.""",
        {"returns.request_required_before_shipping": True},
    ),
    (
        "approval-before-sending-back",
        """You must receive approval from us before sending anything back. Refunds must receive approval from a manager.""",
        {"returns.request_required_before_shipping": True},
    ),
    (
        "most-of-our-products",
        """Most of our products can be returned within 30 days of delivery. Returns must be pre-approved.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "returns.most_items_only": True,
         "returns.request_required_before_shipping": True},
    ),
    (
        "how-to-ask-for-some-returns-only",
        """For international returns, please contact us first to arrange your return.
To return an item purchased in store, please email us.
Wholesale customers must contact us before returning any items.""",
        {},  # "first", "before returning" ask first for those returns only
    ),
    (
        "email-with-the-reason-for-your-return",
        """Email us at help@example.com with your order number and the reason for your return.""",
        {"returns.request_via": "EMAIL", "requirements.reason_required": True},
    ),
    (
        "whatever-the-reason",
        """Whatever the reason for your return, we are happy to help.""",
        {},
    ),
    (
        "first-step-get-an-authorization",
        """Step 1: Obtain a Return Authorization number from our support team.""",
        {"returns.request_required_before_shipping": True},
    ),
    (
        "original-carton-as-arrived",
        """Items must be returned in the original carton, in the condition they arrived in.""",
        {"requirements.condition": {"ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"}},
    ),
    (
        "channel-under-an-initiating-heading",
        """Initiating a Return

Please contact us with your order number and photos.""",
        {"returns.request_via": "EMAIL"},
    ),
    (
        "every-item-final-sale",
        """All items are final sale.""",
        {"returns.enabled": False},
    ),
    (
        "returns-not-offered-at-this-time",
        """Unfortunately we do not offer returns at this time.""",
        {"returns.enabled": False},
    ),
    # returns taken only in the shop's faults (session 28): not returns off, which would refuse those too
    (
        "returns-only-for-damage-or-defects",
        """We only accept returns of damaged or defective items.""",
        {"returns.only_at_fault": True, "fault.reasons": {"DAMAGED", "DEFECTIVE"}},
    ),
    (
        "no-returns-but-for-our-mistakes",
        """No returns or exchanges, except where the item we sent is faulty or incorrect.""",
        {"returns.only_at_fault": True, "fault.reasons": {"WRONG_ITEM", "DEFECTIVE"}},
    ),
    (
        "returns-only-when-damaged-with-how-to-ask",
        """Returns are accepted only when an item arrives damaged.

To start a return, email us within 7 days of delivery with a photo of the damage.""",
        {"returns.only_at_fault": True, "fault.reasons": {"DAMAGED"}, "returns.request_via": "EMAIL",
         "fault.window.days": 7, "fault.window.starts": "DELIVERY", "fault.photos_min": 1, "fault.photos_of": {"ISSUE"}},
    ),
    (
        "returns-not-accepted-after-a-window-is-no-closing",
        """Returns are not accepted after 30 days.""",
        {"returns.window.days": 30},
    ),
    (
        "asked-why-and-shipped-then-not-cancelled",
        """Please let us know why you are returning the order.
Once an order has been dispatched, it cannot be cancelled.""",
        {"cancellation.enabled": True, "requirements.reason_required": True, "cancellation.until_shipped": True},
    ),
    # --- session 6, draftb: exclusions, fault, shipping, fees, refund and resolutions readings ---
    (
        "fee-spares-faults",
        """Returns are accepted within 30 days of delivery.
Returns carry a 15% restocking fee unless the item arrived damaged.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "fees.restocking_percent": "15",
         "fees.waived_when_merchant_at_fault": True, "fault.reasons": {"DAMAGED"}},
    ),
    (
        "fee-on-non-defective-items",
        """You can send back any item within 14 days of purchase.
Non-defective returns carry a 10% restocking fee.""",
        {"returns.window.days": 14, "returns.window.starts": "PURCHASE", "fees.restocking_percent": "10",
         "fees.waived_when_merchant_at_fault": True},
    ),
    (
        "postage-taken-from-the-refund",
        """Items can be sent back within 30 days of delivery. We include a prepaid return label with every order.
The cost of the return label will be deducted from your refund.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "shipping.default.payer": "CUSTOMER"},
    ),
    (
        "customer-sends-it-back-by-courier",
        """We accept returns of unused goods. It is the buyer's responsibility to send the goods back to our workshop by courier.""",
        {"requirements.condition": {"UNUSED"}, "shipping.default.payer": "CUSTOMER"},
    ),
    (
        "refused-goods-for-example",
        """You may return items within 30 days of purchase.
For hygiene reasons we cannot accept returns of some products, e.g. ear plugs, hair brushes, face masks etc.""",
        {"returns.window.days": 30, "returns.window.starts": "PURCHASE",
         "exclusions": {"OTHER:Ear plugs", "OTHER:Hair brushes", "OTHER:Face masks"}},
    ),
    (
        "refusal-then-these-include",
        """Returns are accepted within 14 days of delivery.
A few products cannot be returned just because you have changed your mind. These include: puzzles if the box has been opened, tea towels, wall calendars.""",
        {"returns.window.days": 14, "returns.window.starts": "DELIVERY",
         "exclusions": {"OTHER:Tea towels", "OTHER:Wall calendars"}},
    ),
    (
        "as-is-goods-and-a-quoted-mark",
        """We accept returns within 21 days of delivery.
Now and then we sell demo units "as-is"; these cannot be returned.
Fabric sold with a "remnant" sticker is also non-returnable.""",
        {"returns.window.days": 21, "returns.window.starts": "DELIVERY",
         "exclusions": {"OTHER:As-is items", "OTHER:Remnant"}},
    ),
    (
        "goods-bought-through-the-site",
        """Returns are welcome within 30 days of purchase.
We cannot accept returns on cut flowers not purchased at our retail store.""",
        {"returns.window.days": 30, "returns.window.starts": "PURCHASE", "exclusions": {"OTHER:Cut flowers"}},
    ),
    (
        "shop-looks-the-goods-over",
        """Returns are accepted within 14 days of delivery. When your parcel arrives we'll look it over and email you about the next step.""",
        {"returns.window.days": 14, "returns.window.starts": "DELIVERY", "refund.inspection": True},
    ),
    (
        "condition-except-when-faulty",
        """Returns are accepted within 30 days of purchase. Goods should be in resalable condition, except when they reached you damaged.""",
        {"returns.window.days": 30, "returns.window.starts": "PURCHASE", "requirements.condition": {"ORIGINAL_CONDITION"},
         "fault.reasons": {"DAMAGED"}, "fault.waive_condition": True},
    ),
    (
        "exchanges-allowed",
        """Returns are accepted within 10 days of delivery. We also allow exchanges for another size.""",
        {"resolutions.exchange": "ALWAYS", "returns.window.days": 10, "returns.window.starts": "DELIVERY"},
    ),
    (
        "faults-in-plain-words",
        """Returns are accepted within 30 days of delivery.
If your blender does not work, arrives cracked, or has parts missing, contact us and we will send a replacement.
If we sent you something that is not what you ordered, email us and you will receive a refund.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY",
         "fault.reasons": {"DEFECTIVE", "DAMAGED", "INCOMPLETE", "WRONG_ITEM"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
         "resolutions.replacement": "MERCHANT_AT_FAULT"},
    ),
    (
        "doesnt-work-for-you-is-no-fault",
        """If the lamp doesn't work for you, you can return it within 14 days of purchase.""",
        {"returns.window.days": 14, "returns.window.starts": "PURCHASE"},
    ),
    (
        "no-label-provided",
        """Returns are accepted within 30 days of delivery. We do not supply prepaid return labels.
If the item is faulty we will reimburse your return postage.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "shipping.default.payer": "CUSTOMER",
         "fault.reasons": {"DEFECTIVE"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"}},
    ),
    (
        "shipped-back-at-your-cost",
        """You have 14 days from delivery to return an item. Goods must be posted back at your own expense.""",
        {"returns.window.days": 14, "returns.window.starts": "DELIVERY", "shipping.default.payer": "CUSTOMER"},
    ),
    (
        "free-returns-and-hassle-free",
        """Our hassle-free return policy: returns are accepted within 60 days of purchase.
Return shipping is on us.""",
        {"returns.window.days": 60, "returns.window.starts": "PURCHASE", "shipping.default.payer": "MERCHANT"},
    ),
    (
        "postage-for-returns-purchaser",
        """Returns are accepted within 21 days of delivery. Postage for returns is the responsibility of the purchaser.""",
        {"returns.window.days": 21, "returns.window.starts": "DELIVERY", "shipping.default.payer": "CUSTOMER"},
    ),
    (
        "credit-note-only",
        """Unwanted items may be sent back within 28 days of delivery. We only issue a credit note for returned goods.""",
        {"returns.window.days": 28, "returns.window.starts": "DELIVERY", "refund.method": "STORE_CREDIT"},
    ),
    (
        "more-ways-of-refusing-goods",
        """Returns are accepted within 30 days of delivery.
We do not take back fireworks. Returns are not accepted on face paints.
There are no refunds on seed packets. Goods bought during a sale cannot be returned.
A few kinds of goods are exempt from being returned, such as perishable goods and gift cards.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY",
         "exclusions": {"OTHER:Fireworks", "OTHER:Face paints", "OTHER:Seed packets", "CLEARANCE", "OTHER:Perishable goods", "OTHER:Gift cards"}},
    ),
    (
        "order-incorrect-or-missing-items",
        """If your shipment was wrong or is missing pieces, let us know within 5 days of delivery and we will send a replacement.""",
        {"fault.reasons": {"WRONG_ITEM", "INCOMPLETE"}, "fault.window.days": 5, "fault.window.starts": "DELIVERY",
         "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"},
    ),
    (
        "bank-time-after-processing",
        """Once your return reaches us, refunds are processed within 2 business days, and your card issuer may then need 3-7 business days to post it.""",
        {"refund.processing": {"min_days": 0, "max_days": 2, "unit": "BUSINESS"},
         "refund.additional_delay": {"min_days": 3, "max_days": 7, "unit": "BUSINESS"}},
    ),
    (
        "restocking-fee-with-a-floor",
        """Returns are accepted within 30 days of purchase. A 12% restocking fee applies to returns (minimum fee of $8).""",
        {"returns.window.days": 30, "returns.window.starts": "PURCHASE", "fees.restocking_percent": "12"},
    ),
    (
        "swap-for-another-size",
        """Returns are accepted within 14 days of delivery. We're happy to swap your shoes for another size.""",
        {"returns.window.days": 14, "returns.window.starts": "DELIVERY", "resolutions.exchange": "ALWAYS"},
    ),
    (
        "delivery-charges-refunded-passive",
        """Returns are accepted within 30 days of delivery. Delivery charges are refunded when we sent you the wrong item.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "refund.original_shipping": "MERCHANT_AT_FAULT",
         "fault.reasons": {"WRONG_ITEM"}},
    ),
    (
        "postage-for-faulty-goods",
        """Returns are accepted within 30 days of delivery. Return postage for faulty or wrong items is free.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"},
         "shipping.merchant_at_fault": {"payer": "MERCHANT"}},
    ),
    (
        "a-fault-as-the-subject",
        """Defects must be reported within 10 days of delivery. Any damage must be reported within 2 days of delivery.""",
        {"fault.reasons": {"DEFECTIVE", "DAMAGED"}, "fault.window.days": 10, "fault.window.starts": "DELIVERY"},
    ),
    (
        "exchanges-after-but",
        """Returns are accepted within 30 days of purchase. We are not able to hold stock for you, but we will do exchanges by post.""",
        {"returns.window.days": 30, "returns.window.starts": "PURCHASE", "resolutions.exchange": "ALWAYS"},
    ),
    (
        "exchanges-subject-to-availability",
        """Returns are accepted within 30 days of purchase. Exchanges are subject to stock availability.""",
        {"returns.window.days": 30, "returns.window.starts": "PURCHASE", "resolutions.exchange": "ALWAYS"},
    ),
    (
        "sent-back-postage-prepaid",
        """Returns are accepted within 30 days of purchase. Parcels must be sent back postage prepaid.""",
        {"returns.window.days": 30, "returns.window.starts": "PURCHASE", "shipping.default.payer": "CUSTOMER"},
    ),
    (
        "fault-and-postage-incurred-by-you",
        """If an item we sent is faulty, we will refund the delivery charges you paid and the postage incurred by you in sending it back.""",
        {"fault.reasons": {"DEFECTIVE"}, "refund.original_shipping": "MERCHANT_AT_FAULT"},
    ),
    (
        "product-damage-photographed",
        """In case of product damage, please send us a photo and we will replace the item.""",
        {"fault.reasons": {"DAMAGED"}, "fault.photos_min": 1, "fault.photos_of": {"ISSUE"}, "fault.remedies": {"REPLACEMENT"},
         "resolutions.replacement": "MERCHANT_AT_FAULT"},
    ),
    (
        "all-shipping-refunded-for-our-error",
        """If the item we sent is defective, all shipping is refunded.""",
        {"fault.reasons": {"DEFECTIVE"}, "refund.original_shipping": "MERCHANT_AT_FAULT"},
    ),
    # --- w4 (session 6, wave 2): fault and resolutions readings -----------------------------------
    (
        "w4-fault-mix-up-and-incorrect-on-arrival",
        """Return postage is paid by the buyer and is not refundable unless the lamp was damaged or incorrect on arrival.
If we got your order mixed up, we'll send the right item.""",
        {"fault.reasons": {"DAMAGED", "WRONG_ITEM"}, "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT",
         "shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"}},
    ),
    (
        "w4-fault-damages-reported-insurance-claim",
        """Transit Damage:
Should your lamp do arrive damaged, email pictures to help@example.com. We will file an insurance claim on your behalf.
Report any loss or damage to our team by phone.""",
        {"fault.reasons": {"DAMAGED"}, "fault.photos_min": 1, "fault.photos_of": {"ISSUE"}},
    ),
    (
        "w4-fault-not-named-by-a-refusal-or-pointer",
        """Goods that are worn, damaged or altered cannot be returned unless they are faulty.
We reserve the right to refuse a refund if:
- The parcel comes back incomplete
For defects and warranty service, see our warranty page.
Any repair of returned goods damaged in the post due to poor packing will be charged to you.
Unopened or defective goods can be returned within 21 days of delivery.""",
        {"fault.reasons": {"DEFECTIVE"}, "fault.overrides_exclusions": True,
         "returns.window.days": 21, "returns.window.starts": "DELIVERY"},  # one window for both kinds of goods (w1)
    ),
    (
        "w4-no-direct-exchanges-and-a-new-order",
        """Exchanges
We don't offer any direct exchanges; instead send the item back and have a new order placed for the one you want.""",
        {"resolutions.exchange": "NEVER", "resolutions.reorder_hint": True},
    ),
    (
        "w4-exchanges-treated-as-returns",
        """Exchanges are handled as returns. We suggest placing a separate order for the size you need.""",
        {"resolutions.exchange": "NEVER", "resolutions.reorder_hint": True},
    ),
    (
        "w4-remedy-in-the-sentence-after-the-fault",
        """If your parcel arrives with broken parts, email us straight away. We'll arrange for a replacement or a refund.""",
        {"fault.reasons": {"DAMAGED"}, "fault.remedies": {"REPLACEMENT", "REFUND"}, "resolutions.replacement": "MERCHANT_AT_FAULT"},
    ),
    (
        "w4-photos-of-a-broken-item",
        """If a mug arrives cracked, send us photos and your order number.""",
        {"fault.reasons": {"DAMAGED"}, "fault.photos_min": 1, "fault.photos_of": {"ISSUE"}},
    ),
    (
        "w4-exchanges-for-a-chosen-size-and-faults",
        """We offer item exchanges for:
- Wrong size
- Faulty items
For colour exchanges or incorrect items:
- We'll post your replacement once your return arrives""",
        {"resolutions.exchange": "ALWAYS", "fault.reasons": {"DEFECTIVE"}},
    ),
    (
        "w4-fee-spares-a-fault",
        """Returns for any reason other than a faulty product carry a 12% restocking fee.""",
        {"fault.reasons": {"DEFECTIVE"}, "fees.restocking_percent": "12", "fees.waived_when_merchant_at_fault": True},
    ),
    (
        "w4-fault-deadline-in-other-words",
        """If your table was damaged in transit, please contact our support team within 5 days at 555-0100.""",
        {"fault.reasons": {"DAMAGED"}, "fault.window.days": 5},
    ),
    (
        "w4-fault-deadline-in-the-next-sentence",
        """Report any damages by email with pictures. Notice must be given within 3 days of delivery.""",
        {"fault.reasons": {"DAMAGED"}, "fault.window.days": 3, "fault.window.starts": "DELIVERY", "fault.photos_min": 1, "fault.photos_of": {"ISSUE"}},
    ),
    # --- w1 (session 6, wave 2): return window shapes, exchanges in the window sentence, cancelling ---
    (
        "w1-refund-counted-from-purchase",
        """The Lamp Loft will refund a buyer within 45 days from the date of purchase.""",
        {"returns.window.days": 45, "returns.window.starts": "PURCHASE"},
    ),
    (
        "w1-window-from-invoice-date",
        """If you want an exchange, you can return the lamp to us within 21 days of the invoice date.""",
        {"returns.window.days": 21, "returns.window.starts": "PURCHASE", "resolutions.exchange": "ALWAYS"},
    ),
    (
        "w1-return-exchange-policy",
        """We offer a 10 day return/exchange policy on every kite bought in our shop.""",
        {"returns.window.days": 10, "resolutions.exchange": "ALWAYS"},
    ),
    (
        "w1-returns-and-exchanges-must-be-made",
        """All returns and exchanges must be made within 20 days of delivery.""",
        {"returns.window.days": 20, "returns.window.starts": "DELIVERY", "resolutions.exchange": "ALWAYS"},
    ),
    (
        "w1-named-period-counted-from-receipt",
        """We give you a 25-day return and exchange period from the date you receive your parcel.""",
        {"returns.window.days": 25, "returns.window.starts": "DELIVERY", "resolutions.exchange": "ALWAYS"},
    ),
    (
        "w1-bought-within-the-last-days",
        """Tell us you would like to return the goods you bought within the last 40 days.""",
        {"returns.window.days": 40, "returns.window.starts": "PURCHASE"},
    ),
    (
        "w1-valid-until-natural-days",
        """Returns are valid until 12 natural days after the telescope parts arrive.""",
        {"returns.window.days": 12, "returns.window.starts": "DELIVERY"},
    ),
    (
        "w1-label-lead-window",
        """Returns
Change of mind: 20 days from delivery.""",
        {"returns.window.days": 20, "returns.window.starts": "DELIVERY"},
    ),
    (
        "w1-notification-deadline-is-no-window",
        """We take back chairs within 30 days of delivery.
Notification of transit damage must be made within one week of delivery.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY"},
    ),

    (
        "w1-closed-with-its-reason",
        """Returns Policy

Since our candles are poured by hand in tiny batches, we do not accept returns or offer refunds once a purchase has been made.""",
        {"returns.enabled": False},
    ),
    (
        "w1-final-sale-under-exceptions-is-for-the-goods",
        """Returns are accepted within 30 days of delivery.

Exceptions / Non-returnable goods
- All sales are final, and no returns of frozen items will be accepted.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY"},
    ),
    (
        "w1-most-with-state-words",
        """You can return most new, unworn items within 20 days of delivery.""",
        {"returns.window.days": 20, "returns.window.starts": "DELIVERY", "returns.most_items_only": True,
         "requirements.condition": {"NOT_WORN"}},
    ),

    (
        "w1-cancelled-refund-within-working-days",
        """To cancel an order, email us. If it has not been dispatched yet, we refund you within 4 working days of your cancellation request.""",
        {"cancellation.enabled": True, "cancellation.request_via": "EMAIL", "cancellation.until_shipped": True,
         "cancellation.refund_time": {"min_days": 0, "max_days": 4, "unit": "BUSINESS"}},
    ),
    (
        "w1-cancel-window-in-hours-says-nothing-of-shipment",
        """Our order cancellation time is within 3 hours after the order is placed.""",
        {"cancellation.enabled": True, "cancellation.window_hours": 3},
    ),

    (
        "w1-not-more-than-days-since",
        """Returns are accepted as long as it has not been more than 21 days since the ship date.""",
        {"returns.window.days": 21, "returns.window.starts": "SHIPMENT"},
    ),
    (
        "w1-named-window-with-its-unit",
        """Returns are accepted within 10 days of delivery. Keep the box until the 10 calendar day return window has passed.""",
        {"returns.window.days": 10, "returns.window.starts": "DELIVERY", "returns.window.unit": "CALENDAR"},
    ),

    (
        "w1-unwanted-or-faulty-goods-window",
        """Unwanted or faulty goods can be sent back within 28 days of delivery.""",
        {"returns.window.days": 28, "returns.window.starts": "DELIVERY",
         "fault.reasons": {"DEFECTIVE"}, "fault.window.days": 28, "fault.window.starts": "DELIVERY"},
    ),
    # --- session 6, wave 2, w3: exclusions (groups qualified by a state, sale items, refusal predicates) ---
    (
        "state-led-lines-are-no-groups",
        """You may return unworn goods within 30 days of delivery.
Non-returnable items:
- Used climbing ropes, harnesses, and carabiners
- Worn or altered boots
- Scratched lenses: chipped, cracked, or clouded glass
- Opened chalk bags
- Gift cards""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "requirements.condition": {"NOT_WORN"},
         "exclusions": {"OTHER:Opened chalk bags", "OTHER:Gift cards"}},
    ),

    (
        "nested-list-of-ineligible-goods",
        """Returns are accepted within 30 days of delivery.

Ineligible items
- Opened seed packets
- Garden machinery such as (but not limited to):
- Mowers
- Hedge trimmers
- Cut hoses
Custom-ordered items such as planters, trellises and raised beds are non-refundable.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY",
         "exclusions": {"OTHER:Opened seed packets", "OTHER:Mowers", "OTHER:Hedge trimmers", "OTHER:Cut hoses", "PERSONALIZED"}},
    ),

    (
        "goods-a-refused-group-holds",
        """Returns are accepted within 14 days of delivery.
- Hampers that include jams, chutneys and biscuits are not eligible for a refund.
- Boxes which include fresh cheeses, cured meats and other fresh food are considered food and are not eligible for an exchange or refund.""",
        {"returns.window.days": 14, "returns.window.starts": "DELIVERY", "exclusions": {"OTHER:Hampers"}},
    ),

    (
        "goods-the-policy-does-not-apply-to",
        """We have a 21-day return policy: you have 21 days after delivery to ask for a return. This does not apply to engraved products.
The return guarantee does not apply to clearance goods, hand-painted mugs, and products that show signs of wear or have been chipped.
Made-to-order frames are not able to be returned. Discounted items are not refundable.
Software: we allow no exchanges or refunds on software unless it is faulty.""",
        {"returns.window.days": 21, "returns.window.starts": "DELIVERY",
         "exclusions": {"PERSONALIZED", "CLEARANCE", "OTHER:Hand-painted mugs", "OTHER:Digital products"}},
    ),

    (
        "custom-made-as-the-reason",
        """You can return items within 30 days of delivery.
Our awnings and canopies are custom made to the sizes you give us and are not returnable.
We cannot accept returns on blackout liners if the seal has been broken, as these are considered custom-made products.
Monogrammed towels are final sale.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "exclusions": {"PERSONALIZED", "OTHER:Awnings and canopies"}},
    ),

    (
        "list-line-with-its-reason",
        """Returns are accepted within 30 days of delivery.
Non-returnable items:
- Earplugs & mouthguards for hygiene reasons
- Chalk refills once opened""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "exclusions": {"OTHER:Earplugs & mouthguards"}},
    ),

    # --- session 6, w5: shipping, fees, refund and instructions readings ---------------------------------
    (
        "w5-remorse-lead-customer-bears",
        """Returns are accepted within 30 days of delivery.
Buyer's Remorse: If you send something back because you changed your mind, the customer will bear the shipping costs.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "shipping.default.payer": "CUSTOMER"},
    ),
    (
        "w5-required-to-pay-return-shipping",
        """You can return unworn shoes within 21 days of delivery. You're responsible for return shipping.""",
        {"returns.window.days": 21, "returns.window.starts": "DELIVERY", "shipping.default.payer": "CUSTOMER",
         "requirements.condition": {"NOT_WORN"}},
    ),
    (
        "w5-remedy-including-return-postage",
        """Returns are accepted within 14 days of delivery.
If a lamp arrives broken, send us a photo. We will arrange a replacement or a full refund, including return shipping costs.""",
        {"returns.window.days": 14, "returns.window.starts": "DELIVERY", "fault.reasons": {"DAMAGED"},
         "shipping.merchant_at_fault": {"payer": "MERCHANT"}, "fault.photos_min": 1, "fault.photos_of": {"ISSUE"},
         # the remedy in the sentence after the fault (w4)
         "fault.remedies": {"REPLACEMENT", "REFUND"}, "resolutions.replacement": "MERCHANT_AT_FAULT", "fault.full_refund": True},
    ),
    (
        "w5-shop-named-as-payer",
        """Returns are accepted within 30 days of purchase. Northwind Kites will cover shipping costs in the case of defective items.""",
        {"returns.window.days": 30, "returns.window.starts": "PURCHASE", "fault.reasons": {"DEFECTIVE"},
         "shipping.merchant_at_fault": {"payer": "MERCHANT"}},
    ),
    (
        "w5-costs-associated-with-returns-unless-flawed",
        """Returns are accepted within 30 days of delivery.
Shipping costs associated with returns are the buyer's responsibility unless the item is flawed.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "shipping.default.payer": "CUSTOMER",
         "shipping.merchant_at_fault": {"payer": "MERCHANT"}},
    ),
    (
        "w5-error-on-our-side-both-ways",
        """Returns are accepted within 30 days of delivery. If there was an error on our side, we will cover shipping both ways.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "shipping.merchant_at_fault": {"payer": "MERCHANT"}},
    ),
    (
        "w5-complimentary-label",
        """Returns are accepted within 30 days of delivery. To send something back, we will provide you with a complimentary shipping label.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "shipping.default.payer": "MERCHANT"},
    ),
    (
        "w5-payer-by-outbound-shipping",
        """Returns are accepted within 30 days of delivery. We pay for return shipping if you paid for standard shipping on the order.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY"},
    ),

    (
        "w5-processed-then-appears-after-that",
        """Returns are accepted within 30 days of delivery. Once your return arrives, refunds are usually processed within 2-4 days and should show on your card within 3-7 business days after that.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY",
         "refund.processing": {"min_days": 2, "max_days": 4, "unit": "CALENDAR"},
         "refund.additional_delay": {"min_days": 3, "max_days": 7, "unit": "BUSINESS"}},
    ),
    (
        "w5-expect-refund-to-be-issued",
        """Returns are accepted within 30 days of delivery. When we get the item back, you can expect the refund to be issued within 2 business days.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY",
         "refund.processing": {"min_days": 0, "max_days": 2, "unit": "BUSINESS"}},
    ),
    (
        "w5-original-or-return-shipping-excluded",
        """Returns are accepted within 30 days of delivery. Refunds go back to the original payment method, excluding original or return shipping costs.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "refund.method": "ORIGINAL_PAYMENT",
         "refund.original_shipping": "NEVER"},
    ),
    (
        "w5-original-shipping-unless-law",
        """Returns are accepted within 30 days of delivery. Delivery charges on the original order are non-refundable unless required by law.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "refund.original_shipping": "NEVER"},
    ),
    (
        "w5-original-shipping-listed-as-non-returnable",
        """Returns are accepted within 30 days of delivery.
Non-returnable items:
- Gift cards
- Original shipping costs""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "exclusions": {"OTHER:Gift cards"},
         "refund.original_shipping": "NEVER"},
    ),
    (
        "w5-bounced-parcel-shipping-kept",
        """Returns are accepted within 30 days of delivery.
If a parcel is returned to us because the address was wrong, we will not refund the shipping charges.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY"},
    ),
    (
        "w5-fee-for-change-of-mind-returns",
        """Returns are accepted within 30 days of delivery. A 10% restocking fee applies to approved change-of-mind returns.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "fees.restocking_percent": "10",
         "fees.waived_when_merchant_at_fault": True},
    ),
    (
        "w5-fee-not-for-our-error",
        """Returns are accepted within 30 days of delivery. A 12% restocking fee is deducted from refunds.
This fee does not apply to returns due to our shipping error.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "fees.restocking_percent": "12",
         "fees.waived_when_merchant_at_fault": True},
    ),
    (
        "w5-restock-fee",
        """Returns are accepted within 30 days of delivery. Returned goods are subjected to a 15% restock fee.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "fees.restocking_percent": "15"},
    ),
    (
        "w5-carefully-packed-tracked-postage",
        """Returns are accepted within 30 days of delivery. Goods should be carefully packed and sent back with tracked postage, which we recommend.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "instructions.pack_securely": True,
         "instructions.tracked_shipping_recommended": True},
    ),
    (
        "w5-refund-your-credit-card",
        """Returns are accepted within 30 days of delivery. When your return reaches us, we will refund your credit card.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "refund.method": "ORIGINAL_PAYMENT"},
    ),
    (
        "w5-if-you-wish-to-return-original-form",
        """If you wish to return a lamp, send it back within 30 days of delivery and we will refund the price to the original form of payment.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "refund.method": "ORIGINAL_PAYMENT"},
    ),
    (
        "w5-notified-via-email",
        """Returns are accepted within 30 days of delivery.
Once your return arrives, we will process it and notify you via email.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "refund.confirmation_email": True},
    ),
    (
        "w5-subject-to-an-inspection",
        """Returns are accepted within 30 days of delivery. All items will be subject to an inspection.
Every product is inspected before it leaves our warehouse.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "refund.inspection": True},
    ),
    (
        "w5-address-from-instructions",
        """Returns are accepted within 30 days of delivery. Ship the item to the address provided in the instructions.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "instructions.use_address_from_instructions": True},
    ),
    (
        "w5-ship-within-weeks-of-request",
        """Returns are accepted within 30 days of delivery. To get a refund, please send the item back within three weeks of requesting the return.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "instructions.ship_within_days": 21},
    ),
    (
        "w5-fee-for-returns-not-in-original-packaging",
        """Returns are accepted within 30 days of delivery. A 10% restocking fee is charged for items not returned with original packaging.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY"},
    ),
    (
        "w5-out-of-stock-exchange-fallback",
        """Returns are accepted within 30 days of delivery. Refunds go back to the original payment method.
We exchange sizes for free. If the size you want is sold out, you can pick a refund or store credit instead.""",
        # (sizes exchanged for free: an exchange offered for any return, convention 12)
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "refund.method": "ORIGINAL_PAYMENT", "resolutions.exchange": "ALWAYS"},
    ),
    (
        "w5-entitled-to-a-refund-within",
        """Returns are accepted within 30 days of delivery. If a parcel arrives with a defect, you are entitled to a full refund within 30 days.
Refunds are issued within 10 days of the return reaching us.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "fault.reasons": {"DEFECTIVE"},
         "fault.remedies": {"REFUND"}, "refund.processing": {"min_days": 0, "max_days": 10, "unit": "CALENDAR"}},
    ),
    (
        "w5-fault-remedies-not-refund-way",
        """Returns are accepted within 30 days of delivery.

Defective or Damaged Products
If your order arrives damaged, email us a photo. We will offer a replacement, store credit, or refund.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "fault.reasons": {"DEFECTIVE", "DAMAGED"},
         "fault.photos_min": 1, "fault.photos_of": {"ISSUE"}, "fault.remedies": {"REPLACEMENT", "REFUND"}, "resolutions.replacement": "MERCHANT_AT_FAULT",
         "resolutions.store_credit": "MERCHANT_AT_FAULT"},
    ),
    # --- w2 (wave 2): asking first, how to ask, requirements ---
    (
        "authorisation-in-other-words",
        """Returns are accepted within 30 days of delivery.
Please don't post anything back without approval - parcels sent without it will be refused.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "returns.request_required_before_shipping": True},
    ),
    (
        "authorisation-number-issued",
        """You can send back unwanted goods within 14 days of delivery.
Our support team will provide you with a return authorisation (RA) number.""",
        {"returns.window.days": 14, "returns.window.starts": "DELIVERY", "returns.request_required_before_shipping": True},
    ),
    (
        "parcels-without-a-ran-refused",
        """Returns are accepted within 21 days of delivery.
We will not accept a parcel if a RAN has not been assigned to it.""",
        {"returns.window.days": 21, "returns.window.starts": "DELIVERY", "returns.request_required_before_shipping": True},
    ),
    (
        "packing-step-names-contents",
        """Returns are accepted within 30 days of delivery.
Carefully pack the kettle in its original box and include all the original parts, leaflets and paperwork.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "instructions.pack_securely": True,
         "requirements.condition": {"ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED", "MANUALS_INCLUDED"}},
    ),
    (
        "all-the-documentation",
        """Returns are welcome within 14 days of delivery. The lamp must be returned unused with all the documentation.""",
        {"returns.window.days": 14, "returns.window.starts": "DELIVERY", "requirements.condition": {"UNUSED", "MANUALS_INCLUDED"}},
    ),
    (
        "condition-as-what-it-is-free-of",
        """Returns are accepted within 30 days of delivery. To be accepted, a jacket must be:
- Free from any tears, stains, or signs of wear""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "requirements.condition": {"NOT_STAINED", "NOT_WORN"}},
    ),
    (
        "must-not-have-been-used",
        """Returns are accepted within 30 days of delivery. Returned goods must not have been used and must show no signs of wear/use.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "requirements.condition": {"UNUSED", "NOT_WORN"}},
    ),
    (
        "email-an-address-under-request-steps",
        """Returns are accepted within 30 days of delivery.
Return Request Steps
Email help@example.com with your order number and a photo of the item.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "returns.request_via": "EMAIL"},
    ),
    (
        "initiating-the-return-process",
        """Returns are accepted within 30 days of delivery.
Initiating a Return:
To start the return process, get in touch with our team at help@example.com.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "returns.request_via": "EMAIL"},
    ),
    (
        "return-exchange-process-heading",
        """Returns are accepted within 30 days of delivery.
Step-by-Step Return/Exchange Process
1. Please contact our support team to initiate the process.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "returns.request_via": "EMAIL"},
    ),
    (
        "return-number-from-my-account",
        """Returns are accepted within 30 days of delivery. You can request a return number online from your My Account page.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "returns.request_via": "WEBSITE"},
    ),
    (
        "returns-section-of-the-site",
        """Returns are accepted within 30 days of delivery. Please use our returns section under the Help menu for a return authorization number.""",
        # an authorization number asked for on the site is asked for before sending, as when it is asked for by email
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "returns.request_via": "WEBSITE", "returns.request_required_before_shipping": True},
    ),
    (
        "proof-of-purchase-as-a-fragment",
        """Returns are accepted within 30 days of delivery.
What we need:
- Proof of purchase: your order number or receipt""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "requirements.proof_of_purchase": True},
    ),
    (
        "receipt-of-the-parcel-and-warranty-receipts",
        """Returns are accepted within 30 days of delivery. We confirm receipt of the parcel by email.
Claims under the manufacturer's warranty need the original receipt. Refund of postage depends on the reason for the return.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY"},
    ),
    (
        "aside-label-before-a-condition",
        """Returns are accepted within 30 days of delivery.
Please note: Unused items must be returned in the condition they were received in.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"}},
    ),
    (
        "help-offered-is-no-way-to-ask",
        """Returns are accepted within 30 days of delivery.
If you are unsure whether your item can come back, feel free to email us about how to start a return.""",
        {"returns.window.days": 30, "returns.window.starts": "DELIVERY"},
    ),
]


_SETS = {"requirements.condition", "fault.reasons", "fault.photos_of", "fault.remedies"}


def drafted_facts(draft) -> dict:
    """The facts a draft states (its placed settings), in the form `TEXTS` labels them."""
    facts: dict = {}
    for placed in draft.placed:
        path = placed.path
        if path == "exclusions":
            item = placed.value
            facts.setdefault(path, set()).add(item["category"] if item["category"] != "OTHER" else f"OTHER:{item['label']}")
        elif path in _SETS:
            facts.setdefault(path, set()).add(placed.value)
        elif path == "exclusions.not_cancellable":
            continue
        else:
            facts.setdefault(path, placed.value)
    return facts
