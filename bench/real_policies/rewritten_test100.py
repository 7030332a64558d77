"""The test100 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "kedihealth": ("""The law does not let us take back an order for resale once it has reached and been accepted by the customer. Where we made a mistake in filling your order, we will pay back what it cost you, together with whatever your insurer was charged.
We are not responsible for:
Keeping our staff told about any change to your therapy, to your personal details, to your address or to your insurance is up to you.
No order is refunded once more than 24 hours have passed since the customer received it.
Over the Counter Vitamins and Supplements:
The makers of our vitamins and supplements back every product they make with a satisfaction guarantee. Should a product not please you for whatever reason, you may bring it back still sealed (unopened) within 24 hours of purchase, and swap it for another product or take a full refund (shipping and handling deducted). Hold on to your receipt until you know the product suits you.
Every purchase we authorize for return has to be sealed (unopened). We cannot refund any product container that has been opened.
• Questions about a package you have received? Before you open it, phone our Customer Care Center on 0700 000 0000 to ask what is inside.
• Once an authorized return reaches us we credit it, minus the shipping costs. We credit shipping costs only where the shipping mistake was ours.
Please be aware that we scan every product and record its serial numbers before it leaves us. Each claim for a return or refund must match the dispatched product; if it does not, the claim is invalid.""",
                   ("within 24 hours of purchase", "must match the dispatched product")),

    "powderedgains": ("""Return/Refund Policy
RETURN/REFUND POLICY
We take returns and exchanges only for missing or damaged items, and only within 03 days of the day you receive your order.
Gift cards cannot be returned either.
Should an item be missing, or reach you damaged, get in touch and we will post a replacement to you, with no shipping costs charged to you. You need to let us know no later than 3 days after your shipment arrives.
Because of air pressure inside some products, the inner seal (induction vacuum) can now and then be slightly damaged or open even though the outer seal is whole. We accept neither returns nor refunds in that case. The product's quality and integrity are not affected when this happens.
Where we decide a refund is due, we refund your transaction by hand for the right amount for the items sent back. We treat chargebacks seriously, and a customer who makes one may be placed on our no-sell list.
We issue a refund only once everything that came in the original package is back with us, including free promotional items. Please contact us before anything else, as most problems are easy to sort out.
We ship every item with care, so that it arrives safely. If yours did not, email us and we will work it out with you; we look at each case on its own.
If something is missing from your order, contact us; once we have checked that the claim is genuine we will post the missing item to you. We document every order before it ships, to guard against fraudulent claims.
If an order you placed on the website turns out to be out of stock, we will tell you and take the steps needed.
Refunds (if applicable)
When your return has arrived and we have inspected it, we will email you to say that it reached us. We will also tell you of the approval or rejection""",
                      ("inner seal", "including free promotional items")),

    "thepowerherbs": ("""Welcome (Login)
30-day return policy
Under the terms of this paragraph, Buyer may send products back for any reason, or for none, within thirty (30) days of receiving them (or by a later date if Seller allows it), for a refund of all or part of the price Buyer paid Seller. A returned product has to be in the condition and the packaging it arrived in. Further, essential oils, bitters and herbal extracts sold in containers of 8 oz (approx. 225 g) or more can be refunded only when unopened, with the tamper evident safety seal still whole. Before sending a product back, Buyer must get in touch with one of Seller's customer service representatives. Unless Seller agrees otherwise, Buyer pays the cost of shipping returns. When returning products, and for as long as Buyer holds them awaiting return, Buyer agrees to obey the health and safety laws, together with any rules or regulations, binding on Seller by state or federal law or by this agreement. Where Buyer returns Products from abroad, clearing them through United States customs is Buyer's task alone, as are any duties, fees, costs or charges that arise with it. Whatever Seller must pay to take back the returned goods, it can set off from any refund owed on them.""",
                      ("8 oz", "health and safety laws", "united states customs", "set off from any refund")),

    "sunchildyogi": ("""Not happy with your mat?
