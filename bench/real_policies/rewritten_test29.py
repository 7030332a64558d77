"""The test29 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "stepupcoffeelove": ("""Refund policy
Sending Coffee Back:
Coffee spoils, so once it has been sent we can't take it back, unless something went wrong, for example it reached you damaged. Express shipping charges, where you paid them, are not refunded; by express we mean 2nd Day Air, Next Day Air, 3 Day Select and any other overnight or rush service you chose. We refund ground shipping only when our shipping team made the mistake and the order arrived damaged.
Damaged Product:
Please act quickly. If your order turns up damaged, get in touch with us no later than 48 hours after it arrives to arrange an exchange. Once those 48 hours are over we can accept neither an exchange nor a return.
Non-Delivery for Addresses in the USA
When an order to a US address never arrives, we check where it is with the tracking number. Where the tracking number shows delivery, we will neither refund the order nor send a replacement. Our Terms & Conditions say more about this.
Shipping & Returns
USPS collects from us every day at 2 pm Central Time, and UPS on weekdays only, at 3 pm Central Time. Orders for items we have in stock usually leave us within 1 to 3 business days.
Shipments to Hawaii, Alaska and Outside the USA:
Parcels going beyond the 48 continental states travel by U.S. Postal Service Priority Mail (Hawaii and Alaska) or by Global Priority Mail (Canada and every other country outside the United States), unless you pick another option at checkout. We give no guarantee on international shipments and do not refund them, whatever the tracking says, because many are never scanned abroad or are held in customs. Before ordering, the buyer has to make sure the parcel can be delivered where it is going.
Products Other Than Coffee
Some common exceptions:
- Discounted items are final sale: they cannot be returned or exchanged
- Items sent back must still have their tags on and""",
                         ("express shipping", "tracking number shows delivery", "international shipments")),

    "thecheesebar": ("""Refund and Returns Policy

Overview

For purchases made in store, our refund and returns policy runs for 7 days. Once 7 days have gone by since you bought the item, we can no longer give you a full refund or an exchange.

We accept a return only if the item is unused, still in the condition you got it in, and in its original packaging.

A shipment that was delivered to the correct address is not refunded. Nor do we refund a shipment sent with inadequate shipping information.

Some kinds of goods can't be returned at all. Perishables, for example food, flowers, newspapers and magazines, are not accepted back.

Other items we don't take back:

  • Gift cards

We need a receipt or some other proof of purchase to complete a return. Please don't post the item back to the manufacturer. In a few situations we grant only partial refunds:

  • A book that has clearly been used
  • Anything not in its original condition, damaged, or missing parts or labels for reasons that were not our mistake
  • Anything returned more than 7 days after it was delivered

Refunds

Again, shipments delivered to the correct address, or sent with inadequate shipping information, are not refunded.

When your return has arrived and been inspected, we'll email you to confirm your returned item reached us. We'll also let you know whether your refund was approved or rejected.

If it's approved, we process your refund and the credit goes automatically to your credit card or original payment method within a certain number of days.

Late or missing refunds

No refund yet? First look at your bank account again.

Next, get in touch with your credit card company; it can take a while before a refund officially posts.

Then contact your bank. Refunds often need some processing time before they post.""",
                     ("delivered to the correct address", "inadequate shipping information", "back to the manufacturer",
                      "only partial refunds")),

    "colorfulpantry": ("""Return Policy

For any return or refund request, please get in touch with our customer service department no later than 10 business days after you receive the order (the date is taken from the UPS/USPS/FedEx tracking). For our customers' health and safety, we cannot take back any return that customer service has not authorised in advance.

TheNuttyFruitHouse.com takes back only items that are not edible, and only in the condition we sent them in. Shipping costs are never included in a return's refund, and shipping the products back is paid for by the customer. Every return is charged a 20% restocking fee. Please post your pre-approved return to the address customer service gives you.

Before you order, please bear in mind the points below, because we take no returns of food products or of melted candy (do call us before ordering if you wish):

  1. Quantity: working out how much you need for an event or project can be tricky, so take time to calculate it.
  2. Taste: now and then a manufacturer changes a recipe, and tastes change too.
  3. Color: colors look different from one screen to another, and some items are handmade, so shades may vary a little.
  4. Brand differences: candies from different brands differ in texture, consistency and firmness (European gummies, for instance, are usually harder than American ones).
  5. Heat: in warm weather avoid heat-sensitive items, or choose expedited mail, which comes with free cold packs (they cut the risk of melting, since the packs themselves melt within 2-3 days).
  6. Mistakes: please check your order carefully before you submit it.

