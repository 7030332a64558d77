"""The test54 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "wholesaleleds": ("""Return Policy
Not happy with your order, whatever the reason? You can send your items back for an exchange or for a refund. NEW items that have not been used can be refunded, less the shipping charges and a 10% restocking fee. We do not refund products that have been USED.
Any product sent back without its Original Packaging or its Manual is charged an extra 20% Restocking Fee as well. When items come back more than thirty days after the date of purchase, the refund is given as store credit, to be spent on your next order. We do not give back the original shipping and handling charges.
Return Policy
- Returns that are new and not defective are refunded less the shipping charges and a 10% restocking fee.
- LEDs that have been used cannot come back.
- Once 90 days have passed since the order first shipped, we take no returns for any reason.
- Every defective return must come with a copy of your receipt. Each item has to come back complete, with all of its original parts, accessories and documentation; we turn down returns that are incomplete.
- Before you send back any merchandise, you must get a Return Authorization (R.A.) number from us. Anything that arrives without an R.A. number will be sent back to you at your cost.
- An RA number stays valid for ten (10) days after the day it is issued.
- Every return has to travel with the freight prepaid, in a double box, with the R.A. number shown on the outside of the parcel. This cost is not refunded.
- Freight and handling charges are not given back.
- Please allow 10-13 business days for returns to be processed.
- We do not accept items that show abuse by the installer or the consumer.""",
                      ("an extra 20% restocking fee", "more than thirty days after the date of purchase",
                       "every defective return must come with a copy", "sent back to you at your cost",
                       "shown on the outside of the parcel")),

    "snapfan": ("""RETAIL RETURN POLICY This applies only when you ordered straight from Snap-Fan, LLC.
