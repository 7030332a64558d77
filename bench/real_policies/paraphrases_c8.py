"""The rules of twelve more shops' return-policy pages (set c8: office supplies, stationery, laptops,
TVs, audio equipment, security cameras, solar equipment, car parts, motorcycle parts, boat supplies,
pool supplies, hardware), one item per sentence that states a drafted setting as a general rule, each
rewritten in our own words and labelled by hand with the facts it states. The pages' own sentences
are not kept anywhere here; a page was read only as the opening the stored corpus holds, so a long
page's later rules are missing. Rules for one group of goods or one situation only (opened items,
concealed transit damage, late or mailed-in returns, special-order cancellations, one payment
type's bank delay) are left out. See paraphrase_score.py.

Pages (read through the `search` tool, corpus "pages"):
    officesuppliesnew     https://www.officesuppliesnew.com/returns-exchanges
    stationeryspot        https://stationeryspot.pk/returns-exchange
    refreshcomputers      https://refreshcomputers.net/site/shop-refresh/return-policy/
    thetvhome             http://thetvhome.com/refund_returns
    speakerworks          http://www.speakerworks.com/returns.asp
    camshieldcctv         https://camshieldcctv.store/refund_returns
    solarpenny            http://www.solarpenny.com/returns.asp
    sfbenzparts           https://www.sfbenzparts.com/policies/returns
    motorcycledoctor      https://motorcycledoctor.com/return-policy
    esupplymarine         https://esupplymarine.com/returns
    poolsupplies          https://poolsupplies.com/page/returns-policy
    fivemountainhardware  https://fivemountainhardware.com/returns/
"""

from __future__ import annotations

from bench.real_policies.labels import _r, _w

