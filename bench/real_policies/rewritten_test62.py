"""The test62 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "3dadam": ("""Refund & Return Policy
If you want to cancel or change an order, please reach us as soon as you can through our Contact Us form.
After an order has been handed to the postal service it can no longer be cancelled, and the item then has to come back to us at your own cost before we can refund it.
If your item reaches you damaged, take clear photos of the damage and get in touch straight away through our messaging service, with the photos attached.
To keep every aquatic pet safe, we cannot take back an item that has been submerged in your aquarium. Please be considerate of your fellow hobbyists and do not try to return anything you have used.
We love our customers, and we feel for anyone who is not happy with what arrived.
We strongly encourage you to read our web pages and product descriptions closely, so that you know exactly what you will receive.
If anything at all goes wrong once your order arrives, message us through our messaging service and we will do everything we can to turn the problem into a 5-star experience.""",
               ()),

    "thereptilesstore": ("""Refund Policy
At thereptilesstore.com we aim to give our customers high-quality reptiles and products. We know that a return or a refund is sometimes needed, and this Refund Policy sets out the rules and steps for refunds so that the process is fair and clear for everyone who shops with us.
Who Can Get a Refund:
a. Live Animals: a refund can be claimed within 45 days of the date of purchase. You must show proof of purchase and a certificate from a veterinarian confirming that the reptile's health problems were already there when you bought it.
How Refunds Work:
Live Animals: if you want a refund for a live animal, contact us within 45 days and send photographs that show the reptile's health problems. Once we approve the claim, we will arrange for the reptile to be returned.
What Is Not Covered:
We do not refund a live animal whose health problems are the result of poor care or neglect by the customer.
How You Are Refunded:
a. Refunds for live animals go back to the original method of payment.
Restocking Fees:
a. Returns of reptiles may be charged a restocking fee of $40, which covers caring for, inspecting and rehoming the reptile.
How to Reach Us:
a. To start a refund, contact our customer service team at sales@thereptilesstore.com.
Changes to This Policy:
a. We may update or change this refund policy when needed, and we will tell customers about any change on our website or through our other channels.
By buying from thereptilesstore.com, you accept the terms of this Refund Policy.
Thank you for choosing thereptilesstore.com. We value your trust in our products and service.""",
                         ("certificate from a veterinarian", "photographs that show the reptile's health",
                          "result of poor care or neglect", "restocking fee of $40")),

    "hiveandgarden": ("""Return & Refund Policy
Return Policy:
We are a small business that values its customers, and we try to settle any problem with something you bought quickly and with understanding. Just phone us or send an email and we will do our best to sort it out. Being a small business, though, we also need a clear return policy.
- Items must come back within 30 days of purchase and be in "like new" condition.
- If an item comes back because it is defective, we judge each case on its own, and the "like new" rule may not apply.
- Items that are not in "like new" condition are charged a restocking fee of 30% or more, depending on the state of the returned item.
- The customer pays the shipping on returned items.
- Damaged or missing items must be reported to Hive & Garden within 48 hours of:
- receiving an item that was shipped to you;
- collecting an item bought online for pickup in store (48 hours after picking it up).
- We do not accept returns, give credit or make exchanges for these items:
- Livestock (queens, nucs, package bees, mason bee cocoons).
- Beeswax, honey, pollen patties, pollen and beeswax foundation.
- Medications (Apivar, ApilifeVar, oxalic acid, Formic Pro).
- If an item delivered by an outside carrier (UPS, USPS) arrives damaged, the damage must be noted on the bill of lading (BOL).
- We strongly encourage you to send photos of a damaged package and/or damaged items, so that we can assess a refund.
- Hive & Garden is not responsible for items lost or damaged on their way back to us. Please keep a copy of your tracking information, and we recommend adding shipping insurance when you send items back.
- Apart from livestock sales, a cancelled order is charged a 5% fee to cover the cost of putting the refund through the credit card company. Our return policy for livestock is given in the description of each kind of livestock.""",
                      ("restocking fee of 30% or more", "noted on the bill of lading", "48 hours after picking it up")),

    "meyerhatch": ("""Product Return
