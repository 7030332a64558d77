"""The test7 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "iayez": ("""Sunglasses can be sent back to us up to 10 days after the day they reach you.
You get your money back in full as long as they come back without damage or marks.
*More on how returns work further down this page.
Prescription sunglasses can also be sent back up to 10 days after the day they reach you. They are refunded in full when they arrive back with no damage and no marks. *More on how returns work further down this page.
Prescription glasses may likewise be shipped back to us up to 10 days after
you receive them, and are refunded in full if they show no damage and no marks.
*More on how returns work further down this page.
Eye drops and ointments cannot be returned.
Masks may be shipped back up to 10 days after you receive them.
We refund them in full provided the mask is not damaged and its packaging has never been opened.
*More on how returns work further down this page.
Supplements and vitamins cannot be returned.
Contact lenses of every kind may be returned, but only while the box is still sealed. They are refunded
in full when they come back with no damage and no marks.
*More on how returns work further down this page.
Prescription medication cannot be returned.
Get in touch with our customer service team and tell us which item(s) and which service your request is about. We will reply by email
within 3 days, either with a prepaid shipping label or with news on your request.
Orders can be cancelled at any point up until they ship, and a cancelled order is refunded in full.""",
              ("its packaging has never been opened", "only while the box is still sealed")),

    # Not found in the stored pages (four queries): written from its label alone.
    "abcluxury": ("""Returns & Refunds

Shipping
Every order is packed by hand and sent with tracking. You will receive the tracking link by email as soon as your parcel is on its way.

Returns
We hope you love what you chose. If you don't, most items can be sent back within 30 days of the date they were delivered. Please get in touch before you send anything back (email is the quickest way to reach our team), and we will confirm your return and explain what to do next.

We ask that items come back unused and, wherever possible, in their original packaging.

The cost of shipping a return is paid by the customer. Returns have to be sent using a prepaid method; parcels sent cash on delivery or with postage to pay cannot be accepted.

Exchanges
Would you rather have another size, colour or piece? We are glad to exchange it for you.

Damaged or defective items
Each piece is checked before it leaves us. If your order still arrives damaged or defective, tell us and we will send you a replacement at no cost to you, and we pay all the shipping involved.

Refunds
Once your return reaches us, your refund is processed within 4 to 8 days. Depending on your bank, it can take a further 2 to 4 weeks before the money shows on your statement.

Contact
Any questions? Write to care@abcluxury.example.""",
                  ("using a prepaid method",)),

    # Not found in the stored pages (four queries): written from its label alone.
    "makextop": ("""Refund and Returns Policy

Thanks for shopping with MAKEXTOP. If your order is not quite what you hoped for, this is how returns work.

Returns
You can return an item within 30 days from the date you purchased it. Once those 30 days are up, we can no longer take it back.

Items must not have been worn, and they must be in the same state as when they reached you. Ideally, send them back unused and in their original packaging. Anything that has been used or damaged will not be accepted.

Every return needs a receipt or some other proof of purchase.

Items that cannot be returned
Sale and clearance items, as well as anything bought on promotion or at a discount, cannot be returned.

Exchanges
Prefer a different size or colour? We are happy to exchange your item instead.

Return shipping
The cost of sending your return to us is yours to pay.

Refunds
When your return arrives, we inspect it and then let you know whether your refund has been approved. Approved refunds are processed and should reach your account within 7-10 business days.

Contact
Returns can be arranged by email at support@makextop.example. Please include your order number.""",
                 ()),

    "hardwareandtools": ("""Return Policy

No product may be sent back to us until we have issued you a Return Authorization (RA).

Was the problem our mistake, or is the product defective? Please describe it in full to our customer service team before you ask for an RA.

Good Faith Returns

