"""The test17 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    # Not found in the stored pages (four queries): written from its label alone.
    "ohmygoodnesssoaps": ("""Terms & Conditions

Welcome to Oh My Goodness Soaps. By placing an order in our shop you agree to the terms below, so please take a minute to read them.

Our Products
Everything we sell is made by hand in small batches from organic oils, butters and botanicals. Colors and scents can vary a little from one batch to the next. If you have sensitive skin or allergies, please read the ingredient list before you buy.

Orders & Payment
We accept all major credit cards. Prices are shown in US dollars and may change without notice.

Cancellations
You can cancel an order at any time until it has shipped. If you want to change something in an order, such as a scent or the delivery address, please tell us on the day you ordered. Orders that come in on a weekday before 10 am Pacific time are packed and sent out that afternoon, so a request to cancel one of those has to reach us before 10 am.

Out of Stock Items
Because we make everything ourselves, now and then we run short. If one of the items in your order has sold out, we will email you and refund that item, and the rest of your order will ship as usual.

Returns
Our products go on your skin, so we cannot take anything back once it has left us. All sales are final and we do not accept returns.

Shipping
We ship within the United States by USPS First Class or Priority Mail. You will get a tracking number by email once your parcel is on its way.

Contact
Questions? Email hello@ohmygoodnesssoaps.example or call 555-0100.""",
                          ("tell us on the day you ordered", "before 10 am pacific time",
                           "items in your order has sold out")),

    "southrenbeauty": ("""Return Policy

Questions About Returns

What is your return policy?
We hope you are delighted with your order. If you are not, you may send your purchase back when:
- The size is wrong
- It arrived damaged or defective
- It does not match its description
- You are not happy with it

How much time do I have to send something back?
Please see the return instructions below.

What will I get for my return?
A return made under this policy can be settled with:
- A full refund
- A partial refund
- Store credit or a gift card
- A replacement product
- An exchange

How soon will my refund arrive?
We process returns within 1-2 weeks from the day your item reaches us.

Return Shipping
For a quick and easy return, we can provide a pre-paid return label.

What that label costs is taken out of your refund.

Return Instructions

Anything you send back must still be un-opened and in the packaging it came in.
If your item arrives damaged, or we sent you the wrong one, we will replace it or refund it.

ITEMS WE CANNOT TAKE BACK

The following products cannot be returned:

Products we cannot resell: anything that has been marked, altered or defaced in any manner, for example with price stickers, tags, or writing in pen or marker. ONCE AN ITEM HAS BEEN OPENED OR USED, IT CANNOT BE RETURNED!

Make-up, make-up brushes, shears, implements, combs and brushes cannot be returned.""", ()),

    "essenceofhealth": ("""Refunds and Returns

GIFT CARDS AND MASSAGE SERVICES CANNOT BE REFUNDED

Every other product can be returned within 30 days. We work hard to source, blend and sell essential oils of the best quality we can find, and we hope you enjoy them as much as we do. If you are unhappy with the quality of anything you bought, for whatever reason, get in touch with us no later than 30 days after it reaches you and we will arrange a replacement, an exchange or a credit. To protect our oils, we follow strict rules on shelf life and storage temperature.

Please reach out as early as you can within those 30 days so we can set up your replacement, exchange or credit. Any extra shipping costs on a replacement or an exchange are paid by the customer.

Refunds (where they apply)
When your return arrives, we check it over and email you to say it is here. We will also tell you whether your refund has been approved or not.
If it is approved, we process the refund and it goes back to your credit card or whichever payment method you used, within a certain number of days.

Refund not arrived? (where this applies)
First look at your bank account once more.
Then get in touch with your card company, since a refund can take a while to post.
After that, call your bank, as banks often need a few days of their own.
If you have tried all of this and still have nothing, please contact us.

Sale items (where they apply)
Only full-price items can be refunded; we are sorry, but items bought on sale cannot.

Exchanges (where they apply)
Replacements are only for items that arrive defective or damaged. If you would like the same item in exchange, email us and post your item to:
Essence of Health, 1 Example Street, Suite 100, Springfield.

Questions
Write to us at hello@essenceofhealth.example.""",
                        ("any extra shipping costs on a replacement",)),

    "proteinsupermart": ("""Protein SuperMart wants you to be completely happy with everything you buy from us. Any item ordered on our website, proteinsupermart.com, can be returned within 30 days. If you would like something different, place a new order for it and send the original back for a full refund.
