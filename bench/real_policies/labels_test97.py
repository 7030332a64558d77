"""The test97 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test97.py for the pages rewritten in our own words). Held out: measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ97 = "2026-12-06 (session 20, set test97)"

# --- a ninety-seventh test set, 2026-12-06 session 20: twelve new pages of kinds of jewellery, watch and accessory shops
# (engagement rings, wallets, belts, cufflinks, hair accessories, umbrellas; watches, sunglasses, handbags, hats, scarves
# and perfume gave nothing, so the spare kinds nearest them took their places: watch straps, reading glasses, backpacks,
# caps, gloves and cologne), the first result per query ("<kind> shop return policy refund exchange", read with the
# `search` tool, corpus `pages`) that is a shop of that kind's own return or refund policy in English (not a template with
# blanks, not an article, blog, marketplace, platform help or product page, at least 800 characters of policy), whose
# domain is not in /work/coord/used_domains.txt nor claimed in /work/coord/claimed.txt by a set built at the same time
# (test96, test98, test99). Held out until measured once.
# Skipped on the way: engagement rings' ringsbypristine.com and saelira.com (used), so kingstreetdiamond.com (a diamond
# jeweller's returns page); watches' zyrenrealty.xyz (a template: "[Your Contact Information]"), replica-watches-online.com
# (a product page, five lines), nexsory.com (a template: "[Your Store Name]"), auranewluxuryde.com (a template: "[Insert
# Email Address]"), camdenwatchcompany.com and abcluxury.biz (used), howard.ca (an in-store policy under 800 characters, as
# test93 judged it) and algerund.com (used): nothing, so the spare kind watch straps: thesamuraivintage.com and
# mywatchstrap.co (used), so ticketwatches.com (a shop of watches and straps); sunglasses' sunglasseseasyshop.com (used),
# workzenithh.com twice (a template: "[Your Email Address]"), optiline.co.uk (used), avimart.boostifythemes.com (a theme
# demonstration's FAQ), gbeyewear.com, eyeshows.com and dimaeyewear.com (used): nothing, so the spare kind reading glasses,
# where none was skipped (readingglassesstore.com, its terms-of-service page, whose stored opening is its ordering,
# cancellation, prescription and return rules); wallets' walleteras.com and walletsandshoes.com (used), so
# magicwalletshop.com; handbags' au.handybags.store, bagondeals.com and thehandbag.com.au (used), prdcraft.com (a generic
# account of what shops do with bags, "Some stores may allow exchanges", as test93 judged it), handbag01.com (used),
# travelloexpresso.com (a template: "[Your Store Name]", "[email address or phone number]"), mooyabag.com (used) and
# luxsuedes.com (a template: "[insert email/phone number]"): nothing, so the spare kind backpacks: ipadbags.com,
# backpack-design.com, xxentixllc.com and backpackboyzusa.com (used), so m-tra-l.xyz (a shop of travel backpacks);
# hats' paiutetrails.com, castlefactory.co.uk (three times), cappelleriabertacchi.ca, itsmyhat.co.uk and hatsfashion.com
# (used) and experts123.com (a question-and-answer page): nothing, so the spare kind caps, where none was skipped
# (caphutonline.bigcartel.com); scarves' stitchmix.us twice (a template: "within [number] days"), thescarf.world,
# cashmirascarf.com and scarvesandbeyond.com (used), scarfand.com (an orders page whose stored opening has no return rule),
# shopserenityscarves.com and swankyscarves.com (used): nothing, so the spare kind gloves: gloves.com (used),
# childcaresupplycompany.com (a childcare supply shop whose page names cosmetics, intimate apparel and perishable goods, its
# address at glovesunlimitedinc.com: not taken as a shop of gloves), glovesinc.com and theglovestore.co.uk (used), so
# glovesora.com; belts' usedmobilityscooters59258.bloggin-ads.com (a spam blog post), thebeltshoppe.com (used),
# delaneygoods.com (under 800 characters, as test93), beltbuckles.com (used), thebeltszone.com (replica wrestling
# championship belts, not belts to wear, as test79 and test93), bellobelts.com and loopibelts.com (used), so
# thebeltshop.co.za; cufflinks' cufflinks.com (twice: its /en-ca/ and its own page, used) and weddingcufflinkcompany.co.uk
# (used), so cuffink.com; hair accessories' sariglow.com and hairch.shop (used), so barefoot-spring.net; umbrellas'
# umbrellas.com, shopallumbrellas.com and umbrello.com.au (used), so animeumbrellas.com; perfume's euphoriaelixirs.com (a
# generic account, "Typically, there's a specified period"), soltanbare.com, theperfumeshop.com and perfumeshop.click
# (used), fragranceperfumestore.com (a template: "[Number, e.g., 30]"), perfumeshop.us (used), perfumes.llc (a template:
# "[customer service email]") and solidrise.xyz (used): nothing, so the spare kind cologne, where none was skipped
# (colognecurators.com, its /policies/refund-policy; a look with its own words also showed its /pages/return-refund-policy,
# another page with other rules, not taken).
# Queries with a page's own words were run only to see more of a page (all twelve); no page was taken from their results.
# Gathered and labelled by someone who had not read the drafter, its rules, its tests or its drafts, under the label
# conventions 1 .. 22 (labels.py), and committed before the drafter read any of them; measure once.
# The corpus stores the opening of each page, so a text is that opening (some stop mid-sentence or mid-word:
# readingglassesstore ("Customer must send"), magicwalletshop ("damag"), m-tra-l ("hardwar"), caphutonline (at its
# non-returnable list, before any item), cuffink ("Cuff"), barefoot-spring ("i"), animeumbrellas ("We wil") and
# colognecurators ("classifie")).
# Unsure: the kinds of six pages rest on a spare kind (ticketwatches, readingglassesstore, m-tra-l, caphutonline, glovesora,
# colognecurators), and childcaresupplycompany was passed over as a childcare supply shop though its address is a glove
# company's; kingstreetdiamond's window runs "from the date of shipment", its items "free from scratches, blemishes, sizing
# or alterations, and without signs of wear" taken as conditions (NOT_WORN, NOT_ALTERED facts) and not as a refusal, its
# 20% restocking fee (special orders only), its $9.95 for refused parcels and its in-store receipts unplaced, its right "to
# verify the authenticity" and refund once "received and accepted" taken as inspection; ticketwatches asks the customer to
# contact support "via email, telephone or live chat" (EMAIL a fact, convention 1) and to share the parcel's tracking number
# (tracked shipping a fact), its exchanges within 30 days of delivery beside the 14-day refund window and its no refund
# for an item exchanged late unless defective unplaced (DEFECTIVE an either), its "2 business days" to process read as
# _r(2, 2) and the "3-5 business days" to show in the account an extra delay (typical arrival an either, as test93's
# unpurfect and outerweartrends), its "Contact us at for questions" names no address; readingglassesstore's 24-hour cool-off
# (for non-prescription and prescription orders alike) taken as the cancellation window, the 10% fee for cancelling later
# before shipping unplaced and cancelling until shipped an either, the email to cancel said only of prescription orders (an
# either), its prescription orders "final sale" an exclusion and its week for non-prescription orders the return window
# (no start given); magicwalletshop's refund, replacement or in-store credit for any unopened item within 30 days (exchange
# ALWAYS from its "return or exchange" questions, store credit ALWAYS, replacement ALWAYS, the customer's choice as the
# refund method) while an opened or used item gets credit or a replacement but no refund (unplaced; UNUSED an either), its
# unanswered question "What happens if I receive the wrong product?" (WRONG_ITEM an either); m-tra-l states few rules: damage
# reported with a photograph for an exchange or store credit (both MERCHANT_AT_FAULT, convention 22), the channel an either
# ("reach out to our customer care team"), its fit advice no rule and its compensation for late orders unplaced;
# caphutonline's steps (contact customer service, the team "will assess your request and provide further instructions")
# taken as asking first (a fact, as test93's sneakerstoreegy), its photographs "if applicable" an either request, its
# approved returns refunding "the original shipping cost" (ALWAYS), its "We currently do not offer direct exchanges" with a
# new order (exchange NEVER, the reorder hint, as pureflowes, smartlockprime and brunaandlexie); glovesora's "most new,
# unused items" (most items only and UNUSED facts, "new, unused condition" ORIGINAL_CONDITION as test93's jeanztm), its
# steps with an RMA once approved (asking first a fact), its exchange by returning and ordering anew (the reorder hint;
# exchange NEVER an either, as test92's dogtoysshop), the customer paying otherwise an either; thebeltshop's "replace,
# credit or refund" for a belt not liked (exchange and store credit ALWAYS), its courier partners who "come collect your
# belt" (unplaced; the shop paying an either) and its "at least 5 days" to process (an either _r(5, 5)); cuffink's "Delivery
# costs for the return of merchandise will be entirely at your expense" (the customer paying at fault too an either), its
# 14-day refund window with exchange or credit until 21 days (both unplaced), its "valid packing list" as proof of purchase,
# its "Shipping expenses back to Cufflinks Depot are not refundable" (the page names another shop once) as the customer
# paying, its items lost on the way back not cued (as most earlier labels of such sentences); barefoot-spring's "within 24
# hours of receipt" as a one-day window from delivery (convention 14), its "(unless otherwise stated)" an either for most
# items, its "Not dirty" an either NOT_STAINED, its faults to check on arrival (not intact, wrong, missing; defective) as
# fault reasons (convention 19) with a photo required, "exchange / return" for them (EXCHANGE and REFUND; exchange
# MERCHANT_AT_FAULT, and ALWAYS an either from its heading "Change and return according to customer needs"), its 24 hours to
# complain a one-day fault window, its "mailbox" an either EMAIL; animeumbrellas' "Contact Us here" (a link, the channel an
# either), its exchanges for another style with the replacement sent once the return arrives (unplaced), its refund for a
# defective item within 30 days of the shop's confirmation (unplaced; REFUND a remedy), the email once the workshop has
# processed the return (confirmation email a fact, convention 7); colognecurators' cancelling "before it ships" by
# contacting customer support (the channel an either), its "we cannot guarantee they will be processed", its address
# changes treated as cancellations and its orders not cancelled once processed with a wrong address, each unplaced, its
# "$10 return shipping fee" on all returns taken as a flat fee (the customer paying an either), its first-time buyers' "no
# restocking fees" and its definitions of used goods (a broken seal, a sprayed perfume, testers, cut off) unplaced, the
# "original, sealed, and unused condition" with the $10 fee an either condition (what used goods cost is cut off).
# Audit (session 20, by an engineer who had not read the drafter): all twelve pages were found in the corpus at their
# labelled addresses, and every fact, `either` and cue was read against the page and conventions 1 .. 22. No label
# and no rewrite was changed. Each rewrite states its label's layout and rules. Searched word by word against its page,
# none keeps a run of seven or more of the page's words except its cues ("no refund will be issued for the replaced
# item", "not agree with the new delivery time", "after 14 days it is still possible", "send a replacement upon
# receiving the return", "within 30 days of the day we confirmed"). Points weighed and kept as labelled:
# animeumbrellas' "how and where to send your package" stays an address_on_request fact (14 of the 18 earlier
# rewritten pages with those words take it as a fact, one as an either). ticketwatches' "the cargo tracking number must
# be shared with the seller" stays a tracked-shipping fact. Earlier pages that make the customer give the return's
# tracking number split: jrcos, vitaminc, patiofurniturewarehouse and scarvesandbeyond as a fact, xxentix as an either,
# learnandgrowtoys, phonereplacementparts and sunprotectionzone not at all.
# ticketwatches' "no refund ... unless the item is defective" says this of late exchanges only, so DEFECTIVE stays an
# either. Of the 25 earlier rewritten pages whose only mention of a defect is such an exception, for one group or one
# situation and not to a cost, 14 take it as an either, 6 as a fact and 5 not at all. readingglassesstore's "All
# prescription orders are final sale" stays OTHER:prescription: earlier pages that call one named group "final sale"
# (car seats, hosiery, candles, special orders) take the group's own word.
# magicwalletshop's and ticketwatches' "to return, contact us" names no approval and no refusal, so nothing is added
# for asking first (of 4 earlier pages of that shape, 3 add nothing). magicwalletshop's exchange ALWAYS stays a fact:
# its questions ask "Can I return or exchange ...", the answers say yes, and the page speaks of items "received from a
# previous exchange". Left unsure: barefoot-spring's "send the missing product" (no REPLACEMENT taken), its "not new"
# goods (no NOT_AS_DESCRIBED) and its "mailbox" as EMAIL (an either); thebeltshop's "replace, credit or refund" read as
# an exchange, since the page goes on to help the customer choose another belt (no replacement); m-tra-l's late orders
# (only a cue, not LATE_DELIVERY); readingglassesstore's 24 hours as the cancelling window, although a
# non-prescription order can still be cancelled until it ships for a 10% fee; ticketwatches' 3-5 business days as
# additional_delay, as in the session-19 audit of test93.
LABELS: dict[str, Label] = {
    "kingstreetdiamond": Label(
        "http://www.kingstreetdiamond.com/pages/returns", "test97",
        facts={
            **_w(10, "SHIPMENT"),
            "resolutions.exchange": "ALWAYS",
            "resolutions.store_credit": "ALWAYS",
            "requirements.condition": {"NOT_WORN", "NOT_ALTERED"},
            "refund.inspection": True,
            "refund.original_shipping": "NEVER",
            "refund.processing": _r(7, 12, "BUSINESS"),
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={},
        unplaced=("20% restocking fee", "$9.95 charge", "back of your receipt"),
        read=READ97,
    ),
    "ticketwatches": Label(
        "https://www.ticketwatches.com/refund_returns/", "test97",
        facts={
            "returns.request_via": "EMAIL",
            **_w(14, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "instructions.tracked_shipping_recommended": True,
            "refund.processing": _r(2, 2, "BUSINESS"),
            "refund.additional_delay": _r(3, 5, "BUSINESS"),
            "requirements.condition": {"ORIGINAL_CONDITION", "NOT_WORN", "NOT_ALTERED", "ORIGINAL_PACKAGING"},
            "refund.inspection": True,
        },
        either={"requirements.condition": {"UNUSED"}, "exclusions": {"WORN_OR_DAMAGED|OTHER:scratched|OTHER:worn|OTHER:damaged"},
                "fault.reasons": {"DEFECTIVE"}, "refund.typical_arrival": _r(3, 5, "BUSINESS")},
        unplaced=("exchanged within 30 days", "no refund will be issued for the replaced item", "protecting film"),
        read=READ97,
    ),
    "readingglassesstore": Label(
        "https://www.readingglassesstore.com/terms_of_service.html", "test97",
        facts={
            "cancellation.enabled": True,
            "cancellation.window_hours": 24,
            "exclusions": {"OTHER:prescription"},
            "returns.window.days": 7,
        },
        either={"cancellation.until_shipped": True, "cancellation.request_via": "EMAIL"},
        unplaced=("not agree with the new delivery time", "10% of total order"),
        read=READ97,
    ),
    "magicwalletshop": Label(
        "https://www.magicwalletshop.com/pages/returns-policy", "test97",
        facts={
            "returns.window.days": 30,
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "resolutions.exchange": "ALWAYS",
            "resolutions.store_credit": "ALWAYS",
            "resolutions.replacement": "ALWAYS",
            "refund.method": "CUSTOMER_CHOICE",
            "fault.reasons": {"DAMAGED"},
            "fault.remedies": {"REPLACEMENT"},
        },
        either={"requirements.condition": {"UNUSED"}, "fault.reasons": {"WRONG_ITEM"}},
        unplaced=("won't be able to refund you", "received from a previous exchange"),
        read=READ97,
    ),
    "m-tra-l": Label(
        "https://m-tra-l.xyz/?p=11", "test97",
        facts={
            "fault.reasons": {"DAMAGED"},
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "fault.remedies": {"EXCHANGE"},
            "resolutions.exchange": "MERCHANT_AT_FAULT",
            "resolutions.store_credit": "MERCHANT_AT_FAULT",
        },
        either={"returns.request_via": "EMAIL"},
        unplaced=("compensatory solutions",),
        read=READ97,
    ),
    "caphutonline": Label(
        "https://caphutonline.bigcartel.com/refund-policy", "test97",
        facts={
            **_w(14, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "TAGS_ATTACHED", "ORIGINAL_PACKAGING", "NOT_WORN",
                                       "NOT_STAINED", "NOT_ALTERED"},
            "exclusions": {"PERSONALIZED|OTHER:custom|OTHER:personalized"},
            "fault.overrides_exclusions": True,
            "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"},
            "requirements.reason_required": True,
            "returns.request_required_before_shipping": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "instructions.tracked_shipping_recommended": True,
            "refund.original_shipping": "ALWAYS",
            "refund.inspection": True,
            "refund.processing": _r(0, 7, "BUSINESS"),
            "refund.method": "ORIGINAL_PAYMENT",
            "resolutions.exchange": "NEVER",
            "resolutions.reorder_hint": True,
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:wear|OTHER:stain|OTHER:alteration|OTHER:damage"},
                "returns.request_via": "EMAIL", "fault.photos_requested": True, "fault.photos_of": {"ISSUE"}},
        unplaced=(),
        read=READ97,
    ),
    "glovesora": Label(
        "https://glovesora.com/return-exchange", "test97",
        facts={
            **_w(30, "DELIVERY"),
            "returns.most_items_only": True,
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED",
                                       "MANUALS_INCLUDED"},
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"WRONG_ITEM", "DEFECTIVE", "DAMAGED"},
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "returns.request_required_before_shipping": True,
            "instructions.pack_securely": True,
            "instructions.tracked_shipping_recommended": True,
            "instructions.insured_shipping_recommended": True,
            "refund.inspection": True,
            "refund.processing": _r(7, 10, "BUSINESS"),
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.confirmation_email": True,
            "refund.original_shipping": "MERCHANT_AT_FAULT",
            "resolutions.reorder_hint": True,
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={"resolutions.exchange": "NEVER", "instructions.address_on_request": True, "shipping.default.payer": "CUSTOMER"},
        unplaced=(),
        read=READ97,
    ),
    "thebeltshop": Label(
        "https://thebeltshop.co.za/returns-policy/", "test97",
        facts={
            **_w(30, "PURCHASE"),
            "resolutions.exchange": "ALWAYS",
            "resolutions.store_credit": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "TAGS_ATTACHED"},
            "returns.request_via": "EMAIL",
            "refund.inspection": True,
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
            "fault.remedies": {"REFUND", "EXCHANGE"},
        },
        either={"shipping.default.payer": "MERCHANT", "refund.processing": _r(5, 5),
                "returns.request_required_before_shipping": True},
        unplaced=("come collect your belt",),
        read=READ97,
    ),
    "cuffink": Label(
        "https://cuffink.com/refund_returns", "test97",
        facts={
            "returns.window.days": 14,
            "returns.request_via": "WEBSITE",
            "requirements.reason_required": True,
            "returns.request_required_before_shipping": True,
            "shipping.default.payer": "CUSTOMER",
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "resolutions.exchange": "ALWAYS",
            "resolutions.store_credit": "ALWAYS",
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(0, 14),
            "instructions.tracked_shipping_recommended": True,
            "instructions.insured_shipping_recommended": True,
            "instructions.carrier_examples": ("UPS", "FedEx", "DHL"),
            "instructions.pack_securely": True,
        },
        either={"shipping.merchant_at_fault": {"payer": "CUSTOMER"}, "requirements.condition": {"UNUSED"}},
        unplaced=("after 14 days it is still possible", "past 21 days", "not secured properly"),
        read=READ97,
    ),
    "barefoot-spring": Label(
        "https://barefoot-spring.net/returns-refunds/", "test97",
        facts={
            **_w(1, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED",
                                       "MANUALS_INCLUDED"},
            "requirements.proof_of_purchase": True,
            "fault.reasons": {"WRONG_ITEM", "INCOMPLETE", "DAMAGED", "DEFECTIVE"},
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            **_w(1, "DELIVERY", prefix="fault.window"),
            "fault.remedies": {"EXCHANGE", "REFUND"},
            "resolutions.exchange": "MERCHANT_AT_FAULT",
        },
        either={"requirements.condition": {"NOT_STAINED"}, "returns.request_via": "EMAIL", "returns.most_items_only": True,
                "resolutions.exchange": "ALWAYS"},
        unplaced=("refuse to receive the goods",),
        read=READ97,
    ),
    "animeumbrellas": Label(
        "https://www.animeumbrellas.com/pages/refund-policy", "test97",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_CONDITION", "NOT_WORN", "UNUSED", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "instructions.address_on_request": True,
            "returns.request_required_before_shipping": True,
            "resolutions.exchange": "ALWAYS",
            "fault.reasons": {"DEFECTIVE", "WRONG_ITEM"},
            **_w(7, "DELIVERY", prefix="fault.window"),
            "exclusions": {"PERSONALIZED|OTHER:custom", "CLEARANCE|FINAL_SALE|OTHER:clearance"},
            "fault.remedies": {"REFUND"},
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.confirmation_email": True,
        },
        either={"returns.request_via": "EMAIL"},
        unplaced=("send a replacement upon receiving the return", "small variations", "within 30 days of the day we confirmed"),
        read=READ97,
    ),
    "colognecurators": Label(
        "https://colognecurators.com/policies/refund-policy", "test97",
        facts={
            "cancellation.enabled": True,
            "cancellation.until_shipped": True,
            **_w(30, "DELIVERY"),
            "fees.flat_fee": "10",
        },
        either={"cancellation.request_via": "EMAIL", "shipping.default.payer": "CUSTOMER",
                "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"}},
        unplaced=("cannot guarantee they will be processed", "treated as a cancellation", "redirect, retrieve, or cancel",
                  "first-time buyer", "seal is broken", "has been sprayed", "testers returned to us"),
        read=READ97,
    ),
}
