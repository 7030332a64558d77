"""The test120 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "caregardenshop": ("""At Care Garden Shop we back the gardening gear we sell, and we want every purchase to leave you pleased. If something you received falls short, our process for sending items back or swapping them is a simple one.
Returns Timeframe
Most items can be sent back unused, in the packaging they came in, within 15 days of your order reaching you, for a full refund or a swap. A few items carry particular limits (listed further down).
How to Start a Return or Exchange
These are the steps for a return or a swap:
- Write to Our Support Team: send an email to support@CAREGARDENSHOP.example no later than 15 days after your order arrives, giving your order number and why you are sending the item back.
- Get a Return Authorization: we reply by email with a Return Authorization Number and directions for getting the item to us.
- Pack the Item: put it securely back in its original packaging, together with every accessory and all documentation.
- Send It Back: post the parcel to our warehouse, whose address is in the return authorization email. A shipping service with tracking is what we suggest.
Return Shipping Costs
The customer pays to send a return back, except where we made the error (for example sending you the wrong item) or the product is defective. What you paid for the original shipping is not refunded.
Refund Processing
After your return arrives and we have inspected it:
- Processing Time: we process the refund within 3-5 business days of receiving the return.
- Payment Method: the money goes back to the payment method you used (PayPal, Visa, MasterCard or JCB).
- Delivery Time: after processing, your financial institution may need 5-10 business days before the refund shows in your account.
Exchanges
For a different model or size, use the normal return steps. When your return reaches us, we handle your new order. Any price difference and any extra shipping are yours to pay.
Non-Re""",
        ("any price difference",)),

    "hudsonvalleyseed": ("""Returns and Refunds
Our Return and Refund Policy
Anything we sell can come back to us for a refund or an exchange within 30 days of the day you bought it. Please bear two points in mind:
1. We do not take back seed packs that have been opened or are old; and
2. Tubers or other live plant materials can only come back within one week of their arrival.
If an item reached you damaged or not working, tell us straight away and send photos showing the problem, and we will gladly post you a replacement free of charge. In that case we also pay the shipping.
In every other case, goods sent back to us have to be in their original, new condition and inside their original packaging. For goods that are not damaged, the buyer pays the shipping, and may send the return by any method they like. We suggest that anyone sending goods back choose a method with a tracking number, so they can check that the parcel reached our office.
For products ordered through our website, cash refunds are not available. A payment made by credit card is refunded as a credit to the card account the order was placed with. A payment made by check or money order is refunded by a check posted to the order's billing address on record. We make refunds within three business days of the returned goods arriving at our office.
To start a return, please contact us so that we can arrange the return of merchandise you do not want. We will quickly tell you the address to ship to and help sort out any concerns about your order.""",
        ("tubers or other live plant materials", "cash refunds are not available", "refunded by a check posted")),

    "plantpotswholesale": ("""We are a small business run by a family, and we work very hard to keep to our deadlines, our promises and our customer service; still, we are human, and now and then something goes wrong when an order is picked or delivered. When that happens, which is rare, please be sure that we will always try our hardest to make it right wherever we are able to.
Whatever the problem, first tell us about it by email with the main facts, and we will try to sort it out quickly. Please do not send any item back to us before telling us, and pack it back in its box the way it was supplied.
If something we supplied is defective, damaged or not what you ordered, we will gladly put it right at no cost to you, by a replacement, a refund, or by collecting the item and exchanging it.
If you want to send back a product that we supplied correctly, under your rights in the UK's Consumer Contracts Regulations, you have to tell us within 7 days of the day it was delivered, and the cost of sending it back is yours. Plant Pots Wholesale decides at its own discretion whether to accept a return after that period, and any such return carries a re-stocking charge equal to 20% of what you paid.
The main steps:
1. To return an item, send us an email saying that you wish to return it.
2. We will answer your email and confirm whether your notice reached us inside the 7 day period.
2. Pack the item and sort out a shipping label addressed to us. Put in a note giving your order number and the items you are returning.
3. Once the items are back with us, we check them (quality and quantity) and then refund the original payment method.
4. Our card processing agent issues refunds, which may need as long as 5 working days.
Need more help?
Send us an email with any question about refunds and returns.""",
        ("re-stocking charge equal to 20%", "a note giving your order number")),

    "stonecrest": ("""We are not available right now (800) 584-7659
