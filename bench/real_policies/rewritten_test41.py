"""The test41 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "tshirtpros": ("""Restocking something that was made to order just for you is hard.

As a rule, we do not accept returns.

Our business makes custom apparel, and garments that already carry someone's print are unlikely to find another buyer. That is why we do not accept returns.

To avoid situations that could end in a request to return a printed order, we involve our customers at every stage. For bulk orders, we send sample artwork for the client to approve before the whole order goes to the printer.

Above all, we want our customers to be happy, so we are flexible and fair about keeping them satisfied. Take a look at our reviews. We mean it!

Policy for Misprint, Damages or Defects

Claims for misprinted, damaged or defective items must reach us within 5 days after you receive the product. For a package lost in transit, claims must reach us no later than 10 days after the estimated delivery date. Claims we find to be our error are covered at our cost.

Sizing Issues

Since our products are custom printed, we cannot take returns for sizing issues or buyer's remorse. Please take care and check the sizing charts on the product pages. Also make sure you are happy with your design before you finalize the order. If an item has no sizing chart, you can ask for one at info@tshirtpros.example.

Not at all what you were expecting?

If your order does not look, within reasonable limits, like the digital confirmation shown at checkout, we will reprint your order at no extra charge, as long as the original garments are sent back to us (at our cost).
If you see a problem with your order, please email info@tshirtpros.example with the subject line "Request Return for Order [your order number]".

Reasons for Returns

Wrong Address - If the address you give is considered insufficient""",
                   ("10 days after the estimated delivery date",)),

    "sizestyleshop": ("""At Size Style Shop, we want you to love every curve-flattering piece you order from us. Still, we know an item sometimes does not fit just right or is not what you hoped for. That is why our returns and exchanges policy is simple, so that you end up fully happy with your plus-size fashion.

Our Returns Promise

You deserve to feel confident and comfortable in what you wear. If an item does not make you feel as good as you should, we will put it right.

Returns & Exchanges Eligibility
- Items must come back within 15 days of your receiving the order
- Every item must be in its original condition: unworn, unwashed, with tags attached
- Please include the original packaging where you can

Important Exceptions
For hygiene reasons, we cannot take back these items:
- Plus Size T-Shirts (they are worn close to the skin)
- Any item whose hygiene tags have been removed

How to Return an Item
- Start Your Return: Email our customer service team at returns@sizestyleshop.example with your return request, using the template below.
- Wait for Approval: Within 24-48 hours we will reply with a return authorization and instructions.
- Pack Your Items: Pack the items securely, in their original packaging if you can.
- Send Your Return: Ship the package with a tracked service to our returns address (given in your return authorization email).
- Get Your Refund or Exchange: When your return has arrived and been inspected, we will process your refund or send your exchange within 3-5 business days.

Return Shipping
Return shipping is paid by the customer unless the item is faulty or incorrect. We suggest a tracked shipping service, since we cannot be responsible for items lost on the way.

Refund Processing
- Timing: Refunds are processed within 3-5 business days after your return reaches us. Please allow extra time for your bank or card company to process the refund.
- Method: Refunds are issued to the or""",
                      ()),

    "modestapparels": ("""Store Policy | Refund Policy | Modest Apparels Online Shop

ALL SALE ITEMS, DISCOUNTED ITEMS AND ITEMS PURCHASED COUNT AS FINAL SALE. IF YOU WOULD LIKE TO EXCHANGE AN ITEM, YOU CAN DO SO WITHIN 10 DAYS AFTER YOUR ORDER IS DELIVERED.

PLEASE KEEP THIS IN MIND BEFORE YOU BUY!

Here is a short summary of the rules and steps for returns:

· Returns are given store credit only, as a gift card sent by email. We cannot give refunds.
· Every return must reach us within 30 days* of the day we ship your order.
· Anything bought from our clearance page can be returned for store credit only. There are no exchanges on clearance items.
· Returned items must still be unwashed and unworn, with every tag still attached.
· We will not accept items that come back with make-up or deodorant stains, pet hair, missing tags, any odours, a smell of cigarette smoke, or in any condition other than new. If a return reaches us like that, you will pay the shipping costs to get the item back to you.

Shipping is not refunded, unless the mistake was ours.
· Please give our team 5-10 business days to process your return after it reaches our warehouse.
If you think an item you received is damaged or flawed, email us your claim within 3 days of receiving it. Please take a photo with your phone showing the flaw with the tag still attached to the item, so that we can authorize the return.
Please email us for the return address: info@modestapparels.example

