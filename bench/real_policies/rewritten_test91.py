"""The test91 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "kitchenkaboodle": ("""Returns & Exchanges

Last Updated: June 18, 2024

Contents:

  1. Housewares Policy

  2. Furniture Policy

1. HOUSEWARES RETURN & EXCHANGES POLICY

  1. Most housewares products that are still unused and unopened come under our 30-day return policy. You can bring items back within 30 days of purchase and get a full refund, as long as their original condition and original packaging are kept. Returns may be made in-store. If you ship a return, the cost of sending it back is yours.

  2. Every return, exchange or refund needs the store receipt with it.

  3. Once 30 days have passed, every sale is final.

  4. Closeout merchandise is always sold as final sale.

  5. Seasonal and sale merchandise can be neither returned nor price-adjusted.

  6. Furniture has return policies of its own, set out below, which differ from these.

2. FURNITURE RETURN POLICY

We expect you to love the furniture you bought. Should you be unhappy with it, though, we will happily take it back on the terms that follow.

  1. If furniture comes back within seven days of receipt of merchandise, you get the whole purchase price back (subject to 5.). Purchases paid by bank card are credited back to the card; purchases paid in cash or by check get a cash refund up to $50, and above $50 the refund comes as a check. Checks will be mailed within one week, counted from the refund date.

  2. When furniture comes back within 15 days of the purchase date, we issue (subject to 5.) store credit equal to the full purchase amount. Such credits stay valid for six months from the day we issue them.

  3. Close-out, discontinued and floor model furniture is sold as-is, and every such sale is final: these pieces cannot be returned, refunded or exchanged. Please look them over with care before you buy.

  4. Returns of seasonal or summer furniture are subject to end-of-season markdowns. After July 4th we accept no returns of summer furniture, and give no refunds or exchanges for it.

  5. Anything returned has to be in as-new condition, or we charge a restocking fee of 15%. Every return has to come with all of its parts, fittings""",
                        ("returns may be made in-store", "within seven days of receipt of merchandise", "cash refund up to $50",
                         "checks will be mailed within one week", "store credit equal to the full purchase amount",
                         "valid for six months", "end-of-season markdowns", "after july 4th", "restocking fee of 15%")),

    "mybobs": ("""We aim to make sure you are pleased with the mattress you bought. If, unusually, a factory defect turns up in your mattress, we replace it at any time within the manufacturer's stated warranty period.
