"""The test112 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "shopparts": ("""User Login

Return Policy

Anything bought from SHOPPARTS.example may come back if the purchase was made no more than 30 days ago. A returned product has to arrive clean, complete and unused, in the packaging it came in, together with the original invoice. We do not refund freight charges.

Before installing anything, the customer should look over every part and accessory. A defective part is covered by a replacement over the counter, and by nothing else. Should no replacement be available, we give your money back within 7 days.

A refund is credited to the payment method you first used, for the sum you paid on the date of the original purchase.

If an order is cancelled, or is not picked up within 30 days, it goes back into stock and counts as a return, with our standard restocking fee.

Every return carries a restocking fee of 15%.

These products cannot be refunded:

  • Gift cards
  • Chemicals
  • Oils, lubricants and greases
  • Automotive parts for a vehicle application, once installed
  • Stain products and tinted paints
  • Personal safety products (protection for breathing, hearing and falls, coveralls, first aid kits)
  • Test equipment for electrical work
  • Shop manuals and other books
  • Any product cut to length, or modified
  • Clearance merchandise and final sale merchandise""",
                  ("should no replacement be available", "cancelled, or is not picked up within 30 days")),

    "thedetailingspot": ("""THEDETAILINGSPOT.example gives you 30 days on most items: you can ask for a return up to 30 days after your item reaches you. Polishers are different, with 7 days instead: a polisher's return must be asked for no more than 7 days after it arrives. The details follow.
Items must come back within those 30 days of receipt, unused, in their original packaging with their tags and branded materials, and with a copy of the original receipt.
Polishers must come back within 7 days of receipt, on the same terms: unused, in their original packaging with tags and branded materials, and with a copy of the original receipt.
Used equipment (polishers, foam cannons, IK Sprayers and the like) cannot be returned; it has to be handled through the manufacturer's warranty process.
Email us at returns@thedetailingspot.example to begin a return. An accepted return must be shipped to the address we give you. We will not accept items sent back before a return was requested.
Returns are handled in the order they reach us, each one case by case, and we may inspect every return to check that it meets our criteria.
When your return has arrived and been inspected, we will tell you whether the refund is approved. An approved refund is paid automatically, within 10 business days, to the payment method you first used. Your bank or card company may need extra time to process and post it.
Please check your order on arrival, and get in touch at once if an item is defective or damaged, or if the item sent was the wrong one, so we can look into the problem and fix it.
Some items cannot be returned: used items, and items whose tags, branded materials or original packaging are missing or were damaged by the customer.""",
                         ("polishers are different, with 7 days instead", "polishers must come back within 7 days",
                          "manufacturer's warranty process", "case by case")),

    "badasshelmet": ("""Terms & Conditions

We do not rush orders or ship express. Please do not ask.

Helmet too large or too small? Not a problem: you can swap it for another size or another style. Follow the Return Authorization (RA) steps below.

Because of state law on DOT helmets, all we offer is an EXCHANGE for another size or model.

NO REFUNDS, on any DOT helmet we sell:

(1) Call 1.866.334.3563 for a Return Authorization (RA) number. Every helmet exchange needs one, without exception.
(2) The RA number has to be issued no later than 7 days after the helmet is delivered.
(3) The RA number must be easy to read, both on your original invoice and written on the outside of the box.
(4) Send your original invoice back in the box with the helmet, and say why you are exchanging it and what you want in its place.
(5) We refuse any helmet exchange that arrives without an RA number or more than 7 days after delivery, and send it back at your cost.
(6) Send every exchanged helmet to the BADASSHELMET.example address we give you when you call for your RA number, and get a tracking number as proof that you shipped it. BADASSHELMET.example takes no responsibility for an exchange return that does not meet all six of these requirements.

Conditions

A helmet is accepted for an exchange only if it meets every condition below:
(1) It comes back in its original condition: new, unworn, unsoiled, undamaged and fit to be resold.
(2) We accept no helmet with fingerprints, scuffs, scratches or other marring on the shell, with damage inside, or with any custom alteration of its 3D artwork.
(3) A helmet we consider damaged, or that cannot be resold, will never be exchanged.""",
                     ("no refunds", "written on the outside of the box")),

    "qualitymotoparts": ("""Last Updated: January 2024

Why You Can Shop With Confidence

We know at QUALITYMOTOPARTS.example that committed riders expect first-rate components and want to feel sure about what they buy. We work hard to send only the best motorcycle parts, but now and then a part has to come back or be swapped. Our simple process lets you order without worry, because we back what we sell.

Returning or Exchanging an Item

