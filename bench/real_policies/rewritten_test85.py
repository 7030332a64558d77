"""The test85 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "thebean": ("""Refund Policy

Refund Policy: The Essentials

Most recent update: 01/01/2026

The Beans is proud to send out coffee that is fresh and of high quality. Because of what we sell, the return and refund policy below is meant to be open and fair.

1. Who Can Return

Coffee is used up once it is opened, so we take no returns of items that have been opened or used.

We accept a return only when:

  • the product you got was damaged, defective or incorrect
  • you tell us about the problem within 48 hours of delivery
  • the product is unused and unopened, and still in its original packaging

2. Items We Do Not Take Back

None of these items can be returned or refunded:

  • coffee products that were opened or partly used
  • products damaged after delivery because they were stored or handled improperly
  • items bought on sale or at a promotional discount (unless they are defective)

3. Damaged or Incorrect Orders

When an item reaches you damaged, defective or incorrect, write to us at:

Email: orders@thebeans.example

Send along:

  • your order ID
  • clear photos or a video showing the product and its packaging
  • a description of what is wrong

After we have verified the claim, we will offer you a replacement or a refund, whichever availability allows.

4. How Refunds Work

  • Refunds we approve are processed within 7–10 business days
  • The refund goes back to the original payment method
  • Any shipping charges are not refunded, unless the mistake was ours

5. Replacements

  • Every replacement is subject to stock availability
  • If a replacement is unavailable, you will receive a full refund instead

6. Cancelling an Order

  • An order can be cancelled only until it is processed or shipped
  • After dispatch, an order can no longer be cancelled

7. How to Reach Us

Send any request about a return, a refund or a cancellation to:

Business name: The Beans
Email: orders@thebeans.example""",
                ("subject to stock availability", "if a replacement is unavailable")),

    "adagio": ("""Your satisfaction with everything you ordered matters to us, and we happily take any item back within 30 days of purchase. Tea samples and Signature Blends are the exceptions here; the Return Eligibility section explains more.

To start a return and see where to mail it, go to the returns and claims area of your account page and pick the eligible items you are sending back. Every product, tea included, has to come back in its original packaging.

For the return trip you can use any carrier you like, or buy a FedEx label for $6.99 and print it yourself; that amount is charged to the payment method you used for the order.

Opened packs of tea, and teaware that can no longer be sold, carry a 35% disposal fee when returned, which covers what disposing of them costs us. Our "disposal fee" FAQ gives the details.

Almost everything we sell can come back, apart from a small number of exceptions:

Samples, our Sampler Sets among them, cannot be returned. They are so small and cheap that returning or exchanging them would cost more than they are worth. Disliking a sample does not qualify it for a refund.

Custom and Fandom Blends cannot be returned either, since each one is made for a single customer: every custom or fandom tea is blended and packed to order. For that reason we are sorry that we cannot take these items back.

Both exceptions hold for online purchases and in our stores alike. Thank you for understanding.

Returns we have not authorized are not eligible either. A product sent back without authorization online gets no refund, no replacement and no store credit. Each return has to be authorized online in the returns and claims area of your account page, and a return without authorization will not be processed.

When an item arrives damaged, start the return in the returns and claims area of your account page. Mention there that it came damaged and that you would like a replacement. We will provide a F""",
               ("fedex label for $6.99", "35% disposal fee")),

    "olivebranchwl": ("""Terms & Conditions
The Olive Branch
Order Cancellation
The Olive Branch may cancel or refuse any order whenever it needs to, as the law allows it, for reasons that include, among others, a product being unavailable or out of stock, mistakes in how products are processed or described, mistakes in the order or in processing its payment, or a suspicion that the transaction is illegal or unauthorized.
Returns and Cancelations Policy
The Olive Branch aims to supply goods and products of high quality that satisfy its customers. Our customers may therefore cancel and send back an order, with olive oil (extra virgin), gourmet foods, balsamic vinegar and other products included, provided they meet the conditions below (further conditions may apply). Goods have to come back in the same condition they were in when the customer received them, with all of their wrappings, documents and instructions.
The Olive Branch may turn down a cancelation or a refund for the reasons that follow (further conditions may apply): goods that are damaged, worn past their original packaging, or no longer in the state they were in when the customer received them. We may also turn it down when the product bought was personalized or made to the customer's instructions; when products are, by their nature, unsuitable for return, deteriorate quickly or are past their expiration date; when they were unsealed after delivery; when they have become inseparably mixed with other items; or when the customer has already acknowledged the loss of cancelation rights.
Once your order meets the requirements and policies for a return or a cancelation, we will reimburse you within 14 days at the latest from the day the returned products reach us. We pay the reimbursement back through the same means of payment the customer chose for the order, and the transaction costs the customer no fees.
Process Policy
The Olive Branch may alter or revise its process whenever it likes before it accepts your order or purc""",
                      ("cancel or refuse any order", "loss of cancelation rights")),

    "bakersauthority": ("""Shipping & Return policy

