"""The test28 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "xquestarchery": ("""Returns & Exchanges

To come back to us, an item has to be unused, still in new condition, and packed in the maker's original sealed packaging (the foam inserts and other packing material, the plastic bags, every accessory and part, and the manuals, tools, screws, warranty cards and registration papers). These items are the exceptions:
  • Complete bows
  • Target faces and target butts
  • Strings, nock points and anything else that can touch the shooter's face
  • Discontinued items and clearance items
  • Anything custom or made-to-order
    Because such items could be a safety risk if sold again, and because at present we sell no used products (limbs aside), we neither take them back nor exchange them unless the item is defective. If yours is defective or arrived broken, read the "defective" part of this policy.
    Special and personalized orders, close-outs, specials and the like cannot be returned in any case, except to replace (exchange) an item because of a defect, and then only when there is no manufacturer warranty available for it.
    Please note that shipping is not covered on special order defects.
    A returned item that is out of its original packaging, or shows any sign of use, installation or wear, will be charged a 20% restocking fee, or may be turned away altogether, depending on how worn it is.
    We may refuse the return of anything that is used, damaged or not fit to sell again, for any reason.

    Defects

    A defective item is one with a manufacturer's defect when it comes out of the box, or one that may have been damaged on its way to you. Damage the user causes, for example by dry firing, does not count as a defect. Cosmetic flaws such as scratches we judge one case at a time.

    Returns for in-store purchases

    Items bought in our store can be brought back within 60 days of purchase. Bring them back within 30 days and you may have a refund or store credit; from day 31 to day 60 they are only eligible for store credit. You mu""",
                      ("no manufacturer warranty", "shipping is not covered on special order defects", "20% restocking fee",
                       "within 60 days of purchase", "only eligible for store credit")),
    "tobeeornottobee": ("""Home / Return Policy

Return Policy

If you want to return or exchange an item, please get in touch with us first.
Nothing may be sent back until we have authorized the return.

Returns are accepted for 30 days. Once 30 days have passed since you bought the item, we are sorry, but a refund or an exchange is no longer possible.
For an item to qualify, it has to be unused and in the condition it reached you in. It also has to be in its original packaging.

Some kinds of goods can't be returned. We can't take back food, nor products that touch food while they are used: honey gates, buckets, and jars of glass or plastic are examples of what cannot come back. Beeswax can't be returned either, since it may go into making cosmetics.

We need a receipt or other proof of purchase to complete a return. If your original invoice is lost, contact us and we may be able to send you a new copy.

Refunds (if applicable)
When your return has arrived and been inspected, we'll email you to say it is here. We will let you know too whether your refund is approved or rejected.
If it is approved, the refund is processed and the credit goes automatically to your credit card or the original payment method, within a certain number of days. A restocking fee of 20% is charged in most cases.

Sale items (if applicable)
Only items bought at the regular price can be refunded; we're sorry, but sale items can't be.

Exchanges (if applicable)
Items are replaced only when they are defective or damaged. If you need the same item again in exchange, contact us for a return authorization.

Shipping
The postage to send your item back is yours to pay. We don't refund shipping costs. From any refund you get, the cost of shipping will be deducted.

