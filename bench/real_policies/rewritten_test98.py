"""The test98 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "thewoodentoyco": ("""Returns/Refunds

If you are unhappy with your item, or it turns out damaged or faulty, we will gladly give you a refund or an exchange.

Faulty/Damaged items

Should your item reach you damaged or faulty, we will send you a replacement. If a replacement does not suit you, we will pay you back what you paid for the item. Whether we refund or replace, we will ask you to send the original item back, as no refund can be made until it has reached us.

Exchange or refund when you change your mind

Where the item you receive is not what you expected, we will exchange or refund it as long as:

  • It comes back in excellent condition, fit to be sold again

  • No more than 60 days have passed since you bought it

  • You pay what it costs to send it back to us

Original packaging is not needed, but the item has to be packed well enough to come through the journey unharmed.

Only items bought directly from The Wooden Toy Co can come back, not items bought from one of its stockists or distributors.

If your item reaches you damaged, our damaged item policy applies instead.

Return parcels that go missing, get damaged or are stolen are not our responsibility. To guard against this, pack what you send back securely and make sure it has a tracking number.

PLEASE NOTE:

The Wooden Toy Co may, at its discretion, refuse returns made outside the 30 day return period, and items sent back used, no longer in their original condition (all original product packaging included). Goods on their way back must be looked after with reasonable care; where they are not, the return may be refused for a refund, or we may instead deduct up to 50% of their price, according to the state they arrive in.

Please fill in the warranty claim form on our warranty page to start your claim.""",
                       ("send the original item back", "deduct up to 50%", "warranty claim form")),

    "puzzlepuzzle": ("""RETURN POLICY

Returns

Returns are accepted for 30 days. Once 30 days have passed since your purchase, we are sorry, but we cannot give you a refund or an exchange.

An item can come back only if it is unused and in the condition you received it in. It also has to be in its original packaging.

We need a receipt or other proof of purchase to complete your return.

In some situations only partial refunds are granted:

A product that plainly shows signs of use

Any item no longer in its original condition, or that is damaged or lacks parts for a reason other than a mistake of ours

Any item sent back over 30 days after delivery

Refunds

When your return has arrived and been inspected, we will email you to say it is with us. We will also let you know whether your refund has been approved or rejected.

If it is approved, your refund is processed and the money goes back automatically to the card or other payment method you originally used; allow 3-5 business days for this.

Late or missing refunds

If no refund has reached you yet, check your bank account once more first.

Next, get in touch with your credit card company, since it can take a while for a refund to be posted officially.

After that, talk to your bank: banks often take a while to process a refund before it shows as posted.

Once you have done all this and your refund still has not arrived, please contact us.

Clearance items

Refunds are given only on regular priced items; sale items, we are sorry, cannot be refunded.

Exchanges

We replace items only when they are defective or damaged. Should you want to swap it for the same item, email us and we will send you directions showing where your items should go.

Shipping

To send your product back, post it to the return address given in the email that follows your refund request.

Paying for your own shippin""",
                     ("only partial refunds are granted",)),

    "dawnfablepath": ("""Refund Policy – BoardLore
BoardLore sets out to sell lively, well-made board games that get people round a table for fun, strategy and creativity. We take real care that every product is up to our standard, yet we know a purchase will sometimes fall short of what you hoped for. This Refund Policy sets out the terms on which refunds can be asked for and handled.
When you buy anything from BoardLore, you accept the guidelines set out here.
1. Refund Request Period
Every refund request has to be made within 14 calendar days of the purchase date. Requests that come later will typically be refused, unless there are exceptional circumstances, for example a defective or missing component we are unable to replace.
2. Conditions for Refund Eligibility
- Each board game has to come back in its original condition, with its packaging, its manuals and every component.
- Unopened products must still have their shrink wrap and seals intact.
- An opened product can be refunded only when the game is defective or lacks key parts needed to play.
- The request has to be made inside the 14-day window.
- You must give proof of purchase (a receipt or a transaction confirmation, for example).
3. Non-Refundable Products
- Heavily used board games that have lost their original condition.
- Items on clearance, in a final sale or on promotion that are marked non-returnable.
- Custom or special-order games made to a customer's particular request.
- Damage from improper use, from neglect or from changes the customer has made.
- Replacement parts, or single components sold on their own.
4. Defective or Missing Components
We know that a missing or defective piece can spoil a game for you. If that happens:
- Get in touch with our customer support team promptly and tell us about the problem.
- Our first step: we replace the missing or defective components free of charge.
- Should a replacement i""",
                      ("exceptional circumstances", "replace the missing or defective components")),

    "usfuntoyzone": ("""Model Shop looks after your satisfaction with the same care it gives its premium collectibles. This policy sets out how returns and exchanges work for model kits, figures and other hobby goods.

