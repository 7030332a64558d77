"""The test50 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "theluggagestore": ("""1. Introduction The Luggage Store LTD cares about the quality of what it sells and about keeping its customers happy. This policy sets out how we handle returns and refunds, so that you know your rights and what we undertake as a supplier.

2. Conditions for a return So that returns can be handled smoothly, please keep to the conditions below:

Time to return: You may send products back within 14 days of receiving your order. This gives you time to check the products and decide, without pressure, whether to keep them.
State of the products: Products must come back in their original condition, that is unused, unmodified and in their original packaging. Products that are damaged or have been used cannot be returned or refunded.
Reasons for a return: We accept returns for these reasons:
Our ordering mistake: If we sent you an incorrect product, we will deal with the return and send you the right product at no extra cost.
A faulty product: If the product is faulty or has a manufacturing defect, we will arrange an exchange or a full refund.
Damage in transit: If the item was damaged on its way to you, please inform us immediately so that we can put it right.

3. How to return To start a return, take these steps:

First contact: Send an email to, or call, our customer service department to ask for a return. Give your order number, the product in question and the reason you are returning it.
Approval of the request: We will give you a returns number and instructions for packing and sending the item. Please follow them to avoid any problems.
Sending the products back: Send the items to the address we give you. Pack them properly so that nothing is damaged on the way.

4. Refund

Time to refund: Once the product has reached us and been checked, we will process your refund within 10 to 14 days. This can vary depending on the payment""",
                        ("inform us immediately",)),

    "xxentix": ("""Thank you for buying outdoor hiking backpacks from our website. To make your shopping experience a good one, we have set out the Refund and Return Policy below. Please read these terms carefully before you ask for a return.
I. When an item can be returned
The product has a quality defect or is clearly different from its description on the site;
You ask for the return within 14 days of receiving the product (the date it was signed for);
The product is still unused and fit to be sold again, with all of its original accessories complete (hang tags, packaging, extra items and so on);
Customized backpacks, or backpacks with special custom features (labelled as such), cannot be returned unless they have a quality defect.
II. About refunds
For a return we have approved, we refund you once the item(s) have come back to us and we have checked their condition;
The refund goes back to your original payment account by the original payment method; how long the money takes to arrive depends on the payment platform;
When the return is because of a quality defect, the refund covers the product price and the standard shipping costs;
When the return is for any other reason, you pay all of the shipping costs and processing fees that come with it.
III. How to return
Contact Customer Service to ask for a return, giving your order number and describing the problem;
Once we have approved your request, we will send you detailed instructions for the return;
You must send the item(s) back within the specified timeframe and give us a valid shipping tracking number;
We refund you after the returned item(s) have reached us and our inspection is finished.
IV. Where to send returns
Returns go to this address:
405 MARCIA ST, REDLANDS, CA 92373
(Please make sure you contact Customer Servic""",
                ("processing fees", "within the specified timeframe")),

    "bagondeals": ("""Handbag Muse Shop is proud to offer fine handbags, footwear and travel accessories to a discerning clientele. We choose every piece with care to meet the highest standards of craft, but we know that now and then a return or exchange is needed.
What We Promise You
Just as we pick only the best materials for our products, we have built a returns process that shows how seriously we take customer service. Your satisfaction matters to us as much as the stitching on our luxury handbags.
Who Can Return or Exchange
For a return or exchange:
- The item must be in its original condition: unused, unworn and with every tag attached
- The original packaging must be intact (dust bags for handbags included)
- You must start the return within 15 days of receiving your order
- You must show a proof of purchase
Items We Cannot Take Back
To keep to hygiene standards and protect our products, these items cannot be returned or exchanged:
- Insoles and accessories (for hygiene reasons)
- Any item that shows wear or damage it did not have when we shipped it
- Products bought in a final sale or clearance event
How Returns and Exchanges Work
Step 1: Ask for a Return
Within 15 days of receiving your order, email our Customer Care team at care@bagondeals.example with these details:
Step 2: Get Authorization
Within 2 business days our team will reply with:
- A return authorization number
- Instructions for shipping
- Anything else we need from you
Step 3: Pack and Send Your Return
Please put in:
- The original packaging (dust bags and protective covers included)
- All tags and authenticity cards
- A copy of your order confirmation or packing slip
Important: We recommend a trackable shipping service and shipping insurance. Handbag Muse Shop is not responsible for return items lost or damaged in transit.
Step 4: How We Handle Your Return
Once we receive and inspe""",
                   ("not responsible for return items lost or damaged in transit",)),

    "walletsandshoes": ("""$ US Dollar
  • Your shopping cart is empty!

Every order our customers place comes with a money-back policy. There are two cases in which you can ask for a refund:

a) You place an order and the parcel does not reach the delivery address in the time-frame given on our website (FedEx and Airmail have different delivery times), or never arrives, or holds items other than those you ordered.

