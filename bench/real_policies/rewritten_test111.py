"""The test111 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "stewartlighting": ("""Return Policy
Our aim is to help you choose the right light or ceiling fan for your room, and we know that something you buy will sometimes turn out wrong for your home or your project. Whatever the reason you are unhappy with a purchase, you may send back products that are still new, have never been installed and come in their original packaging, no later than 30 days after delivery. Be aware that conditions can apply and that some of our products cannot be returned. Look your order over thoroughly once it arrives, since nothing can come back once 30 days have passed since delivery.
To start a return, complete our online Return Merchandise Authorization Form, found at the RMA FORM link. Within three (3) business days we e-mail you a UPS or FedEx label for the return; the same e-mail gives your RMA number and includes a Product Return Form. Fill in the Product Return Form, write the RMA number on this form, and put the form in the box with your product. Fix the label on the box's outside using clear tape and drop the parcel at the closest UPS or FedEx pick-up point. We take what the return label costs out of your credit: put simply, return postage on anything you send back is yours to pay. Shipping you paid on the original order is not refunded either.
When the product has arrived safely at our warehouse and been inspected, we refund the price of the product and its tax, minus the return postage, to the payment method you bought with. If you paid by check, your refund is a check payable to the same name the order was placed under.
What an eligible return must meet:
- Products must be in their original condition: new and not installed
- Products must come with every original part and manual
- Products must be packed properly in the original fact""",
                        ("check payable to the same name", "rma number on this form")),

    "coastalhardwarestore": ("""Return & Exchange Policy
We accept returns and exchanges for up to 30 days after you receive your order. Goods that are damaged, have been installed, are missing parts or no longer work because they were used improperly cannot come back. Every item must reach us in its original package, still unopened. Special-order and custom-made goods cannot be returned.
The customer pays the cost of shipping a return. Pack your items much as they were packed when they reached you, so that nothing gets damaged. We cannot give credit for items that do not come back fit to be resold.
If you cancel or exchange within the first 24 hours after ordering, the whole amount is credited to you. Later than 24 hours, you are credited the whole price of the goods minus a restocking fee of 25%. Shipping charges the customer paid cannot be refunded. An exchange for a different item carries that same fee. If we shipped you the wrong item, or it was damaged at a warehouse we ship from, no restocking fee is charged and we pay the shipping.
A re-keying charge may be added when an order returns more than 5 locks.
Allow up to 1 week after your items reach us for the credit to appear on the payment method you originally used.
We cannot take returns that were not authorized. Get in touch with us before you send anything back.
Clearance items sold at a discount are all final sale and cannot be returned.""",
                             ("re-keying charge",)),

    "kitchenbathsinks": ("""Shipping Policy

Within the lower 48 United States, KITCHENBATHSINKS.example ships free, by standard ground service with UPS/FEDEX, any product that can travel that way on an order over $100. Because of their size and weight, many bigger items, kitchen sinks and some vanity furniture among them, have to go by common carrier: call us for a quote to ship those. Where an item ships free, that means ordinary ground delivery by UPS/FEDEX or another common carrier. Shipments outside the free-shipping area, or orders below the $100 minimum, are charged for shipping product by product; note the charge shown with each item where there is one. Faster shipping costs extra: call us to find out more. Most goods leave by UPS/FEDEX. Where a shipping company charges extra for an area, our sales staff may add that charge, and you will be told before we process your order so that you can accept or refuse it.


We check each item carefully before it ships. From the arrival of your item(s) you have 2 days to tell us about any damage: every claim for a defect or damage MUST reach us no later than 2 days after you receive the order. After that we can no longer pursue a damage claim with the shipper, and we cannot answer for charges arising from claims. When a product arrives damaged, the customer must allow KITCHENBATHSINKS.example 1 week to rectify the problem. KITCHENBATHSINKS.example does not pay labor charges for a product that arrived damaged and was installed anyway. Our duty is to send our customers new product; we owe nothing toward labor for installing it or for removing product once installed.

