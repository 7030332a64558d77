"""The test82 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "orthoshoescanada": ("""Returns & Exchange Policy
Updated on July 26, 2025
About Our Returns
Ortho Shoes Canada wants you to be fully happy with what you bought. Orthopedic footwear often needs trying on at home, so our policy aims to keep shopping comfortable while protecting the quality of our goods.
Return Period
- You may return items within 30 days of the delivery date
- Items have to be in their original condition, and unworn
- The original packaging has to be intact and sent back
- Every tag and label has to stay attached
Note: when more than 30 days have gone by since delivery, no refund or exchange is possible.
Items We Cannot Take Back
For hygiene and safety reasons, these cannot be returned:
- Custom-fitted orthopedic shoes
- Personalized or modified footwear
- Anything marked as final sale
- Socks and other intimate apparel
- Items damaged by customer misuse
How to Return
- To start your return, write to customer service at ask@orthoshoescanada.com or phone +1 (204) 988-8174
- Get a Return Authorization Number (RAN)
- Pack the return securely with all of its original materials
- Put your proof of purchase and the RAN inside
- Send it to our store: Ortho Shoes Canada, 350 Ross Ave, Winnipeg, MB R3A 0L4, Canada
Refunds
What happens next
- We email you when your return reaches us
- Our team inspects what you sent back within 2 business days
- Approved refunds go back to your original payment method
- A refund usually takes 5-10 business days to process
Shipping Costs
Please note:
- We do not refund the original shipping charges
- You pay the cost of shipping the return
- We suggest a tracked shipping service
Exchanges
For another size or style, we suggest you:
- Send back your first purchase through our return process
- Pla""", ()),

    "compresstherapy": ("""RETURNS, EXCHANGES, COMPLAINTS AND WITHDRAWAL FROM A DISTANCE CONTRACT
Every garment of the "Compression Therapy" brand made to order is produced for its one customer to that customer's own measurements. The only exception is an order in a standard size S, M, L or XL.
So:
- A garment the merchant made to a customer's measurements cannot be returned or exchanged, and the merchant owes the customer nothing for what ordering or receiving it cost. Chapter VI of our General Terms governs the customer.
- Under the Consumer Protection Act, the customer may return or exchange unused standard-size garments (with the factory size label S, M, L or XL) within 14 days of the purchase date. To use that right, write to the merchant at mail@compresstherapy.com, or phone. A Return/Exchange form then arrives by email for you to fill in.
- A product is taken back for return or exchange when:
- 14 days or fewer have passed since the delivery date
- it is in one of the standard sizes the customer chose
- it is in perfect condition: unused, not washed, not ironed, odor-free and clean, in its original packaging with every label.
- The customer pays the transport costs of a return or replacement, and the merchant does not repay them. For garments with a manufacturing defect, the merchant repays the customer's delivery or replacement costs.
- When the product arrives, whoever receives it is obliged to inspect it immediately; if there are visible defects such as a damaged transport""",
                        ("obliged to inspect it immediately",)),

    "wheelchairsandmore": ("""Refund policy
Return Guidelines
Look over your product when it arrives. If it is damaged or is not what you ordered, please decline the delivery. If it was delivered without a signature and turns out damaged or wrong, get in touch with Wheelchairs and More Customer Support.
Once you have accepted delivery, these terms apply:
Some of our products may have a restocking fee; the product's own listing gives the details.
You pay the return shipping, and the product has to come back in its original packaging, brand-new and unused. Signs of use include, among others: cracks, scratches, dirty tires, pet hair or other household debris, worn seats or armrests, damaged charging ports, scratched frames or remotes.
Every accessory and charger that came with the product (chargers, baskets, extra colored shrouds and the like) has to come back. Accessories purchased separately can stay with you: they need not come back with the power chair.
Service charges are not refunded: outgoing freight, faster shipping (Next-Day, Overnight) and special delivery services (Inside Delivery, White Glove Delivery, Tech Set-Up).
Return Period
Most products can be returned if you ask within 10 days of delivery. The product has to be unused and in its original packaging. You pay the return shipping.
Products That Cannot Be Returned
Some products are built to order or specially ordered and cannot be returned, among them:
- Custom chairs or equipment ordered specially
- Ultralightweight and sport wheelchairs
- Handcycles
- Lift chairs made to order with upgrades such as other fabrics, heat and massage, PowerPillow, a footrest extension or left-hand controls
- Wheelchairs custom-built to your specifications
- Scooters and powe""",
                           ("please decline the delivery", "may have a restocking fee",
                            "accessories purchased separately")),

    "onlinesuperstore": ("""Return Policy
