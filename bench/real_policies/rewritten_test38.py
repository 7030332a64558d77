"""The test38 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "hopelessromanticbooks": ("""Returns
What is your return policy?
Return Policy
We hope you love what you bought, but if something is not quite right we are glad to help, within the guidelines below.
Returns
We accept returns for up to 14 days from the date of purchase.
Items have to be unused, in new condition and in their original packaging.
Every return is inspected by our staff, and our team decides on the condition. Items showing signs of use or damage cannot be refunded.
In-Store Purchases
In-store returns are preferred.
Proof of purchase is required (a receipt or an order number).
Delivery & Shipped Orders
For delivered or shipped orders, customers must email the store with:
- Proof of purchase (the order number or receipt)
- A short explanation of why they are asking for the return.
Once the return has been approved:
- The customer arranges the return shipping and pays all shipping costs.
- The refund is processed once the item has arrived and been inspected in the store.
- A return may be refused if the inspection shows misuse or damage.
What Counts as Damage for Books?- creased spines
- bent or dog-eared corners
- writing or highlighting
- strong smells (smoke, perfume and so on)
- stains, scratches or stickers on the cover or the pages
Refunds
Approved refunds go back to the original payment method.
Please allow up to 10 business days for the refund to show, depending on how your bank processes it.
Exchanges
We accept exchanges, under the same conditions and approval process as returns.
Final Sale
The following are final sale and cannot be returned or refunded:
- Sale and clearance items
- Event tickets within 48 hours of the event, unless stated otherwise
- Gift cards
- Special orders and personalized orders and books
- Shipping costs
My item has arrived damaged. What do I do?
We pack and ship with great care, and only rarely is an item damaged on the way. If your item does arrive damaged, let us know by sending us a message""",
     ("in-store returns are preferred", "event tickets within 48 hours")),

    "officechairsusa": ("""Top of Page
Loading…

Easy 45 Day Returns

  Returns

OfficeChairsUSA.com runs a hassle-free 45 Day Return Program, set out below. If an item you received does not make you happy or did not live up to what you expected, call us at 1-800-000-0000 or email us at info@officechairsusa.example and we will help you through the return. Every return has to go to our main office and showroom at 1 Example Avenue, Portsmouth, RI 02871, and not to the factory or distribution hub the item was shipped from. When we accept your return request, our staff will give you a return authorization number, which must be clearly affixed to the return label or carton along with the exact return address. Always call us to arrange this so we can answer all your questions.

Products have to come back in new condition, in the original factory packaging with the fillers intact. After inspection we will refund you less the cost of the original outbound freight we paid to get the product to you. Getting the product(s) back to our warehouse is up to you and at your expense. If you want to know what we may deduct for the outbound freight, we can give you an estimate when you first ask for the return.

You can choose UPS, FedEx Ground or USPS to send smaller chairs back to us if you need to. For fully assembled high end executive chairs that are over the size or weight limits for smaller chairs and cannot go by UPS or FedEx, be sure to call us so we can point you in the right direction and explain your options.

If your item arrives defective, call us straight away so that we can help. A defective chair can usually be fixed by a simple part replacement, which is much easier than a whole exchange. If the item cannot be made 100% perfect with a simple part, we will send you a new one.

Special order chairs cannot be returned. Special order products are usually those that do not""",
     ("clearly affixed to the return label", "less the cost of the original outbound freight",
      "fully assembled high end executive chairs", "simple part replacement")),

    "inksmile": ("""1. Home
  2. Non Ink & Toner Refund Policy


Refunds

Any new, unopened and unused item bought directly from our store and sent back within 30 days may qualify for a full refund of the item's cost, minus a 20% restocking fee. The consumer is responsible for shipping the items back, and the cost of shipping will not be refunded. Every refund needs a Return Merchandise Authorization (RMA) number, which the consumer gets by contacting us. If the item comes back without an RMA number, the return will not be processed. The consumer should expect the refund within 30 business days of our receiving the returned package.
If a purchased item is defective, the consumer must tell us within 15 days of receiving the shipment. If the consumer does not tell us about the defect within 15 days of receiving the shipment, whether a refund is given is at our discretion. Once we are told, the consumer gets an RMA number. The item must come back to the seller in the same condition it was received in. The return package must be postmarked within 30 days of the original receipt date. The refund will be processed within 30 days of our receiving the returned package.
Please Note: If we never receive the item, no refunds or replacements will be issued. We therefore recommend shipping with a tracking number in case the item does not reach us. The consumer has 15 days from receiving the return authorization number to send the unwanted item back to us. If the item is not returned in that time, the return is voided. A return will not be authorized again or processed once the 15 days have passed.