RETURN POLICY

If you no longer want what you bought and decide to send it back, we charge a 25% restocking fee. On special orders the fee is 40%. The customer must also pay, with insurance, to ship the product back to the right warehouse, in resalable c""",
                         ("on special orders the fee is 40%", "1 week to rectify", "labor charges",
                          "removing product once installed")),

    "showersolutionsstore": ("""Return Policy
Return Policy
1. Products that Shower Solutions Store sells and distributes cannot be returned unless they have a manufacturing defect, and whether such a product is returned or repaired is for the manufacturer to decide. (See item 4 below.)
2. When a product sent from the manufacturer is still unopened and the buyer refuses it no later than the day it is delivered, the first buyer owes a restocking and handling fee of 20%. The first buyer is also charged both the outbound and inbound freight of the original shipment (about $100.00 - $250.00 for the two together).
3. Whoever receives the product has three (3) days, counting the day of delivery, to look it over for defects or damage. If neither the merchant nor the consumer reports a fault in materials or workmanship within those three (3) days, the product cannot be returned at all.
4. For any defect or damage, the manufacturer may, as it chooses, repair the product, have it repaired, or replace it, free of charge to both merchant and consumer. Should the manufacturer take a return instead of repairing the product, a number of required steps must be followed.
5. No product can be returned without a Return Authorization first. What is a return authorization? Just a number the manufacturer assigns so that the product coming back can be identified and checked. When the manufacturer allows a return, the RA number is required and must appear in bold on the outside of the returned package. An RA runs out 10 days after it is issued, and after that no return is accepted.
6. Any product sent back with no valid RA number shown on the box will be refused. Phone (833) 334-1022 to get an RA number from Shower Solutions Store.
7. The merchant or consumer must see to it that the product goes back in its original box a""",
                             ("for the manufacturer to decide", "refuses it no later than", "outbound and inbound freight",
                              "in bold on the outside")),

    "highgenerators": ("""Return policy
Thank you for buying our generators. So that your shopping goes well, we set out below how returns and exchanges work, for you to refer to while buying and using the product.
No returns or exchanges without a reason:
A generator is heavy equipment, and given what it costs to transport and how complex it is to operate, we do not take it back or exchange it without a reason. Think carefully before you buy, and be sure the product suits your needs.
Returns for quality problems:
We do accept a return when the generator that reached you has a quality problem. Because of what the product is, though, the return shipping is yours to pay. We advise checking the goods as soon as they arrive, so that any problem is found and dealt with promptly.
Problems caused in transport:
Where something that happened in transport stops the product from working properly, we offer a service that replaces the accessories concerned. Just send the faulty product back and we will replace the matching accessories so that your equipment works normally again as soon as we can.
Cancelling items that have not shipped:
- Every cancellation, whether you paid by check, wire transfer, credit card or paypal, carries a processing fee of 5% (at least $20, whichever is greater).
- Items in stock or on back order carry a 5% fee ($20 at least, whichever is greater). Items we do not stock carry a restocking fee of 20-30%. Where an item we do not stock ships straight from the Factory, the Factory must approve the cancellation, and a restocking fee of 20-30% then applies. *A return of an item shipped directly by the Factory needs the Factory's approval. Once it is approved, you pay both the original and the return shipping, plus a restocking fee of 20-30%.
- When a shipment is out of our building or""",
                       ("replaces the accessories concerned", "items we do not stock carry a restocking fee",
                        "the factory must approve the cancellation", "needs the factory's approval",
                        "both the original and the return shipping")),

    "newsawchains": ("""Refunds

The Consumer Contracts Regulations of 2013 give you the Right to Cancel your order within 14 days of the goods being delivered.

Send the goods back to us promptly, no later than 14 days after telling us you are cancelling.

You pay the cost of sending the goods back. Until they reach us, the goods are your responsibility, so we advise a delivery service that gives you proof of delivery as well as enough cover for loss or damage.

If the goods have lost value because you handled them more than necessary (for instance by trying to fit parts to your saw and discovering that you bought the wrong ones), we may take that loss in value off the reimbursement.

