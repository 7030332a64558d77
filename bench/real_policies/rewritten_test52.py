"""The test52 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "dandyhorse": ("""Policies & Shipping

POLICIES & SHIPPING

Returns:

When something you bought from us isn't right, we'll do our best to sort it out with you. Bring the item back to the shop unused, in its original packaging and with your receipt, and we'll give you a refund or an exchange where we can. The full Returns Policy below has the details.

Returns Policy:

Eligible items may come back to us for any reason at all, as long as they are in "showroom condition", with their original packaging undamaged and a valid receipt.

We take returns up to 14 days after the date of purchase, when the item comes back with its receipt and its original packaging intact and can still be sold.

For health and safety reasons, these items can't be returned unless they are defective: bikes, helmets, car racks, shorts or tights with a liner or chamois, clothing that has been washed, shoes with cleats fitted, food, media such as DVDs, special order items and sale items.

With a warranty claim, it is the item's manufacturer who has the last word on whether the item qualifies under its warranty. Whatever it costs to send a product to the manufacturer so the claim can be assessed is paid by the customer. Any labour involved in the claim is also paid by the customer.

Because fraud happens so often, we're sorry that we can't give any refund or exchange without a valid receipt.

Be aware that we may charge a restocking fee of as much as 20% of the goods' value on returns, to cover what the sale and assembly of products cost us.

Special Orders:

A special order is any item we don't have in stock in the shop, brought in or ordered just for one person to buy. Every special order needs either a minimum deposit or full payment up front, as the salesperson or manager decides. Deposits can't be refunded, and special orders are final sale unless defective (see the Returns Policy""",
                   ("with a warranty claim, it is the item's manufacturer", "whatever it costs to send a product to the manufacturer",
                    "any labour involved in the claim", "deposits can't be refunded")),

    "componentbikegear": ("""At Component Bike Gear, we back what we sell with the same care for quality that you put into your riding. We'd like you to be fully happy with the cycling components, accessories and gear you buy from us. If your order leaves you unhappy for any reason, we're here to put it right.
Time Allowed for Returns & Exchanges
We take returns and exchanges of most items up to 15 days after your shipment reaches you.
Condition of Items
To qualify for a return or exchange, an item must be:
- Unused and in its original condition
- In its original packaging, with every tag still on
- Sent with the original receipt or another proof of purchase
Items We Can't Take Back
For safety and hygiene reasons, these products can't be returned or exchanged:
- Anti Pollution Masks (personal hygiene)
- Armbands (worn against the skin)
- Bar End Caps (once installed or used)
- Anything showing signs of use or installation, or no longer in its original condition
How to Start a Return or Exchange
Take these steps to return or exchange something:
- Email our customer support team at [email protected] no more than 15 days after your order arrives
- Give your order number and tell us about the product you'd like to return or exchange
- We'll email you a Return Authorization Number along with shipping instructions
- Pack the item securely in its original packaging
- Write the Return Authorization Number clearly on the outside of the parcel
- Send the parcel to our address (the customer pays for return shipping)
Where to Send Returns
When you have your Return Authorization Number, send the return to:
Component Bike GearReturns Department
4734 Centennial Farm Road
Arcadia, US 51430
How Refunds Are Processed
When your returned item reaches us and we have inspected it:
- We process the refund within 5-7 business days
- The refund goes back to the method you paid with (Visa, MasterCard, JCB or PayPal)
- An email will confirm to you once y""",
                          ("clearly on the outside of the parcel",)),

    "tackleexpressfishing": ("""At Tackle Express, we know that even seasoned anglers sometimes have to change their gear. So we've made our returns policy painless, because we care about you being happy as much as we care about helping you catch the big one!
What We Promise on Returns
We take returns and exchanges of most items up to 15 days after delivery, as long as they are in their original condition (unused, with tags and packaging). Just as you pick the right lure with care, we want you fully pleased with what you bought.
Items We Can't Take Back
For safety and hygiene reasons, we can't accept returns of:
- Footwear (Deck Boots), which must be unused and in original packaging
- Apparel (Graphic Tees, Gloves), which must still have the original tags on
- Custom or special order items
- Clearance items (marked final sale)
Note: braided line and fluorocarbon goods can only come back on their original spools, unopened.
Returns in 3 Easy Steps
Step 1: Start Your Return
Email our customer service team at [email protected] and include:
- The number of your order
- The item(s) you'd like to return
- Why you are returning them
- Whether you'd like an exchange or a refund
Step 2: Pack & Send
When we've approved it, pack your items securely (the original packaging is best) and send them to:
Tackle Express Returns4739 Small Street
New York, NY 10038
USA
Enclose the return form, once filled in (template below), in the package.
Step 3: Get Your Refund or Exchange
We handle your request within 3 business days of your return arriving. The refund details are below.
Return Request Template
Copy this template and paste it into your email:
About Refunds
When your return has arrived and been inspected:
- How you're refunded: to the payment method you used (credit card/PayPal)
- How long we take: 3-5 business days after your return reaches us
- Your bank's time: a further 3-10 business days, depending on the bank
- Shipping: the original shipping fees are not refunded
Exchanges
Would you rather switch to a differ""",
                             ("braided line and fluorocarbon goods", "enclose the return form")),

    "kayakadventureshop": ("""At Kayak Adventure Shop, we back the quality of our gear and want you to be entirely happy with what you buy. If an item leaves you unhappy, we'll help you return or exchange it smoothly.
Our Return Policy
We take returns and exchanges up to 15 days after your items reach you. To qualify for a return, an item must be:
- In its original condition
- Unused and not washed
- In its original packaging, with every tag on
- Sent with the original receipt or another proof of purchase
Items We Can't Take Back
For safety and hygiene reasons, these items can't be returned or exchanged:
- Bivy Sacks (given how closely they are used)
- Camp Accessories once opened or used
- Anything not in its original condition or missing its tags
How to Start a Return or Exchange
Follow these easy steps for a return or exchange:
- Write to our customer service team at [email protected] no more than 15 days after your order arrives
- Give your order number and tell us about the item you'd like to return or exchange
- We'll email you a return authorization form together with shipping instructions
- Pack the item securely in its original packaging
- Enclose the return authorization form, filled in, inside the package
- Send the return to the address given in the instructions
How Refunds Are Processed
When your returned item reaches us and we have inspected it:
- We process the refund within 5-7 business days
- The refund goes back to the method you paid with (Visa, MasterCard, JCB or PayPal)
- We'll send you an email confirming the refund once it has been processed
- Depending on your bank's policies, the refund may take a little longer to show in your account
How Exchanges Are Processed
When you exchange an item:
- Your new item is sent out only after the returned product has reached us
- The new item carries the usual shipping charges, unless the exchange results from our mistake
- Should the exchange item cost more th""",
                           ("enclose the return authorization form", "your new item is sent out only after",
                            "the new item carries the usual shipping charges")),

    "lasersailingdirect": ("""Return Policy

Returns: Any item that is unused and in its original condition (its package unopened) may be returned for whatever reason, up to 30 days after you receive your order, apart from electrical items and the products on the Non-Returnable Products list below. Sometimes a restocking fee can be charged. Shipping costs both to and from your location are yours to pay. When an order goes wrong through our mistake, we'll give you back your shipping fees.


Return Procedure: To create a return, log in to your account and press the return button on the order concerned. Once your return request has been processed, you'll be sent an RMA number. Any package without a clearly marked RMA number will be refused and sent back to you.


Non-returnable Products: These include, among others, all electrical/electronic items, cut lengths of rope, cut lengths of wire, rigging made to your specifications, custom-made products, sails, software, electronic charts and opened blister-packed products. Should a non-returnable item turn out to be defective, we'll happily repair or replace it. No item will be taken back unless it is in its original packaging with every manual, the original packing material and the warranty cards included.


Refunds: We'll do our best to credit your account for returns quickly; however, items that can't be resold straight away (open boxes, for instance) may need to be inspected before your credit is given. Please be aware that this can take a while.""",
                           ("sometimes a restocking fee can be charged", "without a clearly marked rma number",
                            "we'll happily repair or replace it",
                            "may need to be inspected before your credit is given")),

    "baystatearchers": ("""Every Consignment Sale and every Bow and/or Arrow Sale is FINAL.
Every Special Order for a Bow or Accessory NEEDS a down payment of at least 50%, which CAN'T be refunded or cancelled.
Every custom Arrow and String order has to be paid in full when it is placed – NO EXCEPTIONS. Finished Arrow and String orders that the customer has not collected within 6 months will be treated as abandoned and sold again, with no recourse for the customer.
Accessories bought from stock may be returned for a full refund within 7 days, as long as they are unused, in the original package and come with the sales receipt.
Items paid for by credit card and returned will ONLY be refunded as a credit to the card.
Gift Certificates can't be exchanged for cash.
Cheques returned for insufficient funds will carry a $25 returned cheque processing charge.
Outside Personal Coaches are in effect soliciting indirectly, so they may not coach their students in our facilities unless special arrangements have been made to rent range time after hours. ONLY "Parent Coaches" and Staff Coaches are allowed.
Personal archery equipment (bows, arrows, cases and so on) left unclaimed in our store and not taken away for 9 months will be treated as abandoned and, for safety's sake, destroyed and thrown away, with no recourse for the owner.
Safety rules and other restrictions are set out in Special Notices.""",
                        ("can't be refunded or cancelled", "only be refunded as a credit to the card")),

    "opticsbrands": ("""Return Policy - OpticsBrands.com

Home » Return Policy

Return Policy

Return and Exchange Policy

When you're unhappy, so are we. So if your purchase doesn't satisfy you, send it back in new condition within 7 days of receiving the product(s) for an easy refund (shipping charges not included) or an exchange.

Orders above $1000 can't be refunded, only exchanged!
Every special order item carries a 25% restocking fee

We apply a 10% restocking fee to cover the cost of processing returns, credit card fees, packing, shipping and other restocking costs, unless we made a mistake.

No restocking fee is charged when you exchange for another product of the same value (a difference of up to 10% from the original price is fine).

Important: Returned merchandise MUST carry a Returned Merchandise Authorization (RMA) number. Just email sales@opticsbrands.com and we'll gladly send you one.

We process returns within 5 days of receiving them, and refunds are credited or mailed out within 5 to 10 days after processing.

A) Every return must come with the original factory box and original factory packaging (foam, plastic, wrapping, etc.), the warranty cards blank and not filled in, and all instruction booklets and paperwork. Don't mark or damage the original factory cartons or packaging in any way. A return whose packaging is not in its original condition won't be accepted.
B) Every returned item must be in its original, mint and clean condition. We won't take back merchandise that is damaged or scratched.
C) Every return must include all the factory accessories supplied with the item. A night vision unit, for instance, has to come back with its original battery, straps and so on. A return missing any of these packed accessories won't be accepted.
E) Every return needs authorization from Optics Brands: email us for an authorization number before you ship anything back. Put the original receipt, or a copy, in with your return. Include as well a short note expl""",
                     ("orders above $1000 can't be refunded", "every special order item carries a 25% restocking fee",
                      "no restocking fee is charged when you exchange")),

    "unclecalsdiveclub": ("""Refund and Returns Policy

