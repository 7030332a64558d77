"""The test104 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "getsocks": ("""Refund and Returns Policy
Every pair of socks you buy from Getsocks should make you happy. If something went wrong, we will look after your toes (and you) as well.
📦 What Can Be Returned?
Socks can come back to us up to 30 days after delivery, as long as nobody has worn them and they are still in their original packaging. Socks that someone has tried on, washed or worn cannot be taken back, we're sorry (hygiene comes first).
💳 Refund Eligibility
When your return reaches us and we have inspected it, you get a full refund to the payment method you first used. Depending on your bank, the money usually shows within 5–10 business days.
🔄 Exchanges
Would you like another colour or size instead? Easy: tell us within those 30 days and we will set up an exchange (provided the socks are in their original condition and unused).
🧾 How to Start a Return
- Write to getsocksshop@getsocks.example, giving your order number and why you are sending the socks back.
- We will answer with the return instructions.
- Pack the socks securely and post them to the address we give you.
Return shipping is paid by the customer, except when the return comes from our own fault (a wrong item or a manufacturing defect, for instance).
❌ Non-Returnable Items
- Socks labelled "Final Sale"
- Socks that have been used or washed
- Gift cards
⚠️ Damaged or Wrong Items?
Sorry, that one is our mistake. Should the wrong pair reach you, or your socks arrive damaged, email us no later than 7 days after delivery. We will send a replacement or refund you, without any fuss.
🕰️ Processing Time
We normally process a return within 3 business days of receiving it, and we send you an email once your refund or exchange is under way.""",
                 ()),

    "plusbottoms": ("""Shipping & Returns

Shipping Information

Plus Size Dresses Shop works to get every order to you quickly and efficiently. This is how our shipping works:

  • Order processing: 1-2 business days.
  • Standard shipping: sent by DHL or FedEx and expected 10-15 business days after dispatch, for a fee of $12.95.
  • Free shipping: on orders above $50, sent by EMS and expected 15-25 business days from dispatch.

We deliver worldwide, apart from some remote areas and parts of Asia. To ask about shipping to your region, email us at support@plusbottoms.example.

Returns & Exchanges

Your satisfaction matters to us. Whatever the reason you are unhappy with an order, our returns and exchanges are simple. Please read the points below with care:

Eligibility for Returns & Exchanges

An item can be returned or exchanged when it is:

  • Unworn and unused, in the condition in which it arrived.
  • In its original packaging, with every tag still on.
  • Sent back no more than 15 days after your order reached you.

Non-Returnable Items: For hygiene, these items can be neither returned nor exchanged:

  • Swimwear (plus size)
  • Two Piece Sets (plus size)

Return & Exchange Process

To start a return or exchange, take these steps:

  1. Contact Us: Send an email to support@plusbottoms.example giving your order number and why you are returning or exchanging. You will receive a Return Authorization Number (RAN) from us, with the next steps.
  2. Package Your Item: Pack the item securely in its original packaging, with all of its tags and accessories. Mark the outside of the package with your RAN.
  3. Ship Your Item: Post the parcel with a trackable service to this address:
    Plus Size Dresses Shop
    1 Example Drive
    Minneapolis,""",
                    ("outside of the package",)),

    "bridalsamplestore": ("""Return Policy

Bridal Sample Gown

Bridal Sample Store wants to help you find the sample wedding gown you have always pictured. We also know that a gown sometimes looks or fits differently from what you expected. For that case we give our buyers a return period of seventy two (72) hours, which works as follows. Your gown is delivered to you against a signature, and from then you have (72) hours to look it over and decide whether to keep it or send it back. As soon as you have made up your mind, let us know by email or by phone. If you are sending the gown back, we will send you a return shipping label by email or fax (for domestic U.S. shipments only). After the label reaches you, the parcel has to be back with us no later than seven (7) business days afterwards, unchanged from the state in which we sent it. On arrival the gown is inspected, and if its condition has not changed since it left us, we refund what you paid for the gown. The first $50 charge for shipping and insurance (domestic U.S. shipments only) is not refunded: only the gown's price is. Should we not hear from you in the (72) hours after the gown reaches you, we will take it that you are keeping it, and no return or refund will be possible. A gown sent back to us without a return authorization will be refused and sent back to whoever bought it.

New Special Order Gowns

Bridal gowns ordered specially in your size and colour cannot be returned or exchanged: every such sale is final. This is the usual practice in the bridal trade for special orders. You may cancel within 24 hours of your purchase by getting in touch with us. If you tried to contact us inside those 24 hours but got no answer because we were unable to respond""",
                          ("seven (7) business days", "unable to respond")),

    "sinnrtights": ("""Returns & refunds
