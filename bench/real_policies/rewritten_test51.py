"""The test51 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "coolartmall": ("""- No returns or refunds. Art supplies (paints, canvases, brushes and the like) raise hygiene and customization concerns, so every order counts as a final sale as soon as it is confirmed. We turn down return and refund requests in these cases:
Goods that are unopened or that have been used (colour swatches and pen tests included);
Requests made for the customer's own reasons (the colour looks different, the wrong size was picked, and so on);
Promotion, clearance or customized goods (engraving and painting tools, personal colour-matching sets and similar). - Exceptions
If what you receive has one of the quality problems below, send evidence (photos or videos) to our customer service email, churchatory@coolartmall.example, within 48 hours of signing for the parcel. Once we have checked it, we will replace the goods or compensate you:
Damage or heavy soiling caused in transit;
Goods that clearly do not match the order description (for example the wrong item was sent, or something is missing). - Points to note
Look over the outside of the parcel when you sign for it, and refuse to accept damaged packages.
Customer service answers emails within 3 working days. Please give the full order number and describe the problem so we can handle it.
Nothing in this policy limits the rights the law gives you (such as statutory quality guarantees). - Contact and disputes
Questions about this policy can go to churchatory@coolartmall.example. If a dispute arises, both sides will first try to settle it by talking it through.""",
                    ("refuse to accept damaged packages",)),

    "minimecanvas": ("""Refund & Return Policy
Personalized Canvas Prints: No Returns
Every canvas is made to your own specifications, with your chosen characters, photos and artwork, so all sales are final. Once an order is placed we do not take returns or give refunds.
Exceptions: Damage or Our Mistake
If your canvas arrives damaged, or we got something wrong (a printing flaw, customization done incorrectly), contact us within 7 days of delivery and we will sort it out quickly:
- Send your order number, a description of what went wrong and a clear photo of the damage or error.
- When we have confirmed it, we will offer, free of charge:
- A replacement canvas, or
- A refund (original shipping costs not included) or store credit, whichever you prefer.
You pay no restocking fee and no return shipping, and we will never ask you to send the item back unless we tell you to.
Unhappy with the Design?
If the finished design isn't what you envisioned, contact us within 30 days of delivery. Personalized pieces are not normally refundable, but we will try to put things right:
- You may be offered store credit or a voucher toward a replacement order (less the original shipping).
- A refund is given only when the problem comes from our own mistake.
Cancelling an Order
To cancel or change your order, get in touch within 2 hours of placing it. After that, production starts straight away and a cancellation may no longer be possible.""",
                     ("never ask you to send the item back", "isn't what you envisioned")),

    "sterlinglens": ("""Return and Refund Policy
Sterling Lens wants you to be happy with the photography gear you buy from us. This policy sets out when and how you can return, exchange or get a refund.
1. Who Can Return
You can ask to return an item that is defective, damaged or not what you ordered within 7 days of receiving your order. To qualify:
- The item must be unused and in its original packaging.
- You must show the original receipt or other proof of purchase.
Note: Returns are accepted only for items that arrive damaged, defective or incorrect. Because of what photography equipment is, we cannot take returns for reasons such as changing your mind.
2. How to Return
To start a return:
- Get in Touch: Email us within 7 days of receiving the item to ask for a return.
- Give Details: Tell us your order number and the reason for the return, with photos of the faulty or wrong item where relevant.
- Return Approval: We will look at your request and, if we approve it, send you instructions for sending the item back.
Please Note: Returns that were not authorized, or sent without our approval first, may be turned away.
3. Refunds
When your return has arrived and been inspected, we will tell you whether your refund is approved or rejected.
- Approved Returns: An approved refund is processed, and you are paid the amount in cash upon return pickup or delivery.
- Rejected Returns: If we reject it, the item will be sent back to you.
Shipping fees are not refunded, and the cost of return shipping may be deducted from your refund unless the return is caused by our error.
4. Exchanges
If you received a faulty or wrong item and would rather have an exchange than a refund, say so when you contact us to start the return. Exchanges depend on stock.
5. Exceptions
We do not take returns or give refunds for items that:
- Show signs of use or damage not caused b""",
                     ("in cash upon return pickup", "the item will be sent back to you",
                      "cost of return shipping may be deducted")),

    "photovisionprints": ("""Returns & Refunds

Table of Contents

Updated on April 6, 2023


New Film Purchases

A new film order that has not shipped yet can be cancelled for a full refund. After the film has shipped, the sale is final.

