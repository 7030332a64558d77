"""The test26 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "powersupplements": ("""Return and Refund Policy

Once a product has been opened it cannot come back to us, unless there is a recall issued by the supplier for that particular lot. We give no refunds: a return can only be exchanged for a product of the same price or turned into store credit. Where the new product costs less than the one you send back, you will need to purchase an additional item to reach the original price. Where it costs more, paying the difference is up to you. An exchange has to be started no later than 30 days after the date of purchase. To ask for a return, get in touch with us through our support page. If the inner seal has stuck to the lid, in part or entirely, during manufacturing, but the product is still safe and fit to use, we are unable to accept a return or an exchange. Bear in mind that exchanges do not include what you paid for shipping.

Damages and Missing Items:

Any damage or missing item has to be reported to us within 24 hours of delivery (the delivery time shown by the tracking number is the one that counts). Reach us through our support page and attach detailed pictures of the packaging and of the product that show the damage; please photograph the whole package, including the items that arrived undamaged. Keep everything, and do not discard the packaging or any of the items until the inspection is over, the issue has been settled and you have received your reimbursement. For a missing item, send us a picture of the box. Security cameras watch our shipping centre, and a false claim of a missing item may lead to legal action, including the police being involved and your credit card company being told. If this policy is not followed, the claim will be denied.

Power Supplements Merchandise: every clothing item, shaker and accessory is final sale and cannot be returned.

Note: return shipping fees are paid by the customer.""",
                         ("recall issued by the supplier", "purchase an additional item", "paying the difference",
                          "inner seal", "exchanges do not include", "do not discard the packaging")),

    "essentialoilshop": ("""Overview
Our refund and returns policy runs for 30 days. Once 30 days have gone by since your purchase, we cannot give you a full refund or an exchange.
- An accessory item can be returned for a replacement only subject to the terms of the warranty that came with it. When the item is outside its warranty period, we will offer neither a refund nor a replacement.
- An oil product qualifies for a return with a partial or full refund only when it is unopened, and so unused, and in the condition in which it reached you. It must also come in its original packaging. The product you return has to carry a batch number that matches our records. We will not take back an oil because, once you had opened it, you did not care for its aroma.
- Every return needs proof of a tracking number from the shipper you chose.
- A number of goods cannot be returned: magazines, books, and oil products that have been unpackaged or opened, among others. Nor do we accept diffusers or burners that have been used, unless they come back under the warranty and within its terms.
- Other items that cannot be returned: (.) Gift cards and (.) Downloadable products
- In some situations only partial refunds are granted:
-
- A book that plainly shows signs of use
-
- An opened CD.
-
- Any item that is not in its original condition, is damaged or is missing parts, for reasons that are not our error.
-
- Any item returned more than 30 days after delivery
Refunds
- To complete a return we need a receipt or proof of purchase showing the order date. Please don't simply post the item without first filling in the request below.
- Please don't send your purchase back to the manufacturer – they won't help you.
- When your return has arrived and been inspected, we will email you to say it has reached us. We will also let you know whether your refund is approved or rejected.
- If you are approved, then""",
                         ("subject to the terms of the warranty", "batch number", "diffusers or burners",
                          "only partial refunds are granted", "returned more than 30 days after delivery",
                          "back to the manufacturer")),

    "lensexperts": ("""Contacts Return Policy


Contacts can be returned only within 90 days of purchase, and only as unopened boxes or vials with no marks and no damage.


Contacts Return Instructions:

  1. Within 90 days of purchase, email info@lensexperts.example and ask for a Contacts Return.
  2. Put the Packing Slip in your return parcel, together with your reasons for returning.
  3. Anything returned as defective without the packing slip cannot be accepted.
  4. Products that arrived damaged in transit must be sent back to Lens Experts within 1 business day of the delivery date.

 

Packaging & Shipping Procedure

  • Place the returned merchandise in a box, secured with packing material so that it is not damaged on the way. No credit is given for merchandise that arrives damaged, and damaged merchandise is sent back to you at your own expense.
  • Send returns with a carrier that offers a traceable shipping method, such as UPS, Certified Mail, Fed Ex or DHL, so they are protected against loss. Lens Experts cannot be held responsible for parcels lost or damaged in transit. We need valid proof of delivery tracking.

 

Contacts Returns Inspection & Refunds

  • When your return arrives, a returns specialist checks the shipment for accuracy and eligibility. Please allow up to 3 weeks from the day the return is delivered for your refund to be applied.""",
                    ("returned as defective without the packing slip", "no credit is given")),

    "poerym": ("""Refund and Returns Policy

