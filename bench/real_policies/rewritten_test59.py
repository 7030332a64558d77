"""The test59 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "gracefilledbeads": ("""Policies
Repairs
Should your rosary get damaged and need repair, please reach us through the Contact page so that we can arrange it.
When it breaks within six months of purchase through normal use (by normal use we mean prayer only; it does not cover damage from wearing it as a necklace, keeping it in a purse or a pocket, sleeping with it, or pulling on it by accident), we charge nothing for the repair work, but the customer pays for the materials and for posting the pieces to Grace Filled Beads.
If the break happens outside these guidelines and pieces were lost because of it, we will try our best to match them with replacement parts. The customer then pays for the parts, the work, and postage both to and from Grace Filled Beads.
Returns and Refunds
We want you to be happy with what you buy. We try hard to use good materials and sound construction, and we photograph our rosaries in several kinds of light so that you can see the true colours of the gemstones and metals. Once a purchase has been delivered for more than 10 days with no notice of a return, we treat it as satisfactory, and it can no longer be exchanged or returned.
If your rosary isn't what you hoped for and you want to send it back for an exchange or a refund, email us within three days of receiving it to say so. Tell us the reason for the return and which shipping method you will use. Items have to come back in their original condition and packaging within 10 days of your telling us you mean to return them, so that we can process the exchange or refund.
PLEASE NOTE: If we don't receive your return within those 10 days, we will take it that you changed your mind; the item will then no longer be returnable and won't be refunded.
Shipping
Everything we send goes by the United States Postal Service (USPS). When you order online, the shipping c""",
                         ("should your rosary get damaged and need repair", "we charge nothing for the repair work",
                          "the customer then pays for the parts, the work",
                          "delivered for more than 10 days with no notice of a return")),

    "recordsonmain": ("""Skip to content
MUSIC COMMUNITY
CURATED VINYL & CDS
FAMILY OWNED
Return Policy
We'd like you to be happy with what you bought. Please read this policy closely, because whether an item can come back depends on its condition.
1. Return Eligibility
Eligible items can be returned on these conditions:
• It comes back to us within 14 days of delivery
• It is unused and unopened, in its original packaging
• You show proof of purchase
Because of what physical media are, records that have been opened or used can't be returned unless they are defective.
2. Items That Can't Be Returned
None of these can be returned or refunded:
• Records that have been opened or used
• Anything marked final sale or limited edition
• Gift cards
• Items damaged by improper handling after delivery
3. Defective or Damaged Items
If an item reaches you defective or damaged, get in touch with us within 7 days of delivery.
So that we can sort it out fast, please send:
• Your order number
• A short description of the problem
• Photos of the item and its packaging (where applicable)
Once the problem is confirmed, we'll offer a replacement or a refund, as we decide.
4. Return Process
To start a return:
1. Email customersupport@recordsonmain.com with your order number
2. If we approve it, we'll send you return instructions
3. Send the item back as those instructions say
We may not accept returns sent without our approval first.
5. Refunds
After we receive and inspect your return:
• Approved refunds go back to the original payment method
• How long processing takes depends on your payment provider
• We don't refund the original shipping charges, unless the return is due to a mistake of ours
6. Return Shipping Costs
• You pay for return shipping unless the item is defective or incorrect
• We suggest a shipping method with tracking, as""", ()),

    "spandexcity": ("""Return Policy
We aim to make every customer happy, every time. If you have any questions or doubts about a comic, graphic novel or game, ask one of our associates for help or advice while you are buying.
After a purchase, these return and exchange rules apply:
Sales of comic books are final, except for defective ones.
Special-order items are final too, except for defective ones. (Special orders need to be collected within 60 days of reaching the store.)
Other items that are sealed, unopened and in new condition can be returned, for store credit only.
A defective item can be exchanged, and only for the same item.
Every exchange or return has to be made within 30 days of the original purchase, with a receipt. (Hero Bucks members need no receipt for returns or exchanges, provided the purchase was made on their Hero Bucks account.)
For event registration fees, these rules apply:
If you cancel 48 hours or more before an event, you get store credit
No refund for any other cancellation or for not showing up
If you miss a tournament at which sealed product was handed out, you still get the product, but you must collect it within 1 week of the tournament; after that you lose it""",
                    ("hero bucks members need no receipt", "48 hours or more before an event",
                     "no refund for any other cancellation")),

    "harrellswax": ("""How do I return an item? Refund/Return Policy: Returns must come with the original sales receipt. We take returns for an exchange or a refund within 7 calendar days of the product's delivery. After those 7 calendar days we may, at our own discretion, offer only an exchange or store credit. Items must be in "new, unaltered and unused condition". What new, unaltered and unused condition means:
If an item reaches you damaged or we ship you the wrong one, please contact Customer Support at once. Defective items we shipped, or items you received from us without ordering them, qualify for store credit or a cash refund.
We refund only after inspecting the item(s) on arrival.
Returned items that are not exchanged and not damaged carry a 15% restocking fee. Once more: you MUST get in touch with us within 7 days about ANY item from our store that you mean to send back. Anything that reaches us AFTER those 7 days, sent WITHOUT first getting in touch with us, gets NO refund.
When the seller is not at fault, the customer pays all shipping costs.
Antiques Express LLC 125 King Street Charleston, SC 29401 CS Phone # 843.853.3104 |""",
                    ("we may, at our own discretion, offer only an exchange",)),

    "stampcollectshop": ("""Refund and Returns Policy
StampCollectShop LLC ("we", "us" or "our") runs the online store at https://stampcollectshop.com (the "Site"). We sell every product listed directly, as the seller of record, including genuine stamps, albums, supplies and philatelic items, and we want you satisfied while keeping the integrity and value of collectibles intact. Every payment goes securely through direct credit and debit card gateways (Visa, Mastercard, American Express, Discover) under PCI DSS compliance, so your transaction data stays protected from end to end. This Return & Refund Policy (the "Policy") sets out how we handle returns, refunds and exchanges. Buying from the Site means you accept these terms. We may update this Policy, and we will post any change here with the date it changed; if you keep using the Site after a change, you accept it.
Return Eligibility
Returns are open to defective products (for example damaged in transit, counterfeit or not as described) and to non-defective ones (for example a change of mind or a wrong order). We take back eligible items as long as they meet our strict standards of condition, especially for mint postage stamps and graded items, whose philatelic value rests on pristine condition. Voluntary returns are offered under this one policy, the same for every listing. Nothing in this Policy limits your statutory rights under the consumer protection laws that apply (such as the FTC guidelines in the US). For high-value items authenticated by PSE, APEX or the Philatelic Foundation, an item is only eligible if its certification seals and original packaging are preserved.
Return Window
You can ask for a return, an exchange or a refund of an eligible purchase within 30 days of the delivery date, as our shipping records confirm it. The same 30 days apply to defective and non-defective products alike, in line with standard practice in the philatelic trade and with our commitment to settling things promptly. Some listings may mention""",
                         ("certification seals and original packaging are preserved",)),

    "nipponfans": ("""Refund & Return Policy (Figures/Collectibles Included)
Refund Period:
- You can ask for a refund within 7 days of receiving the item.
Who Can Get a Refund:
- Items must be unused, in their original packaging and in a condition fit for resale.
- We need your proof of purchase or order number.
- Figures and collectibles with a manufacturer's defect or serious damage can be refunded within 7 days.
- Sale items, customized products and blind box figures are usually not refundable unless defective.
Items We Don't Refund:
- Items that have been used or damaged
- Items without their original packaging, accessories or gifts
- Figures/collectibles that have been opened, or items sent back because of personal taste (a colour difference, say)
How to Get a Refund:
- Get in touch with customer service within 7 days, giving your name, order number, contact details, the reason for the refund, and photos where relevant.
- Send the item(s) back together with the invoice, and don't stick the return label straight onto the product's own packaging.
- We pay return shipping for defective items; for returns that aren't defective, the customer pays it.
When Refunds Arrive:
- We refund to the original payment method within 7–14 business days of receiving and inspecting the returned item(s).
- We don't refund shipping fees or points that were redeemed.
Contact Us:
- For any question about a refund, reach our customer service through the website, by email or on WhatsApp.
- If there is a dispute, the store keeps the right to make the final decision.
-
Tip:
- Check all the product details carefully before you buy, especially for figures and collectibles, so that a matter of personal preference doesn't cause you trouble.""",
                   ("sent back because of personal taste", "don't stick the return label straight onto",
                    "points that were redeemed")),

    "vjflags": ("""Menu
Returns Policy
Our Fault
However proud we are of our customer service, we can't prevent every problem. Tell us about any problem within 48 hours of delivery, and we'll work with you to put the error right. We'll give you an RMA (Return Merchandise Authorization) number, and when the returned goods reach us we'll pay you back the return shipping. We will also either credit your account with the full purchase price or send a replacement item of the same value, whichever you prefer, as long as you told us within 48 hours of delivery. Once 48 hours have passed, we accept no responsibility for errors. Everything returned has to be unused and in its original packaging, and in a condition we can resell.
Any Other Reason
You have 48 hours after your goods arrive to tell us you want to return items, for any reason. To return an item, log in to your account, open the order through the "Complete Orders" link in the My Account menu, and click the Return Item(s) button. When we approve your request, you'll get an RMA number. You can also phone us for one. Returns without an RMA won't be accepted, and the goods have to be unused and resalable. Once you have the RMA number, you have 30 days to get the goods back to us in their original packaging. We'll email you about your refund once the returned item has arrived and been processed.
A 15% restocking fee applies to any flags you return without CAUSE. Custom and altered flags WITH A CUSTOMIZED NAME can't be returned (unless the flag is misspelled or damaged).
Your refund should come within two business days of our receiving your package. It will appear on your statement a few days after we issue the credit. Shipping costs are not part of this refund.* This time includes the time the shipper takes to bring your return to us (5 to 10 business days)""", ()),

    "theparfumesshop": ("""Refund policy
Can I Return Something I Bought?
Perfume samples are made to order (counted as "perishable goods"), so under the UK's Health & Safety Regulations they can't be returned or refunded.
Every tester is filled by hand, to order, from the maker's original bottle. That can't promise you'll like the scent you pick, and that is exactly why you can order our samples. Once a customer has received and opened a package, it may have been tampered with and the item could be cross-contaminated, so the law doesn't let us put it back on sale.
Exchanges or returns are only ever a 'goodwill' gesture from us, with sometimes a full refund after we weigh up an exceptional case on its own (for example the wrong item was packed, or the labelling was wrong).
Every sale is final except in exceptional cases. If you're unsure about what you're buying and need a refund policy you can count on, please note that we can't give that guarantee.
Thank you for your patience and for understanding why.
Returns of Sale Items
Every sale item is final. We can't refund discounted sale items.
Your Right to Cancel / Damaged Goods
You have the right to cancel your order. That right begins the moment you order and ends 24 hours after you placed it.
What the Law Says: Consumer Law on Returns and Exchanges
Our return policies are shown on our online store. Since our products are sensitive and perishable items can't be restocked and resold, we generally don't accept returns or give refunds on products. Damaged items we will exchange.""",
                        ("'goodwill' gesture from us",)),

    "daytea": ("""Product Returns
We're fully committed: if a product you receive doesn't meet our high standards, please tell us promptly, and we hope to get the chance to set it right. As a rule we check the order and its packing several times before it ships, to make sure you're happy with what you ordered.
If you want to return items that have no defects, tea or tea sets that can't be resold, we charge a 35% fee to cover the costs involved.

Received Damaged Items
If an item arrives damaged, contact us by email or phone, tell us it was damaged, and say whether you want a refund or an exchange, so that we can help you sort it out.
Please Note: If the item is damaged, please send our staff a picture of it, which will help us solve the problem sooner.

Disposal Fee
If you're returning something only because you don't like it, and it isn't defective or damaged, you pay 35% of its cost for the return, since returned products can't be resold.

Received Incorrect Items
If our mistake sent you the wrong items, contact us and tell us you got the wrong item, and we'll send you a replacement as fast as we can. If we need the wrong product back, we'll give you an address to send it to and pay all the costs involved.

Refunds, Credit Card and Exchange Details
When you ask for a return, remember to give the reason; if something is damaged or you got the wrong product, send a picture of it. If you want a refund, give us your UnionPay card number or PayPal account. Please Note: A refund takes about 3-5 days, depending on your bank or card issuer. If you only want the item replaced, we can offer just the same item.""",
               ("give us your unionpay card number or paypal account",)),

    "primalelements": ("""We're glad to take back defective items or items we shipped by mistake. Our soaps are handmade, so batches differ a little; please keep that in mind when you look at soap designs. Before sending a product back, call our Customer Service department at (800) 434-8277 within 15 days of receiving your order for a return authorization. If a return is needed, the Customer Service Representative will give you a Return Authorization number.

When you send a product back, please remember:
• Return it in its original packaging and condition.
• We refund shipping/handling fees only when the product is defective or we shipped it wrongly.
• We don't accept COD; the shipping must be prepaid.
• Send your return by a ground shipping method you can trace (we suggest UPS or FedEx).
• Processing the return and crediting your account can take up to 10 days. Every credit goes back to the original credit card.""",
                       ("we don't accept cod",)),

    "essentialoilonline": ("""Refund & Return Policy
Effective Date: 09/23/2025
At EssentialOilOnline.com we value your custom and want you to order from us with confidence. Because of what our products are, our return and refund policy is specific, to protect safety, quality and authenticity.
1. Who Can Return
We accept a return only when:
The product arrived damaged in transit.
The product is defective or contaminated.
You got a different product from the one you ordered.
We don't accept returns because you changed your mind or don't like the fragrance, as essential oils and oleoresins are consumable ingredients that can't be restocked once opened.
2. Time Limit
Every return request has to reach us within 7 business days of your receiving the order. Claims after that may not qualify.
3. How to Return
Email our support team at contact@essentialoilonline.com with:
Your order number
What the problem is
Photos showing the damaged or incorrect product
Our team will look at eligible claims and approve them. After approval, we'll send return instructions or arrange a replacement.
4. Refunds
Approved refunds go to the original payment method. Depending on your bank or payment provider, they can take 5–7 business days. Sometimes we may offer store credit or a replacement in place of a refund.
5. Shipping Costs
When the return comes from our error (a wrong or defective product), we pay the return shipping. If a product comes back without our prior approval or outside this policy, its shipping costs won't be refunded.
6. Items That Can't Be Returned
Containers that have been opened or partly used. Bulk orders (drums of 100 lb or more) unless shown to be defective. Clearance or promotional items marked "Final Sale."
7. Quality Assurance
Every product leaves our warehouse sealed, batch-tested and quality-checked. We suggest that wholesale buyers ask for a sample size before committing to a large purchase.
8. Contact Us
For any question about returns and refunds, please""",
                           ("comes back without our prior approval or outside this policy",)),

    "marsupialpapers": ("""Returns and Cancellations
Return and Cancellation Policy
RETURNS:
• 1. We suggest getting in touch with us first to check that what you bought can be returned.
• 2. Pack the goods you're returning with great care. Any product that reaches us damaged won't be refunded.
• 3. Put a copy of the order invoice in the parcel.
• 4. As a rule we don't refund return shipping costs. Any mail service will do, but we suggest getting a tracking number.
Please note:
• We accept returns within 30 days of purchase.
• Every return carries a 20% restocking fee.
• Refund credits reach the credit card or PayPal account you paid with within 2-3 weeks.
• These items CAN'T BE RETURNED: sale items, samples, customized or personalized items, special orders and custom-cut paper.
Cancellations:
• Please contact us straight away by phone or email. Custom products, such as custom-cut paper and printed items, can't be cancelled or returned once they have been made.
• If the order has already shipped, it has to be sent back and is handled as a return. In that case the customer pays the return shipping.""",
                        ("any product that reaches us damaged won't be refunded",
                         "can't be cancelled or returned once they have been made")),
}
