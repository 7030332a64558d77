"""The test65 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "mattressbrands": ("""When you exchange a mattress, these conditions hold:
The mattress has to come back in "Like New Condition": no stains, no smells, no damage. So that it stays that way, a mattress protector must be bought with the mattress, at the time of purchase, and it must be one that qualifies.
An exchange is for a product of the same size only. You cannot change sizes. The mattress must be like new, with every tag still on it.
For up to 90 days after purchase you get 100% of what you paid as credit towards the exchange. From day 30 to day 90 after purchase, the credit towards the exchange is 50%. The credit is worked out from the total you spent on the mattress when you first bought it.
If the mattress you pick in exchange has a higher retail value than what you paid for the first one, you pay the whole difference in retail price. If it has a lower retail value, there is no credit or refund of the difference.
Some products are left out of our 90 Day Comfort Exchange: Clearance Sleep Systems, Adjustable Bases, Special Size Orders (for example Full XL and Split Cal King), Floor Models, Mattress Protectors, Bed Rails, Promotional Items, Pillows, Linens, exchanges under a warranty for defects, Damaged items, and products that are Soiled or Unsanitary.
The exchange is open to only the original purchaser named on the sales order.
To talk about an exchange or to start one, go to the store where you bought the mattress; if you bought it online, call our Customer Service department at 281.210.7647 or email CustomerService@mattressbrands.com.""",
                       ("a mattress protector must be bought", "from day 30 to day 90", "same size only",
                        "worked out from the total you spent", "you pay the whole difference",
                        "no credit or refund of the difference", "only the original purchaser")),

    "smartviewhomes": ("""Returns & Refunds Policy

Please read the refund and cancellation terms below with care before you complete your order. They are meant to make shopping with us smooth and to reflect the service we promise. If anything is unclear, our customer service team is glad to help.

1. Can I Return My Order? Each of our window treatments is made for you, to the specifications you give us. Because they are made to order, we do not take returns unless there is a defect in quality. Exceptions:
  • Items that cannot be returned: fabric samples, sample books, and curtains or shades that match the details of the original order.

2. Reasons That Do Not Qualify for a Return • Reading the product images differently (we show detailed photos) • Sizes that differ from the measurements you gave us • Not liking the colour, weight or texture (we suggest ordering samples) • A change of mind, a mistake in ordering, or items you no longer need • Size differences of up to 1 inch either way (the industry standard) • Colour differences from dye batches or added linings

3. Reasons That Qualify for a Return If you find a problem with quality, contact us straight away with your order number, a full description, and photos. We will inspect it as a priority and arrange a repair or a remake so that the item meets the original specifications. Defects we accept: • Errors in production • The wrong lining • Items that do not match their description • Colour discrepancies. Hardware can come back within 30 days if it is unused, undamaged and in its original packaging.

4. Return Address Once a return is approved, our team will give you the address to send it to. Include a valid tracking number and the carrier's details (for example FedEx or UPS). We do not accept parcels without tracking, and cash on delivery parcels are refused. Note: do not send items back to the sender address shown on your parcel.

5. Return Window Every return request must reach us within 30 days of delivery. Requests made later may be turned down. Please check your items soon after they arrive.

6. Shipping Costs Customers pay al""",
                       ("hardware can come back within 30 days", "cash on delivery parcels are refused")),

    "mh10": ("""Return Policy - How Does It Work?

Return Policy

Return with confidence. If the item is not for you, just send it back within 30 days of delivery, unused, in its original condition and packaging, and we will give you a full refund.

Some items can NOT be returned:

  • Clearance Items
  • Used Items
  • Close-Out Deals
  • Personalized items (custom cut runners, for example)
  • Items the sales page marks as Non-Returnable

How a Return Works

  1. Email us.
  2. We give you an RA Number (Return Authorization Number).
  3. Put the item in its original packaging, or in other packaging that keeps it just as safe.
  4. The customer pays for return shipping. You may send the item back with UPS, USPS or FedEx. We have low-cost contracts with UPS and FedEx and can give you one of these cheap return labels; if you want a prepaid return label from us, the cost of that label is taken off your refund. For example: you send back a 5x7 area rug, and the usual return cost is $25. You paid $100 for the rug, so after the $25 return cost your refund is $75.
  5. We email you the return label.
  6. Stick the return label on the packed item and hand it to the carrier.
  7. Your refund is made on the same day our department receives your return.""",
             ("cost of that label is taken off your refund",)),

    "uswalldecor": ("""Return Policy (updated 5 hours ago)
