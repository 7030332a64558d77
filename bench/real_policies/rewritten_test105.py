"""The test105 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "dearmidnightatelier": ("""REFUND POLICY

All Sales Are Final
Because of what our products are, every sale is final. We give no refunds or exchanges, and we allow no cancellations or returns. Bear in mind that a colour looks different from one person to the next, since it depends on skin tone and lip pigmentation; we will not replace or exchange an item on that ground.

Exceptions
Check your order as soon as it arrives, and Contact Us straight away if an item is defective or damaged, or if it is not the item you ordered, so that we can look into it and put it right.

Gift Cards
Gift cards, we are sorry to say, cannot be refunded, returned, cancelled or exchanged.

Refunds
When your product comes under our Exceptions policy, we will tell you once we have looked at your refund request, and whether the refund has been approved.

An approved refund goes back to your original payment method automatically. Processing a refund takes us 1-2 days, though your card provider may need up to 1-2 billing cycles before it appears on your card.

*We keep the right to turn down any return whenever we see fit.

Receiving a refund
You may take your refund as store credit on your account or have it paid back to the original payment method, as you prefer.

For orders sent to an address within the US or Canada, we refund all sales taxes.
For orders sent beyond the US and Canada, we do not refund customs duties and sales taxes. You may be able to get them back from your local customs bureau, or through a customs broker you hire.

*Note that we keep the right to turn down every return. Should a product arrive damaged or with items missing, we send out replacement products no later than 10 days after the package is received.""",
                            ("skin tone and lip pigmentation", "within the us or canada", "customs duties and sales taxes",
                             "10 days after the package is received")),

    "beardstyle": ("""Refund and Return Policy

Beard-Style.example: our refund and return policy

We want every purchase to leave you fully satisfied. This is how our policy keeps things simple:

Returns

  • 30-Day Satisfaction Guarantee: Eligible items can be sent back for up to 30 days after the date you bought them.
  • Item Condition: Items have to be:
    • Unused, and as they were when they reached you.
    • In their original packaging.
    • For example: an "unused" item is one that has never been worn, altered or washed.
  • Proof of Purchase: Put a receipt or some other proof of purchase in with your return.
  • Sale Items: Refunds apply only to items bought at full price. Anything bought on sale is final sale.

Exchanges

  • Defective/Damaged Items: Items that reach you defective or damaged will gladly be replaced.
    • Email info@beard-style.example to start an exchange.
    • Post it to the return address printed on its package.

Refunds

  • Approved Refunds: Once approved, a refund is paid back to the payment method you first used, within several business days.
  • Missing Refunds: No refund yet? Then:
    • Look at your bank account or card statement.
    • Ask your card company, because processing times differ.
  • Contact Us: Still need help? Phone us on (+44) 7000 000000 or email info@beard-style.example.

Shipping

  • Return Address: Returns go to the return address shown on the shipping package.
  • Shipping Costs: Return shipping is yours to pay, unless the item was defective or damaged on arrival.
  • Tracking: For your own protection, we suggest a shipping method with tracking.

Questions or Special Circumstances?

We're glad to help!

Phone (+44) 7000 000000, email info@beard-style.example, or use the contact page.

Tell us about any special circumstance and we will do what we can to find an answer.""",
                   ("return address shown on the shipping package",)),

    "shaversfactory": ("""Refund Policy
