"""The test43 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "stitchedweightedblankets": ("""Return Policy

Returns:
We love our product and believe in it, so we expect you will too. If you don't, we will gladly take it back and give you a full refund.

Refunds:
When your return reaches us, we will email you to say that the returned item has arrived.
Your refund is then processed, and the credit goes automatically to your credit card or original method of payment within a certain number of days.

Late or missing refunds (if applicable):
No refund yet? First check your bank account again.
Then get in touch with your credit card company; a refund can take a while to be posted officially.
Next, get in touch with your bank. There is often some processing time before a refund is posted.
If you have done all of that and the refund has still not arrived, write to us at hello@stitchedweightedblankets.example.

Shipping:
To return your product, post it to: Stitched Weighted Blankets, PO Box 100, Spanish Fork UT 84660, United States

The shipping costs of returning your item are yours to pay. Shipping costs are not refunded. If you get a refund, the cost of return shipping will be deducted from your refund.

How long your exchanged product takes to reach you depends on where you live.

If the item you are sending back is worth more than $75, think about using a trackable shipping service or buying shipping insurance. We cannot guarantee that your returned item will reach us.""",
                                 ("cost of return shipping will be deducted from your refund",)),

    "theshowerheadstore": ("""The Shower Head Store logo
The Shower Head Store logo

All articles

Return Policy (updated 9 days ago)

We understand that not every product will suit you. Whether the finish did not match or the shower head did not fit your setup, we have you covered.

That is why we have a 30-Day Return Policy. Just follow the steps below and we will look after you.

WHAT CAN BE RETURNED?


Every returned product has to meet these criteria:

  • The product was delivered within the last 30 days.
  • The returned item comes with all its components, instructions and packaging. (Note: a return that is missing parts or the original packaging is only eligible for a 50% refund.)

HOW TO RETURN

  1. Email returns@theshowerheadstore.example with your order number, what you want to return and the reason you are returning it. Please do not send the product(s) back before contacting us, or you will not be eligible for a refund.
  2. Pack it in the shipping box, with the product and all of its components in the manufacturer's original packaging.
  3. Send the package back to The Shower Head Store Returns Department by USPS, UPS or FedEx. You are responsible for the condition that we receive the return in, so please pack the products in a secure shipping box so that nothing is damaged on the way.

CHARGES AND CREDITS

Shipping charges - Customers pay the return shipping costs back to The Shower Head Store, unless the item was defective or damaged when it arrived. We refund 100% of what you paid us, apart from the original shipping costs.

Restocking fees - The Shower Head Store charges no restocking fees.

Missing parts or original packaging - A return that arrives missing parts and not in its original packaging is only eligible for a 50% refund.

Refunds - Made to the credit card or PayPal account used for the purchase. Once the product(s) have come back and been inspected, the a""",
                           ("only eligible for a 50% refund", "responsible for the condition that we receive the return in")),

    "prowaterdirect": ("""REFUSED DELIVERIES / RETURNED ORDERS

UPS or FedEx refused deliveries or returned orders are charged a 20% restock fee, plus the original and the return shipping costs. Common Carrier refused deliveries or returned orders are charged a 20% restock fee, plus the freight charges both ways. Every returned order has to be sent back in its original condition within 30 days of the original purchase date. For orders sent under our "free shipping" offer, the original shipping costs are not refunded. Discount Water Softeners, Inc. does not take back items that have been installed or used, or whose packaging has been opened.

ORDER CANCELLATION

An order cancelled before it ships is charged a 6% cancellation fee. Once an order has shipped, it can no longer be cancelled: it can only be returned for a refund, less the shipping and restocking fees.

RETURNED MERCHANDISE

