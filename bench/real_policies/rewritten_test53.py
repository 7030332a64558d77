"""The test53 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "happybabycarriers": ("""Products bought straight from happybabycarriers.com can be sent back for a return or an exchange within 30 days of the day your purchase reaches you, and we refund the full price you paid, shipping fees excepted. Anything marked FINAL SALE cannot be returned.

Bear in mind that our warranty does not extend to cosmetic issues, such as small nubs in the linen or scuff marks on the leather, among others. Every carrier is made by hand, so measurements and stitching can differ slightly from one to the next.

We are sure our wraps and carriers suit parents of every shape and size. Before you ask for a return, please have a look at our instructions (or book a free session with our certified babywearing educator). We are always glad to help and want you to enjoy what you bought.

RETURNS

For a return, write to info@happybabycarriers.example and we will send you a return authorization. Keep in mind: items have to be unused, still carrying their registration tags, and sent back in their original packaging. We cannot take a return once the registration tag has been taken off.

Returns from inside the US: any original shipping charges are not refunded. The cost of sending the item back is yours. Email info@happybabycarriers.example to get the address to send it to. We take a $2 restocking fee out of your refund. Put a note showing your original order number inside the parcel, or the return cannot be processed. We strongly suggest buying shipping insurance when you send your carrier to us, since we are not responsible for lost carriers on their way to us.

International returns: the cost of sending the item back is yours. Email info@happybabycarriers.example to get the address to send it to.

When the item is back with us, give us up to two weeks to inspect it and issue the refund. It normally takes 2-3 business days for""",
                          ("warranty does not extend to cosmetic issues", "a $2 restocking fee",
                           "a note showing your original order number", "not responsible for lost carriers")),

    "babyride": ("""Return & Exchange Policy
We want both you and your child to be fully happy with the stroller you bought. This Return & Exchange Policy explains the terms and the steps for sending products back or swapping them, so the process stays clear and easy for everyone. Placing an order means you accept the rules set out below.
Any eligible stroller can be returned or exchanged within 14 calendar days of its delivery. It qualifies only if it is unused and has not been assembled, with its original packaging, parts, accessories and tags all intact. We may turn down a return or exchange when the product shows signs of use, damage, assembly or missing components, because it can no longer be sold as new.
Strollers that are custom or personalized (custom colours, engravings or modifications, for example) cannot be returned or exchanged unless they arrive defective or with a manufacturing error. This exclusion lets us keep quality under control for items made to your own request.
If a product is defective or arrives with an error (the wrong model, missing parts or a manufacturing defect, for example), tell us within 48 hours of delivery. Send clear photos of the product, its packaging and any defect, together with your order details. We will review what you send and offer, as we decide, a free replacement, a repair or a full refund. In those cases we pay for the return shipping and arrange for the defective item to be picked up.
For returns that are not due to a defect (a change of mind or the wrong size, for example), you pay all the return shipping costs. We suggest a shipping method with tracking, since we are not liable for lost or damaged items while the return is in transit. Return shipping fees are not refunded, and any original shipping cost is taken off your refund.
To start a return or exchange, follow the steps given on our website to send in a return re""",
                 ("not liable for lost or damaged items",)),

    "theclothnappycompany": ("""Follow our Facebook page to see our first live online cloth nappy workshop!

Delivery & returns

Delivery
We would like to meet you and answer your questions face to face. That is why every product bought from The Cloth Nappy Company is brought to your address by us in person, free of charge, on a date and at a time we agree. Products in stock arrive within 3 working days; products out of stock arrive within 14 working days. After you place an order, we send you an email with all the details. Deliveries of orders begin on 28th August 2019!

 

Returns
You have 30 days under this policy. Once 30 days have passed since you bought an item, we are unable to give a refund or an exchange. For an item to be returnable it must be unused and in the condition it reached you. It also has to be in its original packaging. A receipt or other proof of purchase is needed. Gift cards cannot be returned. Returning your item is your responsibility

To return an item, email us at sales@theclothnappyco.example.


Refunds
When your return has arrived and been inspected, we email you to say it has been received. We will also tell you whether your refund is approved or rejected. If it is approved, the refund is processed and a credit is put on your credit card or original payment method automatically, within ten days.

Exchanges
We replace items only when they are defective or damaged. To exchange one for the same item, email us at sales@theclothnappyco.example.""",
                             ()),

    "maternitydays": ("""Maternitydays.com has a very generous refund policy
