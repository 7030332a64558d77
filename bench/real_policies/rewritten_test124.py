"""The test124 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "restaurantequipmentmart": ("""Wholesale Restaurant Equipment

Your cart holds nothing yet

Return Policy

Buying from this website, or ordering by phone, means you accept that you have read the whole of this return policy and agree to its terms. If you have a question about how it applies to something, email us before you place the order. The policy also covers orders that are refused, and returns forced by a delivery the buyer delayed. The details differ from one product, brand or manufacturer to the next. Not every item can be returned.

("Approval First"): We take back nothing we have not approved beforehand, in writing or by email. No later than 14 days after the merchandise reaches you, email us to say that you mean to return it and why. Once we have written back and forth and the return is approved, a further email gives you the address to ship it to and/or the full instructions. A few manufacturers and brands also ask for a Return Merchandise Authorization (RMA) number; where one is needed, we email it to you too. Once approved, the return and the credit together can take 4-8 weeks, counting the parcel's journey back to us or to the manufacturer, the time we spend inspecting the merchandise, and the time your bank or card company takes to post the credit. Credits go only to the payment method you first used. We work to close returns quickly, usually inside that time; how long one takes depends on the return and on how many others are being handled.

("Must Be NEW"): Merchandise has to come back NEW and unused, with every original instruction sheet and all its packing (cartons, boxes, pallets, crates), and must not be damaged on its way back. If it reaches us damaged, used, in anything but NEW condition, or with items missing, the whole return and credit is refused. The buyer must pay the shipping co""",
        ("orders that are refused", "manufacturers and brands also ask for",
         "can take 4-8 weeks")),

    "janitorialsuperstore": ("""ON THE MOVE? GET OUR APP FROM THE GOOGLE OR APPLE STORE. TAP HERE.

SUPERSTORE REWARDS: EARN REWARDS EACH TIME YOU BUY. TAP HERE TO JOIN

SHIPPING OFFER: $10 TO SHIP ANY ORDER ABOVE $75 (NOT TO ALASKA OR HAWAII)

SHIPPING OFFER: A FLAT $10 TO SHIP ORDERS ABOVE $75

OUR RETURN AND REFUND POLICY

RETURN POLICY

Janitorial Superstore takes back any regularly stocked item, Liquid and Powder Products aside, provided it is unused, still in its original packaging, and sent back no later than 30 days after it reached you. Nor can Equipment, Equipment Parts or Special Order Items be returned.

Liquid and Powder Products

No Liquid or Powder Product can be returned. Each one becomes a Final Sale the moment you buy it.

Equipment and Equipment Parts

No piece of Equipment and no Equipment Part can be returned. Each one becomes a Final Sale the moment you buy it.

Special Order Items

No Special Order Item can be returned. Each one becomes a final sale the moment you buy it. We are in the middle of marking this status on every Special Order Item. To learn whether something you mean to buy is a Special Order Item, ask Customer Solutions.

FOR OUR PRIVACY POLICY, TAP HERE

REFUND POLICY

We refund a return once it has arrived and been inspected. The credit goes back to the payment method you used. The costs below reduce what you get back.

Shipping Charges

Every shipping charge is yours: both what the original shipping cost and what it costs to send the item back to Janitorial Superstore. Your refund is reduced by the cost of the return shipping.

Restocking Fees

Janitorial Superstore also takes a restocking fee off your refund, to pay for putting the item back into stock. A restocking fee applies to every item returned, covering the extra costs that a""",
        ("reduced by the cost of the return shipping", "also takes a restocking fee off")),

    "packngoship": ("""Effective Date: June 4, 2025
PackNGOShip.biz works to supply shipping supplies and packaging materials of high quality for what your business needs. If your purchase leaves you less than fully satisfied, whatever the reason, we will give you a fair and clear way to get a refund or an exchange.
Buying from our store means you accept this Refund Policy. Should you have questions or worries about an order, please talk to our customer service team before you start a return or ask for a refund.
1. When You Can Get a Refund
Refunds are offered in these cases:
1.1 Defective or Damaged Products
If what you bought is defective, damaged or not as described, you can have a full refund or a replacement, as long as you tell us no later than 14 days after the goods reach you.
1.2 Incorrect Orders
If the products that arrive are the wrong ones, we offer a full refund or a replacement at no extra charge, as long as you tell us no later than 7 days after the wrong items reach you.
1.3 Unopened and Unused Products
You may send back unopened, unused products for a refund or an exchange up to 30 days after purchase. We do not refund shipping costs, and the customer pays the fee for shipping the return.
1.4 Items We Do Not Refund
These cannot be refunded:
Custom packaging work (for example boxes with your brand, or packaging designed to order).
Products that have been used or opened, unless they are defective.
Anything marked "Final Sale" or "Clearance."
2. How to Return
To start a return or an exchange, take these steps:
2.1 Get in Touch
Tell our customer service team that you want to send something back, giving your order number and a short account of the problem (damaged, incorrect, defective and so on).
2.2 Return Authorization
When we have looked at your request, we send you a Return Authorization (RA) number with instructions for sending the items back.
2.3 Return Shipping
Where an item is defective or incorrect, we will cov""",
        ("7 days after the wrong items reach you",)),

    "safetycare": ("""Returns Policy
