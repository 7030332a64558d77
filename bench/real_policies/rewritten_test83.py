"""The test83 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "plumbie": ("""Returns & Exchanges

Thanks for buying from Plumbie. We want our products and our service to be good, so if a purchase leaves you less than fully satisfied, please read these return and refund terms with care.

General Conditions

Plumbie sells bathroom, plumbing and heating products and hopes every purchase leaves you satisfied. Now and then, though, goods may need to come back or be swapped, and this Returns & Refunds Policy sets out in full how we handle that.

The policy covers purchases made online and in our shop alike, and both sides are expected to keep to it. Placing an order with Plumbie means you accept the terms below.

These terms govern how products bought from Plumbie, on our website or at our shop, are returned, exchanged and refunded. They apply in every case, and by ordering or buying you agree to be bound by them.

Online Returns for Faulty, Defective, or Damaged Goods

Please check everything as soon as it arrives, and tell us within 30 calendar days of receiving it if a product:

  • is defective or does not work as it should;

  • was visibly damaged in delivery;

  • is the wrong item or not as described.

1.1 How to tell us

Report every issue by email to info.plumbie@gmail.com, giving the order number, the item code and a full description of the problem. We may need photos or a video to assess it.

1.2 How we put it right

Once we have reviewed and confirmed the problem, we may offer, at our discretion, one of these:

  • a new product in place of the defective one;

  • a repair where applicable;

  • a refund, in full or in part, when neither a replacement nor a repair is possible.

We arrange or reimburse the return carriage of faulty goods""",
                ("a repair where applicable",)),

    "handlestore": ("""Returns

Important Information - Please Read:

Our 28 Days Returns Policy covers every country unless we say otherwise.

If we sent you the wrong items, or the items reached you damaged, or they prove faulty later on (subject to Guarantees), we will put it right at no cost to you. Simply get in touch through our Contact Us page.

If you changed your mind or ordered the wrong thing, you send the items back at your own cost, on the conditions below:

1. Goods have to be fit to sell again, and must arrive back with Handlestore no more than 28 days after the order date.

2. Return Address: Handlestore Ltd, 18 Empire Industrial Park, Empire close, Aldridge, Walsall, West Midlands, WS9 8UQ. United Kingdom.

3. Pack the goods well, with bubble wrap or something like it, so nothing can move around in the box and get damaged on the way. We inspect every item for marks, chips and scratches, and damaged items are not refunded.

4. Returned goods have to include every part and accessory, or they will not be refunded.

5. Put a copy of your order details in the parcel, or mark the delivery's order number on the package, so that your refund is not held up.

6. We book the goods back into our system and then refund their value, minus any re-stocking charge (this does not apply to consumers) and any carriage charges that apply. We try to have it done within 7 days of receiving them. Our terms and conditions say more.

6. If you want different goods instead, please place a new order.

7. Goods we have made to order for you (extra keys, or locks keyed alike) cannot be returned.

8. If your delivery was free and the goods you keep fall below the free-delivery value, the cost paid by us for postage comes off your refund. If you were given free or discounted items, we take the discounts applied off the refund for""",
                    ("order number on the package", "does not apply to consumers", "cost paid by us",
                     "free or discounted items")),

    "paintplusparts": ("""Refund Policy

Returns are open for 15 days. Within 15 days of your product's arrival you can ask to return it if it is expired or if it was delivered to you by mistake.

Return Eligibility

To qualify, the product must be in its original condition, with all its tags and packaging, and you need your proof of purchase. Email us at info@paintplusparts.com and we will send you a return shipping label and instructions. You must tell us about the return before you send the product back.

Damaged and other issues

If an item reaches you damaged, defective or not what you ordered, contact us straight away.

Exceptions / non-returnable items

Some items cannot be returned: gift cards, sale items, custom orders, hazardous materials, and flammable liquids or gases. If you have a question or a worry, contact us.

Exchanges

Any product that satisfies the return conditions and is not among the items we cannot take back can be exchanged.

Refunds

When your returned product has arrived and we have inspected it, we will let you know whether the refund is approved. An approved refund goes back to your original payment method.""",
                       ("if it is expired",)),

    "ushomeflooringstore": ("""Flooring Specialty Shop backs its premium flooring. If your purchase does not fully satisfy you, you can return or exchange it within 15 days of your order's arrival, as set out here.

Please note: flooring is a specialised product, so for hygiene and quality reasons we take back or exchange none of these: flooring samples, custom-cut items, and adhesive products (tiling adhesive grout) once opened.

