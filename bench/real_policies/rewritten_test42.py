"""The test42 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "refurbest": ("""At RefurBest we want you to be fully satisfied with every laptop you buy from us. Still, we know that now and then a product has to come back or be swapped. Our refund policy is set out below:

1. When a refund is possible:
A refund may be open to you when:
The laptop reaches you defective, damaged or not working.
The laptop is not what the specifications or the description on our website said it would be.
We sent you the wrong laptop model or configuration.

2. Return period:
To qualify for a refund, you have to start a return request no later than 7 days after the laptop reaches you. Requests made after that may be turned down.

3. How to return:
To start a return, get in touch with our customer support team, giving your order details and the reason you are sending the laptop back. The team will take you through the steps and give you a return authorization (RA) number, together with instructions for sending the laptop back.

4. Condition of returned laptops:
The laptop has to come back in its original packaging, with every accessory, manual and document that was in the original shipment.

5. Inspection and approval:
When the returned laptop reaches us, our technical team inspects it to check its condition and the reason for the return. If it meets our return criteria, we go ahead with the refund.

6. How you may be refunded:
Depending on the return, you may receive:
A full refund: when the laptop is defective, damaged or not as specified, we give you a full refund to your original payment method.
A partial refund: sometimes a partial refund may be offered when the laptop is returned with missing accessories.

7. Time to process a refund:
Refunds are processed within 7-10 business days of the date we receive and inspect the returned laptop. Bear in mind that the money may need more""",
                  ("returned with missing accessories",)),

    "chargie": ("""Eligibility

Our refund and returns policy runs for 30 days. Once 30 days have passed since your purchase, we cannot give you a full refund or an exchange.

An item can be returned only if it is unused and in the condition in which you received it, and it has to come back along with any gifts or zero-value items you were given with it. It must also be in its original packaging.

Other items we do not refund:

  • Gift cards
  • Downloadable software products
  • Gift items (items whose sale value was zero)

We need a receipt or proof of purchase to complete your return.

In some situations only partial refunds are granted:

  • Any item not in its original condition, or damaged or missing parts for reasons that are not our error.
  • Any item sent back more than 30 days after purchase.

Refund approval

When your return has arrived and been inspected, we will email you to say that the returned item has reached us. We will also tell you whether your refund is approved or rejected.

If it is approved, your refund is processed and the credit goes automatically to your credit card or original method of payment within a certain number of days.

We do not approve exchanges based on color choice, because we cannot promise that the color you pick will be the one sent, even if you asked for it in a message. We try to match colors, but when stock does not allow it we send what we have. To exchange because of a color mismatch, you pay the two-way shipping costs and restocking fees at the warehouse.

We do not refund the shipping cost: it is an operating expense you agreed to pay to have the goods brought to your shipping address. By ordering on our website you accept that the shipping fee cannot be refunded.

Restocking fee

For shipping addresses in the US, a $5 restocking fee is charged when the item is in working condition and the return wa""",
                ("along with any gifts", "only partial refunds are granted", "exchanges based on color choice",
                 "two-way shipping costs and restocking fees", "$5 restocking fee")),

    "escootr": ("""Overview

Our refund and returns policy runs for 30 days. Once 30 days have passed since your purchase, we cannot give you a full refund or an exchange.

An item can be returned only if it is unused and in the condition in which you received it. It must also be in its original packaging.

Other items that cannot be returned:

  • Gift cards
  • Downloadable software products
  • Some health and personal care items

We need a receipt or proof of purchase to complete your return.

Please do not send your purchase back to the manufacturer.

9  Cancellation Rights

 Your rights if you change your mind

Under the Consumer Contracts (Cancellation, Information and Additional Charges) Regulations 2013 you have a cancellation period, which ends 14 days after the day of delivery of the goods you bought from us. If you bought several items that arrive on different days, you have until 14 days after the last delivery to change your mind and ask for a refund.

 How to use your right to cancel

To end the contract with us, tell us in one of these ways:

By phone or by email. Ring customer services on 01234 000000 or send an email to returns@escootr.example. Give us your name, your home address and the order details, and your phone number and email address where you have them.

9.3 Sending products back to us.

When you send back a scooter, make sure it is packed securely, ideally in its original box so that it travels safely. If you no longer have the sturdy box the scooter came in, we can provide another one upon request, though there may be a charge for it.

You must send the goods back to us within 14 days of telling us that you want to end the contract. The customer pays the cost of return shipping.

While the goods are with you, you are responsible for looking after them properly.

9.4 How we refund you.

We pay you back the price you paid for the products""",
                ("do not send your purchase back to the manufacturer", "ends 14 days after the day of delivery",
                 "provide another one upon request")),

    "electricbikestore": ("""BLACK FRIDAY MONTH IS ON NOW
