"""The test21 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "voxamp": ("""Once a return qualifies, the buyer is reimbursed: the money goes back as a refund to the payment method that was on file when the order was placed.
**Headphones can only come back to us if they have a defect in manufacture or materials; this keeps to our usual return policy.**
- You may send products back up to 14 days after your order reaches you.
- All we ask is that each item comes back in the condition it was in when it arrived.
- Getting the return to us is up to you. You pay the postage and book the shipment yourself, to the address we give you when we authorise the return. Our responsibility for the refund begins only once the item is back with us.
- Please send it with a service that offers tracking and insurance. We cannot answer for parcels that never reach us, or for packages that deliver damaged. Packing the return well enough to survive the journey is your job.
- Your refund covers everything you first paid, standard shipping included.
- Refunds go only to the payment method used for the order.
- Returns that were requested separately can't be sent as one parcel, even when the items share an order. Putting separately requested returns together will delay your refund!
-
A Return Authorization from us is needed before a return can earn a refund, and you must follow the steps we send. We will not refund returns sent without arranging them first.
- For a refund, items must arrive in exactly the condition in which you got them. Where we see extreme policy abuse (excessive returning, fraud and so on), we may refuse the return.
-
**These items can't be returned:
Anything worn in the ear or against the mouth, such as opened headphones: these qualify for return only when there is a defect in manufacture or materials.
|""",
               ("packages that deliver damaged", "requested separately", "policy abuse")),

    "smartwatches4kids": ("""Returns Policy

Returns Policy

Sending something back

Before returning a product you need to email us, and we will then explain the next steps. Note that once you have the return details, it is up to you to get the product back to us within 14 days.

Keep your proof of purchase to hand when returning an item (your order confirmation email will do). The item, together with any free extras that came with it, must also be:

  • – unused (except where a problem only shows up after longer use)
  • – in its original box with everything that came in it (smartwatch, charger and manual all inside the Smartwatch box; where contents are missing, we may deduct from the refund)
  • – fit to be sold again (with the foil on the screen)
  • – clean (otherwise we may make deductions)
  • – sent with the Order number enclosed

When your return has arrived and been inspected, we will email you to say it has reached us. We will also let you know whether it was approved or rejected. Refunds to a card may need as long as 7 days to reach your account; PayPal refunds can need up to 30 days.

Exchange

Whether we can exchange depends on what we have in stock. When an exchange isn't possible, we can instead give you store credit or refund the payment method you used. Each customer can receive one replacement only.

Warranty programme

After the item has been used, or once the 30-day statutory return period has passed, you can make a claim under the manufacturer warranty when the item has a fault that did not come from water or an accident.

Every product carries a money-back guarantee of 14 days. International orders fall outside the Money Back Guarantee. We don't cover cosmetic damage, accidental damage, theft or loss. Once 14 days are up, the product has a manufacturer's warranty of one year covering the watch; the watch strap and the battery are not part of it.""",
                          ("contents are missing", "clean", "foil on the screen", "paypal refunds",
                           "one replacement only", "manufacturer warranty", "international orders", "cosmetic damage",
                           "watch strap")),

    "exadrones": ("""Under the Consumer Code (article L. 221-18), you may send back any item(s) that don't suit you within 14 days of receiving your order, provided the conditions below are met; if they are not, we are sorry, but no refund or exchange will be possible.


GENERAL CONDITIONS OF REIMBURSEMENT

An item qualifies for return only if it is unused and still in the condition in which it reached you. It also has to be in its original packaging.

Any return needs a receipt or some other proof of purchase.

CANCELLATION REFUND (same-day orders, up to 9 p.m.)

If you cancel an order on the day you placed it, before 9 p.m. and before it has been sent, the refund is automatic.

REFUND GRANTED (IF APPLICABLE)

In some cases we can only give a partial refund:

* An item that is no longer in its original condition, or is damaged or lacks parts, where this is not our doing.


SALE ITEMS (IF APPLICABLE)

Refunds are given only on items bought at full price. Items bought on sale cannot be refunded.


EXCHANGES (IF APPLICABLE)

Replacements are only for items that are defective or damaged. To swap it for an identical item, reach us through the contact form.


GIFTS

Items flagged as a gift when bought and sent straight to you earn a gift credit equal to what the return is worth. A gift certificate is posted to you once the item reaches us.


REIMBURSEMENT PROCESS (IF APPLICABLE)

If a refund is due to you, this is how it goes:

You send the drone to our supplier, at the address shown on your package, and you pay for that return. When our supplier has it, we email you to confirm its arrival. If your request is accepted, the refund is processed and credited automatically, within 96 hours, to the card or other payment method you first used.


LATE OR MISSING REFUNDS (WHERE RELEVANT)

If your refund has not yet""",
                  ("before 9 p.m.", "partial refund", "gift credit", "our supplier")),

    "caleblens": ("""At Caleb Lens, our aim is to supply photography equipment of high quality and to keep our customers happy. If you are not entirely pleased with what you bought, whatever the reason, please read our guidelines for returns and refunds below.
Return Eligibility
A return is accepted only when all of these conditions are met:
-
It reaches us no more than 7 days after the delivery date
-
It has not been used, is still in original condition and comes in its original packaging
-
Every accessory, manual and tag that came with it is sent back with the product
We may refuse returns that fall short of these conditions.
How to Start a Return
Email our customer care team at care@caleblens.example before your 7-day return window closes to ask for a return. Your email should give us:
-
Your full name
-
Your order number
-
Why you are returning the item
-
Photos or videos of the item's condition (when it is defective or damaged)
We will look at your request and send you return instructions.
Return Shipping
The customer pays for return shipping, except when the item we sent was incorrect, defective or damaged. Then we will either collect it free of charge or pay back the return postage, depending on where you are.
Refunds
When your return has arrived and been inspected, we will let you know whether your refund is approved or rejected. An approved refund is handled like this:
-
Cash on Delivery orders are refunded by bank transfer or as store credit
-
Refunds take 5–10 business days to process, counted from when we receive and check the returned item
If you choose a direct refund, please make sure the bank details you give us are correct.
Exchanges
We have no direct exchanges. For a different product, send back the one you have and then place a new order.
Non-Returnable Items
These items cannot be returned:
-
Anything returned once the 7-day window has passed
-
Items that are used, damaged or altered
-
Items that lack their orig""",
                  ("cash on delivery",)),

    "computerandelectronicparts": ("""Returns and Refunds

Returns

New or refurbished items have a 30-day policy, while you have 14 days for used ones. Once those days have passed since you bought the item, we are sorry, but no refund or exchange is possible.

An item qualifies for return only when it has not been used and is in the condition it arrived in. Its original packaging has to come back too. Items that are new, unused and unaltered may be returned or exchanged up to 30 business days after your order reaches you. Some exclusions can apply.

A number of goods can't be returned at all. Perishable goods, for instance CDs, DVDs, books or magazines, are not returnable. Nor do we take back intimate or sanitary products, hazardous materials, or liquids and gases that are flammable.

Other items that can't be returned:

Items sold as non-working or for parts

Gift cards

Software products you download

Certain items of personal care and health

We need a receipt or other proof of purchase to complete your return. Whatever you send back must be new, unused and fit for resale in full, with its original product packaging undamaged. Before you return anything, contact us to get an RMA number.

In some situations we grant only partial refunds: (if applicable)

Any item that isn't in its original condition, or that is damaged or has parts missing, for reasons that were not our error.

Any item that comes back more than 30 days after it was delivered

Refunds (where relevant)

After your return arrives and we have inspected it, we'll email you to say it has reached us. We will also tell you whether your refund has been approved or rejected.

If it is approved, we process the refund and the credit goes automatically, within a certain number of days, to the card or other payment method you originally used.

Late or missing refunds (where relevant)

Haven't received your refund yet? Check your bank account once more first.

After that, get in touch with your credit card company, as it can take a while bef""",
                                   ("14 days for used", "partial refunds")),

    "shopsolar": ("""Return & Refund Policy
We thank you for buying from Shop Solar. We are truly grateful for your business and want you to be completely happy with every purchase, and that commitment is what our returns policy reflects. Please take a moment to read the information below, which sets out how we handle returns and refunds.
Initiating a Return
To start a return, please email info@shop-solar.example, and our team will take you through the steps. Most of our products may be returned for up to 30 days after purchase. To qualify, the product must be in its original condition, in its original packaging, with all of its accessories and manuals included.
Inspection and Proof of Purchase
We need proof of purchase to process a return or refund. Returned goods are inspected by our technical department for any signs of tampering. Where tampering is found, the warranty becomes void, and we can neither accept the return nor give a refund.
Return Criteria
A return qualifies only if:
- The item has not been used and is in the condition it was in when you received it.
- It comes back in its original packaging.
- Its accessories and manuals are all included.
Damaged Goods
If goods reach you damaged, tell us within 24 hours of receiving them. If you don't, the goods may fall under warranty cover instead.
Shipping Costs
Shipping costs for sending an item back are yours to pay, and they are not refundable. If you are refunded, the cost of the return shipping is deducted from the refund.
Cancellation Fee
If you cancel more than 48 hours after ordering, a 10% administration fee is charged. Should the supplier have shipped your order already, the return shipping charges are yours too, and a 15% restocking fee applies.
Exchange Timeline
How long""",
                  ("tampering", "deducted from the refund", "10% administration fee", "15% restocking fee")),

    "worldpowertool": ("""WorldPowerTool.com

