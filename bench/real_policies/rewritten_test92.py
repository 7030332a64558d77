"""The test92 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "dogpetcollar": ("""At dogpetcollar, you and your four-legged companions matter to us. Should your purchase leave you less than fully happy, we are ready to help.
1. Returns
-
Most items that are new, unused and unopened can come back to us within usually 4 or 5 of delivery, to be refunded in full or exchanged.
-
For a return to qualify, the item has to:
-
Be unused, and still in the condition in which you received it.
-
Come in its original packaging together with every tag, manual and accessory.
-
-
Some products, such as perishable pet food, treats that have been opened, grooming products and custom-made items, cannot come back because of health and safety rules.
2. Refunds
-
When your returned item has arrived and been inspected, we will let you know by email.
-
Once the return is approved, we process your refund within [3 business days], and the credit goes automatically to the payment method you first used.
-
We do not refund shipping fees, except where the return results from a mistake of ours (for example, the wrong item was sent, or the product was damaged).
3. Exchanges
-
Items are replaced only when they are defective or damaged.
-
Should you need an exchange for the same product, email your order details to info@dogpetcollar.example.
4. Damaged or Incorrect Items
-
Should your order be damaged when it arrives, or the product you got be the wrong one, get in touch within 2 days of delivery.
-
Send us pictures showing the damaged or incorrect item so that the replacement can be handled fast.
5. How to Return an Item
-
Email us at @dogpetcollar.example with your order number and the reason you are sending the item back.
-
You will get shipping instructions and a Return Authorization from us.
-
Send the item to the address we give you. For your own safety, please choose a shipping service with tracking.
6. Contact Us
Questions about this Return & Refund Policy? Please get in touch with us:""",
                     ()),

    "ahppet": ("""Orders over $100 ship free the same day
Delivered in 1-2 days
Visit our store

Returns and Exchanges

Our Return and Exchange Policy

Most items* can be returned or exchanged within 30 days of receiving your order, to be exchanged or given a full refund, as long as they are still in their original packaging and in new, re-salable condition.

Returned items may be charged a 15% restocking fee, and that fee is always applied to items shipped to you directly by the manufacturer.

We do not refund shipping charges. Return shipping fees are refunded only in these cases:

  • a defect from the manufacturer
  • items sent in error
  • a damaged product sent out
  • items damaged on the way to you

Should one of these apply to what you are returning, please get in touch with Customer Service for help. For items damaged in transit, Customer Service will decide what to do depending on how bad the damage is. You must retain all packaging so that a claim with the carrier can be filed. Because claims for shipping damage are time sensitive, we ask you to phone our Customer Service team within 2 days of receipt if your merchandise arrives damaged or defective.

Items We Cannot Take Back:

  • toys that have been used or chewed
  • topical flea and tick treatments
  • holiday items, which cannot come back after the holiday or season they were bought for
  • after 7 days of receipt, items covered by a manufacturer's warranty can no longer be returned or exchanged

*Returns of Drop-Shipped Items

Drop-shipped items travel to you straight from the manufacturer, and our website marks them as such. Among them may be many of our breed-specific items, our dryers and our larger grooming accessories. Most of these are either non-returnable or carry a restocking fee. For details on returning a drop-shipped item, please ask our Customer Service department.

Dryers, Clippers, Grooming Tables and Crates are among the many products we distribute that come with a warranty from the manufacturer. You will need t""",
               ("shipped to you directly", "retain all packaging", "after the holiday or season", "after 7 days of receipt",
                "either non-returnable")),

    "mybirdcage": ("""Return Policy

Want to return or exchange your product?

- Every product has to be inspected when it is delivered. If there is damage, or the item you receive is defective or broken, email us straight away at admin@mybirdcage.example. Should the box look crushed, or if the box has visible damage, mark the receipt "Received Damaged". Do not refuse the shipment, whatever the circumstances. Open the box and check everything inside carefully. Tell us about any parts that are missing or damaged, and we will handle it from that point. After a product is accepted in good condition, any damage is the customer's: the customer assumes all responsibility for it.

- A defective product is replaced at no cost to the customer. You have to tell us within 7 days of delivery. If you would rather not have a replacement, the return policy below applies instead:
Any product may be returned unused and in its original packaging. Such returns are accepted once you have contacted us for instructions within 7 days of delivery. They are refunded less all shipping charges, and a 20% restocking fee is taken for items that are not damaged.""",
                   ("box has visible damage", "do not refuse the shipment", "customer assumes all responsibility")),

    "reptizoo": ("""WARRANTY POLICY

