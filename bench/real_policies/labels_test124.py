"""The test124 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test124.py for the pages rewritten in our own words). Held out: measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ124 = "2026-12-07 (session 31, set test124)"

# --- a hundred-and-twenty-fourth test set, 2026-12-07 session 31: twelve new pages of kinds of trade, workplace and
# supply shops (restaurant and catering equipment, janitorial and cleaning supplies, packaging and shipping supplies,
# safety and PPE equipment, welding supplies, lab equipment, medical scrubs and uniforms, salon and barber equipment,
# tattoo supplies, signs and banners, office furniture, school and classroom supplies; welding supplies gave none in three
# queries, so the spare kind industrial fasteners took its place), the first result per query ("<kind> shop return policy
# refund exchange", read with the `search` tool, corpus `pages`) that is a shop of that kind's own return or refund policy
# in English (not a template with blanks, not an article, blog, marketplace, platform help or product page, at least 800
# characters of policy), whose domain is not in /work/coord/used_domains.txt nor claimed in /work/coord/claimed.txt by a
# set built at the same time. Held out until measured once. Where the first query's eight results held none, one or two
# more queries in other words were read (welding supplies, tattoo supplies).
# Skipped on the way: restaurant and catering equipment: none skipped (restaurantequipmentmart.com, its www. address).
# Janitorial and cleaning supplies: none skipped (janitorialsuperstore.com). Packaging and shipping supplies:
# citypostexpress.com (City Post Express, an international shipping and freight service: its page is chiefly the
# cancellation of shipping services, pickups, surveys and shipping insurance, with a line refusing returns of "packing
# supply"; not a shop of supplies), packagingcompany.co (used), then packngoship.biz (PackNGOShip, "shipping supplies and
# packaging materials"). Safety and PPE equipment: none skipped (safetycare.ie, its www. address; the whole page is about
# 1,150 characters). Welding supplies: protecwelding.com, dbk-weldingcaps.com, pauljwelds.com and metallographyworld.com
# (used), store.leetackle.com (a fishing-tackle shop), langdental.com (dental goods, about 700 characters) and
# universalweldgauge.com (used); a second query ("welding supply store returns policy welders restocking fee refund")
# gave protecwelding.com (used), dme-plusllc.com (about 550 characters, no welding goods named), dbk-weldingcaps.com
# (used), langdental.com, touristprinting.com (a printing shop), superiorcappuccinomix.com (coffee machines and mixes),
# pauljwelds.com (used) and store.leetackle.com; a third ("welding equipment online store return policy welding machines
# helmets refund exchange") gave protecwelding.com and dbk-weldingcaps.com (used), deluxeforklifts.com (forklifts, its
# page a filled-in policy questionnaire), dcplatinum.com (its page names no welding goods, only "equipment" and "the
# machine"), universalweldgauge.com (used), weldental.com (dental), store.leetackle.com and pauljwelds.com (used). So the
# spare kind, industrial fasteners ("industrial fasteners shop return policy refund exchange"): none skipped
# (thefastenerplace.com, Fastener Place; its "[email protected]" is the stored page's hidden email address, not a
# template blank). Lab equipment: bauschscientific.com (used), buylabequip.com (a product page), socallab.com (a
# template: "[insert email/phone]"), then labequipmentdepot.com (Lab Equipment Depot, its page on wrong, unwanted and
# non-defective products). Medical scrubs and uniforms: thefrontline.co (used), then b-kova-cs.top (a shop of "workwear
# like medical uniforms", its underscrubs and caps named; its page gives no shop name). Salon and barber equipment: none
# skipped (equipyoursalon.com; its /zh/ address serves the English page). Tattoo supplies: zykeys.com (used),
# moderntattoo.art (a template: "[e.g., 30] days", "[Your Email Address]"), elementtattoosupply.com,
# tamarahensonstudios.com and reflectivebeautyboutique.com (used), horiran.au (a tattoo artist's prints and apparel),
# horihotdog.com (a tattoo artist's shirts) and anaischabanetattoo.com (a studio's bookings and temporary tattoos); a
# second query ("tattoo supply store returns policy needles ink machines refund") gave audersigtofficial.com (Audersigt,
# tattoo ink and needles; its /pt/ address serves the English page). Signs and banners: mplsignage.com.au (used),
# dlf-dropship.myshopify.com (a dropshipping store whose page names no goods but "your banner or product"; one more search
# for the store found no page of it that shows what it sells), signsandswag.com (a template: "[email address]"), then
# signs2trade.com (Signs2Trade). Office furniture: gloriash.shop (used), then officefurnitureconsultants.com (Office
# Furniture Consultants, the returns part of its terms page, its www. address). School and classroom supplies:
# school-cart.com and shopforclass.com (used), then eps.schoolspecialty.com (School Specialty's guarantee and return
# policy, served from its EPS host).
# Gathered and labelled by someone who had not read the drafter, its rules, its tests or its drafts, under the label
# conventions 1 .. 24 (labels.py), and committed before the drafter read any of them; measure once.
# The corpus stores the opening of each page, so a text is that opening (ten stop mid-sentence or mid-word:
# restaurantequipmentmart (at "The buyer will be responsible for the shipping co"), janitorialsuperstore (in its
# restocking-fee part, "additional costs that a"), packngoship (in its return-shipping step, "we will cov"),
# labequipmentdepot (in its packing step, "in its original con"), bkovacs (in its refunds part, "This p"), equipyoursalon
# (in its second "approval or rejecti"), officefurnitureconsultants (after its RMA sentence, "Anythin"), schoolspecialty
# (at "please contact Custome"), audersigtofficial (after its return-authorization sentence, "Please") and
# thefastenerplace (in its damage claims, "if there is any dama")); the rewrites stop there too. safetycare's page ends at
# its returns-form link ("available by click here"), signs2trade's at the end of its stock-signs paragraph. Page chrome
# (restaurantequipmentmart's theme and skip links, janitorialsuperstore's app, rewards and shipping banners) is rewritten
# briefly or left out as a heading; equipyoursalon's gmail address, audersigtofficial's outlook address and
# thefastenerplace's hidden one are written as addresses at *.example.
# Unsure: restaurantequipmentmart's "Not all items are eligible for return" (most_items_only a fact, as skiisandbiikes'
# "Not every item can be returned"), "Returns will not be accepted unless approved by us in writing or email prior to
# return" (asking first a fact, convention 20) with "The buyer must send us an email within 14 days of receiving the
# merchandise stating their intent to return and reason" (EMAIL, the 14-day window from delivery and the reason, facts,
# conventions 1 and 14's reading of "receiving"), the approval email "containing the return shipping address" (address on
# request a fact, convention 10), "must be in NEW condition, unused, contain all original instructions, packaging
# materials, cartons" (UNUSED, MANUALS_INCLUDED and ORIGINAL_PACKAGING facts; "NEW condition" an ORIGINAL_CONDITION
# either, as steamboathatter's "unused and in new condition"), "If received back damaged, used, not NEW condition or
# missing items your entire credit and return will be denied" (WORN_OR_DAMAGED an either, convention 4; missing items an
# ACCESSORIES_INCLUDED either), "not damaged from return shipping" (pack_securely an either), "merchandise inspection
# time" within its 4-8 weeks (inspection an either: the time is named, not a rule that refunds wait for it), the 4-8
# weeks counted "After approval" (unplaced, as the "within four weeks of giving your package" pages), its RMA required by
# "Some manufacturers and or brands" (unplaced: a rule for some goods), its refused orders and buyer-delayed deliveries
# brought under the policy (unplaced), its cut "The buyer will be responsible for the shipping co" (payer CUSTOMER an
# either: the cut sentence names no leg of shipping); janitorialsuperstore's "Liquid or Powder Products" one key and
# "Equipment, and Equipment parts" one key, "You are responsible for all shipping charges, including the original
# shipping cost and the cost of shipping the item back" (payer CUSTOMER and original shipping NEVER facts), its return
# shipping "deducted from your refund" and its restocking fee with no amount each unplaced (as baykru's and
# magicandsuch's), the cut second restocking sentence left without a cue of its own (the same fee); packngoship's 14 days
# for "defective, damaged, or not as described" goods (the fault window from delivery, a fact) beside 7 days for wrong
# products (unplaced: a deadline for one fault), "a full refund or replacement" (REFUND and REPLACEMENT facts with
# replacement at fault, convention 13; full_refund an either, as theholyoil's), "unopened and unused ... within 30 days of
# purchase" (UNUSED and the window from purchase, facts; convention 11), "Used or opened products, unless defective" among
# its non-refundable items (WORN_OR_DAMAGED and overrides_exclusions eithers, as theholyoil's "(unless defective)"),
# "Items marked as 'Final Sale' or 'Clearance'" one key (as teaofteas' audit), "Contact our customer service team"
# (EMAIL an either, convention 1) with "a brief description of the issue" (the reason a fact), its RA number sent after
# review with no refusal of returns sent unasked (asking first an either, convention 20), its cut "For defective or
# incorrect items, we will cov" (the shop paying at fault an either); safetycare's "original packaging, unworn, unused,
# and suitable for resale" (NOT_WORN and UNUSED facts, convention 18; ORIGINAL_CONDITION an either for "suitable for
# resale", as herbasupplements' "resellable condition"), its 20% fee only where an item is "not deemed to be suitable for
# resale in the returned packaging" (unplaced: a fee by the item's state), "return carriage costs for exchanges or
# refunds" (exchange ALWAYS a fact, convention 12; the shop paying at fault and the customer paying otherwise, facts),
# "Unless incorrectly supplied or deemed to be faulty" before its refusals of embroidered, assembled and bespoke goods
# (WRONG_ITEM and DEFECTIVE facts, convention 2; overrides_exclusions a fact, as vinosl's), its clearance goods "at special
# reduced prices" (one key with CLEARANCE and FINAL_SALE, convention 16), its collection within 5 working days for its
# own errors and its Returns Form each unplaced (no request_via: the form goes in the parcel); labequipmentdepot's "not
# every product is eligible for return" (most_items_only a fact), "Please do not ship your order back until you receive
# your RMA number" (asking first a fact, as roastd's "do not return any products to us unless we specifically instruct
# you"), "Return type: refund or exchange" in its request list (exchange ALWAYS a fact, convention 12), "Reason for your
# return" (a fact), the emailed "RMA number and shipping address for returns" (address on request a fact), "Returns must
# be received within 14 business days from the date of issuing RMA" (ship_within_days 14 an either, as airfilterstore's
# "must reach us within 15 days of the RA number being issued"), "Repack the item in its original package or include the
# original package" (ORIGINAL_PACKAGING a fact), "pack the items to prevent damage in transit" (pack_securely a fact),
# "unassembled" read as taking apart before packing (no UNUSED), its late RMA requests "on a case-by-case basis"
# (unplaced); bkovacs' "unused, unworn, and unwashed" and "original condition and packaging, with all labels and tags"
# (UNUSED, NOT_WORN, NOT_WASHED, ORIGINAL_CONDITION, ORIGINAL_PACKAGING and TAGS_ATTACHED facts, conventions 17 and 18),
# "All accessories or bonus items" (ACCESSORIES_INCLUDED a fact), "no ... makeup marks" (NOT_STAINED an either:
# modestapparels' "make-up or deodorant stains" named stains), "We reserve the right to refuse returns that do not meet
# these requirements" (WORN_OR_DAMAGED an either, convention 4, as petsupplementcompany's audit), its "Headwear or caps
# that have been worn" one key, "if these items arrive damaged or incorrect due to our mistake, you are still eligible for
# a full refund or replacement" (DAMAGED and WRONG_ITEM, REFUND and REPLACEMENT, replacement at fault and
# overrides_exclusions facts, convention 13; full_refund an either), "a full refund (excluding original shipping fees)"
# (original shipping NEVER a fact); equipyoursalon's two sections with the same 14 days and conditions (one window from
# delivery, facts), "email ... with your order number and the reason for your return" (EMAIL and the reason, facts),
# "We will provide you with instructions on how to return the item" (no address on request: how, not where; asking
# first an either, no refusal, convention 20), "we will notify you of the approval or rejection" (confirmation_email an
# either, convention 7), "within 7-10 business days" (processing, convention 8), "a 10% restocking fee ... for
# non-defective reasons" with "no restocking fee will be applied" for defects or damage (the fee and its waiver facts);
# officefurnitureconsultants' "replace or repair damaged or defective items at no cost to you" (REPLACEMENT and replacement
# at fault facts, convention 13; the shop paying at fault an either, as theholyoil's "at no additional cost"), "If a
# mistaken product is sent we will do our best to replace" (WRONG_ITEM a fact), "Custom items" and "Made-To-Order
# furniture items" one key, "No returns of any kind on used office furniture" (goods it sells used, a key that also takes
# the reading of a refused state, OTHER:used|WORN_OR_DAMAGED), "subject to shipping & restocking fees payable by the customer" (payer CUSTOMER a fact; the fee with no
# amount unplaced, as cs1's "subject to restocking fees"), its garbled 35% fee on an order "canceled due to our mistake
# and not notified to replace" (unplaced; cancellation.enabled an either, convention 24, its only term unplaced as
# ebeehoney's), "Return Requests must be made within seven (7) days of receipt" (the window, a fact) and "returned within
# fourteen (14) days after the RMA is issued" (ship_within_days 14 a fact, as doorhardwareshop's "From the day the RGA #
# is issued, you have 30 days"), its 21-day "Return Authorization Period" end unplaced (the two spans added, under its
# "21-DAY RETURN POLICY" heading), "credits are issued within 72 hours" after receipt, inspection and RMA processing
# (inspection a fact; processing 0-3 days an either, hours made days), "Images of all damages must be sent to us with in
# 48 hours" after "when received" (photos_min 1 with ISSUE, conventions 15 and 21; the fault window 2 days from delivery,
# convention 14), "Any damages must be marked on bill of lading" (unplaced), "NO RETURNS WILL BE ACCEPTED without prior
# written authorization" (asking first a fact; no channel named, so no request_via); schoolspecialty's guarantee of "a
# full credit, refund, or replacement of the item, excluding shipping and handling" for 30 days from purchase beside its
# return policy's 30 days "of the receipt of your order" (the 30 days a fact, their start DELIVERY an either;
# replacement ALWAYS and original shipping NEVER facts, store credit ALWAYS an either for "full credit"), "check your
# shipment upon arrival for accuracy and completeness" with "Shipping errors must be reported ... within 5 days of
# receipt" (WRONG_ITEM and INCOMPLETE facts, convention 19; the fault window 5 days from delivery), "Unused merchandise,
# in sellable condition ... in its original or equal quality packaging" (UNUSED a fact; ORIGINAL_CONDITION and
# ORIGINAL_PACKAGING eithers, as thelittlestationeryshop's "or packaging of a similar protective standard"), "our error
# or a manufacturer's error such as ... an incorrect item, we will pay any return shipping costs and no restocking fee
# will apply" (the shop paying at fault and the fee waived, facts), "Most items will be subject to a 15% ... restocking
# fee" after its sentence on returns after 30 days (the 15% an either: it may be of late returns only), the customer
# paying otherwise an either (said only of late returns; "the least expensive carrier" implies it), "use of tracking
# numbers is recommended" (a fact), "All classroom sets or packaged materials must be returned as sold" (return_whole_only
# a fact), "Returns without authorization will not be processed" (asking first a fact, convention 20), its cut "please
# contact Custome" (EMAIL an either, convention 1), its billing of unreported duplicates and its late returns each
# unplaced; signs2trade's "Whether your signs arrived damaged ... contact us right away" (DAMAGED a fact, convention 19),
# "Custom Printed Products are not accepted for return under any circumstances" (a key), "please send us an E-mail" for
# problems with custom signs (EMAIL an either: an email asked for faults only, as tavour's), "If possible, include a
# picture of the issue" (photos_requested and ISSUE facts, convention 15), "Stock Items may be returned to us within three
# [3] business days of receiving them" (the window, business days from delivery, a fact: custom goods aside, stock signs
# are what it takes back), "for reasons other than a defect ... you will be responsible for shipping it back" (payer
# CUSTOMER and DEFECTIVE facts, convention 2; the shop paying at fault an either, implied), "verified that the stock
# product was not used" (UNUSED and inspection facts), its 0.5" tolerance on hemmed products unplaced, its one-hour answer
# to support tickets not a return rule; audersigtofficial's "No returns accepted on ink, Tattoo Needles" (two keys,
# convention 6), "Store Credit will be provided for any product that may be damaged or lost in transit" (store credit at
# fault and DAMAGED facts), "reported to the shipping partner" and "do not send your purchase back to the manufacturer"
# unplaced (as telescopescanada's), its customs-clearance costs unplaced, "If due to our reasons, the goods received are
# damaged or not correct, the consumer is not required to bear the shipping fee" (the shop paying at fault, DAMAGED and
# WRONG_ITEM facts) beside "consumer should be responsible for the shipping fee" (payer CUSTOMER a fact), "No restocking
# fee" (fees.restocking_percent "0" a fact, as shaversfactory and orthoticinsoles), "We will get back to you within 24
# business hours" (response_business_days 1 an either: a reply to the request, convention 9), "please contact us before
# returning. Please do not return the goods directly" (asking first a fact, as roastd's); thefastenerplace's "30 calendar
# days from the order the order was received" (the window from delivery, CALENDAR, conventions 5 and 14), "Any items with
# visible use/damage will not be accepted" (UNUSED a fact, WORN_OR_DAMAGED an either, convention 4), "same packaging and
# same condition as when you received the order" (ORIGINAL_PACKAGING and ORIGINAL_CONDITION facts, convention 17), its
# custom-specification products and specialty-ordered items one key, "Do not use the original packaging as a shipping
# container" unplaced, "Any freight charges from the original order will not be refunded" (original shipping NEVER a
# fact), its "completed Return Authorization form provided by Fastener Place" (asking first an either, no refusal of
# parcels sent without it, convention 20; the enclosed form unplaced), "the greater of a 15% restocking fee or $25
# minimum" (the 15% an either, the sentence unplaced as waterfiltrationsupply's "greater of" fee), "warehouse personnel to
# receive and inspect the return" (inspection an either, as restaurantequipmentmart's), "5-7 business days from the date
# we received the return" (processing, a fact), "we have to contact the manufacturer for replacements" for defective or
# damaged returns (DEFECTIVE and DAMAGED facts; REFUND and REPLACEMENT remedies and replacement at fault eithers; the
# longer time unplaced), its "Damaged/Missing Parts" heading with "send us an email ... or send a text" (DAMAGED and
# INCOMPLETE facts; EMAIL an either, faults only) and "Please be sure to include photos" (photos_min 1 with ISSUE,
# conventions 15 and 21), its cut "within 24 hours of delivery if there is any dama" (the fault window 1 day from
# delivery, convention 14).
# Audit (session 31, by an engineer who had not read the drafter): every page was found again in the corpus at its
# labelled address (the `search` tool, corpus `pages`, by domain or shop name and words of its policy) and its stored
# opening read against its label, fact by fact, `either` by `either` and cue by cue under conventions 1 .. 24, and
# against its rewrite (every rule stated, nothing added, none made more or less certain, every cue verbatim in it, each
# stopping where its page stops); every label cue is on its page. Changes, each checked against how the earlier
# rewritten pages' labels took the same words: restaurantequipmentmart's "must be in NEW condition, unused, ..." makes
# ORIGINAL_CONDITION a fact beside the UNUSED fact (convention 3's "as new"; of the earlier rewritten pages that ask for
# new condition and unused as a general rule, bikelectricity, xquestarchery, hopelessromanticbooks, sontronics,
# vitradecoration, theebikeshop, sportviz, kikoqh and storagesboxs take it as a fact, paintingframesplus and
# steamboathatter, whose UNUSED is an `either` too, as an `either`); bkovacs' "must not show any signs of damage, makeup
# marks, pet hair, or odors" makes NOT_STAINED a fact (plus-size's "no marks or smells of fake tan, makeup or deodorant",
# mrunderwear's "no stains, marks or smells", sewyours' and buybeautyclothing's stains and smells take it as a fact; no
# earlier label takes such marks as an `either`); officefurnitureconsultants' rewrite no longer holds a run of seven of
# its page's words ("our Terms of Service and Payment Terms"). Seen, not changed: packngoship's RA number sent after
# review, with no refusal of parcels sent unasked, keeps asking first an `either` (of the earlier rewritten pages whose
# only such words are that step, seven take it as a fact and seven, headphonesshop, kitekraken, chocolateplu and
# pickleballdropz among them, as an `either`; convention 20 asks for a refusal); labequipmentdepot's "Returns must be
# received within 14 business days from the date of issuing RMA" keeps ship_within_days an `either` (a deadline for
# arrival, as airfilterstore's "must reach us within 15 days"), officefurnitureconsultants' "must be returned within
# fourteen (14) days after the RMA is issued" a fact (a deadline for sending, as doorhardwareshop and thelowvisionshop);
# safetycare's "suitable for resale" keeps ORIGINAL_CONDITION an `either` (as most earlier pages that say it beside
# unused); restaurantequipmentmart's refusal of returns with "missing items" keeps ACCESSORIES_INCLUDED an `either` (as
# peglala, swimsale and airconditionersrus); schoolspecialty's "free of markings, writing, stamping" adds no condition
# item (no earlier label takes markings or writing as NOT_STAINED); audersigtofficial's "Please do not send your purchase
# back to the manufacturer" stays unplaced (as 28 of the 30 earlier rewritten pages that say it).
LABELS: dict[str, Label] = {
    "restaurantequipmentmart": Label(
        "http://www.restaurantequipmentmart.com/return-policy", "test124",
        facts={
            "returns.most_items_only": True,
            "returns.request_required_before_shipping": True,
            "returns.request_via": "EMAIL",
            **_w(14, "DELIVERY"),
            "requirements.reason_required": True,
            "instructions.address_on_request": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "requirements.condition": {"UNUSED", "MANUALS_INCLUDED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"},
        },
        either={"requirements.condition": {"ACCESSORIES_INCLUDED"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:damaged|OTHER:used|OTHER:missing"},
                "instructions.pack_securely": True, "refund.inspection": True, "shipping.default.payer": "CUSTOMER"},
        unplaced=("refused orders and buyer caused delayed delivery", "some manufacturers and or brands also require",
                  "allow 4-8 weeks"),
        read=READ124,
    ),
    "janitorialsuperstore": Label(
        "https://janitorialsuperstore.com/pages/return-policy", "test124",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "exclusions": {"OTHER:liquid|OTHER:powder", "OTHER:equipment", "PERSONALIZED|OTHER:special order"},
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "shipping.default.payer": "CUSTOMER",
            "refund.original_shipping": "NEVER",
        },
        either={},
        unplaced=("return shipping cost will be deducted", "deduct a restocking fee"),
        read=READ124,
    ),
    "packngoship": Label(
        "https://packngoship.biz/refund-policy", "test124",
        facts={
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "NOT_AS_DESCRIBED", "WRONG_ITEM"},
            "fault.remedies": {"REFUND", "REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            **_w(14, "DELIVERY", prefix="fault.window"),
            **_w(30, "PURCHASE"),
            "requirements.condition": {"UNUSED"},
            "resolutions.exchange": "ALWAYS",
            "refund.original_shipping": "NEVER",
            "shipping.default.payer": "CUSTOMER",
            "exclusions": {"PERSONALIZED|OTHER:custom", "CLEARANCE|FINAL_SALE|OTHER:final sale|OTHER:clearance"},
            "requirements.reason_required": True,
        },
        either={"fault.full_refund": True, "exclusions": {"WORN_OR_DAMAGED|OTHER:used|OTHER:opened"},
                "fault.overrides_exclusions": True, "returns.request_via": "EMAIL",
                "returns.request_required_before_shipping": True, "shipping.merchant_at_fault": {"payer": "MERCHANT"}},
        unplaced=("within 7 days of receiving the incorrect items",),
        read=READ124,
    ),
    "safetycare": Label(
        "https://www.safetycare.ie/returns-policy", "test124",
        facts={
            **_w(14, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_PACKAGING", "NOT_WORN", "UNUSED"},
            "resolutions.exchange": "ALWAYS",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "shipping.default.payer": "CUSTOMER",
            "exclusions": {"PERSONALIZED|OTHER:embroider|OTHER:badge|OTHER:print", "PERSONALIZED|OTHER:assembled",
                           "PERSONALIZED|OTHER:bespoke", "CLEARANCE|FINAL_SALE|OTHER:clearance|OTHER:sale|OTHER:reduced"},
            "fault.reasons": {"WRONG_ITEM", "DEFECTIVE"},
            "fault.overrides_exclusions": True,
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION"}},
        unplaced=("20% restocking fee", "arrange collection", "completed returns form"),
        read=READ124,
    ),
    "thefastenerplace": Label(
        "https://thefastenerplace.com/Returns_ep_38-1.html", "test124",
        facts={
            **_w(30, "DELIVERY", "CALENDAR"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"},
            "exclusions": {"PERSONALIZED|OTHER:custom|OTHER:special"},
            "refund.original_shipping": "NEVER",
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"WRONG_ITEM", "DEFECTIVE", "DAMAGED", "INCOMPLETE"},
            "refund.processing": _r(5, 7, "BUSINESS"),
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            **_w(1, "DELIVERY", prefix="fault.window"),
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:use|OTHER:damage"}, "returns.request_required_before_shipping": True,
                "fees.restocking_percent": "15", "refund.inspection": True, "fault.remedies": {"REFUND", "REPLACEMENT"},
                "resolutions.replacement": "MERCHANT_AT_FAULT", "returns.request_via": "EMAIL"},
        unplaced=("original packaging as a shipping container", "completed return authorization form",
                  "greater of a 15% restocking fee or $25 minimum", "may take longer than expected"),
        read=READ124,
    ),
    "labequipmentdepot": Label(
        "https://labequipmentdepot.com/info/wrong-not-wanted-non-defective-products", "test124",
        facts={
            "returns.most_items_only": True,
            **_w(14, "DELIVERY"),
            "returns.request_required_before_shipping": True,
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "resolutions.exchange": "ALWAYS",
            "instructions.address_on_request": True,
            "requirements.condition": {"ORIGINAL_PACKAGING"},
            "instructions.pack_securely": True,
        },
        either={"instructions.ship_within_days": 14},
        unplaced=("case-by-case basis",),
        read=READ124,
    ),
    "bkovacs": Label(
        "https://b-kova-cs.top/?p=11", "test124",
        facts={
            **_w(14, "DELIVERY"),
            "requirements.condition": {"UNUSED", "NOT_WORN", "NOT_WASHED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING",
                                       "TAGS_ATTACHED", "ACCESSORIES_INCLUDED", "NOT_STAINED"},
            "exclusions": {"PERSONALIZED|OTHER:personalized|OTHER:embroider", "OTHER:underscrub|OTHER:base layer",
                           "OTHER:headwear|OTHER:cap", "CLEARANCE|FINAL_SALE|OTHER:sale|OTHER:clearance"},
            "fault.reasons": {"DAMAGED", "WRONG_ITEM"},
            "fault.remedies": {"REFUND", "REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "fault.overrides_exclusions": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.original_shipping": "NEVER",
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:damage|OTHER:used"},
                "fault.full_refund": True},
        unplaced=(),
        read=READ124,
    ),
    "equipyoursalon": Label(
        "https://equipyoursalon.com/zh/pages/refund-return-shipping-and-warranty-policy", "test124",
        facts={
            **_w(14, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"},
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(7, 10, "BUSINESS"),
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
            "instructions.tracked_shipping_recommended": True,
            "fees.restocking_percent": "10",
            "fees.waived_when_merchant_at_fault": True,
        },
        either={"returns.request_required_before_shipping": True, "refund.confirmation_email": True},
        unplaced=(),
        read=READ124,
    ),
    "audersigtofficial": Label(
        "https://audersigtofficial.com/pt/pages/politica-di-ritorno", "test124",
        facts={
            "exclusions": {"OTHER:ink", "OTHER:needle"},
            "resolutions.store_credit": "MERCHANT_AT_FAULT",
            "fault.reasons": {"DAMAGED", "WRONG_ITEM"},
            **_w(15, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fees.restocking_percent": "0",
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "returns.request_required_before_shipping": True,
        },
        either={"refund.response_business_days": 1},
        unplaced=("reported to the shipping partner", "back to the manufacturer", "customs clearance"),
        read=READ124,
    ),
    "signs2trade": Label(
        "https://signs2trade.com/return-policy.html", "test124",
        facts={
            "exclusions": {"PERSONALIZED|OTHER:custom printed|OTHER:custom"},
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            "fault.photos_requested": True,
            "fault.photos_of": {"ISSUE"},
            **_w(3, "DELIVERY", "BUSINESS"),
            "shipping.default.payer": "CUSTOMER",
            "requirements.condition": {"UNUSED"},
            "refund.inspection": True,
        },
        either={"returns.request_via": "EMAIL", "shipping.merchant_at_fault": {"payer": "MERCHANT"}},
        unplaced=("tolerance is allowed on all dimensions",),
        read=READ124,
    ),
    "officefurnitureconsultants": Label(
        "https://www.officefurnitureconsultants.com/terms-and-condtions", "test124",
        facts={
            "fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "exclusions": {"PERSONALIZED|OTHER:custom|OTHER:made-to-order", "OTHER:used|WORN_OR_DAMAGED"},
            "shipping.default.payer": "CUSTOMER",
            **_w(7, "DELIVERY"),
            "instructions.ship_within_days": 14,
            "refund.inspection": True,
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            **_w(2, "DELIVERY", prefix="fault.window"),
            "returns.request_required_before_shipping": True,
        },
        either={"shipping.merchant_at_fault": {"payer": "MERCHANT"}, "cancellation.enabled": True,
                "refund.processing": _r(0, 3)},
        unplaced=("restocking fees payable by the customer", "35% restocking fee", "return authorization period expires",
                  "marked on bill of lading"),
        read=READ124,
    ),
    "schoolspecialty": Label(
        "https://eps.schoolspecialty.com/support/contact-customer-service/guarantee-return-policy", "test124",
        facts={
            "returns.window.days": 30,
            "requirements.condition": {"UNUSED"},
            "resolutions.replacement": "ALWAYS",
            "refund.original_shipping": "NEVER",
            "fault.reasons": {"WRONG_ITEM", "INCOMPLETE"},
            **_w(5, "DELIVERY", prefix="fault.window"),
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fees.waived_when_merchant_at_fault": True,
            "sets.return_whole_only": True,
            "instructions.tracked_shipping_recommended": True,
            "returns.request_required_before_shipping": True,
        },
        either={"returns.window.starts": "DELIVERY", "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
                "fees.restocking_percent": "15", "shipping.default.payer": "CUSTOMER", "returns.request_via": "EMAIL",
                "resolutions.store_credit": "ALWAYS"},
        unplaced=("billed for it", "returned after 30 days"),
        read=READ124,
    ),
}
