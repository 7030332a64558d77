"""The test122 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "roastd": ("""Refund Policy
Not happy with what you bought from us? We will happily exchange it or give you back the price you paid, as long as you ask no later than 30 days after the purchase. If electrical or electronic equipment bought in our shop has a manufacturing defect, please contact the manufacturer directly.
Opened bags of coffee, or opened coffee, cannot come back, we are sorry to say. Even so, we will see that you end up content: our offer of replacement or refund stands. Gift Card purchases are not refundable either.
Just phone us, or email service@ROASTD.example, and we will start things moving.
Refunds (if applicable)
Once we have agreed that a refund is what you want, we send it to the method you originally paid with. It can take as long as 6 business days before a refund shows in your account.
Late or missing refunds (if applicable)
No refund yet? Look at your bank or card account once more first, since a refund may take a while to be posted officially.
If you have done all that and the refund still has not come through, email us at service@ROASTD.example.
Sale items (if applicable)
We refund only items bought at their regular price; items bought on sale are not refundable.
Gifts
When an item was marked as a gift at purchase and sent straight to you, and you want a refund, you will get a gift credit worth the value of the item.
Shipping
Please send no products back to us unless we have told you to. The cost of shipping your return is yours to pay. Shipping costs are non-refundable.
How long your exchanged product takes to reach you depends on where you live.""",
        ("contact the manufacturer directly", "offer of replacement or refund", "gift credit")),

    "teaofteas": ("""Returns & Refund Policy