Customers who bought from the official Reptizoo website, https://reptizoo.example/, are covered by our warranty policy, so after your item arrives you may ask for a return or refund under certain conditions.

EXCLUSIONS

  • Damage resulting from accident, misuse, abuse or a lack of reasonable care; from using the product with any electrical service other than the one specified, or in any way other than its normal and ordinary use; from putting it in abnormal working conditions; or any other fault that does not come from defects of material or workmanship.
  • Damage resulting from modification, tampering, or an attempt at repair by anyone except the Company.
  • Transfer of product ownership to anyone other than the first consumer who bought it.

 

CANCEL OR CHANGE AN ORDER

1. To cancel an order, email our customer service within 12H of placing it on our website. An online message cancellation is not counted as official notice.
Customer service will cancel or change the order for you within 12H of receiving your email. Email is not answered instantly, so by the time we handle your email within those 12H, your order may already have shipped. If so, we apologise, but we can no longer cancel or change it. Please check your order details with care before you place it.

2. Once more than 12 hours have passed since you ordered, note that we CANNOT cancel or change the order any more. In that case, wait for the parcel to arrive; you can then keep it, or get in touch with us to send it back for a refund.

3. Do not send back or drop off the parcel yourself using the sender's address. A product returned without our acceptance will not be refunded.

4. If you want a return, email us within 30 days after your REPTIZOO delivery arrives.


Note: before you send anything back, you must contact us by email first and obtain our written approval. A product returned without acceptance will""",
                 ("resulting from accident, misuse, abuse", "resulting from modification, tampering", "transfer of product",
                  "online message cancellation")),

    "dogtoysshop": ("""Dog Toys Shop wants you to be fully happy with what you buy. If an item disappoints you, our return policy runs for 14 days: you have 14 days, counted from the date of delivery, to ask for a return.
Eligibility for Returns
A returned item qualifies only if it is unused, unworn and in its original condition, with its tags still on, and in its original packaging. Proof of purchase (a receipt, for example) is needed before we can process the return.
To start a return, write to us at hello@dogtoysshop.example.
Damaged or Incorrect Items
Please look over your order the moment it reaches you. Should you find damage or a defect, or should you have received the wrong item, contact us right away so that we can sort it out quickly.
Non-Returnable Items
For reasons of health and safety, some items cannot come back just because you changed your mind. The product page will say clearly which items these are. Questions about a particular product are always welcome. Gift cards and sale items cannot be returned.
Exchanges
To exchange an item, we suggest that you first return the original product. Once the return has been approved, you can order the item you want instead.
Refund Process
When your return has arrived and been inspected, we will tell you what is happening with your refund. If it is approved, within 10 business days the refund goes to your original payment method. Your bank or payment provider may need more time to complete it.
If your refund was approved more than 15 business days ago and it still has not reached you, email hello@dogtoysshop.example for help.""",
                    ()),

    "petcarrierstore": ("""Refunds & Returns Policy

The Refunds & Returns Policy of Pet Carrier Store

Thanks for choosing Pet Carrier Store. We want to offer you products of high quality and to make sure you are satisfied. Please read this Refunds & Returns Policy with care so that you know how we handle refunds and returns.

Order Processing:

  1. Order Cut-off Time:
    • We process orders on the same day if they are placed before 17:00 Pacific Standard Time (GMT-08:00, Los Angeles).
  2. Handling Time:
    • Preparing and sending out your order usually takes us between 0 and 5 days.
  3. Total Delivery Time:
    • Delivery is expected to take 5 to 21 working days in total. This can change with the destination, customs clearance and similar factors.

Refund Eligibility:

We work hard to make shopping with us smooth and pleasant. Even so, in some particular cases we give no refund:

  1. Incorrect Shipping Address:
    • If your order does not arrive for reasons you control, for example an incorrect or incomplete shipping address, we give no refund. Please check your shipping details again before you finish your purchase.
  2. Exceptional Circumstances:
    • Orders that fail to arrive because of exceptional circumstances beyond our control cannot be refunded. Such circumstances include, among others, delays in customs clearance, natural disasters and any unexpected events that disturb normal delivery.

Returns:

Should the product you receive be damaged or defective, let our customer service team know within seven (7) days after your order reaches you. To process the return, we may ask for photos showing the damage or defect.

How to Start a Refund or Return:

  1. Contact Customer Service:
    • To start a refund or return, get in touch with our customer service team at support[@]petca""",
                        ("incorrect or incomplete shipping address", "exceptional circumstances beyond our control")),

    "totalpets4u": ("""How Can I Send an Item Back?
