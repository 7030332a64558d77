"""The test16 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "suitntux": ("""Returns and Exchanges

ONLINE RETURNS & EXCHANGES
Not happy with what you bought? You can send it back for an exchange or a refund within 30 days of the date you originally bought it. Anything you send back has to arrive new, with its tags still on.
Each refund needs the packing slip in the box, and we refund to whatever form of payment you used. Anything paid for by credit card goes back to that same card and no other.
Return postage is paid by the customer. Once your parcel reaches us, we deal with the refund or exchange within 1-2 business days, at no extra charge. Should the item you asked for in exchange be unavailable, we will credit your original credit card instead.

HOW DO I SEND SOMETHING BACK?
Online purchases can come back to us in one of two ways:
- Bring it to our Warehouse Suit Sale store, whose address is given below, and return it there.
- Pack it securely and mail it with a shipping method you can trace, to:
Suit & Tux Warehouse
1 Example Street, Unit A
Exampletown, CA 90000
Put the packing list in the box, or a note giving your name and order number, and tell us whether you want an exchange or a refund.

IN-STORE RETURNS & EXCHANGES
Bought in the store? Bring it back within 30 days of the original purchase date, in its original packaging, with every tag attached and the original sales receipt, to return or exchange it. Jewelry, bow ties, belts, cuff links, fragrances, altered garments, clearance items, gift cards and accessories are all final sale.
Every return or exchange must come with the original receipt, and refunds are paid the way you originally paid. Purchases on a credit card are refunded only to that card. For debit card purchases we will do our best to refund the same card. Special sales may carry other restrictions; ask in the store for details.""",
                 ("item you asked for in exchange", "bring it to our warehouse suit sale store",
                  "gift cards and accessories are all final sale", "the original sales receipt")),

    "kidswithfashion": ("""At Kids Clothing Shop we want every order to make you happy. If something isn't right, returning or exchanging it is simple. Please read through the details below so you know how it works.

Eligibility for Returns & Exchanges
An item can be returned or exchanged only if it is unused, still in the packaging it came in, and in the condition it was in when it reached you. You will also need your original receipt or other proof of purchase. Some items, family sets for example, may not qualify for a return or exchange because of what they are. Not sure whether a product qualifies? Write to us at hello@kidswithfashion.example.

Return & Exchange Process
To start a return or an exchange:
- Email us: write to hello@kidswithfashion.example no later than 15 days after your order arrives, giving your order number, the item(s) concerned, and your reason for sending them back.
- Get your instructions: we will reply with step-by-step instructions, including the address to send it to and any forms you need.
- Pack it: pack the item(s) securely in the original packaging, with every tag and label, and enclose your receipt (a copy is fine) or another proof of purchase.
- Send it: post the parcel to the return address we gave you using a shipping method with tracking. A carrier that offers both tracking and insurance is best.
- Wait for our answer: when your return arrives we inspect it and let you know whether the return or exchange is approved or rejected. Once approved, we issue your refund or ship the replacement.

Refund Process
For an approved return, we process the refund and credit it automatically to the payment method you originally used within 5-7 business days. How long it then takes to show up in your account can vary with your bank.""",
                        ()),

    "sodalulu": ("""Lab-grown diamonds | Made-to-order jewelry | IGI certificates | 14K, 18K & platinum | Wholesale worldwide

Return & Exchange Policy

We want every customer to be happy with what they bought, so every product we sell, diamonds and their certificates included, can be returned or exchanged within 7 days. This is how it works:

Get in Touch First
Before you send anything back, email us to tell us you want to return or exchange it. Our support team then sends you everything you need to know to go ahead.

What We Need Back
A return or exchange is accepted only if the product is unused, undamaged and in its original condition. The diamond and its certificate have to come back to us together, in one package. Seal the package securely so nothing gets damaged on the way.

Return Shipping
Return shipping is paid by the customer, plus any duties, import taxes and insurance costs. Use a dependable carrier with tracking so your parcel gets back to us safely, and let us have the tracking number when it ships.

Refunds
When your package arrives, our team checks the product and the certificates that came with it. If all is in order under our return terms, your refund is issued within 1-3 business days, back to the payment method you used when you bought.

Exchanges
If you would rather have a different item, say so in your first email and we will explain how the exchange works. Where the new item costs more or less than the original, we will settle the difference with you.""",
                 ("diamond and its certificate have to come back", "settle the difference with you")),

    # Not found in the stored pages (four queries): written from its label alone.
    "thesamuraivintage": ("""Return Policy

