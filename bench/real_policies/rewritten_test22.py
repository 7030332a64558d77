"""The test22 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "assamicateas": ("""OVERVIEW
The Shop Terms set out below cover Cancellations, Returns/Refunds, Orders and Shipping/Pickup. Buying our Products, or making use of our Services, counts as accepting these Shop Terms and our
General Terms & Conditions too.
CANCELLATIONS
We begin getting an order ready very soon after it comes in, so a cancellation can be taken only in the first 5 hours after the order was placed. An order made at midnight, for instance, can be cancelled up to 5am. To cancel, write an email to
[email protected] (relax: we go by when your email reaches us, not when we notice it).
RETURNS / REFUNDS
Everything bought in our online store or at our Tea Lounge is sold as final, with no returns and no refunds, except where the product we sent is incorrect or damaged.
We will NOT take a return or give a refund when:
- you changed your mind, or ordered the wrong item by accident
- the product simply isn't to your taste (there are plenty of sample sizes to try first, and we're always glad to suggest something!)
- the item was opened or tampered with (this protects food safety!)
- a problem comes from incorrect billing details, or from wrong shipping or payment information or other order data you gave us
//
Incorrect items: if what arrives is not what you ordered, DO NOT open its packaging. Food safety rules mean we cannot take back or refund anything once it is opened or tampered with. Email us at
[email protected] and we will send the right item, or otherwise sort the problem out as well as we can.
//
Damaged items: within 7 days of the order reaching your door, email us what happened along with photos of the damage at
[email protected] and we will do our best to put things right the way you would like.""",
                     ("when your email reaches us", "incorrect billing details")),

    "organicchocostore": ("""At The Chocolate Shop, making premium chocolate is something we take pride in. We hope every piece of our artisanal chocolate delights you, but we know a return or an exchange is sometimes needed, and we have tried to make the process as smooth and pleasant as the chocolate.

Our Return Policy

Most products can come back to us for up to 15 days after delivery. A return qualifies when:

  • the items have not been opened and are still in the packaging they came in
  • the products are in the condition they were in when you got them
  • you supply proof of purchase, such as the original receipt

Non-Returnable Items