Tea of Teas puts your satisfaction first. If a purchase leaves you less than fully happy, our returns process is simple and friendly to customers. The terms and conditions for returns and refunds are set out in detail below.
Eligibility for Returns
Timeframe:
Start your return no later than 30 days after the date of delivery. Damaged, defective or incorrect items are handled differently (see Special Cases below).
Returns of perishable items (opened tea blends, for example) are limited to 14 days after delivery, out of concern for hygiene and the integrity of the product.
Condition:
Items have to be unopened and unused, in their original packaging, with every seal, tag and label still in place.
Tea accessories (infusers or cups, for example) must show no damage, no stains and no sign of use.
Non-Returnable Items:
Tea products that have been opened or used (for safety).
Gift cards, and items sold as final sale or on clearance that carry a "non-returnable" mark.
Custom tea blends are blended to order, just for you. Because these blends are personalized, no custom order can be refunded or returned. Should something be wrong with your order, please get in touch with our customer service team and we will do our best to help.
Return Process
Initiation:
Get in touch with our Customer Care team before the eligible timeframe runs out, giving your order number, your reason for returning and photos (if applicable).
You will be given a Return Authorization Number (RA#) to track your request.
Shipping:
Customer Responsibility: The customer pays for return shipping, unless the return comes from our error (a wrong item shipped or a damaged product, for example).
Prepaid Labels: When our error caused the return, we email you a prepaid return label.
Packaging:
Pack items securely in the original box or in another sturdy one, and write the RA# on the exterior of the box.
We recommend tracked shipping (USPS or FedEx, for example) to ensure s""",
        ("limited to 14 days", "tea accessories", "ra# on the exterior")),

    "vinosl": ("""Refund and Returns Policy
1. Eligibility for Returns
Your full satisfaction with what you bought matters to us. Should the wine you got not satisfy you, whatever the reason, you may be able to return it up to 30 days after the date it was delivered. A return qualifies only when these conditions are met:
- Unopened and Undamaged: The wine has to be unopened, still in its original condition, packaging included. We may refuse a return that shows any sign of tampering or damage.
- Proof of Purchase: You have to give proof of purchase, for instance a copy of the receipt or of the order confirmation.
2. How to Initiate a Return
Follow these steps to start a return:
- Contact Customer Support: Write to our support team at support@VINOSL.example before the return period ends, giving your order number and why you are returning.
- Receive Return Instructions: Our support team will tell you how to send the wine back. This may mean you get a return authorization number, and then ship the wine to the return address we name.
- Return the Wine: Pack the wine with care so that it stays protected in transit, and send it to us by a shipping method that can be tracked. We advise choosing a shipping service that includes insurance, in case the wine gets damaged on the way.
3. Refund Process
When the returned wine reaches us and we have checked that it meets the conditions for a return, we refund you within 7 business days, to the payment method you originally used. Be aware that the refund may need another 30 days to show in your account; this depends on your bank or the payment provider.
4. Exceptions
- Customized or Personalized Products: Wine you ordered customized or personalized (with a custom label, for example) cannot be returned or refunded, unless it has a defect or we made an error.
- Opened Bottles: We cannot accept returns""",
        ()),

    "tavour": ("""Every cancellation and return costs us money, and in the end it pushes up prices for everyone in the community by a great deal. To hold our costs down as far as we can, and to hand the savings on to you, these are our policies:
To cancel a beer you bought, answer within 3 days of the confirmation (the confirmation email, for requests made by email, or the confirmation screen that the app shows once you click GET IT) and you get a full refund. Cancelling within those 3 days costs nothing extra.
Once 3 days have passed since the confirmation, an order cannot be refunded except in extenuating circumstances, such as moving away from the area we serve before your orders ship; an order cancelled in such a case will only be refunded 50%.
If an account has a crate about to ship and has had no valid payment method on file for more than one month, the crate is canceled without refund. Twice a week until the crate is cancelled, we send notices about it.
If your shipment arrived damaged, please email us as soon as possible, so that we can put the problem right to your satisfaction.""",
        ("only be refunded 50%", "canceled without refund")),

    "charbonnel": ("""Returns or Exchange Policy
Chocolates perish, so for hygiene reasons we cannot take them back once sold.
100% Satisfaction Guarantee / Damaged Orders & Refunds
We do everything we can to prevent it, but very occasionally products reach their destination damaged, or never arrive because of an unexpected problem with delivery. Some of our chocolates are fragile and easily damaged, and in those cases no refund can be offered. Should the recipient get a damaged order, contact us at once so that together we can agree on a suitable solution, which could be sending the order again on the next delivery date available. When an order has been damaged, we will usually ask for it to be sent back, or for photos that show the problem clearly: these help us find out what is going wrong in our system and, where appropriate, claim compensation from the courier company. Please be aware that any issue must be reported to us within 2 days of delivery, which gives us the best chance of resolving it. Problems reported after the 2 days deadline may still be considered, at our discretion, but we may refuse to send the order again. Please be aware that, as our chocolates are perishable, we cannot accept them back for hygiene reasons. In case of what we believe is abuse of our 100% Satisfaction Guarantee (the Damaged chocolates policy), or of repeated claims from one person or one group of people, we may decline to send orders again and may stop accepting orders from those customers. Should we decide so, we will let the customer know our decision in writing, by email or by telephone.
Returns and Refunds for sub-standard goods
Chocolates have sometimes melted on their way to some places, because of the heat. Though most courier orders get there in good con""",
        ("fragile and easily damaged", "after the 2 days deadline", "abuse of our 100% satisfaction guarantee")),

    "spiceandgrains": ("""Return & Exchange Policy
Overview
Spice And Grains puts customer satisfaction above everything. If what you bought does not fully satisfy you, our return and exchange policy is simple and built to settle things smoothly.
Returns
Eligibility:
- We take returns up to 14 days after delivery.
- A returned item has to be unused, unopened and in the condition it was in when you received it.
- Items must come in their original packaging, together with the receipt or another proof of purchase.
Non-returnable items:
- Goods that are perishable (spices, grains or herbs, for example).
- Gift cards.
- Software products that are downloaded.
- Items of health and personal care.
How to initiate a return:
- Email us at sgfoodspk@SPICEANDGRAINS.example, or reach our support on WhatsApp or by landline, giving your order number and why you are returning.
- Once your return is approved, we give you a return shipping label.
- A return sent without our approval first will not be accepted.
Return shipping:
- The customer pays for shipping a return back, except when the return comes from an error of ours (a wrong or defective item).
- We do not refund the original shipping costs.
Exchanges
Eligibility:
- We exchange only items that are defective, damaged or incorrect.
- To ask for an exchange, contact us no later than 7 days after your order reaches you.
Process:
- Email sgfoodspk@SPICEANDGRAINS.example, or reach us on WhatsApp or by landline, sending photos and a full description of the problem.
- After approval, we send you a replacement item free of any extra charge.
Refunds
Processing:
- When your return has arrived and been inspected, we tell you where it stands.
- Once approved, your refund goes back to the payment method you originally used, within 5-10 business days.
Late or missing refunds:
- No refund yet? First look at your bank account, then get in touch with your payment provider.
- If you have done that and the refund still has not arrived, email us at sgfoodspk@SPICEANDGRAINS""",
        ()),

    "vitaminsupplementsus": ("""Vitamin Supplements US is committed to making sure every purchase satisfies you. If your order leaves you less than fully satisfied, our return and refund process is simple. The details of our policy are below.
1. Eligibility for Returns
An item can be returned only if it meets these conditions:
- It is unused and unopened, in its original packaging.
- You ask for the return no later than 30 days after your order reaches you.
- You give proof of purchase (an order confirmation email or a receipt, for example).
2. Non-Returnable Items
Some items cannot be returned, among them:
- Products that have been opened or partly used.
- Products bought on clearance, or marked "final sale."
- Items damaged by improper handling after they were delivered.
3. Return Process
Step 1: Contact Us
- Send an email to our customer support team with the details of your order and why you are returning it.
- Our team gives you a Return Merchandise Authorization (RMA) number together with instructions for sending the product back.
Step 2: Ship the Item
- Pack it securely so that it is not damaged on the way.
- Put your RMA number and proof of purchase inside the package.
- Send the package to the address given in the return instructions. The customer pays for return shipping, unless the item is defective or we sent the wrong product.
Step 3: Inspection and Approval
- When the returned item reaches us, our team inspects it to make sure it meets the conditions for a return.
- No more than 5 business days after the item arrives, we let you know whether your return is approved or rejected.
4. Refunds
Once your return is approved, your refund is handled like this:
- The refund goes to the payment method you originally used for the purchase.
- The refund may take 5-10 business days to appear in your account; that depends on your bank or on the payment provider.
- Shipping fees (where charged) are not refunded, except when a return is due to a """,
        ("rma number and proof of purchase",)),

    "sportnourish": ("""Refund Policy
Sport Nourish is dedicated to sports nutrition products of high quality that help you reach your fitness goals. Even so, we know a product will sometimes fall short of what you hoped. Our refund policy aims to keep you satisfied while keeping to our quality standards.
Eligibility for Refunds
A refund can be given only when all of these hold:
You ask for the refund no later than 30 days after the date of purchase.
The product is unused and still in its original packaging.
You give proof of purchase (the receipt or the order confirmation).
How to Initiate a Refund
These are the steps to start a refund:
1. Email our customer service team at support@SPORTNOURISH.example and ask for a refund.
2. Give your order number and say briefly why you want the refund.
3. Send the product back to the address our customer service team gives you.
Return Shipping
Return shipping is paid by you. For items worth more than $75, we suggest a shipping service with tracking, or buying shipping insurance, since we cannot promise that your returned item will reach us.
Processing Your Refund
When your returned item has arrived and we have checked its condition, the refund is processed within 7-10 business days, back to the payment method you used for the purchase.
Exceptions
Some products cannot be refunded, including:
Items that were opened or used.
Gift cards.
Products that are special orders or custom-made.
Contact Us
For any question about our refund policy, or for help, you are welcome to get in touch with us at:
Thanks for picking Sport Nourish, and for your understanding!""",
        ()),

    "ebeehoney": ("""Terms/Conditions
Cancellations/Refunds/Returns:
As soon as you click the button that submits your order, the order goes in and the payment processor charges it automatically; your credit card payment is out of our reach.
Should you order with a wrong shipping address (mistyped, an old address after a move, and so on) and the order comes back to us, we take off any shipping costs, and any fees we paid to process your order. Please contact us before you return anything.
Royal jelly perishes, so when you order it, what shipping you must choose depends on where it is going. For shipments to the states below, you MUST CHOOSE UPS 2 day air -
the states are: Alaska, Arkansas, Arizona, California, Colorado, Florida, Georgia, Hawaii, Idaho, Kansas, Louisiana, Maine, Missouri, Mississippi, Montana, North Dakota, Nebraska, New Mexico, Nevada, Oklahoma, Oregon, South Dakota, Texas, Utah, Washington and Wyoming.
Every royal jelly page states this requirement, and the cart page does too. Suppose you ordered royal jelly to one of those states, picked UPS ground, and then cancel your order (or we cannot reach you) because UPS 2 day air costs more to ship, the fees for your transaction (3% + .49 cents) are not refunded. Those fees never come back to us, and the shipping requirement for royal jelly is stated plainly all over our website.
For non-food items:
When your order has already shipped and we approve your return, you have to send the order back to us, at your own cost, in its new, unopened condition. Once the item(s) reach us, we refund the item amount.
We do not refund the original shipping charge, nor the credit card fees 3% with .49 cents on top: only what the item itself cost. Please be aware that food items cannot be returned once they have shipped.
Copyright:
Copyright and Trademark Notice: Except where stated otherwise, everything on this site, the text, the design of the site, the logos, the graphics, the icons and the ima""",
        ("wrong shipping address", "royal jelly", "credit card fees 3%")),

    "theholyoil": ("""Refund Policy
We want you to be fully happy with the extra virgin olive oil you bought from The Holy Oil. Here is how our easy return and refund process works.
Our Satisfaction Guarantee
The Holy Oil is deeply proud of how good its premium olive oil is. We are sure its fresh, genuine taste and outstanding quality will win you over. Should your purchase fail to satisfy you completely, whatever the reason, we will put it right.
Return Eligibility
Damaged or Defective Products
Should your order reach you damaged, broken or defective, we will happily give you a full refund or a replacement, costing you nothing extra. For a damage claim to qualify:
- Get in touch with us no later than 48 hours after your order arrives
- Send photos of the damaged product and of its packaging
- Keep all original packaging till your claim has been settled
Quality Concerns
We stand by the quality of our olive oil. If you think your product has a quality problem (rancidity, off-flavors or contamination, say), please get in touch with us straight away. We will:
- Look into your concern quickly
- Give you a full refund or a replacement if the product falls short of our quality standards
- Perhaps ask you to send the product back for quality testing
Change of Mind Returns
We know a product will sometimes not live up to what you expected. For returns because you changed your mind:
- Start the return no later than 30 days after delivery
- The products have to be unopened and unused
- The products have to be in their original packaging
- The customer pays the return shipping costs
- We may charge a 15% restocking fee
Non-Returnable Items
These items cannot be returned or refunded:
- Products that were opened or used (unless they are defective)
- Products sent back more than 30 days on
- Products that no longer have their original packaging
- Gift cards
- Items bought on sale or clearance (unless they are defective)
- Products damaged by being stored improperly after delivery
How to Request a Return
To start a return or a refund, please follow""",
        ("keep all original packaging", "quality testing")),

    "petsupplementcompany": ("""Refunds and Returns Policy
- You may cancel the order and get a full refund when:-
- There is an error in the description, so you no longer want to go ahead. Delivery of the product is significantly delayed.
- You change your mind before the order is despatched.
- You ordered by mistake and the product has not yet been despatched. To cancel an order, email us at hello@PETSUPPLEMENTCOMPANY.example
Returning an order.
Should you decide to return your order, you may do so up to 28 days after the product reaches you.
To make a return, email us at hello@PETSUPPLEMENTCOMPANY.example with a short account of why you are rejecting the goods. We then send you a link that gives you a free-post label. Please send the products back in their original packaging, packed well enough that they are not damaged in transit.
- For a full refund, every product has to be as new and undamaged, with its label attached, in the original packaging.
- Every product has to come back no later than 28 days after your purchase reaches you.
- Tell us beforehand that you want to return a product; if you do not, it cannot be refunded or exchanged.
- We accept no return of any product unless it is unopened, unused and as new.
Your refund
When you meet the conditions for a full refund, we refund what you paid for the products; we reserve the right, though, to deduct from that price in the cases below.
- We may lower the refund by any reduction in the value your handling has caused the products.
- We pay refunds owed to you as soon as we can, normally within 5-10 days of the day the product(s) reached us back.""",
        ("error in the description", "significantly delayed", "reduction in the value")),

    "kikoqh": ("""Return Policy - Baby Products Store
Baby Products Store is committed to quality products and attentive customer service. Still, if a product you bought from the store does not fully satisfy you, please read our return policy, set out below:
1. Return Conditions
Return period: You may ask to return or exchange a product up to 7 days after the date you received it.
Unused products: The product has to be unused, with its original tags and packaging. It has to be in new condition: never washed, not dirty, not damaged.
Defective products: Should the product you got have a manufacturing defect, or was damaged in shipping, contact us straight away and we will help you exchange it free of charge.
2. Non-Returnable Products
Products the user has used, washed or damaged.
Discounted products, products on special promotion, and customized products (if any).
Products that are not in their original condition any more (packaging or labels missing, for instance).
3. Return Process
Contact us: Send us a return request by email or through the Baby Products Store hotline no later than 7 days after you receive the product, with your order details and the reason you are returning it.
Confirmation and instructions: Once we have your request, we confirm the state of the product and give you step-by-step instructions for sending it back.
Return the product: Post the product to the address we give you. When the return is caused by a defect in a Baby Products Store product, we pay the shipping costs.
Processing the request: When the returned product reaches us, we check its condition and then refund it or exchange it for a new one, as you asked.
4. Refund Policy
A refund you ask for is paid within 5-7 working days into your bank account, once we have received and inspected the product.
Products that are defective or not as described get a full refund, incl""",
        ()),
}