Exchanges
We can only exchange for the same item in a different size, or for an item of the exact same price. Please put a note in your return saying what you would like in exchange. If we cannot fill your request due to an item being out of stock, we will email you a Gift Card instead. If the exchange is available, the customer ships the item back for the replacement, and we pay for and ship the exchange.""",
                       ("shipping costs to get the item back to you", "an item of the exact same price",
                        "due to an item being out of stock", "no exchanges on clearance items",
                        "within 10 days after your order is delivered")),

    "brunaandlexie": ("""Shipping & Returns

Shipping & Returns - Vintage Clothing Ecommerce

Thank you for choosing us for your vintage clothing. Please read the information below on shipping and returns:

Shipping Information:

  1. Processing Time: Orders are usually processed within 1-3 business days of payment being confirmed, not counting weekends and holidays.

  2. Shipping Methods: The shipping options we offer depend on where you live. Costs and estimated delivery times are shown at checkout. Delivery times can vary for reasons outside our control, such as customs delays or problems with carriers.

  3. International Shipping: We ship worldwide, but customs duties, taxes or fees may be added under your country's rules. The buyer pays these charges.

  4. Order Tracking: When your order ships, you will get a confirmation email with tracking information so that you can follow your package.

Returns & Exchanges:

  1. Return Eligibility: We want you to be happy with what you bought. If for any reason you are not fully satisfied with your vintage clothing item(s), you can ask for a return within 14 days of receiving your order.

  2. Return Process: To start a return, please contact our customer service team for a return authorization and instructions. Items must be in their original condition, unworn, and with any tags still on. Returns that do not meet these conditions may be refused.

  3. Refunds: When we have received and inspected the returned item(s), we will process your refund within a reasonable time. Refunds go to the original payment method, less any shipping fees and handling charges.

  4. Exchanges: We do not offer direct exchanges at the moment. If you want to exchange an item for another size or style, please follow the return process for a""",
                      ("handling charges",)),

    "jrcos": ("""Return & Exchange Policy

1. Order Cancellation
Within 24 hours of ordering: you can cancel your order with no fees at all.
After 24 hours: if your order has gone into production or customization, we charge a 30% processing fee.
Shipped orders: once an order has shipped, we are sorry, but it cannot be cancelled.

2. Returns & Exchanges
2-1. Incorrect or Damaged Items
- If an item you receive is incorrect or damaged, please contact us within one week of receiving your package.
- We will arrange a replacement, or offer a return or exchange, with no extra shipping cost to you.
- Please give your order number and a short description of the problem (with photos, if possible).

2-2. Personal Reasons (for example you dislike it, the size is wrong, or you changed your mind)
- To return an item for personal reasons, please contact us within two weeks of receiving your package.
- The return shipping costs are yours to pay.
- The item must be unused, unworn, and in its original condition, with all its tags and packaging intact.
- To start the return, please email us your order number and your return request. We will give you the return address.
- Once we have sent you the return address, please ship the item within one week and send us a valid tracking number.

2-3. Non-Returnable Items
- Any item discounted by 50% or more.
- Custom-made items (including custom-sized cosplay costumes, shoes, wigs or accessories).

2-4. Condition Check on Arrival
- When your returned item reaches us, our team inspects it to check that it meets the return conditions.
- If the item looks used, damaged or altered, we may refuse a full refund or give a partial refund depending on the condition.

3. Refund Process
Every refund goes back to the original payment method used at checkout (for example credit card or PayPal).
Refund Confirmation: We will email you once your refund has been processed.
Processing Time: Refunds usually appear in your ac""",
              ("30% processing fee", "partial refund depending on the condition")),

    "cufflinks": ("""Returns & Exchanges

Our Returns Department makes returning an item easy! Most cufflinks.com purchases can come back, as long as they are within the time limits of the return policy below.

Submit a return request

Click the profile icon in the store's menu, or open the refund policy or a returns page, and then ask for a return.

1. Log in to your account:
    a. Type your email address in the "Email" field, then click "Continue".
    b. Open the email our store sends you and copy the six-digit verification code in it.
    c. Go back to the online store and enter the six-digit code.

2. Click "Request return" on the order you want to return.
3. If the order has more than one item, choose the items you want to return.
4. Choose a return reason and add a note for the store.
5. Click "Request return".

If your return request is approved and the item needs shipping, you will get an email with shipping instructions and a return shipping label. Once the product is back with us, you will receive your refund.

If anything goes wrong with this process, please call 1-877-283-3565 or email support@cufflinksinc.example

* Please note: To qualify for a refund, returns must be started within 15 days of delivery, or within 30 days for store credit or exchange. Where we make an exception to our return policy, your return may be subject to a 10% re-stocking fee.

Sale, special order and personalized items cannot be returned or refunded. More details follow below.

