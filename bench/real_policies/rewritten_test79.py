"""The test79 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "pyjamas": ("""We at Pyjamas.com trust that you will be very happy with what you buy from our online shop, though we understand that now and then you may want to send a new product back to us. You may return your purchase within 30 days of the day it reached you, in its original condition, with every piece of packaging and wrapping and every tag and label still on it and whole, just as it came to you, brand new.

You get back, in full, what you paid for the item. Pyjamas.com does reserve the right to send back to you any item that reaches us more than 30 days after delivery, or that is not in its original condition.

Before you send an item back:

  • Check that every tag, all of the packaging and wrapping, and every other part that made the original product complete are in the parcel, in their original condition.
  • Put a covering note in the parcel that shows your name, address and order number clearly.
  • Tell us briefly why you are returning the item, and give us a way to reach you should we have questions about your return.

Please post returns to:

Pyjamas.com
Safe House
Prenton Way
Prenton
CH43 3DU

Anything ordered on or after 1st November 2023 may come back up until 14th January 2024.

Your statutory rights are not affected by this returns policy.

Under the law, customers in the European Union may also withdraw from buying an item within seven working days, counted from the day after the item is delivered. This covers every product on pyjamas.com. We are sorry, but we cannot accept a withdrawal from buying underwear where the item has been unsealed (briefs for boys and girls, boxer shorts, socks), since it is then taken to have been worn.

Returns are refused when customers deliver them to us by hand. If your return is worth more than 20 pounds, we recommend sending it with a recorded-delivery service. We will not be responsible for, or refund any money for, a package that""",
                ("reserve the right to send back", "covering note", "up until 14th january 2024", "seven working days",
                 "where the item has been unsealed", "deliver them to us by hand")),

    "swimsale": ("""Return and Exchange Policy
At Swimsale.com you can have a full refund or an exchange for anything sent back within 15 days of the original purchase. Every piece has to reach us in its original condition: unworn, unwashed, with its tags on and in its original packaging; and the hygienic linings of all bottoms need to be whole, never torn or interfered with. Swimsale.com may refuse a refund for any reason that does not fit our return and exchange policies. Any return that breaks these policies is subject to being sent back.
Do not post your purchase back to us if:
The item is not in its original condition, or has damage or missing parts that were not caused by an error of ours
The item would come back to us more than 15 days after delivery
Returns:
Your refund will be processed and credited automatically, within 5 business days, to the credit card or other payment method you first used.
If it has not arrived, contact your credit card company next, as a refund can take a while to be officially posted.
After that, contact your bank, since banks often need time to process a refund before it shows.
If you have done all of this and your refund has still not come, please contact us at sales@swimsale.example.
Sale items (if applicable)
Only items bought at the regular price can be refunded; we are sorry, but sale items cannot be refunded.
Exchanges:
An exchange works just like making a purchase. You simply send back the item(s) you no longer want and are credited for them, then place a new order for the sizes you want instead. If the item you are shipping is worth more than $75, think about using a trackable shipping service or buying shipping insurance. We cannot promise that your returned item will reach us.""",
                 ("hygienic linings of all bottoms", "subject to being sent back", "more than 15 days after delivery")),

    "plus-size": ("""Returns Policy


1. Easy Returns - A Change of Mind, Size or Style

Plus Size Clothing Co wants every customer to enjoy shopping with us! If you change your mind, or would like an exchange for your item(s), we are glad to help.

Any eligible item bought at full price can be sent back to us for store credit within 14 days of your parcel arriving. Please check that you meet the criteria below before you make a return.

Return Criteria

  • Every item must be in its original condition, unworn and unwashed, with all of its original packaging and labels attached and undamaged (where they apply).
  • Every item must be in original condition and fit to be sold again, with no marks or smells of fake tan, makeup or deodorant.
  • The item must have been bought at full price. Sale and clearance items are final sales, with no returns.
  • It must be posted back to us no later than 14 days after your item(s) arrive.
  • For hygiene reasons we take no returns of lingerie or swimwear.

Please note:

  • You pay the cost of sending a return back to us.
  • Store credit is issued once we have received and inspected the returned item(s) and found them in line with our Returns Policy. Processing a return takes up to 5 business days from its arrival.
  • Store credit is valid for 12 months. It is worth the goods alone; postage is not part of it.
  • Store credit cannot be combined with any other offer: no promotion, discount or other credit.
  • Plus Size Clothing Co may refuse a return, or charge a late fee, when the return falls short of our 'Returns Criteria'.
  • We cannot offer refunds*
  • If a return costs Plus Size Clothing Co extra because of how it comes back, for example a return to sender, you will have to pay that cost before you receive any refund or store credit.