Think about sending it with a trackable service, or buying insurance for the parcel. We can't promise that we """,
                        ("cost of shipping will be deducted",)),
    "amchesseq": ("""American Chess Equipment has faith in its games and backs every product completely.
Should a product reach the customer defective or damaged, the customer must tell American Chess Equipment by email (sales@amchesseq.example) straight away, and at the latest 7 days after receiving the package; we then ship a replacement at our own expense.
Should a package be marked DELIVERED by carrier but never reach the customer, the customer must tell American Chess Equipment by email (sales@amchesseq.example) straight away, and at the latest 7 days after it was marked delivered by carrier.
Products purchased in November or December that are undamaged and unused can come back within 45 days of the customer receiving them, refunded minus the original shipping charges.
Any other undamaged, unused products sent back within 30 days of the customer receiving them can be refunded minus the original shipping charges.
The customer pays return shipping, except when the merchandise is defective or we made a shipping error.
Items that are customized, laser engraved or personalized can't be returned.
American Chess Equipment charges no restocking or repackaging fee.
Please send items back in their original packaging, as UPS's insurance terms and conditions require. UPS may need to inspect damaged packaging.
A refund is usually processed within one week of the package coming back to us.
If you want to return your order, please email us, with details of why you are sending the items back.""",
                  ("marked delivered by carrier", "purchased in november or december")),
    "premierdarts": ("""Returns & Refunds FAQ's - Quick Help
Returns & Exchanges
How do I send an item back?
How do I send an item back?
To start a return, get in touch with us through the chat box
(you'll find it in the bottom right corner of the screen.)
We review every return request; once yours is accepted (or, if not, once we have told you why), we send you instructions on how to send the package and where.
We don't accept or refund items sent to us without our authorisation first.
What is your returns policy?
What is your returns policy?
Changed your mind? You can send the item back within 30 days of receiving it. A return qualifies only when the item is:
- In the condition you received it in.
- Unused and unworn, with everything it came with.
- Still tagged (where it has tags).
- In its original packaging, undamaged.
A return that fails these terms is rejected and not refunded. When a return succeeds, the refund leaves out the original shipping cost, which cannot be refunded.
The cost of shipping the return is yours.
Can I swap for another item or size?
Can I swap for another item or size?
The quickest way to swap an item is to send the original back and, once we have accepted the return, place a new order.
Are returns free?
Are returns free?
The customer pays for return shipping unless the item is faulty or incorrect. We suggest a tracked service for your return.
My Item is Defective or Incorrect
My Item is Defective or Incorrect
Please check your order when it arrives and contact us within 48 hours if your item:
- Is defective or damaged on arrival.
- Has parts missing.
- Is the wrong item.
Telling us within that time lets us put things right quickly. When damaged or incorrect goods are reported within 48 hours, we organise and pay for the return shipping.
If you don't report them within 48 hours, your return may be reje""",
                     ()),
    "custompaintball": ("""Custom Paintball aims to give you top-quality products and excellent service. Now and then a return or an exchange is needed, and we want that to go as smoothly and easily as we can make it. This Refund Policy sets out the terms for returning or exchanging items bought from our online store.

  1. Which Returns and Exchanges Qualify:

    • An item qualifies for return or exchange only if it is unused, in its original packaging, and in the condition it was in when it reached you.
    • Start your return or exchange within 30 days of the delivery date.
    • Customized or personalized items can't be returned or exchanged, unless they arrived damaged or defective.
  2. How to Return:

    • To start a return, email our customer support team at info@custompaintball.example. Give your order number, a short description of the issue and, where relevant, photos.
    • Our support team will take you through the return, and send you a return shipping label if one is needed.
    • Please pack the item securely so it is not damaged on the way.
  3. How You Can Be Refunded:

    • When the returned item has reached us and we have checked that it qualifies, we process your refund.
    • You choose between a refund to the original form of payment and store credit for later purchases.
    • Original shipping charges cannot be refunded.
  4. How to Exchange:

    • For an exchange to another size, color or model, contact our customer support team.
    • The team will take you through the exchange, and send you a return shipping label if one is needed.
    • When the item to be exchanged has reached us and we have checked that it qualifies, we make the exchange and send out the replacement i""",
                        ()),
    "dddetectors": ("""- Metal Detectors
- Coils
- Accessories
- Other Treasure Hunting Items
- Diggers Den Swag
- Specials
- Events/Clubs
How do I return an item? Refund/Return
Policy: Returns must come with the original sales receipt. Returns for an exchange or a refund are accepted for 30 calendar days after the product is delivered. At our sole discretion after 30 calendar days, we may offer an exchange, store credit or cash back. An item must be in "new, unaltered and unused condition", which means:
- it shows no wear or damage of any kind
- it comes back within 30 calendar days of delivery (no returns at all after 30 days)
- it is not a special order or a custom order
- unless the item's own description says it cannot be returned, or gives it a different return policy time period than the 30 days.
If an item reaches you damaged, or we shipped you the wrong one, please contact Customer Support at once. Defective items we shipped, and items you got from us but did not order, qualify for store credit or a cash refund. We refund only after inspecting the item(s) once they are back with us. Returned items that are not damaged and not being exchanged carry a 3% restocking fee. Once more: you MUST contact us within 7 days if you intend to return ANY item to our store. Items that come back AFTER 30 days WITHOUT your having contacted us will NOT be refunded. When the seller is not at fault, the customer pays all shipping costs.""",
                    ("at our sole discretion after 30 calendar days", "different return policy time period",
                     "within 7 days if you intend to return")),
    "birdertown": ("""Skip to content
Buy 3 or more items under $20 and save 10% →

Shipping & Returns Policy

SHIPPING OPTIONS: The names of the shipping options on this page come from the carriers and Shopify, not from us. Here are the current ones. We don't offer expedited shipping. USPS "Priority Mail" is first class mail, and its 2 business days are not guaranteed by the post office. Where UPS or FedEx suits your location better, we may upgrade your parcel to them. Any questions: write to info@birdertown.example.

USPS Parcel Select Ground: 5 business days
USPS Priority Mail: 2 business days
UPS® Ground: 2 business days

Returns

We're glad to refund a product sent back within 30 days in the condition it arrived in. It must be unused and in its original packaging. Shipping costs cannot be refunded, and we take the price of the return label off your refund, except when the mistake on your order was ours, for instance when we sent the wrong item.

Items that can't be returned

  • Perishables, food for example
  • Feeders of any kind that have been used
  • Magazines or books that clearly show use
  • An opened CD, DVD, VHS tape, software, video game or vinyl record
  • Anything not in its original condition, damaged, or missing parts, unless through our error
  • Anything sent back more than 30 days after delivery
  • Gift cards
Please write to returns@birdertown.example and we will email you a return shipping label for sending your return.

 

Refunds

When your return has arrived and been inspected, we'll email you that it is here. We'll also tell you whether the refund is approved or rejected. If approved, your refund is processed and the credit goes automatically to your credit card or original payment method. This can take more than a few days, depending""",
                   ()),
    "lovekayakshop": ("""At Kayak Shop, we care about your satisfaction as much as we care about paddling. We choose and pack each kayak, paddle and accessory carefully so that it reaches you ready for the water, but we know that a return or an exchange is sometimes needed. We have tried to make our policy as smooth as a paddle on calm water.

What We Promise on Returns

Returns are accepted within 15 days of your order reaching you. To qualify, an item must be:

  • Unused and in original condition (tags and packaging all intact)
  • Sent with proof of purchase
  • Not one of the non-returnable items listed below

Items We Can't Take Back

For reasons of safety and hygiene, these cannot be returned:

  • Replacement parts (cut to measure, or ordered specially for your equipment)
  • Mesh and bungee cords (they may have been stretched or customized)
  • Items that are personalized or custom-ordered
  • Anything that shows signs of use or is not in its original condition

Starting a Return or Exchange

Step 1: Get in Touch with Customer Service

Within 15 days of your order reaching you, email us at returns@lovekayakshop.example with:

  • Your order number
  • The item(s) to return or exchange
  • Why you are returning them
  • Whether you would like a refund or an exchange

Example Return Request Email:

Subject: Return Request for Order #12345

Hello Kayak Shop Team,

I'd like to return/exchange this item from order #12345:

Item Name: [Product Name]
Reason: [Reason for return]
Preferred Resolution: [Refund/Exchange for [Product Name]]

Please tell me what to do next.

Kind regards,
[Your Full Name]
[Your Contact Information]

Step 2: Get Your Return Authorization

Within 2 business days we email you:

  • A return authorization number
  • Instructions for shipping the return
  • The address to send it to (Kayak Shop Returns, 100 Example Lane, Raleigh, US 00000)

Step 3: Pack and Send Your Return

Please:

  • Pack the items securely in their original packaging
  • Put in all the origi""",
                      ()),
    "divegarage": ("""Returning to us is easy.

Our Return & Refund Policy for Merchandise -- You may return anything you buy from us that falls short of what you expected, apart from a few items that the product description clearly marks as non-returnable. Merchandise sent back unused within 30 days of delivery is refunded to the person who bought it, in the same way the order was paid. You don't have to contact us before returning something, but we recommend it, as we can often sort out your concern without a return.

Refunds

When merchandise ordered on the Dive Garage website comes back unused within 30 days of delivery, we refund the purchase price to the original buyer in the same form the order was paid, or as store merchandise credit if you would rather have that.

We replace any defective item or wrong shipment without charging you for shipping; in any other case shipping costs are not refunded. When an order is returned by the carrier as undeliverable or refused, we reduce the refund by the actual shipping costs both ways.

Where we charged sales tax on the purchase, we will refund the tax as appropriate. Taxes and duties you paid to someone else, though (a local government, a courier, the postal service or a customs house), are not ours to refund: to ask for them back you must contact whomever you paid. We don't refund money we did not collect ourselves at the time you bought.

We issue the refund as soon as your return reaches us. Note that carriers give parcels sent back automatically as undeliverable or refused a very low priority, above all internationally, so they may reach us, and your refund with them, much later.

Return Shipping

Pack your return carefully for sh""",
                   ("returned by the carrier as undeliverable or refused", "refund the tax as appropriate",
                    "contact whomever you paid")),
    "flightfactorydiscs": ("""Refund Policy
Orders
Most orders go out within 1-2 business days. Some bulky items, such as baskets, backpack bags and carts, may be sent straight from the manufacturer and come separately (their tracking may show up late).
Orders with Pre-Order items ship when those items arrive, or on the release date the manufacturer or the listing gives.
If something on your order is not available in the options you picked, we will get in touch to coordinate a refund or replacement.
Everything is new and unthrown unless we say otherwise. Some items may have slight storage wear, small factory blemishes or chalky plastic. Please note we may not mention such small blemishes on every disc, and they count as normal storage wear. The buyer understands and accepts that items may have this light wear, which Flight Factory Discs cannot control.
Discs may look a little different from their photos. Light boxes can make some colors brighter or darker than they really are. Some discs are listed as variations, which means we hold unique combinations of that variation. We try to make photos match the discs before uploading, but the differences are usually small and may not warrant a refund or return covered by Flight Factory.
The weights shown are the ones the manufacturer penned or stickered on the disc. We don't weigh every disc to check.
Returns
Returns are accepted for 30 calendar days after the product is delivered. Items have to be in "new, unaltered and unused condition", which means:
• no signs of wear, use or damage of any kind
• sent back within 30 calendar days of delivery (no returns at all after 30 days)
• not a special order or a custom order
• unless the item is marked as not returnable, or given a different return policy time period than the 30 days, in that it""",
                           ("coordinate a refund or replacement", "may not warrant a refund or return",
                            "different return policy time period")),
    "pickleballdropz": ("""Refunds and Returns
The Pickleball Dropz 30-Day Return Policy
We want every order from Pickleball Dropz to leave you fully satisfied. If something about your order isn't right for you, our 30-day return policy covers paddles both new and gently used.
New Paddles
- For a full refund, you can send back new, unused paddles within 30 days of purchase.
- The paddle has to be in its original packaging and in the same condition as when it reached you.
Gently Used Paddles
- Gently used paddles can come back too, within 30 days of purchase.
- We deduct a 10% repackaging fee from your refund to cover restocking.
How to Return
- Get in Touch: Email our customer service team at hello@pickleballdropz.example to start your return, with your order number and why you are returning it.
- Get a Return Authorization: We send you a return authorization number and tell you how to send the item back.
- Pack Your Return: Pack the paddle securely, with all its original packaging and accessories. Clearly mark the return authorization number on the outside of the box.
- Send It: Ship the paddle to the address our customer service team gives you. We suggest a shipping method you can track.
Refunds
- When your return has arrived and been inspected, we process the refund within 7-10 business days.
- The refund goes to the payment method you used at purchase.
- For gently used paddles, the refund is reduced by the 10% repackaging fee.
What We Don't Accept
- Items not purchased directly from Pickleball Dropz.
- Paddles damaged through misuse or neglect.
- Final sale items, or paddles bought in a clearance sale.
Contact Us: Questions about returns, or need help? Write to hello@pickleballdropz.example.
Thanks for shopping with Pickleball Dropz. We value your business and are committed to giving """,
                        ("new, unused paddles", "in its original packaging and in the same condition", "10% repackaging fee",
                         "mark the return authorization number", "not purchased directly from")),
    "universalbilliards": ("""Our Return & Refund Promise

------

Returns

Not fully happy with what you bought? Just return it within 30 days, with your receipt. Once 30 days have passed since your product arrived, a refund or an exchange is no longer possible.

The item must be in the condition it reached you in to be returned. Merchandise we find dirty, stained, damaged or abused cannot be processed as a return. Cues that have been chalked can't be returned or exchanged.

Some goods are exempt from returns. Products marked "As-Is", "Final Sale" or "Clearance" can't be returned or exchanged, and neither can custom products or items made to order.

Please note: delivery, installation, assemble/dissemble and moving fees are not refundable. Any problem with game room service done by Universal Billiards (a move, a recover, an installation and so on) should go to your sales team member as early as you can. We'll fix or redo the work. Our service work carries a full warranty, but service sales are non-refundable.

We need a receipt or other proof of purchase to complete your return.

In some cases, only partial refunds can be given, where applicable: for an item not in its original condition, damaged or missing parts through no error of ours; for an item returned more than 30 days after delivery. Restocking fees, pickup and storage charges may apply.

Refund (if applicable)

Paid by cash or check: you are refunded by company check, mailed within 10 days of the item(s) coming back.

We do not issue cash refunds.

Paid by credit card: a credit will be issued at the time you return the item. Some credit card returns may take several days to go through fully.

------""",
                           ("moving fees are not refundable", "service sales are non-refundable", "only partial refunds",
                            "pickup and storage charges", "refunded by company check", "do not issue cash refunds",
                            "credit will be issued at the time you return")),
}
