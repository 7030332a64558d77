"""The test109 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test109.py for the pages rewritten in our own words). Held out: measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ109 = "2026-12-06 (session 21, set test109)"

# --- a hundred-and-ninth test set, 2026-12-06 session 21: twelve new pages of kinds of baby, kids and school shops
# (baby bottles, cloth diapers, baby swings, high chairs, teething toys, kids backpacks, school supplies, kids bicycles,
# children's furniture, baby bedding, educational toys, kids rain gear; no spare kind was needed), the first result per
# query ("<kind> shop return policy refund exchange", read with the `search` tool, corpus `pages`) that is a shop of
# that kind's own return or refund policy in English (not a template with blanks, not an article, blog, marketplace,
# platform help or product page, at least 800 characters of policy), whose domain is not in /work/coord/used_domains.txt
# nor claimed in /work/coord/claimed.txt by a set built at the same time. Held out until measured once. Where the first
# query's eight results held none, one more query in other words was read (teething toys, educational toys, kids rain
# gear), as earlier sets did.
# Skipped on the way: baby bottles: none (triplecare.shop, rank 1: baby bottles, diapers and wipes). Cloth diapers: none
# (clothdiaper.com, rank 1). Baby swings: none (kidswing.in, rank 1; the corpus holds the same page twice, ranks 1 and
# 2; that it sells swings rests on its name, "Kidswing", since a search for the shop gave only articles on swings). High
# chairs: littlebandme.co.za (used), so bumbo.co.uk (rank 2: Bumbo's UK shop of baby floor and booster seats, potties
# and changing pads, the nearest to a high-chair shop among the results); a second query ("high chair store returns
# refund policy baby highchair"), read only to see whether a high-chair shop proper ranked anywhere, gave
# coloradobabyonline.com (used), premiumbabyhouse.com and thebabytravel.com (general baby stores), zipchair.com (its
# goods not shown) and littlebandme.co.za again, so bumbo.co.uk stands. Teething toys: teether.com and
# littlebandme.co.za (used), babytoothbrushshop.com (baby toothbrushes, not teething toys), tetontoys.com (a general toy
# shop), tcplayretail.ca (a template blank: "[Insert Contact Email]"), totolandtoys.com (a general baby and toy shop),
# teenytotz.com (an FAQ whose goods it does not name beyond personalised orders), babyteddy.shop (a general baby-goods
# shop): none; a second query ("teether shop returns refund policy silicone teething toys") gave teether.com (used),
# tetontoys.com, tcplayretail.ca (twice), kinkly.com (adult goods), then indiateethertoys.com (rank 6; its return rules
# run to some 850 characters among delivery terms). Kids backpacks: kebeixuan.com, ipadbags.com and backpackboyzusa.com
# (used), so studiao.shop (rank 4: backpacks, pencil cases and sharpeners). School supplies: school-cart.com (a template
# blank: "[contact details]"), bluschoolsupplies.com (a product page, /products/jumbo-2-pencil-2pk),
# carlingford-west-school.myshopify.com (a school's own shop naming none of its goods; its hygiene exceptions point to
# uniforms), so shopforclass.com (rank 4). Kids bicycles: none (kidsbalancebikes.com, rank 1: balance bikes). Children's
# furniture: none (furniturechildrens.com, rank 1). Baby bedding: coloradobabyonline.com (used), so
# shop.nurserydesignstudio.com (rank 2: nursery bedding and decor; stored under www.shop.). Educational toys:
# kidsxtop.com, learnandgrowtoys.com and korarealmquest.world (used), fualcredit.com (a placeholder address and phone,
# "456 Adventure Lane, Toyville, Funland", "1-800-TOYS-123"), edutoys.lk (a template blank: "[insert customer service
# email or phone number]"), hearts-fund.myshopify.com (a generic returns FAQ naming no goods), buylearningtoysale.com
# and thetoystores.com (used): none; a second query ("educational toys online store returns refunds policy learning STEM
# toys") gave kidsxtop.com, buylearningtoysale.com and learnandgrowtoys.com (used), then udyexvvc.shop (rank 4:
# "Learning Express Toys", educational toys; the page test88 claimed and then left unused). Kids rain gear:
# raindropkids.com.au (a baby-shoe shop: its rules speak of shoes and measuring babies' feet), raingearhaven.com (used),
# rainponchos.com (used, ranks 3, 6 and 8), comfygrace.com (used), rainydaypours.com (its page names no rain gear),
# therainset.com (an apparel shop's terms, its goods not shown to be rain gear, nor by a search for its name): none; a
# second query ("children's raincoats rain boots puddle suits shop returns refund policy") gave raindropkids.com.au
# again, rainsisters.com (raincoats for women, "our coat"; ranks 2, 4 and 5), then puddleproofs.com (rank 3:
# Puddleproofs, children's waterproof garments, by its name and "garments ... size or style").
# Gathered and labelled by someone who had not read the drafter, its rules, its tests or its drafts, under the label
# conventions 1 .. 22 (labels.py), and committed before the drafter read any of them; measure once.
# The corpus stores the opening of each page, so a text is that opening (some stop mid-sentence: triplecare,
# clothdiaper, indiateethertoys, shopforclass, kidsbalancebikes, furniturechildrens, nurserydesignstudio, udyexvvc).
# Unsure: triplecare's "tracking labels and safety seals intact" (TAGS_ATTACHED and ORIGINAL_PACKAGING eithers,
# convention 11 naming no packaging), its product lines for bottles, diapers and wipes each unplaced as a rule for one
# group (the diaper line's "Opened diaper packs are non-returnable" taken with it), its "full refunds or exchanges" for
# defective or wrong goods (full_refund an either), its opened, used or tampered goods refused (UNUSED a fact,
# WORN_OR_DAMAGED an either, convention 4); clothdiaper's "new, resellable condition" (ORIGINAL_CONDITION an either
# beside the UNUSED and NOT_WASHED facts), its "30 days for most orders" (most_items_only an either), its exchanges "due
# to errors in size, manufactures defect, shipping error or any other reason" (exchange ALWAYS a fact, the faults
# eithers: no cost or remedy turns on them), its RA number got by phone only (no channel), its "Restocking fees may
# apply" after the late-return sentence unplaced on its own; kidswing's "trackable shipping service or ... shipping
# insurance for high-value items" (both facts, as abceeds' "more expensive item"; items over $75 took eithers), its
# "email us ... with your order details and photos (if applicable)" under Exchanges (EMAIL, an exchange for faults and
# asking for photos all eithers); bumbo's 30 days "on all non-disposable items" (disposables an exclusion), its
# "Sometimes, we are unable to accept returns for step'n potty, toilet trainer and the changing pad" (three exclusion
# facts, the product-page notice an either), "Delivery costs to return the item will not be refunded" (the customer
# paying return postage a fact, the original delivery an either), its bundles returned only whole
# (sets.return_whole_only), its £15 collection unplaced (not a label fee); indiateethertoys' 120 days from purchase for
# a refund or exchange taken as the window, beside a later, cut "demand refund in 10 Business Days" (unplaced), its
# "cancel the order at any moment of time" (cancelling a fact, not only until shipped an either), its three delivery
# attempts before the shop may cancel unplaced; studiao's refund "(excluding initial shipping costs)" said in the
# change-of-mind paragraph (NEVER a fact; the full refund for faults an either), its out-of-stock exchange refunded
# unplaced (no label has held exchange_terms), its "7-10 business days for us to receive and process your return after
# it is shipped" unplaced; shopforclass' "unless we made a mistake or a product ordered is damaged in shipping, we
# cannot accept returns or exchanges" (returns.only_at_fault, DAMAGED and the exchange for faults facts, as
# thespiceculture; the 30 days from purchase eithers for both windows), its "If accepted we will issue an RMA number ...
# Upon receipt of the RMA number" (asking first a fact, as test80's audit took "once approved, send"), its customer
# paying "any return shipping costs" a fact though returns are for the shop's faults, its parcel sent to "the address
# that they were shipped from" unplaced; kidsbalancebikes' freight-carrier damage claims (three sentences unplaced,
# DAMAGED left out: the carrier, not the shop, answers for it), its RA number on the parcel said twice (two cues), its
# "return instructions" with the RA# (address_on_request an either), its 30 days "from the ship date" (SHIPMENT);
# furniturechildrens' "instructions on how to proceed" (address_on_request an either), "a defect or error on our part"
# (DEFECTIVE only, convention 2); nurserydesignstudio's "not all items are eligible for return or exchange"
# (most_items_only an either), its "Sale items ending in .95" (the sale key, convention 16), "Area rugs (Some exceptions
# apply)" an exclusion fact, its returns "damaged when we receive them" and items "returned to us in error" unplaced,
# and no statement of who pays return postage; udyexvvc's "must not show any signs of use, wear" (NOT_WORN and
# ORIGINAL_CONDITION eithers beside UNUSED), its opened baby products (teethers, rattles, infant plush) an exclusion
# fact under "baby product", its "photos if applicable" an either for photos_requested; puddleproofs' "email ... and we
# can arrange it with you directly" (asking first an either), its credit note after 14 days unplaced.
# Audit (session 21, by an engineer who had not read the drafter): all twelve pages were found again with the `search`
# tool (corpus `pages`) at the labels' addresses (kidswing and nurserydesignstudio are each stored twice at one address;
# nurserydesignstudio's two copies differ: the one the label and rewrite follow opens "We know parenting hours are not
# 9-5" and lists furniture and area rugs among its exclusions, the other names neither and gives the shop's email where
# this one has none), and every fact, either and cue of each label was checked against its page and conventions 1 .. 22;
# every label cue is in its page, every rewrite cue in its rewrite, and no rewrite shares a run of seven or more words
# with its page (the pages compared word by word, in memory, not stored). One label change: kidswing's "We only replace
# items if they are defective, damaged, or if you received the wrong item", with its exchange by email, keeps
# resolutions.exchange MERCHANT_AT_FAULT as an either and now has EXCHANGE among fault.remedies as an either too
# (convention 22, as the later labels of the same template sentence under "Exchanges" take it: gamingroomshop, teether,
# massageguns, candlewax). No rewrite change: each states its label's facts, eithers and unplaced rules in other words,
# in the page's order and layout, and adds nothing (the pages' hidden addresses are filled with .example ones). Left as
# labelled but unsure: bumbo's potty, toilet trainer and changing pad, refused only "sometimes" (kept as exclusion
# facts, the product-page notice an either); its and clothdiaper's "resellable condition" and puddleproofs' "saleable
# condition" (ORIGINAL_CONDITION eithers, as gourmet305, 1800cabinets and cozycatfurniture take such words); udyexvvc's
# "new, unused condition" and "must not show any signs of use, wear" for toys (ORIGINAL_CONDITION and NOT_WORN eithers,
# as trailshoestore, wallmapplace and radiosacrossamerica take "signs of wear"); studiao's refused "missing parts"
# (ACCESSORIES_INCLUDED an either, as smarthomeproducts and hypnoticyarn); shopforclass's return conditions, RMA and
# customer-paid postage labelled as facts though it takes returns only for its own mistakes and shipping damage;
# kidsbalancebikes' freight damage left out of fault.reasons; indiateethertoys' 120 days kept as the window beside its
# cut "demand refund in 10 Business Days".
LABELS: dict[str, Label] = {
    "triplecare": Label(
        "https://triplecare.shop/pages/return-exchange-policy", "test109",
        facts={
            **_w(30, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"},
            "exclusions": {"PERSONALIZED|OTHER:personalized"},
            "fault.overrides_exclusions": True,
            "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"},
            "fault.remedies": {"REFUND", "EXCHANGE"},
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
        },
        either={"requirements.condition": {"TAGS_ATTACHED", "ORIGINAL_PACKAGING"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:opened|OTHER:used|OTHER:tampered"},
                "fault.full_refund": True},
        unplaced=("extend this window to 45 days", "free of cracks or chips", "size and quantity matching the original order",
                  "retain original labeling", "subject to cpsc recalls"),
        read=READ109,
    ),
    "clothdiaper": Label(
        "https://clothdiaper.com/pages/returns-and-exchanges-at-clothdiaper-com", "test109",
        facts={
            "returns.window.days": 30,
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "NOT_WASHED"},
            "exclusions": {"OTHER:cotton|OTHER:pul|OTHER:material"},
            "requirements.proof_of_purchase": True,
            "requirements.reason_required": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(7, 10),
            "refund.original_shipping": "NEVER",
            "shipping.default.payer": "CUSTOMER",
            "returns.request_required_before_shipping": True,
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION"}, "returns.most_items_only": True,
                "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"}},
        unplaced=("60 days for cloth diaper package", "outside the designated return times",
                  "restocking fees may apply", "clearly marked on the outside"),
        read=READ109,
    ),
    "kidswing": Label(
        "https://kidswing.in/refund_returns", "test109",
        facts={
            **_w(7, "DELIVERY"),
            "requirements.condition": {"UNUSED", "NOT_WASHED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(7, 10, "BUSINESS"),
            "exclusions": {"CLEARANCE|FINAL_SALE|OTHER:sale"},
            "fault.overrides_exclusions": True,
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "refund.original_shipping": "NEVER",
            "instructions.tracked_shipping_recommended": True,
            "instructions.insured_shipping_recommended": True,
        },
        either={"refund.confirmation_email": True, "resolutions.exchange": "MERCHANT_AT_FAULT",
                "fault.remedies": {"EXCHANGE"}, "returns.request_via": "EMAIL", "fault.photos_requested": True},
        unplaced=(),
        read=READ109,
    ),
    "bumbo": Label(
        "http://bumbo.co.uk/Support/ReturnsPolicy", "test109",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "exclusions": {"OTHER:disposable", "OTHER:potty", "OTHER:toilet trainer", "OTHER:changing pad"},
            "shipping.default.payer": "CUSTOMER",
            "refund.method": "ORIGINAL_PAYMENT",
            "sets.return_whole_only": True,
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION"}, "exclusions": {"NON_RETURNABLE_MARK"},
                "refund.original_shipping": "NEVER"},
        unplaced=("value has been diminished by handling", "special order items and assembled furniture",
                  "£15 per package", "transport carton"),
        read=READ109,
    ),
    "indiateethertoys": Label(
        "https://indiateethertoys.com/return-policy/", "test109",
        facts={
            **_w(120, "PURCHASE"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "cancellation.enabled": True,
        },
        either={"requirements.condition": {"UNUSED"}, "cancellation.until_shipped": False},
        unplaced=("maximum of three attempts to deliver", "demand refund in 10 business days"),
        read=READ109,
    ),
    "studiao": Label(
        "https://studiao.shop/pages/return-exchange-policy", "test109",
        facts={
            **_w(30, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "NOT_STAINED"},
            "fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"},
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "shipping.default.payer": "CUSTOMER",
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.original_shipping": "NEVER",
            "refund.processing": _r(5, 7, "BUSINESS"),
            "exclusions": {"PERSONALIZED|OTHER:custom|OTHER:personalized"},
            "fault.overrides_exclusions": True,
            "instructions.tracked_shipping_recommended": True,
        },
        either={"requirements.condition": {"ACCESSORIES_INCLUDED"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:damaged|OTHER:used|OTHER:stained"},
                "fault.full_refund": True},
        unplaced=("requested exchange item is out of stock", "7-10 business days for us to receive"),
        read=READ109,
    ),
    "shopforclass": Label(
        "https://www.shopforclass.com/returns-exchange-policy-ezp-5.html", "test109",
        facts={
            "returns.only_at_fault": True,
            "fault.reasons": {"DAMAGED"},
            "resolutions.exchange": "MERCHANT_AT_FAULT",
            "fault.remedies": {"REFUND", "EXCHANGE"},
            "cancellation.enabled": False,
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"},
            "requirements.proof_of_purchase": True,
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "returns.request_required_before_shipping": True,
            "instructions.pack_securely": True,
            "shipping.default.payer": "CUSTOMER",
            "refund.inspection": True,
            "refund.confirmation_email": True,
        },
        either={**_w(30, "PURCHASE"), **_w(30, "PURCHASE", prefix="fault.window")},
        unplaced=("original documents and rma#", "address that they were shipped from"),
        read=READ109,
    ),
    "kidsbalancebikes": Label(
        "https://kidsbalancebikes.com/store_policies.html", "test109",
        facts={
            "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            **_w(30, "SHIPMENT"),
        },
        either={"instructions.address_on_request": True},
        unplaced=("claimed with the frieght carrier", "note this on the freight bill", "concealed damage",
                  "written clearly on the package", "in the subject field", "write this number onto the package"),
        read=READ109,
    ),
    "furniturechildrens": Label(
        "https://furniturechildrens.com/returns", "test109",
        facts={
            "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED",
                                       "MANUALS_INCLUDED"},
            "resolutions.exchange": "ALWAYS",
            "requirements.proof_of_purchase": True,
            **_w(15, "DELIVERY"),
            "exclusions": {"OTHER:mattress", "OTHER:pouffe", "OTHER:step stool"},
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            "instructions.pack_securely": True,
            "instructions.tracked_shipping_recommended": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"DEFECTIVE"},
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(5, 7, "BUSINESS"),
        },
        either={"instructions.address_on_request": True},
        unplaced=(),
        read=READ109,
    ),
    "nurserydesignstudio": Label(
        "https://www.shop.nurserydesignstudio.com/pages/refund-policy", "test109",
        facts={
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            **_w(7, "DELIVERY", prefix="fault.window"),
            **_w(30, "SHIPMENT"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "TAGS_ATTACHED"},
            "refund.processing": _r(5, 10, "BUSINESS"),
            "resolutions.exchange": "ALWAYS",
            "exclusions": {"NON_RETURNABLE_MARK", "CLEARANCE|FINAL_SALE|OTHER:sale", "PERSONALIZED", "OTHER:furniture",
                           "OTHER:rug"},
            "returns.request_required_before_shipping": True,
            "refund.inspection": True,
            "instructions.pack_securely": True,
            "instructions.tracked_shipping_recommended": True,
            "refund.original_shipping": "NEVER",
        },
        either={"returns.most_items_only": True},
        unplaced=("shorter return period", "damaged when we receive them", "returned to us in error"),
        read=READ109,
    ),
    "udyexvvc": Label(
        "https://www.udyexvvc.shop/refund_returns", "test109",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "TAGS_ATTACHED", "MANUALS_INCLUDED",
                                       "ACCESSORIES_INCLUDED"},
            "exclusions": {"FINAL_SALE", "CLEARANCE", "NON_RETURNABLE_MARK",
                           "PERSONALIZED|OTHER:customized|OTHER:personalized", "OTHER:baby product", "OTHER:gift card",
                           "OTHER:download"},
            "fault.overrides_exclusions": True,
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "returns.request_required_before_shipping": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "instructions.tracked_shipping_recommended": True,
            "refund.inspection": True,
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION", "NOT_WORN"}, "fault.photos_requested": True,
                "instructions.address_on_request": True, "refund.confirmation_email": True},
        unplaced=(),
        read=READ109,
    ),
    "puddleproofs": Label(
        "https://puddleproofs.com/pages/returns", "test109",
        facts={
            **_w(14, "DELIVERY"),
            "returns.request_via": "EMAIL",
            "requirements.condition": {"NOT_WORN", "TAGS_ATTACHED"},
            "refund.original_shipping": "NEVER",
            "refund.processing": _r(7, 10),
            "shipping.default.payer": "CUSTOMER",
            "instructions.tracked_shipping_recommended": True,
            "resolutions.exchange": "NEVER",
            "resolutions.reorder_hint": True,
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
            **_w(2, "DELIVERY", prefix="fault.window"),
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={"returns.request_required_before_shipping": True, "requirements.condition": {"ORIGINAL_CONDITION"}},
        unplaced=("credit note",),
        read=READ109,
    ),
}
