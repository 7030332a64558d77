"""The test27 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "acozygift": ("""Replacement & Refund Policy

Fair, friendly and plain. A personalized gift is made for one person only, so a few of our rules are not the ones you know from ordinary shops. Here is how we look after you.

Can I Get Help?

  • Personalized items: if one arrives defective or damaged, turns out to be the wrong item, or the parcel goes missing, you can have a free replacement or a full refund. We don't take them back because you changed your mind.
  • Items that are not custom-made: you can send them back within 30 days as long as they are unused and still in their original packaging (the return postage is paid by you).
  • Tell us about a problem no later than 7 days after delivery, or, when the parcel never turns up, no later than 30 days from dispatch.

What We Ask You For

  • Your order number and the email address you checked out with
  • Clear photos or a video showing the defect, the damage or the wrong item
  • For a missing parcel: confirm the delivery address and your phone number, and we will look into it with the carrier

Begin on our Contact Us page; on business days we answer within 24 hours.

Defective, Damaged or Wrong Item

  • Let us know no later than 7 days after delivery, with photos.
  • When we have confirmed it, you choose a free replacement or a full refund.
  • If only the box got damaged and the product itself is fine, you can keep it and we can give you a small goodwill credit.

Missing or Held Up in Transit

  • A new tracking number can show no scans for 24–72 hours after we hand the parcel over; that is normal.
  • Nothing new for 7 days or more? Get in touch. Once the carrier confirms the parcel is lost, we will send it again or refund you without delay.

Problems With the Address

  • Before the order ships we can still correct the address; once it has gone, we can change very little.
  • A parcel that comes back to us because the address was wrong or could not be delivered to can be sent out again (a reship fee applies), or, for goods that are not custom-made, refunded less the shipping.

Cancelling an Order

  • Personalized items: you can cancel within 12 hours of purchase.
  • Items that are not custom-made: you can cancel within 24 hours.
  • Once production has started or the order has shipped, it can no longer be cancelled.

Return Window

Kind of item | Return window | Cost
Personalized items | Only when defective, damaged or the wrong item | Free replacement or full refund
Items that are not custom-made | 30 days, unused & in original packaging | Cust""",
                  ("within 12 hours", "30 days from dispatch", "goodwill credit", "reship fee", "confirms the parcel is lost")),

    "designshedcymru": ("""Returns Policy

Before anything else, thank you for buying from our shop! Most of our items can be returned. If your order still hasn't reached you within 10 working days, we will gladly send another one at no extra charge to you. Or, if you prefer, you can have a full refund. If your item reaches you damaged, we'll ask you for photos so that we can make a claim with the delivery company. As soon as we have the photos, we'll gladly send another at no extra charge to you. Or, if you prefer, you can have a full refund. If you have a change of heart about something you ordered, we will usually give a partial refund, less the postage cost, provided the item comes back to us in its original condition and you pay to send it. Anything we handle differently is set out below.

cards

When you change your mind about a card, what happens depends on whether we posted it blank to you or sent it straight to the person receiving it with your message inside. A card posted blank to you came in a cellophane wrap. While the card is still in that original packaging, you can send it back (paying the postage yourself) for a partial refund: what you paid, less the postage cost. A card sent straight to the recipient with a printed message inside is a customised product, so we cannot refund it.""",
                        ("within 10 working days", "cellophane wrap")),

    "penvibe": ("""Return & Exchange Policy

We'd like you to be fully happy with the stationery you buy from us, whether notebooks, pencil cases, pens or backpacks. This Return & Exchange Policy sets out the terms and the steps for sending items back or swapping them, so that the process is clear and simple for everyone. Placing an order means you accept the guidelines below.
Returns and exchanges are open to items that meet these conditions: every item has to come back within 30 calendar days of the delivery date. To qualify, a product must be unused, undamaged and in its original condition, with no scratches, no stains and no signs of wear. Notebooks must remain unopened, their original packaging still sealed; pencil cases, pens and backpacks must come back in their original packaging with all of their tags, labels and accessories in place. We will not accept for return or exchange any product that the customer has used, modified or damaged.
Returning or exchanging works in these steps. To begin, send a return or exchange request through the process set out on our website (usually from your account dashboard, or with our return request form). Tell us your order number, the name of each product you are sending back or exchanging, and a short explanation of why. When your request has been approved, we send you a return authorization (RA) number and full instructions for posting the item(s) back to our warehouse. Please mark the RA number clearly on the outside of the parcel; a parcel without a valid RA number may be held up or refused.
Who pays for shipping a return or exchange depends on why it is coming back: when you return an item because it is defective, was damaged in transit, or because we made a mistake (for example you got the wrong product or the wrong quantity), we pay the return shipping. You wi""",
                ("notebooks must remain unopened", "mark the ra number")),

    "mrsweeandmrpoo": ("""Refund and Returns Policy

