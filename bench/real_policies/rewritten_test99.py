"""The test99 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "rhoadsroast": ("""Refund policy
Our Policies on Returns, Refunds and Subscriptions
Domestic Returns:
Our coffees are freshly imported single origins and/or beans we roast to order, which makes them perishable groceries; in these unusual times, and for that reason, each return is weighed on a case-by-case basis in a conversation with the buyer. As we import fresh and roast to your order, please think carefully about what you choose and how you like your cup. We cup to the coffee trade's standards and describe each coffee's notes as well as we can, but palates differ, so we cannot answer for yours, and we do not take returns because a coffee was not to your taste. Please choose with care when you order: we send exactly what the order says, from your selection to the checkout. After a customer has placed an order at checkout, we cannot change it in any way. Prices, addresses and discounts stay as they were, because the bank processors approve each order and it then moves straight on to fulfilment and a shipping slot. For help with an order, or for our suggestions before you order, phone our customer service line or chat with us from Monday to Friday, and we will gladly help.
Our return policy covers orders where we made a mistake in fulfilling or shipping them. Should anything go wrong, get in touch no later than 14 days after the date you first bought the order, and we will do all we can to help. Roasted orders are roasted to order Monday to Friday and filled exactly as you selected; unroasted orders are likewise filled as you selected. Everything comes from fresh imports of the current crop year. For a quick answer and a fast fix inside that 14-day period, ring our priority customer service line on 617-555-0148 or chat with us (US Eastern time, Monday to Friday, holidays excepted), and we will do""",
                    ("case-by-case basis",)),

    "theteawala": ("""Return Policy
We are a small team who love tea, and we hope our teas and other goods will bring a little joy to your days.
Still, if things fall short of what you hoped for, we understand.
Just get in touch and we will try our best to put it right.
Return Policy
Non-damaged items
Changed your mind about something? We accept a return if you ask for it no later than 14 days after the delivery date, and you can pick either a refund or credit to spend in our store. These conditions apply:
- Each item has to be unused, undamaged and unopened (a tea pack must still be sealed).
- Return postage is paid by the customer (to whichever of our warehouses, in California or in Hong Kong, is nearer to you).
- Refunds cover the price of the item and go back to the original payment method. We do not refund shipping fees.
- Sale and discounted items are final: they can be neither returned nor exchanged.
Damaged items
We are very sorry if something reached you damaged. Tell us about it no later than 14 days after the delivery date. This is what happens next:
- First we have to confirm the damage ourselves, and we may ask you for photos of it.
- If the item needs to come back, we pay for the return shipping.
- As you prefer, we send a replacement with free shipping, or refund what the item cost together with its shipping fee.
Order Cancelations
To cancel or change an order you have placed, tell us no later than 24 hours after ordering and we will try to help. An order that has not shipped yet can be cancelled for a full refund.
How to Reach Us
To ask for a refund or an exchange, get in touch giving your order number, or simply reply to the email confirming your order.""",
                   ()),

    "weknivesshop": ("""We Knife Co Shop makes its tools to be precise, reliable and excellent, and we hold our customer service and our satisfaction guarantee to those same standards. Every knife and accessory we sell has our backing. Should a purchase leave you less than fully satisfied, our Returns & Exchanges policy is meant to be as simple and trustworthy as the products themselves.
Policy Overview: Returns and exchanges are accepted for 15 days after the item reaches you. The product has to be new, unused and in its original condition, with every bit of packaging, every tag and every accessory.
1. Eligibility & Conditions
A return or exchange qualifies only when:
- You start the request no later than 15 days after the delivery date.
- The item is as it was sold and fit to sell again: unused, never sharpened, with no signs of wear and no modification.
- Every piece of original packaging, documentation, tags and accessories (sheaths, tool kits or certificates, for example) comes back, undamaged.
- It is sent back from the original shipping address and country.
Non-Returnable Items
Because of what we sell, and for reasons of safety and hygiene, these cannot be returned or exchanged:
- Used or Sharpened Knives: a knife with any sign of use or wear, or one sharpened at any time.
- Kitchen Knives and Chef Knives Once Opened or Used: hygiene rules mean no kitchen knife can come back once taken out of its protective packaging or once it shows signs of use.
- Items that were personalized or custom-ordered.
- Final Sale Items: marked clearly as final sale where the product is listed.
- Knife Accessories
We hold to this policy for our worldwide community of collectors, professionals and enthusiasts, so that every tool meets the highest standard of integrity from the moment it is first used.
2. Returning or Exchanging, Step by Step
- Start Your Request: No later than 15 days after delivery, email our support team at support@weknife.example with your order number and why you want a return or exchange. Please use the templa""",
                     ("from the original shipping address",)),

    "crowncookwaree": ("""Return Eligibility