Exchanges
Unfortunately there is no way to process an exchange on Amazon, so the process of returning items for a refund must be followed. For non-defective returns, items should be in resellable condition, unopened and unused, to qualify for a full refund.  Please""",
     ("postmarked within 30 days of the original receipt date", "no refunds or replacements will be issued")),

    "fifty4t": ("""Returns policy

Returns


Our policy runs for 15 days. Once 15 days have passed since your order was delivered, we are sorry, but we cannot give you a refund or an exchange.

To qualify for a return (refund, partial refund or exchange), your item has to be unused and in the condition you received it in. It also has to be in its original packaging.

Some kinds of goods cannot be returned: personalised goods (pen cases and others), used notebooks, fountain pen inks that are opened or used, any fountain pen that the customer asked us to customise (nib smoothing, nib swapping, nib adjustments) before buying it, fountain pens the customer customised (nib smoothing, nib swapping, nib adjustments) after receiving them, and items advertised and sold as pre-owned through our consignment section.

You pay the return shipping costs, as well as the payment fee of the payment provider (PayPal/Stripe) for the transaction.

If the product(s) we sent differ from what you ordered, or we made another error with your order, we will reimburse your return shipping cost in the limit of the initial shipping cost (or at most 24 eur).

Refunds (if applicable)


When your return has arrived and been inspected, we will email you to say that the returned item has reached us. We will also tell you whether your refund is approved or rejected.
If it is approved, your refund is processed and the credit goes automatically to your credit card or original method of payment within a certain number of days.

Late or missing refunds (if applicable)

No refund yet? Check your bank account again first. Then contact your credit card company, as it can take a while before the refund is officially posted. Next contact your bank; there is often some processing time before a refund is posted. If you have done all of that and still""",
     ("payment fee of the payment provider", "in the limit of the initial shipping cost")),

    "sherriannewilson": ("""Returns:

  1. A return is possible only for items not bought on sale, and you must start the refund within 14 days of receiving your order by emailing returns@sherriannewilson.example to ask for a return authorization. The planner has to arrive in 'pristine' condition we can sell, or it cannot be refunded, so we recommend sending your item back with tracking and in its original packaging. If a returned item reaches us damaged, an industry standard 20% damage fee is deducted from the purchase price to cover the stock we can no longer sell.

    Once your return is authorized, we email you our return information and the correct return address. Returns sent to addresses other than the address we provide cannot be refunded.

  2. The customer pays the return shipping.

    Every refund is at our discretion. We will NOT give refunds more than 14 days following the date of purchase (unless an offer plainly states a special, longer refund policy). Every refund is at our discretion.

  3. Eligible returns are refunded minus the outbound shipping cost, OR, if shipping was free, a 20% outbound shipping fee is deducted to cover what it cost us to ship the product to you, since that cost is not paid back to us.

  4. Please include your original packing slip, or a note with your order number and name, so the return and refund can be handled quickly. Most delays in returns come from parcels sent back with nothing to identify them, so we cannot tell who the return is from.

  5. After we send you the return address, you have 14 days to get the item(s) to our facility; if it arrives after 14 days, no refund will be issued.

  6. If you have written in your journal, or it has pages missing, it cannot be returned.

Exchanges""",
     ("20% damage fee", "addresses other than the address we provide", "more than 14 days following the date of purchase",
      "20% outbound shipping fee", "include your original packing slip", "14 days to get the item(s) to our facility")),

    "sjbuniformshop": ("""Refund Policy

Refund Policy

Our policy runs for 30 days. Once 30 days have passed since your purchase, we are sorry, but we cannot give you a refund or an exchange.

 

An item can be returned only if it is unused and in the condition in which you received it. It must also be in its original packaging.

 

We need a receipt or proof of purchase to complete your return.

 

Refunds

An item can be refunded only if it is unused and in the condition in which you received it, and in its original packaging. To return an item, please email us at info@sjbuniformshop.example and bring your item in to the school office with the receipt or proof of purchase. When your return has arrived and been inspected, we will email you to say that the returned item has reached us. We will also tell you whether your refund is approved or rejected.

If it is approved, your refund is processed and the credit goes automatically to your credit card within a certain number of days.

 

Late or missing refunds

No refund yet? First check with your credit card company, as it can take a while before the refund is officially posted.

If you have done that and the refund still has not arrived, contact us at info@sjbuniformshop.example.

 

Sale items