Every piece we sell is vintage and one of a kind, so please read the descriptions and measurements carefully before you buy. If something still isn't right, you can send it back within 7 days of the day it is delivered.

To qualify for a return, the item must be unused, in the same condition we sent it in, and in its original packaging (with any tags we attached still on it). We also need your order number or another proof of purchase.

To start a return, email us at returns@thesamuraivintage.example with your order number and the item you want to send back. If you'd like a different size or piece instead, tell us in the same email and we'll see what we can do.

Return shipping
You pay the cost of shipping the item back to us. Please use a tracked and insured service: we cannot be responsible for parcels that never reach us.

Refunds
When your return arrives we inspect it and email you to confirm we have it and whether your refund is approved. Approved refunds go back to your original method of payment.

In some situations we can only grant a partial refund:
- items that come back with wear or marks that were not there when they left us
- items that are damaged or missing parts for reasons that are not our fault

Gifts
If the item was bought as a gift and shipped straight to you, we will issue a store credit for its value instead of a refund.

Questions about an order? Email hello@thesamuraivintage.example.""",
                          ("we will issue a store credit", "we can only grant a partial refund")),

    "phonereplacementparts": ("""Return / Refund

PHONEREPLACEMENTPARTS takes back only items that are unused and still unopened. By "use" we mean any attempt to fit, open or operate an item, so please check your parts carefully as soon as they arrive. Returns are not accepted once 7 days have passed since the date you received your order. Any item that is not defective and comes back to us for a refund carries a 20% restocking fee, without exception. We look at every return request individually.

Please be aware that, where a product meets this return policy, PHONEREPLACEMENTPARTS can exchange it if there are supply bottlenecks or the item is out of stock, and we also accept requests for a refund. Where a product does not meet the policy, the customer may have the parcel shipped back or simply abandon it.

To open an RMA (Return Merchandise Authorization) for a defective product:

1) Photograph or film the faulty product and get in touch with PHONEREPLACEMENTPARTS.
2) If our online support cannot solve the problem and the product qualifies for a warranty return, you may submit an RMA application.
3) The PHONEREPLACEMENTPARTS After-sales Service Center reviews the application and passes its decision to the Sales Center.
4) Once the application is approved, a member of our sales staff sends you the correct return address and a return list.
5) Pack the defective product as PHONEREPLACEMENTPARTS instructs and send it back with the return list enclosed.
6) Be sure to send our sales staff the tracking number and an electronic copy of the return list; if you don't, after-sales handling may be delayed.
7) The After-sales Center follows the parcel and arranges its transfer without delay.
8) The After-sales Center then tests the product and issues an inspection report.""",
                              ("if there are supply bottlenecks", "parcel shipped back or simply abandon it")),

    "cvkayaks": ("""Refund and Return Policy

Card fees charged to retailers keep going up, so our refund policy steers customers toward store credit. Where a refund to a credit or debit card is asked for more than 14 days after the purchase date, we charge a restocking fee. An on-site supervisor must sign off on every refund.

How You Can Be Refunded

Store Credit
- The whole amount comes back to you as store credit
- No restocking fee
- For items that are unused, with the original packaging intact

Debit Card Refunds
- Up to 14 days after purchase: the full amount is refunded to the debit card you paid with
- More than 14 days after purchase: we apply a 10% restocking fee, worked out on the subtotal
- Only unused items in their original packaging qualify

Credit Card Refunds
- Up to 14 days after purchase: we refund the amount less a 5% processing fee for the card
- Only unused items in their original packaging qualify

Other Conditions
- Clearance merchandise is final sale
- Items bought on sale: store credit only
- We may take back a used item if management agrees; it carries a 25% restocking fee (worked out on the subtotal)

Deposits
- Reserving a boat requires a $200 deposit that we do not refund.
  - The deposit can be moved to a different boat, or spent on anything else we sell, gear or services.
- Special orders need a deposit.
  - Where the item is not something we normally stock, the deposit is not refundable.

Comox Valley Kayaks""",
                 ("we charge a restocking fee", "on-site supervisor must sign off", "we apply a 10% restocking fee",
                  "5% processing fee for the card", "items bought on sale: store credit only",
                  "it carries a 25% restocking fee", "deposit that we do not refund", "not something we normally stock")),

    "ushuntingsports": ("""At Outdoor Hunting Store we back our gear the way hunters back each other in the field, and we want you happy with every piece of equipment you buy from us. If you aren't, you can return or exchange it within 15 days of the day your order arrives.

