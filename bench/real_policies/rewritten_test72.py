"""The test72 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "korarealmquest": ("""Refund Policy

Our Toys Shop sets out to sell toys of real quality that give children fun, learning and room to create, and give their parents peace of mind. Everyone who buys from us should be able to feel sure of their purchase, which is why we have written a clear and fair refund policy. It aims at your satisfaction while keeping the products we sell safe, hygienic and intact.

For most items, you can ask for a refund within 21 days of the purchase date, as long as the product is still in its original condition. To qualify, the item has to be unused and unopened, and in its original packaging with every seal, label and tag intact. This gives families room to send back a toy that fell short of what they hoped for, while making sure that what comes back can be sold again.

We do not refund items that have clearly been used, that were damaged by mishandling, or that were opened in a way that harms the product's hygiene or integrity. Toys pass through children's hands, so any item that looks worn, played with, or taken out of its packaging will not be refunded. This matters most for plush toys, educational kits, bath items and infant toys, which have to meet strict hygiene standards before they can be sold again.

Some kinds of products cannot be refunded at all: clearance items, personalized or custom-made toys, holiday-themed goods bought during seasonal promotions, and perishable items such as slime kits made with organic materials. These are sold as final sale and cannot be returned unless they are defective when they arrive.

If, rarely, a toy reaches you damaged or defective, we offer a full refund or an exchange. Please report the fault to us within 7 days of receiving the item, together with your proof of purchase. To process the refund or send a replacement, we may ask for the return of the defective product or for photographic evidence. Our team is committed to sort""",
                       ("plush toys, educational kits, bath items", "return of the defective product")),

    "littlebandme": ("""RETURNS POLICY

To qualify for a return, you need to let us know about the faulty or incorrect item within one day of delivery. The item then has to reach us within 14 days of purchase. When the returned item arrives at our returns centre, we may, at our discretion, give you a refund or a replacement. The item has to be unused and in the same condition it was in when you received it, and it has to come back in its original packaging.

These goods are not covered by our Returns Policy: discounted or sale items, soft toys, inflatables, stationary, feeding accessories and personalized items. They cannot be returned, refunded or replaced.

REFUNDS AND REPLACEMENTS

When your return has arrived and we have inspected it, we will email you to say that your returned item has reached us. We will also let you know whether your refund or replacement has been approved or rejected.

If a refund or replacement is approved, the refund is processed and the credit goes automatically to your original payment method within a certain number of days.

For a replacement, an order for the replacement item must be placed on our online store as a new purchase, which we process separately.

SHIPPING

You pay all the shipping costs of sending your returned or replacement item to our returns centre.""",
                     ("placed on our online store as a new purchase",)),

    "buylearningtoysale": ("""Welcome to Learning Toys Sales! We are glad to help your child grow and discover with the educational toys we choose with care. A smooth shopping experience matters, so we keep our shipping and returns policy clear and simple. We want every parent, educator and caregiver in our community to be fully satisfied.
Shipping Information
We ship our educational toys all over the world (apart from Asia and a few remote areas).
Order Processing Time
Please give us 1-2 business days to process your order and pack it carefully before it ships.
Shipping Methods & Delivery Timeframes
You can choose between two dependable shipping options:
- Standard Shipping: sent with DHL or FedEx.
- Delivery Time: it arrives 10-15 business days after it ships.
- Cost: a flat $12.95.
- Free Shipping: sent with EMS.
- Available on every order over $50.
- Delivery Time: it arrives 15-25 business days after it ships.
These times are estimates, and things outside our control, such as customs, can change them.
Our Returns & Exchanges Policy
Nothing matters more to us than your happiness. If an item is not what you expected, you can return or exchange it easily within 15 days of the day you receive it.
How to Start a Return or Exchange
Just take these simple steps:
- Email Our Customer Care Team: within 15 days of receiving your order, write to us at care@learningtoyssales.example. Give your order number, the product's name and a short reason for the return or exchange.
- Wait for Instructions: our team will reply within 1-2 business days with a Return Merchandise Authorization (RMA) number and the address to ship your return to. Please send nothing back without an RMA number.
- Ship the Item: pack the item securely in its original packaging, with all of its parts and accessories. Send it to the address we give you. We strongly recomm""",
                           ()),

    "flykite": ("""Refund and Returns Policy
