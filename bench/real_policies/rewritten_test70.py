"""The test70 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "catscornerbooks": ("""Refund Policy
Books that have had an owner before (pre-owned books) cannot be returned or refunded.
Other items may qualify for a return and/or a refund for up to 30 days after your order reaches you.
To qualify, an item has to be in the condition you received it in, unused or unworn, and still in its original packaging. The customer pays the shipping costs of returns/exchanges.
To ask for a return, email us at books@catscorner.example. When we accept your request, we will email you instructions and the address to send the item(s) to.
Items that come back to the shop without our approval will not be refunded.
Damages and Issues:
Please check your order when it arrives and tell us straight away if the item is defective or damaged, or if you were sent the wrong item, so that we can look into it and put it right.
Refunds:
When your return has arrived and been inspected, we will let you know, and tell you whether the refund has been approved. If it has, the refund goes automatically to your original payment method within 10 business days. Keep in mind that your bank or card company may need some time to process and post the refund. If it has been more than 15 business days since we approved your return, please get in touch at books@catscorner.example.
Other items may qualify for a return and/or a refund for up to 30 days after your order reaches you.
To qualify, an item has to be in the condition you received it in, unused or unworn, and still in its original packaging. The customer pays the shipping costs of returns/exchanges.
To ask for a return, email us at books@catscorner.example. When we accept your request, we will email you instructions and the address to send the item(s) to.
Items that come back to the shop without our approval will not be refunded.
Damages and Issues:
Please check your order when it arrives and tell us straight away if the item is defective, damaged o""",
                        ()),

    "kidsartsupplies": ("""Hi there, parents, teachers and young creators!

At Kids Art Supplies Store we want every creative session to feel special, from the moment you order to the moment the paint meets the paper. If something about your order isn't right, we're here to sort it out!

🚚 Shipping Information

📦 How Long We Take to Prepare Orders

We take 1-2 business days to get your art goodies ready before they leave us!

🌈 Shipping Options and Times

  • 🚀 Standard Shipping – $12.95
    • Carrier: DHL or FedEx
    • Arrives: 10-15 business days after it ships
    • Ideal when you're eager to start creating!
  • 🎁 Free Shipping – on orders over $50
    • Carrier: EMS
    • Arrives: 15-25 business days after it ships
    • A good pick when you plan ahead and like to save!

🌍 Where We Ship: almost everywhere in the world! (Some remote areas and parts of Asia are left out – ask us whether we reach your address!)

🔄 Returns & Exchanges

🌈 Our Promise on Returns and Exchanges

We pick child-safe, non-toxic art supplies with care, and we treat returns and exchanges with the same care. Your full satisfaction with what we sell matters to us!

📋 Returns and Exchanges in Short

  • Time Limit: you can ask for a return or an exchange for 15 days after the delivery date
  • 📦 Condition: items have to be:
    • In their original packaging
    • Unused and fit to be sold again
    • Sent with the original receipt or the order confirmation
  • 🚚 Shipping Costs: the customer pays for return shipping, unless the mistake in the order was ours

🚫 Items We Can't Take Back

For reasons of health and safety, we can't accept returns of:

  • Creative Activities kits that have been opened (they could have been contaminated)
  • Science & Nature kits that have been used (for safety and hygiene)
  • Personalized or custom-made items
  • Items damaged through the cus""",
                        ()),

    "americanframe": ("""Returns & Exchanges
Accidents do happen now and then. When one does, we want to put it right.
As soon as your order arrives, please open it and check all of it straight away. Every order is made to measure, so quality checks are built into the way we make it, to be sure your materials are cut accurately, packed safely and come with all their hardware and instructions. Your full satisfaction comes first for us. If, rarely, your order arrives damaged or inaccurate, with items missing or harmed in shipping, please keep the packaging, take photos of the items concerned, of the packaging and of the label, and contact us within five (5) business days. Our service team will answer within one (1) business day and deal with your concerns.
Since your order is cut to your exact measurements, we cannot take back frames, mounting boards, mat boards or acrylic. Framing tools that have not been used can be returned up to 30 days after the date of your invoice. Ready-To-Ship frame kits can be returned up to 30 days after the date of your invoice. Frames have to be completely unused, with the acrylic unpeeled and the framer's points intact.
For any item that can be returned, we are happy to send you a return shipping label to make things easier, and its cost is deducted from your refund. Please get in touch with Customer Service to arrange it. Note that we can only send return shipping labels within the contiguous United States.
Returns are usually processed within 2 - 8 business days of our receiving the items. Refunds go back through the original payment method. A credit card refund may take 2 - 3 business days before it posts to your account.
A new order is treated as a transaction of its own. Instead of waiting for the exchange process, you are welcome to buy any replacement items while your return is being processed.
When your order has been submitted, you will get a confirmation by email. Please check it at once fo""",
                      ("acrylic unpeeled", "contiguous united states")),

    "threestitchesshort": ("""Overview
