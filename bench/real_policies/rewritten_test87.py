"""The test87 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "chassis": ("""Returns & Refunds

Sending something back

Just phone us or send us an email, giving us your order's details:

  1. Your name
  2. Your email address
  3. A number we can call you on
  4. The date you bought the part
  5. Your order number
  6. What the parts are called
  7. A full account of the reason you are sending the part back
  8. Details of your vehicle

Get in touch with us before you send anything back, and do it within 7 days of purchase. We will not process parts that come back without our authorization given in advance. You will find more on our Return Policy page.

Return policy

What does your return policy say?

Click here to read our Return Policy in full.

What is the standard policy for returning parts and accessories?

To qualify for a refund, tell us within 7 days of receiving your order. Damaged or missing parts, and lost packages, have to be reported to us within 7 days of an order reaching you. Whether you get a refund depends on the parts meeting our guidelines for returns. Click here to learn more about our Return Policy.

Can every part and accessory be returned?

No. None of these can come back: controlled parts, fluids, chemicals, engine assemblies sold bare, some of our tools, some of our printed materials, merchandising aids, and parts on special order. A controlled part is one whose maker has to keep track of the vehicles it is fitted to: emission labels, air bags and seat belts, for example. Electrical parts cannot be returned either. Click here to see on our Return Policy page which items can come back and which cannot.

Return and refund

Which address do I send my return to?

We give you the address for your return when we process it.

Once I have sent the part(s) back, how long do you take to process my refund and issue it?

Processing and authorizing a refund usually takes 2-3 days. We tell you straight away whether it has been approved or refused.

How long before the refund really shows up on my credit/debit """,
                ()),

    "electricbikecompany": ("""Return Policy
The 30-day/50 Mile E-bike Return Policy
Few sellers of e-bikes let you send a bike back as generously as our 30-day/50 mile policy does. This is how it works:
You can ask to return your e-bike during the 30 days after it reaches you; after that, we take no more return requests. To ask for a return, just write to support@electricbikecompany.example.
To qualify, the e-bike must show under fifty (50) miles on the odometer, with no dust, dirt, wear and tear, fragrance, or other sign that it has been used; it must come back in the packaging and condition it was in when you received it, together with everything that was in its box (charger, keys, alarm fobs and so on). Just pack the E-bike again in its original shipping material and box.
If you meet these conditions, we take your return back for a $600 restocking fee, which covers the return shipping and the inspection.
*Please note: when an order was paid through Affirm, the 9.99% Affirm transaction fee is not refunded on its return.
We process each refund only once the item has reached us and been inspected. (Any damage done to a returned bike is taken off the amount we refund.) We then work out a net value and issue the refund within 12-14 business days.
We process every cancelled order within 12-14 business days of being told about the cancellation.
Accessory Return Policy
Accessories may be sent back within 30 days if unopened. Any opened or used items cannot come back unless they prove to be damaged or defective. We cannot take open box returns. Return shipping is paid by the customer.
Helmets in a custom color cannot be returned.
Return Process
To begin a return, email us at support@electricbikecompany.example
If your return qualifies, we will send you instructions on shipping and packing it. Anything you send back before asking for a return will be refused.
Damages and issues
When your order arrives, please inspect it and contact """,
                            ("miles on the odometer", "affirm transaction fee", "returned bike", "within 30 days if unopened",
                             "opened or used items", "open box returns")),

    "dronelabs": ("""Returns
We only take returns within 30 days of your order. Once 30 days have passed since your purchase, we are sorry, but a refund or an exchange is no longer possible.

To qualify for a return, your item has to be unused, in its original unopened packaging, in the condition it reached you in, and complete with all its parts.
We also need a receipt or proof of purchase to complete your return.

Returns carry a 15% restocking fee.

We do not accept returns of these items:
- Products that have been opened or used
- Anything custom-built
- Ready-to-Fly machines
- Gift cards
- Online courses and downloadable software products
- Goods that are perishable
- Paper goods
- Hazardous materials
- Gases or flammable liquids

Please do not post what you bought back to the manufacturer.


Refunds
Drone Labs gives refunds at its sole discretion.

Every warranty request must be approved by the manufacturer whose product it is. Drone Labs may not assess or authorize repairs, exchanges or refunds of a product on behalf of the manufacturer.

A customer who wants a repair, an exchange or a refund through a maker's warranty must see to it that the manufacturer gives Drone Labs formal authorization for it, and should not send the product to Drone Labs before being sure that this authorization has been given.

When your return has arrived and been inspected, we will email you to say that your returned item has reached us.
We will also tell you whether your refund has been approved or rejected. If it is approved, we then go ahead with your refund.

A refund goes back to the form of payment used for the purchase (cash aside). Where the original payment was made in cash, we will get in touch to ask for what we need to refund you, which may be a Credit Card, a PayPal account, or a cheque sent by post.

