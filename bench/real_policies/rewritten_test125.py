"""The test125 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "govmint": ("""PRODUCT RETURN POLICY

Please look your purchase over as soon as it arrives. If anything about it worries you, ring our free number, 1-800-721- 0320, while Customer Service is open.

Bullion Items – Non-Returnable, Non-Cancellable, Exchanges Only

    • In this provision, "bullion items" covers, among other things, legal tender coins of silver, gold, platinum or palladium that have not been graded; bars and rounds of silver, gold, platinum or palladium; and anything else that the Company advertised or marketed as a "bullion item" before the Customer bought it. A purchase of Bullion Items can never be returned or cancelled, whatever the reason and whenever it is asked. If a Bullion Item has a manufacturer's defect, though, the Company may at its sole discretion exchange it for the same item, when it has one;

    • Besides Bullion Items, some other items may at times be impossible to return or cancel for any reason. Any such item is plainly labelled "Final Sale" in its listing and/or when you buy it;

    • We alone decide what counts as a Bullion Item, or as a Final Sale, and we look at every return or exchange request on its own, case by case.

Non-Bullion Items – 30-Day Return Policy

    • Any item other than bullion that you bought from the Company may be sent back no later than 30 days after the invoice date, for a full refund of what you paid for it, on these conditions:
      • As a condition of every return, the product must not have been altered, and coins have to sit in their original coin capsules, inside their original packaging, complete and fit to be sold again. A product that has been altered, has left its original coin capsule, or cannot otherwise be sold will be turned down for return or exchange; and

      • Every document and bonus item that came with the product has to come back with it as well. Where a product is not return""",
        ("has a manufacturer's defect", "case by case")),

    "bluerhinocollectibles": ("""Quick Summary
- •Products that are not sealed (raw cards, graded cards, memorabilia) are sold as final sale
- •Sealed products can come back within 14 days, as long as they are unopened with the seal unbroken
- •Every return needs a return authorization before it is sent
- •On returns of sealed products, the customer pays the return shipping
Non-Sealed Products (Final Sale)
Collectibles are one of a kind, and cards can be switched, so the items below are final sale: they can be neither returned nor exchanged:
- Raw (ungraded) cards — single cards, lots and collections
- Graded cards — from PSA, BGS, SGC, CGC or any other grading service
- Memorabilia — autographs, relics and authenticated pieces
- Opened products — anything whose seals or packaging have been broken
Exception: if you think a non-sealed item is not genuine, or was described in a seriously misleading way, get in touch no later than 48 hours after delivery and send us photos and documentation. Authenticity matters a great deal to us, and we will work with you to settle any legitimate concern.
Sealed Products (Returnable)
A factory-sealed product may come back up to 14 days after delivery, on the conditions below:
Eligibility Requirements
- The product is still factory sealed, with every original seal unbroken
- The product is in its original condition, without damage
- The product is sent back no later than 14 days after delivery
- You have a return authorization before you ship it
Return Process
- Request Authorization: write to us by email or through the form on our contact page to ask for a return, giving your order number and why you are sending it back.
- Receive Instructions: within 1-2 business days we send you the address to ship the return to, with any particular instructions.
- Ship the Item: pack it securely and ship it by a method you can track. Return shipping costs are yours to pay.
- Inspection & Refund: once it arrives, we check the item over within 3 business days and then process your refund.
⚠️ Important: a return sent without authorization first may be refused, or sent back to you at your cost.
Damaged""",
        ()),

    "citerneclassics": ("""Return policy
