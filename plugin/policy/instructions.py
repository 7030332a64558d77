"""The customer-facing words of a return: who pays the postage, and what to do, step by step.

Built from the compiled policy and memoised on it per (terms, method, currency), because the same
handful of combinations recur for every request.
"""

from __future__ import annotations

from decimal import Decimal

from plugin.policy.compiled import ADDRESS_GIVEN_HERE, ADDRESS_ON_REQUEST, Compiled, Terms
from plugin.policy.decision import ReturnAddress
from plugin.policy.types import expand_countries
from plugin.policy.wording import join_words, money_text


def shipping_summary(
    terms: Terms, method: str, label_available: bool, fee: Decimal | None, credit: Decimal | None,
    currency: str,
) -> str:
    if terms.payer == "MERCHANT":
        if method == "PREPAID_LABEL" and label_available:
            return "Return shipping is free: use the prepaid label we send you."
        if terms.reimbursed == "ON_RECEIPT":
            return "Ship the parcel yourself; we reimburse the return postage once it arrives."
        if terms.reimbursed == "AFTER_INSPECTION":
            return "Ship the parcel yourself; we reimburse the return postage after inspection."
        if label_available:
            return (
                "Return shipping is free with our prepaid label; if you ship the parcel yourself, "
                "you pay the postage."
            )
        return "Ship the parcel yourself and pay the postage."
    parts = ["You pay the return shipping"]
    if method == "PREPAID_LABEL" and label_available and fee is not None:
        parts.append(f"; {money_text(fee, currency)} for our prepaid label is deducted from your refund")
    if credit is not None:
        parts.append(f"; we pay you {money_text(credit, currency)} towards it with your refund")
    if terms.reimbursed == "AFTER_INSPECTION":
        parts.append("; it is reimbursed if the inspection confirms the fault")
    elif terms.reimbursed == "ON_RECEIPT":
        parts.append("; it is reimbursed once the parcel arrives")
    return "".join(parts) + "."


def return_address(c: Compiled, country: str | None) -> ReturnAddress | None:
    """The policy's return address for a shipping country: the one listing it, else the
    rest-of-world one, else none (lint reports that gap)."""
    key = ("address", country)
    if key in c.texts:
        return c.texts[key]  # type: ignore[return-value]
    rest = found = None
    for address in c.policy.shipping.return_addresses:
        if address.rest_of_world:
            rest = address
        elif country and country in expand_countries(address.countries):
            found = address
            break
    chosen = found or rest
    result = None if chosen is None else ReturnAddress(
        chosen.recipient, chosen.address1, chosen.address2, chosen.city, chosen.province, chosen.zip,
        chosen.country, chosen.phone, chosen.lines(),
    )
    c.texts[key] = result
    return result


def recommendations(c: Compiled, has_address: bool) -> tuple[str, ...]:
    """The shipping advice, with the parcel-address warning worded for whether an address is given."""
    if has_address:
        return c.recommendations
    return tuple(ADDRESS_ON_REQUEST if r == ADDRESS_GIVEN_HERE else r for r in c.recommendations)


def with_address(c: Compiled, instructions: dict, address: ReturnAddress | None, customer_pays_postage: bool) -> dict:
    """Stored instructions (as decision data) rewritten for `address`: a return decided before the
    policy had an address gets it, and its steps and advice stop telling the customer to ask for it."""
    method = instructions.get("method", "CUSTOMER_SHIPPED")
    label = method == "PREPAID_LABEL" and any("prepaid return label" in s for s in instructions.get("steps", ()))
    return {
        **instructions,
        "steps": list(steps(c, method, label, customer_pays_postage, address is not None)),
        "recommendations": list(recommendations(c, address is not None)),
        "return_address": None if address is None else {
            "recipient": address.recipient, "address1": address.address1, "address2": address.address2, "city": address.city,
            "province": address.province, "zip": address.zip, "country": address.country, "phone": address.phone,
            "lines": list(address.lines),
        },
    }


def steps(
    c: Compiled, method: str, label_available: bool, customer_pays_postage: bool, has_address: bool = True,
) -> tuple[str, ...]:
    key = ("steps", method, label_available, customer_pays_postage, has_address)
    found = c.texts.get(key)
    if found is not None:
        return found  # type: ignore[return-value]
    out = []
    if method == "PREPAID_LABEL" and label_available:
        out.append("Print the prepaid return label we email you.")
    # Said once: when the original packaging is already a thing to include, packing does not repeat it.
    if c.policy.instructions.pack_securely and not any("original packaging" in item for item in c.include):
        out.append("Pack the item securely, using the original packaging.")
    else:
        out.append("Pack the item securely.")
    if c.include:
        out.append("Include " + join_words(c.include) + ".")
    if method == "PREPAID_LABEL" and label_available:
        out.append("Attach the label and hand the parcel to the carrier.")
    elif has_address:
        out.append("Send the parcel to the return address given with these instructions.")
    else:
        # Only a policy that gives its address on request lets such a return be approved.
        out.append("Email us for the return address, then send the parcel there.")
        if customer_pays_postage:
            out.append("Pay the return postage when you ship.")
    result = tuple(out)
    c.texts[key] = result
    return result

