"""The test90 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "funboardgaming": ("""At FunBoardGaming.com, we want shopping with us to feel as good as pulling off a flawless plan in the board game you love best. If what you bought fell short of what you hoped for (a bit like drawing the worst card at the worst moment), our simple returns process is here to help.

Our Return Policy

Most items can come back for a full refund or an exchange if you return them within 15 days of delivery. Such a return qualifies when:

  • the item is unused, and just as it was when it reached you
  • every piece of its original packaging, every component and every rulebook comes back with it
  • where the item came in shrink wrap, it is still in that original wrap

Non-Returnable Items:

To look after every gamer in our community, we cannot take back:

  • games that have been opened or used (unless they are defective)
  • custom or personalized items, such as engraved deck boxes or accessories for gaming
  • downloadable content and digital parts of games
  • clearance items labelled "final sale"

How to Initiate a Return or Exchange

Starting a return takes a few easy steps:

  1. Write to returns@funboardgaming.example within 15 days of your order reaching you, saying you want to send something back
  2. Give your order number and tell us which product you want to return or exchange
  3. Wait until we approve it: we reply within 2 business days with the return instructions
  4. Pack the item securely, in its original packaging where you can
  5. Post it back to our headquarters:
    Board Game Store
    100 Example Drive
    San Antonio, TX 78240
    USA

Return Shipping

You pay the cost of sending a return to us, unless the return comes from a mistake of ours (sending you the wrong item, for instance). We suggest a shipping service with tracking, and shipping insurance for valuable items such as premium organizers or imported games.

Refund Processing

When your return has arrived and been inspected (this usually takes 3-5 business days), we will email you to let you know that""",
                       ()),

    "uspsohio": ("""Thanks for buying from our website. Our aim is that you end up fully happy with your order, so please read the return policy set out below:
1. Original packaging:
– Every item you send back has to come in its original packaging, together with all the accessories it was shipped with.
2. Time to return:
– Within 30 days of the item reaching you, you can ask to return it for an exchange or a full refund.
3. Getting in touch:
– Please get in touch with us before you send anything back. We will give you the return instructions and the address to return it to.
If you have any question, just contact us (we answer within 24 hours).
Email: returns@uspsohio.example
4. Return postage:
– The buyer pays the return postage, unless the return is the result of a mistake of ours (for example, we sent the wrong item or a defective one).
5. Postage for exchanges:
– When an exchange is needed, we pay for shipping the exchange item back to you.
6. Defective items:
– If what you receive is defective, email us within 7 days. We answer within 24 hours and put the problem right.
7. Your satisfaction:
– Your complete satisfaction matters to us, and we will do all we can to earn your trust and your recognition.
Any question or concern about returns? Our customer service team is glad to hear from you and to help.
This return policy covers every item bought on this website. Please read these rules carefully and make sure you understand them before you return anything. Thank you for your support and your cooperation!""",
                 ("shipping the exchange item back to you",)),

    "rctoysuk": ("""At Model Craft Shop, we are proud to send model kits and accessories of high quality to enthusiasts all over the world. Sometimes an item has to come back or be swapped, we know, so we have kept the process as simple as we can for the model builders and collectors we serve.
Our Returns Policy
Returns are accepted for 15 days after your order reaches you. A return qualifies only if:
- the item is unused and still in its original packaging
- every original part and accessory comes back with it
- the item is just as it was when it reached you
Important Note: some specialist items are delicate, so we cannot take back:
- balsa wood kits that have been opened (the material is fragile)
- model kits that have been assembled or started (plastic, architectural or matchstick kits)
- items made to a custom order or a special request
- clearance/sale items labelled "final sale"
How to Initiate a Return or Exchange
To return or exchange an item, follow these easy steps:
- Contact Us: within 15 days of your order reaching you, email our customer care team at returns@rctoysuk.example, with:
- your order number
- which item(s) you want to return or exchange
- why you are returning it
- whether you would like a refund or an exchange
- Receive Authorization: within 2 business days we send you an RMA (Return Merchandise Authorization) number together with the instructions for your return.
- Package Securely: pack the item carefully in its original packaging again, with everything that came with it, and put in a copy of the confirmation of your order.
- Ship Back: post the parcel to: Model Craft Shop Returns
12 Example Road
St. Asaph, GB CH8C 1ZU. The item is your responsibility until it reaches us, so we suggest a shipping service with tracking.
Return Shipping Costs
You pay the cost of sending a return unless it comes from a mistake of ours (a wrong item sent, or a defective product). For exchanges, we pay for shipping the replacement item to you.
Refu""",
                 ("shipping the replacement item to you",)),

    "chessmaze": ("""Returns
