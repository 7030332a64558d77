"""Two more wordings of each item of paraphrases_dev3.py, in our own words, each stating the same facts
(rewordings.py reads them with the item's facts)."""

REWORDINGS: list[tuple[str, str]] = [
    # --- barbellcartel ---
    ("barbellcartel-1", """Not the right fit? Ship it back, or trade it for something else, any time in the 60 days after your parcel arrives."""),
    ("barbellcartel-1", """Return and exchange period: sixty (60) days, beginning on the date of delivery."""),
    ("barbellcartel-2", """Already trained in it? Then we can't have it back. Returns have to be unused, with the original tags still attached."""),
    ("barbellcartel-2", """Condition required for returns:
- never used
- original tags in place"""),
    ("barbellcartel-3", """Picked something up from our clearance section? Sorry, those pieces can't be sent back or exchanged."""),
    ("barbellcartel-3", """Items purchased from the clearance range are excluded from both returns and exchanges."""),
    ("barbellcartel-4", """Want to return or exchange something? Head to the returns portal on our site and register it there yourself."""),
    ("barbellcartel-4", """Returns and exchanges are self-service: customers create them through the online returns portal."""),
    ("barbellcartel-5", """Sending something back costs you nothing. As soon as your return or exchange is opened, we email you a prepaid label."""),
    ("barbellcartel-5", """Return postage is free of charge: a prepaid shipping label is emailed to the customer when a return or exchange is initiated."""),
    ("barbellcartel-6", """Once your parcel is back with us, we take it from there: either the new piece is posted out to you, or the amount is refunded to the card you checked out with."""),
    ("barbellcartel-6", """On receipt of a return, our team processes it. Refunds are made to the original payment card; any new item is dispatched to the customer."""),
    # --- lareneeboutique ---
    ("lareneeboutique-1", """Hoping for cash back? We don't do that here. Whatever you return is turned into store credit instead."""),
    ("lareneeboutique-1", """No monetary refunds are issued. Returned merchandise is reimbursed solely in the form of a store credit note."""),
    ("lareneeboutique-2", """Please don't send back anything you've worn or washed. Stains, pet hair, a smell of smoke, or damage you caused all mean we'll have to say no."""),
    ("lareneeboutique-2", """Items will not be accepted if they:
- show signs of wear
- have been laundered
- carry stains, pet hair or an odour of smoke
- have been damaged by the customer"""),
    ("lareneeboutique-3", """Send it back in exactly the shape it was in when we shipped it to you."""),
    ("lareneeboutique-3", """Returned goods must be in the same condition in which they were dispatched."""),
    ("lareneeboutique-4", """Something faulty in your parcel? Tell us within 3 days of it arriving and we'll replace it."""),
    ("lareneeboutique-4", """Defective items are replaced, provided the fault is reported to us no more than three days after the delivery date."""),
    ("lareneeboutique-5", """We get to returns within 3-6 business days of receiving them. You'll then see store credit on your account for the item's price, minus the shipping you paid on the order."""),
    ("lareneeboutique-5", """Processing time: three to six working days from receipt. Amount credited: value of the returned goods, excluding the original shipping charge, added to the customer's store credit balance."""),
    ("lareneeboutique-6", """Postage is on you both ways: getting the order to you, and getting it back to us."""),
    ("lareneeboutique-6", """Customers bear all delivery costs, outbound and return."""),
    # --- interstellarseller ---
    ("interstellarseller-1", """Most things can come back to us (a few exceptions are listed below), as long as you return them within fourteen days of delivery."""),
    ("interstellarseller-1", """Returns window: 14 days from receipt of the goods. Certain products are excluded; see the list below."""),
    ("interstellarseller-2", """Keep the tags on, don't modify it, and send it back just the way it reached you."""),
    ("interstellarseller-2", """Returns must arrive unaltered, in their as-received condition, with every tag still attached."""),
    ("interstellarseller-3", """You cover the cost of posting your return, and the delivery charge on your order isn't refunded."""),
    ("interstellarseller-3", """Return shipping: paid by the customer.
Original shipping charges: non-refundable."""),
    ("interstellarseller-4", """Once we've had a look at your return, we'll send the refund back to whatever you used to pay."""),
    ("interstellarseller-4", """All returned goods are inspected on arrival; refunds are then issued to the original form of payment."""),
    # --- baileysfurniture ---
    ("baileysfurniture-1", """Sorry, for hygiene reasons we can't take back or swap mattresses, mattress protectors, pillows or any upholstered furniture."""),
    ("baileysfurniture-1", """Non-returnable and non-exchangeable on hygiene grounds: upholstered items; pillows; mattresses and mattress protectors."""),
    ("baileysfurniture-2", """Bringing something back? A manager will check it over, and it needs to be in its original box and packing."""),
    ("baileysfurniture-2", """All returns are inspected by a manager and must be presented in the original packaging."""),
    ("baileysfurniture-3", """You've got 30 days after purchase to return or exchange furniture. Art and accessories? Just one day."""),
    ("baileysfurniture-3", """Furniture may be returned or exchanged within thirty days of the date of sale; art and accessories within a single day."""),
    ("baileysfurniture-4", """Heads up: we keep 25% of the price as a restocking fee on every return, and take it off your credit."""),
    ("baileysfurniture-4", """A restocking charge of twenty-five per cent applies to all returns and is subtracted from the credit issued."""),
    ("baileysfurniture-5", """Returned it or exchanged it? Either way, the amount ends up on your account as in-store credit."""),
    ("baileysfurniture-5", """The value of all returns and exchanges is issued as store credit."""),
]