WARRANTY
Faulty Product
A faulty product has a standard warranty period of 5 days.
In that case we will give you a replacement or a store credit. Let us know promptly at refund@maternitydays.example or info@maternitydays.example
If the item you received is faulty and you tell us within the period above, we will gladly give you a replacement item or a refund.
We do not give replacements for damaged packaging; we only replace goods that are faulty when they arrive.
If you think something is wrong, tell us as soon as you can so we can put it right!
Incorrect Items
If you were sent the wrong item, write to "order@maternitydays.example" no later than 48 hours after the product reaches you.
We will send the new item at no extra cost to you.
The extra shipping cost will be given to you as store credit, to make up for the cost of sending the item back.
The customer must send us a picture of the incorrect item so that we can deal with it on our side. The customer must also pack the item and ship it back to us. Once the "incorrect item" is back with us, we will send you a new one.
At worst, maternity days will give a full refund
Exclusions
We do not accept return or refund requests in the following cases
We cannot take returns of
Customized items made especially for you
Bulk orders we ordered in specially from our suppliers at your request.
Items damaged by makeup while being tried on – please take your makeup off first!
Items altered in any way.
Items that are worn, dirty or torn
Unless faulty, we do not accept returns of these items
Underwear
Hosiery
These items can only be returned in sealed, unopened packaging and untried:
Pregnancy Pillow
Pregnancy Supporter
Maternity Corset
Change of Order Details
Every query about orders and refunds should be emailed to the foll""",
                      ("we do not give replacements for damaged packaging", "48 hours after the product reaches you",
                       "given to you as store credit", "must send us a picture of the incorrect item",
                       "must also pack the item and ship it back", "only be returned in sealed, unopened packaging")),

    "yourschooluniform": ("""Returns Policy

If you buy from us as a consumer and are unhappy, for whatever reason, with a school uniform item you bought, you may send it back to us in its original condition within 14 days of delivery for a refund or an exchange.

If you need a replacement school uniform item, we suggest placing a separate online order, as that is the quickest way to get it delivered. Keep in mind that orders are made to order: we hold plain stock and embroider or print the school logo as needed. Any exchange order is charged the standard delivery charge, except an exchange for another size of the same colour and style.

How To Return Your Item(s)

1. Send the school uniform item back with the 'Delivery Note' that came with your order, marking why you are returning it. The back of the delivery note explains how to fill it in. If the original 'Delivery Note' is missing, just send the details below with the item(s) you return;

The details above MUST come with the item(s) you send back. Without them we cannot tell who sent the return or process a refund.

2. Pack the school uniform item securely in suitable packaging. Stick the reply-paid returns label that came with your order and delivery note on the outside of the parcel.

3. Take the parcel to the Post Office and ask them for a receipt as proof of posting. The free returns service goes by standard post, without tracking. Should you want a signed-for service, you pay its extra charge yourself (YourSchoolUniform.com will not refund it). Keep your proof of postage receipts safe, since we cannot be held responsible for school uniform items that never reach us. If you pay for return postage yourself rather than using our returns label, the postage you paid is not refunded.

4. """,
                          ("charged the standard delivery charge", "the details above must come with",
                           "ask them for a receipt as proof of posting", "signed-for service",
                           "items that never reach us", "the postage you paid is not refunded")),

    "stationeryvip": ("""
Refund and Returns Policy
Effective Date: November 28, 2024
Thanks for shopping at stationeryvip! We want you to be entirely happy with what you bought, and this Refund and Returns Policy is meant to make returning easy if your order does not satisfy you.
1. Return Eligibility
An item can be returned when it meets these conditions:
- It is unused, in its original condition and in its original packaging.
- You start the return no more than 30 days after your order reaches you.
- It is not a final sale, clearance or personalized product.
2. How to Return an Item
To send an item back, take these steps:
- Step 1: Email our customer service team at info@stationeryvip.example to ask for a return authorization, giving your order number and why you are returning the item.
- Step 2: When the return request is approved, we will send you instructions for returning the item.
- Step 3: Pack the item securely in its original packaging, with all its tags, instructions and accessories.
- Step 4: Send the item to the address our customer service team gives you. The return shipping cost is yours, unless the return comes from a mistake on our side.
3. Refunds and Exchanges
When your returned item has arrived and been inspected, we will handle your refund or exchange:
- Refund: An approved return is refunded to the payment method you used for the purchase. Depending on your payment provider, refunds usually reach your account in 5-10 business days.
- Exchange: To swap an item for another product, tell us when you ask for the return. Exchanges depend on what we have in stock.
4. Damaged or Defective Items
If an item reaches you damaged or defective, contact us straight away at info@stationeryvip.example. We will help with a replacement or a full refund, return shipping included at no extra cost. Pleas""",
                      ()),

    "ddp": ("""Our aim is outstanding service. If you are not satisfied, we will be glad to offer an exchange or a return within the time limits below.