Ask for your return no later than 15 days after the date you placed the order; the goods then have to reach our warehouse no more than 25 days after the date we shipped them. Returns that reach us late may not be credited. We take back only new merchandise that can be resold, in the retail packaging it came in. We cannot accept anything that is damaged or has been abused, that is missing accessories, serial or identification numbers, or its UPC barcode, or that is no longer in its original packaging. Anything that has been used, re-taped, or pulled off its display card will be thrown away, and no credit will be given for it.

- New, resalable products sent back promptly are credited at the price you paid for them
- Freight in both directions is the customer's responsibility
- We do not refund freight charges
- Products sold only in "Quantity Packs" can come back only in whole multiples of the pack quantity
- If you send back part of an order and keep less than the quantity that earned a quantity price, that discount is reversed
- Orders shipped Freight Free already had a freight saver allowance built into the Freight Saver charge
- Orders shipped Freight Saver were billed at a subsidized rate. Return charges are worked out at our NET AVERAGED freight cost, as linked above: about $7.00 per package, plus 40 cents for each pound or part of a pound in the East, 55 cents in the Central region and 70 cents in the West, depending on your State.
- Quotation Orders are bought in specially for you and cannot be returned.
- Any freight saver allowance already applied is taken off your credit, where relevant.

Note:

- Returning small, inexpensive items is rarely worth it when shipping both ways costs more than the item itself.""",
                         ("25 days after the date we shipped", "or its upc barcode",
                          "pulled off its display card", "in whole multiples of the pack quantity",
                          "quantity that earned a quantity price", "at our net averaged freight cost",
                          "any freight saver allowance already applied")),

    "roadrunnerjoe": ("""Refund policy


Our approach to refunds is simple.

1). If the mistake is yours, we can't give you a refund.

2). If the mistake is ours (and now and then it will be: we keep count, and our error rate sits at 0.325%, which adds up once you ship enough orders). That is to be expected, since every order is roasted and packed by real people at each stage. So when a slip-up is on us, we make it right: we send you replacement coffee and pay for its shipping.

3). If something goes wrong that is down to the post office or some other oddity, such as a stolen parcel or a box damaged on the way, we will look into it, and once we can confirm the claim we will share the cost of the order with you. You cover the shipping; we cover the coffee.

4). Our coffee subscribers may make one return per calendar year, and we won't ask why.

To sum up:
Your mistake, your cost. Our mistake, our cost. Nobody's mistake, we go halves.

Please don't mail coffee back to us!
All coffee that comes back has to be thrown out, so the postage is simply wasted.

""",
                      ("share the cost of the order", "one return per calendar year")),

    # Not found in the stored pages (four queries): written from its label alone.
    "shshop": ("""Refund policy

Delivery
We aim to dispatch every order quickly, and most UK deliveries arrive within a few working days.

Returns
To start a return, fill in the returns form on our website. We will look at your request and, if it is accepted, send you instructions on how and where to post your parcel. Parcels that turn up without an approved return request will be refused.

Christmas
Orders placed over the festive period are covered by our Christmas returns policy, which we publish on this page every November.

Damages and issues
Please check your order as soon as it arrives. If an item is defective, damaged, or not as described, contact us straight away so we can look into it and put things right. In those cases we pay the cost of sending it back.

Exchanges
We are happy to swap an item for another size or colour; just choose "exchange" when you fill in the returns form.

Refunds
When your return reaches us, we will inspect it and let you know whether your refund has been approved. If it has, the money should be back with you within 7 business days.

Questions
Email hello@shshop.example or call 555-0100.""",
               ("our christmas returns policy",)),

    "meeplemovers": ("""Return/Exchange Policy

Returns
You have 30 days from the day you bought an item (our "Return Window") to return or exchange it. Once the Return Window has closed, we are unable to refund or swap anything. The one exception: anything bought from November 1 through December 23 can be returned or exchanged until January 22 of the next year.

An item qualifies for return or exchange only if it has not been used, is still in the state it arrived in, and comes back in its original packaging.

