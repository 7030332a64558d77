"""The test46 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "skincarepakistan": ("""Skin Care is committed to offering products of outstanding quality, and we take care to keep our customers satisfied with both our products and our service. We know, though, that now and then a product may need to come back to us. If that happens, please read the points below before you return or exchange anything:
- Skin Care will not provide an exchange simply on the basis of change of mind. You need to give satisfactory proof of purchase and a valid reason for the exchange. In that case, the product to be exchanged has to be:
- In a condition in which it can be sold again.
- Unused and packed in its original packaging.
- Requested for exchange within 7 days of the order being placed.
Note: Skin Care keeps the right to decline an exchange for change of mind.
- If the product(s) you received are faulty or damaged, you may be entitled to an exchange.
- Before giving an exchange, Skin Care needs satisfactory proof of purchase and of the damage. A photo supporting the claim must be sent to the Skin Care team.
- The exchange is made with the original product(s), not with any other product(s).
- An exchange applies only when the customer sends the product(s) back to Skin Care with a courier of their choosing.
- The shipping and handling charges of the return are yours to pay (do not mail any packages C.O.D.: they will not be accepted).
- Products bought on sale cannot be exchanged.
- Returns are processed within 1-2 weeks of the item reaching our office.""",
                         ("not provide an exchange simply on the basis of change of mind", "not with any other product",
                          "courier of their choosing", "not mail any packages c.o.d.")),

    "thenaturalsoaps": ("""The Natural Soaps wants you to be happy with our natural products. Because of what our products are, returns follow these particular guidelines:
1. Which returns are accepted:
• Products have to be unused, unopened and in their original packaging.
• A return has to be started within 15 days of purchase.
2. Items that cannot be returned:
• For hygiene and safety reasons, soaps or creams that have been opened or used cannot be returned.
• Soaps that are custom or special-order cannot be returned.
3. Damaged or defective products:
• If a product reaches you damaged (broken) or defective, get in touch with us within 7 days of delivery.
• Send us photos of the damage so that we can handle your claim.
• For claims we verify, we will offer a replacement or a refund.
4. How refunds work:
• Refunds that are approved are made to your original payment method within 7-10 business days.
• Shipping charges are refunded only if the item you received is incorrect or damaged.
5. Exchanges:
• Exchanges are offered only for defective or damaged items.
6. Contact us:
For any question about a return, email us at info@thenaturalsoaps.example
We value your trust and are committed to making high-quality natural soaps. If anything concerns you, please contact us and we will do our best to help.""",
                        ()),

    "perfumeshopclick": ("""Refund and Returns Policy
Effective Date: January 14, 2025

Thank you for choosing Perfume Shop! We work to give you the best shopping experience and products of high quality. Still, we know a return is sometimes needed. Please read this Refund and Returns Policy carefully so that returning or exchanging an item goes smoothly.


1. Which Returns Qualify

  • Returns: Most products can be returned within 30 days of the purchase date for a full refund, an exchange or store credit, as long as the product is unused, unopened and in its original packaging.
  • Exceptions: For hygiene reasons we cannot take back perfumes, body sprays or any other products that have been opened or used, or whose seals have been broken.
  • Defective or Damaged Items: If a product you receive is damaged or defective, you qualify for a full refund or an exchange, whatever the state of its packaging.

2. How to Start a Return

To start a return, please follow these steps:

  • Contact Us: Write to our customer service team at info@perfumeshop.example or phone us on (702) 000-0000 within 30 days of receiving your order. Tell us your order number, the item(s) you want to return and the reason for the return.
  • Return Authorization: When your request reaches us, we will send you a Return Authorization Number and instructions for sending the return.
  • Return Shipping: The return shipping costs are yours to pay, unless the item was defective or damaged when it arrived. We recommend a trackable shipping service for returns, so that the parcel reaches us safely.

3. Refunds

  • Processing Time: When your return has arrived and been inspected, we process your refund to the original payment method. Please allow 5-7 business days for the refund to show in your account, depending on your payment provider.
  • Shipping Fees: Shipping costs are not refundable unless the return is due to an""",
                         ()),

    "polishm": ("""Store Policies
