"""The test64 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "jumndrndaii": ("""Returns and refunds
What is our returns policy?
Updated a few months ago
You may send items back within 30 days of the day your shipment reached you. (A few exceptions apply.)
What we need from a returned item:
- It is in new condition and packed securely for the journey.
- CDs, vinyl, cassettes and DVDs must still be sealed, in their original wrapping.
- Clothing must not have been worn or washed.
Starting a Return: here is how to begin.
- For items that are unopened, unused, damaged or defective, fill in our online returns request form (the link is on this page). If an item arrived damaged, attach photos of it to the form.
- Digital media:
- Purchases of digital media are not refundable.
- If you have trouble downloading your files, open a support ticket through the link at the bottom of the page.
Exchanges:
- We do not exchange returned items. Everything sent back to us is refunded.
Items We Cannot Take Back:
- Apparel that shows signs of use.
- CDs, vinyl, cassettes and DVDs that have been opened (unless they are defective).
- Digital media you download.
- On-demand items.
- Items that are damaged or missing parts, when they did not arrive that way.
- Items whose serial number or UPC is missing.
- Items marked "Final Sale".
- Undergarments.
- Fragrances.
- Items bought from other retailers.
- Items bought at live events.
- Items our online store lists as non-returnable.
- Vinyl with slight colour variations, marbling or black streaks: these come from the way records are made and do not affect how they play.
Orders That Never Arrived:
- Any items sent back to us as undeliverable are refunded and put back into stock.
- If your shipment never reached you, ask for a replacement or a refund within 30 days of the ship date of your order.
Processing Returns:
- Refunds are credited to your account within 15 business days after we r""",
                    ("must still be sealed", "clothing must not have been worn or washed",
                     "slight colour variations, marbling or black streaks", "sent back to us as undeliverable",
                     "within 30 days of the ship date")),

    "shobud": ("""Refunds, Returns and Exchanges
Guitars: guitars can be sent back within 14 days, as long as they are still like new and packed carefully and securely in the original case, inside the original shipping container (or one just as good). To begin a return, email us at support@shobud.com.
Custom-Designed Guitars: once work on the instrument has begun, it cannot be returned (unless it is defective).
Components, merchandise and accessories: these have a 30-day period for a refund or an exchange.
In some cases we give only a partial refund or none at all:
- A book that has clearly been used.
- A CD, DVD or vinyl record that has been opened.
- Merchandise that has been worn.
- Any item that is not in its original condition, or is damaged or missing parts, for reasons that are not our mistake.
- Any item sent back more than 30 days after delivery.
When your return has arrived and we have inspected it, we will email you to say we have it. We will also tell you whether your refund has been approved or refused.
If it is approved, we process the refund and the credit goes back to your card or other original payment method within three days.
Refunds that are late or missing
If your refund has not arrived yet, first look at your bank account again.
Next, get in touch with your card company, since a refund can take a while to be posted.
Then contact your bank, as there is often a processing period before a refund appears.
If you have done all of that and the refund still has not come, please email us at support@shobud.com.
Sale items
We refund only items bought at full price. Items bought on sale cannot be refunded.
Sending Returns and Exchanges
To return or exchange a product, email us at support@shobud.com with your order number and the reason for the return or exchange. Please add photos and/or video links that help show the issue.
You pay the shipping costs of sending your item back to us. Shipping costs are """,
               ("guitars can be sent back within 14 days", "once work on the instrument has begun",
                "components, merchandise and accessories", "only a partial refund or none",
                "more than 30 days after delivery")),

    "pianogoods": ("""Shipping & Returns
Our Returns Policy:
We want every order from Pianogoods, products and service alike, to go well. If something goes wrong and an item has to come back, we will look after you.
For most returned items, 15% is taken off the refund as a restocking fee (this is the charge our drop-ship manufacturers make to us when an item is sent back to them). We dislike restocking fees, and we deduct one only when a manufacturer charges us one.
If an item you receive is defective, Pianogoods will replace it or refund it at no cost to you, and no restocking fee applies. How the replacement or refund is done may depend on the details, such as where the item came from, who made it and what the defect is, and we will work with you as needed to see it through.
If the courier damages a shipment, or a shipment is lost by the carrier, you will get a replacement or a refund. Damaged shipments must be reported to Pianogoods within 72 hours of delivery. How and how quickly the refund or replacement happens can depend on several things, such as how much the shipment is worth. You may need to give the courier and/or Pianogoods proof of the damage, and a claim will probably have to be made with the courier.
Pianogoods is not responsible for shipments stolen from the delivery address after the courier has delivered them. Please take steps to protect your property from thieves and "porch pirates".
For now, Pianogoods sells only to buyers in the United States. Many of our suppliers ship directly for us, each with its own shipping methods and insurance rules. Because of these differences we cannot support international orders on t""",
                   ("only when a manufacturer charges us one", "lost by the carrier", "proof of the damage",
                    "stolen from the delivery address")),

    "drumshopglasgow": ("""RETURNS POLICY
