"""The test93 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "menpromsuit": ("""Refund & Exchange Policy
Return & Exchange Request Timeframe
If your men's suit does not satisfy you, write to us at help@menpromsuit.example and ask for a return within 10 days of the day it reached you. We cannot accept a request sent after that time.
Contact Us Before Returning & Exchanging
Every return needs our approval beforehand. Do not post anything back to us before you have been in touch, because a return we have not authorized may go unprocessed and unrefunded.
When your message reaches us, our team answers within 24 hours (weekends, public holidays and staff holidays not counted).
Return & Exchange Conditions
A suit can come back only if every one of these holds:
- It has not been worn, washed, altered or damaged
- It is still in brand-new condition, with no odors and no stains
- Its original tags and labels are still on it, whole
- Its original packaging is kept as complete as you can manage
If an item falls short of these conditions, we may refuse it, or it may be only partially refunded.
Required Information for Return & Exchange
With your return request, please send us:
- The number of your order
- Clear photos of the item (the whole piece, close-ups and the tags)
- A short note on why you are returning it
We look over what you send and tell you whether the return is approved.
Return & Exchange Address Instructions
You receive the address for your return once we have approved the request.
Without our confirmation, do not send anything to the address it was shipped from or to any address shown on the website: parcels can get lost that way, and refunds held up.
Refund Processing Time
After the returned item has arrived, been inspected and been found to meet the conditions, we process your refund to the payment method you used, within 5–10 business days.
How long this takes can differ with your bank or payment provider.
Non-Returnable Items
We do not take back or refund:
- Orders we hear about more than 10 days after delivery
- Items that show signs of wear, damage, odors""",
                    ("only partially refunded", "clear photos of the item")),

    "asumastyle": ("""Return Policy for Evening Dresses
1. Short Return Period:
• Ask for a return no later than 3 days after the dress reaches you.
2. Condition of the Product:
• The dress has to be unused, unworn and unaltered (nothing cut or tailored), and it must come back with every original accessory, its tags still attached.
• If the dress shows any sign of use, for example odors (of perfume, sweat or smoke), stains or damage, it can no longer be returned.
3. Non-Returnable Items:
• Dresses made to custom measurements.
• Dresses altered because the customer asked for it.
• Dresses bought at a discount or in a special sale.
4. Return Fees:
• Every cost of shipping the return is paid by the customer.
5. Exchange Instead of Refund:
• Once a return is approved, you get a gift card worth what the dress cost, to spend on later orders.
• We do not give refunds in cash.
6. Return Process:
• Send your return request by email or on WhatsApp.
• We look at each request within 7 business days; the gift card or store credit is issued only once the dress has come back and we have inspected it to check that every condition is met.
7. Disclaimer:
• A return request that does not follow the terms above may be turned down.""",
                   ()),

    "sneakerstoreegy": ("""Return & Refund Policy
1. Eligibility for Returns
You can send items back within 14 days of the day your order arrives, as long as:
- it is in its original condition (not worn, not washed and not damaged).
- it comes with every piece of its original packaging, its tags and its accessories.
- it is not sold as final sale and is not a product we do not take back (socks, insoles or cleaning kits, for example).
- Items bought on sale, at a discount or in a promotion cannot be returned or refunded.
2. Return Process
To start a return, the customer has to:
- Reach us through our support email or the contact form no later than 14 days after delivery.
- Tell us the order number and why the item is coming back.
- Wait until our support team confirms the return and sends instructions.
3. Return Shipping
- The customer pays to ship the return, except when the item was defective or was the wrong one.
- Please send it with a service that can be tracked.
- If a returned item goes missing on the way to us, we cannot be held responsible.
4. Refunds
- Once the returned item has reached us and been inspected, we process the refund within 5-10 business days.
- The money goes back to the payment method used for the order.
- We keep the shipping fees unless the return comes from a mistake of ours.
- Nothing bought on sale or with a discount code is refunded.
5. Exchanges
- An exchange depends on the stock we have.
- When the size or model you want is not available, you can take a refund instead.
6. Defective or Incorrect Items
- If an item is defective or the wrong one, let us know no more than 48 hours after the order arrives.
- We pay all of the return shipping and either send a replacement or give a full refund.
7. Contact Information
Questions about returns or refunds can go to:
📧 contact@sneakerstoreegy.example
📞 +1 234 567 890
🌐 sneakerstoreegy.example/contact""",
                        ()),

    "jeanztm": ("""RETURNS
