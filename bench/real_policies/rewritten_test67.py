"""The test67 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "andrescases": ("""Return Policy
RETURN POLICY
Last revised 30 October 2020
Thanks for buying from us. We hope your order makes you happy. If it doesn't satisfy you completely, for whatever reason, you can send it back to us, but we give store credit only. The details of our return policy follow.
RETURNS
Every return must carry a postmark no later than five (5) days after the date of purchase. Returned items have to be new and unused, with all their original tags and labels still on. We accept returns only when the mistake is ours, not the customer's. We take no responsibility if you order a case for the wrong phone model: an order can be changed only within 2 hours of buying it. Once the case has been made, sent out and delivered, it cannot be returned or exchanged.
RETURN PROCESS
To send something back, email customer service at andrescasescc@gmail.com and ask for a Return Merchandise Authorization (RMA) number. Custom cases cannot be returned unless they arrive damaged.
Please be aware that you pay all return shipping charges. We strongly advise a tracked postal service for your return.
REFUNDS
Please be aware that a refund comes back to you 1 Euro short of what you paid, because of selling commission fees: for example, on a 15.00 Euro order you get back 14 Euro.
When your return arrives, we check the condition of the item and then process the return. Please allow at least ten (10) days after we receive the item for the return to be processed. We will email you once your return has been processed.
EXCEPTIONS
If a product is defective or damaged, call our customer service number below and we will arrange a refund or an exchange.
Please Note
● Anything bought on sale is a FINAL SALE, and we do not take it back.
QUESTIONS
If you have questions about our return policy, you can reach us at:""",
                    ("only when the mistake is ours", "within 2 hours of buying", "once the case has been made")),

    "kingstech": ("""Some of the things we sell carry a warranty of as long as 4 years, but our return policy runs for 7 days only. To return or exchange an item, you must do it within 7 days of buying it and pay a restocking fee of roughly 7.5%. You must also get in touch with us first and tell us why you are returning the item; we will then decide whether it can come back.

A returned item must be unused and in the condition in which you received it, and in its original packaging. We inspect every item when it reaches us.

We may refuse any item that is not in its original condition, or that was damaged on the way back to us through poor packing by the buyer.

Some items cannot be returned at all; the listing will say so. Nor do we take back items the buyer has tampered with, modified or used, unless they come back under warranty. We accept returns only for good reason, not for a change of mind. Buyers should read an item's description and condition before buying it, and we will not take back an item that was described correctly unless it is faulty or the error was ours.

These items cannot be returned:

  • Gift cards
  • Downloadable software
  • Orders marked "sold as is"

We need a receipt or other proof of purchase to process a return. Please do not send the item to its manufacturer unless a warranty claim requires it.

In some cases we refund only part of the price (where this applies):

  • Laptops showing that they have been used
  • Sealed items whose seal has been broken
  • Any item not in its original condition
  • Any item sent back more than 7 days after delivery

Refunds (where they apply): When your returned item has arrived and been inspected, we will email you to confirm it. We will also tell you whether your refund has been approved or refused.""",
                  ("poor packing by the buyer", "not for a change of mind", "described correctly",
                   "only part of the price")),

    "trinetratechnoworld": ("""Return Policy

We stand behind the smart home products we sell. Read our return policy to see what you can do.

Return Window

Most new items that have not been opened can be returned within 30 days of delivery for a full refund. Opened smart devices can be returned within 15 days, with a restocking fee.

What Can Be Returned

  • Products not yet opened, in their original packaging
  • Items that are defective or damaged (within 30 days)
  • Items that do not match their description
  • The wrong item, sent by mistake
  • Products with a manufacturing defect

What Cannot Be Returned

  • Smart home systems configured to order (custom-configured)
  • Security cameras or sensors that have been installed
  • Products damaged by misuse or neglect
  • Items past the return window
  • Software licences, and anything delivered as a digital download

How to Start a Return

01

Contact Us

Send our support team your order details by email or by phone

02

Get Authorization

We give you a Return Authorization Number (RAN)

03

Send It Back

Wrap it up securely and post it to our returns address

Please Note

  • Every return must include all the original packaging, accessories and documentation
  • Opened electronic items carry a 15% restocking fee
  • The customer pays return shipping unless the item is defective
  • Refunds are processed within 5-7 business days of our receiving the return""",
                            ("opened smart devices", "opened electronic items")),

    "ctvcam": ("""Installation Discount 20%
