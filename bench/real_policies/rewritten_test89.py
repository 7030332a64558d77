"""The test89 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "thevitaminshoppe": ("""Refund & Return Policy
Every sale made on our official website, https://www.vitaminshoppe.example, is final. Should a product have a manufacturing defect, which is unlikely, or should you want an exchange because of a problem with its flavour, please get in touch with us.
This applies when:
1. The items you received are damaged or defective
2. You believe the product that arrived does not have the flavour you ordered
3. A product is missing from a shipment that held several products
Tell our Customer Service team about it within 24 hours of delivery. Please also have an unpacking video recorded as you open the parcel. We only act on the request after our team has looked into it and confirmed the problem on its side. While the team works with you on the matter, you will hear from us within 10 business days. When the request has been approved, you must return the product to us, after which you receive either a replacement product (while it is in stock) or store credit.
An item can only be returned if it is unused and in the same condition as when it reached you. It also has to be in its original packaging.
Cancellation Policy
After your order has left our hub, or once its tracking number has been updated, it can no longer be cancelled. Delivery is handled by third-party courier partners, so stopping an order once dispatched is hard for us. We pass any question or problem about delivery on to our courier partner without delay.
Cancellation Due To Returned Shipment
When a shipment comes back to the TheVitaminShoppe warehouse, for example as a return to origin (RTO) or because the courier or the customer rejected it, we process the cancellation after the parcel reaches the warehouse and passes a quality check. Within 3-5 working days, the refund is then paid back to the original mode of payment.
Note that if you cancel an order that our delivery partner already has, we cannot promise the cancellation will go through. If that happens, please refuse to accept the parcel when it is delivered. When we re""",
                         ("unpacking video", "return to origin", "original mode of payment", "refuse to accept")),

    "skinrestoreco": ("""Return Policy
Return Policy
Order Cancellation
An order can be cancelled before the product has shipped or been produced.
Once we approve the cancellation, you get a full refund.
After an order has shipped, it can no longer be cancelled.
Returns
Returns are accepted for 14 days after your product arrives.
A return qualifies only if:
-
The item is unused, and in the condition it was in when you got it.
-
It comes in its original packaging.
-
You provide a receipt or other proof of purchase.
-
Please don't send what you bought back to the manufacturer.
Only one shipping cost is charged to the customer (return shipping included).
We charge no restocking fees.
Refunds
When your return has arrived and been inspected, we will let you know by email.
We will also tell you if your refund was approved or rejected.
An approved refund is processed, and within a certain number of days the credit is applied automatically to the payment method you originally used.
Late or Missing Refunds
If your refund has not reached you:
-
Look at your bank account again.
-
Get in touch with your credit card company, since a refund can take a while to be posted officially.
-
Get in touch with your bank, as posting often involves some processing time.
If you have done all of this and the refund still has not arrived, write to us at support@skinrestoreco.example.
Return Address
To get the right return address, please write to our customer service at support@skinrestoreco.example.""",
                      ("back to the manufacturer", "one shipping cost")),

    "hairsheisextensions": ("""Refund, Exchange & Cancellation Policy
Items that are Ready to Ship can be refunded (see the details below):
Keeping customers satisfied comes first for us. Unless we say otherwise, everything we sell is brand new, so to keep up our standards and service we examine each returned item before we accept it.
To return something, email us at returns@hairsheisextensions.example with your order #, your name and why you are returning it, or just use the link to start a return online: https://shop.example/8099692629/account (starting a return online needs an account). A 4% restocking fee is taken out of the total amount. The customer pays the return shipping costs. Every item has to come back in its original packaging, together with everything that was in that package.
A return is only accepted for an item that is unworn and unaltered, and it has to come within 3 business days after delivery. In other words, the items must not have been combed, brushed, styled or washed, must carry no personal make up and no odors (smoke from cigarettes, cigars or marijuana), and must have no personal hair products on them. Should the inspection of a returned item show it was tampered with, we can no longer accept it, so we ship the item back to you, at which point it cannot be refunded.
No refunds are given on pre-order items, products, accessories or wholesale orders.
Exchanges: To get what you want as fast as possible, return the item you have and, when the return has been accepted, buy the new item in a separate order.
Please read each item's description before buying, and take your time at checkout.
Cancellation Policy: We accept NO cancellations at all. We go ahead and fulfil every order, so please read carefully and make sure you are ordering the right items.""",
                            ("ship the item back to you",)),

    "perfumeshop": ("""Return and Refund Policy

