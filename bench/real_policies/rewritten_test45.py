"""The test45 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "kruto": ("""Refund Policy

Overview

Our policy on refunds and returns runs for 30 days. Once 30 days have gone by since your purchase, we are unable to give you a full refund or an exchange.

To qualify for a return, the item has to be unused and in the condition it was in when you received it. It also has to be in its original packaging.

*Climbing gear and final sale products: climbing is a dangerous activity, so climbing gear cannot be returned. This is for the safety of everyone who uses it. Most shops turn down returns of climbing gear, and the few that take it back destroy it. We cannot afford to destroy gear, and we will not take the risk of selling it on to another climber. Choosing the right size and the right colour is up to the buyer. What counts as a climbing product? Any product that carries a certification, a rating or a load strength, for example harnesses, slings, ropes, helmets, camming devices, nuts, carabiners, quickdraws, belay devices, pulleys, bolts and aid gear.
Products discounted by 30% or more from the regular price cannot be returned; we treat them as final sale.
Should you receive a faulty or damaged item for whatever reason, get in touch with us straight away.

We need a receipt or proof of purchase to complete your return.

Please do not send your purchase back to the manufacturer.

Refunds

When your return has arrived and been inspected, we will email you to say that the returned item has reached us. We will also let you know whether your refund has been approved or rejected.

If it is approved, your refund is processed and the credit goes automatically to your credit card or original method of payment within a certain number of days.

No refund yet? First check your bank account again.

If you have done all of that and your refund still has not arrived, write to us at hello@kruto.example.

Only items bought at the regular price can be refunded. Sale items are not refundable.

Gifts

If the item was marked as a""",
              ("back to the manufacturer",)),

    "tennisgearsport": ("""At Sports Tennis Shop we look after competitive players with top-level gear and service. We aim for perfection, like a backhand down the line, but we know that a return or an exchange is sometimes needed. Our policy is meant to be as simple as a well-placed serve.
Eligibility for Returns/Exchanges
A return or exchange is possible when:
- The item is in its original condition (not worn, not washed, tags still attached)
- You ask for the return within 15 days of delivery
- You can show the original proof of purchase
Important Note:
For hygiene reasons we do not take back men's and women's bottoms (shorts, skirts) unless they are defective. Sale items marked "Final Sale" cannot be returned.
Step-by-Step Return Process
1. Start Your Return
Email our team at returns@tennisgearsport.example and give us:
- Your order number
- The item(s) you want to return
- Why you are returning them
- Whether you would like a refund or an exchange
Return Request Template
Subject: Return Request – Order #[Your Order Number]
Body:
Dear Sports Tennis Shop Team,
I would like to return or exchange items from my recent order (#[Order Number]).
Item(s): [Product Name, Size, Color]
Reason: [Size issue/Defective/Other]
Preference: [Refund/Exchange for [Product Details]]
Please let me know the next steps.
Kind regards,
[Your Full Name]
[Your Contact Information]
2. Get Your Return Authorization
Within 24 business hours our team will email you:
- A return authorization number (RMA)
- A prepaid return label (for defective items)
- Instructions for returns that are not defective
3. Pack & Ship
Pack the items securely with their original packaging and put in:
- The completed return form (we will email it to you)
- A copy of your invoice
- The RMA number visible on the package
For returns that are not defective, the customer pays the return shipping costs (original shipping fees are not refunded).
4. Processing Your Return
Once it reaches our facility (3696 Hillside Street, Mesa, US 85201):
- Allow 3-5 business days for inspection
- You""",
                        ("completed return form", "rma number visible on the package")),

    "usswimequipment": ("""At Swimming Equipment Store we stand behind the quality of our swimming gear, for competition and for leisure. We want you to be fully happy with the swimwear, goggles, training aids and accessories you buy. If your order disappoints you, we will help you with a simple returns and exchanges process.
Our Return Policy
Most items can be sent back within 15 days of receiving your order, for a refund or an exchange. A return is accepted when:
- The item is unused, in its original packaging, and in the condition it was in when it reached you
- The item still has all its original tags and labels
- You can give proof of purchase (an order number or a receipt)
Note: for hygiene reasons these items cannot be returned unless they are defective:
- Swimwear (competition swimwear, aquashorts and briefs included)
- Swimming caps
- Swimming goggles (unless unopened in original packaging)
How to Start a Return or Exchange
These simple steps take you through a return or exchange:
- Write to us at returns@usswimequipment.example within 15 days of receiving your order with your return or exchange request (see the template below)
- Within 24-48 hours our customer service team will send you a Return Merchandise Authorization (RMA) number and instructions
- Pack your item securely, in its original packaging if you can, and put your RMA number clearly marked on the outside of the package
- Send the return to our address (given with your RMA) using a trackable shipping method
Return Shipping
The customer pays for return shipping unless the return comes from our error (a wrong item shipped or a defective product). We recommend a trackable shipping service, since we cannot take responsibility for return packages that get lost.
Refund Processing
When your return has arrived and been inspected (usually within 3-5 business days of its arrival):
- We will tell you whether your refund is approved or rejected
- An approved refund is processed to your original payment""",
                        ("unless unopened in original packaging", "rma number clearly marked")),

    "themartialartsstore": ("""Returns, Claims, and Exchanges

A) If the goods are damaged on the way to you, make the claim directly to the carrier.

