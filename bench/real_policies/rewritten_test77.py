"""The test77 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "cookcabinet": ("""We are delighted that you like the website www.cookcabinet.com, and we hold firmly to selling you products of real quality. All the same, we know that now and then you may want to return or replace a product. Please read what follows before you start a return.

Returns are not restricted when:
· what we delivered is wrong in its quality, its size, its quantity or its count;
· OR the product reached you spoiled or destroyed;
· OR the product you got has gone beyond the date until which it can be used;
· OR the product itself is not the same one.
In any of these cases you are entitled to ask for a refund. And your money comes back to you if the expected date has gone by and you still didn't get the package.

We do not accept returns of products that arrived in good order and were then damaged by the customer. Returns that have no grounds are not welcome. Cookcabinet cannot answer for the customer's own mistakes, such as wrong or incomplete addresses. Lastly, if your requests are late, no refund will be given.

Whatever the case, please reach out to customer care, so that once it is authorized your problem can be dealt with quickly. When your return has gone through, the refund follows without delay. Please note that card companies normally need 10-15 days before the refunded amount shows. If it takes longer than that, the responsibility lies with those companies, and the matter can be taken up with them.

Please understand that what you get back covers only the price of the goods at checkout: shipping and handling costs are not included.

We can cancel an order only if it has not yet left our depot when you ask, or within the first 24 hours after your payment is verified, whichever applies. Merchandise cannot be shipped again once its order has been cancelled: to get it, you will need to make a different fresh order.
Co""",
                    ("didn't get the package", "wrong or incomplete addresses", "requests are late",
                     "make a different fresh order")),

    "theseasonedgourmet": ("""Returns Policy
Our Usual Returns Terms for Orders Shipped Online
When something isn't right, most items can come back up to 35 days after you bought them. (See below for the exceptions.)
- Start your return no later than 35 days after the purchase. Get in touch with the store early, with your particular concerns and the details, and we will explain how to send the product back (keep your order ID and purchase date handy).
- The product has to be new/unused when it comes back, with its original packaging, accessories and product inserts all included.
- When a return is caused by our store's error or by a defective product (but see the manufacturer warranty exception below), you get back everything you paid for the goods and for shipping.
- A product that has been opened or used is refunded less a 40% restocking fee.
- After you have been in touch with the store, send the product off promptly: it has to reach our facility within 45 days of the purchase date.
- We inspect every returned item when it arrives, and the refund depends on the item's condition.
- A refund goes to whatever you paid with, and is usually processed in 2 to 3 business days. Your card processor or bank may take between a week and 10 days more. We will email you the details of your refund at the address you gave with the original purchase.
Check every product fully as soon as it arrives, to find any damage that happened in shipping. Shipping damage has to be taken up with the individual shipper; for help finding the shipper's details, phone the store.
Products that carry a manufacturer's warranty (lifetime or limited) have to be taken up with the manufacturer itself, under its own warranty policy for defects and workmanship (Wusthof, Boos, Hammer Stahl, All-Clad, USA Pan, Jura Capresso and others).
Our Usual Returns Terms for Online Orders Collected In Store
Returns of in-store sales, and of online orders marked for in-st""",
                           ("40% restocking fee", "reach our facility within 45 days", "depends on the item's condition",
                            "taken up with the individual shipper", "taken up with the manufacturer itself")),

    "wearwanta": ("""Return & Refund Policy

Nothing matters more to us at tableware.us than customers who are fully satisfied. Any new and unused item (final sale items excepted) can be exchanged or refunded within 30 days of receipt, so long as its tags remain on it and / or it is still in its original, unopened packaging.

Please note:

For returns we suggest the regular ground service of UPS, FedEx or USPS. We cannot promise that your returned item will reach us. Customers pay their own shipping costs for sending a return back.

Restocking fee:

We charge NO restocking fee.

Contact us for return instructions:

CONTACT INFO

Customer Support

MAIL: support@tableware.example

Change of mind:

Changing your mind is fine. We will process a return or a refund.

EXCHANGES (if applicable)

We exchange items that are unused and not personalized. You need to contact us by MAIL at support@tableware.example.

REFUND:

When your return has arrived and been inspected, we will email you that your item has reached us, and you will be told whether your refund is approved or rejected. If it is approved, the refund goes out with the next payment run and the credit is applied automatically to your credit card or original method of payment. Depending on how you paid, it can take up to 7 business days to show on your statement.

