"""The test101 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "derucci": ("""Custom orders: production of a custom order starts the moment you order it, and it is made to your own specifications. Once bought, a custom order can never be cancelled, altered or sent back.
Floor samples and clearance products: every floor sample and every clearance model is sold "as-is", with no manufacturer's warranty, and neither exchanges nor returns are possible.
Mattresses: all mattress products are non-refundable and can only be exchanged; any difference in price is given as in-store credit. A mattress that the customer has damaged or stained cannot be returned or exchanged.
Regular orders (mattresses excepted): up to 48 hours after purchase, and before pick-up or delivery, you may cancel your order freely. Once 48 hours have passed you can still reselect your product, before you take possession, at no penalty, or ask for a refund less a 10% administration fee. After you take possession you have 7 days to exchange or return what you bought, again less a 10% administration fee, as long as the goods are unopened and unused, in their original packaging and condition, and you show the original sales receipt.
All order types: we never refund delivery charges on any order, except for merchandise with a manufacturer's defect. Return and exchange orders may carry delivery charges. No item that the customer has damaged or stained can be returned or exchanged.""",
                ("all mattress products are non-refundable", "reselect your product")),

    "aladdinflyingcarpets": ("""Return & Refund Policy
Return Window
We hope you love your rug, but if something is wrong we are here to help.
For a return to be accepted you must get in touch with us no more than 7 days after the sale (when you bought in person) or no more than 7 days after delivery (when we shipped the rug).
In-Person Purchases
For rugs purchased in person, a refund is possible less a restocking fee of 30%. The rug has to come back in its original condition.
Shipped Items
When a rug was bought online and shipped to you:
-
The cost of return shipping is yours.
-
When you send the return, you must give us a valid tracking number.
-
We deduct a restocking fee of 30% from the refund.
-
We issue your refund after the rug reaches us and we have inspected it to make sure it is undamaged and in its original condition.
Damaged Items
A rug that comes back damaged is not refunded, unless the damage happened in shipping. Should your rug reach you damaged:
-
Get in touch with us no more than 7 days after delivery.
-
Before the return can start, you have to send clear photos of the damage and of the packaging.
-
Together we will decide whether a refund or a replacement is the right answer.
Final Notes
-
Only a rug returned unused and in its original condition can be refunded.
-
We may refuse any return that does not meet the conditions above.
-
Once the returned rug has been inspected and approved, the refund goes to the form of payment you first used.""",
                             ("rugs purchased in person",)),

    "curtainuk": ("""Return Policy

We are proud of how carefully our goods are made and finished, and we aim to give excellent service at each stage of your order.

If a problem comes up, please look through this return policy and try to find an answer together with us first, rather than hurrying to open a dispute on the order.

Important Recommendations

Please read the guidance on Hanging Header Style, the Measurement Finder and Liner with care, so that your custom-made drapes suit what you need. We strongly suggest that you order a sample booklet or swatches before you order customized drapes, so that the texture and colour are what you expect. As a rule we do not take back customized drapes, roman shades or blinds.

Return Eligibility

Before you ask for a return, check whether your item can be returned: some items are marked No Return or Final Sale, or carry further limits on returns. You will find this in the sections for each item below, so you can check it before you buy.

Can I Return?

  • We do not take back fabric swatches.
  • Drapes and shades are made to measure, so we cannot take them back when they were made as your original order described.

Non-returnable:

For drapes, shades and blinds that are made to order, the reasons below do not qualify for return.

  • The product picture was misunderstood.
  • The items were made correctly but do not fit well.
  • The drapes are heavier than you wanted.
  • The colour is not the one you wanted.
  • You changed your mind or no longer want it.
  • The quality is not what you wanted.
  • You ordered the wrong item by mistake.
  • The size is wrong. A difference of up to +/- 1 inch is an accepted tolerance in the trade.
  • The order came later than you expected.
  • You placed the order by mistake.
  • The measurements were wrong.
  • The colour varies because of a fabric dye lot, as happens naturally (colour differences within reason are """,
                  ("do not qualify for return",)),

    "honnecl": ("""Return & Refund Policy

30-Day Returns - Your Satisfaction is Guaranteed

We stand fully behind everything we sell. If you are unhappy with your purchase for any reason, send it back within 30 days of receiving it. Some conditions apply, and some products cannot be returned. After 30 days we accept no returns at all, so please check every product when it arrives. The full policy is below, or jump to a section with the links.

1. Returning items purchased online
2. Returning or exchanging delivered Product
3. Returning online purchases made on Amazon and other marketplaces

Returning Items Purchased Online

So that your return is handled quickly and correctly, reach us by online chat or by email for a Return Merchandise Authorization (RMA) and full shipping instructions. We will not accept a return that has no RMA.

Bought on a marketplace like Amazon, eBay, Walmart or Google Shopping? Then start the return through your marketplace account.

Please keep the following in mind before you contact us:

  1. Free return shipping is applicable only to select items within the contiguous 48 United States; freight, Daily Sale and Open Box items, among others, may be excluded.
  2. When your item qualifies for free return shipping, we send you a prepaid return label. Take the package to an authorized drop-off point yourself, since collection is not included.
  3. Every returned item has to come back in its original shipping box and packing materials.
  4. Non-residential sales follow their own policies and conditions; for details, please ask our Professionals team.

When you ship your order back to us:

  1. Put the RMA on the return address form, pre-printed, that came with your order or with your RMA email. Complete the returns form, pack it with your item, and stick the address label on the outside of th""",
                ("through your marketplace account", "applicable only to select items", "non-residential sales")),

    "dramadecor": ("""Stock Items:  Most new, unopened items can come back to us for a full refund, up to 30 days after delivery. When the return is caused by our mistake (an incorrect or defective item reached you), we also pay the return shipping.

Custom Cut Items:  Our wall quotes and decals count as custom items, because each is produced when you order it, in the colours you chose.  If they were not personalized they can be returned, but a 25% stock restocking fee is charged.  To qualify, they have to come back in their original condition, with the transfer tape and backing still intact.

Personalized & Embroidered items:  We do not take back personalized or embroidered items unless they have a manufacturing defect.

Limited / Special Edition: These items are limited by nature, so they are final sale and cannot be returned.  Among them are Ju-Ju-Be's Limited Editions and joint designs such as Tokidoki and World of Warcraft, along with designs still to come.

FREE SHIPPING:  If your order shipped free and you send back some or all of it, we take the original costs incurred to ship it to you out of the refund.

Your refund should reach you within four weeks of giving your package over to the return carrier, and often sooner. That covers the carrier's transit time to bring the return to us (5 to 10 business days); then our own processing once it arrives (3 to 5 business days); then your bank's handling of the refund we ask it for (5 to 10 business days).

To return an item, sign in to your account, open the order through the "Complete Orders" link in the My Account menu and press the Return Item(s) button. We will email you about your refund once the returned item has arrived and been processed.

Return Shipping Charges""",
                   ("25% stock restocking fee", "transfer tape and backing", "costs incurred to ship",
                    "within four weeks of giving your package")),

    "aylesburybathroomtradecentre": ("""Returns & Exchanges
Our policy on returns, refunds and cancellations:
If you want to cancel an order after placing it, get in touch with us straight away: most orders are packed or dispatched soon after they are placed, and we will try our best to cancel yours before it leaves. Once the goods have left us, it is too late to cancel or refund the order until they come back to us at the buyer's cost.
Should your goods reach you damaged, or with a fault from the manufacturer, you have to tell us within 24 hours of receiving your order. You must then send the goods back to Aylesbury Bathroom trade centre. The return of the goods, and every cost of returning them, is entirely your responsibility. Refunds are only made for goods that reach us complete and in a condition we can sell. Special pieces imported at your request cannot be returned, so they are not refunded.
Every item sent back to Aylesbury Bathroom trade centre has to be unused and still in its original packaging.
The Distance Selling Regulation 2000 lets customers send goods back up to seven days after placing the order. Goods sent back must be unused and still in their original packaging.
Shipping goods back to us is the consumer's job, not that of Aylesbury bathroom trade centre. Because of batch and shade issues, we cannot take resalable returns after 7 days.
Money is refunded after the order has come back to us in good order, less a 35% re-stocking fee on the first price of the goods and minus the cost of the original shipping. If you cancel an item after ordering, having paid by debit or credit card, our usual card processing fee (£1-£5) applies. Goods that cannot be delivered through the customer's own fault (nobody present to receive the delivery, and no collection from the local depot) come back to us, and we charge the 35% restocking fee plus the """,
                                     ("card processing fee", "cannot be delivered")),

    "doorhardwareetc": ("""No merchandise
can come back to us without authorization. Goods with a manufacturer's
defect, or the result of a mistake by Door Hardware Etc, can come back within 30 days, for either a
refund or a replacement, with no penalty. Every other return, exchanges
included, carries a 25% restocking fee. An order sent back
within 30 days of delivery can be refunded less the 25% restocking
fee. After 30 days every sale is final. Items must never have been installed,
must come back in their original packaging with every part that was originally shipped,
with no writing on box, and in a condition fit for resale. Every return has to reach us
within 2 weeks of the RGA authorization being assigned. Allow up to a week for your refund
to be processed.
Please pack every returned item so that it cannot be damaged
in shipment. We do not refund items that reach us damaged
because of improper packaging.
1. Sign
in to your Door Hardware Etc account with the My Account link to begin
your authorization request.
2.
Under
Track Your Recent Orders, click View Details for the
order you want an RGA for.
3.
In
the order, press the "Add New RGA" button.
4.
Pick
the quantity to send back in the Order Items section.
5.
Under
Order Return Options, choose the Reason and Method of the return.
6.
Last,
add any comments in the Comments section. When you are done, click Save RGA and an e-mail will confirm your RGA authorization request.""",
                        ("no writing on box", "improper packaging")),

    "candlewax": ("""Refund and Returns Policy

Overview

We ask you to understand that, for reasons of quality control and hygiene, some products cannot be taken back as change of mind returns. These items cannot be returned: wax, wicks, fragrances and essential oils, perfume bases and diffuser bases, glassware, equipment, hand sanitiser, and liquid soap & cream.

Our refund and returns policy runs for 14 days after the day you buy. Once those 14 days are over, we are sorry that we cannot give a full refund or an exchange.

A return is accepted only if the item is unused and in its original condition, as it was when you received it. It also has to be in its original packaging.

We need a receipt or other proof of purchase to process your return.

Discontinued products can never be returned or exchanged.

Refunds

When your return has arrived and been inspected, we will email you to say that your returned item has reached us. We will also tell you whether your refund is approved or rejected.

If it is approved, we process your refund, and the credit goes automatically onto your credit card or other original payment method within a certain number of days.

Refunds that are late or missing

If your refund has not reached you yet, check your bank account again first.

Next, contact your credit card company, as your refund may take a while to be posted officially.

Then contact your bank. Banks often take a while to post a refund.

If you have done all this and your refund has still not reached you, please contact us here.

Sale items

We refund only items bought at the regular price. Anything bought on sale is not refundable.

Exchanges

We replace items only if they are defective or damaged. Should you need to swap it for the same item, email us here.

Shipping Returns

You are the one responsible for paying for your own """,
                  ()),

    "frameandprint": ("""Returns Policy

As with any shop online, both of us, you as the customer and we as the seller, agree to certain terms whenever a sale is made. Below are the terms you accept for cancelling and returning what you buy.

Other Policies

You may also wish to read our promotional policy, our privacy policy or our terms of sale.

Custom Products

Most products sold on this website count as custom products. Every picture frame and mount that is priced by entering your own dimensions is custom. Our mirror and print products are custom products too.

A product described as a "standard size" is not necessarily off-the-shelf or ready-made; this follows Trading Standards. We manufacture custom frames, and everything cut on our own premises is made to order.

If you are not sure whether your products count as custom, please get in touch.

Cancellations & Changes

To change or cancel an order, or part of one, before it is dispatched, please get in touch with us as soon as you can.
Once custom-configured products have entered production, they can no longer be changed or cancelled.

When we do accept cancelling or changing custom products that have entered production, it is a goodwill gesture that UK law does not require of us, whatever the value.

Returns

Please tell us that you mean to return your order, or some items from it, at any time up to 14 days after you or the person you named took possession of the last product in the order. You can tell us you intend to cancel an order or send a product back by phoning us on 02476 992004 or by using our contact form.

If we arrange a carrier to collect your return, please make sure you have packed the product(s) securely, their accessories too, and that you have in""",
                      ("entered production", "goodwill gesture")),

    "lwcclock": ("""In effect from June 8, 2025 (last updated on that day too)
Wall Clock wants you to be completely happy with what you buy. If your order does not please you for any reason, a refund or an exchange may be possible under the policy below.
1. Who can return
We take returns on these conditions:
- The item comes back no later than 14 days after delivery.
- The item is unused and unworn, in its original packaging, with every tag still attached.
- You give proof of purchase, such as the order confirmation or a receipt.
- You start the return by email to mobscey@gmail.com or by WhatsApp on +44 7438 334513.
2. What cannot come back
We give no returns or refunds on:
- Personalized or custom items.
- Discounted products or final sale items.
- Items sent back used or damaged.
3. Refund Process
- When your returned item has reached us and been inspected, we let you know whether your refund is approved or rejected.
- Approved refunds are paid back, within 5-10 business days, to the payment method you used.
- We do not refund shipping costs, unless the return comes from our error (for example a wrong or defective item).
4. Exchanges
Exchanges are free of charge when:
- The item you received was defective or damaged.
- You received the wrong product.
To arrange an exchange, please contact us no more than 3 days after your order arrives.
5. Return Shipping
- Return shipping is paid by the customer, except for a defective or incorrect item.
- We suggest a tracked shipping service. Returns that are lost or not delivered are not our responsibility.
6. Getting in touch
About returns, refunds or anything related to them, please reach us here:
WhatsApp: +44 7438 334513
Email: mobscey@gmail.com""",
                 ("lost or not delivered",)),

    "mircus": ("""Damaged Mirror Refund Policy

We know a product may sometimes fall short of what you hoped, or may arrive damaged. Mircus has policies to make sure you end up happy with your purchase.

Items That Fall Short of What You Expected:

If your purchase does not satisfy you for any reason, you may send the package back, free of any quality problem or damage, at the latest 7 business days after you receive it. The return delivery fee is then yours to pay, and we charge a 10% restocking fee out of the refund. When the package reaches us and we have checked that the mirror is safe and sound, we refund you promptly.

Wrong or Damaged Items: 

Mirrors are fragile, and we cannot promise that none will be damaged on the way. If you receive a damaged item, our customer service team will help you.

When your package arrives, look over the outer packaging carefully. If you see any breakage, take a photo and then open the package with care. If the mirror inside is broken as well, tell our customer service team about it promptly, no later than 3 business days after it arrives.

If you report it later than 3 business days after the package arrives, it may be hard for us to tell who caused the breakage, and you might no longer be eligible for a full refund. We want you to be entirely happy with what you bought, and, going by the condition of the mirror you received, we will decide whether to give a partial refund, a full refund or an exchange. Whatever we decide, you may keep the item.

Please also note that we cannot take returns of:

  • Products that were assembled or installed;
  • Products whose original condition or packaging is lost;
  • Items purchased from a thir""",
               ("eligible for a full refund", "keep the item")),

    "homeorg": ("""Return & Exchange Policy
Our aim is for you to be fully happy with the home storage you buy from us, so we wrote a simple and fair Return & Exchange Policy to make things easy should you need to exchange or return an item. It sets out every requirement, deadline and step for refunds, returns and exchanges, so please read it with care before you start a return or an exchange.
A return is eligible only when the item is unused and unopened, in its original packaging, with every tag, label and accessory intact. You must start the return no later than 30 days after delivery to receive a full refund (shipping costs excluded). We will not accept items that were used, damaged, altered, or sent back without their original packaging, and we may refuse such a return or give a partial refund at our discretion.
To start a return, follow the steps set out on our website. Your order details are needed to create a return authorization, which has to travel inside your returned package. A package that arrives with no valid return authorization may be held up or turned away. When your return authorization is approved, we send you instructions for packing the item and shipping it back.
The customer pays for return shipping, except when the item is defective, was damaged in transit, or was the wrong product. Then the return label is prepaid by us. Please pack returned items securely so they are not damaged on the way; any item damaged while being returned is at your risk.
When your returned item reaches our facility we inspect it (usually within 3-5 business days of its arrival) to confirm that it meets our conditions for returns. If it is approved, your refund is processed within 5-7 business days. Refunds go back to the original payment method u""",
                ("partial refund at our discretion", "damaged while being returned")),
}
