"""The test30 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "modterrahome": ("""Returns & Exchanges
We'd like every light you hang in your home to feel like the right choice. When a piece turns out not to suit, we will help as far as the terms below allow.
30-Day Return Window
For most items, you can ask for a return up to 30 days after the day it was delivered.
- Send us your return request no later than 30 days after delivery.
- Items have to be unused, never installed, and still in their original packaging.
- Every component must come back with it: hardware, manuals and the protective materials.
- Items have to be fit for resale, showing no sign of use, damage or alteration.
How to Start a Return
Please don't post anything back to us until we have approved it. To start a return:
- Get in touch with your order number, the item(s) concerned and why you are returning them.
- We look over the request and confirm whether it qualifies.
- Once approved, you get a Return Authorization together with the instructions for the return.
- Pack the item again, securely, in the packaging it came in, and follow those instructions.
A return we never authorized may be turned away or held up.
Restocking Fees & Return Shipping
Lights need careful handling and special packaging, so these terms cover most standard (change-of-mind) returns:
- An approved standard return carries a 15% restocking fee, unless it comes back because of damage, a defect or a shipping error.
- For standard returns, you pay the cost of shipping the item back.
- We do not refund the shipping charged at checkout.
We will tell you plainly about any fee that applies before the return is completed.
Damaged, Defective, or Incorrect Items
If an item reaches you damaged, defective or wrong, let us know quickly so that we can help.
- Check everything as soon as it is delivered.
- Tell us about any problem no later than 48 hours after delivery.
- Send clear photos showing the product, its packaging and the shipping label.
- Add a short description of what is wrong.
After looking at it, we will work with the warehouse to settle on the best outcome, which can inc""",
                     ()),

    "thefixtureplace": ("""Return & Refund Policy
Please read through our return policy to know what happens and who covers the cost of shipping a return.
Most items can be sent back up to 30 days after delivery. To be accepted, an item has to be in the packaging and the condition it arrived in (nothing installed or altered).
Items we can't take back:
- Anything that has been installed or altered (please check your items before you install them, or before handing them to your contractor)
- Items sold as clearance or close-out (the website marks them as non-returnable)
- Anything made-to-order, custom or special order (finishes or lamping outside the standard options, made-to-order patio covers, and bespoke patio-heater switches or controls)
- Small parts and accessories (for example down rods, bulbs, palm fan blades or spare chain)
Return Shipping Fees:
You pay the cost of shipping a return, unless the product arrived damaged from shipping or defective on arrival. If you ask, we can send you a return shipping label, but the label cost will be deducted from your refund.
Restocking fees:
Every returned item is charged a 20% restocking fee, unless we have tested it ourselves and found it defective. Each return is inspected before we issue the refund it qualifies for.
Clearance Products:
Please never refuse a delivery. A parcel that reaches the warehouse unannounced may not be put in the right place or matched to your order.
If you refused your shipment and the warehouse finds the item undamaged, you may get no refund. If the item cannot be found, or arrives damaged, no credit will be given. On any shipment you refused, a restocking charge of 30% may apply.""",
                        ("label cost will be deducted", "you refused your shipment", "30% may apply")),

    "pureflowes": ("""Refund and Returns Policy
Returns Kept Simple
We believe in our faucets, and we also know that plans can change. Our returns are meant to be plain, to save you time and to be fair.
Return Conditions
A return qualifies when:
-
The product is unused and comes back in the packaging it was sold in
-
You send the return request no later than 14 days after the item reaches you
-
An item that has been installed, modified or used with plumbing cannot be returned
To begin, email name@pureflowes.example with your order number and the reason you are returning the item. Please wait until we confirm before posting anything back.
Damaged or Defective Products
If a faucet reaches you damaged in transit or does not work as it should, tell us no later than 7 days after delivery. Include clear photos of the problem and your order reference. Once we have checked it, we will send a replacement or give you a full refund.
Refund Process
When your return reaches us and passes inspection:
-
We will let you know the status of your return
-
An approved refund is paid back to the original payment method, taking 5–10 business days
-
The shipping paid on the original order is not refunded, except where a verified defect is the reason for the return
Non-Returnable Items
Items marked "final sale" and customized configurations cannot be returned, unless they arrived damaged.
Exchange Policy
For now we don't offer direct exchanges. If you would like another product, return the first item (when it qualifies) and place a new, separate order.
Need Assistance?
Whether it is your first order or you are sorting out a problem, we are glad to help. Write to name@pureflowes.example for support, questions about products or more on our policies.""",
                   ()),

    "ishoptiles": ("""Returns & Exchange Policy

