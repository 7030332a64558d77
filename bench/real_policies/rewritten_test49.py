"""The test49 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "officechairsplus": ("""Returns Policy

Returns:

Office Chairs PLUS aims to bring you dependable, world-class home goods and electronics that meet high international quality and safety standards and arrive on time. If your purchase does not satisfy you, just send it back within 30 days from the date of delivery. Remember that every return has to be unused, unwashed and undamaged, with all of its packaging, labels and tags still intact and attached to the item. Promotional items, flash sales, clearance items and anything marked "final sale" cannot be returned, exchanged or partly refunded. Those sales are final.

Product Returns:

If your purchase leaves you unsatisfied for any reason, you may start a return or exchange up to 30 days from the date of delivery. Every eligible return must be unused and undamaged, with labels and tags intact, and sent back in its original packaging; if not, it may not qualify for a return.

To start a return for an exchange or a refund, email us at support@officechairsplus.example, state your reason for returning it, and attach images/video of the product. When your request has been approved, we may ask you for the tracking numbers of your item(s).

The shipping costs of returning any item to Office Chairs PLUS are yours to pay. If you are unable to ship the item out yourself, we will process a return shipping label for you. When the returned item reaches us, we process your whole refund, apart from the return shipping costs, to your original method of payment. Every refund is processed within 3 business days.

If something is not covered in this Return Policy, our contact us page has more customer service help.

Order Cancellations

Cancelling an Order before Shipment:

To cancel your order and get a full refund, you must cancel it within 24 hours.

Email us at support@Office""",
                         ("attach images/video of the product", "unable to ship the item out")),

    "thesofaworld": ("""Refund, Exchange, and Returns Policy

At The Sofa World we want every purchase to leave you fully satisfied. Still, we know that sometimes a product has to be returned or exchanged, and we want to make that as smooth as we can. Please read our Refund, Exchange, and Return Policy:

Refunds:

  1. In-Store Purchases: For a purchase made in one of our offline stores, we give refunds within 15 days of the purchase date, as long as the product comes back in its original condition, unused, with the original sales receipt.
  2. Online Purchases: Purchases made on our website are refunded under our online refund policy. See our website for more about online purchases.

Exchanges:

  1. In-Store Exchanges: We gladly exchange products for ones of equal or lesser value within 30 days of the purchase date, as long as the product is in its original condition, unused, and comes with the original sales receipt.
  2. Online Exchanges: Exchanges of online purchases follow our online exchange policy. See our website for how to start an exchange of an online order.

Returns:

  1. In-Store Returns: To return a product purchased from one of our offline stores, you may do so within 30 days of the purchase date, as long as it is in its original condition, unused, and comes with the original sales receipt.
  2. Online Returns: For online purchases, you can start a return through our website within 7 days of the delivery date, under our online return policy. See our website for full instructions on starting a return of an online order.

Exceptions and Conditions:

  1. Custom Orders: Custom orders, personalized and made-to-order items included, cannot be returned, exchanged or refunded unle""",
                     ("refunds within 15 days of the purchase date", "equal or lesser value within 30 days",
                      "return a product purchased from one of our offline stores", "within 7 days of the delivery date")),

    "usbloominggardens": ("""At Outdoor Living Shop we are proud of the premium outdoor living products we offer for elegant, comfortable gardens. We make our garden furniture, accessories and outdoor solutions with care, but we know a return or exchange is sometimes needed.
