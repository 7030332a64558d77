"""The test113 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "sunglasswholesale": ("""Sign up to get coupons free every week!

mcafee-secure


RETURNS


How to return


Want to send your sunglasses back? Email us to ask for an RMA (return merchandise authorization) number, and tell us the reason for the return. Before you write, please read these points:

• We may turn away any package that comes back with no RMA number, so write the RMA number on the outside of your parcel.

• Returned goods have to come back in their original packaging.

• Sunglasses are refunded only when they come back in full dozens (12 pairs) of each style.

• Every piece of the original packing must be in the box, the poly bags, the display boxes and the hang tags among them.

• All shipping charges are the customer's to pay.

• Until your parcel reaches our warehouse, it is not our responsibility. That is why we strongly advise you to insure the parcel and to get a tracking number before you post it back.


Cancelling an order

You may cancel an order even while it is on its way to you, but you then pay every shipping fee: a parcel that has left us carries shipping charges both to and from your location. Cancelled orders also have a 15% restocking fee taken off. Any questions? Just get in touch before you send goods back.

Credits and refunds

After your return arrives, processing it can take as long as one week. A refund to a credit card is made straight away, though it may only show on the statement after the one you get next. If anything here is unclear, or you are not sure your order can be returned, contact us before you send anything back; we are glad to answer your questions. Email us, or phone a customer service specialist between 8:00 am and 4:00 pm PST.""",
                          ("full dozens", "both to and from your location", "rma number on the outside of your parcel")),

    "americeye": ("""Home / Return Policy
Returns & Warranty
We hope you love your glasses. Here are the terms for returns and for our warranty:
1. Frames that qualify can be brought back up to 14 days after you pick them up, and we refund them to the payment method you used. Shipping, tax and rush-delivery charges are not refunded, unless the law requires it. A returned frame must not have been altered or customized, must be in new condition, and must come with its original packaging. Once a frame has been adjusted to fit lenses or to fit the patient, it cannot be returned.
2. Prescription lenses of every kind (single vision, progressive, and coatings such as AR, transitions or blue-light filters) are made to order for you, so they can be neither returned nor refunded, even when the frame comes back.
3. For an item bought on promotion or at a discount, the refund is never more than what you actually paid after the discount.
4. Should you think your glasses have a manufacturing fault, bring them back within 30 days and we will inspect them. When the fault is confirmed, we make the glasses again free of charge.
5. Anti-reflective (AR) coatings come with a 1-year warranty that covers defects in the coating only, not wear and tear or damage from cleaning the wrong way.
6. Once approved, a refund goes back to the payment method you used; we do not refund in cash. Any store credit stays valid for 6 months after the date of the return. Fit & Comfort Guarantee:
7. For the first 30 days after purchase, we adjust your glasses for free so that they fit as well as possible.
Thank you for choosing your local eye care professionals. Your signature below confirms that you have read this policy and understood it.
Patient Name: __________________
Date: _______________
Signature: _______________________________""",
                  ("actually paid after the discount", "1-year warranty", "stays valid for 6 months")),

    "viewsoer": ("""Shipping & Return

Shipping Policy

STORE.example aims to offer a broad range of handbags, with ordering open around the clock. We try hard to send each order out on the day it is placed; processing normally takes 1 to 2 business days. Back-ordered or scarce products can cause delays, and orders placed at weekends or on holidays are processed the next business day.

We ship with UPS or FedEx, and the shipping cost depends on how much the items weigh or how big the boxes are.

A shipment that is refused or undeliverable is charged a 25% restocking fee, plus whatever shipping, transaction and insurance fees apply. Beyond that, any customer who sends a shipment back marked "REFUSED", whatever the reason, is dropped as a distributor for good and receives no more shipments.

International Customers - STORE.example ships all over the world, so orders from abroad are welcome; please bear in mind, though, that shipping to your country may cost a good deal.

Return Policy

Goods that are defective or were damaged in transit can be sent back within 5 days of the day you receive them, for credit against your next purchase or for an exchange. Credit given because an item is out of stock likewise goes toward your next purchase. Before sending any package back, you must email us your company details, the invoice number and the reason for the return or exchange. Products that have been used or worn are not accepted back. We accept no returns other than of goods that are defective or were damaged in transit. Sequined bags are too delicate to be taken back, save in special circumstances.