- SHIPPING CHARGES – What you paid for shipping on an expedited order is not refunded.
- SALE ITEMS cannot be refunded, exchanged or turned into store credit.
DAMAGED/DEFECTIVE ITEMS
- If an item reaches you damaged, email our customer service team right away at sales@proteinsupermart.example
RETURN CONDITIONS
Every item must come back unworn, unwashed, undamaged and unused, with all of its original tags still on. When your return arrives we inspect it, and the refund then goes back automatically to the credit card or payment method on file; we will also email you a credit memo as a record of the refund.
- We do not swap items: an exchange is handled as a refund to the original credit card, and if you want another size, color or style you will need to place a separate order for it.
- The 30 days are counted from the date of your original purchase.
- Protein SuperMart is not responsible for returns lost on the way to us, and keeping track of your return parcel is up to you.
- We do NOT refund the original charge for expedited shipping.
- Once we have your return, the credit can take up to 30 days to clear.
- A 10% restocking fee applies to every returned item, unless the item is being exchanged.
- This policy may change without notice.""",
                         ("shipping on an expedited order", "original charge for expedited shipping")),

    "wedmouse": ("""Return & Exchange Policy
These terms cover returns and exchanges of the mice and mouse pads bought in our Shopify store. If you have questions, the contact details are at the bottom of this page.
1. Who Can Return What
| Product | Return Window | Exchange Window | What We Need |
|---|---|---|---|
| Mice & Mouse Pads | 30 days after delivery | 15 days after delivery | Unused, in the original packaging; no worn-down buttons, no marks or stains on pads, no damaged sensors |
- Faulty Items: if something does not work as it should (say, clicks that do not register, a pad fraying at the edge, Bluetooth that keeps dropping out), send us clear photos or a video so we can confirm it.
- Wrong Items: send a screenshot of your Shopify order so we can see which model you ordered (for example wired instead of wireless, or a standard pad instead of XL).
2. How It Works
- Ask first: email returns@wedmouse.example telling us your order number from Shopify, the kind of item, why you are returning or exchanging it, and your photos or screenshots.
- Our reply: you will hear from us within 2 business days. If we approve your request, we send you the address to return to (our hub at 1 Example Street, or a partner warehouse) and a return ID, which has to be written on the parcel.
- Sending it back: post the item within 7 days. Put mice in an anti-static bag and protect the edges of mouse pads, cloth or hard; the original box or other rigid packaging is best.
- Finishing up: we inspect every return when it arrives; refunds are paid through Shopify Payments within 3-5 business days.
3. Costs
- Faulty or Wrong Items: we pay the shipping both ways.
- Change of Mind: you pay for return shipping, and an 8% restocking fee applies (more for gaming mice, because their sensors take longer to inspect).
- Items We Cannot Accept: mice that have been used, pads that are stained or damaged, anything with missing parts (USB receivers, packaging), and custom-printed pads will be refused.
Contact Us
- Address: 1 Example Street, Example Town
- Email: returns@wedmouse.example""",
                 ("15 days after delivery", "more for gaming mice")),

    "lightstrips": ("""Refunds
Refunds are available for 30 days from the day your order is delivered. After that, we are sorry, but we can no longer give a refund or an exchange.
A refund is only given when the product is faulty, with clear signs of an error made by the manufacturer.
Sale items (where they apply): Only full-price items can be refunded. Anything that was on sale when you bought it cannot be refunded.
Exchanges (where they apply): Replacements are only for items that turn out defective or damaged. If you want the same item again in its place, email us at support@lightstrips.example
Returns (where they apply): Anything you return has to be unused and just as it was when it reached you, inside its original packaging. Please include a receipt or other proof that you bought it. When your return reaches us we inspect it and send you an email to let you know it has arrived, and whether your refund is approved or rejected. Approved refunds are processed and credited automatically to the card or other payment you originally used, within a certain number of days.
Please don't post it back to the manufacturer; it has to come to us.
We cannot take a return that comes back as a rejected or refused parcel, an abandoned parcel, or any parcel sent outside the return process set out above.
Some kinds of goods cannot be returned at all: food, flowers, newspapers, magazines and other perishables; intimate and sanitary products; hazardous materials and flammable liquids or gases; gift cards; software you download; and certain personal care and health products.
Shipping
To send your product back (where this applies), email support@lightstrips.example
Return shipping is paid by you, and we do not refund shipping costs.
How long an exchanged product takes to reach you depends on where you live.""",
                    ("only given when the product is faulty", "post it back to the manufacturer",
                     "a rejected or refused parcel")),

    "camerasecure": ("""Return Policy