PARAPHRASES: list[tuple[str, str, dict]] = [
    # --- officesuppliesnew (office supplies, fine pens) ---------------------------------------------------
    ("officesuppliesnew-1", """We only take back goods that have never been used, are just as they left us, and still have their
packaging complete.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("officesuppliesnew-2", """Every return needs something that shows you bought it from us.""",
     {"requirements.proof_of_purchase": True}),
    ("officesuppliesnew-3", """Items can come back up to fifteen days after they were delivered.""",
     {**_w(15, "DELIVERY")}),
    ("officesuppliesnew-4", """Three things can't be sent back or swapped: ink bottles or cartridges once they are open,
spare nibs, and limited editions we have engraved for you.""",
     {"exclusions": {"OTHER:ink|OTHER:cartridge", "OTHER:nib", "PERSONALIZED|OTHER:engrav|OTHER:limited edition"}}),
    ("officesuppliesnew-5", """To start, write to our service team by email no later than 15 days after the parcel reaches you,
giving the order number, what you are sending back and why; we then send you an authorization number
and instructions.""",
     {**_w(15, "DELIVERY"), "returns.request_via": "EMAIL", "returns.request_required_before_shipping": True,
      "requirements.reason_required": True}),
    ("officesuppliesnew-6", """Wrap the goods carefully in the box they came in, along with every accessory and all the paperwork.""",
     {"instructions.pack_securely": True,
      "requirements.condition": {"ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED", "MANUALS_INCLUDED"}}),
    ("officesuppliesnew-7", """Use a shipping service you can track, please. Postage for a return is paid by you, except when
the return is down to a mistake of ours.""",
     {"instructions.tracked_shipping_recommended": True, "shipping.default.payer": "CUSTOMER",
      "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("officesuppliesnew-8", """Our team checks whatever comes back, and you get an email once the return is approved.""",
     {"refund.inspection": True, "refund.confirmation_email": True}),
    ("officesuppliesnew-9", """Once the check is done, an approved refund is put through within five working days, back to the
method you paid with.""",
     {"refund.processing": _r(0, 5, "BUSINESS"), "refund.method": "ORIGINAL_PAYMENT"}),
    # --- stationeryspot (stationery) ------------------------------------------------------------------------
    ("stationeryspot-1", """Not happy with what you got? You can ask us for a refund or a swap, provided you do so within
seven days of the order arriving.""",
     {**_w(7, "DELIVERY"), "resolutions.exchange": "ALWAYS"}),
    ("stationeryspot-2", """Whatever comes back has to be unused, free of damage and in the packaging it was sold in.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("stationeryspot-3", """You will need to show a valid proof that you bought it.""",
     {"requirements.proof_of_purchase": True}),
    ("stationeryspot-4", """Some things are never taken back or exchanged: goods made or personalised for you, anything bought
in a sale or clearance, items that have been opened or used, and digital products such as e-books.""",
     {"exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale", "OTHER:digital|OTHER:download|OTHER:e-book", "PERSONALIZED|OTHER:custom"}, "requirements.condition": {"UNUSED"}}),
    ("stationeryspot-5", """An approved refund goes back to the payment method you used and can take 7 to 10 working days to be
processed.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(7, 10, "BUSINESS")}),
    ("stationeryspot-6", """What you paid for shipping and handling is not refunded.""",
     {"refund.original_shipping": "NEVER"}),
    ("stationeryspot-7", """When the item we sent was faulty or not what you ordered, the cost of sending it back is ours.""",
     {"fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("stationeryspot-8", """Begin by emailing us your order number and the reason you want to return it; we look at the request
and tell you what to do next.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True,
      "requirements.reason_required": True}),
    ("stationeryspot-9", """Post the item to the return address we give you.""",
     {"instructions.address_on_request": True}),
    ("stationeryspot-10", """We look the item over when it arrives and then handle your refund or exchange.""",
     {"resolutions.exchange": "ALWAYS", "refund.inspection": True}),
    ("stationeryspot-11", """Got something broken or the wrong product? Tell us within 48 hours of receiving the order and send
pictures of it; we will then send a new one or give your money back.""",
     {"fault.reasons": {"DAMAGED", "WRONG_ITEM"}, **_w(2, "DELIVERY", prefix="fault.window"), "fault.photos_min": 1,
      "fault.photos_of": {"ISSUE"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("stationeryspot-12", """Until an order ships you may cancel it and get all of your money back.""",
     {"cancellation.enabled": True, "cancellation.until_shipped": True, "cancellation.refund_percent": "100"}),
    ("stationeryspot-13", """Once it has been sent out, an order can no longer be cancelled.""",
     {"cancellation.enabled": True, "cancellation.until_shipped": True}),
    # --- refreshcomputers (laptops and computers) -----------------------------------------------------------
    ("refreshcomputers-1", """Whatever you buy, you have 14 days to return it for a refund, counted from the day you collect it
in store or it is delivered to you.""",
     {**_w(14, "DELIVERY")}),
    ("refreshcomputers-2", """A return must include every accessory that came with the product, such as cables, discs and the
box, and the product itself must be undamaged and as it was sold.""",
     {"requirements.condition": {"ACCESSORIES_INCLUDED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"}}),
    ("refreshcomputers-3", """We don't refund labour or service plans, and software sold on its own can't come back once it has
been opened.""",
     {"exclusions": {"OTHER:labor|OTHER:labour|OTHER:service plan", "OTHER:software"}}),
    ("refreshcomputers-4", """If you are shipping a return, call or email us first to get an authorization and shipping
instructions.""",
     {"returns.request_required_before_shipping": True}),
    ("refreshcomputers-5", """If you send a return, the cost of shipping it is yours.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("refreshcomputers-6", """After the product has reached us and been checked, your refund is processed in one to two business
days.""",
     {"refund.inspection": True, "refund.processing": _r(1, 2, "BUSINESS")}),
    # --- thetvhome (televisions) ----------------------------------------------------------------------------
    ("thetvhome-1", """You can send a product back up to 14 days after it is delivered, if it meets the conditions below.""",
     {**_w(14, "DELIVERY")}),
    ("thetvhome-2", """It has to be unused, free of damage and in the box it came in.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}}),
    ("thetvhome-3", """Every accessory, manual and warranty card that came with it must be there too.""",
     {"requirements.condition": {"ACCESSORIES_INCLUDED", "MANUALS_INCLUDED"}}),
    ("thetvhome-4", """To get a return going, email our support team with your order details.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True}),
    ("thetvhome-5", """We check the product once it is back with us and then process the refund within 7 to 10 working days.""",
     {"refund.inspection": True, "refund.processing": _r(7, 10, "BUSINESS")}),
    ("thetvhome-6", """Any delivery charges you paid are not given back.""",
     {"refund.original_shipping": "NEVER"}),
    ("thetvhome-7", """If the product reaches you damaged or faulty, we swap it for a new one, as long as you tell
us no later than seven days after delivery.""",
     {"fault.reasons": {"DAMAGED", "DEFECTIVE"}, **_w(7, "DELIVERY", prefix="fault.window"),
      "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("thetvhome-8", """When a return is due to a faulty item or the wrong item, we pay the postage back to us.""",
     {"fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("thetvhome-9", """For any other return, such as a change of mind, the shipping cost is the customer's.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("thetvhome-10", """We can't accept TVs that have been opened or used or that were damaged through misuse, nor anything
sold on clearance or as final sale.""",
     {"exclusions": {"WORN_OR_DAMAGED|OTHER:opened|OTHER:used|OTHER:misuse", "CLEARANCE|FINAL_SALE"}}),
    ("thetvhome-11", """Email us your order number and why you are returning the item, and we will reply with the steps to
follow.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True,
      "requirements.reason_required": True}),
    ("thetvhome-12", """Send the product to the return address our team gives you.""",
     {"instructions.address_on_request": True}),
    # --- speakerworks (audio equipment) ---------------------------------------------------------------------
    ("speakerworks-1", """Most of our products can be sent back for your money within thirty days.""",
     {"returns.window.days": 30, "returns.most_items_only": True}),
    ("speakerworks-2", """Items built to order can't be returned.""",
     {"exclusions": {"PERSONALIZED|OTHER:custom|OTHER:made to order"}}),
    ("speakerworks-3", """We don't refund shipping charges.""",
     {"refund.original_shipping": "NEVER"}),
    ("speakerworks-4", """Before sending anything back, email us for a return authorization number, quoting your order
number, the item numbers and why you're returning them.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True,
      "requirements.reason_required": True}),
    ("speakerworks-5", """The authorization we send includes the address the return has to go to, and that is the only address
you may use.""",
     {"instructions.address_on_request": True}),
    ("speakerworks-6", """Without the maker's own box and packing materials we cannot accept a return, so hold on to them.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING"}}),
    ("speakerworks-7", """An item that turns out to be defective can come back up to 30 days after it was delivered.""",
     {"fault.reasons": {"DEFECTIVE"}, **_w(30, "DELIVERY", prefix="fault.window")}),
    ("speakerworks-8", """We do not do exchanges.""",
     {"resolutions.exchange": "NEVER"}),
    ("speakerworks-9", """Items with nothing wrong with them can be sent back up to thirty days after the delivery date, and
such returns are charged a 10% restocking fee.""",
     {**_w(30, "DELIVERY"), "fees.restocking_percent": "10", "fees.waived_when_merchant_at_fault": True}),
    ("speakerworks-10", """When something arrives damaged, we either send you a new one or give you a full refund.""",
     {"fault.reasons": {"DAMAGED"}, "fault.remedies": {"REPLACEMENT", "REFUND"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    # --- camshieldcctv (security cameras) -------------------------------------------------------------------
    ("camshieldcctv-1", """You may return an item for up to seven days after it is delivered.""",
     {**_w(7, "DELIVERY")}),
    ("camshieldcctv-2", """It must be unused and undamaged, in its original box, with the manuals, accessories and warranty
cards.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "MANUALS_INCLUDED",
                                 "ACCESSORIES_INCLUDED"}}),
    ("camshieldcctv-3", """Clearance and discounted products may not be returnable, except when they are faulty on arrival.""",
     {"exclusions": {"CLEARANCE|OTHER:discount"}, "fault.overrides_exclusions": True}),
    ("camshieldcctv-4", """For safety and technical reasons we do not take back cameras or recorders that have been installed or
set up, software or licences once opened, or products made or ordered specially for you.""",
     {"exclusions": {"WORN_OR_DAMAGED|OTHER:installed|OTHER:configured", "OTHER:software|OTHER:licen",
                     "PERSONALIZED|OTHER:custom|OTHER:special order"}}),
    ("camshieldcctv-5", """When your return has reached us and been inspected, we email you to say whether it is approved.""",
     {"refund.inspection": True, "refund.confirmation_email": True}),
    ("camshieldcctv-6", """Approved refunds go back to your original payment method within 7 to 10 business days.""",
     {"refund.method": "ORIGINAL_PAYMENT", "refund.processing": _r(7, 10, "BUSINESS")}),
    ("camshieldcctv-7", """Shipping fees are not refunded.""",
     {"refund.original_shipping": "NEVER"}),
    ("camshieldcctv-8", """We exchange products that were defective or that weren't what you ordered.""",
     {"fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}, "fault.remedies": {"EXCHANGE"},
      "resolutions.exchange": "MERCHANT_AT_FAULT"}),
    ("camshieldcctv-9", """If a product arrives faulty or damaged, email us no more than 48 hours after delivery with the order
number, the product and photos of the problem.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED"}, **_w(2, "DELIVERY", prefix="fault.window"), "fault.photos_min": 1,
      "fault.photos_of": {"ISSUE"}}),
    ("camshieldcctv-10", """To return something, email us your order details and wait for us to confirm and send instructions.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True}),
    ("camshieldcctv-11", """Pack the item well, in the packaging it came in, and send it to us.""",
     {"instructions.pack_securely": True, "requirements.condition": {"ORIGINAL_PACKAGING"}}),
    # --- solarpenny (solar equipment) -----------------------------------------------------------------------
    ("solarpenny-1", """If you want to return something, get in touch with us within 5 business days of buying it.""",
     {**_w(5, "PURCHASE", "BUSINESS"), "returns.request_required_before_shipping": True}),
    ("solarpenny-2", """A product that reaches you damaged is replaced with the same item.""",
     {"fault.reasons": {"DAMAGED"}, "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("solarpenny-3", """Claims for goods damaged in transit have to be made within 48 hours (two days) of the delivery.""",
     {"fault.reasons": {"DAMAGED"}, **_w(2, "DELIVERY", prefix="fault.window")}),
    ("solarpenny-4", """The following cannot be returned: solar panels, inverters, charge controllers, general solar
equipment, anything made to order, and special orders.""",
     {"exclusions": {"OTHER:solar panel", "OTHER:inverter", "OTHER:charge controller", "OTHER:solar equipment",
                     "PERSONALIZED|OTHER:custom|OTHER:made to order", "OTHER:special order"}}),
    ("solarpenny-5", """Goods that have been used do not qualify for a return.""",
     {"requirements.condition": {"UNUSED"}}),
    ("solarpenny-6", """Returned items have to be in their original packaging.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING"}}),
    ("solarpenny-7", """If you ordered the wrong thing or changed your mind, you pay to ship it back.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("solarpenny-8", """A restocking fee of 20 percent is taken from any return we accept.""",
     {"fees.restocking_percent": "20"}),
    ("solarpenny-9", """The shipping you paid originally may not be refunded.""",
     {"refund.original_shipping": "NEVER"}),
    # --- sfbenzparts (car parts) ----------------------------------------------------------------------------
    ("sfbenzparts-1", """Put a copy of your invoice in with any part you send back.""",
     {"requirements.proof_of_purchase": True}),
    ("sfbenzparts-2", """Get in touch with us to set up a return first.""",
     {"returns.request_required_before_shipping": True}),
    ("sfbenzparts-3", """We charge a 20% restocking fee on every part that is returned.""",
     {"fees.restocking_percent": "20"}),
    ("sfbenzparts-4", """Parts have to come back in the packaging they were sold in.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING"}}),
    ("sfbenzparts-5", """A part that has been used, fitted or tried on the car can't be taken back.""",
     {"requirements.condition": {"UNUSED"}}),
    ("sfbenzparts-6", """Electrical parts are non-returnable.""",
     {"exclusions": {"OTHER:electric"}}),
    ("sfbenzparts-7", """Ask for a return no later than 30 days after you receive the part.""",
     {**_w(30, "DELIVERY")}),
    ("sfbenzparts-8", """You may cancel all or part of an order up to the moment it ships and leaves our hands.""",
     {"cancellation.enabled": True, "cancellation.until_shipped": True}),
    ("sfbenzparts-9", """Shipping fees are not included in a refund.""",
     {"refund.original_shipping": "NEVER"}),
    # --- motorcycledoctor (motorcycle parts) ----------------------------------------------------------------
    ("motorcycledoctor-1", """Let us know through a case on our web store, no more than 2 days after your order arrives, if any
part is damaged or missing.""",
     {"fault.reasons": {"DAMAGED", "INCOMPLETE"}, **_w(2, "DELIVERY", prefix="fault.window")}),
    ("motorcycledoctor-2", """We may ask you for digital photos of a damaged part.""",
     {"fault.reasons": {"DAMAGED"}, "fault.photos_requested": True}),
    ("motorcycledoctor-3", """Orders placed more than 30 days ago can't be returned.""",
     {"returns.window.days": 30, "returns.window.starts": "PURCHASE"}),
    ("motorcycledoctor-4", """Each return carries a restocking fee of 20%.""",
     {"fees.restocking_percent": "20"}),
    ("motorcycledoctor-5", """Shipping and handling are not refunded.""",
     {"refund.original_shipping": "NEVER"}),
    ("motorcycledoctor-6", """The buyer pays to ship a return back to us.""",
     {"shipping.default.payer": "CUSTOMER"}),
    ("motorcycledoctor-7", """We turn away any return that arrives without the RMA number we issued.""",
     {"returns.request_required_before_shipping": True}),
    ("motorcycledoctor-8", """We don't take back electrical parts, fuel pumps, relay assemblies, wiring harnesses, ECUs,
colour-matched interior or exterior parts, stators, regulators or rectifiers, fuel injectors, ignition
coils, other solid-state electrical parts, anything that has been installed, or owner's and service
manuals.""",
     {"exclusions": {"OTHER:electric|OTHER:solid-state|OTHER:solid state", "OTHER:fuel pump", "OTHER:relay",
                     "OTHER:harness", "OTHER:ecu", "OTHER:colour|OTHER:color", "OTHER:stator",
                     "OTHER:regulator|OTHER:rectifier", "OTHER:injector", "OTHER:ignition coil",
                     "WORN_OR_DAMAGED|OTHER:installed", "OTHER:manual"}}),
    ("motorcycledoctor-9", """Open a new case on our web store to request a return, giving the order number and date, the parts
concerned and your reason; if we approve it, we email you an RMA number.""",
     {"returns.request_via": "WEBSITE", "returns.request_required_before_shipping": True,
      "requirements.reason_required": True}),
    # --- esupplymarine (boat supplies) ----------------------------------------------------------------------
    ("esupplymarine-1", """For whatever reason, you can send back an item within 30 days of receiving your order, provided it
is unused and in its original state with the package never opened.""",
     {**_w(30, "DELIVERY"), "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"}}),
    ("esupplymarine-2", """The cost of shipping a return is yours, unless the mistake in your order was ours; then we pay you
back for it.""",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"},
      "fault.reasons": {"WRONG_ITEM"}}),
    ("esupplymarine-3", """Email us for a return agreement number before you send anything back.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True}),
    ("esupplymarine-4", """Non-returnable goods include rope or wire cut to length, rigging or other products made to your
specifications, sails, software, electronic charts, opened blister packs, life rafts, night vision
products, and Westland custom boat and PWC covers.""",
     {"exclusions": {"OTHER:rope", "OTHER:wire", "PERSONALIZED|OTHER:custom|OTHER:rigging|OTHER:specification",
                     "OTHER:sail", "OTHER:software", "OTHER:chart", "OTHER:blister", "OTHER:life raft",
                     "OTHER:night vision", "OTHER:cover|OTHER:westland"}}),
    ("esupplymarine-5", """Should one of those non-returnable items be defective, we will still replace it.""",
     {"fault.reasons": {"DEFECTIVE"}, "fault.overrides_exclusions": True, "fault.remedies": {"REPLACEMENT"},
      "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("esupplymarine-6", """A return is only accepted in its original packaging, with the manuals, packing material and
warranty cards all still inside.""",
     {"requirements.condition": {"ORIGINAL_PACKAGING", "MANUALS_INCLUDED"}}),
    # --- poolsupplies (pool supplies) -----------------------------------------------------------------------
    ("poolsupplies-1", """Any return has to be requested within 30 days of the purchase.""",
     {**_w(30, "PURCHASE")}),
    ("poolsupplies-2", """Returns are charged a restocking fee of 20%.""",
     {"fees.restocking_percent": "20"}),
    ("poolsupplies-3", """You may take credit in our store instead of a refund.""",
     {"resolutions.store_credit": "ALWAYS"}),
    ("poolsupplies-4", """We can't take back chemicals, custom or special orders, solar covers that have been unpacked or
unfolded, liners, or winter covers.""",
     {"exclusions": {"OTHER:chemical", "PERSONALIZED|OTHER:custom|OTHER:special order", "OTHER:solar cover",
                     "OTHER:liner", "OTHER:winter cover"}}),
    ("poolsupplies-5", """What you return must be unopened and in a state we can sell again.""",
     {"requirements.condition": {"ORIGINAL_CONDITION", "UNUSED"}}),
    ("poolsupplies-6", """Reach our email support centre to begin; we issue an RMA before you send the item back.""",
     {"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True}),
    ("poolsupplies-7", """The shipping and handling on your original order is not refunded.""",
     {"refund.original_shipping": "NEVER"}),
    ("poolsupplies-8", """All the cost of shipping a return falls on the customer.""",
     {"shipping.default.payer": "CUSTOMER"}),
    # --- fivemountainhardware (hardware store) --------------------------------------------------------------
    ("fivemountainhardware-1", """Goods that have not been used can be returned within thirty days of buying them.""",
     {**_w(30, "PURCHASE"), "requirements.condition": {"UNUSED"}}),
    ("fivemountainhardware-2", """An item that is defective or was damaged in its box can be exchanged for the same product, or, if we
agree, a similar one of equal or higher value.""",
     {"fault.reasons": {"DEFECTIVE", "DAMAGED"}, "fault.remedies": {"EXCHANGE"},
      "resolutions.exchange": "MERCHANT_AT_FAULT"}),
    ("fivemountainhardware-3", """Not returnable: perishable goods, sanitary or personal care products, hazardous materials,
items built to hold flammable liquids or gases, gift cards, made-to-order goods such as tinted paint or
rope, wire, chain and pipe cut to length, pre-orders and special orders, and goods sold by the pallet
or by the ton.""",
     {"exclusions": {"OTHER:perishable", "OTHER:sanitary|OTHER:personal care", "OTHER:hazardous", "OTHER:flammable",
                     "OTHER:gift card", "PERSONALIZED|OTHER:made to order|OTHER:made-to-order|OTHER:custom",
                     "OTHER:special order|OTHER:pre-order", "OTHER:pallet|OTHER:ton"}}),
    ("fivemountainhardware-4", """Only purchases made in the last 30 days can be returned.""",
     {**_w(30, "PURCHASE")}),
    ("fivemountainhardware-5", """Bring or send proof of purchase with any return.""",
     {"requirements.proof_of_purchase": True}),
    ("fivemountainhardware-6", """We accept an item only if nobody has used it, it is still boxed as sold, and its condition hasn't
changed since purchase.""",
     {"requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"}}),
    ("fivemountainhardware-7", """Returning by post? You must get a return authorization first.""",
     {"returns.request_required_before_shipping": True}),
]
