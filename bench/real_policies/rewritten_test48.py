"""The test48 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "woodentoystore": ("""Refund & Exchange Policy

We hope your order from the Wooden Toy Store delights you, and we work hard to describe everything accurately and to get it to you in perfect shape. Still, we know that now and then you may want to send something back.

That is why we give a no-risk, 100% Satisfaction Guarantee.

If you are not happy with our products for any reason, send them back to us within 14 days of purchase and we will refund or exchange them, with no questions asked.

Please note:

  • If goods are faulty, we will meet all of our obligations under the Consumer Guarantees Act.
  • Refunds cover the goods only. Delivery costs are not refunded. If your order qualified for free delivery (orders over $150), we will deduct the delivery charges you would otherwise have paid from the amount we refund.
  • We only accept goods that are unused, in a saleable condition, and in their original packaging, undamaged and unaltered.
  • We only accept goods that are returned after you have told us first.
  • We suggest sending your parcel by recorded delivery, since we cannot take responsibility for goods damaged or lost on the way.
  • Refunds or exchanges for gifts can only be given to the person who bought the gift.
  • We try to process returns and exchanges as quickly as we can.
  • We may refuse a refund or exchange if the goods have been used, or if the original packaging has been altered or damaged in any way.
  • We may refuse a refund or exchange if the goods come back more than 14 days after purchase.
  • Sale items are not covered by this Refund & Exchange Policy.""",
                       ("obligations under the consumer guarantees act", "deduct the delivery charges",
                        "only be given to the person who bought the gift")),

    "trainmodeldepot": ("""At Model Train Shop, we want you to be fully happy with what you buy. If you are not entirely pleased with your order, we offer a simple returns and exchanges process. Please read the details below to see how to go about a return or exchange.

Return & Exchange Policy
Returns and exchanges are accepted within 15 days from the date your order reaches you. To qualify for a return or exchange, the item must be in its original condition, unused, and in its original packaging. Please be aware that some items may not qualify for return or exchange, as set out below.

Non-Returnable Items
Given our range of products, the following items cannot be returned because of their nature or customization:
- Accessories: For hygiene and safety reasons, accessories such as small parts, tools and consumables cannot be returned or exchanged.

How to Start a Return or Exchange
To start a return or exchange, follow these steps:
- Contact Us: Email us at returns@trainmodeldepot.example with your order number and details of the product you want to return or exchange. Please tell us the reason for the return or exchange.
- Get Instructions: Our customer service team will give you a Return Merchandise Authorization (RMA) number and detailed instructions on what to do next.
- Pack the Item: Pack the item securely in its original packaging, with all accessories and documentation. Fix the RMA number to the outside of the package.
- Ship the Item: Send the package to the address our customer service team gives you. Please note that the customer pays for return shipping, unless the return is because of an error on our part.