Returning items within 30 days
Ordered by Mistake
If you ordered the wrong item, you can send it back to us, but you pay the cost of shipping it to us. The item must be in new, unused condition, in its original packaging, with every piece and part it came with*. When it arrives we will work out the credit and issue it, provided the returned item meets all of our return requirements. Then, whichever you prefer, we will send you the correct item or refund what the item cost. If you would rather reorder the correct item and have it shipped, the credit for the returned item goes toward the new order, and you only pay any extra, such as a difference in price for the new item and its shipping. We cannot pay the shipping when the mistake was yours; if you ordered the right item and we sent you the wrong product by mistake, see "Wrong Item Received" below.
*We may decide that certain items cannot be returned, since there are many things we have to take into account.
Wrong Item Received
We might send you the wrong item: our Shipping Team is excellent, but now and then a mistake happens, and we will do all we can to put it right. Depending on the item's value, we may send you what we call a "Call Tag", meaning the carrier gives you a return label if it came by UPS, or we send you a return label if it came by USPS. When the item reaches us, we will send you the correct item you first ordered. Just make sure the item is boxed with every part it came with, and leave the return package where the carrier can collect it when they choose. The same applies if you received a damaged or faulty product, as long as you notice it and tell us within 30 days of receiving it.
Returning an item more than 30 days after purchase
After 30 days""",
                   ("credit for the returned item goes toward the new order", "where the carrier can collect it")),

    "rivelinwildbirdfood": ("""ALL ENQUIRIES
Returns
Whether you are new to us or a regular customer, we want you to be completely happy with your order. Still, there will be times when goods need to be sent back and/or replaced. Below we explain what to do when that happens, but as always, just phone us if anything is unclear.
Cancelling or changing your order
Phone us or send us an e-mail as soon as you can and we will do our best to arrange it. Please be aware that we may not be able to stop delivery of the original order (for example if it is already on its way), so the sooner you contact us the better. If it really is too late to cancel, remember that you still have the right to send unwanted orders back to us within the 14-day cooling-off period.
Returning goods you do not want
Under the Consumer Contracts Regulations 2013 (which replaced the Distance Selling Regulations), when you buy by phone or online you are entitled to a full refund if your request is a) made in writing and b) reaches us within 14 calendar days of your receiving the goods (the "cooling-off period"). You can tell us by letter or by e-mail.
We only ask that every item comes back in the condition in which you received it, well packed, and returned to us at your own expense. You therefore carry any risk of loss or damage on the way back, and we suggest you take out enough postal insurance to cover the value of the goods. Please put in your contact details and a short covering note, so that we know who you are and which order the goods belong to.
Once the goods reach us, we must process your refund or replacement within 14 days, though we always try to settle your refund sooner than that. Please note that we may take off the refund the cost of repairing or cleaning any returned goods that cannot be sold as new.
If we send out a later o""",
                            ("short covering note", "cost of repairing or cleaning")),

    "abceeds": ("""Overview
To qualify for a return, your item must be unused and in the condition in which you received it, and it must be in its original packaging. Please contact us by email and send a photo showing how the seed arrived, including any damage to the seed or the packaging. Now and then things get damaged in the post, and we are glad to help.
Refunds
When your return reaches us and has been inspected, we will email you to say that it has arrived. We will then process your refund, and the credit will go back automatically to your credit card or the method you originally paid with.
Late or missing refunds
If your refund has not arrived yet, check your bank account again first. Refunds often take a while to complete. Then contact your bank. If you have done all of this and the refund still has not arrived, please contact us.
Shipping returns
Please note that you pay the postage for sending your item back. Shipping costs are not refunded, and if you get a refund, the return postage is taken off the refund.
How long your exchanged product takes to reach you depends on where you live.
If you are sending back a more expensive item, think about using a tracked shipping service or buying shipping insurance so that it reaches us safely. We cannot guarantee that your returned item will reach us.
Need help?
If you have any questions about refunds and returns, please just contact us.""",
                ("return postage is taken off the refund",)),

    "hydroponicsstore": ("""Refunds & Returns Policy
