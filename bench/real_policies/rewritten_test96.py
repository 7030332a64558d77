"""The test96 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "odysseybookstore": ("""Return Policy

We hope you love what you buy from us, though we know an item sometimes has to come back. Please read the return rules below, and get in touch if anything is unclear.

We take returns for a full refund, and also exchanges, for 14 days after the date of purchase, as long as:

  • You can show proof of purchase (a receipt, or the book was bought under your customer profile). Without proof of purchase we can give neither a refund nor store credit, even for a book you bought only yesterday.
  • The book can still be sold, which means it has to look brand new: it must not look read, and it must have no cracked spine, bent pages, stains and so on. Every book that comes back to us has to be fit to return to the shelf and sell at full price. If the book got damaged in any way while it was in your hands, we cannot take it back.
    • The one exception is a printing error you find that makes the book hard or impossible to read.

A non-book item has to come back with all of its original packaging and fit to be sold again (notebooks sold in plastic wrap must still be unopened, t-shirts unworn and unwashed, totes unused, and so on).

Return shipping for books and other items is not paid by us, and we take no responsibility for anything lost or damaged on its way back. We suggest you send returns by an insured, trackable service.

Books specially ordered for you, books from the sale cart, books sold to you at a discount because of damage, and Blind Date with A Book purchases cannot be returned.

