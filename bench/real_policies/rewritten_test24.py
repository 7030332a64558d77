"""The test24 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "sneakersgears": ("""At Sneaker Store, our performance footwear comes with our backing, and we want you to be fully happy with what you bought. If your running shoes, hiking boots or other athletic footwear don't leave you 100% happy, sending them back or swapping them is simple.
Our Return Policy
Returns and exchanges are accepted for up to 15 days after your order reaches you. A return qualifies only when:
- The items are unused, still in their original condition, and in their original packaging
- Every tag and label is still attached
- The shoes carry no signs of wear or damage
Note: Insoles can't be returned or exchanged, for hygiene reasons, unless they are defective. Every sale of insoles is final.
How to Start a Return or Exchange
These simple steps take you through sending back or swapping your performance footwear:
Step 1: Get in Touch with Customer Service
Send your return or exchange request by email to our support team at [email protected]. So that nothing we need is missing, please follow the template below:
Step 2: Get Your Return Authorization
Within 24-48 hours our team will reply with:
- A return authorization number
- Instructions for shipping
- The return address (Sneaker Store, 526 Heavner Court, Radcliffe, US 50230)
Step 3: Pack and Send Your Return
Pack the item(s) securely in the original box, together with all included materials. Put the return authorization number inside the package. Send it to the address we gave you, with a trackable method.
Step 4: How We Process Your Return
When your return has arrived, we inspect it (usually within 3-5 business days of its arrival) and then tell you by email whether it has been approved.
Refund Information
Once a return has been received and approved, the refund goes to your original payment method within 5-7 business days. Please note:
- We don't refund the original shipping fees
- The customer pays for return shipping, unless the return comes from an error on our side
- Customs fees may apply to international returns, and they are not refunded
Exchange P""",
                      ("return authorization number inside the package", "customs fees")),

    "vanitylure": ("""Swimwear Return and Exchange Policy

Terms and conditions
We built our return policy to make things easy for our customers while protecting the quality and integrity of what we sell. Within 15 days of receiving an order, a customer may ask for store credit or an exchange. Please be aware that we apply this policy strictly: we do not give refunds to the original payment method. What is more, everything bought from our sale category is final sale, so it can't be returned or refunded. For anything bought outside the sale category we are glad to give store credit on returns, but only one return or exchange per order is allowed. Any shipping costs for returns or exchanges are paid by the customer. We charge no restocking fees at the moment, although we keep the right to bring them in on a case-by-case basis where needed.
If, rarely, your goods arrive damaged or there has been a packing error, please email us within 48 hours of delivery. Our team works to sort out such problems quickly and efficiently. We know how much clear product presentation matters. Colors can look a little different because of screen resolutions, and fabric prints can vary slightly; these differences should not be mistaken for defects. To keep your swimwear in good shape for longer, follow the care instructions on its tags, and remember that chlorine, lotions and hot tubs can affect its color and quality.
We truly want you to love what you buy, and we thank you for understanding these necessary conditions. Your satisfaction matters a great deal to us, and we work to offer high-quality products along with a fair, consistent return process.
Instructions for a "Return Exchange"
When you send swimwear back, please check that it meets the requirements below so that everything goes smoothly a""",
                   ("one return or exchange per order", "case-by-case basis", "should not be mistaken for defects")),

    "rainkoat": ("""NEW Returns

 

RETURNS

Not quite what you hoped for? For 30 days, returns are free for you, Australia only. Please check that every label is still attached and that the item hasn't been worn (trying it on is fine, of course!)

Please be aware that free return shipping is for orders within Australia only. For orders from outside of Australia, the customer pays to send items back to our warehouse.

FULL PRICED ITEMS: FREE RETURNS FOR 30 DAYS.

TYPE

REFUND

EXCHANGE

 

FULL PRICE


X

Click here for
FREE RETURN LABEL

SALE
X
Click here for
FREE RETURN LABEL