Cancelling an order
Any order can be cancelled until it has shipped.
If you have paid for an order and need to change or cancel it, you must contact us within 12 hours.
Every cancellation is charged a 12.5% service and processing fee.
Once we have started packing and shipping an order, it can no longer be cancelled.
Refunds
Your satisfaction comes first for us.
You can ask for a refund or for the products to be sent again if:
- your order has not arrived within the guaranteed time (45 days, plus 2-5 days of processing)
- you receive the wrong item
- you do not want the product you received (you must send it back at your own cost, and it must be unused)
We do not give a refund if:
- your order does not arrive because of something within your control (for example, you gave us the wrong delivery address)
- your order does not arrive because of unusual events outside our control (for example, it was held at customs or delayed by a natural disaster).
You can send a refund request within 15 days after delivery.
To do so, send us a message through the Contact Us page.
If you ask for a refund, it will not include what we originally paid for shipping.
A fixed amount is held back from every refund:
- Hydroponic Kits: $129 each
- All Other Items: $33
Your Refund
We process your refund 24-48 hours after the returned item reaches us.
If you ask, the refund can be kept as credit on your account for future purchases; otherwise it goes straight back to the way you paid (your credit card or PayPal account).
You can send your product back at any time within 15 days for an exchange or a refund (the packing and handling fee is not refunded), on these conditions:
1. Items must be sent back to the Regional Office & Warehouse (the address is at the bottom of this page)
2. Items must be in their original packaging and in the original condition in which they were delivered """,
                         ("not arrived within the guaranteed time", "gave us the wrong delivery address", "held at customs",
                          "held back from every refund", "packing and handling fee")),

    "plantseedsshops": ("""At Plant Seed Series Shop we pack your plants and garden supplies with the same care we put into growing them. Even so, we know a return or an exchange is sometimes needed. This policy explains how we handle them so that your gardening keeps going well.
How We See Returns
We raise our rare fruiting plants and medicinal herbs with care, and we want every dealing with our nursery to feed your love of gardening. If something does not live up to what you expected, we will work with you to put it right.
Who Can Return or Exchange
To qualify for a return or an exchange:
- You must ask for the return within 15 days of delivery
- Plants must come back in their original condition, with their roots still whole
- Gardening tools and supplies must be unused and in their original packaging
- You need a copy of your order confirmation or receipt
Items We Cannot Take Back
To protect our community of gardeners, some items cannot be returned:
- Organic fertilizers and soil amendments (because of farming regulations)
- Opened seed packets (to avoid cross-contamination)
- Custom or special order tropical plants (grown just for your order)
- Anything that is not in its original condition (damaged or with parts missing)
How to Return
Follow these steps to send an item back:
- Contact us within 15 days of receiving your order at [email protected] to ask for a return
- Give us your order number, the item(s) you are returning and the reason
- Wait for our approval: we will reply within 2 business days with instructions for the return
- Pack it with care: plants should be repacked in their own pots, with damp soil
- Send it back with the carrier we name (the customer pays the cost of return shipping)
How to Exchange
For an exchange (if stock allows):
- Start with the same steps as for a return
- Tell us which item from our current stock you would like instead
- We will work out any difference in price and arrange ship""",
                        ("roots still whole", "tools and supplies must be unused", "repacked in their own pots",
                         "the carrier we name", "work out any difference in price")),

    "pondandpetdirect": ("""You can return or exchange an order within 30 days of receiving it. Everything you send back must be new, untested and unused; we cannot take back items that have been tested. If the items you return were shipped free, the cost of return shipping is taken off your refund.
Some items cannot be returned: pond liner, underlayment, special and custom orders, tubing, aquatic plants, and plant and fish foods.
Every return needs a return authorization number. To return an item, first contact us for that number; we will refuse any return sent without one. When you contact us, have ready your order number, your email address and details of the item you want to return.
Items returned or exchanged must be in their original unused condition, with all the maker's packaging, warranty cards and manuals, and every accessory. Please do not write on the item or its packaging, or put tape, notes, stickers or anything else on it that could spoil it. We may refuse any return spoiled in this way.
Pack your return safely in a box fit for shipping, and write your return authorization number clearly on the outside. A return without a return authorization number will be refused, and you will pay the cost of sending it back or disposing of it. We strongly advise using an insured service. We do not pay any freight or shipping charges on any order, whatever the reason for the return.""",
                         ("shipped free", "authorization number clearly on the outside", "cost of sending it back or disposing of it")),

    "petwarehousedirect": ("""If you are not happy with your purchase, you may be able to send it back for a refund. The refund is the full purchase price, less any restocking and/or shipping costs. To return an item, please phone us at 714-202-5497 for a Return Merchandise Authorization (RMA) number.