To return an item, you have to email [email protected]
We cannot refund any product that has been used, shows heavy wear, is dirty or has pet hair on it, any dog fence wire taken off the spool, dog fence flags that have been used, or anything else showing signs of long use. Because of health and sanitation concerns, Spotty Training Place and Doggie Dooley products cannot be refunded once used or opened.

Some of our products go out straight from the maker. For a product that was shipped directly from the manufacturer, you will get the address for its return from us. If you send such items to us instead, we charge you the cost of sending the item(s) on to the manufacturer
Returns have to go with a reputable carrier (UPS, USPS or FedEx, for example) and have to carry a tracking number.

Put These in With Your Return:

A copy of the original invoice or the packing slip

Your RMA number, marked on the outside of the box

Send it to the address we gave you

A return that comes without its RMA number and invoice copy incurs a 10% return fee. Refused / Return To Sender: if you, or the customer you ship to, refuse delivery of an order or mark it return to sender, both the original shipping fee and the return shipping cost are charged to you, plus a 10% restocking fee.

Your refund/credit memo should reach you within two weeks after your package is handed to the return shipper, and often sooner. That period covers the time the return takes to reach us (5 to 10 business days) plus the time we need to process it after it arrives (3 to 5 business days). Once your return has arrived and been processed, we will e-mail you about your refund/credit memo.
We may change our return policies and procedures without notice.""",
                    ("spotty training place", "shipped directly from the manufacturer", "charge you the cost", "10% return fee",
                     "refuse delivery of an order", "within two weeks", "on the outside of the box")),

    "cozycatfurniture": ("""Home > Return Policy

Return Policy


We replace units that are incorrect or defective. Returns made for any other reason carry a 10-20% restocking fee (the manufacturers charge that fee to us).

  • Used items CANNOT be returned.
  • We issue NO credit for products that are damaged or used. No exceptions.
  • The item you return must be in resellable condition, together with its original box and packing materials.
  • Pack and insure returns properly, the same way they came to you.
  • We do NOT refund shipping fees.
  • Return shipping costs are paid by the buyer.
  • Credit is issued once we have inspected the product and the requirements above are met.

Report any wrong or defective item within 7 days of receipt, and send the item back within 14 days of receipt. There are NO EXCEPTIONS.

Email us at support@cozycatfurniture.example for return instructions and a return authorization number.


Attention: a return that comes back with no return authorization number is subject to 30% restocking fees. We ask you NOT to send any items back to us directly.


For any other questions or comments about our Return Policy, email support@cozycatfurniture.example.

Thank you!""",
                         ("10-20% restocking fee", "subject to 30% restocking fees")),

    "petdoorusa": ("""Return Policy
Within 14 days from receipt, items can be exchanged, or returned for their full credit.
Shipping charges are not refunded unless the item we sent you was incorrect. When returned items arrive, Pet Door USA may refuse a refund if the merchandise is damaged and/or does not satisfy what our return policy requires.
Neither Custom orders nor Final Sale items can ever be returned or exchanged.
We issue a credit for the purchase price of the item returned or exchanged, as long as it is unused, in its original packaging, and in its original condition.
Please send your Return or Exchange with a shipping method that can be traced (UPS, FEDEX or Insured USPS, the United States Postal Service, for example), and hold on to the Return Tracking Number until your refund has reached you.
The customer pays the return shipping charges and the insurance.
The customer also pays any shipping charges for bounced or undeliverable packages.
Within 7-10 business days of receipt, your refund goes to the original form of payment. Once it has been applied, we will email you at the address on your order.
Your bank may need a few more days to process the transaction and post it to your account.
Returns Address
Please get in touch with us and we will send you the manufacturer's address.
If the item you received is incorrect or damaged, contact us at sales@petdoorusa.example
or call 1-800-270-7369.
We will send you a return label for shipping the item back, and talk with you about how to put the problem right.""",
                   ("bounced or undeliverable packages",)),

    "horsebackgear": ("""The Horse Care Shop backs its premium equestrian products as firmly as it backs its promise of excellent customer care. If arena equipment, body care products or anything else you bought from our range falls short of what you expected, our simple returns process lets you buy without worry.

Our Return Policy

For most products, returns are accepted within 15 days of delivery, provided they are unused, still in their original condition, and have all tags attached. Please keep in mind:

  • Items have to be resalable (unused, undamaged, in their original packaging)
  • You must show proof of purchase
  • The customer pays return shipping unless the item was damaged or incorrect on arrival
Non-Returnable Items: For reasons of health and safety, we cannot take back:
  • Body Care products (once opened)
  • Bit Accessories (for hygiene)
  • Equipment for Breathing and Airways
  • Coat Shine or Calmers in opened containers