Returns Policy
A refund is given only for items that are still unused and in excellent condition for resale as retail goods. All of the retail packaging has to be intact for the item to qualify.
Please note: anything that does not meet the criteria of this return policy will be returned to the sender straight away.
🕒 Return Deadline
You have 14 days to let us know, plus an additional 16 days from the day you received it: 30 days in all.
📦 Packaging Requirements
- The set has to be unused and in pristine condition.
- Put in every piece of the original packaging, the brown card outer carton included.
- If that is missing, use a suitable replacement so that it travels safely.
- Make sure the branded inner packaging is whole and undamaged.
- To help us resell it, keep the inner packaging free from parcel tape and clean.
- If your chessboard came with corner protectors, keep them and use them again.
📝 Include in Your Return
- Your full name, address, phone number and, if you can, the order number.
- You may also add a copy of your packing slip to speed things up.
📬 Return Address
CHESSMAZE UK Returns Department
Unit 1 Example Lane, Shropshire, SY00 0XX
📮 How to Send
- For good rates, we suggest taking it to Parcel Force at the post office near you, or using a courier such as Parcel2Go.
- Make sure the item is well insured on its way back.
- The company does not pay the cost of returns.
⌛ Refund Processing Time
Refunds are usually processed within 2-6 days once the unused item has reached us in good condition.
🔄 Exchange Policy
To exchange an item, ask for a refund first, and then put in a new order for the item you want.
✅ Return Checklist
- Pack the set securely in its original packaging.
- Put in your details and the packing slip.
- Send the item back safely.
When your return follows these guidelines, we process your refund promptly.
If you need more help, get in touch with our customer support team.""",
                  ("returned to the sender", "additional 16 days", "free from parcel tape", "corner protectors",
                   "name, address, phone number")),

    "sewmaxindustrial": ("""Overview
SewMax does all it can to show every machine, piece of equipment and accessory as well as possible, with full descriptions and as many pictures as we can, so that you, the buyer, know just what you are buying, what it costs and how long each item should take to ship.
Most of our new machines carry a 1 year limited warranty, which covers their mechanical and electronic parts. Parts that wear heavily in normal use (hooks, loopers, needle plates and needle bar screws, bobbin cases, feet and the like) are not covered: keeping the machine running at its best through normal maintenance is up to the buyer.
Each machine leaves us assembled and tested, and for electronic machinery (tackers, pattern machines and so on) we show the buyer videos before shipping, so you can be sure it performs to your exact specifications.
Under your warranty, SewMax supplies and ships you any parts the warranty covers that you are mechanically able to fit yourself during the warranty period. When a problem is beyond what you can fix, all warranty service is done at our facility in Dallas, Texas: you either bring the machine to us, if you are close enough, or ship it to us (in most cases only the head). The customer is responsible for delivery and/or shipping both ways.
We take returns only when an integral component has a major breakage, or a major defect from the factory is preventing a quick fix. To qualify for a return, the item has to be unused and just as it was when you received it, and it has to be in its original packaging.
The return period is 7 days from when the machine reaches you. Call us at 555-0100 to give us your details and to help us determine any i""",
                         ("1 year limited warranty", "shipping both ways", "preventing a quick fix")),

    "revolutionfabricsshop": ("""When you buy fabric from www.revolutionfabricsshop.example, you accept the terms and conditions below.
Return and Exchange Policy
- Asking for a return: you must do so no later than 30 days after the invoice date. Nothing can come back unless we have authorized it in writing.
- Samples: samples are neither refunded nor taken back.
- Cut Fabric: once fabric is cut it cannot come back. Please inspect for flaws as soon as it arrives.
- Altered Fabric: we do not take back items that have been altered or processed.
- Custom Orders: custom and special orders, and discontinued fabrics, are all final sales and cannot be returned.
Shipping Damage
- Any claim for damage in transit has to be filed with the shipping carrier. After delivery, www.revolutionfabricsshop.example is not liable for damage.
Fees
- Restocking Fee: authorized returns carry a 25% fee.
- Shipping Costs: not refunded. When items you return had qualified for free shipping, what that shipping cost is taken off your refund.
Discounts
- Code "swatches10": meant only for free sample swatches. If you use it on yardage, we will cancel your order.
Returns and Exchanges
- Every item has to be unused and in its original packaging, and come with proof of purchase.
- Return Address:
-
STI Fabric & Trim
100 Example Ave
Verona, MS 38879 - Defective items: we send you a return shipping label and pay the shipping of replacements.
Shipping Methods
- Folded Shipping: $15.00 for fabric of 3 yards or less.
- UPS Ground: about $30-50 for fabric over 3 yards.
- Quicker services: Next-Day, Second-Day Air or 3-Day Select (the customer pays for these).
- Free Shipping: on orders above $100 shipped within the continental US (not Alaska, Hawaii, Mexico or Canada).
- International Shipping: only to Canada and Mexico; the customer pays the customs and shipping costs that go with it.
When you buy fabric from www.revolutionfabricsshop.example, you accept these terms and conditions.""",
                              ("inspect for flaws", "filed with the shipping carrier", "qualified for free shipping",
                               "will cancel your order")),

    "crafibes": ("""Refund policy