Eligibility for Returns & Exchanges

To return or exchange an item:
- it must be unused, still in its original packaging, and fit to resell
- you must start the return no later than 15 days after your order arrives
- you must show the original proof of purchase
- it must not belong to the non-returnable categories above

Return & Exchange Process

Step 1: Start your return or exchange
Send an email to [email protected], our customer service team, with these details:

Step 2: Get a return authorization
Our team will, within 2 business days:
- check that your request qualifies
- give you a Return Merchandise Authorization (RMA) number
- send instructions for shipping the return where needed

Step 3: Send your return
For an exchange or a refund:
- Standard returns: send the item(s) back by the carrier you prefer to our address: Flooring Specialty Shop
1765 Briercliff Road
Corona, US 11368 - Large items: get in touch so we can arrange the return of heavy or bulky flooring products.
Please use a trackable shipping service and keep your proof of postage.

Step 4: Handling your request
When your return has arrived and been inspected:
- Exchanges: we send out the replacement item within 3-5 business days
- Refunds: the refund is processed within 3 business days of the return's arrival

Refund Information

Refunds are paid to the original payment method you used:
- Cards, credit or debit (Visa, MasterCard, JCB): allow 5-10 business days until it shows on the statement
- PayPal: 3-5 business""",
                            ("replacement item within 3-5 business days", "large items")),

    "tileshop": ("""Returns & Exchanges

General Information

  • Active* products sent back in the same condition they arrived in, within ninety (90) days of the day the Buyer received them, are refunded. Field tile comes back only in factory sealed, full box quantities, unless it was sold as a sample.
  • Our goods are natural stone cut from a quarry, clay tile, and other materials processed and made to reach particular colours and textures.
  • Stone is natural and varies in size, colour, shade, veining, texture and polish; that variety is what makes each stone unique. The manufacturer supplies every stone sample to show the character of a kind of stone, but the product will vary and is not promised to match a sample.
  • Manufactured tiles may be more even, yet their colour and texture can still vary, and a sample's colour may differ from what is sold now.
  • Coverage figures are only approximate, and we do not guarantee product specifications.
  • Where sales tax applies, orders are taxed where the customer takes possession of them.


Inspections

  • The Buyer, or someone for the Buyer, must inspect any stone or tile on delivery and tell a Tile Shop sales representative promptly about any problem or dissatisfaction with it.
  • A Buyer making a damage claim must allow the seller sufficient time after notification to inspect the damage.
  • Keep the product secure; it must be kept secure until inspected.