How do I send a return?

  1. First read our Returns Policy and be sure you understand it.
  2. Returns addre""",
                  ("valid for 12 months", "cannot be combined", "charge a late fee", "return to sender")),

    "maternitymommy": ("""Refund & Returns Policy


Our policy runs for 30 days. Once 30 days have passed since your purchase, we are sorry, but we cannot give you a refund or an exchange.

An item can be returned or exchanged only if it is unused and in the condition it was in when you received it. MM items must come back in their original packaging.

Some kinds of goods cannot be returned. We take no returns, and make no exchanges, of swimsuits, bodysuits, underwear or intimates.

Other items that cannot be returned:
Gift cards
Software products that are downloadable
Certain health and personal care items

A completed returns form must travel with your items to complete your return. Please download the form from the link below.

Returns Form

In some cases only partial refunds are granted (where this applies): an item no longer in its original condition, or with damage or missing parts that were not our error, or an item sent back to us once 30 days have passed since delivery.

Refunds (if applicable)
When your return has arrived and been inspected, we will email you to let you know that your returned item has reached us. We will also tell you whether your refund has been approved or rejected. Only manufacturing defaulted products are refunded, where no exchange is asked for (or a gift card is given for the value of the item you returned).
If your refund is approved, we process it and credit it automatically, within a certain number of days, to the credit card or other payment method you first used.

Late or missing refunds (if applicable)
Refund not arrived yet? Look at your bank account again first.
Then get in touch with your credit card company, as a refund can take some time to be officially posted; some banks must approve funds before they are released.
Next contact your bank, which may also need time to process the refund before it shows.
If you have done all of this and your refund has still not arrived, please contact us at info@matern""",
                       ("mm items", "completed returns form", "only partial refunds are granted",
                        "only manufacturing defaulted products")),

    "vombae": ("""Return Policy
Buying clothes for children always comes with some uncertainty. That is why you may return or exchange goods for 20 days after they reach you, so that you can shop with less worry.
When returns and exchanges are accepted
You may ask for a return or an exchange in any of these cases:
We do not ask for strict reasons; we only hope the product can still be sold again when it gets back to us:
- The size is too big or too small;
- The product you received is not what you expected;
- The product has a quality or manufacturing defect.
We do not ask for strict reasons; we only hope the product can still be sold again when it gets back to us:
- The product is still in its original condition (unworn, unwashed, with no stains or smells);
- Its tags and packaging are intact;
- Every accessory (buttons, belts and the like) is included.
When returns and exchanges are not accepted
These cases cannot be returned or exchanged:
Note: Slight color fading in the first wash of dark clothing is a normal property of the fabric and does not affect its use.
- Requests made more than 20 days after the goods arrived;
- Products that have been worn or washed, or that show signs of use;
- Products with clear signs of use or of damage done by people;
- Products marked as non-returnable (final sale items, for example).
Note: Slight color fading in the first wash of dark clothing is a normal property of the fabric and does not affect its use.
How are returns and exchanges handled?
It is simple, and we guide you through every step:
Send a request with your order details and product photos;
Once it is approved, send the product back as the instructions tell you;
When we have received and inspected the product, we arrange your refund or exchange.
You can follow the progress of the whole process.
Send a request with your order details and provi""",
               ("product photos", "slight color fading")),

    "suitshop": ("""SuitShop logo
SuitShop logo

All articles

Return Policy · Updated 22 days ago

We take returns or exchanges of anything in your order for 30 days after it reaches you, and every item has to be unworn and in the condition it was in when it arrived. Sale items, personalized items and made-to-order items are left out: they cannot be returned or exchanged unless they are damaged.

Unless Green Shipping Protection was bought with it, an order that shows as delivered but never reached you is neither refunded nor replaced.

Items that get damaged once you have them may be replaced by us up to 90 days after delivery. Email us at help@suitshop.example, describe the issue and attach photos of the damage; each of these exchanges is looked at case by case. Items damaged after wear will not be refunded.

Event Dates

Self-service no longer handles your return or exchange after the event date linked to your order has gone by. We review case by case the requests of customers whose items are still unworn and unaltered, or whose order carried a wrong event date: write to us at help@suitshop.example.

Shipping Fees

