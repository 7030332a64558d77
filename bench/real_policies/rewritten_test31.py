"""The test31 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "gemcollection": ("""Easy Returns

We'd like every piece of jewelry you buy in our online shop to delight you, so returning it carries no risk. Should a purchase leave you less than fully happy, send it back within 21 days of purchase and we will refund it in full. EXCEPTIONS: items that are damaged or no longer in a condition we could sell, special orders, custom work, and anything monogrammed or engraved.
If an item comes back to us after 21 days, but within 30 days, you can be given store credit for its full value.
*A deposit paid on a layaway can be refunded by cash, check or credit card within 2 weeks, as long as no work that costs us money has begun on the piece; deposits on layaways are otherwise kept.
*We refund to the credit card that paid for the order. A refund for something bought with cash or a check may be paid by company check instead. Where an item over $500 was paid in cash or by check, its refund can take up to 2 weeks, because the check has to clear our bank before we pay anything back.
For holiday gifts, anything bought between November 15 and December 15 can come back within a window extended to 45 days.
Special orders and customized pieces (apart from resizing a ring by fewer than 2 sizes) frequently cannot come back at all, or come back for store credit only, decided on a case by case basis.
To be refunded, the jewelry has to reach us by insured mail, in its original packaging and in the condition it was in when you bought it. Return postage is paid by you. To send something back, phone our customer service line at 555-010-4171 and we will tell you how to ship it.""",
                      ("after 21 days, but within 30 days", "deposits on layaways", "paid by company check", "over $500",
                       "extended to 45 days", "case by case basis")),

    "ringsbypristine": ("""Exchange Policy
- You can exchange an item within 30 days of the day you bought it.
- It has to be in its original condition: not worn, not damaged and not altered in any way.
- Send back the ring(s) undamaged, together with the original box and a printed copy of your order confirmation.
Return Policy
- You can return an item within 30 days of the day you bought it.
- It has to be in its original condition: not worn, not damaged and not altered in any way.
- Send back the ring(s) undamaged, together with the original box and a printed copy of your order confirmation.
How to Return:
- To begin, write to our customer service team by message or email us here; they will take you through each step.
- Pack the item securely so that nothing can harm it on the way.
- Put the undamaged ring(s), the original box and a printed copy of the receipt inside the parcel.
- Use a dependable carrier, insure the parcel for its full value and make sure it has a tracking number.
- You pay the cost of shipping a return, unless we sent you the incorrect item or it was defective.
Inspection and Refund:
- When the item reaches us, our experts check that it meets the conditions above.
- If it passes, we refund you to the payment method you used to buy it.
- We usually issue the refund 2-3 business days after the item has arrived.
- Shipping you paid on the original order is not refunded.
Gift policy
- Buying a present? Tell us beforehand, and we will mark the order with an extended window for returns and refunds.
- With that extended gift window you have 60 days to return or exchange the item.
- To have an order marked as a gift, email us here with the o""",
                        ("mark the order with an extended", "60 days to return or exchange")),

    "walleteras": ("""Returns

Our policy runs for 30 days counted from the day you placed your order. Once 30 days have passed since you ordered, we are sorry, but neither a refund nor an exchange is possible. - Exceptions apply during the holidays.

  • Which items can come back?

    • Sent back within 30 days of purchase
    • In their original condition
    • Never washed and never worn
    • Still in the original packaging

    Restocking Fee

    • Any item that does not come back in its original condition and packaging is charged a 20% restocking fee, which pays for checking, repacking and putting it back in stock.

    Which items cannot be refunded?

    • Free gifts and promotional items
    • Last Chance and Clearance items

    Does a return cost anything?

    • We charge nothing for a return
    • The shipping you paid on the order is not refunded
    • Shipping the return is at your expense.

    How do I send something back?

    • Type your order number and email address into the boxes above, then press Start a Return
    • Follow the steps on screen and choose the items you are sending back
    • We email you a confirmation with the shipping instructions

    When does my refund arrive?

    • After your return has arrived and been inspected, we email you that it has reached us, and we also tell you whether the refund is approved or rejected.
    • If it is approved, we process the refund and credit it to your original method of payment within 10 business days.

