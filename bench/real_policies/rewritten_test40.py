"""The test40 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "myurbanfarmers": ("""Terms & Refund Policy

Terms & Conditions

Defective parts, and damage that happens in shipping, are covered by a 30 day warranty.

Once those 30 days are over, buyers can still buy extra parts to make repairs.

We accept returns for any reason for up to 30 days, with the buyer paying for the return.

Every returned coop carries a 25% restocking fee, and the refund is credited back to the card holder's account once we have checked that all the parts and pieces are there. (Coops are heavy and take a long time to ship, and they can get knocked about on the way back to us; a returned coop has to be repacked and its parts gone through and replaced, which costs us time and money.)

Every cancelled order carries a 25% cancellation fee.

(We are a small business run by one family, and we build to order, so we keep to this cancellation policy, which the buyer accepts at checkout.)

Shipping Damage: The boxes often arrive looking worn and battered while what is inside is fine, or has small dents and marks that change nothing about how the coop works or how it can be used. Unpack the coop, take photos of any damage you find (of the coop and of the boxes), note any parts that are missing, and email us the photos at sale@chickencoopsnw.example. Please do this as soon as you can, because a claim has to be filed with the carrier. If you do not tell us in good time, replacement parts may be delayed, or for "limited edition coops or colors" the parts may no longer be available.

Shipment Refusal: If you refuse the shipment, the whole cost of sending it back is yours, and it will be taken off your refund. If you see damage at the door, do not refuse the delivery: follow the Shipping Damage steps above.

Release of Liability: Chickencoopsnw takes on no liability for any of its products. By buying from this website the customer agrees to the release""",
                       ("if you refuse the shipment",)),

    "agtec": ("""Returns & Exchanges

If we shipped the wrong product, or the item you received is damaged or defective, we will send you a replacement free of charge or refund the full purchase price, provided it comes back unused and unopened.

Everything we sell can be returned except custom products. If you are not happy with your order, ordered the wrong item or changed your mind, you can send the item back for a full refund, less the cost of shipping. The item must come back in its original packaging and in new condition.

We accept returns within 90 days of the date the order was originally shipped. When your return arrives, we will process your refund and credit it to the original payment method.

Please contact us for a return authorization number and instructions. The product must also be sent back to us securely wrapped, with the freight prepaid and insured against loss or damage. For defective products still covered by the manufacturer's warranty, please contact us, as we may ask you to ship the item directly back to the manufacturer.

If you paid by check or money order, a refund check will be mailed to you. If you paid by credit card, please allow 2-5 business days for your bank to put the refund in your account.

PLEASE NOTE: We do not accept returns of custom products that we make to your specifications, such as greenhouse film.""",
              ("directly back to the manufacturer", "a refund check will be mailed")),

    "mowerszone": ("""At Mowers Store, we stand behind the professional-grade lawn care equipment and outdoor power tools we sell. If you are not fully satisfied with what you bought, our returns and exchanges process is simple to follow.

Our Return Policy

For most items, we accept returns within 15 days of receiving your shipment, as long as they are new and unused, in their original packaging and with their tags. For your safety and ours, we cannot take back:

Non-Returnable Items:
- Pest and insect prevention products (because of safety regulations)
- Lawn growth chemicals or solutions that have been opened
- Items that show signs of use or are missing their original packaging
- Outdoor equipment that was custom-ordered or bought as a special purchase

How to Start a Return or Exchange

Take these steps to return or exchange an item:
- Within 15 days of receiving your order, email our customer service at returns@mowerszone.example with your request. Please use the template below so that we have everything we need.
- Wait for authorization: within 2 business days we will reply with return instructions and an RMA number.
- Pack your item securely in its original packaging, with all the accessories and documentation it came with.
- Send your return to our warehouse at:
Mowers Store Returns
640 Hilliard Street
Manchester, US 06042 - Write the RMA number clearly on the outside of the package.