Return & Exchange Request Template
Subject: Return/Exchange Request – Order #(your order number)
Email Body:
Dear Model Train Shop Team,
I would like to ask for a return or exchange for my recent order (Order #(your order number)). The details of the i""",
                        ("rma number to the outside of the package",)),

    "rcracecontrol": ("""RETURNS POLICY

RETURNS POLICY

Rc Race Control aims to give customers the best products and service. We know returns are sometimes needed, and this policy sets out how to return a product to Rc Race Control.

Please note that all products come with a manufacturer's warranty unless stated otherwise.


Incorrectly Shipped Products

If we shipped you the wrong product, please contact us within 7 days of receipt so that we can arrange the correct shipment.

Any product being returned must be packed and sent to us for a refund or credit. Make sure the product you return is packed well enough to prevent damage on its way back. We do not accept responsibility for goods damaged in transit back to us.

Damaged Products

We only accept damaged products if you have purchased Transit Insurance.

If your product was damaged in transit, please contact us within 7 days of receipt.

You will need to pack the product and send it to us.

Make sure the product you return is packed well enough to prevent damage on its way back. We do not accept responsibility for goods damaged in transit back to us.

We will test all products returned to us within 7 working days of receipt. Some products may have to be returned to the manufacturer for testing, and this can take more than 7 days.

If we or the manufacturer find that the product is defective, we will replace it or give a credit for the original purchase price of the product and the freight costs that went with it.

A copy of the original invoice must come with the returned product. Without proof of purchase, we may be unable to offer a replacement, credit or refund.

You are responsible for all costs of returning the product to us, and we will not pay or refund any of those costs. We recommend that products returned by post be sent b""",
                      ("only accept damaged products if you have purchased transit insurance",
                       "test all products returned to us within 7 working days",
                       "returned to the manufacturer for testing")),

    "elementsports": ("""Return Polices

Our return policy lasts 30 days; after that, no refunds or credits are given. A 10% restocking fee is charged unless the item is exchanged for another.

To qualify for a return, your item must be unused and in the same condition you received it in. It must also be in its original packaging.

Gloves, wetsuits, booties, toques and other neoprene items may be rejected for return when the seller inspects them.

To complete your return, we need a receipt or proof of purchase.

Please do not send your purchase back to the manufacturer.

Gift card purchases are not refunded.

Refunds :
When your return has arrived and been inspected, we will email you to say that we have your returned item. We will also let you know whether your refund is approved or rejected.
If it is approved, your refund is processed, and a credit goes automatically to your credit card or original method of payment within a certain number of days. If no refund has been received within 14 days, please contact us at peter@ridekites.example.

Sale & Demo items :
Only regular-priced items can be refunded; sale and demo items cannot be refunded.

Exchanges (if applicable)
We only replace items that are defective or damaged. If you need to exchange one for the same item, email us at peter@ridekites.example and send your item to: 48-39233 R.R. 271 Red Deer Alberta CA T4S 2M4.

Gifts
If the item was marked as a gift when bought and shipped straight to you, you'll receive a gift credit for the value of your return. Once the returned item arrives, we will mail you a gift certificate.

If the item was not marked as a gift when bought, or the giver had the order sent to themselves to give to you later, we will refund the giver, and they will learn of your return.

Shipping
To return your product, mail it to: 48-39233 R.R. 271 Red Deer A""",
                      ("unless the item is exchanged for another", "neoprene items may be rejected",
                       "if no refund has been received within 14 days", "you'll receive a gift credit")),

    "thismagicshop": ("""Refund policy

Cancellations
If you want to cancel your order and it has not been sent yet, please send me a message with your order number and full name, and I will process the cancellation.

Damages and issues
Please check your order when it arrives and contact me straight away if the item is defective or damaged, or if you received the wrong item, so that I can look into the problem and put it right. Please send photos or videos of the product(s) and of the packaging it arrived in.

Returns
I have a 14-day return policy: you have 14 days after receiving your item to ask for a return.
To qualify for a return, your item must be in the same condition you received it in, unworn or unused, and in its original packaging.

To start a return, contact me at jun@thismagicshop.example with your order number and full name. If your return is accepted, I will send you instructions on where to send your package.
Items sent back without a return being requested first will not be accepted.
Buyers pay the return postage. If the item does not come back in its original condition, the buyer is responsible for any loss in value.

You can also log in here and submit a return request. Just enter your address and the six-digit verification code sent to your email address. No password is needed to log in. Then

  1. click the order you want to submit the return for.
  2. If your order has more than one item, select the items you want to return.
  3. Choose a return reason and add a note for the store.
  4. Click Request return.
  5. If your return request is approved, you can ship the product back to me. You pay the return postage.
  6. Once the product has come back, you receive a refund.

The refund request is usually confirmed within 2 business days. How long the whole process takes depends entirely on how quickly the package gets back to me. As soon as th""",
                      ("responsible for any loss in value",)),

    "partysuppliesuk": ("""At partysupplies-uk.com, we want you to love what you bought. If you are not fully satisfied, our returns and exchanges policy is here to help.

Returns Policy
Most new, unopened items sold and fulfilled by partysupplies-uk.com can be returned within 30 days of delivery for a full refund. If the return is the result of our error, we also pay the return shipping. Some products come with different policies or requirements.

How to Return an Item
To return an item, please go to our online Returns Center to start a return. You will be told how and where to send it. You should receive your refund within four weeks of mailing your package, though often it will come sooner. That time includes the shipper bringing your return to us, our processing it once it arrives, and your bank processing our refund request.

Exchanges
If you want to exchange an item for a different one, return the original item for a refund and then place a new order for the item you want.

Refunds
Refunds go back to the original form of payment. Please bear in mind that your bank may need extra time to process the refund.

Damaged or Defective Items
If you receive a damaged or defective product, please contact our customer service team straight away. We will arrange a replacement or a full refund.

partysupplies-uk.com Return Policy for In-Store Purchases
Items bought at a partysupplies-uk.com retail location may be returned to any store within 30 days of purchase with a receipt. The refund goes to the original form of payment.

Exceptions
For hygiene and safety reasons, some items cannot be returned. These include, among others, costumes, makeup and intimate apparel. Custom printed items cannot be returned either.

Late or Missing Refunds
If you haven't received """,
                        ("within four weeks of mailing your package", "retail location may be returned to any store")),

    "costumeshoponline": ("""Welcome, costume lovers and character makers! We know a magical transformation sometimes needs a small adjustment. So we have put together an enchanted returns process to keep your time with The Costume Shop spellbinding from browsing to delivery and beyond.
✨ Our Return & Exchange Policy
We want you to be thoroughly delighted with your costume. If for any reason you are not satisfied, our straightforward returns and exchanges process is here to help.
Key Details:
- Return Window: 15 days from the date your items reach you
- Condition: Items must be unused, unworn and in their original packaging with all tags attached
- Return Shipping: Customers pay the return shipping costs
- Refund Method: Refunds go back to your original payment method
🔮 The Magical Return Process
Follow these simple steps to start your return or exchange:
Step 1: Prepare Your Return
Check that your items meet our return criteria:
- Items are in original condition (unworn, unwashed, undamaged)
- All original tags are attached
- Items are in their original packaging
- You have your original order confirmation or packing slip
Step 2: Contact Our Customer Service Wizards
Email our friendly team at returns@costumeshoponline.example with the following information:
Return Request Template
Subject: Return/Exchange Request – Order #(your order number)
Email Content:
Hello Costume Shop Team,
I would like to ask for a return or exchange for my order #(your order number).
Items to return: (list item names and quantities)
Reason for return: (size issue, wrong item, change of mind, etc.)
Preferred resolution: (refund, or exchange for a specific item)
My contact information: (full name, email, phone number)
Thank you,
(your name)
Step 3: Receive Your Return Authorization
Within 1-2 business days, our customer service team will email you a Return Authorization Number and detailed instructions for shipping your return.
Step 4: Ship Your Return
Package """, ()),

    "bigasballoons": ("""Refund Policy

Cancelled/Rescheduled Events:

  • Please tell us as soon as you can if you plan to cancel or change your order. Things will most likely work out, but we need enough notice.
  • Full Refund – If an order is cancelled at least 4-days prior to your scheduled delivery date, we can give a full refund to the original form of payment.
  • Partial Refund – If you cancel within 1-3 days of your scheduled delivery date, you will get back the full delivery fee and 80% of the items' purchase price, to the original form of payment. This may change depending on how much of your order has already been prepared.

Damaged Products:

  • Pickup from our studio:

    If your balloon pops in transit to your event, we are not responsible and give no refund. It is up to you to make sure there is nothing sharp in your vehicle that could pop or damage your balloon(s) in any way. Please see our Pickup Policy for more details.

  • Local delivery:

    If you or your recipient is home and takes the balloon(s) from us, and the balloon(s) then pop, fly away, or are stolen after we leave, we are not responsible or liable for them and give no refund. If you want to buy a replacement, contact us as soon as possible. We cannot promise we will be free and make it in time, but if we can, we will. If we pop your balloon prior to arrival or while we are still at the delivery address, we will replace it at no charge, or refund you if we cannot get a replacement to you in time. Please see our Delivery Policy for more details.""",
                      ("cancelled at least 4-days prior", "80% of the items' purchase price",
                       "pops in transit to your event", "pop, fly away, or are stolen after we leave",
                       "pop your balloon prior to arrival")),

    "thedollhouseshop": ("""Returns

Our money-back guarantee is hassle-free and lasts 30 days, even if you simply changed your mind.

To qualify for a return, your item must be in the same condition you received it in. If the item was new it must also be in the original packaging.

To complete your return, contact us at
returns@thedollhouseshop.example

before sending your item back, to receive a Return Authorization number and a return shipping label.

You are responsible for any returns or exchanges until the items are in our possession. Send the items back in the original or similar packaging materials to protect them from damage in transit.

Shipping costs are not refundable, and the original shipping our store paid to send your order will not be refunded. The buyer pays the return shipping costs. All returns and exchanges must be sent using the return shipping label provided to you on approval.

We will email you once your return has arrived and your refund has been processed.

Your refund should be processed, with a credit applied automatically to your credit card or original method of payment, within 7-10 business days after we receive your return. This allows for bank processing times and is not a delay on our side.

Once 30 days have passed from the date of purchase, we are sorry but we cannot offer you a refund or exchange; we always listen to feedback, though, so tell us your concerns at feedback@thedollhouseshop.example

Gift Returns

If the item was marked as a gift when bought and shipped straight to you, you will get store credit for the price the original buyer (the gift giver) paid for the returned item(s). Once the returned item arrives, we will email you a gift certificate.""",
                         ("if the item was new it must also be in the original packaging",
                          "until the items are in our possession", "using the return shipping label provided",
                          "marked as a gift")),

    "learnandgrowtoys": ("""Returns Policy

Returns Policy

Returns

 Our return policy runs for 30 days: you have 30 days after receiving your item to contact us and ask for a return.

 

To qualify for a return, your item must be in the same condition you received it in, and in its original packaging. You will also need proof of purchase.

 

To start a return, please email us at returns@learnandgrowtoys.example

If your return is accepted, we will send you instructions on how and where to send your package. Items sent back without a return being requested first will not be accepted.

 

For any questions about returns, you can always contact us at returns@learnandgrowtoys.example

Change of mind

If you have changed your mind about your order for any reason and want to return it,

 

please email us at returns@learnandgrowtoys.example

 

You are responsible for shipping the item back to us in the same box and packaging it arrived in.

 

Please send us the tracking number for the returned item. Once it arrives, you will receive a store credit for the value of the item.

 

Returns that are damaged, used, sent back with opened packaging, soiled or altered will not be processed, nor will they be returned to sender.

 

Shipping costs on returned orders and replacements are not refundable.

 

Damages and issues

Please check your order when it arrives and contact us straight away at returns@learnandgrowtoys.example if the item is defective or damaged, or if you received the wrong item, so that we can look into it and arrange a return label and a replacement where appropriate.

 

Exceptions / non-returnable items

We are sorry, but we cannot accept returns of sale items or gift cards.

 

Exchanges

The quickest way to get what you want is to return the item you have, at your expense, and once the return is accepted, make a separate purchase for the new item.

 

Refunds

If an item is damaged or faulty, we will aim to replace it. However, if an item is out of stock or discontinued, we will a""",
                         ("send us the tracking number", "nor will they be returned to sender")),

    "yoyofactory": ("""Refund policy

 Return Policy & Shipping information

YoYoFactory has a big logo, but we are just ordinary people, so if you have any problem please get in touch. We care about our yo-yos and about how you get on with them.

Got the wrong item for you? As long as it is undamaged, we can exchange it or refund your purchase. If you simply changed your mind, you will need to pay the return shipping to us; for an exchange, we can cover the shipping back to you. Fair? This is not a free rental or trial service, so please be reasonable, or we will bring in a 20% restocking fee.

Something not right? You have 14 days to discover it and tell us! Please let us know straight away and stop using your yoyo until we reply. We may choose to issue a return label. Sometimes the fix is a replaceable part such as strings, pads or bearings. We may ask you to do some routine maintenance first, and we may just send you a part. String is a consumable part and is not covered by any warranty. It's like buying a car: you still need to buy gas.

Damage caused by impact, or by contact with hard surfaces, including damage to the finish or loss of precision, is not covered by any warranty and may void any other claim.

If you need a repair, please email us! If we have the parts or the know-how, we can share them or help arrange a fix with parts. We love to keep our yo-yos spinning.""",
                    ("cover the shipping back to you", "20% restocking fee", "may choose to issue a return label",
                     "just send you a part", "string is a consumable part", "damage caused by impact")),

    "lspbstore": ("""REFUND POLICY

Return & Refund Policy

Effective Date: 12/5/2025

By buying from us, customers accept the terms below.

Quick Summary

All sales are final unless stated otherwise. Sealed and opened trading card products, single cards, preorders, event entries and shipped orders cannot be refunded. Limited exceptions may be made for verified manufacturer defects reported within 24 hours. Approved exceptions are given as store credit only and may be subject to a restocking fee. Please read the full policy below or ask a staff member before you buy.


1. General Policy & Sealed Products (Booster Boxes, Packs, ETBs, Decks, etc.)

  • All sales are final unless stated otherwise below.
  • Because of the nature of trading card games (TCGs), sealed products and collectibles, returns are limited to particular situations.
  • The original receipt or proof of purchase is required for any return or exchange.
  • Sealed products cannot be returned or exchanged once they leave the store, whatever their condition.
  • This covers, among others: booster packs, booster boxes, special collections, starter decks and promotional bundles.
  • Exceptions are made only for manufacturer defects (see Section 5).


2. Opened Products

  • Opened products can never be refunded or exchanged.
  • This covers opened packs, boxes, decks, sleeves and accessories.


3. Single Cards

  • All sales of single cards are final.
  • Condition is set at the time of sale, by store standards.
  • Please look over single cards carefully before completing your purchase.


4. Preorders

  • Preorders need a 10% non-refundable deposit to secure the product requested.
  • A deposit invoice will be sent within 1–3 business days of your preorder request and must be paid on receipt.
  • Deposits may be moved as store credit to another product, at the store's discretion.
  • Once a deposit is """,
                  ("reported within 24 hours", "subject to a restocking fee", "10% non-refundable deposit")),
}