We want you to love what you buy! This is how our return policy works for each kind of product.
General Return Rules
- Every return must be authorized. Contact us first and we will give you a Return Authorization Number (RA#).
- Items must be unused, unopened and in their original packaging, with no exceptions.
- The customer pays for return shipping.
- Returns carry a 20% restocking fee unless you choose store credit.
- You must ask for a return within the time allowed, which depends on the kind of product (see below).
- We give no refund for a refused delivery or for a disputed order. Please contact us first so that we can help.
Tip: always try a sample first, above all for peel-and-stick, and leave it on the wall for a week to check that it sticks before you order in full.
Wallpaper Returns
- Return Window: 30 days from delivery, unless the item is marked Final Sale.
- After 30 days, the sale is final.
- Wallpaper must be unopened and still in its original cellophane.
- Wallpaper that has been opened or installed is final sale.
- Brands we cannot take back: Cole & Son, Brunschwig & Fils, Clarke & Clarke, GP&J Baker, Lee Jofa, Scalamandre, Mitchell Black, and Mayflower.
- Commercial wallpaper (sold by the yard) and custom orders are final sale.
- Custom orders with stated lead times cannot be cancelled once production has begun, and are not refunded.
- Accessories, paste and samples are final sale.
- A note on batches: wallpaper is printed in dye lots, and we cannot promise the colour will match from one batch to another, so please order every roll at the same time. If you order more later and it comes from a different batch, we take back only unopened rolls from a later order.
Rug Returns
- Rugs can come back within 15 days from delivery.
- They must be unused and in their original packaging.
- Rug samples are final sale.
- After 15 days, the sale is final.
Pillow Returns
- Every pillow sale is final.
Trade Account Orders
- Every trade order is final sale.
- Because of the special discounts they carry, we cannot take retu""",
                    ("no refund for a refused delivery", "depends on the kind of product",
                     "rugs can come back within 15 days", "cannot be cancelled once production has begun",
                     "only unopened rolls from a later order")),

    "tileshopper": ("""Refund Policy
You can return an order within 14 days: you have 14 days from the day it reaches you to ask for a return.
To qualify for a return, your tiles must be as they were when you received them: unopened, unused and in their original packaging. You will also need to give us the receipt or another proof of purchase.
To start a return, email us at info@tileshopper.com. If we approve the return, we will send you a return shipping label and tell you how and where to send your parcel. Please note that we will not accept items sent back to us without our approval first.
For any question about returns, you can always email info@tileshopper.com.
Damage and Problems
Please check your order when it is delivered and tell us straight away if an item is defective, damaged or not what you ordered, so that we can look into it and put it right.
Exceptions / Items That Cannot Be Returned
Some items cannot be returned, among them:
-
Custom or special-order tiles
-
Clearance or final-sale items
-
Boxes that have been opened, tiles that have been cut, and products that are partly used
If you are not sure whether your order can be returned, please write to info@tileshopper.com.
Exchanges
The quickest way to get the product you want is to return the item you have (once the return is approved) and then place a new order for the one you want instead.
European Union 14-Day Cooling-Off Period
If your order is delivered into the European Union, you may cancel it or return it within 14 days, for any reason and without giving one. As above, the items must be unused and in their original condition and packaging, with proof of purchase.
Refunds
When your return has arrived and we have inspected it, we will tell you whether it is approved or rejected. If it is approved, we will refund your original payment method within 10 business days. Your bank or card provider may take some more time to post the refund.
If 15 business days or more have gone by since we approved your refund, please cont""",
                    ("european union",)),

    "cmainternational": ("""Refund and Returns Policy
This Return & Refund Policy ("Policy") covers every lighting product bought from our website, including lamps, fixtures, bulbs, LED products and related accessories, among others ("Lighting Products"). When you place an order, you (the "Customer") accept the terms below.
Right to Return: 14 Days
The law gives you the right to ask for a return within 14 days of the day the Lighting Product was delivered to you.
To use this right, you must tell us in writing within those 14 days.
When a Return Is Accepted
We accept a return only when every one of these conditions is met:
1. The Lighting Product is unused, has not been installed, and is in its original condition.
2. It comes back with all of its original packaging, including the protective materials, accessories, installation parts, manuals and any hardware that came with it.
3. It shows no sign of installation, wiring, tampering or physical damage.
4. You provide proof of purchase.
5. Lighting Products opened for installation, connected to the mains, or altered in any way can never be returned.
Lighting Products That Cannot Be Returned
For reasons of health, safety and regulation, these items cannot come back:
• Lighting products that have been installed, or that someone has tried to install
• Hardwired fixtures with any marks of installation
• Light bulbs, LEDs and strips that have been used or tested
• Custom, modified or made-to-order items
• Clearance items, "final sale" items, and items marked as non-returnable
• Any item damaged because the customer installed it wrongly
We may refuse any return that does not meet the conditions above.
Goods That Are Faulty, Damaged or Wrong
If a Lighting Product arrives damaged, faulty or not what you ordered, you must tell us within 72 hours of delivery and send photographs showing:
• The fault or the damage
• The inner and out""",
                         ()),

    "belletto": ("""Returns, Cancellations & Refunds

a) Every item returned for a refund carries a 30% restocking charge.

