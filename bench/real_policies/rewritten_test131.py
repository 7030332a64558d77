"""The test131 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "rockettrailers": ("""Returns & Exchanges
Our Policy
SERVICE PARTS
General: Should a service part or item you bought from us leave you less than fully satisfied, for whatever reason, you may send it back within 7 business days. It has to be in the state it was in when you bought it: in its original packaging, not opened, not installed, and together with everything that came with it. Every return needs our authorization in advance and carries a re-stocking fee of 25% or $55.00, whichever amount is the higher. We take that fee off the sum you were first billed and credit you with what is left.
Incorrect Item: When the part or item you receive is not the one you ordered, you pay nothing extra. We swap the incorrect part or item for the right one, and then either we pay any price difference or you receive a credit for it.
Warranty Item: Items sent back under warranty we may, as we see fit, exchange or refund, provided the warranty period has not run out.
**Certain goods, opened seals and bearings and electrical goods among them, cannot be refunded**
NEW TRAILERS
Once 48 hours have passed after you order a new custom trailer, cancelling it means losing your 60% deposit.""",
        ("whichever amount is the higher", "receive a credit for it", "warranty period has not run out",
         "losing your 60% deposit")),

    "caravanstuff": ("""Returns and Cancellation

RETURNS

1.We hope your purchase pleases you. Should you need to send one or more items back, we will give you a refund or an exchange (not counting any shipping costs you paid), provided they are returned within 28 days of delivery, unused, in their original packaging and with proof of purchase.Please send them to the caravanstuff.com address printed on your invoice, which also appears on this website's 'Contact Us' page.

CANCELLATION

1.You may cancel the contract whenever you like until the close of the seventh working day after your order arrives. Working days exclude weekends and Bank Holidays.
2.If you wish to cancel, you have to tell caravanstuff.com so in writing, by post or by e-mail, at the address printed on your invoice or shown on this website's 'Contact Us' page. Say which item or items you ordered and when they were delivered.
3.If you cancel once the goods have been delivered, sending them back to caravanstuff.com is up to you and at your own expense. Send them to the address printed on your invoice or shown on the website's 'Contact Us' page. Please take reasonable care that the goods come to no harm while you have them or while they are in transit.
4.When caravanstuff.com has received both your notice of cancellation and the returned goods, we will pay back any amount you have paid within 28 days (shipping costs excepted).""",
        ("seventh working day", "take reasonable care")),

    "energyonthehook": ("""Shipping and Returns
Do you ship internationally? What is your return policy?


RETURNS

Oh, bother.

An item can be returned up to one (1) month after the date you bought it.

Having trouble with the item? Please get in touch with its manufacturer (Balmar or OGM, for example) for a replacement, technical support and the like. Where necessary they will usually arrange an exchange or replacement with you themselves.
Balmar
OGM

Signal Mate

SCAD Technologies
Eclectic D400 (for this one, write to sales@energyonthehook.example)
Battery Failsafe Device
KATO Marine
The customer pays every shipping cost that a return involves.

Defective Products / Warranty Information:
Most of what we sell carries a manufacturer's warranty. If a product gives you trouble, ask the manufacturer concerned for help and troubleshooting. We will work on the problem together with you and the manufacturer. See above.