1. An item bought from SafetyCare may come back to us up to 14 days after it is delivered, as long as it is unworn, unused, fit to be sold again and in its original packaging.
2. Where an item comes back within that time but, in the packaging it is sent back in, we judge it unfit for resale, SafetyCare charges a 20% restocking fee.
3. SafetyCare pays the carriage for sending goods back, whether for an exchange or a refund, only where the return results from a SafetyCare error.
4. Where the goods supplied were what the customer ordered, the customer pays whatever the return costs.
5. Except where goods were supplied wrongly or are found to be faulty, SafetyCare cannot take back:
- Goods that carry embroidery, badges or printing.
- Goods put together to your requirements.
- Bespoke goods ordered specially for the customer.
6. Where a SafetyCare error is the cause, SafetyCare will collect the agreed return goods from you, at your premises, no more than 5 working days after you ask.
7. SafetyCare does not take back goods that were sold off as clearance lines at specially reduced prices.
8. Every return MUST come with a completed returns form, which you can get by clicking here""",
        ("a 20% restocking fee", "will collect the agreed return goods", "a completed returns form")),

    "thefastenerplace": ("""Returns
Policy:
Every return must be made no later than 30 calendar days after the order reached you. Once those 30 calendar days are over, we accept no returns.
- We take back no item that shows visible use or damage
- Each return has to be in the packaging it came in and in the condition it was in when you received it
- Products made to your own custom specifications cannot come back
- Don't use the original packaging itself as the box you ship in
- Freight charges paid on the original order are not refunded
- Each return has to come with a completed return authorization form supplied by Fastener Place
*Items ordered specially, and items made to meet your particular needs, are final sale*
Shipping Costs:
If you send goods back only because you no longer want or need them, the buyer pays every return shipping cost.
Fastener Place pays all the freight on items we shipped incorrectly.
Restocking Fee:
Returns add a great deal to what business costs, since the seller takes on extra expenses. We charge a restocking fee to win some of them back. They include the staff who handle RMAs, the warehouse staff who receive the return and inspect it, and the time and materials spent boxing it again. Each return is charged a restocking fee of 15% or $25, whichever is greater, paid by the purchaser.
- Refunds are issued 5-7 business days after the date your return reaches us
- Where the item you send back is defective or damaged and we need to ask the manufacturer for replacements, the refund and the replacement may take longer than you expect
Damaged/Missing Parts:
To begin, email us at support@thefastenerplace.example or text 484-660-3562, and be sure to attach photos showing what your claim is about.
- Get in touch no more than 24 hours after delivery when there is any dama""",
        ("original packaging itself as the box you ship in", "completed return authorization form",
         "15% or $25, whichever is greater", "may take longer than you expect")),

    "labequipmentdepot": ("""Before you order anything, please read the compatibility and technical details with care. If a question comes up before you order, please Call Us. We advise checking every specification on the manufacturer's website before placing an order.