Our refund policy runs for 7 days: you have 7 days from the day your item arrives to ask for a refund.

To begin a return, email us at support@crafibes.example, or go to your account and manage your orders there. Once your return is accepted, we email you a label for the return shipping, ready to print. Please pack the item in its original packaging together with all of its original materials and accessories. We will not accept anything sent back to us before a return was requested.

Any question about returns or refunds can always go to support@crafibes.example.

Items have to come back in the original condition they were shipped in, bundles and add-on purchases included. New items need all of their original packaging and materials, with no signs of use. Make sure the parcel is postmarked within 7 days after delivery. When an item comes back not in its original condition, or arrives after the 7-day return period, we keep back a restocking fee of 20%, worked out on the price paid. Heavy signs of use can push that fee above 20%. We may refuse to take back any item once our return period is over, and any item that does not reach us in its original condition. When the item is back with us and we have inspected it, the buyer is refunded the original selling price less the shipping charges both ways (and any restocking fees that apply). For some items, the shipping we charged was only a partial charge of what shipping actually cost us; the refund is reduced by the full outbound and return shipping charges.

Finish Flaws
Some ways of manufacturing leave faint buffing marks you may see in some light, and woods of different kinds can show knots and shades that vary. Before anything ships, we check every product for major defects affecting how the instrument looks and plays. Faint buffing marks and variations in the wood grain are not considered defects, and returns made for that reason are handled under our usual return policy. Should we find a defect p""",
                 ("postmarked within 7 days", "restocking fee of 20%", "heavy signs of use", "partial charge",
                  "not considered defects")),

    "drumcenternh": ("""Drum Center of Portsmouth Return Policy
So that we can give every customer the best, most consistent service, please read the policies below and see how they apply to your order. Any questions? Call us at 555-0100.
You can print a return label from this page. Check the details below to be sure your item can come back.
Before you send an item back, please phone us at 555-0100 or email support@drumcenternh.example.
All new items can be returned within 30 days of the product reaching you. We do NOT take back used items, clearance/blowout items, layaway, or special/custom order items.
Nor do we take back earplugs, or any other item where hygiene is involved.
If you want to send an item back within 30 days of getting it, every one of these conditions MUST be met:
Every original packaging material has to come back, in the condition it arrived in.
The original invoice or sales receipt has to come back too, with any other paperwork that was packed with the item or came with it.
Each item must be unused, with no sign of use or wear, no stick marks, no smudges and no fingerprints. If we cannot sell the item in the condition it was sold to you in, that item is subject to a 15% restocking fee. Sticks or heads that show any use cannot be returned.
After the 30-day grace period mentioned above, items can no longer be returned.
You pay the return shipping, and if you choose to return an item, we do not refund the original shipping, whether or not you were charged for it. (Say you send back a $400 snare drum we shipped to you for free: the credit or refund you get will probably be $15-30 below the price you paid - $385-$370 - because of what shipping the drum to you cost us.) This policy covers every shipment wh""",
                     ("subject to a 15% restocking fee", "sticks or heads", "shipped to you for free")),

    "highfidelityvinyl": ("""Vinyl Return & Exchange