Our Return Policy
Most hunting gear can come back to us as long as it is unused, unwashed, in its original packaging and still has every tag on it. For a return to qualify:
- The item is new and has not been used
- Its original tags are still attached
- Its original packaging is undamaged
- You start the return no later than 15 days after delivery

Items We Can't Take Back
For reasons of safety and hygiene, the following are not returnable:
- Face paint (once opened or used)
- Base layer clothing (once the tags are off or the packaging is opened)
- Game calls already used out in the field
- Decoys showing wear or damage from the field
- Anything with signs of use, or without its original packaging

Starting a Return or Exchange
Step 1: Write to Our Customer Service
Email our gear team at returns@ushuntingsports.example within 15 days of delivery. Put "Return/Exchange Request" in the subject line and include the details below:
Sample request:
Subject: Order #[order number] - return/exchange
Hello Outdoor Hunting Store,
Please accept a [return/exchange] of the following from order #[order number], placed on [date]:
- [Item name]
- [How many]
- [Why you are sending it back]
What I'd like: [a refund / an exchange for (item, if you know it)]
Thank you,
[Name]
[Phone or email]
Step 2: Get Your Return Authorization
Within 1-2 business days we will reply with:
- A return authorization number
- How to ship your return
- The address to send it to
- Any extra instructions for the items you are returning""",
                        ()),

    "premiumhorsetack": ("""At Saddle Shop we are proud of the quality of the riding equipment we sell. Still, we know a product sometimes doesn't suit you or your horse, and our Returns & Exchanges policy is run with the same care we give to our tack.

Our Promise to Riders
We stand behind each bridle, saddle and piece of kit we sell. If you are not fully happy with what you bought, we will sort it out together with you, with the service riders expect from us.

Policy at a Glance:
- Return window: 15 days from the day it is delivered
- Condition: unused, in the original packaging, with tags still attached
- Processing time: 3-5 business days once your return reaches us
- Items we can't take back: see the section below

How Returns Work
Step 1: Start Your Return
To return or exchange something, email our Rider Support Team at support@premiumhorsetack.example with these details:
Hello Saddle Shop,
I'd like to [return/exchange] an item from order #[order number].
Item(s): [product name, and SKU if you have it]
Why I'm sending it back: [details]
I understand the item(s) must be in their original condition with the tags on.
Please let me know what to do next.
Thank you,
[Name]
[Phone or email]
Step 2: Get Your Return Authorization
You'll hear back from us within 1-2 business days: we email an RMA (Return Merchandise Authorization) number and tell you how to ship. We cannot process a return that arrives without an RMA number.
Step 3: Pack and Send Your Return
Pack the item(s) securely in their original packaging, with every accessory that came with them. US customers should stick on the return label we provide; customers elsewhere should follow our instructions for international returns.""",
                         ("stick on the return label we provide",)),

    "guitarstringshop": ("""At Guitar String Shop we want every subscription order to leave you happy. If something arrives that you don't want, you can send it back, provided you get in touch with us within 21 days of the date it shipped. We need that time limit so that later shipments in your subscription carry only the items you actually want.

A returned item has to be unopened and fit to be sold again. We cannot take back merchandise that has been opened or used.

Items that qualify are refunded in full, to the account you paid with. All costs of sending the item back are yours.

How to return an item:
1. Email support@guitarstringshop.example within 21 days of the date the item you want to return was shipped.
2. We will give you a Return Authorization Number (RAN); write it on the shipping label of your return.
3. Pack the item and send it to Guitar String Shop within 7 days of getting your RAN. Every cost of the return, packaging and postage included, is yours.
Send returns to:
Guitar String Shop
P.O. Box 0100
Exampletown, MT 59000
4. Email support@guitarstringshop.example to say the item is on its way, with its RAN and which carrier you chose.
5. When your return reaches us, we check that it is in acceptable condition and refund the account you used for the purchase. We'll send you an email once the refund has gone through.

This policy may change whenever we need it to, so check back from time to time. Changes and clarifications apply as soon as they are posted on the site, and if we make a significant change we will say here that the policy has been updated.

Any questions? Just email support@guitarstringshop.example.
Adopted: June 1, 2016""",
                         ()),

    "thecosmicpeddler": ("""Refund policy