Return Policy:

  • Items returned within 15 days of delivery can be refunded, exchanged or given store credit.
  • Items returned within 30 days of delivery can be returned for store credit. Store credit is valid for 1 year from the issue date. Items returned for store credit must be new and unused, with all their original packaging and accessories.
  • E""",
                  ("within 30 days for store credit or exchange", "subject to a 10% re-stocking fee",
                   "valid for 1 year from the issue date")),

    "eyoga": ("""All custom, made-to-order and print-on-demand sales are final. NO exchanges or refunds.

  • Please be sure before you buy: every order is processed at once, and cancellations are not possible.
  • To return your item for a refund, you can do so within 14 days. Personalized items are custom made, so we cannot accept them back or replace them.

Shipping costs are not refunded. The Buyer pays for return shipping.

  • Note: We will not refund or replace returned items that come without their labels/tags and original packaging. Clothing must be in perfect condition (no wear and tear, creases, stains or smell).
  • A product specification mistake by the buyer (for example size, colour or design) does not qualify for a refund, but we may offer an exchange for a similar product, or for a different product at the same store price if it is unavailable.
  • We do NOT provide return shipping labels.
  • You are responsible for sending the item back to us, with a Tracking#.
  • We do not pay for return shipping.
  • Every returned order is subject to a 20% restocking fee.
  • If many items are returned (5 or more items), extra charges may apply.
  • Any order refused upon delivery is charged the full delivery cost and a 25% restocking fee. This is not negotiable.

*Hosiery, Underwear and all Seasonal Items are final sale.
No undergarments can be returned or refunded.

Some items are exempt from our return policy for health reasons.
ALL SALES ARE FINAL on Sample Sale & One of a Kind Items.

Please note that orders placed during give-away promotions may only be returned for store credit or exchanged.
Orders that received give-away items cannot be returned for a refund if that would take the order below the minimum dollar amount for the giveaway.
Giveaway promotions include every give-away special.

Do you offer free returns?

Sorry, we do not offer free returns. Any return costs are at your own expen""",
              ("5 or more items", "refused upon delivery", "give-away promotions may only be returned",
               "minimum dollar amount")),

    "kimonology": ("""Is it safe to use my credit card on the Kimonology® website?
Yes: everything about your order, including paying online by credit card, is protected. We use PayPal, a well-protected and very reliable system, for your convenience. In fact we never see your credit card details in any form; we only keep your order history. All prices are in U.S. dollars. You can still pay in your own country's currency, and PayPal will convert it and send us U.S. dollars.
Who do I contact if something goes wrong on the site?
You can reach Kimonology through this contact form.
Where do you ship?
Kimonology gladly serves Asia, Europe, Canada, Mexico, Oceania, Australia and South America.
How long does shipping take, and what does it cost?
Kimonology processes your order at once, and we ship it within 7 business days.
Shipping fees depend on the order total and the current online promotion. But regular U.S. orders over $150.00 always get FREE First Class shipping, and international orders over $200 get FREE shipping.
What is your return and refund policy?
Kimonology is sure you will be happy with your order. But we understand that you may want to send something back.
Our simple return and refund process:
- Contact us within 7 days of receiving your order and ask for a Return Request Number (RRN)
- In your return package, please put a copy of your receipt, your email address, your Kimonology RRN, and a written reason for the return and/or any exchange you would like.
- Please send the items you are returning unworn, unwashed, unaltered and in their original packaging, within 5 business days of getting the RRN.
Send your items to:
Kimonology Returns
2512 SW 36th Ln
Cape Coral, FL 33914
When your items arrive and meet the return conditions, we email you to confirm we received them and issue your refund within 7 business days.
We may refuse your return and send you back you""",
                   ()),

    "thehoodyshop": ("""NEW STORE - FREE WORLDWIDE SHIPPING!
NEW STORE - FREE WORLDWIDE SHIPPING!
Cart 0

Cancellations & Returns

CANCELLATIONS

Can I cancel my order?

Yes. But because our orders are processed automatically and from several locations, we can only do this within 24 hours of the original order, and before it has been processed.

How do I cancel my order?

Log in to your account and make the changes there, or email us at sales@thehoodyshop.example and someone will reply within 48 hours.

RETURNS

Our Return policy:

Unless they are defective, items must be unworn, unwashed and in their original packaging.

Returns must be made within 7 days of the delivery date, and your refund goes to the original form of payment.

Returns made more than 7 days after the delivery date shown by your tracking number cannot be refunded.

How do I return something?

1. If there is a problem with your item, email us straight away at sales@thehoodyshop.example. Give us your order number and a short statement of the reason for the return.

2. Once your return is approved, we will reply within 24-48 hours at the address you gave us, with further instructions.

3. When you are ready to send your return, address the package to the shipping address we will give you.

4. Use a shipping method that lets you track the package and insure it for the return. Please put your order number and return confirmation number inside the package, with your contact details.