Because our products are perishable, these cannot come back:

  • chocolate products that have been opened
  • personalized or custom chocolates (such as Valentine's chocolate gifts or our CHOCOLATES FOR WEDDINGS)
  • seasonal items (Christmas chocolate gift boxes, for example) if bought after the holiday season is over
  • MAKE, BAKE & DECORATE items showing signs of use

Return Process

To start a return or an exchange:

  1. No later than 15 days after delivery, email [email protected] with your order number and why you are returning it
  2. You will get an email from us with your RAN (Return Authorization Number) and how to ship
  3. Pack everything securely, using its original packaging
  4. Put the RAN, easy to read, on the box's exterior
  5. Post the parcel to:
    Returns Desk, The Chocolate Shop
    Oak Street, Manchester (US)

Return Shipping

You pay the cost of shipping a return back, unless we caused it (we sent the wrong item, or the product was defective). We suggest a shipping service with tracking, since we can't be held responsible for return parcels that go missing.

Refund Process

When your return has arrived and we have inspected it (usually 3-5 business days), we will let you know whether your refund is approved or rejected. Once approved:

  • the refund goes back to the payment method you originally used within 7-10 bu""",
                          ("after the holiday season", "signs of use", "on the box's exterior")),

    "landofspices": ("""Refund Policy

Thanks for thinking of our website for your shopping. We hope your order leaves you fully satisfied; if for some reason it does not, our refund policy is meant to keep things as simple as possible.

Returns and Exchanges: Products that arrive damaged or spoiled can be returned or exchanged up to 7 days after the date you received them. If that happens, get in touch with us straight away and we will arrange the return or exchange. Depending on what you prefer, we will refund what you paid or send a replacement product. Any item returned or exchanged has to be unused, in the condition it was in when it reached you, and sent back in its original packaging.

No Returns on Sale Items: Be aware that sale items cannot be returned. Every sale item is final, with no return or exchange, unless it was damaged or spoiled when you received it.

Shipping Costs: Shipping costs on returned items are not refunded, except for items that reached you damaged or spoiled. When you send an item back, the cost of shipping it to us is yours. Shipping a replacement item out to you is at our cost.

Refunds: Once your return is approved, we start a refund to the payment method you originally used. Your bank or card issuer may need as long as 10 business days to put the refund through.

We can turn down a return or an exchange when we judge that the customer used or damaged the item, or that it falls short of what this policy requires.

Thanks for shopping with us. Wondering or worried about something in this refund policy? Just write to landofspices@shop.example.""",
                     ("shipping a replacement",)),

    "winecabinets": ("""How can I return an item?

Guaranteed Satisfaction & Return Policies

  • Not happy with an accessory you bought? For most products, you can send it back within 30 days after your merchandise arrives, and we will promptly exchange it, give credit, or refund you. Every item sent back has to be in new condition, in its original boxes with the packing materials and documentation, and come with the original receipt. We credit you the item's cost less the shipping charges both ways. If we shipped you the wrong item, the return shipping is on us.
  • Within 5 days of receiving the merchandise, email or phone us to get a Return Authorization (RMA) number. Nothing can be sent back to us WITHOUT an RMA number.
  • We refund shipping charges only when we shipped the wrong items, or the merchandise arrived damaged or defected. Where selected products were offered as Free shipping and the items are approved for return, we may charge what the original freight cost.
  • Custom orders, modular rack kits, refrigerated wine cabinets, cooling units, special racking systems and some wine furniture must be paid in advance when ordered, and cancelling them more than 10 days after the order date costs a 25% restocking charge. Custom cellar racks cannot be returned at all unless the racks were shipped incorrectly. The customer pays all freight charges on returned merchandise, unless it arrived damaged or defected. Look over all merchandise carefully before you accept it and sign the freight carrier's merchandise release.""",
                     ("within 5 days of receiving", "offered as free shipping", "25% restocking charge",
                      "look over all merchandise")),

    "thehotsaucestop": ("""Policies

Returns Policy

We guarantee you'll be satisfied! Whatever your reason for being unhappy with a purchase, any unopened item can come back within 30 days after delivery is confirmed, and we will refund the full original price of the product. We don't refund the original shipping charges, and the return shipping is the buyer's to pay. It is up to buyers to make sure items are packed properly for the trip back; anything that breaks because it was badly packed gets no refund.

For a return authorization, log in to your account and go to My Account>Completed Orders>Return Items.
After we process it, you'll get the return authorization by email. Please put this paperwork in the box with your return.

Send every return to this address:
TheHotSauceStop.com
Montana Dr (Suite I)
Charlotte, NC

Damage Claims

Shopping with The Hot Sauce Stop is risk free, and our replacement guarantee stands behind it. If something arrives damaged, or goes missing, email us at service@hotsaucestop.example no later than 48 hours after delivery is confirmed, giving your order number and which items, and how many, were damaged.
Once 7 days have passed since confirmed delivery, damage claims can no longer be honored.

Lost Packages

Undelivered Lost Packages: If a package is lost and delivery was never confirmed, contact us right away. Together with the shipper, we'll find the parcel or replace it.

Lost Packages w/ Confirmed Delivery: When the carrier shows a package as delivered but it never reached you, first get in touch with the shipping company you chose. We will help sort it out, although the quickest fix usually comes from the carrier or your local post office.

Order Cancellations

Any order cancelled before it ships is refunded less a $2.50 cancellation charge, which pays for card processing costs.

Shipping Policies

It is solely the customer's responsibility to give a correct, accurate and standardized shipping address. For packages returne""",
                        ("badly packed", "put this paperwork in the box", "2.50 cancellation charge")),

    "olvioh": ("""Returns Policy
Overview
Our food products, Olive Oils, Honey and Balsamics included, are all sold as final sale.
Any return of non-food items has to reach us no more than 30 days after the original sale. A non-food item qualifies for return only if it is unused and in the state it was in when it got to you, and in its original packaging.
Completing a return needs the item in its original packaging and a receipt or other proof of purchase.
Sometimes we can give only a partial refund:
- an item no longer in its original condition, or damaged for reasons that were not our mistake
- an item sent back over 30 days after it was delivered
Damaged Items
If an item reaches you damaged, let us know right away at info@olvioh.example, giving your order number and attaching whatever photos you have to back up the claim. If you can, send the damaged item back in its original packaging to Olvioh, Picton Street, Bristol. When the returned goods reach us, we will send out a replacement.
Undamaged Returns
Non-food returns that are undamaged must come back unused, in their original condition and packaging. Undamaged returns carry a 25% restocking fee, worked out on the whole sale.
Refunds
When your returned non-food item has arrived and been inspected, we will email you to confirm we have it, and we will also tell you whether your refund is approved or rejected.
Once approved, the refund is processed and credited automatically to the card or other payment method you first used, within some number of days that depends on the payment system.
Late or missing refunds
No refund yet? Check your bank account once more first.
Then get in touch with your credit card company, since a refund can take a while to be posted officially.
After that, contact your bank. Banks often need a while to process things before the refund is""",
               ("only a partial refund",)),

    "organichoneyhouse": ("""Refund and Returns Policy
Refund and Returns Policy
Last updated: June 5, 2025
Thanks for buying from Honey (called "we" or "us" below). We want every purchase to leave you fully satisfied, and if it doesn't, we're here to help.
1. Eligibility for Returns
-
Return Window
You can ask for a return up to 14 calendar days after the day your order reaches you. For the return to qualify:
• the item must be unopened and unused, in the condition it arrived in.
• it has to be in its original packaging, with every tag, label and free gift (if there were any) still intact. -
Non-Returnable Items
• Perishable goods (food items, or jars of honey that have been opened).
• Downloadable software and gift cards.
• Personal care and health items after their seal is broken.
• Anything labelled "Final Sale" or "Clearance" when you checked out.
2. Starting a Return
-
Submit a Return Request
No more than 14 calendar days after delivery, send an email to support@organichoneyhouse.example including:
• your order number.
• the name on the order.
• why you are returning it.
• photos, if it came damaged or was the wrong item. -
Return Authorization
After reviewing your request, we'll answer within 2 business days with:
• a Return Authorization (RA) number.
• full instructions for sending your item back. Important: we may refuse or hold up anything that arrives with no RA number.
3. Returning Your Product
-
Packaging
Pack the item securely in its original packaging (or something equivalent). Enclose every accessory and manual, plus any freebies. Mark the RA number clearly on the box's exterior. -
Shipping
Send the item back to the address given in your RA email, by a shipping method you can track. Keep the tracking receipt from the courier till we have processed your return. -
Shipping Costs
• When the return is our fault (defective, the wrong item, or damaged in transit), we pay for the return shipping. You'll get a prepaid label from us or """,
                          ("after their seal is broken", "answer within 2 business days", "mark the ra number clearly")),

    "earthwisepet": ("""Returns or exchanges of unopened/unused items bought in store or online are gladly accepted for 30 days after purchase, as long as they are still in their original packaging, tags on.
Items need to be new or like new, come in their original packaging, and have a receipt or the online order confirmation with them.
For defective items, an exchange may be possible.
We refund the same way you paid originally, or in store credit. You can spend store credit on later in-store purchases; it can't be turned into cash.
For purchases paid by check, the refund comes as store credit or a company check once 10 business days have passed since the sale.
Purchases made with a gift card are refunded as store credit only.
We put card refunds (credit or debit) through on the same day, yet your card issuer's rules may mean the credit takes 10-15 business days to show up.
When you exchange, whatever balance we still owe you is paid back the way you originally paid, or as store credit.
Returns made later than 30 days, or with no receipt, get store credit only.
If your pet won't eat food you bought from us, for whatever reason, you can bring it back within 30 days in the bag or can it came in, together with the receipt, and exchange it for another food or get a refund. The original packaging must still carry its UPC.
Treats, supplements and other ingestible products are outside this food guarantee, unless a product says its maker guarantees it.""",
                     ("later in-store purchases", "paid by check", "made with a gift card", "balance we still owe you",
                      "later than 30 days", "pet won't eat", "must still carry its upc", "outside this food guarantee")),

    "laroy": ("""Return & Refund Policy

 

Returns, Damaged/Defective Items, Incorrect or Missing Orders

 

Should your order come with an item that is damaged or incorrect, email us a picture showing the problem within 72 hours of the delivery confirmation the courier company gives you. Without a picture or the item being returned, we can't give a refund. Please put your order number in the email, along with the shipping information from your order.

 

Polishes that have been used cannot be returned. Questions about an order or a product? Get in touch, and mention your order number and the date you ordered.

 

 

Items Out Of Stock, Discontinued Or On Back Order

 

We try hard to keep everything in stock and our stock figures for discontinued items accurate, but mistakes happen. If part of your order can't be filled, we will contact you within 5-7 business days, by phone or email. If you don't reply, every item we cannot ship inside the stated shipping times is refunded to you. We're sorry for any trouble this causes.

Do Reach Out - Your Ideas & Input Matter To Us""",
              ("every item we cannot ship",)),

    "myhoneysuds": ("""top of page

SHIPPING & RETURNS

Thanks for choosing our bath and body goods; we're thrilled to count you as a customer. Here are a few of our policies, so that everyone knows how we work.



PAYMENT: Every internet transaction currently goes through Wix Payments. We like it because it keeps your information safe and never passes it on to us.



Get in touch and we'll phone you to take your credit card details.



ARTISTIC LICENSE: Everything we make is handmade, so no two soap bars will look quite alike. Expect our designs to vary now and then.



SHIPPING: For now we ship only to addresses in the U.S. Delivery can take as long as 7 days after we've processed your order. Orders usually go out within 48 hours of reaching us. If a particular soap happens to be out of stock, we'll email you to ask whether you'd like to pick something else.



REFUNDS AND RETURNS: Given the kind of business we are, no return is accepted once the package has been opened. If the order you got is the wrong one, email us right away and leave the soap unopened. After a product has been opened, we can't take it back or refund it. Soap is a very personal item, and we're sure you see why returns aren't possible.



COMPUTER ERROR: Should an order result from an error in our system, we may cancel it. If, say, a soap were priced at $0.07 rather than $7.00 and you bought a million of them at that price, we could cancel the order because of the computer or human error.



ALLERGIES: Whoever uses our soaps is responsible for making sure they are not allergic to them. Skin differs from person to person, and soaps need testing like anything else. If you know your skin is sensitive, test the soap for a few days on a little area of your arm before using it all """,
                    ("error in our system",)),

    "bombucha": ("""Return, Refund and Cancellation policy

Cancellations & Refunds
An order can be cancelled online during the first hour after it is placed. Once we approve the cancellation, we start the refund within 24 hours, and the money shows up within 3-5 working days.
The amount of your order is refunded to the payment method you originally used.
Once we have shipped the item to you, the order can't be cancelled.
Shipping kombucha bottles comes with demanding temperature and packaging needs, so we're sorry, but we can't take returns or exchanges.
If something goes wrong with your order, email us at 
We truly value your feedback and will do what we can to put things right!

In-Store Purchases
If you bought our product at a grocery store or anywhere else other than our website, take any return or refund to the place you bought it from.


Thank you for choosing Bombucha | Our fermented foods and drinks are 100% natural, made with real ingredients.""",
                 ()),

    "thebakerskitchen": ("""Return Policy:
We want you to be fully satisfied with whatever you buy from us. If for any reason you're not happy with a purchase, you can send it back for a replacement or for a refund of what you paid for it. Gifts sent to you by TheBakersKitchen.net can be returned for merchandise credit, usable on a later order with us. We do not refund shipping. Any return has to be made within 30 days after you receive the product.
How can I send a package back?
To make it easy, the Return Form comes with a Return Label you can use when you ship the package back. Just stick the label on the outside of the package and send it by UPS or by insured parcel post. Before that, take the old label off the packaging, or make sure the return label covers it completely.
What can't be returned?
These are not accepted back: Books, DVD′s, Electronics, Appliances and Food Scales; Food Items and Gift Certificates; Airbrush Kits and Airbrushes; Special Ordered Items, Discontinued Items, and any Used Items.
What if my order arrives incomplete, incorrect or damaged?
If something is missing from your order, or it is incorrect or damaged, Contact Us by email or phone us at (419) 891-9693. Any shortage or damage has to be reported within 7 days after your package arrives. Customer Service is open Monday to Friday, 7 a.m. to 5 p.m. EST.
How can I exchange an item?
For now our return center cannot handle exchanges. If you'd rather have a different item than one you've received, send the one you have back as described above, then order the item you want separately. If the return is under 30 days old and you'd like merchandise credit towards the new order instead of a refund, tick action code C on your return form and give an email address where the credit can be sent. Returns more than 30 days old are issued a merchandise credit (an electronic gift certificate) automatically.
If You""",
                         ("gifts sent to you", "take the old label off", "more than 30 days old")),
}