30-Day Returns and 30-Day Exchange

RETURNING ONLINE ORDERS … in case you ever need to…

1) DAMAGED/WRONG TILES DELIVERED
If tiles reach you damaged or are not the ones you ordered, let us know no later than 2 working days after delivery. Email returns@ishoptiles.example with your order number and pictures of the damaged or wrong tiles. We will get back to you and either refund you or send replacement tiles as fast as we can.

2) SURPLUS
Tiles still in their original boxes can be refunded up to 30 days after the delivery date. We charge you £30 to arrange the collection, plus a 30% restock charge.

We process the refund within 7 working days of receiving the return, taking off the £30 and the 30% restock charge. If the refund comes to less than £30, the collection cost and the 30% restock charge must first be paid before the pickup is arranged.

3) CHANGE OF MIND
If you are unhappy with what you chose, you may send the goods back. They must come back to us in their original packaging. We arrange the collection, and you are charged £30 plus a 30% restock charge.

This has to happen no later than 30 days after your order arrives. We process refunds within 7 working days of receiving the return; the original delivery charge is not refunded. The £30 collection cost and the 30% restock charge are taken off the refund. If the refund comes to less than £30, the collection cost and the 30% restock charge must first be paid before the pickup is arranged.

For any return, phone our customer service team on 0300 000 0000 or email returns@ishoptiles.example, and someone from the returns team will be in touch. Please quote your order number whenever you write to us.

30-DAY EXCHANGES… in case you change your mind…

Besides refunds and returns within 30 days, we a""",
                   ("paid before the pickup is arranged",)),

    "doorhardwareshop": ("""Door Hardware Shop - Returns
Sign in / Register | Track an Order
Basket:
0
 items|See Basket


Our Return Policy

RETURN POLICY:

An item in new condition and in its original packaging may be sent back to us, freight prepaid by you, up to 30 days after you received it. For a Return Authorization, phone us on (555) 010-0000 or email name@doorhardwareshop.example. From the details you give us we will issue an RGA# (Return Goods Authorization number) for the item(s) you are returning.

Every returned item is charged a 30% restocking fee, except Bath Vanities and Rev-a-shelf items: the manufacturers set a 50% restocking fee for those.

Anything custom made, special order, special or custom size, or made-to-order cannot be returned, refunded or cancelled: it is non-cancellable from the moment the order is placed.

HOW TO RETURN:

Step 1 - Get authorization and instructions:
Start a return by phoning our Customer Service Dept. on (555) 010-0000 or emailing name@doorhardwareshop.example.

We email you an RGA (Return Goods Authorization) number for the product, with the return instructions. From the day the RGA # is issued, you have 30 days to send the product back. Once those 30 days are over, the authorization lapses and we give no replacement or refund.

Step 2 - Sending the product to our Returns Dept:
Send the item to the warehouse we name (the email with the return instructions gives its shipping address).

How to ship it back:

  • Pack the product in its original box with all of its original packaging. Write the RGA# on a sheet of paper or a label and put it in the box with the product.
  • Then send the product to the Returns Dept. warehouse address from the email, with whichever carrier you like (e.g. UPS, FedEx, DHL, US Postal Service). We suggest you insure the parcel agai""",
                         ("50% restocking fee", "non-cancellable", "write the rga")),

    "blindsus": ("""Changes, Cancellations and Refunds

Changes, Cancellations and Refunds

  • Our custom blinds go out the morning after you order. You can cancel or change an online order only during the 12 hours after it is finalized.
  • Work on your custom blind begins the morning after you order. You can cancel or change an online order only during the 12 hours after it is finalized.
  • Cancel within those 12 hours and we give your money back.
  • If you cancel or change an order after those 12 hours, we cannot refund any money or give any credit on a credit card purchase, whatever the circumstances.
  • We may turn down any order at our discretion.
100% satisfaction blinds-us

Checking Your Order

IMPORTANT: Tell us no later than 7 days after delivery if your order was damaged in shipping or was made incorrectly, and we will have it repaired or replaced without charging you anything more. If you don't tell us within those 7 days, we can't do this. Any shipment that arrives damaged must be signed for as damaged.""",
                 ("signed for as damaged",)),

    "smartlockprime": ("""