This page sets out how Drum Shop Glasgow handles refunds for purchases made online, by phone or in the shop.
Returns of online or phone purchases
New items, change of mind:
For any new item, you may cancel the order without giving a reason within 14 days of receiving the goods, as long as they come back in exactly the same as-new condition and show no signs of having been used. To be clear, the item includes its box and all its inner packaging, which must also come back in mint condition. You send the item back at your own cost, in packaging that will protect it properly.
If an item comes back that is no longer in mint condition, we will give only a partial refund in proportion to its state.
New items that are faulty
If a new item arrives with a defect or a fault, you have 14 days from receiving it to ask to send it back for a full refund (the original delivery charge included) or for an identical replacement, if we have one. Please pack the item well for its return, which we will arrange at our cost.
Used items
Any used item we sold may be sent back if you are not happy with it. You pay the delivery costs of the return. If the item comes back in its original condition, we refund the price less £30, which covers the original postage and our administration.
Returns of purchases made in the shop
There is no refund for a change of mind on anything bought in the shop. Instead we will offer a credit note or an exchange within 30 days of purchase. The goods must come back in their original condition.
Faulty goods bought in the shop: within 30 days of the purchase or delivery date, faulty goods will be replaced or refunded. After 30 days, faulty goods are repaired by the manufacturer under the terms of its warranty. This policy does not apply if the good""",
                        ("a partial refund in proportion", "less £30", "no refund for a change of mind",
                         "credit note or an exchange within 30 days", "faulty goods bought in the shop",
                         "after 30 days, faulty goods")),

    "djandstudio": ("""Welcome to DJ & Studio
Home >> Returns Policy
Returns Policy
6.1 You may cancel the contract at any time within 7 working days.
6.2 To cancel, you must tell us in writing, by hand, by post or by email, with the details of the goods you ordered and (where it applies) of their delivery. A phone call is not enough.
6.3 Unless the goods are faulty or not as described, if you cancel after they have been delivered, you must send them back to us at your own cost. The goods must be sent to the address given in the returns section of our website. You must take reasonable care that the goods are not damaged while you have them or on their way back. If the goods are faulty or not as described, once you have told us under condition 7.4, 7.5 or 7.6, we will either collect them from you or ask you to send them back under our returns procedure.
6.4 Once you have told us you are cancelling, we will refund or re-credit any sum you paid, or that was taken from your credit card, for the goods within 30 days of your notice.
6.5 Unless the goods are faulty or not as described, if you do not send them back as required, we may charge you no more than the direct cost of getting the goods back.
6.6 You may not cancel the contract for these items: 6.6.1 any microphone, any in-ear earphones or in-ear monitors, and anything else that touches your mouth, your nose or your inner ear; 6.6.2 bespoke orders and products that need a fixed installation; 6.6.3 software, media, sample CDs and other copyrighted goods once you have unsealed them, unless a fault is found that could not have been found without unsealing them; 6.6.4 hardware and software bundles wh""",
                    ("the address given in the returns section", "take reasonable care",
                     "within 30 days of your notice", "cost of getting the goods back",
                     "once you have unsealed them", "hardware and software bundles")),

    "grresearch": ("""Refund Policy
- If you place an order and cancel it before it ships, we refund everything we received for it, shipping included, except the 3% transaction fee.
- If you send back an order you received for a refund, the item must come back in its original condition.
- We do not refund used items.
- If the item comes back in new condition, we refund the full amount we received for it.
- Once an item has shipped we do not refund its shipping charges, and transaction fees are not refunded.
Custom Orders (finished cables, cabinets and speakers)
(For every order placed on or after August 11)
Every finished cable, finished cabinet and speaker is custom built to order.
- A full refund is possible only if the order is cancelled within 24 hours (the usual 3% cancellation fee still applies).
- Partial Refund: once assembly has started on your order, we can refund only part of it, up to the labour and materials not yet used when you cancel.
- No refunds OR cancellations once the order is finished or delivered.
If you have any questions or changes, please contact us before placing your custom order.""",
                   ("except the 3% transaction fee", "transaction fees are not refunded",
                    "cancelled within 24 hours", "once assembly has started")),

    "acornaudio": ("""Returns Policy
