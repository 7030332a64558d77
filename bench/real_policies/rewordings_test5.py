"""Two more wordings of each item of paraphrases_test5.py, in our own words, each stating the same facts
(rewordings.py reads them with the item's facts)."""

REWORDINGS: list[tuple[str, str]] = [
    ("cosmeticamerica-1", """Not happy? Most items can come back for a refund within 14 days of arrival. Just get an authorization number from us first, once we've okayed the return."""),
    ("cosmeticamerica-1", """Subject to certain exceptions, goods may be returned for a refund up to fourteen days after delivery. An approved return authorisation number must be obtained beforehand."""),
    ("cosmeticamerica-2", """We can take it back if it's unopened and unused, still in its original packaging, and just as it was when it left us."""),
    ("cosmeticamerica-2", """Accepted returns: sealed; unused; in original packaging; in original condition."""),
    ("cosmeticamerica-3", """Every return has 20% knocked off for restocking."""),
    ("cosmeticamerica-3", """All returns are subject to a restocking fee of twenty per cent."""),
    ("cosmeticamerica-4", """Gift certificates can't be returned. Once your order has been processed, they can't be refunded or given to anyone else either."""),
    ("cosmeticamerica-4", """Gift cards are non-returnable, and become non-refundable and non-transferable after the order is processed."""),
    ("cosmeticamerica-5", """Just so you know, shipping and handling, tax and gift-wrap charges won't come back to you."""),
    ("cosmeticamerica-5", """Non-refundable: delivery and handling fees, taxes, gift wrapping."""),
    ("cosmeticamerica-6", """Sending products back? The postage is on you, and we don't pay it back."""),
    ("cosmeticamerica-6", """Return shipping costs are the responsibility of the customer and are not reimbursed."""),
    ("cosmeticamerica-7", """Before you ship anything, contact our support team for an authorization number and our warehouse address. Returns or exchanges that turn up without the number get sent away."""),
    ("cosmeticamerica-7", """An authorisation number, together with the warehouse address, is provided by customer support. Parcels received without it will not be accepted."""),
    ("cosmeticamerica-8", """Once we've got your parcel back, we put the full price back on your card, minus shipping, postage and gift wrapping."""),
    ("cosmeticamerica-8", """Upon receipt, the purchase price is refunded to the original card, less shipping, postage and gift-wrap costs."""),
    ("furninestnow-1", """Need to cancel? You can, right up until we begin getting your order ready to ship. Once it has been dispatched or is in transit, it's too late."""),
    ("furninestnow-1", """Orders may be cancelled only before preparation for dispatch begins. Orders that have left the warehouse or are in transit cannot be cancelled."""),
    ("gigarefurb-1", """To return something, log in to your account and raise a support ticket. If it gets the green light, you'll receive an RMA number from us."""),
    ("gigarefurb-1", """Returns are initiated online via a support ticket in the customer account; approved requests are issued a return merchandise authorisation (RMA) number."""),
    ("gigarefurb-2", """Had second thoughts? Send it back within 14 days of buying it. You pay the postage, and we refund the rest of what you paid."""),
    ("gigarefurb-2", """Change-of-mind returns: accepted within fourteen days of the purchase date. Return shipping is paid by the customer; all sums paid, other than postage, are refunded."""),
    ("gigarefurb-3", """Please pack it back in the box it came in, and make sure nothing about it has changed since it reached you."""),
    ("gigarefurb-3", """Returns must be in their original packaging and in as-received condition."""),
    ("gigarefurb-4", """Hardware fault in the first 14 days? We'll collect it for free, then fix it, swap it for a new one, or give you a refund."""),
    ("gigarefurb-4", """Where a hardware defect arises within fourteen days, free collection is arranged, followed by repair, replacement or a refund."""),
    ("inkstonebooks-1", """Wrong title, or did the book get damaged in transit? We'll post a new copy to replace it wherever we can."""),
    ("inkstonebooks-1", """Books that arrive damaged in transit, or that differ from the title ordered, will be replaced where possible."""),
    ("inkstonebooks-2", """Book arrived damaged? Email us with proof within 14 days of delivery; we can't consider claims after that."""),
    ("inkstonebooks-2", """Claims for damaged books must be submitted by email, with supporting evidence, no later than fourteen days following delivery."""),
    ("larryswoodworkin-1", """Prefer store credit to a refund or cancelling? Choose that option and there's no processing fee to pay."""),
    ("larryswoodworkin-1", """Customers may opt for store credit in place of a refund or cancellation; no processing fee is charged on store credit."""),
    ("sportgearplus-1", """Returns and exchanges need to reach us within 30 days of purchase, in the original packaging and in like-new shape, ready to resell."""),
    ("sportgearplus-1", """Deadline for receipt of returns and exchanges: thirty days after the date of purchase.
Condition: original packaging; new and resalable."""),
    ("sportgearplus-2", """What's not returnable or exchangeable? Anything used; CDs, DVDs and videos; special order or custom items; orders for a team or club; undergarments and jocks."""),
    ("sportgearplus-2", """Excluded from returns and exchanges:
- used goods
- videos, CDs and DVDs
- special order and customized products
- orders placed for a team or club
- undergarments, including jocks (athletic supporters)"""),
    ("sportgearplus-3", """If you're sending something back because you made a mistake, the shipping cost is yours."""),
    ("sportgearplus-3", """Return shipping for errors made by the customer is paid by the customer."""),
    ("sportgearplus-4", """Want a different size, colour or product instead? You can swap it."""),
    ("sportgearplus-4", """Exchanges for an alternative size, color or item are welcome."""),
    ("thecaviarcollective-1", """Need a return, exchange or refund? Get in touch with customer service within 2 days of your order arriving."""),
    ("thecaviarcollective-1", """Requests for returns, exchanges or refunds must reach customer service within two days of delivery."""),
    ("toys-games-1", """Anything damaged, or any other issue with your delivery? Send us an email no more than a day after it arrives."""),
    ("toys-games-1", """Damage or other delivery issues must be reported by email within one day of receipt."""),
    ("toys-games-2", """Email us before you send anything back. Return postage is on you, and the original delivery charge isn't refunded."""),
    ("toys-games-2", """Prior to any return, the customer must contact us by email. Return shipping is at the customer's expense; delivery charges are non-refundable."""),
    ("toys-games-3", """You have 14 days after buying to return it. Once that's passed, no refunds or exchanges."""),
    ("toys-games-3", """Return period: fourteen days from purchase. Refunds and exchanges are unavailable thereafter."""),
    ("toys-games-4", """Can I return it? Yes, if it hasn't been used and doesn't look used, it's in the state it arrived in, and it's back in its original box."""),
    ("toys-games-4", """Returns accepted only when the item is:
- unused, without any sign of use
- as received
- in original packaging"""),
    ("toys-games-5", """Keep the receipt handy: without it, or something else showing you bought the item, we can't process the return."""),
    ("toys-games-5", """Proof of purchase is required for all returns."""),
    ("toys-games-6", """Want to return something? Just send us an email asking for a return."""),
    ("toys-games-6", """Return requests are to be made by email."""),
]