Shipping

We aim to ship every order out on the next business day, though when volume is higher than usual some orders may be held up and leave a day later.

Exceptions:

1) We are closed at weekends but keep taking orders, so on Mondays, and some Tuesdays, we may not get through everything
2) Items that ship only on Mondays and Tuesdays (Chocolate, Refrigerated and Frozen items) go out on the next Monday or Tuesday after the order (for example, an order placed on a Tuesday ships the Monday after. If it came in before we print the morning pull ship AND Express shipping was chosen, it may or may not be included in that day's pull ship.)
3) Items that are out of stock
4) Items on special order
5) Items shipped from somewhere other than our main warehouse may take extra time

Returns

Once 14 days have passed since your purchase, we are sorry, but a refund or exchange is no longer possible.

A returned item qualifies only if it is unused and in the same condition you received it in, and it has to be in its original packaging too.

Some kinds of goods cannot be returned at all: perishable goods like food, and hazardous materials like flammable liquids.

Your return needs a receipt or another proof of purchase before we can complete it.

Do not mail your purchase back to the manufacturer.

In some situations only partial refunds are granted (where they apply):

Any item that is not in its original condition, or has damage or missing parts that are not down to an error of ours.

Any item whose return is not due to a mistake of ours.

Refunds (where they apply)

When your return has arrived and been inspected, we will email you to say your returned item has reached us. We may also tell you whether your refund has been approved or rejected.

If it is approved, your refund is then processed and credited automatically to the credit card or original m""",
                        ("back to the manufacturer", "only partial refunds are granted")),

    "thespiceculture": ("""SHIPPING AND RETURNS

Shipping Policy

Every order is made ready and sent out within 2-5 business days. How long it takes depends on our stock, since everything we sell is produced in small batches and some of it only when ordered. When the order leaves us, the customer receives an email with a tracking code.

Delivery times vary from product to product. After shipping, an order arrives within 1-7 days, barring last-minute obstacles along the way.

The delivery times given are calendar days. In the high season and over (national) holidays, delivery can take longer than stated. The Spice Culture is not responsible for delays in delivery caused by third-party services.

If your parcel fails to arrive, or arrives damaged, write to us at: hello@thespiceculture.example

Return & Exchange Policy

To keep our customers safe, we take no returns and give no exchanges or refunds, except where the item you bought is defective, broken or damaged. If a defective item reaches you, email hello@thespiceculture.example with the details of the product and of its defect.

Once we have the proof of the defect, we will send you a replacement item at no charge, or refund you if you ask for it, within a reasonable time.

Damages and issues

Please check your order when it arrives and get in touch at once if an item is defective or damaged, or if you were sent the wrong item, so that we can look into it and put it right.

Exceptions / non-returnable items

Some kinds of items cannot be returned: perishable goods (for example Sambols, Spreads and the like) and custom products (for example special orders or personalised items).

We are sorry, but sale items and gift cards cannot be returned either.

Exchanges

To get the item you actually want as quickly as possible, return the one you have and, when that return has been accepted, buy the new item in a separate purchase.

Refunds

We will tell you when your return has arrived and been inspected, and let""",
                        ()),

    "delice": ("""Refund Policy

Who Can Ask for a Refund

You can ask us for a refund when products reach you damaged or melted, or differ significantly from how they were described. To qualify, get in touch within 24 hours of delivery and send clear photographs that show the state of both the products and the packaging. Our chocolates are made by hand, so slight variations in appearance are to be expected and do not qualify for a refund. Custom orders and personalized selections cannot be refunded unless they arrive damaged.

How Refunds Are Made

After we approve your refund request, we process it within 5-7 business days. The money goes back to the payment method you originally used for the purchase. If you paid by credit card, expect another 3-5 business days before the amount shows in your account. Shipping costs are refunded only when the delivery problem is our fault.

When There Is No Refund

We do not give refunds for:
- products that were damaged by heat after they were delivered
- orders not collected from the delivery point before the stated deadline
- a change in taste preferences or dietary needs
- orders cancelled once the 48-hour cancellation window has passed
- the shipping costs of orders sent back to us because the customer gave incorrect delivery information""",
               ("slight variations in appearance", "not collected from the delivery point", "incorrect delivery information")),

    "proteinsuperstore": ("""RETURNS & REFUND POLICY