b) You are not happy with how our product worked for you.

In the first case, get in touch with us and we will either send the order again or give you your money back.

In the second case, please get in touch within the first 30 days and ask for a refund. We will refund the money to your credit card, less a $10.00 stocking fee and the shipping price.

Refunds for Cancellation

To cancel an order, contact our customer care and tell them about the cancellation and why you want it. If the reason is found to be genuine, we will approve the cancellation and refund you.

Once the order has shipped, a request to cancel it will be turned down.


Walletsandshoes.com keeps its returns policy clear. If we sent you a wrong or damaged product, we will take the parcel back and arrange a replacement straight away.

If, however, the customer placed an order incorrectly, we may accept or refuse the parcel entirely at our own discretion. Any return charges are for the customer to pay.""",
                        ("does not reach the delivery address in the time-frame",
                         "if the reason is found to be genuine", "placed an order incorrectly")),

    "bunzlileather": ("""Return & Exchange Policy
Thank you for supporting my handmade leather work! I make every belt with care and attention to detail. If your purchase does not fully satisfy you, please read my terms for returns and exchanges below:
- Not worn and not used
- In its original condition, with its tags and packaging
- With no scratches, stains or marks of wear
- Belts made to order or personalized (with initials, a custom size or a special design, for example).
- Items on sale or at a discount.
- Message me on Facebook Messenger within the return period.
- Tell me your order details and why you are returning or exchanging.
- Once I have approved it, send the item back at your own cost.
- After checking it, I will (i) make an exchange or (ii) give you a refund (without the original shipping costs).
- Refunds go to your original payment method within 7–10 business days of the returned item reaching me.
- Shipping fees are not refunded.
- If your belt arrives damaged or defective, message me within 48 hours of delivery with photos and I will send a replacement at no extra cost.
- The item must be unused, unworn and in its original condition.
- Custom or personalized belts cannot be returned.
- Refunds leave out shipping costs and are made within 7–10 business days.
- Damaged or defective items are replaced free of charge.
Who can return or exchange
You may return or exchange an item within 14 days of delivery. The product must be:
Items that cannot be returned
How it works
Refunds
Damaged or defective items
Note: This is a small craft business, and I am grateful for your understanding and fairness. Every belt is made by hand, so small differences in the grain, texture or colour of the leather are part of its character and are not considered defects.""",
                      ("facebook messenger", "not considered defects")),

    "myboots": ("""REFUND POLICY
For every refund, please send us an email.
Every refund is credited to the payment method you first used. If you paid by credit or debit card, we send the refund to the bank that issued the card within 7-10 business days of receiving the returned item or the cancellation request. For questions about when the credit will show on your account, please ask the bank that issued your card. If your return has not yet been credited, this is what to do: get in touch with your bank or credit card company. A refund can take a while to be posted to your account.
Please note that every item returned for a refund must be sent by recorded delivery, and customers must give us proof of postage and the full tracking details to get a full refund for their goods.
Exchanges/Returns:
My Boots does not give refunds, and we offer exchanges ONLY on products that are defective or damaged.
Please email us at shop@myboots.example with your order number and we will reply within 24 to 48 hours.
Returns and exchanges are down to the discretion of the My Boots customer service team.
My Boots values and supports its customers; please be polite to our staff. We will not tolerate verbal or written abuse of any kind, and customers will be refused returns or exchanges should they be abusive in any way. To be clear, My Boots has a zero tolerance rule.
Our customer service team works Monday to Friday, 9am to 4pm UK time.
Please note that our customer service team will be away from 24/12/24 to 26/12/24 and again from 30/12/24 to 02/01/25.
Money Back Guarantee:
The 30 day money back guarantee covers only products that were delivered damaged or defective.
The money back guarantee is subject to My Boots customer service approval.""",
                ("down to the discretion", "refused returns or exchanges should they be abusive",
                 "subject to my boots customer service approval")),

    "sandeez": ("""Returns & Refunds