Installation Discount 20%
Words whose first letter is a capital have the meanings defined below, and those meanings are the same whether the words appear in the singular or the plural.
In this Return and Refund Policy:
If for any reason You are not fully satisfied with a purchase, please read our policy on refunds and returns
Goods must come back to us within 14 days, and You must tell us within 3 days from the date of purchase that you mean to return them
Once 14 days have passed since your purchase, we cannot give you a refund or exchange.
A returned item must be unused and in the condition in which you received it, and in its original packaging. Further items that cannot be returned: Gift cards, Downloadable software products. We need a receipt or proof of purchase to complete your return.
You bear the cost and the risk of sending the Goods back to Us. Please send the Goods to this address:
We cannot take responsibility for Goods damaged or lost on their way back to us, so we recommend an insured, trackable postal service. We cannot issue a refund until the goods have actually reached us or you show proof that the return was delivered.
If the Goods were not marked as a gift when bought, or the giver had the Order sent to themselves to hand to You later, the refund goes to the person who gave the gift.
We may, at our sole discretion, refuse returns of any goods that do not meet the return conditions above
Your purchase should not go back to its manufacturer. In some situations we refund only part of the price (where this applies) Refunds (where they apply) When your return has arrived and been inspected, we will email you to say that your returned item has reached us. We wi""",
               ("3 days from the date of purchase", "until the goods have actually reached us",
                "the person who gave the gift", "only part of the price")),

    "droneserviceshawaii": ("""Return and Refund Policy

Return and Refund Policy
A returned item must be unused and in the condition in which you received it, and in its original packaging.
Some kinds of goods cannot be returned. We need a receipt or proof of purchase to complete your return.
Your purchase should not go back to its manufacturer.
In some situations we refund only part of the price (where this applies):
Any item not in its original condition, or damaged, or with parts missing, for reasons that are not our fault.
Items sent back over 30 days after they were delivered
Items that were on back order.
We give no refunds on special orders (pre-release preorders included), custom orders or builds, or orders a customer asked for outside our normal inventory buying cycle.
Refunds (where they apply)
When your return has arrived and been inspected, we will email you to say your returned item has reached us. We will also tell you whether your refund is approved or refused.
If it is approved, your refund will be processed and credited automatically to your credit card or original payment method within a certain number of days.
Late or missing refunds (where they apply)
If your refund has not arrived yet, check your bank account again first.
Then get in touch with your credit card company: it can take a while before a refund is officially posted.
Next, ask your bank: a bank usually takes a little while to put a refund through. Sometimes a cheque may be sent to the customer instead. Every refund and chargeback to a credit card takes 7-10 days to process and verify.
If you have done all of this and your refund still has not arrived, please email us at
DSH-sales@droneserviceshawaii.com
Sale items (where they apply)
Only items bought at full price can be refunded; sale items cannot.
Exchanges (where they apply)
We replace items only if they""",
                            ("only part of the price", "a cheque may be sent")),

    "solarsunscape": ("""Refund policy

Damages:

When your item(s) arrive, please look the packaging over; if you see any damage, note it when you sign for the delivery. If your item(s) arrive damaged, email photos to sales@solarsunscape.com and we will file an insurance claim for you.

Wrong Product:

If the product that arrives is not the right one, email sales@solarsunscape.com and we will authorize the return of the wrong product and send you the right one.

Exchanges:

Once a product has shipped, we do not exchange it.

Cancellations & Refunds:

Every order cancelled more than 48 hours after it was placed carries a $20 administration fee, whether or not it has shipped. If the order has already shipped, you (the buyer) also pay the actual cost of shipping it back. Please check each product's page to see whether it can be returned, since some brands do not take back products for buyer's remorse. If your product can be returned for buyer's remorse, email us at sales@solarsunscape to get a Returned Merchandise Authorization number. Refunds go only to the card or payment method you used for the original order. Our return window is 30 days: products must come back within 30 days, and refunds are issued within 14 days.""",
                      ("note it when you sign", "insurance claim for you", "$20 administration fee",
                       "actual cost of shipping it back", "some brands do not take back")),

    "sundatasupply": ("""Help?

Return Policy

We want you to order from us with confidence, and we think a first-rate return policy is one of the keys to that.

How Long You Have:
How long you have to return an item depends on the kind of item it is. The table below shows how long (counted from the purchase date) each kind of item can be returned:

  Compatible / Remanufactured Products OEM
Cartridges* 2 Years 90 Days
Other Parts 1 Year 90 Days

*OEM items have a much shorter return window than non-OEM items, and must be unopened or found defective by a certified technician.

*Non-OEM wide-format and plotter ink cartridges can be returned within one year only, because the ink has a limited shelf life.

How to Return:
We make this as easy for you as we can.

You can start a return by phone, by email, or by chat on our website.

There is no automated system, and the whole thing usually takes under 5 minutes. Then we email you a free return label: print it, stick it on the box and send it back to us.

Refunds / Replacements:
Replacement orders are sent express, so you are working again the next day.

We issue refunds the same day you start the return. If a return is started more than 90 days after the order date, the refund is paid by cheque once the returned items reach us.

Extra Cover:
Every non-OEM part we sell has a warranty that protects you if a part arrives defective. The warranty covers your printer too: if one of our non-OEM parts damages your printer, we will pay back reasonable repair costs.

Again, we make this as easy for you as we can. All we need is a written statement from an authorized printer service technician that names our part as the cause of the damage, and a copy of the bill. Once that reaches us, we will pay y""",
                      ("depends on the kind of item", "unopened or found defective", "plotter ink cartridges",
                       "the same day you start the return", "paid by cheque")),

    "computerworldmumbai": ("""At Computer World we value our customers and aim to supply computer accessories and components of high quality. If you are not fully happy with something you bought, we are here to help.

1. Who Can Return

Our return policy gives you 7 days from the delivery date. You can ask for a return if:

  • The product is defective, damaged, or does not work as described
  • You were sent the wrong product
  • The product is unused, has not been installed, and is in its original condition

For a return to be accepted:

  • It has to come back in the original packaging
  • Every accessory, manual, warranty card and invoice must be included
  • The product must show no physical damage, misuse or alteration

2. Items We Do Not Take Back

These items cannot be returned or refunded:

  • Software, licences or digital products
  • Products damaged by improper use or electrical problems
  • Items without their original packaging or with accessories missing
  • Clearance or discounted items (unless defective)
  • Products sent back more than 7 days after delivery

3. How to Return

To start a return:

  1. Get in touch with our support team within 7 days of receiving the product
  2. Give your order number, the product details and the reason for the return
  3. Our team will look at the request and approve it
  4. Once it is approved, we will send you return instructions

We do not accept returns that were not authorized.

4. Refunds

  • When the returned product has arrived and been inspected, we will tell you whether your refund is approved or refused
  • An approved refund is processed within 5–7 business days
  • Refunds go back to the original payment method
  • Shipping charges, if any, are not refunded

5. Replacements

  • If a product proves defective or damaged, we may offer a replacement in place of a refund
  • Replacements depend on stock
  • We refund you if no replacement is available

6. Return Shipping

  • When the return is caused by our error (a wrong or defective product), we pay for the return shipp""",
                            ("if no replacement is available",)),

    "gamineazy": ("""RETURNS AND REFUND POLICY

For most products bought from our store, our policy lasts 30 days. Once 30 days have passed since your purchase, we will not be able to give you a refund or exchange.

For a return we need a receipt or proof of purchase. The item must be unused, in the condition in which you received it, and in its original packaging.

We can help if you email [email protected] with your order details and what is wrong, and we will then point you to the right next step.

Some kinds of goods cannot be sent back to us directly, particularly where we resell them. Game discs and some gaming hardware, for example, may need help from the maker or the game distributor (the product's original wrapping will say so, with contact details if you have concerns).

Other items that cannot be returned:
– Gift cards and vouchers
– Downloadable software
– Some merchandise, such as posters and stickers

Exchanges (where they apply)
Replacements are made only for items that are defective or damaged. To exchange an item for the same one, email us at [email protected] and we will tell you how to go on.

Please email [email protected] with your order details and what is wrong, so we can tell whether your item can be refunded.

To process a refund we may need the item(s) sent back to us for inspection, at your expense. When your return has arrived and been inspected, we will email you to say your returned item has reached us. We will also tell you whether your refund is approved or refused.

In some situations a refund may be refused or only part of the price refunded:

– Any item not in its original condition, tampered with, damaged by misuse, or with parts missing for reasons that are not our fault.
""",
                  ("help from the maker", "refused or only part of the price")),

    "aurcore": ("""Effective from 4 August 2025

We are proud of the quality of our networking products. If you are not fully satisfied with your order, you can ask for a return or exchange within 30 days of delivery.


1. ⏳ Return & Exchange Window

Every return or exchange request must reach us within 30 calendar days of the date the order was delivered.
Requests made after that may not qualify unless our support team agrees to them because of a product defect.


2. ✅ What Qualifies

An item qualifies for a return or exchange when:

  • The product is unused and in its original condition, with every accessory, manual and piece of packaging it came with.

  • It shows no physical damage or misuse.

  • You give a valid proof of purchase (an order number or receipt).

  • Products customized or specially ordered (non-standard configurations) may not qualify for return.


3. 🔁 Exchanges

We exchange an item for the same product when:

  • It was damaged in shipping,

  • It is defective, or

  • We sent the wrong item.

For approved exchanges we pay every shipping cost. We refund you in full if no replacement unit is in stock.


4. 💰 Refunds

When the returned item has arrived and been inspected, we will let you know the result. Approved refunds go back to the original payment method within 5–10 business days.

  • We do not refund the original shipping fees unless the return is due to our mistake.

  • Refunds of promotional or discounted items are looked at one case at a time.


5. 🚚 Who Pays Return Shipping
  • If the return is due to our mistake (a wrong item or a defective product, for example), we send you a prepaid return label.

  • If the return is your choice (you no longer need it, or ordered the wrong thing), you pay for return shipping.

  • We strongly advise sending it by a trackable service and buy""",
                ("unless our support team agrees", "if no replacement unit is in stock",
                 "looked at one case at a time")),

    "batteriesexpert": ("""Return policy

Returning In-Store Purchases

Within 30 days of the purchase date you may bring new items, unused and not installed, in their original packaging and with the till receipt, back to the store where you bought it, for an exchange or a refund to the original payment method.

Clearance items and special orders are sold as final sale, with no exchange and no refund. We cannot refund installation and labour fees.

Returning Online Purchases

Items bought online at www.batteriesexpert.com can be returned within 30 days of delivery for a refund to the original payment method. The item must be new, unused and not installed, with its original packaging intact, and sent with the invoice you received for the online order. We do not refund shipping costs.

Clearance items and special orders are final sale: there is no exchange or refund on them.

How to Return an Online Purchase

Online purchases cannot be refunded in a store.

To return something bought online, fill in the return form below. When your form reaches us, we will email you the shipping procedure.

Wrap the items carefully and send your parcel as the instructions say.

The customer pays shipping costs unless the return is due to our mistake or a defective product.

Your refund can take up to 5 business days to come through.

Return and delivery

*Required fields

Back to top""",
                        ("to the store where you bought it", "installation and labour",
                         "cannot be refunded in a store")),

    "unichores": ("""Refund and Returns Policy

Overview

Our refund and returns policy lasts 30 days. Once 30 days have passed since your delivery date, we cannot give you a full refund or exchange.

A returned item must be unused and in the condition in which you received it, and in its original packaging.

A few kinds of goods are not returnable at all. Anything perishable (food, flowers, newspapers, magazines) stays with you, and we also refuse intimate or sanitary goods, hazardous materials, and flammable liquids or gases.

Other items that cannot be returned:

  • Items bought without a receipt: we cannot process a return unless you have a valid receipt for the purchase.
  • Damage from misuse: chargers damaged through misuse, such as the wrong voltage, water, or a knock.
  • Opened or used battery packs: for safety reasons we cannot take back battery packs that have been opened or used.

We need a receipt or proof of purchase to complete your return.

Please do not send your purchase back before talking to us.

In some situations we refund only part of the price:

  • Cosmetic flaws: chargers that show wear and tear, such as scratches, dents or fading, or parts damaged for reasons other than a manufacturing defect.
  • Packaging and accessories: chargers not in their original packaging, or with parts missing (cables or adapters, for example)
  • Physical damage: chargers with any physical damage, such as broken parts or signs of damage inside.
  • Return period: every return must be started within 30 days of the original delivery date.

When your return has arrived and been inspected, we will email you to say your returned item has reached us. We will also tell you whether your refund is approved or refused.

Once it is approved, the refund is processed and a credit is then automatically""",
                  ("only part of the price",)),
}
