"""The test75 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "gloriash": ("""Return & Exchange Policy
1. Who Can Return What
You can return or exchange a product within 30 days after it is delivered (as the U.S. Consumer Rights Act provides), as long as it meets the quality and hygiene standards below, written for office furniture:
Items We Accept
• Unused, unassembled, with the original packaging intact: office chairs (no marks from assembly, the original box still sealed), office desks (flat-pack never opened, hardware kit complete), hallstands (not put together, every part included), footstools (unused, tags still on, original wrapping intact).
• Defective items: products with a manufacturing defect (desk legs that work loose, a chair's lumbar support that breaks, cracked hallstand shelves, a footstool cushion that goes flat) or damaged in shipping (a scratched desktop, a bent chair frame, dented hallstand panels).
• Incorrect items: products that are not what you ordered (a desk in the wrong size, a chair in another color, a hallstand with fewer shelves than you ordered, a footstool of the wrong height).
• Safety-related items: products that fall short of U.S. safety standards (an unstable chair base, toxic paint on wooden furniture, a hallstand that can't carry its load) — for these we give a full refund plus free return shipping.
Items We Don't Accept
• Used or assembled items: office furniture that has been assembled, used or modified (a desk showing assembly marks, a chair with visible wear, a hallstand that has been installed) — large furniture like this can't be resold.
• Custom-made items: personalized desks, hallstands or footstools (engraved logos, custom sizes, special color finishes) can't be returned unless they have a manufacturing defect — we will confirm this with you before we start a custom order.
• Items damaged by misuse: products damaged by improper assembly, use or upkeep (a desk whose surface cracked under a heavy blow, a chair whose wheels broke from rough handling, a hallstand with loose she""",
                 ("unassembled",)),

    "printdigink": ("""At PrintDigInk, keeping you happy comes first. If your purchase doesn't satisfy you completely, we're ready to help. This Return and Refund Policy sets out the terms on which we accept returns, exchanges and refunds.
1. Who Can Return
We take returns on these conditions:
The item comes back within 14 days of delivery.
It has not been used or opened, and it is still in its original packaging.
You provide proof of purchase (a receipt or the order confirmation email).
The item is not one of the non-returnable products (see section 5).
2. How to Start a Return
To ask for a return, write to us at:
Email: info@printdigink.com Include your order number, why you are returning the item, and any photos (if the product was defective or damaged).
When we approve your request, we'll send you the return instructions and the address to ship it to.
3. Refunds
When your return has reached us and been inspected, we'll let you know whether your refund is approved or rejected.
Approved refunds go back to your original payment method within 5–7 business days.
We refund shipping charges only when a shipping error or a defective item is the reason for the return.
If your refund seems late, check with your bank or card provider first, since processing times differ.
4. Exchanges
Replacements are given only for items that are defective, damaged or incorrect. If you need to exchange an item, write to info@printdigink.com with your order details and the problem.
5. Items That Can't Be Returned
These items are not returnable:
Ink cartridges or toner that have been opened or used
Printer paper or photo paper that has been opened
Software you download, and other digital goods
Clearance or final sale items
Custom or personalized products
6. Return Shipping
When the return comes from our error (a wrong or defective item), we pay the return shipping.
For every other return, the customer pays the return shipping.
We suggest a trackable shipping service, or buyin""",
                    ()),

    "fyeahprinting": ("""Return Policy
Returns / Exchanges
How do returns work?
We look at requests for a replacement or return for these problems: a faulty product (a hole in it, for example), a print error by the Printer affecting quality, or an incorrect image when the fault is ours. To get a replacement, you must send a photograph so that we can check the problem.
We are not responsible for items that come direct from the manufacturer, including forwarded items, if they are still unopened and untouched.
We are not responsible for user error, for customers not knowing how to properly use a product, or for wrong sizing.
We are not responsible for wrong addresses given to us that cause packages to be lost or misdirected. If a package comes back to us for any reason and has to be sent again, there is a $5 reshipment fee PLUS the shipping cost. Size exchanges, and returns or exchanges in general, are not the Printer's responsibility: sellers have to submit and pay for such an order again. The Printer is not responsible for delays by third-party carriers or for lost packages. We give tracking when we have it, but tracking down a lost or late package, or contacting the local postal service, is up to the seller.
Claims for misprinted, damaged or defective items have to reach us within 5 days after the product is received. For packages lost in transit, every claim has to reach us no more than 10 days after the estimated delivery date.
Order Changes/Cancellation
Orders can be changed while their status is NEW. Once orders have moved to PROCESSING, they can not be edited or canceled without written request. Since all blank products are ordered custom each day, canceling an order that is processing may still result in fees for the blanks or for the full printed products. Canceled orders that have not shipped, printed or not, can not be stored or saved for future orders.""",
                      ("direct from the manufacturer", "not knowing how to properly use", "$5 reshipment fee",
                       "lost in transit", "can not be edited or canceled without written request",
                       "may still result in fees", "can not be stored or saved")),

    "xomtyraxthik": ("""Return Timeframe
If your order doesn't satisfy you, you can ask for a return within 14 days of receiving your business cards. To be considered, a return request has to be started by contacting us inside this period.
Every return request is reviewed on its own so that the outcome is fair. The 14 days count from the day the shipped items reach you, not from the day you ordered. Please keep the original packaging and your receipt for the return.
Return Conditions
A return qualifies only if the items are still in their original condition and their original packaging. Business cards must be unused, with no damage, marks or alterations. Custom-printed items personalized with your own details generally can't be returned, unless we made a production error.
If your order has a printing error, incorrect specifications, or damage that happened in production or in shipping, we accept the return regardless of the timeframe. Contact us right away if you find any problem with your order.
Items that have been used, damaged after they arrived, or that don't match the original specifications you approved can't be returned, unless the problem came from our error.
Return Shipping Costs
When the return is due to our error, such as printing mistakes, incorrect specifications or defective products, we pay all the return shipping costs: we'll send you a prepaid return label or pay back what the shipping cost you.
For returns made for other reasons inside the eligible period, the customer pays the return shipping. We suggest a trackable shipping method so that your return reaches us safely.
We refund the original shipping only when the return is due to our error. For returns the customer starts, we take the original shipping charge off the refund.
Return Process
To start a return, contact us through the contac""",
                     ("regardless of the timeframe",)),

    "accenttable": ("""Last Updated: October 1, 2025
We stand behind our keyboards and mice and want you fully satisfied with what you buy. This policy explains how returns and refunds work.
1. Who Can Return
You can ask to return most items when these conditions are met:
The item has never been used, is still in its original condition, and comes back with all its original packaging, manuals and accessories.
You send the return request within 30 days of the delivery date.
The product is defective, arrived damaged, or is incorrect because of our error.
Please note: software, digital downloads and anything marked "final sale" can't come back, for reasons of hygiene and copyright. Software that has been opened, or products without their original packaging, may not be eligible for a full refund.
2. How to Return
To start a return, follow these steps:
Contact Us: give your order number, the product name and a detailed reason for the return. If the item is defective or damaged, photos or a short video help.
Get Instructions: once your request has been reviewed and approved, you'll get a Return Merchandise Authorization (RMA) number and instructions for shipping the return.
Send the Item: pack the item carefully and put the RMA number inside the package. Return shipping costs are yours to pay, unless the return comes from our error (for instance, we shipped an incorrect item).
3. Refunds
When your returned item has arrived and been inspected:
Approved Refunds: the refund goes to your original payment method.
Timing: refunds typically take 3–7 business days to show in your account after processing, depending on your bank or payment provider.
Amount: we refund the full price of the item. Original shipping fees are refunded only when our error caused the return.
4. Exchanges & Store Credit
Exchanges: you can exchange a defective product for the same product. For a different product, we suggest comple""",
                    ("may not be eligible for a full refund", "rma number inside the package")),

    "intehill": ("""Refund & Warranty Policy
-
Returns for Reasons Other Than Quality
You may ask for a return and refund within 30 days of receiving the monitor.-
For returns not related to quality, the customer ships the monitor to the return address we designate.
-
When the returned monitor reaches us:
-
If it is brand new and unopened, you get a full refund.
-
If it has been opened or used, 20% of the order value will be deducted from the refund.
-
If accessories are missing, the corresponding value of the missing items is deducted as well.
-
-
-
Warranty for Quality Problems
Every monitor carries a one-year warranty.-
If a monitor has a quality problem during the warranty, we replace it at no cost to you.
-
We also arrange and pay for the return shipping of the defective monitor.
-
If no replacement is available, you get a full refund.
-
-
Partial Refunds for Small Issues
-
If a monitor has small defects, such as light scratches on its casing or missing accessories, we offer a partial refund based on the extent of the problem.
-
-
Damage in Shipping
-
If the monitor was damaged in shipping, you must give us evidence (such as photos or videos).
-
Once we confirm that the damage happened in transit, we issue a full refund.
-
Any damage from shipping has to be reported to us no later than 7 days after the monitor arrives.
-""",
                 ("brand new and unopened", "20% of the order value will be deducted",
                  "corresponding value of the missing items", "one-year warranty", "partial refund based on the extent")),

    "kupisprinters": ("""Refund policy
We care most about your satisfaction. If your purchase doesn't fully satisfy you, our return and refund process is simple and clear, for your peace of mind. Please read the policy below:
Which Returns We Accept
-
Label Printers:
- We accept returns within 30 days of delivery.
- The item must be in its original condition, with all its original packaging, accessories and documentation.
-
Label Rolls:
- We accept returns within 30 days of delivery, only if they are unused.
- Rolls have to be kept in their original packaging and show no signs of tampering or use.
Refund Conditions
- Every returned item is inspected when it arrives.
- Anything that comes back damaged, used or short of components (unless through our error) will not be eligible for a full refund.
- We keep the right to deduct a restocking fee if a product does not come back in its original condition.
How to Start a Return
We try to keep returns as easy as we can. To return an item, follow these steps:
-
Start Your Return:
- Sign in to your account on our website and go to Your Orders.
- Pick the item to return and choose the option Return or Replace Items.
- Give a reason for the return and send your request.
-
Get a Return Authorization:
- When your request has been processed, you will get a Return Authorization Number and detailed instructions for the return.
-
Prepare the Item:
- Pack the item securely in its original packaging, with all parts and accessories.
- Make sure the package includes the Return Authorization Number so that it is processed faster.
-
Send the Item Back:
- Where it applies, use the return shipping label provided, or ship the item to the address given in the return instructions.
-
Follow Your Return:
- Keep a copy of the return tracking number for your records.
- When the item has been received and inspected, we process your refund.
Return Shipping Costs
- If the return is due to a""",
                      ("only if they are unused", "show no signs of tampering or use",
                       "will not be eligible for a full refund", "deduct a restocking fee",
                       "includes the return authorization number")),

    "packagingcompany": ("""At Packaging Company, we think shopping should always be easy. If something you ordered doesn't work out, we're ready to help. This page sets out every step and the simple rules for making a return, so you always know what to do when a problem comes up.
Some things can come back, and some can't. To send something back, all of this must be true:
If your item meets every one of these, you're all set.
Getting started takes only a few simple steps:
Once the return reaches us, we'll look it over and go ahead with your refund.
When your item gets back to us, we check it to make sure all is in order. After that, your refund comes in about 5 to 7 business days, back to the payment method you used. Please remember that shipping fees are not refunded unless the mistake was ours.
If you need a different size or item, this is how it works: just send the unwanted merchandise back to us and place a new order for what you want instead. That is quicker and helps us keep track of everything.
We do our best to ship everything carefully, but errors happen. If something breaks or stops working, please tell us within five days! When you email us about the problem, please include images to speed things up.
We may charge a restocking fee on some returns to cover the time and cost of inspecting and restocking the item. It is typically 15% of the item's cost; however, there is no fee if the mistake was ours.
Some items can't be returned, whatever happens. These include:
If you aren't sure whether your item can be returned, ask us before you send it back.
When you send something back that is not damaged or incorrect, the return shipping cost is yours. Choose a trusted shipping company and keep your tracking number safe in case we need it.
At the moment, Packaging Company only accepts returns from customers in the United States. If you live somewhere el""",
                         ("only accepts returns from customers",)),

    "vikingboxshop": ("""Box Shop Refund Policy
You have the right to cancel your order and ask for a refund.
To be considered for a full refund, you must tell us by phone or email (details below) within 14 days of the purchase date, and the goods must be back with us within 28 days of the date of purchase.
Please tell us your name and address, the date of purchase and why you are returning the goods. It helps if you can send us your email receipt.
Returning the goods to our store address is your responsibility, and at your cost.
Provided the goods arrive within 28 days of purchase and in a saleable condition, we will process a refund of the full amount paid within 14 days of receiving them.
If you bought several items but return only some of them, the refund is worked out according to the number and value of the items returned.
If your items were delivered to you, the delivery charge part of the transaction is not refunded.
The refund goes to the card used for the purchase. If we can't refund that card (it has expired, the account is closed, and so on), we will email you for your bank details so that we can make a bank transfer to your account.
If any returned goods are not in a condition that we think could reasonably be sold to another customer, we will tell you by email that your refund will not be processed. In that case you may wish to keep the goods.
This does not affect your consumer rights.""",
                      ("within 28 days of the date of purchase", "according to the number and value", "bank transfer",
                       "may wish to keep the goods")),

    "rubberstamps": ("""Returns and Warranty
Your satisfaction matters to us. We proudly warrant our products against defects in materials and workmanship for one year from the date of purchase. If we make an error on your order for any reason, or the product doesn't work as its specifications say, we will replace it at no charge.
Warranty claims can't be honored for defects or damage caused by re-inking our stamps with the wrong ink, or with ink bought from another company.
We can't be held responsible for a mistake a customer makes when entering an order, and we will not replace such orders free of charge.
Also, since what we make is a custom product, it can't be returned or exchanged just because the customer doesn't like it. Stock items are taken back for a return only with prior authorization from RubberStamps.com. A restocking fee of 25% may be charged.
To keep our turnaround fast, orders go into production almost as soon as they are placed. So if you find you need to change or cancel your order, we can only do it if we hear from you within 1 hour of placing it. Any order cancelled after that time is charged in full.""",
                     ("one year from the date of purchase", "re-inking our stamps",
                      "mistake a customer makes when entering an order")),

    "mplsignage": ("""Returns
Returns Policy
Most new, unopened items can be returned for a full refund of the price paid. Delivery costs paid with the purchase are not included. If the item has visibly been opened and used (for example, the protective layer has been peeled off the double-sided tape on the back of the sign), no refund is given.
You should receive your refund within four weeks of giving your package to the return shipper, though often it will come sooner. That period covers the shipper's transit time to bring your return to us (5 to 10 business days), the time we take to process your return once it arrives (3 to 5 business days), and the time your bank takes to process our refund request (5 to 10 business days).
Before sending anything back, please Contact Us with your order number and tell us which product you want to return. We'll reply quickly with instructions for returning items from your order.
Exchanges
Or, if you accidentally bought an incorrect item, you can ask to exchange it for another product of the same or lower value. If the new product costs less than the original, you will be refunded any difference. Once the original item is back with us, we send you the new one. Any delivery costs of the exchange are yours to pay.
To exchange an item, please Contact Us first with your order number, details of the product you want to exchange, and the product you want instead. We'll reply with instructions for going ahead with the exchange.""",
                   ("within four weeks of giving your package", "refunded any difference")),

    "deskr": ("""Unused items can be returned within 14 days of delivery (final sale products and custom deskpads excepted). Refunds on returns leave out the cost of shipping and insurance, and a 5% restocking fee is taken off the refund. The customer pays for the shipping label to send the item back to our warehouse. When Deskr receives the item, we inspect it to make sure it came back in its original condition before the refund is processed. For defective items (within limits), contact our support at Support@Deskr.co and we can look at a possible replacement or refund.
HOW DO I ASK FOR A RETURN?
To ask for a refund on a product that hasn't shipped yet, email us right away (Support@Deskr.co) so we know about the change. You can also ask to cancel your order (before it ships) just by replying to the order confirmation email you got through Shopify.
If a cancellation is requested and the order is worth more than $100, we issue a refund, except for a processing fee of 3% of the order value for orders shipped inside the United States and 5.5% for orders shipped outside it.
MY PRODUCT ARRIVED DAMAGED, BUT THE PACKAGE/BOX WAS FINE?
If you got a defective product, email us so that we can assess the damage quickly. We won't give any replacement or refund for an item we find was damaged by the customer. Quality control matters to us, and products leaving our warehouse are checked for major defects. We're human, though, and things can slip through: email us at Support@Deskr.co and we'll verify the problem.
CAN I EXCHANGE OR REPLACE MY PRODUCT FOR ANOTHER?
If you're not completely happy with your purchase, just send it back to us within 14 days of delivery and we'll refund the product's cost less any shipping fees and a 5% handling fee. If you plan to return or exchange a product, you must """,
              ("processing fee of 3% of the order value",)),
}