Returns

  • A Buyer who is unhappy with the product, whatever the reason, tells a Tile Shop representative, who arranges for the materials to come back.
  • The Buyer gets a full refund for returned materials, on the terms set out here, once the material is back in The Tile Shop's possession""",
                 ("factory sealed, full box quantities", "sufficient time after notification to inspect",
                  "kept secure until inspected", "full refund for returned materials")),

    "wrenandravenhome": ("""RETURN & REFUND POLICY
Customers pay for shipping returns to our showroom. Refunds go to the original payment method, minus the original shipping and handling. The cost of shipping and handling is kept, unless what arrived was damaged, defective or incorrect.

Each fixture gets a quality control review once it reaches us, which takes about 3-5 business days from the day we receive it. Once that is done, the refund is issued within 7-10 business days.

If lighting reaches you incorrect or damaged, let customer service know within 48 hours so a claim can be filed. Lighting that has been installed cannot be claimed for or returned. Returns that arrive with postage due go back to whoever sent them.
REQUIREMENTS FOR LIGHTING RETURNS:
The item(s) were delivered within the last 60 days.
The item(s) are unused and not installed.
The item(s) come back in the original packaging, together with all the original packing material, the factory's information and the paperwork.
The item(s) are packed exactly as they were shipped. Do not write on the packaging or put any markings on its outside. Even a small change in how it is repacked could let the piece break on the way, and the return would then be invalid.
Customized lighting is not refundable, including any change to the overall chain length (longer or shorter).""",
                         ("quality control review", "postage due", "put any markings")),

    "ceiling-fan": ("""Need to ask something? Reach us on WhatsApp
Total (tax incl.): £0.00

Our specialists are here to advise you

Call us on: 20 3318 5310

(charged as a national call)


Chat with our experts

Answers straight away


Our customer service team

Open five days a week.

Reach us through our Contact us page (click here). We answer by the next working day (9AM – 6PM GMT, Monday to Friday). All our emails are written in English. aftersales@ceiling-fan.co.uk

This returns policy leaves your statutory rights untouched, and what it gives you comes on top of the cancellation rights given you by the Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013.

RETURNS

Any Product ("Product") ordered from www.ceiling-fan.co.uk ("Site") that you are not fully happy with may be returned within 14 calendar days of its arrival.

Once you decide to send a product back, do not use it, and look after it while you still have it. It has to reach us whole, clean and unsoiled, not installed, not altered, and in the condition it was sold to you in. As far as possible, keep the labels intact and send the product(s) back in or with their original packaging.

RETURNING PRODUCTS

You may return a Product when you cancel your contract within the 14-day cooling-off period described below.

Please note that paypal orders cannot be refunded, nor exchanged, other than to the PayPal account. To return a PayPal order, post it to the warehouse.

RETURNING PRODUCTS BY POST

Contact our after-sales agents before you ship your parcel to us.

Email aftersales@ceiling-fan.co.uk, or phone +44 203 318 53 10

They will hand you a Parcel Number, which must be written on the parcel so that our ware""",
                    ("paypal orders cannot be refunded", "parcel number")),

    "lockgearstore": ("""The Lock Shop backs its security products and its promise to satisfy customers. If a purchase does not fully satisfy you, we offer a simple way to return or exchange it.

Return & Exchange Timeframe

Most items can be returned or exchanged within 15 days of receiving your shipment. Everything returned must be unused and in its original condition, with its original packaging and documents, all of them.

Non-Returnable Products

Please Note: for security and hygiene reasons these products can be neither returned nor exchanged:

  • Cylinders & Barrels (once fitted, they belong to your property alone)
  • Break Glass products (for plain safety reasons)
  • Digital Locks (after programming they cannot be reset, for security)
  • Anything installed, used or modified
  • Products missing their original packaging or documentation

Return Process

  1. Ask for authorization: within 15 days of your order's arrival, contact us and ask for a return authorization (RA) number.
  2. Pack it securely: every accessory and document goes with the item, in its original packaging.
  3. Add the paperwork: print and enclose the filled-in return form (see the template below).
  4. Send it to our address:

    The Lock Shop
    1843 Irving Place
    Saint Louis, US 63146
    ATTN: Returns [Your RA Number]

You pay the return shipping unless the return comes from our error, so we suggest a trackable shipping service.

Refund Information

When your returned item has arrived and been inspected:

  • refund processing takes 5-7 business days
  • the refund goes back to the original payment method (PayPal, Visa, MasterCard or JCB)
  • we do not refund the original shipping charges
  • we send an email confirming it when the refund has been processed

Exchange Process

To exchange, follow""",
                      ("return form",)),

    "ladderstores": ("""Refund policy
Refund and Exchange Policy
Ladder aims for you to be fully satisfied with what you buy. Still, sometimes an item may need to come back or be exchanged, so this is our refund and exchange policy:
1. **Which items can be returned or exchanged:**
- Returns and exchanges are accepted up to 14 days from the date of purchase.
- The item has to be unused and in the same condition you received it in, in its original packaging.
2. **Items that cannot be returned or exchanged:**
- Clearance items and personalized or customized items, among others, cannot be returned or exchanged unless they reached you damaged or defective.
3. **How refunds work:**
- When your return has arrived and been inspected, we email you to say it has arrived. We will also let you know whether your refund is approved or rejected.
- Once approved, the refund is processed and credited automatically to your original payment method within a number of days that depends on how you paid.
4. **How exchanges work:**
- To swap an item for another product or the same one, contact our customer service team, who will help with the exchange and walk you through the steps.
5. **Return shipping:**
- Customers pay the shipping for returning an item, and shipping costs are not refunded. If you get a refund, the return shipping cost is deducted from your refund.
6. **Damaged or defective items:**
- Should an item reach you damaged or defective, contact us straight away. Depending on the case, we will arrange a return, a replacement or a refund. We might ask for photos showing the damaged or defective item, for our records.
7. **Refused returns:**
- We may refuse any return that does not meet the c""",
                     ("deducted from your refund",)),

    "powergenerators": ("""At PowerGenerators.us we want every generator purchase to leave you fully satisfied. Power equipment is specialised, so our return policy weighs your satisfaction against the practical side of handling large equipment where safety matters.

Standard Return Policy
- 30-Day Satisfaction Guarantee: most new, unused generators may come back within 30 days of delivery, refunded in full less shipping costs and any restocking fee.
- Restocking Fee: returned generators carry a 15% restocking fee, which pays for inspection, repacking and possible loss of value. We waive it for defective units and for errors we made in shipping.
- Condition Requirements: generators must be returned in their original condition, together with every manual, accessory and piece of packaging. We do not accept units that show use, installation or damage.
- Shipping Responsibility: the customer pays return shipping, which can be high for heavy equipment. Using our provided shipping labels, and following our instructions, is recommended so the unit is handled properly.
Important Restrictions
- Non-Returnable Items: for safety rules and loss of value we cannot take back customized generators, standby systems that were permanently installed, or any generator once started or connected to fuel.
- Safety Certification: every returned generator gets a full safety inspection. Units that fail inspection (through improper handling or modification) are not refunded.
- Documentation Required: every return needs proof of purchase and the original packaging. Missing components lead to a partial refund or a refused return.
Return Process
- Contact Our Team: within 30 days of delivery, phone (516) 747-1100 or email contact@powergenerators.us to ask for a Return Merchandise Authorization (RMA) number.
- Prepare Your Unit: pack the generator in its original packaging, along with its accessories, manuals and documents. Drain all fuel and""",
                        ("our provided shipping labels", "fail inspection", "missing components", "drain all fuel")),

    "refinedlsgroup": ("""Refund and Returns Policy

Return Window
You can ask to return an item within 30 days of its delivery.

Return Criteria

  • Items have to be unused, in their original packaging, and come with proof of purchase.

  • A fixture that bears signs of installation or alteration is not returnable.

Non-Returnable Items
These cannot be returned:

  • Faucets that have been installed, or whose finish has been modified

  • Items sold on clearance or as final-sale

  • Accessories, for example cartridges or filters

Starting a Return
To start a return, email [email protected] with:

  • your order number

  • the item(s) you are returning

  • the reason for the return

Once it is approved, we send you a return authorization with guidance.

Return Shipping
The customer sends returns by a trackable method and keeps the shipping receipt until the return is complete. The customer pays the shipping cost except when the item is faulty.

Inspection & Refund
We examine items when they arrive. A return we approve is refunded within 7–10 business days, to the original payment method. We do not refund original shipping fees. If we decline a return, we will explain the decision clearly by email.

Exchanges
Identical items can be exchanged if we have them in stock. Please check with us before you send anything.

Defective or Damaged Items
If an item arrives damaged or defective, email [email protected] at once with images that show it. We will arrange a replacement or a refund at no extra cost.

Late or Missing Refunds
If your refund has not arrived after two weeks:

  1. Ask your bank or payment provider first.

  2. If that does not settle it, contact [email protected] for help.

Gift Returns
Gift recipients who return items in a condition fit to resell may get store credit.

Support Contact
For any question about returns or refunds, write to [email protected]. We aim to help professionally and courteously.

Shopping Cart
Scroll to Top""",
                       ("explain the decision", "gift recipients")),

    "fenceweb": ("""Return Policy
Fenceweb Inc. takes back most items within 30 days of their arrival. Every return is charged a 20% restocking fee, and the refund leaves out shipping costs. Specially fabricated and special-order items, and electronic devices, cannot be returned. Once the 30 days have passed, send any warranty claim to the product's manufacturer, under that manufacturer's warranty terms. The customer pays for return shipping. The guidelines that follow give the details.
How to Return Item(s)
Every return needs a valid Return Merchandise Authorization (RMA) number. Call us on 214-878-1900 to get one, and put the RMA number on the package, where it is easy to see, or on its shipping label.
Return Address:
Fenceweb Inc. – Attn: Returns
10390 Shady Trail Suite 100
Dallas,
Texas 75220
Send items back in their original condition, with the original store packaging or container, and put that packaging inside a second protective box to ship it. Note:
- Items that have been used or installed cannot be returned.
- The customer is responsible for getting every item back to us safely and undamaged.
- Ship by a method that includes insurance and needs a signature on delivery.
Items sent back without all their parts, their installation instructions or their original packaging, or in a state that cannot be sold, get no credit. Damage of any kind, or a missing part, brings deductions from the refund amount.
Refund Policy
We take these deductions off refunds:
- 20% Restocking Fee: every eligible return carries a fee of at least 20%.
- Additional Handling Fee: items sent back without their original packaging may carry an additional handling fee, depending on the item.
- Special Orders: higher restocking fees may apply to custom or special-order items, quoted when we issue the RMA.
We do not refund original shipping costs. Refunds are usually processed within f""",
                 ("product's manufacturer", "rma number on the package", "deductions from the refund amount",
                  "additional handling fee", "higher restocking fees")),
}