We want our sandals to make you, and your feet, feel great. If your purchase does not satisfy you completely, just send the sandals back within 30 days and get a full refund. It really is that easy!
How to Send Your Order Back
For a return, the sandals must be in new condition with no sign of wear, damage or alteration, and every tag must still be on them. Please put in a receipt or other proof of purchase. When your item reaches us, we will inspect it and let you know the status of your return within 5 business days.
Shipping
The customer pays for return shipping. If the return comes from a mistake or defect on our side, of course we will put it right: we will gladly pay the return shipping and send you the correct item as fast as we can.
Refunds
Refunds go back to the original method of payment. Expect your refund within 3-4 weeks. That covers the time your return takes to reach us (5-10 business days), the time we take to process it (3-5 business days) and the time your bank takes to process our refund (5-10 business days).
Exchanges
We do not do exchanges. We find it is usually simpler for customers to return an item for a refund and place a new order for the right size or style.
Anything we missed?
If you have a question about returning an item, write to sandy@sandeez.example. We are glad to help!""",
                ("within 3-4 weeks",)),

    "theslippersshop": ("""Returns Policy
Unworn goods can be sent back for a refund within 30 days of receipt. Returned goods must be unworn and in their original packaging, as they arrived.
If you need another size, just return the item for a refund and order the size you need again.
We recommend a tracked service.
The buyer pays the return postage:
Important:
Please send goods back exactly as they came: do not put tape, labels or writing on the shoe box, and do not squash the goods into the box or packaging, or a refurbishment charge of £5 may be taken off your refund.
Faulty goods:
A full refund, on these terms:
- If the goods are faulty, please enclose a note stating the fault.
- PLEASE NOTE: goods that do not fit you are not for that reason 'faulty' or 'not as described'.
- If we examine the returned goods and find them faulty, we will refund the return postage, up to the cost of Royal Mail 2nd class parcel post.
PLEASE NOTE: we do not supply postpaid return labels.
If you need another size, please order it again.
We process refunds within 7 days of receiving the returned goods.
Send returns to:
THE SLIPPERS SHOP 130 Wheatley Lane Road, Barrowford, Nelson, Lancashire, BB9 6QJ
(you must put in your name, address, order number and the reason for the return)""",
                        ("refurbishment charge of £5", "enclose a note stating the fault", "do not fit you",
                         "up to the cost of royal mail 2nd class", "we do not supply postpaid return labels")),

    "cappelleriabertacchi": ("""REFUND AND RETURN POLICY

Refunds

We give refunds on every purchase within 30 days of the original purchase date, on these conditions:

  • The hat must be in its original condition, with no sign of wear or use. We know that trying on a hat indoors is needed to check the fit, so that is fine. Hats that show signs of outdoor use, hair products or makeup, however, count as worn.
  • To keep our return policy as fair and flexible as we can, we use tiers:
    • Perfect condition: full refund
    • Slight signs of wear: partial refund (80% of purchase price)
    • Significant wear: no refund
  • What counts as slight wear (refunded at 80%):
    • A small dent in the crown from trying it on indoors
    • Light creases along the brim from careful handling
    • Faint marks that come off easily without harming the hat
  • What counts as significant wear (not refunded):
    • Sweat stains or makeup marks you can see
    • A hat whose structure has clearly been reshaped
    • Damage to the fabric, such as tears or stains that will not come out
    • Plain signs of use outdoors, such as dirt or fading from the sun
  • We think this lets our customers find the hat that is right for them while keeping our products in good order. If you are unsure about the condition of your return, our customer service team will gladly advise you.
  • The original tag must still be on the hat.
  • The hat must come back with all of its original packaging.
  • Once the returned item has reached us and been inspected, we process your refund within 5-7 business days. The refund goes back to the original payment method used for the purchase.

Exchanges

You can also exchange within 30 days of the original purchase date, on the same conditions as refunds.

Shipping

Please note the following regarding shipping """,
                             ("trying on a hat indoors", "partial refund (80% of purchase price)",
                              "significant wear: no refund")),

    "glovesinc": ("""Returns Policy

GLOVES, INC.

RETURN POLICY

If any item you buy from Gloves, Inc. does not satisfy you completely (other than because of a shipping error, a defect or damage), you can send it back to us within 14 days of the purchase date and get its purchase price refunded. The item must be unused and in its original packaging.

