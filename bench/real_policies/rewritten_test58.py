"""The test58 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "wheelchairempower": ("""Returns / Exchange
Here at Wheelchair Empower we hope you are fully happy with what you bought. If you are not, you can send the product back within 30 days of buying it (Journey Health & Lifestyle products: 21 days) and get the price you paid refunded, less any shipping and handling costs that apply and a restocking fee of as much as 30%, as long as you meet these requirements:
Return Requirements:
- The product has not been used.
- The product comes back in the packaging it was sent in.
- Every part, accessory and piece of paperwork is in the parcel.
Note: We won't accept any item that reaches us more than 30 days after the purchase date.
Return Authorization: Before you send anything back, you have to get a Return Authorization (RA) number. Write to Returns@wheelchairempower.example to ask for an RA number and for instructions on how to send your order back and where to. Please explain in detail why you are returning it.
Note: Products that were customized can't be returned.
Return Shipping: The cost of shipping your item back is yours to pay, and shipping costs are not refunded. Where we or the manufacturer pay for the return shipping, we take that cost off your refund. Please send your product with a carrier that offers tracking, or buy shipping insurance, because any damage on the way is your responsibility. We don't refund products that the carrier loses.
Refunds: When your return has arrived and been inspected, we'll process the refund, crediting the payment method you originally used. Be aware that the manufacturer may take as long as four weeks after receiving it to inspect it, though it usually takes around 7-14 business days.
You will be refunded the full purchase amount less any shipping/handling costs that apply and a restocking fee of as much as 30%.
When five (5) business days have gone by since the email approving your return and you haven't had a ref""",
                          ("journey health & lifestyle products: 21 days",
                           "where we or the manufacturer pay for the return shipping",
                           "we don't refund products that the carrier loses",
                           "when five (5) business days have gone by")),

    "hearupusa": ("""How do I return an item?
Our return policy runs for 15 days: you can ask for a return within 15 days of your item reaching you.
Kala Matthew
Last Update 7 months ago
Important: Rules for Returning Hearing Aids
Hearing aids are medical devices made for the wearer, and they have to be programmed before they are used.
For that reason:
Hearing aids can't be returned once their sealed pack has been opened.
We take them back only for a manufacturing defect or
when the device won't switch ON, and you have to tell us within 15 days.
Before You Ask for a Return
Please check these things first:
Clean the tubes and the earpieces
Put in fresh batteries or charge the device
Make sure the device is switched ON
Make sure it isn't in Telecoil mode
If the trouble goes on, get in touch and we'll help you troubleshoot, or give you a Service Request Number if we approve the return.
Return Conditions
For a return to be accepted:
The item has to be unused and in its original condition, with every accessory
The original packaging and proof of purchase have to come with it
The customer pays the cost of shipping it back
We won't accept items sent back without our approval first
Return Shipping
When we have approved your return, send the product to the address we give you.
We suggest:
Packing the hearing aids safely in bubble wrap
Sending them with a shipping service that is insured and trackable
Holding on to the tracking number
We can't accept devices that are damaged, and we aren't responsible for parcels that get lost.
Refunds
When your item has arrived and we have inspected it, we'll let you know if it is approved.
Once approved, your refund is processed within 10 business days.
Contact Us
For questions about returns, or to ask for one, write to us by email at:
[email protected]
""",
                  ("we take them back only for a manufacturing defect", "please check these things first",
                   "we aren't responsible for parcels that get lost")),

    "newandusedscooters": ("""Refunds and Returns Policy

Our aim is to give our customers mobility scooters of high quality and excellent service. We know a product can sometimes fall short of what you expected or needed. This policy sets out how to send products back and get a refund, so that it goes smoothly and without fuss.

1. General Return Policy

Mobility scooters and accessories can be returned within 30 days of the date you bought them. To be returnable, the item has to be:

  • Unused, in its original condition, and with no damage at all.
  • In its original packaging, with every accessory, manual and document.
  • Sent with valid proof of purchase (the receipt or the order confirmation).

2. Non-Returnable Items

Some items can't be returned, for reasons of health and safety. Among them:

  • Used mobility scooters.
  • Products that were customized or specially ordered.
  • Items where hygiene matters (such as seat covers and cushions) once they have been opened or used.

3. How to Start a Return

To start a return, take these steps:

  1. Get in Touch with Customer Service: Email us at sales@newandusedmobilityscooters.example with your order number, the item you want to send back and why you are returning it.
  2. Get a Return Authorization: Our team will look at your request and give you a Return Authorization Number (RAN), together with instructions for the return.
  3. Pack the Item: Pack the item carefully in its original packaging so it is protected on the way, with every original accessory and document inside.
  4. Send the Item: Send the item to the address in your return instructions. The return shipping is yours to pay, unless the return comes from a mistake of ours (for example we sent the wrong item, or the product is defective).

4. Refund """,
                           ("items where hygiene matters",)),

    "orthoticshop": ("""Returns & Exchanges
Begin a return or an exchange on the Orthotic Shop Happy Returns Portal
Note: if you ordered before 11/18/2023 and can't see your order on the Happy Returns Portal, try the older returns portal.
RETURNS
New items that have not been used, still with every tag the manufacturer put on them and in their original condition, can be returned within 45 days of delivery for a full refund, on the terms set out below. Please send items back in their original product packaging and manufacturer boxes, new and unaltered.
Return Terms
IF THE MISTAKE IS OURS or the item is found to be DEFECTIVE:
If we got something wrong, or the item you received has a defect, we'll give you a postage-paid label so you can send it back at our cost, by the shipping method we pick or approve. Returns that qualify get a refund of the whole purchase price, or the correct item in its place, whichever you prefer. We must be able to confirm the defect.
IF THE MISTAKE IS YOURS OR YOU CHANGE YOUR MIND
If we made no mistake (we sent just what you ordered) and you simply ordered the wrong item or size, don't like the item, or no longer want it:
- You pay the cost of sending the item back to us.
- If you send back with our return label a return that doesn't get free return shipping, we take as much as $10 off the refund.
- >Send returns back with the original box and packing material. If the box has writing on it or comes back unusable or not fit to be sold again, we also take a 20% restocking fee off your return, for the time and cost of getting a new box with the correct markings. This includes return shipping labels stuck on the shoe box or other product packaging.
VIONIC RETURNS
Return shipping is free on Vionic items for customers in the US, and they carry a 30-day comfort guarantee: if you don't like them after wearing them, you can send them back within 30 days and get a full refund""",
                     ("we must be able to confirm the defect", "we take as much as $10 off the refund", "we also take a 20% restocking fee",
                      "return shipping is free on vionic items")),

    "compressionstockings": ("""Returns & Exchanges
Returns Center
Whatever your reason for returning or exchanging your order, we can help. Press the button below to get started. Have your order number and email address ready.
START A RETURNReturns and Reasonable Use
Our return policy is meant to give you flexibility and peace of mind when you shop here. To keep it fair for everyone, though, returns fall under a reasonable use policy. We may review accounts that return unusually often or in ways outside normal buying. In such cases we may limit, refuse or decline return requests as we see fit. We seldom need to do this, and only when returns go beyond reasonable use.
Return Protection
You can add Return Protection to your order at checkout for a small fee of $1.95. It covers every reason for a return (a wrong item, a poor fit, a defect, or simply a change of mind) and lets you send the order back at no extra cost within the usual return window. If you don't have Return Protection, refunds carry a $6.95 fee for the return shipping label.
Return Protection is your choice and has to be picked when you buy. You can't add it once the order is placed.
Returns & Exchanges — Frequently Asked Questions
What is your return policy?
You can return items within 30 days for a full refund, or within 90 days for an exchange or store credit.
Please note these exceptions:
- Some closeout-priced items are FINAL SALE.
- Items in the Supports & Braces category can be returned for up to 14 days after you buy them.
- These product categories can't be returned (Final Sale): Juzo Trend Colors & Prints, Bandages and Padding.
What if my return window has passed?
No. You have to submit the return within 30 days for a full refund, or within 90 days for an exchange or store credit, whether or not the item """,
                             ("accounts that return unusually often", "it covers every reason for a return",
                              "refunds carry a $6.95 fee for the return shipping label",
                              "within 90 days for an exchange or store credit",
                              "can be returned for up to 14 days after you buy them")),

    "cpapsupplies": ("""Return & Refund Policy


We at CPAPsupplies.com want to give you just what you need for the best treatment of your sleep apnea. We know a purchase isn't always right, so our return policy is there to keep you satisfied.
Returns
- For a return to qualify and/or a refund to be processed, the item(s) have to be unopened and in their original packaging.
-
For a return to qualify and/or a refund to be processed, the item(s) have to come back within 30 days of purchase.
- The customer has to get a Return Authorization Number and the return address from CPAPsupplies.com, to confirm that the item(s) are authorized for return (see the "Return Authorizations" section below for how).
- We inspect every returned item when it reaches the CPAPsupplies.com warehouse, to make sure the return is authorized and meets everything this policy asks.
-
The customer pays the cost of shipping the return. You can send your item(s) back with any shipping service you choose.
-
Because our products are medical, an item that has been opened and/or used can't be returned. Please note: OSA devices and CPAP/BiPAP machines count as used once the seal is broken, they have been opened, and/or usage hours have been put on the machine.
-
Opened products can't be authorized for a return or a refund (of any amount) under any circumstances, whether they were used or not. Opened orders sent back without authorization are neither refunded nor sent back to the sender.
-
These criteria follow the return policies that are standard in the industry and don't belong to CPAPsupplies.com alone. They apply to verified sellers of these products.
-
You'll find these terms in the agreement section of checkout, where you can read them before placing your order. When you order, you accept these policy terms, conditions and criteria, and the full Terms & Conditions of CPAPsupplie""",
                     ("osa devices and cpap/bipap machines count as used",
                      "opened orders sent back without authorization")),

    "yhebpdoctor": ("""Return Policy
We want you to be completely satisfied with what you bought. If your blood pressure smartwatch doesn't make you fully happy, you can return or exchange it within 30 days of delivery. Please read the details of our policy below:
1. Who Can Return and Get a Refund
Products have to come back in their original condition, with every accessory, manual and the packaging.
If a product shows any wear or damage, or something is missing, you may get only part of the refund, or the return may be refused.
We need proof of purchase (such as the order number or the receipt) to process a return or exchange.
2. How to Return
Get in Touch: To start a return, email our customer support team at [support@yhebpdoctor.example] with the details of your order and why you are returning it.
Return Authorization: When we approve your request, we'll give you a Return Authorization (RA) number and instructions for the return.
Sending the Product: Send the product back to us with a shipping method that can be tracked. The customer pays the return shipping, unless the product is defective or not the one ordered.
3. How Refunds Work
When your returned item has arrived and been inspected, we'll email you about the status of your refund.
Once approved, the refund goes to your original payment method within 5-7 business days. Be aware that your bank or card company may take more or less time.
4. Exchanges
To exchange your product for a different one, follow the same steps as for a return. When the returned item reaches us, we'll process the exchange and send you the new item. There may be extra shipping fees.
5. Items We Don't Refund
These items can't be returned or refunded:
Products sent back after the 30-day return window.
Products that weren't bought directly from our official store (for example from third-party sellers).
Items marked as final sale or non-refundable when you bought them.
6. Defective or Wrong Items
If you get an item that is defective or not the one you ordered, please get in touch with""",
                    ("you may get only part of the refund, or the return may be refused",
                     "there may be extra shipping fees", "weren't bought directly from our official store")),

    "firstaider": ("""Returns and Refunds Policy


We at Firstaider want above all to make sure you get a product that suits you. To save returns that aren't needed, please talk to a Firstaider consultant. If you aren't fully happy with what you bought, we're glad to take it back and refund you within the 7-day period of our Returns Policy.

RETURNS
Our policy runs for 7 days. If more than 7 days have passed since you bought the item, we are sorry, but we can't give you a refund or an exchange. Be aware that every item returned and ordered carries a 15% handling fee.


You can return most items within 7 days of receiving them for a full refund, if they meet these conditions:

  • The item is returned unused, in its original packaging, at the client's cost.
  • We refund the item's price and any taxes that apply, by the payment method used to buy it.
  • We don't refund shipping costs unless the item comes back because it is damaged or defective. The customer pays for the return shipping.
  • The item has to reach us in its original packaging, in new condition and without damage such as cracks, marks, missing parts or dirt – such as all first aid consumables, First aid kits
    etc.
  • Purchases made in the store: every item has to come back unused within 7 days of the purchase date. You need to show the invoice to return it for a refund or an exchange.
  • For a refund, a replacement or store credit, the item has to reach Firstaider within 7 days.

We won't accept a refund:

  • For any item whose box has been opened.
  • For Oxygen Cylinders.
  • For items sent back more than 7 days after delivery.
  • For items sent back without telling us first.


Clearance (scratch & Dent) Items

Only items bought at the regular price can be refunded; we are sorry, but clearance items can't be.


Exchanges (If Applicable)

We replace items only when they are defective or damaged. If you want to exchange it for the s""",
                   ("purchases made in the store: every item has to come back unused",)),

    "fdicrutches": ("""Returns

Returns

We're proud of what we make and want you to be happy with what you bought. We give a 14-day money-back guarantee, and refunds go to the payment method you originally used. The product has to reach us within 30 calendar days of the day we issue the Return Authorization Number. Every product has to be packed in its original packaging, with all the accessories, manuals and/or documents it came with. Returns that don't meet these conditions may be charged a restocking fee.

Please follow these instructions.

How to Return

  1. Email us here to ask for a Return Authorization Number.
  2. Pack your crutches again and write your Return Authorization Number on the return label.
  3. Please send the parcel back by a prepaid shipping method that is traceable and insured, so it arrives safely and its delivery is recorded. We suggest the US Postal Service's "Parcel Post" with Delivery Confirmation.
  4. When your return reaches us, we'll process your refund/exchange within 1-3 business days. Be aware that we refund only what you paid for the crutches; we don't refund the original shipping charges or any return shipping charges.

 

If the item you want in exchange isn't available, we refund you to your original payment method. An exchange for the same dollar amount as what you first bought costs no extra shipping or handling. We don't refund shipping and handling fees.""",
                    ("may be charged a restocking fee", "if the item you want in exchange isn't available",
                     "an exchange for the same dollar amount")),

    "incontishop": ("""Terms & conditions
Items have to be sent back within 28 days of the delivery date
We can refund only items that are unopened and unused, in their original condition and packaging
We don't accept returns of any hygiene item that has been opened, such as pads, underwear and gloves
Incontishop aims to give our valued customers services of high quality, and to that end we have a cancellation policy.
As our customer you may cancel your order. If you want to, please note that you have to do it before we dispatch it: call +441216616357 to ask for a cancellation. We dispatch every order on time, so please tell us by email or phone within 24 hours of ordering.
NB: Please note that once your order has been dispatched it can't be cancelled, and our return policy applies, with its charges.
If you aren't happy with your product(s) because of suspected damage or any problem caused in transport or on delivery, please tell our customer service team within 48 hours of receiving the product. Call +441216616357 or email us at [email protected].
When your item arrives, we inspect it and send you a notice that your returned item has reached us. The status of your refund is then updated straight away, and if it is approved we start a refund to your original payment method.
If you have questions about our return and refund policy, please get in touch.""",
                    ("any hygiene item that has been opened",)),

    "themassagechair": ("""Returns and Exchanges Terms

How do I return / exchange an item?

If the products are seriously damaged or defective, please get in touch with us (support@TheMassageChair.example or call 646-820-2228) within 7 days of the day you received them. Please see the Return Guide Lines below. We accept every return provided the product is in a condition fit for RESALE. We suggest that you, the buyer, insure the parcel when you send it back.

Attention: TheMassageChair.com has to authorize every returned product. Please email support@TheMassageChair.example or call 646-820-2228 for authorization to return. Every authorized return gets a return merchandise authorization number (RMA). We can't accept any returned product without an RMA#.

Also, before you decide to send products back, please be aware that TheMassageChair.com will certainly turn down the return in any of these cases:

  • Returns sent without the RMA number (Return Merchandise Authorization Number).
  • Returns asked for more than 7 days after the day you received the products.
  • Products that have been opened, used or partly used can't be returned or exchanged to TheMassageChair.com, unless they were already damaged or defective when they reached you.
  • Every returned product has to be in its original condition and packaging, and we can't take back products that have been assembled or modified.

Massage chairs: 30-day return policy:

For a massage chair, the 30 days for returning it count from the product's delivery date. We don't take merchandise back once those 30 days are over. You need an RMA (Return Merchandise Authorization) number; a returned chair carries a 20% re-stocking fee, and you pay both the original delivery and the return shipping charges; a returned chair that isn't in its original condition with all its parts is shipped back to you and carries a further 15% handling""",
                        ("massage chairs: 30-day return policy", "a returned chair carries a 20% re-stocking fee",
                         "you pay both the original delivery and the return shipping charges",
                         "a further 15% handling")),

    "ihealthtran": ("""We are fully committed to giving our customers the best service we can and to offering only safe, dependable medications of high quality. We always try to make sure our customers are completely satisfied with what we do. Still, we understand that you may sometimes want to send back or exchange goods bought from us, or get a refund if they don't match what was stated.

We want returns and refunds to go as smoothly and easily as possible for you and for us, so we have set out the policies and procedures below, which say when and how you can send goods back to us.

  • The goods delivered to you are not the goods you ordered.

If, unusually, you receive the wrong order, we will refund you in full or replace the wrong medications with the right ones. For that, please get in touch with our customer support team as soon as you can, and within 7 days of that delivery; our managers will help you make a return request and ask for a full refund or an exchange of the goods.

We don't expect items you send back to be as good as new, but we do expect them back in the best condition they can be. Please also send the products back in their original package, if they came in one.

  • The goods delivered to you were faulty, damaged or expired

Very rarely, customers may receive what they ordered faulty, damaged or otherwise not in proper condition. If that happens, please get in touch with our customer support service within 7 days of receiving the goods. We will ask you to describe the state of the goods delivered and to give some details of your order. We can put such a problem right in a few ways, depending on the situation, the kind of goods you ordered, the manufacturer's policy,""",
                    ()),
}
