"""The test123 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "colorofwindkites": ("""Policies

Return Policy

Every product priced at $25.00 or less is guaranteed against faults from the factory. Tell us about the defect no later than 7 days after your order reaches you, and we will repair the item or replace it. On these items the return shipping is paid by the buyer. Should a product arrive damaged by the carrier, get in touch with the Post Office or UPS, where you can file a damage claim; harm done in transit is not counted as a factory defect. For help, ring us on 520-745-6168.

For a product priced above $25.00 that has a factory defect, let us know within 30 days of receiving it, and we will repair it or swap it for the identical product at no charge.

Stunt and trick kites are never refunded; we only repair them.

Every return needs a Return Merchandise Authorization (RMA) number, which you get by contacting us. We take back nothing that arrives without its RMA number.

A restocking fee of 20% is charged on each product sent back for a refund.

Shipping Policy

Domestic (inside the U.S.)
Domestic orders travel by US Mail or by UPS Ground. An order below $99.00 pays $7.99 for shipping; above $99.00, shipping is free. Color of Wind Kites picks the carrier for every order. Most orders leave us within 7 days, though some take as long as 14. If a delay is expected, or has happened, we tell the customer by email.

Next-day and second-day air parcels carry a $10.00 handling fee on top of what the shipping really costs.

International (outside the U.S. and Canada):
Orders abroad go by U.S. Priority Air Mail or by UPS, which usually takes 10-15 days.

Home · Products · About Us · Contact Us · Policies · Privacy Policy · FAQ · Links

Copyright © Arizona Moonlight Enterprises
support@colorofwindkites.example""",
        ("priced at $25.00 or less", "paid by the buyer", "file a damage claim", "priced above $25.00")),

    "sarikalem": ("""Cancellation, Return, Exchange and Warranty Processes

An order placed by 17:00 leaves us that same day. An order that has not yet shipped can be cancelled with no conditions and with no reason asked. Once an order has shipped, it goes through the return process instead.

A product you send back must be unused: a fountain pen must never have been filled with ink, its packaging must be free of tears and damage, and the product must still be fit to sell again. Any gifts that came with the product have to come back with it, on the same conditions.

We take back no inks, no products whose original packaging is damaged, no used products and nothing that can no longer be resold. If such a product proves to be defective, it falls under the warranty and goes through the warranty process.

A defective product is called back under its warranty. When our examination shows that production caused the fault, the product is replaced without conditions.

Products that meet the return conditions are exchanged on request. You exchange a product by sending it back and placing a new order. In an exchange, just as in a return, the cost of shipping is taken off the product's price.

You have 14 days from delivery to cancel, return or exchange a product that meets these terms. Within that time the product has to be sent no later than three days after you open the request; a return request whose product is not sent becomes invalid.

If the carrier brings a parcel that is torn, crushed or damaged, refuse it or ask for a damage report. We accept no responsibility for products harmed in transit that have no damage report. On a return, the customer, as sender, is responsible for the shipment. Products must travel well protected. If a product is harmed on its way back to us, the sender is the one liable for compensating it.""",
        ("gifts that came with the product", "falls under the warranty", "the cost of shipping is taken off",
         "have no damage report", "liable for compensating it")),

    "tolindsewmach": ("""Toledo Industrial Sewing Machines
Refund Policy - For every item we sell
Our aim is to sell you the sewing machine, parts or accessories that best fit what you need. If your purchase gives you trouble, reach us by phone or by email (both are listed on our contact page), and we will do what we can to sort it out.
If your order does not turn up quickly, call us straight away. Where the carrier can prove it delivered, the matter is not ours but one for your homeowners insurance.
If we cannot put things right, you may send the goods back to us on the terms set out here.
Once you order and the trucking company collects the shipment, how long it takes is beyond our control. Should you cancel the shipment or refuse it, before it arrives or on arrival, you pay the shipping fees in both directions.
Refund terms for orders you collect yourself
When we send machinery to a Freight Terminal for you to collect, the terminal waits only 3 days before it begins charging for storage or sends the shipment back to us. In either case we are billed, and that return freight charge is yours to pay.
Before returning anything, you must first get a return authorization from us. The buyer pays the shipping to our premises and from them, plus any other charges that may arise. We do not refund shipping charges. Goods must reach us in the condition they were in when the buyer received them.
Our restocking fees:
- 1 to 30 days after purchase: 15%.
- 31 to 60 days after purchase: 18.5%.
- 61 to 90 days after purchase: 20%.
- 91 to 120 days after purchase: 25%.
- 121 to 150 days after purchase: 30%.
- 151 to 180 days after purchase: 35%.
- Once 180 days have passed, we take no more exchanges.
Our toll-free number is 866-362-7397: call us to talk over any trouble with a sewing machine you bought from us.""",
        ("shipping fees in both directions", "return freight charge is yours to pay", "31 to 60 days after purchase",
         "61 to 90 days after purchase", "91 to 120 days after purchase", "121 to 150 days after purchase",
         "151 to 180 days after purchase")),

    "guitarsofa": ("""Guitarsofa Shop Hong Kong - Shop Policy