Returns, Refunds and Exchanges
What is the return policy?
A 30-day 100% money-back guarantee. For a full return or an exchange, send back everything extra that came with the order: batteries, filters, receivers, domes and all of the original boxing materials. Any further items that came beyond those listed count as promotional items; OnlineSuperStore may start and end promotions as it chooses. Promotional items presented with the purchase have to come back as well. Every product sold may be returned within sixty (60) calendar days for a refund of what was paid, minus costs and fees, the return's shipping costs among them. OnlineSuperStore may refuse a refund if not everything asked for comes back within the stated trial period. Products must come back undamaged, no later than thirty (30) calendar days after the shipment date.
How do exchanges work when the prices differ?
First send the items back and tell us which hearing aids you want instead. Then:
1) A cheaper exchange:
- we confirm the items came back
- we email an invoice for the hearing aids you chose
- we refund the difference
- we ship the new hearing aids
2) A dearer exchange:
- we confirm the items came back
- we email an invoice for the upgraded hearing aids you chose
- the customer pays the difference through the invoice's shopping cart
- we ship the new hearing aids
3) An exchange at the same price:
- we confirm the items came back
- we send an invoice for the new item
- nothing is credited or charged
- we ship the new hearing aids""",
                         ("promotional items presented with the purchase", "refund the difference",
                          "customer pays the difference")),

    "cheatersreadingglasses": ("""Return Policy
You may return goods up to 30 days from the date on the purchase invoice, as long as they come back in perfect, resalable condition. Look them over carefully before you send them. Frames that are not straight, or lenses with even a tiny scratch, count as damaged and cannot be returned. Goods in saleable condition can be swapped for a different pair, or refunded minus a 10% restocking fee, shipping excluded. We do not refund shipping costs. If glasses are no longer in their original saleable state, we post them to you with an explanation. Every refund and exchange is subject to final approval of our customer service team.
Note: computer readers are returnable when they have no A/R coating, but the regular computer progressive lens readers carry a 10% restocking charge. If you are unsure how to order, email or phone us before you buy.
If goods are defective, email us first as set out below, and we will have the product replaced under warranty.
Returned goods must come with a copy of the receipt, and with the eyeglass case they were shipped in.
We suggest sending returns in the USPS Priority Mail video box: it is sturdy and cheap. A padded envelope will not do.
To return goods for an exchange or a refund, email CustomerService@CheatersReadingGlasses.com with:
- Name
- Phone number
- Email address
- Receipt number
- Receipt date
- Item number and product name
- Why you are returning it (wrong size, wrong magnification or wrong style, damaged, dissatisfied, or something else)
- Outcome you want (replacement, exchange or refund)
We will email you back with directions for sending your package.
Should the product be defective or arrive damaged, we repay what the return shipping cost you, and we will pay t""",
                               ("to you with an explanation", "final approval of our customer service",
                                "computer readers are returnable")),

    "cpapshoponline": ("""Return Policy
Returns at CPAP Shop Online
Within 30 days of the shipping date we take returns, but only of unopened products still in the manufacturer's SEALED packaging. Certain products are packed so that the packaging can be opened, then closed without breaking a seal, and to protect our customers these cannot be returned; ResMed N20 and F20 masks are examples. A 15% restocking fee applies to every accepted return. We do not refund shipping costs. Please make sure you have the right sizes and models before you order. You can reach us by email, and one of our sleep and CPAP specialists will answer by phone or email. We do take back purchases with manufacturing defects: email us so we can troubleshoot, and if needed we will email you an RMA# to send the product back. We do not cover return shipping costs. No credit or refund is given until the product has reached our facility and we have examined it.
Because this is medical equipment, no machine or related accessory (CPAP, APAP, BPAP, humidifiers) can be returned, whether or not it shows hours of use. Warranty decisions on repairing or replacing a machine are made solely by the manufacturer; check with us first and give us the serial number to verify.""",
                       ("closed without breaking a seal", "made solely by the manufacturer")),

    "peglala": ("""Refund policy