Only items at regular price can be refunded; we are sorry, but sale items cannot be refunded.

 

Exchanges

An item can be exchanged only if it is unused and in the condition in which you received it, and in its original packaging. To exchange it for the same item, email us at info@sjbuniformshop.example and bring your item in to the school office with the receipt or proof of purchase.""",
     ("bring your item in to the school office",)),

    "backpackdesign": ("""Returns & Exchange Policy

Returns & Exchange Policy

Changing your mind is fine!
We accept returns* for 14 days after your package reaches you.
If the return comes after that period, or the item is damaged, worn or not in its original packaging, Backpack-Design cannot take the items back and cannot refund them. To return one item from an order, you do not need to send back the whole order.
If you are not fully satisfied with something you bought from Backpack-Design, for whatever reason, please read the return, refund and exchange information below.
*Please note that the return shipping costs are yours to pay, and any shipping fees you paid with your order will not be refunded.

General Conditions


Our returns apply only in the country where our sites are located.
Just send the item back to us for an exchange or a refund within 14 days of your order's delivery. Returns made after the 14 days are not accepted.
Every return request needs the original proof of purchase or a printed copy of the receipt or invoice, and the item must be unused, unworn and undamaged, with all original tags attached and in its original packaging. Backpack-Design store associates or warehouse staff must judge the item resalable. Every return is checked and approved at Backpack-Design's discretion.
Returning any part of the purchase means forfeiture of the offer, or of an amount equal to the offer.
If we shipped the wrong item, or it was damaged in shipping, please email our customer service team.
Refunds with the receipt are based on the price paid at purchase.

Instructions for Returning by Mail:

  1. Contact Customer Service
    Start your return by emailing our customer service team at contact@backpackdesign.example. Your satisfaction is our""",
     ("only in the country where our sites are located", "forfeiture of the offer")),

    "nataliyahines": ("""Refund, Return, and Cancellation Policies
Returns:
To start a product return, please describe the issue through the contact page.

Original works and limited edition prints can be returned for a refund within 30 days of purchase. Once 30 days have passed since the purchase, we are sorry, but refunds or exchanges cannot be given.

To qualify for a return, the item must still be unused and in its original condition and packaging.

A valid receipt or proof of purchase is needed to start a return.

Open edition prints are subject to potential exchange or a partial refund within the first 30 days after purchase.

Refunds (if applicable):
When the returned item has arrived and been inspected, we will email you about the status of your refund request. If it is approved, the refund is processed promptly and the amount goes automatically back to your original payment method within a specified time.
Order Cancellations (if applicable):
A cancelled order is refunded only if it is cancelled within 2 business days of purchase. No refunds are given for orders delayed by UPS or USPS. Rush orders may qualify for a refund after review.

Late or missing refunds (if applicable):
If a refund has not arrived, first check your bank account and/or contact the customer service of the credit card you paid with, as processing times vary before a refund officially shows.
Then try your bank, as there may be further processing time.
If you have done all of that and the refund is still outstanding, please use the contact page within 45 days of your refund request or order cancellation.

Sale items (if applicable):
Only regularly priced items can be refunded; we are sorry, but sale items cannot be refunded.

Exchanges (if applicable):
Items are replaced only if""",
     ("open edition prints are subject to potential exchange", "within 2 business days of purchase",
      "orders delayed by ups or usps", "rush orders may qualify", "within 45 days of your refund request")),

    "wallmapplace": ("""How do I return an item?

Refund/Return Policy:

Returns must come with the original sales receipt.

We do not accept returns of print on demand wall maps, which include every OMP (One Map Place) and GTL (Globe Turner) branded product; their product codes start with OMP or GTL. These are printed as ordered, so they are not stock items.

We accept returns for exchange or refund up to 7 calendar days after the product is delivered. Items have to be in "new, unaltered and unused condition", which means:

• showing no signs of wear or damage of any kind
• within 7 calendar days of the delivery date (no returns after 7 days)

• not a special order or a custom order
• unless the item's own description says it cannot be returned or has a different return policy time period than the 7 days above.

If an item arrives damaged or we shipped the wrong one, please contact Customer Support straight away. Defective items we shipped, and items we sent that you did not order, qualify for store credit or a cash refund.

Refunds depend on our inspecting the item(s) once they reach us.

There is a 0% restocking fee on returned items that are not being exchanged and are not damaged. Once more: you MUST contact us within 7 days if you mean to return ANY item sent from our store. Items sent back AFTER 7 days and WITHOUT contacting us will NOT be refunded.

The customer pays all shipping costs if the seller is not at fault.