After 14 days, store credit may be offered at the store's discretion; past that point, though, we take no returns of books or formats we have stopped carrying.""",
                         ("non-book item", "after 14 days, store credit")),

    "rarecomicbooks": ("""Back to Top
Home
Contact
FAQ
Grading
Shipping
Returns

Our Return Policy

Lost or damaged orders

Every shipment inside the Continental United States carries insurance. Should your order arrive damaged, keep the packaging! We might need it for an insurance claim on the parcel; if our claim cannot go through, refunding your money could be hard. Any damage to your order has to be reported to us no later than 5 business days after you receive it.

Customers who bought insurance for international shipping at extra cost: tell us as soon as you can. Depending on the case, we will refund you, send the order again in whole or in part, or credit your account with us.

Should your order arrive damaged, keep the packaging! We might need it for an insurance claim on the parcel; if our claim cannot go through, refunding your money could be hard. Any damage to your order has to be reported to us no later than 5 business days after you receive it.

Note: lost or damaged international shipments are not replaced without the purchase of insurance.
Want your parcel insured? Just say so, and an extra fee will be added to your order.
Click here to buy insurance, and say in your email that you want it.

If you think we overgraded a comic

Any comic can come back for a refund as long as you email us within 5 days of receiving it. Returns have to arrive at our office within two weeks, counted from the original delivery date (three weeks from Canada, one month from elsewhere abroad).

For a refund to your credit card, enclose a copy of the original invoice marked with the items you are sending back.

Returns that arrive with no copy of the original invoice can face significant delays in processing. Returns sent without authorization may be charged a 25% restocking fee, taken off what we refund.

A note on third-party grading

Once your order arrives, as explained above, you have 5 days to look it over. If yo""",
                       ("keep the packaging", "insurance for international shipping", "without the purchase of insurance",
                        "at our office within two weeks", "delays in processing", "25% restocking fee")),

    "scratchandjotter": ("""Returns and Exchanges

Most items that are new and still unopened can come back for a full refund within 30 days of delivery. If the return is our mistake (say you got a wrong or defective item), we pay the return shipping as well.

If I qualify for a refund, when will it arrive?

Expect the refund inside four weeks of giving your package over to the return carrier, and often much sooner.

Those weeks cover the carrier's transit to bring your return to us (5 to 10 business days); then our processing of the return once it arrives (3 to 5 business days); and last, your bank handling the refund we ask for (5 to 10 business days).

Who pays the postage?

Postage costs are refunded only when we sent you the wrong item or the item is faulty. In every other case, the refund is paid minus any postage charged on the original order and minus any postage for sending the item back to us.

Could I exchange instead of taking a refund?

Certainly. Just tell us what you want instead and, stock levels permitting, we will gladly do it. Everything above still applies, postage included.

What if my order is faulty or damaged?

We apologise; this was never our intention. We will work with you to sort it out fast. Follow these steps so that we can get new stationery supplies back to you quickly:

  1. Send us an email the moment you unwrap the parcel and see the damage or the fault.
  2. Give your order number and say what the damage or fault is. Add photos if you can.
  3. A replacement goes out to you promptly, together with a prepaid envelope for sending the damaged goods back.

What if I got the wrong item""",
                         ("four weeks of giving your package",)),

    "passion4pens": ("""Return Policy:
If you have to send something back for any reason other than getting an item in error, please note:
[1] Every return has to be made within two weeks of purchase; after that, nothing can be returned. Ink bottles, ink cartridges and pen refills of every kind cannot be returned once opened or used. See #6 below.
[2] Contact us at passion4pensinfo@example.com or 1-708-555-0472 to say which item[s] you are sending back and to be given an RMA (Return Merchandise Authorization) number.
[3] Every manufacturer charges us a re-stocking fee of at least 15%.
[4] Every return has 15% of the purchase price taken off to cover that re-stocking fee. For returned fountain pens, 25% of the purchase price is taken off because of what refurbishing them costs.
[5] Everything returned must be fit for re-sale and unused. If it has been used or damaged in any way, we may refuse a refund, in full or in part.
[6] Refunds will be by check, in every case.
[7] We never refund shipping & handling/S&H charges. [Anything sent back with no RMA stays uncredited until you are contacted and have explained it to us.]
Should a SCHNEIDER product of yours seem defective at all, Passion4Pens.com will gladly send you a replacement. The defective product has to come back to us first, though, in order for a replacement to go out to you, so that Schneider can credit us properly and check the item for quality control.
For a problem with ANY OTHER refill, send that defective or problem refill back for [1] credit or [2] exchange. We have to return such defective items to the manufacturer, both to be credited and so that they can improve their quality control. If the refill you return is no longer available, you can choose""",
                     ("25% of the purchase price", "refunds will be by check", "until you are contacted", "schneider product",
                      "in order for a replacement", "any other refill", "no longer available")),

    "commit30": ("""Returns/Exchanges/Refunds:
Exchanges tend to be complicated and slow. So rather than exchange, we will help you return the item for a refund; you can then order a new planner at once, without waiting for delivery and processing. Our return policy and instructions follow.
To make a return, print the Return Form Here and put it in your parcel.
Physical Product Refund/Return info:
- We refund only products that are still new and unused.
- We refund only products sent back within 30 days of the purchase date.
- Refunds go only to the credit card that paid for the original purchase.
- We do not refund the original shipping, and we do not provide return shipping.
- Free shipping specials need a minimum order amount, so the refund is paid less the actual shipping cost.
- BOGO offers and "free" items cannot be refunded or returned, unless all items in the order come back.
- Please insure your return parcel for the full value of what is inside.
- Processing a return may take 7 – 10 days.
- When you post a return, keep its tracking number so that delivery can be checked. Return parcels lost or damaged in transit are not refunded.
Restocking Fee:
On orders where shipping was charged:
- Each return carries a $5.00 restocking fee.
On returns of orders that had free or upgraded shipping:
- Full order return: the restocking fee equals what shipping the order "actually" cost at first, plus a further $5.00 restocking fee.
- Partial order return: when returning part of an order leaves it short of the free shipping promotion, the order's first "actual" shipping cost is charged, plus a further $5.00 restocking fee.
The restocking fee will be waived once you have already bought a replacement as part of an exchange (e.g. you sent a planner back because you wanted another size or color).
Digital/Downlo""",
                 ("return form", "less the actual shipping cost", "unless all items in the order",
                  "lost or damaged in transit", "full order return", "partial order return", "fee will be waived")),

    "cutpopup": ("""Refund and Return Policy

Return Policy

Our wish is that you enjoy what you get from us! Whatever the reason the items you bought did not meet your expectations, you can get a refund where the item was damaged in transit on its way to you.

If you are not fully satisfied, we take back merchandise for most orders within 30 days of purchase. Where you have a receipt, we refund the returned items the same way the original sale was paid. Every item has to come back in new condition, in its original packaging, with its contents.

Items have to be returned by mail: pack it again, put the packing slip inside and post it to us. An insured, trackable shipping method is advised. If the packing slip is missing, put in a note giving your name and billing address, and the order # and date. Any return shipping charges are yours to pay.

If your card reaches you damaged, email us at hello@cutpopup.example with photos of the damage; we will then help you put it right.

Order Cancellation Policy
After it is confirmed and shipping, an order cannot be returned. We are unable to honor requests to cancel; you can, however, cancel an order before it is confirmed, at any time, or write to hello@cutpopup.example.

We want every order to go out fast so that your cards arrive in time for your special occasions; that is why every order is taken from our stock as soon as it comes in, and shipped as quickly as we can.

Refund

No refund yet? Look at your bank account again first. Then get in touch with your credit card company, because a refund can take a while to be officially posted.
Refunds often need some processing time before they are posted.
If you have done all this and the refund still has not come, please contact us.""",
                 ("returned by mail", "confirmed and shipping", "before it is confirmed")),

    "usglobecorp": ("""What do refunds or exchanges require?
Every return needs a Return Authorization Number, which customer service gives you. Send products back in a separate shipping box, with the original packaging kept intact. We do not accept items whose packaging is defaced or damaged.
How long can I take to report a defective or damaged toner cartridge?
Toner cartridges (OEM, remanufactured or compatible) that are defective or damaged have to be reported no later than 30 days after you receive them, with photos of the damage.
What if I keep a defective item after getting a replacement?
Additional charges apply if defective or damaged items are still with you 30 days after receiving a replacement.
What happens with returns caused by ordering mistakes of the customer?
Toner cartridges that are unopened and sealable can come back within 30 days, at the customer's cost and with a 15% restocking fee. Specialty orders and components cannot be returned, and cannot be canceled either: maintenance kits, transfer units and fuser units, for example.
Did this article help you?
Great!
Thanks for your feedback
Sorry we could not help
Thanks for your feedback
Feedback sent
Thank you; we will try to improve this article""",
                    ("separate shipping box", "after receiving a replacement", "cannot be canceled")),

    "mightychairs": ("""ORDER NOW AND GET FREE SHIPPING ON EVERY CHAIR!

Return Policy

Returns:


You have 30 days under our policy. Once 30 days have passed since your purchase, we are sorry, but we cannot give you a refund or an exchange.

A return is accepted only if the item is unused and in the same state as when you received it, and in its original packaging.


To ask for a return, send us these details through the form on our contact page:

  • Order number
  • Name on the order
  • Why you are returning it

Please don't send what you bought back to the manufacturer. Once the return is authorized, we will give you the address to send it to.


Refunds:


When your return has arrived and been inspected, we will email you that your returned item has reached us. We will also tell you whether your refund is approved or rejected.


If it is approved, we process the refund, and a credit is applied automatically to the original method of payment or your credit card.

How long the money takes to show up again on your account depends on your bank's processing times; it is typically 1 to 3 days.


No refund yet? Look at your bank account once more first.
Next, call your credit card company: a refund can take some time to be officially posted.


After that, contact your bank, since a refund often needs processing time before it is posted.

If you have done all that and the refund still has not come, send us a detailed message through our contact page form.

Exchanges:

To exchange an item because of its size, just ask for a return/refund of the item you bought, and order it again in the right size. You can order again before or after the first purchase is refunded.

Damaged & Defective Items

Should an item be defective or damaged, give us the details below using the form on our contact page.

  • Order numbe""",
                     ("back to the manufacturer",)),

    "labelbubble": ("""Our refund policy is really simple!

If the fault is on us, we'll take the order back. You get a full refund of the amount when all of the conditions below hold:

  • The labels were mixed up;
  • They were faulty when they arrived;
  • Unused labels show obvious damage;
  • The labels have NOT been used at all;
  • The original packaging is still there;
  • Your return request came in no more than 30 days after we confirmed the labels shipped;
  • They reach us again within 14 days of claim;
  • Your return includes the return form

We also keep the right to turn down a refund request when:

  • The product shows signs of use;
  • The labels show no signs of defect

How do I ask for a refund?

1) Photograph the problem or the defective labels, and put the labels back into their original packaging.
2) Reach us through the contact us page; we will reply with what to do next.
3) Send the photos to the email address given in our reply.
4) Next we send you the form; just follow its simple instructions.

Nothing complicated: just good common sense.

Other Notes:
  • Refunds are processed within 10 days after the returned item(s) reach us
  • Refunds have to go to the original payment method you used (for example, the credit card you ordered with)""",
                    ("if the fault is on us", "within 14 days of claim", "return form", "no signs of defect")),

    "lizzydavis": ("""
-
-
LATEST IN THE BLOG
If anything in your online order does not match, please contact me straight away.
If my print leaves you unsatisfied in any way, you can exchange it, or return it within 30 days of receiving prints ordered online. Once the print has been inspected as a return, you receive a credit for what the print cost. The customer pays any return shipping costs, unless I made a shipping error.
A print can be returned only if it is unused and in the same state as when you received it. If your print arrived damaged (in shipping), tell me, and I will work with you so that you get a new print without damage.
For a return of damaged prints to be completed, I need photos of the print to judge the damage properly.
Please do not post your print back to me, or to the manufacturer, before contacting me.
Sometimes I can only offer partial refunds:
• Prints that clearly show signs of use.
• Any print that has lost its original condition, or was damaged for reasons that are not my error.
• Prints someone wants to return more than 30 days after delivery
On international orders, all import duties and customs fees are the customer's to pay. If a shipment is refused, it is the customer who owes what it cost to ship it originally, any import fees, duties or taxes the package incurs, and the cost of its return. We may contact customers about extra shipping fees.
When your return has arrived and been inspected, I will email you to say your returned print has arrived and been reviewed. I also tell you whether your refund or partial refund is approved or rejected.
If it is approved, the refund is processed and a credit goes automatically to your original method of payment or credit card, after some days.
Late or missing refunds
Still no refu""",
                   ("only offer partial refunds", "if a shipment is refused")),

    "getwaxseals": ("""Refund Policy

Our refund policy does not cover personalised items, such as wax seals and wax seal stamps, letters, certificates and cards, unless they are damaged or defective, or go missing on the way and are never delivered.

Should your wax seal order arrive damaged, we send a replacement at no charge. We do not issue a refund.

A wax seal order that gets lost in transit is replaced at no charge. No refund is given.

Should you mistype your shipping address at checkout and the items have gone out, we give no refund. As a courtesy, though, we will send your wax seal order again to the corrected address.

Subscriptions

Every subscription renews automatically: your card is charged and the subscription carries on. To stop it renewing, email us and we will help. It is possible to cancel your subscription at any time.

Paid monthly subscriptions, once cancelled - no prorated refund is issued.

Paid six month subscriptions, once cancelled - at most 3 months are refunded pro rata.

Paid annual subscriptions, once cancelled - after three months, the rest of the period is refunded pro rata.

Goods other than wax seals, seal stamps, cards, letters and certificates

An item can be returned only if it is unused, unopened and in its original packaging.

Some kinds of goods cannot be returned: perishable goods (magazines, newspapers, flowers or food, for example).

Nor do we take back products:

  • that may touch intimate areas (ear-rings/piercings, say),
  • or hazardous materials, or anything holding flammable liquids or gases.

The list is not complete.

Also non-returnable:

  • Personalised cards and invitations
  • Gift cards
  • Gift tags
  • Any personalised item
  • Software products to download

We need a receipt or other proof of purchase to complete a return.

Never post what you bought back to the manufactur""",
                    ("gets lost in transit", "mistype your shipping address", "cancel your subscription at any time",
                     "monthly subscriptions", "six month subscriptions", "annual subscriptions", "back to the manufactur")),

    "printerpix": ("""Returns Policy
100% Satisfaction Guarantee
Quality matters to us, so we promise you will be completely happy with your photo gift. If you are not, tell us and we will do whatever it takes to put it right. Under our 100% Satisfaction Guarantee we keep going until you are happy, be it a refund or a reprint of your order.
Returns Policy
We aim for you to be fully satisfied with our Services and Products alike. Should you find any reason to be dissatisfied during the first thirty (30) days after receipt, we promise to put the situation right:
Refunds depend on the actual amount paid, leaving out any promotional or discount value.
Where damage or defects on receipt are confirmed, we will, as we decide, send a prepaid
return
shipping label, pay back what you spent on return shipping, or advise the disposal of the faulty or damaged
product.
In all other cases, you pay the cost of return shipping. Shipping and handling charges may
apply,
in particular for Services and Products given on a free or promotional basis.
Orders that are bulk or priced at wholesale are final, and are refunded only where material
damage or defects on arrival are verified
and our team confirms them. With bulk/wholesale orders it is vital to
ask for
digital proofs and check them carefully before you finalise the order.
By law you may cancel vouchers you bought from Printerpix for 7 business days after buying them
(the Cancellation Period). If, however, you redeem the voucher(s) during this Cancellation Period, you
thereby
agree to receive the products or services, and so lose the right to cancel the voucher
purchase.""",
                   ("actual amount paid", "advise the disposal", "free or promotional basis", "cancel vouchers",
                    "redeem the voucher")),
}