If we get your order wrong for any reason, the responsibility is entirely ours. Please be sure to contact us no later than 10 business days after your order arrives, since after that we cannot approve a request for""",
                       ()),

    "jerkywholesale": ("""Return Policy
JerkyWholesale.com backs every product we sell. If you're unhappy with a purchase for any reason, we want to know. Write us a detailed e-mail at support@jerkywholesale.example about what went wrong, or phone our toll-free number. Please don't send anything back without authorization or before talking with a customer service representative.

For any unopened merchandise that can be resold and comes back to us no later than 30 days after you ordered it, we are happy to refund the *purchase price, less the actual shipping costs (a restocking fee of up to 15% may also apply). No questions asked!

Where your order had a percentage discount, the purchase price we refund reflects that discount.

How is my refund paid?
JerkyWholesale.com refunds you by the same payment method you used at checkout.

My order arrived and the packaging looks damaged or defective. What now?
We ask every customer to check the order as soon as it arrives, before the driver drives away if you can. From the day the carrier records delivery, you have 7 days to check all the products and tell our help team about any problem. If the package looks damaged or defective, contact the delivery service, and us, as soon as you can. Please keep all the packaging and the product, and do not dispose of anything, until the order is satisfactory or the problem is solved.

The products I received are expired or close to expiring (within 120 days). What can I do?
You have 7 days from the carrier's delivery date to check everything and report it to our help team; this lets us trace the cause and fix it sooner. Every product should reach you with 120 to 365 days left before it expires. From the 8th day after receipt, a product you send back has to be within 120 days of the expiration date.""",
                       ("percentage discount", "within 120 days of the expiration date", "do not dispose")),

    "mealkitsupply": ("""Shipping Policies

Orders that reach us by 12:00 pm EST leave the same day, except on weekends and statutory holidays. Orders placed after 12:00 pm EST, or on a weekend or statutory holiday, go out on the next business day. Most orders arrive within 2-5 business days.

For orders of 10 cases or more, or for remote destinations, email shipping@mealkitsupply.example for an estimate, since delivery may take longer.

Return Merchandise Policies

Every return has to carry a Return Merchandise Authorization (RMA) number, which you can ask for by phone. You must get the RMA number no later than 30 days after delivery.

Defective Merchandise

  • Can be returned anytime for a credit or an exchange, once you have an RMA number.
  • If you got the wrong merchandise or it arrived damaged, we will send you a return shipping label.

Non-Defective Merchandise

  • Can be sent back no later than 30 days after delivery, once you have an RMA number.
  • Has to come back new and resalable, in its original packaging. We can't take back items that are damaged or show signs of use. Missing items are subject to additional charges.
  • The customer pays the freight charges for sending merchandise back. For returns we suggest FedEx or UPS, with insurance.

How to Return:

  • Phone us to ask for a Return Merchandise Authorization (RMA) number. We will need:
  • The reason for the return; if the item is defective, tell us exactly what is wrong with it.
  • Pack the merchandise so that the product and its own packaging are protected.
  • Mark the RMA number clearly where it shows, on the box's outer side.""",
                      ("returned anytime", "subject to additional charges", "mark the rma number")),

    "neweraflowerswholesale": ("""Refunds & Exchanges Policy
Refunds & Exchanges Policy
Refunds: You can get a full refund within 1 hour of purchase. Once that hour has passed we issue no refunds, though we may give store credit.
Store Credit: Any store credit we give has to be used within 7 days.
Exchanges
We accept an exchange when:
• You changed your mind and bring the item back on the same business day.
• It was damaged on delivery or in shipping.
• You contact us no later than 24 hours after receipt to ask for the exchange.
• It comes back in its original packaging, even if opened.
Caring for Your Flowers
Cut the flowers and put them in water straight away. Let roses soak 1-3 hours before you take off the packaging.
Non-Perishable Items
• In-store purchases: non-perishable items cannot be refunded.
• Online purchases: we refund only damaged or incorrect items.
Shipping Problems
We can't be held responsible for shipping problems caused by the weather, by delays or by mistakes of the carrier.
Claims for Damaged Products
To claim a credit for damaged products:
• Tell us no later than 24 hours after receipt.
• Send photos or videos showing the damage and the packaging.
• Add a written request giving the invoice number, the product details and the amount you claim.
Special Circumstances
We know you sometimes need to deliver your arrangements to your own customers. If you used the flowers but some arrived damaged and couldn't be used, tell us and we will work out a solution with you.
For any other unusual difficulty, please talk to one of our representatives about what can be done.""",
                               ("within 1 hour of purchase", "used within 7 days", "same business day", "in-store purchases",
                                "online purchases")),

    "westcoastseeds": ("""Return Policies.
Seed Products.
Seed products can be returned within 6 months of the purchase date, and we handle such returns as quickly as we can. We will replace the item, credit your account, or refund you to your original payment method. Seed packets sent back must be unopened. When you ask for a credit or a refund, please provide photographs so we can understand the problem and how to fix it.
Non-Seed Items.
Items other than seeds can be returned no later than 30 days after you receive them. To qualify, they must be resalable (no damage from light or moisture, packets unopened) and in their original packaging. Every returned item must come with its receipt.
Seasonal Goods.
Seasonal goods, such as garlic, onion sets, seed potatoes, asparagus and rhubarb crowns, flower bulbs, nematodes and mason bee cocoons, cannot be returned. If something you bought has a problem, please contact our customer service team and we will do what we can to sort it out.
Damaged, Defective, or Wrong Item(s) Shipped.
If you receive a damaged or defective item, or the wrong one, you must send it back to our warehouse no later than 30 days after you received it. The return shipping is on us. To start a return for a damaged, defective or wrong item, contact our customer service team; they will help arrange a parcel pickup and will ask for a reason for the return. If the item is in stock, we will send you a replacement of what you bought, free of charge. If it is not, you will be refunded to the payment method used for the purchase.""",
                       ("within 6 months", "credit your account", "provide photographs")),

    "seedandsoilusa": ("""At Garden Bulbs Store we want every order to leave you fully satisfied. If for some reason you're unhappy with your order, returning or exchanging it is simple. Here is how it works.

Return & Exchange Process

  1. Eligibility: Items have to come back no later than 15 days after your order arrives, in their original condition, unused, and in the original packaging.
  2. Starting a Return: For a return or an exchange, email our customer service team at help@gardenbulbs.example, giving your order number and telling us which product you want to return or exchange.
  3. Return Authorization: When we approve your request, you get a Return Authorization Number (RAN) and instructions for sending the item back.
  4. Sending the Item: Pack the item securely and write the RAN on the outside of the parcel. Send it to the address given in the return instructions.
  5. Refund or Exchange: When the item has arrived and we have inspected it, we process your refund or exchange. Refunds go back to the original payment method, and exchanges are sent to you as soon as we can.

Refund Timeline

We process refunds within 5-7 business days of receiving the returned item, crediting the original payment method (Visa, MasterCard, JCB or PayPal). Your bank or card company may need extra time to process the refund and post it to your account.

Non-Returnable Items

Because of what they are, these items cannot be returned:

  • Garden Bulbs: bulbs that have been planted cannot come back, as they are perishable.
  • Live Plants: to keep them healthy and viable, live plants (bedding plants, decorative shrubs, fruit bushes and so on) are not returnable.

Return & Exchange Request Template

Please use the template below to ask for a return or an exchange""",
                       ("outside of the parcel",)),

    "sagemountainmaple": ("""Refund and Returns Policy

Effective Date: July 22, 2025

Sage Mountain Maple is devoted to bringing you the purest maple products from Vermont and a pleasant time shopping with us. We care about your satisfaction. Because our products are perishable foods, and to keep food safety as high as it can be, our refunds and returns work as set out below.

1. General Policy for Maple Products (Online & In-Store)

  • Opened or Consumed Products Can't Come Back: For the safety and hygiene of every customer, we accept no returns and give no refunds for maple syrup products that are opened, consumed, or no longer in their original sealed state, unless a defect is proven or they arrived damaged.
  • Quality Guarantee: We work hard to make high-quality, pure Vermont maple syrup, and we want you to be entirely happy. If you think an unopened product has a quality problem, please get in touch straight away.

2. Damaged or Defective Products (Online Orders)

If your online order reaches you damaged, or you think a product is defective:

  • Get in Touch Straight Away: You have to contact us no later than 3 business days after your delivery arrives. Email hello@sagemountainmaple.example or phone us.
  • What We Need:
    • Your order number.
    • A full description of the damage or the defect.
    • Photos: clear pictures of the damaged packaging (inside and outside, where relevant) and of the damaged product(s). We need these to make a claim with the shipping carrier.
  • Resolution: Once we have reviewed and confirmed the damage or defect, we will choose to offer you one of these:
    • A complete refund of the damaged item(s).
    • Replacement item(s) for the damaged one(s), sent to you at no extra cost.
    • Store credit worth the damaged item(s).

3. Incorrect Items Received (Online & In-Store)

If you receive""",
                          ()),

    "deelightfullyglutenfree": ("""Refund Policy
Cake Refund & Cancellation Policy
Refunds / Exchanges
-
Our products are handmade and take a great deal of careful work, so custom orders cannot be refunded or exchanged.
-
A cake counts as "accepted" once it is picked up or dropped off; we will ask you, or whoever you send, to check that everything is right, such as the design and the spelling. Once you have agreed out loud and accepted the cake, we will not refund it because of the decorating style, the writing, the color shade or the overall design. Sometimes you can bring the cake back for design adjustments, but once the cake has been accepted this costs extra.
-
Every product becomes the customer's responsibility as soon as it leaves our home. We are not responsible for damage to the cake during transport, set-up or at any point afterwards. When you pick up, we will tell you how to carry, transport and store the cake. Remember that cakes are very delicate and can be damaged if handled badly, with cracks, smudges or melted frosting. Refunds are given only under the refund rules set out below.
-
How a cake tastes and feels is a matter of taste. Once the cake has been accepted and collected, we will not honour a request for a full refund because of its flavor or texture. If you bring the product back and we find its quality falls short of our standards, you may be eligible for a percentage of a store credit. Cakes have to come back to us promptly, ideally within 24 hours of pick up; please phone or email us quickly to tell us about the problem. Deelightfully Gluten-Free LLC alone decides on quality. Please understand that a cake that has been completely eaten cannot be refunded. *How much store credit you get depends on how soon the cake comes back, how much of it was eaten, and our view of its quality. No store credit of any kind will""",
                                ("decorating style", "design adjustments", "during transport", "flavor or texture",
                                 "percentage of a store credit", "within 24 hours of pick up", "completely eaten")),

    "thebakerscupboard": ("""Use Promo Code WELCOME10 to get 10% Off Your First Order! The terms below apply. When searching, please type a single word.

Terms & Conditions

Placing an order means you accept all of the terms and conditions below.

Returns and Exchanges
Food items cannot be returned or exchanged. Any exchange has to be asked for no later than 48 hours after the package arrives. For returns and exchanges you pay all the shipping, both ways.

Every returned product is subject to a 15% restocking fee.

Shipping
The shipping shown is only an estimate. Some items need oversized boxes, which their descriptions mention. If you buy such an item, you agree to pay whatever shipping it needs. When the shipping costs more than the estimate, we email you the difference and charge it, and the order ships the next work day. Note that fake cakes can cost $15-$60 per shipment to send, depending on how many you order, how big they are and where they go (the further from Ohio, the higher the cost).

Damages/Missing Package During Shipment
Please email us about any damage or any missing package. Damage must be reported by email no later than 48 hours after delivery, or the request is void. The email about the damage has to include photo(s). We will make a damage claim with the shipper and either refund or re-ship the damaged item(s).

If your package is late beyond the scheduled time, we will make a missing-package claim with the shipper; you may also do this yourself to get answers sooner. If the shipper decides the package is lost and refunds the product and shipping, we will ship your package again if you ask us to.

Fragile items, such as pressed sugars, edible flowers, edible images and gingerbread houses, cannot be refunded. Order them at your own risk. We will package""",
                          ("decides the package is lost",)),

    "popcornplusllc": ("""Refund Policy
In Shop Order Policy
We hope you love our freshly popped popcorn. If it disappoints you, bring your order back to the shop where you bought it, uneaten, in its original packaging and with your receipt, within 24 hours of purchase, and we'll replace it; the replacement has to match what you bring back.
Online Order Policy
Popcorn Plus stands behind the quality and flavor of its popcorn. If you are unhappy with the quality of an order you placed on popcornplusllc.com, get in touch with our Customer Experience Team no later than 10 days after delivery and we will help. If you bought it somewhere other than popcornplusllc.com, please contact the retailer directly. Once more than 10 days have passed since delivery, we can neither refund nor replace the order.
Popcorn Plus gives no refund or replacement in any of these cases:
-
The shipping partner delivered the order sooner than estimated
-
Wrong items, quantity or address were given when ordering
-
The recipient refused the delivery or was not there when it came
-
The item(s) could not be delivered because they were sent to a PO Box
-
The item(s) are still in transit
-
The packaging is damaged but the quality and shelf life are not affected
-
The customer ate at least half (50%) of the popcorn
Online Cancellation Policy
Our handmade recipes are popped in small batches each morning and shipped the next business day, unless you picked a particular ship date. Please check your details are right before you order, and once you have ordered, read the confirmation email to make sure the order details are correct.
You can change or cancel an order only by contacting our Customer Experience team in business hours, before the order's ship date. You'll find our business hours on this website.
We can't guarantee delivery dates, so please remember this when ordering for special events.
How to Submit a Request
Make sure your situa""",
                       ("within 24 hours of purchase", "at least half")),
}