RETURNS & APPROVAL PERIOD

Every guitar, amplifier and pedal comes with a 48-hour approval period. For sales in our store it runs from the day of purchase; for online orders, from the day of delivery. It gives you time to make sure the item's condition and originality match our description.

RESTOCKING FEE

When you ask to return an item for reasons of personal taste, such as how it plays or sounds, we may charge a 10% restocking fee. We also keep back 10% as a restocking fee on any item you ask to return before it has shipped or been delivered.

SHIPPING & INSURANCE

On every approved return, the buyer pays for shipping and insurance in both directions, and for any other costs tied to the sale.

NO RETURNS OR CANCELLATIONS FOR:

1. Sales that involve a layaway, a deposit or a hold.

2. Items we special ordered.

3. Sales that involve a trade, in the store or online.

CONDITIONS FOR RETURNS

Each return has to be approved first, by phone or by email, and must come back exactly as it was when it left our store. An item that comes back in any other condition may, at our sole discretion, carry a 20% restocking fee. Returns sent without approval are refused and sent back at the customer's cost.

We are proud that our customers get exactly the item they paid for, in the condition and originality we described, and we work hard to earn your custom.""",
        ("carry a 20% restocking fee",)),

    "choristersguild": ("""RETURN POLICY
In-print products that are still fit for sale may be sent back for credit up to 30 days after purchase, as long as you can show proof of purchase. Holders of a wholesale account as a music dealer may, with a documented return authorization, send back in-print products fit for sale for credit up to 90 days after purchase. Some items carry their own return limits, shown in the catalog or listed below. We refund shipping costs only when we sent a product by mistake. Every return credit has a 10% restocking fee taken from it.
Returns of U.S. orders should travel by a secure, traceable method with the postage paid, addressed to Choristers Guild (returns department), Suite 100, 12404 Park Central Dr., Dallas, Texas 75251.
For help, write to orders@choristersguild.example or call (800) 246-7478.
Items that cannot be returned
These items cannot be returned:
New issues for dealers
Collections that are reproducible
CDs and DVDs (recorded products)
Audio downloads
Instrumental accompaniment parts
Items that are out of print
Licenses and permissions
Conference registrations past the stated date
Webinar registrations""",
        ("holders of a wholesale account as a music dealer",)),

    "partyworldoman": ("""RETURN POLICY
RETURNS OF PRODUCTS ONLY
If your order does not fully satisfy you, just send the item(s) back to us no later than 6 days after the purchase date.
Include the shipping receipt. Products have to be in new condition, meaning unopened, unworn and still in their original box or packaging, with every label attached, and otherwise fit for us to sell again as new. We may refuse a refund or an exchange for items that were opened or damaged, or that come back without a packing slip or receipt.
We do not refund shipping costs.
CANCELLING PRODUCT ORDERS (NOT PARTY SETUPS OR EVENTS)
You may cancel an order as long as it has not shipped yet. Once the item has shipped, the order can no longer be cancelled, but you may send the item back for a refund.
Cancelling special orders (Events)
A special order cancelled more than 7 days after the order date carries a cancellation fee of 60% of the order total.
Latex and foil balloons are neither taken back nor refunded.
Event orders get a voucher only, valid for 6 months.
Items we neither take back nor exchange:
- Cosmetics and makeup
- Wigs, beards, facial hair and every other kind of artificial hair
- Prosthetics and their accessories (ears, teeth, fangs and the like)
- Undergarments, hosiery, socks and stockings
- Goods or garments that are soiled, dirty or damaged
- Software, and DVDs, CDs or other recordings (audio, video or audio-visual)
- Bundles, party kits or costume sets that contain anything listed above
- Decorations made of balloons
- Balloons of foil or latex
- Tanks of helium
PROCESSING TIME
After our Customer Support Team learns of your return request, it generally takes 10-15 business days to receive the item(s), check their quality, update your account and issue the refund. Your bank or financial institution may then need 2-15 more business days to complete the transaction, depending on how you paid.""",
        ("cancellation fee of 60%", "event orders get a voucher only")),

    "beadstoliveby": ("""HOURS