RETURNS
You may return an eligible product within 7 days of receiving the delivery. Once 30 days have passed since your purchase, we cannot give you a refund or an exchange.
To qualify for a return, the item has to be unused, in the condition you got it, and in its original packaging.
Some kinds of goods cannot come back at all; we give no returns, refunds or exchanges for:
- Gift cards
- Used items
- Discontinued items, and anything labelled "Sample Sale", "Clearance", "As-Is", "Final Sale" or "No Returns"
- Downloadable products
- Food, water and perishable items
- Personalized or made-to-order items (unless defective or our mistake)
- Some health and personal care items
- Items with defaced packaging, missing parts or missing UPC barcodes
Disaster preparedness goods sent outside of the continental United States cannot be returned either.
We need a receipt or proof of purchase to complete your return.
Never post your purchase back to the manufacturer.
In some cases only partial refunds are granted:
- An item not in its original condition, damaged or missing parts for a reason that was not our mistake
- An item that comes back over 30 days after delivery
Emergency kits, first aid kits and other disaster preparedness products may incur a 20% restocking fee.
Contact us for a Return Authorization (RA) number before you ship the item back. Once we have received and approved your request, we issue the RA number, which has to appear on the return shipping label.
REFUNDS
When your return has arrived and been inspected, we will email you that it reached us, and tell you whether your refund is approved or rejected.
If it is approved, your refund will be processed, a""",
                ("outside of the continental united states", "purchase back to the manufacturer",
                 "only partial refunds are granted", "may incur a 20% restocking fee",
                 "on the return shipping label")),

    "kahunachairtorrance": ("""RETURN & EXCHANGE
Purchase Agreement
Return Policy: 30 Days
You have 30 days to return your product.
You pay the return freight and a 15% - 35% restocking fee.
Once the returned item has arrived and been inspected, you are credited the total of your purchase less the restocking fee and the freight.
White-glove delivery is non-refundable. The original packaging is required.
Returning is simple: contact customer service, who will give you a Return Merchandise Authorization (RMA) number and tell you the right address to ship to. Send the item back in its original condition, packed in its original box. A product returned the wrong way will not be accepted, and the restocking fee and return shipping will be charged.
Warranty
Each product has its own standard warranty; check the warranty of your product. The period and terms may change with the deal agreed when you buy. Open-box items follow the same rule: when an open-box sale carries a 1-year warranty, that, not the standard warranty, is the one that holds.
Cancellations
Should you cancel the order once your massage chair has shipped, you pay all shipping charges, free-shipping orders included. Shipping in the U.S. usually costs around $300 each way. White-glove service is not refundable either.
Shipping
Standard delivery takes 10 to 14 business days, though weather and other conditions can stretch it to 30 business days.""",
                            ("15% - 35% restocking fee", "white-glove delivery is non-refundable",
                             "your massage chair has shipped")),

    "postureshops": ("""Return Policy
Posture Shop takes returns within 90 days of your receiving the order. To qualify, an item has to be unused and in its original condition and packaging. Some items cannot come back, such as intimate products or anything classed as non-returnable for health and safety reasons. We need proof of purchase.
When your return has arrived and been inspected, we will tell you whether it is approved. An approved return can be exchanged or turned into store credit. You pay the cost of shipping the return, and it is not refunded.
We replace defective or damaged items: contact our customer service team. Sale items can be exchanged, but only at the sale price.
Starting a Return
- Contact us: email support@postureshops.com to start, giving your order number and a proof of purchase.
- Authorization: we review your request and send you directions for how and where the item should go.
- Packing: pack the item securely in its original packaging so it is not damaged on the way.
How Long It Takes
After your return arrives we check it against our criteria, and you get an email within 3-5 business days saying whether it is approved.
- If approved, we handle the exchange or other outcome promptly.
- Processing your exchange may take as long as 7-10 business days.
If anything is delayed, write to support@postureshops.com.
Shipping Costs
You pay for shipping your return, and that cost is not refunded.
Send returns to:
Posture Shop Return""",
                     ("only at the sale price", "processing your exchange may take")),

    "aptekaamerica": ("""Returns and Refunds