Orders that are refused, unclaimed or undeliverable are charged a 25% restocking fee on the whole invoice, and shipping both ways on top.

We may correct any error in our website's price list, catalog or invoices.""",
                 ("shipment that is refused or undeliverable", "dropped as a distributor",
                  "because an item is out of stock", "refused, unclaimed or undeliverable")),

    "luggageandmore": ("""Refund Policy
Returns
- We give no refunds because you changed your mind.
Our policy runs for 29 days. Once 29 days have passed since you bought the item, we are sorry, but a refund or an exchange is no longer possible.
A returned item qualifies only if it is unused and in the same state as when it reached you, and it has to come in its original packaging. (Whatever a return costs, you pay for it.)
Some kinds of goods cannot be returned at all: perishable things like food, flowers, magazines or newspapers. Nor do we take back intimate goods, sanitary goods, hazardous materials, or gases and flammable liquids.
Other items that cannot be returned:
-Gift cards
-Downloadable software
-Certain health and personal care items, among others.
Once your return is accepted, we need a receipt or other proof of purchase to complete it. We may ask for pictures that prove a problem with the item, for example a wrong colour or a different item from the one ordered.
Never send what you bought back to the manufacturer. Once we accept a return, we will send you the details and a packing docket saying what to do next. Anything sent back to the manufacturer will not be refunded.
In some situations we give only partial refunds (where this applies):
- A suitcase or other luggage item has castor wheels unlike the ones pictured.
- An item is damaged, is missing parts or is no longer in its original condition, for reasons that are not our fault.
- An item comes back more than 30 days after it was delivered.
Refunds (where this applies)
When your return has arrived and been inspected, we will email you to say that it reached us. We will also tell you whether your refund has been approved or rejected.
If it is approved, we process the refund, and the credit goes automatically to your credit card or other original payment method within a certain number of days. Credit unions have sometimes taken longer than 5 days to return funds to customers. That is outside our contro""",
                       ("back to the manufacturer", "we give only partial refunds")),

    "yuntuoutdoorbackpack": ("""1. What This Policy Covers
This Return & Exchange Policy covers the standard outdoor backpacks sold on this site. Every product is made by standard processes and checked for quality in the same way; none is customized or specially processed. Placing an order means the user accepts this policy.
2. What a Return or Exchange Requires
A product can be returned or exchanged only if it meets every condition below:
(1) It is unused and shows no marked wear, no stains and no damage caused by people;
(2) Its structure is whole, and its accessories, tags and original packaging are all there;
(3) It has not been cleaned without need, modified, or taken apart;
(4) It is in the condition in which it was shipped.
A product that fails these conditions may be refused.
3. How to Apply
To return or exchange an item, send a request through the contact channels listed on this site, giving the order details and describing the problem. When the request has been checked and approved, we send you return instructions.
Unless customer service tells you otherwise, every approved return goes to this address:
Return Address
1 Example Avenue
Redlands, CA
United States
Do not send a product back before it has been authorized. A return we did not authorize may be processed late or refused.
To speed things up, give full and correct details in your request, and put any return authorization details in the parcel with the item you send back.
4. How Returns Differ from Exchanges
By a "return" we mean that the user sends the item back and asks for a solution, for example a refund where it ap""",
                             ("return authorization details in the parcel",)),

    "steamboathatter": ("""Return Policy

-Any ready-to-wear hat bought from our shop that you are unhappy with can be sent back within five business days of its arrival, for store credit. For a refund (original shipping and return shipping charges are NOT refunded), the hat has to come back unused and in new condition, in its original box and packaging and so on. Let us know if you plan to return a hat. All

 -Hats that were custom ordered, distressed or branded can NOT be returned or refunded.

-No sale item can be returned, and none is refundable.

-No photo shows exactly what the eye sees. We will use the felt colour you agreed to, but photos of felt vary, and each felt turns out with its own colour and markings. For that reason we cannot take a hat back because its colour differs from a photo. Thanks for understanding.

-Every sale of a vintage item is final.

-Deposits paid on custom hats are not refundable.

-Every custom order sale is final, with no return and no refund. A custom hat is made for you alone, sized exactly to the measurements you give us. We will work with you until the hat fits just right. If you order a custom hat online, you may need a final steaming and fitting at a western or hat shop near you to match the shape of your head.

-Remember that screens differ, so the colours of hat felts can look different from device to device. We try our best to show the hats' true colours. Many people also edit the photos they post on social media, which can change how a hat looks.

-We care a great deal about your satisfaction. Measure your head carefully before you order: a wrong measurement means the hat will not fit as it should.""",
                        ("cannot take a hat back because its colour differs", "deposits paid on custom hats")),

    "tophatgearus": ("""At HATSHOP.example we are proud to bring baseball fans around the world premium caps under MLB licence. We trust you will enjoy your new team gear (whether you back the Baltimore Orioles, the LA Dodgers or the NY Yankees), but we know a return or exchange is sometimes needed. We wrote this policy in the same fans-first spirit in which we choose every authentic cap we sell.

Our Return Promise

Most items can be returned within 15 days of delivery (exceptions are listed below). Everything you send back must be:

  • Unworn and in its original condition, with every tag still on
  • In its original packaging (authenticity labels included)
  • Sent together with your order number
Please note: for hygiene reasons we cannot take back custom-fitted caps or personalized items unless they are defective. That way every fan gets goods of the strict quality we insist on.

Returns in 3 Simple Steps

Step 1: Start Your Return

Within 15 days of getting your order, email customer service at service@hatshop.example and give us:

  • Your order number
  • The item(s) you want to return or exchange
  • Why you are returning them
  • Whether you would like a refund or an exchange
Sample email: Subject: Return or exchange, order #[number] Hello, I'd like to [return/exchange] items from order #[number]. Item(s): [the caps, e.g. a Dodgers fitted cap] Why: [fit, a defect, or another reason] I would like: [my money back, to the way I paid/another cap] Please tell me what to do next; the item meets your return conditions. Thanks, [name, email]

Step 2: Pack & Send

Once your return authorization reaches you:

  1. Pack the item(s) securely, in the original box if you can
  2. Put a copy of your order confirmation in the parcel (or write your order number on it)
  3. Send it to our warehouse at:
Hat """,
                     ()),

    "cellarleather": ("""RETURNS & EXCHANGES POLICY

Every belt is made to order, and every belt sale is final. CELLARLEATHER.example may, at its sole discretion, refuse to take back or exchange any goods that fail the terms of this Returns & Exchanges policy.

Unless a return comes about through a mistake of ours, the shipping charged on your original order is not refunded.

Since each leather belt is handmade to order, a belt returned because the wrong belt size was ordered carries a 25% restocking fee.


                        REFUND POLICY

Because belts are custom made to order, a belt can be returned or exchanged only once we have confirmed a return authorization. We decide each request based on the circumstances of each order.

    A return or exchange needs a return authorization, and the product must not have been used or worn in any way. Pack the goods securely in their original box and packing materials, and put the authorization form in with them. We refuse any return or exchange that arrives without its documents properly filled in.

     For questions about an exchange or a return, email us at belts@cellarleather.example with the date and number of your order.""",
                      ("wrong belt size was ordered", "circumstances of each order")),

    "berlinslim": ("""Refunds & Replacements

Can I have my money back?

Yes! For 30 days after you buy your product, you can have a full refund. If you bought your wallet on Amazon, go through Amazon's own refund process.

How is my refund paid?

It goes back through the payment method you bought with. If you paid with PayPal, for instance, the refund comes through PayPal.

When does my refund arrive?

We send your refund as soon as the product you are returning has reached us.

My product broke: may I have a new one?

Yes! For one year after the date you bought it, we replace any defective product.

When does my replacement come?

We send it as soon as the defective product reaches us.

Who pays the shipping for returns and replacements?

We do: we pay every cent of the shipping for returns and replacements.

How do I ask for a refund or a replacement?

Fill in the form below and we'll be in touch!

You'll find your order number in the confirmation email we sent when you ordered.""",
                   ("bought your wallet on amazon",)),

    "guderumbrella": ("""Refund policy
Returns and exchanges
You have 7 days to return an item and 14 days to exchange it, both counted from the day it is delivered.
A returned item has to be unused, free of faults, in the condition in which it reached you, and in its original packaging. (Until the item reaches us it remains your responsibility, and you pay the shipping to send it back. Shipping costs are not refunded.)
Refunds (where they apply)
Once your return has arrived and we have checked it, we email you to confirm that it reached us, and we also let you know whether your refund is approved or rejected.
An approved refund is processed and credited automatically, within some number of days, to the credit card or other payment method you originally used.
Late or missing refunds (where they apply)
If no refund has reached you yet, look at your bank account once more.
Next, ask your credit card company; it can take a while before a refund is officially posted.
Then contact your bank, since refunds often need some time to process.
If you have done all of this and still have no refund, get in touch with us.
An exchange is possible when the umbrella is unused and undamaged and you would like a different one in its place. Exchange requests have to reach us within 14 days of the goods' arrival, the items must come back in a condition fit for resale, and every label must still be on them.
Returning defective items
Check your delivery within 48 hours of receiving it. Should a problem or failure show up within 30 days of receipt, tell us straight away, and we will arrange the item's return at our own cost. Send the item back within 7 days of being told the return is approved; once the defective goods reach us, we give a full refund or a replacement.
How to return the umbrella
Photograph the damaged part, showing it in as much detail as p""",
                      ("exchange requests have to reach us within 14 days",)),

    "vultrak": ("""Return Policy
Time Limit: A return can be requested up to 30 days after the delivery date (your shipping confirmation email shows that date). We do not accept returns sent after those 30 days.
Condition: A scarf must be unused and in its original condition, with no sign of wear, no stains and no damage. Its original packaging must be complete: the VULTRAK.example dust bag, the tags and any care cards that came with it. A scarf that has been washed, worn even once, or ironed the wrong way cannot be returned.
Exceptions: Scarves that are personalized or custom made (with a monogram or a custom print, for example) are final sale and cannot be returned or exchanged, unless they reach you with a manufacturing defect (such as loose stitches or a flaw in the fabric).
Ask for a Return Authorization (RA): Write to service@vultrak.example, our customer service address, giving the scarf's name, your order number and a short reason (say, "the colour is not as in the photo" or "I ordered the wrong style"). For a defective scarf, attach 2-3 clear photos of the problem; they help us settle your request sooner.
Approval & Instructions: Within 2 business days our team reviews your request. Once it is approved, we email you an RA number with full details:
The address of the warehouse to send the scarf to.
Either a prepaid return label (when the return comes from our mistake, such as a defective item or the wrong style sent) or directions for sending the item back yourself (for returns that are not our mistake, the return shipping is yours to pay).
Sending It Back: Fold it neatly into the dust bag and packaging it came in. Put the RA number in clear writing on the outer side of the shipping box, so that we can recognise your return quickly, and take it to the carrier location named in our email. To keep the parcel from going astray, we suggest a shipping service with tracking.
Inspection: When your scarf reaches us (usually 3-5 business days from the day you post it), our team inspects it to make sure""",
                ("ra number in clear writing",)),

    "thepashminastore": ("""How can I return something?

Returns & Exchanges: An unused item can be sent back within 30 days, either for a refund of what the product cost or for an exchange. It has to reach us as good as new, with every tag still on it, in its original packaging. Put in a copy of the shipping receipt that came with your order and a note saying whether you want a return or an exchange (for an exchange, note the item you would like instead), and post it to this address:

PASHMINASTORE.example
1 Example Lane
Houston, TX

Every cost of sending the item(s) back to us is yours. As we cannot answer for post that goes missing, you may want to insure the parcel. For any exchange, please include $5.00 toward return shipping. When the item you want in exchange is dearer, please pay the difference too. If you would like us to call you to charge exchange fees to your card, include your phone number; checks can be made out to PASHMINASTORE.example. When the item you take in exchange costs less, we refund the rest to the payment method you first used.

When a return or exchange meets every condition, no restocking fee is charged. Gift service and shipping costs are never refunded. For items that shipped free or by Priority/Ground, we refund the price of the product minus the full shipping cost we paid.

No return or exchange is possible unless the original tags are still attached. An item with its tags removed, that smells of smoke or perfume, that is covered in hair, or that has plainly been used is either sent back to you at your cost or charged a 20% fee for cleaning and restocking. We accept nothing back after 30 days. Every refund goes to the payment method originally used: an item bought by credit card, for example, is refunded to that card, and one paid by check is refunded by check.""",
                         ("$5.00 toward return shipping", "please pay the difference too", "costs less, we refund the rest",
                          "gift service", "minus the full shipping cost we paid", "20% fee for cleaning and restocking",
                          "refunded by check")),
}