PAYMENT: I take PayPal and the major credit cards as payment.
CORRECT ADDRESS: PLEASE check your address twice, even three times, BEFORE you buy! Usually your package is already in the mail by the time you notice the address is wrong. I am not responsible for packages mailed to a wrong address because of your mistake!
SHIPPING: I ship within 3-5 business days. For launches, sales and promotions, please allow 5-14 business days. Every package is sent with tracking information.
SHIPPING LOCATIONS: For now I ship only within the US. International shipping stopped in 6/2019.
SHIPPING PRICES: Shipping prices cannot be negotiated.
COMBINED SHIPPING: I do NOT combine shipping for several orders. Looking through orders takes me a lot of time and is tedious. Please make sure everything you want is in your cart before you check out.
REFUNDS: I do not give refunds for buyer's remorse or because you don't like a color. I am a small business and cannot afford refunds for those reasons; I hope you understand. If you are not sure about a color, email me with your questions.
BROKEN BOTTLES: Every polish is wrapped carefully on its own so that it reaches you safe and sound, BUT now and then a bottle gets damaged by the USPS. I have no control over that, I'm afraid. If a bottle reaches you broken from damage in transit, I will refund you. You MUST send proof (pictures) of the broken bottle within 24 hours of delivery. NO EXCEPTIONS!
HUMAN ERROR: I make mistakes sometimes!! I may send a bottle with the wrong label, or the wrong polish altogether! Email me as soon as you find a mistake in your order and I will put it right! polish@polishm.example""",
                ()),

    "bethswigboutique": ("""Return Policy
Which Items Can Be Returned:
ALEXANDER COUTURE, ESTETICA DESIGNS, HAIRDO, NORIKO, RENE OF PARIS, ORCHID COLLECTION and MUSE COLLECTION by ROP, TONI BRATTIN, RAQUEL WELCH, KIDZ by Hairdo, KIM KIMBLE AND GABOR
*Most of our products are dropshipped, so a return carries a standard 15% restocking fee. *If a dropshipped item turns out to be defective, contact me with the details and we will do our best to find a resolution.
*A return has to be authorized and accepted by me before it is sent; otherwise only store credit will apply, less the 15% restocking fee.
*The customer is responsible for sending the item back in new condition, with no smells, no styling, no added products and no alterations to the wig.
*Wigs are inspected when they come back, and have to be in the condition described above for the return to be approved.
*A return that was not accepted or authorized in advance will only be sent back to you once you pay the return shipping cost, with no refund given.
*The customer pays the return shipping cost unless stated otherwise.
*A return must be authorized by me within 15 days of purchase.
Final Sale, not returnable:
- Clearance items: BOUTIQUE BARGAINS, GENTLY LOVED, LIVE SALE, LAST CHANCE, FINAL SALE, AS IS, DISCONTINUED and OPEN BOX items, unless stated otherwise.
- Everything from MANE ATTRACTION and VIVICA FOX
- Items that were price-matched
- Hair styling products such as shampoo, conditioner, sea salt spray, wig sprays, combs and brushes.
- Headbands, wig grips, clips and every other hair accessory and tool.
- Human hair pieces (toppers and wigs).
- Any item that does not meet the conditions under "Which Items Can Be Returned."
- Any item that has been cut or altered in any way.
- Any item with styling products applied, and so on.
- Any item with damage that was not disclosed to us.""",
                         ("otherwise only store credit will apply", "with no refund given")),

    "mehaircare": ("""Refunds & Exchanges

If you are not fully happy with your purchase, please contact us to arrange an exchange, a substitution or a refund (conditions apply). We try hard to keep every customer happy and to meet every request we can.



These are our return and exchange policies:

  • a return has to be arranged in advance, by requesting it through our Contact Us link

  • for most returns, we will send you a link to get a return shipping label free of charge

  • a return has to be arranged with us within 30 days of the purchase date

  • a refund is given only if the product is unused, in its original packaging and in a condition we can sell (as we decide when it arrives)

  • defective products and products under warranty are replaced and/or given an online store credit, at our discretion and depending on product availability

  • if you are not happy with the performance of a product, or think it is defective, please contact us to talk about a replacement product or an online store credit, which we may give at our discretion, case by case

  • for every exchange and/or replacement, the new item is sent to you once the returned item is received by us

  • Please Note: for health & hygiene reasons, appliances, tools, hair extensions and products used directly on your hair, skin or nails cannot be exchanged unless defective""",
                   ("not happy with the performance", "once the returned item is received",
                    "cannot be exchanged unless defective")),

    "gentlemansshave": ("""RETURN AND REFUND SERVICE