The Essentials:

  • Time limit: 15 days, counted from the day your delivery arrives
  • State of the item: unused, in its original packaging, with every tag and component
  • Proof of purchase: we need your original order number
  • Postage: the customer pays to ship a return back

Items We Cannot Take Back

Some components are specialised or matter for safety, so these can be neither returned nor exchanged:

Product Category Why It Cannot Come Back
Quick fill components and fuel tanks Fuel system parts that cannot be sold again once opened, for safety and hygiene reasons
Gas caps Parts critical to safety, which we cannot confirm are intact once a customer has handled them
Parts that were installed or used Any part that shows it was installed, shows wear, or has been taken out of its original packaging

How to Return an Item, Step by Step

Step 1: Send Us Your Request

Get in touch with our customer service team no later than 15 days after your order arrives, using the email template below so that we have everything we need.

Template for a Return or Exchange Request

Subject line: Return or exchange request, order #[your order number]

Body of the email:

Hello QUALITYMOTOPARTS.example team,

Please accept my request for a [return or exchange] of a recent order.

Order details:
Order no.: [your order number]
Date ordered: [order date]
Item(s) to send back: [name and quantity of each]

Why I am returning or exchanging it:
[Describe the reason: size, damage, wrong product, and so on]

What I would like:
[ ] Refun""",
                         ()),

    "pedaller": ("""Shipping & Returns

Returns

As a rule our policy runs for 30 days. Once 30 days have passed since you bought an item, raise your concerns with us first, before you try to submit an RMA or post anything back to us.

A returnable item has to be unused, in the condition in which it reached you, and in its original packaging.

Some kinds of goods cannot be returned at all. Perishable goods (food, flowers, newspapers, magazines and the like) are among them. Nor do we take back goods for intimate or sanitary use, hazardous materials, or liquids and gases that are flammable.

Other items we cannot take back:

  • Gift cards
  • Undergarments
  • Certain health and personal care items
  • Software products that are downloaded
  • Car racks that show signs of use
  • Complete bicycles damaged by abuse or neglect, or by anything that was not our error
  • Service and labor

 

In some situations we grant only partial refunds (where they apply):

  • Bicycles that have plainly been used
  • Electronics, and anything holding a lithium battery, clearly misused
  • Opened CDs, DVDs, VHS tapes, software, video games, cassettes or vinyl records
  • Anything that is not in its original condition, or is damaged or has parts missing, for reasons that are not our error
  • Anything returned more than 30 days after it was delivered

 

We may need a receipt or proof of purchase to complete your return. Your original email receipt, or the purchase history in your account on our website, will do; we usually ask for it only when one of our customer service team processed your return by hand, without an RMA.

Please don't return your purchase to its manufacturer.

 

Bicycles

