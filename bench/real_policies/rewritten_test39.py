"""The test39 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "fishingsportsupply": ("""FishingSportSupply.com Return and Refund Policy

Return and Refund Policy

Returns

When your goods arrive, look at the packaging first. If the box or parcel is damaged in any way, you should not accept it: report it to the delivery company as "damaged" and/or hand it back to them. We strongly advise taking photos of the damage with your camera or other device if it can do so. We are not responsible for goods damaged on the way to you, and we will not pay anything back if the damage has not been reported at the time of delivery.

If you are not happy with a product, you can send back most of the items within 14 calendar days of the day you actually received it. Every return claim has to be made in writing, with a detailed explanation of the problem, and emailed to returns@fishingsportsupply.example. Return claims made after the 14-day period will be turned down. Any item that cannot be returned is clearly marked as such on its product order page. Our Customer Service has to issue an authorization before any item is returned, and it will reach you by e-mail. Without that authorization we will not take in any returns and will make no refund or credit for the goods sent back.

Worldwide Trade and Sales LLC takes responsibility for goods that turn out to be defective or that were sent in error, as long as the problem is reported within 14 days of receiving the product. RMA returns for any other reason carry a restocking fee of at least 25%. Worldwide Trade and Sales LLC does not pay return shipping charges, taxes or customs. Worldwide Trade and Sales LLC will not take returns shipped C.O.D. or collect.""",
                           ("you should not accept it", "not been reported at the time of delivery",
                            "shipped c.o.d. or collect")),

    "tentpros": ("""Return Policy

RETURNS

Our policy runs for 30 days. Once 30 days have passed since your purchase, we cannot give you a refund or an exchange. To qualify for a return, your item has to be unused and in the same condition as when you got it. It also has to be in its original packaging.

Exempt Goods (if applicable)

Some kinds of goods can't be returned. They are listed here:

All Cleaning & Repair Supplies
Complete tent systems
Any fabric tent tops or walls

We need a receipt or proof of purchase to complete your return.

In some situations only partial refunds may be granted: (if applicable and accepted by seller)
* Any item sent back more than 30 days after delivery

Refunds (if applicable)

When your return has arrived and been inspected, we will email you to say we have received it. We will also let you know whether your refund is approved or rejected.
If it is approved, your refund is processed and the credit goes automatically to your credit card or original method of payment within a certain number of days.

Late or missing refunds (if applicable)

No refund yet? Check your bank account again first. Then contact your credit card company, since a refund can take some time to be posted officially. Next, contact your bank; there is often some processing time before a refund is posted. If you have done all of that and still have no refund, please write to returns@tentpros.example

Sale items (if applicable)

Only items bought at the regular price can be refunded; sale items cannot be refunded.

Exchanges (if applicable)

We replace items only if they are defective or damaged. If you need to swap it for the same item, email us at returns@tentpros.example and send your item to: Tent Pros, 100 Example Street, Torrance, CA, United States.

Shipping

To return your product, send it to:""", ("only partial refunds may be granted",)),

    "footwearoutfitters": ("""Returns & Exchanges

We want you to be completely happy with what you bought. When your item(s) arrive, please try them on indoors to check the fit. If you are not happy with your purchase, please:

1. E-mail us (info@footwearoutfitters.example) with your order # and ask for an RA#. (A 15% fee will be assessed on every return sent to us without approval first.) Send the item(s) back to us, with the label tags included, within 14 days of their arrival for an exchange or a refund. The return shipping is yours to pay.

Note: We only accept returns of new product if the item(s) can be sold as brand new, having been worn or used only indoors or on carpet.

Note: After 14 days, we will accept back products for exchange or store credit, or when there is a question of a manufacturer's defect. Worn defective products may be sent back before or after 14 days for an exchange.

Note: A product sent back for credit because of a defect may first have to be sent to our manufacturers for evaluation before any exchange or store credit happens. No refunds will take place on worn product. If promo products you received with your purchase are not returned, the refund is reduced by their value.

Click here for Warranty Information.