Any other questions? Write to support@walleteras.example with your full name and order number and we will answer soon.

  • Exchanges (if applicable)

Only defective or damaged items are replaced. If you'd like the same item in exchange, email support@walleteras.example
and post the item to:

WALLETERAS
1 Example Street
Walnut Calif""",
                   ("exceptions apply during the holidays", "20% restocking fee")),

    "luggageshopusa": ("""At Luggage Shop USA we want you to be fully happy with what you bought. If your order doesn't satisfy you, you can send it back on the following terms:
1. **Which returns qualify**: Send items back within 30 days of the date of the original purchase. They have to be unused, in the original packaging and with every tag still on.
2. **Items we don't take back**: Customized and personalized products can't be returned, unless they reach you damaged or defective.
3. **How to return**: Email our customer service at returns@luggageshopusa.example or phone +1 555 010 8644 to start a return, and we will send you full instructions for sending the item back.
4. **Refunds**: After the returned item has arrived and been inspected, we refund it to the payment method you used. It can take up to 10 business days before the refund shows in your account.
5. **Shipping costs**: You pay for return shipping, unless the return is caused by a mistake of ours (for example, we sent the wrong item).
6. **Exchanges**: Want a different item? First go through the return process, then order the item you want as a new order.
Thanks for shopping at Luggage Shop USA! Making you happy is what matters to us.""",
                       ()),

    "sariglow": ("""Refund policy
Refund Policy
Who Can Get a Refund
An item qualifies for a refund only if it is unused, in its original packaging and in the condition you received it in. Ask for the refund no later than 14 days after your order reaches you.
These items can't be refunded:
- Accessories that are personalized or custom-made
- Anything marked "final sale"
- Hair styling tools that have been used
- Packages of hair accessories that have been opened
How to Get a Refund
- Email our customer service team at help@sariglow.example to ask for a refund
- Give your order number and tell us why you are returning the item
- When your request is approved, we send you instructions for the return
- Post the item back with a shipping service that can be tracked
- When it has arrived and we have inspected it, we process your refund
When Refunds Are Paid
We process refunds 5-7 business days after your returned item reaches us, back to the payment method you used. Shipping charges are not refunded.
Exchanges
At present we offer refunds only. To swap an item, return it for a refund and then place a new order for the product you want.
Damaged or Defective Items
If a product reaches you damaged or defective, email help@sariglow.example straight away, with photos of the item and of the packaging. We will send a replacement or refund you, at no extra cost to you.
Questions?
Email help@sariglow.example about anything in this refund policy. Our customer service team works Monday to Friday, 9am to 5pm EST.""",
                 ()),

    "immersioncosmetics": ("""Returns
We only take back cosmetics and skin care when the goods are damaged or incorrect. Please don't expect an exchange just because the texture, the way a product goes on, or its colour isn't what you hoped for. When an item is sent to us to be examined, we decide whether it really is damaged or falls short of our standards. Most of the time we exchange the product without any questions and refund what you paid to post it back. Sometimes a customer has simply changed their mind; in that case the products are sent back to the customer. That is usual practice for cosmetics, because a product can become contaminated once it has left our hands: we must be able to promise every client that what they buy has been stored hygienically on our premises until it was shipped.
Please don't ask to exchange samples or lip products. Please don't ask us for an exchange because you dislike the colour. Our samples are reasonably priced, and if you are not sure of a shade we strongly advise trying a sample before you buy the full size.
Returning Damaged or Incorrect Merchandise
If something worries you, a product is mislabelled or a brush is faulty, get in touch within 3 days of receiving your parcel, through our contact us page or by phone. Don't post anything back to us before you have contacted us.
If items were damaged by the courier on the way, tell us the moment you open the courier bag so that we can act. Please supply photos, which we pass to the courier company as proof of the damage.
Please don't ask to exchange samples or lip products. Please don't ask us for an exchange because you dislike the colour. Our samples are reasonably priced, and if you are not sure of a shade we strongly advise trying a sample before you buy the full size.
Returning Damaged or Incorrect Merchandise
If something worries you, a product is mislabelled or a brush is fau""",
                           ("sent back to the customer",)),

    "bestbeardstuff": ("""Returns / Refunds / Cancellations Policy

Returns / Refunds / Cancellations Policy