Bicycles come back under a limited return policy: 14 days, for store credit, so that you can find the right bike while we keep our prices competitive and our service excellent. If you're not satis""",
                 ("raise your concerns with us first", "abuse or neglect", "car racks", "grant only partial refunds",
                  "to its manufacturer", "14 days, for store credit")),

    "theebikeshop": ("""Return Policy

These terms govern every electric bicycle ("eBike") bought from us online or in a store in the United States.

Making a purchase means the customer accepts the terms below.


Every Sale Is Final Unless We Say Otherwise

Unless state or federal law requires something else, the sale of an eBike becomes final as soon as it has been ridden, delivered or picked up.

We take returns only in the limited circumstances set out here.


When a Return Is Possible

An eBike can be returned only when every one of these conditions holds:

  • You ask for the return no later than fourteen (14) calendar days after:

    • the day it was delivered (online orders), or

    • the day you picked it up in the store (in-store orders)

  • The eBike is:

    • unused, and has never been ridden

    • in new condition, fit to be sold again

    • free of wear, damage, dirt and scratches, with no sign it has been operated

  • The eBike comes with:

    • its original packaging

    • every accessory, the charger, the keys, the manuals and the documentation

We cannot take back an eBike that has been activated, ridden, registered, modified or damaged.


Items That Cannot Be Returned

None of these can be returned or refunded:

  • eBikes that have been used or ridden

  • eBikes that were custom-built, customized or modified

  • Items sold as clearance, demo, display or final sale

  • Batteries bought on their own

  • Accessories, parts and apparel, unless they were defective when they arrived


Restocking Fees

At our sole discretion, an approved return may carry a restocking fee of as much as 15%, which covers inspection, repacking and administration.

We do not refund original shipping, handling, delivery or assembly fees.


You Need Authorization First

  • Every return has to be authorized beforehand.

  • A return sent without our written approval first may be refused and sent back to you at your cost.


Return Shipping (Online Purch""",
                     ("becomes final as soon as",)),

    "sourcebmx": ("""SENDING SOMETHING BACK TO US:
- Post the item back, or send it with any courier you like, together with our returns form filled in. For something bulky, a bike for instance, Contact Us if you want us to book a courier collection, and we will quote you a price for it.
- Keep proof of postage or a tracking number, since we accept no liability for returned goods that are lost or damaged. Pack the product carefully so that it reaches us 'As New'; otherwise we may refuse the return or charge a fee for the drop in its value.
- A bike or part that has been assembled, fitted, tried or ridden cannot be returned any more, and neither can a product you damaged while installing it (by cross-threading a pedal or a crank, for example). If you are unsure, watch our installation videos or have a professional mechanic fit it.
- When we refund, we refund only what the goods are worth, never what we charged you for fast shipping. If you send back a whole order, send any free gifts with it too (sticker sheets excepted), or their cost will come off your refund.
- Custom wheels, custom bikes and free gifts can be returned only if they are faulty.
- We deal with your return as quickly as we can, normally within 5 working days. The same day, the refund is paid to the payment method you first used, though your bank may need up to five days to show it in your account.
IMPORTANT: Anything returned for a refund or an exchange MUST be unused, new and saleable, with all of the maker's packaging. Pack returns carefully: we refuse any return showing signs of use or damage. Returned products we cannot resell as NEW will carry a fee for their lost value, or may be refused outright and sent back to you at your cost.""",
                  ("our returns form filled in", "book a courier collection", "drop in its value",
                   "send back a whole order", "their lost value")),

    "marinesan": ("""How can I send an item back?

Refund and Return Policy for Website Orders:

Send the original sales receipt, or the page confirming your order, with every return.

Returns for a refund or an exchange are accepted for 30 calendar days after the product is delivered. Past those 30 calendar days we may, at our sole discretion, offer only an exchange or store credit. Every item must be "new, unaltered and unused".

What we mean by new, unaltered and unused:
--no sign of wear or damage of any kind
--back within 30 calendar days of delivery
--neither a special nor a custom order
--in its original packaging

If your item reaches you damaged, or we shipped you the wrong one, contact Customer Support straight away. Defective items we shipped, and items we sent that you did not order, qualify for a refund or store credit.

We refund only after inspecting the item(s) once they are back with us.
Returned items that are not damaged and not being exchanged carry a 15% restocking fee. Once more: you MUST get in touch with us within 30 days if you mean to send ANY item back. If items reach us AFTER 30 days and you did NOT contact us first, we may, as we see fit, decline to refund them.

When the seller is not at fault, the customer pays all shipping costs.

MARINESAN.example, Seattle (Washington)
Telephone 206-633-1110, email info@marinesan.example""",
                  ("past those 30 calendar days",)),

    "shoptruckparts": ("""We do not refund shipping costs

Within a 20-day period products can come back at no charge, with some exceptions (see our notes on freight returns and on the products that cannot be returned).

A Return Merchandise Authorization number stays valid for 20 days. After the 20 days, a return is subject to a restock fee, or may not be accepted at all.

Usual Reasons for a Return

  1. The product is defective. Tell us if a Product you receive is defective, and SHOPTRUCKPARTS.example will do everything it can to fix the problem.
  2. The product is damaged. We value the work of common carriers, and our Products ship all the time; once in a while an accident leaves the packaging damaged by the time it reaches you. If a package looks damaged in transit, photograph everything and let us know at once, so that we can sort it out quickly.
  3. The product is not the right one. Orders can go wrong. If what you receive is not what you ordered, or we assured you a Product would fit your truck and it does not, contact us. Sometimes the fix is simple; if it is not, we will start a return. Either way we will put it right.

Exchanges

A new Product, with its original packaging, hardware and instructions, can be exchanged. Exchanges carry no extra fees, but the customer pays the shipping charges.

Products That Are Not Defective

  1. Items that work and have not been installed should come back unused, in their original state.
  2. A Return Merchandise Authorization number is good for 20 days after it is issued. Once more than 20 days have gone by, ask us for a new one.
  3. Special order Products come back only if the fault li""",
                       ("subject to a restock fee", "assured you a product would fit")),

    "halfpricecaraudio": ("""Warranty & Return Information

Return Policy


What can we help you with?



You don't like the item, or you ordered the wrong one.

Most items can be sent back to us no later than 14 days after the day you received them, for either:

  • A refund, less a 20% restocking fee (at least $10.00). We do not refund the shipping you paid. The duties and taxes you paid, and any other fee, are not refunded either.
  • An exchange for another item by way of store credit. No restocking fee is charged on credit, but the store credit does not include the shipping you originally paid, and you pay to have the new product shipped to you.
  • PLEASE NOTE:
  • Some items cannot be returned (see the 'policy' tab on each product's page).
  • The cost of shipping the item back to us is yours, not ours.
  • We refuse any item that arrives without an RA (Return Authorization) number.
  • A $35.00 fee is taken automatically out of the refund for any item sent back lacking the packaging it came in.
To ask for an RA number:
  1. Log in to your account.
  2. Choose 'View Order History'.
  3. Pick the order you want an RA number for.
  4. Open the order's details, scroll to the end and complete the 'Create Return Request' section.
After you send the request, we look it over and, where it applies, email you an RA number.

Items that CANNOT come back for a refund or for store credit:
  • Speaker wire and power wire (cut to a particular length, so not returnable.)
  • Subwoofer enclosures, MTX Thunderforms and Q-Logic kick panels (too bulky and costly to ship both ways, or custom-made and not returnable.)
  • Subwoofers or speakers that are physically damaged. (Anything with tears, rips, dents or damage to the surround cannot be re""",
                          ("duties and taxes", "no restocking fee is charged", "new product shipped to you",
                           "$35.00 fee")),

    "premiertiresandwheels": ("""RETURN POLICY
ONLINE ORDERS:
Every wheel and tire comes with the manufacturer's full warranty; ask us if you would like details. Unless you are returning under a warranty claim or because of a defect or quality problem, you pay the return postage and a restocking fee, as the manufacturer decides. Returning or cancelling once an order is placed carries a restocking fee of as much as 25%, charged by the manufacturer concerned (wheels or tires brought into our warehouse from the manufacturer to make up your order included). Asking to change a wheel or tire while your order is being prepared may also bring a restocking fee, depending on how far along the order is. Once tires are mounted on them, wheels can no longer go back to the manufacturer, and tires that have been driven on cannot be returned either.
TIRES:
- Tires must be neither driven on (used) nor mounted; mounted or used products cannot be returned.
- Tires that are no longer serviceable because of:
- Road hazards, such as impacts, cuts, snags or punctures.
- Uneven, cupped or feathered tread wear, among other conditions, caused by poor installation, wheels out of alignment, an unbalanced tire and wheel assembly, a wrong wheel application, faulty mounting or dismounting, or misapplication.
- Damage by the consumer, such as poor upkeep of the tires or vehicle, misuse, abuse, an accident, too little or too much air, or overloading.
- Any use off the road.
- Uneven wear, or tread depths that differ by 2/32" (1.6mm) from groove to groove.
- Any alteration (extra siping, buffing, stud pin holes, regrooving, truing and so on).
- Racing or competition tires that are not in new condition.
- Damage from installation or any other service.
- We do NOT refund shipping charges. You must also arrange for the products to be shipped back to our store yourself.
WHEELS & ACCESSORIES:
- Wheels can""",
                              ("asking to change a wheel or tire", "no longer serviceable")),

    "boatcovershop": ("""Loading...

Returns Without the Hassle

BOATCOVERSHOP.example wants you to be completely happy with what you buy. If something leaves you less than happy, for any reason, read the policy below to see how to return or exchange goods you bought on our website. Our customer service team will gladly answer questions and help you with a return; we want the process to be easy. We have been making covers for more than fifteen years, we stand behind our products, and we will work with you until you are satisfied.

Asking for a Return:

To ask for a return, phone 1-800-930-2176 or email returns@boatcovershop.example. Tell us as much about the return as you can: your order number, why you are returning the item, whether or not the package has been opened, and whether you would like a replacement or a refund.

We take requests for a return or an exchange made no more than 30 days after you receive the original purchase. A return started more than 30 days after receipt will be refused.

Our returns department looks at each RMA request and tells you whether it has been approved or denied. If it is approved, we send you full instructions for returning or exchanging what you bought.

  • We refund once our warehouse confirms that your original purchase has arrived. The refund is paid to the PayPal account or credit card you used.
  • A package that is refused or cannot be delivered within the 48 contiguous states is charged a Return to Sender fee of $19.12, plus the original shipping costs.
  • For a package that is refused or cannot be delivered in Canada, Hawaii, Alaska or Puerto Rico, the shipping charge is deducted from the refund. UPS fees in Canada (brokerage fees, duties and customs fees) cannot be refunded.
  • Items have to be sent back no more than 10 days after receiving""",
                      ("return to sender fee", "hawaii, alaska or puerto rico", "brokerage fees")),
}
