"""The test37 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "vitaminc": ("""Delivery and Returns

Delivery and Returns

DELIVERY
Multipacks travel free of charge to addresses in the UK, unless you pick an express service.

Orders placed by 3pm go out the same day. We do not send parcels at weekends, so anything ordered after 3pm on a Friday leaves on the Monday, whatever shipping option you chose.

Every delivery time we give is counted in working days (Monday to Friday, bank holidays excluded). Now and then our couriers may, at their own choice, try to deliver on a Saturday to make things easier for you.

Orders from abroad carry a reduced, subsidised shipping charge, which the checkout page shows according to where you are and how heavy the items are.

When an item cannot be delivered, because the address given was wrong or because the parcel was left unclaimed for a period and came back to us, we may at our discretion keep a restocking fee of at least £3 and up to 10%. It pays for shipping, packaging, stock handling and storage, which are genuine costs forming part of the product's price whichever delivery option was picked. The rest of the product's price is refunded.

Import Duty
Deliveries outside the UK may attract import duties and taxes, which you would have to pay.

These charges are outside our control, so we cannot tell you in advance how much they will be. Your local customs office can give you more information before you order.

RETURNS
Once 30 days have gone by since your purchase, we are sorry but we cannot give you a refund or an exchange.

For a return and refund, your item has to be sealed, unused and in the same condition as when it reached you, and it has to be in its original packaging as well. Please give us a tracking number so that we can collect your item and identify it.

Please do not send anything you bought back to the manufacturer.

In some situations only partial refunds are gr""", ("left unclaimed for a period", "back to the manufacturer", "only partial refunds")),

    "mobilityshop": ("""We want you to be fully happy with what you buy from the Mobility Shop, and we offer a 14 day returns policy. Goods HAVE to come back in the condition in which they were sold, in the original packaging they came in, and unused.

We do not accept any return without notice first, so before sending goods back please contact us by e-mail at sales@mobilityshop.example to get authorisation; products that arrive without a valid returns number will be refused and sent back to you at your expense.

Goods must come back in their original boxes and packaging. Goods delivered on a pallet must also come back on a pallet. We will not accept goods that are badly boxed or goods damaged on the way. You, the buyer, are responsible for making sure every product is boxed and fit to be transported. We are not responsible for any damage caused in transit by a third party courier, and we may refuse any such delivery. You are responsible for looking after the products until you, the buyer, have sent them back to us, and we cannot accept returns in a poor or damaged condition. When you post a return you must get proof of postage, and it is the buyer's responsibility to use a proper courier with suitable insurance for returns. Ugo Ltd t/a Mobility Shop cannot refund lost goods in transit.

Every item must be sent back within 14 days from the day it was delivered.

Ugo Ltd t/a Mobility Shop may charge for labour or for any later loss to it from repairing, replacing or repackaging products that were not returned in their original condition.

If the products do not come back complete (with parts missing, damaged or used), we will take steps to get them back from you and to recover what that costs us by deducting those costs from the refund of the price, or we will send the product back to you.

Return Address:

Mobility Shop

1 Example Street

Example Town

EX1 1EX

Unless the product we sent was different from the item you ordered, or your order reached you damaged, you will be """,
                     ("on a pallet", "damage caused in transit", "lost goods in transit", "charge for labour",
                      "deducting those costs from the refund")),

    "fuzichair": ("""A. Returns
Easy returns within 14 days after customers receive our products.
The customer pays for the return shipping and a 20% restocking fee.
Once 14 days have gone by since your purchase, we are sorry but we cannot give you a refund or an exchange.
For a return to be accepted, your item has to be in the same condition in which you received it, and in its original packaging as well.
Other items that cannot be returned:
Gift cards
We need a receipt or a proof of purchase to complete your return.
The product you send back must go to our warehouse at 1 Example Avenue, Example City, CA 90000.
In some situations only partial refunds are granted (if applicable):
Any item that is not in its original condition, or is damaged or missing parts for reasons that are not our mistake
Any item returned more than 14 days after delivery
B. Refunds (if applicable)
When your return has arrived and been inspected, we will email you to say that your returned item has reached us. We will also let you know whether your refund is approved or rejected.
If it is approved, your refund is processed and a credit goes automatically to your credit card or your original method of payment within a certain number of days (usually up to 5-7 business days).
Late or missing refunds (if applicable)
No refund yet? Look at your bank account again first.
Then get in touch with your credit card company, since a refund can take a while to be posted officially.
After that, contact your bank. A refund usually takes some processing time before it is posted.
If you have done all of that and your refund still has not arrived, please contact us at store@fuzichair.example or call us on our customer line.
Sale items (if applicable)
Only items bought at regular price can be refunded; sale items cannot be refunded.
Exchanges (if applicable)
We replace items only when they are defective or damaged. If you need to swap it for the same item, se""",
                  ("only partial refunds are granted", "returned more than 14 days after delivery")),

    "bloodpressuremonitor": ("""Returns and exchanges