Shop

Refunds & Returns

Now and then a return or exchange can't be avoided. These are the rules for sending back or exchanging products you bought online from WorldPowerTool.com:

  1. Log your request: To start a return or exchange, contact our Customer Support, giving your order number and a full explanation of why you want to return or exchange the item. Where relevant, send a photo showing the defect.
  2. Return address: When your return request has been accepted, Customer Support will email you the address to send the item to.
  3. Timeframe: Returns and exchanges must happen within 14 days of delivery or collection. Please make sure the item is on its way back to us within that time.
  4. Shipping costs: The customer pays the shipping costs of returns and exchanges, except for faulty items or any out-of-stock situation.
  5. State of the merchandise: Returned goods must come back in original condition, their packaging and tags intact.
  6. Trackable shipping: Please send your return with a trackable method. WorldPowerTool.com cannot be held responsible for parcels that go missing when sent by an untracked service.
  7. Refund process: When your package reaches us, we inspect the item. The refund can take 14 days from the day we receive your package to be processed.
  8. Exchange process: Where you asked for an exchange, exchanged items leave us within 7 days of your package reaching us.
  9. Out-of-stock products: Should the product you want in exchange be out of stock, a cash refund is given instead.

For any other questions, or a hand with returning or exchanging, please reach Customer Support here:

Contact Information :""",
                       ("out-of-stock situation", "exchanged items", "cash refund")),

    "3dprintershop": ("""3D Printer Shop: Refund and Returns Policy

We at 3D Printer Shop hope you will be fully happy with what you buy.

We know that things sometimes don't go to plan.

So our Refund and Returns Policy is kept clear and simple, to make things easy for our customers.

Our Commitment

Among the products we sell are:

  • 3D Printers: X1, P1 and A1 Series
  • Filament: from Bambu
  • Accessories: assorted tools and upgrades
  • Spare Parts: for printers of all three series

We aim for quality goods and excellent service to customers.

If you aren't satisfied, we are here to help!

Return Eligibility

Items can be returned for these reasons:

  • You changed your mind.
  • The product arrived defective or damaged.

A return qualifies only if the item:

  • Is in its original packaging.
  • Comes with all its accessories and manuals.
  • Is unused and in a condition fit for sale.

Starting a Return

To send an item back:

  1. Contact Us: Send an email to info@3dprinters-shop.example no later than 30 days after your order arrives.
  2. Give the Details: Tell us your order number, which item(s) you want to return, and why.
  3. Get Instructions: We will email you how to send the item back.

Returns After a Change of Mind

If you no longer want what you bought:

  • Ask for the return no later than 30 days after delivery.
  • Return shipping costs are yours to pay.
  • Once the item is back with us and we have checked it against our return criteria, your refund is processed.

Returns of Defective Items

When the item turns out defective:

  • Get in touch no more than 30 days after it is delivered.
  • To assess the defect, we may ask you for photos or more information.
  • Once approved, we send you a prepaid shipping label for sending the defective item back""",
                      ()),

    "mashemodern": ("""Refunds and Returns
RETURNS: Returns are not accepted unless the fabric we shipped was the wrong one or a notion arrived broken in some way. For damage in shipping, please file for a resolution with your local post office. If we sent you the wrong fabric, or cut it wrongly, tell us right away and we'll put it right. Please check your order when it arrives and get in touch immediately if an item is defective or damaged, or is not what you ordered, so we can look into the problem and fix it.
REFUNDS: Should we be out of a product on your order, the money goes back to the payment method you originally used. Keep in mind that your bank or card company may take a while before the refund is processed and posted.
PREORDERS: A preorder is an order for fabric that the manufacturer has not yet delivered to the shop. Preorders go out 1-2 business days after they arrive, but we cannot know in advance when that will be: manufacturers tell us the month they will ship, and we hear only about 3 days before the fabric reaches the shop. No preorder can be refunded.
IN-STOCK ORDER CANCELLATIONS: Orders cannot be cancelled once shipped. Cancelling before shipment is possible, for a 5% fee that covers processing and payment costs.""",
                    ("local post office", "out of a product")),

    "pettingfabric": ("""RETURN / EXCHANGE POLICY
