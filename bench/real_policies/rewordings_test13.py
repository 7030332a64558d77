"""Two more wordings of each item of paraphrases_test13.py, in our own words, each stating the same facts
(rewordings.py reads them with the item's facts)."""

REWORDINGS: list[tuple[str, str]] = [
    # --- myvacuumstore ---
    ("myvacuumstore-1", """Changed your mind? Bring it back within 30 days of buying it, unopened, unused and still boxed. We'll pay back the price less the delivery you were charged and the card processing fee."""),
    ("myvacuumstore-1", """Returns are accepted for thirty days after the date of sale, provided products are unopened, unused and in original packaging. Refunds exclude the original shipping charge and card processing fees."""),
    ("myvacuumstore-2", """We can't ever take these back: used electrical parts or vacuum fittings, replacement filters of any type, and vacuum bags, detergents or cleaning chemicals that have been opened."""),
    ("myvacuumstore-2", """Non-returnable in all cases:
- replacement filters (all types)
- used electrical parts and vacuum fittings
- opened vacuum bags, detergents and chemicals"""),
    ("myvacuumstore-3", """You'll need to pay the shipping to get your return to us."""),
    ("myvacuumstore-3", """Return freight charges are borne by the customer."""),
    ("myvacuumstore-4", """We'll check your return over when it gets here, and refund you after that."""),
    ("myvacuumstore-4", """Refunds are released only after the returned product has been received and inspected."""),
    ("myvacuumstore-5", """Get an authorization number from us before you ship anything back. No number? The parcel gets refused, and the cost falls on you."""),
    ("myvacuumstore-5", """An authorisation number must accompany every return. Parcels received without one are refused at the sender's expense."""),
    # --- sewingmachine ---
    ("sewingmachine-1", """Not what you hoped for? You can get a refund within 30 days (restrictions apply)."""),
    ("sewingmachine-1", """Money-back period: thirty days, subject to certain conditions."""),
    ("sewingmachine-2", """Please don't ship anything back, for a return or a swap, until our returns team says yes. You request that OK with the online form in your account."""),
    ("sewingmachine-2", """All returns and exchanges require prior approval from the returns department, to be requested via the web form in the customer account area."""),
    ("sewingmachine-3", """Parts you special order with us can't be returned."""),
    ("sewingmachine-3", """Special order parts are non-returnable."""),
    ("sewingmachine-4", """Shipping charges aren't refunded. If we shipped your order for free, we'll subtract what that delivery cost us from your refund."""),
    ("sewingmachine-4", """Delivery fees are non-refundable; where free shipping was provided, its cost is deducted from the refund amount."""),
    ("sewingmachine-5", """We look over everything that comes back before we refund you."""),
    ("sewingmachine-5", """Returned goods are subject to inspection prior to any refund being issued."""),
    ("sewingmachine-6", """Software can't be returned or swapped, unless it was defective when you bought it; even then, we'll only exchange it for the same title."""),
    ("sewingmachine-6", """Software is non-returnable and non-exchangeable, save where it was defective at the time of purchase, in which case an identical copy may be supplied in exchange."""),
    ("sewingmachine-7", """Ordered something built to your own specs? Custom orders are final, so they can't come back."""),
    ("sewingmachine-7", """Custom-built items produced to customer specifications are non-returnable."""),
    # --- airpura ---
    ("airpura-1", """Want a refund? Ask within 30 days of your purchase."""),
    ("airpura-1", """Refunds are available for thirty days from the date of purchase."""),
    ("airpura-2", """We'll take a unit back if it's clean, undamaged and resalable, exactly as it arrived, packed in its original carton with the foam inserts and the manuals."""),
    ("airpura-2", """Returned units must be:
- in as-received, resalable condition, clean and undamaged
- in the original carton and foam packing
- accompanied by all manuals"""),
    ("airpura-3", """You'll need a receipt, or other proof that you bought it, before we can finish your return."""),
    ("airpura-3", """Proof of purchase, such as a receipt, is a condition of every return."""),
    ("airpura-4", """Sending it back? You cover the postage."""),
    ("airpura-4", """Return shipping is payable by the customer."""),
    ("airpura-5", """We'd suggest insuring your return parcel: if it goes missing or gets damaged in transit, that's not something we can take responsibility for."""),
    ("airpura-5", """Customers are advised to insure returned shipments; we accept no liability for loss or damage in transit."""),
    ("airpura-6", """We inspect every return. If you paid full price for it, there's a 25% restocking fee."""),
    ("airpura-6", """All returns undergo inspection.
Restocking fee on full-price items: twenty-five per cent."""),
    ("airpura-7", """Sorry, UV lights, pre-filters and replacement filters can't be returned."""),
    ("airpura-7", """Non-returnable: UV lights; pre-filters; replacement filters."""),
    ("airpura-8", """Want to return a unit? Drop a line to returns@example.com giving your name, its serial number and why it's coming back. You'll get an RA number from us to mark plainly on the carton."""),
    ("airpura-8", """Return requests are made by email to returns@example.com, stating the customer's name, the reason for return and the serial number of the unit. An RA number is then issued and must be clearly displayed on the package."""),
    # --- shopofficechairs ---
    ("shopofficechairs-1", """Something damaged or missing when your order arrived? Email us photos right away, and within 7 days of delivery at the latest."""),
    ("shopofficechairs-1", """Damaged or missing items must be reported by email, with photographs, promptly and in any case within seven days of delivery."""),
    ("shopofficechairs-2", """Please don't return anything without our OK first. We'll explain how to get it, and we'll set up pickup of any damaged goods."""),
    ("shopofficechairs-2", """Returns require prior authorisation. Instructions for obtaining it will be provided, and collection of damaged goods will be arranged by us."""),
    ("shopofficechairs-3", """Found a manufacturing defect? Let us know within seven days of delivery and we'll ship you a replacement."""),
    ("shopofficechairs-3", """Products are covered against manufacturing defects. Defects reported within 7 days of delivery are remedied by dispatching a replacement unit."""),
    # --- standwhileworking ---
    ("standwhileworking-1", """Did your order turn up damaged? Send pictures showing it to returns@example.com by email, and we'll take care of the insurance claim."""),
    ("standwhileworking-1", """In the event of damage in transit, photographs of the damage should be emailed to returns@example.com; the insurance claim will then be filed on the customer's behalf."""),
    ("standwhileworking-2", """Refunds can only go back to the credit card you paid with."""),
    ("standwhileworking-2", """Refunds are issued solely to the original credit card used for the purchase."""),
    # --- smarthomegadgets ---
    ("smarthomegadgets-1", """Don't love it? You've got 30 days from delivery to return it for a full refund. Email hello@example.shop within that time to kick things off."""),
    ("smarthomegadgets-1", """Full refunds are available on items returned within thirty days of delivery. Returns are initiated by emailing hello@example.shop during that period."""),
    ("smarthomegadgets-2", """Send it back in its original box and looking brand new, ready to resell, or a restocking fee will apply."""),
    ("smarthomegadgets-2", """Returns must be in original packaging and in resalable, like-new condition. Items not meeting this standard incur a restocking fee."""),
    ("smarthomegadgets-3", """Return shipping is on you and isn't refunded, unless your item arrived damaged or we sent you the wrong thing."""),
    ("smarthomegadgets-3", """Customers pay return postage, which is non-refundable, except where the item was received damaged or was not the item ordered."""),
    ("smarthomegadgets-4", """Your money goes back to the card or payment method you checked out with."""),
    ("smarthomegadgets-4", """Refunds are issued to the original method of payment."""),
    ("smarthomegadgets-5", """Give us 5 to 7 business days to process your return once it arrives."""),
    ("smarthomegadgets-5", """Return processing time: five to seven working days from receipt."""),
    ("smarthomegadgets-6", """If something shows up damaged, contact us within five days of it arriving so we can set up a return."""),
    ("smarthomegadgets-6", """Items received damaged must be reported no later than 5 days following arrival for a return to be initiated."""),
    ("smarthomegadgets-7", """Got a defective product? Send it back to us within 30 days of delivery and we'll replace it with a new one."""),
    ("smarthomegadgets-7", """Defective products are replaced with new units, provided they are received back no more than thirty days after delivery."""),
    # --- billiardpooltableplus ---
    ("billiardpooltableplus-1", """Not happy, or want something different? Return or exchange anything within 30 days of your invoice date."""),
    ("billiardpooltableplus-1", """Any purchase may be returned, for an exchange or because the customer is dissatisfied, within thirty days of the invoice date."""),
    ("billiardpooltableplus-2", """We can only accept it back in the condition you bought it: no wear, dents, scratches or damage. A bit of chalk on a cue tip is okay."""),
    ("billiardpooltableplus-2", """Returned items must be in as-sold condition, free of wear, damage, dings and scrapes; chalk on cue tips is acceptable."""),
    ("billiardpooltableplus-3", """Pack it back in its original packaging and include any warranty paperwork that came with it."""),
    ("billiardpooltableplus-3", """Returns must be made in the original packaging, together with all accompanying warranty papers."""),
    ("billiardpooltableplus-4", """Our 30-day guarantee doesn't cover: anything personalized or custom-made; final sale, clearance or discounted items; or goods that were abused, misused, poorly maintained, modified, altered or worn."""),
    ("billiardpooltableplus-4", """Excluded from the 30-day guarantee are personalised and custom products, final-sale, clearance and discounted purchases, and goods that have been worn, altered, modified, misused, abused or neglected."""),
    ("billiardpooltableplus-5", """To protect yourself, insure your return and keep the tracking number."""),
    ("billiardpooltableplus-5", """Customers are advised to ship returns insured and to retain the tracking number."""),
    ("billiardpooltableplus-6", """No original receipt, no return or exchange."""),
    ("billiardpooltableplus-6", """The original receipt is required for all returns and exchanges."""),
    # --- mypianova ---
    ("mypianova-1", """You've got 30 calendar days after your delivery to send back any eligible item."""),
    ("mypianova-1", """Return window for eligible products: thirty (30) calendar days after the delivery date."""),
    ("mypianova-2", """To send a piano back, it has to be sealed and unplayed, with no wear, damage or changes of any kind, in its undamaged factory box with all accessories, cables, pedals and manuals, and you'll need your receipt or order number."""),
    ("mypianova-2", """Piano returns require:
- sealed, never played
- free of wear, damage or changes
- undamaged original manufacturer carton
- all accessories, cables, pedals and manuals
- receipt or order number"""),
    ("mypianova-3", """There's a 15% restocking charge on refunds, unless the return is down to a shipping mistake on our part."""),
    ("mypianova-3", """A fifteen per cent restocking fee is deducted from refunds, except where the return results from our error in shipping the order."""),
    ("mypianova-4", """Custom pieces and special orders can't be returned, and neither can clearance or final sale items."""),
    ("mypianova-4", """Non-returnable: custom items, special orders, clearance and final-sale merchandise."""),
    # --- 1971hook ---
    ("1971hook-1", """Since our sauces are food, all sales are final: no returns, no exchanges."""),
    ("1971hook-1", """As food products, our goods cannot be returned or exchanged; every sale is final."""),
    ("1971hook-2", """Bottle arrived smashed, faulty, or not the sauce you picked? Get in touch within two days of delivery with your order number, a quick description and at least one photo of the problem."""),
    ("1971hook-2", """Breakages, defects and incorrect items must be reported no later than 2 days after delivery, quoting the order number, describing the issue and including a minimum of one photograph of it."""),
    ("1971hook-3", """Damaged or defective? Pick a replacement or a full refund. Wrong item? We'll send the right one at no cost."""),
    ("1971hook-3", """For damaged or defective products, the customer may choose a replacement or a full refund. Where an incorrect item was sent, the correct item is shipped free of charge."""),
    ("1971hook-4", """Your refund goes back the way you paid; expect it to take 5-10 business days."""),
    ("1971hook-4", """Refunds are credited to the original payment method and take five to ten working days."""),
    # --- oliveoil4life ---
    ("oliveoil4life-1", """You can ask for a return and refund within 14 days of buying."""),
    ("oliveoil4life-1", """Return and refund requests are accepted for fourteen days from the purchase date."""),
    ("oliveoil4life-2", """Only unopened bottles with the seal intact can be refunded, and they must still be in the original packaging and in the condition they arrived in."""),
    ("oliveoil4life-2", """Refunds apply solely to sealed, unused bottles in original packaging and in as-delivered condition."""),
    ("oliveoil4life-3", """Want to return something? Drop an email to returns@example.com."""),
    ("oliveoil4life-3", """To initiate a return, contact returns@example.com by email."""),
    ("oliveoil4life-4", """Please request a return before you send anything; we'll refuse any package that shows up without one."""),
    ("oliveoil4life-4", """Packages received without a prior return request will be refused."""),
    ("oliveoil4life-5", """We'll look over your return when it arrives and let you know if it's accepted. If it is, it's up to you: refund or exchange."""),
    ("oliveoil4life-5", """Returns are examined upon receipt and the customer notified of acceptance. Accepted returns may be settled by a refund or an exchange, as the customer prefers."""),
    ("oliveoil4life-6", """Your refund goes back to the payment method you used, within 10 business days at most."""),
    ("oliveoil4life-6", """Refunds are issued to the original form of payment within ten working days."""),
    ("oliveoil4life-7", """Please check your order when it lands. Anything broken, defective or wrong? Tell us right away and we'll investigate and fix it."""),
    ("oliveoil4life-7", """Customers should inspect deliveries on arrival and report any damaged, faulty or incorrect items immediately so the matter can be investigated and resolved."""),
    ("oliveoil4life-8", """Ordered by mistake, refused it or never picked it up? You can exchange it for a $10 restocking fee, provided you're still within the 14 calendar days allowed for returns."""),
    ("oliveoil4life-8", """Exchanges of orders placed in error, refused or left uncollected incur a $10 restocking fee and are only possible within the 14-calendar-day period allowed for returns."""),
    # --- saltysavorysweet ---
    ("saltysavorysweet-1", """You can request a return any time up to 30 days after your item arrives."""),
    ("saltysavorysweet-1", """Return requests are accepted within thirty days of delivery."""),
    ("saltysavorysweet-2", """Sending it back? It needs to be unused, tags on, in its original packaging and just as you got it, and you'll need to show your receipt or similar proof you bought it."""),
    ("saltysavorysweet-2", """Conditions of return:
- unused
- tags attached
- original packaging
- as-received condition
- receipt or proof of purchase enclosed"""),
    ("saltysavorysweet-3", """Non-food items like teapots and salt and pepper mills can be swapped within 30 days; just bring the original receipt and packaging."""),
    ("saltysavorysweet-3", """Exchanges of non-edible goods (e.g. teapots, salt and pepper mills) are permitted for thirty days with the original receipt and original packaging."""),
    ("saltysavorysweet-4", """Refunds are only for items you haven't used and that are exactly as we sold them."""),
    ("saltysavorysweet-4", """Only unused items in their as-sold condition qualify for a refund."""),
    ("saltysavorysweet-5", """Perishable items can't be returned. All sales of food are final: opened or still sealed, we won't take it back."""),
    ("saltysavorysweet-5", """Perishable goods are non-returnable. Food, whether opened or unopened, cannot be returned once sold."""),
    ("saltysavorysweet-6", """Gift boxes of teas, spices, herbs or other edible goodies are treated as food, so there are no exchanges or refunds on them."""),
    ("saltysavorysweet-6", """Gift boxes containing teas, spices, herbs or other consumables are classed as food and are therefore non-exchangeable and non-refundable."""),
    ("saltysavorysweet-7", """Sale items and gift cards can't be returned."""),
    ("saltysavorysweet-7", """Non-returnable: gift cards; sale merchandise."""),
    ("saltysavorysweet-8", """Heads up: what you paid for shipping doesn't come back to you."""),
    ("saltysavorysweet-8", """Delivery costs are non-refundable."""),
    ("saltysavorysweet-9", """Got a faulty item? Let us know within 30 days of your order arriving and you'll be eligible for a refund."""),
    ("saltysavorysweet-9", """Defective goods are eligible for a refund if reported no more than thirty days after delivery."""),
    # --- mydietshopz ---
    ("mydietshopz-1", """Think something's faulty? Give us the serial and batch numbers, and any samples you've kept; we'll forward them to the manufacturer, and if they confirm the fault, we'll refund you."""),
    ("mydietshopz-1", """Suspected defects are passed on to the manufacturer, together with the product's serial and batch numbers and any samples supplied; where a defect is confirmed, the product is refunded."""),
]
