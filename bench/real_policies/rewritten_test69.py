"""The test69 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "chocolatebye": ("""Refund and Returns Policy
Overview
Returns are not something we can take, and refunds will be decided case by case.
Once 10 days have gone by since you bought from us, a full refund or an exchange is no longer on offer.
Refunds
If your refund is approved, we process it and the credit is put automatically on your credit card or your original method of payment, within a certain number of days.
Refunds that are late or missing
No refund yet? Start by looking at your bank account once more.
After that, get in touch with your credit card company: a refund can take a while to be officially posted.
Then get in touch with your bank, since a refund often needs some processing time before it posts.
If you have done all of this and the refund still has not come, please write to us at orders@chocolatebye.example.
Exchanges
Items are refunded only when they are defective or damaged. Where something went wrong in shipping, there may only be a partial refund. To head off problems, please add ice packs and choose an upgraded shipping method. A new box may be sent out at your expense.
Need help?
For any question about refunds and returns, write to us at orders@chocolatebye.example.""",
                     ("refunds will be decided case by case", "there may only be a partial refund",
                      "a new box may be sent out at your expense")),

    "wowliquordiscounter": ("""Unless the item you bought is defective, we take no returns and make no exchanges. If an item reaches you defective, please contact us and give us the details of the product and of its defect. If you qualify for a refund or an exchange, we will then send you further instructions.
When the product comes back to us, we examine it thoroughly and let you know by email, within a reasonable time, whether the defect gives you the right to a refund or a replacement. If it does, we either replace the product or pay back the purchase price to your original method of payment.
Older wines carry a risk of their own. We keep all our wines in proper storage, yet a bottle can still turn out to be defective. We are sorry that we cannot take back wines that are more than five years old and cost over $100, unless their producer agrees to replace the wine.
No refund includes shipping and handling charges. Whatever the return, the purchaser pays its shipping and must insure the parcel. Should the product be lost or harmed on its way to us, the purchaser is responsible for any loss or damage.
For questions about how your order is delivered and shipped, please contact us.""",
                            ("more than five years old", "responsible for any loss or damage")),

    "dbgiftbaskets": ("""Return Policy

Every claim, whether it concerns damage, a discrepancy, a late delivery or any other issue, has to reach us in writing no later than 3 business days after the gift is received. We keep to this deadline strictly, and make no exceptions to it.

When a gift arrives damaged, or what came differs from the gift that was ordered, DBGift Baskets will work to settle the matter quickly and to the customer's satisfaction, as long as it is reported within 3 business days. It is for DBGiftBaskets alone to decide whether to issue credits or refunds, and that decision rests on the carrier's verification of the damage or discrepancy. Please be aware that a gift disposed of before we can verify the damage or discrepancy gets no refund.

Claims have to be sent in writing, by fax or by email; we do not take claims over the phone.

If a gift comes back because it is not wanted, or for any reason that is not a DBGIFTBASKETS mistake, the customer may send it back at their own cost, as long as it is shipped back within 3 days of delivery. What we offer then is a partial refund of the merchandise value only, and we do not refund the original shipping costs. The amount refunded is contingent upon the condition and perishability of the gift sent back, which must be unopened and untampered with, and on its way back to us within 3 days of receipt.

If a gift is damaged (by heat or in any other way), or we made a mistake and sent the wrong gift, we arrange a call tag so that the original gift is collected. After that, we either ship a new gift or give a full refund for it. Should we be unable to call tag the original gift, there will be no refund and no credit. Collecting the original gift is how we confirm the recipient's claim, or open a claim with the carrier where one is needed.

We kindly ask you to put this information on your website and include it in your own claims policy. DBGIFTBASKETS stands firmly by its p""",
                      ("carrier's verification", "disposed of before we can verify",
                       "partial refund of the merchandise value only", "contingent upon the condition and perishability",
                       "unable to call tag the original gift")),

    "thecheeseshopva": ("""Terms and Conditions:
In our shop you will find thousands of items that are not sold online. To order more of them, please phone us at 540-337-4224.
Most of our products are packed and priced by random weight. We fill your order with the package closest in size to the one shown on the website. Your order will never cost more than the amount authorized, and its total is often brought down a little.
If some products are out of stock, we ship the rest of your order, and you will need to order the missing items again later. We do not hold backorders.
PAYMENT
Visa, MasterCard, Discover and American Express are all accepted.
CANCELLATIONS
Cancelling an order before it ships is rarely possible due to fast order processing. All cancellation requests must be made by phone.
DAMAGES
Any damage in transit has to be reported within 2 days of receipt. We will make the claim for the loss with the carrier. Please keep the damage for inspection. If the products you received are damaged or incorrect, you will get a replacement product or a full refund.
RETURNS
Please contact us before you send any product back. Every return must reach us in original condition.
• Put a copy of the invoice in with the return.
• Shipping and handling charges are not credited. The customer pays the return shipping charges.
• However you paid, refunds will be paid by check, once we have received the product and inspected it to make sure it can be sold again.
• Your refund check may take up to 30 days to reach you.
• Credit is given on this scale:
o within 10 days of invoice date, 90%
o from 11 to 30 days, 80%;
o later than 30 days, no credit.
SHIPPING
We send orders out daily with UPS and USPS, to the continental US only. Most orders go out on the next business day. Temperature is beyond our control, so we cannot be held responsible for any product that arrives damaged due to melting or freezing in transit. We can also sh""",
                        ("rarely possible due to fast order processing", "cancellation requests must be made by phone",
                         "keep the damage for inspection", "refunds will be paid by check",
                         "within 10 days of invoice date, 90%", "damaged due to melting or freezing")),

    "midtownwest": ("""Returns / Refunds

MONEY BACK GUARANTEE
Not fully happy with your candle? You can send it back within 30 calendar days of delivery for a refund, as long as it has never been burned and is in the same condition as when it reached you. The customer pays for return postage and packaging. The Returns and Refunds sections below tell you more.

RETURNS
Any unused candle can come back to us within 30 calendar days of delivery. Return postage and packaging are paid by the customer. To begin a return, please get in touch with us; we will then tell you how and where to send your parcel. We will not accept items that are sent back without a return being requested first.

DAMAGES
If a product reached you damaged, please get in touch within 30 calendar days of delivery. We will ask you for photos of the item so that we can confirm the damage. While the candle is still in stock, we will gladly ship it to you again; if it is not, we will refund you.

INCORRECT SHIPMENTS
If the product you received is not the one you ordered, please get in touch within 30 calendar days of delivery. We will ask you for photos so that we can confirm the wrong shipment. While the candle is still in stock, we will gladly ship it to you again; if it is not, we will refund you.

If the mailing address you gave us is wrong or incomplete, tell us straight away so that it can be corrected before the order ships. We are not responsible for deliveries made to a wrong or incomplete address.

EXCHANGES
We are not taking exchanges at the moment. Please return your item(s) and then place a new order.

REFUNDS
Please give us up to 3 business days to inspect returned items and/or issue your refund. Refunds can only go back to your original form of payment. Please be aware that a refund can then take up to 10 business days to show on your bank statement.""",
                    ()),

    "flowerswhisperer": ("""Every refund and every return is looked at and decided on a case by case basis, but what follows sets out our policies and steps, so that things go smoothly whenever a refund or return turns out to be needed.
Shipping:
Most of what we sell is organic (flowers, flower arrangements and plants), so time matters when we work out what went wrong. That is why you must contact us within 72 hours of delivery if anything about the quality or condition of the flowers you received worries you. This lets us find what the problem is likely to be and weigh up offering a replacement.
When you have told us what concerns you, we will ask you for a photo of the flowers, so that we can judge what may have gone wrong.
If you gave us incorrect delivery details, we cannot refund the delivery. Where wrong details mean the order has to be delivered a second time,
Replacement:
When a replacement arrangement is sent, we may ask for the original order to be returned, so that we can look into what went wrong. It gets picked up at the same time as we deliver the replacement.
Refund:
Refunds go back to the account the order was placed from. For example, an order paid by credit card is refunded to that credit card, and an order paid through PayPal is refunded to that PayPal account. After a refund has been processed, it can take up to four working days to appear in your account.""",
                         ("decided on a case by case basis", "incorrect delivery details", "original order to be returned",
                          "picked up at the same time")),

    "digitalgreetingcards": ("""REFUND POLICY

1. This policy covers returns of goods or services bought through the online store that Digital Greeting Cards runs.