Film Lost in the Mail

If a film processing order does not arrive at our facilities within a reasonable time, every processing item on it can be refunded. If you think your order was lost in the post, please contact us.

Film Damaged in Processing

We refund automatically any roll damaged in processing beyond the range of defects normally expected, including (but not only): drips, chemical splashes, roll identifiers (twin-checks) covering images, uneven processing, agitation marks, and under- or over-development caused by shifts in chemical activity or temperature.

Film Damaged in Processing Due to Operator Error

Film damaged in processing due to operator error is refunded, and we supply replacement film of similar ISO speed and process type, along with a non-transferable lab credit worth the original order.

Blank Rolls

Any roll that is processed and found to be blank is refunded automatically.

Film Scanning

Scanning film is a subjective, artistic process, so now and then our interpretation will not match yours. When that happens, please contact us so we can understand what to change and whether we can deliver what you expect. If we find we can reasonably produce what you are after, we keep the right to re-process the order. If the result is still not acceptable, we refund the order in full and send your negatives to any address you choose in the continental US.

All Other Situations

In any other situation, when there is no other agreeable solution, we will refund the order in part or in full.""",
                          ("does not arrive at our facilities", "damaged in processing beyond", "due to operator error",
                           "found to be blank", "right to re-process the order", "no other agreeable solution")),

    "posterprintshop": ("""Unlike everyday household goods that can be put back on the shelf, every order we make is printed to order from your own files. Time and materials go into making your prints, so they cannot be sent back or refunded.
So there are no refunds on orders unless a print is damaged during shipment. If a print does not meet your expectations for any reason, contact us as soon as you can so we can work out with you what happened. If we made a mistake in printing, we will do all we can to fix it. To receive a re-print, you must tell us about any problem within one week of your print(s) being delivered.
We can re-print a single order a maximum of two times. If none of the three prints satisfies you, the cause is most likely your file or its colour settings, and you will need to fix the file and place a new order.
Please note that we cannot re-print or refund Order Wizard orders with size or placement issues, because you accepted the layout in the wizard. You could download a proof showing the size and layout, and at checkout you agreed to our Terms of Service, confirming you had checked the layout and size and were happy with the proof.
Read every prompt and explanation in the wizard carefully: it explains sizing and aspect ratio and shows a proof and thumbnail of your layout before you order. Any white space you see around your image in the wizard will be on the print you receive; this is explained in several places in the wizard, with tips on resizing to avoid it.
We also cannot offer re-prints for orders placed with the Advanced Order, since that method is meant for experienced customers with large files or other needs who are sure their files match the sizes they order.""",
                        ("maximum of two times", "size or placement issues", "advanced order")),

    "moriartycreations": ("""Return Policy


Return Period: You have 30 days to return a purchase, which gives you time to decide about it. Once more than 30 days have passed since the purchase date, we cannot give a refund or exchange. Keeping to this period keeps returns manageable and prompt and lets us keep our service and products to a high standard. We suggest you check your items soon so you can use the return policy if you need to.

Condition for Return: To qualify for a return, the product must be unused, in the condition you received it, and sent back in its original packaging. A poster, for instance, should be re-rolled with the glassine paper, put back in its tube, and the caps fixed with staples or tape. Returning things this way keeps the product in good shape so it can be restocked or used again, which supports our commitment to quality and to our customers.

Non-returnable Items:

  • Gift cards
  • Downloaded products

Return Procedure: We need a receipt or proof of purchase to process your return.

Refunds Process: When your return has arrived and been inspected, we will let you know our decision on the refund. Approved refunds are normally paid back to the original payment method within 5 business days.

Tracking Late Refunds: If your refund seems late, ask your bank or credit card company about it. How long a refund takes depends on each institution, and there may be a wait before it is processed and shows in your account. We suggest you keep an eye on your account and stay in touch with your bank or card provider so you know how the refund is progressing.

Sale Items: Regular-priced items can be refunded, so you can shop with confidence. However, items purchas""",
                          ("re-rolled with the glassine paper",)),

    "stickerapp": ("""How do returns and refunds work?