LATE OR MISSING REFUNDS (IF APPLICABLE)

If a refund has not reached you yet, look at your bank account again first. Then ask your credit card company, as a refund can take some time to be posted officially. Refund not received within 7 days.""",
                  ()),

    "vitradecoration": ("""Returns, Refunds, Damage Claims and Warranty
Free shipping on orders over $75, a replacement for breakage within 30 days, and warranty support through our 10-Year Club.
Free US Shipping
Day Delivery
Breakage Replacement
Warranty Club
1. How Long You Have
Every eligible order comes with our 14-Day Hassle-Free Return & Exchange Policy.
Within 14 calendar days of the day your order is delivered, you can ask for a return, a refund or an exchange, as long as the item is still unused and in new condition, with all of its original packaging and accessories.
Counting the Days
- The day of delivery counts as Day 1.
- The 14 days include weekends and public holidays.
- A request made after this period may be turned down automatically.
2. What a Return Must Meet
A return under our 14-day policy must meet every one of these conditions:
2.1 The Product's Condition
The item has to:
- Be unused and brand new;
- Be free of scratches, chips, stains and cracks, with no sign of wear;
- Bear no trace of high heat or of being used the wrong way;
- Not have been changed, altered or repaired by the customer, nor damaged by them.
2.2 The Original Packaging
All of these have to come back together:
- The product's own original packaging;
- The protective foam inserts and cushioning;
- Any gift boxes;
- Any bases, hardware, accessories and instruction manuals.
We may refuse a return that is missing packaging or accessories.
2.3 Sets Come Back Whole
Anything sold as a set or bundle has to be returned complete. We do not take back single pieces of a set.
*About Handmade Glass
Each piece of handmade blown glass may naturally show:
- Small air bubbles;
- A light surface texture or flow lines;
- Small differences in thickness;
- Gentle marks left by the maker's hand.
These features belong to handmade work and do not count as defects, damage or quality problems. A claim for a return, an exchange, compensation or the warranty that rests only on these features wil""",
                        ("replacement for breakage within 30 days", "counts as day 1", "do not count as defects")),

    "omerocandles": ("""RETURNS + REFUNDS
Please read our returns policy before you buy: it explains when an item can be returned, replaced or refunded.
Return Eligibility
By their nature, all candles are final sale. For hygiene and safety reasons we take no returns or exchanges. For orders that are damaged, faulty or incorrect, get in touch within 48 hours:
Items have to be unused and in the condition in which they reached you
Items have to be in their original packaging with every tag attached
You have to give proof of purchase or a receipt
Items must not appear on our list of non-returnable items
How to Return
Starting a return takes a few simple steps:
Step 1: Reach our customer service team by email or phone
Step 2: Tell us your order number and why you are returning the item
Step 3: We send you a label with the return postage already paid
Step 4: Put the item in its original packaging and pack it securely
Step 5: Fix the label to the parcel and drop it off wherever you usually ship
Free Return Shipping
For every eligible return the label is free. Nothing is charged on top, and nothing is hidden.
Refund Processing
When your return reaches us, our team inspects the item and handles your refund:
The inspection is finished within 2-3 business days of receipt
The refund goes to your original payment method
Processing takes 5-7 business days
We email you a confirmation once the refund has been processed
It may take your bank or card company a little longer before the refund shows in your account.
Non-Returnable Items
We cannot take back:
Gift cards
Digital products, downloadable software included
Items that were personalized or made to order (custom)
Goods that are perishable
Intimate and sanitary items
Hazardous materials
Anything marked final sale
Exchanges
We exchange defective or damaged items only. To exchange an item:
Get in touch within 30 days of the day your order arrives
Send us photos of the defect or damage
We send you a replacement at no extra cost
Send the defective item back with our prepaid label""",
                     ("within 30 days of the day your order arrives",)),

    "ostenorientalrugs": ("""Who Can Get a Refund:
A rug qualifies for a refund only if it is unused and undamaged, with every original tag and all of its packaging intact.
Refunds are made for rugs sent back no more than 3 days after they were delivered.
Asking for a Refund:
To ask for a refund, reach our customer support team by email, phone or live chat.
Tell us your order number and give us details of the rug you would like to return.
Grounds for a Refund:
You can ask for a refund for several reasons, among them:
You changed your mind or your preference.
The rug you got was the wrong one, or it was not as described.
How a Refund Works:
Once your refund request has been approved, our team will take you through the return process.
To start the return, please send the rug back in suitable packaging.
Return Shipping Costs:
When you return a rug because you changed your mind or your preference, you pay the return shipping.
When the return is due to a defect in the product or to a mistake of ours, we pay the return shipping""",
                          ()),

    "curtarra": ("""Return Policy