RETURN POLICY
Clothing bought at full price can be sent back for a full refund within 14 days of delivery, provided it has not been worn or washed, is in new condition and still has all of its tags and/or packaging. The original shipping fees are not refunded.
Anything bought at a discount of 40% or more is Final Sale: it cannot be returned or exchanged. Again, the original shipping fees stay with us.
RETURNS
As soon as you have created your return, we send you a prepaid label for it.
How to begin a return:
1. Press the button that opens the Returns Portal
2. Find your order with its Order # and your email address.
3. Choose the items you want to return or exchange, and give the reason for the return.
4. The portal then makes a pre-paid return label for you, with instructions for the return.
If you cannot find your order or need a hand creating the return, our Customer Care team is there to help.
EXCHANGES
When something does not fit, or you would prefer another style, set up an exchange in our Self Service Return Portal.
We create the order for your exchange only after the items you send back reach our warehouse and pass through our return processing. Setting up the exchange in the portal therefore will not hold inventory; send your return as soon as you can, so that the item you want is still in stock when your exchange order is made.
If by the time we process your return the item for your exchange is out of stock, we refund that item in full. You then get a notice that it is out of stock and an automatic email telling you the refund has been made.
For now, we cannot offer exchanges on international orders.
REFUNDS
When your return arrives at our warehouse, the team there processes and inspects it to check that the item came back in original condition. Allow up to 10 business days for this. After processing, we refun""",
                ("will not hold inventory", "exchange is out of stock", "exchanges on international orders")),

    "unpurfect": ("""Refund & Exchange Policy
Last Updated: November 10, 2024
Thanks for buying from us! We hope our t-shirts give you a great experience. If your purchase leaves you less than fully happy, we will help. Our refund and exchange policy is set out below:
1. Refund & Exchange Eligibility
- You can return or exchange items within 7 days of the day your order arrives.
- Each item has to be unused and unwashed, in its original condition, with every tag still intact.
- Gift cards, sale items and anything bought in a special promotion are final sale: unless defective, they cannot be refunded or exchanged.
2. Items That Cannot Be Returned or Exchanged
We cannot take back or exchange:
- Items that have been worn, washed or damaged.
- T-shirts that were customized or personalized.
- Items whose original tags or packaging are missing.
3. How to Request a Return or Exchange
- Contact Us: write to contact@unpurfect.example with the order number, the reason you are returning the item and any photos that show the problem (when the item is defective).
- Approval: when we approve the request, we send instructions for sending it back.
- Shipping Costs:
- You pay to ship the return, unless the item turns out defective or we sent you the wrong product.
- We are not responsible for parcels that get lost, so please return items with a shipping service you can track.
- Processing:
- We process refunds within 7-10 business days of getting the returned item.
- An exchange depends on whether the product is available. We ship your replacement item once we have the original product back, at most 7 business days later.
4. Refunds
- Refunds go back to the payment method you first used.
- Shipping fees are not refunded, except when an item is defective or incorrect.
- Depending on your bank, the refund can take 7-10 business days to show in your account.
5. Exchanges
- For another size or color, contact us within 14 days after your t-shir""",
                  ("ship your replacement item", "within 14 days")),

    "outerweartrends": ("""Returns And Exchanges
Return, Refund & Exchange Policy – Outerwear Trends
Outerwear Trends cares about happy customers and wants you to buy from us with confidence. We wrote our return, refund and exchange policy to treat every customer fairly and openly.
Order Cancellation Policy:
-
You can ask us to cancel an order during the first 12 hours after you place it.
-
A cancellation asked for inside those 12 hours is refunded in full, minus the payment gateway fee.
-
If you ask to cancel later than 12 hours and we have already begun making the jacket, you get an 80% refund: we keep 20% for processing and handling fees.
Returns & Refunds:
-
Every jacket is made to order, which is why we accept no cancellation once production has begun, except on the 80% refund terms described above.
-
Ask for a refund within 15 days of delivery.
-
Once a refund is approved, processing takes 3 to 5 business days; after that, within 2 to 5 business days, the money shows in your account.
-
We refund to the payment method you used at checkout.
-
The refund covers only the price of the item(s) and any taxes that applied.
-
Shipping and handling charges are not refunded.
-
When an item comes back for a refund, we take the actual shipping cost we paid off the amount refunded.
-
A return due to a sizing issue may not get a full refund, since we check sizes with you after the purchase. In that case we suggest an exchange instead, with the shipping costs paid by the customer.
-
Items that were used, damaged or altered cannot be refunded or exchanged.
Return Shipping Responsibility:
-
The buyer pays the return postage on every return.
-
We give you the right address for the return; the customer must send the item back by a reliable method that can be tracked.
Exchanges:
-
We take exchanges for problems with the size or for produ""",
                        ("minus the payment gateway fee", "80% refund", "once production has begun",
                         "actual shipping cost we paid", "due to a sizing issue")),

    "loopibelts": ("""Refund and Returns Policy