We do not take back orders that have no defect. If something went wrong on our side, email us your name, order number and photos, and we will find a solution.
Our Returns & Refunds Policy Explained
Every custom sticker is made to order, so without a defect we cannot accept a return. If there is a problem with your stickers and it is our fault, we will put it right.
Email us your name, order number and photos of the problem so we can look into it and find a fix. Depending on the problem, that may be a reprint, a refund or a credit.
Errors in an order must be reported within one week of delivery so we can deal with them in time. For a refund, every sticker must be accounted for, and we may ask you to send the order back or give proof of the order's destruction.
We give no refunds or reprints for mistakes such as the wrong size being ordered, errors in the design, or a change of heart once the order has been printed.
Orders are made in the size shown on the website, so check the final size before ordering. We want you to be happy with what you bought and to help with any problem that comes up.""",
                   ("proof of the order's destruction", "wrong size being ordered")),

    "endlesspens": ("""NOTE: A return can be started within 14 days of delivery for a change of mind, a damaged item, or receiving the wrong item. Warranty issues are not covered by this.

 

Return FAQs

Items That Cannot Be Returned

  1. Pens bought in a Clearance Sale or a Buy One Get One promo
  2. Gift Cards
  3. Ink Bottles
  4. Ink Cartridges
  5. Converters
  6. Notebooks
  7. Any item bought for under $15
  8. An Inked / Used Pen (unless for warranty reasons)

 

Fees and Eligibility

Damaged Item

  • Requirement: The item must not have been used.
  • Fees: None
  • You can get: An exchange OR a 100% refund
What does not count as damaged?
  1. Scratches on the nib
  2. A nib split that is uneven
  3. Damaged gift boxes
  4. Cosmetic flaws the customer can fix

DISCLAIMER: A misaligned nib may not count as damage.

 

Wrong Item Received

  • Requirement: A photo of the item and of the SKU sticker on its original packaging*
  • Fees: None
  • You can get: An exchange or store credit worth the item**

*The SKU is a code of letters and numbers, normally on the back or bottom of the item's original packaging.

**If the product you ordered is no longer available, you get a 100% refund to the payment method you paid with.

 

Warranty Issues

  • Requirement: Pictures and a video of the problem with the pen.
  • Fees: The customer pays return shipping
  • You can get: A repair

If you have already inked the pen and it stops working properly after use, the problem falls under warranty. Our Warranty Policy page has more details.

 

DISCLAIMERS:

  • If we repair the pen and the customer will not accept it back, we will only refund 50% of the item's value. This applies to EVERY customer, Tiered Members included.
  • If the item under warranty is discontinued or cannot be repaired, you get a 100% refund as Store Credit.
  • Warra""",
                    ("scratches on the nib", "no longer available", "falls under warranty", "only refund 50%",
                     "cannot be repaired")),

    "lakemichiganbookpress": ("""shipping & returns
exchanges only
If you want to exchange your book, get in touch within 3 days of delivery. The buyer pays return shipping, the item must be postmarked within a week of contacting us, and it must come back in its original condition. Sketchbooks that have been used cannot be exchanged. An exchange or replacement is sent out once the original has been received.
Special-request custom orders: these cannot be exchanged unless they were damaged in shipping. A replacement is sent after the original comes back (we provide a free return label).
Damaged shipments: A replacement is sent after the original comes back (we provide a free return label).
shipping & delivery
After you place an order, we send you a link to our order queue so you can follow your sketchbook's expected ship date. Books are usually bound and sent within 1-2 weeks of purchase. One person makes each book by hand to order, so the wait can be shorter or longer depending on how many orders there are. If you need your sketchbook by a certain date and want it rushed, contact me before checking out to see whether that can be done.
Orders within the USA ship free by USPS or UPS Ground, and Priority upgrades can be chosen at checkout. International orders go by USPS Priority mail at a $25 flat rate for orders up to $200; orders over $200 pay a flat $75 shipping fee. Buyers pay any customs charges and import taxes, which their own country sets and collects. Return-to-sender packages do not get their original shipping charges refunded. Customs can cause delays we cannot avoid, so international parcels sometimes take many weeks to arrive.
We send shipping notifications with tracking details.
cancellations
Cancellations must be made within 48 hours of placing an order. An order cannot be cancelled after your order has""",
                              ("once the original has been received", "return-to-sender packages")),

    "picturewall": ("""Exchanges + Returns

We stand 100% behind what we make

***Free Shipping Offer (FREE shipping one way per order)

