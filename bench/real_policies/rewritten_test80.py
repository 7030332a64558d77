"""The test80 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "saltwateraquarium": ("""Refunds & Exchanges

Is there a restocking fee?

We want returns to stay simple, and we try to treat you fairly. When we got something wrong, we put it right; when the mistake was yours, we still try to be fair. If you send an item back because you chose the wrong size, changed your mind or simply did not like it, you may have to cover the return shipping, and restock fees may apply.

I'm not happy with what I bought. Can I get my money back?

If you send an item back because you chose the wrong size, changed your mind or simply did not like it, you may have to cover the return shipping, and restock fees may apply.

  • Every return has to be requested by e-mail at sales@saltwateraquarium.example and approved by us before you send anything.
  • Unopened, unused products sent back past 30 days are refunded in the form of reward points or store credit.

What happens if a product is defective?

If the manufacturer or our own staff find an item defective within 30 days of purchase, we accept its return and give you a refund or a replacement. For a defective item more than 30 days after purchase, please contact the manufacturer directly for warranty help.

If you are sending an item back because it was damaged in shipping, does not work, or has something else wrong with it, we send you a prepaid return label and refund your purchase in full, or replace it, at no cost to you.

My parcel looks damaged. What should I do?

If a parcel arrives damaged, let us know straight away. We will have the damaged shipment sent back to us at no cost to you and send a new parcel at once, as long as we have the stock in our warehouse.

If you think the items inside may be damaged too, do not open the carton to look at them. Once an item is open, we cannot take it back, whatever damage it suffered in transit.

Our team checks every item o""",
                          ("restock fees may apply", "in the form of reward points or store credit",
                           "contact the manufacturer directly", "do not open the carton", "once an item is open")),

    "birdfeederspros": ("""Returns

Out of stock or on back order:

If something you ordered is not in stock or is back-ordered, we will tell you promptly. You can wait until it is available again, or you can opt for an immediate refund.

Returns:

Looking after our customers comes first. If anything is wrong with your order, contact us within 30 days of receiving your item to get a return merchandise authorization code. A parcel that comes back with no authorization code is refused, and we are not answerable for it.

If we made a mistake with your order, if parts are missing, or if your items are defective or damaged when they arrive, let us know no later than 7 days after the order shipped. The details for each case follow.

Wrong item received:

If our warehouse sent you the wrong item, contact us at once and we will work hard to sort it out.

Damaged items:

If an item was damaged in shipping, contact us as soon as you can, and we will ship a new item straight away. Please hold onto the damaged item: for 7 business days the carrier may want to pick it up. Shipping damage has to be reported to us within 7 business days of the day the order shipped.

Defective items and missing parts:

If an item arrives defective or missing parts, we will work with the manufacturer to fix the problem. If the manufacturer cannot supply the missing part, we ship you a new item free of charge. Tell us exactly what the defect is, and send pictures if possible. Please hold on to the item for 7-10 business days; the manufacturer may want it returned.

Items that are not defective:

If you are unhappy with your item for some reason other than those above, the customer will be r""",
                        ("opt for an immediate refund", "hold onto the damaged item",
                         "hold on to the item for 7-10 business days")),

    "dogbedmart": ("""Thanks for shopping with dogbedmart.com. If your purchase is not what you hoped for, WE ARE HERE TO HELP, and we will take every step needed to sort out any problem with your item at no cost to you.

Returns
Our return policy covers every item except SALE items and runs for 30 days from the invoice date. Once 30 days have passed since your order arrived, we cannot give you a refund or an exchange.

To qualify for a return, your item has to be unused and in the condition you received it in. It also has to be in its original packaging and fit to be sold again. We will not consider any item that is not in its original condition, or is damaged or missing parts, unless we caused it.

We need a receipt or proof of purchase to complete your return. Please email us at orders@dogbedmart.example.

Refunds
When your return arrives and we have inspected it, we will email you to say we have received it. We will also let you know whether your refund is approved or rejected.
If it is approved, your refund is processed and the credit goes to your credit card or original payment method within three business days.

Late or missing refunds
If your refund has not arrived yet, check your bank account again first.
Then contact your credit card company, since a refund can take a while to be posted.
After that, ask your bank, which often needs a little time of its own before the money shows.
If you have done all of this and still have no refund, contact us at orders@dogbedmart.example.