For more on returning an item, please contact customer service.

972-000-0000

Thank you.""",
     ("different return policy time period",)),

    "lampscart": ("""Free Shipping Over $90 In The US!

RETURN POLICY

RETURNS, EXCHANGE AND CANCELLATION

CANCELLATION

We accept cancellations only on orders that have not shipped yet. Orders ship 2-7 days after they have been processed. Once your items have shipped, we cannot cancel your order. Once you've placed a custom order you cannot cancel it. See our FAQ and Shipping policy for more about shipping.

RETURN POLICY

Customers can return an item only within 14 days after receiving it. To be returned, the item must be in its original packaging with all its components and in the condition you received it. We do not accept returns on custom orders. If you do not want to exchange the item for another one, we charge a 10% restocking fee plus the applicable shipping fees (see refunds below for the full breakdown of shipping fees). After these fees are deducted, you receive a refund.

EXCHANGE

If you would like a different design, or the lamp you received is faulty, you can exchange it for a different lamp. For an exchange the customer pays the shipping charges, unless the lamp is defective.

REFUND

An item can be refunded only within 14 days after you received it. For a refund, contact our CS team. A 10% restocking fee applies and an amount for shipping costs is deducted on every refund: we deduct $6 for shipping on 1 item, $14 on more than 2 items, $18 on more than 4 items and $24 on more than 7 items.

These charges cannot be waived, and the remaining balance is refunded to your original payment method within 10 business days.""",
     ("once you've placed a custom order you cannot cancel it", "we deduct $6 for shipping on 1 item")),

    "frndz": ("""Return Policy

Supplies:

Office supplies can be returned up to 25 days from purchase, under these guidelines:

The product has to be in its original, undamaged packaging and in a state where it can be sold again (would I buy it like this?).

For example: some items come in thermoformed plastic, the kind you need a utility knife to open. Once you have cut the plastic, the item cannot be returned.

I made a mistake and ordered the wrong thing.

Everyone makes mistakes, and these items can be returned as long as this does not become habitual.

I or they don't like it.

Again, these can be returned as long as it does not become regular practice.

Damaged items.

Can always be returned.

Special Order items and Copy Paper.

Special Order items and copy paper cannot be returned for any reason.

Restocking Fee

Abuse of our company return policy (as management judges it) means the customer is charged a restocking fee, usually 15% of the item's price.

 

Furniture and Machines:

Office furniture and machines are subject to the return shipping fee.

Also, if you change your mind and do not tell us by the 1:00pm CST cut off time, office furniture and machines are subject to the return shipping fee.

This does not apply to products that arrive damaged. Special order items cannot be returned.""",
     ("once you have cut the plastic", "as long as this does not become habitual", "does not become regular practice",
      "abuse of our company return policy", "office furniture and machines are subject to the return shipping fee",
      "1:00pm cst cut off time")),

    "shutterpuzzle": ("""Shipping and Returns Policy

Shipping

We are still working out the best ways to ship our puzzles, so packaging, shipping costs and times can vary. For now we use the U.S. Postal Service, Priority service, which comes with tracking for each package and delivers to P.O. Boxes and A.P.O. addresses.

How long a puzzle takes varies, but most are finished and shipped in about 1-3 business days.

U.S.P.S. Priority usually delivers in 1-3 business days. If your puzzle has not arrived within 9 days of shipping, please contact us.

Overview

Our refund and returns policy runs for 30 days. Once 30 days have passed since your purchase, we cannot give you a full refund or an exchange.

An item can be returned only if it is unused and in the condition in which you received it. It must also be in its original packaging. Puzzles must be defective by error in production, or damaged or lost in shipping.

We also do not accept refunds for:

 

    • Gift cards
    • Products used beyond the trial amount
    • Puzzles whose images were submitted by mistake

We need a receipt or proof of purchase to complete your return.

If it is an item we resell, such as puzzle glue, please do not send your purchase back to the manufacturer.

In some situations only partial refunds are granted:

 

 

    • Any item not in its original condition, or damaged or missing parts for reasons that are not our error.
    • A product returned more than 30 days after delivery

 

When your return has arrived and been inspected, we will email you to say that the returned item has reached us. We will also tell you whether your refund is approved or rejected.

If it is approved, your refund is processed and the credit goes automatically to your credit card or original method of payment within a certain number of days.

 

Late or missing refunds

No refund yet? Check your bank account again first.""",
     ("puzzles must be defective by error in production", "do not send your purchase back to the manufacturer",
      "only partial refunds are granted")),
}
