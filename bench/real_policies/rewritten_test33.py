"""The test33 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "thecookware": ("""Our shop sells good cookware and we care that you are happy with it. Should an order disappoint you, this page sets out how sending things back and getting your money back work.

1. Who Can Return

A return is possible when all of these hold:

  • You send the product back no later than 30 days after it was delivered.
  • It is new and has not been used, and it comes with every piece of its original packaging, its tags and its accessories.
  • You show proof of purchase, for example your order number or the receipt.

2. What Cannot Come Back

A few things can't be returned or refunded:

  • Anything labelled non-returnable or final sale.
  • Products that were used, installed or altered in any way.
  • Products broken through misuse, an accident or careless handling.

3. How a Return Works

Please go through these steps:

  1. Write to us: email our support team at help@thecookware.example (or phone us) to tell us you want to return something. Include the order number, what the product is and the reason you are sending it back.
  2. Authorization: when we approve your request, you get a Return Authorization (RA) number. We need it to handle the return, and a parcel arriving without one will be refused.
  3. Sending it back: the postage for the return is yours to pay. Please use a service with tracking so the parcel reaches us safely; the cost of shipping it back stays with the customer.
  4. Checking: when the product arrives we look it over. If it is new and unused, we go ahead with the refund.

4. Refunds

  • When your returned item has arrived and been checked, we will let you know that it was approved""",
                    ()),

    "hotstuffbakeware": ("""RETURNS & EXCHANGES

Not fully happy with what you bought? You can send back unused goods no later than 7 days after the original purchase date and get the full price refunded, less the delivery charges. You can also send back unused goods within 15 days of the purchase date for an exchange for another product. If an order was part of a promotion and you send back only some of it, the refund may be smaller.

We need 3-4 business days to process a return once it reaches us. The credit can take one or two billing cycles to appear on your card statement.

When returning unused goods, please:
- Include the original receipt of purchase, and keep a copy for yourself.
- Pack it in its original packaging, new or unused. We do not accept goods that are used or damaged.
- Note that delivery charges are not refunded, except when the product reached you damaged or we sent the wrong product.

Returning Something
To return or exchange something, send us an email at sales@hotstuff.example with these details and we will start the return or exchange for you as quickly as we can:
- Your name
- Postal address
- Phone number
- Email address
- Order number
- Name or description of the item
- Reason for return
- What you would like us to do (a refund or a replacement)""",
                         ("within 15 days of the purchase date for an exchange", "part of a promotion")),

    "coffeegears": ("""Now and then a purchase just isn't right. We hope everything you buy here makes you happy, but if you want to send something back, we can help.

A few points to bear in mind:

Items sent back under our Return Policy are refunded at the price you paid for them. We do not refund any shipping costs you paid. An item that has to be cleaned, needs new packaging or parts, or does not meet the Return Policy can be charged a restocking fee of up to 20%. We process refunds within 14 business days of the item arriving at our warehouse.

You pay for the shipping back to us, and you can pick whichever carrier suits you. Please insure the parcel against loss or damage: an item damaged in transit on its way back cannot be refunded.

Any questions? Just ask.
Our support people are ready and well caffeinated.
Email: info@coffeegears.example""",
                    ("restocking fee of up to 20%", "damaged in transit")),

    "mytapwaterbottle": ("""Our first concern is that you like what you bought. If you are unhappy with your purchase for any reason, you can return or exchange items no later than 30 days after your order reaches you, as long as you have proof of purchase.
