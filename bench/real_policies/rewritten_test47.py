"""The test47 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "whiteroastery": ("""Refund and Exchange Policy

When you want to exchange or return a product:
- If you would like to exchange or return a product, get in touch with us within 48 hours of delivery, keeping the following in mind:
- Make sure the product is unopened and still in its original condition.
- If you are exchanging or returning because you did not receive the right products, or because of shipping (the product arrived broken or defective, for example), you may choose between getting the product's value back or exchanging it for another product of the same value, or a refund when that product is out of stock, and we will cover the shipping at no charge.
- If the exchange or return is not due to a mistake on our side, the shipping fee is charged to the customer.
* The replacement product is shipped after confirming that the product being replaced has come back in its original condition *
- When the item reaches us, we inspect it, and if it is unopened and in a saleable condition, we refund the item's value minus the shipping fee. The payment takes about 5-7 business days to show on your credit card.
Ground coffee crops cannot be exchanged or returned after purchase, unless the crop that arrives differs from the one on the invoice.
- Returns are accepted within 7 days of the date of purchase. An exchange within 14 days of the date of purchase is possible.
When an order arrives short:
- The store sends the missing part of the order once the deficiency is proven by the customer.
When an order arrives with more than was ordered:
- The customer contacts the store's technical support, who send the customer a return policy to hand over to the shipping company the store names, and the store bears the entire cost of the return.""",
        ('within 48 hours of delivery', 'replacement product is shipped after confirming', 'exchange within 14 days', 'deficiency is proven by the customer', 'store bears the entire cost of the return')),

    "looseleafblends": ("""RETURN POLICY

We want every customer to be pleased with what they buy. If your purchase does not satisfy you completely for any reason, please get in touch. Within 30 days of receiving your order, any Steepware item can be exchanged for a credit worth its full merchandise value. Ceramic products broken upon use are not eligible for exchange. Because tea is a food item, opened tea purchases can't be returned. For product exchanges, please follow the steps below.

PRODUCT EXCHANGE PROCEDURE

1. Email Info@LooseLeafBlends.example to ask for a return merchandise authorization. Include your name, address, order number, the item(s) you want to return and the reason for returning them. We reply within two business days and, if the return is approved, send you a return authorization number.

2. The customer pays the return shipping charges. Send the package with whichever carrier suits you best to this address:

The Loose Leaf
101 Copperwood Way, Suite I
Oceanside CA, 92058 USA

3. When the returned product has reached us in good condition, we will ship replacement products within two working days. Shipping charges are not refunded on returned or exchanged items.""",
        ('ceramic products broken upon use', 'ship replacement products within two working days')),

    "winesave": ("""Satisfaction Guarantee
- If your purchase leaves you less than 100% satisfied, please contact us as soon as possible.
- We will do everything we can to put it right.
Cancelling an Order - Before Packaging
- Up until it has been packaged for delivery, we can cancel your order and refund it in full, shipping included.
- Orders may be packaged within minutes of reaching us, so please contact us straight away if you need to cancel.
Cancelling an Order - After Packaging
- Once an order is packaged, we can still cancel it and refund the purchase price, but we likely cannot refund the shipping cost.
- We usually ship in prepaid satchels, and a satchel cannot be reused once it has been sealed.
- This holds even if you paid nothing for shipping at checkout.
- Please contact us if you need to cancel.
Returning an Order - Unopened Boxes
- An unopened item can be returned for a refund of the purchase price, less our shipping cost (even when shipping was free).
- Please contact us before you send the item back.
Damaged Items
- If your order arrives damaged, please contact us as soon as possible.
- We may ask you to email us a picture of the damaged item and of the package it came in.
- If you chose the Super Safe Shipping option, we will send you either a new item or a replacement part at no additional charge.
Purchases from Resellers
- If a Winesave you purchased from a reseller gives you any trouble, please contact us.
- We will work with the reseller to put it right.""",
        ('up until it has been packaged', 'likely cannot refund the shipping cost', 'super safe shipping', 'purchased from a reseller')),

    "aromaticaspices": ("""top of page

RETURN POLICY

We see returns as a chance to give you a better experience and to introduce you to more of SPICEBAY's natural, authentic spices. With exchanges or store credit, we want you to enjoy every bit of what you bought.

Return Policy

Last updated January 2024

At SPICEBAY your satisfaction comes first, and we stand behind the quality of our premium spices. Still, we know a return or exchange is sometimes needed. To keep things smooth and to limit product losses, our return policy offers several flexible options.

1. Easy Returns & Exchange

Rather than a return or an exchange, we invite you to explore our whole range of spice collections. While your return or exchange is handled, our team will suggest:

  • Personalized Recommendations: we gladly suggest spice pairings, help you choose a new product, or propose blends that fit the way you cook, whether you want a different spice, a blend, or a new flavour.

  • Exclusive Discounts: special discounts on further products, offered only to customers who exchange.

2. Store Credit: More Value for You!

  • Get More with Credit: if you choose store credit instead of a return, you receive 10% extra to spend on your next purchase. A return worth ₹500, for example, earns ₹550 in store credit.

  • Unlimited Validity: store credit never expires, so you can use it whenever you like to discover new flavours and blends.

3. Limited Refunds

Refunds are given for particular problems where an exchange or store credit is not possible.

  • Eligibility: refunds are available for damaged or incorrect products reported within 7 days of delivery.

  • Refund Method: after inspection and approval, refunds are processed to the original payment method within 10 business days. Refunds may take 1-2 """,
        ('receive 10% extra', 'store credit never expires')),

    "candyshoptw": ("""Refund policy

Cancel

You may cancel your order within 48 hours of placing it. Please allow 3-5 business days for the refund to reach your original payment method.

return

Our policy runs for 30 days. Once 30 days have passed, we are sorry, but we cannot offer a refund or an exchange.

To qualify for a return, your item must be unused and in the condition in which you received it. It must also be in its original packaging.

Other items that cannot be returned:

Some health and personal care items

To complete your return, we need a receipt or proof of purchase.

Please do not return your purchase to the manufacturer.

In some cases only partial refunds will be given (if applicable).

Any item that is not in its original condition, or is damaged or missing parts, for reasons not due to our error

Any item returned more than 30 days after delivery

Refund (if applicable)

When your return has been received and inspected, we will email you to say that your returned item has arrived. We will also let you know whether your refund is approved or denied.

If it is approved, your refund will be processed and a credit applied automatically to your credit card or original method of payment within a certain number of days.

Late or lost refunds (if applicable)

If your refund has not arrived yet, first check your bank account again.

Then contact your credit card company; it can take some time before your refund is posted officially.

Next contact your bank. There is often some processing time before a refund is posted.

If you have done all of this and your refund still has not arrived, please contact us at support@candyshop.example.

Items for sale (if applicable)

Only items at regular price can be refunded; sale items, unfortunately, cannot.

Exchange (if applicable)

We only replace items that are defective or damaged. If you receive a damaged or defective product, you have 72 hours after it arrives to contact us about the defective unit. You c""",
        ('do not return your purchase to the manufacturer', 'only partial refunds will be given')),

    "caribbeangreenliving": (""".

Customer Service

Your satisfaction matters to us.

Every one of our products is guaranteed.

We want you to be delighted with your order, and we value your comments and ideas.

We are sorry, but because hot sauces are perishable, and for safety reasons, we cannot take any returns. After looking into it, we will gladly send you a replacement or a refund for any damaged products.

WHAT IF MY PACKAGE ARRIVES DAMAGED?

We are sorry, but because hot sauces are perishable, and for safety reasons, we cannot take any returns. Products damaged or mishandled in transit may be replaced at no extra charge or credited in full. We encourage our customers not to sign for or accept any damaged packages. If your box arrives damaged, please contact us as soon as you can for help.

REFUND POLICY

We are sorry, but because hot sauces are perishable, and for safety reasons, we cannot take any returns. After looking into it, we will gladly send you a replacement or a refund for any damaged products.

Delivery Fees – delivery fees cannot be refunded, and earlier purchases are not eligible for price adjustments.

STANDARD SHIPPING AND PROCESSING

We ship our products to the USA with USPS Ground, which in most cases is the cheapest way. We may ship with UPS when that gets the item to you faster or costs less, and we will tell you beforehand.

Our shipping and processing fees pay for processing your order, handling and packing what you bought, and delivering it to you. If delivery is delayed, we will let you know by mail or email.

SHIPPING TO A P.O. BOX

None of our products can be shipped to a P.O. Box.

SHIPPING TO A DIFFERENT ADDRESS

To send an item to an address other than your billing address, click the "Ship to Different Address" link in the Shopping Cart for each item and update the recipient's details

INTERNATIONAL ORDERS:

SHIPPING TO UNITED STATES FROM """,
        ('not to sign for or accept any damaged packages', 'not eligible for price adjustments')),

    "brewingsuppliesonline": ("""Brewing Supplies Online Refund Policy

1. Brewing Supplies Online does not give change-of-mind refunds on any edible food or drink home brew product, that is: beer kits or pouches, malt or brewing sugar, food additives or cures, yeast, cultures or enzymes, flavourings or essences, food or drink discount bundles, seasonal food, coffee beans, discounted edible items, edible goods bundles and edible goods kits.

2. Non-food items and other items are refunded when they are: not as described; unfit for their stated purpose; unsafe to use; impossible to use for the intended purpose; or affected by a manufacturer fault that stops them being used.

3. Refund claims must be made within fourteen (14) days of the purchase date shown on the purchase invoice. Refunds are given as In Store Credits, to spend on other purchases from Brewing Supplies Online.

4. Shipping fees, and purchase transaction fees paid to a third party during the sale, are not refunded. The purchaser pays any additional small item freight costs of sending a product back to claim a refund.

5. Brewing Supplies Online gives no refund for: opened goods; goods returned damaged; goods whose packaging is damaged; items returned incomplete; or any item not matching an issued purchase invoice.

6. Brewing Supplies Online notes that a Best Before or BBE date marks when a product starts to decline from its peak condition. Best Before products can still be used for set periods after the Best Before date.

7. A "Free Return" means that no restocking fee or in store goods value reduction is applied to goods the vendor accepts as free return goods.

8. An approved refund is given as "store credits" once Brewing Supplies Online has inspected the goods.


Right Click

No right click""",
        ('not matching an issued purchase invoice', 'restocking fee or in store goods value reduction')),

    "carsaccessoriesstore": ("""Refund and Return Policy
Last updated: 16 March 2024
Thank you for shopping with Cars and Accessories. This policy sets out how returns, refunds and exchanges work for the vehicles and spare parts bought on our website.
1. Overview
We want you to get the right product in good condition. If an item you receive is defective, is the wrong item, or does not match its description, you may ask for a return or refund under the conditions below.
Because of their nature, vehicles and spare parts follow different return rules.
2. Spare Parts Return Policy
2.1 Return Window
A return can be requested within 7 days of receiving your spare part.
2.2 Conditions for Return
To qualify for a return, the item must:
-
Be unused
-
Be in its original packaging
-
Come with all its accessories and documentation
-
Not have been damaged by the customer
-
Match the original order
If the product has been installed or used, the return will not be accepted.
2.3 Incorrect or Defective Items
If you receive:
-
A defective spare part
-
A damaged product
-
The wrong item
Contact us within 48 hours of delivery with:
-
Your order number
-
Photos of the product
-
A short description of the problem
Once it is verified, we will arrange either:
-
A replacement, or
-
A full refund
3. Vehicle Return Policy
Vehicles are high-value products, so their return policy is stricter.
3.1 Inspection Period
Customers must inspect the vehicle upon delivery or pickup.
3.2 Return Eligibility
A vehicle can be returned only if:
-
It has serious mechanical issues that were not disclosed before purchase
-
It differs from the advertised specifications
-
It was damaged before delivery
Returns must be requested within 24 hours of delivery.
3.3 Non-Returnable Situations
A vehicle cannot be returned if:
-
The buyer has simply changed their mind
-
The vehicle was inspected and accepted at delivery
-
The damage happened after delivery
-
The buyer has modified the vehicle
4. Refund Process
Once your return is approved:
-
The product mu""",
        ('installed or used, the return will not be accepted', 'within 48 hours of delivery with', 'we will arrange either', 'inspect the vehicle upon delivery', 'serious mechanical issues', 'within 24 hours of delivery', 'cannot be returned if')),

    "motopartsshop": ("""At Moto Gear Shop, we back our motorcycle parts and accessories the way we back our bikes: with full confidence. Still, we know a part sometimes isn't the right fit for your ride. That is why this simple returns policy exists, to get you rolling again fast.
Our Return Promise
You have 15 days from the day you receive your order to return it. Every item must be new and unused, in its original packaging, with its tags attached. Your satisfaction matters most to us, and we handle your return with the speed and care we would want for our own bikes.
Important Note:
For safety and hygiene reasons, these items cannot be returned or exchanged:
- Opened containers of fluids (2 Stroke Engine Oil, 4 Stroke Engine Oil, Chain Lubricant, Brake & Clutch Fluid)
- Used brake components (Brake Pads, Brake Discs)
- Chains that have been installed or used (Chains, Chain & Sprockets)
- Personalized or custom CNC Parts Anodized
How to Start a Return or Exchange
Step 1: Contact Our Gearhead Crew
Within 15 days of receiving your order, email us at returns@motopartsshop.example with:
- Your order number
- The item(s) you want to return or exchange
- Why you are returning it
- Whether you would like a refund or an exchange
Sample Return Request Email:
Subject: Return Request for Order #12345
Hello Moto Gear Shop Team,
I'd like to return or exchange an item from my recent order (#12345).
Item to return: [Product Name]
Reason: [Wrong size/Not as described/Changed mind/etc.]
I'd prefer: [Refund/Exchange for (specific product)]
Please let me know the next steps.
Thanks,
[Your Full Name]Step 2: Wait for Approval & Instructions
Within 24 hours (on weekdays) our team will reply with:
- A return authorization number
- Shipping instructions
- The return address
Step 3: Ship Your Return
Pack the item securely in its original packaging, and put in:
- A copy of your order confirmation
- The return authorization number clearly visible
Ship to:
Moto Gear Shop R""",
        ('return authorization number clearly visible',)),

    "toolmaxgear": ("""At ToolMax Store, we stand by the quality of our professional-grade power tools. If a purchase does not fully satisfy you, trade customers can use our simple returns and exchanges process.
Eligibility for Returns & Exchanges
For a return or exchange to be accepted:
- Items must be unused and in their original packaging, with all tags and accessories
- The return must be started within 15 days of receiving your order
- A valid proof of purchase is needed
Important Note:
For safety and hygiene reasons, personal protective equipment (PPE) and consumable items (blades, bits, abrasives) cannot be returned unless they are faulty. Every power tool must come back with its original protective packaging intact.
Returns Process
- Request Authorization: email our customer service team at returns@toolmaxgear.example with your order number and the reason for the return
- Receive RMA: we send you a Return Merchandise Authorization (RMA) number and instructions for the return
- Package Securely: pack the item again in its original packaging, with all its accessories
- Ship Back: send the package to our warehouse with a trackable shipping method
- Inspection: when it arrives we inspect the returned item, typically within 3-5 business days
- Processing: once it is approved, we process your refund or exchange
Exchanges Process
For exchanges (a different size, colour or model):
- Begin with the same steps as a return
- Say clearly in your email that you want an exchange, and name the replacement item
- We ship the replacement once your return reaches us; shipping charges may apply
Return Shipping
The customer pays return shipping unless the return results from our error (a wrong item shipped or a defective product). We suggest a trackable shipping service, because we cannot be responsible for returns that go missing.
Refund Timeline & Methods
Refunds are processed within 5-7 business days after we receive and inspect your return. The refund will be iss""",
        ('typically within 3-5 business days', 'shipping charges may apply')),

    "dbkweldingcaps": ("""Shipping & Returns/ Refunds | DBK - Welding Caps
Returns
-
You can return an item within 30 days of the date you received it.
-
To qualify for a return, your item must be unused and in the condition in which you received it.
-
Your item must be in its original packaging.
-
Your item must come with the receipt or proof of purchase.
Refunds
-
When your item reaches us, we will inspect it and let you know that your returned item has arrived.
-
After inspecting it, we will tell you straight away what is happening with your refund.
-
If your return is approved, we will start a refund to the card or account you nominate, or give you in store credit for your balance.
-
The credit will reach you within 7 days, depending on the policies of your card or account issuer.
Shipping
-
When your item reaches us, we will inspect it and let you know that your returned item has arrived.
-
If you are eligible for a return, we will issue you a return shipping label.
-
Every returned item is subject to a 15% restocking fee.
Contact Us
If you have questions about how to return your item to us, contact us.""",
        ()),

    "nicnac": ("""Terms for returning products PLEASE NOTE THAT WE TAKE NO RESPONSIBILITY FOR ANY ITEMS RETURNED UNINSURED OR THROUGH THE U.S. POSTAL SERVICE. THANK YOU! Returns, Exchanges, and In Store Credit: We accept returns as long as you request them within 2 days of receiving the item and send the item back within 5 days. You must get a Return Authorization before shipping the item back, or we will not accept your return. To get a Return Authorization, please email Horizon Bladeworks at sales@nicnac.example. In your email PLEASE describe whatever problem you may be having. Often there is no problem at all, only a buyer who does not know how to operate the item properly, and most of these issues can be fixed far more quickly than by sending back an item that isn't broken. Clones and foreign knives come with no warranties or guarantees. Any item returned MUST come back in its original condition, including the box and everything that originally came with the item. PLEASE do not use the retail package as the shipping container: items returned that way will not be accepted, because they can no longer be sold as new. If you insist that we keep the item, you will be charged accordingly. The buyer is responsible for shipping the item back to us brand new and unused, with any box and/or paperwork that came with it, in original condition. Non-defective items carry a 15% restocking fee. We will issue a refund once we have received and inspected the item. Your refund is made in the same form as your payment, unless other arrangements have been made. We do not refund or reimburse shipping costs. The shipping cost we mean is our actual shipping cost, not your discounted one. We strongly recommend that you insure any package you return to us. We require that any automatic knife be returned via UPS. If your return is lost or damaged, there is nothing we can do when you chose to send it uninsured or via the US Postal Service. """,
        ('returned uninsured or through the u.s. postal service', 'clones and foreign knives', 'retail package as the shipping container', 'our actual shipping cost', 'automatic knife be returned via ups', 'there is nothing we can do')),

}