CONTACT
PATTERNS
PRODUCTS
HELLO
EVENTS
RETURNS
CLASSES

How We Handle Returns and Exchanges
Last revised: September 2019

Purchases Made in the Store:

During the first 30 days, products can come back for a full refund if you bring a copy of the receipt. From 30 to 60 days after the original purchase, they can be exchanged for credit to spend in the store.
Strands that have been cut, and other items that have been altered, will carry a restocking fee or will not be taken back at all.
Custom orders are never refunded, whether finished jewelry, handmade beads, or beads and supplies ordered specially.
Beading patterns and books cannot be refunded, given what they are and what they contain.

Classes and Workshops:

o Fees for classes and workshops are not refundable. If you cannot come, get in touch with the store and we will see that you receive the patterns or supplies that go with your class.
o Where a class includes a kit, the student must collect it, or pay for it to be shipped, within 30 days of the class; otherwise the items go back into stock.

Purchases Made Online: Since October 2019, Paypal no longer gives us back the fees on purchases we refund. For that reason, no purchase made on our website can be refunded in full.

As with all our policies and procedures, we will weigh special circumstances where we can. We value and care for our customers, and ask only that they treat us the same way. Thank you!""",
        ("exchanged for credit to spend in the store", "strands that have been cut", "if you cannot come",
         "the student must collect it", "no purchase made on our website can be refunded in full")),

    "ammomania": ("""We hold ourselves to the same high standards of quality as our customers do. Each strap we sell passes several inspections against our product standards.
Should a strap reach you with a defect in its quality, or damaged while it was being shipped, we will refund you in full. All you need to do is keep the watch strap unused, with its original packaging complete, and get in touch with us no later than 7 days after it arrives. Once we have verified the problem, we will set up the return straight away and pay the whole amount back to the bank account or card you paid with.
The full refund covers only the cases above, and not others such as a difference in colour or other inconsistencies in the product. No product that has been used, or shows any sign of use, can be returned.
About Colour Difference
We show every product on this website in colours as true as we can make them. Even so, lighting setups and angles mean some difference in colour between a product and its photo cannot be avoided. The colour of the real product is the one that counts. As a matter of company policy, we are sorry that we cannot offer returns or exchanges. If our policy does not suit you, please think it over carefully before you buy.""",
        ()),

    "giftspersonalised": ("""Returns
We know at Gifts Personalised that a purchase does not always turn out as hoped. This Returns Policy sets out when we accept returns, so that we meet Google's policies and our customers know where they stand.
Our return policy runs for 30 days: you may ask to return an item up to 30 days after it reaches you. An item qualifies for return only if it is as you received it, not worn or used, with its tags on, and in its original packaging. You will also need a receipt or other proof of purchase.
Please note that we do not accept returns of personalised items. Each personalised product is one of a kind, so a customised item can never come back.
To start a return, email us at hello@giftspersonalised.example. When we accept your request, we will tell you how to send the parcel and where to. We will not accept any item sent back to us without a return authorisation first.
Damages and Issues
Please check your order as soon as it arrives. If an item is defective or damaged, or you were sent the wrong item, get in touch with us at once. To qualify for a resolution, damage has to be reported no later than 14 days after the purchase date.
Exceptions / Non-returnable Items
Some items cannot come back: perishable goods (food, flowers or plants, for example), custom products (special orders or personalised items, for example) and personal care goods (beauty products, for example). We also refuse returns of hazardous materials and of flammable liquids or gases. If you are unsure about a particular item, ask us.
Nor do we take back gift cards or anything bought on sale.
Exchanges
The quickest way to get the item you want is to return the one you have and, once we have accepted that return, buy the new item in a separate order.
European Union 14-Day Cooling Off Peri""",
        ()),

    "thelittlestationeryshop": ("""Refund and Returns Policy

Version 1.3 — Last updated: 05 December 2025

We hope that what you ordered from The Little Stationery Shop makes you happy. If anything is wrong, get in touch, and we will always try our best to help. This page sets out how we handle refunds and exchanges.

Returns window