1. Hosiery & Hygiene Policy
Hosiery such as tights and stockings is worn next to the skin. For reasons of hygiene and safety, we take returns only when one of these is true:
- The item has not been worn or used, and is still in its original packaging with the seal unbroken, or
- The item was faulty or damaged when it arrived
An opened pack or a broken hygiene seal makes the item non-returnable, even when it looks unused.
2. Faulty or Damaged Items
Should your order reach you faulty or damaged, get in touch with us no later than 48 hours after delivery.
So that we can sort it out fast, please send:
- Your order number
- Clear photos of the fault or damage, the packaging included
When we have checked your claim, we will offer you either:
- A replacement item (while stock lasts), or
- A full refund, standard delivery costs included
3. Change of Mind Returns
For hygiene reasons, hosiery that has been opened, worn or unsealed cannot come back because you changed your mind.
An item that is still completely sealed, never used and in its original condition can be returned: ask us within 14 days after your order arrives, as the UK Consumer Contracts Regulations provide.
- The customer pays the postage for returning it
- We do not refund the original delivery charge (except for faulty items)
4. How to Request a Return
You must get in touch with us first, before sending anything back, at:
Email: returns@sinnrtights.example
A return we have not approved may be refused or sent back to you.
Items must reach us in their original condition, in their original packaging.
5. Refunds
When a return is approved and has arrived, we refund it within 5–10 working days to the payment method you used.
Please note:
- How long the refund takes may depend on your payment provider
- Items that do not meet the return conditions may be refused a refund
6. Statutory Rights
This policy leaves untouched the rights UK consumer law gives you, among them your rights when goods are faulty or misdescr""",
                    ()),

    "activthletewear": ("""Returns, Refunds & Exchanges Policy

Returns And Exchange Policy

Want to return or exchange your order, whatever the reason? We can help! Returns and exchanges are free for 30 days after your order reaches you. You may take store credit, swap for another product, or have the money refunded to the payment method you used.


Our policy runs for 30 days. Once 30 days have passed since you bought the item, we are sorry, but we cannot give you a refund or an exchange.

An item can be returned only if it is unused and in the condition in which it reached you. It also has to be in its original packaging.

Some kinds of goods cannot be returned. Perishables such as food, flowers, newspapers and magazines are not taken back. We also refuse intimate goods and sanitary goods, as well as hazardous materials and flammable liquids or gases.

Other items that cannot be returned:
Gift cards
Downloadable software
Some health and personal care products

We need a receipt or other proof of purchase to complete your return.


In some cases only partial refunds are granted (where applicable):
For example books that clearly show use, CDs, DVDs, software, video games and the like


Items that are no longer in their original condition, or are damaged or lack parts, through no error of ours


Any item sent back when more than 30 days have passed since delivery

Refunds 
When your return has arrived and been inspected, we will email you to say we have received it. We will also tell you whether your refund is approved or rejected.
If it is approved, your refund is processed and the credit is applied automatically to your credit card or original payment method within a certain number of days.

Late or missing refunds 
No refund yet? Start by looking at your bank account once more.
Then get in touch with your credit card company, as your refund may take a while to be officially posted.
Next""",
                        ("only partial refunds are granted",)),

    "workweargiant": ("""Returns Policy

Overview

Refunds and returns under this policy cover damaged or faulty goods, for 30 days. When 30 days have gone by since you bought a damaged or faulty item, a refund is no longer possible. If we approve the refund, you will get an RAC from us, and you then have 7 days to post the items back.

Refund for decorated garments.

After embroidery or printing, cancelling is out: it is then not possible to cancel the order, dispatched or not. The Consumer Contracts Regulations, in force since 13th June 2014, leave out goods that are personalised or made to the consumer's specification, and our decorated items are such goods. Still, a decorated item can come back if it is faulty or damaged, or if we supplied it wrongly.

 

Refund for plain items.

For plain items, ask for a refund within 14 days after your order reaches you. We may refuse a refund.

In some situations only partial refunds are granted, and in some we may refuse the refund:

An item that is no longer in its original condition, or is damaged or lacks parts for reasons that are not our error

Before you send anything back, you must ask us for a returns authorisation code (RAC). Email orders@workweargiant.example with your order details and the reason for the return. If we approve the refund, you will get an RAC from us, and you then have 7 days to post the items back.

Items can only be returned unused and in the condition in which they arrived, in their original packaging with every tag, clip and label.