Sale items
We refund only regular-priced items; sale items cannot be refunded. Every sale item is final!

Exchanges
We replace items only when they are defective or damaged through our error. If you need to swap it for the same item, please contac""", ()),

    "catstreeshop": ("""Refund and Returns Policy

At CatsTreeShop, we want you to be happy with what you buy. If you are not, you can return it within 14 days of the date it was delivered.

Who can return

An item can come back only if:

  • it is in its original condition, unworn and unused, with its tags still on;
  • it comes with its original packaging;
  • it comes with proof of purchase, such as a receipt or the order confirmation.

To start a return, email us at support@catstreeshop.example and we will help.

Damaged or wrong items

Please check your order carefully when it is delivered. If an item arrives damaged, defective or is not the one you ordered, contact us straight away and we will quickly put it right.

What cannot be returned

For hygiene and safety, some items cannot be returned unless they are faulty or damaged; their product pages say so clearly.

  • Gift cards cannot be returned, nor can anything marked final sale.

If you are not sure whether a product can be returned, just ask us.

Exchanges

To exchange an item, send the original back and place a new order for the one you want.

Refunds

When your return arrives and we have inspected it, we will let you know whether your refund is approved or rejected. If it is approved, we pay it back the way you paid, taking no more than 10 business days. Your bank or payment provider may need extra time on their side.

If more than 15 business days have passed since we approved your refund and it has not reached you, email us at support@catstreeshop.example.

Thanks for choosing CatsTreeShop!""", ()),

    "horsecentsonline": ("""Return Policy

Horse Cents Tack Shop gives you, as you choose, either a refund in the same form and amount you paid (sales tax included) or a merchandise credit, once all of these conditions are met:

(1) we take merchandise back for thirty (30) calendar days from the date of purchase, unless the receipt or the point of sale says otherwise; and

(2) the merchandise is in its original, unused condition, unless it has a manufacturer's defect; and

(3) you bring the original receipt from Horse Cents, or its original label proving the purchase.

We do not adjust prices. For purchases paid by check, a cash or check refund is issued only after a 10 day waiting period.

Items discounted by more than 20% are final sale: they cannot be refunded, returned or exchanged.

Treats, supplements and liquids: an opened treat, supplement or ointment cannot be returned, as opening or using a product makes it used and unsellable.