You can ask for a return or an exchange within 14 days of delivery. After those 14 days we may be unable to refund or exchange an item, but do contact us anyway – we always try to help where it is reasonable.

Eligibility for returns

A returned item has to be:

  • unused, and in the condition it was in when you received it, and
  • sent back in its original packaging (biodegradable cellophane bags or protective sleeves, for example) or in packaging that protects it just as well.

These items cannot be returned:

  • gift cards,
  • digital products you download,
  • custom or personalised items (for example, items with a name or another unique detail added).

How to request a return or exchange

  1. Email us at flic@thelittlestationeryshop.example, or use our contact form, giving your order number and the item(s) you want to return or exchange.
  2. When we approve it, a returns label reaches you by email, at the address you ordered with.
  3. Get proof of postage when you post the parcel; most Royal Mail counters give it free.
  4. On receiving your return, we inspect the item(s) to make sure they are unused and can be resold.
  5. Once it is approved, we process your refund within 1–3 business days. Your bank or card provider may take up to 14 business days to show it on your statement.
  6. If you asked for an exchange, we send out the replacement item in 1–3 business days, then let you know by email that it has gone.

Important notes

  • Items that come back used, damaged (not through our error), or missi""",
        ("get proof of postage", "send out the replacement item")),

    "canvastentshop": ("""If you want to cancel an order with us, you may do so within the 30-day cooling off period. In that case, once the order is back with us in the condition we sent it in, you get a full refund.
Before you send your purchase back, make sure the goods are still as they were when we sent them, and in their original packaging.
Products you no longer want have to come back fully resaleable, and that includes original packaging free of marks and damage.
The product must be unused, and never assembled in any way.
We take no responsibility for items that are lost or damaged in transit on their way back to us. We strongly recommend sending goods back with a trackable service and keeping your proof of postage, so that you can claim from your courier if anything is lost or damaged.
Please be aware that our returns are not free; you pay for returning anything you do not want. Email us at [email protected] to get a return address and a returns form. Without that information included with the returned items, we cannot process the return.
Where goods come back with damaged packaging, a restocking fee may be charged.
Canvas Tent Shop keeps the right to refuse a refund for any item it judges unsaleable. When items do not come back resaleable, we may, at our discretion, reduce the refund where there are signs of use; otherwise, the item will be sent back to you.
If the item comes back in the condition we sent it in, we refund it in full to your original payment method, less any shipping costs.
If a faulty item is what you are sending back, email us with photos that show the possible fault. We will reply as soon as we can to sort it out.
When an item is returned because of a manufacturing fault or defect, we fully inspect it on arrival and check it for the fault or defect reported""",
        ("lost or damaged in transit", "we cannot process the return", "a restocking fee may be charged",
         "reduce the refund")),

    "telescopescanada": ("""Shipping, Returns and Refunds Policy
RETURNS
You can return a purchase for 30 days after it is delivered or picked up. Once those 30 days have gone by since you received it, we cannot refund or exchange it. The 30 days start on the day the customer collects the item(s), or the day the shipping service reports them delivered.
A 10% restocking charge is taken off the refund of any return of a product that has no manufacturing defect and was not sent because of a mistake by Telescopes Canada.
A returnable item has to be unused and in the condition it was in when delivered or picked up. It has to come with its original packaging, undamaged, and with every part and all documentation. After inspecting the goods and their packaging, Telescopes Canada may charge further restocking fees if they are not as they were when shipped to, or collected by, the customer.
Refunds are given only on items at regular price or on promotional sale; anything sold as CLEARANCE, OPEN BOX, REFURBISHED or DISCONTINUED can be neither refunded nor returned. Items that cannot be returned include:
- Gift cards
- Software products you download
- What you paid for shipping on the original order
- Clearance, Discounted, Refurbished or Open Box items (items on promotional sale may be returned)
- Special orders
- Solar kits and solar glasses
Before any return, you must contact us so that we can check whether it qualifies. We need a receipt, an order number or some other way to confirm you bought the product from Telescopes Canada. Please don't ship your purchase to the manufacturer unless Telescopes Canada or the manufacturer has agreed to it. When you ship a return, you must use a trackable shipping service or else buy shipping insurance. We cannot promise that your returned item will reach us.
Where needed, Telescopes Canada can email UPS return labels, charged at volume discount rates, if custome""",
        ("may charge further restocking fees", "ship your purchase to the manufacturer", "email ups return labels")),
}