An item sent back without an RAC cannot be processed: we keep it for 14 days, after which it goes to a local charity as a donation.

How to proceed.

When you have your RAC, we need proof of delivery back to us together with the RAC number to complete the return. Please mark your RAC on the outside of the parcel, on the packaging of the r""",
                      ("not possible to cancel the order", "only partial refunds are granted", "to a local charity",
                       "proof of delivery back to us", "rac on the outside")),

    "adoredvintage": ("""Return Policy

RETURN POLICY (VINTAGE)
Our VINTAGE & ANTIQUE clothing and accessories are sold on a final-sale basis, so please shop with care and ask us any questions before you buy.

RETURN POLICY (VINTAGE INSPIRED)
Modern VINTAGE INSPIRED clothing from us may be returned for an exchange or for store credit. A return must be unused and unworn, in the condition in which it reached you, and in its original packaging.

48 HOUR EXCHANGE POLICY
Although every sale is treated as final (vintage above all), we will consider an exchange or store credit for an item that was grossly misrepresented. We look at each exchange on its own merits, and you must get in touch within 48 hours of your order's delivery.

In other words, e-mail us within 2 days after the item is delivered if there is a problem with your purchase. Once those 48 hours after delivery have passed, we no longer consider exchanges or store credit.

SALE ITEMS
Only items bought at full price may be returned; sale items are not refunded, we are sorry to say.

RETURN SHIPPING
Postage for sending your purchase back is paid by the buyer. Shipping costs are not refunded.

We strongly recommend tracking or shipping insurance, particularly for a return sent from abroad. We cannot promise that your returned item will reach us.

RESTOCK FEE
Every order dealt with as an exchange or store credit carries a 10% restock fee. We do not refund shipping fees.

STORE CREDIT
Your store credit can be spent until 90 days after date of issue.""",
                      ("90 days after date of issue",)),

    "knitwearstore": ("""Returns and Refunds
NOT FOR YOU...

Thanks for buying from us.
The Knitwear Store aims to give you good quality with a fashionable touch, but if your purchase is not quite right, we are glad to help.

RETURNS
An item may be returned up to 21 calendar days after the day it reached you.
It must be unused and in the condition in which you received it.
It must come in its original packaging, or in something like it.
It must come with its receipt, or other proof that you bought it.
How To Return?
1. Find Your Packing Slip - Fill in the form on your packing slip (it was in the parcel you received)
2. Prepare the Package - Put in the item, the receipt and the packing slip, in the original packaging or something like it.
3. Attach the Shipping Label . Lost your return slip, or never had one? No problem – use the link below to print another.
4. Ship Us Your Package - Hand the parcel to a courier and you are done.

REFUNDS
When your item arrives, we will inspect it and email you to say we have received your return.
Straight after the inspection we will email you with the status of your refund.
If we approve your return, we will refund you, to your credit card or the payment method you used originally.
The credit should reach you within 10 working days, or as your card issuer's policies allow.

The cost of shipping your item back to us is yours to pay.
Shipping costs are not refunded.
For items worth over £50, you may want to use a trackable shipping service or buy shipping insurance.
We cannot promise that your returned item will reach us.

OUR RETURN ADDRESS

The Knitwear Store (Returns)
1 Example Street
Leicester

EXCHANGES
All our UK customers can use our exchange service. Every item returned to us is processed within 10 days of being""",
                      ()),

    "slipperstyleshop": ("""Your cart is currently empty!
Slipper Style Shop wants you to be fully satisfied with every purchase. We know that an order sometimes does not fit, or look, the way you imagined. So we have made our returns policy simple and friendly, to keep your shopping experience as pleasant as we can.
Hassle-Free Returns
Not entirely happy with your slippers? Send them back within 30 days after your order reaches you. Perhaps the style or the comfort was not what you hoped for, or the size was not quite right: either way, we keep returning simple and easy.
Eligibility for Returns
Slippers can be returned when they are unworn, undamaged and in their original condition. That includes every tag, the packaging and every accessory that came with them. We want each pair we sell to be able to find a new owner, so it matters that they come back in excellent shape.
Initiating a Return
To start a return, just email us at hello@slipperstyleshop.example. Our friendly customer service team will take you through the steps and give you a return authorization. When you have the return instructions, wrap the slippers safely in the packaging they came in, and add any paperwork that was sent with your order.
Return Shipping Costs
Your first return is free for you, but return shipping for any additional returns is yours to pay. For valuable items, we advise a trackable shipping service or shipping insurance, so that your return reaches us safely.
Refund Processing
When your slippers are back with us and we have checked their condition, we process your refund without delay. It goes to the payment method you used at checkout. Allow a few business days, please, before the transaction shows in y""",
                         ("any additional returns",)),

    "circlelboots": ("""Exchanges Policy