FREE 30-DAY RETURNS
.
Buy in Confidence: a Return Period of 30 Days
.
√ Money back for 30 days, with a full refund guaranteed.
√ Return postage is paid by the buyer.
Return process
√ Return postage is paid by the buyer.
Return process
To arrange a return, contact us no later than 30 days after your purchase. For practical reasons, please send nothing back until we have approved it. Once we confirm, post the item(s) back by tracked registered post, in the condition you received them.
.
Note: we cannot take back anything damaged, altered or otherwise treated after it was delivered.
Refunds
We refund to the payment method you originally used, usually within 10 days of the return reaching us.
Exceptions
Exceptions
As is usual in the stamp trade, collective lots (more than ten stamps or covers) and any lot sold "as is" cannot be returned.""",
        ()),

    "antiquesandhomes": ("""Shop and Online Sales Returns Policy

  1. Non-Refundable Situations: Antiques and Homes cannot give a refund where:
    • the item was known, when you bought it, to be faulty, to be worn as its description said, or not to work.
    • a label, a maker's mark or any other identifying feature that adds to the item's provenance has been taken off.
    • the item was damaged by an attempt to repair it, whether yours or someone else's.
    • you simply no longer want the item (it is the wrong size or colour, for example), unless you bought it sight unseen (that is, online). If so, you are entitled to the purchase price back, but not to the shipping or packing costs; section 2 below gives the details.
  2. Online, Mail and Phone Order Sales:
    • If you buy from us online or by phone, you may cancel the order up to 14 days after the invoice date, paid or not, even when nothing is wrong with the goods.
    • Tell us within 14 days of your goods arriving that you want to cancel, and Antiques and Homes will refund you. From then, you have a further 14 days to send the goods back to us.
    • Please note that, unless the item is faulty, arranging and paying for its return is up to you. Where the item you bought is faulty (apart from faults described when you bought it), Antiques and Homes will pay you back any costs this involves.
    • Once the goods are back with us, in the condition they were in when you bought them, we refund you within 14 days. See section 1 above for when we cannot refund.
    • We refund the price of the item alone; the packing and delivery costs of sending it to you are not included.
    • We refund to the payment method you originally used.
    • Antiques and Homes do not buy back items that were bought from us.
    • Customers should ask their local authorities about any customs duties or import taxes that may """,
        ("known, when you bought it", "bought it sight unseen")),

    "gpknives": ("""Returns & Exchanges

Got yourself a new knife or some gear and it isn't quite what you pictured? Our staff will help. Just phone us within 7 days and we'll give you a return authorization number, following the guidelines below. We're sorry, but we can't absorb the shipping charges on returns.

Exchanges

You can exchange an item for another of the same monetary value. Exchanges carry no restocking fee, but extra shipping charges do apply. Only one exchange is allowed per purchase. We're not a library, so please don't check knives in and out with us.

Returns

Every return carries a 15% restocking fee. If your order shipped free, $10.00 is also taken off before we refund it. We issue refunds to your original form of payment once the goods are back with us. Allow 5-7 days for the refund to be processed to your credit card account.

  • Items have to be factory new and never used. Carry it, take it apart, cut things with it, use it "just for a day" or wreck the package, and it's yours to keep.
  • Getting the product back to us is your job. Please insure the parcel.

"Defective" Items

Now and then someone calls to say a knife is defective because its blade sits two micrometers off center. Rather than argue back and forth, we'd much prefer to check the item before it ships, so that it is just what you wanted. Put any such request in the comments when you check out.

If your order really does have a major malfunction, see our exchange policy: we'll be glad to help.

International Customers

Shipping costs a great deal, so customers outside the US are not covered by our return policy and have to go to the manufacturer directly about any defective merchandise. We never pay shipping on an international order, whatever the reason.

What's with the Restocking Fee?

Truth is, we hardly ever charge the restocking fee to genuine customers, but a few bad eggs made us add this section:

  •""",
        ("another of the same monetary value", "carry no restocking fee", "one exchange is allowed per purchase",
         "are not covered by our return policy", "never pay shipping on an international order")),

    "usairsoft": ("""US Airsoft, Inc. Return & Exchange Policy
US Airsoft, Inc. aims to give customers the best customer service there is. We treat returns and exchanges after a sale as seriously as the sale itself, so we offer the straightforward 30-day return and exchange policy set out below, to make things as easy and friendly for customers as we can.
Our return or exchange policy covers every product bought from US Airsoft, Inc. You can use it for 30 days, counted from the day your package reaches you.
- Where a product reached you damaged or defective, we will send you a return shipping label so that you can send it back to us. The product must come back in new condition and unused, in its original box together with every part, manual, tag, label and so on. Please be aware that postage is not refunded.
- Where you have simply changed your mind and want to exchange the product, you have 30 days for it. The customer alone pays for the shipping.
- Please be aware that EVERY return and exchange depends on our inspecting the product(s) when they reach us. We may refuse any exchange, any warranty work or any return. The customer is responsible at purchase for choices such as custom upgrades, size, fit and colors. A custom gun built to a customer's particular request is final at the point of sale and, given the work involved, cannot be returned.
- Once the 30-day return and exchange period has run out, the customer bears the whole cost of repairs and shipping. Many manufacturers do offer warranties that customers can use directly, though; please get in touch with the manufacturer yourself.
Return and Exchange Requirements:
- The product(s) must show no sign of wear, no modification by the customer and no damage caused by the customer, of any kind.
- Our technicians inspect every return related to a warranty to decide whether the warranty covers it.
- Return""",
        ("may refuse any exchange", "period has run out", "technicians inspect every return")),

    "3dgizmo": ("""RETURNS POLICY
