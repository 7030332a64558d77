"""The customer-facing words of a return: who pays the postage, and what to do, step by step.

Built from the compiled policy and memoised on it per (terms, method, currency), because the same
handful of combinations recur for every request.
"""

from __future__ import annotations

from decimal import Decimal

from plugin.policy.compiled import Compiled, Terms
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


def steps(c: Compiled, method: str, label_available: bool, customer_pays_postage: bool) -> tuple[str, ...]:
    key = ("steps", method, label_available, customer_pays_postage)
    found = c.texts.get(key)
    if found is not None:
        return found  # type: ignore[return-value]
    out = []
    if method == "PREPAID_LABEL" and label_available:
        out.append("Print the prepaid return label we email you.")
    if c.policy.instructions.pack_securely:
        out.append("Pack the item securely, using the original packaging.")
    else:
        out.append("Pack the item securely.")
    if c.include:
        out.append("Include " + join_words(c.include) + ".")
    if method == "PREPAID_LABEL" and label_available:
        out.append("Attach the label and hand the parcel to the carrier.")
    else:
        out.append("Send the parcel to the return address in your instructions.")
        if customer_pays_postage:
            out.append("Pay the return postage when you ship.")
    result = tuple(out)
    c.texts[key] = result
    return result