Thanks for buying from Perfume Shop. We want our returns and refunds to run smoothly and openly. The guidelines below set out who qualifies, how it works and how long each step takes, for returns, refunds and exchanges alike.

Scope and Contact Information

Please reach us with any question about returns, refunds or exchanges:

  • Email: support@perfumeshop.example
  • Phone: +1 216 483 4041
  • Address: 6231 Meredith Ln, Amarillo, Texas 79118, United States

Policy Overview

  • Return Period: you have 30 days from delivery
  • Refund Processing Time: counted from when the returned item reaches us, 7 business days
  • Return Shipping Costs: the customer's to pay, unless the product arrives defective, incorrect or damaged
  • Cancellation Policy: An order may be cancelled within two hours of purchase. If it has shipped already, use the return instructions below.

Return Conditions

A return is accepted when it meets these conditions:

  • Return Window: You have 30 days from delivery to send items back.
  • Item Condition: Unused, with all tags attached, in original packaging.
  • Proof of Purchase: We need a receipt or order confirmation.
  • Non-Returnable Items: Items that are personalized or custom, plus hygiene products (for instance undergarments or opened perfumes), unless they are unopened and unused.

Return Instructions

Starting a return takes these steps:

  1. Contact Customer Service – Send an email to support@perfumeshop.example giving your order number, why you are returning the item and any photos that apply.
  2. Return Authorization – You will receive a Return Authorization Number (RAN) from us, with instructions.
  3. Prepare the Package – Pack the item safely with all of its original packaging and tags, and attach the return authorization form to it.
  4. Ship the Item – Send it with a dependable shipping service that offers tracking. The customer pays return shipping unless the product is incorrect or defective.

Return Shipping A""",
                    ("return authorization form",)),

    "plump": ("""Policies

QUALITY STANDARDS

Making lovely nail polish of high quality is something we care about a great deal. Our polish is mixed by hand in small batches, so colour and glitter can differ very slightly from one batch to the next.

SHIPPING

Apart from pre-orders and new launches, every order goes out on the Friday or Saturday morning after you place it.

We send orders with USPS first-class, both within the US and abroad. What you pay for shipping follows USPS prices plus what it costs to pack your order.

For now we ship to a small but growing number of countries outside the US. If you would like your country added, just let us know!

On the customs form we have to declare the full value of what you bought, and every item is described as "Merchandise". Questions about shipping costs can be sent to [email protected].

When your order ships, we email you its tracking information.

RETURNS & EXCHANGES 

What we want most is for you to be completely satisfied.

For any reason at all, you can send your merchandise back within 10 days of purchase and get a full refund. Returned items have to be unopened/unused and in their original packaging. Anything that has been opened or used is not taken back, unless it turns out to be damaged or defective. Should a bottle reach you broken or damaged in some other way, we will gladly replace it or offer you an exchange.

HOW TO RETURN MERCHANDISE

Get in touch by sending an email to [email protected]. Within 48 hours we will contact you to arrange the return.

REFUNDS

When you send a product back (see HOW TO RETURN MERCHANDISE), your refund goes to the payment method you used for the original order. An automatic email is sent to you as soon as the refund has gone through. Your financial service provider may need a few days before the transaction shows on your statement.""",
              ()),

    "teethwhiteningshop": ("""Return / Refund Policy

Returns

You may return items for a full refund within 28 days of receiving your order. They must be in a re-sellable condition and in original packaging, and that packaging must not be damaged or opened.

Before any refund can start, the buyer has to send their contact or complaint by email to [email protected]. Goods may be returned within 28 days from receipt of the order.

Once the packaging has been opened, we cannot give a refund in any circumstances.

Should the results of using the product disappoint you, its manufacturer offers a satisfaction guarantee, described on the item's packaging.

To complain about the product, or to ask about the satisfaction guarantee, please take it up with the manufacturer directly

Return Address:
Teeth Whitening Shop
33 Great George St,
Leeds,
LS1 3AJ,
United Kingdom

 

Refunds

We can start a refund in these cases:

Non delivery of goods – We send every delivery by recorded mail. If an item does not arrive and there is no proof of delivery, we will offer a refund or a full replacement.

Return – Every returned item has to reach our returns address given above by recorded delivery, and it must arrive within 28 days of the day the customer received the original order. As set out in the Returns Section, the item has to be in a re-sellable condition.

Order Cancel – You can cancel an order straight after placing it, as long as dispatch has not begun; this is usually within 24 hours of ordering. Where the item has been processed and dispatched already, it has to come back as a return, since we cannot stop goods in transit after dispatch.

Refunds – After a refund has started, we process it within 3 business days; once processed, it can need up to 5 business days to appear in your account""",
                           ("satisfaction guarantee", "proof of delivery")),

    "eyewearjunkie": ("""FSA & HSA Accepted & Free U.S. Shipping
cart-icon (0)

Most new, unopened items can be returned within seven days for a full return, provided they are in the same condition as when you bought them. Exchanges are possible up to fourteen days, provided the item is still in the condition it was in at purchase.

When you paid by credit/debit card and ask for a refund, we must have the card used for the purchase in front of us, and the refund is then made in store. Your bank may take five to ten business days before the refund is processed and shows in your account. If you paid cash, the store can give the refund in cash provided it holds sufficient funds that day. If a cash refund cannot be made, a check will be issued, which you can collect at any of our locations or have mailed to you.

If you send the item back to us by post, allow for a delay of five to ten business days. No refund can be made before the item(s) reach one of our locations and an Eyewear Specialist has inspected them.

To send an item(s) back, contact us and give your name, your order number (if you have it) and details of the product. We will quickly reply with instructions for returning it.""",
                      ("up to fourteen days", "must have the card", "sufficient funds", "check will be issued")),

    "contactlensesau": ("""Returns Policy

 

Should your order leave you less than 100% satisfied, we will happily take your return and give you a refund for your contact lenses. Refunds are given only for boxes in 'as new' condition.

When sending your contact lenses back, please enclose a copy of the tax invoice receipt together with a note saying why you are returning them. Once your return arrives, we will get in touch by email or phone to arrange a refund or a replacement of your lenses.

Where your prescription has changed and new lenses are needed in the new prescription, place a new order for it and send your unopened/undamaged lenses back to us.

Once our system has received the order, 'made to order lenses' and custom orders cannot be cancelled, returned or exchanged.
 

A $15.00 fee is charged on every return we process if a new order is not placed

We do not refund Shipping and Handling charges

We take no responsibility for products that are damaged or lost in transit. Processing a return can take up to 1 week.""",
                        ("prescription has changed", "new order is not placed")),

    "elitehear": ("""Refund and Returns Policy
Returns
Within 14 days of receipt you may cancel your order and send the goods back, whether the hearing aids don't work for you or for any other reason, and get a refund less our cost of sending you the hearing aids and less the payment processing fee charged on your payment (banks fee). That charge is normally €20 to €30.
If you'd like to arrange a return, send us an SMS Text.
- Mobile Number = +35385-266-0596
- Give your name, your email and the order number, so that we can find your order and process the return.
- If something is wrong with your purchase and you would like to exchange it, or if we made a mistake (wrong colour, wrong model, etc…), we'll put it right, with no extra cost to you.
- Should you send your hearing aids back because they do not suit you, contact us and we will arrange for them to be collected from you by DPD. The Shipping & Handling fees for the return are yours to pay, and they will be taken off your refund.
- Your item has to reach us in like new condition. Make sure that what you return is in the original display packaging, together with the original charging cable and cable tie, every ear dome, the ear wax removal tools and the user manual that came with it; otherwise no refund will be given.
- Where we find items missing or the packaging damaged, you get no refund.
- Anyone wishing to return them must get in touch within 14 days of receipt.
- Allow us up to 4 business days after your return arrives to process it and issue your refund.
- Once we have received and processed the returned item, we will let you know by e-mail about your refund.
WHAT YOU HAVE TO DO
- Any item authorised for return has to reach us in like new condition, in its original, undamaged packaging
- You need a Return Authorisation, which you can get by texting or emailing us, and we then arrange for the hearing a""",
                  ("payment processing fee", "collected from you by dpd")),

    "massagechairman": ("""Return and Refund Policies