CameraSecure™ RETURN POLICY
RETURNS
You have 14 days from delivery to return an item.
Once 14 days have passed, we are sorry, but we cannot give a refund or an exchange.
Conditions for a return:
-
The item has not been used or installed, and is in the state in which it reached you.
-
It comes back in its original packaging with every accessory, manual and component.
-
You include a receipt or other proof of purchase.
Please don't send your item back to the manufacturer. Every return request has to go through CameraSecure™.
ITEMS WE CANNOT TAKE BACK
For security reasons, and because of what we sell, these items cannot be returned:
-
Devices that have been installed or used, or paired with a mobile app
-
Surveillance equipment that has been opened (such as hidden cameras, security devices and detectors), unless it is shown to have been defective on arrival
-
Software downloads and activation codes (where relevant)
-
Gift cards and promo codes
-
Personal safety, hygiene or health items
We can turn down the return of anything that has been used, tampered with or modified without our approval.
PARTIAL REFUNDS (where they apply)
We may give a partial refund in these cases:
-
Items that come back without their original packaging or with parts missing
-
Items sent back after the 14-day window but no later than 30 days
-
Equipment that is damaged or altered when it comes back, for reasons that were not our fault
REFUNDS (where they apply)
When your return arrives we inspect it, and then:
-
We email you to confirm it has arrived.
-
We let you know if your refund is approved or rejected.
Once a refund is approved, we need 5–10 business days to process it, and it goes back to your original payment method.
REFUND NOT ARRIVED?
If you are still waiting for a refund:
-
Check your bank account once more.
-
Ask your card issuer — it can be slow to post refunds.
-
Ask your bank — it may need some time too.
If you have done all this and still have no refund, please write to support@camerasecure.example.""",
                     ("your item back to the manufacturer", "we may give a partial refund")),

    "thelivingquarters": ("""Call us, we're here: 555-0100

Returns

A lot of what we sell can be customized, and many cushions are made to order. Because of this, some manufacturers whose furniture we carry will not take these items back, unless the item is wrong or defective.

Undamaged Items – Returns Within 10 Days of Delivery

Where the manufacturer does accept undamaged returns, the following applies:

  • Get in touch no later than 10 days after your item arrives so we can talk through your return options.
  • Every return has to come back in its original packaging and reach us in its original, new condition, fit to go back into stock, for a refund to be given, minus the return shipping charges.
  • Once your return has arrived and been inspected, we refund the credit card you paid with, minus return shipping and any factory re-stocking fees that apply.
  • Neither return shipping nor these factory fees are refunded; both come off the amount we pay back. Because shipping is so costly, we cannot refund or exchange any order shipped outside the continental USA.
  • Custom replacement slings cannot be refunded. They are made to the measurements of your own chair, so we cannot put them back into stock. If you are unsure how to measure your patio furniture frame, please contact us and we will help.""",
                          ("some manufacturers whose furniture we carry", "factory re-stocking fees that apply",
                           "shipped outside the continental usa")),

    "dorandtan": ("""Returns Policy

You can return anything for up to 30 days from the date you bought it. We are sorry, but once 30 days have passed since your purchase, a refund or exchange is no longer possible.

Refunds

Any product bought within the last 30 days can be refunded, as long as it comes back to us in its original packaging and in good condition.

When your return reaches us, we will inspect it and email you to say it has arrived. We will also tell you whether your refund has been approved.

If it is approved, we process your refund and the money is credited automatically to the card or other method you paid with, within a certain number of days.

Late or missing refunds

Your bank or card provider may need a few days to process a refund. If 10 working days have gone by and you still have not received it, please contact us and we will look into it.

Sale items

Items bought in a sale can be refunded in the same way as any other return.

Exchanges

We pack every pot with great care, but now and then one breaks on its journey, and it is always sad when it does. Just let us know and send it back to us. Once it arrives, we will pay you back what the delivery cost you and send out new pots as soon as we can.

Shipping

Please contact us before you send anything back; we will give you the address for returns and help however we can.

When you post items to us, keep the proof of postage.