B) We do not accept returned merchandise without an authorization number.

  • The number has to be written on the outside of all packages.
  • We WILL REFUSE any package that arrives without an RMA number.
  • Please have your invoice number at hand when you call for an authorization number.
  • An authorization number becomes VOID after 30 days.
  • We DO NOT accept C.O.D. packages.

C) The Martial Arts Store arranges UPS pickups only on miss-shipments of merchandise.

D) A shortage or a wrong item has to be reported within 10 days. After 10 days we accept no claims for those reasons.

Defective Merchandise

A) Get in touch with The Martial Arts Store for a return authorization number within 20 days of your purchase.

B) The Martial Arts Store will repair or replace the item free of charge.

C) After 20 days, repairs will be made at a quoted charge. Call 1 (770) 441-9946 to ask what a repair would cost.

New Merchandise Suitable for Return

A) Within 30 days of your purchase we accept returns for an exchange, in-house credit, or a full refund (shipping charges are not refunded).

B) Between 31 and 45 days after the date of purchase, a 20% restocking charge applies.

C) Between 46 and 90 days after purchase, a 35% restocking charge applies.

D) After 90 days we accept no merchandise for return.

E) Every return, for an exchange or a refund, has to be BRAND NEW, undamaged and in a condition we can resell, and it MUST NOT have been altered in any way. Uniforms must not have been washed. The soles on all shoes have to be 100% brand new and NOT WORN beyond trying them on. A returned BOB, BOB XL, Wavemaster or similar bag must show no scuff marks and no sign of use whatsoever, and it MUST NOT have been filled with water or sand.

Returning a Re-Breakable Board comes with special return conditions of its own: the board MUST B""",
                            ("directly to the carrier", "on the outside of all packages", "c.o.d. packages",
                             "ups pickups only on miss-shipments", "reported within 10 days",
                             "repairs will be made at a quoted charge", "between 31 and 45 days", "between 46 and 90 days",
                             "after 90 days", "uniforms must not have been washed", "soles on all shoes",
                             "no scuff marks", "re-breakable board")),

    "ussportsshoeshop": ("""At Sports Shoe Store we know that finding the right running shoes matters to you as much as your next personal best. We try hard to help you choose the ideal pair, but we know a return or exchange is sometimes needed. Our policy aims to be as kind to runners as our shoes are.
