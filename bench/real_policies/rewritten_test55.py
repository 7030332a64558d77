"""The test55 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "dimaeyewear": ("""We want you to be fully happy with what you buy! If you aren't, you can ask for a full refund within 30 days on full-price sunglasses, prescription glasses and blue light glasses.
Returns
Key Points:
- Every order can be fully refunded within 30 days of delivery. We won't accept items that reach us after the 30 days.
- Please make sure every item is returned in its original condition, together with its original case and tags. If your order came with a complimentary item, send it back along with the rest.
- Anything marked "FINAL SALE" can't be returned or exchanged.
- With buy-one-get-one or similar free-gift offers, you have to send back every item you received to get a refund. We don't take partial returns.
- We don't refund the order's original shipping fee, and we take a USD $9.99 restocking fee off your refund!
- Gift cards can't be refunded.
-
Returns from Abroad (Outside the U.S.)
Customers outside the United States pay for return shipping, and for any duties, taxes or brokerage fees the return brings. Please be aware that exchanges aren't available on international orders.""",
                    ("if your order came with a complimentary item", "buy-one-get-one or similar free-gift offers",
                     "customers outside the united states pay for return shipping",
                     "exchanges aren't available on international orders")),

    "kits": ("""Return Eligibility
You can return glasses on these conditions:
Condition & Accessories: The glasses must be unused and come back with everything they came with, such as the case, the cleaning cloth and the demo lenses.
Refunds, Replacements or Store Credit
Full Refund: You can have one within 30 days of purchase.
Replacement or Store Credit: You can ask for either for up to one year (365 days) after the purchase date.
Fit or Comfort Problems: If the glasses don't fit you well, you can ask for a replacement in a different frame style. Say which style you'd like when you send in the return.
How to Return
Ask for a prepaid return label: We will email you a prepaid label for sending the glasses back.
Pack the glasses well: Put the glasses in a box, packed securely so they are not damaged on the way.
Add your order details: Put a copy of your receipt or packing slip in the parcel so we can process it faster.
Frequently Asked Questions
What do I need to put in with my returned glasses?
Make sure the glasses are unused and come with all their original accessories (case, cleaning cloth, demo lenses), together with a receipt or packing slip.
Can I get a refund or a replacement if my glasses don't fit?
Yes. If the glasses don't fit well, you can ask for a replacement in a different frame style. Tell us which frame you'd like when you send in your return.
How long does a refund take?
Refunds are usually done within 1–3 business days of our receiving the returned glasses. How long it takes can vary with your bank or financial institution.
Can I exchange my glasses for another style?
Yes. You can exchange for a different frame style at any time within the replacement period, which is up to one year (365 days) from the purchase date.
Additional Notes
Keeping to these guidelines makes your return quick and smooth. If you need more help, get in touch with our customer support team.""",
             ("up to one year (365 days)", "ask for a replacement in a different frame style")),

    "mywatchstrap": ("""Returns & Exchanges

Items have to be unused and fit to sell again as new, with their packaging undamaged and every insert that came with them. If they are not, we may refuse your refund or exchange. Please also put your original invoice in the parcel as proof of purchase. We will refuse any item sent back without proof of purchase.

Returns Address:

My Watch Strap - Returns, 68 Rushton Drive, Lowestoft, NR33 8GB, United Kingdom

We strongly suggest returning your item(s) with a tracked service, because they stay the customer's responsibility until someone at My Watch Strap has signed for them. We suggest you get a certificate of postage to keep. You pay the postage for your return. If the item is damaged in any way on its journey back, that is the customer's responsibility. We won't accept returns of items damaged in transit or while they were in the customer's care. Each return must also state a reason, such as a refund or an exchange, so that we can process it correctly.

Refunds

Items have to reach us within 14 days of your receiving them. Refunds go back to the original payment method, or we can issue a gift card if you would rather have one. We send a confirmation email when the refund has been processed. Once you have that email, please allow up to 10 working days for the money to show in your available funds; this can vary from bank to bank. We don't refund express delivery costs (that is, any shipping option except the free one) or gift-wrapping.

Faults

Please tell us in writing about any sign of a fault before it gets worse. If it is left to turn into a bigger problem, or the damage or fault gets worse, we won't accept the return. Faulty items have to reach us within 14 days of the day you first told us about the fault, unless we agree otherwise in writing. To start a return, contact us at support@mywatchstrap.example. If we accept your return, we'll se""",
                     ("stay the customer's responsibility until", "damaged in any way on its journey back",
                      "or gift-wrapping", "before it gets worse", "left to turn into a bigger problem",
                      "within 14 days of the day you first told us")),

    "cloud9sleep": ("""HOW DO I RETURN A PRODUCT
We suggest sleeping on your mattress for 30 days first, since your body needs that long to get used to how a new mattress feels. We are sure ours is a superior mattress, but if you disagree, you have up to 100 nights to tell us. If you aren't completely happy with your mattress, you can have a full, unconditional refund for it, minus any rebates paid.
Call our customer support on 1-888-575-2299 and together we'll arrange a pickup, ideally so the mattress can be donated to a nearby charity or non-profit. Such organizations can only use products that are not soiled and are fit to be given away.
When your mattress has been picked up, upload or email us a scan or photo of your donation receipt and we'll process the refund of your net cost for the mattress. The refund leaves out any installation services that may have been provided on request, and any delivery surcharges that may apply to deliveries outside the continental 48 states of the USA.
If no suitable charity can be found nearby, we will try to have the product picked up promptly by a third party at no charge, and process your return with the same documentation as for a pickup by a charity.
Please be aware that if a product you send back under our 100-day Sleep Trial was first shipped by us to an address beyond the continental 48 states of the USA, we can't refund the extra shipping fees or any duties you paid on the original delivery.
Please be aware that if you bought from Amazon, their return policy may differ somewhat. Click here for more about Amazon's return policy.
HOW IS THE RETURN PROCESS DIFFERENT IF I ORDERED THROUGH AMAZON?
Returns work a little differently if your mattress was ordered through Amazon. To start a return of your mattress, phone Amazon Customer Service on 866-216-1072 and ask for the Special Handling Department. Amazon will help book a removal or arra""",
                    ("minus any rebates paid", "scan or photo of your donation receipt",
                     "leaves out any installation services", "picked up promptly by a third party at no charge",
                     "can't refund the extra shipping fees", "if you bought from amazon",
                     "phone amazon customer service")),

    "linenway": ("""We hope your order delights you. But if, for whatever reason, you are not completely satisfied, you may send any item back for a full refund, provided it is in its original condition, up to 60 working days after delivery, as long as you let us know within 14 working days of receiving the products that you mean to return it.
Please be aware that every parcel must come back within 60 working days of the goods being delivered to you. LINEN WAY takes no responsibility if you send goods back by anything other than a recorded delivery service (one where a signature is taken on receipt). In any case, LINEN WAY takes no responsibility for returned goods until we have actually received them in their original condition and packaging.
Once the returned items reach us, we will examine them and work out the refund due: the amount you paid for the goods, without the postage (unless you are returning them because of defects or a mistake on our side, as set out below). We will credit this amount to the credit or debit card you paid with, repay it by cheque, or put it towards other goods you order in exchange. We will email you once your refund has been processed.
If you are returning the goods because they are defective, or because the delivery was incomplete or incorrect, we will refund you: what you paid for the returned goods (the original delivery charge included). The cost of sending the goods back by recorded delivery from where they were delivered to LINEN WAY (as long as you put in a valid till receipt showing that recorded delivery cost).
Please be aware that we can't take back goods we have good reason to think were used. In that case no refund will be given. You will be responsible for arranging for those goods to be sent back to you within 28 days of our telling you that we won't refund those go""",
                 ("every parcel must come back within 60 working days", "valid till receipt showing",
                  "within 28 days of our telling you")),

    "towelhouse": ("""At Towel House, we want you to be fully happy with what you buy. If for any reason your order doesn't please you, please read our refund policy below.
1. Who Can Get a Refund
A refund is possible when all of these conditions are met:- Condition of the Item: It has to be unused and undamaged, in its original packaging.
- Timing: You must ask for the refund within 14 days of the delivery date.
- Proof of Purchase: We need a receipt or other proof of purchase.
2. How to Ask for a Refund
If you meet these conditions and want a refund, please take these steps:- Get in Touch: Email info@towelhouse.example with your order number, details of the product you want to return, and why you are returning it.
- Return Instructions: When your request reaches us, we will send you the return address and further instructions for sending the item back.
- Send the Item Back: Post the item back to us in its original condition. Please pack it securely so it doesn't get damaged on the way.
3. How Refunds Are Processed
- Processing Time: When your returned item arrives, we will inspect it to check it meets the refund conditions. Refunds are processed within 7-10 business days.
- Refund Method: We refund to the original payment method. Please allow that your bank or payment provider may take a few days to show the refund in your account.
4. Items We Don't Refund
These items can't be refunded:- Sale or Clearance Items: Anything bought in a sale or at a discount can't be refunded.
- Personalized or Custom Products: Customized or personalized products can't come back or be refunded unless faulty.
5. Damaged or Defective Items
If an item arrives damaged or defective, please contact us straight away at info@towelhouse.example. Depending on the case, we will give you a full refund or a replacement. Please send photos of the d""",
                   ()),

    "curtainchic": ("""Refund policy

To qualify for a return, your item has to be in the condition you received it in, unused, with its tags on, and in its original packaging. You will also need the receipt or other proof of purchase.


If you are unhappy with your purchase for any reason, simply send it back to us. Our return policy runs 30 days: you have 30 days from receiving your item to ask for a return.  We will replace it, exchange it or refund what you paid. Unless noted below, goods bought on this site can be posted to the address shown on your packing slip, with a copy of that original slip inside and every merchandise tag still attached. Or you can take your return, with the packing slip, to the store and arrange an exchange or a return there.*

For any question about returns, you can reach us at info@curtainchic.example.


*Exceptions / items that can't be returned 

Some kinds of item can't be returned, for example special orders or personalized items. If you have questions or worries about a particular item, please get in touch. 

Clearance items whose price ends in .86 are final sale and can't be returned or exchanged.

Damages and problems 
Please check your order when it arrives, and contact us straight away if the item is defective or damaged, or if you got the wrong item, so we can look into it and put it right.


Refunds 
Once we have received and inspected your return, we will tell you so and let you know whether the refund is approved. If it is, the refund goes automatically to your original payment method. Please bear in mind your bank or card company may also take a while to process and post it.  Please note we don't refund shipping charges and we don't pay for returns.""",
                    ("take your return, with the packing slip, to the store",)),

    "usfabricshop": ("""Cutting and Exchange Policy

Cutting Policy

~ We always cut in one continuous piece, and multiple quantities arrive as continuous lengths.

~ We cut fabric "straight" by the way it is rolled on the bolt, not by its design or print, as every quilt shop does. Sometimes blocked patterns may not come out cut precisely on the line, or straight, because of how the fabric sits on the bolt. Please bear this in mind when you order, because we won't give exchanges for that reason.

~ Remnant cuts (cuts under one yard) cost more, because pulling, cutting, packing, re-stocking, billing and shipping them takes more work.

~ We cut fabric "straight" by the way the manufacturer folded it and started it on the board, which does not always line up with the design. If you buy a "directional fabric", we suggest buying a little extra so you can straighten it and place the design in your project just as you want.

Exchanges

  • We take exchanges of unaltered fabric within 14 days of delivery (going by USPS tracking). The fabric has to be in a condition we can sell again (not washed, not cut, free of odours, not ironed), and we will swap it for another fabric of equal quality and price. Exchanges need our approval before you send them back: message us or call us on 919-586-6400. We won't accept them once the exchange window has closed. The buyer pays the return shipping and also the shipping of the replacement. Fabric that has been altered in any way can't be exchanged by US FABRIC SHOP.

Refunds

Our return and exchange policy runs for 14 days. Once 14 days have passed since your purchase, we can't give you a full refund or an exchange.

For a return and refund, your item has to be unused and in the condition you received it in. It also has to be in its original packaging, and be wrong through our own mista""",
                     ("we won't give exchanges for that reason", "of equal quality and price",
                      "also the shipping of the replacement", "wrong through our own mista")),

    "hypnoticyarn": ("""$6 Flat Rate Shipping Within the USA!
Return Policy
Return / Refund Policy
We're sure you'll love our yarn! We also know that sometimes life gets in the way. So we offer a no-questions-asked return policy on yarn purchases. Just get in touch within 7 days of receiving it and we'll even cover the return postage, provided it is unused and in the condition you bought it in. When we say we want you knitting with yarn you love, we truly mean it!
Read on for more details, or for returns asked for after 7 days.
----
Returns
Our policy runs for 14 days. Once 14 days have passed since your purchase, we're sorry, but we can't give you a refund or an exchange.
To qualify for a return, your item has to be unused and in the condition you received it in. It also has to be in its original packaging.
Custom orders can't be returned.
Other items we don't take back:
Gift cards
Software products you download
Patterns in print
Any item that is not in its original condition, or is damaged or missing parts, for reasons that are not our fault
Any item sent back more than 14 days after delivery
To complete your return, we need a receipt or other proof of purchase.
Refunds (if applicable)
When your return has arrived and been inspected, we will email you to let you know we have it. We will also tell you whether your refund is approved or rejected.
If it is approved, your refund will be processed and a credit applied automatically to your credit card or original payment method within a certain number of days.
Late or missing refunds (if applicable)
If your refund hasn't arrived yet, check your bank account again first.
Then get in touch with your credit card company; it can take a while before a refund is officially posted.
Then contact your bank. A refund often takes some processing time before it is posted.
If you have done all this and your refund still hasn't arrived, please contact us at cher""",
                     ("we'll even cover the return postage",)),

    "quilterswarehouse": ("""Product Returns

What Is the Return Policy?
QuiltersWarehouse guarantees 100% satisfaction and wants you to be fully happy with what you buy. If for some reason you decide to send an item back, please read our return policy below to see whether any special return conditions apply.

30-Day Money Back Guarantee!
QuiltersWarehouse takes returns within 30 days of your receiving the product (going by UPS, Fed-Ex or USPS delivery records) and refunds the price of the product. Items have to be packed back into their original packaging, with all their accessories and a copy of your invoice. Please bear in mind that a return may change or cancel coupon discounts or refunds shown on the original order.

Is anything not returnable?
The QuiltersWarehouse 30-day Return Policy covers every item on this website except the products below, which cannot be returned and are a Final Sale (no exceptions):
- any fabric shorter than one yard, or fabric the customer has cut
- Copyrighted material such as books and patterns.
- Opened computer software or DVDs can be exchanged only for the same item.
- Subscriptions, for instance Block of the Month or Fabric Clubs.
- Special Orders
- Clearance, closeout and discontinued items
- any item with excessive wear and tear, or damaged and judged unsaleable

Special Orders – How Are They Handled?
If an item you order isn't available, because of quantity or some other characteristic, our Customer Service Department will contact you to check that you want it. The representative will then tell you that the item falls under our special order policy, and this will also be noted on the Order and on the final Invoice when it ships. Returns of special orders are handled like this:
- Regular stocked items in quantities of 4 or fewer carry a 20% re-stocking fee.
- Quantities above 5 may not be returned
- Items that were special ordered w""",
                          ("may change or cancel coupon discounts", "exchanged only for the same item",
                           "carry a 20% re-stocking fee", "quantities above 5 may not be returned")),

    "buttonsnthings": ("""Returns and Adjustments

When an Order Can Be Returned

To start a return, get in touch by phone, text or email no later than seven (7) calendar days after receiving the items, going by the package tracking. The shipping date does not count toward the seven days.

We take returns, give refunds or make other adjustments only when there is Cause. "Cause" covers, among other things:

  • The buyer received an item other than the one ordered. Differences in packaging made by the manufacturer don't count.
  • The item was damaged before it went into the shipping system (usually USPS). Damage in transit is the shipping service's responsibility, but we suggest you contact us so we can help recover the cost.
  • The product listing materially misrepresented the item. Differences in color or appearance, as described on our Legal and Disclaimers page, don't count.

Please contact us straight away if you find a problem with your order. We will work with you toward the best reasonable solution you and we can both agree on.

How to Return an Order

Contact us for return approval first. We won't accept a return unless you have told us beforehand and we have approved it.

When we have approved a return and it was for "Cause" as above, we will send you a postage-guaranteed return label. If you can, reuse the original shipping box, sticking the return label over the old label. When the item(s) reach us in the condition they were shipped in, we will give you a full refund.

If the return was not for "Cause" but we approved it anyway, the buyer pays for the return shipping. If you can, reuse the original shipping box, sticking your label over the old label. When the item(s) reach us in the condition they were shipped in, we will refund the cost of the returned item(s) but no shi""",
                       ("differences in packaging made by the manufacturer",
                        "damage in transit is the shipping service's responsibility",
                        "differences in color or appearance", "but we approved it anyway",
                        "refund the cost of the returned item(s)")),

    "pillows2u": ("""When you order through the pillows2u website, you accept the terms below. We set out these policies so that you know exactly how our refunds and returns work.
30-DAY RETURN POLICY
Our return policy runs 30 days: you have 30 days from receiving your order to ask for a return. To qualify for a return, your item has to be in the same (new) condition you received it in, unworn or unused, with its tags, and in its original packaging. You will also need the receipt or other proof of purchase.
RETURN PROCESS
To start a return, email us at contactpillows2u@pillows2u.example If we accept your return, we'll send you a return shipping label and instructions on how to send your package and where to. The inspection may take about 5-7 business days. After it, you'll get a new product at no cost (no return fee). We won't accept items sent back without a return being requested first.
EXCHANGES
We exchange only products that are damaged, the wrong product, the wrong size, or defective. To exchange an item, please contact us at contactpillows2u@pillows2u.example
DAMAGES AND ISSUES (DEFECTIVE PRODUCTS)
Please check your order when it arrives and contact us straight away if the item is defective or damaged, or if you got the wrong item, so we can look into it and put it right. No fees
To return your product, get in touch with our support at contactpillows2u@pillows2u.example
FOR YOUR RESPONSIBILITY (CUSTOMER REMORSE)
Please check your order when it arrives and contact us straight away if you bought the item by mistake, no longer need it, or if the products are the wrong ones, so we can look into it and put it right. No fees
RETURN METHOD
By mail.
PRODUCT CONDITION
New.
WHAT IS THE RESTOCKING FEE
There is no return fee or restocking fee.
HOW MUCH RETURN SHIPPING FEE
None.
REFUNDS & ORDER CANCELLATION
While the product is still being processed, you can cancel the order and get a full re""",
                  ()),
}