KITE Online Returns Policy
At KITE, we want you to be fully happy with what you buy. If your order disappoints you, you may send it back within 30 days of receiving it.
Who Can Return
An item can come back only if it is:
- Unworn: never worn or used in any way
- Unused: not tried on or used for anything at all
- In Its Original Condition: with all of its original packaging, accessories and documentation
Starting a Return
- Contact Our Customer Service Team: get in touch with us within the time allowed
- Give Your Order Details: tell us your order number, the item or items you are returning and the reason
- Get a Return Merchandise Authorization (RMA) Number: we will give you an RMA number
- Pack and Send: pack the item or items securely, with the RMA number clearly written on the outside of the parcel, and send it to the designated address
Return Shipping Costs
You pay the cost of shipping a return, unless the return comes from an error of ours or from a defective product.
Refund Processing
We process your refund once the returned item or items have reached us and been inspected. Deductions for shipping and restocking fees may be taken from the refund amount, where they apply.""",
                ("rma number clearly written", "deductions for shipping and restocking fees")),

    "puppethut": ("""FREE SHIPPING on orders over $99
Cart 0

Return Policy

At PuppetHut.com, we want you to be pleased with what you bought. If for any reason you are not fully satisfied, you can exchange, replace or credit your purchase. Just follow the guidelines below within 14 days of the delivery of your order.

Exchanges: Please email us at info@puppethut.example within 48hrs of receipt of your original order. Tip: keep your original boxes and bags rather than throwing them away.

Damages:

  - For UPS/FedEx/USPS deliveries: Please tell us about any damage or defect within 48 hours of the day the order reached you. For every item damaged in shipping, we will file claim with the shipping carrier. Please send us a simple picture of the package as it arrived, and we will send you a return label or collect the merchandise (tell us whether you would like a replacement sent once the merchandise has been collected, or a refund once your returned merchandise reaches us). Tip: please hold on to the original packaging boxes (they prove that the package was damaged) so that the carrier can come and inspect them. A shipment whose original packaging boxes were thrown away may be denied for damage claim. Any personal damage caused by mis-handling or abuse voids the warranty.
  - For freight and LTL deliveries: Please inspect the package on delivery, before the driver leaves. Note every damage on the bill of lading before you sign it. If you sign the bill of lading with no damage noted, you confirm that the package reached you in proper condition.

Defects: A puppet may look slightly different from the photo shown. This does not constitute as a defect; it is simply the individual make-up of each puppet.

For defects or wrong item(s) received, please email info@puppethut.example a photo of what reached you, and we will send you a return label.