Not happy with your product? That's fine! You can send the product back or exchange it for another product, under a few conditions.

Returns

To send an order back, these return conditions apply:

  • Once your order has reached you, you have 30 calendar days to tell us that you want to return the product. When several products were ordered together, the reflection period only starts once you have received the last product.
  • From the moment you tell us you want to return a product, you have 14 calendar days to send it to us, preferably by registered post. Please note that we can only accept a product once we have received it back.
  • Please note that the product must come back in its original packaging. That packaging is an essential part of the product, since it carries the medical UDI data, which make the product traceable in the medical chain.
  • If you use the product or its packaging more than you need to in order to decide whether to keep it, we may charge you for any depreciation.
  • You are only liable for the depreciation of the products caused by using them beyond what is needed to establish their nature, characteristics and functioning.
  • You do not have to tell us why you want to return the product, although we would of course like to hear it.
  • We refund the whole purchase amount (any shipping and payment costs included) to your bank account as soon as we can, and at the latest within 14 calendar days after receipt of the cancellation notice. We may, however, wait with the refund until the products have reached us.
  • If you chose an extra service such as evening delivery or morning delivery, those extra costs are not refunded.
  • The cost of sending the product back to our webshop is yours to pay. It comes to about € 7,95 per package via PostNL. You can of""",
                             ("received the last product", "charge you for any depreciation",
                              "only liable for the depreciation", "after receipt of the cancellation notice",
                              "wait with the refund", "evening delivery")),

    "getorthowear": ("""Return Policy
Return Policy
At OrthoWear, your comfort and satisfaction matter most to us. If you need to send your shoes back, please check that these conditions are met:
-
The shoes have to be unworn, unused, and in their original condition and packaging.
-
Return requests have to be made within 100 days of the delivery date.
-
For returns made for personal reasons (not linked to a product defect or a fulfillment error), the customer pays all the return shipping costs.
To start a return, please email our support team:
📧 support@orthowear.example
Refund Policy
Our orthopedic shoes are made to give real comfort and relief when they are worn regularly. If you don't experience results, you may be eligible for a refund on these terms:
-
Refund requests have to be made within 100 days of the delivery date.
-
We cannot give refunds for style, color, or personal preference concerns, because comfort and fit differ from one person to another.
This refund policy is a one-time use per customer offer and covers one pair per order.
If you are not getting the relief you hoped for, get in touch: we are here to help you find the comfort you deserve.
""", ("don't experience results", "style, color, or personal preference", "one-time use per customer")),

    "thepostureshop": ("""Refund policy

REFUND POLICY — The Posture Shop

OVERVIEW

This Refund Policy sets out when refunds or replacements may be given for purchases made at The Posture Shop ("we", "us", "our").
Placing an order on our website means you accept the terms below.

Because of the nature of our products, our logistics and hygiene, our refund policy is strict.


1. ALL SALES ARE FINAL

Every completed order is final and cannot be refunded, except when the item arrives damaged or defective (see Section 2).

We give no refunds for:

  • A change of mind

  • Finding the item cheaper somewhere else

  • The customer choosing the wrong size

  • Delays caused by customs or by shipping carriers

  • Packages the carrier has marked as "delivered"

Please check the product details, size charts and shipping times before you order.


2. DAMAGED OR DEFECTIVE ITEMS (REPLACEMENT ONLY)

If your product reaches you damaged, faulty or not working as it should, you may ask for a replacement, not a refund.

To qualify:

  • Contact us within 48 hours of delivery.

  • Send clear photo or video evidence that shows the defect or damage and the packaging.

  • The item has to be unused and in its original condition.

Once approved, we ship you a replacement free of charge.


3. WRONG ITEM RECEIVED

If the product you receive is the wrong one:

  • Tell us within 48 hours of delivery.

  • Send photos of the item you received.

We will send you the right item at no extra cost.

We do not give refunds; we only send replacements.


4. LOST OR STOLEN PACKAGES

We are not responsible for orders that are lost or stolen after the carrier has marked them as "delivered."

Customers should file a claim with their local post office or carrier.
We will still try to help where we can.