Return/Exchange Request Template
Subject: Return/Exchange Request - Order #[Your Order Number]
Email Body:
Dear Mowers Store Customer Service,
I would like to ask for a [return/exchange] for my order #[Your Order Number], placed on [Order Date].
Item(s) to return or exchange: [Product Name, SKU if available]
Reason for return: [Please specify]
For exchanges: I would like to exchange it for [Product Name, SKU if available]
Please send me the return instructions and an RMA number when you can.
Kind regards,
[Your Full Name]
[Your Contact Information]

Return Shipping
Customers are responsible for return""",
                   ("on the outside of the package",)),

    "rainbrothers": ("""Shipping & Returns

Irrigation Systems
SHIPPING & RETURNS

Returns Policy

Most new, unopened items can be sent back within 30 days of delivery for a full refund. When a return is caused by our mistake (you were sent a wrong or defective item), we also pay the return shipping.

Your refund should reach you within four weeks of giving your package to the return carrier, though it often comes sooner. That period covers the carrier's transit time to bring your return to us (5 to 10 business days), the time we take to process the return once it arrives (3 to 5 business days), and the time your bank takes to handle our refund request (5 to 10 business days).

To return an item, log in to your account, open the order from the "Complete Orders" link in the My Account menu and press the Return Item(s) button. We will email you about your refund once the returned item has been received and processed.

Returned special order items (that is, items shipped straight from the manufacturer, such as our concrete and plastic tanks) are subject to a 20% restocking fee. Concrete tanks cast for a particular job (for example traffic bearing, or with fittings placed specially) cannot be returned.

Shipping

When you order, we estimate shipping and delivery dates from the availability of your items and the shipping options you pick. Depending on the carrier you choose, estimated ship dates may show on the shipping quotes page. We try to ship orders within one business day of the order.

We ship or send by freight most of our products (not our concrete cisterns) anywhere in the continental United States and Canada. Even so, we care about our local economy, and yours, above all. So rather than shipping to people in the Yellow Springs area, we deliver those orders ourselves -""",
                     ("within four weeks of giving your package", "subject to a 20% restocking fee")),

    "spectrumhydro": ("""Return Policy