Snap-Fan, LLC wants every customer to be fully happy with what they bought. If you are not fully happy, you may send the product back within 30 days of the date you bought it. Please get in touch with Snap-Fan first for authorization to return it, and then send the product back to Snap-Fan. When it reaches us, we refund the purchase price as long as the product and its packaging are in merchantable condition. Products that are not in merchantable condition cannot come back; when only the packaging is damaged, though, Snap-Fan will take the return and charge a repackaging fee of 10 percent. Nothing is accepted back without authorization given beforehand, and the purchaser alone pays every shipping cost. Products bought anywhere other than directly from Snap-Fan cannot be returned to us: return those to the place you bought them from, following that place's own return policy (if it has one). Last, custom made and special order items cannot be returned. Please get in touch with us with any questions about this policy.""",
                ("repackaging fee of 10 percent",)),

    "ussolarshop": ("""Our return policy gives you 14 days: you can ask for a return up to 14 days after your item arrives.
To qualify for a return, the item has to be in the condition you got it in, not worn or used, with its tags, and in its original packaging. You will also need your receipt or some other proof of purchase.
To begin a return, email us at support@ussolarshop.example. Note that returns have to go to the address given on your Return Authorization.
If we accept your return, we will send you a return shipping label along with instructions on how and where to send your parcel. Items sent back to us without a return request first will not be accepted.
For any question about returns, you can always write to us at support@ussolarshop.example.
Damages and issues
Please check your order when it arrives and get in touch straight away if the item is defective or damaged, or if you got the wrong item, so that we can look into it and put it right.
Exceptions / non-returnable items
Some kinds of items cannot be returned, such as perishable goods (food, flowers or plants, for example), custom products (special orders or personalized items, for example) and personal care goods (beauty products, for example). Nor do we take back hazardous materials, flammable liquids or gases. Please contact us if you have questions or worries about a particular item.
We are sorry, but sale items and gift cards cannot be returned.
Exchanges
The quickest way to get what you want is to return the item you have and, once the return has been accepted, buy the new item in a separate purchase.
Refunds
Once we have received and inspected your return, we will tell you whether the refund was approved. If it was, the money goes back to your original payment method automatically within 10 business days. Remember that your bank or card company may also need some time to process and post the refund.
If it has been more than 15 business days""",
                    ()),

    "batteryhouse": ("""UK online battery shop: every battery you need.
Battery House - the online shop for all your batteries
watch batteries
Batteries for computers, kitchen scales and bathroom scales
Home
Online Shop
   301-369
   370-399
   AA, AAA, 9V
   Alkaline
   LR
   CR
   Hearing Aids
   Key fobs/alarms
   Photo
   Rechargeable

   Clock Inserts
   Pen Kits

Ordering
Shipping
Returns
Reference Table
Safety
Terms & Conditions
Testimonials
Contact Us
Recycling
Bottom image
icons
    See our range of clock inserts Clock insert
View Cart

Returns

FAULTY GOODS

If an item you receive turns out to be faulty, tell us and we will either replace it with a battery that has been tested or give you a refund. Every return has to be reported to us within 14 days of the battery arriving, and we will then give you a returns number. Please put a covering letter in the parcel with the returns number, your name and address, and whether you want the item exchanged or refunded. If you want a refund and paid by card, please also put your card details in, since we do not keep them on file. Once the returned goods reach us we will credit your account with their cost and also refund our standard delivery charge; any extra delivery cost, such as Royal Mail special delivery, is not refunded.

We test the goods that come back: if they prove faulty, we refund the return postage up to the amount of our standard delivery charge; if they prove to be working, the customer pays for the return.

ERRORS IN ORDERING

If the item you ordered turns out not to be what you need, you may send the goods back and we can exchange them. Sending the unwanted goods back to us is up to you and at your cost. They must, however, be fit for resale: the packaging fully intact and the item itself undamaged. You have to tell us of the mistake within 14 days """,
                     ("put a covering letter in the parcel", "also put your card details in",
                      "such as royal mail special delivery", "if they prove to be working")),

    "computeritstore": ("""At Computer IT Store we aim to supply products and services of high quality. Should you be unhappy with a purchase, our refund policy sets out a fair way to resolve it.
Eligibility for Refunds:
- A refund is possible only when you ask for it within 7 days of receiving the product or service.
- To qualify, the product has to be unused, in its original packaging and in the condition it arrived in.
Non-Refundable Products:
- Some products cannot be refunded, for example perishable items, goods made to order and downloadable software.
- Subscription services can be refunded in part, depending on how much of the period is left.
Process for Refunds:
- To ask for a refund, get in touch with our customer service team with the details of your order and the reason for your request.
- Once approved, refunds go to the original payment method within 5-7 business days.
Defective or Damaged Products:
- If a product reaches you defective or damaged, tell us within 48 hours of delivery. Once we have checked it, we may offer a replacement or a full refund.
Late or Missing Refunds:
- If your refund has not arrived in the expected time, check first with your bank or payment provider. If it still has not come, get in touch with our support team for help.
Shipping Costs:
- We do not refund shipping costs. When a refund is given, we may take the cost of return shipping off it, unless the product is defective or the return comes from our own mistake.
For any questions or concerns about refunds, write to us at sales@computeritstore.example""",
                        ("subscription services can be refunded in part",)),

    "wbkeyboards": ("""top of page

Refund Policy

Your Right to Cancel

If you bought your keyboard online, by phone or by mail order, you may cancel the order for any reason within 7 days of receiving it. To cancel, email us at orders@wbkeyboards.example with your order number, confirming that you wish to cancel. You then have a further 7 days to send the keyboard back to us (7 days to post it). We will refund the full price you paid (delivery excluded) within 14 days of getting the item back.

Condition of Returns

Items coming back must be in their original condition and packaging. You may handle the keyboard to look it over as you would in a shop, but if it has been used beyond that (for example it shows wear or damage, or components or accessories are missing), we may take a deduction off your refund.

Faulty or Damaged Items

If your keyboard reaches you faulty, damaged or not as described, the Consumer Rights Act 2015 entitles you to a repair, a replacement or a full refund, provided you report the fault or damage within 7 days. Before sending back a faulty or damaged item, write to us at orders@wbkeyboards.example with photos showing the damage and a description of the fault, so we can arrange the best solution for you.

How to Return an Item

If your return request is accepted, an email explaining how to send your item back will reach you within 24 hours. You will be expected to pay the postage.

Refund Method

We refund to your original payment method within 14 days of getting the item back.

bottom of page""",
                    ("take a deduction off your refund",)),

    "myphonecase": ("""Up to 60% Off MSRP – Wholesale Prices for Everyone!
Returns for an exchange or a refund are accepted up to 30 days after the product is delivered, but the customer has to report the problem within 14 days. After 14 calendar days, and at our sole discretion, we offer only an exchange or store credit. Every item has to be in "new, unaltered and unused condition". What new, unaltered and unused condition means:
If an item arrives damaged or we shipped the wrong item, please get in touch with Customer Support straight away. Defective items shipped by us, and items you received from us without ordering them, qualify for store credit or a cash refund.
Refunds depend on our inspection of the item(s) once they reach us.
Returned items that are not being exchanged and are not damaged carry a restocking fee of 10 - 25%. Once more: you MUST get in touch within 14 days if you mean to send ANY item back to our store. We will NOT refund items that reach us after 30 days without your having contacted us.
When the seller is not at fault, the customer pays all shipping costs.
Subscribe to hear about upcoming promotions!
© 2024 MyPhoneCase.com. All Rights Reserved. MyPhoneCase holds Level 1 PCI DSS certification.""",
                    ("after 14 calendar days, and at our sole discretion", "restocking fee of 10 - 25%",
                     "after 30 days without your having contacted us")),

    "chargebetter": ("""Refund Policy

Our Warranty

Every one of our products carries a 1 year warranty. Should your product break or stop working properly within 1 year of the date you bought it, email us a picture of the item at info@chargebetter.example and we will send you a replacement.

Returns

Once 30 days have passed since your purchase, we cannot give you a refund or an exchange.

You will pay shipping charges if you ordered the wrong cable, gave us the wrong address, or are sent a replacement after your 30 days.

To qualify for a return, your item has to be unused and in the condition in which you received it, and in its original packaging.

We need a receipt or proof of purchase to complete your return.

Please do not return what you bought to its manufacturer.

Only a partial refund is given in some situations (where applicable):

  • An item that is not in its original condition, or is damaged or missing parts, for reasons that were not our mistake
  • An item returned more than 30 days after delivery

Refunds (if applicable)

When we have received and inspected your return, we will email you that the returned item has arrived, and also tell you whether your refund is approved or rejected.

If it is approved, your refund will be processed and credited automatically to your credit card or original payment method within a certain number of days.

We can't give a refund if your phone case is too thick for the cable to plug in or if you just ordered the wrong type of cable; email us and we will sort it out case by case.

Once the item has shipped or left our warehouse, the shipping fee is not refunded in any case.

Late or missing refunds (if applicable)

If your refund has not come through yet, look at your bank account again first.

After that, get in touch with your credit card company, since the refund can take some time to be posted officially. Then get in touch with your bank. Some processing time is oft""",
                     ("pay shipping charges if you ordered the wrong cable", "return what you bought to its manufacturer",
                      "only a partial refund is given", "phone case is too thick")),

    "smarthomeproducts": ("""Return Policy - Smart Home Products

Return Policy

Our return policy runs for 1 year, with no hassle. Once 1 year has passed since your purchase, we are sorry, but we cannot give you a refund or an exchange.

To qualify for a return, your item has to be in the condition you received it in.

We need a receipt or proof of purchase to complete your return.

We will not accept a return of any item that is damaged or missing parts for reasons that were not our mistake.

Refunds (if applicable)

When we have received and inspected your return, your refund is processed and credited automatically to your credit card or original payment method within a certain number of days.

Late or missing refunds (if applicable)

If your refund has not come through yet, look at your bank account again first.

After that, get in touch with your credit card company, since the refund can take some time to be posted officially.

Then get in touch with your bank; a refund often needs some processing time before it is posted.

If you have done all this and the refund still has not arrived, write to us at help@smarthomeproducts.example.

Exchanges (if applicable)

We replace items only when they are defective or damaged. To swap one for the same item, email us at help@smarthomeproducts.example to start the exchange.

Shipping

You pay your own shipping costs to send your item back.

How long your exchanged product takes to reach you may vary with where you live.

If the item you are shipping is worth more than $75, think about using a tracked shipping service or buying shipping insurance. We cannot promise that your returned item will reach us.

 

Sale

Unavailable

Sold Out""",
                          ()),

    "safeviewcameras": ("""SafeView Cameras stands behind its professional surveillance equipment, and we want you to be fully satisfied with what you buy. This policy explains how returns and exchanges work for our NVR systems, IP cameras and security accessories.
Returns Eligibility
For a return or exchange to be accepted:
- The item has to be in its original condition, with all its packaging and accessories
- You must ask for the return within 15 days of delivery
- You must show the original proof of purchase
Non-Returnable Items
Because surveillance equipment is specialized, these items cannot be returned:
- CCTV Software once opened (licensing restrictions)
- CCTV Lenses (hygiene reasons)
- Custom-configured NVRs with 256+ channels
- Anything that shows signs of use or installation
Return Process
- Ask for Your Return
Email our support team at support@safeviewcameras.example giving your order number and why you are returning the item. - Get a Return Authorization
Within 1 business day our team will look at your request and, if it is approved, give you a Return Merchandise Authorization (RMA) number. - Pack Your Items Securely
Put everything, accessories included, in the original packaging. Surveillance equipment breaks easily, so please protect it well. - Send Your Return
Ship it to: SafeView Returns, 1945 Forest Avenue, SAN JOSE, US 95106. We suggest a shipping service with tracking.
Exchange Process
For exchanges (a change of size, model or color):
- Go through the standard return process above
- Say clearly in your email that you want an exchange, and name the replacement product
- When your return reaches us, we will ship the replacement item
Note: For commercial or bulk orders (5+ items), please speak to your account manager about the special exchange procedures.
Refund Information
When we have received and inspected your return:
- Refund Method: back to the original payment method (credit card, PayPal, etc.)
- Processing Time: 3-5 business days after it reaches us
- Shipping Costs: the original shipping fees are not r""",
                        ("commercial or bulk orders (5+ items)",)),

    "threedshopuk": ("""Refund and Returns Policy

 

Overview

Our refund and returns policy runs for 30 days. Once 30 days have passed since your purchase, we cannot give you a refund or an exchange.

To qualify for a return, your item has to be unused, in the condition in which you received it, and in its original packaging. Faulty parts may be swapped for replacements or refunded. A 3d printer should be thought of as a prototype product that takes some knowledge or skill to use properly, so we will confirm any fault you claim before we offer a refund. If you have changed the printer's settings from the defaults it was bought with, please describe those changes in detail for us to consider. Faults that come from adjusting the belt tension away from the standard settings are normally left out of any refund warranty. Before you send it back to us for checking and for a refund to be considered, please make sure you have talked the fault through with us, so that we can suggest what might be causing it. Where a full refund is not justified, we will in most cases offer a partial refund, or offer to send the printer back to you. The consumer pays any postal or courier costs, though where the returned goods clearly have faults we may, at our discretion, consider refunding those costs.

Non-returnable items:

  • Gift cards
  • Downloadable software products

We need a receipt or proof of purchase to complete your return.

Please do not return what you bought to its manufacturer.

Only a partial refund is given in some situations:

  • A book that has clearly been used
  • A CD, DVD, VHS tape, software, video game, cassette tape or vinyl record that has been opened.
  • An item that is not in its original condition, or is damaged or missing parts, for reasons that were not our mistake.
  • An item returned more than 30 days after delivery

When an item comes back for a refund, we wi""",
                     ("prototype product that takes some knowledge", "changed the printer's settings from the defaults",
                      "adjusting the belt tension", "talked the fault through with us",
                      "offer to send the printer back to you", "consider refunding those costs",
                      "return what you bought to its manufacturer", "only a partial refund is given")),

    "vapingcom": ("""Delayed / Lost Deliveries
If your order's first delivery attempt has not happened within 15 business days of the dispatch date (the date of your Shipping Notification email), we will offer you the choice of a full refund. Please write to support@vaping.example.
Returns
We take a return within thirty (30) days of purchase as long as the item(s) are in the condition they left our warehouse in, unused, unopened and in their original packaging (this does not cover items marked non-returnable on our website). To arrange a return, please write to returns@vaping.example.
We will give you an address to ship to. All shipping and handling charges on returned items are yours to pay, and you carry the risk of loss or damage in transit, so we suggest a delivery service with tracking and that you think about insuring your parcel. Please address the parcel exactly as we tell you. If a refund is rejected, the products cannot be shipped back to you.
Each item that comes back is inspected, and you will get an email telling you it has arrived and whether your refund is approved or rejected. If it is approved, we refund the purchase price and any tax you paid, minus the original shipping and handling costs. If the order shipped free and is returned, we take our shipping fee off the refund.
Defective or Faulty Devices
Should your device develop a fault within thirty (30) days of reaching you, email returns@vaping.example with a photo or video of the fault attached, and we will send you further instructions. If you have had the device for more than 30 days, please get in touch with its manufacturer, whose warranty may cover it.
Refunds
Refunds are processed within about ten (10) business days of the item(s) reaching us, and go back to the payment method used for the original purchase on the Website. WE GIVE NO REFUNDS ON ANY PRODUCTS """,
                  ("first delivery attempt", "products cannot be shipped back to you", "order shipped free and is returned",
                   "for more than 30 days", "no refunds on any products")),
}
