"""The test10 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "surfboardwarehouse": ("""Returns/Exchanges
At The Surfboard Warehouse, Inc. we care a lot about getting our customers into the right gear! Not happy with what you got, whatever the reason? We'll take it back or swap it for you, as long as EVERY one of the rules below is followed.
Before you send ANYTHING back, get in touch with us first, and we will email you an RA form (Return Authorization form). Items that show up without an RA form get NO refund and NO exchange. Also, mark the RA number clearly on the outside of your box; if it isn't there, the package WILL BE REFUSED. ONE MORE TIME: WE DO NOT TAKE ANY RETURN THAT ARRIVES WITHOUT AN RA FORM. We handle a large number of returns and exchanges, and the form is the only way we keep them all straight.
Returns and exchanges have to happen no later than 30 days after the date you bought the item. Items need to be unused/unopened and in the same shape they were in when they reached you. We reserve the right to look over anything sent back and decide whether a refund is due. If the item you're returning isn't defective, the cost of shipping it back is on you, not The Surfboard Warehouse. Every return carries a 15% restocking fee. Each return or exchange is handled on a case-by-case basis. A refused package costs you the 15% restocking fee, and the return shipping on top.
If a return or exchange goes missing in the mail, whether on its way to us or from our warehouse, that is not our responsibility. Insuring your return is up to you; either way, we can't be held responsible for items that never make it back to our warehouse.
Gift Cards can't be refunded, returned or exchanged
Surfboards can't be returned or exchanged
Finatic™ fins that have been used can't be returned or exchanged
Please keep in mind that your board isn't here in front of us, so we CAN'T promise that a particular surfboard bag will fit it. The measurements printed on the bottom of a surfboard are not always accurate.""",
                           ("mark the ra number clearly on", "handled on a case-by-case basis",
                            "a refused package costs you")),

    "outdoorprimers": ("""Refund and Returns Policy

Most items bought from our catalog or on our website can come back to us, by post or at the store, for a refund or an exchange, provided you bring them back no more than 60 days after you bought them and have valid proof of purchase. Once those 60 days are up, we will still take an item back, though only after inspecting it.

EXCLUSIONS:

  • Web orders paid with Stretch Your Payments (powered by Sezzle) or with PayPal can't be taken back at a retail store; they have to be mailed back to us. Our stores do not accept returns of goods bought with either of these payment methods.
  • Products that have been altered in any way can't be returned (cut arrows, for example).
    • If one of these items reached you damaged or defective, please get in touch with our Customer Service team directly and they will help.

NO RECEIPT? RETURNS AT A STORE WITHOUT PROOF OF PURCHASE

  • Anything returned without a receipt is refunded at its lowest sale price plus any sales tax that applies, and can be swapped for an identical product, or exchanged for merchandise credit loaded onto a gift card.
  • We may ask you to show a government-issued photo ID that is valid.
  • Without valid proof of purchase, we may limit or refuse a return or exchange.""",
                       ("though only after inspecting it", "can't be taken back at a",
                        "refunded at its lowest sale price", "show a government-issued photo id")),

    "emmettroyalhoney": ("""Refund and Returns Policy