-
Every item we sell is made to order, so we take no returns unless an item was damaged in transit.
-
If an item reaches you damaged in transit, we will gladly replace it. For this we need photos showing the damage, of both the item and the packaging or box it came in.
-
Please note: broken parts caused by removing pieces from the sprues, and damage that happens after delivery, are neither covered nor replaced.
-
Customers should study the photos on our website carefully, so that they know exactly what they are buying before they order.
-
Customers should also know that every one of our models is 3D printed, not injection moulded, so some finishing work (filling and sanding, for example) is needed before painting or assembly.
-
Returns are always sent at the customer's own expense. A refund covers only the price of the model, never the original postage.
-
We inspect returned items when they arrive; to be refunded, they must reach us in their original condition and packaging.""",
        ("removing pieces from the sprues",)),

    "blackrosecomics": ("""Refund policy

Our return policy runs for 30 days: you have 30 days from receiving an item to ask to return it.

An item qualifies for return only if it is as you received it, not worn or used, with its tags, and in its original packaging. You will also need a receipt or other proof of purchase.

To begin a return, write to us at thecomicbookdealer@blackrosecomics.example. When we accept your return, we will send you a return shipping label and tell you how to send the parcel and where to. We will not accept anything sent back to us without a return request first.

Any question about returns can go to thecomicbookdealer@blackrosecomics.example.


Damages and issues
Check your order when it reaches you, and get in touch at once if an item is defective or damaged or is not the item you ordered, so that we can look into it and put it right.


Exceptions / non-returnable items

This policy runs for 10 days: once 10 days have passed since you bought an item, we are sorry, but we cannot refund, cancel or exchange it.

An order can be cancelled only if it contains none of these items:

VARIANTS EXCLUSIVE TO THE STORE
SPECIAL VARIANTS (RATIO OR INCENTIVE VARIANTS, GRADED BOOKS, PREORDERS AND SO ON)
GIFT CARDS

Nor can we cancel orders for pre-order books once their FOC (Final Order Cut-off) has passed.

An item qualifies for return only if it is unused and as you received it. It also has to be in its original packaging.

Some kinds of goods cannot come back. Perishables cannot be returned: food, flowers, magazines and newspapers, for instance. Nor do we take back goods that are intimate or sanitary, hazardous materials, or flammable gases or liquids.
Exchanges 

The quickest way to end up with the item you want: send back the item

you have and, after we accept that return, buy the new one in a separate order.


Refunds 
We w""",
        ("runs for 10 days", "cancelled only if it contains none", "cancel orders for pre-order books")),

    "undergroundfossils": ("""Returns:
Unhappy with your item? We take returns for 14 days. Postage on every return is paid by the customer. We neither accept nor refund any item that comes back to the shop damaged: it has to be in the condition we sent it in, and any damage has to be reported no later than a week after the product reaches you. No refund is made until the product is back at the shop, and refunds may need up to 14 days to be processed. Fossils do have imperfections, so ask the store for any photos you need and judge for yourself.
Our fossil guarantee:
Should a fossil you bought ever prove to be fake or entirely wrong, we will refund it in full.
By fake fossils we mean ones that are wholly false, or made up of an entirely wrong species, in order to mislead on purpose.
Fillers, repairs, restoration, a wrong identification, a change of scientific name or a wrong locality do not make a fossil fake, and we always do what we can to note any repairs and how the fossil stood when it was sold.
The guarantee covers only the one person who first bought the fossil; we give no refunds to any second party or person.
The fossil has to be in the condition it was in when bought; any damage or alteration voids the guarantee.
Before any refund is considered, the buyer must provide adequate proof, given by two impartial persons with scientific accreditation.
We keep the right to refuse a refund to anyone we believe is trying to mislead us or misuse the guarantee.
A refund may need as long as 14 days. Before we consider or issue any refund, we may ask for the dispute to be verified by our own experts. A valid receipt or other proof of purchase has to be provided.""",
        ("prove to be fake or entirely wrong", "only the one person who first bought", "alteration voids the guarantee",
         "two impartial persons", "trying to mislead us", "verified by our own experts")),

    "populace": ("""Refund Policy

Returns/Exchanges:

To return or exchange a product, email [email protected] within 14 days of receiving it, telling us you intend to return or exchange one or more items. Give your name, the items you want to return or exchange and the reason why. Once your return has arrived and been inspected, we refund you to the form of payment you used within 7 days. On returns, we do not refund the original shipping charges. Any damaged or defective item will be replaced, and we will pay the shipping; in that case we will email you a return label.