Lost Order: We know how frustrating it is when an order never arrives. Please check your mailbox (for U""",
                  ("within 48hrs of receipt", "file claim with the shipping carrier", "may be denied for damage claim",
                   "mis-handling or abuse", "bill of lading", "does not constitute as a defect")),

    "shopdollhousekits": ("""At Shop Dollhouse Kits, we aim to give you the best products and the best customer service. If your purchase does not fully satisfy you, you have 14 days from the delivery date to return it.
Who Can Return
An item can be returned only if it is unused, unopened and in its original condition, with all of its tags and packaging intact. We need proof of purchase, such as your order confirmation or receipt, to process a return.
To start a return, please email us at contact@shopdollhousekits.example.
Damaged or Incorrect Items
We suggest checking your order as soon as it is delivered. If a product is damaged or defective, or you received the wrong item, please contact us as soon as you can, so that we can deal with it and arrange a return or an exchange.
Non-Returnable Items
For health and safety reasons, some items cannot be returned if you change your mind. The product page lists these exclusions clearly. Sale items and gift cards cannot be returned either. If you are unsure about a particular item, contact us and we will explain.
Exchanges
If you want to exchange an item, we suggest returning the original product and, once your return has been processed, placing a new order for the replacement.
Refund Process
When your returned item has reached us and been inspected, we will let you know whether your refund is approved or rejected. If it is approved, the refund goes to your original payment method within 10 business days. Your bank or payment provider may need additional time to complete it.
Still waiting for a refund 15 business days after we approved it? Write to contact@shopdollhousekits.example and we will help.""",
                          ()),

    "shipbricks": ("""Return Policy
Our return policy runs for 14 days: you have 14 days after your item reaches you to ask for a return.
An item can be returned only if it is in the same condition as when you received it.
To start a return, contact us with your order number and tell us which items you would like to return. If we accept your return, we will send you instructions on how and where to send your parcel. The customer pays the return postage, unless the items the customer received were damaged or the wrong items were sent; in those cases Ship Bricks pays the return postage. We will not accept items sent back to us without a return having been requested first.
Damages and issues
Please check your order when it arrives and contact us straight away if an item is defective or damaged, or if you received the wrong item, so that we can look into it and put it right. Remember that all our parts are used unless stated otherwise, though they will be clean and in usable condition.
Exceptions / non-returnable items
We are sorry, but gift cards cannot be returned.
Exchanges
The quickest way to get what you want is to return the item you have and, once the return is accepted, buy the new item in a separate purchase.
Refunds
We will let you know once we have received and inspected your return, and whether the refund is approved. If it is, the refund goes automatically to your original payment method. Postage paid to Ship Bricks is not refunded unless the items the customer received were damaged or the wrong items were sent; in those cases we refund the postage the customer paid. Please remember that your bank or card company may take a while to process and post the refund.""",
                   ("all our parts are used",)),

    "sciencefactoryshop": ("""Return and Exchange Policy
Return and Exchange Policy
If the items you ordered do not satisfy you, you can return them within 30 days of receiving them. For a refund of the purchase price or an exchange, the product must come back to us in its original condition, complete with its labels. It must show no traces of use. We may refuse returned items if we suspect they have already been used, or have been damaged through no fault of ours.
Please send a return with a track & trace code. The sender is always responsible for the shipment.
Once the items you returned have reached us, we will refund the purchase amount to your account within 14 days.
Would you like to exchange or return an order? Click here for the return form.
Notes
Your purchase should not go back to the manufacturer: please return it to us.
Several kinds of goods cannot be returned. Perishable goods, such as food, flowers, newspapers or magazines, cannot come back. Nor can intimate or sanitary goods, such as underwear or bras, once the hygiene seal has been broken after delivery. We also do not accept hazardous materials or flammable liquids or gases.
Other items that cannot be returned: gift cards, downloadable software products,
some health and personal care items
In some situations only partial refunds are granted (where applicable):
A book with clear signs of use
Any opened CD, DVD, VHS tape, cassette tape, vinyl record, video game or software
Any item not in its original condition, or damaged or missing parts for reasons that are not our error
Anything sent back over 30 days after it was delivered
Refunds (if applicable)
When your return has reached us and been inspected, we will email you to say we have received your returned item. We will also let you know whether your refund is approved or rejected""",
                           ("back to the manufacturer", "only partial refunds are granted")),

    "rideontoys": ("""Returns & Refund Policy

Last updated January 30, 2021

Thank you for your order; we hope it makes you happy. If for any reason you are not fully satisfied, you can return it to us for a full refund or an exchange. Our return policy is explained below.

RETURNS
A return has to carry a postmark dated no later than fourteen (14) days after the day of purchase. Items sent back have to be in new, unused condition, still carrying every original tag and label.

RETURN PROCESS
To send an item back, first ask customer service by email (returns@outsideplay.example) for a Return Merchandise Authorization (RMA) number. Once you have the RMA number, put the item securely in its original packaging and post your return to this address:

Outside Play
Attn: Returns
RMA # (ask us for it)
1 Example Yard
Market Town, XX0 0XX
United Kingdom

Please note that you pay all return shipping charges. We strongly advise sending your return by a trackable method.

REFUNDS
Once your return has reached us and we have inspected the item's condition, we will process your return or exchange. Processing a return or exchange takes at least seven (14) days, counted from the day the item reaches us, so please bear with us.

EXCEPTIONS
We cannot take back or exchange the following:
  - Inflateable Products
If a product is defective or damaged, phone our customer service number (below) and we will arrange a refund or an exchange.

Please Note
  - Every return is charged a 40% restocking fee.
  - Anything bought on sale is FINAL SALE: it cannot come back.
  - Send every return back with its original packaging and all of its original accessories.
  - Email us about any damaged goods within 48 hours.

QUESTIONS
Questions about this return policy? Reach us on:
+44 1000 0000""",
                   ()),

    "calmmax": ("""Returns & Refund

We work hard to offer our customers the best trampolines, and we always hope you love your order. But in case you are not quite satisfied, we have made returns and refunds easy for you.

Easy, Worry-free Returns

You can return any product you bought within 30 days of receiving it for a damage or defect, and we will give you a full refund.

How to return an item and get your refund

  1. Log in to your account, open My Orders and click the return button to send us your return request.
  2. If you are not sure how to do that, turn to our customer service under Contact Us, and we will help you with the return.
  3. When we have confirmed your return request, we will email you the full address to send the package back to.
  4. When your returned package has reached us and been approved, the refund starts. It goes straight back to your original payment method within 7-10 days (how long depends on your bank and payment method).
  5. You can follow the refund's progress, and we thank you for your patience if the current situation delays it.

Return & Refund Conditions:

  1. We only refund for the damage or defections that happen before delivery or in transit.
  2. You will need to show us that the problems are not human-made.
  3. We will not accept products returned without our confirmation and approval.
  4. Products must come back in their original condition.

Exchange Policy

If the product we delivered has a problem or defect and you would rather not take a refund, we will gladly send you a new one of the same type you ordered! Just send your exchange request in My Orders or through our customer service under Contact Us, and send the delivered product back to us; we will take care of everything else.

Cancellation Policy

Once we have confirmed your order, we begin preparing f""",
                ("we only refund for the damage or defections", "not human-made")),

    "rollplays": ("""At Rollplays, what matters most to us is that you are satisfied. Buying a kids' electric vehicle, whether a scooter, a ride-on car or a balance bike, can be a big decision. That is why every Kids Electric Vehicle bought through our website comes with a 30-day return and refund guarantee.
1. Who Can Return
-
Time Frame
You can ask for a return within 30 calendar days of the day your Kids Electric Vehicle reaches you. -
Product Condition
For a full refund, the vehicle must be:-
In "like-new" condition: unused, or used only gently.
-
Sent back with all of its original accessories, packaging, manuals and warranty cards.
-
Free of any damage not caused in transit or by a manufacturing defect.
-
-
Proof of Purchase
When you start a return, please give us your order number or invoice as proof of purchase.
2. Items That Cannot Be Returned
This policy does not cover:
-
Any vehicle modified once delivered (fitted with aftermarket parts or a different seat, say).
-
Accessories and consumables, such as spare batteries or chargers, once opened or used separately.
-
Anything damaged through misuse, neglect or being installed wrongly.
3. How to Start a Return
-
Contact Customer Support
Email us at support@rollplays.example, or call our support team on +84 000 000 000, within 30 days of delivery.-
Subject line: "30-Day Return Request – Order #[your order number]"
-
In your message, give:
-
Your order number and purchase date
-
The product's name or model
-
A short description of why you are returning it
-
-
-
Return Authorization
When your request is approved, we will give you a Return Merchandise Authorization (RMA) number and detailed instructions on how and where to ship the vehicle. -
Packing & Shipping
-
Repack the vehicle securely in its original box (or equally protective packaging).
-
Clearly write the RMA number on the outside of the box, where we can see it.
-
Send the package with a trackable courier service. You pay the return shipping costs, unle""",
                  ("subject line", "clearly write the rma number")),

    "starmagic": ("""Return Policy

🪄 Star Magic – Return Policy

Thanks for shopping at Star Magic! We want to bring you magical experiences, but if something is not right, here is our latest return policy:

---

📅 Return Window: 1 Day Only

Ask for a return within 1 day of receiving your order.

Once that day has passed, we accept no returns and give no refunds.

Only unused items in their original condition can come back, with every tag and all packaging intact.

---

🎥 Magic Items With Tutorials

A note on magic tricks sold with a tutorial video:

once the tutorial has been watched or opened, the product can no longer be refunded,

because the secret of the trick has then been revealed.

---

🔄 How to Ask for a Return

1. Email us at help@starmagic.example within 24 hours of delivery.

2. Give your order ID, the reason for the return, and an unboxing or issue video (if needed).

3. Once your request is approved, we will guide you through the return.

---

🚚 Return Shipping

If you are returning a wrong or damaged item, we pay the shipping.

For any other reason, the return shipping costs are yours.

---

💰 Refunds

We process refunds only once the returned item has reached us and been inspected.

You get the refund on your original payment method within 5–7 business days.

Items whose tutorial videos were accessed, and items damaged by misuse, are not refunded.

---

📞 Need Help?

We are glad to help!
Email: help@starmagic.example""",
                  ("unboxing or issue video",)),
}