We work hard to make every order a spark for your creativity, but things can go wrong in shipping. As a rule, we offer a refund or a replacement for items that arrive damaged or defective. To start a refund or replacement request, please email us at hello@threestitches.example.
Refunds/Replacements
Because refunds and replacements are given only for damaged items, there is no need to worry about shipping things back or waiting a long time for your item or your money! When you start a refund or replacement request, please send us:
- your order number
- what the problem is
- pictures (or a video if it helps) of the damaged/defective item
- the outcome you'd like: a replacement or a refund
If you'd like a replacement, please confirm your shipping address in your first email. If you'd like a refund, approved refunds go back to the original payment method. We process the refund right away, but most banks need a few business days to handle the transaction and release your funds, typically 3-5 BUSINESS days.
Gift Exchanges
Gifts are the ONE exception to the damaged/defective rule. If you get a gift you do not like, we'll give you the chance to swap it for something you'd like instead. You pay for the return shipping. Items for exchange have to be unused and in their original packaging. When the return has arrived and been checked, you will be emailed a digital code worth the item's value, to use whenever you like.
Non-Refundable
Because of what they are, these items are never refunded:
- Digital Downloads
- Custom orders
- Custom Colors and/or Quantities
Color Variations
Hand-dyed wool and the way it is dyed mean that colors differ from skein to skein, even within one dye lot, and that is quite normal. A difference in color between skeins is not a defect.
We try our best to show the colors of""",
                           ("no need to worry about shipping things back", "gift you do not like",
                            "emailed a digital code", "not a defect")),

    "scrapbookingandmore": ("""Categories

Site Information

 Loading... Please wait...

Shipping & Returns



Returns Policy

Most new, unopened items can be sent back within 15 days of delivery for a full refund. When a return comes about through our mistake (you were sent a wrong or defective item, for example), we pay the return shipping as well. When a return or exchange is not caused by our mistake, the shipping costs are yours alone. Please note that items whose seal has been broken cannot be returned, unless a manufacturing defect makes them unusable.

Your refund should reach you within four weeks of giving your package to the return shipper, though it often comes sooner. Those four weeks cover the shipper's transit time to bring your return to us (5 to 12 business days in North America), the time we take to process your return once it arrives (3 to 5 business days), and the time your bank takes to process our refund request (5 to 10 business days).

Special orders cannot be returned or refunded, unless they have a manufacturing defect.

To return an item, please Contact Us with your order number and the details of the product you want to send back. We will answer quickly with instructions on returning items from your order.

Shipping

We can send parcels to almost any address in the world through Canada Post. Some products may carry restrictions, depending on the customs and duty laws of each country.

When shipping is free, Scrapbooking and More may choose the carrier. Faster shipping can be arranged on request (email us for rates), at your own expense.

Note: some items are not covered by free shipping, such as stands, displays and fixtures. Coupons do not apply to them either.

For international parcels sent without tracking numbers (under 1K), the customer accepts all responsi""",
                            ("within four weeks of giving your package",)),

    "theceramicshop": ("""The Ceramic Shop accepts returns of items, with some exceptions. Kiln shelves, equipment, kilns, pottery wheels, kiln parts, custom ordered glazes, custom decals, special order clay bodies, special order items, dry materials and the like cannot be returned. Please check that you are ordering the right item by looking at its part number, model, voltage, phase, size and so on. The Ceramic Shop may charge a 15% restocking fee on products that are returned. When a return is needed because of an error by The Ceramic Shop, no restocking fee is charged.
You must ask for a return within 30 days of your package arriving. To return an item, fill in this form, and someone will reply to you by email within a few business days. Every item returned by mail must show this number on the outside of the package. If the return is not due to our error, you, the customer, pay for the return shipping. We inspect the item, which has to come back in new condition and in its original packaging, and then we issue a refund less any fees and the original shipping costs. The refund goes back in the form of the original payment. The Ceramic Shop is not responsible for items damaged while being shipped back to us.""",
                       ("on the outside of the package", "not responsible for items damaged")),

    "beadshopneworleans": ("""Returns and Store Policies

Our policy on returns and exchanges:

We'd like you to be happy with what you chose, and we're glad to take exchanges on these conditions:

We give no refunds in cash and none to credit cards. Every return is given a store credit.

Every exchange has to be made within 10 days of the date of purchase, with the original sales receipt.

We take no returns or exchanges on any kind of spool that is not packaged (Soft flex, cord, hemp, elastic and so on).