Overview

You have 30 days to use our refund and returns policy. Once 30 days have gone by since you bought your item, we cannot give you a full refund or an exchange. From November to January we allow some extra time, because of festive gift giving.

An item can only be returned if it is unused and in the condition it was in when it reached you.

To finish your return we need a receipt or other proof of purchase, or for you to contact us from the email address you used when you bought it.

If you bought from another retailer, for example eBay, Amazon or a high street bookshop, please don't ask this website for a refund.

Sending your item back

When you send your item back:

  • The postage is yours to pay (inside the UK, a standard second class stamp, with proof of postage, on a C5 envelope is enough)
  • Don't use a jiffy envelope: it makes the postage dearer.
  • Put your name and email address on a piece of paper inside the envelope
  • Do not write on the envelope once the book is inside: that damages the book, and with it your chance of a refund. (sorry)
  • Contact us first, so that we can give you the address to send your return to.

Refunds

When your return has arrived and been inspected, we will email you to say that it has reached us. We will also tell you whether your refund has been approved or rejected.

If it is approved, your refund will be processed and the credit will go automatically to your credit card or other original payment method, within a certain number of days.

Late or Missing Refunds

Please allow at least seven days after the email telling you that we have your item and have approved the refund. If the refund still hasn't come, check your bank account once more first.

After that, contact your credit card company: it can take a while before a refund is officially posted.

Then contact your bank. A refund often needs some p""",
                       ("november to january", "second class stamp", "jiffy envelope", "piece of paper",
                        "do not write on the envelope")),

    "gameistry": ("""Return, Refund and Cancellation Policy
Refunds & Returns
We're sorry, but because of the kind of products we sell, in most cases we cannot take returns. If your order reaches you damaged, we'll gladly exchange it for a new copy. When a game has a defect or a component missing, the publisher has to be contacted for replacement parts; we don't keep replacements for individual game pieces. If you run into trouble reaching the publisher, contact us and we'll help you. If we can't exchange the game because it is out of stock, we'll refund you.
Cancellations
An order can be cancelled only while the goods have not yet been dispatched. When a cancellation goes through, we refund the whole amount of the order.
After you ask us to cancel item(s) on your order, we need 2-5 business days to cancel it and start the refund. We will let you know by email. From then on, the money usually takes 10-15 days to show in your account.
Every refund goes back by the same mode of payment you paid with. If a technical problem stops us paying the money back to the source, we will contact you to agree an alternative mode of payment.
Payment Gateways
For refunds of payments made through a payment gateway (Tap, or any we add later), we refund everything except the gateway charges. The product price, plus any shipping charges that were calculated, is paid back. In this case a refund is only possible up to 3 working days after the order is placed.""",
                  ("the publisher", "individual game pieces", "alternative mode of payment", "gateway charges",
                   "plus any shipping charges", "3 working days after the order")),

    "partysuppliescheap": ("""Hi there, wonderful party planners! Even the best-planned party sometimes needs a small change, we know. So at PARTY SUPPLIES SHOP we have made returning and exchanging as easy and relaxed as we can. We want you to love your 1920s Gatsby feathers, your creepy Halloween decorations and your Christmas crackers!
The Essentials:
- Return Window: 15 days from the day your items reach you.
- Condition: Items have to be unused, in their original packaging, and with every tag still attached.
- Getting Started: Email us at returns@partysuppliesshop.example for an RMA (Return Merchandise Authorization) number.
Our Returns & Exchanges Policy
We stand by the quality of our costumes, accessories and party supplies. If you aren't entirely happy, most items can be sent back within 15 days of delivery for a full refund or an exchange.
Step by Step
- Get in Touch: No later than 15 days after your order arrives, email our friendly customer service team at returns@partysuppliesshop.example. Tell us your order number and why you are returning or exchanging.
- Receive Your RMA Number: We'll reply by email with an RMA number and instructions. Please don't send anything back without that number: we can't process a return that doesn't have one.
- Pack It: Pack the unused, original item(s) securely in their original packaging. Put in a copy of your original order confirmation, or a note with your RMA number and order number.
- Send It: Post the parcel to our warehouse at:
PARTY SUPPLIES SHOP Returns
12 Example Street
WILSON VALLEY, AU 4625
Australia
For your peace of mind we suggest a tracked shipping service. We don't refund what you paid for the original shipping, and the return postage is yours to pay. - Leave the Rest to Us: When your return has arrived and been inspected, we'll process your refund or send your exchange item quickly!
Refund Timelines & Methods
- Processing Time: Please allow 3-5 business days for us to process your return o""",
                           ("a note with your rma number",)),

    "wyomingbeadsupplies": ("""Refund policy