Our Returns Promise to Collectors

Each Gundam model and Dragon Ball figure we sell has our backing, and so does every collector's piece. If your purchase leaves you less than fully satisfied, our simple returns process will put it right.

Key Policy Details:
  • Time to Return: 15 days after delivery
  • Condition Requirement: items have to be unopened, in their original packaging
  • Time to Process: 3-5 business days once your return reaches us
  • Non-Returnable Items: model kits once opened, +18 products, and puzzle games (full list further down)

Step-by-Step Return Process

1. Start Your Return

Within 15 days of getting your order, email our Collector Support team at support@usfuntoyzone.example, giving your order number, the item and the reason you are returning it. This template can help:

Subject: Return request for order #[Your Order Number] Hello Model Shop Support, I am asking to send back the item(s) on order #[Your Order Number]: – Product: [as shown on your order confirmation] – Reason for Return: [say which: damaged, incorrect item, etc.] The item(s) are still sealed in their first packaging, with everything that came with them. [Full name] [Phone number] [Date of order]

2. Receive Return Authorization

We will email you within 48 hours:

  • a Return Merchandise Authorization (RMA) number
  • a prepaid label for the return shipping (for damaged or incorrect items)
  • full instructions for the return

3. Package Your Return

Pack the item(s) again with care, in the packaging materials they first came in. Put in:

  • Your RMA number clearly visible, outside the box
  • Every original accessory and all documents
  • Your packing slip or invoice as first sent

4. Ship Your Return

US customers: use the return label provided, or send the parcel to:

Model Shop Returns
1 Example Avenue
Atlanta, GA 30303
United States

Note: In""",
                     ("rma number clearly visible",)),

    "kitekraken": ("""Refund Policy
KiteKraken wants you to be satisfied with what we sell and with the service we give. If for any reason your purchase disappoints you, this Refund Policy explains your rights and how to ask for a refund or to exchange your item.
1. Eligibility for Refunds and Exchanges
How Long You Have to Return
- Within 30 days of buying an item you can send it back for a full refund or an exchange.
- After 30 days no return is accepted, unless a warranty or special agreement covers it.
Condition of Returned Items
- The product has to be unused, in its original packaging, with every accessory included.
- Items that are damaged, altered or heavily used cannot be refunded.
Non-Refundable Items
These items cannot be refunded:
- Gift cards
- Downloads in digital form
- Items on clearance or in a final sale
2. How to Request a Refund
Take these simple steps to start a refund:
Contact Our Support Team
Write to us at contact@kitekraken.example with the details of your order, including:- Order number
- Why you are sending it back
- Anything that supports your request (photos of a defective product, for example)
Return Authorization
When we have looked at your request, we will send you a Return Authorization (RA) number with directions for sending your item back.Ship the Item
Post the product to the return address we use:- Return Address: KiteKraken Returns, 1 Example Blvd, Los Angeles, CA, 90015
- The customer pays for return shipping, unless the product is defective or KiteKraken made an error.
Processing Your Refund
We process refunds within 5-10 business days of the returned item reaching us. An email will confirm when your refund has been issued.
3. Exchanges
We exchange items for others of equal value when:
- The product delivered was the wrong one.
- The item arrived defective or damaged.
To exchange an item, take the same steps as for a refund.
4. Refund Payment Methods
Refunds are paid to the payment method you first used. Depending on""",
                   ("warranty or special agreement",)),

    "halloween24": ("""Returns Policy

A refund covers the cost of the goods only; shipping and handling charges are left out. All returns above $200 carry a restocking fee of 30.00%, taken off the refund you get. For example, on a costume costing $200 you would get back $140 rather than $200. Returns that arrive with missing items or without their original packaging will not be credited.

You must ask for a return within 14 days from the shipment date. Your return parcel has to go out no later than 14 days after the original shipment (we count the postmark on it as the day it went out). On the outside of the box, the invoice number must be written clearly: the five digits of your original invoice.

We generally process a return within a week of the product's return to us. During Halloween season (October and November) it can take longer, 4 weeks at most.

The Following Items Are NEVER Returnable:
  • Any special order item, mascots included.
  • Props needing delivery by special arrangement.
  • Undergarments
  • Stockings and socks
  • Refurbished or previously returned items
  • Wigs, beards and facial hair, or artificial hair of any other kind
  • Prosthetics, fangs or other fake teeth of any kind
  • Eyelashes.