We can only take back goods that were bought on our own website.
For an exchange or return of our bottles bought from another retailer, please go back to the shop you bought them from. What follows covers only orders placed on our website.
INSTRUCTIONS
Returns With the Original Receipt:
With the original receipt, you can send items back for any reason within 30 days of the purchase date. We refund the price paid for the goods to the way you originally paid.
Returns Without a Receipt:
A defective item can be sent back with or without a receipt for up to 30 days after your parcel arrives. Please give us as much detail as you can with it: the name, phone number and address the order was shipped or billed to, the email address, or the card used to pay. Any refund goes back to the account the order was paid from.
Pack the return carefully and seal it, and send it with an insured carrier. You must pay the postage in advance; we refuse C.O.D. parcels. Email us at returns@mytapwaterbottle.example and we will send you the address to return it to.
For any other questions on returns, write to returns@mytapwaterbottle.example.
Please note that we cannot accept photocopied invoices or packing slips, and that we only credit the card that paid for the order.
CARD REFUNDS
Refunds and price adjustments go only to the card that made the original purchase. The credit can take up to two billing cycles to show on your statement.""",
                         ("with or without a receipt", "photocopied invoices")),

    "lunchboxmania": ("""Refund Policy

When you buy from LUNCHBOXMANIA you can have a refund if the goods you bought:

  • have a major, basic fault that nobody knew about when you bought them
  • don't do the job you were told they would do
  • differ from the sample you were shown, or
  • don't match their description.

To get a refund from LUNCHBOXMANIA you should:

  • tell us about the fault or send the goods back to us as soon as you can
  • say which remedy you want
  • give proof of purchase when you return the goods
  • make sure the fault was not caused by you
  • stop using the faulty item
  • look after the goods while you have them.

You cannot have a refund from LUNCHBOXMANIA if:

  • you simply change your mind about a product.
  • you knew of the fault, or should have, when you bought it, for example when it was sold as seconds
  • you can't show who sold you the item and when.

You also cannot have a refund if the damage came from misusing the product or not following its instructions.""",
                      ("sold as seconds", "misusing the product")),

    "freshc": ("""Return & Exchange Policy