Every sale is final, except when we shipped an incorrect item. Once items have shipped, responsibility for them is no longer ours! After an order is handed to USPS or UPS, we bear no responsibility for items that are lost or damaged. Fabric that turns out to be incorrect for your purposes carries a 25% restocking fee. If we were at fault, we will put it right.
Cut fabrics cannot be refunded or exchanged.
CANCELLATION POLICY
Generally, cancellations are not offered. This is especially true of PREORDER items, because we order those fabrics according to their pre-sales. Cancelling an order before it ships means paying a 20% restocking fee.
We process refunds in 5-7 business days once the item(s) are back at our shop. Every refund goes back to the form of payment you originally used.
Preorders – No preorder can be refunded or cancelled.
Blocks of the Month cannot be cancelled within 30 days of their start date or while the block of the month is running. If you have to cancel, you are welcome to find someone to take your place.
Sign up to our mailing list to hear our team's latest news and web specials.""",
                      ("no responsibility", "blocks of the month")),

    "scrapbookpal": ("""Return Policy

What's your return policy?

Our return policy runs for 30 days (the exclusions are listed below). Just email us with the product(s) you'd like to send back and your order number. We will reply with return instructions and an RMA #, which has to be enclosed with the products you return. Your refund goes to your payment method once the returned product(s) reach us. Please remember that shipping costs cannot be refunded, and the customer pays for return shipping.

For a refund, every product must reach us no more than 30 days after the date we shipped it, in the condition we sent it in: unopened, unused and undamaged. Opened or used products are not refunded; we send them back to the customer, who pays the postage. If the customer declines to pay the return postage, those products will be discarded.

Because we want every item we send our customers to be new, we enforce this policy strictly.

Products we can't take back:

Open stock items like single pens, Copic Markers, Liquid Pearls and Stickles can't be returned, as we have no way to check that they are unused.

Clearance items can't be returned.

What's your exchange policy?

Exchanges aren't offered. Customers can still return any product that is new and unopened. Email us and we'll send return instructions.

What if a product I get is defective?

If a product reaches you defective, let us know no later than 14 days after your order arrives. Write to contact@scrapbookpal.example, giving the item(s) and your order number, and we'll answer your email with instructions for sorting it out.""",
                     ("will be discarded",)),

    "phonecasestores": ("""Your Satisfaction, Our Commitment
At Phone Case Store, we care about protecting your sense of style as much as your devices. So, like our premium cases and accessories, our returns policy is built to be simple, clear and easy on our customers. If what you bought falls short of what you hoped for, our friendly Miami-style service will set it right.
Return & Exchange Timeframe
You have 15 days from the day your order arrives to return or exchange it. That leaves you time enough to make sure the new case or accessory fits properly and suits your style.
Conditions for Returning & Exchanging
A return or exchange is possible only when the item meets all of these conditions:
- It is in its original condition
- It comes with all of its original packaging and tags
- It has not been used and has no damage
- You have proof of purchase (your order number)
Non-Returnable Items
Going by our product analysis, these items can't be returned or exchanged, for reasons of hygiene and safety:
- ACCESSORI: accessory packages once opened
- Shoulder Strap Adapters (Adattatori per Tracolle)
- LED Rings (Anello Led) and Rings (Anelli)
- Speakers (Altoparlante), once opened
- Any personalized or custom-made item
Note: any Apple Watch bands or adapters can come back only when their original packaging has not been opened and the seals are intact.
How to Return, Step by Step
- Contact Our Team
Send an email to returns@phone-casestores.example no later than 15 days after receiving your order, using the return request template below so that we have everything we need. - Wait for Authorization
Within 1-2 business days, our team in Miami will reply with your shipping instructions and the return authorization. - Package Your Item
Pack the item securely, with every accessory and tag, inside its original packaging. - Ship Your Return
Use a trackable shipping method to post it to our Miami address. The customer pays return shipping, unless the""",
                        ("apple watch bands",)),
}