Some goods cannot be returned at all. Perishable products, meaning periodicals like magazines and newspapers, or time-limited games whose solution is released on a set date, are not accepted. Nor is any product that is intimate in nature or includes sanitary goods.

Also not returnable:

  • Gift cards
  • Software sold as a download
  • Games meant to be played only once, escape-room games for instance

We will need your receipt or another proof of purchase to complete a return.
Please don't ship your purchase to the manufacturer: once it has gone there, there is nothing more we can do for you.

In a few cases we can offer only part of your money back (where applicable):

  • A book that clearly has been read or used
  • Any item that has been opened
  • Anything not in its original state, for example damaged or missing pieces, where the cause wasn't a mistake of ours
  • Anything sent back after the Return Window has closed

Refunds (where applicable)
When your return has arrived and we have inspected it, we'll email you to confirm it is here, and tell you whether your refund is approved or rejected.
Once approved, the refund is processed and paid back automatically to the card or other payment method you originally used, within a number of days.

Late or missing refunds (where applicable)
No refund yet? Have another look at your bank account first.
Next, call the company that issued your credit card, as a refund can take a while to be posted officially.""",
                     ("from november 1 through december 23", "ship your purchase to the manufacturer",
                      "offer only part of your money back")),

    "treadmill": ("""Return Policy and Satisfaction Guarantee

Return Policy and Satisfaction Guarantee

Choosing a large, heavy and costly piece of fitness equipment can be nerve-racking. At treadmill.com we try to take all of that worry away with a return policy that is plain and has no catches.

Here is what we promise: if for any reason you are unhappy with your new equipment during its first 30 days, ship it back and your money will be refunded in full. Naturally the cost of shipping it back is yours to pay, but treadmill.com never adds silly restocking charges or return fees. Compare us carefully with other sellers and you will find tricks such as a 20% restocking fee, or a charge for the original delivery to your door.

Please go through the policy below with care: we need the original box, the machine in like-new condition, and notice from you before anything is shipped back. Once the product reaches us in its original condition, you get back 100% of what you paid for it. No tricks. No catches. A 100% refund. That is our treadmill.com promise.

And if what you receive is damaged or defective, treadmill.com pays for shipping in both directions.

Return Instructions and Conditions

  • Every return needs a Return Merchandise Authorization (RMA). Anything sent back without an RMA number on it will be refused and returned to the sender, and in that case we cannot give credit for the product or the shipping.
  • To get an RMA, call treadmill.com on 555-0100 or email support@treadmill.example.
  • Each RMA tells you the address to ship the unit to.
  • You must ask for your RMA within 30 days of the day the product was delivered.
  • TREADMILL.COM DOES NOT AUTHORIZE RETURNS ONCE 30 DAYS HAVE PASSED.
  • An approved RMA stays valid for 15 days, and the product has to reach us within 21 days.
  • Anything you send back has to be in like-new condition.""",
                  ("has to reach us within 21 days",)),

    # Not found in the stored pages (four queries): written from its label alone.
    "macautoparts": ("""B828 Parking Brake Shoe Set with Springs & Hardware - Rear - Fits BMW 128i

A rear parking brake shoe set, supplied with the springs and hardware needed to fit it. Please check that the part matches your vehicle before you order.

Shipping
In-stock parts are packed and handed to the carrier as quickly as we can, and you will receive tracking details by email.

Returns
Most items that are new and still unopened can be sent back within 30 days of delivery for a full refund. When a return is caused by our mistake, for example a wrong or defective part, we also pay the shipping to send it back.

Your refund should reach you no later than four weeks after you hand your package to the return carrier, though it often arrives sooner. That period covers the time the carrier takes to bring your return to us (5 to 10 business days), the time we need to process it once it arrives (3 to 5 business days), and the time your bank takes to handle our refund request (5 to 10 business days).