BLACK FRIDAY MONTH IS ON NOW
CANCELLATIONS AND RETURNS POLICY
FOR E-BIKES:
1. Cancelling an order before it ships:
An order cancelled before it ships qualifies for a refund of 100% of the total order price.
For e-bikes bought through the Cycle to Work Scheme, the Cycle to Work portion of any refund goes back to the third party who paid it in the first place (the employer directly, or a provider such as Cyclescheme or Travelhub).
2. What a refund leaves out:
Refunds do not include the original shipping costs.
3. Returning within 14 days:
Once the bike has shipped, you may return it within 14 days after delivery. It has to be packed in its original box with the original protective material. The bike should be clean of dirt and dust, in its original condition and unused.
4. Deadline for returns:
No return is accepted more than 14 days after the delivery date.
5. Used items:
We do not accept returns of used items unless they are covered by, and pre-approved under, our limited warranty. Under the terms of that warranty, Electric Bike Store may replace or repair faulty items where appropriate.
6. Approval first:
The buyer needs written approval from Electric Bike Store Ltd before starting a return. Returns sent without approval will not be accepted.
7. Recording the packaging:
Photograph and document the packaging before you send your bike back. Once the return is approved, we provide a label.
8. Cost of return shipping:
The buyer pays the return shipping costs. As an alternative, the buyer may request Electric Bike Store to cover return shipping, but the initial shipping fees will then not be refunded.
9. Inspection:
When the item arrives, the Electric Bike Store team inspects it.
10. Refund timing:
A refund may take up to 10 working days to come through once it has been issued.""",
                          ("cycle to work portion", "replace or repair faulty items", "photograph and document the packaging",
                           "request electric bike store to cover return shipping")),

    "threedgprinter": ("""Returns and Product Policies
1. Standard 30-day returns: Our filament, resin and glue products come with a 30-day return policy. You may send back products that are unopened and unused within 30 days of the date you bought them. After 30 days we take no returns. Note:
-
Special orders, discontinued items, sale products and clearance products are final sale and cannot be returned or refunded.
2. Restocking fees: A 15% restocking fee is charged on items that are not defective and come back in their original, unopened condition.
3. Defective products: Our support team looks at any product said to be defective to confirm the problem. Defects can include, among others:
-
Filament of uneven diameter.
-
Colors that differ or shift.
-
Material wound badly on the spool.
-
A wrong label or the wrong product.
Important: material formulations vary, so prints can behave differently from one maker to the next. When we decide whether a product is defective, we look only at workmanship or material flaws that come directly from our products.
4. Getting a return authorization (RMA): Before starting a return, customers must get a Return Merchandise Authorization (RMA) from our support team:
-
Fill in the RMA request form on our website and send it.
-
After a review, we issue an RMA number.
-
Make sure the product is shipped back with the assigned RMA number so that it can be tracked.
5. Return shipping costs:
-
The customer pays every return shipping fee.
-
If an order is canceled after it has shipped, the refund leaves out the shipping fees incurred.
6. International orders: Our international shipping fees do not cover customs duties or taxes, which may be charged. If the customer declines to pay these fees, or gives a wrong address, and the parcel comes back to us as a result, any refund due is reduced by the shipping fees and the cost of handling the return.
7. How refunds work: We process refunds only once we have received and insp""",
                       ("workmanship or material flaws", "shipped back with the assigned rma number",
                        "canceled after it has shipped", "declines to pay these fees")),

    "sossgaming": ("""Returns and Refunds Policy
1. Returns
We work to supply high-quality repair parts for your video game controllers, but we know a purchase sometimes falls short. If you are not fully satisfied, you may send back eligible items within 30 days of delivery for a refund or exchange. An item qualifies for return only if it is unused, in the condition you received it in, and in its original packaging.
You have to arrange a return within those 30 days of receiving the order. To do that, email us at support@sossgaming.example to get an RMA number. RMA numbers are valid for 30 days from the date of issue. We ask you to post the item back within 7 days. Any package that reaches us without an RMA number will be charged a 25% restocking fee ($5 minimum).
2. Refunds
When your return has arrived and been inspected, we will email you to say that the returned item has reached us. We will also tell you whether your refund is approved or rejected.
If your return is approved, your refund is processed and the credit goes automatically to your original method of payment, usually within 3-5 business days.
If it is not approved, the item can be sent back out to you at your expense.
3. Exchanges
We do not offer exchanges. If you ordered the wrong part by mistake, you can instead place a new order for the right part whenever you like and ask to return the wrong part to us within 30 days of receiving it.
4. Items we do not refund
Some items cannot be returned or refunded, among them:
- Items damaged through misuse or neglect
- Items not in their original condition, damaged, or missing parts for reasons that are not our error
5. Shipping
To return your product, mail it to us. You pay your own shipping costs for the return. Shipping costs are not refunded.
6. Late or missing refunds
I""",
                   ("rma numbers are valid for 30 days", "without an rma number will be charged a 25% restocking fee",
                    "sent back out to you at your expense")),

    "keycapsnation": ("""Returns & Refunds