Our Return & Exchange Promise
Returns and exchanges are accepted within 15 days of receiving your order. Every returned item has to be:
- In its original condition (not worn, tags attached)
- In its original packaging (shoe box included)
- Sent with proof of purchase
Note: for hygiene reasons we cannot take back running shoes that have been worn, or items without their original packaging. This keeps our standards high for every runner.
How to Start a Return or Exchange
Step 1: Contact Our Team
Email your request to returns@ussportsshoeshop.example, using the template below:
Step 2: Get a Return Authorization
Within 1-2 business days we will email you a Return Merchandise Authorization (RMA) number with shipping instructions.
Step 3: Ship Your Return
Pack your item securely (we suggest putting the original box inside another shipping box) and include:
- The RMA number clearly visible on the outside
- A copy of your order confirmation or packing slip
Step 4: Processing Your Return
When your return has arrived and been inspected (usually within 3-5 business days of its arrival), we will process your:
- Refund: to your original payment method
- Exchange: we send out your new item as you asked
Refund Timeline & Methods
Refunds are processed within 3-5 business days of our receiving and approving your return. When the money reaches you depends on how you paid:
- Credit/Debit Cards (Visa, MasterCard, JCB): 5-10 business days to show on your statement
- PayPal: 3-5 business days
Shipping Costs
We do not refund original shipping fees. For an exchange, we cover standard shipping costs for your replacement item.
The customer pays for return shipping unless the return is due to """,
                         ("rma number clearly visible", "cover standard shipping costs for your replacement")),

    "kettlebellkings": ("""Shipping & Returns

Returns Policy

Most new, unopened items can be sent back within 30 days of delivery for a full refund. If the return comes from our error (you got an incorrect or defective item, for instance), we also pay the return shipping costs.

If the item has no structural damage and can be used as it was meant to be, the customer pays the return shipping cost. If you ordered the wrong size or want to exchange the item, the shipping is yours to pay. To help, we will do what we can to get you a discounted rate from our shipping provider, lower than you would usually pay, which you then pay to us by invoice.

Expect your refund within four weeks of giving your package to the return shipper, although in many cases it will reach you sooner. Those four weeks cover the time the shipper takes to bring your return to us (5 to 10 business days), the time we take to process your return once it arrives (3 to 5 business days), and the time your bank takes to process our refund request (5 to 10 business days).

To return an item, just log in to your account, open the order through the "Complete Orders" link in the My Account menu, and click the Return Item(s) button. When we have received and processed the returned item, we will let you know about your refund by e-mail.

Shipping

IT'S QUICK! Orders placed before 5PM CST, Monday to Friday, ship on the same day. Weekend orders go out on Monday. Unless you ask otherwise, everything ships by UPS ground from Austin, Texas, so most customers get their order within 3-5 business days. We ship to any address in the United States. Some products carry restrictions, and some cannot be shipped abroad. If you live outside the lower 48 states, use the International Checkout button: click your shopping cart and look below the usual 'Pro""",
                        ("discounted rate from our shipping provider", "within four weeks of giving your package")),

    "skatetek": ("""RETURN POLICY
Defective Products
If a product has a manufacturing defect covered by its warranty, within the terms of that warranty, you can send it back to us for repair or replacement, as long as it is in its original shape and packaging and comes with the original proof of purchase. The warranty period starts from the date of purchase or from confirmed delivery to you. The customer pays the shipping costs of a warranty return.
Incorrect Address or Refused Shipments
If you gave us a wrong shipping address, or the recipient refused the shipment, and the shipping company returns your order to us, we refund your purchase less a 20% restocking fee and the original shipping charges, and we also deduct the extra shipping charges of the return (what the shipping company charges us). We rely on you for the right shipping address, so please give us a correct and complete one for your order.
Damaged Shipments
Every board is inspected before it is sent, so that no board leaves us damaged. If your product arrives damaged in any way, you must tell us by e-mail or phone within 48 hours of receipt, with a detailed and full description of the problem, and we will issue a Return Authorization Number. Send the product back to us promptly with a fully completed Returns Form. When the returned item reaches us and the damage is confirmed, we replace your order straight away. Please make sure the product you send back is packed securely and well protected.
Lost or Missing Shipments
Report a lost or missing shipment to Skatetek within a week of the expected delivery date. If our shipping company shows the lost or missing package as delivered, you will have to sign an affidavit stating that you did not in fact receive it. Any lost or missing shi""",
                 ("warranty period starts from the date of purchase", "20% restocking fee", "fully completed returns form", "within a week of the expected delivery date")),

    "snowsportgear": ("""At Snow Sport Gear we stand behind the quality of our adventure equipment, and we care about your satisfaction just as much. If your gear falls short of what you expected, our easy returns and exchanges process gets you back out on your adventures.