Lab Equipment Depot bears no liability when you order the wrong product. We try hard to describe our products fully and accurately. Making sure a product is compatible is up to the customer.
Please note that some products cannot be returned; see our policy on Products that are NOT Returnable.
Returning an Item
- Ask for an RMA
- You can ask to return an order up to 14 days after the date it reached you. We look at each request when it comes in and, if we approve it, send you an RMA number and instructions for shipping the return. Please wait until you have your RMA number and those instructions before you send anything back.
- An RMA asked for more than 14 days after the order reached you may be considered case by case, at the sole discretion of Lab Equipment Depot.
- To ask for an RMA number, email these details to info@labequipmentdepot.example:
- Your Lab Equipment Depot Sales Order Number
- The manufacturer's part number
- The product's serial number
- How many items you are returning
- Your email address and a phone number to reach you
- Why you are returning it
- What you want: a refund or an exchange
- Each RMA number expires after 14 days; it cannot be extended and will not be issued a second time. Your return has to arrive within 14 business days of the date the RMA was issued.
- Get the RMA
- When approved, you will be emailed your RMA number and the address returns go to.
- Pack
- Put the item back in its original package, or put the original package in another box together with the item. Take every item apart and pack it again the way it arrived.
- Please pack the items so that nothing is damaged in transit, and make sure the product's own packaging stays in its original con""",
        ("considered case by case",)),

    "bkovacs": ("""Refund and Returns Policy
Our first concern is that you are happy with what you buy. Buying online is not always easy, workwear such as medical uniforms in particular, so we wrote a return and refund policy that is open and flexible, for customers wherever they live.
We ship to every part of the world and serve professionals in many countries and on several continents. Whether you order from a big city or somewhere remote, you can be sure that if something does not fit or is not what you hoped, we will work to put it right.
When can I send an item back?
Any eligible item can come back up to 14 days after your order reaches you. Any reason will do: a size that is a little off, a colour you did not expect, or simply a change of heart.
For your return to go smoothly, it has to meet these conditions:
• The item is unused, unworn and unwashed
• It is in its original condition and comes back in the original packaging, every label and tag still on it
• It shows no damage, make-up marks, pet hair or smells
• Any accessories or bonus items that came with it come back too
We may turn down a return that does not meet these conditions.
Which items cannot be returned?
For reasons of hygiene and customization, we take no returns of:
• Personalized items (embroidered with your name or logo, for example)
• Underscrubs and base layers
• Headwear or caps once worn
• Sale or clearance items sold as final sale
If any of these items reaches you damaged or wrong through our mistake, though, you can still have a full refund or a replacement.
How are refunds made?
When your return has arrived and been inspected, we refund you in full, less the original shipping fees, to the payment method you used. This p""",
        ()),

    "equipyoursalon": ("""Refund, Return, Shipping, and Warranty Policy
1. Refund Policy
At equipyoursalon.com we stand behind what we sell and want every purchase to leave you fully satisfied. If your order disappoints you for any reason, you can ask for a refund up to 14 days after your items reach you.
A refund is possible only for an item that has not been used, still sits in its original packaging, and is as it was when you got it. Email our customer service team at support@equipyoursalon.example with your order number and why you are returning it, and we will tell you how to send the item back.
When your return has arrived and been inspected, we will let you know whether your refund is approved or turned down. Once approved, the refund is processed and credited automatically to the payment method you used, within 7-10 business days.
2. Return Policy
To return an item for a reason other than a defect or damage, you have 14 days from the day your order reaches you. It must not have been used, and must be in its original packaging and as you received it. To start the return, email our customer service team at support@equipyoursalon.example.
When you return something because of your own preference, or for a reason unconnected with a defect, you pay the return shipping. Please send it with a shipping service that can be tracked, so that it reaches us safely.
On a return the customer starts for a reason other than a defect, we keep 10% of the refund as a restocking fee.
When the return is because of a defect or damage, Equip Your Salon pays the return shipping and charges no restocking fee either. Get in touch with customer service, giving your order number and describing what went wrong, and we will send you instructions for the return.
When your return has arrived and been inspected, we will let you know whether it is approved or rejecti""",
        ()),

    "audersigtofficial": ("""Returns&Refunds
Return Policy
We take no returns of ink or Tattoo Needles.
Any product that is damaged or lost in transit is made good with Store Credit. Check your order when it is delivered, and if the packaging is visibly damaged, report it to the shipping partner.
Products can be returned. You may ask for a return up to 15 days after the product reaches you.
A returned item has to be unused, in the condition it was in when it reached you, and in its original packaging. We need a receipt or other proof of purchase to complete the return. Don't post your purchase to the manufacturer.
Please Note
Be aware that in some countries international imports need certain documents to get through customs.
If goods come back to us because the customer did not cooperate with customs clearance, the consumer bears any shipping costs lost as a result. We can supply a full list of the contents and the certificates the product needs; contact us if customs ask for them.
If the consumer causes the return, the consumer pays the shipping fee, which depends on the express company chosen. If the goods arrive damaged or wrong for reasons on our side, the consumer does not pay the shipping fee. We charge consumers no restocking fee when they return a product.
HOW DO I RETURN AN ITEM?
Just email us at returns@audersigt.example with:
• Your Order Number
• The item you are returning
• The item's condition
• Why you are returning it
We will answer within 24 business hours. We are closed on Sundays.
If you want to send goods back, please contact us first; to avoid losses, do not return goods without doing so. When you have emailed returns@audersigt.example and every return requirement is met, we will send you a return authorization.
Please""",
        ("report it to the shipping partner", "post your purchase to the manufacturer", "cooperate with customs clearance")),

    "signs2trade": ("""Return Policy
Things go wrong sometimes. We know that, and we want you to be fully happy with what you bought. When you trust us with your signs, we take it seriously. If your signs reached you damaged, you spot a typo, you picked the wrong shipping by mistake, or you simply are not happy with them, get in touch at once. No Online Sign Company has a better Returns Policy than ours, Period.
Custom Printed Signs
Custom Printed Products cannot be returned in any circumstances, but if something is wrong with your custom signs, please E-mail us. If you can, attach a picture of the problem (spelling, damage, off color), which our Customer Care department will use to resolve it for you. Every dimension of a hemmed product may vary by up to half an inch; a finished product inside that tolerance will not be replaced, even where a custom size was ordered.
We answer Support Tickets within one [1] hour (in normal business hours), and our staff take pride in finding answers our customers are happy with. A little secret: just one person at Signs2Trade may say "No", and if he is ever called in to say "No" to a customer, he says "No" to whoever asked him, so our Customer Care Department has to find inventive ways of saying "Yes".
Stock Signs
You may send Stock Items back to us up to three [3] business days after you receive them. A stock item is one without custom printed graphics, or one whose custom printed graphics, if it came with any, can easily be reused with other graphics.
If you return a stock item for a reason other than a product defect, you pay to ship it back to Signs2Trade. When it has come back and we have checked that the stock item has not been used, we refund what you paid for the stock item.""",
        ("inside that tolerance will not be replaced",)),

    "officefurnitureconsultants": ("""THE SHORT VERSION:
We stand behind everything we sell and work hard to do better than our customers expect. Damaged or defective items we will always repair or replace, at no cost to you. Products under warranty we will always look after. Custom items cannot be returned. If we made the mistake, we will repair or replace, as we judge best.
If we authorize a return request made for any other reason, it carries shipping & restocking fees, which the customer pays. Returning stocked furniture is costly. Made-To-Order furniture cannot be returned at all. PLEASE buy with confidence; we are here to help you in every way before you purchase.
If we send the wrong product, we will do our best to replace it and correct the error, sending new product out as the remedy. If the order is cancelled because of our mistake without our being told so that we can replace it, a 35% restocking fee is charged, plus shipping charges or delivery fees.
Every purchase is governed by our Terms of Service and by our Payment Terms.
We take no returns whatsoever of used office furniture. When Office Furniture Consultants receives your payment, you accept that used office furniture is not refundable.
THE LONG VERSION: 21-DAY RETURN POLICY
You must ask for a return within seven (7) days of receiving the delivered merchandise, and, if we authorize it, send it back within fourteen (14) days of the RMA being issued. Once twenty-one (21) days have passed since you received the merchandise, the return authorization period ends. Where an item comes back for a refund rather than a replacement, we issue the credit within 72 hours of the item being received and inspected and the RMA being processed internally (the RMA review takes 2-5 business days). Note any damage on the bill of lading at delivery. Send us images of all damage within 48 hours.
WE ACCEPT NO RETURN unless it has our written authorization beforehand and an RMA # (Return Merchandise Authorization). Anythin""",
        ("carries shipping & restocking fees", "a 35% restocking fee is charged", "the return authorization period ends",
         "on the bill of lading at delivery")),

    "schoolspecialty": ("""Guarantee Policy
Should any of our products fail to satisfy you, whatever the reason, we will give you a full credit, a refund or a replacement for the item, not counting shipping and handling. The guarantee lasts 30 days from the date you bought the item.
When your shipment arrives, check that it is accurate and complete before you stamp or mark any of the material. Tell Customer Service about shipping errors no later than 5 days after you receive the order.
Return Policy
School Specialty is committed to delivering merchandise of the highest quality, ON TIME and ACCURATELY. We know, though, that things happen that no one planned, and that you may want to send merchandise back to School Specialty.
Merchandise that is unused, fit to sell, and not to your satisfaction can come back in its original packaging, or packaging of equal quality, up to 30 days after your order reaches you.
When a return is needed because of an error of ours or a manufacturer's, such as a duplicated order, a duplicated item or a wrong item, we pay whatever the return shipping costs and charge no restocking fee. Any duplicate order or product that you fail to report will be billed to you.
For any other reason, an item returned after 30 days means you pay the return shipping and a restocking fee.
Most items carry a restocking fee of 15% (25% in Canada for U.S. suppliers).
Everything sent back must be fit to sell, with no marks, writing or stamps and no look of shelf wear. Classroom sets and packaged materials must come back exactly as they were sold, including all the student and teacher materials. A classroom set, kit or packaged product that does not come back that way will not be refunded and will be sent back to you. You may return materials by the cheapest carrier (we recommend using tracking numbers).
Important: we do not process returns sent without authorization.
To start a return and get the authorization you need, please contact Custome""",
        ("will be billed to you", "returned after 30 days")),
}
