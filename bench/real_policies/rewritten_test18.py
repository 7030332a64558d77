"""The test18 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "millershome": ("""Returns & Exchanges
Returns & Exchanges
To return or exchange anything, you must bring the original receipt. Once we have inspected the piece, we decide whether the return or exchange is settled as store credit, as a company check (when you paid by cash or check) or as a refund to your card. As state and local law requires, we refund any taxes paid on the item. An exchange made for any reason other than a defect or damage from the manufacturer costs a 30% restocking fee plus a redelivery fee, and it has to be done no more than 7 days after the original purchase. Any visible defect, or any difference from the products shown or from what your order specified, needs to be reported at the point of delivery: call the store while the delivery is in progress. Area rugs are sold as final sale and cannot be returned. Making sure your furniture fits through every doorway and hallway and into the room you chose is up to you, so we give no refund or return when pieces do not fit; instead you get store credit, less the first delivery fee and/or the restocking fee. When we collect merchandise from the customer's home, the refund goes through once the piece is back at our warehouse. Processing a refund can last as long as 30 days. Floor models and clearance pieces are sold in their present state, with no returns; all sales of those pieces are final.""",
                    ("any taxes paid", "30% restocking fee", "point of delivery", "do not fit",
                     "from the customer's home")),

    "beddingstock": ("""Halloween Sale | 30% off every mattress

ENTER COUPON CODE: BOOSLEEP

Halloween Sale | BOOSLEEP

Return Policy

Your new mattress not quite right?

Don't worry. Our return policy is about as friendly as they come!

Questions? Our helpful, knowledgeable service team is only a phone call or a click away.

CHANGE-OF-HEART RETURNS

If you are unhappy with your mattress for whatever reason, you can send it back within 120 days. Why is our policy so good? It may sound unbelievable, but we refund the full price you paid for it. You do, however, pay all the costs of packing it and shipping it back to us. Any pillow(s) that don't come back with the return cost you $20 per pillow, taken off the refund. To count as a change-of-heart return, the mattress needs to have been opened and used. A mattress that reaches us still new in its box is handled as a Customer Error Return instead (see further down).

COMFORT RETURNS

Returns about comfort follow the same rules as change-of-heart returns. That covers being unhappy with how firm or how soft the mattress feels, or any other comfort concern, and also disagreeing with the comfort level we have given a mattress. How comfortable a mattress feels is a personal matter: one sleeper's firm is another's medium, and someone else's soft. Several of our mattresses may also feel alike even where their comfort levels are described differently.

CUSTOMER ERROR RETURNS

Every return that arrives new and still boxed counts as a Customer Error Return. That includes deliveries the recipient refused, orders sent to a wrong address they gave, the wrong size or model bought, and anything else that comes from a mistake on the customer's side. Each of these returns carries a 20% restocking fee, so please check that you choose the right mattress and type the right delivery address when you check out.

CANCELLATIONS

Should an order be cancelled prior to the i""",
                     ("$20 per pillow", "opened and used", "20% restocking fee")),

    "atlantadesignerrugs": ("""Refund policy

Whichever way you bought your rug, in our showroom or through our website, we want you happy with it, so you get a period of time in which to bring it back.

IN-STORE RETURN POLICY

  • Except where noted otherwise, a rug bought in the store may be returned in person at the store within 3 days after you bought it (or after it was delivered, if our delivery service brought it).
  • Talk the return policy through with your salesperson when you buy and ask for it to be written on your invoice. Verbal commitments don't count, so get everything down in writing.
  • Not sure the rug will fit your room? Take it home for 3 days on approval: we charge you for it, and refund you if it comes back to us within that time.
  • Exchanges – Within 7 days of purchase (or of delivery, where our delivery service brought it) you may swap the rug for another of equal or greater price, that is, same or higher amount.

Whatever the case, the rug must be unused and in its original condition, and you must show the original receipt from the sale. Without a receipt, nothing can be returned or exchanged.

Refunds go back to the way you paid. For payments by cash or check, we process the return and the check will be mailed within 7 days (usually the following day). We do not refund shipping or delivery fees.

ITEMS WE CAN'T TAKE BACK

  • Custom and special-order rugs are not returnable.
  • Custom and special orders must be paid in full before we order them, and unless your invoice says otherwise they cannot be returned.
  • Clearance rugs are not returnable, nor is any item marked down by 20% or more.
  • Rugs bought as part of a bundle can't be returned on their own. If you think you might return one, ask your salesperson to price each item separately""",
                            ("verbal commitments", "on approval", "same or higher amount", "check will be mailed")),

    "getkitchenware": ("""At Kitchenware LLC we care most about your satisfaction. If your purchase leaves you less than fully happy, our process for returns and refunds is simple and we will help.
Returns
You may return an item for up to 30 calendar days counted from the day it reached you.
Your item can be returned only if it:
- has not been used and is in the state it arrived in
- comes back in its original packaging
- comes with the receipt or another proof of purchase
Please get in touch with us first; do not ship your purchase back before then.
Items You Cannot Return
We cannot take back:
- Anything marked final sale
- Gift cards
- Products that are used or damaged, unless we caused it
- Personalized or custom items
Refunds
When your item reaches us, we inspect it and let you know where your refund stands.
Once it is approved, we start a refund to the payment method you originally used. Expect the money in your account 5–10 business days later; how fast depends on your card issuer.
Exchanges
Replacement is only for items that arrive defective or damaged. Need the identical item in its place? Write to pot@getkitchenware.example.
Return Shipping
Return shipping is charged to you, and we do not refund shipping costs. When a refund is made, that shipping may be deducted as well.
Where the return comes from our error (an incorrect or defective item, for instance), we pay the cost of return shipping.
Contact Us
Questions about returning an item or about refunds? Reach us at:
- Email: pot@getkitchenware.example
- Phone: +1 (555) 010-0100
- Address: 100 Example Rd, Marysville, WA 98270""",
                       ("shipping may be deducted",)),

    "tool4garden": ("""Free Shipping on Orders

Returns

If you think an item that reached you is defective, email us before you send it back, telling us briefly what state it is in or what the defect is; add photos showing the detail if you think they help. Sending a defective item back might not always be necessary: we look at each one case by case.

For an item to qualify for a refund, keep the following in mind:

1Send items back within 14 days of receiving them. Those 14 days cover the return transit time, until the parcel is at our warehouse.

2Where you can, put the original bill paperwork in with your items.

3The customer bears the cost of returning items. Our strong recommendation is a standard service from your own country's postal service. Getting proof of postage, and keeping your paperwork until we confirm your package arrived, is also a good idea.

4Until we have received your parcel and entered it back into our warehouse stock, it remains your responsibility. After it arrives and is processed, we will tell you what we are doing about it.

5Processing a return can take 4-6 days from the moment it reaches our warehouse.

6Your refund is sent once the item(s) are back in stock.

7Tool4garden.com may return items to you on the basis of the terms outlined here. Anything sent back to you will be in the condition in which it reached us.""",
                    ("not always be necessary", "return transit time", "remains your responsibility", "terms outlined")),

    "houseplantshop": ("""Hi there, plant friend! At House Plant Shop we think every plant should find a happy home, and every customer should enjoy shopping with us. Every Rare Plant and every Kokedama is packed with care for the trip to you, and we stand behind our leafy companions just as carefully. Still, a plant may sometimes not flourish the way you hoped, or one of our Pots & Planters may turn out not to suit you. We wrote this policy hoping it reads as clearly and kindly as a plant care guide of ours, so returns and exchanges feel easy.
1. The Roots of This Policy: The Essentials
- Window for Returns & Exchanges: You can return or exchange items for 15 days after your order reaches you.
- Condition: Items have to come back in their original condition and original packaging, and plants should still show reasonable signs of viability when they get back to us.
- Getting Started: Within those 15 days, email us at hello@houseplantshop.example to begin a return or exchange.
2. Step by Step: From Your Place Back to Ours
Picture it like repotting: a gentle move so that everything ends up healthy.
- Get in Touch: Send an email to our support team, the ones at the 'root level', at hello@houseplantshop.example, telling us your order number and what you'd like to return or exchange. The template further down makes this simple.
- Get Your Instructions: Expect our reply in 1-2 business days (we're as quick here as with Pet-Friendly Plants questions), bringing an RMA (Return Merchandise Authorization) number and complete directions for shipping.
- Pack Carefully: Where you can, repack the item securely in its original packaging. Make the RMA number clearly visible from outside of the box. Plants should be packed as snugly as they came to you, so the trip back is safe.
- Send It Back: Ship the parcel to the nursery address given in your instructions. A shipping service with tracking is what we recommend. We do not refund the original shipping costs.
- We Inspect & Complete: When the item arrives, we inspect it. U""",
                       ("signs of viability", "outside of the box")),

    "sannogi": ("""Refund & Return Policy
REFUND POLICY
For 21 days after delivery we take back, or exchange, items that are unused, damaged or defective. Customized orders and items cannot be returned.
Pack items in the packaging they came in, in their original condition. We suggest shipping with UPS or USPS and a tracking number.
We do not refund shipping charges.
Returns are not free: the return fees are paid by the customer.
When your return has arrived and been inspected, we will email you to tell you whether your refund is approved or rejected. Your item can only be returned if it is unused and in the condition in which you got it, and it has to be in its original packaging as well.
If your item goes missing or is damaged on the way, tell us and we'll make our claim with the carrier. Please send us photos showing the damaged items.
Shipments showing "Arriving later", or marked "Delivered", are not considered lost.
Everything you return has to be in its original condition when packed; otherwise the order loses its commercial value. An order that comes back badly packed, or showing that the product was used, gets no refund. That is also why we give no refund when only part of an order comes back: returns of partial orders are refused.
Samples of our products are available so you can test them before installing, since they may not suit every surface. Trying our items before using them is entirely the client's responsibility.
None of these make a product qualify as defective: a colour slightly unlike what the screen showed, measurements bought wrong, an item that falls short of what you expected, a wallpaper material that doesn't suit the project, or problems with installation.""",
                ("claim with the carrier", "not considered lost", "partial orders", "qualify as defective")),

    "thebedroomstore": ("""RETURNS & EXCHANGES

Cancelling

You may cancel any order and get a full refund, right up to the day of delivery (or of pickup).

Orders going by standard shipping (FedEx/UPS), including those sent straight from our factories, can be cancelled with a full refund up to the moment the item(s) ship.

Returns & Exchanges

Furniture

Furniture cannot be returned after you have accepted it, apart from a few exceptions

  • Factory Defects That Can't Be Serviced, Within 1 Year
    We replace any item with a factory defect that can't be serviced.

Accessories

Accessories that are unopened, unused and in their original condition can come back within 3 days after you receive them, and you get all your money back. Given their personal nature, no accessory that has been opened and/or used can be exchanged. Returns and refunds are not accepted for accessory items. The one exception is an accessory that is plainly defective or that was damaged during shipping. Among the accessories are mattress toppers, pillows and bed protectors, to name a few.



Mattresses

We aim to make sure you are pleased with the mattress you bought. Should your mattress turn out to have a factory defect, which is unlikely, we replace it for as long as the manufacturer's warranty lasts.

We want you to love how it feels! A new mattress usually takes some getting used to. Still unhappy after 21 nights of sleeping on it? Contact us without hesitation.

Up to 90 days after first receiving your mattress, you may make a single switch (one time re-selection) to another mattress. We charge you, or credit you, the difference in price between the first mattress and the one you reselect, and you pay the $99 delivery cost for the exchange as well as a 10% restocking fee. Foundations and adjustable bases cannot be refunded, returned or exchanged.

You can also return the mattress within 90 days after you first received it; we then refund what you pai""",
                        ("the day of delivery", "within 1 year", "within 3 days", "personal nature",
                         "one time re-selection", "$99 delivery cost", "mattress within 90 days")),

    "cruisecurtains": ("""Return Policy

Returns & Exchanges

Our return policy lasts 30 days, counted from when you bought your curtains, and for now it covers only non-APO/FPO addresses. We accept returns, exchanges and refunds when you get two identical curtains, or when our curtains turn out to be the wrong size, defective, or damaged on arrival. Negligence by the buyer that damages the product rules out any return, exchange or refund. Once 30 days have passed since your purchase, or if you buy large quantities with intent to resell, a return, exchange or refund is not possible. If you want to send your product back, or to swap it for something similar, we give you a return shipping label; ask for one by contacting us.

Refunds

For a refund, send your curtains back as described above, unused and in their original packaging. When your return has arrived and been inspected, we will email you to say it has arrived. We will also tell you whether your refund is approved or rejected.

Once approved, the refund is processed and credited automatically to the card or other payment method you used, usually in 3-5 business days.

Refund late or missing? (if applicable)

No refund yet? Look at your bank account once more first.
Next, call your credit card company; a refund can take a while to be posted officially. If it still hasn't come, please contact us.

Sale items

Refunds are only for items bought at regular price; sale items can't be refunded.""",
                       ("apo/fpo", "intent to resell")),

    "petitecherie": ("""Refund & Return Policy
REFUNDS & RETURNS
Every candle is made to order in limited runs, so none can be returned or refunded. There are no exceptions.
CANCELLING AN ORDER
Because each candle is made to order, you can ask to cancel within 1 hour of placing your order.
REFUNDS & RETURNS FOR DAMAGED ITEMS
If your items are damaged in transit, you have 3 days after delivery to let us know. We will ask for pictures of how the packaging was damaged and of the damaged item(s). We will also get in touch with the delivery service and ask them for evidence of how the package looked when they delivered it. When a damage return is approved, a return shipping label reaches you by email. Return to us the full original contents of the parcel: the damaged items plus any free gifts, cards and so on included with your order. We may turn down a damage return request on the strength of the information you give us.
Lost or stolen packages are not our responsibility. Think it was lost or stolen? Get in touch with the delivery service directly, giving them your tracking number.""",
                     ("original contents", "lost or stolen")),

    "showersolutions": ("""Refund Policy

Return Policy

1. General Guidelines

1.1. Eligibility: Every purchase from our store falls under this return policy.

1.2. Timeframe: You have 30 days after the purchase date to start a return.

1.3. Proof of Purchase: Every return needs proof of purchase (a receipt, order confirmation or invoice).

An admin-and-restocking charge of 20% applies when an item comes back in perfect condition. It covers every stock item: showers, shower parts and seals, tapware, hinges, hardware and so on. A few items cannot be returned at all: anything ending a line (end of lines), anything made to order, heavy discounts, or items ordered in for you

2. Returns Because of the Product's Condition

2.1. Faulty or Defective Items:

  • A product that is faulty, falls short of acceptable quality, or differs from its description entitles the customer to:
    • a refund, or
    • a replacement.
  • Where a fault is minor, we may decide to repair the item.
  • Where a fault is major, the customer chooses between a replacement and a refund.
  • We never pass customers off to the manufacturer; bring the item back to our store and we will resolve it.

2.2. Damaged in Shipping:

  • Anything that arrives damaged is replaced at no extra cost to you.
  • Please tell us within 48 hours after the damaged item reaches you.

2.3. Change of Mind:

  • A change of mind alone gives customers no right to return goods.
  • Even so, if you change your mind during your first 7 days from purchase, our no-questions-asked exchange policy applies.
  • You can exchange for another item or for a credit note.

3. Protection Against Fraud

3.1. Checks:

  • We may check that returned items are genuine.
  • Any return that looks suspicious or fraudulent will be looked into closely.

3.2. Refunds:

  • Refunds go back through the payment method you originally used.
  • Where we have suspected fraud, the refund may be held back unt""",
                        ("first 7 days", "repair the item", "suspected fraud")),

    "framearts": ("""Thank you for picking Frame Arts when you need a photo frame. We are proud of how well our products are made, and we want every purchase to leave you fully happy. The policy below sets out how to send a product back and how to ask for your money back. When you order from us, you accept what this policy says.
Eligibility for Returns:
You can return a product up to 20 days after the day it was delivered. A return is accepted only when both of these hold:
a. The product is still in its original state: the photo frame has never been used, has no damage, and comes back in the packaging it was sent in, together with everything that came with it.
b. You can show you bought it: when you ask for the return, give us something that proves the purchase, for instance your receipt or the email confirming your order.
Return Process:
To send a product back, go through these steps:
a. Write to Customer Support first: before anything goes back, send an email to framearts.online@gmail.com, our support address, so the return can be opened. Tell us your order details and why you are returning the item.
b. Pack the Product: after we have approved your request, wrap the photo frame with care in the packaging it came in, or in a sturdy box, so it is not harmed on the way.
c. Send the Product: post the parcel to whatever address our support staff give you. We suggest a shipping method you can track, so that the return reaches us safely.
Refund Processing:
When the returned product has arrived and we have inspected it, we will tell you whether your refund is approved or rejected. Keep in mind:
a. Approved Refunds: once your return is approved, we start a refund to the payment method you originally used. How long it takes depends on your payment provider, and it can take a number of business days.
b. Non-Refundable Items: some products cannot normally be refunded, personalized frames and custom-made ones among them, except when they arrive defective or dama""",
                  ()),
}