Send the item(s) you are returning, in the original packaging, to: Gloves, Inc, 1950 Collins Blvd., Austell, GA.



  • To protect yourself, we encourage you to send your return by UPS or FedEx if you use a carrier to reach our return center.
  • Retain all copies of your shipping receipt, tracking numbers included, as proof that your return was delivered.
  • We process refunds when the returned item has arrived at our e-commerce return center.
  • Refunds follow your original method of payment. If you paid by credit card, that card is credited. If you paid by check, our Store Support Center will send you a check for your refund.
  • Original shipping charges are not refunded. The customer pays return shipping fees, except when the return comes from an order processing error or the item arrives damaged or defective.
  • With questions, call Customer Service at 770-944-9186 to talk about the return options. Please have your order confirmation or packing slip to hand when you call.

Shipping Errors, Product Defects and Product Damage

For a return or exchange because of a shipping error, a defect or damage, contact our Customer Service Center at 770-944-9186 or service@glovesinc.example within 7 days of receipt. A customer service representative will give you simple instructions for returning the item(s) and for handling the goods properly:

  • Save the carton and all the packing material as well as the item.
  • Have the invoice to hand when you call.
  • A copy of the invo""",
                  ("retain all copies of your shipping receipt", "save the carton and all the packing material")),

    "shopallumbrellas": ("""Returns Terms

Shop All Umbrellas wants you to be fully satisfied with what you buy. If a product does not live up to your expectations once it arrives, we have a set returns process for asking for a return or exchange within a fixed time and on clear terms.

Return Period and Who Qualifies

If you find an item is not right for you, most products can be returned or exchanged within 30 days of delivery. Returns must come back in their original condition with every tag and all packaging intact. Products with signs of use, wear or damage may receive a partial refund or may not be accepted at all, at our discretion.

Starting a Return

To start a return, use our online return portal on shopallumbrellas.example. You will need your order number and the email address you used at checkout. Once your return request is approved, you have 14 business days to send the product back by the shipping method you choose. If you do not ship the return within that time, the return request may be cancelled.

Return Fees and Restocking

On standard returns we charge a restocking and handling fee, taken off your refund. The fee depends on the type of product and covers the work of handling returned items. Exchanges of eligible products do not incur the restocking fee.

Final Sale and Items We Cannot Take Back

Some products are marked Final Sale and cannot be returned or exchanged. They include items called final sale in the product description, clearance, warehouse sale and made-to-order products. Such items cannot be refunded or exchanged once bought.

Damaged or Faulty Products

If your item arrives damaged or you think it has a manufacturing defect, we want to put it right. Please use the return portal and send clear photos of the damage with your return request. After receiving and reviewing your s""",
                         ("may receive a partial refund", "14 business days to send the product back",
                          "restocking and handling fee", "do not incur the restocking fee")),

    "cashmirascarf": ("""1. Return Policy
(I) Time to return
In the EU, you have 14 calendar days from the day you receive your scarf to send it back without giving a reason. The period starts on the day after the product actually reaches you. If the 14th day falls on a public holiday or a non-working day, the period is extended to the next working day.
(II) Conditions for a return
State of the product: Returned products must be new and unused, and fit to be sold again. That means the scarf has no stains, damage or deformation, and all of its original labels and tags are still attached. The original packaging (box, dust bag and so on) must come back intact too. If your scarf came in a fine box with a brand tag, for example, please send these back with it.
Hygiene and health: For hygiene reasons, a scarf that has been worn, or has touched anything that could affect someone else's health (for example, a scarf used by someone allergic to perfume), cannot be returned. This does not cover brief contact during product inspection that does the product no real harm.
(III) How to return
Starting a return: Within the return period, email our customer service team at service@cashmirascarf.example. Give your order number, the style of scarf you bought, why you are returning it (for a return without conditions, no detailed reason is needed) and how to reach you. Our staff will reply within 48 business hours (on working days) to confirm your return.
Packing the product: Once your return is confirmed, put the scarf carefully back in its original packaging, with all accessories (if any), labels and tags intact. Pack it in a sturdy parcel (the original box is best; if it is damaged, use a box of about the same size and strength) so that it is not damaged on the way.
Sending the product back: W""",
                      ("in the eu, you have 14 calendar days", "extended to the next working day",
                       "brief contact during product inspection")),
}
