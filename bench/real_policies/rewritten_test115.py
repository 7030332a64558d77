"""The test115 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "fodauto": ("""Returns & Exchanges
Each product also follows its supplier's own return policy, so please check that supplier's terms as well. Custom scooters, anything made to a custom order and custom paint finishes cannot be refunded.
Every return is charged a restocking fee of 25%. We credit back none of these: the shipping you paid, insurance, tax, customs charges, or what you spent on return postage. The restocking fee is worked out on what you paid for the items you send back, less shipping and any discounts you got.
Before you send something back, check it against this list:
☑ Only items that can be returned are in the parcel.
☑ It comes back within 30 days of the day your goods arrived (travel scooters and enclosed models excepted).
☑ The product is unused, clean and free of damage.
☑ You, the customer, pay the cost of shipping it back.
☑ Insuring your return is our advice.
We take no responsibility for damage in transit. Goods should come back unused, in the original packaging, and fit to be sold again. It is entirely up to us whether a return is turned down, refunded, exchanged, or made into store credit. MOBILITYPLUSPRO.example ships nearly everything free across most of the continental US; but when something comes back, the shipping charges are taken off your credit, and a restocking fee of as much as 25% is charged as well. Extended Returns (past 30 days): for an extra fee, we can stretch our return policy. A return made later than 30 days may be accepted with a 50% restocking fee. Once fifteen days have passed, a returnable item is no longer sure to be returnable. Ask us for the details! Cancellations: a processing fee of 25% is charged on every order that is cancelled. An order cancelled once the item has shipped falls under our usual return policy. You have to accept the delivery, get an RA Number and send the item back to the right address. Should you refuse delivery of an item, the cost of shipping it back is taken off the credit we give, and a restocking fee of 25% is charged.""",
        ("supplier's own return policy", "less shipping and any discounts you got",
         "travel scooters and enclosed models excepted", "no responsibility for damage in transit",
         "the shipping charges are taken off your credit", "50% restocking fee", "once fifteen days have passed",
         "should you refuse delivery")),

    "rolloy": ("""Return and Refund Policy
Our wish is that you are fully happy with what you bought. If, for whatever reason, you are not, you can send your product back under the terms below, no later than 14 days after the parcel was delivered.
What a Return Must Meet
We accept a return only if the item is spotless and fit to resell, ready to please whoever owns it next. In practice, the product has to satisfy all of these points:
- Neither the rollator nor any of its parts may show scratches, marks or any other sign that it was used.
- The seat has to be clean, with no stains at all.
- The wheels should be cleaned well, with no dirt or debris left on them.
- Every return has to travel back in its original packaging.
Return Shipping
Free Returns:
Return shipping costs you nothing in these cases:
- The rollator frame or one of its accessories has a quality problem, for example a defective part.
- The item you received was not the one you ordered.
Returns the Customer Pays For:
- For any other reason for returning, the return shipping cost is the customer's.
- To make things easy, we send you a prepaid label for the return. It is addressed to whichever of our warehouses, in Los Angeles, California, or Linden, New Jersey, is closer to you. When your reason for returning means the shipping is yours to pay, the label costs roughly $20-$30, and that amount comes off your refund.
- So that no return is needed because of the wrong size or handling, please read the product's specifications with care before you buy. Check that the weight the rollator can carry, its handle height, its seat width and the width of its frame suit the person using it and the home it will be used in. Think also about how much the product weighs in total, so that you can manage lifting it into a car or putting it away.
Items That Cannot Be Returned
These items cannot be returned:
- An item that is no longer in its original conditi""",
        ("the wheels should be cleaned well", "that amount comes off your refund")),

    "walkingcaneco": ("""WALKINGCANECO.example wants your order to please you greatly. We think the products we make and source are among the finest anywhere today, and we back each one we sell so that our customers are satisfied. Whatever your reason for being unhappy, you may send a product back within 30 days of its delivery and get the purchase price refunded in full (minus shipping and any other related charges), provided the item is in new condition, has been neither modified nor cut down from the length it was made at (see Original Length below), and comes back with all its original packaging and its manuals or paperwork, fit to be sold again. For how to send something back, see our "RMA, Returns and Exchanges Instructions."