Any pre-packaged goods must be unopened.

Any strands must be fully intact, with the right number of beads, and fit to be sold again.

We take no returns or exchanges on Delica's.

We take no exchanges or returns on merchandise that is custom cut (chain, leather, ribbon and so on).

Every product has to be in its original state and in a condition we can sell.

If the exchange is made for lesser value, the difference is given as store credit.

Every return carries a 10% -20% restocking fee, depending on the item.

Returns are left to our employees discretion and may be turned down for any reason.

Store shopping policy:

The Bead Shop welcomes EVERYONE and hopes to give you a happy visit full of beautiful beads. Bring joy in with you and we'll match it!

If during your visit you do not keep to our shopping policy, we will ask you to leave because of that behavior, and you will not be welcome in the shop again.

Our shopping policy:

- Keep the store's merchandise in view, in a shopping basket or on a bead board, at all times.

- Keep an ACCURATE record of price and quantity while you shop, as you choose each item.

- Put loose merchandise in our ZIPLOC bags and write the correct price on the outside.

- Treat our staff with kindness and respect.

This list is not the whole of our policy, so any other behavior we find disturbing or unsuitable, or that takes away from our positive, happy and peaceful store, may lead to refus""",
                           ("pre-packaged goods must be unopened", "strands must be fully intact",
                            "exchange is made for lesser value", "restocking fee, depending on the item",
                            "employees discretion")),

    "penloversparadise": ("""Return Policy – A Pen Lovers Paradise
PLEASE NOTE: WE DO NOT REFUND PRE-ORDERS. A PRE-ORDER PAYMENT, ONCE PROCESSED (BY PAYPAL OR BY CREDIT CARD), SECURES FOR YOU THE ITEM YOU ORDERED, AND THAT PAYMENT CANNOT BE REFUNDED. THANK YOU FOR YOUR UNDERSTANDING.
A Pen Lovers Paradise proudly gives a 100% satisfaction guarantee on every product we sell.
If you are not entirely happy with what you bought, for any reason at all, just send it back to us for a refund or a replacement. More instructions follow below. Please do NOT just put your items in the mail to us before you have read ALL of this return policy. This rule has some exceptions:
- 1. Items marked "FINAL SALE" – these cannot be returned or refunded. Once bought they are yours to keep, and they cannot come back for a refund or an exchange.
- 2. Paper products, stationery sets, notebooks and writing paper among them. Paper products that have left the shop cannot come back for a refund or an exchange. Paper comes in so many types and styles that we ask you to be sure it is what you want before you buy. If we can help at all, just ask.
- 3. Bottled fountain pen ink ~ Bottled fountain pen ink cannot be returned or refunded, and it cannot be swapped for another bottle or color. We can't take bottled ink back mainly because we have no way to tell whether the ink was contaminated after it left us, and we cannot risk selling contaminated ink to another customer. We cannot promise how the colors of these inks will look; the makers' own websites, among others, show very accurate swatches of the various inks. Many sites show ink samples and swatches, but we cannot promise that the ink you buy will look exactly as it does online. Some may shade more or less than sho""",
                          ()),

    "trainztoys": ("""At Best Toy Model Store we are proud to send carefully made model trains and accessories to enthusiasts around the world. We know a product may sometimes fall short of what you hoped, and we want returning or exchanging it to be as easy as possible.
