"""The test129 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "2theroot": ("""Refund for Re-usable Diaper Service

For services, we give no money back, whatever the case.

If you tell us you want to cancel no later than 48 hours after your first batch of diapers arrives, and none of it has been used, you can have all your money back. We then keep $40, a restocking and special pick-up fee.

Should you stop the service before your pre-paid contract has run its full term, the weeks still to come will not be credited back to you pro rata. Those weeks are lost, though you may pass what is left of your service on to another family as a gift.

In rare cases, judged one at a time, we may give money back: these are extreme, serious situations in which a baby can no longer wear diapers of any kind.

Refund for Products Purchased

For products that have been used, we give no money back, whatever the case. Unused items can be exchanged up to 10 days after purchase. Each eco-disposable diaper sent back (new and unused) carries a $.15 re-stocking charge. Products may come back to us packed in a bag or box of their own, either with the weekly diaper pick-up, or by post (the customer paying every shipping cost that goes with it), or left on our co-op family's porch.

When a product defect shows up within 10 days of purchase, we deal with it ourselves. We exchange the defective item, and we pay the shipping, or collect it locally, for anyone among our active diaper service customers. Defects that show up more than 15 days after purchase go directly to the manufacturer.

By product defects we mean: PUL (the waterproof cover) that is damaged or de-laminating, broken stitches, and damaged hook and loop, snaps or elastic. A leaking cover is not necessarily defective; build-up or residue of detergent may be to blame. Our friends at Bummis explain more about detergent residue. If you suspect detergent residue, please get in touch a""",
        ("for services", "first batch of diapers", "special pick-up fee", "pre-paid contract", "another family",
         "extreme", "eco-disposable diaper", "weekly diaper pick-up", "active diaper service customers",
         "the manufacturer", "leaking cover")),

    "cococarrier": ("""Return Policy

Returns:

1. 30-Day Return Window: Your full satisfaction with your purchase matters to us, so our return policy runs for 30 days from the delivery date. Once 30 days have gone by since your purchase, we are sorry, but a refund or an exchange is no longer possible.

2. Eligibility Criteria: A baby carrier can be returned only if it is unused, unwashed and as it was when it reached you. Anything that falls short of these terms, or that shows wear and tear, cannot be returned.

3. Proof of Purchase: Keep your receipt or other proof of purchase, as it makes the return easier. We may ask you for it to check your purchase.

4. Return Authorization: Before you send anything back, ask for a Return Authorization (RA) number by email to hello@cococarriers.example, our customer service team. A return that comes without an RA number may take longer to process.

5. Return Shipping: The customer pays for return shipping. We suggest a shipping service with tracking, and shipping insurance, so that your item gets back to us safely. Without a tracking number we cannot promise that your returned item will reach us.

6. Return Address: When you have your RA number, pack the item securely and write the RA number on the package. Send it to the address our customer service team gives you.

Refunds:

1. Refund Processing: Once your returned item has arrived and been inspected, we will tell you where your refund stands. If the return is approved, we start a refund within 10-14 business days, back to the method you paid with.

2. Refund Amount: The refund covers the item's purchase price and leaves out any shipping charges you paid when you bought it. The refund may take a while to show in your account, depending on how long your bank or card provider takes.

3. Non-Refundable Items: Some items cannot be retur""",
        ("ra number on the package",)),

    "buildingrootsph": ("""Returns & Exchanges

TIME ALLOWED: 3 DAYS from the day you receive the product

You may return or exchange an item for any of these reasons:

  • It was bought at its regular price
  • It differs in its basic nature from what you ordered;
  • It is faulty, defective or damaged;
  • We sent you the wrong item; or
  • You want it in another size or color (same item, same brand)

Some items can be neither refunded nor exchanged, namely:

  • Nursing Bras
  • Medela Breast Shields
  • Shop Laurel Headbands and Clips
  • Wink Postpartum Binder
  • Chomp Pacifier Clips
  • Anything bought in a sale event, at a markdown or at a discount, and Gift Cards


RETURN POLICY:

  1. No receipt is needed to return an item: your ORDER NUMBER is all we ask for.
  2. A returned item must be just as it was when you got it, unopened, in its original packaging with no damage to it, with all its accessories and with its price tag still on. It must carry no marks, stains or rips.
  3. Items that have been opened or used cannot be returned.
  4. Where your return qualifies, the refund goes back automatically to the form of payment you bought with. If you paid with multiple forms of payment, the refund may be spread across all of them.