Please note that refunds""",
                  ("back to the manufacturer", "sole discretion", "approved by the manufacturer",
                   "on behalf of the manufacturer", "formal authorization", "made in cash")),

    "cameragearpromo": ("""Shipping Information
Order Processing
Every order is processed 1-2 business days after we confirm its payment. In busy seasons this can take a little longer, and we will keep you informed.
Shipping Methods & Timeframes
Standard Shipping
Carrier: FedEx or DHL
Price: $12.95
Delivery time: 10-15 business days once it has shipped
Free Shipping
Carrier: EMS
Price: nothing on orders above $50
Delivery time: 15-25 business days once it has shipped
Note: We send orders all over the world except to some Asian countries and remote areas. When your order ships, we send you its tracking information.
Returns & Exchanges
In short: For most items, you may return or exchange within 15 days of delivery. The exceptions and the full instructions follow below.
Eligibility Period
You can start a request for a return or an exchange up to 15 days after the delivery date.
Condition Requirements
We accept a return or an exchange only when the item is:
- In its original packaging, with every accessory that came with it
- Unused and in the condition it was in when it reached you
- Still carrying its original tags and labels (where this applies)
- Complete with all its original documentation and manuals
- Free of any sign of alteration, damage or wear
Non-Returnable Items
Photography products are specialized, so these items can be neither returned nor exchanged:
- Film Products: Instant Film, 120 Film, Disposables (for hygiene, and to protect the product)
- AS-IS Items: items sold as AS-IS/Parts/Junk/Repairs (their condition is disclosed and they are sold as they are)
- Lab Products: lab products that have been opened or used (once open they cannot be sold again)
- Limited Items: Archived/Sold items (only limited numbers exist)
- Custom Items: Personalized Merch & Apparel (made for one customer)
- Any product that shows signs of installation, use, or damage it did not have when it left us
Return & Exchange Process
1Request Authorization
You need a Return Authorization (RA) number before you send anything back. We do not process returns we have not authorized.
Send your request by email to [email protected], giving:
- Subject: Return/Exchang""",
                        ()),

    "headphones": ("""365-Day Returns

Taron and Andrew Lissimore set up headphones.com to be the headphone shop they had always hoped to find. Being headphone fans themselves, they wanted a shop that would take returns for 365 days.

So they resolved to make 365-day returns work, however absurd their wives found the idea.

Years on, the offer still stands, and the wives still consider them mad.

So take your time getting used to your new gear. Our wish is that your purchase pleases you for years, and not just for a few weeks. If it does not satisfy you, you may send items back for up to 365-days, provided they are in like-new condition.

How To Make a Return

1. Contact Us

To start a return request, e-mail info@headphones.example with your order number, the serial number of the product and why you are returning it.

2. Get a Return Authorization

One of the headphones.com advisors will ask you some questions and guide you through the return. When your return has been authorized, the advisor gives you a return authorization number.

Should your item be faulty and still covered by the maker's warranty, the advisor will put you in touch with the manufacturer and help you through the manufacturer warranty process with them.

3. Pack Your Items Carefully

The item has to be in like-new condition and in its original packaging, with all of its original accessories and manuals. Please put it inside a bigger shipping box, so that the original packaging is protected on the way.

Important Refund Details

Refund or Exchange

For the item's full cost, you can choose a refund or an exchange. We make the refund to the payment method you used for the original purchase.

Return Shipping

Return shipping is yours to pay.

Like New Condition

If items are incomplete or not in like-new condition, Headphones.com may turn the return down or charge a restocking fee. Here are some returns that would carry a restocking fee, for example:

  • The returned item lacks some of the parts or accessories that came with the or""",
                   ("manufacturer warranty process", "charge a restocking fee")),

    "shiftcase": ("""Return & Refund

Our Policy on Returns and Refunds: Mobile Cases and Screen Protectors

1. Who Can Return:
– A product qualifies for return when it arrives defective or damaged, or is incorrect at the time of delivery.
– Every item has to be unused and in its original condition, and it must come back in its original packaging.
– Ask for your return no later than 7 days after delivery.

2. Items We Cannot Take Back:
– Products damaged through misuse, careless handling or mistakes in installing them cannot be returned.
– Customized or personalized items cannot be returned, unless they are defective or damaged.

3. How to Return:
– To start a return, get in touch with our customer service team.
– Send us proof of purchase (the order number or a receipt) and evidence of the problem (photos or videos).
– When the return has been approved, send the product to the return address we give you.

4. How Refunds Work:
– We process refunds within 7 days of the returned item reaching us.
– The refund is credited, within 7 days, to your original payment method.

5. Shipping Costs:
– When a return comes from our error (for example a wrong item sent, or a defective product), we pay the return shipping.
– Otherwise, the return shipping charges are for the customer to pay.""",
                  ("incorrect at the time of delivery",)),

    "gamerretail": ("""Refund Policy