ProWater Direct must be contacted before any item found to be defective in materials or workmanship by the manufacturer, within the manufacturer's warranty period, is returned. Performance issues are not warranty issues. If your item is not working as it should, contact our customer support and someone will help you with it. Any damage claim has to be made within 15 days of the delivery date. Most warranty or damage claim approvals take 4 to 6 weeks to process. Refunds of the original sale price, less the original shipping fees, are given only if the returned items arrive in reasonable condition for resale. Items that are not a warranty or damage claim must reach us within 30 days of the original purchase date. Please email us at info@prowaterdirect.example before returning any merchandise.""",
                       ("ups or fedex refused deliveries", "common carrier refused deliveries",
                        "performance issues are not warranty issues", "4 to 6 weeks to process")),

    "homesafesusa": ("""Cancellations and Refunds
At Home Safes USA we aim for the best return policies in the industry. You can cancel your order at any time before it ships, entirely free of charge (with some exceptions, such as custom orders; see "Cancellation of Custom Orders" below).
For any question, or to cancel your order before it ships, please email orders@homesafesusa.example with your order details (name and order number) or phone us during business hours on (609) 000-0000.
Order Cancellation (Before the Order Ships)
To cancel your order before it ships, contact us as soon as you can, so that we can give you a full refund before the order leaves the warehouse. You can email us at orders@homesafesusa.example with your order details (name and order number), phone us during business hours on (609) 000-0000, or talk to our customer service team in the chat at the bottom right.
Cancellation of Custom Orders
Custom or Made-To-Order products cannot be cancelled or refunded, because they are made specifically for your custom order. Sun Welding Safe Company is one of the brands whose products are custom orders.
These products are built to your exact specifications once you place your order: the manufacturer starts building your custom product as soon as the order comes in. Your warranty guarantees that the product you receive works fully. If you are not sure whether your order is a Custom or Made-To-Order product, contact us at orders@homesafesusa.example or phone us during business hours on (609) 000-0000.
All sales of Custom and Made-To-Order products are final.
Refunds and Returns
If you need to return or exchange your order, you can. As the customer, you pay any shipping costs, cancellation fees, or restocking fees that arise during the return and exchange process.
Not all orders are available for return after they have shipped. Because we order our products straight from the manufactu""",
                     ("cancellation fees, or restocking fees", "not all orders are available for return")),

    "clergyapparel": ("""Return Policy

Refund and Returns Policy

Overview

Our refund and returns policy runs for 30 days. Once 30 days have passed since your purchase, we cannot give you a full refund or an exchange.

An item can be returned only if it is unused and in the condition in which you received it. It must also be in its original packaging.

Some kinds of goods cannot be returned.

Items we do not take back:

  • Custom made apparel

We need a receipt or proof of purchase to complete your return.

Refunds

When your return has arrived and been inspected, we will email you to say that the returned item has reached us. We will also tell you whether your refund is approved or rejected.

If it is approved, your refund is processed and the credit goes automatically to your credit card or original method of payment within 10 business days.

Late or missing refunds

No refund yet? First check your bank account or credit card again. It often takes some processing time before a refund is posted.

If you have done all of that and the refund has still not arrived, write to us at returns@clergy-apparel.example.

Sale items

Only items bought at the regular price can be refunded. Sale items cannot be refunded.

Exchanges

Clergy apparel is returned back to the manufacturer. Be sure to include the return form, filled in completely, with the packing slip that came inside the shipping box. The back of the slip gives the return and exchange instructions and the return address. All exchanges must be post marked within 30 days.

Shipping returns

To return your product, post it to the address on the form that came inside the shipping box. Please send it back in the same manner as it was received. The customer must make sure the merchandise is free of odors, stains and the like. Our returns department inspects all apparel to decide whether it meets our return requirements.

You will be responsib""",
                      ("returned back to the manufacturer", "include the return form", "post marked within 30 days",
                       "same manner as it was received")),

    "beaucoup": ("""What is your return policy?

Updated 1/29/24

We want your shopping with us to go well, so if you are not completely satisfied with what you bought, we have made returns QUICK and EASY. You can return (most) products for a full refund of the merchandise (restrictions below).

  • Every return needs an RMA (Return Materials Authorization) number.
  • Returns have to be processed within 30 days after delivery.
  • The original shipping on the order is not refunded.
  • Please send products back in their original form and packaging.
  • We issue a credit within 7-12 days of receiving the returned package.
  • We may reject any return that does not meet these conditions.
  • Click here to start your return.

Some products cannot be returned. They are:

  • personalized products
  • edible or perishable products
  • special order items such as cake toppers, ribbon and plants

Our online return policy does not cover orders returned from outside of the United States or from APO/FPO addresses. Customers outside the US, please contact customer service for an RMA (Return Materials Authorization) number within 30 days after delivery.


For orders placed from 1/30/2024:

Eligible returned or refused items carry a 10% restocking fee, and the buyer pays the return shipping. This does not apply to items sent in error, defective or damaged items, or items delivered later than a customer's stated event date when a suitable shipping method was chosen.""",
                 ("outside of the united states", "later than a customer's stated event date")),

    "thetarotauthority": ("""Terms & Conditions
Customer Care
Returns, Refunds, Conditions and Policies
Our Values:
At Tarot Authority our customers matter greatly to us and we are committed to their satisfaction. Because our vintage decks are one of a kind, though, every sale is final, and we offer no returns or refunds.
Shipping Fees:
-
Orders of $99 or less carry a flat shipping fee of $8.
Conditions:
-
All Sales Final:
-
Please note that a purchase is final once it has been made. We take no returns and give no refunds in any circumstances.
-
Shipping Liability:
-
Lost or Stolen Packages:
-
Tarot Authority is not liable for any package lost or stolen after it has been shipped. Customers should contact the mail carrier directly in such cases.
-
-
Package Investigations:
-
If a package is stolen or damaged in transit, Tarot Authority will help customers start an investigation. However, we cannot assume responsibility for any resulting damage, theft or loss.
-
-
Refused Packages:
-
If a buyer refuses to sign for a package on delivery, Tarot Authority is not liable for its later loss or theft.
-
Legal Matters:
-
Litigation Terms:
-
Any legal action against Tarot Authority or its owners is governed by the policies set out in this document and on the Terms and Conditions page.
-
Contact Us:
If you have questions or concerns about our returns, refunds, conditions and policies, please phone us on 734 000 0000.
Payment Methods
- Credit / Debit Cards
- PAYPAL
- Offline Payments
Privacy & Safety
We value our clients' privacy and safety and keep all information private.""",
                          ("cannot assume responsibility for any resulting damage",)),

    "incensesticks": ("""Return & Refund Policy
Our return policy runs for 30 days: you have 30 days after your item arrives to ask for a return.
An item can be returned only in the condition in which you received it, not worn or used, with its tags, and in its original packaging. You will also need the receipt or proof of purchase.
To start a return, please click here. If we accept your return, we will send you instructions on what to do next. We do not accept items sent back without a return or replacement request first.
Please note: for items that are undamaged and working properly (for example, when you simply did not like the product after trying it), the customer pays for the return shipping label.
Would you rather not pay for return labels later?
At checkout we offer a Checkout+ option. Customers who choose Checkout+ enjoy free return shipping: for any return request they get a prepaid label through our portal. Customers who do not choose Checkout+ pay for the return shipping label.
For any question about a return or a replacement, you can always write to sales@incensesticks.example or support@incensesticks.example
PACKAGE PROTECTION
We do our best to get your items to you safely, but things sometimes go wrong. If you used our Checkout+ feature, your package is protected: if it is lost, stolen or damaged in transit, we will replace it free of charge. To start a shipping claim, please click here.
Damages and issues
Please check your order when it arrives and contact us straight away if the item is defective or damaged, or if you got the wrong item, so that we can look into it and put it right.
Exceptions / non-returnable items
-
We do not take back electric diffusers unless they arrived damaged or do not work properly.
-
We cannot take back opened incense packs or u""",
                      ("enjoy free return shipping", "replace it free of charge")),

    "theclockshed": ("""Returns Policy
Returns and Refunds
9.1 Return Policy We want you to be fully satisfied with what you buy. If you are not, you may send the item back to us within 30 days of receiving your order. To qualify for a return, your item must be:
Unused and in the condition in which you received it.
In its original packaging, with all tags and labels attached.
Sent with a receipt or proof of purchase.
9.2 Refund Process When your return has arrived and been inspected, we will email you to say that the returned item has reached us. We will also tell you whether your refund is approved or rejected. If it is approved, your refund is processed and the credit goes automatically to your credit card or original method of payment within 5 business days.
9.3 Shipping Costs The shipping costs of returning your item are yours to pay. Shipping costs are not refunded. If you get a refund, the cost of return shipping will be deducted from your refund.
9.4 Damaged or Defective Items If a product reached you defective or damaged, please contact us straight away at phil@theclockshed.example with the details and a photo of the product. We will arrange a replacement or a full refund, shipping costs included.
""",
                     ("cost of return shipping will be deducted from your refund",)),

    "photobookshop": ("""Terms and Conditions


Terms and Conditions

Please read these terms and conditions carefully: by using our website or buying from it you agree to them.

Ordering

You can order products through our website. Shortly after you place an order, we email you a confirmation and charge your credit card the full amount due. From that point no changes or cancellations are accepted. We email you again once the goods have been dispatched. Please note that once a product has been printed it cannot be returned for a refund. We accept Visa, MasterCard and American Express. All credit card payments go through our merchant gateway partner (Authorize.net).

Special Offers or Discounts

Special offers and discounts cannot be combined: one offer per purchase.

Delivery

We aim to deliver every order within the US in about seven working days. PhotoBookShop LLC is not liable for any loss you suffer because our chosen carrier delivers late. If your parcel is delayed and does not arrive when expected, please contact us as soon as you can and we will look into it.

Returns

Your satisfaction is guaranteed. If you need to make a return because of damage, a defect or the wrong item being sent, please tell us straight away by email at customerservice@photobookshop.example, giving the reason for the return.

PhotoBookShop, 100 Example Dr, Corona, CA 92879

Shipping is not refunded. For your protection, we suggest sending your return by UPS. Return packages must be prepaid; we cannot accept COD. Even exchanges are sent back to you at no additional charge. Please write on the packing slip why you returned our product, so that we can improve our service.

Please send any question or concern about this policy to info@photobookshop.example.

© 2017 PhotoBookShop.org - all rights reserved""",
                      ("once a product has been printed", "we cannot accept cod", "sent back to you at no additional charge")),

    "iwantbubbles": ("""Overview
Once your order has been placed, we give no refunds and make no cancellations or changes.
If something is wrong with your order, please get in touch with us straight away and we will put it right. If, say, your bath bombs did not survive shipping and arrived cracked and broken, we will send replacements, at our discretion, to put it right.
An order that has been placed is treated as valid and will be fulfilled. No changes are allowed once your order is placed.
Coupons
If you placed an order before applying a coupon, try using that coupon on another order to save on something else; we cannot apply a coupon to an order that has already been placed. An order that has been placed is treated as valid and will be fulfilled.
Refunds
We give no refunds.
Exchanges
We replace items only if they are defective or damaged. If you need to swap it for the same item, please get in touch with us.
Shipping returns
To have your product replaced, you must contact us first.
The shipping costs of returning your item are yours to pay. Shipping costs are not refunded. If you get a refund, the cost of return shipping will be deducted from your refund.
How long your exchanged product takes to reach you depends on where you live.
If you are sending back more expensive items, you may want a trackable shipping service or shipping insurance, because without tracking we cannot guarantee your returned item will reach us.
Need help?
Get in touch with us for questions about refunds and returns.""",
                     ("cost of return shipping will be deducted from your refund",)),

    "doormats4you": ("""What is the returns policy?
We are sorry, but we do not take returns of, or give refunds for, any doormat that has been personalised to your own requirements. That covers items cut or made to a particular size and items with personalisation. For customised products we accept returns only when there is a manufacturing defect or a size fault.
We accept returns of standard sized mats. Please bear in mind that returns are accepted for up to 14 days from the date you receive the item(s): contact us within 14 days of receipt to tell us you intend to return them. Every return must then reach us within a further 14 days of our receiving your message. The customer pays the shipping cost unless the product is faulty.
To start a return, please email us to say you intend to return the item. Remember also to enclose a note containing your contact details with the returned item. When the return arrives, we inspect the item thoroughly and then refund the cost of the item accordingly.""",
                     ("enclose a note containing your contact details",)),
}