This policy applies to physical strength equipment for the home, such as adjustable dumbbells, benches, pull-up bars, kettlebells, suspension trainers, resistance tubes, pulley systems, weighted sand bags, ankle weights and grip kits. It covers requests, made after delivery, to send an item back, to be refunded, or to get an exchange. Digital products and services fall outside it.

When a review may be considered
We may open a review when an order was charged twice or more, when the wrong item or the wrong quantity arrived, when the packaging came damaged and the contents were affected, when components or hardware are missing, or when the product differs materially from the specifications we published. A request because you changed your mind may be looked at if the product is still unused.

When a request is typically declined
We generally decline a request when the item shows signs of use, modification or neglect; when serial or security labels have been taken off or tampered with; when hygiene-critical items (ankle cuffs or grips) were used without protective barriers; when sandbags or similar fillable gear were filled with anything other than the recommended materials; or when the documentation and accessories that came in the box are not sent back.

Preparing an item for return
Keep the carton, the inserts, the hardware bags, the manuals and the protective films. Wipe off any chalk, dust or residue. Fasten moving parts with the ties or padding supplied so nothing is damaged on the way. For multi-box shipments, return each component to its own labelled container. Where the original packaging is no longer available, use equivalent double-walled cartons with bracing inside.

Evidence and inspection
Send clear photos or a video showing the product's condition, the outer carton, the shipping label, and any damage or missing components. Once it arrives, we inspect the item for structural integrity, for how it works and for completeness. Cosmetic scuffs caused by handling may not count as damage when the item still works.

Carrier """,
               ("serial or security labels", "hygiene-critical items", "sandbags", "any chalk, dust or residue",
                "multi-box shipments", "cosmetic scuffs")),

    "yogaaccessories": ("""Return and Ordering Policies
We take back items, and refund them, when they are unused and fit to be resold. Items that have been used cannot be returned, and we will not refund them.
100% Satisfaction Guarantee
At YOGAaccessories.com we are committed to products that perform, look good and feel comfortable. We offer products of high quality, excellent customer service and the most affordable prices, all with a satisfaction guarantee behind them. We want every purchase to leave you completely satisfied. If anything about a product you ordered disappoints you, just call us at 888-555-0199 no later than 30 days after the purchase date. Our return policy below explains how to send merchandise back.
Return Policy
If a product disappoints you in any way, or you want to send back something you ordered, call us at 888-555-0199 no later than 30 days after the purchase date. If an item reaches you damaged in transit, or turns out to be defective, let us know within 5 days of receiving it. We will happily send you a replacement free of charge and arrange for the defective item(s) to be collected.
We issue refunds for items sent back within 30 days of the original purchase date; they must be unused and fit to be resold. Anything returned after that period needs approval from our customer service department and is refunded in the form of a store credit. Depending on how large the returned order is, some products may carry a restocking fee. Some items (such as clothing, jewelry and DVDs/CDs) may have special return circumstances: for these you must contact us for return authorization before you ship anything back to us.
Please make sure your package(s) are properly insured. FedEx and UPS come with tracking and insurance, though you may wish to buy extra insurance. The US Postal Service includes neither tracking nor insurance, so we recommend paying the small fee to add them. We cannot take respons""",
                        ("in the form of a store credit", "restocking fee", "special return circumstances")),

    "just1racing": ("""Refund Policy
We know things don't always fit the way we hoped, so every item that isn't final sale comes with a generous 30-day return policy. If you're unsure how a helmet fits, please get in touch with Customer Service before you take off the tags and the sticker cling. We'll gladly recommend a liner kit if one suits your helmet's size.
Before returning an item, please check that it is brand new, unwashed, unworn and unused, with every tag and sticker cling still on. All items also need to come back in their original packaging. Any promo items that were processed with your order have to be included as well.
Returns and refunds are available on every full-price item.
To begin a return, click here and fill in a Return Request. When your return is approved, a Return Authorization (RA) form will be emailed to you. Pack the item in its own shipping box with enough protective packaging, and enclose a copy of the RA form.
We suggest sending it with a carrier that gives you a tracking number.
REFUNDS
As soon as we can after your return reaches us, we process your refund. An email will let you know once the refund has been processed. Allow up to 5 business days for it to show in your account; your bank may take longer to process it.
Thank you for your patience and understanding while we handle your return.
FINAL SALE
We know you may sometimes need a final sale item in a different size. That is why all final sale products come with a 30-day size exchange policy. Your final sale purchase is covered by a warranty too. Click here to find out more about what the warranty covers.
Please remember that final sale products cannot be refunded.""",
                    ("promo items", "copy of the ra form", "size exchange")),

    "climbinggearstore": ("""