Returns & Refund Policy
ShaversFactory wants you to be fully happy with what you buy. If your order has disappointed you, we will help.
1. Return Window
Tell us you want to return an item no later than 14 days after the day it reached you. After telling us, you have a further 14 days to post it back.
2. Condition of Returns
A returned item has to be:
-
Unused, and as it was when it reached you.
-
In its original packaging.
-
Hygiene Note: For reasons of health and hygiene, personal care items (clippers, trimmers or blades, for instance) cannot come back once their original hygiene seal is broken or once anyone has used them.
3. How to Initiate a Return
Email us at here2help@shaversfactory.example to begin a return. We will reply with the address to send it to and what to do.
4. Return Shipping Costs
-
Faulty or Wrong Items: We pay the return shipping for a faulty item, or when we sent you the wrong product.
-
Change of Mind: When you send an item back because you have changed your mind, the return shipping is yours to pay. Shipping costs are not refunded.
5. Restocking Fees
Returned items carry no restocking fee.
6. Refunds
When your return has arrived and been inspected, we email you to say whether your refund is approved or rejected. Once approved, the refund is processed and credited automatically to your original payment method within 5-7 business days.""",
                       ()),

    "projectsunscreen": ("""icon-account icon-glass

shipping

We ship by USPS, first-class ($5) or priority ($15), to addresses in the United States only; for now we cannot send orders abroad. Once your order is placed, we email you a confirmation with its order number and shipping method. Processing and shipping an order can take up to 2 days. Another confirmation email follows when your order is ready to go out. Any questions? Contact customer service.

returns

Not happy with a product? Send it back within two weeks, and we will exchange or refund it. Returns and exchanges are accepted only for items bought directly from projectsunscreen.example, and you need a copy of your receipt. Anything bought somewhere other than projectsunscreen.example has to go back to the place you bought it, under that seller's own return and exchange policy. Returned items stay at your risk until they arrive at the return address. We issue the refund once your returned items arrive, and it covers no shipping or handling charges. The refund goes either to the credit card you paid with or to store credit. A credit card refund can take your bank up to 10 business days to complete.

To send back something bought from projectsunscreen.example, contact customer service.


Featured Products""",
                         ("stay at your risk until they arrive",)),

    "prohairtools": ("""Return Policy
PRO HAIR TOOLS guarantees 100% satisfaction.
Returns:
Every return has to come in its original packaging, with any free goods you received, and has to reach us no more than 7 business days after we authorize the return. Only returns in "New", unused condition get full credit, minus shipping costs; small items carry a 15-20% restocking fee, and all furniture, chairs, mats, trolleys and trays a 20-30% restocking fee. A copy of your original sales invoice has to go with every return. Special order items cannot be returned.
All Salon Furniture (chairs, stools, mats, rollabouts, trays, trolleys, other furniture and the like) has to come back new and unused, in its original packaging. The client pays the freight for sending it back, and every such return is charged a 20-30% restocking fee. Every refused order carries a restocking fee. Each return also needs a copy of your original sales invoice. No return may be made without authorization; contact us to get it.
Damaged Items
Any damage has to be noted on the shipping invoice, or reported to us, within 3 business days.
15-Day Returns for Refund or Exchange
We accept returns for up to 15 days after purchase, less shipping costs. Every return has to come in its original packaging, with any free goods received, and reach us in "New" condition to be credited; otherwise a 25% restocking fee applies. A copy of your original sales invoice has to go with every return.
For sanitary and health reasons, we take no returns of hair brushes, combs or clips, nor of hair care and hair loss products in liquid or powder form.
How to Return:
- Email our returns team with your order number to ask for a return authorization number.
- Where you can, use the original shipping box and packing materials again to keep the items safe.
- Send the package to this address:
Returns RMA #
PRO HAIR TOOLS
Suite 156/142, 6700 North Linder Road
- We suggest shipping""",
                     ("free goods", "7 business days after we authorize", "15-20% restocking fee", "20-30% restocking fee",
                      "every refused order", "25% restocking fee", "returns rma #")),

    "overtone": ("""A refund needs the product to be unopened, and the return must be finished no later than 25 days after you receive it. After that, and up to 60 days from purchase, a return can only earn store credit.

To begin a return, go to: click here.

To exchange a product, finish the return and then order the item you want as a new purchase.