How returns and exchanges of vinyl work
Every parcel we send is insured automatically against damage and loss on the way. So if your order reached you damaged, or never arrived at all, you are entitled to an exchange or a replacement.
What to do when your order arrived damaged or went missing in transit.
If your order went missing in transit, or an item reached you damaged,
you can also write to us at contact@highfidelityvinyl.example and we will open the damage claim on your behalf.
What counts as damage:
- breakage
- a torn outer sleeve
- tears in inner sleeves
- badly bent corners
- physical scratches on the vinyl that make the needle skip when playing
What is generally not considered damage:
- small splits along the seams of inner or outer sleeves, or dinged corners: these are common when vinyl is shipped around the world, and they are not covered
- vinyl whose colour differs slightly from the photo
- variations in the colour of the vinyl
- pressing specs that do not make the needle skip
- light scuffs and very light scratches
- slight warping
Defective LPs:
Every record we sell is new, unopened and shrink-wrapped at the factory. A claim for factory-defective merchandise must reach us within 3 days of the date of delivery.
When a record has damage made at the factory, we take it back, because defective records go back to the manufacturer.
We open a return, and once the defective record is back with us, you receive a refund or a replacement record.
What counts as a defective LP:
- a record that skips because the vinyl is physically damaged
Every return needs our approval, so write to us at contact@highfidelityvinyl.example and we will explain what to do.
We review each claim and may, at our discretion, offer you store credit, a replacement or some other remedy as the applicable laws provide.""",
                          ("never arrived", "not considered damage", "once the defective record is back")),

    "thecomicconstruct": ("""We understand: things happen in shipping. If your items turn up damaged, just get in touch and we will replace the damaged items. If the package looks damaged the moment it is delivered, do not open it: photograph it and send us the picture. Write "RETURN TO SENDER" on it, or put a label saying so on it, and hand it in at your local post office or to your USPS carrier; we will handle it from there. When the package is back with us, we send your order out again at no extra charge to you.
When the package looks fine but items inside were damaged because of poor packing, once more send us a photo of the item that was damaged, and we will either ship a new one to replace it or refund you.
Claims for damaged products will not be accepted more than 10 days after the item was delivered.
Refunds are given for no reason except damage caused by the shipping company's mishandling, or items we missed that were damaged in packing.
Unless the item's description says otherwise, we do not guarantee any comic's grade.
Items that were not filled as you ordered them can be exchanged within 10 days of delivery. Any item that did or did not reach you because of something the buyer did is not our responsibility.
Sales of Single issue and Ratio Bundle items are Final. From now on these items cannot be cancelled or refunded, unless they reach us damaged from the distributor and the distributor makes no replacements available.
FOC Orders are invoiced once every issue in the order has arrived, and Subscriptions are invoiced monthly, on the 1st. After the invoice is sent you have a 5 day grace period to pay it. Your items ship once the invoice is paid.
If an invoice is not paid after the 10""",
                          ("return to sender", "damaged from the distributor")),

    "tradingcards": ("""Refund Policy
Single and graded cards are not refunded, with a few exceptions.
If the card you receive is not the card you ordered, you can email us at support@tradingcards.example within 14 days (28 internationally) of the cards reaching you.
When you have received an incorrect card, we check our stock and confirm that the order was wrong; you then send the incorrect cards back to us, and we send you the correct ones (we send the replacement only once we receive the product back, and your next order gets a free shipping coupon). If we cannot send the correct items, we refund you in full.
Sealed product is not refunded: this includes, among other things, sealed boxes or packs of cards, as well as accessories like toploaders, sleeves and deck boxes.
If you place several orders and pay shipping on each, we may combine them into one shipment.
When we do, the cost of the excess shipping is refunded to you either as Store Credit (a gift card code) or as a code giving free shipping on your next order.""",
                     ("28 internationally", "once we receive the product back", "free shipping coupon",
                      "excess shipping")),

    "theartstorecny": ("""Shipping & Refunds

REFUND POLICY

The Art Store
REFUND POLICY

Returns

Thanks for shopping with us!!

If an item you bought does not please you, you can return it up to 30 days from the date you bought it, as long as the return follows the guidelines below. Once more than 30 days have passed since your purchase, we are sorry, but we cannot process your return.

A return qualifies only if the item is unused and just as it was when it reached you, and it has to be in its original packaging.

Your return needs proof of purchase.

In some situations only partial refunds are granted (where they apply), for example, though not only:

Items that are not in their original condition, or are damaged or lack parts, for reasons that are not our fault.

Refunds (if applicable)
When your return has arrived and been inspected, we email you that your returned item has reached us, and we also tell you whether your refund has been approved or rejected.
Once it is approved, we process your refund, and the credit goes automatically to your credit card or the original way you paid, within 5 business days.

Late or missing refunds (if applicable)
No refund yet? Look at your bank account once more first.
Then get in touch with your credit card company: it can take 3-5 business days for the refund to be officially posted.
After that, contact your bank. A refund often takes some processing time before it is posted.
If you have done all of that and the refund has still not reached you, please write to us at hello@theartstorecny.example

Exchanges (if applicable)
We replace items only if they arrive defective or damaged. Should you need the same item in exchange, email us at hello@theartstorecny.example and post your item to: The Art Store, 100 Example Boulevard East, Syracuse NY 13210

Shipping

We deliver only within the 48 continental states of the US. Orders over $35 Ship""",
                       ("only partial refunds are granted",)),
}