The Cane's Original Length
A Harvy Walking Cane that was cut shorter than its factory length carries a 20% restocking fee.
A WCC walking cane (one of our own) that is now shorter than 36 inches carries a 10% restocking fee.
More About Returns:
Any Harvy item bought for more than $250 carries a 30% restocking fee.
Everything must come back to WALKINGCANECO.example (unless we tell you otherwise when you contact us about a return), and the buyer pays for sending it. We suggest insuring the parcel against loss with the carrier you pick, and choosing a carrier that tracks parcels.
If your order shipped free and you send it back, the actual shipping and handling cost is subtracted from your refund. Every returned item must be fit for resale.
How Refunds Are Paid
Your refund of the purchase price (tax included, where charged) goes straight back to your credit card. We give no refunds in cash.
Nothing can be returned once 30 days have passed.
Items that need repackaging may be charged a 20% restocking fee.
Free Cane Sizing
WALKINGCANECO.example will happily cut your cane to whatever length you want, at no charge. If we fail to s""",
        ("cut shorter than its factory length", "shorter than 36 inches", "more than $250",
         "actual shipping and handling cost is subtracted", "items that need repackaging")),

    "soundlinkofficial": ("""Refund and Returns Policy

1. Who Can Return or Get a Refund

  • 30-Day Window: ask for a return or refund no later than 30 days after delivery.
  • Condition: items must be unused and in the packaging they came in, with tags, accessories and paperwork all still there.
  • Exceptions:
    • Items sold as final sale (labelled "Non-Returnable").
    • Products made to order (personalized hearing aids, for example).
    • Items that were opened, or damaged through misuse by the customer.

2. Starting a Return

2.1 The Steps

  1. Write to Support: email support@soundlink.example giving your order number and why you are returning the item.
  2. RMA Number: within 2 business days we give you a Return Merchandise Authorization (RMA).
  3. Tracking: send the parcel by a method that can be traced (for valuable items we advise insurance).

2.2 Who Pays Return Shipping

  • The customer pays, unless the return comes from:
    • A mistake of ours (the wrong item, a defective product).
    • Damage in shipping (send photos showing it).
  • International Returns: the buyer pays any import duties or taxes on a return (where they apply).

3. How Refunds Are Handled

3.1 Inspection and Approval

  • Returned items are inspected within 5 business days of reaching us.
  • Once approved, the refund is paid back to the method you paid with, taking 3-7 business days.

3.2 When Refunds Are Reduced

  • Partial Refunds: we may deduct costs from the refund when accessories are missing or the item shows signs of use.
  • Delays in Payment Processing: a bank or card company may need 5-10 days before a refund shows.

4. Damaged or Defective Items

  • Tell Us Within 7 Days: contact us at once, with photos of the damage or defect.
  • What We Offer:
    • A replacement at no charge (when in stock).
    • A full refund, with the return shipping paid back to you.

5. International Orders

  • Customs and Duties: any import duties or taxes on a return are the buyer's to pay (see your own country's rules).
  • Shipping Time: a return from abroad may take 2-4 weeks to reach us (depending on where you are).

6. Exchanges""",
        ("import duties or taxes", "we may deduct costs")),

    "orthoticinsoles": ("""REFUNDS POLICY

Should your new FitStep orthotic insoles leave you less than fully satisfied, send them back within 30 days and we will refund you promptly and courteously. This does not cover insoles that were misused, abused or not cleaned properly. We do not refund the original shipping and handling fees.

We also guarantee our insoles' poly-shell against breaking for one year, and we gladly replace any product so that you end up fully satisfied.

To begin a return, just call our Customer Service on (844) 2900 005.
There is no restocking fee. The shipping costs are yours, but you may pick any shipping method you like. We ask you to put the insoles and your receipt in the parcel and send it to:

ORTHOTICINSOLES.example Returns
8581 Santa Monica Blvd, Suite 701
West Hollywood, CA 90069

After your return arrives and we have inspected it (normally within 72 hours of arrival), we issue your refund within 7 business days, and an email confirms to you that your return is complete. Depending on your bank or card issuer, the credit may need a further 2-10 business days to appear in your account.


SHIPPING POLICY

How do you ship?
Every order is sent USPS First Class.

What is the usual delivery time?
Expect your order at your door within 3-5 days. Your personal order page lets you follow the order (a link to it is emailed to you when you finish checking out). If it is late, email us at sales@orthoticinsoles.example or call customer support on (844) 290-0005.

Where do orders ship from?
14320 Ventura Blvd, Suite 254, Sherman Oaks, CA 91423, USA

Both the Men's and the Women's FitStep give cushioning and support for biomechanical realignment, but the two differ in how much cushioning and support they give.