5. ORDER CANCELLATIONS

Orders cannot be cancelled once they have been processed or shipped.

If the order has not yet been p""", ("lost or stolen after the carrier", "once they have been processed")),

    "viascent": ("""Return & Refund Policy
Not happy with your purchase? That's fine. We try to keep returns and exchanges as easy as we can. If your purchase does not please you, you can ask for a refund, an exchange or store credit within 14 calendar days from the day you received it. Returns and exchanges may need to be reviewed and approved. Please read the details below for the important information and the exceptions.
Return Conditions
Returned items have to be unused and in their original condition, with all their accessories, cords, adapters, tags, documentation and packaging. Put simply, what you send back must be exactly as it was when it reached you.
Items that do not come back in a sellable condition as described here will either be refused and sent back to you, or charged a 20% restocking fee.
Defective Items
In the unlikely case that an item you receive is defective on arrival, please contact customer support as soon as you can so that we can arrange a replacement. Defective items may come back for a replacement, as long as the defect is not due to misuse or damage caused by the user. Please note that we count a product as "defective on arrival" only when it fails to function at the time of first use.
For defective items we pay the return shipping costs and offer a replacement free of charge. Please add your proof of purchase and a description of the defect when you start the return. We strongly recommend recording the defect in photos or videos.
Subscriptions
If your purchase came with a subscription, please read our subscription policy to find out how to cancel it. Sending your diffuser device back may not automatically cancel or reset your subscription(s).
Processing Refunds and Exchanges
We process refunds and exchanges once the returned item(s) have arrived and been inspected. Please allow up to 2-3 business days after the item(s) reach us for refunds or exchanges to be processed.
Final Sale and Special""", ("20% restocking fee", "not due to misuse", "fails to function at the time of first use",
                             "may not automatically cancel")),

    "shophomegym": ("""Return
You can send the product back for a full refund within 30 days of delivery. Once 30 days have passed since delivery, no returns are allowed. To be accepted, the product has to be in its original condition, unused and sent back in its original packaging. A product that is used, or not in its original condition and packaging, will NOT be accepted.
If you return the product, the customer arranges the shipment and pays the shipping fee. If you get a refund, the cost of the original shipping is deducted from it.
Shop Home Gym inspects every returned product and may reduce the credit if the product comes back damaged, not in "like new" condition, or incomplete. If a shipment is refused or undeliverable, a 20% restocking fee plus the return shipping fees will apply.
Refunds
Please note that some manufacturers charge a restocking fee of at least 15% and up to 30%, whether or not the item has been opened. In that case you can expect a "partial refund", with the manufacturer's fees taken off the money returned to you.
Refunds are paid in the same form as the original payment within 2 weeks of our receiving the returned product.
Return Process:
You have to contact us before returning the product, because some manufacturers have their own return policies and may need you to get a return merchandise authorization (RMA) number from Shop Home Gym first. The RMA number has to be printed or written clearly on a sheet of paper placed inside the package.
- Please email us at info@shophomegym.example or call us.
- We will give you the information you need (RMA, return label, etc.) before you send the product back.
- Once the product is back at our warehouse it is inspected, and if the return is accepted a refund is paid to the original form of payment.
Damages
If your product reached you damaged, you have to notify us immediately when signin""",
                    ("may reduce the credit", "shipment is refused or undeliverable", "some manufacturers charge",
                     "placed inside the package", "notify us immediately")),

    "stabilitybands": ("""
Refunds and Returns
Last Updated: 2025
Return & Refund Policy
Thank you for buying from Stability Bands. We want to offer good products and good customer service. If your purchase does not fully satisfy you, please read the return and refund policy below so that the process goes smoothly.
1. Eligibility for Returns
We accept returns of any exercise band bought on our website within 30 days of the purchase date. A return qualifies when:
-
The product is UNUSED, unwashed and in its original condition.
-
The product is in its original packaging.
-
You can show proof of purchase (a receipt or an order number).
Note: because of health and safety rules, we do not take back any product that has been opened or used.
2. Return Process
To start a return, please take these steps:
-
Write to our customer service team through the contact us page on the website, with your order number and the reason for the return.
-
Our team will send you the instructions for returning your product, with the return shipping address.
-
Pack your exercise band(s) securely in the original packaging, making sure they are unused.
-
Send the product back to us with a trackable shipping method. We advise buying shipping insurance, as we are not responsible for lost or damaged returns.
Return Shipping Costs:
-
The customer pays the return shipping costs, unless the item is returned because it is defective or incorrect.
3. Refunds
When your returned item has arrived and been inspected, we will email you to say whether your refund is approved or rejected. If your return is approved, the refund goes to your original method of payment within 7-10 business days, or however long your bank takes to return the funds.
Note: shipping fees are not refunded.
4. Exchanges
Get in touch with us through the contact us part of the website and we will hand""",
                       ("not responsible for lost or damaged returns",)),

    "restockyourkit": ("""We stand behind what we sell. If a purchase from RestockYourKit.com does not satisfy you, you can send it back for a replacement or a refund within 30 days of purchase through our customer portal online. Products have to be in their *original condition*, with proof of purchase, their packaging and hang tags intact, and every item included. STERILE ITEMS and MEDICATIONS can NOT be returned or refunded.