Cancellation
You can cancel an order before the product has been made or shipped, and a cancelled order is refunded in full.
Our products are made to measure, so once one is finished and on its way the order can no longer be cancelled, nor returned or refunded.
Returns (if applicable)
Custom Items
Every curtain and shade we sell is handmade and customized to your choices (some hardware is even cut to your size), so no other customer could use it. For that reason we generally do not take returns, unless there is a quality issue.
If everything is right but you are still not happy with your custom curtains, get in touch within 30 days of receipt: once you have donated the items to Goodwill and sent us the donation receipt, we give you a partial refund of 70% of the order price.
For quality issues, such as a wrong size or color or any other mistake of ours, please get in touch within 30 days. We will make the curtains again, or alter them to fix the problem, and you pay nothing, shipping included.
Curtains that fit badly because of incorrect measurements on your part are a problem we can solve together. For example, a panel that is too wide can be narrowed (you pay the shipping and the alteration fee).
Where nothing can fix it (curtains that are too narrow or too short, or that need a different fabric), we take 50% off a second set, an offer valid for 30 days from the day your first order arrives.
We also make custom tracks and pillow covers to order, so they too are custom items.
Non-Custom Items
Some Window Hardware: drapery hardware that adjusts (rods, wands) and its accessories (rings, clips) may come back in their original packaging. The customer pays the return shipping.
Swatch/Sample Booklets: cannot be returned.
Refunds (if applicable)
When your return has arrived and been inspected, we will email yo""",
                 ("donated the items to goodwill", "incorrect measurements on your part", "50% off a second set")),

    "linenandtowel": ("""A product that arrives defective or damaged can be swapped for the same product during a 30-day exchange window. Sending it to us is at the customer's expense, and we pay to send the product back to the customer. Should our check of the returned product confirm the damage or defect, every shipping fee is refunded. Should our check show nothing damaged or defective, we refund no shipping fees at all.
A customer who wants to swap a product that has nothing wrong with it has a 30-day window to exchange it for a different product. In that case the customer pays for all shipping back to Linen and Towel, plus the extra charge for shipping the new merchandise out.
A customer who wants a refund for a product that has nothing wrong with it has a 30-day return window. The customer pays for all shipping back to Colonial Patterns Inc. Once it is with us, you get the full price of the returned merchandise back, for the merchandise alone, on your original form of payment (a credit or debit card, a PayPal account, or Store Credit).""",
                      ("we pay to send the product back", "we refund no shipping fees",
                       "extra charge for shipping the new merchandise")),

    "decor-hub": ("""Exchanges & Returns

EXCHANGES

If one of our products doesn't make you 100% happy, we will gladly exchange it. To ask for an exchange, get in touch with us within 30 days of your purchase date and tell us which product you would like instead. If the two items differ in price, we will arrange a refund of the difference in price, or an easy way for you to pay it. When that is agreed, we tell you where to send your order back. The clock has to be undamaged in every way, brand new in condition, and still in its original package. Postage for sending items back is yours to pay, but shipping your new clock to you is paid by us. Your replacement goes out as soon as your returned order reaches us.

RETURNS

Returning a purchase is easy, because your complete satisfaction matters to us. To ask for a return and a refund, get in touch with us within 30 days of your purchase date. We will then give you an address to send your order back to. To be refunded, the clock has to be undamaged in every way, brand new in condition, and in its original packaging. Sending items back to us is at your own postage cost. As soon as your returned order has reached us and been checked, we refund the full price of the product. Shipping is not refunded.

FAULTY ITEMS

We check the quality of every product before it ships. Should your clock nonetheless arrive damaged, contact us quickly and we will help. If the damage can be seen, we need photos that show it. Once we have them, we arrange to ship you a replacement. If the fault is inside the clock, we have it sent back to us and tested, and only then does a replacement go out.""",
                  ("difference in price", "shipping your new clock", "sent back to us and tested")),

    "inyouths": ("""Items That Don't Meet Your Expectations