Buying online is not always easy, we know, particularly when all you have to go on is a photo (our images only illustrate the product) and a description. From the day your item reaches you, you have 14 days to start a return with our Sales Team. Changed your mind? We take returns that meet every one of these conditions:

  • You start the return within 14 days of getting your items.
  • Every product is in perfect condition for resale.
  • The products are clean, undamaged, unused and unopened, and come complete in their original packaging.
  • Clothing Range: items must come back in pristine condition, not washed and not worn, with their tags still on and in the original packaging (the clear bag).
  • Any free items you received with your product must come back too for you to get a full refund; if they do not, their value is taken off your refund.

Returning a product within 14 days

Make sure your return meets the conditions above. Send your parcel with a courier service you can trust to: Protein Superstore, 1 Example Street, Sunderland.

Put these details inside the parcel: your full name, order number, address, email address and phone number.

We need these steps to link your return to your account. When your parcel has reached us, we have checked the products are in good order and the conditions have been met, we will give you an exchange or a refund.

Your refund may take a little time to reach your account. We offer no collection services. The customer pays the cost of return postage, unless the items arrived faulty or damaged; if they did, contact our sales team and we will help put things right.

sales@proteinsuperstore.example""",
                          ("clothing range", "free items", "inside the parcel", "collection services")),

    "thehomebrewshop": ("""General Information

Delivery – Weekday orders placed and paid for before 12 midday leave us the same day. Weekday orders placed and paid for after 12 midday leave on the next weekday. An order placed and paid for at the weekend, or after 12 midday on a Friday, leaves on Monday. The Courier Guy makes our deliveries.

Order Collection (Weekdays Only) – Order and pay in the morning (by 10am) and you can collect between 12pm and 4pm that day (weekdays only). Afternoon orders can be collected between 10am and 4pm the next morning (weekdays only). Any order placed at the weekend can be collected on Monday morning between 10am and 4pm. We hand out orders from an office park with security in Fourways, Johannesburg, and send you the access details once your order is ready to collect.

You have 30 days under our refund and returns policy. When 30 days have gone by since your purchase, a full refund or exchange is no longer on offer.

A returned item qualifies only if it is unused and in the same condition you received it in, and it has to be in its original packaging too.

Your return needs a receipt or another proof of purchase before we can complete it.

In some situations only partial refunds are granted:

  • Any item that is not in its original condition, or has damage or missing parts that are not down to an error of ours.
  • Any item that comes back more than 30 days after delivery

Refunds

When your return has arrived and been inspected, we will email you to say your returned item has reached us. We will also tell you whether your refund has been approved or rejected.

If it is approved, your refund is then processed and credited automatically to the credit card or original payment method, within a certain number of days.

Sale items

Refunds are given only for items bought at the regular price, and none for sale items.

Exchanges

We replace items only when they are defective or dama""",
                        ("only partial refunds are granted",)),

    "usblackstonegriddle": ("""Return policy
Return & Refund Policy
In force from: May 12, 2023
1. Who Can Return
1.1 Ordinary Returns
Most products can be returned to us within 30 calendar days of delivery. A return qualifies when:
- Condition: the item is unused and fit to be resold, with its original tags and packaging
- Documentation: you can show proof of your purchase (the order number or a receipt)
- Components: every part, accessory and manual that came with it is sent back
- Timeframe: you ask for the return within 30 days
1.2 Special Cases
- Holiday Extension: anything bought from November 1 to December 31 can be returned until January 31
- Military Customers: deployed personnel get 15 days more (once verified)
2. How to Return
2.1 Step by Step
- Start the Return: send an email to returns@bbqgrills.example giving:
- your order number
- the product's name and why you are returning it
- photos showing the item's condition (only for high-value products)
- Get Authorization: we reply by email with:
- a Return Authorization (RA) number
- a prepaid shipping label (where one applies)
- full instructions for packing
- Send the Package:
- pack it securely, in the original packaging where you can
- write the RA number clearly on the exterior
- send it to:
BBQ Grills Returns
1 Example Road
Austin, TX
2.2 Return Shipping
Why it comes back | Who pays for shipping | Carrier |
---|---|---|
The customer's preference | The customer pays | Any carrier the customer chooses |
Defective or damaged | We send a label | UPS/FedEx |
Wrong item sent | We send a label | UPS/FedEx |
3. How Refunds Are Paid
3.1 Ways to Be Refunded
- Original payment: credit or debit card (5-10 business days once processed)
- PayPal: 3-5 business days once processed
- Store credit: straight away when you ask for it (with a 10% bonus on top)
3.2 What May Be Deducted
Your refund can be lower because of:
- original shipping charges (these are not refunded)
- a restocking fee (15% on opened box items costing over $500)
- missing components (prorated by their value)
3.3 Refund Timeline
- Processing: starts when the return arrives at our warehouse
- Ins""",
                            ("until january 31", "deployed personnel", "for high-value products", "exterior", "10% bonus",
                             "opened box items", "prorated")),

    "dochotties": ("""Returns & Refunds