To send something back, sign in to your account, open the order from the "Complete Orders" link in the My Account menu, and press the Return Item(s) button. We will email you about your refund as soon as the returned item has been received and processed.""",
                     ("four weeks after you hand your package",)),

    "emersonsloan": ("""RETURNS

Every sale is final: within 14 days we can offer only store credit or an exchange, and we do not give refunds. Once 14 days have passed since you bought the item, we are sorry, but store credit and exchanges are no longer possible either.

For a return or exchange to be accepted, the item has to be unused, in the condition you got it in, and in its original packaging. Jewelry, sale items, gift cards and anything seasonal cannot be returned.

Any return needs proof of purchase.

BALLOON POLICY

Balloons and balloon orders cannot be returned. You can move an order to another date, but we need to hear from you 24 hours ahead. If an order is not moved at least 24 hours before, it can no longer be moved, because it will already be part of our plan for the next day.

All changes need our approval and have to be made 48 hours ahead of time. Custom touches such as tassel tails and confetti mixes cannot be returned once we have made them.

We DO NOT refund balloons. If something is wrong with an order you picked up today, we will try hard to arrange a replacement that SAME DAY.

Lots of things can affect balloons, and once they leave our hands we cannot promise how they will hold up.

Please Note:
Balloons drift with moving air, so we cannot promise they will stay in a particular arrangement.

Float Time and Appearance:
Indoors, our balloons will stay afloat for at least two to three days. Very hot or cold temperatures and direct sun shorten their life and affect how they perform. Balloons used outside, or kept in poor conditions, carry no guarantee.

Latex balloons get a little smaller each day. They also oxidize, a natural change that turns their shiny surface soft and matte.



ONLINE PURCHASES & SHIPPING

To send back an online purchase, mail it to: Emerson Sloan Returns, 1 Example Street.""",
                     ("hear from you 24 hours ahead", "made 48 hours ahead of time",
                      "a replacement that same day")),

    # Not found in the stored pages (four queries): written from its label alone.
    "mscmedicalshop": ("""Return Policy

We want you to be satisfied with everything you buy from MSC Medical Shop. If something is not right, you may return it within 30 days of the date it was delivered.

Eligibility
- Items must be unused and come back in their original packaging, together with every manual and booklet that came with them.
- Returned items should be in the condition in which you received them.
- Items marked as non-returnable, such as some FDA-regulated health products, cannot be sent back.

How to return an item
1. Before shipping anything, request a return authorization (RMA) using the returns form on our website. Returns that arrive without an RMA will not be accepted.
2. Once your request is approved, we will send you the RMA number and the address to ship your item to.
3. Please write the RMA number on the shipping label of your package.
4. We recommend a tracked shipping service. Once your parcel is on its way, send us an email with your tracking number so we can watch for it.

Restocking fee
Some returns may be charged a small restocking fee.

Refunds
When your return arrives, we inspect it. If it is approved, the refund goes back to your original payment method. Please allow an additional 3-5 business days for your bank to post the credit.

Questions? Contact support@mscmedicalshop.example or call 555-0100.""",
                       ("a small restocking fee", "write the rma number on the shipping label",
                        "an email with your tracking number")),

    "coolvines": ("""Refund policy

Wine that is "corked" or faulty in some other way can be brought back to be replaced or refunded, provided you bring the original receipt and it is dated no more than 30 days earlier. The bottle has to be almost full and not damaged in any other way.



We also take back stock items (special orders excluded) that are unopened and undamaged*, when they come back to the shop within 7 days together with the original receipt. We keep a 15% restocking fee from the refund.



* By "undamaged" we mean bottles that have not been through anything that would make them impossible to sell, including, among other things, having been chilled in a fridge or on ice, soaked or opened, or whose label is scratched or peeling.



That is our official policy, but we truly want every bottle you buy here to please you. If one doesn't, for whatever reason, please tell us and give us the chance to swap it for something you'll love.""",
                  ("the bottle has to be almost full", "chilled in a fridge or on ice")),
}