Returning new, unused products (exchanges)

Products that are new, unworn or unused can be sent back up to thirty (30) days after the date we shipped them to you. The refund then reaches the credit card you paid with within 7-14 days. Everything must come back unused, fully fit to be sold again, in its original packaging and with the invoice. If the goods have been used, a processing fee of $25 is charged to your credit card, the goods are sent back to you, and you receive no credit.

Discrepancies

We are sorry if we shipped you the wrong products. Send them back following the instructions for returns and exchanges below, using the UPS prepaid label that came with your order, to our warehouse. When your return arrives, we ship the right order to you at no extra cost.

Instructions for sending back returns or exchanges

Use the shipping label that came in your original carton, and complete the returns form, giving the reason you are returning. Stick the label on the original carton, with the return address details. Shipping by any other method is at your own expense.

Returning faulty goods

This covers only goods bought through this website and still within warranty. Please return a faulty product in the packaging it came in. Our rubber boots carry a 6-month guarantee against manufacturing defects, counted from the date of purchase. The guarantee does not cover wear and tear, a wrong fit or size, or misuse of our products. If your boots are defective, send them back for evaluation with valid proof of purchase (the original invoice or receipt), in their original packaging and with the invoice. Footwear must be cleaned thoroughly before it comes back for evaluation.

Final sale

Items sold as Final Sale cannot be returned or exchanged.""",
                     ("processing fee of $25", "against manufacturing defects", "cleaned thoroughly")),

    "thepyjamahouse": ("""Returns/Exchanges

DELIVERY 

Every item is normally dispatched within 48 hours of the order being accepted, and should reach UK customers within seven working days. Most of the time it actually goes out the same day or the next working day.

Orders that come in after 3pm go out the day after.

We send with Royal Mail. At checkout you can choose:

UK 2nd Class Royal Mail : up to 5 days to arrive.
UK 1st Class Royal Mail: 2-3 days to arrive.
Next Day Delivery: delivered before 1pm the next day on orders placed before midday. Note – a signature is needed, so make sure someone is in to receive the parcel.
Rest of the World Air Mail: as long as 2 weeks to arrive.

EU – Because of serious problems with EU customs at present, we are sorry that we cannot dispatch to the EU.

RETURNS POLICY
Not fully happy with your pyjamas, PJ bottoms and so on once they arrive? Send them back to us and ask for a refund or an exchange. Returns are NOT FREE: we would rather keep the price of all our nightwear low than build the cost of free returns into it.

Send returns to The Pyjama House at 1 Example Villa, York.

Mark every return or exchange clearly with your name, address, telephone number and email. Tell us whether you want a refund or an exchange, and if you are exchanging, which items you would like instead. It is a good idea to check on the website that we have the size or fabric you want in stock. You will be refunded within 7 days, as long as the goods come back complete, unused, unwashed and in their original packaging. Every exchange is turned around within 48 hours; the new items then go out by 2nd class Royal Mail, with no postage to pay.

*Items bought as Christmas presents can be returned for an exchange until 15th January. Requests for a refund must reach us by 7th January.

A""",
                       ("name, address, telephone", "turned around within 48 hours", "until 15th january", "by 7th january")),

    "uniformesdirect": ("""Return & Exchange Policy
Not entirely happy with what you ordered?
Exchanges are accepted within 30 days after we ship (or after the date of an in-store purchase).
Please be aware that refunds are not offered.
Conditions:
-
Items have to be new: not worn, washed, altered, embroidered or damaged.
-
They have to come back in their original packaging, with every tag and label on.
-
Footwear must be clean and in its original condition, and only ever tried on over a clean, dry surface, so the soles keep their colour.
-
Sale items are all final sale: they cannot be returned or exchanged.
Procedure:
-
Before you send anything back, email info@uniformesdirect.example to ask for authorization.
-
Add a note that explains in detail why you want the exchange.
-
Do not ship your items until we have confirmed.
Fees & Inspection:
-
We do not refund shipping and handling charges.
-
The customer pays the cost of shipping a return.
-
Every returned item is inspected on arrival, before we issue an exchange or credit.
Reserve:
Uniformes Direct may refuse any return that fails to meet these conditions.""",
                        ("clean, dry surface",)),
}
