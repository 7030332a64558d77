"""The test81 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "stringpower": ("""Return policy
You have 7 days from your purchase to return something. Once those 7 days are over, we are sorry, but neither a refund nor an exchange is possible.
A returned item has to be unused, in the condition it was in when it reached you, and in its original packaging.
Items we do not take back:
*No order that came to less than $30 in total can be returned.
*Custom orders are final sale and cannot come back. (Colored Glasser Bows)
*Gift cards
To finish your return we need your receipt or another proof of purchase.
Any stringed instrument priced at $1,000 or more has to be sent back within 10 days of shipment.
Strings
Please check your strings as soon as they arrive. Unopened strings may only be returned within 7 days; this way every customer gets fresh strings. Installed strings are not returnable, except when a string breaks in the first 30 days after purchase. Each instrument sounds different, so we take no string back for reasons of tone, false strings included.
In some cases only partial refunds are granted (where this applies):
A book that shows clear signs of use
Opened media: a CD, DVD, VHS tape, vinyl record, cassette tape, video game or piece of software
Anything not in its original condition, damaged, or missing parts for reasons that are not our mistake
Anything that comes back over 30 days after delivery
Refunds (where this applies)
When your return has arrived and been inspected, we will email you to say it reached us. We will also let you know whether your refund is approved or rejected.
If it is approved, we process the refund and the credit goes automatically back to your credit card, or to whatever you originally paid with, within a certain number of days.
Late or missing refunds (where this applies)
If no refund has reached you yet, look at your bank account again first.
Then get in touch with your credit card company, as it can take a while before the refund""",
                    ("less than $30", "priced at $1,000 or more", "unopened strings may only be returned within 7 days",
                     "installed strings are not returnable", "reasons of tone", "only partial refunds are granted")),

    "drumsandpercussioncentre": ("""Returns Policy

We hope your purchase pleases you, but if it does not, for any reason, you can return it for an exchange or a refund within 14 days, provided it has not been used and is still in its original packaging.

We handle returns and refunds quickly, often on the day the item gets back to us. We send refunds at once, though your bank may take a few days to show them, which we cannot control.

If you would like an exchange, tell us that you are sending the goods back and which products you would like instead. We send the new goods as soon as the original ones have reached us and been checked. We will credit or debit the card used for the order by any difference in price, and take a deduction to cover refurbishment if the returned goods can no longer be sold. We will also tell you about any additional shipping charges, which depend on how big and heavy the goods you exchange them for are.

To ask for a refund, you have to tell us (by email, by phone or in writing) within seven days of receiving the item. The money goes back to the card used for the order, but only once the returned goods have reached us and been checked to make sure they are new and can be sold again. If returned goods cannot be sold again, we take a deduction from the refund to cover refurbishment and repackaging. We refund the original shipping cost and what the returned goods are worth, nothing more: we do not refund what it costs you to send the item back, unless the item is faulty.

How to return goods:

Bring the product back to us in person (weekdays, 10.30-5.30pm), or post it or send it by courier. Put your receipt in with the item. Pack the items securely and send them so""",
                                 ("difference in price", "additional shipping charges", "within seven days of receiving the item",
                                  "cover refurbishment")),

    "ukuleletradingcoaustralia": ("""Shipping and Return Policies

WHY BUY FROM AN AUSTRALIAN COMPANY WITH STOCK IN AUSTRALIA.

  1. FREE carbon neutral shipping within Australia.
  2. 60 Day Returns - keep it if you love it, return it if you don't.
  3. A FREE online ukulele lesson with every purchase
  4. A 12 month manufacturer warranty on ukuleles by Kala, Ohana and Flight