A lot of what we sell can be customized, and the cushions are made to order. For that reason some of the manufacturers whose goods we sell do not take these items back, unless the item is incorrect or defective.
Where a manufacturer does take returns, each return carries a 15% restocking fee plus the cost of shipping it back to that manufacturer.
Non-Damaged Items – Policy of 10 Days from Delivery
Where a manufacturer accepts returns of items that are not damaged, this is how it works:
• Get in touch with us no later than 10 days after the item arrives, and we will talk through the ways you might return it.
• A return has to come back in its original packaging and reach us in original, new condition, fit to restock, for you to be refunded, less the return shipping charges.
• Once your return has arrived and been inspected, we refund the credit card you paid with, promptly and politely, less the return shipping fees and any factory re-stocking fees that apply.
• We do not refund return shipping charges or factory re-stocking fees; both are taken off the refund total. Because of the cost of shipping, orders delivered outside the continental USA cannot be refunded or exchanged.
• Custom replacement slings cannot be refunded. They are cut to the measurements of your own chair, so they cannot go back into stock. If you are unsure how to measure your patio furniture frame, please contact us and we will help.""",
        ("some of the manufacturers whose goods we sell", "factory re-stocking fees", "outside the continental usa")),

    "barbecuegrillshop": ("""Our Returns & Exchanges Philosophy
Trust is what good barbecue rests on, and it is what our dealings with customers rest on too. We keep returns open, courteous and quick, because we care about the worldwide community of outdoor cooks who shop with us. Expect us to deal with your return with a competition pitmaster's precision: clearly, with purpose, and fairly.
Key Policy Summary
- Return Window: you have 15 days, counted from the day your item reaches you.
- Condition: items have to be unused, in their original packaging, with every tag and accessory.
- Process: start a return by sending an email to our support team (the template is further down).
- Refunds: paid back to the payment method you originally used, taking 5-10 business days from the return's arrival.
- Shipping Costs: we do not refund the original shipping fees. The customer pays for return shipping, except for an item that is faulty or incorrect.
Step-by-Step Process for a Return or Exchange
Step 1: Check Eligibility & Get Your Item Ready
Make sure your item can be returned or exchanged:
- You ask for the return no later than 15 days after delivery.
- The item is unused, not assembled, and in its original saleable condition.
- Every piece of original packaging, each manual, part and accessory is included.
- Your original order number and your proof of purchase are to hand.
- Food & Consumable Products: fuels of every kind (charcoal, or Carbone pellets, for instance), rubs, sauces (Blues Hog or Ben Fatto, say) and all other food, for reasons of hygiene.
- Personalized or Custom-Ordered Items: anything ordered specially or made to fit your own setup.
- Opened or Used Products: for reasons of hygiene and safety, we cannot take back anything that was assembled, used, or taken out of the sealed packaging it came in.
Step 2: Start Your Return Request
Begin by writing to our pitmaster-ready support team at support@BARBECUEGRILLSHOP.example inside the 15-day window. Put this in the subject line: "Request to Return: Order #[order number]".
To speed things up, pleas""",
        ()),

    "hottubwarehouse": ("""Return / Refund Policy
Return Policy:
• Unopened and unused items in their original condition come back with Zero Hassle Returns for up to 90 days after they reach you.
• A returned item has to be new and fit to sell, with no cosmetic, packaging or other damage, and must have every product tag, its packaging and its manuals.
• Every return needs an RMA (return merchandise authorization) number. Send us an email describing in detail why you want to return the product(s).
• If a return arrives without an RMA number it may be refused, and the parcel sent back to you at your cost.
• Special Orders, "Custom" products and Chemicals (because of federal regulations) cannot be returned.
• When a product you receive is defective, we exchange or replace it provided you tell us by email within 7 days of its arrival. Problems that show up after those 7 days are covered only by the manufacturer's warranty. A few exceptions apply here. Some manufacturers send their own technician to your home to find out whether the product is defective or just wrongly installed (the usual case). This is in fact the fastest and surest way to find and fix the problem.
• A return of a special order item can carry a restocking fee as high as 50%. Such items are plainly marked as Special Order under availability on their product page.
Refund Policy:
• A refund goes back to the account the purchase was made from.
• Refunds on eligible returns are usually processed 1 to 2 business days after the product reaches our warehouse. Your card issuer or bank usually needs 2 to 7 days before it shows on your account.
• When you send an item back on a return label from Hot Tub Warehouse and the return was not caused by an error of ours, the cost of return shipping is taken off your refund.
• Pr""",
        ("restocking fee as high as 50%", "manufacturer's warranty", "technician",
         "the cost of return shipping is taken off your refund")),

    "gardenlightshop": ("""Returns