Overview
Every eligible item can be returned for up to 30 days. Once 30 days have gone by since you bought it, we can no longer give a full refund or an exchange.
We can only accept a return if the item has not been used and is in the condition it was in when it reached you.
Some kinds of goods cannot be returned at all.
Other items we do not take back:
- Honey Bees (this covers NUCS, packages and queens.)
We need a receipt or other proof of purchase before we can complete your return.
In a few situations, only part of the price is refunded:
- Items bought on pre-order.
If you pre-order honey bees and don't collect them at the agreed time, or decide at delivery that you don't want them after all, you can receive only a partial refund.
Refunds
When your return has arrived and been inspected, we will email you to let you know it has reached us, and to tell you whether your refund is approved or rejected.
If it is approved, we will process the refund, and the amount will go back automatically onto the card or other payment method you originally used, within a certain number of days.
Late or missing refunds
Still waiting on your refund? Start by checking your bank account once more.
Next, get in touch with your credit card company, as a refund can take a while to be officially posted.
After that, call your bank: banks often need a little time to process a refund before it appears.
If you have done all of that and your refund still hasn't arrived, write to us at office@emmettroyalhoney.example.
Shipping returns
Most of what we sell is for local pickup only.
If an item was shipped to you, it is up to you to pay the postage to send it back.
If no more than 30 days have passed since purchase, and the item is unused and just as we shipped it, you will get a refund.
Need help?
Write to office@emmettroyalhoney.example with any question about refunds and returns. We appreciate your custom.""",
                         ("only part of the price is refunded", "can receive only a partial refund")),

    "maternitywearshop": ("""At Maternity Wear Shop, we'd love every order to make you happy. Sometimes a piece just doesn't fit the way you hoped, or isn't quite what you pictured, and that happens all the more while you're expecting. So we have kept our returns simple and kind.

Returns & Exchanges at a Glance

  • How long you have: you can return or exchange item(s) up to 15 days after they are delivered to you.
  • What condition: pieces must not have been worn or washed, and every original tag must still be on them. For hygiene, they also need to come back in the packaging they were sent in.
  • Proof of purchase: please enclose the packing slip or your order confirmation email.
Good to know: to keep every customer healthy and safe, earrings, and any other jewelry worn through a piercing (drops, for example), cannot come back to us, for hygiene reasons. Every sale of these pieces is final.

Starting a Return or Exchange

Here is how to get your return or exchange under way:

  1. Get in touch: before the 15 days are up, write to our care team at care@maternitywearshop.example. The template below gives us everything we need to help you fast.
  2. Wait to hear from us: within 1-2 business days you'll get our answer, with a return authorization number and the address for your parcel. Please don't post anything back before you have this number.
  3. Send it back: pack the item(s) with care, put your proof of purchase inside, and ship the parcel to the address we gave you. We suggest a shipping service with tracking, for your own peace of mind.
  4. We process it: when your return reaches us and we have inspected it, we will complete your exchange or refund.

Email Template for Returns & Exchanges

Paste the lines below into an email to care@maternitywearshop.example.