EXCHANGE POLICY:

  1. No receipt is needed to exchange an item: your ORDER NUMBER is all we ask for.
  2. An item for exchange must be just as it was when you got it, unopened, in its original packaging with no damage to it, with all its accessories and with its price tag still on.
  3. Items that have been opened or used cannot be exchanged.
  4. An exchange can only be for a product of the same nature as the one you bought, in a different size and/or color.
  5. What you choose in exchange may cost the same as, or more than, the item you send back. Where it costs more, you pay the price difference. Any excess amount is given up by the customer if the item chosen""",
        ("multiple forms of payment", "different size", "price difference", "excess amount")),

    "thechildrensbookstore": ("""The Children's Bookstore Flexible Return Policy Terms & Conditions

Flexible Return Policy Terms & Conditions

Thanks for buying from The Children's Bookstore!

When you send The Children's Bookstore a return request, we take it that you have read, understood and agreed to the terms that follow:


Returns Within Malaysia

1- Every return is sent and delivered through Pgeon, unless the customer and The Children's Bookstore have agreed on some other arrangement.

2- The Children's Bookstore pays the delivery cost of returns sent with Pgeon.

3- If the parcel is not delivered on the date, at the time and at the Pgeon Point chosen, The Children's Bookstore is not responsible, and its Return Policy then stops applying.

4- It is up to the customer to take every step needed to protect the returned book in transit and to see that it reaches The Children's Bookstore safely:

    • I will wrap the returned book in bubble wrap and put it in a box or envelope, as I judge best, so that it comes back safely.
    • The airway bill is firmly stuck to the parcel, and the tracking number is written on the parcel.



International Returns

1- We accept returns, but the customer pays all shipping fees.

2- It is up to the customer to make sure the book arrives safely at the chosen location of The Children's Bookstore.



Cash Voucher Refund

1- I accept that, once the book has arrived, it will be inspected and a Cash Voucher for the full amount given within 5 working days. The Voucher stays valid for 1 month after its date of issue.

2- The Cash Voucher is worth the full sum paid when the book was bought. So a book bought at a discount for $50 (normal price $100) earns a Cash Voucher of $50.

3- The Cash Voucher cannot be used alongside promotional vouchers, nor with discount codes.



Books Damaged Upon Arrival

1- Should the book arrive damaged o""",
        ("pgeon point", "airway bill", "all shipping fees", "arrives safely", "date of issue", "normal price",
         "promotional vouchers")),

    "furnituresgear": ("""At Kid Furniture, we know how much it matters to make the right space for your child. We put the same care into our returns process as into our nursery furniture and kids' beds, so that it is simple and free of stress. If your purchase does not fully satisfy you, we are here to help.
Our Return Policy
For most items, we take returns up to 15 days after delivery, provided they are still in original condition (unused, never assembled, and in the original packaging). Other requirements may apply to some items:
Non-Returnable Items:
- Car Seats & Accessories (we take no returns of these for safety reasons, unless they are defective)
- Custom or Personalized Items (special-order furniture pieces included)
- Clearance Items (marked final sale)
How to Return an Item
To return something you bought from Kid Furniture, take these simple steps:
- Send a Return Request no later than 15 days after delivery, by email to our customer service team at care@kidfurniture.example. Using our template below makes sure we have everything we need.
- Wait for Approval – Our team looks at each request in 1-2 business days, then sends you return instructions.
- Pack Your Item securely inside its original box and wrapping, adding every part and document that came with it.
- Ship Your Return with the carrier specified in those instructions. Return shipping costs are yours, unless the return results from our mistake.
- Get Your Refund once your returned item has been processed (the refund timeline is below).
Exchange Process
To exchange an item for another size, color or product:
- Take the same steps as for a return, but say in your request that you want an exchange.
- When your return reaches us, we send your new item by the original shipping method of your order.
- Any price difference, and any extra shipping costs, are yours to pay where they apply.
Return Request Template
Email your return request to care@kidfurniture.example using this template:
Subject: Return Request – Order""",
        ("carrier specified", "original shipping method", "price difference")),

    "playtenttoys": ("""Refund policy

Overview

We at PlayTent Toys work to make sure you are happy with what you buy. Because of what some of our products are, though, we have particular rules for returns.

Our policy for refunds and returns runs for 30 days. Once 30 days have gone by since you bought something, a full refund or an exchange is no longer possible.

An item can be returned only if it is unused and in the condition in which it reached you. It also has to be in its original packaging.

Some kinds of goods cannot be returned. Nor do we take back goods that are intimate or sanitary, materials that are hazardous, or liquids or gases that are flammable.

We need a receipt or other proof of purchase to complete your return.

Please do not send what you bought back to the manufacturer.

In some situations we give only a partial refund:

  • An item that has lost its original condition, is damaged, or has missing parts, where that is not our doing.

  • An item sent back more than 30 days after delivery

How to Initiate a Return

  1. Get in touch with our customer service team by email at reach.us@playtenttoys.example or on Whatsapp at +61 424665534.

  2. Give us your order number and describe the issue.

  3. If your item qualifies, we will take you through the return process.

Damaged or Defective Products