GENTLEMANS SHAVE LLC runs this website, which aims to give users a dependable buying and service experience for razors and related personal care tools. So that users' legitimate rights are protected while they shop, and so that returns and refunds are clear and efficient, we have set out this policy to describe how they work and what they require.
After receiving a product, a user may submit a return request if they wish to send it back for reasons such as personal preference, a specification that does not fit, or any other valid reason. An item submitted for return has to be in substantially intact condition: it has not been heavily used, it is not damaged, and all its original accessories are included. The product has to look clean and unmarked so that it meets the basic standard for resale.
A return request has to include complete information, including an accurate return address. The return address is needed so that the returned item can be delivered and processed. Information that is incomplete or wrong can delay the return or stop it arriving, so please make sure everything is correct when you submit your request.
A user may also submit a request if the product shows an obvious quality defect. Quality issues are assessed by looking at the product's functions, its physical condition and whether it matches its original description. Once eligibility is confirmed, a suitable resolution, such as a refund or a replacement, is offered according to the circumstances.
Refunds are made after the return procedure is complete and the product's condition has been checked against the requirements. Refunds go to the original payment method; how long the money takes to reach the user's account depends on the payment provider. We try to ma""",
                        ("accurate return address",)),

    "thebeautybrowparlour": ("""Returns

Policy

  • Please choose carefully: once a product has been opened, used and tested we cannot give a refund, store credit or replacement for it.
  • Returns are accepted within 30 days of the purchase date.
  • For hygiene reasons we do not take back any makeup products, skin care, brushes, brush sets or sponges that have been opened or used.
  • In the unlikely case that you receive a faulty brush, it must be unused and in its original, unopened and resealable condition.
  • Any damage or fault has to be reported to us upon the day of receipt of your package, and will be assessed to decide whether it is faulty. The outer packaging of an item, or a cracked internal mirror of a palette, does not count as a faulty good; only the product itself arriving damaged does, e.g. a broken eye brush, highlighter or pencil.
  • Makeup cases are not deemed faulty because of slight marks on or inside the case. If a case arrives broken, e.g. cracked or with a broken latch, we will need photos to assess the damage.
  • We do not accept returns of brushes or beauty sponges that have been used and/or washed then deemed faulty.
  • Sale items cannot be returned.

Exchange

  • We will exchange products that were supplied incorrectly, as long as the product is unopened, unused and in its original condition.
  • To qualify for a return, your item has to be unopened and unused and in the same condition as when you received it. It also has to be in its original, unopened packaging.
  • Please pack the products safely so that nothing is damaged on the way. We cannot process refunds or exchanges for stock damaged in transit back to us. The customer pays all the freight charges for returning the item. We suggest you track your return, since we are not responsible for items lost or damaged on the way and cannot process a return we never receive.
  • Returns are given as a Refund or as Store Credit.
  • Store Credit is valid for 12 months from date """,
                             ("faulty brush, it must be unused", "upon the day of receipt", "cracked internal mirror",
                              "makeup cases are not deemed faulty", "washed then deemed faulty",
                              "damaged in transit back to us", "valid for 12 months")),

    "ahstriplashes": ("""When your parcel arrives, we suggest that you:
Look over the contents carefully for any physical defects or damage from shipping
Check that you received the right products
Damaged goods have to be reported within 2 business days of the delivery date for a replacement to be sent.
If you are not satisfied, follow the packing instructions below.
Packing Your Return
Returned items have to reach us within 15 days, in original condition; we do not accept items that have been washed, worn or used.
Please put your invoice, or a note with your name, address and order ID#, in with the return.
WHEN your item comes back and is found to be in its original condition, A REFUND goes back to the payment method originally used for THE ORDER. If you would rather have another item or size, you will need to place a new order for that item.
ONLY DAMAGED LASHES ARE EXCHANGED ON RETURN. ALL SALES ARE FINAL.
**Return postage is paid by the customer. Original shipping charges, customs fees and import taxes are not refundable
To talk to me in person, call me on (626) 000-0000. Thank you.""",
                      ("all sales are final",)),

    "silverjewellerydesign": ("""At Silver Jewellery Design we want every customer to be fully satisfied with every purchase. We understand, though, that you may sometimes want to return something you bought.