- Return Period: 15 days from the delivery date
- Items must be unused and in their original packaging with tags attached
- Returns of defective or incorrect items are free
- Refunds are processed within 5-7 business days of our receiving your return
Eligibility Criteria
A return or exchange is possible when your item:
- Is within 15 days of delivery
- Is in its original condition – unused, unwashed and unworn
- Comes with all its original tags, packaging and documentation
- Comes with proof of purchase (an order number or a receipt)
Non-Returnable Items
For safety and hygiene reasons, these products cannot be returned or exchanged unless they are defective:
- Base Layers (for hygiene)
- Climbing Gear (equipment critical to safety)
- Bike Protective Gear (safety equipment)
- Backcountry Accessories (items tied to safety)
- Any item showing signs of use or damage, or missing its original packaging
Return Process
Step 1: Start Your Return
Write to our customer adventure team at returns@snow-sportgear.example within 15 days of receiving your order, with your order number and the reason for your return.
Step 2: Wait for Authorization
Within 24-48 hours we will answer with a Return Authorization Number and instructions. Do not send anything back without that authorization number.
Step 3: Pack and Ship
Pack the item securely in its original packaging, put in all the documentation, and send it to:
Snow Sport Gear Returns
460 Elmwood Avenue
Mesa, AZ 85201
USA
We suggest a tracked shipping service, because the return shipment is your responsibility until it reaches our facility.
Refund Information
| Return Type | Refund Method | Processing Time | Shipping Cost |
|---|---|---|---|
| Defective/Incorrect Item | Original payment method | 5-7 business day""",
                      ()),

    "archeryspecialtystore": ("""Overview

We stand behind what we sell, and our return process is simple so that you end up satisfied. This policy covers every purchase from Archery Specialty Store.

Return Window

Eligible items can be returned within 30 days of delivery for a full refund or an exchange. The return period starts on the day your order reaches you.

Eligibility and Conditions

  • Items have to be unused and in their original packaging, with every tag and accessory intact.
  • Personalized or custom items (engraved bows, for instance) cannot be returned.
  • Defective or damaged items are returned free of charge.
  • Clearance items, and discounted items marked as such, are final sale.

If an item is a "No Returns" item, its product page says so clearly.

Return Process

  1. Write to support@archeryspecialtystore.example with your order number and the reason for your return.
  2. We send you a return authorization, and a prepaid shipping label where it applies (for defects, for example).
  3. Send the item to: Archery Specialty Store Returns, 456 Bow Street, Denver, CO 80202.
  4. When it has arrived and been inspected (usually within 3-5 business days), we process your refund or exchange.

Fees

  • The customer pays for return shipping unless the return comes from our error or a defect (then we pay).
  • There are no restocking fees.
  • For returns that are not defective, original shipping costs are not refunded.

Refunds

Refunds go back to the original payment method within 5-7 business days of the inspection. For an exchange, we ship the replacement at no additional cost.

Questions? Contact us during business hours.""",
                              ("ship the replacement at no additional cost",)),

    "tabletenniskingdom": ("""RETURNS POLICY

You have the right to cancel your order for any item bought on our website, whether or not you give a reason. If your purchase disappoints you, we accept unused returns for a replacement or a refund within 14 days of the date you tell us you intend to return it. (You have 14 days, counted from the day after your order reaches you, to tell us so.)

Our returns address:

Table Tennis Kingdom (Product Returns)
Flat/Room D3, Blk D, 3/F,
Mai Tak Industrial Building,
No 221 Wai Yip Street,
Kwun Tong, Kowloon,
Hong Kong