We want you to be fully pleased with the food storage products you buy from us, such as airtight containers, sealed jars and cling wrap. This policy explains the rules and steps for sending products back or swapping them, so that the process is clear and fair for every customer. Placing an order means you accept the rules below.
A product can be returned or exchanged only if it is unused and unopened, in its original packaging, with every tag, label and accessory still in place. Products that were used, damaged, stained or modified can't be returned or exchanged, since we could not sell them again. Custom or personalized products (where we offer them) also can't be returned or exchanged, unless they reach you damaged or defective.
You have a reasonable period after delivery to return or exchange a product. To start, follow the steps given on our website within that period. Requests that come in after the period has ended are turned down, and no refund or exchange is given. Keep your delivery confirmation email and tracking number handy for when you start a return.
Defective or damaged products: if a product reaches you damaged, broken or defective (for example a container whose seal fails, a jar with a crack, or cling wrap that won't stick), tell us within 48 hours of delivery. Send clear photos or videos of the damaged packaging and of the faulty product as evidence. We will look at your claim quickly and, as we decide, give you a full refund, a free replacement or an exchange for the same product, and you pay nothing for shipping the replacement or for processing the refund.
Return shipping costs: for an ordinary return (not for damage or a defect), only the customer pays the shipping back. We advise using """,
               ()),

    "woodcuttingboardstore": ("""Returns & Exchanges

When you buy a cutting board here, I want you to be completely happy with something meant to last a lifetime. So we take back any item that is fully new and unused no later than 30 days after purchase, and a defective item is replaced for free.

On every new, unused item sent back we charge a flat 20% restocking fee. The buyer also pays for the postage back.

To start a return, email me at help@woodcuttingboardstore.example to get a return authorization and the next steps.

What Can Be Refunded

  • New products still in their original packaging
  • Products with a defect
  • Products damaged in shipping
  • Items we shipped by mistake

 

What Cannot Be Returned or Refunded

  • Any product that has been used
  • Gift cards
  • Custom orders
  • International orders
  • Engraved products and engraving services
  • Products bought without proof of purchase from our shop that we can check
  • Boards that have been through the dishwasher (we can tell)
  • Since they are made to order, custom, engraved or personalized orders can't be refunded once paid.

 

How Returns and Replacements Work

Damaged or Wrong Orders

If your item(s) were damaged on the way, are defective, or items are missing or wrong, let me know no later than 7 days after they arrive so that I can send you a replacement. After those 7 days I may turn down a claim for damage or missing items, because late claims are far harder for me to take up with the carrier.

Email me a description of the problem; photos help a lot. I will then set up the return and send you a return shipping label to send the order back with. Once the return reaches us, we ship you a replacement as fast as we can.

Again, please tell me as early as you can, since the time I have to claim on the insurance""",
                              ("international orders",)),

    "thespicerack": ("""The Spice Rack Returns Policy

Changed Your Mind:

The Spice Rack is glad to take a return when you change your mind, provided the product is unused and still in its original packaging. Once the item reaches us, we give you a store credit for it. Get in touch within 7 days to arrange the return.

Damaged or Faulty Items:

Following the Australian Consumer guidelines, The Spice Rack always replaces or refunds a faulty item, or one that broke in transit. If we can't replace the item, you get a store credit or a refund. Please get in touch within 48 hours.

Quality Promise:

If an item was sent after its best before date has passed, you get a full refund once you email or post us the batch number and the best before date.

Rules for returns, where they apply:

  • Our Customer Service Team must approve any goods before they are sent back for an exchange.
  • Put a copy of the invoice and the reason for the return in with every product you send back.
  • Send products back in their original packaging no later than 7 days after your return request.
  • Please keep the broken parcel and its packaging until we say otherwise, as our courier may need them as proof of the damage.
  • The customer pays the return freight when they ordered the wrong thing or cancelled after dispatch.
  • Spice Rack pays the return freight on items we sent by mistake, unless the customer chooses to buy them.
  • We do not credit stock that breaks on its way back because of poor packing by the customer.""",
                     ("best before date has passed", "keep the broken parcel", "poor packing by the customer")),

    "apronmart": ("""Returns & Refunds – ApronMart
How Long You Have
Our return policy runs for 7 days: you have 7 days after your item arrives to ask for a return.
Who Can Return
Your item can be returned only if it:
-
Is in the condition in which it reached you
-
Has not been worn or used
-
Still has all its original tags
-
Is in its original packaging
-
Comes with the receipt or other proof of purchase
We turn away items sent back without our approval first or without a return shipping label.
How to Return
When we accept your return, we send you a prepaid return shipping label and clear directions on how and where to post your parcel.
Damage and Problems
Please check your order when it arrives. If an item is defective, damaged or not the one you ordered, get in touch straight away so we can put it right.
Items We Don't Take Back
Some products can't be returned, such as:
-
Custom or personalized products
-
Personal care items (for example beauty products)
-
Sale items, gift cards, and anything marked non-returnable
For questions about a particular product, just get in touch.
Refunds
When your returned item has arrived and been checked, we tell you whether the refund is approved. An approved refund goes back to your original payment method on its own within 10 business days. How long it then takes can depend on your bank or card issuer.
If your refund was approved more than 15 business days ago and still hasn't arrived, write to support@apronmart.example.
My Wishlist
Your wishlist is empty.""",
                  ()),

    "linentablecloth": ("""NOTICE: New phone hours! From Monday 9/22/14 our Customer Service Specialists can be reached Monday to Friday, 6 A.M. to 5 P.M. (PST).

Welcome to LinenTablecloth!

My Cart

Cart $0.00

Your shopping cart is empty.

Return Policy

We want you to be fully pleased with shopping at LinenTablecloth, though we know that what you buy online is not always what you hoped for. Because we hold ourselves to the best service and quality in our trade, we are happy to take back goods bought from our store on these terms:

  1. You must ask for return authorization no later than 30 days after the original purchase date
  2. Only goods we authorized can be sent back, and they must be received within 14 days of authorization
  3. These cannot be returned:
    • Opened items (except a single item used for sizing)
    • Items that were used or laundered
    • Items from the Clearance or Factory Discount parts of our store
    • Items that some promotions exclude from returns

Refunds

We refund to your original payment method or as store credit, as you choose on the return request form. Your original shipping costs are not refunded, since we still pay to ship your items even when you send them back.

Fees

There are no extra fees as long as you follow the steps in your approval notice to the letter. A 15% restocking fee may be charged, though, for any of these reasons:

  • The items sent back are not the items approved
  • We have to ask you for more information after the goods arrive
  • Your RMA number is not plainly marked on the outside of the parcels
  • Items come back in a state we did not approve (opened, laundered, etc.)
  • Items come back without authorization or without an RMA number

Return Shipping

You pay for shipping the return, but we can help with discounted """,
                        ("received within 14 days of authorization", "single item used for sizing", "15% restocking fee")),

    "glasscias": ("""Return & Refund Policy

Cancelling an Order
You can cancel an order only within 12 hours of placing it. This lets us fulfil your order better.

 

Cancellation Fees

A 7% charge on a cancellation applies: we keep 7% of the order total, to cover the fees our payment provider or gateway charges us for the transaction.

 

Returns

Our return policy lasts 30 days: you have 30 days after your item arrives to ask for a return.

Your item can be returned only in the condition in which you got it, not worn or used, with its tags, and in its original packaging. You will also need the receipt or other proof of purchase.

To start a return, email us at support@glasscias.example. When we accept the return, we send you a return shipping label and tell you how and where to send the parcel. We do not accept items sent back without a return request first.

 

Refunds

There is a 7% charge on every refund: we keep 7% of the order total, to cover the fees our payment provider or gateway charges us for the transaction.

Once your return has arrived and been checked, we tell you so and say whether the refund was approved. If it was, the money goes back to your original payment method automatically within 10 business days. Your bank or card company may also need some time to process and post the refund.

 

Exceptions / Items We Can't Take Back
Some kinds of glassware can't be returned because of what they are or how they were sold. These are glassware that was personalized or made to order, sale items, gift cards, glassware that was used or washed and is not in its original condition, glassware damaged by misuse after it arrived, items sent back without their original packaging, and special promoti""",
                  ("7% charge on a cancellation", "7% charge on every refund")),

    "castandcraft": ("""Exchanges & Refunds: Refund Policy (terms and conditions of sale)
You can send goods back in one of two ways:
• For a refund (the money goes back to the way you paid).
• For an exchange for a similar item, or a better one.
10-Day Cooling-Off Period
For 10 days you may cancel or return your order for any reason at all, without giving one. The item must be as you got it, still boxed and unopened: unused, in its original packaging, with the proof of purchase (receipt) included.
A return form comes with every item; to send an item back, fill in the return form and return it together with the item.
Checking Your Delivery
Please look at your order when it arrives. If the item is damaged, is not what you ordered or has defects, do not accept the delivery; that saves trouble later. Tell us at once about any defect or damage so we can deal with it properly (please include pictures).
Damage and Problems
You may return or exchange an item for reasons such as:
• Packaging that is damaged or not intact (the outer shipping box does not count).
• Products that don't match the specifications, or are not as complete as the online store shows.
• Cracks, chips or other damage to the cookware.
• Signs of rust on cast iron cookware.
• Damaged coating on non-stick cookware.
• Parts that are missing or wrong.
What Condition Goods Should Be In
• The product's packaging should be tidy and whole, and the item unused.
• Cast iron cookware should have no rust, chips, cracks, burns or sharp edges, since every item is checked before it is sent (quality check).
• Non-stick cookware (where relevant) should have no scratches, cracks or warping, and its handle should be fixed firmly.
• Every piece of a set should match the description of the product ordered.
• All parts should fit and go together easily.
• Items should be unused
Exceptions / Items We Don't Take Back
We do not accept returns or exchanges""",
                     ("fill in the return form", "do not accept the delivery")),
}