We do not refund shipping fees or package protection. If you want to return your order, we refund the products you send back.

Standard shipping on exchanges is free. If an exchange needs expedited shipping, it carries an extra charge to cover the shipping fees.

International Orders

Returns and exchanges sent from abroad do not currently qualify for free shipping. For new sizes, you must place another order through our website, on which international standard shipping, duties and taxes are charged. We also cannot pay the shipping of international returns, so the shipping costs are taken off your refund as a "handling fee."

Return Process

To start a return or exchange, just complete the returns/exchange form, and your request will be handled quickly to get you """,
                 ("green shipping protection", "up to 90 days after delivery", "photos of the damage", "damaged after wear",
                  "after the event date", "unworn and unaltered", "standard shipping on exchanges is free",
                  "expedited shipping", "do not currently qualify for free", "place another order", "handling fee")),

    "graphicteessale": ("""At Graphic T-Shirt Shop, we hope you love your loud, expressive tees as much as we love making them. If one doesn't work out, we've tried to make returns and exchanges as easy as our designs are bold.

Our Promise: We back the quality of every graphic tee we sell. If you're not fully satisfied, we'll put it right with a refund or an exchange, and no need to argue.

Return & Exchange Basics

  • Timeframe: 15 days after the delivery date
  • Condition: every item has to be unworn and unwashed, with its original tags still attached
  • Proof of Purchase: we need your original order number
  • Return Shipping: paid by the customer (except for defective items)

How to Start Your Return or Exchange

  1. Contact Us: send your request to returns@graphicteeshop.example, set out like the template further down
  2. Wait for Approval: within 2 business days we'll reply with the return instructions
  3. Pack Your Item: put the original packing slip in the parcel
  4. Send It Back: by a shipping method you can track, post it to:
    Graphic T-Shirt Shop
    Returns Department
    2654 Hedge Street
    Newark, US 07102
  5. Confirmation: when your return has been processed, you'll get an email from us

Return Request Template

Copy this template into your email to returns@graphicteeshop.example:

Subject: Return or Exchange – Order #[Your Order Number] Hello to the Graphic T-Shirt Shop Team, Please accept my request for a [return/exchange] on order #[Your Order Number]. What I am sending back or exchanging: – Product Name: [as shown on your order confirmation] – Quantity: [Number] – Size: [Size] – Reason: [why you are returning or exchanging it] I know that: – items have to be unworn and unwashed, with their tags attached – the return shipping is mine to pay (unless the item is defective) – refunds go back to my original payment method Kindly send me the return instructions when you can. Thank you, [Your Full Name] [Your Phone Number (optional)] [Your Email Address]

Refund Information

  • Time to process: 3-5 busin""",
                        ("original packing slip",)),

    "sockessentials": ("""Returns Policy

At Sock Essentials we hope every pair of socks you get from us is one you love. We know a product sometimes falls short of what you hoped, and we want sending it back to be easy. Our aim is a flexible, open returns policy, so that you can shop feeling sure and at ease.

30-Day Satisfaction Guarantee

Every purchase comes with our 30-day satisfaction guarantee, which we are proud to give. If you are not fully happy with your socks for any reason, you may start a return within 30 days of the delivery date. Size, colour or fit: whatever the reason, we want you happy with your choice.

Conditions for Returns

A return is accepted when these conditions are met:

  • Unworn and Unwashed: returned socks must be in their original condition, unworn and unwashed, and their tags or packaging must be intact.
  • Original Packaging: we cannot take back socks that were worn or used, for reasons of hygiene. If you think you may send them back, please keep them in their original packaging.

Try new socks on inside the house first, to judge fit and comfort, before wearing them out.

Easy Return Process

If your return meets the conditions above, follow these steps to start it:

  1. Contact Us: email support@sockessentials.example giving your order number, the items to be returned and your reason for returning them. Our customer service team will look at your request and tell you what to do next.
  2. Receive a Return Authorization: when your return is approved, we send you a Return Authorization number with return instructions. Note that a return sent without authorization first may not be processed.
  3. Pack and Ship: pack the items carefully, with all of their original packaging, tags and materials. The cost of return shipping is the""",
                       ()),

    "bellobelts": ("""Returns & Exchanges
