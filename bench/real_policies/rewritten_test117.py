"""The test117 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "patcooks": ("""Refund Policy
Refund Policy:
Once an item has left us, the order is yours: an item that has already shipped cannot be refunded.
Should you have given us a wrong or incomplete address (say, one missing the unit or apartment number) and the item has already gone out, the order is still yours and no refund is possible. Should the parcel come back to our warehouse, you pay the cost of sending it out again.
Damage:
We want every Cookery House product to make you completely happy. When something in your order reaches you damaged, email a photo of the damaged item to pat@patcooks.example and a replacement will be on its way to you straight away.
Returns:
Unhappy with what you got? You have 14 days. Once 14 days have passed since you bought the item, we are sadly unable to give you a refund or an exchange. If you change your mind inside those 14 days, you need to get in touch with us at pat@patcooks.example
An item can only come back if it is unused, in the condition it was in when it reached you, and in its original packaging. The purchaser pays for shipping the return.
Refunds (If applicable):
After your return arrives and has been inspected, we will email you to say that it has reached us. We will also tell you whether your refund is approved or rejected.
Once it is approved, the refund is processed and the credit goes automatically to your credit card or the payment method you first used, within a certain number of days.
Late or Missing Refunds (If applicable):
Still waiting for your refund? Look at your bank account once more first.
After that, speak to your credit card company, since a refund can take a while to be posted officially.
Then ask your bank, as a refund often needs some processing time before it shows.
Having tried all of that, if the refund still has not arrived, write to us at pat@patcooks.example
Sale items (if applicable""",
        ("given us a wrong or incomplete address", "you pay the cost of sending it out again")),

    "japanknifeshop": ("""Return & Refund Policy

Return & Refund Policy

Below are the terms on which an order can be cancelled, sent back or refunded. Please read them with care before you order.


1) Order Cancellation

An order can be cancelled only until it ships. After it has been dispatched or given to the carrier, cancelling is no longer possible, and the request is handled as a return.

On every approved cancellation we charge a processing and handling fee of USD $15, which pays for the admin work, the cost of processing the payment and the handling of currency exchange.

What is left is paid back to the payment method used for the order.


2) Returns (Change of Mind)

You may ask to return an item no later than 14 days after its delivery, as long as every one of these holds:

  • It is unused, unwashed, unsharpened and unaltered
  • It is in the condition it was in when you received it
  • Its original packaging and all its accessories are intact
  • We approved your return request beforehand

Return shipping is paid by the customer. The shipping charged on the first order is not refunded.

For reasons of safety and hygiene, we cannot take back anything showing any sign of use, handling or modification.


3) Defective, Damaged, or Incorrect Items

Should an item reach you defective, damaged in transit, or not the one you ordered, contact us with photos showing the problem no later than 7 days after delivery.

We will then offer you a replacement or a full refund, and pay or waive the cost of shipping it back, as suits the case.


4) Refund Processing

When a returned item has arrived and been inspected, we will let you know whether the refund is approved or rejected.

An approved refund goes back to the payment method you used. It can take several business days to show, according to your bank or the card's issuer.


5) Import Duties, Taxes & Refused Deliveries

International orders can attract local taxes, VAT or import duties, whi""",
        ("a processing and handling fee of usd $15",)),

    "gsmith": ("""Return & Exchange Policy