The refund, exchange and returns policies below do not affect your statutory rights to return faulty goods. More information about your statutory rights on returned goods is available at www.consumerdirect.gov.uk
Please note that some products cannot be returned unless we are at fault: this covers personalised items made specially for you, and engraved items.
You can return goods for a refund for up to 14 days from the day after delivery, or for exchange for a period of up to 30 days from the day after delivery, if you are unhappy with your purchase in any way or for any other reason; this includes any statutory cooling-off period. Goods returned to Silver Jewellery Design have to come back in their original condition and packaging. For items returned for a refund that were sent with free delivery, we make a handling/restocking charge of £7.50.
Because of British hygiene laws, we cannot give refunds for jewellery that was custom made or engraved for you, or for earrings.
A refund can be made only to the credit or debit card used to buy the goods. So if a gift recipient wants to return goods, we cannot give a cash refund, but we can offer an exchange or a gift voucher.
Our refund policy does not affect your statutory rights to return goods under UK law such as the Sale of Goods Act 1979.
For your security, we recommend sending postal returns by Royal Mail Special Delivery, which gives you proof of delivery and insures the goods while they travel.
Send goods returned for refund or exchange to:
35 High Street
Ayr, KA7 1LU
United Kingdom
If you have any question about our returns policy, please email us at info@silverjewellerydesign.c""",
                              ("for exchange for a period of up to 30 days", "restocking charge of", "gift recipient")),

    "algerund": ("""If for any reason you are not happy with your purchase, please get in touch with our Customer Service team and we will gladly help. A refund or exchange is given on the following conditions:
- Refunds or exchanges are accepted within 14 days of your first receiving the order.
- A return after 14 days is eligible ONLY for exchange within 30 days of first receiving the order.
- A return after 30 days of first receiving the order is eligible only for issuance of store credit.
- Every return has to be unused and in a condition fit for resale. A returned product found after a thorough inspection to be used, altered or damaged (scratches, breakage etc.) does not qualify for a refund or exchange and may be discarded.
- Every return is examined and checked thoroughly by our Quality Assurance team before a refund is processed.
- A 15% restocking fee is charged on every qualifying refund, except when the product is found to be defective or there was a shipping error.
- The buyer pays the shipping charges for returned items, unless the return is due to our error or the product is defective.
- Shipping charges are not refunded when a refund is credited.
- All SALE items are final and cannot be refunded or exchanged. Our SALE items are already discounted as final sale.
- Only regular products can be refunded or exchanged. No customised item (watches or other items that have been altered or personalised) can be refunded or exchanged. Personalised items cannot be resold in our stores.
- Once a refund qualifies, we credit your original payment method within three days of receiving your return.
- Please allow up to 5 business days for the refund to show in your bank account.
|""",
                 ("only for exchange within 30 days", "only for issuance of store credit", "may be discarded")),

    "eyeshows": ("""Returns Policy

We promise that our products will meet every customer's needs. Please read the following. If for some reason you are not satisfied with goods you bought, we are willing to take them back or change them for you, or to give you a refund.

How we handle returned goods

Please get in touch with our customer support by e-mail, by phone or by online chat during our working hours. Our customer service answers your questions from 8:00 am to 8:00 pm EST (current time). The sunglass online store USA team will give you guidance according to your particular needs.

  1. Tell us of your request for a refund, return or exchange within 14 days of receiving the goods.
  2. All goods (with all their parts and attachments) have to be sent back to us via express delivery.
  3. If you want an exchange, you bear the cost for us to redeliver goods to you.
  4. No commission charge is ever needed for returns.
  5. Refunds are paid by: credit card, Western Union.
  6. We are committed to satisfying our customers, and we encourage you to get in touch if a product you bought does not meet your needs.


Cautions:
1. Customers have to send products back to an appointed address. We will send you the return information by e-mail. Once the returned goods arrive, we will give you a full refund.
2. A return needs its order number to be written on the outside of the package. Was this page helpful? If not, please contact our service or Email: service@eyeshows.example

Final Sale Items

Final Sale Items: No item marked Final Sale can be returned or exchanged; such items are sold to you "As Is", and this will be shown.


Shipping, Handling and Processing Fees
Shipping, Handling & Processing charges are NOT refunded, and paying any shipping fees to return the item is your responsibility. Our Return Centers will refuse any packages requiring payment for freight or handling charges, un""",
                 ("via express delivery", "cost for us to redeliver goods", "western union",
                  "order number to be written on the outside", "refuse any packages requiring payment")),
}