The link above lets you print your return packing slip, and this step is REQUIRED. Without a return packing slip in the parcel, we cannot promise to process the return. Before you print the slip, you can choose to buy and print a return shipping label on the spot, or to pay for postage yourself at a local post office afterwards. International returns can only deal with postage at a local post office.

An opened or used product cannot be returned; but if your colour did not come out the way you hoped, we would like to help. Open a ticket and choose "I need help fixing my results", and we'll take it from there.

We only accept returns of items bought through For health and safety reasons, nothing returned to us is ever put back on sale.""",
                 ("up to 60 days from purchase", "return packing slip", "international returns")),

    "ionicosmetics": ("""Refunds And Returns Policy
Our aim is lashes of the highest quality. If our product leaves you less than 100% satisfied, tell us! We will happily help you with a refund or a return.
– An order can be cancelled at any time before it ships.
– Returns HAVE to be made no more than 7 days after you receive the order.
– Under company policy following COVID-19 sanitary guidelines, every return has to be UNOPENED AND UNUSED.
– Email us to start a return: support@ionicosmetics.example. Give the order number, the item's number or name, and your phone number.
– Any refund we make has shipping costs taken off it.
– We do not send an order again when tracking shows the package as "delivered", or when it is found undeliverable, is refused, or results from nonpayment or a problem with the mailing address you gave.
– If your order reached you damaged, contact customer service at support@ionicosmetics.example as soon as you can, with your order number, tracking details and phone number.""",
                      ()),

    "bathsandbubbles": ("""Refund Policy - Baths & Bubbles

Baths & Bubbles Refund Policy

Baths & Bubbles works to make sure every purchase leaves you fully satisfied. If yours does not, for whatever reason, our simple refund and return policy is here for you.

1. Eligibility for Returns

  • We take back items that are unused and unworn, in their original condition, with every tag and all their packaging intact.
  • Start your return no later than 60 days after delivery. To do so, contact our customer service team, giving your order number and the reason you are sending the item back.

2. Non-Returnable Items

Some items cannot be returned, among them:

  • Anything used or worn.
  • Anything missing its original packaging and tags.
  • Sale items, and items marked final sale.

3. Refund Process

  • When your returned item has arrived and been inspected, we will let you know whether your refund is approved or rejected.
  • Once approved, the refund is processed and credited automatically to your original payment method in a set number of days.

4. Shipping Costs

  • We do not refund what you pay to ship your return. When you are refunded, the cost of return shipping is taken off the refund.
  • When the return results from our error (a wrong or defective item, say), we pay the return shipping.

5. Exchanges

  • To exchange an item, contact us and we will arrange for the original to come back and the new one to go out. Exchanges depend on what we have in stock.

6. Late or Missing Refunds

  • No refund yet? Look again at your bank account or card statement first.
  • Done that and still no refund? Ask your bank or card company, as a refund can take a while to be posted.
  • Done all that and your refund still has not""",
                        ("cost of return shipping is taken off",)),

    "willowtreenativity": ("""Return & Exchanges Policy

Brand: Handmadesoapbar.example

Contact Email: info@handmadesoapbar.example

Thanks for shopping with Handmadesoapbar. We aim to leave you fully satisfied with what you buy, but we know a return or exchange is sometimes needed. Please read this Return & Exchanges Policy closely for its rules and steps.

1. Returns: Not fully satisfied with your purchase? You can start a return no later than 30 days after delivery. The item must not have been used, must still be in its original packaging, and must be as it was when it reached you.

2. Exchanges: We are glad to exchange items that are defective or damaged, or that were the wrong product. Contact us no later than 14 days after the item arrives to start an exchange. The item you exchange has to be unused, and its original packaging must come with it.

3. Non-Returnable Items: Some items cannot be returned, such as personalized or custom-made products. Nor can gift cards or downloadable software products be refunded.