The items below can be returned unopened and in their original packaging only.
  • Videotapes
  • CDs
  • Catalogues
  • Cosmetics
  • Party supplies
  • Party kits
  • Boots and shoes
  • Patterns for dresses
  • Anything worn, used or altered.

Please note: the styles of costumes can change without warning, because of the way the manufacturer produces them. Such changes, however small, are outside our control, and we are sorry for any trouble they cause. Manufacturers do not always tell us about these variations. As soon as we learn of any changes, we show them in the costume descriptions and images on the website. We thank you for your patience with """,
                    ("all returns above $200", "14 days after the original shipment", "invoice number must be written",
                     "during halloween season", "can be returned unopened")),

    "onlinepartystore": ("""These exceptions apply to purchases made online:

  • Our delivery policy applies to the purchase.
  • Shipping is an extra service a third party provides for your convenience, so it is not refundable.
  • A return or an exchange of size has to be asked for within a reasonable time (48 hours for costumes and accessories; most party supplies generally 7 days).

PROOF OF PURCHASE

Every request for a refund, a return, an exchange or a store credit note needs this proof of purchase:

  • The Online Order Tax Invoice (an order number or confirmation on its own is not accepted).

Colour Disclaimer

We do our best to match product colours on the website, but colours can look different from one monitor to another. So please be sure you can accept small differences between the real colour and the way it appears on our website.

CHANGE OF MIND

If you change your mind about a product, or bought the wrong item (decorations in the wrong colour, say), and you can show a legible proof of purchase, we may give you an exchange, a store credit note or a refund, as long as:

  • The item/s have not been used and are still in original, saleable condition.
  • They are still sealed in their original packaging, labels or tags attached.
  • You ask within 24 hours for a refund request, and in 7 days at most for an exchange or store credit.
  • The item/s are not among the exclusions listed below.
  • We keep the right to add a $10 administration fee and/or a 10% re-stocking fee.
  • Shipping fees are not refunded.

EXCLUSIONS

We try to give you peace of mind through our return policy, but we sell a great range of items, and some of them fall outside a general refund policy. Please take care when you buy the following merchandise a""",
                         ("48 hours for costumes and accessories", "24 hours for a refund request", "10% re-stocking fee")),

    "littlebigballoons": ("""Returns & Exchange
GENERAL
Under the Consumer Rights Act 2015, personalised and custom-made items ('Custom Product') can be neither refunded nor exchanged.
- Where a Custom Product is delivered by hand, it is your responsibility once it is in your hands, and we accept no liability for damage or deflation.
- Where a Custom Product comes by Royal Mail or courier, it is your responsibility from the moment you receive it, and we accept no liability for damage or deflation;
- Should it be damaged or deflated when it arrives, you must let us know within 24 hours, sending a photo of the damaged package, and we will then send you a replacement.
- Sometimes, at our discretion, a refund or a replacement may be offered where a Custom Product was damaged or deflated after it reached you, and we may need to charge you to cover extra costs.
- If you think a Custom Product falls short of the original order specification, get in touch within 24 hours of delivery.
CANCELLATION
- You may cancel an order for a product or a service by telling us no later than 24 hours before the items are due to ship or be installed.
- Balloon installations may need a deposit before we install them; deposits are non-refundable unless we agree otherwise in writing.
PRE-PACKAGED PRODUCTS
A pre-packaged product you buy from us that has not been customised, a sealed packet of balloons not yet inflated for example, can be refunded or exchanged within 30 days of the purchase date, on these conditions:
- The packet is unopened, still in its original state
- You have proof of purchase, such as the order reference we gave you
- If the product came to you by Royal Mail or courier, you pay the cost of sending it back to us
- If we delivered the product by hand, or you collected it, you must send it back at your own expense
BALLOON GIFTS
- B""",
                          ("delivered by hand", "comes by royal mail or courier", "after it reached you",
                           "original order specification", "24 hours before", "deposits are non-refundable")),

    "stevensmagic": ("""All

Returns and Exchanges

For 40 years, Stevens Magic Global (SMG from here on) and its parent company, Stevens Magic Emporium, have served customers all over the world. We reached that mark by treating our customers fairly and working with them. That said, buying a magic effect means buying more than a product: you buy a secret of the trade. In most cases this keeps it from being an ordinary, interchangeable product. So our policy is to replace defective items only, as long as you tell us about the defect within 10 days of receiving it.