Every return (recycling aside) needs an RMA # (Return Material Authorization) before it is sent. Without one, credit may be held back.
OEM Ink/Toner Only – returns or exchanges for up to 30 days. Past 30 days, the customer has to deal with the manufacturer directly.
Compatible Ink/Toner, Defective – returns without conditions for up to 30 days; after 30 days and up to 1 year, exchange only.
Compatible Toner, Non-Defective – returns without conditions for up to 30 days; after 30 days and up to 1 year, exchange only. **Some compatible toners have a return window of only 120 days from the invoice.
Shortages, damage in transit and discrepancies have to be reported within 2 days of delivery. The customer must understand that products need inspecting when they arrive.
Before any credit or refund, lost packages are investigated in line with the carrier's policies.
Custom and/or Special Orders cannot be refunded unless the vendor made an error.
Any extra product that arrives with a return is treated as unauthorized, and credit for it may be refused.
Credits are given once an authorized return has been completed.
Exchange invoices exist for accounting only. Usually the credit goes onto the exchange invoice.
A return without authorization may get no credit at all.
Returns that are not defective (and some unauthorized returns) and not caused by a vendor error carry a 25% restocking fee.
Product that is not defective must come back in a condition fit for resale. Writing on the manufacturer's box, or sticking shipping labels on it, means no credit.""",
            ("past 30 days, the customer has to deal with the manufacturer", "compatible ink/toner, defective",
             "compatible toner, non-defective", "only 120 days from the invoice", "lost packages are investigated",
             "extra product that arrives with a return", "the credit goes onto the exchange invoice",
             "without authorization may get no credit", "sticking shipping labels on it")),

    "mrsedgar": ("""Returns

HAPPY OR YOUR MONEY BACK!

Bought it and found it isn't quite what you pictured? That's fine! If your planner or anything else you bought from us doesn't make you happy, just send it back through our Returns Portal within 30 days for a full refund, as long as the product is unused and can be resold. Remember to give us your order number too! Your happiness with your purchase matters to us.

Refunds for products go back by the same method you paid with. Where the returns criteria are not all met, we may turn the return down or offer an exchange instead.

    Please note
    When you return something because you changed your mind, the delivery fee is not refunded. If you paid with a buy now pay later service, the refund goes back to the account the items were bought with, and the balance there is then adjusted. For more details see Afterpay – www.afterpay.com

    A faulty product can be returned at any time, as long as you have proof of purchase.

    HOW CAN I REQUEST A RETURN, EXCHANGE OR REFUND?

    Just go to our Returns Portal. Have your order number ready, along with the email address you ordered with. Both are in your order confirmation email.""",
                 ("we may turn the return down or offer an exchange", "buy now pay later service",
                  "a faulty product can be returned at any time")),

    "invitationsbyluissanchez": ("""Return Policy
Return Policy
Please bear in mind that making invitations takes a great deal of time. Every invitation is crafted by hand, one at a time, with care and precision.
We want your invitations to be perfect before they are printed, so we need a confirmation from the person who placed the Invitation Order.
Printing does not start until you give us your approval. After you approve the design we start on the invitations, and neither the order nor the design can be changed after that. Sometimes we can change the design for an extra fee.
Our invitations cannot be returned or refunded unless a misprint or error is our fault.
You may keep invitations that have errors or misprints and get a 50% refund, or send the whole invitation order back to us for a full 100% refund. We will give you the return label.
If your event is postponed for any reason after your invitations were printed, we offer reprints of the invitations at a discount (Acrylic Invitations excluded)
Shipping
Every order goes out by USPS Priority Mail.
Tracking your package and making sure it reaches your address is up to you. That is why we urge you to check your shipping address carefully before ordering.
If your package is late or held at your local post office, you have to collect it yourself. A business can only do so much about packages. Any problem must be raised with USPS.
When the package has left our office, it is no longer our responsibility. We will still gladly help you find it.""",
                                 ("get a 50% refund", "reprints of the invitations at a discount")),

    "backpackboyz": ("""Returns & Refund Policy – Backpack Boyz

We want you to love what you bought! If it doesn't satisfy you, please read our return and refund policy below.

1. Returns

  • Unused items may be returned within 14 days of delivery.

  • Products have to be unused, in their original packaging, and come with all their accessories.

  • To start a return, email support@backpackboyz.example with your order number and the reason you are returning it.

2. Non-Returnable Items

Some items cannot be returned, including:

  • Items that are personalized or custom-made.

  • Products sold on clearance or as final sale.

  • Hygiene-related items that have been opened or used (where relevant).

3. Refunds

When your return has arrived and been inspected, we will tell you by email. Approved refunds go to your original payment method within 5–10 business days.
Shipping fees are not refunded, except when the return comes from our mistake.

4. Exchanges

To swap an item for another size, colour or product, contact our team and we'll take you through the exchange (subject to availability).

5. Damaged or Incorrect Items

If a product reaches you damaged or incorrect, contact us within 48 hours of delivery, with photos of the item and its packaging. We'll promptly replace the order or refund it.

6. International Orders

We ship all over the world with pride. Please keep in mind:

  • Customs fees, duties and import taxes are paid by the customer.

  • Delivery times differ by destination.

  • Returns sent from outside the USA need approval first and are shipped at the customer's cost.

7. Contact Us

For questions about returns or privacy, contact:
📧 support@backpackboyz.example
🌐 www.backpackboyz.com""",
                     ("returns sent from outside the usa",)),

    "itsmylunchbox": ("""Home / Warranties & Returns

 

This warranty and return policy explains how you are protected and covered when you choose to buy our goods and services. Please read it, along with any other consumer policies we give you, so you know we have your back on the wild ride of life.

This privacy policy was last updated on April 26, 2019.

For a claim about a hydration system, see the Warranties section or go on to this form

Returns & Exchanges:

A product can be returned or exchanged only when it is unused, in its original packaging and with every original tag still attached. We take returns for up to 30 days after the posted delivery date.

For orders placed from November 1st to December 15th, the return period runs until January 15th to allow for holiday shopping.

The customer pays for return shipping. Items sent back without their original packaging but like new and undamaged carry an extra 20% restocking fee. Refunds depend on an inspection of the product for use once it is returned -- lunchbox INC may hold back payment until the item has been received, processed and inspected. Products that have been used are not refunded.

If a product has a manufacturer defect, we replace it free of charge to the customer, shipping included. Defective items are checked for improper use and damage not caused by the manufacturer, and compared with past quality assurance reports. If the defect turns out not to come from the manufacturer, the item can be sent back to the customer once all outstanding shipping costs are paid. 

Warranties:

The lunchbox product has a one-year warranty from the date the order was placed. The lightshow product line has a 30-day warranty. Lunchbox skins are collectible and rare, so they are not replaced unless defective.

The lunchbox product warranty """,
                      ("the return period runs until january 15th", "extra 20% restocking fee",
                       "checked for improper use", "once all outstanding shipping costs are paid",
                       "has a one-year warranty", "has a 30-day warranty", "so they are not replaced unless defective")),

    "meggiemoos": ("""Returns & Refunds

When we confirm goods are faulty and they come back to us within 14 working days of receipt, we will refund you. A returned item remains your responsibility until we have received it. So we suggest sending the parcel back by a delivery service that insures it for the full value of the goods, as we cannot be held responsible for items lost or damaged in the post. You cannot return goods in these cases:   

a.) Gifts made or personalised especially for you.

b.) Where we believe you have not looked after the goods reasonably while you had them. Where they are not sent back in their original packaging.

c.) Where you made a spelling mistake in your order and it has been sent to production.

d.) Where you uploaded the wrong photo or design

If you send an item back because we made an error, or because the product is defective, we will gladly refund the item's full value. The item(s) must come back in the condition you received them within 14 days of delivery. Personalised products are individual by nature and cannot be sold again, so we cannot take returns because you changed your mind.  

When goods are confirmed as sent from us or one of our suppliers but are delayed and seem to be missing in transit, how we respond generally follows the missing items policy of Royal Mail and DPD, though it may differ by product. As a general rule, for greeting cards we aim to deal with any issue within five working days of the card failing to arrive, and for personalised gifts within ten working days of the gift failing to arrive on the expected delivery date.""",
                   ("remains your responsibility until", "have not looked after the goods reasonably",
                    "made a spelling mistake in your order", "uploaded the wrong photo or design")),
}