Items that qualify for return/exchange:

  • Crystals
  • Novelty items
  • Books
  • Clothing
  • Jewelry

Items that do not qualify for return/exchange:

  • Oils
  • Butters
  • Hair care products
  • Skin care products
  • Dietary products
  • Herbs
  • Incense
  • Sage

Promotional Purchases:

If an item you send back came from an order that earned a promotion (say free shipping, a discount or a gift with purchase), the promotion's value comes off your refund. When the item you return earned you a "gift with purchase" offer, you may choose between sending the promotional item back and having its purchase price taken off your refund. Where promotional items cannot be returned or exchanged, half of their value comes off the refund.

Cancellations:

Once an order has gone through our website and shipped, we cannot cancel it. If you no longer want to receive your order, contact us at [email protected] as soon as you can. The order will then be handled as a return, under the return/exchange policy above. If the item has shipped, expect your refund to take longer to process. If it has not shipped, we will refund you in full, shipping charges included. If it has already shipped, you will bear the """,
        ("promotion's value comes off", "you may choose between sending the promotional item back",
         "half of their value comes off", "handled as a return", "expect your refund to take longer")),

    "checkmatechesssets": ("""When will I receive my theme chess set?
-
We try to dispatch your products within 1-2 business days of the day your order reaches us.
-
Where a product is made to order just for you, its dispatch details are given in its product description.
-
If your item is out of stock for a while, we will place a back order for you straight away, but we will always email you with the choice of cancelling your order if you would rather not wait.
What if the goods I receive are faulty?
The decorative theme chess sets on checkmatechesssets.com are made by hand by skilled craftsmen, so a close look may show small differences in colour and size within one set. These small differences make your set unique and yours alone. Each of our theme chess sets differs from every other, and the small differences you find should be seen as fingerprints that mark the theme chess set as yours and nobody else's!
All the same, we want every purchase from checkmatechesssets.com to satisfy you completely. So if, unusually, the product you receive is faulty, let us know by e-mail, in writing, at contact@checkmatechesssets.example no later than 10 days after the goods arrive, and we will sort the problem out for you.
If that happens, please give us the following in your e-mail:
- The items you bought
- The date you bought them
- What the fault(s) are
- Your name and contact details for the daytime
Any product you return to us travels at your own risk. We therefore strongly advise you to take out suitable insurance when you send it.
What if I change my mind?
If nothing is wrong with the goods but you find them unsuitable for some other reason, you may return them within 10 days of receiving them. As long as they are in a fit state to be resold, we will send you a full refund. Please note that in that case all the costs linked to""",
        ("choice of cancelling your order", "travels at your own risk")),

    "magicshopsandiego": ("""Return Policy

RETURN POLICY

By checking out from the shopping cart, the Customer accepts and agrees to our Shipping and Returns Policy's Terms and Conditions.

MagicShopSanDiego.com takes back unopened items (every seal intact) that were bought on, and fulfilled by, the MagicShopSanDiego.com website alone; items that have been washed or worn are not accepted. Items have to reach MagicShopSanDiego.com no later than fourteen (14) days after the original delivery date. Customers get a refund or credit for the original purchase price, not counting the first shipping and handling fees. A further 15% administration fee is charged on the original invoice amount. Any shipping and handling cost of sending items back to MagicShopSanDiego.com is the customer's to pay.

Where MagicShopSanDiego.com made a mistake with an order, for example sending a wrong or faulty item, MagicShopSanDiego.com will refund the item's cost in full and pay the shipping and handling for returning it.

No refund is given for: items that reach MagicShopSanDiego.com after the fourteen (14) day return period; items that have been opened, marked or damaged, have any broken seal, or are in any other way unfit for resale; and items bought from other online or other retailers (anyone other than MagicShopSanDiego.com). Books cannot be returned. Items have to come back in their original packaging or containers.

 

More info on Returns Conditions

  • Products that are not faulty can come back only for an exchange or a credit note.
  • Downloads fall outside our return policy, since nothing physical can be sent back.
  • Playing cards and DVDs have to come back with their shrink wrap wholly intact. A faulty DVD, however, is replaced with one that works.
  • A deck of cards that has been opened can come back only if it has a printing error.
  • Shipping on returned items is yours to pay, unless the product is faulty. If req""",
        ("come back with their shrink wrap", "is replaced with one that works", "has a printing error")),
}