A returned item qualifies only if it is unused, in the condition in which it reached you, and in its original packaging. Should an item be damaged or defective, write to us straight away at care@crowncookware.example; we will look into it and tell you what to do next. For hygiene reasons, some items may not be accepted back, for example cookware that has been opened or used.
How to Initiate a Return
To start a return, email care@crowncookware.example no later than 30 days after your order arrives. Your email should give the order number, the item(s) you want to send back and why you are returning them. When your request reaches us, we will send you the next steps for returning the item. Please keep your email clear and complete, so that we can deal with it quickly.
Return Shipping Costs
Unless we agree otherwise, return shipping is paid by the customer. We suggest a shipping service you can track, or insurance for any item of higher value, so that you can follow the parcel and the item is covered on its way. When the return is because of our error, we pay the return shipping.
Refund Process
Once the item is back with us, we inspect it and let you know where your refund stands. For an approved return, the refund goes to the original payment method. How long the refund takes to reach your account depends on your bank or card provider: up to 14 business days. Should your return not be approved, we will tell you why and talk through what you can do next.
Exchanges
We do not offer direct exchanges for now. If you want another item instead, send the first one back for a refund and order the one you want. Doing it this way keeps our stock records right and makes sure you get the right p""",
                       ()),

    "bcgsclub": ("""ExtraSpicyBlends.com wants you to enjoy every pinch of the kitchen spices we sell. If something is not right, this is how refunds and returns work here: simple, spicy and straight to the point.
1. Returns: When Something Can Come Back
You get 30 days to send things back:
- Timeframe: You have 30 days after delivery to decide a spice is not to your taste.
- Condition: Spices have to be unused, unopened and still in their original packaging (jars or bags still sealed). Half a jar of cumin cannot come back to us, because of health rules.
- Reasons: We ask no questions: a wrong spice, a change of heart, or it simply was not for you? Return it.
2. Refunds – Getting Your Money Back
This is how it goes:
- Full Refund: Send unopened spices back within 30 days and we refund what you paid for them (less shipping; details below).
- Damaged or Wrong Item: Where the mistake was ours (a cracked jar, say, or paprika where you ordered cayenne), we pay the return shipping and refund you in full, no fuss. First email us a photo of it; the instructions follow below.
- Processing: When your return reaches us, your refund is processed within 5-7 business days and credited to your original payment method (a card or PayPal, for example).
3. Shipping – Who Pays?
- Your Return: The return shipping is yours to pay, unless we got it wrong (a damaged or wrong item). Send it by a method you can track, since we cannot answer for a parcel that goes missing.
- Our Oops: For a broken or incorrect item, we email you a prepaid label. Easy.
- Original Shipping: We do not refund it; the delivery truck has already made its trip.
4. How to Return
Here are the steps:
- Email us at hello@extraspicyblends.example within 30 days, with your order number and the reason you are returning it.
- Pack it well, in the original packaging, with the spices unopened if you can.
- Send it back to our address on the original shipping label.
- Track it and drop us the number; we will let you know when it arrives and refund you quickly.
5. Exceptions
What we cannot take:
- Opened Spices: used goods cannot come back, for safety's sake.
- Bulk Orders: Wholesale or custom? Email us""",
                 ("address on the original shipping label", "drop us the number")),

    "chocolateplu": ("""Return Policy
Chocolate Plus puts your satisfaction first. Whatever the reason you are not fully happy with what you bought, we want to help, so please read the details of our return policy below.
Eligibility for Returns
Our products are perishable, so returns and exchanges are accepted in these cases:
- Damaged or Defective Items: Should your order reach you damaged, or with defective items in it, get in touch no later than 7 days after the package arrives.
- Incorrect Orders: If you are sent the wrong product, we will be glad to replace it or refund you.
- Gift Boxes & Hampers: Items that were customized or personalized cannot be returned unless they arrived damaged or were the wrong ones.
Health and safety rules mean we cannot take back any product that has been opened or partly eaten.
Return Process
If your purchase fits one of the cases above, start your return like this:
1. Contact Us: Write to our support team by email at support@chocolateplus.example, or phone +1 406 555 0133, giving your order number and describing the problem.
2. Provide Photos: For a damaged or defective item, please send photos of it as evidence, so that we can handle your return faster.
3. Return Authorization: When we approve your return, we send you a Return Authorization Number (RAN) along with directions for sending the product back.
4. Shipping: Pack the item securely and send it back to us no later than 14 days after you receive your Return Authorization. When we caused the return by our own mistake, Chocolate Plus pays the return shipping.
Refunds & Exchanges
- Refunds: When your return has arrived and been inspected, we will let you know whether your refund is approved or rejected. An approved refund is credited automatically to the payment method you first used, within 5-7 business days.
- Exchanges: To exchange an item, just tell us, and we will arran""",
                     ()),

    "barlovers": ("""Returns