Our Return Policy
Returns and exchanges are welcome within 15 days of receiving your order. To be returned, your item must be:
- In its original condition
- Unused and undamaged
- In the original packaging, with all tags attached
- Accompanied by proof of purchase
Items We Cannot Take Back
For health and safety reasons, these items cannot be returned:
- Boot Scrapers & Door Mats (for hygiene reasons)
- Personalized or Custom-Made Ornamental Pieces
- Items marked "Final Sale"
How to Start a Return or Exchange
Follow these simple steps to return or exchange your Outdoor Living Shop products:
Step 1: Contact Our Customer Service
Within 15 days of receiving your order, email us at returns@usbloominggardens.example with:
- Your order number
- The product name(s) you want to return/exchange
- Why you are returning/exchanging it
- Whether you would like a refund or an exchange
Step 2: Receive Return Authorization
Within 1-2 business days our customer service team will reply with:
- A return authorization number
- Instructions for shipping the return
- The return address (4752 Eagles Nest Drive, Sacramento, US 95814)
Step 3: Pack and Ship Your Return
Pack your item(s) carefully back into the original packaging, with:
- All original tags and accessories
- A copy of your order confirmation or packing slip
- The return authorization number clearly visible on the package
Note: Customers pay the return shipping costs unless the return is due to our error or a defective product.
Step 4: Processing Your Return
When your return package reaches us, we will:
- Inspect the returned item(s)
- Process your refund or exchange within 3-5 business days
- Send""",
                          ("authorization number clearly visible on the package",)),

    "lightsandlamps": ("""U.S Returns procedure
Our prices do not leave room for free returns. If you are returning an item because you changed your mind, it is up to you to send the goods back to us. We suggest a secure/tracked service so that every returned item reaches us, within 28 days of receiving the product, in a resalable condition.
When your returned order arrives we inspect all of the goods, and any refund is processed within 28 days. Items have to come back fully resalable, meaning unused and in the original packaging. Items that are used, or returned after the 28 day window, will not be refunded unless a member of our customer service team has approved the return.
lights&lamps may refuse a refund on any item it judges used or not resalable.
How to return an item
Step 1: Before sending anything back, contact our customer service team at emailus@lightsandlamps.example.
Step 2: Tell us your order number, the item you wish to return and why you are returning it. Our customer service team will then send you a returns form and tell you the nearest return warehouse, which depends on your state.
PLEASE NOTE: faulty or damaged goods returns must be approved by a member of our customer service team before the item(s) are sent back. If the item is in stock, a replacement will be offered.
Missing items
If an item is ever missing from your delivery, get in touch at emailus@lightsandlamps.example and our team will help. To let us help you as fast as possible, please give us your full name and order number.
Faults & damage
Please check all goods on delivery: any fault or damage has to be reported to us within 7 days of receiving your item and before any item is installed or fitted. Email our customer service team at emailus@lightsandlamps.example as soon as po""",
                       ("faulty or damaged goods returns must be approved", "a replacement will be offered",
                        "before any item is installed or fitted")),

    "yasrug": ("""REFUND AND RETURNS

  • Our return policy runs for 30 days after the date of delivery. Once 30 days have passed since your purchase, we are sorry, but we cannot give you a refund or an exchange. To qualify for a return, your item must be unused and in the same condition you received it in. It must also be in the original packaging.
  • To return an item, please contact us. The shipping costs of returning your item are yours to pay. Shipping costs are not refunded.
  • How long your exchanged product takes to arrive depends on where you live.
  • If the item you are sending back is worth more than $75, think about a trackable shipping service or shipping insurance. We cannot guarantee that your returned item will reach us.
  • We replace items only when they are defective or damaged. If you need to exchange it for the same item, contact us.
  • Only regular-priced items can be refunded in full. We are sorry, but sale items cannot be fully refunded; you can only get back the amount you originally paid.
  • When your return has been received and inspected within the 30 days, we will email you to say that your returned rug and/or rug pad has arrived. We will also let you know whether your refund is approved or rejected. If it is approved, your refund is processed and the credit goes automatically to your credit card or original method of payment within a certain number of days.
  • Every refund, apart from purchases paid by bank card or credit card, is issued by check from our Corporate Office and mailed to your home. Please allow ten (10) business days once your check has cleared.
  • Deposits on accounts with no activity for more than 30 days can be used as in-store credit only.
  • To reschedule your delivery or change your order, contact us 24 hours before your scheduled delivery date, or a $75 restocking fee will apply.""",
               ("sale items cannot be fully refunded", "issued by check", "in-store credit only",
                "a $75 restocking fee will apply")),

    "quorvexxthor": ("""Return Policy