SHIPPING POLICY
This website (https://ukuleletradingcoaustralia.com.au/) ("Website") is run by Ukulele Trading Co Australia ("we" and "us"). When you order through the Website you accept the terms below, which set out the arrangement so that both sides know what to expect.

  1. General

Everything depends on stock. We try to keep the stock counts on the website right, but now and then they are wrong and we cannot send all of your items when you buy. If so, we send what is in stock and ask you whether you would rather await restocking of the missing item or have us refund it.

  1. Shipping Costs

Shipping is FREE within Australia.
For New Zealand, shipping is worked out at checkout from the weight and size of the items, paid with the order, and is the final shipping price.

  1. Returns

3.1 Returns for a change of mind

IF YOU DON'T LOVE YOUR NEW UKULELE, SEND IT BACK. IT IS THAT SIMPLE.
Ukulele Trading Co Australia gladly takes back items for a change of mind, as long as we receive your request to return within 60 days of receiving the item and it comes back in its original packaging, unused and fit to be sold again. Please see the conditions for returning strings.

RETURNING STRINGS.
Opened string packets cannot be returned.

Once a string packet has been opened, the strings cannot be returned, because nobody can buy strings from an opened packet.

Un""",
                                  ("await restocking", "opened string packets cannot be returned", "strings cannot be returned")),

    "miniature-trains": ("""Refunds, Deposits and Warranties

Returns and Refunds:

You can get a refund within our 14 day return period. Items must come back in the condition they were in when we sold them. Please note that the buyer pays the cost of sending a return back.

Please pack returns securely. We suggest an insured carrier with tracking, above all for items of high value. If the goods come back within 14 days in the condition we sent them in, we refund in full, apart from the first delivery charge.

Gift cards and custom orders cannot be refunded.

Please send returns to: CMD Engineering, Unit 46 Fort Horsted Business Centre, Primrose Close, Chatham, ME4 6HZ

Deposits:

Locomotives, rolling stock and other large items need a deposit. The deposit secures your order and pays for the materials we buy to build it. Every locomotive and piece of rolling stock is a custom build.

Deposits are not eligible for refunds.

Warranties:

Each locomotive or piece of rolling stock carries a warranty of 6 or 12 months. It covers faults, failures or defects caused by faulty materials or poor workmanship. Your warranty papers give the full details.

Need help?

For any question about the above, email admin@miniature-trains.example or call 01634 888 621.""",
                         ("deposits are not eligible for refunds",)),

    "numei": ("""Free shipping in the contiguous USA on orders over $100

Return / Exchange Policy

Returns

You may send back new, unused products up to 30 days after the date shown on your sales receipt. A 10% restocking fee may apply to products sent back within 21 days; from day 22 to day 30 after the receipt's date, a 25% restocking fee may apply. Once 30 days have passed since the receipt's date, we accept no returns and make no refunds.

If we find a product defective or damaged, you can have a refund or a replacement, as long as it comes back to us within 60 days of receipt. You must get approval for the return before you ship the products back to us. We do not refund or replace defective or damaged products that reach us more than 60 days after the receipt's date. Yarn that was mishandled or is tangled through the customer's error or the lack of proper equipment (a yarn swift, for instance) cannot be refunded or replaced.

You pay to send products back to us, unless we filled your order wrongly or the product is defective or damaged. We do not refund shipping and handling charges unless we filled the order wrongly or the product was found to be defective or damaged. If a returned product was shipped to you free, we take what it cost us to ship and handle it out of your refund.

When we approve a refund, we may choose, as we see fit, between store credit or a cash credit on your original payment method.

Returned items must come with their original packaging and materials, in NEW and UNUSED condition. We only take back yarn with its labels intact. We do not accept yarn that has been taken out of the skein and wound into balls, or whose labels have been removed. All return""",
              ("10% restocking fee", "25% restocking fee", "mishandled or is tangled", "shipped to you free",
               "store credit or a cash credit", "labels intact", "wound into balls")),

    "beadsandstones": ("""Refund Policy
Our Beads and Stones store wants every customer to be fully happy with what they bought. If your order does not satisfy you, you can have a refund or an exchange.

To get a refund or an exchange, return the item in its original condition and in its original packaging, together with proof of purchase. Personalised or custom-made items cannot be refunded or exchanged, unless they have a defect or we made an error.

To ask for a refund or exchange, get in touch with us no later than 14 days after your order reaches you. We will tell you how to send the item back to us. You pay the shipping costs of returning it.

When the item has reached us and we have confirmed its original condition, we process your refund or exchange. Refunds go back to the payment method you used for the purchase. It can take 5-7 business days before the refund shows in your account.

Should you have any question or concern about this policy, please contact us. We want to give our customers the best service we can and will work with you until you are fully satisfied.""",
                       ()),

    "scrappyboy": ("""Returns & Refunds Policy

Ask for a return within 30 days of receiving your item. We DO NOT take back digital items or retired items. We deduct a 3% credit card processing fee from every return, since that is the fee the sale cost us to process. If what you return would mean your order was no longer eligible for free shipping, we deduct the shipping fee as well. For instance, if your order came to $125 and shipped free, and the items you return would have put it under the free shipping threshold, we deduct the shipping you would otherwise have been charged.

Anything you bought from us at in person shows cannot be returned or exchanged.

Whatever you send back must still be brand new, in the condition it reached you in, unused, with its tags, and in its original packaging. Your receipt or other proof of purchase is needed too.

To start a return, email us at info@scrappyboy.example. If we accept your return, we will tell you where to send your package. We will not accept items sent back without a return being requested first. We do not pay the shipping cost of returning items. For any question about returns, write to info@scrappyboy.example. We take the 3% credit card processing fee off every return. If the return means your order is no longer eligible for free shipping, we deduct your shipping costs too; see the example above.

Damages and issues
Please check your order when it arrives and get in touch at once if the item is defective or damaged, or if you got the wrong item; we will look into it and put it right.

Stamp damages: please tell us within 90 days of purchase, so that we can check the stamp set is still in stock. Email us two photos,""",
                   ("eligible for free shipping", "in person shows", "within 90 days of purchase")),

    "achaneystudio": ("""SHIPPING POLICIES
The processing time shown for each item is how long we take to make, pack and ship your order, not the time it spends in transit after shipping. Most orders leave us no later than 2 weeks after purchase. We always do our best to fit in rush orders {within reason} at no extra charge.

RUSH ORDERS: Need your item(s) sooner than 2 weeks after ordering? A 25% rush fee applies. It covers moving your order up the queue and faster shipping so that it arrives in time.

Our usual service is USPS 2-3 day Priority. In the US most orders arrive 3 days AFTER you receive tracking information; international ones may need 2-4 weeks, sometimes longer, depending on the country. We CANNOT promise delivery dates for USPS and are not responsible for its delays. Once an item leaves us, we see the same tracking as you and can give no news beyond the USPS tracking website. Delays by USPS are no reason for us to cancel or refund an order.

International orders may have to pay a tax or tariff on arrival in your country. We do not control these charges, and the law requires us to declare your item's value on the customs papers. Nor can we control an international order after it leaves the US, so please order well ahead to allow for transport and customs. Before we act on a replacement item we need 90 days to pass, and we give no refund of any kind on international orders. No exceptions.

We have no storefront and cannot offer pickups at any of our locations for now, except for wedding clients whose fees include an off-site consultation.

REFUND POLICY
Because all our work is made entirely by hand, we cannot refund any custom, hand written or""",
                      ("delays by usps", "90 days to pass", "no refund of any kind on international orders")),

    "theboardgamelibrary": ("""Refund Policy

1. Key Points

We refund only if the company fails to meet one or more of its obligations to you. We take our customers' satisfaction seriously and, when needed, can give you any details about our games and products to avoid misunderstandings. Please also read the product specifications on our website carefully before you buy, to be sure the product meets your needs and is what you expect.

2. Reasonable Grounds for a Refund

There are, however, several situations in which you can ask for a refund. They include (among others):

  1. If the product arrived late through the company's fault, a refund may be requested. Our shipping terms give us 7 business days to hand the product to the carrier that ships it to you. Once it is registered for shipping, we email you to confirm your order is on its way, and we can give an estimated delivery time, which has no legal force as grounds for a claim. No delay caused by the shipping company, customs or any other third party handling your order counts as a reasonable ground for a refund.
  2. If the product arrived damaged, you may ask for a replacement or for a refund. You must take photos of the damaged product and email them to us, as soon as you can and within 7 business days of the product's arrival.
  3. You can have a refund if the product arrived without some of the parts that belong in the set, if some parts arrived damaged, or if you received the wrong product. In that case you must take photo""",
                            ("arrived late through the company's fault", "reasonable ground for a refund")),

    "realfishbait": ("""Shipping & Returns

Shipping Information

You can choose USPS Priority Mail, UPS Ground, or UPS 3 Day Select expedited shipping. We only ship inside the U.S.A.; for shipping overseas or to Canada, ask us for a quote. Orders normally leave the next day, Monday to Friday, unless there is a problem checking your card or shipping details. Nothing ships on weekends or holidays. Your card is charged only when your order ships, unless you pay with Paypal, which charges at once.

Shipping Times, Costs, & Suggestions

Depending on how big the order(s) is, we send it by USPS Priority or UPS.
*We may decline to serve anyone, at any time, at our discretion.
*We may change the shipping method to one of the same or lower cost if the package still arrives on the same day.

Refunds, Exchanges, Lost Shipments, Merchant Policies
Keeping our customers happy matters to us. If something worries you, please get in touch so that we can help with your situation.
These are our general guidelines.

Please contact us first for an RMA # before you send anything back. We will tell you how to mail it when you contact us.

Defective items sent back within 14 days of delivery are exchanged for the same item, or for another color if you agree. If no replacement is available, we refund that item. Refunds go back to the card used for the purchase. We bear the cost of mailing out the new item, by a shipping method we choose. Shipping and handling costs are not refundable.

If you chose the wrong colors, sizes or items when ordering, or changed your mind after the product arrived, and want to exchange items, get in touch with us; we will do our best to help, but you will pay the costs of""",
                     ("cost of mailing out the new item",)),

    "astronomyplus": ("""Product Return Policy
- A product must reach us in perfect condition, as brand new.*
- Send products back in mint condition, with no signs of wear, dirt or blemishes. We will not accept a scratch on dovetail or eyepiece.
- We charge a 5% restocking fee on every returned item. Depending on the state of what comes back, restocking fees up to 15% may apply.
- An item that is not in perfect condition may be refused.
- A product must come back complete, in its original packaging.
- Return items in their original packaging, with everything that came with them: original accessories, instructions, hardware, software, warranty cards and other materials.
- A product must be sent back within 15 days of when you received it. We accept no return after 15 days.
- You pay all return shipping costs and are responsible for the package's safety (customs fees included if you are in the United States).
- We take the shipping and handling cost of first delivering the item to you off your store credit, and do the same if your item shipped free.
- For example: if we shipped you an eyepiece for $15, we take that $15 off your store credit.
- For example: if your item had free shipping, we look up in our system what its shipping cost and take that off your store credit.
- Fees apply to orders paid through Sezzle or Affirm payments: please get in touch.
- We do not take back or refund solar glasses, solar filters, update cables or collimation tools.
Open Box items
Used items
Defective Product
Think your product is defective? Then please contact us as soon as you can and describe the problem. If you can, add some pictures or videos of it too, as that will make it easier for us to understand""",
                      ("scratch on dovetail", "restocking fees up to 15%", "free shipping", "sezzle or affirm")),

    "embroiderykitsuperstore": ("""Refunds & Exchange Policy
Refunds & Exchange
Refunds for Goods
You must ask for a refund within 7 days of receiving your goods.
You may ask for a refund of goods bought on our Site for either of these reasons:
- You changed your mind; or
- Parts are missing from the kit, such as floss, canvas or a chart.
Refunds do not cover:
- Sale items; and
- A change of mind covers only kits that are unopened and undamaged. We treat a kit as opened if its hologram sticker shows signs of tampering.
Returns
You can return goods by mail. To do so:
Email us at hello@embroiderykitsuperstore.example, saying which product(-s) you are sending back and why. If you changed your mind, attach pictures of the product(-s) showing that the hologram seal is untampered. We will answer within 48 hours of your request and, if we confirm the return, give you the postal address to send it to. You pay the postage of sending it back. If a product is faulty or has missing parts, explain the problem in detail, attach photos, and tell us which resolution you prefer. Once the faulty item has reached us and we confirm our returns policy covers it, we will, as you prefer, exchange the product, give you a credit note, or refund the item's price and the return shipping to your original payment method. Where it was the only item in your original order, you also get back what you paid for shipping it to you, and what you paid to send it back. If there were other items in the original order, we do not refund the cost of shipping to you. What we refund for the outbound shipping is the actual amount you were charged, and the return shipping is refunded""",
                                ("hologram sticker", "hologram seal", "only item in your original order",
                                 "other items in the original order", "actual amount you were charged")),
}
