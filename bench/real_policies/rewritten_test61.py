"""The test61 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "topautopartsshop": ("""Introduction
Here at Auto Parts Shop we want every order to leave you fully satisfied. If something you bought is not right for you, our returns and exchanges process is simple. Please read the details below so you know how our policy and procedures work.
Eligibility for Returns & Exchanges
An item can be returned or exchanged only if it is unused, still in its original packaging, and in the same condition it was in when it reached you. You will also need to show proof of purchase. Some items cannot be returned or exchanged at all, namely:
- Parts that were custom-made or special-ordered (Alfa Parts, for example)
- Items that have been installed or used (such as air conditioning units and generators)
- Items that are no longer in their original condition or packaging
Return & Exchange Process
To start a return or an exchange, follow these steps:
- Contact Us: Send us an email within 15 days of receiving your order. Tell us your order number, which item or items you want to return or exchange, and why.
- Receive Return Authorization: When we approve your request, we will send you a Return Authorization Number (RAN) together with instructions telling you where to send the item or items.
- Ship the Item(s): Pack the item or items securely, with all of the original packaging and accessories. Fix the RAN to the outside of the parcel and send it to the address we gave you. A shipping method with tracking is recommended.
- Inspection & Processing: When the item or items arrive, we inspect them to check that they meet our return criteria. Once approved, we process your refund or your exchange.
Refund Timeline & Method
We process refunds within 5-7 business days of receiving and inspecting the returned item or items. The refund goes back to the payment method you originally used to buy. Please be aware that we do not refund shipping costs.
Return & Exchange Request Template
The template below can be used to ask for a return or """,
                         ("fix the ran to the outside of the parcel",)),

    "motorcyclegearpro": ("""At MotorcycleGearPro we back our motorcycle gear the way we back the riders who use it. If a product falls short of what you expected, our simple return process gets you back on the road fast.
Our Return Promise
Most items can be returned within 15 days of the delivery date. Every item you send back has to be:
  • In its original condition, unused
  • Complete with all of its tags and its packaging intact
  • Sent with proof of purchase
Rider Note: For safety reasons, the items marked below cannot be returned unless they are defective.
Step-by-Step Return Process
1. Initiate Your Return
Within 15 days of delivery, email our Rider Support Team and include:
  • Your order number
  • The item or items you want to return
  • Why you are returning them
  • Whether you would like an exchange or a refund
Return Request Template:
Subject: Return Request for Order #(your order number)
Dear Rider Support,
Please start a return for the following item or items from order #(your order number):
- (product name), Size: (size), Qty: (quantity)
Reason for return: (for example sizing, or a defective item)
My preference: (a refund, or an exchange for another product and size)
Please let me know what to do next.
Kind regards,
(your full name)
(your phone number)
2. Receive Return Authorization
Within 1 business hour, our usual reply time, you will get:
  • A Return Authorization Number (RMA)
  • A prepaid return label (for defective items)
  • Packing instructions
3. Ship Your Return
For standard returns (items that are not defective):
  • Pack the items securely in their original packaging
  • Put in every accessory and all documentation
  • Send to: Motorcycle Equipment Store, 2609 Concord Street, Charlotte, US 28209
  • Use a tracked carrier: we recommend DHL, FedEx or EMS
4. Processing Your Return
When the parcel reaches our warehouse:
  • We finish inspecting it within 2 business days
  • Your refund or exchange is processed as soon as it is approved
Refun""",
                          ("cannot be returned unless they are defective",)),

    "truckaccessorizer": ("""Return Policy
Sometimes you will have an item you want to send back, and we want every return to be as easy as we can make it. When you have something to return, please phone us, or fill in the Returns form at the foot of your invoice. To find it, log in to your account, open the "Orders" tab in your account manager and look at your completed invoices. This lets us identify your return quickly and credit your account sooner. Every return must have an RGA number.
How to complete a return:
- Ask for an RMA number by phoning us or by filling in the RMA request form at the
foot of your invoice.
(Note: you must ask for an RMA within 30 days of your order being completed.) - We will then email you what you need to finish the return, including:
- How to pack the item.
- Where to send the item.
- What paperwork to include.
- How much will be credited to you for the return. - When the item is back with us and passes inspection, we issue the credit.
More Return Information:
-
A 15% restocking fee is charged on most returns.
-
We do not refund shipping, handling or processing fees.
-
You must ask for an RMA within 30 days of your order being completed.
-
Special orders cannot be returned.
- Items that ship oversize or by truck freight are credited minus all of the original shipping costs and a 5% restocking fee.
-
Every returned item must be in its original condition, which includes its original packaging.
NOTE: Please do not write on the package itself, as this harms the product's resale value. Writing on the packaging adds a further 15% restocking fee (on top of the usual 15% restocking fee).
Exchanges
To exchange an item for a different one, you first have to ask for an
exchange RGA for the item you are sending back. Any exchange must meet the
return terms above. If the replacement item is worth more than the
origin""",
                          ("oversize or by truck freight", "writing on the packaging")),

    "rvsupplyparts": ("""Shipments and returns