Refund and Returns Policy for ClimbingGearStore
Effective Date: December 7, 2024
At ClimbingGearStore we set out to offer you high-quality products and excellent customer service. If for any reason your purchase doesn't fully satisfy you, our refund and returns process is simple and designed to put things right. Please read our Refund and Returns Policy below.
1. Return Eligibility
Most products can be returned within 30 days of the purchase date for a full refund or an exchange, under these conditions:
- The item must be unused, in its original packaging, and in the condition in which you received it.
- Products must not be damaged or altered in any way.
- Items bought as part of a bundle or promotion may come with their own return conditions; please check those terms when you buy.
2. Non-Returnable Items
For health, safety or hygiene reasons some items cannot be returned, among them:
- Climbing shoes, apparel and undergarments
- Food or drink products that have been opened or used
- Gift cards and digital downloads
Please check the product description and the size guides carefully before you buy.
3. Return Process
To start a return, follow these steps:
- Contact Us: Let our customer service team know you intend to return the product, by email at info@climbinggearstore.example or by phone at (218) 555-0145. Tell us your order number, the product name and why you are returning it.
- Return Authorization: We will give you a Return Authorization (RA) number, which must go inside your return package.
- Return Shipping: Return shipping is paid by the customer, unless the return is due to a defective product or a mistake on our part. Please use a trackable shipping method so that the return reaches us safely.
- Inspecting Returns: When your return arrives, we inspect the product to check that it meets the eligibility criteria. If everythin""",
                          ("bundle or promotion",)),

    "skatepulse": ("""Thank you for getting your skateboarding gear from skatepulse.shop! We are committed to bringing you high-quality skateboarding gear and want you to be happy with what you buy. Please read our refund policy carefully before you make a purchase.
Refund Eligibility
If your skateboard or accessories don't satisfy you, or the item you received is defective or damaged, please send us a refund request no later than 14 days after you receive it.
Return Requirements
Every return must be new, unused and unworn, in its original packaging and with its tags attached. We cannot accept a refund when use or damage makes the item ineligible for return.
Refund Process
Email our customer service team with your order number, the reason for the refund and any photos that are relevant. When we have confirmed your request, we will send you a return address and detailed instructions for the return.
Shipping Policy
Where a return is due to a product quality issue or an incorrect shipment, we pay the return shipping. Where it is for personal reasons (for example dissatisfaction or the wrong size), the return shipping is yours to pay. Refund Processing Time
We process your refund once the eligible items have reached us and been verified. The refund is issued within two business days to the payment method you used. How long your refund takes to arrive can vary with how quickly your bank processes it.
Special Terms
Custom, special, or promotional items may have a different refund policy from regular items. Please check it carefully before buying.
If you have questions or need more help, please contact us. Thank you for choosing skatepulse.shop; we look forward to serving you with better service and products!""",
                   ("custom, special, or promotional items",)),

    "sbsurfco": ("""Exchanges

Every sale is final. Because of the nature of each product and its limited availability, an order cannot be cancelled once placed, and we do not accept refunds.

We are happy to exchange a product that reaches you defective, or to swap an item for another size, subject to what we have in stock. Items have to be in new condition, and the customer pays the return shipping.

 

To start an exchange, please write to admin@sbsurfco.example.

Our exchange policy runs for 30 days: if your item is defective or you received the wrong item, you have 30 days from receiving it to ask for an exchange or store credit.

 

Damages and issues

Please check your order when it arrives, and contact us straight away if the item is defective or damaged, or isn't the one you ordered, so that we can look into it and make it right.

 

Exceptions / non-exchangeable items

Some kinds of items cannot be exchanged, such as custom products (special orders or personalized items) and personal care goods (beauty products, for instance). We are also unable to exchange sale items or gift cards. If you have questions or concerns about a particular item, please get in touch.

The quickest way to get what you want is to exchange the item you have and, once the exchange is accepted, to place a separate order for the new item.

 

European Union 14 day cooling off period

Whatever is said above, if the goods are shipped into the European Union, you may cancel or return your order within 14 days, for any reason and without giving one. As above, your item must be in the condition in which you received it, unworn or unused, with its tags, and in its original packaging. You will also need the receipt or proof of purchase.

 

Refunds

Every sale is final unless the product is defective or damaged. We will let you know when your order has reached us and been inspected, and tell you whether the refund was a""",
                 ("shipped into the european union",)),

    "playtennissports": ("""At Tennis Gear Shop, we want every product you get to suit your game as well as our premium rackets suit the hands of professional players. If your purchase doesn't fully satisfy you, our returns policy is as simple as a clean serve.

Our Return Promise

For most items, we take returns and exchanges within 15 days of delivery. Every returned product must be:

  • Unused, in its original condition
  • Complete with all its original tags and packaging
  • Sent with proof of purchase
Note: For hygiene reasons, grips, compression wear and any opened packages or boxes of balls cannot be returned. These items have to meet our high standards for player safety.

