"""The test130 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test130.py for the pages rewritten in our own words). Held out: measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ130 = "2026-12-08 (session 32, set test130)"

# --- a hundred-and-thirtieth test set, 2026-12-08 session 32: twelve new pages of kinds of clinical, laboratory, care
# and grooming trade shops (microscopes, lab equipment, medical scrubs, stethoscopes, dental supplies, veterinary supplies,
# salon equipment, barber supplies, tattoo supplies, massage tables, mobility scooters, and the spare kind hospital beds
# in place of first aid kits, whose three queries gave no page; the spare kind lab glassware was not needed), the first
# result per query ("<kind> shop return policy refund exchange", read with the `search` tool, corpus `pages`) that is a
# shop of that kind's own return or refund policy in English (not a template with blanks, not an article, blog,
# marketplace, platform help or product page, at least 800 characters of policy), whose domain is not in
# /work/coord/used_domains.txt nor claimed in /work/coord/claimed.txt by a set built at the same time. Held out until
# measured once. Where the first query's eight results held none, one or two more queries in other words were read.
# Skipped on the way: microscopes: greatmicroscopes.com (used), then microscopesamerica.com. Lab equipment:
# bauschscientific.com, buylabequip.com (a product page too), socallab.com and labequipmentdepot.com (used), then
# thelabstore.co.uk (its www. address, its "cancellation-and-returns-policy" page; another page of the same shop, its UK
# policy with a decontamination declaration, came later in the results). Medical scrubs: thefrontline.co (used),
# winenfood.com (an article on scrub shops' policies), then scrubsunlimited.com (its www. address, its return-policy.aspx
# page; another stored page of the shop, returnpolicy.aspx, holds nearly the same text with a $7.00 exchange check).
# Stethoscopes: stethoscope.ca (its stored opening is delivery terms and a phone-only cancellation paragraph, some 600
# characters, and stops as its returns part begins: "A product purchased from S"), stemoscope.com (a payment and delivery
# FAQ whose stored opening ends before its returns), medicalinst.net (a surgical-instrument shop), shop.exploratorydevices.com
# (a shop whose page names no stethoscopes: sleeves, seals and tube assemblies), greenguava.in (a general medical-equipment
# shop), ems-store.com (Stretchers & Medical Depot), then factorydirectmedical.com (Factory Direct Medical, its page opening
# with its stethoscopes' return policy). Dental supplies: the first result, dentalmedcocanada.ca (Dentalmedco Canada, just
# under 900 characters). Veterinary supplies: mad4pets.co.uk (used), then petwishpros.com (Pet Wish Pros, a pet-medication
# shop). Salon equipment: the first result, salonequipmentusa.com (its www. address). Barber supplies:
# beautykitsolutions.com (used), then barbersalon.com (its "Company Policy" page: terms whose parts 2 to 4 are its return
# policy). Tattoo supplies: zykeys.com (used; temporary tattoos), moderntattoo.art (a template: "[e.g., 72 hours/3
# days]", "[Your Email Address]"), elementtattoosupply.com and tamarahensonstudios.com (used), reflectivebeautyboutique.com
# (a beauty studio that takes back only aftercare balm and cleanser), horiran.au (a tattoo artist's prints and apparel),
# horihotdog.com (a tattoo artist's apparel) and anaischabanetattoo.com (a tattoo artist's booking policy); a second query
# ("tattoo supply store returns policy needles ink machines refund") gave audersigtofficial.com (used), needlejig.com (a
# terms-and-conditions page whose stored return part is some 710 characters), elementtattoosupply.com (used),
# unitedinkproductions.com (a "Shipping and Returns" page whose returns part is some 780 characters, the rest shipping),
# moderntattoo.art (the template), elementtattoosupply.com again (used), then tatomus.com (Tatomus, its "Return Policy"
# page; ultimatetattoosupply.com, next in the results, holds nearly the same text). Massage tables: mymassagetable.com (a
# "Shipping & Returns" page whose stored opening holds some 730 characters of return terms among shipping ones),
# kahunachairtorrance.com, fuzichair.com and massagechairman.com (used), then popularmassagetables.com (the same page
# template as mymassagetable's, its stored opening some 900 characters of damage, cancellation and refund terms after
# its order and shipment parts). First aid kits: restockyourkit.com (used), first.templateforwebsites.com (a template
# site: "info@companyname.com"), firstaider.co.za, peglala.com and angelonehealth.com (used),
# first-aid-beauty-staging.mybigcommerce.com (a skincare brand's staging site), weightlossjourney.health (no first-aid
# shop) and firstaidplus.ca (used); a second query ("first aid kit store returns and refunds policy first aid supplies")
# gave restockyourkit.com, usfirstaidandprep.com (used), the template, firstaidsurvival.com, firstaider.co.za, peglala.com
# and angelonehealth.com (used) and neotericcosmetics.com (a cosmetics shop); a third ("first aid supplies online store
# return policy unopened kits refund within days") gave only the same pages again, so the spare kind hospital beds was
# read: its first result, 305medicalbeds.com. Mobility scooters: newandusedmobilityscooters.com and fodauto.com (used),
# then mobilscooters.com (its "refund-policy-2" page; a "Return Policy" page of the same shop came later in the results).
# Gathered and labelled by someone who had not read the drafter, its rules, its tests or its drafts, under the label
# conventions 1 .. 24 (labels.py), and committed before the drafter read any of them; measure once.
# The corpus stores the opening of each page, so a text is that opening (nine stop mid-sentence or mid-word: thelabstore
# ("prior to returning the pr"), scrubsunlimited ("sent back to another address other than the"), factorydirectmedical
# ("guide you throug"), petwishpros ("view the order usin"), barbersalon ("5. Ine"), tatomus ("How Long Does I"),
# popularmassagetables ("and you ca"), mobilscooters ("at our discretio") and 305medicalbeds ("for hospital b")).
# Unsure: microscopesamerica's "a restocking fee of 20% applies to all laboratory equipment returns" (a fact: the shop
# sells laboratory equipment, its opening says so), its damaged-on-delivery "expedite a replacement or repair" (REPLACEMENT
# remedy and replacement MERCHANT_AT_FAULT facts, convention 13), "notify you of the status of your refund" (no email:
# confirmation_email an either, convention 7), its contact email given for questions about returning (EMAIL an either),
# "Shipping costs are non-refundable" after the customer's own return postage (original_shipping NEVER a fact, as 17 of
# the 21 earlier rewritten pages with that template sentence), its liability sentence for returns lost on the way
# unplaced (as bagondeals, babyride and floravas); thelabstore's cancellation "at any time prior to picking/packing for
# shipment" (cancellation.enabled a fact, until_shipped an either: packing comes before shipping, as winesave left it),
# "subject to a minimum of 30% restocking fee" (restocking 30 an either: a floor, not the fee; airconditionersrus'
# "minimum 25%" was left unplaced), "in an unused, re-saleable condition" (UNUSED a fact, ORIGINAL_CONDITION an either, as
# gaggiacaffeshop's "fully re-saleable"), its list of goods the policy "does not apply to" as exclusions (custom products
# twice, one key; non-catalogue and non-inventoried products one key; "outdated, shelf-worn, used or defaced" a state,
# WORN_OR_DAMAGED an either, convention 4; "products not purchased from The Laboratory Store" no key), "must obtain a
# return merchant authorization ... prior to returning" (asking first a fact, no channel named), its cancellation fees
# for custom goods, after 2 weeks and for bespoke equipment and its Brexit charges unplaced (rules for some orders);
# scrubsunlimited's "must be received within 30 days of receipt" (30 days from delivery, as smartviewhomes and
# homesecuritystore), "a note inside the box, explaining the reason" and returns "with no information about the reason"
# being the problem (reason_required a fact), "Credits may take up to 2-3 weeks to complete" (processing 14-21 days, a
# fact, as fuzichair's and fancyherhair's "up to N-M"; typical arrival an either), "We recommend you ship returns by FedEX
# or UPS" (carrier examples, as audiodirect), its restocking fees of 20% on Cherokee garments and on all others outside the
# safe sizing program (restocking 20 a fact), the address printed on the page (no address on request), its pointer to
# another policy for Medline and Cherokee garments, its exchange check, its donation of exchanges sent without details and
# its cut sentence on returns sent elsewhere unplaced; factorydirectmedical's "May be returned within 7 days of purchase"
# under its stethoscopes heading (the window a fact: its note calls it "our 7-day return and refund policy"), "Must be
# unused and in original packaging" and "in its original packaging and unopened, unless there is a problem with the order
# or product" (UNUSED and ORIGINAL_PACKAGING facts, convention 11; fault.waive_condition a fact, as navgtstore's "Unused,
# unless it is defective"), its 35% fee for used or unpackaged stethoscopes unplaced (a fee by the item's state), Grade B
# stethoscopes, compression socks and purchases with extra discounts, samples or demos refused (four keys; socks SOCKS,
# convention 6; the discounts convention 16), "contact our customer service team for authorization and instructions"
# (EMAIL and address on request eithers), "contact us within 7 days of receiving the item" for wrong or defective items
# under its compression socks heading (the fault window an either: it may be said of socks only), "Original outbound
# shipping is non-refundable" (NEVER a fact; the prepaid label for seller errors is merchant_at_fault, not a refund of the
# postage); dentalmedcocanada's "All sales are final ... NOT eligible for returns or exchanges unless the item had arrived
# damaged" (only_at_fault a fact, convention 23; exchange MERCHANT_AT_FAULT a fact, EXCHANGE an either, as landofspices),
# "reported ... to: [an email] WITHIN 24 HOURS" (EMAIL a fact; the fault window 1 day from delivery, convention 14, as the
# 15 earlier labels of "within 24 hours" of damage), "A return slip would be emailed back ... instructions about how to
# return the item" (asking first and address on request eithers), "must be picked up by the mail courier from the
# customer within 7 days" (ship_within_days 7 a fact), "a new MATCHING ITEM" (REPLACEMENT with replacement
# MERCHANT_AT_FAULT, convention 13), "only a STORE CREDIT" if a similar item does not suit (store_credit MERCHANT_AT_FAULT
# a fact, refund.method STORE_CREDIT an either), "without anything missing" (ACCESSORIES_INCLUDED an either);
# petwishpros' two windows, "30 days ... from the order date" in its highlights and "within 30 days of delivery" in its
# details (30 days a fact, the start DELIVERY an either from the fuller statement; PURCHASE drafted counts against it),
# its template of the four-week pages (dramadecor, kettlebellkings, rainbrothers: "most new, unopened items" most_items_only
# and UNUSED facts, ORIGINAL_CONDITION an either; processing 3-5 and bank time 2-10 business days facts, typical arrival an
# either; "login to your account" WEBSITE a fact; "within two weeks of giving your package" unplaced), "Shipping charges may
# not be refunded" (NEVER an either, as navgtstore's "might not be refunded"), "we will pay the return shipping costs for a
# replacement item" for incorrect, defective or damaged products (the three reasons, merchant_at_fault and REPLACEMENT
# facts), its sealed-products, damaged-packaging fee, international fees and ill-reaction sentences unplaced;
# salonequipmentusa's defects and fulfilment mistakes "accepted for return" beside manufacturers' policies "on the page of
# the item" with restocking fees (only_at_fault an either, as navgtstore), damage to be noted on delivery or the item may
# be "unable to be replaced, refunded, or returned" (DAMAGED a fact, convention 19; REPLACEMENT and REFUND remedies and
# replacement MERCHANT_AT_FAULT eithers), its made-to-order cancellation fee (a term for one group of goods: cancellation
# an either, convention 24; the fee unplaced); barbersalon's "(No Exchanges)" (exchange NEVER a fact), "a minimum 20%
# restocking fee will apply to all returned merchandise" (restocking 20 an either, as thelabstore's), "within 5 business
# days after the returned product is received and inspected" (processing 0-5 business days and inspection facts), "We will
# pay return shipping costs only if the product is defective or the return is a result of an error" (the customer paying,
# merchant_at_fault and DEFECTIVE facts, convention 2), "Call ... Email" for an RMA (EMAIL a fact, convention 1), "original,
# factory condition (unaltered, unworn, undamaged, odor-free, and in original packaging), with tags, netting, and all
# accessories" (ORIGINAL_CONDITION, NOT_ALTERED, NOT_WORN, ORIGINAL_PACKAGING, TAGS_ATTACHED and ACCESSORIES_INCLUDED facts;
# UNUSED an either, convention 3; "odor-free" no key), "U.S. Continental Customers: 30 calendar days from receipt date"
# (the window a fact; the military customers' 35 days unplaced); tatomus' "brand-new condition" (ORIGINAL_CONDITION a fact,
# UNUSED an either, as splitairconditionerunit), "received within 30 days of the delivery date" in its requirements (the
# window a fact) beside "Send the package ... within 30 days of the original purchase date" (unplaced: a deadline counted
# from another event), "Tattoo machines and thermal printers" one key, "store credit for all returned items ... Refunds are
# not an option" (store_credit ALWAYS and refund.method STORE_CREDIT facts), "damaged or lost during shipping, store
# credit will be provided" (DAMAGED a fact), "Reason for return" among what to email (reason_required a fact), "We will
# respond within 24 business hours" (a reply to the request: response_business_days 1 an either, convention 9), "the
# address provided in the Return Authorization" (address on request a fact, convention 10); popularmassagetables'
# template of thepowergeneratorsforyou (test11), labelled as that page was: photos of damage to an email (photos required
# of the issue, facts, conventions 15 and 21), the manufacturer's claim "by either repairing or replacing" (REPLACEMENT and
# replacement MERCHANT_AT_FAULT facts), "All orders cancelled after 48 hours are subject to a $20.00 administrative fee,
# whether or not your order has shipped" (cancellation an either and until_shipped False an either; the fee unplaced),
# the buyer paying shipping on shipped cancellations (CUSTOMER an either), refunds "only ... to the original credit card"
# (ORIGINAL_PAYMENT a fact); mobilscooters' "returned in its original condition (unless damaged in transit)"
# (ORIGINAL_CONDITION and waive_condition facts), "Custom, special-order, or refurbished items (unless defective)" (two
# keys, fault.overrides_exclusions a fact), "Shipping and delivery fees" and freight charges non-refundable (original
# shipping NEVER a fact; the assembly, setup and service fees unplaced, as barnardsschwinn's labour fees), "Mobility
# scooters must not show signs of wear" (NOT_WORN an either), "notify us within 48 hours of delivery" (the fault window 2
# days from delivery, convention 14), "Photos ... may be required" (photos eithers, convention 15), "contact our support
# team to request a Return Authorization" (EMAIL an either); 305medicalbeds' "For the vast majority of our products, we
# offer a 30 day return policy" (30 days and most_items_only facts, no start), "an exchange or refund of the purchase
# price less the the shipping costs" (exchange ALWAYS a fact; original_shipping NEVER an either, as vacuumpluscanada's "a
# credit minus any shipping fees"), "a restocking fee ranging from 10% to 30%" unplaced (no one figure), replacement parts
# refused "for any reason other than an error on our part" (overrides_exclusions an either: said of one key, naming no
# fault), "Once an order has shipped, it cannot be cancelled" (cancellation and until_shipped facts, convention 24), "No
# Credit will be given for items returned without an RMA number" (asking first a fact, convention 20), "Customer Support
# will then email return instructions" (address on request an either), "brand new condition" (ORIGINAL_CONDITION a fact,
# UNUSED an either), "Please don't assemble or modify a product before returning" (NOT_ALTERED a fact), "arrive damaged or
# with parts missing, please notify us within 10 days" (DAMAGED and INCOMPLETE, the fault window 10 days from delivery,
# facts; "replacements or parts" REPLACEMENT and replacement MERCHANT_AT_FAULT facts), its pointer to the hospital beds'
# own policy unplaced.
# Audit (session 32): all twelve pages re-read with `search` (corpus pages) at their labels' addresses; labels checked against pages and conventions 1..24, rewrites checked for numbers, scope, order, cut-off and seven-word runs. popularmassagetables: "cancellation.window_hours" 48 added as an either ("cancelled after 48 hours are subject to a $20.00 administrative fee" reads as a free 48-hour window, as test21 and pacificfurniture took it). Rewrites: scrubsunlimited's carrier sentence made a recommendation, as the page says it; barbersalon's RMA email given as the page hides it ("[email protected]"), not an invented address; 305medicalbeds' "how to make sure" heading reworded. The other nine pages: nothing to change.
LABELS: dict[str, Label] = {
    "microscopesamerica": Label(
        "https://microscopesamerica.com/refund-return-policy", "test130",
        facts={
            **_w(15, "DELIVERY", "CALENDAR"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "shipping.default.payer": "CUSTOMER",
            "refund.original_shipping": "NEVER",
            "instructions.insured_shipping_recommended": True,
            "instructions.tracked_shipping_recommended": True,
            "fees.restocking_percent": "20",
            "fault.reasons": {"DAMAGED"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={"refund.confirmation_email": True, "returns.request_via": "EMAIL"},
        unplaced=("not liable for items that are lost, stolen, or damaged during return transit",),
        read=READ130,
    ),
    "thelabstore": Label(
        "https://www.thelabstore.co.uk/cancellation-and-returns-policy.html", "test130",
        facts={
            "cancellation.enabled": True,
            **_w(14, "DELIVERY", "CALENDAR"),
            "requirements.condition": {"UNUSED"},
            "exclusions": {"OTHER:spare|OTHER:service part", "OTHER:discontinued", "PERSONALIZED|OTHER:personalized|OTHER:custom",
                           "OTHER:refrigerated|OTHER:temperature", "OTHER:expired|OTHER:expiration",
                           "OTHER:non-catalogue|OTHER:not inventoried|OTHER:inventoried"},
            "returns.request_required_before_shipping": True,
        },
        either={"cancellation.until_shipped": True, "fees.restocking_percent": "30", "requirements.condition": {"ORIGINAL_CONDITION"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:outdated|OTHER:shelf-worn|OTHER:used|OTHER:defaced"}},
        unplaced=("may be rejected or alternatively be subject to cancellation fees", "further additional charges may be levied",
                  "cancelled after 2 weeks", "full invoice value will be charged",
                  "reference the rma number on return shipping documents"),
        read=READ130,
    ),
    "scrubsunlimited": Label(
        "http://www.scrubsunlimited.com/return-policy.aspx", "test130",
        facts={
            **_w(30, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "requirements.reason_required": True,
            "refund.processing": _r(14, 21),
            "instructions.carrier_examples": ("FedEx", "UPS"),
            "fees.restocking_percent": "20",
        },
        either={"refund.typical_arrival": _r(14, 21)},
        unplaced=("except medline and cherokee garments", "cannot held be responsible for these loses",
                  "include a check for $8.50", "will be donated to charity", "sent back to another address"),
        read=READ130,
    ),
    "factorydirectmedical": Label(
        "https://www.factorydirectmedical.com/pages/refund-and-returns-policy", "test130",
        facts={
            **_w(7, "PURCHASE"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "fault.waive_condition": True,
            "exclusions": {"FINAL_SALE|OTHER:grade b", "SOCKS|OTHER:compression", "CLEARANCE|FINAL_SALE|OTHER:discount",
                           "OTHER:sample|OTHER:demo"},
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"WRONG_ITEM", "DEFECTIVE"},
            "refund.original_shipping": "NEVER",
            "returns.request_required_before_shipping": True,
            "instructions.tracked_shipping_recommended": True,
        },
        either={"returns.request_via": "EMAIL", "instructions.address_on_request": True,
                **_w(7, "DELIVERY", prefix="fault.window")},
        unplaced=("a 35% restocking fee will apply",),
        read=READ130,
    ),
    "dentalmedcocanada": Label(
        "https://dentalmedcocanada.ca/policies/refund-policy", "test130",
        facts={
            "returns.only_at_fault": True,
            "fault.reasons": {"DAMAGED"},
            **_w(1, "DELIVERY", prefix="fault.window"),
            "returns.request_via": "EMAIL",
            "instructions.ship_within_days": 7,
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "resolutions.exchange": "MERCHANT_AT_FAULT",
            "resolutions.store_credit": "MERCHANT_AT_FAULT",
        },
        either={"returns.request_required_before_shipping": True, "instructions.address_on_request": True,
                "fault.remedies": {"EXCHANGE"}, "refund.method": "STORE_CREDIT", "requirements.condition": {"ACCESSORIES_INCLUDED"}},
        unplaced=("a similar item will be mailed",),
        read=READ130,
    ),
    "petwishpros": Label(
        "http://petwishpros.com/returns/", "test130",
        facts={
            "returns.window.days": 30,
            "returns.most_items_only": True,
            "requirements.condition": {"UNUSED"},
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"WRONG_ITEM", "DEFECTIVE", "DAMAGED"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "refund.processing": _r(3, 5, "BUSINESS"),
            "refund.additional_delay": _r(2, 10, "BUSINESS"),
            "returns.request_via": "WEBSITE",
        },
        either={"returns.window.starts": "DELIVERY", "requirements.condition": {"ORIGINAL_CONDITION"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:opened|OTHER:used"}, "refund.original_shipping": "NEVER",
                "refund.typical_arrival": _r(2, 10, "BUSINESS")},
        unplaced=("returned with the seal intact", "damaged packaging will be subject to a 20% restocking fee",
                  "international shipping, duties, taxes or brokerage fees", "ill reaction or dislike",
                  "within two weeks of giving your package"),
        read=READ130,
    ),
    "salonequipmentusa": Label(
        "https://www.salonequipmentusa.com/Refunds-Returns_df_54.html", "test130",
        facts={
            "fault.reasons": {"DEFECTIVE", "WRONG_ITEM", "DAMAGED"},
        },
        either={"returns.only_at_fault": True, "fault.remedies": {"REPLACEMENT", "REFUND"},
                "resolutions.replacement": "MERCHANT_AT_FAULT", "cancellation.enabled": True},
        unplaced=("different policies of the different manufacturers", "each manufacturer varies in their policies",
                  "subject to a cancellation/re-stock fee if cancelled after 48 hours",
                  "not doing so may make the item unable to be replaced", "note any damage on the bill of lading"),
        read=READ130,
    ),
    "barbersalon": Label(
        "https://barbersalon.com/company-policy", "test130",
        facts={
            "resolutions.exchange": "NEVER",
            "refund.original_shipping": "NEVER",
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(0, 5, "BUSINESS"),
            "refund.inspection": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "fault.reasons": {"DEFECTIVE"},
            "returns.request_required_before_shipping": True,
            "returns.request_via": "EMAIL",
            "requirements.condition": {"ORIGINAL_CONDITION", "NOT_ALTERED", "NOT_WORN", "ORIGINAL_PACKAGING", "TAGS_ATTACHED",
                                       "ACCESSORIES_INCLUDED"},
            **_w(30, "DELIVERY", "CALENDAR"),
        },
        either={"fees.restocking_percent": "20", "requirements.condition": {"UNUSED"}},
        unplaced=("refuses delivery or a shipment is returned due to a failed delivery", "shipped back at their expense",
                  "left unclaimed after 30 days", "military customers"),
        read=READ130,
    ),
    "tatomus": Label(
        "https://tatomus.com/pages/return-policy", "test130",
        facts={
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"},
            **_w(30, "DELIVERY"),
            "exclusions": {"PERSONALIZED|OTHER:custom", "OTHER:book|OTHER:dvd", "CLEARANCE|FINAL_SALE|OTHER:clearance",
                           "OTHER:machine|OTHER:printer"},
            "fault.reasons": {"DAMAGED"},
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "resolutions.store_credit": "ALWAYS",
            "refund.method": "STORE_CREDIT",
            "returns.request_required_before_shipping": True,
            "instructions.address_on_request": True,
            "instructions.pack_securely": True,
        },
        either={"requirements.condition": {"UNUSED"}, "refund.response_business_days": 1},
        unplaced=("orders paid via cod are non-refundable", "reported to the shipping partner",
                  "within 30 days of the original purchase date", "the buyer will be held responsible"),
        read=READ130,
    ),
    "popularmassagetables": Label(
        "https://popularmassagetables.com/pages/shipping-and-returns", "test130",
        facts={
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "refund.method": "ORIGINAL_PAYMENT",
        },
        either={"cancellation.enabled": True, "cancellation.until_shipped": False, "cancellation.window_hours": 48,
                "shipping.default.payer": "CUSTOMER", "returns.request_via": "EMAIL"},
        unplaced=("make note of it when signing for delivery", "process an insurance claim on your behalf",
                  "$20.00 administrative fee", "custom built or made to order item"),
        read=READ130,
    ),
    "mobilscooters": Label(
        "https://mobilscooters.com/refund-policy-2", "test130",
        facts={
            "returns.request_required_before_shipping": True,
            "requirements.condition": {"ORIGINAL_CONDITION", "UNUSED", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED",
                                       "MANUALS_INCLUDED"},
            "fault.waive_condition": True,
            "refund.inspection": True,
            "refund.original_shipping": "NEVER",
            "exclusions": {"PERSONALIZED|OTHER:custom|OTHER:special-order|OTHER:special order", "OTHER:refurbished",
                           "CLEARANCE|FINAL_SALE|OTHER:clearance"},
            "fault.overrides_exclusions": True,
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            **_w(2, "DELIVERY", prefix="fault.window"),
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={"returns.request_via": "EMAIL", "requirements.condition": {"NOT_WORN"}, "fault.photos_min": 1,
                "fault.photos_of": {"ISSUE"}},
        unplaced=("assembly, setup, or service fees", "orders refused at delivery without authorization",
                  "may be denied a refund or subject to restocking fees", "do not discard the product or packaging"),
        read=READ130,
    ),
    "305medicalbeds": Label(
        "https://305medicalbeds.com/?p=1248", "test130",
        facts={
            "returns.window.days": 30,
            "returns.most_items_only": True,
            "resolutions.exchange": "ALWAYS",
            "exclusions": {"PERSONALIZED|OTHER:special order", "OTHER:replacement part|OTHER:part"},
            "cancellation.enabled": True,
            "cancellation.until_shipped": True,
            "returns.request_required_before_shipping": True,
            "shipping.default.payer": "CUSTOMER",
            "requirements.condition": {"ORIGINAL_PACKAGING", "ORIGINAL_CONDITION", "NOT_ALTERED"},
            "fault.reasons": {"DAMAGED", "INCOMPLETE"},
            **_w(10, "DELIVERY", prefix="fault.window"),
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
        },
        either={"refund.original_shipping": "NEVER", "returns.request_via": "EMAIL", "instructions.address_on_request": True,
                "requirements.condition": {"UNUSED"}, "fault.overrides_exclusions": True},
        unplaced=("restocking fee ranging from 10% to 30%", "individual product warranty/returns tab",
                  "the return policy for hospital beds", "you may refuse the order upon delivery",
                  "the item will be returned to the customer at their expense"),
        read=READ130,
    ),
}