4. How to Start a Return or Exchange: Follow these steps to start a return or exchange:

  • Contact Handmadesoapbar customer service with your order number and what the issue is.
  • Our customer service team will take you through the return or exchange and give you a Return Merchandise Authorization (RMA) number.
  • Send the item(s) back with a shipping method you can track. You pay the return shipping, unless the return results from a defect or damage, or from our sending the wrong item.

5. Refunds: When the returned item has arrived and been inspected, we will tell you whether your refund is approved or rejected. Once approved, the refund is processed and credited automatically to your original payment method in a set number of days.

6. Excha""",
                           ()),

    "superdeodorant": ("""Returns & Refund Policy
Refund policy
Given what the product is, every sale is final. Super Deodorant is a formula of its own, not like anything you have tried before, and some people need a little time to get used to it. For a first order, buy a single tin, keep your risk low and see how you like it. If you love it, the bundles are waiting.
Should your shipment arrive damaged from transit, contact us at once and retain the parcel just as it was delivered until we tell you otherwise. We need pictures for the insurance. Super Deodorant will then work with you, and with the carrier's insurer, to give you a replacement. Should we cancel the order ourselves, Super Deodorant Inc. credits the amount straight back to the payment method you used, taking 5 to 7 business days.
We have no control over the processing times or charge-back rules of your financial institution; ask it about delays and its charge-back guidelines.
Please collect your tracked shipment in time. Should a tracked shipment come back to us, we either cancel the order or ship it back to you at your expense. When we cancel, we refund only the product cost, minus a $4 CAD administrative fee. The fee you paid towards shipping is not refunded.
Any questions? Reach us through the form below.""",
                       ("retain the parcel", "should we cancel the order", "tracked shipment come back to us",
                        "$4 cad administrative fee", "fee you paid towards shipping")),

    "shearoma": ("""Refund Policy
A legal disclaimer
Our approach to refunds is simple. Items that arrive damaged and unusable can be refunded. Parcels do not always reach you in the state they should, so, as a courtesy, we send a replacement order once we have confirmed the damage. Your satisfaction comes first.
Refund Policy - the basics
Thanks for your purchase! Should you choose not to use the product, and the package has not been opened or tampered with, we will gladly refund you, and the refund is processed within 10 business days. Returns carry a 2.50 restocking fee per order. Please note that we cannot refund lotions, or any product that has been opened and used, since hygiene could suffer.
What to include in a Refund Policy
Please check your shipping address carefully before you complete your order. With your address complete and accurate, your items will arrive on time and without trouble. Thanks for paying attention to this detail!""",
                 ()),

    "paradisetan": ("""returns & refund policy

RETURNS

An item can only be returned unused and still in the original packaging it came in.

For hygiene and safety reasons, tanning sprays and juicy drops cannot be returned.

Returning an unwanted item?

Unwanted items have to be sent back to us within 14 days of delivery. The refund goes back to the original payment method.

The cost of sending an unwanted item back to us is yours to pay. It is also up to you, then, to make sure the product comes back in the same condition it arrived in. A product that returns to us in poor or unsaleable condition may not be refunded. Get proof of postage, so that you have it if you ever need to contact us about the return.

Please be aware that when you send an item back because you changed your mind, we do not refund the original postage.

Returning a faulty or incorrect item?

Sorry that your order came wrong or faulty. Tell us about anything wrong with your order no later than 14 days after receiving it.

If we sent you the wrong item, we will get the right product out to you as soon as possible and give you a free returns label. Cover the parcel's original label with the returns label, then hand the parcel in at your local post office, where it will be scanned and you will get proof of postage. Keep that proof safe until the item is back with us, in case anything is delayed or lost.

A faulty item will be replaced as soon as possible. Depending on the item, we may ask you to send it back to us, or to dispose of it properly.

If we ask you to send it back, we arrange that return and it costs you nothing. If your order qualifies for a return, please contact us.

REFUNDS

I’ve r""",
                    ("cover the parcel's original label", "dispose of it properly")),
}