2. An item can only be returned if it is unused, in the same condition as when you received it, and in its original packaging.

3. (a) Did you buy digital content to download (a personalised DigitalGreetingCard, say)?

Cancelling a digital download

The Consumer Contracts Regulations give digital downloads a category of their own: they count as neither services nor goods.

The point of this is that you cannot change your mind once the content has been downloaded.

(b) Did you buy goods (a Non-Personalised Product, say)? Then you have 14 days from the day after you (or the recipient) receive the goods, unless they come in several deliveries on different days; then the period ends 14 days after the day the recipient, or you, receives the last delivery;

4. Some other kinds of service can't be returned for a refund, such as a service that begins as soon as you pay (a downloadable software product, for instance), a gift card or a gift wrapping service

5. The Consumer Contracts Regulations say that a change of mind about a purchase within 14 working days after the delivery date entitles you to have the original purchase price of the goods or services you send back refunded in full, together with the original postage and packaging charges. What it costs you to send the item back to us is not refunded.

Exceptions

These rules do not cover:

  • goods and services worth £42 or less

6. If you change your mind within 14 working days (that is, the goods or services are not faulty and were described correctly), our standard returns policy gives you a full refund of the purchase price and of the postage and packaging charges.

7. If the item you bou""",
                             ("receives the last delivery", "worth £42 or less")),

    "coodieskreations": ("""Store Policy
Store Policy
CUSTOMER CARE
This is our Party Supply Store, and you are welcome here! We want shopping with us to be easy and fun. To keep everything clear and open, our store policies are set out below. When you shop with us, you agree to follow them.
-
Returns and Exchanges: a. Items that are unopened and unused can be returned or exchanged within 14 days of purchase. b. Customized or personalized items can be neither returned nor exchanged, unless they have a manufacturing defect or we made an error. c. For health and safety reasons, some items, such as makeup, costumes and food-related products, are non-returnable once opened, unless they are defective. d. Refunds go back to the original form of payment.
-
Refunds: a. We process refunds within 7-10 business days once the returned item has reached us and been inspected. b. Shipping and handling charges are not refunded, unless the return comes from an error of ours or a defective item. c. What we refund is the purchase price minus any applicable discounts or promotions.
-
Damaged or Defective Items: a. Should an item reach you damaged or defective, please contact us within 48 hours of receiving it, and we will help you put things right. b. To confirm the damage or defect, we may ask you for photographic evidence of it. c. When the damage or defect has been confirmed, we will arrange a replacement or a refund, as you prefer and as our stock allows.
-
Pricing and Payment: a. Every price is shown in the local currency, with applicable taxes and fees added. b. We take many ways of paying, among them cash, debit cards, credit cards and mobile payments. c. Prices and promotions can change without notice beforehand. We are not responsible for differences caused by out-of-date price information.
-
Product Availability: a. We do all we can to make sure every it""",
                         ("non-returnable once opened", "minus any applicable discounts or promotions")),

    "teahouz": ("""Refund policy
1). If we make a mistake, for instance with incorrect product information, we take full responsibility for it, put it right and rush a new order out to you.
2). Giving the right shipping address for an order is up to the customer. If you gave a wrong shipping address, or something of the kind, and the order has not shipped yet, contact us and we will change the shipping as quickly as we can. If it has shipped already, tell us anyway and we will try to have the carrier change the address (we can't promise this), so that your order goes to the right place.
3). If we make a mistake (usually something like sending ground coffee when whole bean was ordered, or putting on the wrong label): our process is highly custom and people handle every step of it, so when we get something wrong, just tell us; we will enter the order again and pay for the new coffee and its shipping. We will also rush the new order so that it ships to you quickly.
4). If a problem is the carrier's fault (UPS, FedEx, USPS), or something unusual happens, such as a stolen package, damage in shipping, or tracking that shows the parcel delivered when your order never reached you, let us know anyway and we will try to help where that makes sense. With proof, we'll pay for orders up to $25.00. Once the order has been processed, we send you its tracking information.
5). International orders are not guaranteed at all.""",
                ("we'll pay for orders up to $25.00", "international orders are not guaranteed")),

    "spiceitup": ("""At Spice It Up, we aim to send out fresh, high-quality products made without preservatives. Because what we handle is food, we keep to a strict policy that protects our customers' safety and the integrity of our products.