The Garden Light Shop gives every customer a cooling-off period under the Distance Selling Regulations of 2000. But where other online shops keep to the 7 working days the law requires, we are so confident you will love the Techmar system that we give you a whole 30 days!
To send goods back in that time, or for any other reason, phone us on 01276 903 228 or email us at sales@GARDENLIGHTSHOP.example. All goods must be unused and in perfect condition, except where you return a faulty item to have it replaced. Single products taken from our "Bundles" range cannot be returned for credit, as the bundles are already discounted.
You send the goods back at your own cost and risk. We must issue an official Returns Authorisation before you post anything back, and the return must include a copy of the invoice from your original purchase.
Once your goods are back with us and inspected, we send you a full refund within 5 working days (postage and carriage costs are not refunded). An item returned without its original packaging, or not fit for resale, gets a reduced credit/refund. When you return goods because they are faulty and need replacing, we try to post the replacement the same day (stock permitting).
Business Sales
Orders you place on behalf of your business are a business-to-business contract and do NOT come under the Distance Selling Regulations of 2000. All such sales are final: for goods you order on behalf of your company we give no refunds unless they are faulty.
Please check the goods no later than 3 working days after delivery. Should you claim that the goods have a defect in quality or condition (missing items or components included), or fail to meet their specification, the claim must (whether o""",
        ("reduced credit/refund", "on behalf of your company", "3 working days after delivery")),

    "gardengreenhouses": ("""Refund and Return Policy
Our Return and Refund Policy
In force from: January 3, 2026
1. What This Covers
This Return and Refund Policy covers every purchase made on the Garden Greenhouses website at SHOPGARDENGREENHOUSES.example ("Website").
2. How to Reach Us
If you have a question about a return or a refund, our Customer Service team can help:
• Email: support@SHOPGARDENGREENHOUSES.example
• Phone: 352-450-7550
• Mailing address: suite 7548, 7901 4th Street North, St Petersburg, FL 33702
• Opening hours: 9am-7pm ET, Monday to Friday
3. Who Can Return
Customers in the United States may cancel their purchase and send the product back within 30 days of receiving it, with no need to give a reason, on the conditions below.
3.1 Return Conditions
• Unused and Undamaged: the item has to be unused, free of damage, and in the same state as when it reached you.
• Original Packaging: the item has to be in its original packaging, every label and tag still attached.
• Proof of Purchase: we need a receipt or other proof of purchase.
4. How Returns Work
4.1 Starting a Return
• To start a return:
• Get in Touch with Customer Service:
• Within 30 days of your order arriving, email support@SHOPGARDENGREENHOUSES.example or phone 352-450-7550.
• Tell us your order number and explain in detail why you are returning it.
• Return Authorization:
• Once we have looked at your request, we send you full return instructions and, where it applies, a prepaid shipping label and an RMA (Return Merchandise Authorization) number.
4.2 Getting Your Return Ready
• Pack the Item Safely:
• Pack the item securely in its original packaging.
• Make sure every accessory, manual and free gift is in the box.
• Put In the Paperwork:
• Enclose the return authorization form together with any supporting documents or images needed.
4.3 Sending the Return
• Shipping Method:
• Send it by the same LTL Freight Shipping that delivered""",
        ("free gift is in the box", "enclose the return authorization form", "ltl freight shipping")),

    "lawnmowercorner": ("""Return Policy
Thanks for buying from Lawn Mower Corner.
No return can start until you hold an RGA (Return Goods Authorization). To get one, along with shipping instructions, email us at support@LAWNMOWERCORNERUSA.example. We accept no goods that come without an RGA.
To get a refund to the payment method you first used (minus the first shipping charge and any handling fee) inside 10 days after your item(s) reach you, these conditions must be met:
Returns:
We accept returns no later than 14 days after the delivery date, with the receipt from the original purchase, in the original box and in their original unused condition. Repackaging a return where needed, so that it travels back to us safely, is the customer's job. Any damage caused by poor packing is taken off the customer's refund. Our return policy does not pay for return freight: the customer must send it freight pre-paid. The RGA (returned goods authorization) has to be fixed to the goods and shown clearly on the outside. Please don't use magic marker, pen, paint or similar on the original packaging. Freight collect shipments, and goods without an RGA, are not accepted and will be refused at our shipping dock. Every return carries a 20% handling fee.
Opened Merchandise:
Federal shipping rules mean that nothing that has been filled with gas or oil can come back. For warranty questions, we can find you an authorized dealer of that product near you. Nor can anything that has been opened and used come back.
Special Orders and Electrical Parts:
Special orders, serialized motorized equipment and electrical parts can NOT be returned. Goods sent back in a damaged package/carton that is judged unfit for resale will not be accepted.
Order Cancellations:
Once an order has shipped it cannot be cancelled. Refusing an order that is already on its way leaves you responsible for t""",
        ("damage caused by poor packing", "shown clearly on the outside", "don't use magic marker",
         "freight collect shipments", "damaged package/carton", "refusing an order")),

    "backyardwildbirds": ("""Cart: 0 item(s)
Store Policies
Here are the policies and procedures of our store. For more help, you can reach us through our Contact Us page.
Shipping Calculation
When you type your ZIP code into the Shopping Cart, a national carrier such as FedEx or USPS works out its own rates and fees live, from the weight and/or size of what you ordered, shipped from our Midwest warehouses to your zip code. Rates at FedEx and UPS have gone up together, and both add surcharges based on their Dimensional Weight limits. We ship to any street address in the Continental United States only (we're sorry, no P.O. Boxes).
Shipping Errors
Our items ship from several warehouses, so please give all the parcels of an order one to two weeks to arrive. If, once every shipment is in, something is damaged, incorrect or missing, use 'Contact Us' or email us within 48 hours of the day it arrived. Hang on to every item, box and piece of packing material we sent you, so they can be inspected.
Please email us photos of the items and of the package box, and describe the damage and how the packaging looked. This helps with a claim if the Shipper caused the damage, or shows whether there was hidden damage from the manufacturer or poor packing. If the item arrived damaged or defective, hold on to it for 7 business days so the Shipper can pick it up if needed.
For missing items, please be sure you took all the packing material out of the shipping box, to check that nothing was hidden from view. Small items are sometimes packed inside other items to protect them in transit. Again, please email us photos of the items you received so we can tell exactly which items are still needed to complete the order.
When your order needed several boxes, checking the tracking information can help confirm that every package was delivered. Tracking down a missing item usually takes 7-14 bus""",
        ("every item, box and piece of packing material", "hold on to it for 7 business days",
         "tracking down a missing item")),

    "pondconstructionshop": ("""At Pond Construction Shop, helping you build lovely aquatic spaces is what we do. We hope you are fully pleased with the pond accessories, aquatic supplies and water features you buy. If a purchase disappoints you, we are ready to help.
Our Return Policy
Most items can come back for a refund or an exchange within 15 days of your order arriving. For a return to qualify:
- The item has to be in its original condition and unused
- It has to be in its original packaging
- You need the original receipt or other proof of purchase
Non-Returnable Items
Because of what some aquatic products are, these items are not returnable:
- Coldwater Livestock (for the animals' welfare)
- Filter Media (after opening, for hygiene's sake)
- Dwarf Lilies, and any other live plant (they are perishable)
- Anything custom-made or ordered specially (some Atlantis Waterfalls configurations among them)
How to Start a Return or Exchange
Here is how to return or exchange something:
- Contact Us: write to our customer service team by email at support@PONDBUILDTOOLS.example no later than 15 days after your order arrives. For quicker handling, use the return request template below.
- Wait for Approval: our aquatic specialists look at your request and send you return instructions within 2 business days.
- Pack Your Item: pack it securely in its original packaging with every accessory.
- Send Your Return: our warehouse address is Returns Dept., Pond Construction Shop, 3902 Lords Way, Memphis 38110, US. - Track Your Return: a shipping service with tracking is what we recommend.
Return Request Template
Subject: Request to Return – Order #[order number]
Hello Pond Construction Shop team,
I wish to return or exchange items from my recent order (#[order number]). The details are:
- Item Name: [name of the product]
- Reason for Return: [say why]
- Resolution I Prefer: [Refund, or Exchange for [name of the product]]
Please tell me what to do next. Thank you for your assistanc""",
        ()),

    "fencegatesplus": ("""We at Cheap Fence Gates Plus Store back our fencing products as solidly as our gates keep guard. We want you to be fully happy with the automatic gate openers, chain link fencing or other security solutions you buy from us. If you need to send an item back or swap it, please read our policy below.
1. Which Returns & Exchanges Qualify
Most items can be returned or exchanged within 15 days of your order arriving, as long as:
- It remains in original condition (not used, not installed, with every tag and all packaging)
- You can show the original receipt or your order confirmation
- The product is not one of our non-returnable items (section 5 below)
Non-Returnable Items:
For reasons of safety and hygiene, these products can be neither returned nor exchanged:
- Barbed wire fencing (it is cut to order)
- Fence fabric for chain link (it is cut to size)
- Electric fence chargers (they are safety equipment)
- Fencing materials cut to custom lengths
- Chicken Wire in opened packages
2. How to Return
To start a return or exchange:
Step 1: Ask for a Return
Write to our customer service team by email at support@FENCEGATESPLUS.example no later than 15 days after your order arrives. The template below helps us handle your request fast:
Subject: Request to Return – Order #[order number]
Body:
Hello Cheap Fence Gates Plus team,
I wish to return or exchange items from my recent order (#[order number]).
Product Name: [the product's name as on your order] Reason for Return: [for example wrong item, defective, changed mind] Resolution I Prefer: [Refund / Exchange for (name the product)] Attachments: [Photos of damaged or defective items, if any]
Please let me know what to do next.
Kind regards,
[your name] [a phone number we can reach you on]
Step 2: Get Your Return Authorization
Within 2 business days we send you an RMA (Return Merchandise Authorization) number by email, with instructions. Please do not send anything back until you have an RMA number.
Step 3: Pack and Send
Pack the item(s) securely in the original packagin""",
        ()),
}