SMARTLOCKPRIME: REFUND AND RETURNS POLICY
At SMARTLOCKPRIME, we aim to offer good products and good service. If you are not fully happy with what you bought, our 30-day return and refund policy applies, on the terms below:
1. Which Returns Qualify
Products may be returned up to 30 days after the purchase date, as long as:
- The item is unused, in its original condition and in its original packaging.
- The product was not custom or made-to-order.
- You can show proof of purchase (a receipt, the order number, etc.).
2. Starting a Return
Email our customer service team at name@smartlockprime.example or phone (555) 010-0000 to start a return. Give us the order number and the reason for the return, and we will tell you how to go on.
3. How Refunds Work
When your returned item has arrived and been inspected, we email you whether your refund is approved. If it is, a credit goes to your original payment method within 7–10 business days.
4. Items We Don't Refund
These items cannot be refunded:
- Gift cards.
- Sale items, and items bought with a discount code (unless we say otherwise).
- Customized or personalized products.
5. Paying for Return Shipping
You pay the return shipping, unless the product arrived defective or damaged. For items worth more than $75, we suggest a trackable shipping service or shipping insurance, because we can't guarantee your return will reach us.
6. Damaged or Defective Products
If a product reaches you damaged or defective, contact us straight away. Depending on the problem, we will send a replacement or give a refund.
7. Exchanges
There are no direct exchanges. To exchange an item, return the original one, then order the product you want anew.
LAST UPDATED: DECEMBER 5, 2024""",
                       ()),

    "loconsolo": ("""About Returns
You can use our return and refund policy for 30 days after the purchase date. Once more than 30 days have passed, we can no longer take a return, refund it or exchange it.
A return qualifies only when:
- You bring the original sales receipt.
- The item is unused and in the condition it was in when you bought it.
- The product comes back in its original packaging.
- You bring the return back to the same store location you bought it from.
Please note:
- Products in a custom color cannot be returned or exchanged.
- Every sale of tinted or custom-mixed paint is final.
- Special orders and bulk or contractor quantities might not be returnable or exchangeable.
For any question about a return, ask the store where you bought the item.
About Refunds
A return that meets the conditions above is refunded in the form of payment originally used.""",
                  ("same store location",)),

    "waterheaterstore": ("""WaterHeaterStore logo
Freephone (555) 010-0000
 
Checkout
 
Policies
Warranty
Privacy
Delivery
Shipping
Return
Cancellation
Special Order
Pricing
Image Policy

Returning a Product

We want buying from us to be as easy and pleasant as we can make it. If you ever need to send an item back, the notes below should make the steps clearer.

Damaged Goods
(Note: hold on to the merchandise and its original packing!)

Please do not return damaged merchandise, whether to us or to the manufacturer. Follow these steps instead.
  • When UPS delivered the damaged merchandise:
    1. Point out the damage to the UPS driver.
    2. Phone UPS on (555) 010-0001 and file a claim.
  • When another LTL (less-than-truckload) freight carrier delivered it:
    1. Once the damage is written on the freight bill, keep a copy of that bill and get the freight line's phone number from the driver so that you can file a claim.
    2. Do as the freight carrier tells you; they will work through the claim with you.
    3. To order a replacement, phone us on (555) 010-0000 or order online.
