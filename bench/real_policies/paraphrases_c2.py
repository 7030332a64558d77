"""The rules of 12 shops' return-policy pages (set c2: home goods), one item per sentence of the page that
states a drafted setting as a general rule, each rewritten in our own words as another shop would write it,
with the facts it states. Labelled by hand; the pages' own sentences stay out of the repository. Pages read
from the stored public-pages corpus (the `search` tool); as in labels.py, a page's text is the opening the
corpus stores, cut at its last whole sentence.
"""

# Pages (one per kind of shop):
#   usabehome             https://www.usabehome.com/returns                                          (furniture)
#   dealbeds              https://www.dealbeds.com/online-returns-policy/                            (mattresses)
#   kitchenappliancestore https://kitchenappliancestore.com/pages/return-refund-policy                (kitchen appliances)
#   modlighting           https://shop.mod-lighting.com/pages/returns                                (lighting)
#   paylessrugs           https://www.paylessrugs.com/return-policy                                  (rugs)
#   deluxeduvets          https://deluxeduvets.com/returns-policy                                    (bedding)
#   gardentoolpro         https://gardentoolpro.com/pages/return-policy                              (garden tools)
#   wehomestore           https://wehomestore.com/pages/return-policy                                (home decor)
#   cookwaremasters       https://www.cookwaremasters.com/policies/returns-refunds-cancellations     (cookware)
#   bayplumbingsupply     https://www.bayplumbingsupply.com/return-policy                            (bathroom fixtures)
#   warehousepaint        https://warehousepaint.com/pages/returnpolicy                              (paint)
#   wallpaperemporium     https://redmooncreativegroup.wixsite.com/wallpaperemporium/shipping-returns (wallpaper)

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    # --- usabehome (furniture) ---------------------------------------------------------------------------
    ("usabehome-1", """Changed your mind about a piece? For most of our range you have thirty days after it is delivered to
send it back, either for your money or to swap it for something else.""",
     {**_w(30, "DELIVERY"), "returns.most_items_only": True, "resolutions.exchange": "ALWAYS"}),
    ("usabehome-2", """Anything coming back must be unused, still carry its original labels, and arrive in the packaging it
came in, undamaged.""",
     {"requirements.condition": {"UNUSED", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"}}),
    ("usabehome-3", """We can't accept returns of pieces made or customised to order, anything sold as final sale, mattresses
or bedding once opened, furniture you have already assembled, or clearance stock.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom|OTHER:made-to-order", "FINAL_SALE", "OTHER:mattress|OTHER:bedding",
                     "WORN_OR_DAMAGED|OTHER:assembled", "CLEARANCE"}}),
    ("usabehome-4", """Start by getting in touch with our service team, giving your order number and telling us why it's
coming back; we issue an authorization number, which you need before sending anything.""",
     {"returns.request_required_before_shipping": True, "requirements.reason_required": True}),
    ("usabehome-5", """Put the item back in its original box along with every part, manual and accessory.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED", "MANUALS_INCLUDED"}}),
    ("usabehome-6", """On an ordinary return, the cost of shipping it back to us is yours.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("usabehome-7", """After the item reaches us it is inspected; the refund then takes five to seven working days, and we
email you once it's done.""",
     {"refund.inspection": True, "refund.processing": _r(5, 7, "BUSINESS"), "refund.confirmation_email": True}),
    ("usabehome-8", """You can be refunded to the card or account you paid with, take store credit instead, or exchange the
piece for other products.""",
     {"refund.method": "CUSTOMER_CHOICE", "resolutions.store_credit": "ALWAYS", "resolutions.exchange": "ALWAYS"}),
    ("usabehome-9", """Something damaged or faulty? Report it no later than 48 hours after delivery and include photos of the
damage.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, **_w(2, "DELIVERY", prefix="fault.window"), "fault.photos_min": 1,
      "fault.photos_of": {"ISSUE"}}),
    ("usabehome-10", """For damaged or faulty goods we can ship you a replacement, or give your money back once the item has
been returned.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("usabehome-11", """Sent the wrong product? Let us know inside a week; sending it back costs you nothing and we dispatch
the right one quickly.""",
     {"fault.reasons": {"WRONG_ITEM"}, "fault.window.days": 7, "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("usabehome-12", """If parts are missing from your order, contact us within fourteen days.""",
     {"fault.reasons": {"INCOMPLETE"}, "fault.window.days": 14}),
    # --- dealbeds (mattresses) ---------------------------------------------------------------------------
    ("dealbeds-1", """Most products can be sent back for a refund up to thirty days after they were delivered.""",
     {**_w(30, "DELIVERY"), "returns.most_items_only": True}),
    ("dealbeds-2", """Once an order has gone out, the cost of transporting it back to us is yours, whether you cancel it or
return it.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("dealbeds-3", """Products ordered to your own specification, and bedding accessories, can't be returned.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom|OTHER:specification", "OTHER:bedding accessor|OTHER:accessor"}}),
    ("dealbeds-4", """If a delivery turns up damaged, we will either send a new one straight away or refund you in full.""",
     {"fault.reasons": {"DAMAGED"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("dealbeds-5", """You can return or swap most items for thirty days from the day they arrive.""",
     {**_w(30, "DELIVERY"), "returns.most_items_only": True, "resolutions.exchange": "ALWAYS"}),
    ("dealbeds-6", """After your order has shipped or arrived, every transport charge for a cancellation, a return or an
exchange is paid by you.""",
     {"resolutions.exchange": "ALWAYS", "shipping.default.payer": "CUSTOMER"}),
    ("dealbeds-7", """Adjustable bases cannot be returned.""",
     {"exclusions": {"OTHER:adjustable base"}}),
    ("dealbeds-8", """Every refund goes back onto the card or account the purchase was made with.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    # --- kitchenappliancestore (kitchen appliances) ------------------------------------------------------
    ("kitchenappliancestore-1", """You can ask our support team for a return and refund up to thirty days after delivery, counted
from the delivery date shown in the tracking details.""",
     {**_w(30, "DELIVERY")}),
    ("kitchenappliancestore-2", """Once the thirty-day window has closed, we cannot take a return.""",
     {"returns.window.days": 30}),
    ("kitchenappliancestore-4", """For an ordinary return, the appliance has to be fit to sell again with no scratches or faults, sit
in the maker's own box and packing with nothing written on it, and have no pieces missing.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"}}),
    ("kitchenappliancestore-5", """An appliance that has been installed cannot come back as an ordinary return.""",
     {"exclusions": {"WORN_OR_DAMAGED|OTHER:installed|OTHER:used"}}),
    ("kitchenappliancestore-6", """When you start an ordinary return, tell us the reason for it.""",
     {"requirements.reason_required": True}),
    ("kitchenappliancestore-7", """We treat a return as a defective one when the item has a fault that stops it doing its job, the
wrong item arrived, it does not match its description, or it was damaged on arrival.""",
     {"fault.reasons": {"DEFECTIVE", "WRONG_ITEM", "NOT_AS_DESCRIBED", "DAMAGED"}}),
    ("kitchenappliancestore-8", """Signed for the delivery and then found hidden damage within 48 hours? Photograph both the box and the
product.""",
     {"fault.reasons": {"DAMAGED"}, **_w(2, "DELIVERY", prefix="fault.window"), "fault.photos_min": 1,
      "fault.photos_of": {"ISSUE", "PACKAGING"}}),
    ("kitchenappliancestore-9", """Once the item is at our warehouse and has passed inspection, we process your refund within two
days.""",
     {"refund.inspection": True, "refund.processing": _r(0, 2)}),
    ("kitchenappliancestore-10", """The money should then reach you five to seven working days after we have processed it.""",
     {"refund.typical_arrival": _r(5, 7, "BUSINESS")}),
    # --- modlighting (lighting) --------------------------------------------------------------------------
    ("modlighting-1", """You may ask for a return up to thirty days after your item arrives.""",
     {**_w(30, "DELIVERY")}),
    ("modlighting-2", """To begin, open the chat on our site and choose the return option; we then send you instructions for
shipping it back.""",
     {"returns.request_via": "WEBSITE"}),
    ("modlighting-3", """Parcels that reach us before a return has been requested are turned away.""",
     {"returns.request_required_before_shipping": True}),
    ("modlighting-4", """The customer covers the cost of shipping a return.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("modlighting-5", """Every fixture sent back is examined and tested to make sure it works.""",
     {"refund.inspection": True}),
    ("modlighting-6", """Refunds are completed in seven to ten working days.""",
     {"refund.processing": _r(7, 10, "BUSINESS")}),
    ("modlighting-7", """To qualify for a return:
- the light is unused and in the state it arrived in.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"}}),
    ("modlighting-8", """To qualify for a return:
- everything that came in the box is sent back, inside the original packaging.""",
     {"requirements.condition": {"ACCESSORIES_INCLUDED", "ORIGINAL_PACKAGING"}}),
    ("modlighting-9", """To qualify for a return:
- you show a receipt or another proof that you bought it.""",
     {"requirements.proof_of_purchase": True}),
    ("modlighting-10", """Anything sent back inside the thirty days can be refunded to the way you paid, or as store credit if you
prefer.""",
     {"returns.window.days": 30, "refund.method": "CUSTOMER_CHOICE", "resolutions.store_credit": "ALWAYS"}),
    ("modlighting-11", """Outside this policy: custom orders, shipping protection, gift cards, spare parts and accessories, and
warranties you have bought. Shipping charges are not refunded either.""",
     {"exclusions": {"OTHER:gift card", "PERSONALIZED|OTHER:custom|OTHER:made-to-order", "OTHER:warrant", "OTHER:accessor|OTHER:part",
                     "OTHER:shipping protection"},
      "refund.original_shipping": "NEVER"}),
    # --- paylessrugs (rugs) ------------------------------------------------------------------------------
    ("paylessrugs-1", """Your rug can be returned for a full refund at any time in the thirty days after it is delivered.""",
     {**_w(30, "DELIVERY")}),
    ("paylessrugs-2", """We ask customers to pay for shipping their returns back to us.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("paylessrugs-3", """Rugs must come back in first-quality condition, wrapped for the journey in the original materials or in
ones just as good.""",
     {"requirements.condition": {"ORIGINAL_CONDITION"}, "instructions.pack_securely": True}),
    ("paylessrugs-4", """Pack it well: we turn away rugs that have been used, are dirty, or got damaged through poor packing.""",
     {"requirements.condition": {"UNUSED", "NOT_STAINED"}, "instructions.pack_securely": True}),
    ("paylessrugs-5", """Returns sent without our approval are refused and shipped back to you.""",
     {"returns.request_required_before_shipping": True}),
    ("paylessrugs-6", """We strongly recommend insuring the parcel for its full value.""",
     {"instructions.insured_shipping_recommended": True}),
    ("paylessrugs-7", """To start a return, send customer service an email stating why you're returning it and quoting your
order number.""",
     {"returns.request_via": "EMAIL", "requirements.reason_required": True}),
    ("paylessrugs-9", """Make sure your return is well secured for the trip.""",
     {"instructions.pack_securely": True}),
    ("paylessrugs-10", """After thirty days, returns are no longer possible.""",
     {"returns.window.days": 30}),
    ("paylessrugs-11", """Runners for stairs or hallways that we made to your order can't be returned.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom|OTHER:runner"}}),
    # --- deluxeduvets (bedding) --------------------------------------------------------------------------
    ("deluxeduvets-1", """You may return items within thirty days after delivery.""",
     {**_w(30, "DELIVERY")}),
    ("deluxeduvets-2", """More than thirty days after your purchase, we can no longer give a full refund or an exchange.""",
     {**_w(30, "PURCHASE")}),
    ("deluxeduvets-3", """To qualify, the item must be unused, in the state you got it, and in its original packaging.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("deluxeduvets-4", """Items flagged as non-returnable, which covers some sale and clearance goods, cannot come back.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale"}}),
    ("deluxeduvets-5", """We won't accept anything that shows wear or was damaged by misuse.""",
     {"exclusions": {"WORN_OR_DAMAGED|OTHER:misuse|OTHER:worn"}}),
    ("deluxeduvets-6", """Email customer service with your order number, the items and why you are returning them; we reply with
the next steps.""",
     {"returns.request_via": "EMAIL", "requirements.reason_required": True,
      "returns.request_required_before_shipping": True}),
    ("deluxeduvets-7", """Return postage is normally paid by the customer, unless the item is faulty or not what you ordered.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}}),
    ("deluxeduvets-8", """When the return is because of a fault or a shipping mix-up, we pay for sending it back.""",
     {"shipping.merchant_at_fault": {"payer": "MERCHANT"}, "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}}),
    ("deluxeduvets-9", """Please pack it properly so it isn't harmed on the way.""",
     {"instructions.pack_securely": True}),
    ("deluxeduvets-10", """We inspect what you send back and email you to confirm it arrived and whether the refund is approved;
approved refunds go to the payment method you used.""",
     {"refund.inspection": True, "refund.confirmation_email": True, "refund.method": "ORIGINAL_PAYMENT"}),
    ("deluxeduvets-11", """Allow five to ten working days for the refund to show in your account.""",
     {"refund.typical_arrival": _r(5, 10, "BUSINESS")}),
    ("deluxeduvets-12", """Direct exchanges are not offered.""",
     {"resolutions.exchange": "NEVER"}),
    # --- gardentoolpro (garden tools) --------------------------------------------------------------------
    ("gardentoolpro-1", """Email us no later than 14 days after the order reaches you to ask for a return.""",
     {**_w(14, "DELIVERY"), "returns.request_via": "EMAIL"}),
    ("gardentoolpro-2", """Send the tool back unused, as you received it, and in its original packaging.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("gardentoolpro-3", """Use a carrier that gives you tracking, for example DHL or Hermes.""",
     {"instructions.tracked_shipping_recommended": True, "instructions.carrier_examples": ["DHL", "Hermes"]}),
    ("gardentoolpro-4", """After your return arrives and has been checked, we refund the way you paid (PayPal) within three
working days.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(0, 3, "BUSINESS")}),
    ("gardentoolpro-5", """The first delivery charge is only given back when the return is down to a mistake of ours.""",
     {"refund.original_shipping": "MERCHANT_AT_FAULT"}),
    ("gardentoolpro-6", """You'll get an email confirming that the refund is complete.""",
     {"refund.confirmation_email": True}),
    ("gardentoolpro-7", """Orders can be cancelled through customer service for up to two hours after you buy.""",
     {"cancellation.enabled": True, "cancellation.window_hours": 2}),
    ("gardentoolpro-8", """Faulty or damaged goods: let us know no more than fourteen days after they arrive.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED"}, **_w(14, "DELIVERY", prefix="fault.window")}),
    ("gardentoolpro-9", """For faulty or damaged goods we pay the return postage, and you pick either a replacement or a full
refund.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.remedies": {"REPLACEMENT", "REFUND"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    # --- wehomestore (home decor) ------------------------------------------------------------------------
    ("wehomestore-1", """Most products may be sent back for store credit up to thirty days after delivery.""",
     {**_w(30, "DELIVERY"), "returns.most_items_only": True, "refund.method": "STORE_CREDIT",
      "resolutions.store_credit": "ALWAYS"}),
    ("wehomestore-2", """Shipping it back is at your expense, and we only accept pieces in their original state and box.""",
     {"shipping.default.payer": "CUSTOMER", "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("wehomestore-3", """Some things can't be returned: clearance goods, personalised items, anything labelled Non-Returnable
on its page, and pieces that you've put together already.""",
     {"exclusions": {"CLEARANCE", "PERSONALIZED", "OTHER:non-returnable", "WORN_OR_DAMAGED|OTHER:assembled|OTHER:put together"}}),
    ("wehomestore-4", """Items sold together as a discounted bundle can only come back as the whole bundle.""",
     {"sets.return_whole_only": True}),
    ("wehomestore-5", """These limits don't apply when an item is damaged or faulty; we'll sort those out with you.""",
     {"fault.overrides_exclusions": True, "fault.reasons": {"DAMAGED", "DEFECTIVE"}}),
    ("wehomestore-6", """Want another colour, another size or a different product altogether? We're glad to exchange it.""",
     {"resolutions.exchange": "ALWAYS"}),
    ("wehomestore-7", """For the quickest exchange, order the new item first and then send the old one back.""",
     {"resolutions.reorder_hint": True}),
    # --- cookwaremasters (cookware) ----------------------------------------------------------------------
    ("cookwaremasters-1", """Until an order leaves our warehouse, you can cancel it at no charge by calling, emailing or chatting with us live.""",
     {"cancellation.enabled": True, "cancellation.until_shipped": True, "cancellation.refund_percent": "100"}),
    ("cookwaremasters-2", """Custom and made-to-order pieces go into production right away, so they can't be cancelled or
refunded.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom|OTHER:made-to-order"}}),
    ("cookwaremasters-3", """Most items may be returned up to thirty days after you receive them.""",
     {**_w(30, "DELIVERY"), "returns.most_items_only": True}),
    ("cookwaremasters-4", """The item has to be unused, with every accessory, and boxed in its original packaging.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"}}),
    ("cookwaremasters-5", """You must provide proof of purchase.""",
     {"requirements.proof_of_purchase": True}),
    ("cookwaremasters-6", """Customers pay for return shipping unless we were at fault: a faulty, damaged or wrong item.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"}}),
    ("cookwaremasters-7", """Send the item off no later than seven days after your return authorization (RMA) is issued.""",
     {"instructions.ship_within_days": 7}),
    ("cookwaremasters-8", """We don't take back custom or personalised goods, perishables, intimate or sanitary products,
gift cards, or downloadable software.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom", "OTHER:perish", "INTIMATES|OTHER:sanitary|OTHER:intimate",
                     "OTHER:gift card", "OTHER:software|OTHER:download"}}),
    ("cookwaremasters-9", """Get in touch with customer service quoting your order number and the reason; once approved, you'll be sent
an RMA number along with instructions.""",
     {"requirements.reason_required": True, "returns.request_required_before_shipping": True}),
    ("cookwaremasters-10", """Use a shipping service with tracking, and hold on to the tracking details.""",
     {"instructions.tracked_shipping_recommended": True}),
    ("cookwaremasters-11", """After inspection, we refund the card or account you paid with, normally within 14 business
days.""",
     {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(0, 14, "BUSINESS")}),
    ("cookwaremasters-12", """If an item is faulty, damaged or incorrect, you can exchange it and we pay the return postage.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"}, "fault.remedies": {"EXCHANGE"},
      "resolutions.exchange": "MERCHANT_AT_FAULT", "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("cookwaremasters-13", """Exchanges because you changed your mind are possible too, but you pay for both the return and the
new delivery.""",
     {"resolutions.exchange": "ALWAYS", "shipping.default.payer": "CUSTOMER"}),
    # --- bayplumbingsupply (bathroom fixtures) -----------------------------------------------------------
    ("bayplumbingsupply-1", """Stock products that were never installed and remain in the maker's box can come back up to thirty
days after purchase, minus a 25% restocking charge.""",
     {**_w(30, "PURCHASE"), "requirements.condition": {"ORIGINAL_PACKAGING"},
      "exclusions": {"WORN_OR_DAMAGED|OTHER:installed|OTHER:used"}, "fees.restocking_percent": "25"}),
    ("bayplumbingsupply-2", """Showerheads that have been opened and installed are not accepted back.""",
     {"exclusions": {"OTHER:showerhead"}}),
    ("bayplumbingsupply-3", """We also refuse showroom display pieces, toilet seats, and products that are discontinued or don't meet
code.""",
     {"exclusions": {"OTHER:display|OTHER:showroom", "OTHER:toilet seat", "OTHER:discontinued",
                     "OTHER:non-compliant|OTHER:code"}}),
    ("bayplumbingsupply-4", """Everything must be saleable and boxed in its original packaging.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"}}),
    ("bayplumbingsupply-5", """The box has to hold every item and part that came with the product; returns with parts missing are
refused.""",
     {"requirements.condition": {"ACCESSORIES_INCLUDED"}}),
    ("bayplumbingsupply-6", """Once installed, a product can only be returned if it is shown to be defective.""",
     {"exclusions": {"WORN_OR_DAMAGED|OTHER:installed|OTHER:used"}, "fault.overrides_exclusions": True,
      "fault.reasons": {"DEFECTIVE"}}),
    ("bayplumbingsupply-7", """Tell us about a defective product within fourteen days of receiving it.""",
     {"fault.reasons": {"DEFECTIVE"}, **_w(14, "DELIVERY", prefix="fault.window")}),
    ("bayplumbingsupply-8", """We'll promptly swap any defective product for a new one.""",
     {"fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("bayplumbingsupply-9", """You may cancel for any reason and get all of your money back, as long as the manufacturer hasn't
shipped the order yet.""",
     {"cancellation.enabled": True, "cancellation.until_shipped": True, "cancellation.refund_percent": "100"}),
    ("bayplumbingsupply-10", """After it has shipped, an order can no longer be cancelled.""",
     {"cancellation.enabled": True, "cancellation.until_shipped": True}),
    ("bayplumbingsupply-11", """A returnable item from an order that has already shipped carries the 25% restocking charge.""",
     {"fees.restocking_percent": "25"}),
    # --- warehousepaint (paint) --------------------------------------------------------------------------
    ("warehousepaint-1", """Most items that are not custom-made or special orders can be returned up to 60 days after purchase,
with the original receipt.""",
     {**_w(60, "PURCHASE"), "returns.most_items_only": True, "requirements.proof_of_purchase": True,
      "exclusions": {"PERSONALIZED|OTHER:custom", "OTHER:special order"}}),
    ("warehousepaint-2", """Returns must be unused and still in their original packaging.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}}),
    ("warehousepaint-3", """Products customised for you when you order cannot be refunded: all paints and stains that have been
tinted (stock shades and colour matches alike), Hunter Douglas window coverings, catalysed products, many
special orders, and paint for cars.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom", "OTHER:tinted|OTHER:paint|OTHER:stain",
                     "OTHER:window covering|OTHER:hunter douglas", "OTHER:catalyzed|OTHER:catalysed",
                     "OTHER:automotive|OTHER:car", "OTHER:special order"}}),
    ("warehousepaint-4", """Refunds are given in the same form as the original payment.""",
     {"refund.method": "ORIGINAL_PAYMENT"}),
    ("warehousepaint-5", """If a product is defective or we got your order wrong, we put it right by replacing it promptly or
refunding you.""",
     {"fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    # --- wallpaperemporium (wallpaper) -------------------------------------------------------------------
    ("wallpaperemporium-1", """You can send back unopened wallpaper, still in its original wrapping, for your money back up to 21
days after delivery.""",
     {**_w(21, "DELIVERY"), "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"}}),
    ("wallpaperemporium-2", """Ask us to authorise the return before any rolls go back in the post.""",
     {"returns.request_required_before_shipping": True}),
    ("wallpaperemporium-3", """Your refund is processed within 48 hours after our staff have received and inspected the
return.""",
     {"refund.inspection": True, "refund.processing": _r(0, 2)}),
    ("wallpaperemporium-4", """Returns caused by a manufacturing defect are refunded in full.""",
     {"fault.reasons": {"DEFECTIVE"}, "fault.full_refund": True}),
    ("wallpaperemporium-5", """When you return something because you changed your mind, the pattern doesn't match, or for any
other reason of yours, a 30% restocking fee comes off the refund.""",
     {"fees.restocking_percent": "30", "fees.waived_when_merchant_at_fault": True}),
    ("wallpaperemporium-6", """Delivery charges on the original order are not refunded.""",
     {"refund.original_shipping": "NEVER"}),
    ("wallpaperemporium-7", """No returns after 21 days from the recorded delivery date, without exception.""",
     {**_w(21, "DELIVERY")}),
    ("wallpaperemporium-8", """Paste for hanging wallpaper, and anything from our commercial range, can never be returned.""",
     {"exclusions": {"OTHER:adhesive|OTHER:paste", "OTHER:commercial"}}),
    ("wallpaperemporium-9", """Rolls that have been opened or altered can't be returned.""",
     {"exclusions": {"OTHER:opened|OTHER:altered|OTHER:roll"}}),
    ("wallpaperemporium-10", """Every return carries a 30% restocking fee, unless the product has a manufacturing defect or the
error was ours.""",
     {"fees.restocking_percent": "30", "fees.waived_when_merchant_at_fault": True, "fault.reasons": {"DEFECTIVE"}}),
]