Should a product reach you damaged or defective, let us know no later than 7 days after delivery. Once we have checked the problem, we will arrange a replacement or a refund.

Refunds

When your return has arrived and been inspected, we will email you to say your item is back with us. We will also tell you whether your refund is approved or rejected.

If it is approved, we process the refund, and a credit goes automatically to your credit card or other original payment method, some days later.

Late or m""",
        ("back to the manufacturer", "partial refund", "missing parts", "more than 30 days after delivery")),

    "schoolbags": ("""Shop New Arrivals | Super Sale - Up To 30% Off

Refund Policy

Returns and Refunds:

Our usual refund policy runs for 30 days. When more than 30 days have passed since you bought it, we normally cannot give you a refund.

An item can be refunded only if it is in the condition in which it reached you. It also has to be in its original packaging.

When you have sent your product back to us, send us by email a picture of the receipt together with the shipment's tracking number (you will find the tracking number on the receipt).

In some situations we give only a partial refund: (if applicable)

• An item that has lost its original condition, is damaged, or has missing parts, where that is not our doing.

• An item sent back more than 30 days after delivery.

Refunds:

When your return has arrived and been inspected, we will email you to say your item is back with us. Once you are approved, we process the refund, and a credit goes automatically to your credit card or other original payment method.

Late or missing refunds (if applicable):

If your refund has not come through yet, look at your bank account once more. Next get in touch with your credit card company, since a refund can take a while to be posted officially. After that, ask your bank. A refund usually goes through some processing before it is posted.

For any questions, write to us at help@school-bags.example or use the "Contact Us" page Here.

Contact Us

Quick Links

Newsletter

© 2021 School-Bags. All rights reserved.""",
        ("picture of the receipt", "partial refund", "missing parts", "more than 30 days after delivery")),

    "organiclittleone": ("""Return & Refunds
Here at organic little one, we hope you are pleased with all you buy from us, but if you are not, our return policy runs for 30 days: you have 30 days from receiving your item to ask for a return.
An item can be returned only if it is as it was when it reached you, unworn or unused, with its tags on, and in the packaging it came in.
Exchanges
The quickest way to get what you want is to send back the item you have and, once we have accepted the return, buy the new item in a separate order. We accept an exchange of any unused item within 30 days of purchase; please get in touch with us before you send anything or place an order, and we will do our best to arrange the exchange. Write to support@organiclittleone.example.
Refunds
Once your return has arrived and we have inspected it, we will tell you, and let you know whether your refund is approved. If it is, the refund goes automatically to your original payment method. Bear in mind that your bank or card company may need some time to process and credit it.
To start a return, contact us at support@organiclittleone.example. If we accept your return, you pay the shipping cost of sending the item back, unless it is damaged or exchange is what you chose. We suggest you send your return by a method that lets you track the package, since items that go missing in transit are not our responsibility. We will not accept items sent back to us without a return having been requested first.
For any question about a return or exchange, you can always reach us at support@organiclittleone.example
Damage and issues
Please check your order when it arrives, and contact us at once if the item is defective or damaged, or turns out to be the wrong item, and we will look into it and put it right.
Exceptions / non-returnable items
Some kinds of items, such as accessories hair garments and teethers, are not returnable.
We are sorry, but sale items and gift cards cannot be returned: exchange only.""",
        ("exchange of any unused item", "damaged or exchange", "exchange only")),

    "strolleria": ("""Return Policy

What is Our return policy?

We hope you will be pleased with your Strolleria order!

We take back new, unused items that reach us no later than 60 days after you received them.

Safety comes first for us and for every new parent, so Strolleria only takes back items never used at all. Every item has to come back as it was when it reached you, with the product tags still attached and in the original packaging. Do not alter the box or write on it. Our hope is that someone as excited as you were will buy the product next!

How to Make a Return

Click here to start a return.

Return Shipping Fees

Strolleria pays for shipping to you on every item over $49.

Every order can now have return protection with Redo, bought at checkout. Buy Redo with an order and return shipping will be covered; you may then send back any item in it for a refund, an exchange or store credit, free of charge!

Without Redo, returns are still possible, but the return shipping label fees are yours to pay.

Free returns through Redo have to meet every rule of our return policy. Final Sale items cannot be returned or exchanged.

Return Exclusions

Strolleria may turn down return requests, or returned items, that have been used or have missing parts, the original packaging included.

If your item does not come back in the condition and packaging in which it reached you, a restocking fee of 30%, counted on the item's value, is taken off your refund, which may then be given as store credit.

These special-order products are sold as final sale, with no return or exchange:

  • Aristot products
  • Design Dua products
  • Monte Design products
  • Oilo products
  • Silver Cross Heritage collection (Balmoral and Kensington)

Defective Products

Every product sold by St""",
        ("alter the box", "return shipping will be covered", "restocking fee of 30%")),

    "gwhitaker": ("""Return & Exchange Policy