1. Which Returns We Accept
We accept a return only when:
- The item arrived damaged, defective or incorrect.
- The product is unused, unopened and still in its original packaging.
Note: Our products are perishable, so we do not take returns for a change of mind or for taste preferences.
2. How to Ask for a Return
To start a return:
- Get in touch no more than 48 hours after your order arrives.
- Send an email to hello@spiceitup.example with your order ID and photos or videos showing the issue.
- When your return has been approved, follow the return shipment instructions our team gives you.
3. Refund Policy
- A refund is processed only once the returned item has reached us and been inspected.
- A refund may be paid via the original payment method or as store credit, depending on the situation.
- How long processing takes can depend on your bank or payment provider.
4. Items That Cannot Be Returned
These items can't be returned:
- Products that have been opened or used
- Food items that are perishable
- Anything no longer in its original condition or packaging
- Items sent back without approval first
5. Cancelling an Order
- An order can be cancelled only if you ask before it ships.
- After an order has been dispatched, it can no longer be cancelled.
6. Need Help?
For any question about returns or refunds, please get in touch:
- Email: hello@spiceitup.example
- Phone: the number on our contact page""",
                  ("or as store credit, depending on the situation",)),

    "hamperlicious": ("""Order Confirmation:

Once your purchase has been processed and confirmed, Hamperlicious sends you an order confirmation by email that sums up your transaction and gives you a unique order reference code for your records. That email can also serve as the tax invoice for your purchase.

As the consumer, it is up to you to check that the details on the order confirmation are right. For any question or problem, please email us or phone our helpful Customer Support Staff.

If you are charged but never get an official order confirmation from us, please tell us straight away: a technical fault may have happened, and we may be missing the details we need to carry out your order.

 

Changing an order or Re-scheduling a delivery:

You may change your order or move your delivery to another date as long as the order has not shipped yet. If it has shipped but has not been delivered yet, a re-delivery fee is charged.

 

Cancelling an order:

You may cancel your order as long as your gift has not shipped yet. Cancelling an order that is confirmed but has not shipped costs a 5% cancellation fee. Cancelling an order that is confirmed and already shipped but not yet delivered means you lose the original shipping fee and also pay a 20% admin fee, which covers bringing the gift back to us, our time and the packaging that can't be used again.

 

Breakages:

Should your gift reach its destination broken or damaged, we will happily replace the broken or damaged items free of charge and as quickly as we can, as long as you tell us about the damage or breakage within 24 hours of delivery. Please send us pics of the damage, so that we can work out how and why it happened and take it up with our courier.

 

Non or Delayed Deliveries:

Under no circumstances will we take responsibility for """,
                      ("20% admin fee",)),

    "partyanimal": ("""STORE POLICY
RETURNS POLICY
Thanks for choosing us for your balloon decor! We work with high-quality materials and aim to give outstanding service. Balloon artistry is custom work that takes a lot of labor, so our policies are meant to protect the quality of your order along with our preparation time and materials.
Cancellations and Rescheduling
Plans change, and we understand that.
• Rescheduling: If the date or time of your event changes, please let us know at least seven (7) days prior to the setup date you first booked. We will gladly help you move your order to a new date, if we have availability. Changes asked for less than seven days before the original setup date depend on availability and carry a rescheduling fee of 30% of the total you first paid.
• Cancellations/Refunds: We order materials for your design, start the design work and begin preparing weeks ahead, so cancellations are not refunded.
Product Longevity and Setup
Our balloons are professional grade, but how long they last depends a great deal on their surroundings.
• Outdoor Setup Disclaimer: When décor is set up outside, we always recommend placing it indoors or in deep shade.
• Direct sun, heat, sharp objects and rough surfaces cut any balloon's life short, dark colors above all, which oxidize (turning dull or cloudy) and can pop quickly in direct sun.
• Once the décor has been delivered and set up, we are not responsible for any damage, deflation, or popping, least of all outdoors. For décor damaged due to environmental factors we give no returns, refunds or free replacements.
• Weather Disclaimer: Severe or unexpected weather (rain, high winds or extreme heat, among other things) is outside our responsibility when it may affect the""",
                    ("at least seven (7) days prior", "rescheduling fee of 30%",
                     "not responsible for any damage, deflation, or popping", "damaged due to environmental factors")),
}
