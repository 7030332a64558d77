"""The test97 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "kingstreetdiamond": ("""RETURN PROCESS
Whatever the reason you are unhappy with something you bought online or in one of our stores, you can return it, exchange it, or take store credit for your item(s), as long as you do so within 10 days of the shipping date. We are glad to take back items with no scratches, blemishes, resizing or alterations, showing no wear or tear at all. Special Orders, such as engraved pieces and rings in special sizes, carry a 20% restocking fee. An order that comes back undeliverable, or that the recipient refused, carries a $9.95 charge, taken off the total refund.
If you bought in one of our stores, the return policy details are printed on the back of your receipt.
We keep the right to check that the product is authentic. When your item(s) have reached us and been accepted, you get a full refund of the item's cost, less any charges for shipping, handling and insurance. Your credit takes 7-12 business days to be processed, counted from the day your item(s) reach us. Refunds go back by the same type of payment you used to buy.""",
                          ("20% restocking fee", "$9.95 charge", "back of your receipt")),

    "ticketwatches": ("""REFUNDS
To return a product, get in touch with our customer support by email, telephone or live chat, between 8am and Midnight.
You can ask for a refund within 14 days of the delivery date. Products can also be exchanged within 30 days of the delivery date. To ask for a refund, send the product back to the seller as our return policy describes, and give the seller the cargo tracking number. Should you exchange your product once the 14-day refund period is over, no refund will be issued for the replaced item, except when it is defective.
A returned item may need as long as 25 days to reach us. When it arrives at our fulfillment center, the refund is processed in 2 business days, and the amount then takes 3-5 business days to appear in your account.
CONDITIONS
For a full refund, your return has to meet these criteria:
The watch or strap must come back exactly as it was when sold: it must not have been worn or altered, nor damaged at all. Returns also need their original packaging. Please leave the protecting film of the products in place.
Items that fail the quality inspection by Customer Service (scratched, worn, damaged) are sent back to you, and you get no refund.
Need help?
Write to us at with any question about refunds and returns.""",
                      ("exchanged within 30 days", "no refund will be issued for the replaced item", "protecting film")),

    "readingglassesstore": ("""Terms of Service
Ordering Policy
Reading Glasses Store tries hard to show correct stock information, but we cannot promise it is always 100% right. If a product's stock status or price changes after you order, we will email you with a different delivery time. If you do not agree with the new delivery time, we cancel the order and pay the money back to your credit card.
Cancelation Policy
Once a non-prescription order is placed, you may cool off for 24 hours. If you do not ask to cancel within that time, we process your order and ship it to arrive at the estimated delivery time. If you still need to cancel before it ships, a cancelation fee of 10% of total order is billed to the credit card you paid with.
Prescription Glasses Orders Fulfilment Policy
You give us your prescription when you order, by filling in the prescription lenses order form. We ask every customer to also email a copy of the prescription their doctor gave them to rx@readingglassesstore.example, so that the order is accurate. Our opticians and optometrists may, as a service, propose another index or coating package to suit your prescription.
After you place your order, there is a cool-off period of 24 hours during which you can email us to cancel it. Once that time is over, the order goes into processing and can no longer be canceled.
For our customers' convenience we run a prescription update service. If your prescription changes within 2 years, we will put new prescription lenses in your prescription frames at a 10% discount. You pay the shipping in both directions. To order this, email us at rx@readingglassesstore.example
Return Policy
Every prescription order is final sale.
Non-prescription orders, for instance frames alone or sunglasses, can be returned within a week (7 days). The customer must send""",
                            ("not agree with the new delivery time", "10% of total order")),

    "magicwalletshop": ("""Not happy with it and want to send it back? No problem. Magic Wallet Shop keeps its returns policy short and plain:
Can I send back or exchange a product I haven't opened?
Can I send back or exchange a product I've already opened?
What if my product arrives damaged?
What if I am sent the wrong product?
When do I get my refund?
Can I send back or exchange a product I haven't opened?
We want you to end up with exactly what you wanted! If you have second thoughts within 30 days about a product you have not opened or used, we can refund you, send a replacement, or give you in-store credit toward a later purchase! To return it, email contact@magicwalletshop.example, our customer service team. Tell us your name, your order id, why you are returning it, and whether you would like a refund, a replacement item or in-store credit.
Can I send back or exchange a product I've already opened?
We want you to be fully satisfied with Magic Wallet Shop. An item you have opened or used can still come back, but in that case the shop won't be able to refund you; we can nearly always offer a replacement item or in-store credit instead! To return it, email contact@magicwalletshop.example, our customer service team. Tell us your name, your order number, why you are returning it, and whether you would like a replacement item or in-store credit.
Opened items also have to come back within 30 days, and nothing you received from a previous exchange can be returned.
What if my product arrives damaged?
We work hard to get every parcel to you fast and in perfect condition! Now and then, though, an item is damaged in transit. We understand how annoying that is, and we will do all we can to replace the product quickly.
For a replacement, email us straight away at contact@magicwalletshop.example with your name, your order number and which item was damag""",
                        ("won't be able to refund you", "received from a previous exchange")),

    "m-tra-l": ("""Refund and Returns Policy
We are proud to offer sturdy, adaptable travel backpacks made to go with you on every trip. Choosing the right pack means trusting how long it lasts, how it feels to carry and how well it works. So our policy rests on plain communication, support for you as a person and practical answers: when something goes wrong, you need help, not small print.
When your backpack arrives, please look it over. Should you spot damage you can see on the fabric, straps, zippers or hardware, photograph it and get in touch with our customer care team. Together we will settle on the best remedy, be it an exchange or store credit toward a later purchase. Each case is handled on its own merits, with an answer fitted to it instead of a script for everyone.
Now and then a backpack just does not suit what you need: it holds less than you hoped, or its pockets are not laid out for your gear. If so, we invite you to talk with us before you decide on a return. Our specialists can point you to other models in our range that suit camera kit, everyday commuting or longer trips better. Looking at these choices may get you the right pack without the bother of sending yours back.
We know shipping does not always go to plan. If your order is late, or its packaging was harmed on the way, tell us at once. We work closely with our carriers and can often stop or redirect a parcel to cut the delay. If the delay still disrupts your trip, we'll look for compensatory solutions, for example a faster replacement shipment or credit toward your next order.
Backpacks, being physical goods, can now and then differ a little in colour or texture from one batch to the next, in leather trims, fabric weaves or hardwar""",
                ("compensatory solutions",)),

    "caphutonline": ("""Return Policy
Thanks for buying from our cap business! Your satisfaction matters to us, and we want you to be fully happy with what you bought. Please take a minute to read our return policy below.
1. Eligibility for Returns:
- We take back only caps that are unused, undamaged and in their original condition, with every tag and all packaging intact.
- A cap showing wear, stains, alterations, or damage the customer caused cannot be refunded.
- Customized or personalized caps (with embroidery, printing, or any other change made at the customer's request) cannot come back, unless they are defective or wrong through our error.
2. Return Procedure:
- To start a return, contact our customer service no later than 14 days after delivery.
- Give your order number, a full description of the problem, and any evidence that supports it, for example photographs where applicable.
- Our customer service team will look at your request and tell you how to go on with the return.
3. Return Shipping:
- Return shipping is paid by the customer, unless the cap is defective or wrong through our error.
- We suggest a trackable shipping method, and keeping proof of postage for your own records.
- Once the return is approved, we also pay back the shipping you paid on the original purchase.
4. Refund Process:
- When the cap reaches us, our team inspects it to check it meets the eligibility criteria in point 1.
- If the cap qualifies for a refund, we process it within 7 business days.
- The refund goes back to the payment method you used for the purchase.
5. Exchanges:
- At the moment we do not offer direct exchanges. To swap a cap, follow the return procedure in point 2, and place a separate new order for the cap you want.
6. Non-Returnable Items:
- """,
                     ()),

    "glovesora": ("""We're Here to Make It Right
Glovesora wants every purchase to leave you satisfied. If yours has not, we are here to help.
Return Policy
Most new, unused items can be sent back for a full refund within 30 days of delivery. If the return comes from our mistake (an incorrect or defective item reached you, for instance), we pay the return shipping too.
Follow these steps to start a return:
Contact Us: Write to returns@glovesora.example no later than 30 days after your order arrives, giving your order number and the reason you are returning it.
Return Authorization: When we approve your return request, we send you a Return Merchandise Authorization (RMA) number with the return instructions.
Pack Your Item: Pack the item(s) securely in their original packaging, with all the accessories, manuals and papers supplied with the product.
Ship Your Return: Send your return parcel by a trackable shipping method. A carrier offering tracking and insurance is what we recommend.
Refund Process: After your return arrives and has been inspected, we refund your original payment method within 7-10 business days. We email you as soon as your refund has been processed.
Please keep in mind:
- Returns must come back in new, unused condition, their original packaging intact.
- Returns not meeting these criteria may be refused.
- We do not refund original shipping charges, except where the shipping error was ours.
Exchange Policy
To exchange an item for another size or colour, return it by the process above. You can order the right item separately whenever you like.
Damaged or Defective Items
If an item reaches you damaged or defective, contact us right away at returns@glovesora.example. We will work with you to get it replaced as fast as we can.""",
                  ()),

    "thebeltshop": ("""Returns Policy
Updated on 24 August 2020
Is your belt not what you expected? Does the colour not quite match your shoes the way you hoped?
No need to worry: we are glad to replace, credit or refund your purchase. We want you wearing our belts, and a belt you don't like is a belt you won't wear. So return it, and we'll help you pick a belt that suits you better, or, should we fail to find what you're after, just return the belt and we'll give you store credit or a refund.
This hardly needs saying, but we can only take returns in new and unused condition, with every original tag still on. So be sure you're happy before you pull the tags off and take your belt out for a spin.
Great, but how does the return actually happen?
Easy. First, go through the checklist below to make sure your belt can be returned:
1. Is your purchase date no more than 30 days ago?
2. Is the belt unused and still new?
3. Do the belt's original tags and labels all remain on it, just as it reached you?
If the answer to all three is yes, just email us asking for a return and giving your order number (in the subject line, if you can) at ORDERS@THEBELTSHOP.EXAMPLE.
Our team will agree with you on a convenient time at which a courier partner of ours will come collect your belt.
That's all there is to it.
REFUNDS
When your return reaches us, our team quickly checks that the item is unused with all its tags and labels in place. After that check, we deal with your return. Allow at least 5 days, counted from when we receive your item, for us to process it.
EXCEPTIONS
Our defect rate is close to zero, but we are only human, so if a product reaches you defective or damaged, contact us at ORDERS@THEBELTSHOP.EXAMPLE and we will arrange a refund or an exchange.
QUESTIONS
For any question about our return policy, contact us at:""",
                    ("come collect your belt",)),

    "cuffink": ("""Refund and Returns Policy
Unhappy with your purchase?
Follow the instructions below to send your item/s back and get a refund.
SUBMIT RETURNS FORM
Complete the online returns form, saying which items you are returning and why. Please check our terms and conditions to see whether your items can be returned. Wait for our confirmation email before moving on.
AWAIT CONFIRMATION FROM OUR TEAM
After you send a returns form, someone from our customer support team will get in touch to approve the return.
You pay the full delivery cost of sending merchandise back.
overview
Cuffink lets customers return items within 14 days, in original condition and packaging and with a valid packing list, for a full refund. Every order ships with this important document, which sets out the details of what you ordered. After 14 days it is still possible, though, to send merchandise back for an exchange or store credit. Anything bought more than 21 days ago is final: past 21 days nothing can be exchanged.
Refunds go only to the original form of payment, and processing them can take up to 14 days. Return shipping costs to Cufflinks Depot are not refunded. For your own safety, please use a reputable shipping method with tracking and insurance (UPS, FedEx, DHL): credits, refunds and exchanges can only be given for items that reach Cuffink in their original condition. Cuffink cannot refund or exchange items that go missing on the way back to us.
Please secure every item carefully and separately for the trip back, so nothing gets damaged in transit. Items not secured properly may be damaged, and then they cannot be returned or exchanged. If the box they came in has straps, please strap the cufflinks back firmly into every elastic strap.
Each item shipped from Cuff""",
                ("after 14 days it is still possible", "past 21 days", "not secured properly")),

    "barefoot-spring": ("""Hair Accessories Return Policy
1. Changing or returning as the customer wishes (returning goods because you are not satisfied):
Everything you buy can be returned within 24 hours of receiving it (unless stated otherwise). We only take back products still in their original condition, unused, and with the purchase invoice, which means:
– Still in their original packaging, undamaged.
– With every detail and accessory.
– With the warranty card or stamp, the brand stamp, the technical manual and any gifts that came with them (if any), all complete and intact
– Not dirty, scratched or damaged, with no strange smell and no sign of use
2. Returns for reasons that are not the customer's:
2.1. Goods delivered not new, not intact, with the wrong contents or missing:
Before paying, please look at the outside of the box and at the product, to be sure what was delivered is the right type, quantity and colour you ordered and that it is undamaged on the outside.
If it is not, just refuse to receive the goods, or tell customer support at once, so we can put things right in time. (Note that further checks, such as trying the product, are only allowed once the order has been fully paid.)
If you have already paid and received the goods and then find them no longer intact, with the wrong contents or with something missing, photograph the product and send the picture to our mailbox for help. We will then support the next steps, such as an exchange or a return, or send you the missing product…
Once 24 hours have passed since you received the goods, we may refuse to deal with complaints of the kinds above.
2.2. Defective delivery
If the product you ordered from us has a problem, please follow these steps:
– Step 1: Check that the product is intact, and photograph the product showing the fault.
– Step 2: Contact our customer care center to have it confirmed.
– Step 3: No later than 24 hours after receipt, i""",
                        ("refuse to receive the goods",)),

    "animeumbrellas": ("""Refund Policy
Returns
Our return policy runs for 30 days: you have 30 days from receiving your item to ask for a return.
To qualify for a return, the item must be in the condition it reached you, unworn or unused, with its tags, and in its original packaging. The receipt or another proof of purchase is needed too.
To start a return, Contact Us here. If we accept your return, we'll tell you how and where to send your parcel. Items sent back to us without a return request first will be refused.
Exchanges
If you ordered the wrong product by mistake, or once it arrives decide you would like an umbrella in another style or a different product altogether, just reach out through Contact Us.
When we hear from you, we'll tell you how and where to send your parcel back. Our workshop ships the new item: we send a replacement upon receiving the return.
Damages and Issues
We do our best to make sure your goods arrive with no defects. If you do receive faulty or wrong items, though, Contact Us here as soon as you can, and at the latest 7 days after delivery.
Many of our products are made by hand, so small variations between them are not defects: they are expected in handmade goods. Also, custom orders and clearance products are final sale.
If you ask for a refund, we will pay it as soon as we can, at the latest within 30 days of the day we confirmed that you were owed a refund for the defective goods.
Refunds
Once your return has arrived and been inspected, we will tell you whether the refund was approved. If it was, you'll be refunded automatically to your original payment method. Bear in mind that your bank or credit card company may also take some time to process and post the refund.
Once the workshop has your return and has processed it, we let you know by email. We wil""",
                       ("send a replacement upon receiving the return", "small variations",
                        "within 30 days of the day we confirmed")),

    "colognecurators": ("""Refund policy
Order Cancellations
Until your order ships, you can cancel it or change it. Contact customer support to ask for a cancellation or a change.
After a tracking number exists, a request to cancel or change the order is handled as a return request under our return policy. We try our best to meet cancellation requests, but our team cannot guarantee they will be processed, sadly.
Address Changes
We do not currently change the address on orders. If you need your address updated, your request is treated as a cancellation, under our cancellation policy.
When the shipping address given is wrong, we cannot redirect, retrieve, or cancel the order after it has been processed. Please check your shipping details carefully before you complete your purchase, to avoid delivery problems. Cologne Curators is not liable for delivery problems or lost parcels caused by a wrong shipping address.
Return Policy
Returns are open for 30 days from delivery. After that, no returns are accepted. Items must be shipped back to us no later than 30 days after delivery. Every return carries a $10 return shipping fee. Please read the exclusions and conditions below:
-
First-Time Buyers: As a first-time buyer who is not fully happy with our products, you can send items back up to 30 days after delivery without any restocking fees. The $10 return shipping fee still applies. This is meant to help new customers trust our products, not to support buying fragrances blind and sending them back.
-
Sealed/Unused Products: When a product reaches us still sealed, unused and in its original state, a flat $10 return shipping fee is taken off your refund.
-
Used Products:
-
Once the seal is broken, the item counts as used.
-
A perfume that has been sprayed counts as used too.
-
Testers returned to us are in every case classifie""",
                        ("cannot guarantee they will be processed", "treated as a cancellation", "redirect, retrieve, or cancel",
                         "first-time buyer", "seal is broken", "has been sprayed", "testers returned to us")),
}