We usually send packages within 2 days of receiving payment, by UPS or USPS, with tracking and without a signature at drop-off. If you would rather have UPS deliver with a signature required, there is an extra charge, so please get in touch before choosing that option. Whichever way it ships, we will send you a link to follow your package online.
Shipping
  • Every order goes by UPS or USPS.
  • For incorrectly ordered parts, shipping fees are not refunded, and each case is looked at on its own.
  • RV Supply Parts may change carriers at any time depending on the shipment's size, weight or destination.
For UPS (or a similar carrier), do this: if the package is plainly damaged, you may refuse the delivery. Phone us right away so that we can start sending a replacement. Any damage you find once you open the boxes and look at the goods should be reported to us within two (2) business days, so that we can replace it faster. If you are not happy with what you bought, just send it back for a full refund. Note that we do not refund shipping and handling charges unless we sent you the wrong item. Items that show wear, installation or use cannot be considered for a refund. DETAILS on Free Shipping. For a limited time, selected items ship free by ground. The offer does not cover faster shipping options such as next-day or second-day air. RV Supply Parts may end or change this offer at any time. RV Supply Parts does not pay return shipping of any kind.
Return Material Authorization
  • We accept a return only if it is sent within 30 days of the date on the delivery confirmation.
  • There are no refunds on items damaged in shipping; for those you must file a claim with the carrier.
  • Returned orders that were paid for by credit card are charged a $3.00 processing fee.
  • Al""",
                      ("refuse the delivery", "incorrectly ordered parts", "no refunds on items damaged in shipping",
                       "paid for by credit card")),

    "tyretec": ("""Our policy lasts five days. Once five days have passed since you bought something, we are sorry, but we cannot give you an exchange or a refund.
Conditions for return
  • To be returnable, the item has to be unused and in the same condition you got it in, and it has to be in its original packaging. Tyres must not have been fitted to rims.
  • We need the original receipt as proof of purchase to complete your return.
  • Please do not send what you bought back to the manufacturer.
Goods exempt from return
  • Battery acid and battery water.
  • Software products that are downloaded.
  • Some health and personal care items.
    Partial refunds (if applicable)
    In these cases we give only a partial refund:
      • Tyres covered by the manufacturer's warranty, if they have been used.
      • Any item that is not in its original condition, or is damaged or missing parts, for reasons that are not our fault.
      • Any item returned more than five days after delivery.
      Refunds (if applicable)
      When we have received and inspected your return, we will tell you whether your refund has been approved or rejected. If it is approved, we process the refund and credit your original payment method within seven working days.
      Late or missing refunds (if applicable)
      If your refund has not arrived yet, check your bank account again, then contact your credit card company, as a refund can take some time to show on your statement. After that, contact your bank, since there is often some processing time before a refund is posted. If you have done all this and still have no refund, please visit our outlet for details.
      Sale or special priced offer items (if applicable)
      Only items bought at the regular price can be refunded. Sorry, but we cannot take back sale or offer items.
      Restocking Fee (if applicable)
      Some items carry a restocking fee when they are returned. It is taken from your credit.
      Exchanges""",
                ("tyres must not have been fitted to rims", "back to the manufacturer", "only a partial refund",
                 "some items carry a restocking fee")),

    "refineshine": ("""Last updated: 21/11/2025
