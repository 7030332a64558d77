"""Two more wordings of each item of paraphrases_test4.py, in our own words, each stating the same facts
(rewordings.py reads them with the item's facts)."""

REWORDINGS: list[tuple[str, str]] = [
    # --- amgcarparts -------------------------------------------------------------------------------------
    ("amgcarparts-1", """Include a copy of the invoice with every returned part."""),
    ("amgcarparts-1", """Sending a part back? Pop a copy of your invoice inside the box."""),
    ("amgcarparts-2", """A 15% restocking fee is deducted from the refund on all returned parts."""),
    ("amgcarparts-2", """All returns are subject to a fifteen per cent restocking charge."""),
    ("amgcarparts-3", """Parts must be returned in their original box and in resaleable condition."""),
    ("amgcarparts-3", """Is it still in its original packaging and fit to be sold again? If not, we can't take it back."""),
    ("amgcarparts-4", """Parts can't come back once they've been used."""),
    ("amgcarparts-4", """Returned parts must be unused."""),
    ("amgcarparts-5", """Products marked as non-returnable on their product page cannot be returned, with no exceptions."""),
    ("amgcarparts-5", """See "non-returnable" on an item's listing? Then that's that: we won't accept it back."""),
    ("amgcarparts-6", """Electrical components are not returnable."""),
    ("amgcarparts-6", """Please note that electrical parts of any kind can't be sent back."""),
    ("amgcarparts-7", """Return requests must be made within 30 days of receiving your parts."""),
    ("amgcarparts-7", """Need to send something back? You've got thirty days after delivery to ask."""),
    ("amgcarparts-8", """Cancellations: you may cancel all or part of your order at any time before it ships."""),
    ("amgcarparts-8", """An order can be cancelled, in full or in part, right up to the moment it's dispatched."""),
    # --- tackledirect ------------------------------------------------------------------------------------
    ("tackledirect-1", """Returns and exchanges must be initiated within fifteen days of delivery."""),
    ("tackledirect-1", """Return or exchange window: 15 days from the date you receive the item."""),
    ("tackledirect-2", """Eligible returns must be new and unused, in the original packaging, with tags, manuals and all
accessories included."""),
    ("tackledirect-2", """We'll accept it back if it's never been used and comes with:
- its original box
- the tags
- the instructions
- every accessory"""),
    ("tackledirect-3", """Email our support team within your 15-day window, including your order number and the reason for the
return or exchange."""),
    ("tackledirect-3", """To ask for a return or a swap, write to customer support by email before the fifteen days are up,
stating your order number and why."""),
    ("tackledirect-4", """Returns received without a pre-issued RMA number will be refused."""),
    ("tackledirect-4", """No RMA from us? Then we can't accept your package, so get one before you ship."""),
    ("tackledirect-5", """Pack returns securely and mark the RMA number clearly on the outside of the box."""),
    ("tackledirect-5", """Please protect your items well when packing, with your RMA number visible on the carton."""),
    ("tackledirect-6", """Return shipping is paid by the customer unless we made an error, for example a defective product or an
incorrect item, in which case we pay."""),
    ("tackledirect-6", """You cover the cost of sending items back. If the fault is ours (something faulty, or not what you
ordered), we'll pay instead."""),
    ("tackledirect-7", """We recommend using a trackable shipping service."""),
    ("tackledirect-7", """Best to ship your return with tracking."""),
    # --- golfgearbox -------------------------------------------------------------------------------------
    ("golfgearbox-1", """Defective products will be repaired or replaced, as has always been our policy."""),
    ("golfgearbox-1", """Got a faulty item? Like always, we'll fix it or send you a new one."""),
    ("golfgearbox-2", """Damaged, defective or incorrect items must be reported within seven days of delivery. Items must be
unused and in like-new condition, or the return may be refused."""),
    ("golfgearbox-2", """Did you receive the wrong thing, or something broken or faulty? Let us know no more than 7 days after it
arrives, and don't use it, since we may decline anything that isn't as new."""),
    ("golfgearbox-3", """Non-defective returns are subject to a 15% restocking fee."""),
    ("golfgearbox-3", """If nothing's wrong with the item you send back, we charge fifteen percent for restocking."""),
    ("golfgearbox-4", """Not returnable or refundable: custom-made items, closeout or clearance merchandise, and shipping
charges."""),
    ("golfgearbox-4", """Custom products and anything marked clearance or closeout can't be returned, and shipping costs are never
refunded."""),
    # --- olivewoodbrewing --------------------------------------------------------------------------------
    ("olivewoodbrewing-1", """Returned items must be unused and in their original packaging."""),
    ("olivewoodbrewing-1", """Please only send back things you haven't used, still in the packaging they came in."""),
    ("olivewoodbrewing-2", """Perishable products are non-returnable, including yeast, hops, fruit, juice, grains, malt extracts,
enzymes, cultures, flavorings and extracts."""),
    ("olivewoodbrewing-2", """Sorry, no returns on anything that can spoil: yeast, hops, fruits and juices, grain, malt extract,
enzymes, cultures, flavourings, extracts."""),
    ("olivewoodbrewing-3", """Request a return authorization within 30 days of delivery. Returned goods must arrive back with us
within 60 days of the delivery date."""),
    ("olivewoodbrewing-3", """You need our authorisation before sending anything back, and must ask for it no more than thirty days
after your order was delivered; the items then have until sixty days after delivery to reach us."""),
    ("olivewoodbrewing-4", """Refunds are typically issued within one business day of receiving your return."""),
    ("olivewoodbrewing-4", """Expect your money back about a working day after your return gets to us."""),
    ("olivewoodbrewing-5", """We'll provide a prepaid return label, and its cost will be deducted from your refund unless the return
falls under our 100% Money-Back Guarantee."""),
    ("olivewoodbrewing-5", """The return label is supplied by us, but you pay for it out of your refund, except for returns covered
by the 100% Money-Back Guarantee."""),
    ("olivewoodbrewing-6", """Please pack returns securely to prevent damage in transit."""),
    ("olivewoodbrewing-6", """Wrap everything well and firmly before sending it back, so it arrives in one piece."""),
    # --- cowgirlbluesyarn --------------------------------------------------------------------------------
    ("cowgirlbluesyarn-1", """Eligible items can be returned or exchanged within 60 days of purchase."""),
    ("cowgirlbluesyarn-1", """You have sixty days from when you bought an eligible item to send it back or swap it."""),
    ("cowgirlbluesyarn-2", """Items specially ordered in at your request cannot be returned or exchanged."""),
    ("cowgirlbluesyarn-2", """Products we brought in specifically for you are not eligible for return or exchange."""),
    ("cowgirlbluesyarn-3", """All sale and clearance items are final sale: they can't be returned or exchanged."""),
    ("cowgirlbluesyarn-3", """Bought it on sale or clearance? That purchase is final."""),
    ("cowgirlbluesyarn-4", """Studio yarns labelled as a "custom colour" are non-returnable and non-refundable."""),
    ("cowgirlbluesyarn-4", """No refunds or returns on any of our studio yarn marked "custom colour"."""),
    ("cowgirlbluesyarn-5", """Custom orders, such as yarn dyed to a colour you chose or items made to your specifications, are unique
to you and cannot be returned or refunded."""),
    ("cowgirlbluesyarn-5", """Because they're made just for you, we don't take back or refund custom orders: yarn dyed in a shade you
requested, or anything made to your specification."""),
    ("cowgirlbluesyarn-6", """A receipt or other proof of purchase is required for all returns and exchanges."""),
    ("cowgirlbluesyarn-6", """Can't show you bought it? Then we can't accept a return or an exchange."""),
    # --- summitcitycoral ---------------------------------------------------------------------------------
    ("summitcitycoral-1", """If you're not completely satisfied with your order, send it back for a full refund of the product
price. Shipping charges are not refunded."""),
    ("summitcitycoral-1", """Unhappy with your purchase? Return it and you'll get back everything you paid for the items, except
the delivery."""),
    ("summitcitycoral-2", """Contact us within 14 days of delivery and we'll provide return instructions."""),
    ("summitcitycoral-2", """Please reach out no later than two weeks after your order arrives; we'll then explain how to return
the items."""),
    ("summitcitycoral-3", """Livestock can only be returned or exchanged if it was bought in person at our store."""),
    ("summitcitycoral-3", """Live animals not bought in person at our shop aren't eligible for return or exchange."""),
    # --- slmcameras --------------------------------------------------------------------------------------
    ("slmcameras-1", """Returns are accepted only for unused items in their original condition, with complete original
packaging."""),
    ("slmcameras-1", """We can only take it back if it hasn't been used, is exactly as we sent it, and comes in all its original
packaging."""),
    ("slmcameras-2", """Proof of purchase, such as a receipt, is required for all returns."""),
    ("slmcameras-2", """No receipt or other proof you bought it? Then we can't process the return."""),
    ("slmcameras-3", """Non-returnable items: outlet purchases are sold as described and cannot be returned."""),
    ("slmcameras-3", """Bought from our outlet? Those items are sold as described and aren't eligible for return."""),
    ("slmcameras-4", """Return shipping costs are the customer's responsibility and are non-refundable."""),
    ("slmcameras-4", """You pay to send your return to us, and we won't reimburse that cost."""),
    ("slmcameras-5", """Items returned in working order are subject to a 10% restocking fee."""),
    ("slmcameras-5", """If there's no fault with the item, we keep ten percent of the price for restocking."""),
    ("slmcameras-6", """All returns are inspected upon receipt before a refund is processed."""),
    ("slmcameras-6", """When your return arrives we check it over, and only then do we deal with your refund."""),
    ("slmcameras-7", """Approved refunds are credited to your original payment method within 14 days."""),
    ("slmcameras-7", """Once we've approved your refund, expect it on the card or account you used within two weeks at most."""),
    # --- tackroom ----------------------------------------------------------------------------------------
    ("tackroom-1", """You have 30 days to request a refund or exchange."""),
    ("tackroom-1", """Refunds and swaps are available for a period of thirty days."""),
    ("tackroom-2", """Return shipping costs are not reimbursed unless the return is due to our error: a damaged or defective
item, or the wrong item sent."""),
    ("tackroom-2", """You'll bear the cost of sending items back, except where we're at fault: if it arrived damaged or faulty,
or we shipped you the wrong thing."""),
    ("tackroom-3", """Refunds are issued to the original credit card used for the purchase."""),
    ("tackroom-3", """Your refund goes back onto the credit card you paid with."""),
    # --- onlinevitaminstore ------------------------------------------------------------------------------
    ("onlinevitaminstore-1", """Any unopened product may be returned for any reason. Mail it back within 30 business days of
delivery for a refund."""),
    ("onlinevitaminstore-1", """Not what you wanted? As long as it's still sealed, send it to us no more than thirty working days after
it was delivered and we'll give you your money back."""),
    ("onlinevitaminstore-2", """Refunds are subject to a 15% restocking and handling fee ($15 minimum), which is waived if we made an
error."""),
    ("onlinevitaminstore-2", """We'll take fifteen percent off your refund for restocking and handling, at least $15, unless the
mistake was ours."""),
    ("onlinevitaminstore-3", """Please inspect your order upon arrival. If anything is damaged, defective or incorrect, contact us
immediately so we can investigate and resolve it."""),
    ("onlinevitaminstore-3", """Something broken, faulty or not what you ordered? Look your package over as soon as it comes and tell
us right away: we'll look into it and sort it out."""),
    ("onlinevitaminstore-4", """The following cannot be returned: sale or clearance items, discounted offers, buy one get one free
deals, and gift cards."""),
    ("onlinevitaminstore-4", """Items bought on sale, on clearance or at a discount, anything from a buy one, get one free promotion,
and gift cards are all non-returnable."""),
    ("onlinevitaminstore-5", """To start a return, email our support team."""),
    ("onlinevitaminstore-5", """Return requests are made by email to customer support."""),
    ("onlinevitaminstore-6", """Returns sent without a prior return request will not be accepted."""),
    ("onlinevitaminstore-6", """Please request a return before mailing anything back: unrequested packages are refused."""),
    ("onlinevitaminstore-7", """Exchanges: the fastest way to get a different product is to return the original and, once the return
is accepted, place a new order."""),
    ("onlinevitaminstore-7", """Want something else instead? Send yours back, wait for us to accept the return, then buy the item you
want in an order of its own."""),
    ("onlinevitaminstore-8", """After we receive and inspect your return, we'll notify you whether your refund is approved. Approved
refunds are automatically credited to your original payment method."""),
    ("onlinevitaminstore-8", """Once your return is in and checked, we'll let you know if the refund is approved, and if so it goes
straight back to the card or account you paid with."""),
    # --- tea-us ------------------------------------------------------------------------------------------
    ("tea-us-1", """You may return items within 30 days. After 30 days from purchase, we're unable to offer a refund or
exchange."""),
    ("tea-us-1", """Returns window: thirty days. Beyond that, counting from when you bought it, there are no refunds or
exchanges, sorry."""),
    ("tea-us-2", """When contacting us, please include your name, order number, the items and quantities being returned, and
the reason."""),
    ("tea-us-2", """Tell us who you are, your order number, what you're sending back and how many, and why you're returning
it."""),
    ("tea-us-3", """Items must be unused, in the same condition you received them, and in their original packaging."""),
    ("tea-us-3", """We can't accept anything that has been used, isn't in the condition it arrived in, or has lost its
original packaging."""),
    ("tea-us-4", """We inspect every return on arrival and send you an email confirming we've received it."""),
    ("tea-us-4", """Returns are checked when they reach us, and you'll be notified by email once yours is in."""),
    ("tea-us-5", """Once approved, your refund is automatically applied to your credit card or original method of payment."""),
    ("tea-us-5", """Refunds that are approved go back on their own to the card or payment method you used."""),
    ("tea-us-6", """Customers are responsible for return shipping costs, and shipping charges are non-refundable."""),
    ("tea-us-6", """You pay to send it back, and we won't refund the delivery you paid for."""),
    # --- gadgetcircle ------------------------------------------------------------------------------------
    ("gadgetcircle-1", """Changed your mind or ordered the wrong item? Email us within 14 days, starting the day after delivery,
to say you'd like to return it."""),
    ("gadgetcircle-1", """Returns for a change of mind or a mistaken order must be notified by email within fourteen days, counted
from the day following delivery."""),
    ("gadgetcircle-2", """You're responsible for arranging and paying for the courier. Please insure the parcel and pack it
securely so it arrives intact."""),
    ("gadgetcircle-2", """Return carriage is organised and paid for by the customer, who should take out insurance with the
courier and package the item well enough to withstand transit."""),
    ("gadgetcircle-3", """Once we receive the returned item, we'll inspect it and contact you about next steps."""),
    ("gadgetcircle-3", """When your product is back with us, we check it over and then let you know what happens next."""),
    ("gadgetcircle-4", """We can't accept change-of-mind returns on: digital downloads; CDs, DVDs or software with the seal
broken; made-to-measure or personalised goods; headphones."""),
    ("gadgetcircle-4", """Some products can't be returned just because you changed your mind: downloads, unsealed CDs, DVDs and
software, personalised or made to measure items, and headphones."""),
]