You have 7 days to use our refund and returns policy. Once more than 7 days have gone by since your purchase was delivered, a full refund or an exchange is no longer possible.
Our handmade belts are cut and sewn to size, so check your measurements before ordering. Should the size still be off, get in touch and we will put it right.
Any other belt with a defect that comes from manufacturing and/or quality check errors will gladly be exchanged.
A return is accepted only if the item is unused and in the same state as when it reached you.
When a product is coming back, we email the buyer a shipping label.
The original shipping fee is taken off when a refund is issued. We are a small business, and as USPS keeps raising its prices we cannot always pay every shipping fee ourselves; thank you for understanding.
We need a receipt or other proof of purchase to complete a return.
Get in touch with us before you post anything back.
After your return has arrived and been inspected, we email you to say it has reached us, and we also tell you whether your refund is approved or rejected.
If it is approved, we process the refund and the credit goes automatically to your credit card or the payment method you used, after some days; the time this takes is up to the payment processor.
Late or missing refunds
No refund yet? Look at your bank account once more first.
Next, ask your credit card company: a refund can take a while to be officially posted.
After that, speak to your bank, since there is often a processing delay before a refund appears.
If none of that helps and the refund still has not come, contact us.""",
                   ("cut and sewn to size", "quality check errors")),

    "handbag01": ("""We at Handbag01 want every purchase to leave you fully satisfied. If your handbag disappoints you for any reason, our return policy is free of hassle, so that shopping with us stays as easy as it can be.
Return Eligibility
A return is accepted only when all of these hold:
- The item comes back within 4 from the purchase date.
- The handbag is unused and in its original condition, with every original tag, its packaging and all accessories intact.
- Nobody has altered it, damaged it or worn it beyond normal use.
- You provide proof of purchase (the receipt or the order confirmation).
Non-Returnable Items
These cannot be returned:
- Anything bought in a sale or using a discount code, except where we state otherwise.
- Items that are custom or personalized.
- Items the customer has used, worn or damaged.
- Gift cards and vouchers.
How to Return Your Handbag
If your handbag qualifies and you want to send it back, take these steps:
- Contact Us: start the return by writing to our customer service team at returns@handbag01.example or calling +1 907 128 3684. Tell us the order number and why you are returning it.
- Return Authorization: we give you a Return Authorization (RA) number and full instructions for the return.
- Packaging the Item: pack the handbag with care, in its original packaging if you can, so it is not damaged on the way. Write the RA number on the package, without fail.
- Return Shipping: the return shipping costs are yours, except when the item is defective or incorrect. Use a shipping service with tracking, so the item is sure to get back to us safely.
Refunds and Exchanges
When your returned item has reached us and we have checked that it qualifies, we go ahead with your refund or exchange:
- Refunds: the money goes back to the payment method you used. Please be aware that this can take several bus""",
                  ("ra number on the package",)),

    "alynn": ("""Every purchase at Ties.example comes with a 100% satisfaction guarantee. Whatever makes you unhappy with an item, whether damage, a defect or anything else, we will gladly take it back. Items can be returned for a full refund for up to 30 days after the purchase date, and for store credit up to 60 days after it. A returned item has to be unworn, unwashed, undamaged and unaltered; anything in another state cannot come back. Final sale items can be neither returned nor exchanged. A full refund is paid the same way you paid. You can spend store credit on any Ties.example product, together with most sales and promotions, and store credits never expire.