Our refund and returns policy is easy. We take back merchandise up to 30 days after the order date and refund 100% when it reaches us. Merchandise ordered more than 30 days ago can't be returned.

To qualify for a return, your item has to be unused and in the condition it was in when you got it. It also has to be in its original packaging.

To return something, write to [email protected] for a Return Authorization. We'll give you the shipping instructions at the same time.

Please don't send what you bought back to the manufacturer.

Refunds

When your return has arrived and been inspected, we'll email you to say your returned item has reached us. We'll also tell you whether your refund is approved or rejected.

If it is approved, your refund will be processed and the credit applied automatically to your credit card or the method you paid with, within a certain number of days.

Shipping returns

When you contact us for a Return Authorization, we'll give you the address to send the merchandise back to.

The cost of shipping your item back to us is yours to pay. We aren't responsible for items lost on the way.

To top
15585

New Scuba Divers: sign up to our mailing list!

Learn everything they leave out in class.""",
                          ("back to the manufacturer", "we aren't responsible for items lost on the way")),

    "nspsurfboards": ("""Our policy runs for 30 days. Once 30 days have passed since you bought it, we're sorry, but we can't give you a refund or exchange.

Returns and Exchanges:

The best protection when you buy a board is picking the right board volume for yourself, based on how you've surfed so far. Your surfing history helps if you ask yourself two things:

1) Do you catch waves easily on your present shortboard but find it makes wide turns and runs through sections too fast? Try taking 0.5 litres off the volume of your new shortboard for better control and manoeuvrability. Or, if you ride a groveller board now, you could keep the volume the same and move to a shortboard model built for higher performance.

2) Do you surf well in good waves on your shortboard but have trouble catching weak, gutless ones? Try adding 0.5 litres to the volume of your shortboard so waves are easier to catch. Or, if you ride a performance-focused shortboard, think about moving to a groveller model that puts catching waves ahead of high-performance manoeuvres.

Knowing the volumes you like in your present boards makes it less likely you'll want to return your board. That matters because, in the current situation, we're not taking returns until business operations are fully back after the pandemic.

Please be sure to tell us within 15 days of purchase if something is wrong with your order. We'll then arrange for what you bought to be returned or exchanged, but note that return shipping is charged for this service.

 

Please : 

  • Give your full name and address
  • Your telephone number. 

 

Proof of purchase and your order number.

 


Refunds
When your return has arrived and been inspected, we'll email you to say your returned item has reached us. We'll also tell you whether your refund is approved or rejected. 
If it is appro""",
                      ("tell us within 15 days of purchase",)),

    "peopleskateandsnowboard": ("""Shipping and Return Policy