How to Return an Item

Here is how to send back your equestrian gear:

  1. Contact Us: within 15 days of getting your order, email [email protected] with your request to return (use the template below)
  2. Wait for Approval: within 2 business days we will reply with instructions and a return authorization
  3. Pack Securely: put the item(s) back in the original packaging together with every accessory
  4. Ship Back: send the parcel with a trackable shipping method to our address, 590 Flynn Street, Independence, US 44131
  5. Confirmation: when it has arrived and been inspected, your refund or exchange will be processed

Return Request Template

Subject: Request to Return – Order #[Your Order Number]

Hello, Horse Care Shop Team,

I am writing to ask for a return/exchange of order #[Your Order Number], which I placed recently.

Item(s) I am returning:
[Product Name(s)] – [Quantity]
[Why I am returning it: Doesn't Fit/Defective/Wrong Item/Other]

What I would like:
[Refund / Exchange for (name the product you want, if you are exchanging)]

I understand I""",
                      ()),

    "petsandfashion": ("""Return and Exchanges

Returns

The period of our return policy is 30 days. We take returns ONLY IF:

  1. the product arrived damaged from shipping
  2. the product had a defect
  3. the product was not as described
  4. we sent a different size from the one you ordered

In those cases, get in touch within 30 days of delivery and we will help. You can send the product back for a full refund, or keep it by agreeing for a partial refund. The buyer pays the return shipping fee, and we refund the item price together with the shipping cost (what you originally paid).

Once 30 days have passed since your purchase, we are sorry, but we cannot give you a refund or an exchange.

 

Exchanges

We are glad to exchange ONLY IF we sent you the wrong size or the wrong product by mistake. If you got the wrong size, email us a photo of the size tag as proof, within 30 days of delivery.

There are two choices:

  1. send the item back for an exchange
  2. keep the item by agreeing for a partial refund

 

These cases do not qualify for a return or exchange:

  1. an item you say is not as described, when you cannot prove with reasonable evidence that it is not
  2. product(s) that are as described, when you changed your mind after receiving them

 

Before You Buy

Our products come from several manufacturers, and clothing has no universal size standard (a real pity, since we are all human beings). That makes it VERY important to measure a piece of clothing you already own and compare it for accuracy. Please check the Size Guide before you press CHECK OUT. Every product description carries a size chart. We do everything we can to give you the BEST online shopping experience, and we hope you will do your part as well.

If you have questions, we suggest reading the FAQ before you contact us. For any specific question or concern that remains, write to support@petsandfashion.example or use the IM option""",
                       ("agreeing for a partial refund", "photo of the size tag", "cannot prove with reasonable evidence")),

    "aquariumplants": ("""In Business Since 1998

The Freshest Aquarium Plants in the USA

Return Policy

Cancellation and Refund Policy:

  • Cancelled or returned equipment orders carry a 20% restocking fee plus the "actual" shipping charges in both directions. NOTE: electrical items cannot be returned at all.

o No exceptions

o No return is allowed without an RMA

  • Orders of live plants cannot be cancelled or postponed once the plants have already been harvested.

o No exceptions

  • The same goes for our "Custom Aqua-Scape" service. Once we have done the design work for an aqua-scape, cancellations are NOT accepted, since by the time the service is complete we have usually put in several hours.

o No exceptions

  • We never refund shipping charges.
  • Shipping charges are calculated "real time". Should the system fail to reach the UPS server, the estimated rates may be wrong.


Refused Shipment Policy:

  • An order that is refused at the time of delivery gets NO refund or credit
Warranty and Out of Stock Policy:
  • Any item with a manufacturer's warranty has to be handled through the manufacturer.
  • When we run short of a plant, we may substitute another. We try hard to pick a substitute you will like, and every substitution comes with some extra plants for free. Our fill rate is 99.71%.
  • If several items are short when we ship, we will get in touch so you can approve the substitutions BEFORE your order goes out.
Problem with Order:
  • You must tell us within 2 hours of delivery and email a photo of any damaged items within 2 hours. Please unpack the order and lay everything out, and take good photos so that we can match the items to your order.
  • Someone must sign for live plant orders on delivery. We do not cover perishable items that were left outside in hot/cold weather.
  • Placing an order means that you, the customer, accept every one of these terms and conditions.
  • Once you place your order,""",
                       ("20% restocking fee", "already been harvested", "cancellations are not accepted",
                        "refused at the time of delivery", "handled through the manufacturer", "within 2 hours of delivery",
                        "left outside in hot/cold weather")),
}