The Men's FitStep is a little thinner, lower pr""",
        ("poly-shell",)),

    "justbrace": ("""How do I return an item?

***FEDERAL REGULATIONS DO NOT ALLOW US TO TAKE BACK ORTHOTICS ONCE THEIR PACKAGING HAS BEEN OPENED*** Orthotics means braces for the back, the knee, the wrist or the ankle and foot, and any other brace that is in contact with your body.

A brace whose packaging is still unopened can be sent back for a refund after we have checked its condition. A restocking fee of 12% covers labor, shipping and processing.

Returns because of a manufacturer defect, which seldom happen, may be refunded in full.

Every return must come with the original sales receipt showing the order number.

The customer pays for sending the return and for the original shipping.

We take returns for 30 calendar days from the day the product ships. Once 30 calendar days have passed, we may, as we alone decide, offer only an exchange or store credit.

Items have to be "new, unaltered and unused", which we define as:

  • still sealed in the packaging the manufacturer used
  • with no sign of wear or damage of any kind
  • sent no later than 30 calendar days from shipping

If an item reaches you damaged, or we shipped you the wrong item, please get in touch with Customer Support straight away. A defective item qualifies for store credit.

Whether you get a refund depends on our inspection of the item(s) after they arrive.

Once more: you MUST get in touch with us within 30 days if you plan to return ANY item to us. Items that reach us AFTER 30 days, sent WITHOUT getting in touch with us first, will NOT be refunded. Email info@justbrace.example, giving your order number; we will then tell you the right address to ship your return to, which depends on your product.

info@justbrace.example""",
        ("offer only an exchange or store credit",)),

    "woundproducts": ("""Returns Policy
If what you ordered does not suit your needs, we will gladly exchange it or credit your account, provided it is no more than 14 days since you bought it.
Step 1
- Get in touch with us within that time and tell us you are returning the product and why.
- We then send you a form to fill in, the Returns Authority Form.
Step 2
- The returned product has to be unopened and in its original packaging, with no damage or marks on that packaging.
- The product should not have been used, and should be clean and free of odours.
Step 3
- Send the product back in a postal bag or box, padded with cushioning if it is breakable. Before you seal the parcel, fill in the Returns Authority Form.
- The completed form must go inside the parcel.
- You bear the cost of products you return to WOUNDPRODUCTS.example or send back for exchange.
Step 4
- Address the parcel to:
- SuperPharmacyPlus, 621 Stafford Rd, Stafford QLD 4053
Step 5
- You pay the postage on items you return or exchange.
- When the product is faulty, or we supplied the wrong product, WOUNDPRODUCTS.example bears the postage and the postage costs are paid back to your account.
Step 6
- Our returns department assesses every returned or exchanged product, checking that it is in the condition stated above, before a refund or exchange can be approved.
Step 7
- Health regulations mean we cannot refund or exchange any JOBST garment that has been opened or taken out of its original packaging.""",
        ("the completed form must go inside the parcel", "jobst garment")),

    "diabetesexpress": ("""RETURNS OF PRODUCTS
- No medical supplies of any kind can be returned to us, among them insulin, test strips, insulin pump supplies and sensors
- Before we accept a return of any product, you must get an authorization code from the DIABETESEXPRESS.example Customer Experience Team
- An approved return must be in its original packaging, packed inside a second, outer container.
- Freight on every returned product must be
- We credit you once the product has reached our warehouse and been approved
- A product we shipped in error is credited in full, and a label for returning it is provided where one applies
- A product returned in saleable condition within 90 days of the invoice date carries a reprocessing fee of 10%.
- No credit is given for a product that does not qualify* for return.
*Products that do not qualify:
- A product returned with no RMA number.
- A product returned after more than 90 days from the invoice date.
- A product that has been opened or used.
- A product past its expiration date""",
        ()),

    "theincontinencestore": ("""|
Read This Before You Return AnythingEvery return or exchange has to be finished no later than 30 days after the original ship date. Every item must be new, still unopened, and in its original packaging. Choosing the right size is the customer's job! Orders sent by FedEx fall under the "Terms and Conditions of Service" set out on FedEx.com. EXCHANGES We know customers sometimes pick the wrong size, or want to swap something they bought on our site. Get in touch with us for how to return or exchange. The customer pays the shipping both ways. REFUNDS A return for a refund carries a 10% restocking fee, and the original shipping cost is also charged. Please note that we charge the customer back for the original shipping even when the order shipped free (roughly $10 a case each way).
Where to Send Returns:Send every FedEx (or USPS) return to: Returns, 13400 Lakefront Dr., Earth City, MO 63045. Please allow up to 2 weeks for us to issue the credit.
Call Us First on 800-315-6195 Before You Return AnythingOur "Store Info." page covers our other policies on shipping, tracking and our satisfaction guarantee, and answers other common questions about THEINCONTINENCESTORE.example. Clicking here also lets you email the Manager directly.
|
|
|||||||||||||||||||||||||||
THEINCONTINENCESTORE.example
940 Golf Course Dr., St. Louis, Missouri 63132 | tel. 800-315-6195 |""",
        ("the shipping both ways", "even when the order shipped free")),

    "herbasupplements": ("""Refund policy
HERBASUPPLEMENTS.example Returns and Refunds Policy
Our 30-Day Return and Money-Back Guarantee
Under our 30-day return and money-back guarantee, you can ask for a return at any time in the 30 days after your item arrives. A returned item has to be fit to sell again: unopened, unused, with its tags still on, and in its original packaging. You will also need to give us the receipt or other proof of purchase.
There is no restocking fee, and return shipping is free on every return.
Any question about returns can go to help@herba-supplements.example.
Starting a Return
-
Write to Us:
Email help@herba-supplements.example with your order number and your reason for returning. -
Return Authorization:
When we approve your return, we send you a prepaid return label and full instructions on how to send the item and where to. -
Pack the Item:
Pack the item securely in its original packaging, with any inserts or accessories. -
Add Your Return Details:
Put your order number inside the parcel so that we can link it to your return request. - Return Shipping:
- When the item is defective, damaged or not what you ordered, we give you a free prepaid return label.
- When you return for any other reason (a change of mind, say), return shipping is free as well.
- Still, HERBASUPPLEMENTS.example cannot answer for return parcels that are lost or stolen. We advise sending with tracking and confirmation of delivery.
Restocking Fee
No restocking fee is charged.
How Refunds Work
After your returned item reaches us and we inspect it, we email you to say whether your refund is approved or rejected.
An approved refund is paid back to the payment method you used, within 10 business days.
Your bank or card company may need some extra time to post it.
If your refund was approved more than 15 business days ago, plea""",
        ("order number inside the parcel", "lost or stolen")),

    "theproteinworks": ("""Here at THEPROTEINWORKS.example we have learnt first-hand that taste is very personal. We try everything we can to beat your expectations each time, yet we know that now and then a product just doesn't suit what you need.
| How long do I have to send a product back? | Once you buy a product directly from our website, it is covered by our 180 day returns policy: you have up to 180 days to get it back to us, but you must tell us within 90 days that you want to return a product or order. |
| A defective product | Should your parcel contain a product that is defective or faulty, just email helpdesk@theproteinworks.example and our Customer Service team will help. |
| When you don't like the taste | If the taste is not for you, post the product back to us and we will swap it for a different flavour.* Flavour exchanges are limited to once per order. Taste is not a reason for a refund: refund requests made on flavour grounds are refused. If you send back an opened item and would rather have store credit than a new flavour, our Customer Experience Team puts Protein Works Points on your account, and the points expire 3 months after they are issued. |
| How do I begin a return? | It's easy: email helpdesk@theproteinworks.example with your order number and your reason for returning, and someone from our team will get back to you as soon as they can. |
| My order arrived damaged | We take great care with every order, but accidents happen. If your product was damaged on the way, email our Customer Experience Team. Once we have received pictures showing the damage, we will gladly send you a replacement order. |
| What if my order never arrives? | Should our delivery partners not deliver your parcel for any reason, you must let our Custome""",
        ("up to 180 days", "limited to once per order", "made on flavour grounds", "expire 3 months")),

    "firstaidsurvival": ("""General Information on Returns

- Our goods come from a number of suppliers and makers, and each of them sets its own return policy. For that reason, please check your shipment when it arrives, and tell us at once about any item sent by mistake, any defect or any shortage.

- We ask that you email us at info@firstaidsurvival.example before phoning for help or information. Usually we first have to contact the company concerned before we can help, and that is most likely the answer a phone call will get you. But rest assured that we treat your email as urgent and do all we can to help. We will email you back to tell you what we are doing about it.

- On every return or exchange, the purchaser pays the return shipping. We pay the return shipping only when we have made a mistake.

- A return must come back in new condition, fit to resell, with its original packaging.

Exchanging Merchandise: Information

- If you ordered the wrong size, color or the like and want to send it back for an exchange, fill in the Merchandise Return Form, found under the About tab on our homepage, or ask us to email it to you.
- Credit usually takes between 10 and 20 days to reach your account.
- If time matters, you may want to order the replacement before your account has been credited.
- Shipping the return to the supplier is at your cost.
- A prompt return usually carries no restocking fee, and in most cases we send you the new goods at no charge.

Damaged Merchandise: Information

- Check your items carefully when the merchandise arrives. Report any damaged item straight to the carrier.
- Neither we nor the supplier can be held responsible for damage the freight carrier caused. Contact the freight carrier at once to report any dam""",
        ("sets its own return policy", "merchandise return form", "usually carries no restocking fee",
         "straight to the carrier")),
}