Thanks for buying from Gamer Retail. We want every purchase to leave you satisfied, and if your order has not made you fully happy, we will help.
Returns
You can return an item for 14 calendar days from the day it reached you. For a return to qualify:
The item has to be unused and in the condition it was in when you got it.
It has to be in its original packaging.
You need to show a receipt or proof of purchase.
Some items, such as gift cards, downloadable software and digital products, cannot be refunded.
Refunds
When your item reaches us, we inspect it and let you know where your refund stands. If we approve your return, we start a refund to the payment method you originally used. How many days the credit takes to reach you depends on the policies of your card issuer.
Late or Missing Refunds
If your refund has not arrived yet:
Look at your bank account again.
Get in touch with your credit card company, as a refund can take a while to be posted officially.
Get in touch with your bank, since a refund often needs some processing time before it is posted.
If you have done all this and the refund has still not arrived, please contact us: [email protected].
Exchanges
We replace items only when they are defective or damaged. Should you need the same item in exchange, write to [email protected], giving your order number and a description of the problem.
Shipping
The shipping costs of sending your item back are yours to pay. We do not refund shipping costs.
When you return an item worth over £50, think about a trackable shipping service or buying shipping insurance. We cannot promise that your returned item will reach us.""",
                    ()),

    "smarthomeshield": ("""Returns & Refunds

 

SmartHomeShield wants you to be fully satisfied with what you buy. Please read our policies on returns and refunds below.


1. Returns

You can return products within 30 days of purchase when they meet these conditions:

Condition:
The product has to be unused and in its original condition, and it must come back with all of its original packaging.

Process:
To start a return, write to us at contactus@smarthomeshield.example, giving your order number and why you are returning it.

Return Shipping Costs:

  • The customer pays for return shipping, except for a defective or damaged product.
  • We provide a pre-paid return label for products that are defective or damaged.

2. Refunds

Inspection:
When the returned product reaches us, we inspect it and tell you the status of your refund.

Processing:
Once the return is approved, your refund is issued within 10 business days to the payment method you first used.

Shipping Costs:
We do not refund shipping costs, except on returns of products that are defective or damaged.


3. Defective Products

If a product reaches you defective or damaged, please get in touch at contactus@smarthomeshield.example within 7 days of receipt.

Resolution Options:

  • We will provide a replacement product, or
  • We will issue a full refund, shipping costs included.""",
                        ()),

    "lithiumbatterystore": ("""We know a return will come our way one day, so we want to set out a policy that is fair and easy to understand.

To begin with, a manufacturer's defect is put right at once, with no questions asked.

If you open the battery, use it, and then find you do not want it for some reason, things get a little difficult, since a used battery is almost impossible to sell. If the battery has been used and you caused a problem, for example by using a Lead-Acid battery charger to charge it, we are unable to help you, and we can tell easily when that has happened. Every battery is tested and working well before it leaves the plant, and we use only quality materials.

So if you wish to send an item back for anything but a manufacturer's defect, email us the details, telling us why you would like to send the battery back. Then we will reach some kind of an agreement with you. Once we approve, you can send the item back in its original packaging. The shipping is yours to pay. When the battery reaches us, we will test it within a week. Then we tell you the result and send you what we agreed on before you shipped it.

We are glad to advise you on your battery needs, and if the mistake is ours, we will own it and send you what you need. We look at each return request on a case by case basis. If, however, you chose the wrong battery without asking our advice, the fault and the problem are yours. We will need to try selling the battery you returned at ½ price, and will expect something back for the trouble.

Please open every package and check what is inside carefully when it arrives. If the goods were damaged in transit or do not work as they should, please inform the shipper and get in touch to tell us what happened, so that we can help. Do not discard the box, nor any of the packing materials.

Cancelling an order before it has shipped is no problem for us. To qualify for cancellation, however,""",
                            ("lead-acid battery charger", "some kind of an agreement", "case by case basis", "½ price",
                             "inform the shipper", "do not discard the box")),

    "solargearsupply": ("""Menu
Cart 0

Returns

Order Receipt and Acceptance

Customers are strongly urged to check the packaging of their item(s) on arrival. The customer must inspect each shipment on receipt and then accept or reject each shipment. A shipment may be rejected only when (a) the Products or the quantities received differ from the bill of lading, or (b) the Products (or their packaging) show visible damage. The reason for a rejection must be written prior to the carrier's departure on the delivery receipt. If you are unsure the shipment is damaged, write "possible" or "inside" damage on the delivery receipt. Within 18 hours of delivery, the customer must also tell Solar Gear Supply by email, in writing, why the shipment was rejected. A CUSTOMER WHO PUTS NO REASONS FOR REJECTING ON THE DELIVERY RECEIPT, OR WHO DOES NOT TELL SOLAR GEAR SUPPLY, IS DEEMED TO GIVE THE SHIPMENT AN UNQUALIFIED ACCEPTANCE.