We want our customers to be pleased with our products. If the product does not satisfy you for any reason, we accept returns within 30 days of the purchase date. A standard $45.00 return shipping and handling charge applies to every US return ($65.00 for AL, HI, Canada) and is deducted from your credit card refund. It is charged "per unit", whether you return or exchange the item. The return shipping deduction is dropped ONLY IF we find the return/exchange was caused by a manufacturing problem with your Picturewall product.
***Note: If an order is cancelled after it has shipped, or refused at time of delivery, the free shipping offer is lost.
Every shipping cost Picturewall paid to and from the "ship to" address will then be deducted from the customer's refund.
  • Every return must come back in resalable condition, packed neatly (the way you received it) in all its original packaging, including the protective brown outer carton/box it arrived in (which protects the box in transit).
  • Every return must include all its original parts.
  • Every return must be in its original resalable condition.
  • Every return must come with the original Packing List or Invoice.
  • The Picturewall Company may further deduct from the customer's refund if any of these conditions are not met.
  • The Picturewall Company refunds your credit card after your Picturewall reaches us in resalable condition (allow 3 days from when we receive it for the credit to appear on your card record.)

To return or exchange

Email us at Contact@Picturewall.example and put the following in the body of your email to speed things up.

1. Order Number (on the paper packing list that came with your Picturewall or on your original email rece""",
                    ("$65.00 for al, hi, canada", "refused at time of delivery",
                     "further deduct from the customer's refund")),

    "dronexperts": ("""Refund Policy

Update/Update 2022-01-21

As is usual in the industry, most purchases made at DroneXperts can be returned or exchanged within 15 days of the purchase date, depending on the product and the state it comes back in.

Whether a return is accepted depends largely on the state of the returned product. A product may or may not be defective, used, or in resalable condition, and depending on this a restocking cost may be required (we will tell you when you talk to our service team).

Refund policy, consumer products (i.e. "general public", "recreational")

Covers:
Drones, accessories, cameras, cameras, camera accessories and cameras

We will not accept a return or refund if:
  1. The refund is asked for more than 15 days after the delivery date
  2. The product has been opened and/or activated
  3. The product sent back for a refund lacks any of its original accessories, attachments and packaging, or any item is not new or like-new, i.e. has cracks, dents or some scratches.
  4. Legal proof of purchase or receipts are not supplied, or we have reasonable grounds to think they were falsified or altered.
  5. A defect or damage to the product was caused by unauthorized use or modification of the product, including moisture, foreign objects getting in (water, oil, sand, etc.), or wrong installation or use.
  6. The product's labels, serial numbers, seal marks, anti-counterfeit marks, etc. show signs of tampering.
  7. The product was damaged by outside causes beyond our control, including fire, flood, high winds and lightning.
  8. For items with a manufacturing defect, the activation date exceeds 15 days after the delivery date.
  9. The product is an activation code (DJI Care, DJI Care Refresh, Osmo Shield, Enterprise Shield, trainings included).
  10. The product was an open box item, unless it arrived damaged.
The return will be acc""",
                    ("restocking cost may be required", "unauthorized use or modification", "signs of tampering",
                     "fire, flood, high winds", "activation date exceeds 15 days")),

    "lirelanature": ("""Skip to content
Closed to the public on Tuesday to Thursday for now so we can fill orders, until the end of March. OPEN FOR PICKUP ONLY TUESDAY TO SATURDAY. Orders may take longer than usual because of eclipse orders.
Closed to the public on Tuesday to Thursday for now so we can fill orders, until the end of March. OPEN FOR PICKUP ONLY TUESDAY TO SATURDAY. Orders may take longer than usual because of eclipse orders.

Return Policy

Product Return Policy

If you ordered the wrong item or simply don't like what you ordered, we will take it back within 30 days of the date we shipped it to you, as long as it is in new/unused condition*. Returns are accepted for store credit only.

*Please note we do not refund the purchase; we only give store credit.

We must approve the return before you send it. Email or call us for approval and include proof of purchase. You must give a valid reason for returning the item.
What a returned product must meet:
  • It must be in perfect, brand-new condition when it reaches us.*
    • It must come back in mint condition with no wear, dirt or blemishes. An item with a scratch on dovetail or eyepiece will not be accepted.
  • It must be complete and in its original packaging.
    • Items must come back in their original packaging with everything supplied: instructions, warranty cards, original accessories, hardware and any software.
  • It must be returned within 30 days of when you received it. Nothing is accepted after 30 days.
  • You pay all return shipping costs (customs fees included if you are in the United States)
  • We take the shipping and handling cost of first delivering the item to you off your store credit. The same applies if your item was free shipping: we deduct what it cost us to ship the product to you.
    • Example: Y""",
                     ("scratch on dovetail", "if your item was free shipping")),
}
