"""The test110 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "oliveuandmore": ("""REFUND & SHIPPING POLICY
Shipping and Rates in Detail:
1. We process and fulfil every order within 2 - 3 business days. *(Over the holidays this may take longer).
2. Nothing ships on weekends or on federal holidays.
3. We ship from 10:00 am to 3:00 pm, Monday to Friday.
4. Orders travel by USPS, FedEx and UPS. (Where we can, every order goes by USPS Priority Mail, since that quicker service suits oils in summer and winter weather.)
5. Remember that a delivery estimate can change with the destination, the carrier's own problems, bad weather or anything else unexpected on the carrier's side. The holiday season brings delays too, so place your order early.
6. Delays in processing or shipping that come from an incomplete or incorrect address are not Olive U & More's responsibility.
7. We work out shipping rates per order, from the carrier and the order's weight. When Priority Mail flat rate is possible, that is the rate you pay. A big order may be split over several boxes so nothing breaks, and each box shipped carries its own charge.
8. Once an order is confirmed as shipped, the shipping charges you paid are not refunded.
Damage in Shipping:
Check your product as soon as it arrives. Shipping damage has to be reported to Olive U & More no later than 7 days after the product reaches you.
Should your product arrive damaged in transit, email us at orders@oliveuandmore.example. Your email must describe the damage and include pictures of it. When we have those, we will arrange a replacement for the damaged products.
Undeliverable Shipments:
Olive U & More bears no responsibility for damage or loss when a shipment goes back to the carrier, or cannot be delivered because the address details you gave us were wrong, nor for the recipient's inabil""",
                      ()),

    "healthyhoneys": ("""Returns & Refunds Policy
Updated in February 2026
Our 30-Day Guarantee of Satisfaction
Our products have our backing. If something leaves you unhappy, we will put it right.
Our Guarantee
Healthy Honeys wants you to love the wellness products you buy from us. Should a purchase not satisfy you fully, our satisfaction guarantee runs for 30 days from delivery. We trust what we make and want every purchase to feel like a safe one.
Return Eligibility
What Can Be Returned
- Products still unopened and sealed, in their original packaging
- Products that are defective or damaged (photos required as documentation)
- Wrong items sent to you
- Every return has to come back no more than 30 days after the delivery date
What Cannot Be Returned
- Products that have been opened or used (defective items excepted)
- Products sent back more than 30 days after delivery
- Anything marked final sale or clearance
- Products damaged by misuse or by improper storage
Starting a Return
Contact Us
Send an email to hello@healthyhoneys.example with the order number, the item(s) you want to send back and your reason for returning them. If an item is damaged, attach photos.
Receive Authorization
Our team looks at your request and, within 2 business days, sends you a Return Merchandise Authorization (RMA) number together with instructions for shipping the return.
Ship Your Return
Pack the item(s) securely and send them to the address we give you. Put the RMA number on the outside, where it shows on the package. We suggest a shipping method you can track.
Receive Your Refund
After the returned item(s) arrive and we have inspected them, your refund is processed within 5-7 business days. The refund goes back to the payment method you used.
Refund Details
- Refund Amount: You get back the full price you paid for the product(s) you returned. We do not refund the original shipping charges, except where the return results from our mistake (a wrong item, a defective product).
- Return Shipping: The customer pays the cost of return shipping, except where the return results from a defective product or a mistake of ours, in which case w""",
                      ("rma number on the outside",)),

    "paolofromtokyoshop": ("""Returns
We want you to love what you buy from us, and we guarantee its quality.
Should one of our apparel or accessory products show a print error or a visible quality issue, we will replace it or refund it. For any quality issue, make sure you send clear photos of the products, laid on a flat surface in good light. That small step lets us sort things out quickly.
Since everything in our apparel and accessory range is made to order, we take no general returns and no returns over sizing.
A hot sauce bottle that arrives broken is something we will look after.
More details follow below:
Cancellations
Every apparel and accessory product we sell is made to order just for you. To cancel or change your order, use the link in your confirmation email. Changes can be made up to the moment before it goes to production
After an apparel or accessory order of yours has gone to production, a replacement or other resolution may still be possible, depending on the circumstances. You have 30 days after your order reaches you to raise any quality issue.
To cancel or change an order of hot sauce or other food products, use the link in your confirmation email as well. Such an order can be changed whenever you like until it ships.
Damaged/Quality Issues
To get the quickest resolution, include a photograph that shows the quality issue in the print, or the damaged part of the item. Photos work best taken lying flat, showing the tag and the error plainly.
RETURNS ARE ACCEPTED ONLY FOR DEFECTIVE APPAREL & ACCESSORY PRODUCTS, AND ONLY UP TO 30 DAYS FROM THE DATE OF PURCHASE. EVERY RETURN GETS A FULL REFUND, AND WHEREVER A RETURN NEEDS SHIPPING, WE PAY FOR IT. PRODUCTS THAT ARE NOT DEFECTIVE CANNOT BE RETURNED OR REFUNDED.
FOR SAFETY REASONS WE TAKE NO RETURNS OF HOT SAUCE OR OF ANY OTHER FOOD PRODUCT EITHER.
SHOULD YOUR BOTTLE OF HOT SAUCE BE BROKEN WH""",
                           ("gone to production", "before it goes to production")),

    "bynature": ("""Return Policy
By Nature works to give its customers the best dried fruit free of preservatives, raw tree nuts, and dried products grown organically. Still, we know that now and then an exchange or a refund is needed. This Return Policy sets out the terms and conditions on which we process exchanges and refunds. Please read it with care before you make a purchase.
Eligibility for an Exchange or Refund
1. An exchange or refund needs your invoice number.
2. Only products bought directly from By Nature qualify for an exchange or refund. For products bought from a third-party retailer, please see that retailer's own return policy.
3. Report dried fruit and non-perishable items for an exchange or refund no later than 7 days after delivery or purchase.
Reasons We Accept for an Exchange or Refund
1. Quality Issues: A product that reaches you damaged, spoiled or of unsatisfactory quality may qualify for an exchange or refund. Give us full details of the problem, and include photographs of it.
2. Incorrect or Incomplete Order: Should you get the wrong item, or find items missing from your order, contact us straight away. We will arrange an exchange or refund, or send you the missing items at no extra cost.
3. Allergen Concerns: If a product gives you a severe allergic reaction to something its packaging or product description did not mention, contact us with the details. We will look into it and give a refund where needed.
Exchange or Refund Process
1. Ask for an exchange or refund by writing to our customer support team by email, or by phone, with your order details and a clear account of the problem.
2. The team reviews your request and may ask for more information or evidence before processing the exchange or refund.
3. Once your request is appr""",
                 ("severe allergic reaction",)),

    "sweetgrassdairy": ("""Refunds and Returns
Our Whatever-It-Takes Return Policy
Above everything, we care about giving excellent customer service. Should any of our products give you a problem, get in touch. Whether the trouble is the shipping, the cheese, or simply not liking what you bought, we promise to do all we can to put it right and leave you happy.
That said, we follow a few general guidelines:
1.) For an unsatisfactory product we will refund your purchase or send a replacement worth the same or more, no questions asked. Just tell us which you would like.
2.) Under a legal agreement with the company that authorizes our credit card payments, we can refund a purchase only within 120 days of buying it. If it's past 120 days, you get a replacement worth the same or more instead, again no questions asked. We process refunds within 2 business days, though they can take up to 5 business days before they appear on your credit card statement. To find out where a refund stands, call us.
3.) We send replacement product(s) out on a later day if you ask; otherwise on the next available shipping day. Our products are perishable, so replacements are never held for longer than 21 days. Should that be hard for you for any reason, call us directly and we will gladly work something out.
4.) Our products are perishable, so we take no returns. Keep the products you've bought and use them however you like.
5.) When we reship a product, every cost of reshipping is ours.
6.) Not the one who bought the product? That's fine: the same rules apply to any difficulty you have.
7.) We aim for perfect customer service, though we know that is a lofty goal, so we keep working to make your experience better. Ideas for how we could do that? Please email""",
                        ("past 120 days", "next available shipping day", "held for longer than 21 days", "keep the products",
                         "every cost of reshipping", "not the one who bought")),

    "brewcraftory": ("""Refund Policy
Overview
BEERDRINKERS LLC backs every product sold on Brew Craftory and aims for you to be fully satisfied with each purchase. This Refund Policy describes how we process refunds for products bought through our website.
Refund Eligibility
We issue refunds in these cases:
- Items returned no later than 90 days after purchase that meet the requirements of our Return Policy
- Orders cancelled before they ship
- Items that reach you damaged, defective or wrong
- Orders that do not arrive within the delivery time we promised
Refund Methods by Payment Type
Refunds go back to the payment method you paid with, like this:
Credit Card Payments
- The refund is credited to the credit card you paid with
- Time to process: 5-10 business days once approved
- It appears within 1-2 billing cycles on your card statement
Shop Pay
- The refund is processed straight into your Shop Pay account
- Time to process: 5-10 business days once approved
- Shop Pay emails you once the refund is complete
Google Pay
- The refund goes to whichever payment method your Google Pay account is linked to
- Time to process: 5-10 business days once approved
- It shows in the transaction history of your Google Pay
How Long a Refund Takes
- Receiving the return: 1-3 business days for us to receive and inspect what you returned
- Approval: 1-2 business days for us to approve your refund request
- Processing by Shopify Payments: 5-10 business days to process the refund
- Bank Processing: your bank then needs a further 3-5 business days to post it to your account
Estimated total: 10-20 business days, from our receipt of the return until the refund is in your account
Partial Refunds
We may issue partial refunds when:
- Items come back after the 90-day return window has closed (if we so choose)
- Items come back used or damaged
- Items come back without their original packaging,""",
                     ("do not arrive within the delivery time", "we may issue partial refunds")),

    "tofinokombucha": ("""Returns & Exchange Policy
Claims for misprinted, damaged or defective items have to reach us no later than 4 weeks after you receive the product. Claims for packages lost in transit have to reach us no more than 4 weeks after the date delivery was estimated for. Buyer's remorse is not covered by our return policy: only defective or damaged items can be returned and refunded.
A return needs a receipt or other proof of purchase. We will not refund any item that is not in its original condition, or that is damaged or lacks parts, for reasons that are not our error.
Refunds (if applicable)
When your return has arrived and been inspected, we email you to say we have it. We also let you know whether your refund is approved or rejected. Once approved, the refund is processed and credited automatically to your credit card or original payment method within a number of days set by your financial institution.
Returns - Kombucha
We replace items only when they are defective, damaged, or fall short of acceptable quality. To swap one for the same item, get in touch and we will give you an address to send it back to, or arrange a courier to pick it up. Do not turn the courier driver away with the delivery unless it arrives damaged and cannot be accepted as it is. Photograph any damage, and have the driver note it on the delivery note.
Returns - Apparel
Apparel must all go back to the printing facility named on your order's packing slip within 4 weeks. Sealed goods, face masks among them, are not suitable for return for health or hygiene reasons, so our printing partner does not accept them back.
Shipping
You pay the shipping costs of returning your item. Shipping costs are not refundable. If a refund is made to you. Please n""",
                       ("lost in transit", "do not turn the courier driver away", "printing facility")),

    "360spices": ("""refund policy
Our return policy runs for 30 days: you can ask for a return up to 30 days after your item reaches you.
An item qualifies for a return only if it is unused, in the condition you received it in, with its tags, and in its original packaging. A receipt or other proof of purchase is needed as well.
To begin a return, write to us at info@360spices.example. Note that returns go to our warehouse. We will not accept items sent back without a return request first.
Any questions can always go to info@360spices.example.
Damage and problems
Check your order when it arrives, and contact us at once if an item is defective or damaged, or if you got the wrong item, so that we can look into it and put it right.
Exceptions
Sale items and gift cards cannot be returned, we are sorry to say.
Refunds
Once your return has arrived and we have inspected it, we will tell you so and say whether your refund is approved. An approved refund is paid back automatically, within 10 business days, to the payment method you used. Remember that your bank or card company may also need a while before the refund is processed and posted.
If more than 15 business days have gone by since we approved your return, write to us at info@360spices.example.""",
                  ()),

    "strictlyglutenfree": ("""0
Return Policy
Returns
Every sale of gluten & allergen free food is final. Returns are accepted by Strictly Gluten Free (SGF) only when authorized in advance and judged returnable by its company representatives. Under our policy, any possible damage, expiry or spoilage of a product must be documented. To raise a complaint or problem with a product on delivery, you must contact SGF no later than 24 hours after you receive the delivery. Once 24 hours have passed since your delivery, we are sorry, but no refund or exchange is possible. A returnable item has to be unused, in the condition you received it in, and in its original packaging. Some kinds of goods cannot be returned: perishable goods like food, and books or magazines. Nor do we accept returns of cosmetics or of health & beauty care products. Because manufacturers often change their products, we cannot promise that product images are the latest up-to-date images, and a product cannot be returned on that account.
Additional non-returnable items: Gift cards. A return needs a receipt or other proof of purchase. Sometimes we also need photos of the damaged product, its packaging and/or its labels. Your purchase should not go back to the manufacturer. We grant refunds in these situations: (if applicable)
• The product's expiration date had already passed at the time of purchase on site and/or at delivery
• The product was damaged in shipment
• The product was found defective and/or spoiled on delivery
• The product delivered was not the product ordered at purchase
Refunds (if applicable)
When your return has arrived and been inspected, we email you to say we have received it. We also tell you whether your refund is approved or rejected. If it is approved, your refund is processed and a credit is au""",
                           ("up-to-date images", "back to the manufacturer", "expiration date")),

    "pets-treat": ("""Refund Policy
Returns
Our policy runs for 30 days. When 30 days have passed since your purchase, we are sorry, but we cannot give you a refund or an exchange.
A returnable item has to be unused, in the condition you received it in, and in its original packaging.
A return needs a receipt or other proof of purchase.
Rather than sending your purchase back to the manufacturer, please contact our support team instead.
How do I return something?
We accept returns of products that are defective or were damaged in shipping.
Our Returns Policy allows 30 days, counted from the day an order reaches your address. The customer pays the shipping cost of sending the product back.
Refunds (if applicable)
If 45 days go by without the product reaching you, tell us at support@pets-treat.example. We will look into it, and if the product still has not reached you within 90 days, we will start a full refund.
For a return: when we have received and inspected it, we email you to say it has arrived, and we also tell you whether your refund is approved or rejected.
Once approved, the refund is processed and credited automatically to your credit card or original payment method within a number of days.
Contact us about returns at any time at support@pets-treat.example
If your order leaves you unhappy, get in touch with our support team, and we will help as best we can.
Exchanges (if applicable)
We replace items only when they are defective or damaged. To swap one for the same item, email us at support@pets-treat.example""",
                   ("back to the manufacturer", "within 90 days")),

    "candystare": ("""Candy is perishable, and to comply with the policies of the Food & Drug Administration (FDA), candystore takes no returns of candy products. Edible products (EVERY CONSUMABLE FOOD PRODUCT) can NOT be returned unless candystore shipped the wrong items. Products that are neither broken nor delivered in error cannot be returned. Shipping costs on any product returned are the customer's to pay.
So that the product you receive is the one you meant to buy, candystore describes every product as accurately as it can. Questions about a product? Email a customer service representative at customerservice@candystore.example, or phone, BEFORE you order.
Food products CANNOT BE RETURNED, so order with care: candystore cannot issue an RMA (Return Merchandise Authorization) for items that arrive because of a customer's ordering mistake. Any return made without authorization will be treated as ABANDONED, and no refund will be given.
Products that are broken or defective are either shipped again or refunded to the customer. We cannot be held responsible for fragile products breaking in shipping, nor for melted products sent by a non-expedited method in the warm months.
Refund requests have to be made no later than 10 days after you receive the product, and are judged by the criteria above. To start a return or refund, email a customer service representative at customerservice@candystore.example.""",
                   ("melted products",)),

    "jackandfriendsjerky": ("""Return & Shipping policy
Thanks for buying from Jack & Friends Jerky! If your purchase does not fully satisfy you, we can help.
Returns
You can return an item up to 10 calendar days after the day you receive it. A returnable item has to be unused, in its original packaging, and in the condition you received it in. You will need to give us your order number with the receipt or other proof of purchase.
Refunds
When your item arrives, we inspect it and let you know we have received it. As soon as we have inspected it, we tell you where your refund stands. If we approve the return, we refund you to your credit card (or the original payment method). How many days the credit takes to reach you depends on your card issuer's policies. We deduct from the refund the shipping and handling costs that Jack & Friends paid on the original order.
Shipping
The shipping costs of returning your item are yours to pay. On international shipments (outside the U.S.), every customs fee, tax and duty that applies is the customer's alone. Customs authorities need us to mark the value of your order on the package itself, at its retail cost. Jack & Friends cannot label a package a "Gift" so as to avoid customs and duties fees. Now and then, at their discretion, customs agents may hold up some packages. Every price on the Jack & Friends website is given in U.S. dollars; for your own currency, try a currency converter. A fee for converting the currency may be charged by your credit card processor.
Contact Us
Questions about returns, refunds or shipping? Email info@jackandfriendsjerky.example.""",
                            ()),
}