Returns

This policy runs for 30 days. Once 30 days have passed since you bought something, we are sorry, but we can offer neither a refund nor an exchange.

We need a receipt or other proof of purchase to complete a return.

Don't send what you bought back to the fulfillment center.


Refunds (if applicable)

When your return has arrived and been inspected, we email you to say it has reached us.

If it is approved, your refund is processed and credited automatically to your credit card or original method of payment within a certain number of days.


Cancellations

Some products in our shop can be bought as a subscription. This part of the policy says how you change or cancel such purchases.

Subscriptions
A subscription brings you repeat deliveries.
We store your payment details securely and charge you for each delivery.

A subscription may renew by itself when its term ends. If you'd rather it didn't renew, you can cancel it.
You can cancel or change your subscription at any time you like. The emails confirming your order link to it, and you can manage the subscription from there. You can also email support@bestbeardstuff.example to cancel or change your subscription.
More about returns and refunds is in our returns policy.


Some products in our shop can be bought as a subscription. This part of the policy says how you change or cancel such purchases.

Subscriptions
A subscription brings you repeat deliveries.
We store your payment details securely and charge you for each delivery.

A subscription may renew by itself when its term ends. If you'd rather it didn't renew, you can cancel it.
Whenever you want to cancel or change your subscripti""",
                       ("cancel or change your subscription",)),

    "mrunderwear": ("""Return & Exchange Policy

Return and Exchange Policy

We know how much it matters that underwear fits well. If the size you bought doesn't suit you and you want a different one, we will gladly exchange it.

A return or exchange has to meet all of these conditions:

(a) You ask for it within 14 days after the goods reach you.

(b) The purchased item does not fit.

(c) The exchange is only for the same style and color in a different size.

(d) The item comes back in its original packaging, with every brand label still on (where there is one).

(e) The item is not worn, not washed, not altered and not damaged (no stains, marks or smells from use).

(f) We take no returns or exchanges of products that are not defective or damaged, and that includes minor differences in subjective satisfaction, in size or measurements, in colour, small signs of wear or loose threads, a dye smell in the fabric, and any damage that happened after purchase.

(g) We take no returns or exchanges of any underwear product.

(h) You pay every shipping cost of a return, and refunds are not provided.

To ask for a return or exchange, just email your order number and a contact phone number to the Mr. Underwear Returns Center (returns@mrunderwear.example). Someone on our team will look after you and make it easy, so there is nothing to worry about!

Once your return parcel has reached us, we process it and ship your new item within 10-20 working days, depending on stock and on delivery times to your country or region.

Before you send anything back, please check that your return or exchange meets every condition above. If it doesn't, Mr. Underwear may refuse the exchange, and returned items that fail the conditions will be neither refunded nor handled any further.

Order Cancellation
""",
                    ("the purchased item does not fit", "same style and color in a different size",
                     "minor differences in subjective satisfaction", "refunds are not provided", "within 10-20 working days")),

    "sockscompression": ("""Refund, Return & Cancellation Policy

This policy sets out how Sockscompression deals with returns, refunds, exchanges, cancellations, parcels that go missing and problems with addresses.


1. 60-Day Money-Back Guarantee

Eligible purchases carry a 60-day money-back guarantee.

If what you ordered isn't what you expected, you can ask to return it within 60 days of delivery, on the conditions below.
Every return request has to be sent by email to support@sockscompression.example


2. Which Returns and Refunds Qualify

A refund, return or exchange is only possible when all of the following hold:

The product is unused, unworn and fit to be sold again, and comes back in its original packaging with every accessory and insert.
Nothing that shows signs of use, wear, washing, damage or modification, or that is missing a part, can be refunded.

Send returns only to the authorized return address our support team gives you.
Items sent to a wrong address or to intermediary addresses are not refunded.


3. Hygiene

For reasons of hygiene and safety, socks that have been used or worn cannot come back.

We can take back only items that are still unused and as they were, in packaging that is intact.
This keeps things sanitary and protects every customer.


4. Exchanges

We replace items free of charge when they are:

  • defective,
  • damaged on the way to you,
  • the wrong size, color or pattern because of a mistake of ours.

If you ordered the wrong size or pattern yourself, you pay the return shipping.