Any product can be exchanged or refunded within 30 days, provided you have neither worn nor damaged it.
If the item reached you damaged, or you believe it has a manufacturer's defect, write to info@bellobelts.example.
For any other return, begin on our Returns page:
- Type in your email and your order number (you'll find it in your order confirmation email).
- Choose the item(s) you want to return or exchange.
- Pick how you want your return settled (Store Credit/Exchange/Refund).
- Look in your email and follow the authorization instructions.
- Download the USPS shipping label and print it.
- Pack your items in their original packaging as well as you can.
- Put the packing list in with them.
- Hand the parcel in at a Post Office or an Approved Postal Provider near you.
Allow three weeks for us to refund you. We will email you once your item(s) are with us and we have processed your refund.
Item(s) returned outside the 30 day return window may be refused, or a restocking fee may be charged. Custom orders cannot be returned or exchanged.""",
                   ("packing list", "outside the 30 day return window")),

    "shopserenityscarves": ("""Contact
Return Policy:
1. Return Period: a return can be made within 14 days of the day your item(s) reached you.
2. Eligibility: an item can be returned only if it is unused, in the condition it was in when you received it, and in its original packaging.
3. Restocking Fee: every returned item carries a 3% restocking fee, which helps pay for handling the return and putting the product back in stock.
4. Return Procedure: it is up to you to start the return. Put all of the original packaging and accessories in the return parcel, together with a copy of your original purchase receipt or a clear note of your ORDER number, so that we can process the refund properly.
5. Shipping Responsibility: you arrange and pay for shipping the returned item(s). We do not refund the original shipping costs. Within the U.S.A., the cheapest shipping label can be made at usps.com by picking Ground Advantage. Each item weighs about 15oz to 1 pound.
6. Inspection and Approval: we inspect every returned item when it arrives. The refund starts only once we have approved the condition of the returned item.
7. Refund Method: refunds are made to the payment method you used when you first bought the item.
Send items to:
Serenity Scarves
191 Desert Bloom
Irvine, CA 92618""",
                            ()),

    "theglovestore": ("""Returns Policy

Returns Policy (for Businesses and Consumers)

(1) Introduction

Now and then you may want to send a product back to us.

This 30 day returns policy lets you return products to us when the circumstances are right.

It applies wherever you are in the world.

Any statutory rights you have, such as your rights as a consumer under the Consumer Contracts Regulations of 2013, stay as they are.

(2) Returns

Even if the law gives you no other right to send a product back and get a refund or an exchange, you may still return a product to us when:

(a) the returned product reaches us within 30 days of the date you received it;

(b) it comes back unused, in its original packaging, still unopened (with any seal or shrink-wrap unbroken), and otherwise fit for us to sell as new;

(c) you keep to the steps of the returns procedure that follows; and

(d) no exclusion listed further down applies.

(3) Returns Procedure

To use the rights this returns policy gives you, you must:

(i) email sales@theglovestore.example saying you wish to send a product back to us.

(ii) we will reply to your email with a Returns Form. You must fill in the returns form with the information we need to handle the return: exactly what you are sending back, your details, and our Order number / Invoice number.

(iii) when your completed Returns Form has reached us and been checked, we will give your return a Returns Authorisation Number.

(iv) we will then email your Returns Form back to you, with the Returns Authorisation Number shown in red at the foot of the form.

(v) you may now send the product back to us. A copy of the returns form must be fixed securely to the""",
                      ("fill in the returns form", "copy of the returns form")),

    "appropriatefit": ("""RETURN POLICY

Every item must come back unworn and unwashed, in new condition, with its original tags and packaging intact. Please pack every item well. Every footwear box must also be protected by outer packaging. If an item comes back in any state other than the one it was shipped in, it may be refused or subject to a restocking fee.

The customer pays any additional costs related to online returns. Every authorized return or exchange request is issued a prepaid shipping label; handling your request can take several business days. Every return package must reach us within a few days of the label issue date, failing which it may be refused. We may refuse any return or exchange that was not authorized.

We take orders placed one after another as likely indicative of bot activity, and may charge them a restocking fee. Cancelled orders or refused shipments can carry a restocking fee, besides whatever the shipment cost to send.

In-store pick up orders that stay uncollected at one of our stores for longer than months can be charged a restocking fee, and their products put back into inventory.

Return time: within 30 days of receiving the items.

We refund as soon as the parcel shows normal logistics.""",
                       ("outer packaging", "may be refused or subject to a restocking fee",
                        "additional costs related to online returns", "within a few days of the label issue date",
                        "indicative of bot activity", "cancelled orders or refused shipments", "in-store pick up orders",
                        "normal logistics")),
}