If the return is caused by our mistake (you got the wrong item) or the item is defective, we pay the return shipping. Otherwise you pay the cost of shipping the item back. Returns must go by a reliable carrier such as UPS, USPS or FedEx, with a tracking number. If your order shipped free, you can return new, unopened items in their original packaging and with their tags for a full refund, less what it cost us to ship your order.
Put these in with your return:
- The original invoice or packing slip
- Your RMA number, written on the outside of the box
- Send it to the address we gave you
We do not refund products that have been used, show heavy wear, are dirty, have pet hair on them, are dog fence wire taken off the spool or used dog fence flags, or show other signs of long use. For reasons of health and hygiene, these products are not refunded once used or opened: Spotty Training Place, WizDog and Doggie Dooley products.
Some of our products are sent straight from the manufacturer. If yours was, we will give you the address to return it to. If you send such items to us, we will charge you the cost of shipping them on to the manufacturer, or we may choose to refuse delivery.
Refused / Return to Sender: if you refuse delivery of an order or send it back as return to sender, you will be charged the original shipping fee and the cost of return shipping, plus a 10% restocking fee.
You can expect your refund within two to three business day""",
                           ("less any restocking", "order shipped free", "written on the outside of the box", "spotty training place",
                            "sent straight from the manufacturer", "refuse delivery of an order")),

    "farmfenceco": ("""At Livestock Online Store we stand behind our farm supplies and beekeeping equipment. If you are not fully satisfied with what you bought, our returns and exchanges process is simple.
Our Return Policy
We take back most items within 15 days of your receiving the order. To qualify for a return:
- Items must be unused, in their original packaging and fit to be sold again
- You need the original receipt or proof of purchase
- Some products have return rules of their own (see below)
Items That Cannot Be Returned
For reasons of health and safety, we cannot take back:
- Cattle vaccines and health products, which are sensitive to temperature and subject to regulation
- Opened animal feed, including cattle feed, bird seed and bee feed
- Personal protective equipment, such as opened beekeeping suits, for hygiene reasons
- Custom or special order items, including cattle handling equipment made to order
If a non-returnable item reaches you damaged or defective, please email us straight away at [email protected].
How to Start a Return or Exchange
Step 1: Send Your Request
Within 15 days of receiving your order, email us at [email protected] with:
- Your order number
- The product and the quantity you want to return
- Why you are returning it
- Whether you would like a refund or an exchange
Return Request Template
Subject: Return Request – Order #[Your Order Number]
Email Body:
Dear Livestock Online Store Team,
I would like to return or exchange items from my recent order (#[Your Order Number]).
Product(s) to return: [Product Name, Quantity]
Reason for return: [Please specify]
Resolution I would like: [Refund / Exchange for [Product Name]]
Please let me know what to do next.
Sincerely,
[Your Full Name]
[Your Contact Information]
Step 2: Get Your Return Authorization
Within 2 business days we will email you:
- A return authorization number
-""",
                    ()),

    "flyfishusa": ("""GENERAL RETURN POLICY
Every return must be sent back within 30 days of the purchase.
We refund the money, less the cost of shipping, in the same way the customer paid.
We process a refund within one week of receiving an authorized return.
Items delivered as ordered carry a 15% *restocking fee, unless something else was agreed when the order was placed.
There is no restocking fee on an unused exchange, and we cannot take back used items, whether for a return or an exchange.
When a return is caused by the retailer's mistake, we pay all standard shipping costs, charge no restocking fee and accept every returned item.
We do not refund shipping charges on orders delivered as they were ordered.
Every return must come with the original sales slip or order confirmation.
Special order items cannot be returned or exchanged. An item with a manufacturing defect must go back to the manufacturer.
*For example:
Say you order Simms 4XL Men's Stocking Foot Waders at $549.95, we send you those waders, and you return them. Your refund is worked out like this:
$549.95
15% restocking fee = $82.50
$549.95 - $82.50 = $467.45 - $7.98 shipping = $459.47 refund
GUIDED TRIP AND FLY FISHING SCHOOL CANCELLATION POLICY
To book your guide we need a deposit of 50% of the trip's total cost, paid by credit card. If you cancel at least 14 days before the booked date, you get a full refund. If you cancel between 13 and 7 days before the booked date, you lose 50% of the trip's cost. If you cancel fewer than 7 days before the booked date, you lose the whole cost of the trip. If we must cancel a trip for reasons beyond our control (weather or conditions), you get a full refund; in most cases we will move the trip to another date that suits us both.
GENERAL CLASS POLICY AND REFUND POLICY
We take our schools seriously; they are the best of their kind. In or""",
                   ("no restocking fee on an unused exchange", "must go back to the manufacturer",
                    "at least 14 days before", "between 13 and 7 days before", "fewer than 7 days before",
                    "beyond our control")),
}