Returns / Exchanges / Refunds:
Every return needs a receipt or other proof of purchase. Email us at orders@barlovers.example to say you want to send an item back for an exchange or a refund, and why, and we will arrange it. Please do not post anything back to us before you have been in touch.
Exchanges are possible: any difference in price has to be paid before we send the new item, and if the new item (with any postage on it) costs less, we refund you the difference.
Refunds
When your return has arrived and been inspected, we email you to say that it reached us.
An approved refund is processed and credited automatically to your credit card or original payment method in 3 business days at most.
Late or missing refunds
Still waiting for a refund? Check your bank account once more first.
Next, ask your credit card company, since a refund can take a while to be posted.
If you have done all that and the refund still has not arrived, write to us at orders@barlovers.example.
Gifts
An item that was marked as a gift when it was bought, and was shipped straight to you, earns you a gift credit worth what you return. Once the item reaches us, your gift certificate will be mailed out. A gift refund can only go back by the original payment method, so it can only be made to the payee.
Return Postage
Postage for sending your item back is yours to pay (except for returns under warranty). We do not refund shipping costs. When you get a refund, any cost of return shipping will be deducted first.
Goods that may not be returnable
Some kinds of goods cannot be returned at all. Perishable goods, for example food, flowers, magazines or newspapers, cannot b""",
                  ("any difference in price", "marked as a gift", "gift certificate will be mailed", "only be made to the payee",
                   "cost of return shipping will be deducted")),

    "bakeandcakebrussels": ("""Returns
As a rule we do not allow items to be sent back, except for a complaint or a shipment that arrived damaged. Before any such product is returned, Bake and Cake Factory must first have given permission in writing.
To return an item, email us (email is the only way) no later than 14 days after the day it was delivered. Please do not message us on Instagram about it.
We only refund a product that is faulty or damaged. Every claim needs photos as proof. If you mean to make a claim, do not dispose of any packaging, nor of the product.
Everything must come back in the condition in which it reached you. The item has to be unopened and come with its original product packaging. If it cannot be sold again, we cannot give you a refund, a replacement or an exchange. Where an order arrived with a gift, put the gift in the parcel too, so that we can deal with your refund or replacement.
You remain responsible for the returned item until it reaches us, and we take no responsibility if it is lost. Please send returns by recorded delivery (suitably insured) and keep your proof of postage.
The customer pays the cost of return shipping. To avoid any mix-up, please read the item descriptions carefully before you buy. When the item is back with us, we check that it has not been used or tampered with, and only then refund what the product cost. We do not refund shipping costs.
Our Returns Policy governs every return and refund, and each return must reach us, at the latest, within 30 days from placing your order.""",
                            ("do not dispose of any packaging", "arrived with a gift", "within 30 days from placing your order")),

    "thebbqshop-uk": ("""Kitchen Grill Store sends out your BBQ kit with the care you would give a rack of ribs on the grill. Whether you are stocking up for the summer or replacing tired grill parts, our shipping and returns terms are there to put your mind at rest.