Errors in filling your order (our fault)
We try hard, but we do get things wrong. If we send you the wrong product by mistake:
  1. Phone us on (555) 010-0000.
  2. We give you an RGA (Returned Goods Authorization) number. It must appear on the shipping label so that we know whose account to credit.
  3. We tell you how and where to send the product back. We pay the freight for the return in these cases, and refund the whole purchase price to you, plus the freight. (To qualify for the credit, the products you return must be new, complete and unused [every part included] and packed in the manufacturer's original packaging [with all of the packing materials].)
  4. We send you the right product""",
                         ("do not return damaged merchandise", "file a claim", "must appear on the shipping label")),

    "airfilterstore": ("""returns

Returns Policy

Damaged or Defective Items

A damaged or defective item is collected and replaced with an identical one, at no cost to you. If a package reaches you damaged, contact us right away, and keep the original packaging in case the carrier needs to inspect it.

Other Returns

Because we chose only the best products for our website, very few come back because a customer is unhappy. Still, should you need to return something, this policy applies:

Most merchandise can be returned within 30 days, and is refunded at the product price less the shipping cost, no matter who paid it, us or you. You are responsible for sending the item back in its original packaging, and you must ship it in a way that gives insurance and a tracking number, in case the parcel is lost or damaged.

You must phone us for a Return Authorization (RA) number and write this number clearly on the package you send back. An RA number is valid for 15 days, and every return must reach us within 15 days of the RA number being issued. Some items go back directly to the manufacturer and others to us, so make sure the box carries the right address.

A Restocking Fee May Apply: on top of the shipping cost, certain manufacturers add a restocking fee. For instance, IQAir products carry a 20% restocking fee, and Austin Air adds $25 as its restocking fee. Any restocking fee is taken off the refund.

Items That Can't Be Returned

Replacement Filters: replacement filters and bulk carbon are not returnable after use. Replacement parts may come back only when unused and sealed, still in the original packaging. When an unused filter or bulk carbon is returned, the shipping we paid will be deducted from what we refund.

Custom Merchandise: custom orders cannot be r""",
                       ("keep the original packaging", "no matter who paid it", "write this number",
                        "directly to the manufacturer", "iqair", "austin air", "filters and bulk carbon",
                        "unused and sealed", "shipping we paid will be deducted")),

    "flooringstorehouston": ("""Return & Exchange Policy
Thanks for buying from us. Your business matters to us and we want you to be fully happy with
your new floor. Please read our return and exchange policy below:
1) Which Returns Qualify
- We accept returns up to 30 days after the purchase date.
- The product has to be in its original boxes, unopened and fit for resale.
- Materials that have been installed, cut, damaged or altered cannot be returned.
- Clearance, final-sale, custom and special-order items cannot be returned.
2) Proof of Purchase
Every return and exchange needs a receipt, an invoice or an order number that is valid.
3) Restocking Fee
- Eligible returns may be charged a restocking fee of 15–25%, depending on the product type and the
manufacturer. - Special-order products may carry higher restocking fees, as the supplier's policy sets.
4) Condition of Returned Goods
- Every return is inspected before any credit is given.
- Boxes have to be unopened, clean and undamaged.
- We reject any product that shows signs of moisture, wear or installation.
5) How We Refund
- Refunds go back to the form of payment you originally used.
- Purchases over $200 paid in cash or by check may get their refund as a check, which takes 3–7 business days.
6) Overages & Leftover Material
- The industry advises keeping some spare material for repairs later on.
- Unopened boxes are accepted once we have approved them first.
- Partial boxes and cut pieces cannot be returned.
7) Defective or Damaged Product
If you think your product is defective:
- Don't install it.
- Contact us straight away so that we can inspect it.
- After installation, the manufacturer's warranty applies; installing a defective product voids any warranty claim.
8) Installed Flooring
- Flooring that has been installed cannot be returned.
- Any problem after installation falls under the manufacturer's warranty.
9) Delivery & Pickup
- We do not refund delivery fees.
- Bringing the product back to the store is up to the customer, unless we agreed otherwise.
""",
                             ("depending on the product type", "higher restocking fees", "over $200", "partial boxes",
                              "voids any warranty claim", "falls under the manufacturer's warranty")),

    "outlives": ("""Return & Exchange Policy
We'd like you to be fully happy with your outdoor furniture. Our products are large and of a particular kind, so please read this policy with care.
1. Return & Exchange Window & Conditions
-
Standard Return Window: an eligible item can be returned for a refund up to 30 days after delivery, on the conditions below.
-
Condition of the Product: every item has to be unused and unassembled, in its original packaging without damage, with all of its parts, hardware and manuals. For reasons of logistics and hygiene, we cannot take back a product that has been assembled, used or taken out of its packaging.
2. Return Fees and Restrictions
-
Restocking Fee: every furniture return (reclining chairs, outdoor tables) has a 25% restocking fee taken off the refund.
-
Return Shipping: you pay every cost of shipping the return, freight charges included. For large items this can be a lot.
-
Final Sale Items: items that are clearance, custom-order or "final sale" are not returnable.
-
Sunshade Umbrellas: since they may have been set up and exposed, umbrellas can come back only while their packaging is still unopened and they have not been used.
3. The Return Process
-
Authorization First: before sending anything back, contact our customer service for a Return Merchandise Authorization (RMA) number. We do not accept returns without one.
-
Packaging: it is up to you to pack the item again, securely, in the manufacturer's original packaging.
-
Shipping: you arrange and pay for the return; furniture items must go with a freight carrier. We suggest insuring the shipment.
-
Refund: once the item has reached us and we have confirmed that it meets our return conditions, we refund it (the purchase price less the restocking fee) within 14 business days, to the payment method you originally used. We do not refund the original shipping fees.
4. Damaged or Defective Items
Check your shipment as soon as it is del""",
                 ("umbrellas", "freight carrier")),
}