Returns Policy

To return products, the customer must first ask Solar Gear Supply for a Return Merchandise Authorization (RMA) number. Write to customer service at returns@solargearsupply.example for instructions and details. Should Solar Gear Supply agree to take the product(s) back, the customer has to mark the RMA number clearly on the outside of the returned package. Every product must be sent back insured, with shipping prepaid, to the address Solar Gear Supply specifies. Only the original customer may ask for an RMA number; anyone who bought products from that customer must go through them.

For all normally-stocked merchandise that comes back in new condition and in its original packaging, with an RMA number, Solar Gear Supply gives the customer store credit for the purchase price, to spend at www.SolarGearSupply.example, our online store. Solar Gear Supply does NOT give cash refunds for merchandise that is returned. Every accepted return gets store credit ONLY. The store credit reaches the customer by email as an online store coupo""",
                        ("accept or reject each shipment", "prior to the carrier", "unsure the shipment is damaged",
                         "within 18 hours of delivery", "unqualified acceptance", "mark the rma number",
                         "only the original customer")),

    "ink-jetprint": ("""Refund and Returns Policy
Website: https://ink-jetprint.example
Contact Email: info@ink-jetprint.example
We at ink-jetprint.com want you to be completely happy with what you buy. If a product leaves you less than fully satisfied, we will help. The details of returns, refunds and exchanges are set out below, in our Refund and Returns Policy.
1. Eligibility for Returns
You may ask for a return when:
- The item arrived damaged or defective
- The product you received is the wrong one
- The item is unused and unopened
Returns have to be requested no more than 7 days after your order reaches you.
2. Non-Returnable Items
Some products cannot be returned, among them:
- Ink cartridges or toners that have been opened or used
- Packs of paper or consumables that have been opened
- Products that are customized or special-order
- Items that are digital or downloadable (where such items exist)
3. How to Request a Return
Start a return by sending an email to info@ink-jetprint.example that includes:
- The number of your order
- A clear account of the problem
- Photos of the item (if it is damaged or the product is incorrect)
When the return is approved, we will send you instructions for it. Please send nothing back until we have authorized it.
4. Return Shipping
- When the return results from our error (a wrong or defective item), we pay for return shipping.
- When you return an item for any other reason, the return shipping costs are the buyer's to pay.
Items sent back must be in their original packaging, with every accessory or manual (if any).
5. Refund Processing
When the returned item has reached us and been inspected:
- We issue a full or partial refund to the payment method you originally used
- Refunds are usually processed within 5–7 business days
- An email confirms to you when your refund is completed
We may refuse a refund when the product comes back damaged by misuse or by poor packaging on its way back.
6. Order Cancellations
- You can cancel an order before it ships.
- If your order has shipped already, you have to wait until it arrives and then request""",
                     ()),

    "toroleather": ("""FAQ/Returns
- Q: Which
ways of paying do you accept?
A: You can pay with any major credit card, with Paypal checkout or with Amazon payments.
To keep you safe, we take no payments by phone or by post.
- Q: How
soon does my order ship?
A: Nearly every order ships on the same or the next business day, public holidays aside. Now and then an order may
need one or two extra days of lead time before it ships.
- Q: Do
you ship outside the US?
A: Yes, we send orders to most places in the world. Please note that the buyer pays all customs duties, import fees
and taxes. We are sorry, but we cannot lower the package value we declare.
- Q: What
does MAP mean?
A: MAP (or UMAP) stands for 'Minimum Advertised Price' ('Unilateral Minimum Advertised Price'): the lowest price at
which a maker lets a retailer advertise its product. For any question about an item, please write to us through
the 'Contact
us' page, giving the model number and the name of the item.
- Returns,
exchanges and refunds:
- Items can be
returned within 30-days, apart from any item marked 'Closeout' or 'Clearance'.
Items on closeout or clearance carry prices meant to clear them, so we take none of them back for return or exchange.
- Every return
needs a Return Authorization (RA) number, requested first. Returns sent without prior authorization are not our
responsibility, whatever the proof of delivery. Items that come back without a valid RA number from us, or that otherwise do
not follow our return policy, are refused or sent back at the buyer's expense.
- An item is
accepted for return only when it is new and unused, with all its original tags and product documentation. Helmet stickers
must not have been removed. We do not accept returns of items that smell of tobacco or perfume or show any other signs
of use. Items returned for a refund only are refunded minus a nominal restocking fee of up to 4%.
- Items sent
back to us that are lost or damaged in transit are not our responsibility. For that reason we recommend that merch""",
                    ("helmet stickers", "lost or damaged in transit")),
}