Purchases can be returned to us within 30 days of the sale, as long as the items are in their original condition. Packages of beads must come back unopened, with the counts and weights stated on them. Strands must be uncut and undamaged. Handcrafted jewelry, accessories and other items must be clean and unworn, in their original packaging where possible (this is not required). When a return is accepted, the items are refunded in full, less the price of shipping.
To start a return, or with any question, please get in touch through the contact link below.
Damages and issues
Please check your order when it arrives, and contact us straight away if an item is defective, damaged or incorrect. As soon as the incorrect or damaged item is back with us, we will refund it or replace it, whichever you choose.
Exceptions / non-returnable items
Gift cards cannot be returned. Special offer items, for example clearance/closeout items or trunk shows, can be returned only when the goods are damaged or incorrect.
Refunds
Once your return has arrived and we have inspected it, we will let you know. If it is approved, the refund goes automatically to your original payment method. Remember that your bank or credit card company may need some time to process and post the refund; but if it isn't on your next bank or billing statement, please tell us.
""",
                            ("packages of beads", "strands must be uncut", "clean and unworn")),

    "kitchenknifesupply": ("""At Kai Shop, we are proud to sell top-quality kitchen knives and accessories, and we want you to be fully happy with what you buy. If your order doesn't please you, for whatever reason, our returns and exchanges are simple.

Returns Policy

Most items can be returned within 15 days of your order reaching you, for a refund or an exchange. A return qualifies when:

  • The item is unused and in the condition it arrived in
  • The item is in its original packaging, with all of its protective materials still intact
  • You show proof of purchase

Non-Returnable Items

For reasons of hygiene and safety, these items cannot be returned or exchanged:

  • Used knives, of any kind
  • Opened knife sharpening & maintenance products (honing steels, electric sharpeners)
  • Personalized or custom-ordered items

Returns Process

  1. Contact Us: No later than 15 days after your order arrives, email our customer service team at returns@kaishop.example, with "RETURN REQUEST" in the subject line.
  2. Give Details: Tell us your order number, the item(s) you want to return and why you are returning them.
  3. Get Instructions: Within 2 business days we'll email you the return authorization and shipping instructions.
  4. Pack Securely: Pack the item(s) carefully again in their original packaging, with all protective materials.
  5. Send It Back: Post the parcel to our returns center, at the address given in your return authorization email.

Exchanges

For a different size or style, we suggest you return the original item for a refund and place a new order: that way the item you want reaches you fastest.

Refunds

When your return has arrived and been inspected (usually within 5 business days of reaching our facility), we'll process your refund:

  • Original Payment Method: refunds go to the payment method you used (Visa, MasterCard, JCB or PayPal)
  • Processing Time: 3-5 business """,
                           ("opened knife sharpening", "subject line")),

    "dishyy": ("""Return & Exchange Policy
We want you to be entirely happy with the dishware you buy, so we have written a simple, fair Return & Exchange Policy. It sets out the terms, the conditions and the steps for sending back or exchanging dishware that is unused, undamaged or defective, so that the process is smooth and clear for every customer. Starting a return or exchange means you agree to follow the guidelines below.
A return or exchange is accepted only for items that are unused, in their original condition and in their original packaging. So: no chips, no scratches, no stains and no signs of wear and tear; the dishware must be just as it was when it reached you. Custom or personalized items can't be returned or exchanged unless they arrive damaged or defective. Returned items must also come with all of their original accessories (where there are any), or we can't accept them.
A return or exchange must be started within 30 days of your order reaching you. Once 30 days have passed, we can no longer take returns or make exchanges. To start, follow the instructions on our website, which take you through asking for a return authorization. A return or exchange started after the 30-day window will be refused, and the items shipped back to you at your expense.
The return shipping cost for a return or exchange of dishware is yours to pay, unless the item is damaged or defective, or we sent you the wrong product. We suggest a trackable shipping service and shipping insurance, since we can't answer for items lost or damaged on their way back to us. When your returned item has arrived and been inspected, we will process your refund or exchange within 5-7 business days.
Refunds: once we have checked that the item meets our conditions for returns, we refund it to your original payment method. The refund covers the full price paid for the item, less any original""",
               ("shipped back to you at your expense",)),

    "plushyo": ("""Return & Exchange Policy