In that case we arrange a replacement; where no replacement is available, you will get a merchandise credit from us. Media products are harder to exchange, because by their nature the information "is" the product; if a media product reaches you defective, contact us for details. Whatever happens, they cannot come back for anything but a replacement of the same product.

Note that EVERY RETURN needs an RA (return authorization), so it MUST be approved in advance by an SMG staff member before you ship it back. Apart from defective products, every return carries a 25% restocking fee.

Whatever the reason for a return, and whether you or SMG pays the return shipping, it must go back to SMG by the cheapest tracked option. We also advise insuring it. The customer must also ensure that the product(s) come back in the condition they were received in, and that they do in fact reach SMG.

If you need help before buying, we "always" try our best to give it.

support@stevensmagic.example""",
                     ("merchandise credit", "media products", "replacement of the same product")),

    "jywpokeca": ("""We take returns and give refunds in four categories:
1. Customer Responsibility
Ask for a return within 7 days of getting the package. This covers reasons such as a change of mind, not having read the description, or a purchase made by mistake, and the return cost is yours to pay. We refund the amount less the original shipping cost. Opened items that were sold brand-new and sealed cannot come back.
2. Our Responsibility
Tell us about any manufacturing defect within 7 days of the item reaching you. We pay return costs as far as $25, and you pay any excess. Please keep the shipment receipt. For a return or refund, send photos or videos of the defect.
3. FedEx Returns for Unclaimed, Refused or Insufficient Address (Unknown/Moved included)
No refund is given for items that never reach you through your failure to claim them, your refusal, or an address that is not sufficient.
4. Shipping Damage Refund
Where items arrive damaged from shipping, open the package, photograph the damaged cards and tell us how many cards are damaged, for compensation. Our warranty is assessed strictly on a playing basis. That means we compensate for damaged cards only; damage to boxes or carton cardboard is not compensated. Thank you in advance for understanding.""",
                  ("you pay any excess", "keep the shipment receipt", "failure to claim", "playing basis", "damage to boxes")),

    "kokeshijapan": ("""Refund Policy
Thank you for buying from us; we hope your items please you. Still, if your purchase does not fully satisfy you, for whatever reason, you can send it back to us for store credit or a full refund. Our return policy is explained in more detail below.
Returns
First, use our contact form to tell us you mean to return an item. Every return has to be postmarked within 14 days of your order reaching you. After 14 days or more from your item's arrival, it can no longer be returned. Returned items have to be in the condition they were in when they reached you.
Return Process
To return an item, pack it securely, either in the packaging it came in or in your own, and post it to the address we give you when we answer your contact form.
Refunds
When your return has reached us and we have checked the item's condition, we process the return. Refunds take at least 7 days to process, counted from when your item reaches us.
Exceptions
For defective or damaged products, contact us through our contact form and we will arrange a refund or store credit.
A custom-ordered doll is not refunded, except when it is damaged.
Questions
Any question about our return policy? Please ask us through our contact form.""",
                     ()),

    "derbyshiredrones": ("""Unwanted/Change Of Mind
You have 14 days to return unwanted items for a refund. Once 14 days have passed since delivery, we are unable to give you a full refund or an exchange. If your item did not go by a service with proof of delivery, we take it as delivered 2 days after the order was completed. (An order is marked complete once the item has been handed in at the Post Office/Parcel Shop.)
An item can be returned only if it is unused and in the condition you received it in. Its original packaging is also required.
Shipping fees are not refunded for Unwanted/Change Of Mind orders.
These goods cannot be returned:
- Gift cards
- Glues and adhesives
We need your order number, a receipt or other proof of purchase to complete your return.
Please do not post what you bought back to the manufacturer.
In some cases only partial refunds are granted:
- An item no longer in its original condition, or that is damaged or lacks parts for a reason that is not our mistake.
Faulty Items
Most items carry a 1-year warranty; batteries have only 30 days.
These goods cannot be returned:
- Gift cards
- Adhesives and glues
Refunds
When your return has arrived and been inspected, we will email you to say it has reached us, and we will also tell you whether your refund is approved or rejected.
If it is approved, your refund is processed and the money goes back automatically to your card or the payment method you first used; this takes up to 3 days.
Late or missing refunds
Where your refund has not reached you yet, look at your bank account again first.
Then get in touch with your credit card company; a refund can take a while to be posted officially.
After that, contact your bank. Banks often take a while to process a refund before it shows as posted.
Once you have done all of that and your refund still has not come, please get in touch with us.
Exchanges
When your return has rec""",
                         ("back to the manufacturer", "only partial refunds are granted", "1-year warranty")),
}