1. Service Refunds
Detailing is work done by hand, so:
We give no refunds for completed services.
If you are not happy with a service, contact us within 48 hours of the service and we will work with you to put it right.
At our discretion, we may offer a re-clean or a touch-up.
2. Store Product Returns
Unused products can be returned within 14 days of delivery, as long as:
The item has not been opened
The item is in its original packaging
You can show proof of purchase
We refund once the item has been inspected and approved.
3. Faulty or Damaged Items
If an item reaches you damaged or faulty:
Get in touch within 7 days
Send photos and your order details
We will arrange a replacement or a refund.
4. Non-Returnable Items
Products that have been used
Gift cards
Special-order items
5. Return Shipping
The customer pays for return shipping, unless the item is defective or we supplied the wrong one.
6. Contact for Returns
Send an email to [email protected] with your order number and the details of the issue.
""",
                    ("no refunds for completed services", "within 48 hours of the service", "re-clean or a touch-up")),

    "eagletool": ("""RETURN/EXCHANGE POLICY
- Returned Goods:
- To return or exchange an item, it has to be unused and in its original condition.
- Non-stock items, products made under a customer's private label, and customized specials are sold as final, so none of them can be returned or exchanged.
- How to Start a Return/ Exchange:
- Every return and exchange needs a Returned Merchandise Authorization (RMA), which has to be completed within 30 business days of receiving the product. Contact us to begin a return or exchange.
- A restock fee of at least 15% may apply.
- Shipping & Mis-Shipments:
- The customer pays all shipping costs of returning or exchanging an item (warranty claims included), unless the return is caused by our error.
- The customer must tell us within 72 hours of receiving the product about any damaged products or mis-shipments.
- If a shipment is lost or damaged, tell your local FedEx or UPS office straight away. Let us know as well, so that we can send your tools again and/or file a claim. Please keep the damaged tools and their containers until we tell you that you may throw them away.""",
                  ("tell your local fedex or ups office", "keep the damaged tools and their containers")),

    "plumbingsupply": ("""Return Information
We are committed to making sure you get products of the best quality, backed by excellent customer service.
Every plumbing supply we sell carries the manufacturer's full warranty.
Need to send a product back?
Ask for an RGA number on our page, using our simple online return request form.
General Returns:
KEEP THE ORIGINAL BOXES AND PACKAGING. We accept a return only when we are contacted within 30 days of receipt, an RGA (Return Goods Authorization) number has been issued, and the product comes back in the manufacturer's original packaging in perfect, resalable condition. A restocking fee is charged on every straight return (an item ordered incorrectly, an item returned rather than replaced under our policy, and so on), and you pay for the return shipping. A few items marked "non-returnable" may be accepted case by case, with a higher restocking fee.
Wrong Products Received:
You will very rarely receive the wrong product, because we check every order twice before it ships. If we did make a shipping mistake (it happens now and then), please tell us first, within 2 business days of receiving your order. We will then give you an RGA number and instructions on how and where to send the product back. Please send nothing back without an RGA and those instructions.
If you ordered wrong:
If the mistake was yours and you ordered the wrong products and want to return them, use our online return process to ask for an RGA number and return instructions. A return MUST have an RGA to be processed properly, so please wait until we have sent it to you. See our page for full return details. A few items marked "non-returnable" may be accepted case by case, with a higher restocking fee. You will also pay the cost of shipping the item back.
Damaged shipment:
For standa""",
                       ("restocking fee is charged on every straight return", "accepted case by case")),

    "powershackshop": ("""1. This policy covers returns of goods or services bought on this online site. Within reason we aim for a no-quibble policy and accept most returns. When we do not, it is because the item has plainly been used, or damaged so that we cannot sell it again.
2. This policy does not cover custom (made to measure) items such as Industrial Extension Leads, which we refund only if they were damaged in transit or we supplied them incorrectly. In those cases we refund in full, together with all the costs of sending them back.
3. If you want to return something you bought, please contact us to tell us that you are sending it back.
4. To be returnable, your item has to be unused and in the same condition you received it in, and, where it applies, in its original packaging.
5. Under the Consumer Contracts Regulations, if you change your mind about a purchase within 14 working days of the delivery date, you are entitled to a full refund of the price you paid, including standard delivery costs for the goods you return. Note that express and timed delivery, including next-day options, is not refunded if it arrived on time. The cost of sending the item back to us is not refunded.
6. Please contact us if your item was faulty, did not work properly, or seems not to be as described. We may be able to solve the problem without you sending the item back. If we cannot, and the item is found to be defective, damaged or not as described, we will pay for its return delivery. Larger items will be collected from your premises, but some items you will need to take to a drop-off point such as a Post Office.
7. When your return has arrived and been inspected, we will contact you to tell you whether y""",
                       ("express and timed delivery", "larger items will be collected")),

    "universalweldgauge": ("""Policies