We want everyone who buys a plush toy from us to be entirely happy with it, so we have written this clear Return & Exchange Policy setting out the conditions, the steps and the guidelines for returning or exchanging products. It covers every plush toy bought from our online store, so that the process is fair and smooth for you and for our team.
To qualify for a return or exchange, a plush toy must be unused, undamaged, in its original condition and fit to be sold again. That means no stains, no smells, no dirt and no signs of use, and all of its original packaging, tags and protective wrappers must come with it. We will not accept for return or exchange a plush toy that has been used, washed, damaged or altered. A return must be started within 30 days of the delivery date; we will not usually approve a request made after that.
Before you send any plush toy back, you must tell us and get a return authorization. This lets us follow your return and deal with it efficiently. A return sent without authorization first may be delayed or refused, or may need extra processing time. Packing the plush toy securely is your responsibility: use suitable materials, such as the original packaging and a strong box, to keep out dirt and moisture and prevent damage on the way. Where you can, use the original packaging, as it was made to protect the item.
When your returned plush toy has arrived and been inspected, we will let you know whether the return is approved or rejected. We check the item's condition, whether the packaging is complete, and whether it meets the conditions for returns. If it is approved, the refund goes to the payment method you used to buy it. How long the refund takes to show in your account depends on your payment provider, bank or card issuer, and can be 3–7 business days.
The customer generally pays for shipping a return, unless """,
                ()),

    "happytao": ("""Return Policy

Infant Clothing Return Policy

Introduction

Welcome to the return policy for our infant clothing. Now and then you may need to return or exchange infant clothing for one reason or another. This policy explains how returns and exchanges work with us, so that they are easy for you.

1. Which Returns We Accept

1.1 Defective or Damaged Items: Infant clothing that is defective or damaged when it arrives can be returned. We work hard to sell good-quality products, but if an item reaches you with a manufacturing defect or damage, please contact our customer support team as soon as you can to start a return.

1.2 Size or Fit Problems: If infant clothing you receive doesn't fit your child as you expected, you may be able to return or exchange it. The "Size and Fit Problems" section below explains what to do.

1.3 Change of Mind: Tastes change, and you may want to return or exchange an item for a reason other than a defect or its size. For returns that are not about a defect or the size, please see the "Change of Mind" section below.

2. Size and Fit Problems

2.1 Size Chart: To help you choose the right size for your child, our website has a size chart. Please check it and measure your child carefully so that you order the right size.

2.2 Deadline to Return or Exchange: If infant clothing you receive doesn't fit your child properly, you can ask for a return or exchange within 30 days of the date you first bought it.

2.3 How to Return or Exchange: For a size or fit return or exchange, please take these steps:

a. Contact our customer support team to ask for a return or exchange, giving your order number, a description of the item, and why you are returning it.

b. Our customer support team will give you a return authorization (RA) number and instructions for returning the item""",
                 ()),

    "tinysoulsmedia": ("""Returns
Last updated: July 12, 2025
How returns work depends on the kind of product(s) you ordered. Please read the section below for the item in your order:
Book & Toy Return Policy
- A return has to be started within 30 days of your order reaching you.
- You must give us your order number.
- Items sent back must be new and unused, with the original packaging intact.
- Refunds go to the payment method you paid with, less any shipping costs.
How do I return or exchange something?
Email returns@tinysouls.example with your order number and a list of the items you want to return or exchange. Unless we tell you otherwise, all return shipping costs are yours to pay. When your request reaches us, we'll email you instructions on where to send your return item(s) and how. After the item(s) have arrived and been inspected, we will issue your refund and send you an email to say so.
How long does a refund take?
Once processed, a credit card refund usually takes 5–10 business days to show on your statement.
Can I cancel an order?
For now, orders cannot be cancelled, except for pre-order products. A pre-order product is one that is out of stock or about to be released and not yet in our inventory; we fulfill it at a later date. A pre-order product can be cancelled as long as it has not yet been fulfilled or shipped. Once the order has been fulfilled, it can't be cancelled, but you can ask to return it.
What if my product arrives damaged or faulty, or is the wrong product?
We're very sorry if your order arrived damaged or wasn't the item you ordered. So that we can sort it out fast, please email us at returns@tinysouls.example no later than 7 days after the wrong/damaged item(s) reached you, with your name, order number and item name, and a photo of the wrong/damaged item. We'll come back to you with a solution as soon as we can.
How do gift returns or exchanges work""",
                       ("pre-order",)),
}
