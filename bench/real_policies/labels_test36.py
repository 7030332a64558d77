"""The test36 set of real shops' policies: labelled by an engineer who had not read the drafter, and
committed before the drafter read any of its texts (the texts themselves are not stored; see labels.py
for what a label says, and rewritten_test36.py for the pages rewritten in our own words). Measure once."""

from __future__ import annotations

from bench.real_policies.labels import Label, _r, _w  # noqa: F401  (labels.py merges this set into LABELS)

READ36 = "2026-12-05 (session 12, set test36)"

# --- a thirty-sixth test set, 2026-12-05 session 12: twelve new pages of kinds of music shops (guitar, piano and
# keyboard, drum, violin and string instruments, vinyl record, DJ equipment, headphones, microphone, guitar effects
# pedals, ukulele, harmonica and wind instruments, and the spare kind audio cables in place of sheet music), the
# first result per query ("<kind> shop return policy refund exchange", read with the `search` tool, corpus `pages`;
# one query per kind, a second one for sheet music: "sheet music store returns refunds policy") that is a shop of
# that kind's own return or refund policy in English (not a template with blanks, not an article, blog,
# marketplace or product page, at least 800 characters of policy), whose domain is not in
# /work/coord/used_domains.txt nor taken by a set built at the same time.
# Skipped on the way: guitar's baltimoremusiccompany.com, hanksguitarshop.com, indianamusicgarage.com and
# guitarshopstores.com (domains already used) and returnszilla.com (an article); piano's themandolinstore.com (a
# mandolin shop, not a piano one); violin: none; drum: none; sheet music, in both queries:
# sheetmusicauthority.com (domain already used), sheetmusiccafe.com (its return rules are under 800 characters,
# the rest is shipping rates), sagemusic.co and bigapplemusic.com (general music stores and schools, not sheet
# music shops), usimusicstore.com (a template with blanks, "[5-10]", "[Insert support email]"),
# themandolinstore.com, myscoresupport.jwpepper.com (a composers' FAQ, not a return policy), kroberson.com (a
# composer's terms, the opening is delivery terms and under 800 characters of return rules) and
# sheetmusicinternational.com (a membership service), so the spare kind audio cables was used, where
# gr-research.com (a loudspeaker-kit maker whose cables are built to order, under 800 characters) was skipped
# before audio-direct.com; the spare music stand shop found none (servertrust.com and themusicstand.com are
# shipping FAQs, nashvilleusedmusic.com and nextwaveshoppingnetwork.com general music stores, themusicstand.ca a
# product page, trombonespinesaver.com a maker of one trombone stand); vinyl's recordstore.au and
# afkbooksandrecords.com (domains already used); DJ's djshopstores.com and djbandsupply.com (domains already used)
# and thedjshop.co.uk (its opening is ordering terms, its return rules not shown) before store.djtechtools.com
# (a return policy stored under a sale page's address); headphones' usapdp.com (a template: "[X] days",
# "[email/contact details]") and voxampshop.com (domain already used); microphone: none; effects pedals'
# guitareffectspedals.com (domain already used); ukulele: none; harmonica and wind instruments' themusicstand.ca
# (a product page), builderofstuff.com and harmonicaland.com (terms whose openings show no return rules),
# bigapplemusic.com (a general music store) and theinstrumentstore.com (domain already used). Gathered and
# labelled by someone who had not read the drafter, its rules, its tests or its drafts, under the session-9 label
# conventions (labels.py), and committed before the drafter read any of them; measure once. The corpus stores the
# opening of each page, so a text is that opening (some stop mid-sentence: carlinoguitars, usedpiano,
# djtechtools, headphonesshop, microphonestore, stevesmusiccenter, harmonicafactory, audiodirect).
LABELS: dict[str, Label] = {
    "carlinoguitars": Label(
        "https://carlinoguitars.com/policies", "test36",
        facts={
            **_w(7, "PURCHASE"),
            "refund.method": "STORE_CREDIT",
            "resolutions.store_credit": "ALWAYS",
            "exclusions": {"PERSONALIZED|OTHER:custom|OTHER:engrav"},
        },
        either={"resolutions.exchange": "ALWAYS"},
        unplaced=("shipping damages must be reported", "refunded in merchandise for same value",
                  "8 hours in advance of the lesson", "dealt with manufacture warranty"),
        read=READ36,
    ),
    "usedpiano": Label(
        "https://www.usedpiano.ae/content/2-returns-exchange-and-refund", "test36",
        facts={
            "sales_channels.allowed": ["web"],
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
            **_w(7, "DELIVERY", prefix="fault.window"),
            "refund.inspection": True,
        },
        either={"returns.request_via": "WEBSITE", "requirements.proof_of_purchase": True,
                "requirements.condition": {"ORIGINAL_CONDITION"}, "resolutions.exchange": "ALWAYS"},
        unplaced=("liable to pay any repair costs",),
        read=READ36,
    ),
    "reveriedrums": Label(
        "https://reveriedrums.com/shipping-returns", "test36",
        facts={
            "exclusions": {"PERSONALIZED|OTHER:custom|OTHER:drum"},
            "returns.request_required_before_shipping": True,
            "requirements.condition": {"ORIGINAL_CONDITION"},
            "instructions.pack_securely": True,
            "instructions.insured_shipping_recommended": True,
            "refund.inspection": True,
            "refund.original_shipping": "NEVER",
            "fees.restocking_percent": "20",
            "shipping.default.payer": "CUSTOMER",
            **_w(30, "SHIPMENT"),
        },
        either={"returns.request_via": "EMAIL", "requirements.condition": {"UNUSED"}},
        unplaced=("credit card fees will be subtracted", "damage fees beyond the 20% restock fee",
                  "contacted within 2 weeks"),
        read=READ36,
    ),
    "mapleandstrings": Label(
        "https://www.mapleandstrings.com/store-policy", "test36",
        facts={
            "resolutions.exchange": "ALWAYS",
            "shipping.default.payer": "CUSTOMER",
            "fault.reasons": {"DAMAGED"},
            **_w(14, "DELIVERY", prefix="fault.window"),
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION"},
        },
        either={"returns.enabled": False, "refund.inspection": True, "sales_channels.allowed": ["web"]},
        unplaced=("does not offer refunds", "charging you the shipping fee"),
        read=READ36,
    ),
    "vinylcom": Label(
        "https://vinyl.com/pages/refund-policy", "test36",
        facts={
            "fault.reasons": {"DAMAGED", "DEFECTIVE", "WRONG_ITEM", "NOT_AS_DESCRIBED"},
            **_w(30, "DELIVERY", prefix="fault.window"),
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "refund.inspection": True,
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
        },
        either={"returns.enabled": False, "cancellation.enabled": False, "instructions.address_on_request": True,
                "returns.request_required_before_shipping": True, "instructions.pack_securely": True},
        unplaced=("within 14 days, for any reason", "unworn or unused, with tags", "don't have a cooling-off period"),
        read=READ36,
    ),
    "djtechtools": Label(
        "https://store.djtechtools.com/pages/black-friday-cyber-monday-sale-2020", "test36",
        facts={
            "returns.request_via": "WEBSITE",
            "returns.request_required_before_shipping": True,
            "fault.reasons": {"DAMAGED", "DEFECTIVE"},
            **_w(15, "DELIVERY", prefix="fault.window"),
            "refund.inspection": True,
            "fault.remedies": {"REPLACEMENT", "REFUND"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "instructions.tracked_shipping_recommended": True,
        },
        either={},
        unplaced=("will not pay for the item to be shipped back", "only after we receive the returned item",
                  "damaged by improper use", "$50.00 restocking fee", "reimburse you up to $75"),
        read=READ36,
    ),
    "headphonesshop": Label(
        "https://headphonesshop.click/?p=14", "test36",
        facts={
            "requirements.condition": {"UNUSED", "ORIGINAL_PACKAGING", "TAGS_ATTACHED", "ACCESSORIES_INCLUDED",
                                       "MANUALS_INCLUDED"},
            **_w(30, "DELIVERY"),
            "exclusions": {"PERSONALIZED|OTHER:custom", "CLEARANCE|FINAL_SALE|OTHER:sale"},
            "fault.overrides_exclusions": True,
            "fault.reasons": {"DEFECTIVE"},
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "instructions.pack_securely": True,
            "shipping.default.payer": "CUSTOMER",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "refund.inspection": True,
            "refund.method": "ORIGINAL_PAYMENT",
            "refund.typical_arrival": _r(5, 7, "BUSINESS"),
            "refund.original_shipping": "MERCHANT_AT_FAULT",
        },
        either={"returns.request_required_before_shipping": True, "instructions.address_on_request": True,
                "refund.confirmation_email": True, "resolutions.reorder_hint": True, "resolutions.exchange": "ALWAYS"},
        unplaced=(),
        read=READ36,
    ),
    "microphonestore": Label(
        "https://microphone-store.com/pages/return-refund", "test36",
        facts={
            **_w(30, "DELIVERY"),
            "requirements.condition": {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED",
                                       "MANUALS_INCLUDED"},
            "returns.request_via": "EMAIL",
            "requirements.reason_required": True,
            "returns.request_required_before_shipping": True,
            "instructions.address_on_request": True,
        },
        either={"instructions.pack_securely": True},
        unplaced=("issue only a partial refund",),
        read=READ36,
    ),
    "stevesmusiccenter": Label(
        "https://www.stevesmusiccenter.net/pages/steves-return-policy", "test36",
        facts={
            "exclusions": {"OTHER:harmonica", "OTHER:factory seal|OTHER:seal|OTHER:pickup", "OTHER:tape"},
            "resolutions.store_credit": "ALWAYS",
            "resolutions.exchange": "ALWAYS",
        },
        either={"returns.request_via": "EMAIL", "instructions.pack_securely": True,
                "instructions.insured_shipping_recommended": True, "refund.inspection": True,
                "requirements.condition": {"ORIGINAL_PACKAGING", "ORIGINAL_CONDITION"}},
        unplaced=("additional restocking fee", "notify me within 48 hours", "within 2 business days of notification",
                  "less my cost of shipping", "reduced by 10%", "not place special orders or advance orders"),
        read=READ36,
    ),
    "ukuleleworld": Label(
        "http://www.ukuleleworld.com/Returns-Refunds.html", "test36",
        facts={
            "shipping.default.payer": "CUSTOMER",
            "returns.request_via": "EMAIL",
            "returns.request_required_before_shipping": True,
            **_w(30, "PURCHASE"),
            "fees.restocking_percent": "15",
            "refund.original_shipping": "NEVER",
            "exclusions": {"OTHER:book|OTHER:music|OTHER:dvd|OTHER:cd"},
        },
        either={"fault.overrides_exclusions": True},
        unplaced=("larger than the purchase price",),
        read=READ36,
    ),
    "harmonicafactory": Label(
        "https://www.harmonicafactory.nl/en/pages/retourbeleid", "test36",
        facts={
            **_w(14, "DELIVERY"),
            "requirements.reason_required": False,
            "returns.request_via": "WEBSITE",
            "instructions.ship_within_days": 14,
            "shipping.default.payer": "CUSTOMER",
            "requirements.condition": {"ACCESSORIES_INCLUDED"},
            "instructions.pack_securely": True,
            "refund.inspection": True,
            "refund.processing": _r(0, 14),
        },
        either={"requirements.condition": {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"},
                "instructions.address_on_request": True, "refund.original_shipping": "NEVER"},
        unplaced=("with the seal(s) fully intact", "reduction in value"),
        read=READ36,
    ),
    "audiodirect": Label(
        "http://audio-direct.com/topic/returns", "test36",
        facts={
            "fault.reasons": {"DEFECTIVE", "DAMAGED"},
            "fault.remedies": {"REPLACEMENT"},
            "resolutions.replacement": "MERCHANT_AT_FAULT",
            "shipping.merchant_at_fault": {"payer": "MERCHANT"},
            "requirements.condition": {"ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED"},
            "requirements.proof_of_purchase": True,
            "instructions.pack_securely": True,
            "instructions.carrier_examples": ("UPS", "FedEx"),
            "instructions.insured_shipping_recommended": True,
            "exclusions": {"PERSONALIZED|OTHER:special order|OTHER:custom"},
            "refund.inspection": True,
        },
        either={**_w(14, "DELIVERY", prefix="fault.window"), "fault.overrides_exclusions": True,
                "exclusions": {"OTHER:blank media|OTHER:batter"}},
        unplaced=("charge your account for the new shipment", "under the terms of the manufacturer's warranty",
                  "within 48 hours of delivery", "non-defective product"),
        read=READ36,
    ),
}
