"""The test11 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "dancewardrobe": ("""Returns & Exchanges

Buying dancewear online is a bit like learning new choreography: most of the time it comes together, and now and then it needs another go. Our product pages and size charts are there to help you get the fit right first time, but if something still isn't working for you, this page explains how returns and exchanges work with us, step by step.

Our Return Policy

You can return or exchange items up to 15 days after your order is delivered. For a return to be accepted:

- the item must be unused, still in its original condition, and have every tag attached
- it must come back in its original packaging
- you must show proof of purchase

Items We Cannot Take Back

Some products can't be returned or exchanged, for reasons of hygiene and safety:

- Ballet boots (they are specialist items, fitted to the person wearing them)
- Pointe shoes once they have been tried on or worn, since they take the shape of the dancer's foot
- Ballet shoe-slippers, if they've been fitted or worn
- Heat retention wear with a sauna effect (hygiene)
- Hair accessories (hygiene)

For these items especially, please check your size and read the size guide carefully before you order.

How to Start a Return or Exchange

1. Email returns@dancewardrobe.example within 15 days of delivery and tell us what you'd like to return or exchange. The template below lists everything we need from you.
2. We look at your request and, if it's approved, email you an RMA (return authorization) number, normally within 2 business days. Please wait until you have it before you send anything.
3. Pack the item securely in its original packaging, tags still on, and put a copy of your receipt or order confirmation inside.
4. Post it to the address given in your RMA email, using a shipping service with tracking, and hold on to the tracking number until the return is complete.""",
                      ()),

    "winstonhills": ("""Returns, Refunds and Payments

Please read this before you buy

Children shoot up fast and family plans change, so we now give you longer to return or swap uniform items than the 30 days we used to allow. The details of the new policy are below.

Refunds:
- You can bring items back for a full refund up to 60 days after the date you bought them.
- Items should come back as new: original condition, tags on, packaging undamaged.
- Refunds on online orders go back to the payment method you used.
- Where the order was placed in the shop, we refund in cash or by bank transfer.

Exchanges:
- An item can be swapped for the same item in another size for up to 120 days from purchase.
- Items should come back as new: original condition, tags on, packaging undamaged.
- If we don't have the size you need, we will place a back order for it.

Exchanging for a Different Product:
- Up to 120 days after buying, you may exchange an item for a different product, as long as you have your receipt.
- Items should come back as new: original condition, tags on, packaging undamaged.
- If the new item costs more than the one you bought, you pay the extra; if it costs less, we refund the difference to you.

Second-hand items:
- Second-hand uniforms cannot be refunded or exchanged.

For hygiene reasons we can't exchange hats, tights or socks.

We will replace any item that turns out to be faulty, damaged or defective.

PAYMENT POLICY FOR PURCHASES AT THE WINSTON HILLS PUBLIC SCHOOL UNIFORM SHOP

Effective from 25 March 2025

New uniform items:
Every new uniform item bought from the Uniform Shop must be paid for in full when you buy it. The option of paying later is no longer available for new items.""",
                     ("we refund in cash or by bank transfer", "swapped for the same item in another size",
                      "exchange an item for a different product", "we will place a back order",
                      "we refund the difference to you", "we can't exchange hats, tights or socks")),

    "michellepatterns": ("""Shipping and Returns

When will my order ship?

Orders leave us within 2 business days, except custom-made pieces. For those, we'll be in touch by email and I'll tell you which day your parcel is due to go out.

Can you ship outside the US?

Not at the moment, sorry. If you live abroad, a package forwarding service is a good option: they give you a US address to shop with, receive your parcel there, and then send it on to wherever you live.

What is your return policy?

If you want to return or exchange an item that isn't on the list below, contact me within 7 days of delivery. The item itself then needs to be posted back to me no later than 14 days after delivery. To cancel an order, tell me within 24 hours of buying. I try hard to get every order out within 2 business days, so please ask quickly if you want to cancel. After your parcel has shipped, I can no longer cancel the order.

Items that can't be returned or exchanged:

Because of what they are, I can't take back the items below unless they reach you damaged or defective:

- Custom or personalized orders
- PDF sewing patterns and other digital downloads
- Cut goods, such as fabric and interfacing

More about returns and exchanges:

PDF Sewing Patterns:
A digital file can't be sent back, so PDF patterns are not refunded or exchanged.

Replacing a Pattern:
Please download your pattern files and keep a copy in cloud storage, for example by emailing them to your own Gmail address or putting them in Dropbox or Box.""",
                         ("no later than 14 days after delivery",)),

    "carderpuzzle": ("""Return & Refund Policy
Returning something to us is simple, so you can order online without worrying.
If a puzzle isn't right for you, you have 14 days from delivery to send it back.

- Please begin your return no later than 14 days after your order arrives.
- Every item sent back to us is inspected. It needs to be unused and to come with all of its original inserts, boxes and accessories.
- When you return something simply because you changed your mind, the shipping costs are yours to pay.
- The item has to be in its original packaging.
- We need a receipt or other proof of purchase to complete the return.
- We can only refund items bought at full price; sale items are not refundable.
- If the return is due to a mistake on our part or a defective product, we refund both the price of the puzzle and the shipping charges.
- When the order was flagged as a gift at checkout and delivered directly to you, you'll get a gift credit equal to the value of what you return.
- Please post your return promptly so that it reaches our warehouse no more than 30 days after you received it.
Partial Refunds
- Items that have lost their original condition, or that come back damaged or with parts missing, where we were not to blame.
- Items sent back more than 14 days after they were delivered.
After your return gets here and we have inspected it, you'll get an email from us saying it has arrived, and telling you whether the refund was approved or rejected.
If it is approved, we process the refund and the money is returned automatically to the card or other payment method you originally used, within a certain number of days.
Shipping
- You pay the shipping costs for sending your item back to us.
- Shipping costs cannot be refunded. Where a refund is given, we subtract the return shipping cost from it.
- We can't guarantee that your returned item will reach us, so please send it with a tracking number.""",
                     ("you'll get a gift credit equal", "reaches our warehouse no more than 30 days",
                      "come back damaged or with parts missing", "sent back more than 14 days after",
                      "we subtract the return shipping cost")),

    "theonlinemagicstore": ("""Returns

How returns work at The Online Magic Store

We have put a lot of effort into making our returns policy as fair as any you'll find from a magic dealer.

Conditions for returns

- If nothing is wrong with a product, what you get for returning it is an exchange or a credit note, not a refund.
- Downloads are not covered by this policy, as there's no physical item to send back.
- We can only take back DVDs and playing cards with their shrink wrap unbroken. A faulty DVD, on the other hand, gets replaced with one that plays.
- A deck of cards that has been opened can only come back to us if it has a printing error.
- Return postage is your cost, except when the item is faulty. For a faulty item we will refund the postage where needed, provided we have agreed the cost with you before you post it; we cover standard postage only, never express services such as UPS.
- Every product must come back intact and complete, in its packaging. We may refuse a return if the product was damaged on its way back to us, or if its packaging is damaged, which includes sticking postage labels straight onto the product's own box.
- When a non-faulty item was originally delivered free of charge, we will bill you for the real cost of that delivery.
- The return period is two months from the date of purchase.
- Returns are accepted only from the person who bought the item from us, so if you sell it on, the new owner cannot return it to us.
- This guarantee and its terms can be changed at any time.""",
                            ("with their shrink wrap unbroken", "gets replaced with one that plays",
                             "a deck of cards that has been opened", "provided we have agreed the cost with you",
                             "sticking postage labels straight onto the", "originally delivered free of charge",
                             "only from the person who bought")),

    "kitesland": ("""Buying Kites Online with Confidence: Our Returns, Refunds and Money-Back Terms
About Our Refund Policy
We want shopping with Kites.land to feel safe. We stand behind what we sell, but we also know that not every order turns out as hoped, so our refund policy is simple and fair.
When Can I Ask for a Refund?
Refund requests can be made up to 30 days after the date you bought the item. It has to be unused, in the condition it was in when it reached you, and still in its original packaging.
How Do I Apply?
Start by emailing support@kitesland.example with your order number and why you want a refund. After that, post the item back to us. When it arrives, we inspect it and then process your refund.
Sale Items
Items bought on sale cannot be refunded; refunds are only given on items bought at regular price.
How Long Does a Refund Take?
When your return has arrived and been inspected, we'll let you know by email. If it is approved, we process the refund and credit it to the payment method you originally used.
Prefer a Shop Nearby?
You can also bring your item back in person: our store locator will show you the closest shop, where our team will gladly help with the return.
Exchanges
Replacements are given only for items that arrive defective or damaged. To swap one for the same item, email support@kitesland.example.""",
                  ("bring your item back in person",)),

    "olympiapoolsandspas": ("""Terms & Conditions / Refund Policy
We will refund or exchange merchandise on the following terms:
- Every refund or exchange needs the original receipt and must be made no later than 14 days after the purchase date.
- The refund goes back through the payment method, and where relevant the same card, that you paid with.
- Merchandise has to be returned undamaged, unused and in the packaging it came in.
- Custom orders (liners, spa covers, items we don't normally stock and so on) are final sale, as are sale items.
- For health and safety reasons, pool and spa chemicals are never refunded.
- Gift certificates can't be refunded and carry no cash value.
- Shipping and handling charges are not refunded.
- Anything bought on sale is final and cannot be refunded.
Merchandise bought as part of a contract cannot be refunded or exchanged in the store; please take it up with your salesperson directly.""",
                            ("bought as part of a contract",)),

    "thepowergeneratorsforyou": ("""Returns/Exchanges

Damage:

Check the packaging of your order when it is delivered. If you see any damage, write it down when you sign for the delivery. Should your items turn out to be damaged, email photos of the damage to sales@powergenerators.example and we will handle the insurance claim for you.

Cancellations & Refunds:

Any order cancelled more than 24 hours after it was placed carries a $20 administration fee, whether it has shipped or not. Once an order has shipped, you, the buyer, also pay the actual cost of shipping it back. Returned orders are charged the card or PayPal processing fee (2.6% on credit cards, 3.6% on PayPal) as well as shipping. Where the goods have a quality fault, you can have a full refund or a single free replacement after they reach the manufacturer's warehouse. You need an RMA (return authorization) from the manufacturer, whom you contact yourself, before any product is sent back. Refunds are only paid back to the credit card you used to place the order.""",
                                 ("we will handle the insurance claim", "carries a $20 administration fee",
                                  "charged the card or paypal processing fee")),

    "orbbyscent": ("""Returns
Our return policy runs for 30 days: you can ask for a return at any point in the 30 days after your item is delivered.
For us to accept a return, the item must be unused and in the same state as when it reached you, with its tags and in the original packaging. We will also need your receipt or some other proof of purchase.
Once we accept your return, we'll provide a shipping label for the return, together with directions for getting the parcel to us. Anything sent back without a return request having been made first will be refused. If you live outside the United States, please allow for your parcel taking longer than usual to reach us.
Damages and Issues
Please check your order as soon as it arrives, and contact us straight away, within 2 days of receiving it, if an item is defective or damaged or is not what you ordered, so that we can look into it and put it right.
Unopened, unused aromatizer devices can be returned up to 30 days after delivery. Because of what our products are, the following cannot be returned:
- Aromatizers that have been unsealed or used
- Incense burner refills, once opened or used
- Aromatizers made to order or personalized
Sale items and gift cards cannot be returned either. If you are unsure about a particular item, please get in touch.
Exchanges
If you want something different, the quickest route is to return what you have and, when the return has been accepted, place a new order for the item you want.
Refunds
After we have received and inspected your return, we will let you know whether your refund has been approved. If it is, the money is returned automatically to the card or account you paid with, within 10 business days. Bear in mind that your bank or card company may take a little extra time before the refund shows up.""",
                   ()),

    "bauschscientific": ("""Returns

Please note: some products cannot be returned, including cosmetics and personal care items, and most of the laboratory chemicals we sell.

You have 30 days to return an item. Once 30 days have gone by since your purchase, we can no longer give you a full refund or an exchange. If we do agree to take a return after the 30 days are up, we may charge a restocking fee.

An item can only be returned if it is unused, in the condition you received it in, and in its original packaging. We inspect every return when it arrives.

Returns are not accepted on some personal or cosmetic products, on hazardous materials, on flammable liquids and gases, or on certain other products. Where a product has a restricted returns policy, its product page says so.

How to return an item: first make sure the product can be returned and is still in its original condition, unless you think it reached you incomplete or defective. Then open a support ticket with "Return" as its subject. When your return is approved, we will give you a Return Authorization along with instructions and the address to send it to. Every return needs a Return Authorization: parcels arriving without one are refused, and the carrier takes them back to you.

When your return has arrived and been inspected, we will email you to confirm we have it, and to tell you whether your refund has been approved or rejected.

Approved refunds are put through and credited automatically to the card or payment method you used, within 5 days.

Replacements are only for items that are defective or damaged. To swap it for an identical item, open a ticket asking for an even exchange.

Shipping costs are generally not refundable, and you may have to pay the shipping when you return an item.""",
                         ("we may charge a restocking fee",)),

    "guitareffectspedals": ("""Policies

Privacy & Security

We keep our customers' email addresses, shipping addresses and every other detail private. We never sell or share them.

Pricing

If an item is listed with the wrong price or details, we may cancel the order. (So far we have never had to.)

Sales Tax

Only orders shipped to addresses in Tennessee are charged sales tax, at 9.25%. Orders going anywhere else pay no sales tax.

Import Taxes

Customers outside the US are responsible for any import tax their government charges. Countries apply import taxes very unevenly, so we can't tell you in advance whether you will be charged or how much.

Warranties

Every item comes with the manufacturer's warranty, lasting at least one year.

Returns
- This return policy covers only orders placed on our website and orders placed by phone.
- The following cannot be returned: anything from Pedaltrain or Pro Stage Gear, power supplies of every brand, amps, and cables of any kind. The manufacturer's warranty still covers them, of course.
- Special orders (an item we don't list on the site, ordered in for you) cannot be returned either, though the manufacturer's warranty still applies.
- You may return any other item within 14 days of delivery. Put simply, the returned item must be handed to the carrier no later than 14 days after your parcel was delivered, as shown by its tracking.
- Before sending anything, you must email us and ask permission to return it. We don't issue RA numbers; we simply reply by email with instructions for the return.
- A copy of your receipt (the packing slip) has to go in the box with the item. Most orders already include a spare copy.""",
                            ("covers only orders placed on our website",)),

    "gourmet305": ("""Refund and Return Policy

CANCELLING OR CHANGING AN ORDER

- We'll do our best to cancel or change an order when you ask, working together with the vendor of the product.
- Orders are packed every day, and once yours has been packed it can be difficult to cancel or change: it could be one of hundreds of parcels leaving that day, and we might not manage to find it.
- Because of the volume of Christmas orders, anything ordered during November or December can't be cancelled or changed.

RETURNS

- We can't accept returns of perishable products.
- We wouldn't be comfortable reselling perishable food that had been out of our hands, and we expect you wouldn't be either. Non-perishable, canned or packaged foods may be accepted for return.
- If you want to return something, you need to let us know within 2 business days of receiving it.
- We only take returns that are in excellent, resellable condition.
- Returns carry a 5% restocking fee. Where 5% comes to less than $5, we charge $5 instead.
- Please post returns to the vendor's address, which you'll find on our website.
- Return shipping is paid by you. We don't refund shipping costs. When we do issue a refund, the return shipping cost is subtracted from it.
- How long an exchanged product takes to get to you depends on where you live.
- For pricier items, you might want to use a shipping service with tracking, or buy shipping insurance, since we can't promise your return will reach us.

DEFECTIVE OR DAMAGED MERCHANDISE

- We take every care to get your order to you intact and in good condition.
- Still, parcels sometimes have a bumpy trip.
- If something arrives faulty or damaged, get in touch with us right away.
- Please keep everything, packaging included, as we may ask for it to be sent back.""",
                   ("anything ordered during november or december", "we charge $5 instead",
                    "post returns to the vendor's address", "the return shipping cost is subtracted",
                    "please keep everything, packaging included")),
}