We also suggest a tracked service or shipping insurance, because we cannot refund a return that goes missing in the post.""", ()),

    "artificialflowersstore": ("""Return & Refund

Our 100% Satisfaction Promise

We want every customer to be entirely happy with what we sell and how we serve them. If you are not completely pleased with your purchase at any point over the next 30 days, you can send it back for a refund. We cannot accept returns of vases.

We do not refund shipping fees. If your order was delivered with free shipping, what that delivery cost us will be taken off your refund. A restocking fee of 15% applies to every return. You pay the cost of sending a return back to us.

Before you send anything back, please tell us first: email service@artificialflowersstore.example with your name, your order number and why you are returning the item.

Artificial Flowers Store cannot be held responsible for parcels on their way back to us.

Mistakes, Faults or Damage

If we have made a mistake with your order, or an item turns out to be defective, which we hope will not happen, email us at service@artificialflowersstore.example no later than 7 days after the delivery date. Every mistake or defect will be put right with either a full refund or a replacement, without any charge to you.

We do our best to make sure everything you order arrives in perfect shape. If an item is damaged when the courier hands it over, please do not accept the delivery, and let us know within 24 hours through the contact form on our website. If you only notice the damage after signing for the parcel and opening it, you must let us know within 48 hours using the same contact form. We will then tell you what to do next. Please check everything in your order as soon as it arrives. Goods damaged in transit can only be taken back if you tell us within 7 days of receiving your order.

Cancellations

You can cancel your order at any time before we have charged your card. After the charge has gone through, cancelling will cost a 7% refund processing fee. Once your order has shipped, it can no longer be cancelled.""",
                               ("what that delivery cost us", "do not accept the delivery",
                                "let us know within 48 hours", "cost a 7% refund processing fee",
                                "before we have charged your card")),

    "lovemealways": ("""Our Story

Returns & Exchanges

If your blank invitations or anything else you ordered are not quite right, for whatever reason, you are welcome to send them back and we will refund or exchange them. Just get in touch with customer service first for a Return Authorization Number (RMA) and the address to send it to.

Merchandise has to come back unopened, in the same quantities we sell it in, within 15 days for us to refund it. Orders from abroad need a postmark dated within the 15 business days.

Please be aware that clearance items, samples, templates and printed invitations cannot be refunded.

Your Refund

After we inspect your return, we refund the merchandise along with any taxes that applied. Once it has been processed, we will email you the amount coming back to you. Allow as much as 10 business days for this.

The refund is made the same way you paid for the original order.
If you paid with a money order or a check, we will mail you a company check.

Packing Your Return

We suggest putting your return in a plastic or zip-top bag to keep it dry, and sending it prepaid by an insured, trackable service, since we do not accept parcels sent collect. If you send it without insurance and it goes missing or arrives damaged, you still owe the full purchase price.""",
                     ("orders from abroad need a postmark", "mail you a company check")),

    "sendaframe": ("""If you are not fully happy with anything you buy from us, for whatever reason, send it back no more than 30 days after delivery and we will exchange it, give you store credit for its full value, or refund the price of the merchandise once it is back with us.
If we make a mistake with an order for personalized or special-order pieces, we will replace them free of charge with similar pieces.
Should you find any in-stock item sold for less by an authorized retailer of the same brand within 3 days of your purchase, we will gladly credit you the difference as store credit.
We try hard to show and describe every piece accurately in our photos and text, but some differences are out of our hands and cannot be promised, for example:
- Colors that look slightly different because of your monitor's settings or the limits of a description
- Border edges that overlap a print where the glass has been cut to the stated size
- Differences in materials that come from making things by hand
If your project has tight tolerances or needs more than 12 pieces, please tell us exactly what you need in the "Special Instructions" box when you place your order, or email service@sendaframe.example describing your needs, your deadline and any problem you need solved. We will look at your request straight away and reply quickly to help you meet your deadline. This matters most when frames made of natural materials will be hung or shown side by side.
So that we can keep prices down and costs in check:
- Special-order or discontinued items, and items sent back without their original packing materials, carry a restocking fee of at least 40%.
- Items that come back in less than their original condition may carry further charges, as our Returns Supervisor decides.
- Personalized items, photographs, special-order and custom-made pieces can't come back for a refund or any kind of credit.""",
                   ("replace them free of charge", "restocking fee of at least 40%", "may carry further charges")),
}