Return & Exchange Conditions

Maternity and infant products must meet strict standards of hygiene and safety, so returns and exchanges are accepted only on the terms below, which follow the mail-order rules of the U.S. Federal Trade Commission (FTC) and the CPSC's standards; any return or exchange must be started no later than 30 days after the goods reach you:
- Intact & Hygienic Commodity: unused, unopened (pacifiers), unaltered, and with every original tag, label, packaging and hygiene seal still intact. Pregnancy pillows and infant/toddler pillows must show no stains or odors and no signs of use. Pacifiers must stay sealed in unopened packaging (to avoid contamination and keep them safe).
- Defective Commodity: goods with a quality or safety problem (such as torn pillow fabric, loose stitching, pacifier material that is discolored or may be toxic, or a product that fails CPSC safety standards), or a wrong delivery (a style, model or size other than the one ordered).
- Customized Commodity: can be returned or exchanged only when it has a serious manufacturing defect (such as the wrong embroidery, faulty material or the wrong size); there is no return or exchange for anything other than a quality problem (such as a change of mind, or the wrong infant age given when choosing a size).

Non-returnable & Non-exchangeable Items

- Goods that are used, washed, altered or (for pacifiers) opened, or that lack their tags, labels, packaging or hygiene seals. An opened pacifier cannot be returned in any circumstances, because of the hygiene risk and the CPSC's rules.
- Damage the customer has caused (such as a pillow stained by spills, a pacifier damaged by wrong sterilizing, or a pillow misshapen by incorrect use).
- Final sale items (marked "Final Sale" on the product page, usually clearance or discounted maternity/infant products): these cannot be returned or exchanged.
- Personalized gear with a unique design (such as a pillow embroidered with a baby's name), unless it is defective.

Return & Exchange Process

1. Submit Application: Ring the customer servic""",
        ("signs of use", "pacifiers must")),

    "milkbarnewzealand": ("""9.1 We believe in what we sell and are confident your breast pump will win you over too! We also know that breastfeeding and expressing can be hard, and sometimes expensive, and that now and then even an effective breast pump like ours may not work for every woman.
We breastfeed ourselves, so we understand that every cent counts at this time ~ which is why we are proud to offer options should our pump not work for you.
9.2 If your breast pump is giving you trouble:
- Please get in touch with our wonderful Customer Service straight away, by email to info@milkbarnewzealand.example~ no later than 30 days after purchase.
- Our friendly, experienced staff will gladly go through any troubleshooting, breast cushion sizing and tips for getting the best from your breast pump and your expressing journey with you, one to one (and this step is required). A small change to sizing, set-up or use may be all you need to get going!
- Should we be unable, unlikely as it is, to solve the problem in your own case (every journey is different!), our team will gladly talk with you about returning your purchase for a refund.
9.3 For a smooth return:
- Get in touch as early as you can if something seems not to be working for you ~ you must contact us no later than 30 days after the product reaches you.
- Once you have asked for, and been given, authorisation to return the breast pump, make sure it comes back to us as follows:
- With your proof of purchase.
- Undamaged and in excellent condition, with all its packaging and parts.
- Hygiene matters! A pump you return, and its parts, must be cleaned and sterilized after their last use and before you send them, and must reach us in excellent, clean condition.
- We cannot take back a product bought second-hand or from a stockist we have not verified.
- Used Suction""",
        ("troubleshooting", "cleaned and sterilized", "second-hand")),

    "thewoodentoycoza": ("""RETURNS

Refund and Return Policy

Thank you for shopping at www.thewoodentoyco.co.za .

Returns

Every toy is checked with care before it leaves our warehouse. Should your order, unlikely as it is, turn up with a problem, please get in touch with us as soon as you can.
We consider returns only for a manufacturing default or for items damaged in transit.

You must tell us about any damaged or faulty product within 7 calendar days of the day you receive it.
An item can be returned only if it is unused and in the condition in which it reached you.
Your item must come with its receipt or other proof of purchase.

Preparing your products for a return

So that your request can be dealt with as fast as possible, when you return products it is up to you to:
          – Pack them safely and securely so that they are protected in transit;
          – Mark the parcel's outside clearly with your return reference number; and
          – Put in every accessory and part sold with the product.

We will book a courier to collect the product at the address it was delivered to.
The buyer will be mailed the Waybill.

 Refunds

When your item reaches us, we will inspect it and tell you that your return has arrived. As soon as we have inspected it, we will tell you the status of your refund.
Once your return is approved, we start refunding your credit card (or other original payment method).
The credit will reach you some days later, depending on the policies of your card issuer.

Contact Us

If you have a question about how to send your item back to us, get in touch.

returns@thewoodentoyco.example

Return Request
First
Last""",
        ("return reference number", "courier to collect", "waybill")),
}