Shipping Information
Order Processing
Your order goes into processing within 1-2 business days of reaching us, and the tracking details come to you as soon as the parcel leaves our Preston, UK warehouse.
Shipping Options
- Standard Shipping (£12.95):
- Carrier: FedEx or DHL
- Arrives: 10-15 business days from dispatch
- Fully tracked
- Free Shipping (on orders above £50):
- Carrier: EMS
- Arrives: 15-25 business days from dispatch
- Basic tracking
Note: We deliver worldwide, apart from some Asian countries and remote places. In busy seasons deliveries may take longer.
Our Returns Promise
We back our BBQ equipment as firmly as our grill marks. Not fully satisfied? Returning is simple:
- Return window: 15 days after your order reaches you
- Condition requirements:
- Items have to be unused, undamaged and in their original condition
- In the original packaging, with every accessory
- With proof of purchase
Non-Returnable Items
For reasons of hygiene and safety, these cannot be returned:
- BBQ Cleaning products, once they have been opened
- Used BBQ Smoking Accessories
- Any BBQ Thermometer whose seal is broken
- Charcoal BBQ Accessories showing any signs of use
Returning an Item
Step 1: Ask for Authorization
Send an email to our customer service team at service@kitchengrillstore.example, giving:
- Your order number
- The item(s) you want to return
- Why you are returning them
Return Request Template
Subject: Return request, order #[Your Order Number]
Hello Kitchen Grill Store team,
Please accept my request to return items from my latest order (#[Your Order Number]).
Items I am returning: [Product Name(s)]
Why: [Please specify]
Please ad""",
                      ()),

    "waterfiltrationsupply": ("""Returns Policy
A return has to reach us no later than 30 days after your purchase was delivered. Every return needs our authorization first, and you pay the freight in advance. Before sending anything back, phone customer service on the number in your order confirmation email, or send your request by email to sales@waterfiltrationsupply.example.
Items have to be unused and come back in their original packaging, with all their documentation. Report an incomplete or damaged order within 5 days.
Our filters and membranes all come sanitary sealed; a cartridge or membrane whose sanitary seal has been broken cannot be returned. We give no refund for items that are wet, have been wet or have been submerged. Special orders and custom orders cannot be refunded.
Before we approve an RGA for a defective item, trouble-shooting performed on it is required for any refund.
We will email you a Return Goods Authorization (RGA#) number, which is to be included with the returned merchandise. We make refunds within 30 days, and only with the seller's consent. We do not refund shipping, handling or installation charges. If your order shipped free, we also charge the greater of two sums, a flat $8.95 fee or the actual shipping charge, to cover shipping and handling.
A 20% restocking fee may be charged on returned goods. Restocking fees can be waived for exchanges where the new items are worth the same or more.
To return an item, log in to your account, open the order through the "Complete Orders" link in the My Account menu, and press the Return Item(s) button. Once the returned item has arrived and been processed, we will email you about your refund.
Shipping
Most orders leave our warehouse the same day. An item that is out of stock for the moment may be shipped from the facility of our distribution partner.
We ship by UPS, FedEx or USPS. We cannot deliver to P.O. Boxes, so please give us a street address.
Once you order, we estimate your shipping and delivery dates from the""",
                              ("trouble-shooting performed", "to be included with the returned merchandise",
                               "$8.95 fee or the actual shipping charge", "waived for exchanges")),

    "lunchbagshop": ("""Lunch Bag Shop wants you to be fully happy with what you buy. If something you bought, whether a printed or backpack-style lunch bag, a cartoon-print lunch box, a layered tote, a trendy pouch or a canvas bag, falls short of what you hoped, our Returns Policy keeps sending it back simple.
Return Eligibility
A returned item qualifies only if it is unused, in its original packaging and in the condition in which it reached you. Check your order as soon as it arrives; if anything is damaged or defective, get in touch no later than 14 days after you receive it. Custom or personalized orders cannot be returned, unless the materials are defective.
How to Return
To start a return, email us at help@lunchbagshop.example, giving your order number and a short account of why you are returning it. We will then tell you how to go about it.
Refund Process
When your return has arrived and been inspected, we email you to say that it reached us, and we also tell you whether your refund is approved or rejected. An approved refund is processed and credited automatically to your original payment method, within some days that depend on your card issuer.
Exchanges
For another style or colour, return the item the usual way and then order the one you would like. Be quick, because popular items sell out fast!
Shipping Costs
Original shipping costs are not refunded. For an order that qualified for free shipping, when you return an item we take the shipping cost we paid (when it is under $59.99) off your refund.
Lunch Bag Shop wants shopping with us to be smooth. Any question about this Returns Policy? Just write to us at help@lunchbagshop.example. Your satisfaction matters most to us!""",
                     ("qualified for free shipping",)),

    "waternwine": ("""Satisfaction Guarantee
Whether you make a kit at home or we make it for you, your satisfaction is guaranteed. If a wine, beer or cider kit is not to your liking, whatever the reason, your refund is worked out based on how much of the kit comes back to us. Before you decide, please allow the kit to rest once it is bottled: at least four weeks for wine, and at least six weeks for beer or cider.
For instance: if you let a wine kit sit for four weeks, find you do not like it, and have drunk 6 of its 30 bottles, we refund 80% of the kit's value when the other 24 bottles come back to us unopened.
Ferment on Premises
On top of the guarantee above, if we find that we made your kit wrongly, we will refund the whole ferment on premises fee, or waive that fee on your next kit from us.
We cannot guarantee any kit that was bottled in a dirty vessel.
Make at Home
On top of the guarantee above, please send the production sticker back with the product you return; you will usually find it on top of the box. Please also show us your brewing notes, so that we can find out what went wrong in your process.""",
                   ("based on how much of the kit", "allow the kit to rest", "ferment on premises fee", "dirty vessel",
                    "production sticker", "brewing notes")),
}