Shipping & Returns Policy
We're a small independent skate and snowboard shop. We work hard to keep our prices competitive and our policies fair. Please read the details below before you order.
Completing a purchase means you accept the terms set out here.
Shipping
Rates
-
U.S. shipping is free on orders above $99 (oversized items excluded).
-
All other shipping rates are worked out at checkout.
-
Fees for expedited shipping are not refunded.
Orders are shipped once payment has been authorized.
You get tracking information automatically when your shipping label is made.
Delivery & Risk of Loss
Whether a parcel is delivered is decided by the carrier's tracking confirmation.
When the carrier marks a shipment Delivered to the address given at checkout:
-
The order counts as fulfilled.
-
Title and risk of loss pass to the customer.
We can't be held responsible for:
-
Packages shown as delivered but reported missing
-
Theft once delivered
-
Wrong or incomplete addresses typed in at checkout
-
Delays by the carrier
If tracking says delivered but you can't find your package:
-
Look in your mailbox (USPS often puts smaller items there)
-
Ask the people you live with
-
Ask your neighbours
-
Contact the carrier yourself for GPS confirmation
The carrier's confirmation of delivery counts as proof of fulfillment.
Returns
We take returns within the time limits below.
Return Window
-
Items at full price: 30 days from confirmed delivery
-
Items on sale: 14 days from confirmed delivery (with a 15% restocking fee)
Once these windows have passed, items can no longer be returned.
The delivery date is taken from the carrier's tracking.
What Returns Must Meet
To qualify for a return, an item must be:
-
Unused and not worn
-
In its original condition
-
In its original packaging with its tags
-
In a condition we can resell
An item that can't be sold again as new at full price can't be returned.
We may turn down returns that fall short of these standards.
Manufacturer Packag""",
                                ("items on sale: 14 days from confirmed delivery", "fees for expedited shipping are not refunded")),

    "rayswesternwear": ("""Shipping & Returns

RETURNS

You have 30 days from the date of your original order to start a return. Special orders, drop ships and custom merchandise might not be returnable. Item(s) have to be in their original condition and box, with every part, accessory and all the packaging. Health care supplies, used ropes and used saddles can't be returned. Your item(s) need the original receipt or a proof of purchase.

REFUNDS

When your item(s) reach us, we'll inspect them and let you know your return has arrived. Straight after the inspection we'll tell you where your refund stands. If the return is approved, we'll start a refund to your credit card (or the method you paid with). The credit will reach you within some number of days, depending on your card issuer's policies.

SHIPPING

Paying the shipping to send your item(s) back is up to you. Return shipping costs aren't refunded unless the item comes back because of our mistake (damaged, wrong item sent, etc). If we got your order wrong, phone the store on 605-234-6046 and we'll gladly send you a return shipping label so the item(s) come back free of charge. When items are returned for an exchange, the shipping fees for sending the new item(s) out to you are yours to pay. Any refund you get will have the return shipping cost taken off it.""",
                        ("shipping fees for sending the new item", "return shipping cost taken off it")),

    "climbingdistance": ("""At Climb Tech Shop, we back our gear the way you trust your climbing shoes. If what you bought doesn't fully satisfy you, we'll put it right. Please read through our simple return and exchange process below.
Our Return Policy
We take returns and exchanges up to 15 days after your order reaches you. Every returned item has to be:
- Unused and in its original condition
- In its original packaging with every tag on
- Sent with a proof of purchase
Items We Can't Take Back
For safety reasons, we can't accept returns of:
- Chalk and Chalk Bags (hygiene)
- Finger Tape (an item for personal use)
- Belay Gloves (safety equipment)
- Anything that shows signs of use or wear
How to Return or Exchange
Step 1: Start Your Return
Email our customer service team at [email protected] and include:
- The number of your order
- The item(s) you'd like to return or exchange
- Why you are returning it
- Whether you'd like a refund or an exchange
Return Request Template
Subject line: Asking to return something, order #[Order Number]
Message:
Hi to the Climb Tech Shop team,
I'd like to ask for a [return/exchange] on my order #[Order Number].
Product: [Product Name]
Why: [Reason for return]
What I'd like: [Refund to original payment method/Exchange for [Product Name and Size if applicable]]
Please tell me what to do next.
Kind regards,
[Your name in full]
[Your email]
Step 2: Get Your Return Authorization
Within 1-2 business days, we'll email you:
- A return authorization number
- The address to ship the return to (535 Cook Hill Road, Norwalk, US 06854)
- Any special instructions
Step 3: Send Your Return
Pack your item securely and put in:
- The original packing slip or invoice
- The return authorization number (written on the outside of the package)
We suggest a shipping service you can track. Return shipping is yours to pay unless the return is caused by our mistake.
Step 4: Handling Your Return
When your return reaches us:
- We inspect the item within 2 business days
- Then process your refund or send your """,
                         ("written on the outside of the package",)),
}
