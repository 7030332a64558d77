"""The test76 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "blackbeautyaustralia": ("""Returns

Our policy runs for 14 days. Once 14 days have passed since you bought an item, we are sorry, but we cannot give you a refund or an exchange.

We give no return, refund or exchange for change of mind: not when you no longer need the item, not when you have no use for the goods, and not for any other reason.

To qualify for a return, your item has to be unused and in the condition in which it reached you, and it has to come back in its original packaging. We will not take back products whose seals are broken or which have been opened or used.

Some kinds of goods cannot come back. For health reasons we generally do not exchange or refund them; among others, they include wigs, hair extensions and ponytails.

Other items that cannot be returned:

We need a receipt or proof of purchase to complete your return.

When your return has arrived and been inspected, we will email you to say that your returned item has reached us. We will also let you know whether your refund has been approved or rejected.

If it is approved, your refund is processed and the credit goes automatically to your credit card or original payment method within a certain number of days.

Late or missing refunds (where they apply)
If your refund has not arrived yet, look at your bank account again first.
Then get in touch with your credit card company: a refund can take a while to be officially posted.
After that, get in touch with your bank, where a refund often needs some processing before it shows.

Sale items (where they apply)
Only items bought at the regular price can be refunded; we are sorry, but sale items cannot be refunded.

Exchanges (where they apply)""",
                             ("for change of mind",)),

    "springnailsupply": ("""Return & Refund Policy

So that we can hold our prices down as far as we can, our return and exchange policy works like this:

You can get a refund within 14 days of purchase for merchandise that is unused and fit to be sold again, in its original condition as bought and in its original packaging, ELECTRICAL APPLIANCES EXCEPTED. Every sale of nail colors, hair brushes or any cosmetic is final. Product control and health rules stop us from taking back certain items, among them all cosmetics, skin care products, perfumes, hair brushes and nail colors. We take no returns more than 7 days after the day of delivery.