Last updated:

Return Timeframe

Because our blinds and curtains are made to order, returns and exchanges are looked at case by case. To start a return or exchange, please contact us:

  • Standard products: within 30 days of the delivery date
  • custom products: returns may be subject to different timeframes, depending on the terms of the order
  • Defective products: contact us immediately upon discovery of any defects or damage

Every return request has to be sent within the timeframe that applies and approved by our customer service team before any product is sent back.

Return Conditions

To be returned or exchanged, products must meet these conditions:

  • Products must be in original condition, unused and uninstalled
  • Products must be in original packaging where possible
  • All original tags, labels and documentation must be included
  • Products must show no damage, wear or modification
  • custom products may have different return conditions, depending on how they were made
  • Products must come back with all their original accessories and components

We may refuse returns that do not meet these conditions. Products that have been installed, modified or damaged may not be accepted for return.

Return Shipping Costs

Return shipping is paid as follows:

  • Defective or Damaged Products: we pay all return shipping costs for products that are defective or damaged on delivery
  • Order Errors (Our Mistake): if we made a mistake with your order, we pay all return shipping costs
  • Returns Started by Customers: for returns started by customers for reasons other than defects or order errors, the customer pays the return shipping costs
  • Exchanges: shipping costs for exchanged products may vary with the circumstances

We suggest a trackable shipping method for every return so it arrives safely. We""",
                     ("custom products: returns may be subject to different timeframes",
                      "contact us immediately upon discovery of any defects",
                      "custom products may have different return conditions",
                      "shipping costs for exchanged products may vary")),

    "themirrormirrorshop": ("""Return/Refund Policy

Returns
Our policy runs for 30 days. Once 30 days have passed since your purchase, we are sorry, but we cannot give you a refund or an exchange.

*To qualify for a return, your item must be unused and in the same condition you received it in. It must also be in the original packaging. Used items cannot be returned.

Refunds (if applicable)
When your return has been received and inspected, we will email you to say that your returned item has arrived. We will also let you know whether your refund is approved or rejected.
If it is approved, your refund is processed and the credit goes automatically to your credit card or original method of payment within a certain number of days.

Late or missing refunds (if applicable)
No refund yet? First check your bank account again.
Then get in touch with your credit card company or bank; there is often some processing time before a refund is posted. If you have done all of that and your refund has still not arrived, contact us at info@mirrormirror.example.

Sale items (if applicable)
Only regular priced items can be refunded; we are sorry, but sale items cannot be refunded.

Exchanges (if applicable)
We replace items only when they are defective or damaged. If you need to exchange it for the same item, email us at info@mirrormirror.example and send your item to: MirrorMirror by Shaun, 12645 Memorial Dr., #310, Houston TX 77024, United States.

Gifts
If the item was marked as a gift when it was bought and shipped straight to you, you will receive a gift credit for the value of your return. A gift certificate will be mailed to you once the returned item arrives.

If the item was not marked as a gift when it was bought, or the giver had the order sent to themselves to give to you later, we send the refund to the gift giver, who will learn about your return.

Shipping
To return your product, mail your p""",
                            ("you will receive a gift credit for the value of your return",
                             "we send the refund to the gift giver")),

    "uswallpaperdecor": ("""RETURN & REFUND POLICY
uswallpaperdecor.com

1. Eligibility Window
Within 30 days of delivery you may ask to return:
✓ Wallpaper rolls that are unopened
✓ Defective materials
✓ Wrong shipments (our error)

2. Items That Cannot Be Returned
× Custom printed designs
× Sample swatches
× Clearance items (marked "Final Sale")
× Installation tools

3. How to Return

  1. Log in to your account
  2. Choose "Request Return"
  3. Print the prepaid label (US only)
  4. Repack it securely with the original protective caps