REFUNDS
Under our Returns Policy we are glad to refund your item(s) within 30 days of their arrival, as long as:

  1. The product is unworn, unused and still in its original condition.

  2. Its original tags are still firmly attached and nobody has tampered with them.

  3. It reaches our fulfilment centre no later than 7 days after lodging your return through the returns portal.

  1. The product can be sold again.

When all of these are met, and our team has checked the item and agrees that they are, we will gladly refund you to your original payment method (the shipping you paid to receive the order is not refunded).

We process returns within 14 business days of your parcel arriving at our fulfilment centre.

Refunds go back to the original payment method:

  1. To the credit card that paid for the purchase.

  2. If a gift card was used to pay for any part of the order, we issue a new Gift Card.

  3. Afterpay refunds are handled, and confirmed to you, by Afterpay soon after Rainkoat has processed your returned item(s). The return either adjusts your Afterpay payment schedule or refunds every payment made so far.

EXCHANGES
Sadly we are unable to hold items for online exchanges. So that you aren't disappointed, you are welcome to order the item you want as a new order a""",
                 ("australia only", "outside of australia", "no later than 7 days after lodging", "gift card was used",
                  "afterpay refunds")),

    "denimexchange": ("""Returns & Exchanges
Thanks for shopping with us! We want everything to go smoothly for you, so this is how returns work:
Returns and Exchanges:
-Click here to start a Return/Exchange
Refunds:
- We refund to the original payment method.
- We don't refund shipping charges.
Condition of Returned Items:
- Every item sent back has to be unused and unwashed, in its original condition, with its packaging intact and fit to be sold again.
- Please keep shoeboxes free of tape and shipping labels.
Return Process:
- In-store returns: bring the item(s), the original confirmation email, a photo ID and the credit card you paid with to any Denim Exchange retail store.
- Or start your return/exchange online, on our website.
International Returns:
- At the moment we are not able to take international returns or exchanges.
- Duty or tax charges at customs are not our responsibility.
Gift Returns:
- Got a gift from Denim Exchange? This is how to send it back:
- To start a return for a gift item, call 1-323-604-9526.
- With a receipt, items can be exchanged or returned for a Denim Exchange store credit.
Backordered Items:
- For items on backorder, this is what to know:
- A backordered item ships later; we show an approximate ship date when you put it in your bag and again at checkout.
- We authorize your card on the day you order but charge it only when the item ships.
- If the backorder ship date changes, we will let you know by email.
Need Help?
For any other question, or if you need help, please contact our Online Customer Service department at support@denimexchangeusa.example. We're glad to help!""",
                      ("shoeboxes", "in-store returns", "international returns", "gift item", "denim exchange store credit")),

    "pajamashoppe": ("""Pajamas & Teddy Gram Gift

Valentine's Day Gifts


Backorders

Gift Certificates

Guarantee

How to Order

Order Status

Payment Options

Privacy Policy

Returns & Exchanges

Sales Tax

Secure Shopping

Shipping Charges

Size Charts - USA

Size Conversion Charts - International

Returns


Your Satisfaction Matters To Us
Not fully happy with what you bought? Just send it back for a refund or an exchange. Items have to be unworn, in "new and original condition", with every button, tag and so on still attached. For a refund, your parcel needs a postmark no later than 15 days after your order arrived; we take returns postmarked within 60 days for an exchange or for merchandise credit. Anything that reaches us after 60 days will be refused automatically. Christmas gifts and other gifts get extra time to come back* (see the note below). Anything returned after 15 days earns a merchandise credit (a gift certificate) to spend on any later purchase from our store. Silks and other delicate items that come back excessively wrinkled and disheveled may carry a restocking fee of up to 15%.

We are proud to sell only brand new merchandise that nobody has worn. Please don't send back items that are worn, soiled, ripped or damaged in any way -- we will not accept them as returns. Most items can be returned in new condition, but these intimate items cannot: Bras, Bustiers & Corsets, Boxer Shorts or Briefs, Camisoles & Tap Pants, Stockings, Teddies, Teddy Gram Gift*, Thongs / Panties, and Clearance Sale items. Write the invoice number on the mailing label of your return, and put your filled-in Return Form inside the package.

Pack your return neatly: fold it back into its plastic bag with all of its original tags and inserts, and put it in a box. On the Return Form, fill in the quantity, write down why you are sending it back and whether you would like a refund or an exchange, then sign and date it and put it in with your return. Send your merchandise back to us. Ship your return insured and/or wi""",
                     ("within 60 days for an exchange", "after 60 days", "christmas", "returned after 15 days",
                      "excessively wrinkled", "invoice number on the mailing label")),

    "thescarfworld": ("""Refund Policy
 

Section 1 - When can I get a refund?

 
 

You qualify for a refund if a) your item was not shipped within the time set out in the processing terms at checkout, or b) what reached you is an item you never ordered. In case b, please keep the item you received as a gift from us.

To ask for a refund because the wrong item reached you, send us an email with your invoice and a photo of the item(s) you got. We will reply within 3 working days of your refund request, and will also tell you whether it has been approved or rejected. Once it is approved, we process your refund and credit it to your original method of payment.

Section 2 - Late or Missing Refunds

 
 

Still no refund? First look at your bank account once more.
Then get in touch with your credit card company; a refund can take a while to be officially posted.
After that, contact your bank. 
Refunds often need some processing time before they are posted.
If you have done all of this and your refund still hasn't arrived, please write to us at wecare@thescarf.example.

Questions & Contact Information

 
 

Please send any questions about this Refund Policy to wecare@thescarf.example.""",
                      ("gift from us",)),

    "glovescom": ("""RETURNS

Every now and then an item just has to go back - it happens to all of us. We like keeping that easy!

Returns – Unopened Cases:

New, unopened cases of gloves can be sent back within 30 days of delivery for a full refund of the cases you return; we ask you to pay the return shipping (it helps us keep our prices as low as possible over time!). Expect the refund on your credit card or other payment method within 3 business days after the cases arrive at our return center, and allow a few more days before it shows on your card statement. To return a case, email us at sales@gloves.example with your order number and the product details. Please note that we allow up to two returns per customer. Looking after our customers is what we love, so we'll help you get your items back to us quickly and without fuss.

Returns – Opened Cases:

Opened cases of gloves can come back too, with a restocking fee of $15 on each opened case returned, and again we ask you to pay the return shipping (it helps us keep prices low over time!) – though if the item you got was incorrect or damaged, we drop the restocking fee. To be refunded, opened cases must go back to our warehouse in Austin, TX. Email sales@gloves.example with your order number and the product details. Please note that we allow up to two returns per customer. Looking after our customers is what we love, so we'll help you get your items back to us quickly and without fuss.

EXCHANGES

Any item can be exchanged whenever you need, within 30 days of delivery. There is a $15 restocking fee for each opened case of gloves. Whatever the reason for your exchange, we'll gladly pay the return shipping, for domestic orders only. Please note that a case of gloves can only be exchanged for another case of gloves (or mult""",
                  ("two returns per customer", "restocking fee of $15", "austin", "each opened case",
                   "domestic orders only", "another case of gloves")),

    "thebeltshoppe": ("""Product Returns: Product returns are something we no longer take. We do take a return when the item arrives damaged or when we made a mistake in packing or shipping it.
95% of returns and exchanges happen because the size was wrong, so it really matters that you read our sizing instructions, which you'll find under the About Us menu.
Product Exchanges for US Customers: Exchanges on orders placed in the United States carry a return shipping & handling charge of $6.50. Please enclose a check or money order made out to The Belt Shoppe, and don't send cash. Item(s) you send back must still be UNWORN / NEW / UNUSED. Return the item(s) with any carrier you like, and tell us how you want them exchanged (the sizes and colors you need instead) and the address to send them back to. We strongly recommend a shipping method that is traceable and insured. The Belt Shoppe cannot be responsible for items lost or damaged on their way back to us. We take exchange requests only within 30 days of the original purchase.
Product Exchanges for International Customers: Customers abroad must contact us first for a return authorization. While we authorize the return, we quote you a return shipping charge and arrange its payment before issuing the return authorization. The charge for return shipping is calculated at our direct rates. We take exchange requests only within 30 days of the original purchase.
Any shipping damage, shortage or discrepancy must be claimed within 3 days of the day your merchandise reached you. You can email us here - Contact Us.
Return Shipping Address:
Via USPS:
TheBeltShoppe.comPO Box 60549Colorado Springs, CO 80960
Via UPS/FEDEX:
We may change either policy, for returns or for exchanges, at any time.""",
                      ("charge of $6.50", "contact us first for a return authorization", "calculated at our direct rates")),

    "larenzo": ("""EXCHANGE POLICY

Has your item arrived damaged or not as described, or is it just the wrong size for you? Get in touch with our Customer Service team (Monday to Friday) and we'll be glad to replace the items concerned!

EXCHANGE TIMELINE:
  • You have 30 days from the delivery of your order to send the item back to our address (to qualify, it must reach us within those 30 days). A return that arrives more than 30 days after you first received the order will be refused. Once the exchanged item reaches you, the same rules apply if you want to send it back or exchange it (so to return the exchanged item you have the usual 14 days from that delivery to qualify for a refund, and 15-30 days to qualify for store credit).
  • If an item reaches you damaged, contact our Customer Service team within 5 days of receiving it.
WHAT CAN BE EXCHANGED:
  • Exchanges are offered only on orders shipping to the contiguous USA.
  • There is one exchange per order.
  • Exchanges are for a different size and/or color only. When you contact customer service to ask us to authorize an exchange, just tell us the size and/or color you need.
  • If the size and/or color you asked for is out of stock when your package reaches us, you will receive store credit in line with our posted return policy.
WHAT CAN'T BE EXCHANGED:
  • Anything described as "Sale" is not exchangeable.
  • Merchandise needs all of its tags attached, and returns must come back in their original packaging, without shipping labels stuck on them.
  • Novelty neckties can never be returned, whatever the circumstances.
  • Items that are worn, soiled, altered, washed or damaged by the customer can't be returned; we will ship them back to you at your cost and issue no refund.
  • If, within 30 days of first receiving the item in question, you cannot be reached through the contact details you gave us so that you can pay for shipping to send th""",
                ("to qualify for a refund", "contiguous usa", "one exchange per order", "size and/or color only",
                 "out of stock", "without shipping labels", "cannot be reached")),

    "skiisandbiikes": ("""HELP

RETURN POLICY

HELP

RETURN POLICY

New, unworn merchandise can be refunded within 30 days of the purchase date, at any of our stores or with an online return. Anything bought at 49% off or more is Final Sale and can't be returned or exchanged. Between 31-60 days after purchase, items can be brought back in store or returned online for in-store credit. Not every item can be returned or exchanged; please see our full return policy for the details.

Every original hangtag and accessory must still be attached to the garment, and we inspect each product.

Please note that once bindings have been mounted on or drilled into skis, we can't take those products back: mounted or drilled, they are non-returnable.

Items bought in store can only be returned in store. On online orders we deduct $10 from your refund, and $40 for any ski or snowboard return. To avoid the restocking fee, you can also bring your online order back to one of our stores.

When you order online from us, you confirm that you have read, understood and accepted the terms of this policy on returns, late shipments, delivery estimates and shipping costs.

Online Returns

Online purchases can be returned both online and in-store. To exchange something bought online, do it in store, or mail back your online return and then place a new order. When you ask for a return through the Skiis & Biikes online channel, these conditions must be met for a refund or a store credit.

Conditions:

  • Each item is unworn, in its original condition, and still has its tags.
  • Returns and exchanges need proof of purchase.
  • Items come back in their original condition and packaging.
  • Every accessory comes back with the original item.
  • Items bought as a set must come back as a set.
  • We are only able to refund or to send out replace""",
                       ("31-60 days", "bought in store can only be returned in store", "$40 for any ski or snowboard",
                        "avoid the restocking fee", "both online and in-store")),

    "allrunningshoes": ("""At Running Shoe Store, we want you to be fully satisfied with your running gear. If something you bought doesn't make you happy, whatever the reason, returning or exchanging most items is simple within 15 days of delivery.
Our Return Policy
Merchandise can be returned or exchanged when it is unworn and undamaged, in its original packaging, with every tag attached. Please note:
- A return must be started no later than 15 days after delivery
- Items have to be fit for resale
- You need the original proof of purchase
- Running socks can't be returned (for hygiene reasons)
- Nor can any item marked as final sale
How to Return or Exchange
To return or exchange an item, follow these simple steps:
- Contact Us: Send your return or exchange request by email to our customer service team at [email protected], using the template below
- Get Authorization: Within 1-2 business days we will reply with a Return Merchandise Authorization (RMA) number and instructions
- Pack Your Item: Pack the item securely in its original packaging, with the RMA number clearly visible
- Send Your Return: Ship the package to our warehouse, at the address given in your authorization email
Return Shipping
Return shipping is paid by the customer, unless the return comes from our error (we shipped the wrong item, or the product is defective). Please use a trackable shipping method, since we can't be responsible for return packages that go missing.
Refund Process
When your return has arrived and been inspected:
- We process the refund within 3-5 business days
- The refund goes to your original payment method (Visa, MasterCard, JCB or PayPal)
- Shipping fees are not refunded, unless the return comes from our error
Note: Your financial institution may take 5-10 business days to show the refund on your statement.
Exchange Process
To exchange:
- Go through the same return process as above
- Say clearly in your email that you want an exchange, and name the new item you want
- We'll ship yo""",
                        ("rma number clearly visible",)),

    "workingpersonshoes": ("""At Work Shoes Store, we know that dependable footwear matters for your safety and comfort at work. That's why our shipping and returns are as simple and sturdy as our boots.

Shipping Information

Order Processing

Every order is processed within 1-2 business days (weekends and holidays excluded). Once your order ships, we'll email you a confirmation with tracking details.

Shipping Options

Two shipping methods are available:

  • Standard Shipping ($12.95): sent by DHL or FedEx, arriving 10-15 business days after shipment
  • Free Shipping (orders over $50): sent by EMS, arriving 15-25 business days after shipment

Note: We deliver worldwide, except to some Asian countries and remote areas. Customs fees and import duties may apply to international customers, and are theirs to pay.

Returns & Exchanges

Our Return Policy

Returns and exchanges are accepted for 15 days after your order arrives. A return qualifies when:

  • Items are in original condition (unworn, with their tags and packaging)
  • Proof of purchase is included
  • There is no damage, dirt or sign of wear

Non-Returnable Items

For health and safety reasons, these can't be returned or exchanged:

  • Any insulated boots (Hunting, Logger, Steel Toe or Work Boots)
  • Internal Metatarsal Boots
  • Anything marked "Final Sale"

How to Return or Exchange

Just follow these steps:

  1. Write to us within 15 days at [email protected] with your request
  2. Fill in the Return/Exchange Request Form (template below)
  3. Wait until it's approved – we'll email you a Return Authorization Number (RAN) within 1 business day
  4. Pack your return securely in the original packaging
  5. Send your return to:
    Work Shoes Store Returns
    725 Ralph Drive
    AKRON, US 44312

Return/Exchange Request Form Template

Subject: Return/Exchange Request –""",
                           ()),
}
