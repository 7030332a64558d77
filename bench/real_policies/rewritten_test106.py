"""The test106 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "thecompanystore": ("""Returns

How Returns Work

Type your order number and the zip code of your billing address in the boxes above and press "Return Items/View Status".

Pick the items you are sending back and tell us why you are returning each one.

Print the shipping label, or download the mobile/QR code instead, pack your items, and leave the parcel at any UPS location near you.

Get your refund, less a shipping fee of $2.95 for each item.

Frequently Asked Questions

Everything we sell is made to the highest standards of quality, and our 30-day Rest Easy Guarantee backs it. Your comfort is what we promise. Wash it, sleep in it, enjoy it and play with it; only avoid damaging it. If it has not given you the comfort you hoped for, send it back! It is as simple as that.
We cannot take back monogrammed items, clearance items (those priced to end in $0.97), delivery and service charges, or Gift Cards.
Yes. You may send back one item of an order and later come back to request another return from that same order, as long as you are still inside the 30-day return window. Please send your returns in as few parcels as you can: where the products come from one order, we would rather you put every return in a single box. Remember that a shipping fee of $2.95 for each item is taken off your refund.
You don't need to do anything. Just ignore the reminder email about dropping off your return, and enjoy what you bought.
Your Return Confirmation email carries your shipping label and mobile/QR code as attachments. If you can't find that email in your inbox or your spam folder, reach our customer care team by chat (the chat button sits at the bottom right of the home page), by email at care@thecompanystore.example, by phone on 1-800-555-0100, or follow our Return Instructions step by step.
You can leave your return parcel at any UPS drop-off point across the country. Look up a UPS drop-off point.
Items past 30 days will be replaced by us when the product belongs to our Lifetime Guarantee program. To find out whether your product qualifies for the Lifetime Guaran""",
                        ("$2.95 for each item", "request another return", "lifetime guarantee program")),

    "gragg": ("""Return & Exchange Policy