We hope its comfort delights you, though most people need a while to get used to a new mattress. If you have slept on your mattress for 30 days and are still not happy with it, please contact us!
You may pick a different mattress once (a one-time re-selection), provided you do so no more than 90 days after the original receipt date. We bill or credit you the difference in cost between your first mattress and the one you choose instead, and the delivery charge for swapping the mattresses is yours to pay. Foundations and adjustable bases cannot be refunded, returned or exchanged.
A mattress can also be sent back up to 90 days after the original receipt date; we then give you back what you paid for it, less the original delivery fee.
Any mismatched bedding set bought from the Outlet has to be accepted as a set when it is delivered. After you accept mismatched bedding, the sale is final. Mismatched bedding bought from the Outlet cannot be exchanged, returned, serviced or refunded.
Unless stated otherwise, every refund goes back to the credit card account you used for the original transaction. If you paid by check, cash, money order or traveler's check, your refund check from our Home Office is posted to you within 16 days instead. Please be aware that a check can be made out only to the person(s) named on the original sales order as the sold-to party.""",
               ("slept on your mattress for 30 days", "one-time re-selection", "difference in cost", "accepted as a set",
                "refund check from our home office", "sold-to party")),

    "startopis": ("""At Kitchen Appliances, keeping customers satisfied comes first, and we want returns and exchanges to run smoothly and without hassle. Our policy is set out below:
1. Eligibility for Return and Exchange
- Timeframe: You can return or exchange products up to 7 days after the date you receive them.
- Condition: Products have to be unused and in their original condition, with the manuals, the accessories and all of the original packaging.
- Proof of Purchase: Every return or exchange request needs a valid purchase receipt or invoice.
2. Non-Returnable Items
- Products that were used or damaged by the customer, or that are no longer in their original condition.
- Items labelled non-returnable or final sale when they were bought.
- Perishable goods, custom-made items, and any product that has been assembled or installed.
3. Return and Exchange Process
- Inspection: Once your return request reaches us, our team checks the product to make sure it meets the return criteria.
- Approval: When the return is approved, the exchange or refund is processed within 5-7 business days.
- Shipping Costs: The customer pays the cost of return shipping, unless the product proves defective or incorrect.
4. Defective or Incorrect Products
- If a product reaches you defective or incorrect, get in touch with our customer service no later than 48 hours after your order arrives.
- We will then send a replacement or give you a full refund, with the return shipping costs included.
5. Refunds
- Refund Method: Refunds are paid back to the method you first paid with, within 5-7 business days of the approval of the return.
- Partial Refunds: If signs of use show on the product or parts are missing, sometimes only partial refunds may be granted.
6. Exchanges
- To swap a product for a different item, contact our customer service team, who will help you through it.
- Exchanges depend on what is in stock, and they may require additional payment or refund, according to the price di""",
                  ("only partial refunds may be granted", "may require additional payment or refund")),

    "vacuumplus": ("""• Vacuumplus.com takes back items up to 30 days after the original purchase date; the items have to be unused and in original packaging.
  • A return is only processed when it carries a Return Authorization Number. Before you send anything back, please phone 703-531-1045 to get your Return Authorization Number.
  • The RA# we give you must appear, written on the outside of the box, and on a copy of the invoice placed in the box too. That lets our processing team deal with the return faster.
  • Every return is charged a minimum 5% processing fee, which covers the credit card fees we pay on the first sale and again on sending the money back.
  • Any return of an item that has been used, without exception, carries a 20% to 35% restocking fee on top of the processing fee. Used items with visible wear, marks, scratches, odors, blemishes, damage or other signs of usage are the likeliest to meet strict enforcement of this restocking fee, because we can no longer sell them at full price: we must spend time refurbishing them and then sell them at a discount.
  • Vacuumplus.com may turn a return down if the item has excessive damage, or if the item is deemed to be a fraudulent return.
  • The customer alone bears the cost of sending an item back. Pick the cheapest carrier; if the item's retail value is over $100, we also advise you to insure it.
  • Filters, electrical components, opened vacuum bags, used accessories and items with excessive damage cannot be returned to Vacuumplus.com
  • When excessive wear and tear or smoke damage shows on an item, the customer is charged for these repairs. From the purchase amount we refund, Vacuumplus.com takes a $75 cleaning fee for products with excessive wear and tear, and for products damaged by smoke the cleaning fee is $100. Vacuumplus.com will send the customer an email upon receipt of the damaged item so as to let """,
                   ("written on the outside of the box", "minimum 5% processing fee", "20% to 35% restocking fee",
                    "strict enforcement of this restocking fee", "deemed to be a fraudulent return", "charged for these repairs",
                    "$75 cleaning fee", "upon receipt of the damaged item")),

    "waterfilterstores": ("""Refund and Return Policy

Thanks for buying from Water Filter Stores. We work hard to make sure you are happy with what you bought. If your order leaves you less than fully satisfied, please read the Refund and Return Policy that follows.

1. Return Period

Products can come back for a refund or an exchange up to 30 days after the purchase date. A return has to be started inside that 30-day period.

2. Eligibility for Returns

A return qualifies only when all of these conditions hold:

  • The product is unused, still in its original condition, and packed in the original packaging.
  • Your return request is sent no later than 30 days after the purchase date.
  • You give proof of purchase, for example an order number or a receipt.

3. How to Initiate a Return

For a return:

  1. Ask our customer service team for a Return Merchandise Authorization (RMA) number, by email at contact@waterfilterstores.example or by phone on +1 (317) 779-0268.
  2. When your RMA number has reached you, put the item, packed securely, in its original packaging. Place the RMA number inside the package, together with a copy of your receipt.
  3. Send the return to this address:
    • Skint Richard LLC
    • 8 The Green, Ste A
    • Dover, DE 19901
    • Attention: Returns Department

4. Return Shipping Costs

Return shipping is paid by you, except where the return comes about through our error (for example, incorrect or defective items). We advise sending it with a trackable shipping service or buying shipping insurance for items over $75, since the shop accepts no responsibility for returns that go missing or get damaged on the way.

5. Refunds

  • Processing Time: When your returned item reaches us, we inspect it, and your refund is then processed within 5-7 business days.
  • Refund Method: The refund goes to the original payment method you used when you bought. Shipping and handling fees are not refunded.
  • Partial Refunds: If the item you send back shows signs of use or is no longer in its original condition, we may iss""",
                          ("rma number inside the package", "partial refunds")),

    "faucetfellas": ("""Returns Policy

Overview

At Faucetfellas.com we want shopping with us to be as pleasant as it can be. So we keep buying simple: you get 30 Day Returns and as long as 60 days to exchange!

Items That May be Returned

30 Day Return Period

Defective merchandise can only be swapped for the same product.

Items That May be Exchanged

60 Day Exchange Period

There are no restocking fees on all exchanges. The new order must have equal or greater value.
Defective merchandise can only be swapped for the same product.

General Return Info

We suggest repacking the product in a larger box so that it does not get damaged on its way

Guidelines

Refused Orders

Items that are Non-Returnable

Restocking Fees

Reasons For Restocking Fee

RGA Request

Before you return any product, you need an RGA # (Return Goods Authorization #). Phone our customer service department on 1-800-891-0896 to get an RGA # and the return instructions. We usually handle return requests within 2-4 business days, and the return instructions reach you together with your RGA #.

Refunds

Expect your refund, in the form of payment you first used, within roughly 7-10 business days of your return reaching us. Refunds can however take up to 30 business days when the box shows no RGA#, when parts are missing or when the merchandise is defective. Every return and exchange is credited less restocking and shipping costs. Once a week our credit department handles returns and issues credit; an item that has not arrived by then waits until the next week to be processed. If more than 30 days have gone by and you still have no credit, please phone our Customer Service Department on 1-800-891-0896.

Wrong Products Received

If the product we ship you differs from the one you ordered, please Email Us or phone 1-800-891-0896 within 48 hours of receiving it. We will give you an RGA # and tell you how to send it back and where to. We will cover the freight back an""",
                     ("60 days to exchange", "no restocking fees on all exchanges", "equal or greater value",
                      "up to 30 business days", "less restocking and shipping costs", "once a week")),

    "broncomaterials": ("""Return Policy

NOTE: ALL CASH PAYMENTS ARE FINAL SALE

** YOU MAY RETURN ITEMS FOR UP TO 10 DAYS AFTER PURCHASE**

**NO RETURN WITHOUT A RECEIPT, WHATEVER THE CASE**

  • Proof of purchase is needed
  • Before a return can be processed, flooring packages MUST be UNDAMAGED and UNOPENED/UNUSED.
  • Other items, such as shoe mold, transitions or adhesives, should have no damages if the purchase is to be processed.

**Grouts, Special Orders, Closeout and Clearance Items, Final Sale Items and Discontinued Items are ALL NON-RETURNABLE!**

“Should your recent purchase leave you unsatisfied, whatever the reason, we will gladly take the product back or exchange it within 10 days of purchase, giving you a full refund, an exchange or store credit. For a return: Items have to be unopened/unused and still packed in the original packaging, with every tag attached.

Once more than 10 days have gone by since you bought it, no refund/exchange of any kind is offered.”

For types of refunds:

  • The Credit Card the purchase was made with
  • Store/ Account Credit (Shopify offers Gift Cards for AC)

Which staff would be in charge of OVERSEEING returns?

  • “Approved .” Melissa & Ricardo

**EVERY RETURN GETS COUNTED FOR AT THE END OF THE WORK WEEK**

In case we DO offer Store/ Account Credit:

In what way would it go into the system? Shopify Gift Cards, plus a Note in the Client's Profile. (Please tag it as well when the GC is spent on a purchase)

Could clients spend their credit on anything?

Should we tell clients about the credit they have, or hand them a Card showing their credit balance? Clients can see the balance on Shopify Gift Cards.""",
                        ("all cash payments are final sale", "should have no damages",
                         "counted for at the end of the work week")),

    "scratchwizard": ("""Return Policy

CUSTOMER REFUNDS, REPLACEMENTS & CANCELLATION POLICY

Every paint order is filled by hand. After your order has been processed (that is, once the paint is mixed), it cannot be canceled, and the order will be charged to you. Mixing your paint to OEM specifications and filling the order takes us a good deal of time.

When the reason is valid, for example a color mismatch or a defective or damaged product, we give sales refunds & replacements until 30 days after the date your order shipped. Please make sure the color matches well and the order is complete before that deadline. After 30 days all sales are final. Shipping costs are normally not refunded, except in situations we authorize.

We repeat: ordering the right OEM paint color code for the vehicle is the customer's responsibility. After your order is processed, the shop will not offer refunds or replacements for situations that arise from any of these reasons:

  • The color code you ordered was a mistake on your part.
  • The car has since been sold or further damaged.
  • Your mind changed, or a professional repaired the car.
  • Your vehicle's repair turned out below what you expected.
  • You cannot use the paint, or do not want to.
  • You found a different vendor for your paint.
  • You tried a forwarding service and could not get your order shipped.
  • For whatever reason, you did not use/open our product.

Custom-matched paint, interior dye and wheel paint products cannot be refunded, replaced or returned. See the “Company Policies” section.


CUSTOMER RETURNS PROCESS

If your transaction is valid and qualifies for a return, replacement or refund, you have to contact our Customer Service Department and ask for a return authorization. Without a representative's approval, do not send your order back, or the shipment may be refused or sent back to you. You get a full refund when you send your items back, including paint (apart from """,
                      ("it cannot be canceled", "will not offer refunds or replacements for situations",
                       "send your items back, including paint")),

    "bestgardendecor": ("""At Garden Furniture Sales, we want every outdoor furniture purchase to leave you fully satisfied. Should you be unhappy for any reason with your garden benches, tables, chairs or anything else you bought, our simple returns policy lets you ask for a return or exchange without fuss.
Key Points:
- A 15-day return window, counted from the delivery date
- Items have to be unused and in original packaging
- We do not refund original shipping costs
- Refunds take 5-7 business days to process
Our Return Policy
Most items can be returned or exchanged within 15 days of delivery, as long as they are in their original condition and all packaging is intact. The policy covers our garden furniture, including:
- Garden Benches
- Garden Chairs
- Garden Tables
- Parasols
- Rattan Garden Furniture
Non-Returnable Items
We cannot take back the following, for safety and hygiene reasons:
- Garden Mirrors (they are fragile and raise safety concerns)
- Anything that has been used, assembled or damaged since delivery
- Products that lack their original tags or packaging
How to Return an Item
Take these simple steps to return an item:
- No later than 15 days after delivery, email us at returns@bestgardendecor.example with your order number and the reason you are returning it
- We will email you a Return Authorization Number together with shipping instructions
- Pack the item securely, using its original packaging
- Put in the completed returns form (we will supply it)
- Post the parcel to our warehouse:
Garden Furniture Sales Returns
64 Faulkner St
Manchester, GB M7R 1XY - When it has arrived and been inspected, we will go ahead with your refund or exchange
Return Shipping Costs
The customer pays return shipping costs, unless the item was damaged or incorrect on arrival. We suggest a trackable shipping service, and keeping your receipt until the return is finished.
Refund Process
Once your return has reached us and been inspected:
- Your refund goes to your original payment method
- Processing usually takes 5-7 business days from when your return reaches us
- For""",
                        ("completed returns form",)),

    "myhottub": ("""30 Day Return Policy on Hot Tubs
If you are not fully satisfied with your spa within 30 days of its delivery, we will accept it back and give you a refund of what you paid for it, less the return freight cost. We will pick it up at your curb, too!
To return your spa, first get a Return Merchandise Authorization (RMA) number — phone our customer service number in business hours; we will then arrange to collect your spa and issue your refund.
The spa has to be at the curbside, ready for pickup on the scheduled date and at the scheduled time. It must be in the same condition as when it was first delivered. We will refuse the return if there is abuse, modifications or excessive wear and tear.
Once the spa is back with us and inspected, the refund is paid into the account that made the original purchase. This Return Policy covers online purchases only.
30 Day Parts, Accessories and Furniture Return Policy
To return an item, you first need a Return Merchandise Authorization (RMA) number, which you get by phoning our customer service number in business hours. We cannot accept returns that have no RMA number. Sending the return back safely is your responsibility, so please pack it adequately and insure it. The return conditions are below:
Conditions:
- An RMA (Return Merchandise Authorization) is needed for every return.
- We must receive your return within 30 days of purchase.
- Only spas bought on our MyHotTub.example website come under the 30 day return policy.
- Merchandise has to be in original, sale-able condition, with no cosmetic or other damage.
- We reimburse return shipping only for damaged or defective products, and only with an RMA.
- These cannot be returned: made-to-order products, special order items, spa covers, spa packs, umbrellas, heaters and circuit boards; instead, they remain covered by the manufacturer's warranties.
Thanks for choosing MyHotTub.example!
Last updated: 8/23/2022""",
                 ("pick it up at your curb", "ready for pickup", "we must receive your return within 30 days of purchase",
                  "covered by the manufacturer's warranties")),

    "gratewalloffire": ("""Returns
4/6/2006
1 Get an RA (return authorization) from Grate Wall of Fire by calling 1-800-274-7364, or email us through the "Contact Us" link at gratewalloffire.example
2 Send the item(s) back following the RA instructions we give you – and make sure you buy shipping insurance
3 After the item has been delivered, watch your email: in roughly 7 to 10 business days it brings you confirmation of credit or further information
***Our more detailed Return Policy follows below***
Returns & Exchanges
Every return and exchange has to be authorized in advance, before you send it to us, or we will not accept it. Just contact Grate Wall of Fire for a return authorization. WE WILL NEVER REFUND A RETURN THAT WAS NOT AUTHORIZED. An RA expires once 30 days have passed since the product(s) first reached you. Grate Wall of Fire is under no obligation to refund a return that reaches us outside the 30 day return window.
All return and exchange shipping charges fall to the customer. Should a return shipping charge be billed to Grate Wall of Fire, we recover that sum: it is deducted from the customer's total refund amount.
A return packed using foam packing material, such as foam board or styrofoam peanuts, carries a $20 disposal fee, which we take out of your refund.
What May Be Returned
Fireplace grates and firebacks can come back in either new or used condition for up to 30 days from the delivery date, whatever the reason, provided the unit has not been structurally damaged, modified or abused. Products that are defective because of flaws in manufacturing and/or workmanship we gladly take back, once authorized, for up to 30 days from the delivery date.
All other products including fire pits, as well as accessories, have to come back in new/unused condition. Custom-built products, custom fireplace grates and firebacks among them, are final sale and cannot be returned. Mistakes we make in fulfillment that lead to shipping incorr""",
                        ("deducted from the customer's total refund amount", "$20 disposal fee", "new or used condition",
                         "all other products including fire pits")),

    "airconditionersrus": ("""Packages mostly go to the 48 continental states by LTL freight carrier or common ground carrier.
Every product is kept and shipped in the manufacturer's original packaging and is fully insured in transit. For that reason, any delivery that arrives damaged must be reported within 10 days of delivery, both to the delivering shipping company and to Air Conditioners R Us, so that the refund/replacement process can move quickly. Please check your package on delivery, then report any damages to the deliverer. Do retain all original packaging and accessories, because they have to come back to Air Conditioners R Us before we can issue a replacement or refund.
Most carriers ask for a signature on packages holding over $500 of merchandise; for other packages the driver usually decides whether a signature is needed. Any non-deliverable packages that the ground or LTL freight carrier brings back are charged the actual return carrier charges and the original shipping charges, taken from the original payment. Every other return, for a refund or an exchange, must be in new, unopened and undamaged condition and requested no later than 30 days after delivery. For refunds or exchanges that are not due to shipping damage, the shipping cost will be deducted.
Every return carries a minimum 25% restocking fee.
Most parts and accessories within 15 days of purchase can come back for a refund, provided they are "unopened"; our outbound shipping costs and a minimum 25% restocking fee are taken off. Just send the item back to us, shipping prepaid, by whichever shipping method suits you best. Some products come with free shipping; if you return one of those, the shop's actual outbound shipping costs will be deducted, taken from what you originally paid. No refunds on special order items, final sale items or HVAC equipment. No refunds on special order items, final sale items or HVAC equipment.
Any product returned that was damaged by customer misuse, has missing parts, or is unsellable due to customer""",
                           ("report any damages to the deliverer", "retain all original packaging and accessories",
                            "non-deliverable packages", "minimum 25% restocking fee",
                            "parts and accessories within 15 days of purchase",
                            "actual outbound shipping costs will be deducted")),
}
