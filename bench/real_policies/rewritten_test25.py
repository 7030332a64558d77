"""The test25 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "gaggiacaffeshop": ("""We would like every customer to be happy with whatever they buy from us, whether in one of our shops or on our website. If you want to send back something you bought from us, we will consider a refund or an exchange of the product, as long as it is in a fully re-saleable condition. Please send returns back within a reasonable time (usually 16 days), in their original packaging, undamaged.* The exceptions to this policy are listed further down.
Where the product has been used, comes back in a state that is not fully re-saleable, has damaged packaging or is missing parts, we may refuse to refund the item, or deduct up to 40% of its original selling price from the refund. Your statutory rights are not affected by this.
We can only refund to the card the purchase was made with. We can refund to a card other than the original only in these cases:
The original account has been closed
The original account details have run out
The order was paid for entirely with gift vouchers
The recipient needs a credit
Coffee Machines and Electrical Appliances
Once 16 days have passed since purchase, the product's guarantee is a repairing guarantee, which you use by getting in touch with the official repair agent of the product's brand. Reconditioned machines bought in our shops are repaired under warranty by Caffe Shop Ltd; the guarantee on them normally lasts 12 months from the date of purchase. It does not cover damage or faults caused by scale or by misuse, and if that turns out to be the cause, the repair will be charged for.
Products we cannot refund or exchange
Personalised goods, goods made to measure or to order, and perishable goods (food, drinks and the like) cannot be refunded or exchanged unless they are faulty: * For reasons of hygiene, safety and copyright, some products may not be refundable or exchangeable unless they a""",
                        ("deduct up to 40%", "a card other than the original", "repairing guarantee",
                         "hygiene, safety and copyright")),

    "aplusvacuum": ("""Store Policies
If an item doesn't satisfy you, just bring it back to us within 10 days for an exchange or a refund.
We arrange exchanges for other products when you document the purchase with proof of purchase from A Plus Vacuum. Sometimes A Plus Vacuum can confirm the original purchase through its own systems. If the alternate product is not available, we refund the original purchase price instead. Where the lack of documentation means the original purchase price can't be established, A Plus Vacuum will decide on the appropriate amount from current prices and the product's price history.
We refund the original purchase price when the return comes with proof of purchase from A Plus Vacuum. Sometimes A Plus Vacuum can confirm the original purchase through its own systems. Where the lack of documentation means the original purchase price can't be established, A Plus Vacuum will decide on the appropriate amount from current prices and the product's price history.
Every refund goes back to the original form of payment wherever that is possible.
We arrange exchanges for other products when you document the purchase with proof of purchase from A Plus Vacuum. Sometimes A Plus Vacuum can confirm the original purchase through its own systems. If the alternate product is not available, we refund the original purchase price instead. Where the lack of documentation means the original purchase price can't be established, A Plus Vacuum will decide on the appropriate amount from current prices and the product's price history.
We refund the original purchase price when the return comes with proof of purchase from A Plus Vacuum. Sometimes A Plus Vacuum can confirm the original purchase through its own systems. Where the lack of documentation means the original purchase price can't be established, A Plus Vacuum will decide on the appropriate amount from current prices and the product's price h""",
                    ("alternate product is not available", "lack of documentation")),

    "aquabreezestore": ("""Refund Policy

Returns

Air Purifiers Returns

Unopened filters, still sealed in the original box they were shipped in, can come back within 15 days of receipt without any restocking charge. Because of health and safety concerns, and because a filter may have been in contact with viruses, bacteria, smoke, allergens and other pollutants in the air, we cannot take back filters that have been opened. Damaged ones are the exception.

We work to offer the best quality in every product, and we do all we can to make sure your order ships in perfect condition. If, unusually, your Air Purifier doesn't fully satisfy you, you can send it back in its original condition and packaging within 30 days of receipt, and we will give you a refund, a replacement or an exchange. Customized products, special orders and replacement filters cannot be returned.

 Austin Air- Before sending your item back to the manufacturer, you have to ask for a Return Authorization Number. You can reach Austin Air directly by email at returns@austinair.example or by phone to get that number and the return instructions. When you contact us, please have your order number and the serial number of the item you are returning ready.

AllerAir return policy:

Please hold on to all of the original product packaging. Products that are unused or unopened may be returned within 15 days of receipt without any restocking charge. An RMA must be issued by AllerAir.

Unit Returns

A customer who is not happy with an air purifier bought from AllerAir can return the unit within 30 days. Every box and/or unit carries a 25% restocking charge. Filters can't be returned or refunded, since they may contain contaminants. The filter materials we supply are always new.