This policy follows the FTC's mail-order rules and the CPSC's rules for bedding, with extra terms for the hygiene and fabric of our sheets, bedspreads and mattress pads. Every return and every exchange needs a Return Authorization (RA) Number, and a return that arrives without one is rejected.
Eligibility Requirements
-
Time Limit: Ask for any return or exchange within 30 days of delivery. Custom-sized bedding gets a longer window of 45 days, so that you can check the fit.
-
Product Condition: Each product must come back unused and unwashed, in its original condition, with its tags, its packaging and its compliance papers (such as an OEKO-TEX certificate) all intact, since hygiene matters greatly for bedding:
- Bed Sheet & Bedspread: unfolded, free of stains, tears and any sign of washing; the original plastic packaging and the brand tags intact; not changed by monogramming (where that applies).
- Mattress Pad: unopened or unapplied, free of stains, moisture marks and signs of use; the waterproof backing intact; the original packaging and protective covers still on.
-
Defective/Incorrect Items: A product with a manufacturing defect (loose stitching, torn fabric, uneven padding, the wrong size or colour, for example) or a delivery of the wrong item may be returned or exchanged free. We need photo or video evidence of the defect to verify it, and we pay every shipping cost.
-
CPSC Recalled Items: Any product recalled by the CPSC may be returned free, replaced, or fully refunded, however long ago it was bought. We tell you straight away if something you bought is recalled.
Non-Returnable & Non-Exchangeable Items
- Products that have been used or washed (sheets with traces of laundry detergent, mattress pads marked by body oil, say), for hygiene reasons.
- Products damaged by wrong use, washing or storage (sheets shrunk in a hot dryer, bedspreads faded by bleach, mattress pads torn by rough handling, say).
- Customized products (e.g""",
        ("custom-sized bedding gets a longer window of 45 days", "bed sheet & bedspread: unfolded",
         "mattress pad: unopened or unapplied", "recalled by the cpsc")),

    "rugs4home": ("""index

RETURN POLICY

Whatever the reason an item you received falls short, get in touch with us no later than 7 days after it reaches you, and give us your proof of purchase. To return it, send the item back inside those same 7 days after it arrived, and you get a full refund or an exchange. When it arrives, we check the rug to be sure it is unused, free of stains, not vacuumed, and has not been around pets. Every item is checked closely, and one that fails these requirements is not refunded. Where the order passes, your full refund should reach you within 4 weeks. Note that we do not refund shipping fees. When a refund is approved, we pay back the price of the item, without shipping fees and without taxes, to the payment method you used.

The delivery fees are also the buyer's to pay, and they are not refunded either.

No refund is made once 7 days have gone by since the order arrived, and anything bought on sale is final sale (never refunded).

You may also return items at one of our stores; our home page lists where they are.



EXCHANGE POLICY

For an exchange to another size or colour, contact us no later than 7 days after the order arrives. Our sizes are only approximate and have been rounded up. We exchange only for items of the same value, only within 7 days, and only where the item passes our inspection (unused, without stains, not vacuumed, never near pets). To exchange, send the item back within 7 days of receiving it and place a new order for the size, colour or design you want. The buyer pays the delivery fees here too.

Final sale items are not exchanged.

Exchanges may also be made in our stores; our home page lists where they are.

Should you have more questions or worries about how we ship, take returns or make exchanges, you are welcome to reach us a""",
        ("without shipping fees and without taxes", "return items at one of our stores",
         "we exchange only for items of the same value", "exchanges may also be made in our stores")),

    "continentalwindowfashions": ("""Returns & Exchange Policy
What can be returned, and what cannot?
Returnable items: stock items (ready-made items and some Quickship items). More on the stock items returns policy below.
We try to say on the site whether each item can be returned. Unsure? Check with us first!
Non-returnable items: custom products (some may be exchanged: see the custom products returns section below), and products with a color matching problem (see below).
Color matching: We have worked hard to show our products' colors and images in the store as faithfully as we can, but we cannot promise that your screen shows any color accurately. Also, with high-end decorative home products, expect items in one order to differ slightly in color or finish.
Never refuse the delivery of an order; use the return procedure set out below instead. Should you refuse delivery, we cannot refund you, nor ship your items again without charging you more.
What can be exchanged? What if items arrive damaged?
Damaged products can be exchanged, and so can stock items from certain vendors; we mark the items that can be exchanged wherever this applies.
Check your products as soon as they arrive. Any claim for a product that is damaged, defective or wrong, or for a wrong quantity, must reach us within 48 hours of receipt. We have to hold to this rule strictly.
To claim for damaged items and have them exchanged, these steps must be followed:
- Write the damage on the delivery paperwork
- Photograph the damage so that it is documented
- Email us all the paperwork and evidence
We replace any damaged product free of charge as quickly as we can. A damaged product is never refunded: a replacement is the only remedy.
Stock items returns policy
Stock items are all items """,
        ("should you refuse delivery", "stock items from certain vendors", "write the damage on the delivery paperwork")),

    "zaxbeeswax": ("""1. Home
  2. Returns
Our aim is that every purchase leaves you completely happy, and these return guidelines are meant to make returning or exchanging easy. Please bear in mind that we are a small business, weighing returns, shipping and happy customers against keeping the company afloat.

Returning your products before they ship:

To cancel an order that has not shipped yet, email us at orders@zaxbeeswax.example. If we manage to stop it in time, the order is cancelled and refunded in full.

Returning your products after they ship:

To cancel an order that is already on its way, before it is delivered: turn the parcel away unopened, so that the carrier bringing it takes it back. It comes back to us at no further cost to you, and on its arrival we refund the product in full. Original shipping charges are not refunded.

If you opened the package before deciding to return your products, contact us and we will send you a return shipping label; what the return shipping costs is taken off your refund.

Replacement / Exchange / Defective Products:

If you were sent the wrong items or a product is defective, we are happy to replace or refund them. Fill in the RMA form (found under the order details in your account) and we will send a shipping label and instructions for the return. When the item is back with us, we issue a full refund or a replacement, and we pay for shipping it back as well as for shipping the replacement.

**Candles that were not burned following our standard burning guidelines cannot be returned.

Items that come back damaged carry a 20% restocking fee.

Products Damaged During Shipment:

Every parcel sent by UPS Ground / Express or USPS Priority Mail carries $100 of insurance, added without your asking. Shipments sent at flat rates carry no shipping insurance. We offer additional""",
        ("turn the parcel away unopened", "not burned following our standard burning guidelines",
         "come back damaged carry a 20% restocking fee")),

    "promisesupply": ("""Returns, Exchanges & Refunds Policy

Last update: January 13, 2021

Plant Returns, Exchanges & Refunds Policy

Plants are perishable, and once they leave us we have no way to check that they were looked after properly, so plants cannot be returned, exchanged or refunded.

General Returns, Exchanges & Refunds Policy

Note: this general policy covers everything we sell except plants.

If something you bought does not satisfy you, whatever the reason, you can bring it back within 14 days of purchase to the location where you bought it.

An item qualifies for a return, and possibly a refund, only when it is unused, in the condition it was in when you got it, and in its original packaging.

A receipt or other proof of purchase is needed to complete a return.

Unless one of our team tells you to, please don't send what you bought back to the manufacturer.

General Return, Exchange & Refund Exemptions

None of these can be returned, exchanged or refunded:

  • Perishable goods, food for example
  • Intimate and sanitary products
  • Beauty and skin-care products
  • Anything opened or used
  • Damaged items
  • Gift cards
  • Items on sale or sold at a discount

Contacting Us

Questions or worries? Our team is ready to help; our Contact Us page says how to reach us.""",
        ("to the location where you bought it", "back to the manufacturer")),

    "wallsbyme": ("""Return and Refund Policy: check this out! | Walls By Me

Return Policy

* Returns are accepted for up to 30 days after your package reached you. Send the panels back just as they came to you: still sealed, never opened. Rolls that have been opened might be refused, and they carry a restocking fee. A 20% restocking fee applies to orders of 10 panels or more. If you are buying wallpaper to see its colour, the size of its pattern, or how it looks on your wall, please get a swatch before placing the whole order.

*Swatches cannot be returned or refunded.

*Return shipping labels and the cost of return shipping are the customer's to pay.

* Would you rather exchange? Tell us, and we will help you with it.

*Every return or exchange has to be authorized by someone on our team. Email us at support@wallsbyme.example and we will gladly help.

*Everything we sell is made to order: each order is printed just for you. Colour can differ from one batch to the next, so make sure you buy enough wallpaper for the whole area you plan to cover; separate orders may come from different batches in slightly different colours. If you only want to test the wallpaper, order a physical swatch first, so you can try it on your surface before completing your purchase, since colour looks different on different monitors, in different room light and to different eyes. Many things affect how well it sticks to a surface, so begin with a sample.

*PLEASE NOTE: An international order that is returned gets no reimbursement of shipping, duties, customs or any other international charge at all.""",
        ("rolls that have been opened might be refused", "orders of 10 panels or more",
         "no reimbursement of shipping, duties, customs")),

    "dinnerwaresetssale": ("""At Dinnerware Shop, we think every meal deserves to be perfect, from how the table is laid to the final bite, and we are devoted to fine, high-quality tableware that lives up to what you expect. Still, an item may sometimes not be quite right, so our Returns & Exchanges policy puts your satisfaction first, with a process as refined and dependable as what we sell.
Our Policy
Most items can be returned or exchanged within 15 days of the day your order reaches you. An item qualifies for a return or exchange when it is unused, still in its original packaging, and as it was when you got it, and it must come with the original receipt or other proof of purchase.
- Dinnerware Sets once opened, or whose original packaging seal has been broken.
How to Start a Return or Exchange
Follow these simple steps:
- Get in Touch: Email our customer support team at support@dinnerwaresetssale.example within 15 days of receiving your order, giving your order number and the details of the product you want to return or exchange.
- Wait for Our Reply: Within 2 business days we answer with an RMA (Return Merchandise Authorization) number and full instructions on where your package should go. Never send back a return that has no RMA number.
- Pack and Send: Pack the item(s) securely in the original packaging, enclose your proof of purchase (a copy will do), and mark the box on the outside with your RMA number so it is easy to read. Send your return to the address given in your instructions.
The cost of shipping your return is yours to pay, and shipping costs are not refunded.
Return & Exchange Request Template
As a help to get started, this is a template you can use for your email asking for a return or exchange:
Refunds
When your return has arrived and been inspected, we will email you to let you know """,
        ("mark the box on the outside with your rma number",)),

    "espressoexperts": ("""Free Shipping $100 and up!
0

Your Cart is Empty

Exchanges or Returns

Machines bought by phone or in our online store

Every return must:
    • Come back within 30 days of delivery. Once 30 days have passed, the warranty policy applies instead.
    • Carry a Return Merchandise Authorization number.
    • The only way to get a Return Authorization is to email info@espresso-experts.example or phone 586.739.9500. Your email has to give the reason for the return and a phone number we can reach you on. We then call you to see whether an exchange would satisfy you.
    • Be in its original packaging, with the accessories and parts from the manufacturer intact.
    • Include every non-consumable item and every "gift" that came with the sale.
      We take the value of any gift with purchase that is not sent back off your refund.
    • Consumables, coffee, syrups and parts among them, cannot be refunded. Their cost is taken off your refund even if your original invoice shows them at zero.
    • No gift card, whether sold or given with a purchase, is refundable.
    • Accessories that have been used (frothing pitchers, cups, thermometers and the like) cannot be refunded.
  • A machine has to arrive back in "like new" condition. If it does, we refund the full purchase price to your original payment method, minus what we paid to ship it to you and handle it. Equipment that does not arrive "like new" is checked for damage and may be charged refurbishment fees of as much as 20%.
    • A return of anything first paid for through PAYPAL carries the 2.9% fee that PAYPAL does not give back to us (PAYPAL POLICY).
    • All other returned goods carry a 2.9% fee (the website processing fee, which we cannot refund: Shopify policy).
    • Should we have to cancel a purchase for whatever reason, because the customer changed their mind or for any other, there """,
        ("once 30 days have passed, the warranty policy applies instead", "include every non-consumable item",
         "any gift with purchase that is not sent back",
         "even if your original invoice shows them at zero", "refurbishment fees of as much as 20%",
         "the 2.9% fee that paypal does not give back to us", "all other returned goods carry a 2.9% fee")),

    "lampsandmore": ("""Returns and Cancellations

A return of an eligible item has to be started no later than 15 days after the order was delivered. Returns are refunded to the payment method used for the order, minus fees that depend on the item, which include (among others) shipping and restocking fees. A credit to your card can take up to 10 business days from when we receive the return.

Items sent back must arrive in their original condition. A product has to be new and unused, not altered, not installed, never laundered and never assembled (no wires cut or clipped, no contact with water, nothing written on the shipping carton, for example); send all its original packaging and accessories with it. Items sold in multiples must come back in at least the multiple they were sold in. We do not accept returns of products or packaging that are not in original condition.

Report any damage, visible or hidden, within 24 hours of receipt. Without a Return Authorization, no return is accepted.

Some kinds of orders fall outside the general return policy by their nature. Among the exceptions:

  • Clearance items are sold as they are and cannot be returned.
  • An order for 10 or more of one item carries a 25% restocking charge. For a large order, we suggest ordering one sample first to be sure the item suits you.
  • Items worth more than $2,500 are charged 25% for restocking.
  • Custom and built-to-order items cannot be returned.

Cancellations

An order can be cancelled before it is processed or shipped, with a few exceptions. Contact Customer Care to ask for a cancellation.

A cancellation takes effect only after Lamps and More confirms that the order is not yet processed or shipped. Once the cancellation is confirmed, the credit goes back to the payment method used. Custom and built-to-order items cannot be cancelled. The return policy for the item applies to any cancellation r""",
        ("minus fees that depend on the item", "at least the multiple they were sold in", "an order for 10 or more of one item",
         "items worth more than $2,500", "custom and built-to-order items cannot be cancelled")),

    "usamericanstore": ("""At Bathroom Supplie Shop, we pair first-class bathroom products with excellent service for homeowners, interior designers and business buyers around the world. This policy holds to the same high standard as what we sell, from designer Basin Taps to luxurious Double Ended Baths.

Shipping Information

How Long Orders Take

  • Getting an order ready: 1-2 business days
  • Standard delivery by DHL or FedEx: $12.95, arriving 10-15 business days after it is sent
  • Free delivery by EMS: on orders above $50, arriving 15-25 business days after it is sent

Note: We may not be able to deliver to Asia and some remote areas.

Shipping Methods

  • Premium Express: best when you need Bath Front & End Panels or Bathroom Accessories in a hurry
  • Standard Ground: the economical choice for big items such as Back to Wall Toilets or Corner Baths

Returns & Exchanges

Most products can be returned within 15 days of delivery, and defective or incorrect items are exchanged free of charge.

Eligible for Return

  • Items that are damaged or defective (a cracked Basin or a Bath Tap that doesn't work, for example)
  • Items we sent in error (Comfort Height Toilets arriving when you ordered Close Coupled WC units, for example)
  • Items still unopened, in their original packaging, with their tags still on

Non-Returnable Items

  • Products made to order or specially ordered, custom pieces among them (Bath Front & End Panels made to measure, or Bathroom Mirrors personalized for you)
  • Hygiene-Sensitive Items (Bidets or Close Coupled WC units once installed or unboxed)
  • Clearance Items marked "final sale" (some Bath/Shower Curtain Rails or Bathroom Accessories, for example)

Return Process

Step 1: Start Your Return

No later than 15 days after delivery, email our team at support@usamericanstore.example with:

  • Your order number
  • The product's name (a Designer Basin Tap or an Electric Shower model, say)
  • Why you are returning it
  • Photos of any damaged item (where that applies)

Step 2: Return Authorization

You will receive, within 2 business days:

  • A return authorization (RM""",
        ()),
}