b) We cannot take back or refund special order tiles or bathware, adhesives, grouts, underfloor heating, chemicals, natural stone (travertine, marble, slate), wood products or shower doors.

c) To help us rotate stock and manage shades, please bring back any complete products as soon as you can, and in any case no later than 14 days from the date of purchase.

d) Every return must be in its original, unopened packaging, fit to be sold again, and come with its original documents. If a returned product has lost its resale value and we judge it not fit for purpose, we will not refund it; you may then collect them from our warehouse within 7 days, after which we may dispose of them.

e) Every return must be brought back to where you first bought them.

f) Products sold in a sale, a promotion or a clearance lot can never be returned or exchanged.

g) We never give refunds in cash or to a card. Every refund is made as a credit note. This does not affect your statutory rights.

h) Orders other than special orders that are cancelled within 14 days of ordering get a full refund. If you cancel within three days of delivery or collection, you receive only part of the price back. Refunds are worked out from the cost of the item and any taxes on it.

i) If you cancel an order after the goods have left our distribution centre or our suppliers, we refund it less whatever it costs us to get the items back.""",
                 ("collect them from our warehouse within 7 days", "where you first bought them",
                  "cancelled within 14 days of ordering", "within three days of delivery", "after the goods have left")),

    "shytle": ("""Return & Exchange Policy
We Care That You Are Happy
1. Return & Exchange Window
You can return or exchange most items within 30 days of delivery. Items must be unused, undamaged and in their original packaging, with every part and accessory.
2. Particular Products
-
Cabinets: must be unassembled and in their original packaging. We cannot take back assembled cabinets unless they are defective.
-
Knife racks and spice shelves: must be clean, unused and fit to be sold again.
3. Items That Cannot Be Returned
-
Custom-sized or personalized items
-
Products that have been used, damaged or altered
-
Clearance or final sale items
-
Items that are not in their original condition
4. How to Return
-
Get in touch: start your return through the contact form on our website
-
Authorization: we will give you a Return Authorization and instructions
-
Send the items back: you pay for return shipping (unless the item is defective)
-
Your refund: after we inspect the items, we process the refund within 10 business days
5. Damaged or Defective Items
Tell us about any damage within 48 hours of delivery, with photos. We will arrange a replacement or a refund, at no cost to you.""",
               ("assembled cabinets", "knife racks and spice shelves")),

    "qualityhardware": ("""Return Policy - Quality Hardware | Commercial Door Hardware

Return Policy
  • Please check your order when it arrives and contact us straight away if anything is damaged or not what you ordered. We will put it right!
  • If you need to return something for any reason, please email us.
  • We will need your original order number and a list of the items you want to return.
  • We will send you a Return Goods Authorization form with full instructions on how to go ahead with the return.
Items Returned to Sender (RTS):
  • For any parcel returned to sender ("RTS"), the customer must pay the return shipping charges before we ship the items again.
  • Customers in the USA may also have to pay any duties, import taxes and/or brokerage fees that arise.
  • Every returned item carries a 30% restocking charge.
  • The restocking charge is waived when you buy something of similar value as part of the return.
  • Items that come back in damaged packaging, or with components missing (screws, instruction sheets or keys, for example), cost more: missing parts are charged extra.
  • Shipping and delivery charges are never refunded.
Goods We Cannot Take Back:
  • Items with signs that they have been used or installed.
  • Electric or electronic hardware.
  • Items bought more than 30 days ago.
  • Liquidation items and final sale items.
  • Large quantities or full cases of stock goods (a case or more of one SKU).
  • Items or orders under $20 net (before taxes and shipping).
  • Locksets that have been keyed alike or master keyed.
  • Extra keys.
If You Were Sent the Wrong Items:
  • Send the wrong items back to us; the customer is not charged for the shipping.
  • As soon as we receive the wrong items, we will send you the correct ones, at no extra cost.
  • Every wrong item must come back unopened and complete""",
                        ("returned to sender", "duties, import taxes", "waived when you buy something of similar value",
                         "missing parts are charged extra", "under $20", "must come back unopened and complete")),

    "patiofurniturewarehouse": ("""Returns/Exchanges