We follow the FTC's mail-order rules and the CPSC's regulations, with extra terms for keeping bath towels hygienic, bath curtains water-resistant and toilet paper holders structurally sound. Every return or exchange needs a Return Authorization (RA) Number, and we turn away any return that arrives without one.
Eligibility Requirements
-
Time Limit: Start your return or exchange request no later than 30 days after the product is delivered. Bath curtains (which we test for water resistance) and toilet paper holders (which we check for installation fit) get a longer window: 45 days for bath curtains and toilet paper holders.
-
Product Condition: Every product has to come back unused, unwashed and uninstalled, in its original condition, with all of its tags, packaging, hardware and compliance documents still intact (for bathroom goods, hygiene comes first):
- Bath Towel: never washed, free of stains, lint and signs of use; brand tags and original packaging intact; no trace of fabric softener.
- Bath Curtain: never hung, with no water marks, mildew or damage from installing it; the original liner (where one came with it) and the packaging intact; no holes or tears in the fabric or the liner.
- Toilet Paper Holder: never installed, with no scratches, dents or missing hardware; the original mounting screws and instructions included; the original packaging intact.
-
Defective/Incorrect Items: If a product has a manufacturing defect (towel edges that fray, curtain seams that leak, holder brackets that fail, for example) or we delivered the wrong one (the wrong size, color or material), you can return or exchange it free of charge, or get a full refund. We need photo or video evidence of the defect to verify it, and we pay every shipping cost (no restocking fee is charged).
-
CPSC/Recalled Items: Any recalled products under a CPSC recall (toilet paper holders that fail stability standards in particular) can be returned free of charge, replaced or refunded, whenever you bought them. Should anything you bought become subject to a recall, we will tell you at once by email or SMS and arrange free pickup or shipping.
Non-Returnable & Non-Exchangeable Items
- Products that have been used, washed or installed (e.""",
              ("45 days for bath curtains", "fabric softener", "never hung", "mounting screws", "recalled products",
               "subject to a recall")),

    "crameely": ("""TERMS OF SERVICE

Our Returns and Replacements Policy
Replacements are part of our policy: to ask for one, please contact us. We decide, at our discretion, whether you receive a replacement, a refund (in part or in full) or store credit. We may ask you for more details and for pictures. Pictures must be sent as proof of the damage. Without photos, the site alone decides whether a replacement, a refund (in part or in full) or store credit is given. Plants left outside in extreme temperatures after delivery are not replaced.
For now, the site takes returns and exchanges only of non-plant products (tools, pots, accessories and any other goods that are not plants), and only when they are unopened and undamaged. They must come back within a few days of purchase. Whether the returned item's condition is acceptable is for us to decide. Once we approve it, we send you a shipping label and the return instructions. A return shipping fee of $7.00 for each item is taken off the amount refunded. Refunds are processed a few days after your returned item reaches us.
What Happens With Failed Deliveries and Packages Sent Back?
When our mail service cannot deliver a package (because the customer typed a wrong address, refused to pay duties, could not be reached after several delivery attempts, or for any other reason), it does not pay the return shipping costs the mail service charges. In the same way, the site does not pay for shipping merchandise to you again. All shipping costs of packages that come back to us because a delivery failed are yours to pay.""",
                 ("extreme temperatures", "a few days of purchase", "$7.00 for each item", "cannot deliver a package",
                  "shipping merchandise to you again", "because a delivery failed")),

    "silkflowersfactory": ("""Returns, Exchanges & Refunds
Problems with an order
Returns for a REFUND: send the item back within 30 days of receiving the shipment. Custom-made items cannot come back. Returned items have to be in a condition we can sell again. To begin a return, CLICK HERE
Returns for STORE CREDIT: send the item back within 60 days of receiving the shipment. Custom-made items cannot come back. Returned items have to be in a condition we can sell again. To begin a return, CLICK HERE
Returns of opened items – an item that comes back no longer fit to be sold again carries a restocking fee, whose amount depends on the state of the product. If you want to try a product, open just 1 item first rather than opening the whole quantity. We do not accept used items back.
Return labels – once we accept the RMA, we email you a return label. Give us 1-2 business days to process it and look in your spam folder too: the label arrives in an email sent by UPS
We do not refund shipping costs.
Claims
Tell us about any damaged, incorrect or missing items within 4 business days of receiving the order. We are glad to help you with any claim. Use the live chat or the contact us form to tell us, and we will help you settle it quickly and without fuss.
Replacement Policy
When we find that the mistake was ours (and you followed the steps under "claims"), we will do everything we can to put it right promptly, or arrange an exchange with you when the wrong item(s) were sent.
Disclaimer: silkflowersfactory.example works hard to show the products on our Website in colors as close to their real ones as possible. Because computer monitors show colors in very different ways, though, we cannot be sure that every customer sees them accurately. That is why we regret that we cannot promise product colors will match what a customer expects, however, """,
                           ("within 60 days of receiving", "depends on the state of the product")),

    "artshopnc": ("""We care that you are happy with what you buy from us, which is why our exchange policy is a generous one.
You may return artwork for an exchange or for store credit, for any reason and at any time, provided The Art Shop still stocks and promotes the work of the artist concerned when you make the request. We only exchange for artwork we have in stock.
Orders for artwork we have in stock can be cancelled within 48 hours of the time the order was placed with the gallery. We give no cash refunds on artwork or on deposits for artwork (apart from the cases above), and special-order artwork cannot be cancelled once the client's order has been placed with the gallery.
When you return something for any reason other than a defect in the product, the client pays whatever shipping it costs. If you have to return a purchase because it is damaged or defective, let us know in writing no later than ten (10) days after it reaches you.
The merchandise must come back with your original sales receipt and in its original condition.""",
                  ("still stocks and promotes", "only exchange for artwork", "special-order artwork")),

    "yourtablecloth": ("""Site Information

 Loading... one moment...


Terms and Conditions of Use of Your Tablecloth

Should our Store send the wrong merchandise, or leave merchandise out of an order by mistake, we will make a reasonable effort to replace it or refund it, within these limits:

  1. It is for the Customer alone to check, as soon as the order is delivered, that the merchandise received is the merchandise invoiced. The Customer accepts that not doing so on receipt counts as negligence on the Customer's part, and that the Customer then gives up every right to have a claim for missing or wrong merchandise resolved.
  2. After 15 days from the order's first delivery, the Customer releases us from any duty to replace, refund or take back wrong merchandise, or to check and send merchandise for a claim of missing items.
  3. The Customer releases us from any duty to meet the Customer's deadlines with shipments of replacements or missing items, and accepts that planning enough time for time-sensitive events, with room for such errors, is the Customer's own responsibility.
  4. Whether replacements for missing items are sent is at the sole discretion of the Store, based on a reasonable look at the circumstances of the Customer's claim, which may take possible fraud into account. If the Store finds a claim of missing items invalid and declines to send missing items, the Customer accepts that decision and waives every right to any reimbursement or compensation.
  5. At its sole discretion, the Store sends replacement merchandise only by UPS Ground (or the like "ground" service of a reputable carrier). Missing merchandise goes out by the same shipping service shown on the first invoice our Store issued to the Customer. The Customer accepts that, whatever the reason, the Store will not pay for faster shipping""",
                       ("gives up every right", "time-sensitive events", "possible fraud", "declines to send missing items",
                        "ups ground", "same shipping service", "faster shipping")),

    "throwpillow": ("""Return & Exchange Policy

THROW PILLOW sets out to bring you premium products of high quality and careful design.

We want you to feel sure of your purchase in every way we can manage. Every pillow we sell is custom made. If you have any questions or worries, just ask us.

We are glad to take returns of products that are damaged or defective.



Get in touch with us within: 1 day of delivery
Post the items back to me, at the latest inside 5 days of delivery.

Because of what they are, these items cannot be returned or exchanged, and we take no returns of:

A. Orders that are custom or personalized
B. Inserts


When the product reaches us, we check its quality and pay back the whole amount. You may return products for the same product, or exchange them for a different item, within 7 days of the shipment's delivery. We do not accept items you return for a refund. Please remember that we are not one of the big chain retailers selling factory-made goods in bulk: we cut and sew every product by hand in our studio, and a customized order uses supplies and resources to make it just for you.


Conditions of return

Before you try to return anything, you must tell us, so that we can authorize it and give you the right return address. Where an item comes back outside the set time, or not in its original condition, no refund is given. Products have to be in their original, unused condition (that means no pet hairs, for example) and come back in their original packaging. Shipping costs are not refunded, and the customer pays every cost of sending the return.""",
                    ("5 days of delivery", "return for a refund")),

    "cornucopiacandles": ("""Your cart is empty.

Top
Buy scented candles, sprays and diffusers online in the UK

Returns Policy

RETURNS

We hope your purchase delights you. If it doesn't, you may send any item back within 30 days of receiving it, as long as the products come back complete, in perfect condition, unused, and in their original packaging.

This returns policy leaves untouched your legal right to cancel (set out below) and your legal rights over products that are faulty or not as described.

We will gladly refund you, to the same payment method you used for your purchase. Postage charges of any kind cannot be refunded.

YOUR LEGAL RIGHT TO CANCEL

The law gives you, for most products bought online, 14 days to change your mind and have your money back. The Consumer Contracts Regulations 2013 give you these rights, explained more fully below:

You may change your mind within 14 days from the day after the products reach you. To cancel in time, let us know, by post, by email or by telephone, that you are using your right to cancel before the period runs out. Where it applies, keep a copy of your notice of cancellation for your own records.

If we have already sent the products or you already have them, they must come back to us without undue delay: at the latest, within 14 days of telling us that you are cancelling the order. You will have to pay the direct cost of sending the products back to us.

If you cancel the contract under this right to change your mind, we will pay back the full price of the products, with any delivery charges you paid, to the card (credit or debit) or other means of payment you used. We will make the refund without undue delay, and in any case within (a) 14 days of getting the products back from you; or (b) if no products were suppl""",
                          ("14 days from the day after", "14 days of telling us", "delivery charges you paid",
                           "14 days of getting the products back")),

    "wildvioletfibers": ("""Policies

Shipping

We ship within the United States, and abroad to Canada, Australia and New Zealand. Most orders go out 3 - 5 business days after we receive them.

Every US order goes by USPS Priority Mail or First Class, according to the package's size. How long delivery takes depends on where you are and on the postal service used. Rates are worked out at checkout.

Every international order travels by USPS First Class International. Please allow more time for it to arrive. Any extra duties or customs fees are the buyer's to pay.

When your order ships, we email a tracking number to the address on file. Use it to follow your package with USPS. Once USPS has accepted a package, lost or damaged items are no longer our responsibility.

Returns

Because the yarn is dyed by hand, no two skeins ever come out quite the same, and that is part of what makes a hand-made item beautiful! Yarn that I am not fully happy with myself is sold as seconds at a lower price. Even so, if your purchase leaves you less than completely happy, tell me through the contact form, and put your order number in the message.

To start a return, get in touch with me no later than 30 days after your order reaches you. Anything you send back has to be unopened and unused, in its original packing. Yarn that has been knit with, caked or wound into a ball, or whose ties were cut, cannot come back. Nor can orders that are past the 30-day return window. Sales of bargain basket and mystery bundle yarn are final.

The buyer pays the shipping costs of sending the item back. We process your refund as soon as the item arrives and has been inspected. If anything about the item means we cannot take it back, we will contact you to tell you. The original shipping costs are not included in refunds.""",
                         ()),

    "embroinow": ("""30-Day Return / Exchange Policy

If your purchase does not satisfy you, contact us no later than 30 days after the item arrives and we will handle your request for a return or an exchange. We will not accept requests made after 30 days. Make sure you reach us through embroinow.example

Conditions for returns and exchanges

● We do not accept items sent back without authorization.
● Items must come back within 30 days of receipt.
● Every item must be in the condition in which it reached you, unworn or unworn, with its tags and in its original packaging. You will also need your receipt or other proof of purchase.
● Returns and exchanges must be sent with a shipping method that gives tracking information.
Items that cannot be returned:
● Sale items and gift cards are not refundable.

● Damage or loss caused by the customer is not refundable.


How returns work

Start a return: email us at embroinow.example with photos or videos of the items and your order number. Our customer service team will decide within 3 working days whether your return request qualifies.
● Send the item back: once your return is accepted, we send you the return address and tell you how to send your parcel and where. (Note: we do not accept items sent back without authorization.) We suggest a shipping method with tracking information and a signature for your return or exchange, as we cannot answer for returns or exchanges that go missing.
● Refund or Exchange: when your return or exchange reaches us, we inspect the item within 3-5 business days and then send a replacement for an exchange, or refund you.

Return fees

● If you return an item because of a problem on our side (a product quality problem, say), we refund part of the price, at most 70%, depending on the circumstances.
● If you return it because of a problem on the buyer's side (you don't like or don't want the item, or you ordered the wrong product or size, for example), the buyer pays the shipping costs. retur""",
                  ("photos or videos of the items", "at most 70%")),

    "jewelrybyjen": ("""Returns Policy

We want every purchase to leave you fully satisfied. We take returns postmarked no later than 10 days after you receive them. The customer pays the shipping on returns, and every return must be sent with a tracking number, by whatever carrier you choose.

To start a return, go to our contact us page and give your order number and the reason you are returning. We will answer within 0-2 business days, giving you a return authorization number.

We take back items that are unused and intact, in their original condition and original packaging. What you send back must reach us as new as it was when it was delivered. Pack your return well so it keeps its condition in the post. Items that are badly packed and get damaged on the way are not our responsibility.

If returned jewelry reaches us damaged by poor packing or tampered with, or beads or findings reach us broken off their original cord, out of their original packaging or short in quantity, we may give a partial refund of half of the original price paid. Shipping paid on the original order cannot be refunded.

When the return has been inspected and approved, we refund you to the payment method you used. We are sorry that the original shipping you paid is not refundable. Refunds go out within 0-2 business days of receiving the return, though up to 7 days may pass before their processing is complete.

Because of the kind of business we run, some items cannot be sold again and so cannot be returned.

NO REFUNDS OR RETURNS ON:

All clearance sales are final.

All sales of bags and kits are final.

All sales of wire, cord, chain and thread are final.""",
                     ("half of the original price",)),

    "stamplorations": ("""cancellations, returns, and exchanges
***This policy on cancellations, returns and exchanges applies only to the physical products in the MAIN STORE, not to digital products.
CANCELLATIONS
You can cancel within 24 hours of ordering, or until a mailing label has been created, whichever happens first, and get your money back in full for products that qualify. Where an order was paid for entirely with a discount code won as a prize, we refund only the shipping (if you paid any), and the code is lost (we do not issue it again).
DAMAGED PRODUCTS
Should a product in your order reach you damaged, tell us within 7 days of receiving the order, and we will replace it at no cost (if it is in stock) or refund what the damaged product cost. We ask you to photograph the damaged product and send us the picture by email at shery@stamplorations.example.
RETURNS
We take returns for up to 15 days after delivery. Products have to be unused and unopened, still in their original packaging: in a word, in a condition we can sell. To return something, email shery@stamplorations.example and we will tell you how and where to send the product(s) back.
When you return a product(s):
Return shipping is yours to pay, unless the mistake is ours (for example, we sent you the wrong product: then you can keep the wrong product, and we post you the right one at our cost).
Where the item is still new and has not been opened, you may choose store credit (a coupon code worth what the item cost) or a refund of what the item cost.
We do not refund shipping charges.
EXCHANGES
We gladly take exchanges for up to 15 days after delivery. As with returns, products have to be unused and unopened, in sellable original packaging.
To exchange something, email us at shery@stamplorations.example so that we can check whether the item you want is in stock.
You pay the return shipping costs to """,
                       ("won as a prize", "keep the wrong product")),
}