Under the Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013, you may cancel your purchase of goods from us within 14 days of the day you received them. Once you have sent the goods back to us, we will refund the whole amount, standard postage included, within 14 days. We make a 25% restocking charge if handling the goods has reduced their value, for example if a seal has been broken.
For hygiene reasons, we cannot refund any earphones or earpads bought from us unless they are faulty.
FAULTY GOODS
We will always try to respond to your own situation and help as far as we can. If an item develops a fault within 28 days of delivery, you will be offered a refund.
TO QUALIFY FOR A REFUND, THE ITEM MUST BE:
- In "as new" condition (if you opened the box to look at the product, neither the product nor its packaging may be damaged in any way)
- Complete with all its accessories and any free gifts that came with it, in its original box and packaging.
This guarantee does not cover faults caused by accident, neglect, misuse or ordinary wear and tear.
Consumables such as earbuds and earpads cannot be returned for a refund, nor exchanged, once they have been opened.
WRONG ITEM SENT
Our order system usually checks that every item we send matches the order. Mistakes can still happen, though. If we have sent you the wrong item, we will put it right as quickly as we can.
ITEMS THAT ARRIVE DAMAGED
We and our couriers take great care delivering your order. If, all the same, your parcel shows signs of damage when it arrives, please report the damage to us within 3 working days through our website. (For orders that need a signature, please make sure you sign f""",
                   ("25% restocking charge", "accident, neglect, misuse", "earbuds and earpads cannot",
                    "within 3 working days")),

    "karaokesky": ("""Please look over your package as soon as it arrives and try the products out straight away. If something is wrong, call us at 1-866-957-5566 or email support@karaokesky.com within 14 days of delivery.
You may send a product back to us for a refund or an exchange within 14 days of receiving it. Every product returned or exchanged must be complete, in its original packaging, with all the accessories that came with it (cables, remote, manual and so on). You are responsible for shipping the goods back to us.
A valid RMA# (Return Merchandise Authorization number) is required to return an item, and it must be written or typed on the front of the box or label. Without it, your refund or exchange will be held up.
We are not responsible for any parcel that is lost or damaged on its way to us. We suggest you insure the shipment when you send a package back.
1. Defective Product
Every defective product will be exchanged for the same model within 14 days of receipt. If we find that the fault is a manufacturer's defect, Karaokesky will pay back your shipping cost up to $25. Please contact our technical and returns department for an RMA number and for help troubleshooting. We will send you a new unit once your item reaches us. If your defective product is sold out or discontinued, our customer service team will contact you about any upgraded model that is available.
2. Non-Defective Product
Any non-defective product may be returned, subject to a 15% restocking fee, as is standard in the industry. The restocking fee is waived if you exchange for other products. Either way, you ship the goods back to us at your own cost.
3. D.O.A. (Damaged On Arrival) Product
If the package arrives damaged, you must call us straight away at 1-866-576-5566 within 24 hours of receipt. We will make the damage claim with the shipping courier. Do not throw away the original boxes or any boxes t""",
                   ("up to $25", "sold out or discontinued", "waived if you exchange", "within 24 hours of receipt")),

    "sontronics": ("""Returns Policy
Every Sontronics product is built with care and passion to the highest standards, so we hope you will be happy with what you bought, but we know circumstances sometimes change and you may want to send your item back.
TO SEND BACK AN ITEM IF YOU HAVE CHANGED YOUR MIND
If you have changed your mind about your product for any reason, you have 14 days from the date of purchase to send it back to us (at your own cost) unused and in as-new condition. Please note: for reasons of health and hygiene this does NOT cover microphones or pop shields that have been used, or clothing that has been worn. TO BE CLEAR, WE DO NOT TAKE BACK MICROPHONES THAT HAVE BEEN USED.
1. Ask us for a Returns Number (reply to the Order Confirmation email we sent you, or use the CONTACT tab at the top of the page).
2. Pack your item with your Returns Form (showing the Returns Number) in plenty of protective packaging.
3. Post it to the Sontronics HQ address below with a tracked service, at your own cost.
4. When it reaches us, we inspect the item thoroughly and, if it is in the same condition as when we sent it to you, we confirm your return and refund you to your credit or debit card or other original payment method.
5. The refund can take up to 72 hours to process, so please keep an eye on your card statement, bank statement or PayPal account.
PLEASE NOTE Sontronics may refuse a refund or exchange on your returned product if...
- it shows any sign of use, such as fingerprints or marks
- the product or its packaging shows any damage
- any parts, accessories or documents are missing
- the serial number of the returned item has been registered to another owner
- (for clothing) any labels have been removed, or it shows signs of having been worn or washed
TO SEND BACK AN ITEM YOU THINK IS FAULTY
Any fault or problem MUST be report""",
                   ("microphones or pop shields that have been used", "registered to another owner",
                    "labels have been removed")),

    "vintagehifiaudio": ("""Return & Refund Policy
Thank you for shopping at VintageHiFiAudio.com.
If you are not completely happy with your purchase, we are here to help.
Returns
You have 14 calendar days from the day you received an item to return it.
To qualify for a return, the item must be unused and in the same condition as when you received it.
You need to contact us for an RMA number. We do not accept returns without an RMA.
The item must be in its original packaging.
The item must come with the receipt or proof of purchase.
Refunds
When your item arrives, we will inspect it and let you know we have received it. As soon as we have inspected it, we will tell you the status of your refund.
A 15% restocking fee is taken off every return.
If your return is approved, we will start a refund to your credit card (or original payment method).
The credit will reach you within a number of days that depends on your card issuer's policies.
Shipping
You pay your own shipping costs for returning the item. Shipping costs are not refundable.
If you are refunded, the original shipping cost is taken off your refund.
International Orders
We are trying out international shipping at the moment. The price shown covers only the product and shipping to your country. The buyer pays all import duties and taxes. The law requires us to declare the full value of the package.
Used Audio Gear
Used equipment has a 30 day return period.
A 20% restocking fee covers the inspection of returned audio equipment, since it takes longer to make sure items come back in the same condition and with the same parts they were sold with. If an item comes back with swapped parts, the refund will be refused and the buyer will get no refund. The buyer then has three days to decide whether to give up the item or pay the shipping to have it sent back.
Contact Us
If you have any questions about how to return your""",
                         ("used equipment has a 30 day", "20% restocking fee", "swapped parts",
                          "three days to decide")),

    "ukerepublic": ("""UKE Republic's Return Policy
These Terms and Policies may change at any time without notice.
Instruments:
- Every instrument is checked carefully when it arrives from the maker, and again when we set it up and ship it. Most of our instruments are also photographed.
- If you are not fully happy with a purchase from UKE Republic (other than custom instruments, B-Stock and AS-IS items), you may send the instrument back within 5 working days of receiving it, unused and unaltered, for an exchange or a full refund (less all shipping charges). We do not pay for unauthorized repair work.
- Please tell us you intend to return it, before you send it, through our contact page.
- Every sale of a custom instrument, a B-Stock instrument or an instrument sold AS-IS is final.
- FREE SHIPPING ITEMS: free shipping only applies to items you keep. If an item that shipped free is sent back and is not defective, the buyer pays the cost of the return (shipping, handling, packing and insurance, among others). The cost of the original free shipping that UKE Republic paid (shipping, handling, packing and insurance, among others) is also taken off the refund.
- Pack everything well and insure it. We cannot give credit for items damaged by poor packing on their way back from the buyer.
- If, unusually, something is damaged in shipping, please tell us straight away and keep the original packaging. We may need you to take pictures of the box, the packing materials and the damaged item(s) as proof of the damage for an insurance claim and repair estimates.
- We will send a replacement instrument (or store credit) for an instrument damaged in shipping once every step of the carrier's damage claim has been completed.
- Please do not send back any damaged item until we have authorized it. We may need the buyer to take pictur""",
                    ("unauthorized repair", "free shipping only applies to items you keep",
                     "damaged by poor packing", "once every step of the carrier's damage claim",
                     "until we have authorized it")),

    "carriagehouse": ("""Return Policies & Procedures
At Carriage House Violins, your musical experience comes first, which is why the quality and performance of what we sell matter most to us. Every purchase comes with our promise that you will be satisfied.
Return Policies
Please look over every item when it arrives. Carriage House Violins takes returns within 14 days for instruments and bows, and within 30 days for every other item, counted from the purchase date.*
For a full refund, a return must come with its original packaging, instructions and every component, in like-new condition. We do not accept incomplete returns.
International orders cannot be returned or refunded.
*Guitar-family and electric instruments may be sent back in their original condition within 30 days of purchase.
Please also note these rules for particular products:
Strings
Please check strings before you fit them. Installed strings cannot be refunded. Strings that break within 24 hours may be returned for a replacement within 30 days of purchase. Unopened strings may be returned for a refund within 30 days.
Electric Instruments
Electric instruments must come back in their original packaging with every component (cables, headphones, batteries, manuals and so on). We may charge a restocking fee, at our discretion, on unboxed or used electric instruments. We do not accept returns with missing or damaged components.
Cases
Cases must come back with every component and in like-new condition, or we may charge a restocking fee at our discretion. If you think there is a manufacturing defect in a case, please call us at 800-359-9351.
Sheet Music
Returned sheet music and books carry a restocking fee of $1.00 per item, taken off your refund.
Instrument Fittings
Instrument fittings (pegs, bridges, tailpieces and so on) are customised when they are installed and cannot be returned once installed, unless Carriage House Violins finds them defective and they come back within 30 days of purchase.
Special Order Items
Items ordered specially for you cannot be returned.
Retur""",
                      ("14 days for instruments and bows", "international orders cannot be returned",
                       "guitar-family and electric", "installed strings", "break within 24 hours",
                       "unopened strings", "unboxed or used electric instruments", "cases must come back",
                       "manufacturing defect in a case", "$1.00", "fittings")),
}