Our Return Policy
Returns and exchanges are accepted within 15 days of your order reaching you. For a return to qualify:
- The item has to be unused, in its original packaging, and in the condition it was in when you received it
- Every original tag, manual and accessory has to be included
- Proof of purchase (an order number or a receipt) is needed
Non-Returnable Items
To protect all our customers, we can't take back:
- Puzzles (from our Puzzles category) – they could be missing pieces
- Items from For the Kids that show signs of use
- Any product whose original packaging is damaged or has been thrown away
- Personalized or custom-ordered items
How to Start a Return or Exchange
Just follow these steps:
- Within 15 days of your order reaching you, email our customer service at returns@trainztoys.example with your return request (see the template below)
- Within 2 business days our team will reply with a Return Merchandise Authorization (RMA) number and instructions
- Pack the item securely in its original packaging, with the RMA number clearly visible
- Send the item back to our warehouse, at the address given in your RMA instructions
- When the returned item has arrived and been inspected, we'll process your refund or your exchange
Return Shipping
The customer pays return shipping costs unless the return comes from our error (a wrong item shipped or a defective product). We suggest a trackable shipping service and shipping insurance, as we can't guarantee that a returned item will reach us.
Refund Processing
Once your return has arrived:
- Refunds are processed within 5-7 business days
- The refund goes to your original payment method (Visa, MasterCard""",
                   ("rma number clearly visible",)),

    "greatgames": ("""Returns Policy

Overview


We're always here for our lovely customers: if anything is damaged on its way to you, please email us and we'll help. Your games and puzzles should reach you in perfect condition every time, and if they don't, we'll sort it out!



Non-returnable items:



    • Gift cards



    • Downloadable software products



    Refunds



    We work with you until you're happy with your purchase, and if we can't send a replacement at all (because it's out of stock, say, or something wild like a pandemic gets in the way) we're glad to refund your purchase before delivery. We cannot give refunds for orders in transit.

    In any abnormal events, items have to be unopened and in their original packaging. The customer must pay for every return shipping label. After inspection, any refund is processed minus return shipping cost.



    Late or missing refunds



    No refund yet? First check your bank account again.



    Next get in touch with your credit card company, as it can take a while for a refund to be officially posted.



    Then contact your bank. A refund often needs some processing time before it is posted.



    If you've done all that and your refund still hasn't arrived, please contact us.



    Gifts



    If the item was marked as a gift when purchased and sent straight to you, you'll get a gift credit for the value of your return. Once the item has come back to us, we'll mail you a gift certificate.



    If it wasn't marked as a gift when purchased, or the giver had it sent to themselves to hand to you later, we'll send a refund to the gift giver, who will learn of your return.



    Need help?



    Contact us with any other questions about refunds and returns.""",
                   ("refunds for orders in transit", "minus return shipping cost", "marked as a gift when purchased",
                    "refund to the gift giver")),

    "izzipuzzle": ("""Every return request has to be made within 30 calendar days of receiving the items. To be returned, your puzzle has to meet one of these criteria:
1. Missing puzzle piece(s)* -
What should you do?
* Important - Every item returned for missing puzzle piece(s) has to be unused and must still have its "unopened" or "un-tampered" security seal at the case. If you break the security seal at the outer envelope, we cannot take the return for missing puzzle piece(s).
2. You received the wrong puzzle**-
What should you do?
** Important – We issue a refund or an exchange only after we have examined the returned item. No refund is given on a used item. You must ask for the return before opening or breaking the security seal at the outer envelope.
3. A defect in the puzzle***-
What should you do?
*** Important – We issue a refund or an exchange only after we have examined the returned item.
4. You changed your mind****
**** Important – We issue a refund only after we have examined the returned item. No refund is given on a used item. You must ask for the return before opening or breaking the security seal at the outer envelope.
===(Full Return/Refund Policy)====
Our return policy runs for 30 days: you have 30 days after your item arrives to ask for a return.
To qualify for a return, your item has to be in the condition you received it in, unworn or unused, with its tags, and in its original packaging. You will also need the receipt or another proof of purchase.
To begin a return, contact us at support@izzipuzzle.example. If we accept your return, we'll send you a return shipping label along with instructions on how and where to send your parcel. In some cases you will have to pay the return postage yourself. Items sent back without a return request first will not be accepted.
For any question about returns, you can always reach us at support@izzipuzzle.example.
Damages and issues
Please check your order when it arrives and contact us straight away if""",
                   ("security seal at the case", "break the security seal at the outer envelope",
                    "before opening or breaking the security seal")),

    "comicrox": ("""Shipping & Returns

SHIPPING

We can ship to nearly any address in the world. Some products carry restrictions, and some cannot be sent abroad.

When you order, we estimate the shipping and delivery dates for you from the availability of your items and the shipping options you pick. Depending on the carrier you choose, the estimated ship dates may show on the shipping quotes page.

Note too that the shipping rates of many of our items depend on weight. You can find an item's weight on its detail page. Following the rules of the carriers we use, every weight is rounded up to the next full pound.

We combine shipping, so the shipping cost is worked out on the combined weight of all the products in your parcel.

Think about paying for tracking and insurance on your parcel at checkout, to cover loss or damage. We have never yet had trouble with a lost or damaged package, but we cannot be responsible for packages without cover for loss or damage.

RETURNS POLICY

We only accept returns in extreme circumstances. If you are not sure which exact product we have listed, please ask us, and we'll answer your questions before you complete your purchase. Most new, unopened items can be returned within 30 days of delivery for a full refund, but you must contact us first for a confirmation and an authorization. Not all returns are authorized.

Any return we accept that is not considered our error carries a 15% restocking fee based on the product's purchase price. In that case, you cannot get back what it cost to ship the product to you, nor the cost of shipping it back to us. If the return is a result of our error, however, we will refund your return shipping costs and the full invoice amount you paid """,
                 ("only accept returns in extreme circumstances", "not all returns are authorized")),
}