REFUNDS & RETURNS:

We work to keep refunds and returns to a minimum so that our prices can stay low. As a small shop, we can only manage that with our customers' help.

Please raise any refund or return request promptly. We ask you to contact us about a refund or return no more than 72 hours after delivery.

The longest you have to report any claim for a refund or return is two weeks.

Please don't ask for a refund or return because you don't care for the artistic side of the music, or because it simply isn't to your taste. If that is why you are unhappy, take it up with the record label, the artist or the band.

When we accept a refund or return, you get your money back rather than a replacement, because our stock is so limited. You are welcome to buy the same product again if it is still available.

We may ask you to send the product back, at our cost, so we can inspect it before a refund is issued. Whatever we find, you will be refunded once it arrives.

To ask for a refund or return, the best thing is to email us photos showing the defect or damage.

Customers who complain again and again, for whatever reason, may be barred from buying from us in future.

Whatever has happened, we'll try hard to put it right, and we look at every case on its own merits.

Warped Records:
A warped record can usually be flattened. A brand-new record that was packed properly is very unlikely to be so badly warped that it won't straighten out and play. Records are plastic, and plastic bends and warps when it gets warm; a little heat and pressure will usually flatten it out. Anyone who plays or collects records will meet a warped one sooner or later.""",
                         ("72 hours after delivery", "don't care for the artistic side")),

    "ritebrew": ("""How do I return an item?

You can return items within 30 days of purchase; shipping charges are not refunded. An opened item that is not defective may carry a 15% restocking fee.

RiteBrew covers its products with a 30 day warranty. Once those 30 days are over, any warranty comes from the item's manufacturer. The warranty pays shipping only when we replace an item with an identical one. If you want a refund, the customer pays for return shipping.

To get an RMA number, email sales@ritebrew.example.

Cancelling an Order
Send any cancellation by email to sales@ritebrew.example.
A cancellation email needs your order number, your full name and your email address.

Warranty
RiteBrew products are under warranty for 30 days; after that, the manufacturer's own warranty applies. Once you have brewed with an ingredient, we cannot replace or refund it. If something seems wrong with an ingredient (hops that smell off, yeast that won't swell, the wrong grain), don't brew with it: we'll mail you a replacement and a prepaid label to send the faulty one back.

Refused or Undeliverable Shipments
If the buyer refuses a delivery, or it can't be delivered, the buyer pays every shipping charge RiteBrew.com incurred, return shipping included.
Liquid yeast is not refundable.""",
                 ("may carry a 15% restocking fee", "any warranty comes from the item's manufacturer",
                  "brewed with an ingredient, we cannot replace", "mail you a replacement and a prepaid label",
                  "the buyer refuses a delivery")),

    "k9ballistics": ("""Returns & Exchanges

RETURNS & EXCHANGES: THE GENERAL POLICY

Send an item back within 30 days and get 100% store credit, as long as it is unused and in its original box. We can't take used products back, because we can't sell a used item again. No one wants their dog sleeping on a bed another dog has used!

Items with custom embroidery cannot be returned or exchanged.

Click here to file a return claim.

Click here to ask for an exchange.

We can't accept a return or exchange for anything that:
1. Carries personalized embroidery
2. Has had its tags taken off
3. Shows any sign of use (for example dog hair, dander, dirt, stains, scratches or smells)
4. Has been washed
5. Has been damaged
6. Was bought at more than 15% off (clearance items, for example)
7. Arrived more than 30 days ago

Every return is inspected carefully when it arrives. We may refuse store credit for any item that comes back to us not new and unused. Items with custom embroidery cannot be returned or exchanged.

Exchanges cost you nothing in shipping or handling. Returns carry a $30 freight fee that covers shipping in both directions, but we waive it if you take your refund as store credit or buy something new from us instead. The shipping label we send is a FedEx label, for you to drop off at a FedEx location. We can only send a return label when the item goes back in its original box; without that box, we can't provide one and the cost of getting it back to us is yours. If you put our label on any other box (or on no box at all), the whole cost of the label comes off your final store credit, and if it costs more than the credit, you get no credit.

Please allow 3-5 days from the day your return reaches us before your store credit comes through. A damaged item cannot be returned or exchanged; please see our warranty page instead.""",
                     ("returns carry a $30 freight fee", "getting it back to us is yours",
                      "comes off your final store credit")),
}