4. Refund Timeline

  • Processing: 3-5 business days after the warehouse receives it
  • Credit card refunds: 5-10 business days (depends on the bank)
  • Store credit: issued immediately (with a 5% bonus credit)

5. Condition Requirements
Accepted returns must:
• Have their original packaging intact
• Show no signs of installation attempts
• Include all batch number stickers

6. Special Circumstances
Defective Products:

  • Send photos within 7 days
  • A free replacement is shipped immediately
  • no return needed for minor defects (<2% of the order)

7. International Returns

  • The customer pays return shipping
  • A commercial invoice must be included
  • Mark the parcel "RETURN MERCHANDISE" to avoid customs fees

8. Restocking Fees

  • Standard returns: 15% fee
  • wholesale orders: 25% fee
  • waived for subscription members

9. Wrong Item Received
We will:

  1. Send the right product by expedited shipping
  2. Refund the return shipping costs
  3. Give you a $20 credit for the inconvenience

10. Holiday Exceptions
For orders placed Nov 15-Dec 25:

  • the return window is extended until Jan 31
  • free return shipping upgrades

11. How Refunds Are Worked Out
Original shipping costs are not refunded unless the return is due to our error, and discounts are applied proportionally.

12. Contact
Start every return request through your account dashboard for the fastest processing.""",
                         ("prepaid label (us only)", "5% bonus credit", "no signs of installation",
                          "batch number stickers", "no return needed for minor defects", "customer pays return shipping",
                          "commercial invoice", "wholesale orders: 25% fee", "waived for subscription members",
                          "$20 credit for the inconvenience", "return window is extended until jan 31",
                          "free return shipping upgrades", "discounts are applied proportionally")),

    "paintingframesplus": ("""1-855-641-6957  (Toll Free!)

Return Policy

No refund is processed unless you first contact Painting Frames Plus to get a "Return Authorization Number" (RAN) and the return "Ship To" address, for any of these reasons:

NOT SATISFIED WITH THE PRODUCT

  • Tell Painting Frames Plus within 14 days of receiving the merchandise you ordered.
  • Because it is a specialty item, every such return carries a 25% restocking fee.
  • The customer pays return shipping and every shipping fee that goes with it.
  • Merchandise has to come back unused and repacked in its original packaging, inner packing included.
  • Once the merchandise has arrived and been inspected, a refund is issued, less the 25% restocking fee. A refund is issued only if the merchandise arrives in new condition, unused and fit for restocking.
  • "Custom" cut frames cannot be returned or refunded.

MANUFACTURING DEFECTS

  • Tell Painting Frames Plus within 48 hours of receiving the merchandise you ordered.
  • Merchandise has to come back unused and repacked in its original packaging, inner packing included.
  • Painting Frames Plus will issue a "call tag" with the shipping carrier and confirm with the customer when the carrier will pick it up.
  • Once the defective merchandise has come back and the defect is confirmed, the customer may choose a full refund of the payment, an identical replacement item, or a different replacement item of equal value.

ORDER ERROR

  • Tell Painting Frames Plus within 48 hours of receiving the merchandise you ordered.
  • Merchandise has to come back unused and repacked in its original packaging, inner packing included.
  • Painting Frames Plus will issue a "call tag" with the shipping carrier and confirm with the customer when the shipping carrier """,
                           ("defect is confirmed",)),

    "scents4dasol": ("""Return and Exchange Request Policy