RETURNS
Under health and safety rules, every dietary supplement (vitamins, minerals, tinctures, herbal supplements and the like) is final sale: once bought, it cannot be returned or exchanged. This keeps all health products safe and intact.
Please look over your order when it arrives. If something is wrong, such as damage, the wrong item or another defect, contact us at once so we can look into it and put it right.
If the carrier damaged your package and what was inside cannot be used, save the box and the merchandise, then get in touch at once. We will tell the carrier and replace the damaged items.
If we shipped the wrong item (one you did not order), contact us and we will refund you or mail the right item.
In any of these cases, get in touch within 7 days of getting your order. When you start the return by email, give us:
- Customer number
- Order number
- The products and quantities you want to return
- Reason for return
Please note:
Sale items cannot be returned.
We do not accept items sent back without first talking to us and getting approval.
Refusing a delivery does not return it to us, and no refund will then be processed.
REFUNDS
We process refunds once the returned item has arrived and been inspected; upon approval the money goes back to your original payment method within 7 days.
Get in touch if a refund is late or missing.""",
                      ("save the box and the merchandise", "refusing a delivery does not return")),

    "pregnancypillowco": ("""Returns & Refunds
Please read this page closely and make sure you understand our policies before you buy.
Online Returns: 100% Satisfaction Guarantee
You can return a product only within 7 days of receiving it. The refund goes back to the payment method you used. Refunds may need up to 10 working days to appear in your account, as payment providers take different times. You pay any costs of returning. The original shipping is not refunded; if your shipping was free, we take the real shipping cost ($8.95) off your refund.
Cancellations
We process every order as soon as it is placed and it goes straight to our warehouse team, so orders cannot be cancelled. Please be sure you want the product before you order.
Starting a return
Email us at sales@pregnancypillowco.com.
We will give you the address to post it to and explain the steps. DO NOT send anything until we have given you the right address.
Send your item back no later than 7 days after the delivery date; later returns are not accepted. You pay for sending it back, and that cost is not refunded.
Check the postage details when you send your return. We strongly suggest a tracked service, with the tracking details entered in our returns portal. We are not responsible for stolen or missing parcels.
I received the wrong item / a damaged item:
- If your item (final sale items included) arrives damaged for any reason, we send a replacement at no charge to you. Email us at sales@pregnancypillowco.com within 7 days of receiving it to report the defect or damage.
- The time""", ()),

    "fineneil": ("""To qualify for a refund and return, your item must not have been damaged by you and must be in the condition you received it, in its original packaging.
Our products are fully guaranteed. Still, if what you received falls short, we will either replace the product or give back all or part of your money once we have reviewed your complaint.
Check what is in your order when it is delivered: after the delivery note has been signed, we treat your order as fulfilled, and a refund becomes less likely.
You can ask for a return and refund:
Within 7 calendar days of receiving the delivery, when the product is free of manufacturing defects and still new or like new in its original packaging, so that it can be sold again.
Within 7 calendar days of receiving the delivery, when a manufacturing defect shows before the product is used.
When a quality problem from manufacturing still exist after a replacement.
Thermometers carry a 1-year warranty, other items in our shop 6 months.
Refunds to local credit or debit cards and PayPal may need up to 10 business days to be processed once we receive the product. Refunds to an international credit card, Visa or MasterCard, may need up to 14 business days.
Where the product meets none of the conditions above for a replacement or refund, the sender pays for the return delivery as well as the costs associated with product testing.
We may change these refund and replacement terms from time to time, for example when the law changes.
If you have a problem with our products or service after accepting the delivery, contact us within 24 hours.""",
                 ("delivery note has been signed", "still exist after a replacement",
                  "international credit card", "costs associated with product testing", "contact us within 24 hours")),
}