30-Day Returns:
Products sent back inside the 30 days in their original condition, if we accept them, may be charged a return fee of up to 33% (the manufacturers' usual 25% restocking fee, plus 8% for credit card processing). We may, as we see fit, refuse a return or charge further fees when the goods lack parts or are not in new condition.

Order Cancellation: Cancelling an order you have paid for before the item ships costs you 8% to cover credit card processing, even though the item has not reached you.

How to Return an Item:
1. Email us for an RMA (return merchandise authorization) number, and tell us whether the product has been used or installed.

2. Put the product back in its original packaging, then into a box fit for shipping, together with every original enclosure, part and accessory.

3. Send it to the supplier or manufacturer (we will tell you which and where), with the postage paid in advance (we do not accept C.O.D.) and suitably insured. Note that shipping costs are not refunded.

Thank you.""",
        ("get in touch with its manufacturer", "carries a manufacturer's warranty", "return fee of up to 33%",
         "lack parts", "used or installed", "we do not accept c.o.d.")),

    "goldenchannels": ("""Overview
Should you discover a defect in any of our products, or be unhappy with your order because of a mistake on our side, we send you a replacement at no charge. Alternatively, at any time up to 60 days after your order reached you, you may return a defective product and be refunded in full. We ship replacement parts by the same shipping method you chose when you first bought. When the problem is our fault, we also pay the whole cost of shipping it from you to one of our facilities. A defect that appears after 60 days is dealt with by a replacement under warranty. The details are in our "Now You're Golden Guarantee".
Where everything in your order is still unopened and you want to send back some of the items, or the whole order, for any reason (say, the boat you meant to buy fell through), and all the products are still in their original packaging, we can take the order back when you return it, provided that we give you directions on where it must be sent. The shipping cost is also yours to pay, by whatever method you like, as long as the courier gives you a tracking number.
As a rule we give no refunds for downloads or for software services, paid upgrades to your products among them.
Our online store normally records your purchase for returns and for the warranty alike. Even so, we may want to see an order number, or proof of purchase..
Refunds
After your return has arrived and been inspected, we will email you to say we have received the returned item. We will also let you know that your refund is being processed. Or, should any item come back in a condition in which it cannot be sold, we will get in touch to explain what we found and try to arrive at a solution we both accept. This happens very rarely, so each case is dealt with on its own.
If your return reaches us in a condition fit to be sold again, we process your refund, and a credit is applied automatically to your """,
        ("same shipping method you chose", "replacement under warranty", "solution we both accept")),

    "roundaroundtire": ("""Return and Refund Policy

Return and Refund Policy

New Tires

Every sale of new tires is final, and no refund is given. A tire can only be exchanged if it shows a manufacturing defect you can see (with the car parked or while it is being driven). We do not take back for exchange tires that have punctures, slashes, uneven wear caused by poor alignment, or any other damage the manufacturer is not responsible for. You need to show the receipt or other proof of purchase.

Under the conditions above, a new tire can be swapped for another new tire of the same or a lower value. As long as those conditions are met, we make no charge for installing and balancing the tires you get in an exchange.

 

Used Tires

Every sale of used tires is final, with no refund, and they are sold "as-is" without any warranty.

 

Services

Every sale of a service (installing, balancing, repairing a tire and so on) is final and cannot be refunded. All our workmanship comes with a 90 day warranty. Should you think something is wrong with the service we did, bring your vehicle in; we will find the cause and, where it applies, fix it at no charge during those 90 days. Once 90 days have passed since you first paid, any further inspection or service on your vehicle is charged at our usual rates.

 

Other Products

Every sale of new rims is final and cannot be refunded, except where the wrong size was ordered. Only if the rim won't fit your vehicle will we give a full refund or an exchange.

Any other item can be returned no later than 30 calendar days after the date you bought it. To qualify for a return, the item has to be unused, in the condition in which it reached you, and in its original packaging. You must provide a receipt or other proof of purchase.

 

Shipping

The cost of shipping your item back is yours to pay. We do not refund shipping costs. When you are refunded, what it cost to send the item back will be ded""",
        ("manufacturing defect you can see", "punctures, slashes", "same or a lower value",
         "no charge for installing and balancing", "90 day warranty", "the wrong size was ordered",
         "won't fit your vehicle", "send the item back will be ded")),

    "driveinautosound": ("""null

Drive-In Autosound Return Policy

Whatever the reason, if a purchase from Drive-In Autosound does not satisfy you, you can bring the goods back for a refund within Thirty (30) days of the date you first bought them. You can take either a refund or house credit to spend on any later purchase. To get that refund or credit, the goods you return must be new, complete and in their original condition. We cannot take back closeout items, special sale items or "as is" items.

RETURNS AND EXCHANGES:
Every product returned or exchanged has to be brand new and 100% complete, with every part and all its packing materials, and no more than 30 days old. Every return needs the original proof of purchase.

RESTOCKING FEES:
Goods returned without their original packing materials or original boxes, with parts missing, and the like are charged at least 25% as a restocking fee.

MERCHANDISE NOT RETURNABLE:

1. SPECIAL ORDERS cannot be returned. The manufacturer's warranty covers special orders.

2. LABOR cannot be returned.

3. INSURANCE REPLACEMENT merchandise cannot be returned. This covers replacement dashes/bezels, ashtrays, armrests, special painting, glass repair and so on.

REFUNDS:
Purchases paid for with a Gift Certificate are not refunded. Refund checks are processed and posted after roughly 14 working days. Purchases first paid in cash or by check are refunded by a refund check issued by the office; the store is not allowed to make cash refunds above $50.00. Purchases paid by credit card or financed are refunded by crediting the account concerned.

HOUSE CREDIT:
Can be spent on anything Drive-In Autosound sells.

LAYAWAY DEPOSITS:
On open orders with no activity for 90 days, layaway deposits can no longer be refunded.

DAMAGE:
Drive-In Autosound accepts no responsibility for damage to your car, or for theft of anything inside it, while it is parked at our premises.

LOW PRICE GUARAN""",
        ("manufacturer's warranty covers special orders", "at least 25%", "gift certificate", "roughly 14 working days",
         "refund check issued by the office", "above $50.00", "crediting the account concerned", "layaway deposits")),

    "truckshop": ("""TruckSHOP.com :: Terms and Conditions

Terms and Conditions

Terms and Conditions

Terms of Sale
By ordering from TruckShop.com (through the online order form, by fax, by mail or by phone) you acknowledge and accept every condition set out below. Parts stay the property of TruckShop.com until the customer has paid for them in full. Prices, specifications, materials and designs of products may change without notice.

Products
Apart from exempt parts, all engine modification components are designed and meant for use off the highway. In California they are legal only on racing vehicles and must not be driven on public roads or highways. Federal and state law forbids taking out or altering any device or design feature that affects emissions or safety on a vehicle used on public highways. Headlight units, engine parts and electrical components are all sold AS IS, with no warranty, and cannot be returned. The user bears every cost and risk of these and other items.

Returns
Goods may be returned for an exchange or a refund only within 30 calendar days of the day you received them. Any return we authorize has to be unused, still in the packaging it came in, fit for resale. Returned bulbs have to remain sealed inside the packaging they came in (opened bulbs cannot be returned). Nothing that bears marks of installation, modification, mounting, scratches or defacing can be returned or exchanged. Before any return is made, we must issue a return merchandise authorization number (RMA); returns that arrive without an RMA number are refused. Write the RMA number plainly on the package's outside, and label the item(s) inside with the RMA Number and your name. Your return has to reach us within 10 calendar days of the RMA number being issued. An RMA is no promise of a replacement or refund; it only means we will inspect the goods against what you have claimed. We reserve the right t""",
        ("opened bulbs", "label the item(s) inside")),

    "hoyetractor": ("""Returns Policy
Returns Policy
Thank you for your business; we will work hard to keep it. We know everybody has to send something back now and then. Feel free to return any item you don't want, whatever the reason, provided it is new and unused. Before you send anything back, though, you must get an RMA (returned merchandise authorization) number from us. It lets us keep track of returns and get your refund to you faster. Email us to ask for the number. Every return is subject to the conditions that follow.
Every return carries a 10% restocking fee (other shops charge 25%). The fee helps pay for three expenses: Sales more than 30 days old are charged a 15% restocking fee when returned. The fee is higher then because by 30 days we have ordered the returned parts again and will end up with more of them on our shelves than we need. For some items, an order more than 60 days old may be refused or charged a higher restocking fee. Items that come back outside their original packaging, unfit for resale, or dirty or greasy are charged a further 15% repacking fee. An item without its original packaging that no longer looks new can no longer be sold by us as a new part. Please pack your return with care, and insure it if it is worth more than $100! Shipping charges are not refunded for items that were unwanted or ordered by mistake. Electrical Parts that have been installed, connected or used in any way cannot be returned for a refund. Should an electrical part be defective (and not wrongly connected or abused), we will replace it or repair it. Most electrical parts are covered against defects for 90 days. Special Order Parts- Every one of our suppliers charges a 25% restocking fee on returns. When a part we ordered specially for you has to go back to the supplier, we have no choice but to pass that fee on to you. Custom made parts and manuals on CD cannot be returned once they have been produced. Defective Parts- If a part """,
        ("more than 30 days old", "more than 60 days old", "further 15% repacking fee", "replace it or repair it",
         "covered against defects for 90 days", "pass that fee on to you")),

    "themowershop": ("""Return Policy

No Hassle Returns Should we ship the wrong item, or the carrier damage or lose your parcel, please get in touch with The Mower Shop.

On the terms below, buyers can send parts and products back for any reason up to 30 days after the delivery date, and receive the product's price LESS whatever shipping was paid at the time of purchase (a flat shipping charge applies to orders under $100). Every product has to be unopened and in a condition fit for sale. Electrical components cannot be returned, PTO Clutches, relays, switches, chargers, batteries and wire harnesses among others. A part that comes back opened, used or in any other way unfit for sale will not be refunded. The buyer is responsible for return shipping, buying the shipping label included. If it is easier for you, you may ask us for a shipping label (we take its cost off your refund). The Mower Shop sends prepaid return labels when a carrier has damaged the goods, when a package is lost, and when an item is incorrect.

Carrier Damage Should your delivery be damaged on its way to you, accept the shipment and contact us straight away. We will handle the damage claim with the carrier and send you a new order. Check your delivery carefully before you sign any delivery receipt. Because of the packaging materials we use, the outside of the packaging may get slightly scuffed in transit. If you see such light surface damage, write on any delivery receipt you sign that there may be "hidden damage" from transport. Light surface damage to the packaging seldom means that the unit or the parts inside are damaged.

Returning Items To start a return, just print out your original purchase confirmation or shipment confirmation. Buy a shipping label and send the parcel to:

TheMowerShop.com
12923 Ford Drive
Fishers, IN 46038

Pack the item, with all its original packing, in a package that is secure. If you need fur""",
        ("we take its cost off your refund", "hidden damage")),

    "srgenset": ("""Product Return and Exchange Policy
We have written this policy to safeguard the lawful rights and interests of buyer and seller alike, and to set out clearly how returns and exchanges work. Please read it with care before you order. Placing an order means you are taken to have understood this policy in full and to accept all of it.
Before you order, make sure you know the details of the product you are buying well, among them its parameters, specifications, performance and the situations it suits. Every product parameter is marked clearly on the product's details page so that the information is correct, accurate and complete.
Should anything in the product information be unclear or raise a question, or should you need more on using or commissioning the product, please write to the channel our customer service officially uses (ivana@generatorsr.example) before you order. We offer professional advice, including help with commissioning generators and guidance on how to use the product, so that you have all the product information you need.
Because we show product specifications clearly and offer professional advice before the sale, commissioning guidance and training for users, so that you understand the product fully before buying it, we accept no return or refund for any reason except a problem with the product's quality. Reasons we do not accept include, among others:
· Personal reasons (for example "the product is not what I expected" or "I no longer need the product");
· A product that fails because it was operated wrongly (where user instructions were supplied);
· Not reading the product information carefully, and then telling us after the purchase that it is "not suitable" or that "the specs are not what I expected";
· A product with no quality problem that has been opened and used (even where resale is unaffected).
1. Definition of Quality Issues and Timeliness of Response
Our products u""", ()),

    "rvpartsonsale": ("""At RV Accessories we are here to back your time on the road with dependable RV parts and accessories. We know how much it matters to get the right components for your vehicle, and we work to make shopping with us easy and enjoyable.
Shipping Information
Order Processing Time
Every order is processed within 1-2 business days once payment is confirmed. When your order leaves us, we email you a shipping confirmation with its tracking details.
Shipping Methods & Delivery Times
- Standard Shipping:
- Shipped by: DHL or FedEx
- Price: $12.95
- Delivery: 10-15 business days from dispatch
- Free Shipping:
- Shipped by: EMS
- For orders above $50
- Delivery: 15-25 business days from dispatch
Note: We deliver worldwide except to Asia and some remote regions. How long delivery takes can depend on the destination and on customs.
Returns & Exchanges Policy
You can return or exchange items within 15 days of the day your order reaches you. Please read the conditions and steps below so that your return goes smoothly.
Return Conditions
- The item has to be in its original condition and packaging
- Not used, not damaged, and with every original tag, manual and accessory
- The original receipt or other proof of purchase must be included
Non-Returnable Items
For reasons of safety and hygiene, we cannot take back or exchange:
- Installed electrical components, or ones showing any use
- LED Bulbs and Lighting taken out of their original packaging
- Air Conditioning parts that someone has tried to install
- Items that are custom or specially ordered
- Fuse, switch or electrical components that have been opened
Return Process – Step by Step
- Send a Return Request: Get in touch with us within 15 days of your order arriving, using the template below.
- Get Authorization: We look at your request and then issue your RMA (Return Authorization Number).
- Pack Your Item: Pack the item securely again in its original packaging, with all its accessories.
- Include Documentation: """, ()),

    "holzfforma": ("""Warranty and Return Policy
At FARMERTEC, returning goods is quick and trouble-free! We aim to give you the best possible shopping experience, easy and fast returns included.
To have a return processed, please get in touch with customer service.
7 days return guarantee
This Warranty covers you if any item you receive is damaged, is not what you ordered, or does not work. Please contact us within 7 days after your order reaches you so that we can authorize the return.
Once you have sent the product back to the address our customer service team gives you, we will send you a new product at no charge (and pay back what you spent shipping the returned product), or you may choose a full refund instead.
Return without reason within 30 days
Should your purchase not satisfy you while the item remains in new condition, you might be able to agree a partial refund covering the item's price less the shipping fee. The return shipping fee is yours to pay. To avoid high import duties on the returned parcel, please do not use express services like DHL, UPS, TNT, FedEx and others.
Please contact us within 30 days of receiving the order so that we can authorize the return.
Missing items, wrong items or wrong package sent
When the parcel is delivered, make sure it is in good condition (with no sign that it has been opened) and check what is inside before you sign for it.
If anything is wrong, get in touch and go through the warranty procedure:
1. Give the order number and the product code (SKU number).
2. Let us have a clear photo of the outer packaging with every shipping label visible, and (where relevant) of the product you received.
Possible solutions once Farmertec has confirmed the problem:
Should an item be missing, we will ship that item or accessory again within the warranty period.
If we sent the wrong item, we will refund you in full or ship a substitute item (where one exists and is in stock). Farmertec will decide if you ne""",
        ("import duties", "before you sign for it", "within the warranty period")),
}