► INTRODUCTION

Our standard return policy runs for 14 days from the date your package reaches you. Once more than 14 days have passed since delivery, we cannot give you a refund or an exchange.

An item qualifies for return only if it is unused and in the condition you received it in. It also has to be in its original packaging. And it has to be defective or damaged (a problem with the size you chose, for example, does not count).

Perishable products such as gift cards cannot be returned.
We need a receipt or proof of purchase to complete your return.
In some situations only partial refunds are given: (if applicable)

  • Any item not in its original condition, or damaged on purpose
  • Any item sent back more than 14 days after delivery - Refunds (if applicable)

When your return has arrived and been inspected, we will email you to say the returned item has reached us. We will also tell you whether your refund is approved or rejected.

If it is approved, your refund is processed and credited automatically to your credit card or original payment method.

Late or missing refunds (if applicable)

No refund yet? Check your bank account first. A refund can take a while to be officially posted (4-7 days). If your refund has still not arrived after 2 weeks, write to us at help@keycapsnation.example

► EXCHANGES: (if applicable)

We replace items only if they are defective or damaged. If you need to swap it for the same item, email us using the link here.

► RETURN: (if applicable)

To return your product, contact us using the link here.

The return shipping cost is yours to pay. Shipping charges are not refunded. If you get a refund, the return shipping cost will be deducted from your refund.

How long your exchanged product takes to reach you depends on where you live.

If you are sending an""",
                      ("only partial refunds are given", "return shipping cost will be deducted from your refund")),

    "monitormart": ("""Returns and Refunds
On brand-new products we offer a 7-day Change of Mind return. If you have simply changed your mind, you may send the product back to us for an exchange or store credit, as long as all of these conditions are met:
- The product is unopened, with its seals intact (where it has them)
- It is not a special order product (its status is not "In stock at Supplier", and Monitor Mart stocks it)
- The quantity is not large (not greater than 5 units)
- The product is worth less than $1,000
- It comes back within 7 days of purchase
PLEASE NOTE: Monitor Mart may turn a return down after inspecting the condition of the products, and will then return the products to the customer at the customer's expense. We do not accept returns of items that are damaged or missing parts through the customer's negligence, misuse or tampering.
- Every Change of Mind return carries a 5% restocking fee. Non-faulty returns, or Change of Mind returns that do not meet the conditions in 8.1, may be accepted at our sole discretion, and if we accept them a 25% restocking fee applies.
PLEASE NOTE: Shipping and payment fees are not refunded. The buyer pays the return postage. Also, when a product turns out "No Fault Found" in any warranty or consumer claim, a service fee of $45 applies.
- Normally we do not accept returns of these kinds of products:
- Ex-demo products
- Ex-lease products
- Open box products
- Refurbished products
- Clearance products
- Licensed software
- Products labelled "Price Markdown"
- Products labelled "No Return basis"
- Products specially ordered for you
- Products marked "No Return" on the packing slip or invoice
- Headphones, headsets, earphones, keyboards, mouses and virtual reality headsets (for hygiene reasons)
- To return a product you must:
- Contact our Online Service Team and ask for an RMA number. The team reviews your request and may, at its discretion, give you an RMA num""",
                    ("greater than 5 units", "less than $1,000", "return the products to the customer at the customer's expense",
                     "25% restocking fee", "service fee of $45")),

    "webcamproshop": ("""You are here: Home > Return Policy

Which items can I return?
WebCamProShop.com refunds or exchanges most items when the return is started within 15 days of shipment (the "return period").
For items returned within the return period, WebCamProShop.com gives refunds, credit or exchanges on the terms below.

  1. A defective item may be exchanged for the same item. If the same item is not available, you (the client) and WebCamProShop.com may agree on another item in exchange for the defective one, or WebCamProShop.com may give a credit or refund once it has confirmed that the item really is defective. When the item swapped in is worth a different amount from the defective one, WebCamProShop.com will charge or credit the difference to the client.
  2. Clearance, sale, special and demo items cannot be returned or exchanged.
  3. Software cannot be returned or refunded.
  4. Returns or exchanges of items that are not defective carry a 20% restocking fee.
  5. Every returned item has to be in its original packaging with all its parts and accessories.
  6. Items that come back damaged, abused by the user or incomplete are refused for refund or exchange and will be sent back to the customer at their expense.