We must approve every return in advance, and you must ask for that approval by e-mail or by phone no later than 7 days after the goods arrive. Within 48 hours we will reply with a return authorization number and the address to send your purchase to. PLEASE SEND NO PRODUCT BACK BEFORE YOU HAVE YOUR RETURN AUTHORIZATION NUMBER (RMA#). Make sure the RMA# can be seen on the package. A 15% RESTOCKING FEE APPLIES TO ANY UNAUTHORIZED RETURN.

Within 14 days of purchase, an electrical appliance (a blow dryer, curling iron, nail machine or the like) can be swapped for a replacement or for other merchandise. After 30 days, a defective appliance should go to the warranty service center that the manufacturer of your appliance names; most manufacturers give a warranty. We sell professional items only. If an item you buy falls short of what you expected (for example it is too powerful or not powerful enough, it is too hot, it burns hair, or for other reasons we cannot control), the customer is charged 15% of the item's price, not counting shipping and handling, when the item was bought no more than 14 days earlier.

FURNITURE: Every piece of salon furniture we receive back for a refund is subject to a 25% restocking fee. No exceptions. These returns must be insured and sent directly to the manufacturer, at the customer's expense. Every piece of furniture sold at nailsupplystore.net comes with a 6-month manufacturer's warranty, counted from the day it is delivered. There are no exceptions.""",
                         ("you can get a refund within 14 days of purchase", "can be seen on the package",
                          "15% restocking fee applies to any unauthorized return",
                          "swapped for a replacement or for other merchandise", "warranty service center",
                          "charged 15% of the item's price", "salon furniture", "sent directly to the manufacturer")),

    "odaciousluxe": ("""Return/Sales Policy
Returns Policy
For sanitary and health reasons, lashes cannot be refunded or exchanged.
To qualify for a return or exchange, you have to get in touch with us no later than 48 hrs after your lashes arrive. Your items have to be UNUSED, UNOPENED, in their ORIGINAL PACKAGING, and in the condition in which they reached you.
Store Credit/Exchanges (where they apply)
When your return has arrived and been inspected, we will email you to say that your returned item has reached us. We will also let you know whether your refund has been approved or rejected.
ONLY items with a manufacturing defect are replaced. We do NOT pay for SHIPPING RETURNS back to us.
If your return is APPROVED, you get store credit only. There are no refunds.
Sale items
Every SALE item is FINAL & NOT REFUNDABLE, WITHOUT EXCEPTION.
Shipping/Lost or Stolen
You pay your own shipping costs to send your item back. Shipping costs are not refundable.
When the item you are sending back is worth over $75, think about a trackable shipping service or shipping insurance. We cannot guarantee that your returned item will reach us.
We are NOT responsible for lost or stolen packages, for a wrong address the customer gave us, or for any delay caused by USPS.
For sanitary and health reasons, lashes cannot be refunded or exchanged.
To qualify for a return or exchange, you have to get in touch with us no later than 48 hrs after your lashes arrive. Your items have to be UNUSED, UNOPENED, in their ORIGINAL PACKAGING, and in the condition in which they reached you.
Store Credit/Exchanges (where they apply)
When your return has arrived and been inspected, we will email you to say that your returned item has reached us. We will also let you know whether your refund has been approved or rejected.
ONLY items with a manufacturing defect are replaced. We do NOT pay for SHIPPING RETURNS back to us.
If your return is APPROVED, you get store credit only. There are no refunds.
Sale items
Every SALE item is FI""",
                     ()),

    "theperfumeshop": ("""Returns, Exchanges & Refund Information

We know these are unusual times, so we have extended our refunds policy: until 31st August 2020, a refund or an exchange is possible for any order placed on or after 1st March 2020. For now, please hold on to your return so that you avoid travelling when you don't need to, and once things are back to normal either bring it into a store or send it back with Collectplus. We keep watching how things develop, and if we need to, we will make this period longer.

We hope your purchase pleases you, but if you need to send anything back, you have 90 days to do it. These are the easy options we offer you:

HELP TOPICS

RETURNS

Can I return an online order?

You can send your online order back through Collect+ or bring it to one of our stores. Your order must come back within 90 days, unused and unopened. We cannot take back a product that has been personalised in any way. If a product comes back in a condition in which it cannot be fully sold again, or with its packaging damaged, we may refuse to refund or exchange it. Your statutory rights are not affected. We cannot refund postage or gift wrap charges when you no longer want the product or have changed your mind.

How to return an online order

You can send back an item bought online free of charge with Collect+, or take it into any of our stores. Items have to come back within 90 days of purchase, in good condition.

To return it to our warehouse, you can make a free Collect+ returns label here. If you return it by post, we cannot pay for the return. Please put your order number and contact details inside the parcel.

For the full details of returns, please see our Returns, Exchanges & Refunds Policy.

How do I return an item I don't want?

You can send back an item bought online free of charge with Collect+, or take it into any of our stores. Items have to come back within """,
                       ("1st march 2020", "hold on to your return", "bring it to one of our stores", "gift wrap",
                        "if you return it by post", "order number and contact details")),

    "pemavero": ("""Refund Policy

1. How long the policy runs
You have 30 (thirty) days from the day you receive your order to start a return request.

2. Who can return
To qualify for a return and refund, items have to be:

  • In their original condition, unused and unworn.

  • In the manufacturer's original packaging, with every tag attached.

  • Sent with a valid proof of purchase (for example a receipt, an invoice or the order number).

One important exception: once a bottle of essential oil has been opened, it is final sale for hygiene and safety reasons, and it cannot be returned or refunded.

3. Starting a return
To start a return, email our customer service team at [email protected] and ask for a Return Merchandise Authorization (RMA). We will not accept a return that arrives without authorization given beforehand.

4. Return shipping costs

  • Returns you start yourself: you pay the return shipping for any return that is not caused by an error of ours (for example a change of mind or a size exchange).

  • Returns caused by our error: when you send an item back because of an error of ours (for example a defective or damaged item, or the wrong item sent), we reimburse the return shipping once the problem has been checked. Please contact us before you ship, so that we can check the problem.

Once your return is accepted, we will send you a prepaid return label and full instructions where they apply.

5. Damage, defects and wrong items
Please check your order as soon as it arrives. If anything is defective or damaged, or you were sent the wrong item, write to us quickly at [email protected]. We will look into it and put it right.

6. Exchanges
If you would like an exchange, our suggestion is to send the original item back and be refunded for it. When that return has been processed, you can order the item you want as a new purchase.

7. The European Union right of withdrawal
Whatever else this policy says, customers who live in the European Union keep a right to withdraw from the """,
                 ("right to withdraw",)),

    "touchoftimesoaps": ("""FREE shipping on every order over $50!

Our Policies

Is something wrong? Get in touch!

If your soap leaves you unhappy for any reason, please get in touch. We back our soaps and want every customer to be happy! We don't take returns on soap, but we still want to hear your questions, worries or problems.

No Returns

Returns on soap are not allowed, whatever the reason. So before you buy, please read carefully the ingredients listed with each soap's description, and make sure that whoever will use the soap has no allergy or reaction to any of them.

Replacements

A replacement may be possible in some particular situations, but please be sure to contact the carrier when:

--a package reaches you damaged.

--the carrier's records show the soap was delivered but it never reached you.

If a soap reaches you damaged or defective, please get in touch within 24 hours, and be sure to send photos that show the damage. A return must be agreed by both of us no later than 15 days after the shipment arrives.

As the situation requires, we will replace the damaged soap, swap it for another soap of equal value, or give a credit or a refund.

Please send no product back to us without arranging it with us first.

The customer pays all return shipping costs.""",
                         ("contact the carrier",)),

    "shavbox": ("""RETURN & REFUND POLICY

To keep hygiene standards high, we do not take back items once they are sold, because we cannot sell them again. We would never want a customer of ours to use razors someone else has used. A replacement is possible only when the item you received is damaged. Email our customer support team at support@shavbox.example within 3 days of delivery and they will help you with your case. You have to give us your order ID together with a picture of the damaged product. The customer has to ship the damaged product back to us themselves. A replacement request goes ahead only when the products reach us in their original packaging and their invoices are still intact.

NOTE: A REPLACEMENT REQUEST DEPENDS ON THE AVAILABILITY OF STOCK. WHEN NO REPLACEMENT CAN BE HAD, WE REFUND YOU THE FULL AMOUNT.""",
                ("availability of stock",)),

    "bubbleandbee": ("""Our Deodorant Guarantee

[photo: Stephanie, out of focus in the background, behind a spearmint and tea tree pit putty, shown as a stick and as a cream]Our deodorant carries an effectiveness guarantee, a first in the industry! We think it really matters to use a truly natural deodorant without having to fall back on harmful chemicals, so we take extra trouble to help you find the right product!

Should the first deodorant of ours you try fail to keep odor under control for you, we will gladly help you find a second one, or even a third, that does! Write us an e-mail and tell us what the problem is. In our experience, when one deodorant does not work for someone, another one will. So first we send you a different blend of bacteria-fighting essential oils, or the other way of applying it (spray instead of stick, or the reverse), as you choose. All you pay is the shipping, and we charge it at cost. If that replacement does not work for you either, we repeat the process until you find one that keeps odor away! We cannot give a money-back return on an opened personal care item such as deodorant; what we will do is send you a replacement to try instead. If your order had more than one deodorant, we will take back any that are unopened and undamaged and refund them, less any shipping charges for the return. You need a return authorization.

We trust our products: we try them out and use them ourselves daily, without exception. Every body's chemistry is different, and what suits you will not suit everyone. Sometimes the first try is right, and sometimes it takes some searching. However it goes, we will help you all the way to the product that is right for you!

Our deodorant exchange policy works on a single item basis. Imagine, for example, that you ordered a Lemongrass Rosemary stick and a Truly Herbal Spray and neither one worked. We would first ask which way of applying you like best: stick, spray or putty. Then we would make our suggestions and you would ch""",
                     ("all you pay is the shipping", "repeat the process", "single item basis")),

    "bathbombbeauties": ("""Refund Policy
1. This policy gives the returns policy for goods bought through the online store run by BATH BOMB BEAUTIES.
2. To qualify for a return, your item has to be unused and in the condition in which it reached you, and in its original packaging.
3. Should you change your mind about something you bought, the Consumer Contracts Regulations give you 14 working days from the day it was delivered in which to get back, in full, the price you originally paid for the goods or services you are returning, together with the postage and packaging you were first charged. What you pay to send the item back to us is not refunded.
4. If your item was faulty or failed to work properly, or you feel it was not as its description said, please contact us first, before you ask for a refund, since we might manage to put the problem right to your satisfaction.
5. To ask for a refund, you have to email us at bathbombbeauties@shop.example
6. When your return has arrived and been inspected, we will get in touch to say whether or not we will process your refund, and we will credit your original payment method within a certain number of days.
7. If we have told you a refund was issued but you have not received it, please check your card statement or bank account first, in case it has in fact arrived, and then speak to your bank, since some banks and card companies need several days to credit an account.
8. If you used a discount voucher to buy an item, we refund only the amount you actually paid, not the price the item was listed at.
9. Items bought from our website's 'Whoopsie' or 'Sale' section cannot be refunded; still, get in touch anyway, because a replacement may be possible. Whenever you are unsure, please ask us before you buy.""",
                         ("contact us first", "discount voucher")),

    "shadecream": ("""Buy your weekday smoothies and get the weekend ones free. (7 for the price of 5!)
Refund policy
Returns & Refunds Policy
Last updated: 19/08/2025
Our Returns Promise 💛
Choosing our sunscreen should feel like a safe decision. This is how we look after you:
-
🌍 Easy delivery – if the system loses your order (and the fault is ours), we will gladly send you a replacement at no charge.
-
📦 Packaging you need not worry about – if your tin reaches you damaged, just tell us (a quick photo helps!) and we will put it right with a replacement or a refund.
-
♻️ Good for you and for the planet – there's no need to send it back! Hand it on to a friend, or put the contents out with food waste and the tin in your household recycling, or find the tin a new use.
-
🛡️ Safe and fresh for everyone – we never sell a used tin again or take one back, so that our products stay hygienic and worthy of trust. That way every order you get is guaranteed fresh and untouched.
-
💳 Quick refunds when they are due – when a refund applies, we process it quickly to your original payment method.
✨ Our aim is simple: a safe, high-quality sunscreen that reaches you in great condition, while staying as kind to the planet as we can.
Full Policy Details
General Policy
Because of what our product is (sunscreen in a tin), we cannot take back Shade once it has been opened or used. This keeps our products safe, hygienic and intact for every customer.
We give no refund and take no return in these cases:
-
Personal preference (for example complaints about a "white cast"). The mineral protection of our sunscreen is a deliberate and essential part of how it works.
-
Dislike of the scent. Our product has no added scent; the smell it has comes naturally from its ingredients.
-
Misunderstanding how the product works or how to use it. Our FAQs, blog and packaging give full instructions and resources for use. Please get to know h""",
                   ("system loses your order", "no need to send it back", "personal preference",
                    "dislike of the scent", "misunderstanding how the product works")),

    "teethwhiteningplus": ("""Refund Policy
Unless the item you bought is both damaged and unused, we accept no return or exchange of it. If an item reaches you damaged, please email us at info@teethwhiteningplus.example, describe the damage and attach pictures of the damaged product(s). Once Teeth Whitening Plus has approved the damaged item(s) in writing, you can post the item(s) to us or bring them to the store, and we will replace them with the same product(s):
Teeth Whitening Plus
26 The Shops At Mission Viejo
Mission Viejo, CA 92691
When the returned damaged product(s) reach us, we will examine them fully and email you within 3 business days to say whether the defect entitles you to a replacement. If it does, we will send you a new one by post within 3 business days, or, if you would rather, you can pick up the product yourself at our Mission Viejo location.
Exceptions
Some items can be neither refunded nor exchanged: every product that has been opened.
Shipping
To return your item, either bring it into the store or post it to:
Teeth Whitening Plus
26 The Shops At Mission Viejo
Mission Viejo, CA 92691
An exchange for damaged items does not cover the shipping and handling charges on the packing slip or invoice. You must prepay and insure the shipping of every return yourself. Any loss of or damage to items in transit is your responsibility, and we cannot guarantee that your returned item will reach us. We do not refund shipping and handling charges. No exchange amount includes the cost of shipping.""",
                           ("pick up the product",)),

    "herbalhairdye": ("""RETURNS AND REFUNDS
RETURNS AND REFUNDS
In force from: February 26, 2025
At HERBAL HAIR DYE we care about our customers' satisfaction. If your purchase does not fully satisfy you, our returns and refunds work as set out below:
1. Returns
Returns are accepted up to 5 days after your order reaches you. To qualify for a return:
- The item has to be unused, unopened, and in the condition in which it reached you.
- The product has to come back in its original packaging.
- We need proof of purchase (the order number or a receipt).
2. Refunds
We give no refunds in money. Instead, you get store credit as a voucher to spend on any later purchase at HERBAL HAIR DYE. We issue the voucher once the returned item has been inspected and approved. You can use the voucher at any time in our store.
3. How to return
To start a return:
- Let us know, no later than 5 days after your order arrives, that you want to return something.
- Once your return is approved, we will send you instructions for sending the product back.
- Return shipping is yours to pay, except when the product is defective or damaged.
4. Items that cannot be returned
These items cannot be returned:
- Products that have been used or opened (unless they were defective or damaged when they arrived).
- Sale or clearance items.
- Any item marked "final sale".
5. Processing time
Once your returned product is with us, we check it over and send your voucher in 7-10 business days.
6. Damaged or defective items
If an item reaches you defective or damaged, please contact us at once. Depending on the situation, we will send you a replacement or a voucher.
Buying from HERBAL HAIR DYE means you agree to what this Returns and Refunds Policy says.
For any question, or for help with a return, reach us through our website.""",
                      ("use the voucher at any time",)),
}