We are glad to give you an exchange or store credit within 7 days of receiving your order (sale and promotional items aside), and we will keep the process as simple as we can.
Returns and exchanges come with these conditions:
- Your merchandise has to reach SUNCHILD YOGI no more than 7 days after your order arrived.
- Every item has to be new & unused, with its original packaging in tact.
- A mat showing any use at all is returned to the customer at their expense.
- We process no return or exchange until the product has come back to SUNCHILD YOGI
- We do not refund the original shipping charges, nor expenses tied to them such as duties and/or import taxes.
- SALE items, and items that were part of any flash promotion, cannot be refunded or exchanged. Only full price items are covered here.
HOW TO RETURN OR EXCHANGE
Returning or exchanging an item takes only a few steps:
- Ask SUNCHILD YOGI for a Return Authorisation Number (RAN) by email, within 24 hours of receiving your delivery, at sunchildyogi@example.com.
- In that email give your full name, your order number, the item(s) you bought and your reason for the return or exchange. For an exchange, also list exactly what you want instead (for example the style name, colour and size).
- When we have confirmed the details of the return, we will email you your RAN with instructions for sending your parcel back.
- Shipping costs back to SUNCHILD YOGI are paid by the customer.
- Items sent back with no tracking number are not our responsibility.
- We will email the customer once the return has arrived and been processed.
- Anything sent back for a return or exchange that reaches us outside of the timescale stated is not SUNCHILD YOGI's responsibility. We want our customers to be pleased with what they bought, which is why we allow a fair amount of time for the return or exch""",
                     ("returned to the customer at their expense", "within 24 hours of receiving your delivery",
                      "outside of the timescale stated")),

    "massageguns": ("""Return Policy
Return Policy
An item can be returned only if it is in the condition you received it in.
For your return we need a receipt or other proof of purchase, together with photo and/or video evidence.
Do not post your purchase back to the manufacturer.
In some cases only partial refunds are granted:
* An item that is not in its original condition, or is damaged or missing parts, where we were not at fault.
Refunds (if applicable)
When your return has arrived and been inspected, we will email you to say we have it. We will also let you know whether your refund has been approved or rejected.
Late or missing refunds (if applicable)
Should no refund have reached you after 5-7 business days, check first that your package got to our facilities, then look at your bank account again.
Next, speak to your credit card company; a refund can take a while to be posted officially.
After that, speak to your bank. Refunds often need some processing time before they are posted.
If you have done all this and the refund has still not come, contact us at info@massageguns.example.
Sale items (if applicable)
We refund regular priced items only; sale items are not refunded.
Exchanges (if applicable)
The only items we replace are defective or damaged ones. If you want to exchange one for the same item, email us at info@massageguns.example
Shipping
To send your product back, get in touch with our customer support at info@massageguns.example.
The cost of shipping the returned unit back is not covered by us. Keep your tracking information and give it to us, since we cannot answer for packages the carrier loses.
We issue the refund only after your returned product has reached us.
How long your exchanged product takes to reach you can depend on where you live.""",
                    ("photo and/or video evidence", "back to the manufacturer", "only partial refunds are granted")),

    "seechic": ("""Default welcome msg!
Sending back something you had looked forward to for so long can be a real nuisance! It happens to everyone: now and then what arrives does not meet your hopes. The colour may be wrong, the lenses too round, or the shape may not suit your face. Perhaps you clicked monthly rather than weekly when you bought your contact lenses, or even picked the wrong kind altogether! Whatever the reason, what you bought has left you unhappy.
We hate to hear that, because we want every customer to be pleased with what they buy! We want you to love your purchase as much as we enjoyed preparing it and getting it to you. Feel free to send back any product that did not satisfy you, and we will gladly pay you back for it. We would also like to help you find the ideal alternative: call, chat or email us and we will happily help you pick a good replacement.
If your order was a pair of sunglasses, take special care of them and of its attached security tag, since we can neither refund nor exchange an order that has been damaged or whose security tag is gone. If your order was contact lenses, be sure not to open the box should you perhaps want to return it, because any damage, or any attempt at opening it, means we cannot give a refund or an exchange.
How do I exchange?
Just choose your new product and leave the rest to us. When you have found the ideal replacement, phone us and we will set a time and place for the exchange!
How do I get a refund?
Should you prefer being paid back to exchanging your product, you will be glad to hear the process is simple and trouble free. No questions asked, no conditions: we automatically give you a 100% refund of your purchase, as long as its security tag has not been removed and is undamaged, or, for conta""",
                ("its attached security tag", "not to open the box", "security tag has not been removed")),

    "firstaidplus": ("""Return Policy
Because of Covid-19, every order of PPE products is a final sale (it can be neither returned nor exchanged)
1. Returns
Returns are welcome. Each return has to be authorized by a member of our customer service team. Unopened items in their original packaging can come back within 14 days of purchase, with a receipt or other proof of purchase. Once the goods pass our inspection, we credit you on the payment method you first used. Once 14 days or more have gone by since you bought it, or once the product is opened and used, a refund is not possible.
We refund regular-priced items only. Sale items cannot be refunded.
For online purchases, email info@firstaidplus.example describing the product and its defect, with a picture of the damage, and we will tell you what to do next; or come to our shop at 1 Example Drive, Ottawa, ON.
NOTE: For a return, the buyer pays the shipping and handling charges.
2. Exchanges
Goods are exchanged only when they are defective. Each exchange has to be authorized by a member of our customer service team. The item can come back (ideally in its original packaging) within 30 days of purchase, with a receipt or other proof of purchase. When it reaches us we will examine it thoroughly and let you know whether the defect entitles you to a replacement. If it does, we will replace the product. Once 30 days or more have gone by since you bought it, an exchange is not possible.
For online purchases, email info@firstaidplus.example describing the product and its defect, with a picture of the damage, and we will tell you what to do next; or come to our shop at 1 Example Drive, Ottawa, ON.
NOTE: For an exchange, the buyer pays the shipping and handling charges.
3. Exceptions
Please be aware that for reasons of health, hygiene and safety""",
                     ()),

    "foothealthinsoles": ("""Refund policy
Insoles: every return is free!
Every insole can be returned free within 60 days of the date you first bought it. When your request reaches us, we email you an RMA number along with a prepaid United States Postal Service (USPS) label. Pack the return, stick the label on and drop it in your mailbox.
For us to accept your return, it has to be in new condition, in its original packaging. When your return has arrived and been inspected, we credit the whole purchase price of the insole to the payment method you used. An item whose condition makes it unfit for return could end up sent back to you without a refund. Send nothing back without an RMA number.
Account holders can ask for the RMA number from the orders section of their account. If you bought as a guest, email your order number and return request to support@insoles.example, or use our online RMA request form.
Specialty Product Returns
Specialty items (anything that is not an insole) can come back unused within 60 days of the date you first bought them. For specialty product returns we take a flat fee of $4.95 off your purchase price. When your request reaches us, we email you an RMA number along with a prepaid USPS label. Pack the return, stick the label on and drop it in your mailbox.
For us to accept your return, the item has to be in new condition, in its original packaging. When your return has arrived and been inspected, the payment method you used is credited with the purchase price less the $4.95. An item whose condition makes it unfit for return could end up sent back to you without a refund. Send nothing back without an RMA number.
Account holders can ask for the RMA number from the orders section of their account. Guests may ask for a""",
                          ("sent back to you without a refund", "flat fee of $4.95")),

    "sleepmasking": ("""Here at Sleepmasking we want your sleep to be as good as ours. If something about your order is not right, be it the fit, the feel or the style, we can help. Anything unused can come back to us within 90 days of your order arriving.
We put your rest first and will do what we can to put things right.
Eligibility for Returns: We accept a return only if the products come back unworn and unwashed, in their original condition, with every tag and liner still attached. A return that shows signs of wear, use or damage could be rejected.
How to Initiate a Return: Email our support team at sleepmasking@example.com to start a return, giving your order number and a short account of why you are returning it.
Return Shipping: The customer pays for return shipping, except where we made a mistake (an incorrect, defective or damaged item, for example).
When you have asked for a return, we will send by email the return shipping cost for approval. After you approve it, we send you a link so that the return can begin. That return shipping cost is then deducted from your refund when the item reaches us.
Please note: We have no control over delays in customs clearance, and they do not count as a valid reason to return an order. A bundle must as a rule come back with every product that was in it; its products cannot be returned one by one.
If your order reaches you damaged or defective, or in the wrong colour or variant, we pay the return shipping costs. Tell our support team about the problem within 14 days of delivery.
Refund Process: When your returned item has arrived and been inspected, we will let you know whether your return is approved or rejected.
Approved refunds go back to the original payment method within a few calendar days, less the return cost agreed.
Depending on your bank or card issuer, the refund may take longer to show in your account.
Exchanges To exchange your it""",
                     ("return shipping cost for approval", "deducted from your refund", "customs clearance")),

    "herbbyshelia": ("""Refund and Returns Policy
Overview
Given what our products are, nothing can be returned, exchanged, canceled or refunded after purchase.
A refund or exchange is given only in these cases:
Lost delivery.
You received the wrong item.
An item arrived not in its original condition, damaged, or with parts missing, through no fault of the customer.
Refunds
An item qualifies for a refund only if it is unused, in the condition it reached you in, and in its original packaging.
When your return has arrived and been inspected, we will email you to say it reached us. We will also let you know whether your refund is approved or rejected.
If it is approved, we process the refund and credit your card or the payment method you used in no more than 7 business days' time.
Late or missing refunds
No refund yet? Look at your bank account once more.
After that, contact your credit card company, since a refund can take a while to be officially posted.
Then contact your bank, as refunds often need some processing time before they are posted.
If all of that fails and your refund has still not come, email us at herbbyshelia@example.com with "Refund Status" as the subject.
Sale items
We refund regular priced items only. Sale items are not refunded.
Exchanges
Defective or damaged items are the only ones we replace. For an exchange we need a receipt or other proof of purchase.
For a swap to the same item, email herbbyshelia@example.com before you ship anything, because we give you a return address that depends on your order. Please put "Item Exchange Request" as the email's subject.
Where an item has to come back to us, the shipping cost of returning it is yours.
Damaged Items
For items that arrived damaged""",
                     ("lost delivery",)),

    "hearingaidaccessory": ("""Exchange & Returns Policy:
Our Return & Exchange Policy lasts 30 days. Tell our team about any return request within 30 days of the delivery date. Returned items go to our returns address in the US:
Hearing Accessories
1 Example Lane
Suite 100
Sarasota
Florida
USA
34200
So that our team can find your order and handle your return smoothly, fill in the >>Returns & Exchange Form<< and make sure it is included into your returned parcel.
Email us at returns@hearingaccessory.example, or use our contact page, and tell us why you are returning or exchanging. Our terms and conditions follow:
Any item in its original packaging and fit to be sold again may come back for a return or exchange up to 30 days after the delivery date. An item that comes back without its packaging and accessories may be refused a refund. We may instead take a flat rate of 10%, reckoned on the whole order's value, off the refund.
Exclusions: for hygiene reasons, consumable products once opened (Waxtraps, Domes, anything from the C&C Range, Maintenance items, Tubing items, Receivers, Masks and the like)
The buyer pays the postage for returns.
For hygiene reasons some items cannot be returned, among them custom-made products (CENS, for example) and products for hearing protection.
Before you buy, please check that the product will work with the hearing aid device or devices you mean to use it with. For health and hygiene reasons, a consumable product can no longer be returned after it has been opened.
Please be aware that a refund can take up to 15 working days to show in your account once the product has safely reached our headquarters.
When you return an item, we advise you to ask the post office for proof of postage.
We are sorry to say that we cannot answer for things that go missing or get damaged on the way.
Reasons for Returns/Exchange:
Faulty Produc""",
                            ("included into your returned parcel", "flat rate of 10%")),

    "thelowvisionshop": ("""Shipping & Returns
Refunds from The Low Vision Shop are given only for products for which a Return Material Authorization (RMA) form is granted no later than 14 days after delivery (or after purchase, for items picked up in store), unless we said otherwise when you bought them. Every return has to be arranged with us in advance. A customer who receives an RMA pays the return shipping costs for the item and has to send the return off within 7-days of the RMA's issue; otherwise the return is canceled. To ask for a return authorization, follow the link on this page. We do not refund or exchange returns that arrive without a Return Material Authorization (RMA).
Defective items we delivered, and orders we filled incorrectly, carry no restocking fee; we will replace or repair them under the warranty terms. What you paid us in shipping and handling to pack and send the item is not refunded.
Every component has to be in new condition and come back in its original packaging, with every part, manual and material, all in new condition. We do not refund returns that are partial, damaged or incomplete. Place each original manufacturer box inside a shipping box, kept free of labels and packaging tape when you return it.
The Low Vision Shop may refuse refunds at our discretion, although customer satisfaction is always what we aim for.
Once your RMA is approved, send the goods to this address:
The Low Vision Shop
1 Example Road, Suite 100
Timonium, MD 21000
A 20% restocking fee applies to returns, except as set out below.
OrCam Devices - money back guaranteed for 14 days, less a $150 re-stocking fee
IrisVision - money back guaranteed for 14 days, less a $150 re-stocking fee
VisionBuddy - money back guaranteed for 14 days, less a $150 re-stocking fee
eSight - money back guaranteed for 14 days, less a $300 restocking fee
OXSIGHT Onyx - money back guaranteed for 14 days, less a $125 restocking fee""",
                         ("kept free of labels and packaging tape", "refuse refunds at our discretion", "orcam devices",
                          "irisvision", "visionbuddy", "esight", "oxsight onyx")),
}