Should something you bought be marked down within 7 days of the day you ordered it, we will gladly make a one-time price adjustment. It applies only to goods bought at full price; goods bought below full price get no price adjustment. We pay the difference as store credit. To receive it, email customer service at help@ties.example within those 7 days from the purchase.
A damaged item is a serious matter to us. Get in touch with customer service at once, and we will speed your return along. Your issue is solved fastest if you email our support team (help@ties.example) a digital picture of the damage or defect, with a clear account of what is wrong. Often we can act, with a replacement, a refund or account credit, as soon as we have verified the issue. Where damage or a defect cannot be verified, the item has to come back to Ties.example to be inspected, and our returns department decides once it arrives. If the box and the goods reach you damaged, you must save the merchandise as well as the packaging it came in, and tell us straight away so we can arrange for a carrier """,
              ("store credit up to 60 days", "store credits never expire", "one-time price adjustment",
               "cannot be verified", "save the merchandise")),

    "switchscarf": ("""Shipping and Returns
Domestic Shipping
Every order leaves us within one business day
Weekend orders go out on the following business day
We email you a tracking number once your package is ready to go
Tracking works only after the carrier has scanned your package
International Shipping $30
Shipping costs $30 to most countries
You pay no import tax, VAT or other charges when it is delivered
Domestic Returns and Exchanges
You can return or exchange within 7 days from the delivery date. Once those days are over, we are sorry, but we can no longer offer a return, an exchange or a refund. A return, exchange or refund is possible only for a product that is unused and in the condition it was in when you got it. Put your receipt in the parcel as proof of payment. To begin, email info@switchscarf.example and say in the message why you are returning the item. We will then send you, by email, a FREE RETURN SHIPPING LABEL. We may refuse to accept a return and decline to refund it.
Refunds
When your return has arrived and we have inspected it, we email you to confirm it reached us, and we let you know whether your refund is approved or rejected. If it is approved, we process the refund and a credit goes automatically to your credit card or the payment method you used. The time a refund takes varies; if at least 7 business days pass without it, check your bank account first, then call your credit card company; if it still has not come after that, write to us at info@switchscarf.example.
International Returns
The charges for return shipping, along with any fees, duties or taxes the return brings, are all the responsibility of the purchaser. On international orders, Switch Scarf, for its part, will not cover return shipping, nor import fees, duties or taxes.
SEND EVERY RETURN, DOMESTIC OR INTERNATIONAL, TO:
Switch S""",
                    ("responsibility of the purchaser", "will not cover return shipping")),

    "retroangels": ("""Returns
Customers in the U.S. get 4 days to ask for a return and send the item back. We accept a return only if the sunglasses are still in original condition and their security tag is attached.
How to return your items:
1. Within 4 days of getting your order, complete the form at the foot of this page, giving your order number and the reason for the return.
2. We email you a free return label; print it and fix it to the box, on top of the old label.
3. Take the parcel to a post office of the United States Postal Service, with every original accessory packed inside. Keep a copy of the receipt for yourself.
Once your return has arrived and been processed, the refund reaches the method of payment you used, in 1-2 weeks. An 8% restocking fee is taken off the total refunded.
International purchases are final sale, and so are custom-sourced orders.""",
                    ("international purchases",)),

    "allwatchplus": ("""Shipping is free on every order | Shop Now
Refund Policy
Refund Policy
-
Get a return authorization before you send any item back.
-
Ask for a return authorization no later than 30 days after the original purchase date.
-
An exchange earns full credit toward later purchases, except when the item was a special order.
-
A 9% restocking fee applies to refunds, cancellations and straight returns, and shipping fees are not refunded.
-
An item cannot be returned or exchanged once it has been worn or altered, or put to any use at all (sizing it and removing links count).
-
Special order items, among them any priced at $10,000 or more, cannot be returned, and we keep deposits paid for them.
-
Watch manufacturers, distributors and people acting for them cannot return what they buy.
-
We send domestic orders by FedEx, fully insured up to $50,000. If a shipment is lost or damaged, the customer agrees to be paid through the insurance claim process rather than by a credit card chargeback. When a 'Signature Release' is on file, the customer bears the risk of the shipment. Insurance limits on international orders can be lower. Any claim for a lost or damaged shipment has to reach us no later than 48 hours after the scheduled delivery.
-
We may cancel or turn down any order. A purchase is final only when its payment has gone through. A trade-in quote given by phone or email is an estimate that can change once we inspect the item.
-
To guard against fraud, we may ask for more documents, for instance a copy of the credit card and a photo ID, to confirm the transaction; without enough proof, the order may be cancelled.
Refund Policy - The Basics
That said, a Refund Policy is a document that binds in law and sets up the legal relationship between you and your customers as to whether and how you will refund them. O""",
                     ("watch manufacturers, distributors", "insurance claim process")),
}