Thank you for choosing our candles! We want you to be satisfied and hope you love what you bought. If you are not fully satisfied, please read our return and exchange policy below.
Eligibility Window
Products must be returned or exchanged within 15 days of the original purchase date.
Condition of Returned Items
Products must come back in the same condition they arrived in: the candles must be unused, unlit and in their original packaging.
Damaged or Defective Products
If a product reaches you damaged or defective, please contact us straight away. We will refund 100% of the purchase price and pay the return shipping costs for those items.
Exchange Options
If you would rather exchange than get a refund, we will gladly exchange it for another candle of the same value.
Items That Cannot Be Returned
Some items cannot be returned or exchanged: sale items, custom orders and special editions, unless they are defective or damaged.
Return Process
To start a return or exchange, fill in the RETURN AND EXCHANGE REQUEST FORM with your order number and details of the product you want to return.
Refunds
When your return has been received and inspected, we will email you to say that your returned item has arrived. We will also let you know whether your refund is approved or rejected. If it is approved, your refund is processed and the credit goes automatically to your original method of payment.
Shipping Costs for Returns
For returns that are not due to damage or a defect, the shipping costs of returning your item are yours to pay. Shipping costs are not refunded. If you get a refund, the cost of return shipping will be taken off your refund.
Please bear in mind that shipping times for exchanged products can vary.
Thank you for understanding our return and exchange policy.""",
                     ("cost of return shipping will be taken off your refund",)),

    "floravas": ("""Return & Exchange Policy

This Return & Exchange Policy sets out the terms and steps for returning or exchanging vases bought from the website, so that the process is clear and fair for every customer. We aim to offer high-quality products, but we know that sometimes an item has to be returned or exchanged, and we want that to go as smoothly as possible.
Returns and exchanges are accepted for most items within 30 days of delivery. To qualify, the vase must be unused, undamaged and in its original condition, with all of its original packaging and accessories intact. Handcrafted vases can vary slightly; minor variations in shape, texture or glaze do not count as defects and are not a reason to return them.

Custom or personalized vases cannot be returned or exchanged unless they arrive damaged, defective or clearly different from the agreed design. Final sale items, where there are any, are also outside this policy and cannot be returned or exchanged in any case, unless the law requires it.

For damaged, defective or wrong items (the wrong design or size, say), report the problem within 48 hours of delivery. You must send clear photos of the item, its packaging and the shipping label as proof. Once we have checked them, we will arrange a free replacement, a full refund or an exchange, as you choose. We pay all return shipping costs for items that are our responsibility.

For items that are not defective and meet the conditions, the customer pays all return shipping costs. We suggest a trackable shipping method and good packaging to protect the vase on the way, since we are not liable for damage or loss while the item is coming back. Shipping fees paid with the order are not refunded unless the return is due to our error.

To start a return or exchange, follow the set process to get a return authorization (RA) number b""",
                 ("minor variations in shape, texture or glaze do not count as defects", "not liable for damage or loss while the item is coming back")),

    "ciicwkk": ("""We want you to be happy with our bookcases and shelves. If you need to return an item, please follow the policy below:
Return time limit: 30 days from the date you received the item.
Condition of the product: returned items must be in original condition, unused, unassembled, and with all their original packaging and accessories. Items that are unsealed, used or damaged cannot be returned.
Return request: please send a return request by email, with your order number and the reason for the return. Once we have your request, we will send you specific return instructions.
Refund policy
Refund processing time: we process a refund within 5 business days after we receive and inspect the returned item. The money goes back to your original payment method.
Shipping: the customer pays the return shipping costs unless the item is defective or the wrong item was sent.
Refund amount: the refund is the item price minus the return shipping cost (where there is one). If the item is defective or the wrong item was sent, we refund the full amount, shipping costs included.
Bad or Defective Items
If your item was damaged in shipping or has a manufacturing defect, please contact us within 24 hours of receiving the item. We will arrange a free replacement or a full refund.
Items That Cannot Be Returned
These items cannot be returned:
Customized products or special order items.
assembled or used items, unless there is a quality problem.
Cancelling an Order
You can cancel your order by contacting customer service before it ships. If it has already shipped, you can return it under our return policy.
Contact Us
If you have any questions or need more help, please contact our customer service team by email. We will answer as soon as we can.""",
                ("unassembled", "minus the return shipping cost", "assembled or used items, unless there is a quality problem")),
}