Returns

You have 30 days under our policy. Once 30 days have passed since your purchase, we are sorry, but a refund or exchange is no longer possible.

A returned item qualifies only if it is unused and in the same condition you received it in, and it has to be in its original packaging too.

Items that cannot be returned:

  • Gift cards
  • Hot sauces and any other food items

Your return needs a receipt or another proof of purchase before we can complete it.

Do not mail your purchase back to the manufacturer. Email support@doctorhotties.example with your order number and the reason you want to return it, and we will send you the address to return it to. The return postage is yours to pay.

Refunds (where they apply)

When your return has arrived and been inspected, we will email you to say your returned item has reached us. We will also tell you whether your refund has been approved or rejected.

If it is approved, your refund is then processed and credited automatically to the credit card or original payment method, within a certain number of days.

Late or missing refunds (where they apply)

Still waiting for a refund? Look at your bank account once more first.

After that, get in touch with your credit card company, since a refund can take a while to be officially posted.

Then get in touch with your bank, since banks usually need a while to handle a refund before it shows up.

If you have tried all of these and the refund has still not come, email us at support@doctorhotties.example.

Sale items (where they apply)

Refunds are given only for items bought at the regular price; we are sorry, but sale items cannot be refunded.

Damaged Items

If an item you receive is damaged or defective, let us know straight away. Email pictures of the damaged item and its packaging, with your order details, to support@doctorhotties.example.

If we find that your product was damaged in transit or before it was unpacked, and we still have the item in stock, we will send a replacement at no charge, or we""",
                   ("back to the manufacturer", "item in stock")),

    "honedforhome": ("""Cancellation and Refund Policy

Cancellation and Refund Policy

You are free to cancel the service whenever you like.

What the start-up fee buys is one set of knives that stays yours when you cancel. Should you hold two sets at the time you cancel, send back whichever set you choose, and we will refund the monthly payments made since the last knife shipment you accepted. Anyone who decides to keep a set of knives does not get the start-up cost back.

Say, for instance, your knives come every six months and you cancel in month 11 of your subscription: the knives you have now are yours to keep, and we refund the five monthly payments made since the 6-month delivery.

If the knives really do not please you and you would rather not keep them, tell us and we'll send you materials for returning every knife you have. You then get a refund of the start-up cost together with the monthly payments made since the last knife shipment you accepted.

Another instance: your knives come every 12 months and you cancel in your 35th month. Sending back all your knives gets you a refund of the initial start-up cost plus the 11 monthly payments made after you accepted the 24-month delivery.

Nothing matters more to us than satisfied customers. If our service falls short for you, tell us how we could change to meet what you expect.""",
                     ("one set of knives", "two sets", "keep a set of knives", "send you materials", "refund of the start-up cost")),

    "cooking-tools": ("""Refund Policy

Refund Policy

This Refund Policy forms part of our TERMS OF SERVICE, which take it in by reference.

Any term this Refund Policy leaves undefined or unstated is to be read according to what the TERMS OF SERVICE define and provide.

REFUND

Before you ask for a refund, our support service must have been contacted at least once, so that it can help with your questions or concerns.

You will get a full refund in these cases:

  1. You want to use our 30 Day Money Back Guarantee.
  2. Your order has not reached you within 30 business days (weekends and public holidays not counted) of the order being confirmed and the payment processed.
  3. Your order came incomplete, incorrect or damaged.

Each of these cases is described in more detail in the Exchange and return section of this Refund Policy.

Please note:

We give exchanges or refunds only once the returned goods have arrived and our specialised cookware team has inspected them and confirmed that they meet our criteria for a return:

  • every returned product must be unused and fit to be resold;
  • every returned product must be in its original packaging;
  • no returned product may be scratched, damaged on its surface, stained or discoloured, whether from overheating, the dishwasher or sharp metal utensils;
  • the original packaging must be free of damage and markings;
  • everything must be complete, including whatever accessories and/or free gifts came with the product;
  • our warranty does not apply where damage comes from accidents, abuse, misuse, commercial use or changes made to the Product;

We may refuse service in any given case, depending on the usage.

A claim under the warranty needs proof of purchase: without the bill, we will not consider a warranty claim.

Allow up to 10 business days for us to process your retu""",
                      ("contacted at least once", "within 30 business days", "warranty does not apply", "depending on the usage")),
}