Custom orders: anything made specially for you outside the product's normal production (monogramming, special colors and the like) cannot be returned.""",
                         ("10 day waiting period",)),

    "realgorillaseeds": ("""Returns, Refunds and Cancellations
1. You can return items within 14 days of delivery.
2. Seeds can only come back fully unopened and in their original packaging. Any free gifts or items that came with the order have to come back too.
3. You pay the return postage. Please use recorded delivery, which gives you proof of postage, and include the order number with your name and how to reach you.
4. Once we have inspected the returned item, we refund you within 7 days, or sooner. If we need anything more to issue the refund, we will email you.
5. If a product reaches you damaged in transit, tell us by email or through the contact form within 48 hours of delivery. Email us a clear picture of the damage and your order number. After we have looked at the pictures, we will send you a replacement. If we ask you to send the item back, we will pay you back the return postage.
6. Please keep all packaging your order came in, in case something is wrong with the shipment; it helps us put things right.
7. We do not refund the shipping cost unless the product is faulty, the mistake was ours, or it arrived damaged.
8. You can cancel your order before it ships. To cancel, contact us at once. We cannot promise to stop an order before it ships, as your message may be read after dispatch.
9. A refund goes back to the card you paid with. Processing it can take as long as 15 business days.
If you paid by bank wire transfer, we need your bank account details to refund you.
We do not """,
                         ("free gifts", "include the order number", "keep all packaging", "bank wire transfer")),

    "outdoorgardeners": ("""At Garden Tools Store, we want gardening with us to be a pleasure, and our shipping and returns terms are written with that in mind.
Shipping Information
Order Processing
Orders are processed within 1-2 business days (not counting weekends and holidays). When your order ships, we email you a confirmation with tracking details.
Shipping Options
We offer two ways to ship:
- Standard Shipping ($12.95): DHL or FedEx, 10-15 business days after shipment
- Free Shipping: on orders over $50, EMS, 15-25 business days after shipment
For International Customers: we ship worldwide, except some Asian regions and remote areas. Customs fees and import duties are paid by the recipient and are not refunded.
Returns & Exchanges
We stand behind our gardening products. If you are not fully satisfied, you can send most items back within 15 days after your order arrives.
Return Eligibility
A return or an exchange needs all of these:
- Items have to be unused and in their original packaging
- Items have to be in the condition you received them in
- You need proof of purchase
Non-Returnable Items
For health and safety, we cannot take back:
- Fertilizers, opened or not
- Insect controls (pesticides or biological controls)
- Garden gloves and hats, for hygiene
- Garden clogs and boots that have been worn outdoors
How to Return an Item
Here is what to do:
- Contact Us: email our customer service at help@outdoorgardeners.example no later than 15 days after your order arrives. Using the template below speeds things up.
- Wait for Approval: we look at your request and reply with how to send it back within 2 business days.
- Package Your Items: wrap the items securely in their original packaging, accessories included.
- Ship Your Return: send the package to Garden Tools Store Returns
644 Byam Road
Bethel, US 05032 - Receive Your Refu""",
                         ("customs fees and import duties",)),

    "planternpot": ("""At Plantern Pot Sales, we want you to be fully happy with the plants you buy. We have kept these returns rules as plain and caring as our plant care advice.

Our Returns Promise

If your plants or gardening products are not what you expected, you can send them back within 15 days after your order reaches you. As long as the conditions below are met, we will refund you or exchange the item.

Non-Returnable Items

To protect all our customers, we do not take back:

  • Live plants showing signs of disease or pests (to keep our other plants safe)
  • Care products that have been opened (fertilizers, pesticides and so on)
  • Custom-made trellises, or garden ornaments personalized for you
  • Perishable items such as flower seeds once opened

Return Conditions

To qualify for a return or exchange:

  • Items have to be in their original condition
  • Plants have to be alive with healthy roots
  • Original packaging has to be intact, where there is any
  • You need proof of purchase
  • You have to ask for the return within 15 days of delivery

How to Return an Item

Step 1: Contact Us

Email our Gloucester team at hello@planternpot.example with your return request, giving your order number, the items, the reason for the return, and whether you would like a refund or an exchange.

Step 2: Wait for Approval

Our plant specialists answer within 2 business days. Where live plants are involved, we may request photos to see what state they are in.

Step 3: Ship Your Return

Once your return is approved, we email you the return instructions. Please note:

  • You pay the return shipping unless the return i""",
                    ("alive with healthy roots", "we may request photos")),

    "greenhousehelp": ("""GREENHOUSE HELP RETURN POLICY

If you are not satisfied with your purchase for any reason, just send it back no more than 30 days after you ordered. You can return it in two ways: at any Greenhouse Help retailer, or by mail to Greenhouse Help. Items marked "Final sale. No Returns" cannot be returned. Every return carries a 20% restocking fee. To qualify for a return, your item has to be unused and in the condition you received it in, and in its original packaging.

In some cases only partial refunds are granted:

  • an item not in its original condition, or damaged, or missing parts, for reasons that are not our error;
  • an item returned more than 30 days after delivery.

Refunds

When your return arrives and we have inspected it, we will email you to say we have received it. We will also let you know whether your refund is approved or rejected. If it is approved, your refund is processed and the credit goes to your credit card or original payment method after some days.

Late or missing refunds

If your refund has not arrived yet, check your bank account again first. Then contact your credit card company, since a refund can take a while to be posted. After that, ask your bank, which often needs a little time of its own before the money shows. If you have done all of this and still have no refund, contact us at info@greenhousehelp.example.

Sale items

We refund only regular-priced items; sale items cannot be refunded.

Exchanges

We replace items only when they are defective or damaged. If you need to swap it for the same item, email us at info@greenhousehelp.example and send the item to: P.O. Box 10641, Costa Mesa, CA, 92627, United States.

Returning or Exchanging """,
                       ("any greenhouse help retailer", "only partial refunds are granted")),

    "light-garden": ("""Returns & Refunds

RETURN & REFUNDS POLICY

Please read the terms of our return policy below with care.
Do NOT send anything back before you have filled in a Returns Request Form.

Our returns team wants your return to be easy. You can return items within 14 days of the date you received them. Items have to come back in their original packaging with all their accessories. If you no longer have the packaging, we cannot process the return.

To make a return, please email us at returns@light-garden.example.

You will never pay a restocking fee on a return! Where we have stock, we may offer a one-time courtesy replacement.

Often we simply refund your purchase if you are not happy with your order.

If you receive a damaged or defective item, contact our support team within 14 days and we will help with a refund or an exact replacement, if the item is in stock. Sometimes we need images of the damaged or defective product. In most cases we ask you to send the item back to us, but we help with the return and its shipping costs.

RETURN CONDITIONS

(1) The manufacturer and Light-Garden.shop both check every item before it is packed and sent.

(2) Returns have to come in their original packaging with their tags. The tags must stay on: if they are cut, removed or tied back on, no refund is issued.

(3) The packaging must be undamaged, just as it came, and not taped up at all.

(4) You can return items within 14 days of the date you received them, in their original packaging with all their accessories.

(5) If you no longer have the packaging, we cannot process the return.

(6) If the product does not reach us in the condition it was sent to you, there may be a de""",
                     ("one-time courtesy replacement", "not taped")),

    "reptili": ("""Returns
Reptili Return policy
For extra peace of mind when you order, we have a 30 day returns policy. If you buy an item and decide it is not right for you, you can send it back, paying the postage yourself, and get a refund.
Likewise, if an item you bought develops a fault within its warranty period, we will gladly replace it once we or the manufacturer have confirmed the fault.
Returning is simple. A typical return takes 14 days from the day it reaches us to the day we replace or refund it, though some products or manufacturers take longer unless the return is made in one of our stores.
Some items cannot be returned: live food, plants and spare parts. Products need all their original packaging or labels. A product personalised for you or made to your measurements, such as a bespoke vivarium, cannot be returned.
How do I return an unwanted item?
As long as you have not used your item, it is not damaged and it can be sold again, you can return it within 30 days and we will exchange it or refund you.
Online: tell us why you are returning it. We will reply within a day or two to approve the return and give you the details for sending it back.
Send back your item: you pay the cost of returning an unwanted item. Please pack it carefully and send it by an insured service, because if it arrives damaged you would have to recover what it was worth from the courier.
In Store: you can bring any unwanted purchase back to any of our stores. Just bring the product with your receipt or proof of purchase, and the Reptili team will check it and handle your exchange or refund. If you do not have a proof of purchase, our staff can look your order up in our sales system and exchange or refund the item at the price you paid.
How to return a faulty item
Online -""",
                ("any of our stores", "if you do not have a proof of purchase")),

    "directcompostsolutions": ("""RETURNS & REFUNDS POLICY
This policy of Direct Compost Solutions sets out what we do and do not accept for a return or refund of a product you bought.
Thank you for your order; we hope your Compot serves you well for years. If for any reason you are not happy with it, you can return it within 60 days of purchase for a full refund, a credit or an exchange, less postage, as long as the product is undamaged and in the condition you bought it in.
We cannot refund our Heritage Seeds. Depending on the problem, we may offer a replacement instead. Seeds can fail to sprout for hundreds of reasons, and since we cannot control what happens in your garden, we can never tell you for certain why yours did not.
Please get in touch so we can see what went wrong or why you want a refund, which helps us improve our service or the product.
RETURNS
Your items arrived damaged:
Contact us straight away for a replacement or an exchange. Send us a photo of the damage by email and we will send the replacement; it helps us pack better.
You changed your mind:
That is fine. Send the goods back undamaged, and we will pay a refund, less the postage, into your credit card, bank account or PayPal account.
For cheaper postage you can use our courier service: email or call us, and we will email you a delivery docket to print and attach to the box.
RETURN PROCESS
Email us your proof of purchase (the invoice).
Send the goods back with your own postage, or use our courier service for a cheaper rate.
Just ask for a label you can print and stick on the box.
If the goods are to be collected from an address other than the one on the invoice, give it in your email.
Please note that you need to be at home when the courier """,
                               ("we may offer a replacement", "our courier service")),
}