Every item is sold with its own manufacturer's warranty. Warranty periods and service vary by manufacturer and by product. All of the manufacturer's restrictions apply and may affect other parts of this policy, for example whether the product should be returned to the manufacturer directly rather than to WebCamProShop.com.

How do I start?
Before you take delivery of any item from WebCamProShop.com, make sure it has not been damaged.

To start a return or exchange, first ask for an RMA (Return Merchandise Authorization) number. You can ask for one in any of these ways:

  • Fill in our Contact Us / RMA Request form and send it. An RMA number will be issued with""",
                      ("if the same item is not available", "charge or credit the difference",
                       "sent back to the customer at their expense", "returned to the manufacturer directly")),

    "dxhamradiosupply": ("""When your package arrives, please check straight away that the product inside is the one you ordered.

If it is not, that is, if we sent the wrong product, contact us at RETURNS to get an RMA (return merchandise authorization) number so that we can start putting our mistake right. We pay the shipping. When the returned product reaches us, we send you the correct product as soon as we can.

If the mistake is yours, that is, if you ordered the wrong product, contact us at RETURNS. You can choose between a few options: 1- Keep it, in case you or someone else has a use for it later. 2- Send it back to us for a refund; you pay the shipping cost of sending it back. 3- Send it back for the correct product; you then pay the shipping cost of sending it back, in addition to the shipping of the new product, plus or minus any difference in the retail/sale price.

If the product reaches you damaged, contact us at RETURNS for store credit or a cash refund.

Except where the product arrived damaged, a product you send back has to be new, unused and not altered.

Every return or refund has to be requested within 5 days of receiving the product.

Every refund depends on our inspecting the product(s) once they reach us.

DX Ham Radio Supply LLC
100 Example St.
Leesville, SC 29070""",
                         ("in addition to the shipping of the new", "plus or minus any difference")),

    "xizonhk": ("""Return and Exchange Policy

Thank you for choosing our Smart Ring. To keep your shopping experience a pleasant one, the return and exchange policy below applies. Please read it carefully before you buy.

1. Who can return or exchange

  • Period: a return or exchange can be requested within 7 days of the day you receive the product. Requests after 7 days will not be handled.

  • Condition: the product has to come back in its original packaging with all its accessories, with no sign of damage by you or of use.

  • Reasons: when the product has a quality problem (for example it malfunctions or is damaged), we give a full refund or a free replacement. When you return it for personal reasons (for example you don't like it or chose the wrong size), you can still return or exchange it, but shipping fees may apply.

2. How to return or exchange

  1. Send a return or exchange request: contact our customer service (by phone, email or live chat) to start it, giving your order number, a description of the issue and any photos that support it (where relevant).

  2. Confirmation: we handle your return or exchange request within 24 hours and send you detailed return instructions and the return address.

  3. Sending the product: post the item to the address we gave you. Depending on why you are returning it, return shipping costs may apply (never for quality problems).

  4. Refund or exchange: once the returned product has reached us and we have checked its condition, we process your refund or exchange within 5-7 business days.

3. Special cases

  • Damaged packaging: if the packaging is damaged but the product itself is fine, return or exchange requests are handled on a case-by-case basis.

  • Personalised products: if your smart ring was personalised (for example with a custom engraving or color), returns and exchanges are generally not accepted unless it has a quality problem.

4""",
                ("handled on a case-by-case basis",)),

    "batteriesplus": ("""Return Policy
We want you to be fully satisfied with what you buy. The information below will help with returning an unused product, or with a warranty claim for a defective product; either one can be handled at a Batteries Plus® retail store or by phoning 800-000-0000.
- You must ask for a return within 14 days of purchase, or of delivery if we shipped the product straight to you.
- A return needs a proof of purchase or the original receipt.
- If you are sending the product back to us, it must be received by our warehouse within 45 days of the date it was delivered to you. For the exact labeling instructions, phone 1-800-000-0000 or email customercare@batteriesplus.example. Freight expense is not refunded.
- Products have to be unused and in a condition in which they can be sold.
- Refunds for purchases paid by credit card are credited back to the card that was used.
- Cash refunds for purchases under $20 can be collected only at a Batteries Plus® retail store; for return requests of more than $20 the refund may come as a check mailed to the customer's home address.
- Refunds for purchases paid by check need a ten (10) day waiting period from the date of purchase.
- Tech Center Rebuilds and Generators cannot be returned.
Please note: this policy covers every non-defective return request on purchases from BatteriesPlus.com. Defective products fall under a separate Warranty Policy.""",
                      ("received by our warehouse within 45 days", "cash refunds for purchases under $20",
                       "ten (10) day waiting period", "separate warranty policy")),
}