Subject: Order #[Your Order Number] – return or exchange
Hi team, I'm writing to [return for a refund / exchange] the following item(s) from this order:""",
                          ("within 1-2 business days you'll get",)),

    "claysquared": ("""Return & Shipping Policy

Returns & Cancellations
Samples you buy cannot be returned.  Seconds, overruns and made-to-order tiles can't be refunded (they are final sale), but we will consider an exchange.  Cancelling an order means a 50% restocking fee.  If you cancel within 24 hours, we charge a 6% processing fee, unless the order has already gone out, in which case you pay the shipping as well as the processing fee.  You pay for shipping both to you and back to us.  Any tiles that break while being shipped back are taken off your refund.  Whatever is left over becomes store credit, which you can use for one year.  Once 24 hours have passed, payments made on ordered projects cannot be refunded.

Shipping Policy
Terms & Conditions:
Samples bought online cannot be returned. Sample pack program: samples go out within 3 business days. Custom tile is made only once you order it; expect it to be finished and delivered in 3 to 4 weeks. Deposits paid on special order projects are not refundable.  Cancellations: on orders paid by credit card, cancelling within 24 hours means a 6% processing fee. The customer pays shipping out and shipping back.  Shipping for the original delivery and for the return (12% of total) is paid by the customer. Tiles that get broken on the way back are deducted. Whatever balance remains is given as store credit and stays good for one year.

Oops Policy
Everyone slips up.  Ordered the wrong tile (wrong color, type or quantity)? Tell us and we'll help put it right.  Phone us first and talk us through what happened.  If tiles need to come back, you cover the shipping.  Send us a photo of your shipping receipt or tracking slip, so we can see the tiles are on their way.  In a hurry? You can pay for your new order in advance to move things along: pay for the order, its shipping, plus a 10% administrative fee, charged once.  We then place the order for your tile, and once your return has arrived we refund whatever difference there is.  Oops solved!""",
                    ("but we will consider an exchange", "we charge a 6% processing fee",
                     "tiles that break while being shipped back", "payments made on ordered projects cannot",
                     "deposits paid on special order projects", "for the return (12% of total)",
                     "send us a photo of your", "a 10% administrative fee, charged once")),

    "blingyourband": ("""Our return policy, explained



*** Our card processor insists that I give an exact refund period.  So, for their purposes: if an order qualifies for a refund, asking within 10 days guarantees you get it.


Here's how I really do things.  Found damage, or the decal sizes aren't right for you?  Email me as soon as you notice.  My Facebook rating is 4.9 out of 5 stars.  It comes from answering questions and fixing problems quickly, and from keeping customers happy.


Send me an email asking to cancel while the order hasn't shipped yet, and I'll refund it.  Please don't try to cancel through social media; we aren't on it much and likely won't notice in time.


For custom products such as vinyl, we'll send you a proof first.  That is usually within a business day or so of your order, unless we're away on vacation or something out of the ordinary comes up.


Barring vacations and other unusual situations, your order is normally printed and sent out a business day or so after you approve printing.  If, though, roughly 7-10 days go by with no answer from you to the proof (no changes, no approval), the order 'times out' and goes out as it is.


A few people have found that confusing.  To be clear, we don't sit on orders for 7-10 days.  We ship right after you approve printing.  It's only when you never answer the proof email that we eventually print and ship anyway.


So on customized vinyl, look out for our proof, and email us if none has arrived within 1-2 days.


Products that aren't customized ship straight away.


After an order has shipped, we don't usually give refunds, unless the mistake was ours or the item arrived damaged.  Every decal is printed in color just for you, so sending it back doesn't help anyone.



It's the same when we got something wrong and send the order again: please hang on to the first set and use it if you can while the replacement is on its way.


I stand behind everything we sell.""",
                      ("hang on to the first set",)),

    "averyaustin": ("""RETURNS & EXCHANGES
DRESSES AND VEILS FROM STOCK
We are proud of the quality of what we sell and want you to love your order. If you don't, you can have a refund on your items with no fuss, as long as you ask within 7 days of receiving them.
Every item sent back has to be unworn, in its original packaging, and with its tags still attached. The return shipping fee is not refunded: $25 for wedding dresses, and $15 for bridesmaids dresses and veils. Garments have to come back in the condition they left us, unworn and with no alterations. A gown that comes back in other than its original condition, or after the 7-day window, may be refused or charged a $100 restocking fee.
SPECIAL ORDER AND MADE TO ORDER GOWNS
A special order or made to order gown is one the designer makes after you have bought it.
These gowns cannot be returned.
TRY-AT-HOME RETURNS
Inside the box with your dresses you'll find a return label from FedEx, already paid for. We can't take responsibility for a package sent back to us with any other label or carrier. If you didn't use the prepaid label and the package goes missing on its way back, you may have to pay for the dresses as if you had kept them.
Samples also have to come back in the condition you received them, with every tag still on. They are for trying on only, so if one comes back damaged, you may have to pay for repairing it, or for replacing the dress outright if it can't be repaired (stains, tears, strong smells and so on). When the damage is severe, you will be charged the dress's full retail price.
BUYING A TRY-AT-HOME SAMPLE
If you'd like to keep a sample, tell us which ones on our sample purchase form. Try-at-Home samples you buy are sold as is, as final sale, and can't be returned. Keep in mind these samples have been tried on at home, so expect some wear and tear.""",
                    ("$25 for wedding dresses", "charged a $100 restocking fee", "a return label from fedex",
                     "pay for the dresses as if", "have to pay for repairing it")),

    "manscapedmart": ("""Refund Policy

We want you to buy your men's grooming essentials from us with complete confidence. Our refund policy aims to be fair and simple, so that every order leaves you satisfied.

Return & Refund Eligibility

Any men's grooming product that is unused, unopened and undamaged can be returned within 60 days from the date it was delivered. For a refund, the item has to come back in its original packaging, with every tag and accessory included. Anything that has been used or altered, or damaged by careless handling, will not be taken back.

Starting a Return

  1. Email our customer service team, or use our online contact form, and ask us for an RA (return authorization) number. Tell us your order number, which product(s) you want to send back, and why you are returning them.
  2. When your return is approved, we will send you full instructions for packing the item(s) and sending them to our warehouse. Your RA number needs to be visible on the outer packaging, so the return can be handled quickly.
  3. Send the parcel to the address we give you. Return shipping is paid by the customer, except when the item is defective or the mistake was ours (for example, we shipped the wrong item).

Refund Processing

When your item(s) reach our warehouse, we inspect them, usually within 3–5 business days of arrival, and we begin the refund 5–10 business days after approving it. Refunds go back, in USD (U.S. Dollars), to the card or account you paid for the order with. How long it then takes depends on your payment provider: a credit card refund can need another 3–7 business days to show on your statement, while a PayPal refund usually comes through right away.

Exceptions to This Policy

  • Custom or personalized items (where offered) cannot be returned or refunded.""",
                      ("ra number needs to be visible",)),

    "cakesuppliesonsale": ("""RETURN AND REFUND POLICY

Not entirely happy with your order? No need to worry – returning or exchanging is simple.

Almost everything we sell can be returned or exchanged for a full refund, provided you do it within 10 days of the date you bought it. Shipping charges are not refunded, except when Cake Supplies on Sale LLC sent you the wrong item. If a product turns out to be defective, or was damaged in transit, you can choose between a replacement and a refund of what you paid for it plus the shipping.

Items have to come back unopened and unused, still in the packaging they came in. Food products, and anything packed with food, cannot be returned for any reason, for health and safety, unless Cake Supplies on Sale LLC sent you the wrong item.

When your order arrives, please check that everything in it is correct. Tell us about any shipping error or damaged item no later than 5 days after your order reaches you. Let us know if goods arrive damaged. Please keep the shipping box and all the packaging, because the carrier will need to inspect it; once the box has been thrown away, no claim for the damage can be filed. If you'd rather report damaged goods by phone, ring customer service no more than 2 days after delivery.

Every return for a credit or refund has to be approved first, so please ring the store to get an authorization number for the return. Once you have it, a UPS or USPS driver will come for your package 2 to 3 business days later. As soon as the damaged goods reach us, we will refund the full amount to your credit card. Cake Supplies On Sale is not responsible for merchandise that is damaged or lost on the way back to us.

Any order that a customer refuses, or that cannot be delivered, means the customer pays the full shipping costs both ways, including the trip back to Cake Supplies On Sale. Undeliverable packages are orders with a wrong address, or orders the carrier has tried three times to deliver.""",
                           ("no more than 2 days after delivery", "keep the shipping box and all",
                            "will come for your package", "any order that a customer refuses")),

    "stonemonkey": ("""Refund and Returns Policy

Returns of Climbing Clothing – last updated January 2024

You have 30 days under this policy. After 30 days from your purchase, we can no longer give a refund or an exchange.

What can be returned:
– Climbing clothing that hasn't been used and is still in its original packaging.

Please show a receipt or other proof that you bought the item, or we can't complete the return.

Partial refunds apply to:
– Climbing clothing that shows obvious signs of use, isn't in its original condition, or has parts missing
– Anything sent back more than 30 days after it was delivered

How refunds work:
– When your return has arrived and been inspected, we'll let you know whether it is approved or rejected.
– Approved refunds are processed within a set period.

Refund late or missing?
– First look at your bank account.
– Then get in touch with your credit card company.
– Then contact your bank.

Still not sorted? Please get in touch with us.

Exchanges:
– The only climbing clothing we replace is defective climbing clothing.

Return shipping:
– The cost of shipping a return is yours.
– We do not refund shipping costs.

*Need help? Email us through the contact form here, and give your name, the item and the invoice number for an exchange request.""",
                    ("shows obvious signs of use", "sent back more than 30 days")),

    "motoxtremegear": ("""At Motorcycle Gear Store, we back our motorcycle gear the way we back every rider. If something you bought doesn't live up to what you expected, our returns process is quick and painless and gets you riding again sooner than a pit stop.

RIDER SATISFACTION GUARANTEE

You can return or exchange items up to 15 days after your order arrives (special circumstances aside). Keeping you happy comes first.

What we need:

  • Items that are undamaged, unused and still in their original packaging
  • Every tag and protective liner still attached
  • Proof of purchase (your receipt or order number)
  • Certain safety gear is non-returnable (see the list below)

HOW TO RETURN, STEP BY STEP

1. Start Your Return

Send an email to our Rider Support Team (support@motoxtremegear.example) with:

  • Your order number
  • The item(s) you want to return or exchange
  • Why you are sending it back
  • Whether you'd like a refund or an exchange

2. Get Your Authorization

We aim to answer in no more than 4 business hours (6AM to 6PM Pacific), sending:

  • Your RMA (return authorization) number
  • Instructions for shipping
  • Your exchange options, where they apply

3. Send It Back

Pack everything securely and put in:

  • A filled-in return form (download it below)
  • The packing slip that came with your order
  • Your RMA number, where it can be easily seen

Note: we suggest a shipping service with tracking. Return shipping is paid by you, unless the return is because of a mistake on our side.

REFUND TIMES & METHODS

After your return arrives and we have inspected it:

  • Processing: 3-5 business days
  • Refunded to: the payment method you used
  • When it shows up:
    • Credit cards: 5-10 business days
    • PayPal: 3-5 business days

Exchanges go out as soon as your return reaches us. Faster shipping is available at extra cost.

ITEMS WE CAN'T TAKE BACK

For safety's sake, these cannot be returned:

  • Helmets (AGV, ARAI, BELL, HJC, KYT, M2R) once taken out of their packaging
  • Protective gear that has been opened (gloves, boots showing wear)
  • Custom and special order items
  • Goggles""",
                       ("no more than 4 business hours", "a filled-in return form")),

    "rpmarms": ("""Return / Refund Policy

Thanks for buying from us; we hope you're pleased with your order. If for any reason it isn't quite right, you're welcome to return it, and we'll give you a refund, a credit, or an exchange. The details of how returns work are below.

Returns

Every return has to be postmarked no later than five (5) days after your item reached you. Returned items must be new and unopened, in all of their original packaging, with the labels still on.

How to Return

Every return needs a Return Merchandise Authorization (RMA) first: email returns@rpmarms.example and we'll issue one. When you have your RMA, pack the item safely in its original packaging, put your proof of purchase in with it, and post it to us.

The cost of shipping a return is yours to cover. We strongly suggest sending it with tracking and insurance.

Refunds

Once your return arrives, we check the item's condition and then handle the return or exchange. Allow a minimum of seven (7) business days after the item reaches us for this. Your card statement may not show the refund for 1-2 billing cycles, depending on the card company. We'll send you an email when we've finished processing it.

Exceptions

Optics cannot be returned or exchanged, because of quality control issues at the factory. If there is a problem with your optic, please contact the manufacturer directly for a replacement under the factory warranty.

If your product is defective or damaged, email us at returns@rpmarms.example.

Please Note

Sale items are FINAL SALE and are not returnable.

If you cancel an order that has not shipped yet, we charge a 3% cancellation fee.

Every returned item is charged a 15% restocking fee.""",
                ("a minimum of seven (7) business days", "for 1-2 billing cycles",
                 "contact the manufacturer directly for a replacement")),
}