Everything we offer is made entirely to order and fitted to each customer's needs. For that reason, goods that have no quality problem or damage can NOT be returned. If you decide to cancel the order anyway after it has been made and shipped, you have to let us know no more than 7 business days after it arrives. You then pay the return delivery yourself, and a 20% restocking fee is taken from the refund. When the parcel arrives and we find the mirror safe and sound, your refund follows soon after.
Wrong or Damaged Items
Mirrors are fragile, and we cannot promise that one will never be damaged on the way. If you run into a problem, please contact us for help.
Look over the outer package of what you receive; if anything is broken, take a photo and then open it carefully. If the mirror inside is broken as well, please tell our customer service team no later than 7 business days after it arrived.
If you report it more than 7 business days after the package arrives, it becomes hard for us to tell who is responsible for the breakage, and you may not be in a position to get a full refund for the order. We would much rather that did not happen.
Depending on the condition of the mirror you received, we will decide whether to give you a partial or full refund or to exchange the item, and you can keep the item either way.
Delivery Delays
Customized items take 5-6 weeks to reach you as rush orders and 10-12 weeks as standard orders. If your package hasn't arrived within that time, please contact us for help. If it is not delivered within 13 weeks, we will give you a 5% partial refund. If it is still not delivered 13 weeks later, we will give you a partial refund of 5% or more, according to the time and the order's value.
For more infor""",
                 ("may not be in a position to get a full refund", "you can keep the item",
                  "not delivered within 13 weeks", "still not delivered 13 weeks later")),

    "storagesboxs": ("""1

How long a return takes us

We process return orders in 1-3 business days.

Storagesboxs.com's customer service is open Monday to Friday, 9:00 am to 6:00 pm (EST).

An order placed after 6:00 pm on a Friday is processed by 9:00 am the next Monday.

We do not process orders at weekends.

We are sorry if it runs late. You can email our customer service, Deronedria Lewis, at service@storagesboxs.example.

We will deal with it first.

2

How can I cancel my order?

We are grateful for your interest in Storagesboxs.com and your support, and we care about how you shop with us.

To serve you better, you can cancel orders online, which we hope meets your needs.

The option to cancel is on your account's order details page; just follow the instructions there.

Please note that an order can be cancelled only within two hours of being placed.

Once your order has been packed and processed, it can no longer be cancelled.

Packed orders go straight to the logistics company for delivery, and after that we can do nothing more with them. Thank you for understanding.

3

What is our Return Policy?

So that you get excellent service when you buy from us, our return policy is as follows:

(1) You have 7 natural days to return.

Up to 7 natural days after a Capsule Coffee Organizer product reaches you, you may send it back, and you will get either a new product or your money back in full.

Once that period has passed, we can no longer take a return.

(2) A Capsule Coffee Organizer product you return has to have been bought at Storagesboxs.com.

(3) A Capsule Coffee Organizer product you return has to be in new condition.

A returned Capsule Coffee Organizer product has to be unused, still unopened, and in perfect condition.

(4) A Capsule Coffee Organizer product may also be""",
                     ()),

    "molderizer": ("""Select Page

Return Policy

If you bought a product from our online store and decide to send it back, ask our customer service for an RA# first; you may then send the product to our warehouse up to 30 days after the purchase. As soon as the product reaches us, we inspect it to make sure it came back in good condition, and then we process your refund. Shipping costs are not refunded. Where your order shipped free, or we covered its shipping, the refund is what you paid for the item less the shipping charge. We are sure our products are of the very highest quality, and our guarantee is hard to beat.

Empty Items: We cannot take back an item that is completely empty. Our customers are very honest people, and they understand that sending back containers with no solution left in them goes against the spirit of the guarantee, so such returns cannot be honoured.

Complimentary Samples: The shipping of a complimentary sample cannot be refunded. Free samples are a gesture of good faith, meant to begin things well with you as a future customer. As you paid nothing for the sample itself, we regret that its shipping is not refundable.

Customer Pays Return Shipping: Return shipping is paid by the customer. We cannot take back products that have been used up completely and are empty. Some of the product has to be left in the container, so that our chemistry team can examine it and make sure our formulas keep to our high standards.

Return & Exchange Policy

We take pride in selling high-quality items, and we hope your order pleases you. Sometimes, though, a return or an exchange is needed. Please note that no custom order can be returned.

Refunds are given only for items that are new and unused, after deducting shipping and a 15% re""",
                   ("less the shipping charge", "completely empty", "complimentary sample",
                    "used up completely and are empty")),
}