2. Print our Return/Exchange Form, fill it in and put a copy in with the goods. (You will need the RA# we sent you by email in step 1.)

3. Send the package with any carrier you like. For your own protection, insure the package for its full value. COD's are not accepted. Send Returns and Exchanges to:

Footwear Outfitters, 100 Example Road, Idaho Falls, ID

Note: If the package was damaged in shipment, please contact us by e-mail or phone before sending it back. If we made a mistake on your order, tell us and we will email you a shipping label or arrange a call tag for the return. We will not refund your shipping costs if you return the items""",
                           ("15% fee will be assessed", "after 14 days, we will accept back products",
                            "worn defective products", "sent to our manufacturers for evaluation",
                            "no refunds will take place on worn product", "promo products", "return/exchange form",
                            "cod's are not accepted")),

    "tambikes": ("""Shipping and Returns Policies
Shipping Options
Most apparel and accessory items can be shipped. Orders usually ship within two business days of being placed.
Our dealer agreements mean some items cannot be shipped.
We do not ship bikes; they are for in-store pickup only.
Shipping Fees
Items carry shipping and handling charges according to their size and/or weight.
Items usually go by UPS Ground or USPS, with a tracking number where one applies.
We do not ship outside the Continental U.S.
In-Store Pickup
In-store pickup is free for every item, bikes and oversized products included.
Most orders are ready within one business day.
Bike orders are usually ready for pickup within three days, though processing time can vary.
If there is an unexpected delay we will contact you.
Special order items are usually ready for pickup within two weeks, though processing time can vary.
Special order bicycles need extra processing time for assembly.
We will contact you when your order is ready for pickup.
Orders not picked up within 30 days are charged a 10% restocking fee, and the rest of the payment is refunded within 3 business days.
Satisfaction Guarantee
We stand behind everything we sell. If you are not satisfied with your purchase for any reason, just return the item within 30 days and we will replace it or give you a refund. See "Returns" below for more information. Note that any bicycle return will be handled on a case-by-case basis, as the policy below describes.
Returns
Parts and Accessories
If you are not completely satisfied with your purchase, we will refund the original purchase amount within 5 business days of receiving your return. Every returned item must meet these criteria:
New, unused items must come with all their original packaging
Include the original receipt, order confirmation or online order number
Returned items are shipped at the customer's""",
                 ("not picked up within 30 days", "bicycle return will be handled on a case-by-case basis")),

    "walkaid": ("""Return & Exchange Policy
This Return & Exchange Policy sets out the terms and steps for returning or exchanging travel essentials such as luggage straps, storage bags and travel bottles. We want every purchase to satisfy you, and we want returning or exchanging to be simple and clear.
We accept returns and exchanges of eligible products within 30 calendar days of the delivery date. To be eligible, items must be unused, undamaged and in their original packaging, with all tags, labels and accessories in place. We will not accept for return or exchange any product that shows signs of wear, misuse or alteration, or damage from improper care.
Custom or personalized items cannot be returned or exchanged, unless they arrive defective or with a manufacturing error. A defective product is one with a flaw in materials or workmanship that affects how it works, not ordinary wear and tear from regular use.
To start a return or exchange, follow the steps set out on the website. You will need your order number and details of the item(s) you want to return or exchange. Once your request is approved, you will get a return authorization (RA) number and instructions for packing and sending the item(s) back.
The customer pays the return shipping costs, unless the item is defective, was damaged in transit, or we made a mistake with your order (for example the wrong item was shipped, or the wrong size). In those cases we will provide a prepaid return shipping label.
We recommend a trackable shipping service for returns, because we are not responsible for packages lost or misplaced in transit. Keep your shipping receipt and tracking number until your return has been processed and confirmed.
When we receive and inspect the returned item(s), we will check that they are eligible. If approved, exchanges are processed promptly and the replacement item is shipped to you.""", ()),

    "dreamhammock": ("""If you have a question or concern about one of our products, please contact us as soon as you can. If a mistake has been made with an order, we will, at our discretion, repair or replace the product at no additional cost to the customer. We accept no liability for any failure or delay in delivering goods you ordered, or for any damage or defect to delivered goods caused by events or circumstances beyond our reasonable control. The customer must check all products received carefully and report any problems as soon as possible.
- Custom Products – Custom built products cannot be returned.
- Ready To Ship Products – We accept returns of Ready To Ship products only in new, unused condition. A product used beyond a short first test counts as used and cannot be considered for return. Please contact us for instructions before sending any product back to Dream Hammock. The buyer pays the shipping costs of returned items. When a returned product arrives, we inspect it for damage or wear. As long as it is new and unused, we refund your original purchase price minus a 20% restocking fee and the original shipping cost.
- Products not manufactured by Dream Hammock – Products not built by Dream Hammock cannot be returned. The original manufacturer may offer other options; please contact us for details on these items.""",
                     ("repair or replace the product", "report any problems as soon as possible")),

    "stitchpattern": ("""Return Policy
At sleepbagskids we care that you are happy. If you are not fully pleased with your purchase, you can return it within 30 calendar days of delivery for a refund or an exchange, on the conditions below.
1. Return Eligibility
- Ask for a return within 30 days of receiving the order.
- Items must be new, unused, unwashed and in their original packaging, with all tags and hygiene seals in place.
- Proof of purchase (the order confirmation email or a receipt) is required.
- Clearance or final sale items cannot be returned unless they are defective or damaged.
2. Return Method & Shipping
- Returns are accepted by mail.
- The customer pays the cost of return shipping. Shipping fees are not refundable.
3. Refunds
When your return has arrived and been inspected, we will email you the outcome. If it is approved, your refund goes to your original payment method within 10 business days. Please note that the original shipping fees (if paid at checkout) and the return shipping costs are not refunded.
4. Exchanges
We accept exchanges within the 30-day return window. To ask for an exchange, please contact our support team before you send your item back.
5. Damaged or Defective Items
If your item arrives damaged or defective, please contact us within 7 days of delivery. Send your order number and photos of the issue, and we will arrange a replacement or a refund, whichever you prefer.
6. How to Start a Return or Exchange
To ask for a return or exchange, email our support team at support@sleepbagskids.example with your order number and the reason for the return. We will send you step-by-step instructions.
7. Return Address
sleepbagskids
100 Example Drive
Jefferson City, MO
United States
8. Contact Information
- Email: support@sleepbagskids.example
- Address: 100 Example Drive, Jefferson City, MO, USA
Last updated: September 2025""", ("accepted by mail",)),

    "trekfold": ("""REFUND AND RETURNS POLICY

Thank you for buying your trekking poles from us. Every customer's satisfaction matters to us, and if you are not happy with your purchase we will gladly help. Please read this return and refund policy carefully.

  1. Return Eligibility
    You can ask for a return within 7 days of receiving the product, on these conditions:
    The product must be unused and in its original packaging.
    The product must come with all its original tags and packaging.
    For non-conforming products, because of unusual damage or a wrong shipment, we pay the return shipping costs.
  2. Return Request Process
    To return an item, please follow these steps:
    Contact Customer Service: email our customer service team (support@trekfold.example) with your order number and the reason for the return.
    Get Return Authorization: We will give you a Return Merchandise Authorization (RMA) number; please write it on the outside of the return package.
    Shipment Return: Send the item and its original packaging back to the address we give you. Keep the tracking number so you can track the package.
  3. Refund Processing
    Once your return has arrived and we have checked that it is eligible, we will process your refund within 5-7 business days.
    The refund goes back to the original payment method you used. Your bank or payment platform may need extra time to process it.
  4. Return Shipping Costs
    If we sent the product in error (for example the wrong item, or the item is damaged), we pay the return shipping costs.
    If you return the product for personal reasons (for example you do not like it or want to exchange it), you pay the return shipping costs.
  5. Exchange Policy
    If you want to exchange the product (for example for another size or colour), please first follow the return process.""",
                 ("on the outside of the return package",)),

    "protectmyacunit": ("""GPS Safe Order Policies

Returns, Refunds, and Exchanges

How To Return An Item
To be returned, your item must be in its original unused condition, except for a warranty claim.
Customers must return the item within 30 days of purchase.

  1. Please open a ticket through our online support portal to ask for a return, and we will give you a return merchandise authorization number (RMA).
  2. Send your item back as soon as you can with the prepaid shipping label our support team provides.

Note: We do not accept returns without an RMA.

Return Exceptions

  • Some items cannot be returned if they are opened.
  • We will not accept returns of merchandise that has been used or altered unless authorized beforehand.
  • This return policy does not cover warranty returns.

Return Processing

  • All refunds are made within 7 business days of the item arriving back at our warehouse. Once the refund is processed, please allow 5-7 business days for the credit to show on your card statement.
  • Refunds are made by the same payment method used on the original order.

Restocking Fee(s)

  • Every item is subject to a 30% restocking fee, which we may deduct from your refund at our discretion. The original shipping and handling, and any activation fee charged at purchase, are not refundable.
  • If your shipment is refused at time of delivery, you still owe these fees plus an extra fee for the return shipping.

Please Note: We aim to go beyond what customers expect and will do all we can to waive restocking fees whenever possible.

Exchanges
If your item is in like new condition, you may exchange it for a different model.

You will not be subject to a restocking fee in this case, but you pay any price difference that applies as well as return shipping and handling.""",
                        ("cannot be returned if they are opened", "activation fee", "refused at time of delivery",
                         "not be subject to a restocking fee in this case")),

    "gbeyewear": ("""Return/Exchange Policy

Our Return Policy runs for 30 days. Once 30 days have passed since your purchase, we cannot give you a refund or an exchange. Please check your goods as soon as they arrive.

To qualify for a return, your item must be unused, unopened and in the same condition as when you received it. It must also be in its original packaging.

In some situations only partial refunds are granted:
* Any item not in its original condition, or damaged or missing parts for reasons that are not our mistake.
* Any item sent back more than 30 days after delivery

Refunds
When your return has arrived and been inspected, we will email you to say we have received it. We will also let you know whether your refund is approved or rejected.
If it is approved, your refund is processed and the credit goes automatically to your credit card or original method of payment within 5 business days.

Late or missing refunds
No refund yet? Check your bank account again first.
Then contact your credit card company, since a refund can take a while to be posted officially. Next, contact your bank; there is often some processing time before a refund is posted. If you have done all of that and still have no refund, please contact us again.

SALE/CLOSE OUT Items
Only items bought at the regular price can be refunded; sale items cannot be refunded. NO EXCEPTIONS: SALE ITEMS ARE SOLD "AS IS" AND ARE FINAL.

Exchanges
We replace items only if they have a factory defect or damage. If your goods seem to have a factory defect or shipping damage, please contact us straight away, within 30 days.

Shipping
If your refund and return are approved, we will email you instructions on how to send your sunglasses back.

You pay your own shipping costs for returning your goods. Shipping costs are not refundable.""",
                  ("only partial refunds are granted",)),

    "raingearhaven": ("""RainGearHaven LLC aims to give you high-quality products and service. If you are not happy with your purchase, you can ask for a return or an exchange under this policy.

  1. Return and Exchange Period
    You can ask for a return or an exchange within 14 days of receiving your product, whatever the reason.
    The product must be unused, fully packaged and complete with all its accessories.
  2. Circumstances Not Eligible for Returns and Exchanges
    Products that have been opened and used (unless there is a quality issue);
    Damage caused by people or by misuse;
    Orders past the return period.
  3. Return Process
    Please send a return request through our Contact Us page or by email to support@raingearhaven.example, with your order number.
    Our customer service will reply and confirm the return within 1–2 business days.
    Send the product back to the address we give you and keep the tracking number.
    Once the product has arrived and we have confirmed its condition, the refund is issued within 7–14 business days.
  4. Shipping Information
    For returns or exchanges because of a quality issue or a wrong shipment, we pay the shipping both ways.
    For returns for personal reasons (such as size, style, or no longer needed), the customer pays the return shipping costs.
  5. Exchange Policy
    If you need an exchange for the same model or another one, please say so when you ask for it.
    We will arrange for reshipment upon receipt of the returned item.
  6. International Orders
    For international returns, please follow the customs and shipping rules of the destination country.
    Any extra costs from customs clearance or international shipping are the customer's to pay.""",
                      ("arrange for reshipment upon receipt", "customs clearance or international shipping")),

    "cantinatraditions": ("""Return & Refund

  1. Your Peace of Mind, Guaranteed
    Your satisfaction and security come first in our store. To protect your purchase fully, we offer SafeDrinx Protection, from just $5.98. This optional plan covers lost, damaged or stolen orders so that shopping stays free of worry. Below we set out what SafeDrinx Protection gives you and our standard refund and return policies.

    SafeDrinx Protection
    For a small fee, SafeDrinx Protection gives you:

    • Damage Coverage: if your order arrives damaged, we send a replacement at no extra cost.

    • Loss Coverage: if your order is lost in transit, we replace it or refund it.

    • Swap Guarantee: with SafeDrinx, your bottle is replaced whatever the shipping problem.

    You can add SafeDrinx Protection at checkout. It is optional, but we strongly recommend it for extra security.

    Standard Refund and Return Policy
    If you do not buy SafeDrinx Protection, our standard policy applies:

    • Defective or Incorrect Items: tell us within 7 days of delivery for a return or a replacement.

    • Damage or Loss: claims are judged case by case, and refunds may take up to 30 working days.

    • Unopened Items: unused items can be returned within 14 days, but return shipping costs and restocking fees may apply.

    Non-Refundable Items: opened products, clearance items, gift cards, and items with proof of delivery cannot be refunded.

    How to Request a Return or Refund

    1. Contact our customer service team with your order number and the details of the issue.

    2. If you bought SafeDrinx, we handle your claim at once. Without it, we assess it under our standard policy.

    3. For authorized returns, we will send you instructions. The return shipping costs are yours to pay unless the item is defective or incorrect.

    Order Cancellations""",
                          ("damage coverage", "loss coverage", "swap guarantee",
                           "refunds may take up to 30 working days", "restocking fees may apply",
                           "items with proof of delivery")),
}