Most items bought from us can be returned within 14 days (nutrients and bulbs cannot be returned). Every item must come back in its original packaging, unopened or unused, together with your sales receipt. Items that have been opened or used cannot be returned. A 20 percent restocking fee is charged on every return, without exception.
The customer is responsible for every item returned, and pays the shipping back to us. If your order shipped free, we will deduct our shipping cost and refund you the difference.
If your item is defective, you have 14 days to tell us. After the 14 days, defective items have to be reported to the manufacturers. Every product comes with the manufacturer's warranty, usually one year. Please ask the manufacturer for the details.""",
                      ("we will deduct our shipping cost", "after the 14 days")),

    "compostclub": ("""Compost Club Return & Refund Policy
At Compost Club, we work to supply good compost bins and bags to help you live more sustainably. If you are not entirely happy with your purchase, our return policy is meant to make sending it back smooth and easy.
Return Eligibility:
- Timeframe: We accept returns within 14 days of your receiving the order.
- Condition: To qualify for a return, products must be unused and in their original packaging.
Product-Specific Conditions:
- Compost Bins:
- Can be returned if unused.
- Can be returned if they arrive damaged.
- Compost Bags:
- Cannot be returned once the box is opened or the seal has been broken.
Return Process:
- Start the Return: Get in touch with our customer service team within 14 days of receiving your order to start a return.
- Prepare the Return: Make sure the product is unused and in its original packaging.
- Shipping Cost: Return shipping is paid by the customer. We deduct the cost of the return label from your reimbursement (not to exceed $10).
- Return Approval: When the returned products reach us and we have checked that they are resellable and undamaged, we will process your refund.
Refund Details:
- Refund Amount: You get a full refund less the return label charge.
- Refund Method: Refunds go back to the original payment method used for the purchase.
Additional Information:
- Non-Returnable Items: Items that do not meet the conditions above cannot be refunded.
- Processing Time: Please allow up to 7 business days for your return to be processed after our warehouse receives it.
We value your custom and want you to be satisfied. If you have questions or need help with a return, please contact our customer service team.
Thank you for choosing Compost Club for your composting.
For any questions, please use the form below and a member of our team""",
                    ("not to exceed $10", "seal has been broken")),

    "famosculptures": ("""RETURN POLICY

What if the item I receive is damaged?

Every shipment we send is insured, and we take great care over how our items are packed and shipped. We do not want anything to break on the way! Goods are packed securely to travel safely. If, unusually, an item reaches you damaged, please contact us and we will arrange with you the return of the damaged item and its replacement. You must contact us the same day, so that we can file a damage claim with the carrier. No credit is issued unless you tell us on the same day the shipment reached you. For large items and custom-order items whose delivery needs you there to sign, you must inspect the item on delivery in the shipper's presence, and if you see damage you must tell the shipper and us at once, while the shipper is still there. Please note that you will have to show proof of the damage; emailing us pictures is fine. Please also save the box and packing materials for the carrier to inspect, or the shipping insurance is void. We are not responsible for damaged goods that are not in their original packaging or were not reported promptly as set out here. We may refuse claims of damage or loss that you did not report promptly, since the courier may refuse them too. We open a claim with the carrier once we have your information. Carriers may take their time to handle and review a claim, which can last up to a few weeks. Please note that we choose the handling, courier and shipping method(s) in the way we think best meets the delivery promised for the order. Orders with several items, and expedited orders, may also ship from different warehouses and arrive a few days apart.

Can I return the item I purchased?

Yes. Please contact us first, before you return your item - we take our relationship with our customers very seriously, as you ca""",
                       ("contact us the same day", "in the shipper's presence", "save the box and packing materials")),

    "ecopots": ("""Refunds and returns FAQs
What is your return policy?
Items in their original condition and packaging can be returned within 30 days of delivery, for a refund to your original payment method. Please note that we deduct a 30% restocking fee from the refund, and return shipping is not paid by us.
What if my planter arrives damaged?
If your planter arrives damaged and has not been installed or planted, we can replace it within 7 days of shipment. Check the package when it arrives and contact us at once if anything is damaged. Planters that have been installed or planted cannot be returned.
How do I start a return?
Contact us to ask for a return authorization. Make sure the item is in its original condition and packaging.
How long does a refund take?
Refund processing times can vary. When we have received and inspected the returned item, we start the refund. Please allow a few business days for the refund to show on your original payment method.""",
                ()),

    "felcostore": ("""Free Shipping on Orders over $10 Great Gardeners Use Felco Tools

Shipping Policies

With How to Make an Exchange and What to Do About Lost or Damaged Shipments

How Your Order Is Shipped

We use the United States Postal Service (for parcels under 5 pounds and for shipments to PO boxes, APO/FPO addresses, US Territories, Alaska and Hawaii) or UPS (for everything else). We cannot ship to addresses outside the US.

Your order ships as soon as we can manage. Most orders go out on or before the next business day. Delays are rare, but some cannot be avoided.

Shipping charges are not refundable.

Order Total Standard Delivery
$10.00 or less $3.95
Over $10.00 FREE

Standard Delivery usually ships within 1 business day and usually arrives within 5 business days.

Business days are the days most businesses are open: weekdays other than holidays.

For gift shoppers: we never put a receipt, invoice or any prices in the package.

Cancelling Orders

If you want to cancel your order, for whatever reason, please let us know.

Please note that there is a 15% cancellation charge for orders over $200 not cancelled within 24 hours of being placed. Orders that have already shipped cannot be cancelled, but they can be returned for a refund where our return policy allows it.

Incorrect, Lost or Damaged Shipments

If we made a mistake with your order, or it was lost or damaged in shipping, please contact us straight away.

Do not ship damaged items back to us. The shipping company has to deal with them. If you send damaged items back to us without telling us first, you may get neither a refund nor a replacement.

This matters a great deal: to get a refund or a replacement for damaged items, be sure to contact us about the damaged shipment first, and let us arrange for the items to be picked up and inspected.""",
                   ("15% cancellation charge for orders over $200", "do not ship damaged items back to us")),

    "pondpro": ("""Shipping & Returns

If our product or our service has left you unhappy, we ask you to contact us first, so that we can find out why and work out together the solution that suits you best.

Return Policy

Requests for refunds and returns must be made within 14 days of the delivery date. After 14 days of the delivery date, you must call Pond Pro Ltd. at 1(855) 414-7663 to decide what to do next. The customer sends the product back and pays the return shipping to our warehouse. When the item reaches us, we issue a refund minus our original shipping cost.

A product can be returned on condition that it has not been used. This covers items such as fountains and de-icers: once they have been put in the water, we can no longer take them back. The exception is a manufacturer defect (with correct installation) or a wrong product sent by us; then we send the customer a prepaid return label for the return. Products in bottles and buckets cannot be returned once the bottle or bucket has been opened and its seal broken.

In the case of a lost parcel, we can replace the item at our cost. This does not apply to shipments with a signature and proof of delivery.

Your refund should arrive within four weeks of giving your package to the return carrier, and often sooner. That covers the transit time for the carrier to bring the return to us (5 to 10 business days), the time we take to process it once it arrives (3 to 5 business days), and the time your bank takes to process our refund request (5 to 10 business days).

Cancellation Policy

Orders must be cancelled either within 24 hours of ordering or before they ship. Whichever comes first is the one th""",
                ("after 14 days of the delivery date", "in the case of a lost parcel",
                 "within four weeks of giving your package", "bottles and buckets cannot be returned")),

    "fencewarehouse": ("""Refunds or Exchanges are available ONLY for standard stock items, and only when we have received a written refund request within 7 days of your receiving the goods.
If anything about the order you received concerns you, please contact us at once. If you do not do so within 7 days, your claim will not be accepted.
Products must be in their original, UNDAMAGED packaging.
We give no refunds or exchanges for:
- Products that have been used or altered - NO EXCEPTIONS
- Products whose packaging is damaged (for example torn open)
- Freight Charges
- Return Freight Charges
- Special Ordered Items
- Products not sent back complete (with pieces missing)
- Products for which no Refund/Exchange request reached us within 7 days of delivery
- Products not sent back within 7 days of the date of the Return/Exchange confirmation
A restocking fee of at least 15% applies.
Freighting the goods back to us is at the customer's expense.
If an order is paid for but cancelled before it is despatched, Fence Warehouse will:
- if the goods HAVE NOT been picked and packed for delivery, refund in full less any finance charges we have incurred
- if the goods HAVE BEEN picked and packed for delivery, refund the invoice amount less a 15% restocking fee and any finance charges we have incurred
Please contact us with any questions about a particular product.""",
                       ("have been picked and packed", "less any finance charges")),

    "weathershack": ("""Free Shipping Satisfaction Guaranteed Five Star Rating

Return Policy

WeatherShack.com guarantees that you will be completely satisfied. If you want to return a purchase for any reason within our 60 Day Satisfaction Guarantee period, you must Contact Us first. Please email support@weathershack.example with the invoice number, the name used when the order was placed, the reason for the return, and whether you want a replacement, a refund or an exchange. When WeatherShack has your email, we will send you instructions for the next steps (usually within one business day). Returns authorized after 60 days are at our discretion, and such a return can only be given in-store credit.

Please note: Some manufacturers set specific return restrictions for problems with their products. Please see the Manufacturer Restrictions section below.

Processing times depend on how many returns arrive each day, but your return is usually processed within 1-3 business days of its arrival.

Non-Defective or Undamaged Products

Not what you expected? Whatever the reason, you will not be left with an item you cannot use or do not want. We are proud to offer one of the best return policies there is! To protect yourself when sending goods back, we suggest a trackable carrier such as FedEx or UPS. You may also want to insure your return for its full value. We are not responsible for parcels lost or damaged on their way back to our warehouse.

Return for Exchange:

Please put in your package the item number of the new item you want in exchange. The cost of return shipping on goods you send back is yours to pay. If the new product cost is greater than the credit available for the item you returned, we will contact you for payment. If the credit available is more than the exchange, WeatherShack.com will refund the""",
                     ("returns authorized after 60 days", "specific return restrictions",
                      "if the new product cost is greater")),
}