Patio Furniture Warehouse: Return & Warranty Policy
Patio Furniture Warehouse aims to offer good products at fair prices. Before you order, we suggest you visit our store or contact us with any questions, so that you can be sure the product suits your space.
Returns
We take back only regular stock items bought online, and no others.
Every returned product carries a 25% restocking fee.
Returned items must be fit to be sold again: unassembled, unused, and with all the original packaging, hardware and instructions.
Asking for an Exchange or a Refund
Email us within 5 days of delivery to ask for a return or an exchange.
Give us your order number, the delivery date, and the reason for the return.
We review your request within 3 business days; once the return is authorized, you have 14 business days to send the item back.
The customer pays for return shipping.
If you ship the item, you must give us a tracking number.
If the item has not come back within 14 business days and we have no tracking number, your request is closed.
Note: once delivery has happened, the first shipping and delivery charges are not refunded.
Damage in Shipping or from the Manufacturer
If your item is damaged when it arrives, contact us within 5 days of delivery.
Please send us:
Photos of the damage and of the packaging
Your order number
We will look at the problem and help by repairing or replacing the part(s) concerned.
Exchanges
You can exchange an item only for one of equal or higher value.
The customer pays for return shipping.
Items must be fit to be sold again, and must reach our warehouse and be inspected before we ship the new item or you collect it.
There is no exchange for final sale, clearance, liquidation or limited quantity items.
Refunds
We process a refund once:
The item has reached our warehouse.
We have inspected it and found it complete and fit to be sold again.
Refunds may take 7 to 14 business days after we authorize""",
                                ("stock items bought online", "your request is closed", "of equal or higher value",
                                 "before we ship the new item", "no exchange for final sale")),

    "hottubsonlineshop": ("""What We Promise You

At Hot Tubs Sale we want you to be fully happy with our hot tubs and wellness products. Buying luxury goods takes trust in the products and in the service behind them, so our returns and exchanges policy is kept simple, to give you peace of mind when you shop with us.

Time Allowed for Returns & Exchanges

You can return or exchange items within 15 days of the day you receive them. To qualify, an item must be as it was when you received it: unused, in its original packaging, and with every tag and accessory.

How to Return or Exchange, Step by Step

1 Ask for a Return

Within the 15 days, email our customer service team and tell us:

  • Your order number
  • The product's name and how many
  • Why you are returning or exchanging it
  • Photos of the product (where they help)

2 Fill In the Return Form

We will email you a return authorization form and instructions. You can use the form below as a model for your request:

Return/Exchange Request Form

Subject: Return/Exchange Request, Order number (your order number)

Message:

Dear Hot Tubs Sale customer service,

I would like to [return or exchange] something I bought recently.

My order:

  • Order number: (your order number)
  • Date I ordered: (date)
  • Product(s) I am sending back: (name and how many)
  • Why I am returning or exchanging it: (your reason)

What I would like:

  • [ ] A full refund
  • [ ] An exchange for (product)
  • [ ] Store credit

I confirm that the item(s) are unused, in their original packaging, and have all their accessories.

Please tell me how to send the item(s) back.

Thank you,

(your full name) (your phone number)

3 Pack the Item

When your return has been authorized, car""",
                          ()),

    "nedita": ("""Returns and Cancelled Orders
Sending Products Back
You may send back a stove or any other product you bought from us, or cancel your purchase, without giving us any reason. A few conditions apply:
- Once your order has reached you, you have 30 days to tell us whether you want to exchange it, return it or cancel the purchase. To return a product, tell us so by email.
- The product must come back unused and unassembled. You are welcome to look it over, of course. Take care when lifting the stove's parts out of the box, because we expect the item to reach us complete and undamaged.
- Please send the heater back in its original packaging (the box and its original packing materials).
- For a full refund, the original packaging must be undamaged. You may of course open the box carefully; for smaller stove parts you may carefully cut the tape around the parcel.
- You are liable for any loss in value of the items that comes from using them. It is up to you to find out what the heater is like, what it does and how it works, from our website and catalogue and, where there was one, from a phone call or written exchange with us. Such things are not a reason to send the stove back, unless the heater does not work or does not do what we described. That must of course be shown, since independent test laboratories have tested how our products work.
If we pass a loss in value on to you, these are our guidelines*:
- Damaged packaging = 20% loss in value
- No packaging at all = 50% loss in value
- A product that is damaged, incomplete, used or dirty = 100% loss in value
These figures are only a guide. Each service case is different, and we decide case by case, from the state the product comes back in, how much we pay out.
How do you re""",
               ("packaging must be undamaged", "loss in value", "not a reason to send the stove back",
                "damaged packaging", "no packaging at all", "used or dirty")),
}