5. We will email you once your return has been processed.

6. Please allow up to 5 working days for your bank to credit the refund to your payment method.

The Hoody Shop does not pay any return fees you incur, and takes no liability for items lost or stolen during the return.""",
                     ("before it has been processed", "inside the package")),

    "theleatherjackets": ("""Return & Exchange

RETURNS & EXCHANGES POLICY

At theleatherjackets.com we aim to make Returns & Exchanges smooth and free of hassle. That is why our customers get a 30 days returns and exchange policy for peace of mind.

If you are unhappy with your purchase for any reason, you can send the item back to us within 30 days of receiving it. Our customers come first, because they made us what we are today.

Years of experience have taught us that most returns come from ordering the wrong size, a very common mistake among online shoppers who go by their own country's size chart. Most buyers order online in the size they usually wear, but a medium in the USA differs from one in the EU or UK, and differs again in Australia and the rest of the world. Since we sell worldwide, we cannot have a size chart for each region.

We do have our own size chart, so we ask buyers to check their measurements against it two or three times. That saves both of us the trouble of returns and exchanges. If you are not sure about the size, please email us at sales@theleatherjackets.example, or choose a custom (made to measure) jacket by giving us your measurements and having a jacket made to them.

Our Returns & Exchange Policy follows:

RETURN & EXCHANGE POLICY

To return any item you bought from us, please do the following:

STEPS

Email us at sales@theleatherjackets.example about the defective merchandise you received, or if you want a different size, and ask for a RMA (Return Merchandise Authorization) number.
(Please note that without an RMA we might not be able to accept the return)
We will answer your email with return instructions.
When the merchandise has been received and inspected, we will either refund or exchange it, as the customer prefers.

GUIDELINES

Please note th""",
                          ()),

    "umbrellas": ("""Returns and Cancellations Policy

Returns

We want you to be completely happy with your purchase! We accept returns of eligible merchandise that is unused and unopened. If you are not 100% satisfied with an item in your order, you can send it back to us, postmarked within seven (7) days of receipt, following the instructions below. We will refund your money (less the actual shipping costs) or give you store credit, as you prefer. Damaged or defective items must be reported within twenty-four (24) hours of receipt. Opened or used items, and clearance, market, patio, non-stock, special, wholesale, large quantity, promotional and custom printed orders, do not qualify and cannot be returned.

Instructions for returns:
    1. Email us that you want to return items at service@umbrellas.example. We will give you an RMA number, which must go on your Returns form.
    2. Download our Returns Form, fill in all of it clearly, and put it in your package.
    3. Goods that reach us without an RMA number and/or a completed Returns Form may be delayed or refused.

Please pack items in their original cartons or similar sturdy boxes, with enough packing material that they arrive in acceptable condition. We cannot be responsible for items lost or damaged on the way; for your protection we advise sending items insured and with tracking numbers. If returned items are damaged or used in any way, your return may be refused, or you may get only a partial refund or credit.

Every return must be approved in advance and sent with an RMA number and a completed Returns form to:
    Umbrellas.com Warehouse
    222 Purchase Street
    Rye, New York 10580
    ATTN: RMA#xxxx-xxxxxxxx-xx*

Refund of Shipping Costs

The customer pays all return shipping costs unless an item arrives damaged or defective. If an item is damaged, please email or call us so that we can replace it or have it sent back to us at our cost. You must save your packaging""",
                  ("download our returns form", "only a partial refund or credit", "save your packaging")),

    "sockability": ("""Returns & Exchanges

Once an order has shipped, it cannot be cancelled.

Please check that you are ordering the right design.

For now, we can only offer limited returns or exchanges.

Requirements for Returns

The product(s) must have a defect.

You must tell us no later than a week after arrival, counted from when the tracking shows it as delivered.

Email us: put your order number in the Subject line, and attach pictures of the defective item(s) with a short message.

Do not post anything until you have contacted us and we have confirmed.

Return shipping is the customer's responsibility.

Exchanges

Please check that you are ordering the right design.

If you contact us before our team has completed the fulfillment process, we may be able to help you swap a design. This is not guaranteed.

Once the order has been fulfilled, we cannot exchange the socks. When they arrive, enjoy the design! If you still want an exchange, please contact us, and we will do our best to help.

There will be a $5.00 restocking fee per item, plus another $5.00 fee if you purchased the product with a credit card.

Return shipping is the customer's responsibility.

Returned Due to Incorrect Address

If you entered an incorrect address, there will be a $5.00 restocking fee per item, plus another $5.00 fee if you paid by credit card.""",
                    ("$5.00 restocking fee per item", "if you purchased the product with a credit card",
                     "if you entered an incorrect address", "before our team has completed the fulfillment process")),
}