We refund what you paid us, apart from any extra cost of choosing a delivery dearer than the cheapest standard delivery we offer (free delivery, for example).

The reimbursement is made by the same means of payment you used to pay in the first place.

The full text of those 2013 Regulations is printed on the back of your invoice.""",
                     ("loss in value",)),

    "pressurewashersusa": ("""At Pressure Washers USA, we want every purchase to leave you fully satisfied. Be aware, though, that every sale of equipment and every special order is final: they can be neither returned nor exchanged.
Products we commonly keep in stock may be returned or exchanged up to 30 days after the original purchase date. Every return, however, is charged a restocking fee of 25%.
A return or exchange is accepted only when the item is unused, in its original condition, and still has all its original packaging and its tags.
We give no cash refunds: a refund always goes back to the form of payment you originally used.
To start a return or exchange, call (888) 254-0034 to reach our customer service team, who will tell you what to do next.
When your returned item has reached us and we have checked that it qualifies, we process your refund. It can take as long as 7-10 business days for the money to show up on the payment method you first used.
After 30 days from the purchase date we give no refunds.
For any question or concern about our return policy, ring (888) 254-0034. We are glad to help, and we want your shopping with us to be a good experience.""",
                           ()),

    "snowblowerhub": ("""Contents
Toggle: Refunds and Returns Policy
Snow Blower Hub wants you to be happy with each snow blower or wood stove you buy from us. If your order leaves you less than satisfied, our Refunds and Returns Policy aims to make sending it back simple and clear. Please read what follows with care.
You can return any snow blower or wood stove within 30 days of getting your order, for your money back or an exchange, as long as:
-
It is new and unused, and comes with all its original packaging, accessories and documentation.
-
It has not been modified, used or damaged.
-
You give proof of purchase (your order confirmation or receipt, for example).
Note: customized models, special orders and items marked "final sale" may not qualify for a return. The product listing gives the details for each item.
How to start a return:
-
Contact Us: ask our customer support team for a return authorization (RA) number, giving your order number and why you are returning the item.
-
Call +1 (775) 392-8088
-
Write to nancy@snowblowerhub.example
-
-
Pack It: pack the machine securely in its original packaging, with all its accessories and documentation. Mark the RA number in or on the package.
-
Send It: post the parcel to the return address our team gives you. We advise a shipping method with tracking, so that the parcel gets to us safely.
3.1 Refund Processing
After the returned machine reaches us and we have inspected it, the refund goes within 5–7 business days to the payment method you originally used. An email confirms to you that your refund is issued.
3.2 Refund Amounts
A refund covers the item's original purchase price, less any restocking fee that applies (where the product listing names one). Shipping fees are not refu""",
                      ("in or on the package", "where the product listing names one")),

    "sunglogreenhouses": ("""A return or a cancellation needs the senior manager of Sunglo Greenhouses to approve it first, and there must be a justifiable reason for it. We take a return only when the boxes and their contents come back in their original condition with NO part missing; once a greenhouse has been put up, even partly, it cannot be returned. Parts that are defective when they arrive will be replaced, as the senior manager of Sunglo Greenhouses decides. For an approved return, the amount given is worked out from what the invoice said when you ordered. Orders cancelled within 30 days of being placed have a 15% restocking fee deducted. Once an order is more than 31 days old, no goods from it will be accepted back. The customer alone pays the freight for returning goods to our fulfillment warehouse. We will not offer a refund, credit or replacement because you changed your mind, chose wrongly, or found the item or size different from what you expected. Please research the size and features you need, and our products, thoroughly before you buy.""",
                          ("what the invoice said when you ordered",)),

    "usaoutdoorlight": ("""USA Outdoor Light wants you to be happy with each thing you buy. If your order is not all you hoped, we are ready to help.
**Returns:**
You may return an item within 30 days of its delivery, for a full refund or an exchange. It qualifies only if it is unused, in the condition in which it reached you, and comes with its original packaging.
**Non-returnable Items:**
Some things cannot be returned, among them:
– Gift cards
– Personalized or custom items
**Starting a Return:**
1. Phone 617-378-0022, or email returns@usaoutdoorlight.example, to begin your return.
2. Give us your order number and why you are returning the item.
3. We then send you instructions for sending the item back.
**Refunds:**
When your returned item arrives, we inspect it and let you know whether your refund is approved or rejected. An approved refund is processed and credited, within a certain number of days, to the method of payment you originally used.
**Exchanges:**
If you want the same item or another one in exchange, contact us at the details given above.
**Shipping Costs:**
You pay the shipping to send your item back to us. Shipping costs are not refunded.
If anything about our returns policy is unclear, please get in touch. Thanks for choosing USA Outdoor Light!""",
                        ()),

    "wildcampsupply": ("""At Cozy Camp Shop we back our outdoor gear as firmly as we back our camp stoves. We want you fully pleased with the tents, sleeping bags and other adventure kit you buy from us, and if your gear disappoints you, we will put it right.
Our Return & Exchange Promise
You have 15 days from receiving your order to return it. Each returned item has to be:
- In its original condition (unused, tags still attached)
- In its original packaging (every stuff sack for tents and sleeping bags included)
- Sent with proof that you bought it
Non-Returnable Items
For reasons of safety and hygiene, these cannot be returned:
- Water filters (bottle and inline)
- Knives (fixed-blade and folding)
- Fuel-burning lanterns showing any sign of use
- Anything used or showing signs of wear
Each of these is marked non-returnable in its product description.
Returning or Exchanging an Item
Step 1: Write to Us
No later than 15 days after your order arrives, email our gear team at returns@wildcampsupply.example. The template below keeps things as tidy as a well-packed pack.
Return/Exchange Request Template
Subject: Request to return or exchange, Order #[Order Number]
Body:
Hi Cozy Camp Shop,
I'd like a [return/exchange] for order #[Order Number].
Item(s): [Product Name(s)]
Why: [Short explanation]
What I would like: [Refund/Exchange for (specific product)]
Could you tell me the next steps?
Thanks,
[Full Name]
[Order Number]
[Contact Details]
Step 2: Wait for Instructions
Within 2 business days our customer service team replies with a return authorization and instructions for shipping. Please do not send anything back before it is authorized, so that we can handle your return properly.
Step 3: Package and Ship
After approval, pack the return securely, in its original packaging where you can. Put in every original tag and ac""",
                       ("fuel-burning lanterns",)),

    "kayakbuddys": ("""Return Policy
Cancellations, Exchanges, Returns and Free Shipping Offers
Cancellation
What follows covers every purchase that has been processed but not shipped, and has not yet reached the buyer. To cancel a purchase you must ask in writing, by email. Once the buyer's PayPal account has been charged, the order counts as processed for this section and for this website. Cancelling a purchase that was processed but has not shipped costs a 4% fee, taken from your refund, to cover banking charges outside our control that the credit processing company levies on your purchase.
Please Note:
Every return needs a return authorization number.
We take no returns except of damaged or defective goods. To ask for a return authorization, contact Kayak
Buddys, LLC no later than 7 days after delivery.
Defective goods can be returned, with a return authorization number, only to be replaced or repaired.
Physical Limitation
First weigh up everything involved in handling, lifting and moving an engine setup. How much weight there is, and how much strength it takes to handle, lift and move an engine setup well, varies. Not having the physical strength or capacity waives none of the terms, provisions or conditions set out here, and is no reason to return or exchange an engine setup, a kayak leg or any other kayak merchandise.
General Policies
We aim to give every customer excellent service. Our Cancellation, Exchange, Return and Free Shipping Offer Policy deals with two different sets of circumstances, each with its own set of solutions, "A" and "B", set out below.
A. These situations, at the time the product(s) reach the customer:
The product came defective or damaged.
A mistake was made by the sh""",
                    ("not having the physical strength",)),
}
