"""The test75 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test75.py for the pages rewritten in our own words). Measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ75 = "2026-12-06 (session 17, set test75)"

# --- a seventy-fifth test set, 2026-12-06 session 17: twelve new pages of kinds of office, print and packaging shops (office
# furniture, printer ink, custom printing, business cards, computer keyboards, monitors, label printers, packaging supplies,
# shipping boxes, rubber stamps and seals, signage, and the spare kind desk accessories in place of phone cases), the first
# result per query ("<kind> shop return policy refund exchange", read with the `search` tool, corpus `pages`) that is a shop
# of that kind's own return or refund policy in English (not a template with blanks, not an article, blog, marketplace,
# platform help or product page, at least 800 characters of policy), whose domain is not in /work/coord/used_domains.txt
# nor claimed in /work/coord/claimed.txt by a set built at the same time.
# Skipped on the way (27 results): office furniture: none skipped (gloriash.shop); printer ink's inksmile.com (used),
# printerhelphub.site (a printer-help site's "sample" refund page with template blanks: "{email address}", "{physical
# address}") and sundatasupply.com (used), so printdigink.com; custom printing's niessimpressions.com (751 characters of
# policy: under 800) and cartonbar.com (a product page, a custom box's, carrying the policy), so fyeahprinting.com (a
# print-on-demand printer's page, written for the sellers it prints for); business cards: none skipped
# (xomtyraxthik.world); phone cases' myphonecase.store (a template with blanks: "[Please state your policy on return
# shipping costs ...]", "[Enter number of days, e.g., 5-7]"), phone-casestores.com, caseforphoneshop.com twice and
# myphonecase.com (used), glowfate.com (a template blank: "Ship the item to: {physical address}"), daisyscases.com (754
# characters: under 800) and andrescases.mt (used); a second query ("phone case store returns policy refund") gave
# phone-casestores.com, caseforphoneshop.com twice, myphonecase.store, myphonecase.com, andrescases.mt, cellphonecases.com
# (used) and glowfate.com again, so the spare kind desk accessories, whose first result deskr.co was taken; computer
# keyboards' support.dygma.com (used; a help-centre article too) and keytecha.shop (used), so accenttable.online (a shop of
# keyboards and mice, whatever its name says); monitors' monstermonitors.com twice (product pages carrying the policy), so
# intehill.com (rank 3; the same page came again at rank 5 in another layout, the first taken); label printers: none
# skipped (kupisprinters.com); packaging supplies: none skipped (packagingcompany.co's /return-policy, rank 1, whose stored
# opening has lost its bulleted lists; the same shop's /returnpolicy, rank 2, is that page with its lists, and its
# /returns-policy, rank 6, another wording for custom boxes; the first taken); shipping boxes' shopbox.store (Shopbox LLC,
# whose policy speaks of tags, washing and personal care: a general shop, not a box shop) and elfarrowphotography.com (an
# article), so vikingselfstoragenorwich.co.uk (a self-storage firm's Box Shop, selling packing boxes); rubber stamps and
# seals: none skipped (rubberstamps.com); signage: none skipped (mplsignage.com.au).
# Gathered and labelled by someone who had not read the drafter, its rules, its tests or its drafts, under the label
# conventions 1 .. 22 (labels.py), and committed before the drafter read any of them; measure once. The corpus stores the
# opening of each page, so a text is that opening (some stop mid-sentence or mid-word: gloriash, printdigink, xomtyraxthik,
# accenttable, kupisprinters, packagingcompany, deskr). No page taken here came twice, except intehill's (the same text in
# another layout).
# Unsure: gloriash lists "unused, unassembled, original packaging intact" as its eligible state, with per-product details
# (a footstool's tags, a hallstand's parts: read as examples, the parts an either, the unassembled unplaced as test49's
# "unassembled"), refuses furniture assembled, used or modified (convention 4: UNUSED and NOT_ALTERED facts) and offers
# "full refunds plus free return shipping" for products failing safety standards (a kind of defect: full refund and the
# shop paying postage either); printdigink asks for "any photos (if the product was defective or damaged)" (required or
# only asked: both either), and its "We only replace items if they are defective, damaged, or incorrect. If you need to
# exchange an item ..." is the replacement as a fact, the exchange for faults an either (as test49's themirrormirrorshop);
# its refusal of opened or used ink, toner and paper is bound to a state its general "unused, unopened" rule already holds
# (either exclusions); fyeahprinting takes back only faulty, misprinted or damaged goods and says size exchanges and
# "general returns/exchanges" are "not the responsibility of printer" (exchange NEVER a fact; returns.only_at_fault
# an either), its "incorrect image if it is our fault" is WRONG_ITEM as an either, and its cancellations "without
# written request" name no channel (unplaced, no request channel); xomtyraxthik's "incorrect specifications" is WRONG_ITEM
# (NOT_AS_DESCRIBED an either), its "Please retain your original packaging and receipt" is proof of purchase as an either,
# and its faults are taken "regardless of the timeframe" (unplaced: no setting holds a fault window without end);
# accenttable's photos "are helpful" (convention 15's "if possible": photos_requested), its 3-7 business days "to appear in
# your account after processing, depending on your bank" is typical_arrival (additional_delay an either), its exchange for
# a defective product is resolutions.exchange MERCHANT_AT_FAULT with EXCHANGE among the remedies (convention 22; REFUND an
# either), and its heading "Exchanges & Store Credit" makes store credit an either; intehill deducts 20% from opened or
# used returns and the value of missing accessories (fees that depend on the item's state: unplaced), covers quality
# issues under a one-year warranty (unplaced) and asks shipping damage to be reported within 7 days (the fault window an
# either, defects having the warranty instead) with "evidence (such as photos or videos)" (photos either);
# kupisprinters gives printers and label rolls the same 30 days but its own conditions to each (the conditions both share
# or that its return steps ask of every item are facts, the rolls' "unused" and the printers' documentation either, the
# rolls' rules unplaced) and lets the customer choose "Return or Replace Items" in its account (replacement ALWAYS an
# either); packagingcompany's lists (what a return must meet, how to start it, what can't come back) are missing from its
# stored opening, so only the prose is labelled: "please include images" with the fault email is photos required
# (convention 15, photos_requested an either), the five days' notice has no start (DELIVERY an either), its "may impose a
# restocking fee on some returns ... typically 15%" is an either, and its "send back ... and place a new order" is the
# reorder hint (exchange NEVER an either); vikingselfstoragenorwich's "saleable condition" is ORIGINAL_CONDITION as an
# either (as test70's kidsartsupplies), its 28 days to send the goods back from purchase are unplaced beside the 14 days to
# notify, and it emails only to say a refund will not be processed (confirmation email an either); rubberstamps' one-year
# warranty is unplaced, its "25% restocking fee may apply" an either, and its custom products refused only "if the customer
# simply doesn't like the product" (the fault override an either); mplsignage is the template of test70's page of the same
# words (processing and bank time facts, the typical arrival an either, the four weeks unplaced), its exchange for an
# "accidentally purchased" wrong item is open to every customer (ALWAYS a fact) and the exchange's delivery costs are the
# customer's (the default payer an either, since returns say nothing of it); deskr's "for defective items (with
# limitations) ... we can assess a possible replacement or refund" is both remedies as facts, "MY PRODUCT ARRIVED
# DAMAGED" is a heading over an answer about defective products (DAMAGED an either), and its cut "If you plan on returning
# or exchanging a product you must" offers exchanges (convention 12: ALWAYS a fact).
# Audit (session 17, by an engineer who had not read the drafter; every page found in the corpus and read against its
# label and rewrite): printdigink refuses opened or used ink cartridges and toner and opened paper, goods refused in a
# state, so both `either` exclusion keys take WORN_OR_DAMAGED too (convention 4, as essentialoilshop, sagemountainmaple,
# organicchocostore, laroy and 1powerprotein took such goods); fyeahprinting's size and general exchanges are "not the
# responsibility of printer" and "sellers must resubmit and pay for this type of order", an order placed again in place
# of an exchange, so resolutions.reorder_hint joins `either` (no return goes with it, unlike packagingcompany's fact);
# intehill's non-quality returns go "to the designated return address", one the shop names and the page does not print,
# so instructions.address_on_request joins `either` (convention 10; weaker than the "address we give you" that the
# earlier labels take as a fact). In the rewrite, fourteen sentences that kept the page's wording too closely were said
# again in other words, with the same facts and cues (printdigink 3, xomtyraxthik 2, accenttable 3, intehill 1,
# kupisprinters 2, packagingcompany 1, rubberstamps 1, mplsignage 1). Nothing else changed.
LABELS: dict[str, Label] = {
    "gloriash": Label(
        "https://gloriash.shop/pages/return-exchange-policy", "test75",
        facts={
            **_w(30, "DELIVERY"),
            "resolutions.exchange": "ALWAYS",
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "NOT_ALTERED"},
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"},
            "exclusions": {"PERSONALIZED|OTHER:custom|OTHER:personalized"},
            "fault.overrides_exclusions": True,
        },
        either={"exclusions": {"WORN_OR_DAMAGED|OTHER:used|OTHER:assembled|OTHER:modified",
                               "WORN_OR_DAMAGED|OTHER:misuse|OTHER:damaged"},
                "requirements.condition": {"ACCESSORIES_INCLUDED"},
                "fault.full_refund": True, "shipping.merchant_at_fault": {"payer": "MERCHANT"}},
        unplaced=("unassembled",),
        read=READ75,
    ),
    "printdigink": Label(
        "https://printdigink.com/?p=1220", "test75",
        facts={
            **_w(14, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING"},
            "requirements.proof_of_purchase": True,
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "instructions.address_on_request": True,
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.processing": _r(5, 7, "BUSINESS"),
            "refund.original_shipping": "MERCHANT_AT_FAULT",
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "exclusions": {"OTHER:software|OTHER:digital", "CLEARANCE|FINAL_SALE|OTHER:clearance",
                           "PERSONALIZED|OTHER:custom"},
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "instructions.tracked_shipping_recommended": True,
        },
        either={"returns.request_required_before_shipping": True, "refund.confirmation_email": True,
                "fault.photos_min": 1, "fault.photos_requested": True, "fault.photos_of": {"ISSUE"},
                "resolutions.exchange": "MERCHANT_AT_FAULT", "fault.remedies": {"EXCHANGE"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:ink|OTHER:toner|OTHER:cartridge|OTHER:opened",
                               "WORN_OR_DAMAGED|OTHER:paper|OTHER:opened"},
                "instructions.insured_shipping_recommended": True},
        unplaced=(),
        read=READ75,
    ),
    "fyeahprinting": Label(
        "https://www.fyeahprinting.com/pages/return-policy", "test75",
        facts={
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            **_w(5, "DELIVERY", prefix="fault.window"),
            "resolutions.exchange": "NEVER",
        },
        either={"returns.only_at_fault": True, "fault.reasons": {"WRONG_ITEM"}, "fault.remedies": {"REFUND"},
                "cancellation.enabled": True, "resolutions.reorder_hint": True},
        unplaced=("direct from the manufacturer", "not knowing how to properly use", "$5 reshipment fee",
                  "lost in transit", "can not be edited or canceled without written request", "may still result in fees",
                  "can not be stored or saved"),
        read=READ75,
    ),
    "xomtyraxthik": Label(
        "https://xomtyraxthik.world/return-policy.html", "test75",
        facts={
            **_w(14, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "UNUSED", "NOT_ALTERED"},
            "exclusions": {"PERSONALIZED|OTHER:personalized|OTHER:custom"},
            "fault.overrides_exclusions": True,
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"},
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "shipping.default.payer": "CUSTOMER",
            "instructions.tracked_shipping_recommended": True,
            "refund.original_shipping": "MERCHANT_AT_FAULT",
        },
        either={"returns.request_via": "EMAIL", "requirements.proof_of_purchase": True,
                "returns.request_required_before_shipping": True,
                "exclusions": {"WORN_OR_DAMAGED|OTHER:used|OTHER:damaged"},
                "fault.reasons": {"NOT_AS_DESCRIBED"}},
        unplaced=("regardless of the timeframe",),
        read=READ75,
    ),
    "accenttable": Label(
        "https://accenttable.online/refund_returns", "test75",
        facts={
            "returns.most_items_only": True,
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "MANUALS_INCLUDED",
                                       "ACCESSORIES_INCLUDED"},
            **_w(30, "DELIVERY"),
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"},
            "exclusions": {"OTHER:software", "OTHER:digital|OTHER:download", "FINAL_SALE|OTHER:final sale"},
            "requirements.reason_required": True,
            "fault.photos_requested": True,
            "fault.photos_of": {"ISSUE"},
            "instructions.pack_securely": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.typical_arrival": _r(3, 7, "BUSINESS"),
            "refund.original_shipping": "MERCHANT_AT_FAULT",
            "resolutions.exchange": "MERCHANT_AT_FAULT",
            "fault.remedies": {"EXCHANGE"},
        },
        either={"returns.request_via": "EMAIL", "returns.request_required_before_shipping": True,
                "refund.additional_delay": _r(3, 7, "BUSINESS"), "fault.remedies": {"REFUND"},
                "resolutions.reorder_hint": True, "resolutions.store_credit": "ALWAYS"},
        unplaced=("may not be eligible for a full refund", "rma number inside the package"),
        read=READ75,
    ),
    "intehill": Label(
        "https://intehill.com/pages/refund-and-warranty", "test75",
        facts={
            **_w(30, "DELIVERY"),
            "shipping.default.payer": "CUSTOMER",
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
        },
        either={"fault.full_refund": True, "fault.photos_min": 1, "fault.photos_of": {"ISSUE"},
                **_w(7, "DELIVERY", prefix="fault.window"), "instructions.address_on_request": True},
        unplaced=("brand new and unopened", "20% of the order value will be deducted",
                  "corresponding value of the missing items", "one-year warranty", "partial refund based on the extent"),
        read=READ75,
    ),
    "kupisprinters": Label(
        "https://kupisprinters.com/policies/refund-policy", "test75",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"},
            "refund.inspection": True,
            "returns.request_via": "WEBSITE",
            "requirements.reason_required": True,
            "instructions.pack_securely": True,
            "instructions.address_on_request": True,
        },
        either={"requirements.condition": {"UNUSED", "MANUALS_INCLUDED"},
                "returns.request_required_before_shipping": True, "resolutions.replacement": "ALWAYS",
                "instructions.tracked_shipping_recommended": True},
        unplaced=("only if they are unused", "show no signs of tampering or use", "will not be eligible for a full refund",
                  "deduct a restocking fee", "includes the return authorization number"),
        read=READ75,
    ),
    "packagingcompany": Label(
        "https://www.packagingcompany.co/return-policy", "test75",
        facts={
            "refund.inspection": True,
            "refund.processing": _r(5, 7, "BUSINESS"),
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.original_shipping": "MERCHANT_AT_FAULT",
            "resolutions.reorder_hint": True,
            "fault.window.days": 5,
            "fault.reasons": {"DEFECTIVE", "DAMAGED", "WRONG_ITEM"},
            "fault.photos_min": 1,
            "fault.photos_of": {"ISSUE"},
            "fees.waived_when_merchant_at_fault": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "instructions.tracked_shipping_recommended": True,
        },
        either={"fault.window.starts": "DELIVERY", "returns.request_via": "EMAIL", "fees.restocking_percent": "15",
                "returns.most_items_only": True, "resolutions.exchange": "NEVER", "fault.photos_requested": True},
        unplaced=("only accepts returns from customers",),
        read=READ75,
    ),
    "vikingboxshop": Label(
        "https://vikingselfstoragenorwich.co.uk/box-shop/RefundPolicy.aspx", "test75",
        facts={
            **_w(14, "PURCHASE"),
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "shipping.default.payer": "CUSTOMER",
            "refund.processing": _r(0, 14),
            "refund.original_shipping": "NEVER",
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.inspection": True,
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION"}, "refund.confirmation_email": True,
                "exclusions": {"WORN_OR_DAMAGED|OTHER:sold|OTHER:saleable"}, "cancellation.enabled": True},
        unplaced=("within 28 days of the date of purchase", "according to the number and value", "bank transfer",
                  "may wish to keep the goods"),
        read=READ75,
    ),
    "rubberstamps": Label(
        "https://www.rubberstamps.com/pages/returns-warrant", "test75",
        facts={
            "cancellation.enabled": True,
            "fault.reasons": {"DEFECTIVE"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "exclusions": {"PERSONALIZED|OTHER:custom"},
            "returns.request_required_before_shipping": True,
            "cancellation.window_hours": 1,
        },
        either={"fees.restocking_percent": "25", "fault.overrides_exclusions": True,
                "shipping.merchant_at_fault": {"payer": "MERCHANT"}, "cancellation.request_via": "EMAIL"},
        unplaced=("one year from the date of purchase", "re-inking our stamps",
                  "mistake a customer makes when entering an order"),
        read=READ75,
    ),
    "mplsignage": Label(
        "https://mplsignage.com.au/shipping-returns", "test75",
        facts={
            "returns.most_items_only": True,
            "requirements.condition": {"UNUSED"},
            "refund.original_shipping": "NEVER",
            "refund.processing": _r(3, 5, "BUSINESS"),
            "refund.additional_delay": _r(5, 10, "BUSINESS"),
            "resolutions.exchange": "ALWAYS",
        },
        either={"refund.typical_arrival": _r(5, 10, "BUSINESS"), "returns.request_via": "EMAIL",
                "returns.request_required_before_shipping": True,
                "exclusions": {"WORN_OR_DAMAGED|OTHER:opened|OTHER:used"}, "shipping.default.payer": "CUSTOMER"},
        unplaced=("within four weeks of giving your package", "refunded any difference"),
        read=READ75,
    ),
    "deskr": Label(
        "https://deskr.co/pages/return-policy", "test75",
        facts={
            **_w(14, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"},
            "exclusions": {"FINAL_SALE|OTHER:final sale", "PERSONALIZED|OTHER:custom"},
            "refund.original_shipping": "NEVER",
            "fees.restocking_percent": "5",
            "shipping.default.payer": "CUSTOMER",
            "refund.inspection": True,
            "fault.reasons": {"DEFECTIVE"},
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "resolutions.exchange": "ALWAYS",
            "cancellation.enabled": True,
            "cancellation.until_shipped": True,
            "cancellation.request_via": "EMAIL",
        },
        either={"returns.request_via": "EMAIL", "fault.reasons": {"DAMAGED"},
                "exclusions": {"WORN_OR_DAMAGED|OTHER:damaged"}},
        unplaced=("processing fee of 3% of the order value",),
        read=READ75,
    ),
}