Nothing matters more to us than your satisfaction, and we aim to offer you a range of high quality products together with excellent customer service.
If your order is not what you hoped for, our 30-day money back guarantee applies. Just get in touch with us, giving your name and order number, and we will give you a return authorization (RA) number. Shipping costs for the return are yours to pay, as are any restocking fees that apply (usually 15-20% of the order's cost, depending on the supplier).
Every canceled order carries a 3% cancellation fee. Where your order has shipped already, you will in addition pay any re-stocking fees that go with it and the actual return shipping charges.
Should your chair, unusually, arrive damaged, let our customer support team know, and together with you and your chair's supplier we will repair or replace your order.
Guidelines:
- Return items in their original packaging, with all the paperwork and hardware that came with them. If you no longer have the packaging, we can provide appropriate packaging for an additional fee. Still, we suggest keeping that packaging for 30 days, should a return be needed.
- All shipping costs and fees connected with the return are the customer's to pay.
- We cannot accept items that were damaged during your 30-day return window.
Refunds:
After your return is processed and accepted, we issue your refund. Note that a white glove delivery fee, if you chose white glove delivery for your first order, is not refunded. Refunds are only made to the credit card/payment method the original order was placed with.
Caveats/Fine Print:
- Medical Breakthrough Chairs Only- You have 7 days to use the chair from when you receive it. If you are not happy with it for any reason, call us to ask for a return authorization number. The chair can be returned within 7 days of receipt. Please keep in mind that every item returned should be in its original condi""",
                        ("depending on the supplier", "your order has shipped", "provide appropriate packaging",
                         "white glove delivery", "medical breakthrough chairs")),

    "essentialoilsdirect": ("""Returning correctly supplied
returned items
Essential Oils Direct Ltd gives a 30
day returns policy on every item. Returned items have to be in their
original condition, and unopened or unused. With
essential oils, fragrance oils and the other natural products in our
range, we understand you may wish to open the container to judge
the product. Even so, we are unable to refund any item
that has been opened or used, since hygiene and
health & safety rule it out.
Unopened, unused item/s
can be sent back within the 30 day period, and we refund
in full what the returned item/s cost. We do not refund the cost of the original
delivery.
When item/s are returned through
no fault of ours (the seller), you (the buyer) must pay
the cost of returning them. When a complete order is returned, the cost of the original delivery
may be taken off the
refund.
Bespoke
products or special orders.
Goods made or ordered in specially for one client, bulk essential oils and other bespoke items are sold as non-returnable, unless a special agreement has been made before the order is placed.
Cancellations:
Under
the ‘Distance Selling
Regulations 2000’ an order may be cancelled within seven working
days from the day after the goods arrive. To
cancel, please contact us, setting out clearly
what you need and giving the order/invoice number. This right does not cover bespoke orders once raw materials have been sourced, or once manufacturing has begun.""",
                            ("complete order is returned", "distance selling regulations", "raw materials have been sourced")),

    "sistersunitedhair": ("""RETURN POLICY
Unhappy with your wig? Returning it is hassle-free: just complete the online form found under the “Return Policy” tab, then post your wig back to us. Please note that everything has to come back to us in new condition. No wig may have been worn or tried on, each must include all its original packaging and tags, and it must remain odor-free.
For domestic orders, every wig is packed with return labels already inside. Everything has to be returned within 14 days of receipt, in the new (same) condition in which we sent it.
Please be aware that lost or damaged packages are not our responsibility. When the label is used, a ten percent deduction fee is taken from the refund for the return. Choosing a store credit return is the only way to avoid this deduction.
You may cancel your order free of charge within 24hours of placing it. Cancelling a website order after those 24hours carries a 15% handling fee. After an order has shipped and is on its way to you, it can no longer be canceled. Note too: custom orders cannot be canceled after they are placed.
Please also note that promotional discounts and expedited shipping fees can be neither refunded nor transferred. Any promotional items that came with the returned product must be sent back as well, or their retail value will be charged for them.
RETURN PROCESS
- Complete our online form, then post the wig item to us
- When the wig item arrives, a member of our customer service team will email you, confirming the status of the refund, credit or exchange""",
                          ("odor-free", "return labels already inside", "ten percent deduction", "15% handling fee",
                           "custom orders cannot be canceled", "expedited shipping fees", "retail value will be charged")),
}