Filter Returns

Unopened filters, still sealed in the original box they were shipped in, can come back within 15 days of receipt without any restocking charge. Because of healt""",
                        ("unopened filters", "filters that have been opened", "back to the manufacturer",
                         "an rma must be issued by allerair", "25% restocking charge", "may contain contaminants")),

    "smarthomeau": ("""Returning products
Having trouble with something you bought from SmartHome? Tell us – we are always ready to help. Smart home products are what we know best, so there's a good chance we can sort the problem out.
If we can't fix it – or the product just hasn't lived up to what you hoped – get in touch within 14 days of receiving your order and we'll email you an RMA (Return Merchandise Authority) setting out how the return works. Once your returned product is back with us, we'll arrange a refund, paid into the account of your original payment method (PayPal, Credit Card or Direct Deposit).
Please note that SmartHome does not pay return delivery charges, and original delivery charges are not refunded. Please also make sure the product, its packaging and its manuals are intact and undamaged.""",
                    ()),

    "projectorscreen": ("""Return Policy
Within 30 days of receiving your purchase you may send it back for an exchange or for a refund of the purchase price, not including our shipping and handling costs.
Every return request has to be submitted to our customer service department and approved by it.
The Return Merchandise Authorization (RMA) has to be issued within those 30 days, and the item has to reach our fulfillment center within 40 days of the ship date to qualify for a return or exchange.
Every return that was not caused by an error of ours and comes back in like-new condition is charged a 20% restocking fee.
Additional restocking fees may be charged if the item is not in like-new condition, and we may refuse the return altogether if the item(s) show signs of use, are damaged or come back in an otherwise unacceptable condition.
Each return must include:
- The original packaging (manufacturer's box, plastic bags, styrofoam and so on)
- The manufacturer's documentation (manuals, warranty cards, registration information and so on)
- Every accessory (remote controls, batteries, carrying cases, software and so on)
- The original UPC barcode, intact. Don't cut the UPC code out (for a rebate or for anything else) until you have examined and tested the product and are happy with it. Removal of the UPC code rules out any return, whatever the status of the RMA or credit request.
- A valid Return Merchandise Authorization # (RMA). To get your RMA#, contact our customer support department with your order number to hand.
For items damaged in shipment, or DOA / Defective, see the DAMAGED / DOA / Defective Item section below.
Shipping charges are not refunded. Where an order had "Free Shipping", the actual outbound shipping costs we paid are also deducted from your return refund. All return shipping costs are yours as well.
Bear in mind that an order can't be cancelled once it has shipped. If you refuse an order, it will t""",
                        ("within 40 days of the ship date", "additional restocking fees", "removal of the upc code",
                         "actual outbound shipping costs", "if you refuse an order")),

    "audiotrails": ("""Timeframe: Users can return audio speakers up to 10 days after purchase.  

For defective or damaged products: raise your return request no later than 48 hrs after the product reaches you 

Condition of the Product: Audio speakers have to come back in their original packaging and in like-new condition.  

Refund or Exchange: Where the speakers are defective or damaged, we will issue a refund. Where the user would like a different model instead, we will provide an exchange. 

Testing Process: To confirm that speakers are defective or damaged, we may ask the user to go through a testing process.  

Return Shipping: The user pays for return shipping, except when the speakers were damaged or defective. When the speakers are being exchanged, we waive the return shipping cost. 

0
    0
    Your Cart
    Your cart is emptyReturn to Shop

    Main Menu""",
                    ("testing process", "being exchanged")),

    "mofinetwork": ("""Untitled Document
If you buy the router and want to send it back, we give 30 days money
back.
Please note the router, its retail box and everything else that came with it
have to be in like new condition. If the router is scratched, or any accessory
or the retail box is missing or damaged, there may be a restocking fee, and it will
depend on the condition.
To ask for a return, email us your order number and
the reason you are returning it.
We will send you a return label to send it back with (note: you have to use that
return label; you can't send it to us directly).
The original shipping you paid is not refundable, and we charge $14.99
for the return shipping for customers in Canada and the United States, except Hawaii,
Puerto Rico and Alaska, where sending the router back costs $39.99
If you are returning the router from any other country, contact us to
find out the shipping cost first, as shipping from some countries can be very
expensive.
Once the item is back with us, we normally need 3-5 business days to process the
refund.
After that it can take 5-7 business days before you see the refund on your credit
card.
Whatever the reason for the return, even if the item is not working for some reason,
the same return policy applies.
For example, if you get a plan that doesn't work on the router, you would still pay
shipping both ways.
If you get an item that is damaged or defective, we can swap the units, but if
you decide to return it instead, you also pay shipping both ways.
Note as well that we reserve the right to charge a restocking cost: a return within the
30 days return period without a restocking charge is a one-time option, offered once
per household. Otherwise a customer could decide they are entitled to order a router every day and just send it back within 30
days. This is why a return on these terms is offered only once per household.
If you have already ordered and sent back an item, you need to contact us """,
                    ("depend on the condition", "14.99", "any other country", "once per household")),

    "suresecurity": ("""Returns and Refunds Policy
Thanks for shopping with Sure Security.
If your purchase doesn't fully satisfy you, we are here to help.
Every return is subject to the terms and conditions below.
Terms and Conditions:
- Every return must be made within 15 days of the date the merchandise was delivered.
-
We do not accept returns that have no RA (Return Authorization) number.
-
Products returned with an RA (Return Authorization) number during the first 15 days after delivery
are charged a 15% restocking fee.
-
Opened packages are subject to inspection, to decide whether credit can be given; for
accepted returns, the amount of credit is based upon item and packaging condition. Deductions will be applied if
the original manufacturer's packaging material and/or items are missing, marked up and/or damaged. Among other
things, this covers manuals, warranty papers, screws and other accessories. If the equipment's original programming
has been modified, registered or activated, additional deductions will apply. Returned purchases we judge not to be
re-sellable are not eligible for a credit and will be sent back at the customer's expense. Every decision is at
our sole discretion.
-
Every item must come back in a shipping carton or postal-bag, not in the manufacturer's packaging alone.
-
Please make sure the RA number is clearly displayed on the outside of the box, so that the return goes smoothly.
-
The customer pays return shipping charges, and we recommend returning items by
insured ground service with a tracking number, as we are not responsible for packages that are lost or damaged.
-
We are not responsible for personal data or for items left in returned merchandise, so check your
equipment carefully before you return it.
-
Defective items may be repaired or exchanged.
-
We are not responsible for damage that results from the sale, installation or misuse of products bought
from us. We are responsible for the monetary va""",
                     ("based upon item and packaging condition", "deductions will be applied", "additional deductions",
                      "shipping carton or postal-bag", "ra number is clearly displayed", "personal data")),

    "sewingcircles": ("""Shipping, Returns and Refunds
Shipping, Returns and Refunds Policy:
- These conditions apply to returns:
- Shipping costs paid on the original purchase are not refunded. For items that originally went out with Free Shipping, the standard ground shipping fees will be deducted from the refund.
- Products have to be repacked to factory standards and without wear.
- Unopened merchandise can be refunded or exchanged within 30 days of receiving the package.
- Unopened means the item has never been taken out of its packaging and its factory seal is unbroken.
- An item that does not come back intact in its original packaging will not qualify for a refund.
- Household items must not be used for commercial applications. Such use voids any factory warranty and is not covered by our 30 day return policy.
- For accessory items such as presser feet, bobbins or any other part that needs your brand and model, if we were not given the correct machine information we are not responsible for part incompatibility. The customer, not S&R Sewing & Vacuum Center, pays the shipping costs this requires.
- S&R Sewing & Vacuum Center is a full service center for every brand we sell. No factory warranty covers shipping costs; the customer pays them.
- For items damaged upon receipt, a claim will be filed on insurance through the shipping company. Please contact us before you send the item back. Everything we ship is fully insured, but you have to inspect it, keep all of the packaging and report the damage to us within 24 hours of receipt for the shipping insurance to pay the claim.
- Software, Dream World Sew Steady tables, notions, Steam products, clothing presses, software, memory cards, embroidery design/disk or CD packs, sewing cabinets, sewing chairs, cutting tables, cabinet inserts, extension tables, thread, parts, notions and special order items cannot be returned. If an item is determined by S&R to be defective, we will r""",
                      ("standard ground shipping fees", "commercial applications", "part incompatibility",
                       "full service center", "filed on insurance", "determined by s&r to be defective")),

    "blendres": ("""Thanks for choosing Blendres! We want you to be fully happy with what you bought. If your order doesn't fully satisfy you, the return policy below explains how to return or exchange it.
Conditions for Applying for a Return
- Time Limit for Applying: You can apply for a return or exchange within 14 days of receiving the product.
- Condition of the Product: Products you return have to be unused, undamaged and in their original packaging (with every tag and accessory).
- Items That Can't Be Returned: These items cannot be returned:
- Products that are used or damaged (except where quality issues are the cause).
- Special items, custom products and gift cards.
How to Return
Step 1: Contact Customer Service
Give us the following details through our Contact Us page or by email to service@blendres.example:
- Your order number
- Why you are returning it
- A photo of the product (where it is defective or damaged)
Step 2: Return Confirmation
We'll answer your return request within 1-2 business days and send you a return address with the relevant instructions.
Step 3: Send the Item Back
Send the item to the address we give you and keep the logistics documents. The buyer normally pays for return shipping, except when the return is due to quality problems or wrong goods.
Step 4: Refund Processing
Once we have received the returned goods and confirmed that they meet the conditions, we process the refund within 7-10 working days.
Refund Policy
- How You Are Refunded: We refund through the original payment method. If you paid by credit card, for instance, the money goes back to that credit card account.
- What Is Refunded: We refund only the cost of the goods, not the original shipping fee, unless you are returning a defective product or a wrong delivery.
Exchange Policy
To exchange a product (for another size or color, say), contact customer service to confirm the availability of the desired i""",
                 ("keep the logistics documents", "availability of the desired")),

    "updowndesk": ("""100 Day Money Back Guarantee
The 100 Day Money Back Guarantee covers every PRO Series Electric and PRO Series Manual Standing Desk, and every Accessory as well. So if one of these products doesn't satisfy you, whatever the reason, you can send it back for a full refund within 100 Days. Return postage is on us.
Please note:
- The 100 Day period starts on the day your desk or accessory is delivered or picked up.
- We arrange a courier to collect the return and email you the shipping labels (we pay for them).
- The products must not be damaged or modified by the customer, and must come back in the original packaging materials (the protective cardboard packers and plastic bags). If they don't, we may make a reasonable deduction from the refund. Drilling the screw holes needed for the controller or cable tray, and changes made by the UpDown Desk team (drilled grommet holes included), don't count as modifications and are covered by the 100 Day Money Back Guarantee.
- Valid only for the original purchaser.
- Refunds cover the cost of the products only, and are processed when the product is back in our warehouse. We don't refund installation fees or the original shipping cost (where there was one).
-
It doesn't apply to custom products, or to orders of 3 or more desks for the same purchaser / delivery location.
Custom Desktops & Chairs
Custom desktops and chairs are made to order especially for you, so we can't take them back for an exchange or a refund. A defect, though, is covered under the warranty.
For help with a problem with your desk, see our support page.
To return your desk, please CONTACT US.""",
                   ("reasonable deduction", "original purchaser", "installation fees", "3 or more desks",
                    "covered under the warranty")),

    "electrictoothbrushxyz": ("""🚚 Free shipping on orders above $30!

Germany

182 North Wabash Avenue Germany,
IL 64197

contact@meins_ger.example

+ 84 649 619 7182

American

53 Washington Square S, New York,
NY10012, USA

contact@meins_usa.example

+ 84 649 619 7182

France

15 Impasse Charles Baudelaire, 1800
Bourges, France

contact@meins_pari.example

+ 84 649 619 7182

Contact us

Send us a message with any general question and we'll reply soon. You can also
phone us to talk to someone from our service team or to an insurance expert.


    Fields with an asterisk (*) must be filled in.

    Return & Refund Policy

    Last Updated: 10-01-2025

    Thanks for shopping at ElectricToothbrush.xyz ("we", "our", "us"). We want your purchase to satisfy you, so please read this policy carefully.

    1. Which Returns Qualify & Time Limits

    • You can return most items for a refund or a replacement if you request the return within 90 days of purchase, unless something else is stated.

    • Some categories (electronics, personal care items, hygiene products or customized items in particular) may have shorter return windows (for example 45 or 60 days) or may not qualify for return at all.

    • Start your return within the return window, and send the return package off within 14 days of your return request.

    • Items that are used, damaged (beyond what inspection requires), missing parts or accessories, or badly packaged may get a reduced refund.

    2. Requesting a Return

    • Sign in to your account, find the order under "Your Orders" and choose the "Return / Refund" option.

    • Pick the item(s) you want to return and select a reason for the return. Depending on the reason, we may ask you for more information or photos.

    • If the item qualifies, you might not have to physically ship it back; if you do, we'll give you a return label and instructions.

    • """,
                              ("shorter return windows", "reduced refund", "physically ship it back")),
}