If a replacement is unavailable, we may refund you instead.


5. Size and Fit

Compression socks are made to fit tightly so that they work as therapy.
Choosing the right size from our size chart is up to you.

You may exchange socks for another size if you picked the wrong one, but you pay the return shipping.


6. Lost or Stolen Packages
""",
                         ("intermediary addresses", "replacement is unavailable")),

    "aidadance": ("""Shipping & Returns

Return & Refund Policy


You have 28 days to return or exchange shoes. After those 28 days have passed, we can neither refund nor exchange them, and we make no exceptions.

A return is accepted only if:

1. Stickers must remain on the bottom of the shoes. Leave them on until you are certain you will keep the pair, and ask us or your teacher first.

2. The suede sole is just as it was when it reached you, clean and fuzzy. Shoes that are dirty, worn or scuffed are refused, whether you had them on for a second, a minute or a whole lesson. If you aren't sure, try them on a carpet.

3. The shoes have never been danced in. Please don't give in to the urge, or the shoes are yours to keep.

4. The shoes come back in their original packaging.

5. Shoes bought in a sale can't be returned, refunded or exchanged. Please get in touch with us and plan ahead.""",
                  ("stickers must remain on the bottom",)),

    "ecoridetrading": ("""1. Who Can Return
We always want you to be happy with what you buy.
You can ask to return an item when:
-
The item you got is defective, damaged or not the one you ordered.
-
You ask within 7 days of the day your order reached you.
-
The product is unused and unworn, in its original packaging, with every accessory and tag attached.
2. Items That Can't Be Returned
For reasons of hygiene, safety and quality control, some products can't come back, among them:
-
Helmets
-
Cycling gloves
-
Protective guards
-
Cycling wear worn as an undergarment (padded shorts, for example)
Before you check out, please check your order so that the size and color are right.
3. How to Return
-
Get in touch with our Customer Service team within 7 days of receiving your order.
-
Give us your order number, a short description of what is wrong and photos of the problem (the defect, or the wrong item, for instance).
-
When we approve your request, we send you the return address and detailed instructions for shipping.
-
Pack the item properly so that it isn't damaged on the way back.
4. Shipping Costs
-
When the return comes from a mistake of ours (a wrong item or size, or a defective product), we pay the return shipping.
-
When it is for a personal reason (you changed your mind, ordered the wrong size and so on), you pay the shipping.
5. How Refunds Are Paid
-
We refund with the payment method you used to buy (credit card, online banking and so on).
-
After the returned item has arrived and been inspected, we process the refund within 5–7 working days.
-
We email you a confirmation when the refund is done.
6. Cancelling an Order
-
You can cancel an order with no penalty until it ships. If you want to cancel, contact us right away.
-
Once an order has been processed or shipped, it can no longer be cancelled; instead, you can start a return when it arrives.""",
                       ()),

    "eyewearstraps": ("""Our website describes everything we sell as accurately as we can, in words and in pictures, and we are proud of it. So we trust you will be more than happy with what you buy.

Still, if your purchase doesn't satisfy you for whatever reason, you may return or exchange it, as long as you send it back within 14 calendar days of receiving the goods.

Before you send anything back, email us at returns@eyewearstraps.example with your order details and say whether you want a refund or an exchange, so that we can put things right as fast as possible.

We exchange an item for a similar one in another style, depending on what we have and what it costs. Our stock changes, and a style may not be available straight away. If the item you ask for is not available when your exchange request is handled, we will let you know where things stand and refund you if you prefer.

Everything sent back MUST meet these simple conditions:

- Products come back NEW, as the manufacturer shipped them: not worn, apart from trying them on for fit and size. Boxes, packing, leaflets and products must be as they were, with no marks, tape or folds, and not defective in any way.

- Products come back within 14 days of receiving them, without exception.

- A returned item can be refunded at the price you paid for it, not counting shipping costs.

We refund shipping charges as well only when EyewearStraps.com has inspected the product and found it defective or sent in error. In those cases the return shipping we refund is capped at the standard ground rate for your items.

We process refunds within 3 business days of receiving the goods and pay them by the method of the original payment, unless stated otherwise.""",
                      ("not available when your exchange request", "standard ground rate")),
}