*Other items that cannot be returned: Gift cards.
ITEMS THAT CAN *NOT* BE RETURNED:
Items that cannot be returned or refunded are any item sold as sterile, all medications (whether for human, poultry or pet use), any perishable item, and any pandemic-related item (because of restricted logistics).
In some situations only partial refunds are granted (if applicable):
Books that clearly show use, and any item that is not in its original condition or is damaged or missing parts for reasons that are not our mistake, or any item returned more than 15 days after delivery.
REFUNDS
When your return has arrived and been inspected, we will email you to say your returned item has reached us. We will also let you know whether your refund is approved or rejected. In some cases we may approve and process your return before we receive the item.
If it is approved, your refund is processed and a credit goes automatically to your credit card or original method of payment within a number of days that we do not decide: how long it takes is your bank's decision and policy. If the item(s) come back or are exchanged because of damage, we may or may not ask for photos of the damage before we approve a return or refund.
LATE/MISSING REFUNDS
No refund yet? Look at your bank account again first. Then get in touch with your credit card company, since a refund can take a while to be posted officially. After that, contact your bank. A refund usually takes some processing time before it is """,
                       ("only partial refunds are granted", "returned more than 15 days after delivery",
                        "before we receive the item")),

    "pinetales": ("""Return & Refund Policy

All Sales Are Final
Because of strict hygiene standards and because pillows are such personal items, all sales are final: we do not accept returns, exchanges or cancellations.
Exceptions
1. Legacy 100-Day Trial (Orders before February 1, 2025)
Orders placed before February 1, 2025 can use a 100-day trial under our old return policy.
-
One Return per Customer
Each customer may return only one item per customer, even when several items were bought.
-
Shipping Costs Are Not Refunded
We refund the price of the product, but for these orders the original shipping costs are not refundable. For these orders, return shipping is the customer's responsibility unless the item was damaged or defective.
2. Defective or Incorrect Items (All Orders)
If an item you receive is damaged, defective or incorrect, please:
- Open our Contact Us page.
- Start the message box with "Returns/Defects — Order #[your order number]" and add:
- A description of the problem
- Links to photos that show the damage or defect
- Send the form; we will look into it and, once approved, email you a prepaid return label.
For an approved return you may pick one of these remedies:
- A replacement of the same item
- Store credit for future purchases
- A refund to your original payment method
Except where applicable federal or state law requires otherwise.""",
                  ("orders placed before february 1, 2025", "only one item per customer",
                   "original shipping costs are not refundable", "return shipping is the customer's responsibility")),

    "empowerproteins": ("""Refund Policy
At Empower-Proteins we want every purchase to satisfy you. If yours does not, we are here to help.
1. Refund Eligibility:
- For a refund, the item has to be unused and in the same condition in which you received it.
- The item has to come back within 30 days of the purchase date.
- Your item has to be in its original packaging.
2. Refund Process:
- When your item reaches us, we inspect it and let you know that your returned item has arrived.
- After the inspection we let you know straight away how your refund stands.
- If your return is approved, we start a refund to your original method of payment.
- The credit reaches you within a number of days that depends on your card issuer's policies.
3. Return Shipping:
- You pay your own shipping costs for returning your item.
- Shipping costs are not refunded. If you get a refund, the cost of return shipping will be deducted from it.
4. Contact Us:
- For any question about our refund policy, please write to us at contact@empower-proteins.example.
5. Exceptions:
- Some items cannot be refunded or exchanged, namely gift cards and clearance items.
6. Damaged or Defective Items:
- If an item you receive is damaged or defective, please contact us straight away for help.
7. Refund Period:
- Refunds are paid within 14 days of our receiving your returned item.
Thank you for shopping with Empower-Proteins!""", ("cost of return shipping will be deducted",)),
}