If a product arrives damaged or faulty, you are entitled to return it for a refund within 30 days of receipt; we may offer a repair, a replacement, a part-replacement or a price reduction, which you are free to accept. If we are notified after 30 days that a product is faulty, the product has to be sent back, and once the fault is confirmed we provide a repair, a replacement or a part-replacement. Where the fault is minor and can be put right easily and quickly, a repair will always be provided ahead of a replacement. If the product can be neither repaired nor replaced, we offer a price reduction for you to keep the product, or a refund if you would rather not keep it.

When Table Tennis Kingdom, or a product sold by Table Tennis Kingdom, is at fault, the postage costs of the return are refunded to you.

When neither Table Tennis Kingdom nor its products are at fault, you are still entitled to cancel your order within 14 days of receiving the goods. Once you have told us within those 14 days that you are cancelling, you have a further 14 days to send the goods back to us. You pay all the postage costs of such returns.

A faulty return has to be sent back for inspection before any refund is issued. If the product is found to be defective, we will offer you a repair, a refund or an exchange (if one is available). Damage """,
                           ("notified after 30 days that a product is faulty", "repair will always be provided ahead",
                            "price reduction for you to keep the product")),

    "boardgamesand": ("""Refund policy

At Boardgamesand we want you to be fully satisfied with what you buy. If you are not, our return and refund policy is there to deal with it quickly and well.

1. Starting a Return:

  • To start a return, write to us at contact@boardgamesand.example. Our team will handle your request quickly and give you a return address.
  • A return has to be started within 30 days of your order reaching you.

2. Return Conditions:

  • Items have to be in their original condition and unused, with all tags and packaging intact.
  • We cannot take back items that have been used or damaged, or that are missing their tags and packaging.

3. Shipping Costs:

  • The customer pays the shipping costs of sending items back.

4. Refund Policy:

Standard Refunds:

  • When your returned item has arrived and been inspected, we will email you to say whether your refund is approved or rejected.
  • If it is approved, your refund is processed and the credit goes to your original method of payment within 7-10 business days.

Partial Refunds:

  • If your return request is approved but you choose to keep the item, we can offer you a partial refund, processed at no extra cost.
  • In some cases we can send a free replacement if you prefer; you then pay only the shipping cost of the replacement item.

5. Exchange Policy:

  • To exchange an item, write to us at contact@boardgamesand.example. Approved exchanges are free, but the customer pays the shipping costs of sending the original item back.

6. Defective or Incorrect Items:

  • If you receive a defective or incorrect item, contact us at once at contact@boardgamesand.example. We will tell you how to send the item back and we will pay the return shipping costs. You will also have""",
                      ("choose to keep the item", "free replacement if you prefer")),

    "jigsawpuzzlesmart": ("""Returns & Refunds
Important Return Info:
– We DO NOT take returns for personal reasons
– As a rule we DO NOT give refunds or take returns for the customer's own mistakes, such as:
- Choosing the wrong size, design, colour and so on.
- Not checking the preview closely enough to see that the design is set well (every print file is generated automatically, exactly like the preview on our website).
- So please check your order closely before you pay, to make sure it is right.
- If you are claiming for a printing error, please send photographs of the error.
- If you are claiming for a print size or placement problem, please put a measuring tape, stick or ruler in the photographs of the affected products.
- If some of your items are missing, please send us a picture of the received package's cover, with the full shipping label, so that we can pass it to our production department to look into.
Refunds (if applicable)
When your return has arrived and been inspected, we will email you to say that the returned item has reached us. We will also let you know whether your refund has been approved or rejected.
If it is approved, your refund is processed and the credit goes automatically to your credit card or original method of payment within 5 to 7 days (NOTE: shipping and taxes are not included in refunds).
Late or missing refunds (if applicable)
No refund yet? First check your bank account again.
Then get in touch with your credit card company; a refund can take a while to be posted officially.
Next, get in touch with your bank. There is often some processing time before a refund is posted.
If you have done all of that and your refund still has not arrived, write to us at sales@jigsawpuzzlesmart.example
How long your exchanged product takes to reach you depends on where you live.
Our support team will look at the photos/videos you send of the defec""",
                          ("measuring tape", "received package's cover")),
}