How to Initiate a Return or Exchange

Follow these steps, smoother than a backhand volley:

  1. Contact Us: Within 15 days of receiving your order, email returns@playtennissports.example with your return or exchange request (the template is below).
  2. Wait for Approval: Our team looks at your request within 2 business days and sends you the return instructions.
  3. Package Your Item: Pack the item(s) securely in the original packaging, with all accessories.
  4. Ship It Back: Send the parcel to our Louisville facility by a trackable shipping method.

Return Shipping

The customer pays return shipping unless the return is caused by our error. We suggest a trackable shipping service – by standard mail, a return can take as long as 25 days to reach us.

Refund Process

When your return has reached us and been inspected:

  • We process the refund within 5 business days
  • The money goes back to your original payment method (Visa, MasterCard, JCB or PayPal)
  • Shipping fees are not refunded (except for defective items)
  • An email confirms to you when processing is finished

Note: Depending on your bank or card provider, the refund may take longer to show on your statement.

Exchange Process

Want a different size or model instead? No problem """,
                         ()),

    "swimgogglespro": ("""At Outlet Swim Goggles Pro Store, we stand by the quality of our competitive swim gear. If your purchase doesn't fully satisfy you, our returns and exchanges process is straightforward and we are here to help.
Key Points:
- Returns within 15 days of delivery
- Items must be unused and keep their original tags
- Hygiene exceptions for swimwear apply (see below)
- Defective items are returned with free shipping
Eligibility for Returns & Exchanges
An item can be returned or exchanged when:
- It is unused and in the condition you received it in
- Its original tags are still attached
- It is in its original packaging
- You have proof of purchase (order number or receipt)
Non-Returnable Items
For hygiene reasons, these cannot be returned or exchanged:
- BIKINIS and BRIEFS (swimwear that counts as intimate apparel)
- CHLORINE RESISTANT SWIMWEAR and JAMMERS once taken out of their original packaging
- EAR PLUGS & EAR BANDS, to protect health
- Any item that shows signs of use or has been worn in the water
Return Process
- Send a Return Request: Within 15 days of receiving your order, email us at returns@swimgogglespro.example, using the Return Request Template below.
- Wait for Approval: Our team looks at your request within 2 business days and sends you the return instructions.
- Package Your Item: Pack the unused item securely, with all its original tags and packaging.
- Ship Your Return: Post the parcel to our return address (given in your approval email) by a trackable shipping method.
- Receive Refund/Exchange: When your return has arrived and been inspected, we handle your refund or exchange within 5 business days.
Return Request Template
Refund Information
Refund Processing Time: 5-7 business days from when your return reaches us
Refund Method: Refunds go back to the payment method you used:
- Credit/Debit Cards (Visa, MasterCard, JCB): 3-5 business days once processed
- PayPal: 1-3 business days once processed
Note: Original shipping fees are not ref""",
                       ("paypal",)),

    "trailshoestore": ("""At Trail Shoe Store, we stand by our products the way we stand by you on every trail. If your gear falls short of what you expected, we will put it right. We designed our returns process to be as smooth as your favourite hiking path.

Our Return Policy

Returns and exchanges are accepted within 15 days of receiving your order. To qualify for a return:

  • Items must be unused, in their original condition and in their original packaging
  • Every tag must still be attached
  • Footwear must not show any signs of wear (please try it on a clean surface)
Note: For hygiene reasons, socks and undergarments cannot be returned unless they arrive defective. Every other product in our menu (Boots, Clogs, Clothing, Hiking gear, Loafers, Sandals, Shoes, Shorts, Sneakers & Athletic Shoes) can be returned when the conditions are met.

How to Initiate a Return or Exchange

To return your items, follow these steps:

  1. Contact Us: Within 15 days of receiving your order, email returns@trailshoestore.example with your return request. Please use the template below so that we have all the information we need.
  2. Wait for Approval: Our team looks at your request and, within 2 business days, sends you a Return Authorization Number (RAN).
  3. Package Your Items: Pack the items securely in their original packaging, with the RAN clearly marked on the outside.
  4. Ship It Back: Post the parcel to our return centre:
    Trail Shoe Store Returns
    2419 Wolf Pen Road
    San Francisco, CA 94107
    United States
  5. Track Your Return: Hold on to your shipping receipt until your refund has been processed.

Return Shipping

The customer pays return shipping unless the return results from our error or from defective merchandise. We suggest a trackable shipping service, since we cannot answer for return parcels that get lost.

Refund Process

When your return has reached us and been inspected:

  • Timing: We process refunds within 3-5 business days of receiving your return.
  • Method: Your re""",
                       ("marked on the outside",)),
}