Cancellation of Order
If the order has not shipped yet, there is no charge, and we refund the customer in full to the original payment method.
If the order has shipped and we are able to stop it on its way, the customer is refunded for the product and the tax, minus the fee for stopping the delivery and minus the original shipping charge.
If we cannot stop the delivery, the return policy below applies.
Returns
Products that come back to us undamaged within 30 days of receipt can be returned. We refund all of the purchase price and all of any sales tax, but none of the original shipping charge. The customer pays the shipping to send the product back to us. The return policy no longer applies, however, if the product shows visible signs of use or has touched hazardous materials or flammable liquids or gases. So you may take the product out of its packaging and try it, as long as it is not scratched or damaged, and then return it. We refund to the original method of payment within three days of receiving it.
If the product has a defect that stops it working and that clearly comes from faulty manufacturing, we will replace it or refund it in full. In that case, please email us at info@JenningsWeldGauge.com for return instructions, and include a photo of the damage if you can.
Mail your product back to: 7850 White Lane, Suite 352, Bakersfield California USA 93309-7698, using tracking and with proof that we received it.""",
                           ("stop it on its way", "hazardous materials or flammable liquids")),

    "filters2go": ("""Refund and Returns Policy
Our Refund and Returns Policy runs for 30 days. When 30 days have passed since your purchase, we are sorry, but we cannot give a refund or an exchange. Please get in touch to talk it over, as we try to satisfy every customer as far as we can. A 20% restocking fee is taken from the purchase amount to cover administration and the other costs that come with every return.
To be returnable, your item must be unopened, unused and in the same condition you received it in. It must also be in its original packaging.
We keep a strict return policy for every air filter, so that our customers are not exposed to harmful contaminants that returned products might bring in. We hope you understand that this policy is there to protect you and your family. Please choose air filters carefully before you buy, to make sure they are suitable.
We need your order number to complete your return; we can help you find it if needed.
Please do not send what you bought back to the manufacturer: our team will give you the return address once the return process has begun.
In some situations we give only a partial refund (if applicable):
- Any item that is not in its original condition, or is damaged or missing parts, for reasons not due to our error.
- Any item returned more than 30 days after delivery
Refunds & Returns Process
Start Here
To ask for a refund or a return, go to our Contact Page and write your request in the message, with as much detail as you can, to help us process it. Our team can also help with any questions. We know returns can be stressful, so please relax and let us guide you through it.
Timeframe: We normally answer a first request within 24-48hrs, and you can expect a refund or a replacement within 5 business days of the day the returned goods reach us.
When your return has arrived and been inspected,""",
                   ("strict return policy for every air filter", "back to the manufacturer", "only a partial refund")),

    "bloompaint": ("""REFUNDS & RETURNS
We are sorry, but we cannot take a return just because you do not like the colour.
Monitors, screens and devices all show colour differently, so we ask every customer to choose paint with care and to buy a sample tin before ordering the full amount.
Nor can we refund you if, once the paint is on, you are not happy with the sheen level. In the same way, we cannot refund dented tins, because the paint inside is still of good, usable quality.
RETURNS
Our policy runs for 30 days. When 30 days have passed since your purchase, we are sorry, but we cannot give a refund or an exchange. To be returnable, your item must be unused and in the same condition you received it in. It must also be in its original packaging, together with proof of purchase.
REFUNDS
When your return has arrived and been inspected, we will email you to say that your returned item has reached us. We will also tell you whether your refund has been approved or rejected. If it is approved, your refund will be processed and your credit card or original payment method credited automatically within a certain number of days.
LATE OR MISSING REFUNDS
If your refund has not arrived yet, check your bank account again first. Then contact your credit card company, as your refund can take a while to be posted. After that, contact your bank, since there is often some processing time before a refund is posted. If you have done all of this and still have no refund, please contact us with the form below.
SALE ITEMS
Sale or discounted items are refunded at the price paid.
EXCHANGES
We replace items only if they are defective or damaged. If you need to exchange one for the same item, please contact us with the form below.
Contact Us""",
                   ("do not like the colour", "the sheen", "dented tins", "refunded at the price paid")),
}
