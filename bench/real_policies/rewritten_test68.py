"""The test68 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "golfnutt": ("""Shipping, Refunds, Returns and Exchanges
Shipping
Every order ships for one flat price of $8.99, sent by UPS Ground, so it should reach you in five business days or fewer. If you need it faster, ring our toll-free number or write to info@golfnutt.com and we will tell you what the quicker delivery would cost. Refunds When your return has arrived and we have inspected it, we will send you an email saying it has reached us. We will also let you know whether your refund has been approved or turned down. If it is approved, we process the refund, and the credit goes automatically onto your credit card or other original method of payment within a certain number of days.
Partial refunds (if applicable): In some situations only partial refunds are granted, for example: • Book(s) that clearly show use • A CD, DVD, VHS tape, piece of software, video game or piece of equipment that has been opened and can no longer be sold as NEW. • Any item that is not in its original condition, is damaged, or has parts missing for reasons that are not our error. • Any item sent back more than 30 days after delivery
Late or missing refunds (if applicable): If your refund has not come through, look at your bank account first, then get in touch with your credit card company, as a refund can take some time to be posted. After that, ask your bank, since there is often a processing period before a refund shows. If you have done all of this and still have no refund, please write to us at info[at]golfnutt.com.
Sale items (if applicable): For sale items we give store credit only. |
Returns and Exchanges
Everything at Golfnutt.com carries a 100% satisfaction guarantee. If your order does not fully please you when it arrives, we will give your money back or exchange any item. COD's are not accepted. Sale items can be refunded as store credit only. The customer is responsibl""",
                 ("only partial refunds are granted", "more than 30 days after delivery", "store credit only",
                  "cod's are not accepted")),

    "tennispoint": ("""Return and Exchange Policy
RETURN AND EXCHANGE POLICY
Returns and Exchanges in General
- Products that are unused and unworn can be sent back within 60 days of receiving the order for a full refund.
- We WILL NOT TAKE BACK any item(s) that reach us more than 60 days after the day they were received.
- Please put a copy of your original invoice in the parcel, with a note giving the reason for the return or exchange. Items returned without an invoice will only be eligible for store credit, as Tennis-Point decides.
- To make things easy we have packed 1 return label with your order (valid in continental U.S. only). A return sent with this label costs you nothing as long as the remaining order balance stays above $69.95. If it falls below that, a $6.95 charge is taken off when your credit is processed.
Returning and Exchanging Shoes
- SHOES HAVE TO COME BACK IN THE ORIGINAL MANUFACTURER'S BOX, BRAND NEW, JUST AS THEY REACHED YOU (NO TAPE OR SHIPPING LABELS STUCK ON THE BOX).
- Sending back 3+ shoes in one shipment may cost you return shipping fees.
- Before you send shoes back to Tennis-Point, check that they show absolutely no sign of wear or use (lint, fuzz, debris or hair, for example).
Returning and Exchanging Racquets
- RACQUETS MUST BE RETURNED IN BRAND NEW CONDITION
- A racquet that comes back unused (no ball fuzz, no scrapes on the frame or the grommets, the plastic still on the handle) gets a full refund (excluding string).
- Tennis-Point will NOT accept used racquets for return; a used racquet is posted back to the customer. The customer pays the shipping cost of any used product and of sending it back again.
Returning and Exchanging Apparel
- APPAREL MUST BE RETURNED IN BRAND NEW CONDITION, WITH EVERY TAG STILL ON. What you send back cannot be washed or worn. The maker gives NO warranty on apparel items.
- Items sent back that do not follow these rules will be either returned to the customer, or issued a Tennis-Point store credit, as Tennis-Point decides. All sh""",
                    ("without an invoice will only be eligible for store credit", "valid in continental u.s. only",
                     "remaining order balance", "$6.95 charge", "original manufacturer's box", "3+ shoes",
                     "absolutely no sign of wear", "racquets must be returned in brand new condition",
                     "excluding string", "will not accept used racquets", "shipping cost of any used product",
                     "apparel must be returned in brand new condition", "cannot be washed or worn",
                     "returned to the customer, or issued")),

    "atozadvert": ("""Return Policy
Fish Gear wants you to be fully happy with every fishing product you buy from us. If your order leaves you unsatisfied for any reason, our return policy is simple and meant to make the process as easy as it can be.
Who Can Return:
-
Time limit: You can start a return up to 30 days after the date you bought the item.
-
Condition: Every item has to come back in its original condition, unused and unaltered, with all of its tags, labels and packaging intact.
How to Return:
To send a product back, take these steps:
-
Write to Us: Email our support team at customer.support@fishgear.com with "Return Request - [Your Order Number]" as the subject. In the email, tell us:
-
your full name
-
the order number
-
which item(s) you are returning
-
why you are returning them
-
-
Authorization: Once your email reaches us, our support team looks at the request. If the return qualifies, we send you a Return Authorization (RA) number and tell you what to do next.
-
Pack and Send: Put the item(s) in their original packaging, or in a shipping box that suits them, and pack them securely. Put in a copy of the packing slip or a note with your RA number. Send the parcel to the address our support team gives you.
Shipping the Return:
You pay for the return shipping unless the item comes back because of a mistake of ours or because it is defective. We suggest a shipping method you can track, so that your return gets to us safely.
Refund or Exchange:
Once the returned item(s) have arrived and been inspected, we deal with your request like this:
- Refund: If you asked for a refund, what you paid (less any applicable shipping fees) goes back to the payment method you bought with. Processing the refund can take as long as 10 business days.
- Exchange: If you asked for an exchange for another size or item""",
                   ("a note with your ra number",)),

    "snowshine": ("""SHIPPING AND RETURNS

Shipping Costs, Duty and Other Taxes
We ship to every country free of charge. The customer pays duty and other taxes at the local state, province and national rates. With any question, email customer service at info@snowshinesports.com

 

Returns and Exchanges

Thank you for buying from us; we want you to be pleased with your order. If any item leaves you unsatisfied, whatever the reason, you can send it back for a full refund (less the original shipping costs you paid).

You can ask for an exchange: send the product back and get a new similar product of equal or lesser value in its place (sending the original item back is at your cost; the new item will be shipped at no cost to you).

Every return has to include the original packing slip. We cannot process a return without it.

Clearance and sale items are all final! To start a return or exchange, email us at info@snowshinesports.com, putting the order number and the name on the order in the subject line, and tell us why you want to return or exchange. We will then email you the address to send the product(s) to. When your return or exchange reaches us, we will send you an email to confirm it.

Return requests have to reach us within 30 days of receiving your order. Before posting anything, write to customer service at info@snowshinesports.com if your return or exchange lies outside this return window.

Every returned item has to be in its original form (not worn, altered or washed), with all of its original tags/labels still attached. We may refuse a return if an item shows any sign of wear, alteration, misuse or damage. We can take back only items bought at snowshinesports.com.

PLEASE NOTE: Gift cards, and health and personal care items, cannot be refunded once bought. Sending items back to Snowshine Sports may be at the customer's own cost.

Refunds (if applicable)

Once you""",
                  ("new item will be shipped at no cost to you", "outside this return window")),

    "satyayogamat": ("""Refund policy
Returns
Who Can Return
You can send your purchase back within 30 days of the day it was delivered, if it meets these conditions:
- The item is unused and unworn, in its original condition, and in its original packaging.
- We need proof of purchase or the order confirmation to process the return.
Items We Cannot Take Back
Some items cannot be returned, namely:
- Gift cards
- Items marked "final sale"
- Products that were customized or personalized
Starting a Return
To start a return, email our Customer Support team at contact@satyayogamat.com with your order number and the reason for the return, and we will send you instructions.
Paying for Return Shipping
- Your Cost: The customer pays the return shipping unless the product arrived damaged or defective.
- Shipping Label: A pre-paid shipping label may be provided upon request, but what it costs is then taken off your refund.
Checking the Item
When the return reaches us, our team inspects the item. An item that meets our return requirements is refunded to your original payment method within 7-10 business days.
Refunds
How Refunds Are Made
An approved refund goes back to the payment method you used at checkout. Depending on your payment provider, your statement may show it only 7-10 business days later.
Refused Refunds
We may refuse a refund when an item does not meet our return criteria (for example, it shows signs of use or its packaging is missing).
Exchanges
Who Can Exchange
You have 30 days from delivery to exchange an item. An item you exchange must be:
- In its original condition and packaging, and unused.
- Sent with proof of purchase or the order confirmation.
How to Exchange
To ask for an exchange, email our Customer Support team at contact@satyayogamat.com with your order number and the details of the exchange you want. If the requested item is out of stock, we will offer alt""",
                     ("pre-paid shipping label may be provided upon request", "if the requested item is out of stock")),

    "xiaocredit": ("""Home Workout Gear wants you to be completely happy with what you buy. If your order does not please you for any reason, our return policy is flexible and keeps the whole process as easy as we can make it.
When You Can Return
Time limit: Any item can be sent back within 30 days of its arrival.
Condition: The product must be as you got it, in its original condition: unused, and with all of its original packaging and accessories.
Proof of purchase: Every return needs a valid receipt or other proof of purchase.
Items That Cannot Be Returned
Some items cannot be returned, among them:
- Products the customer has used or damaged.
- Items marked final sale or clearance.
- Gift cards and promotional vouchers.
Starting a Return
Write to Us: Email our customer service team at [email protected] with your order number and why you are returning the item.
Authorization: After we have reviewed your return request, we send you a return authorization and instructions for sending the item back.
Shipping: You pay the return shipping unless the item comes back because of a product defect or an error of ours.
Refunds
When the returned item has reached us and been inspected, we will let you know whether your refund is approved or rejected.
Once it is approved, the refund is processed and credited automatically to your original method of payment within 7-10 business days.
Exchanges
To swap an item for another size or product, please send it back by following the steps above and place a new order for the item you want instead.
Damaged or Defective Items
If a product reaches you damaged or defective, please get in touch straight away. At no extra cost to you, we will replace it or refund it in full.""",
                   ()),

    "bjjsportswear": ("""Our Return Policy

We want every purchase to leave you fully satisfied. Any item that is unused and resalable can come back to us within 60 days of the purchase date, and we are glad to take it. A problem with size, fit or design, or simply a change of mind: either way, returning is easy.

Starting a Return

Returning your items is simple. Log into your account and start the refund from your dashboard. A return is possible only for the original purchaser, who must give an order number or the email address linked to the account.

Refunds

We typically process a refund within 2 business days of receiving the returned items and checking their condition. The refund is paid less any fees that apply. Please be aware that no item can be refunded unless it is in brand new, resalable condition (it cannot, for example, be worn, washed, dirty or missing its original packaging).

Return Fees

  • No Fee: unopened products still sealed in their original packaging come back with no processing or restocking fee. The same goes for exchanges, and for returns caused by a mistake of ours.
  • 10% Processing Fee: every other return, and every cancellation, carries a 10% processing fee. That includes orders in which multiple sizes or colors of the same item were bought to see which one suits, since this keeps stock away from other customers. The fee pays for new packaging and the work of making the item resalable again.
  • Shipping Costs: the original shipping costs are not refunded and are taken off the amount of your refund.

Return Shipping

The customer pays the shipping costs of every return. Should we send you a return label to make things easier, the cost of the label will be deducted from what we refund. For exchanges, the customer pays both for shipping the original item back to us and for the shipping cost of the new item.

Items That Can Be Returned

  • Item""",
                      ("original purchaser", "unopened products still sealed", "10% processing fee",
                       "multiple sizes or colors", "cost of the label will be deducted", "shipping cost of the new item")),

    "archeryproset": ("""ArcheryPro Shop stands behind its precision archery equipment with the same care it puts into making tournament-grade tools. If something you bought does not live up to what you expected, our simple returns process settles it quickly.

Return Period

Most items can be returned or exchanged within 15 days of delivery. The item has to be in its original condition, unused, with all of its packaging and accessories.

Items We Cannot Take Back

These pieces of professional archery equipment cannot come back, for reasons of hygiene and safety:

  • Bow press accessories (used to tune equipment)
  • Bow stringers (they may have been stretched)
  • Nock and D-loop pliers (treated as personal tools)
  • Custom-made 3D targets and inserts

How to Return

Step 1: Start Your Return

Email our returns team at [email protected] and tell us:

  • your order number
  • the item(s) you are sending back
  • why you are returning them
  • whether you would like an exchange or a refund

Step 2: Get Authorization

We email you the following within 24 business hours:

  • a Return Authorization Number (RMA)
  • a prepaid return label (for US customers)
  • instructions for returns from abroad (where needed)

Step 3: Pack and Ship

Use the original packaging and pack your archery equipment securely. Put in every component (sight tapes, Allen wrenches and so on). Affix the RMA number where it can be seen clearly on the parcel.

Step 4: Processing

Once your return reaches us, give us 3-5 business days to process it. We will email you a confirmation when it is done.

Refund Timeline

Once a return is approved, we process its refund within 3 business days:

  • Credit card/PayPal: it then takes 5-10 business days to show on your statement
  • Original shipping costs: not refunded (unless the item is defective)
  • Restocking fee: 15% for opened but unused bow tuning tools

How Exchanges Work

For exchanges of archery targets or bow technician tools:

  1. Follow the usual return steps
  2. Name the replacement item you want in your email
  3. We""",
                      ("prepaid return label", "affix the rma number", "opened but unused bow tuning tools",
                       "exchanges of archery targets or bow technician tools")),

    "campgear": ("""Refund Policy
Last Updated: 01 March, 2024
CampGear wants you to be fully happy with what you buy. If you are not, whatever the reason, our refund policy is easy to use for 3 days after your order reaches you.
Refund Conditions:
- An item can only be refunded if it is unused, in its original packaging and in the condition in which you received it.
- Refunds go back to the original payment method.
Asking for a Refund:
To ask for a refund, email our customer support team at admin@campgear.online with your order number and a short explanation of why you want the refund. We will take you through the steps.
Items That Cannot Be Refunded:
We try to give every customer the best service and products we can. Even so, some items may be marked non-refundable because of what they are or the circumstances of the sale. Here is why an item may come under a non-refundable policy:
1. Customized and Personalized Items: An item customized or personalized to the customer's own specifications may not qualify for a refund. Because it is one of a kind, it is hard to sell or reuse for anybody else.
2. Hygiene and Safety: Products bought for personal hygiene, safety or health, such as some camping gear or consumables, may come under a non-refundable policy to protect the health and safety of every customer. This follows industry standards and regulations.
3. Clearance and Final Sale Items: From time to time we hold special promotions or clearance sales on certain items. During these, items may be marked non-refundable so that deeply discounted or discontinued products are not sent back.
4. Limited Edition and Exclusive Items: An item from a limited edition or an exclusive collection may be non-refundable, because it is so scarce that replacing or exchanging it is hard.
We know that circumstances differ, a""",
                 ()),

    "shoesfinishline": ("""Run Walk Shop wants you to be fully satisfied with the performance footwear you buy. If an item needs to be returned or exchanged, our simple process keeps it easy for our active customers.

Our Return Policy

Most items can be sent back within 15 days of delivery for a refund or an exchange, as long as they are unworn, unwashed and in original condition, with the tags still attached. Please note:

Items We Cannot Take Back: For hygiene and safety reasons, we do not accept returns of:
  • Worn footwear (running shoes, hiking boots and cleats among them)
  • Customized items and special orders
  • Clearance merchandise marked "final sale"

How to Start a Return or Exchange

Step 1: Send Your Request

Email our customer service team at [email protected] with these details:

Subject: Return/Exchange Request – Order #[Your Order Number] Hello Run Walk Shop Team, I would like to [return/exchange] an item from my recent order (#[Your Order Number]). About the product: – Product name: [e.g., Trail Running Shoes] – Size: [Your Size] – Why I am sending it back: [Fit/Quality/Other] – What I would like: [Refund/Exchange for Size ___] Please send me the return instructions. Kind regards, [Your Full Name] [Your Contact Information]

Step 2: Pack Your Items

Once your request is approved, pack the items securely in their original box, with all tags and packing materials. Add a copy of your order confirmation or packing slip.

Step 3: Send Your Return

Post your return parcel to:

Run Walk Shop Returns
6045 Camelot Court
Montgomery, US 36117

Return Shipping: you pay the return shipping unless the return is caused by an error of ours. We suggest a shipping service you can track.

How Refunds Are Processed

After your return has arrived and been inspected:

  • Timing: we process your refund in 3-5 business days
  • Method: the money goes back to your original payment method (Visa, MasterCard, JCB or PayPal)
  • Notific""",
                        ()),

    "ukswimgear": ("""Swimming Gear Shop wants you to be entirely happy with your performance swimwear and training equipment. If something you bought does not please you, our clear returns and exchanges policy makes the process easy for racing swimmers and fitness swimmers alike.
Our Returns Policy
Returns are accepted within 15 days of your order reaching you. To qualify for a return:
- Every item has to be unused, with all of its tags on, in its original packaging
- You need proof of purchase (your order number or receipt)
- A few items cannot come back for hygiene reasons (listed below)
Items We Cannot Take Back
For hygiene reasons, we do not accept returns of these products:
- Bikini bottoms and tops
- Briefs
- Swimsuits
- Prescription goggles (these are custom-made)
These exceptions are normal practice in the swimwear trade and protect all of our customers.
How to Return an Item
Follow these simple steps for your return or exchange:
- Contact Us: Within 15 days of your order reaching you, send your return request to [email protected]. The template below speeds things up.
- Wait for Approval: Within 2 business days our team will reply with a return authorization and instructions.
- Pack Your Item: Pack the item securely in its original packaging, with every tag still attached.
- Send Your Return: Post the parcel to our warehouse; its address comes in your return authorization email. We suggest a shipping service you can track.
Paying for Return Shipping
The customer pays for return shipping unless the item arrived damaged or was the wrong one. On international returns, customs fees or import taxes are non-refundable.
How Refunds Work
After your return has arrived and been inspected:
- We process your refund within 5 business days
- The refund goes to your original payment method (Visa, MasterCard, JCB or PayPal)
- The refund may need 3-10 business days to show in your account, depending on your fin""",
                   ("customs fees or import taxes are non-refundable",)),

    "shopsurf": ("""
We want your shopping with us to be excellent from the first click to the last!
Shop.Surf stands behind its customers' satisfaction.
If any merchandise you receive does not make you happy, whatever the reason, just send it back within 30 days, in the condition you received it, for a full refund or a store credit that never expires. From day 31 up to 90 days we will issue a store credit. A refund or store credit may not be available for some final sale and non-refundable items.
To send a return, put your completed packing slip form in the parcel, remove or cover the original shipping label, and seal the parcel securely with tape. Return shipping is not paid by us; when you exchange an item, though, we pay for shipping the new item to you.
Please post your return parcel, with the packing slip inside, to this address:
Order # ___
Shop.Surf Returns Department
1126 Soquel Ave
Santa Cruz, CA 95062
To be safe, we suggest insuring the parcel against loss and keeping its tracking number. Shop.Surf cannot accept COD deliveries. A return that never reaches us is the customer's loss: we are not responsible for customer returns that are not received.
How Long Returns Take
Most returns are processed on the very day the item reaches us. When you exchange an item, we will usually ship the new item same-day as well. For refunds, once your credit has been applied it may take up to ten (10) business days to post to your account, depending on your credit card company.
Return Terms and Conditions
Everything sent back for a refund or an exchange has to come back in its original condition with the tags attached. Please make sure returned clothing is free from marks, stains and rips, since clothing that arrives damaged may not be accepted for return (unless it is faulty). Boxed/Packaged Goods: when you return boxed or packaged goods, please pack the item inside a satchel and stick nothing to the outside of the original packaging. Should the packaging be marked or in unsatisfactory cond""",
                 ("up to 90 days we will issue a store credit", "remove or cover the original shipping label",
                  "shipping the new item to you", "cannot accept cod deliveries",
                  "not responsible for customer returns that are not received", "ship the new item same-day",
                  "free from marks, stains and rips", "pack the item inside a satchel", "should the packaging be marked")),
}
