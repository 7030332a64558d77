"""The test126 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "dancefashionssuperstore": ("""Online Shopping Return Policy for Clothes:
You may send clothes back only within 30 days of the date we shipped them, for an exchange, online shopping credit or a refund. A refund covers the merchandise alone, and we do not refund shipping charges. Any new item we ship to you in an exchange carries new shipping charges of its own.
Items that cannot be returned:
- Tights and undergarments, for reasons of health.
- Special-order items that appear neither in the catalogs nor on the website.
- Clearance and closeout items.
- Bulk or group orders.
Return Policy for Bulk or Group Orders:
- An order of 3 or more of one item counts as bulk, and it can be neither returned nor refunded.
- An order of 1–2 units can be refunded when it meets our usual return criteria.
- Anything ordered for a group fitting or a try-on session cannot come back, however many were ordered.
Returned merchandise has to be:
- New and fit to be sold again, with no damage and no sign of wear.
- In its original packaging, its tags still on (shoe boxes undamaged, every lace, ribbon and the like still in place).
When you send items back, please:
- Put a copy of your invoice in the parcel and tell us plainly what you want (an exchange, online shopping credit or a refund). We cannot process a return that comes without paperwork.
- Tell us why you are sending it back.
- Give us a phone number, for the daytime or your cell.
Send returns to:
Dance Fashions Superstore, Attention: Online Shopping
10400 Alpharetta Street, Suite A
Roswell, GA 30075
Shipments lost on the way are not our responsibility, and we strongly advise you to insure your return. Processing a return takes 2-3 weeks. Unless you ask for another service, every reshipment goes by Economy Ground. Note: before giving a credit or an exchange for shoes sent back to us, we may inspect them to check they can be resold.
Shoes Bought Online from Dance Fashions Superstore: Our Return Policy
Shoes may be sent back only within 30 days of the date we shipped them, for an exchange or a refund. Refu""",
        ("carries new shipping charges of its own", "3 or more of one item")),

    "buycosplayoutfit": ("""Your Happiness With Your Cosplay Is What We Work For!
Costumes Cosplay Sales wants to help you bring your character fully to life. Should a costume fall short of your heroic hopes, we will put things right!
Guidelines for Returns and Exchanges
Time to return: 15 days, counted from the day of delivery
Condition: items have to be unworn and unwashed, in their original packaging, with every tag still on
Returning, Step by Step
1 Start Your Return
Get in touch with our customer service team no later than 15 days after your order arrives, by emailing your return request to support@buycosplayoutfit.example
2 Get Your Return Ready
- Put in the original packaging and every tag
- Pack the items firmly so that nothing is damaged on the way back
- Add your original order number and your contact details
3 Send Your Return
Post your return parcel to:
Costumes Cosplay Sales
2638 Gateway Road
COLUMBUS, US 08022
A Template for Your Return Request
Subject: Return Request for Order #[Order Number]
Text of the email:
Hello Costumes Cosplay Sales Team,
I am writing to ask for a return or an exchange on an order I placed lately.
Order Number: [Order Number]
Date It Arrived: [Day the Package Reached You]
Items Being Sent Back: [Items and How Many]
Why I Am Returning Them: [Size Issue, Damage, Wrong Item, etc.]
What I Would Like: [Refund / Exchange for [Specific Item]]
Please tell me what I need to do to finish the return.
Many thanks,
[Full Name]
About Refunds
How long it takes: 5-7 business days from the day your return reaches us
How you are refunded: to the original payment method you used (Visa, MasterCard, JCB or PayPal)
Note: We do not refund shipping costs. You pay for return shipping, except where the return comes from a mistake of ours.
How Exchanges Work
An exchange goes through the same steps as a return. In your return request, name the item you want instead. Once the original item is back with us, we send out your replacement.
Items That Cannot Be Returned
For the sake of quality and hygiene for every one of our cosplayers, the followi""",
        ("we send out your replacement",)),

    "safarlux": ("""top of page
WhatsApp Image 2026-01-20 at 20.02.14.jpeg

 RETURNS

Return Policy:

HOW DO RETURNS WORK?


We will swap or refund an item as long as it reaches us no later than 14 days after the buyer receives it, still unworn and unwashed as it was, its swing tag in place, inside the clear packaging we sent it in.


Should trying it on leave the item smelling of perfume, or marked by make-up or deodorant, we will refuse the return and send the item back to you. If the returns procedure has not been followed, we may refuse a refund.


We do not refund the original shipping charges.
If your order shipped free under a free-shipping promotion and what you keep falls below the free-shipping threshold, your refund will leave out the shipping fee.


For hygiene, we take back hijabs and under caps only if nobody has worn them or tried them on. Hijab magnets cannot be returned. An item showing any sign of wear will be sent back to the purchaser.

HOW SOON WILL MY REFUND ARRIVE?


When your return has been processed and approved, a confirmation email will tell you that your refund has gone through.


Bear in mind that how fast a payment comes back to your credit card always rests with your bank or building society; in some cases it takes 7-10 working days to show in your account.

bottom of page""",
        ("falls below the free-shipping threshold", "hijabs and under caps only if")),

    "tshirtsedge": ("""Return & Exchange

1. Damaged or Defective Items:

Should your order hold printing errors or defective goods, we naturally take the product back and either give you your money back or send you a new one.

2. Returns

Even if nothing is wrong with the product and you simply dislike its color, its print, its size or anything else, you may send it back within 30 days of ordering for a full refund; the return shipping fee, though, is yours to pay. Instead, you may also

  • swap it for something else if the product is not to your liking,
  • get a coupon to use on your next order,
  • get the cost of the product refunded.

If one of these reasons fits your case, please get in touch.

3.Return Conditions

a. A returned item has to be unused and undamaged, in its original packaging where it had one.

b. Whatever came with the product, such as accessories, documentation or promotional items, has to come back with it.

c. Personalized products may not qualify for a return.

4.Return Process

a. Prior Authorization: Customers need authorization from our customer service team before sending a product back. In most cases you get it by emailing our support.

b. Return Shipping: Customers pay the shipping when they send a returned item to us, except where the return comes from our error or from a defective product. Should you need a shipping label, get in touch, and our support team will email one to you. Be aware that if you ask to use our return shipping label, a shipping charge of $7-9, depending on where you are, is taken from the refund.

c. Refund or Exchange: When the returned item has reached us and we have checked its condition, we either send the refund to your original payment method or give an exchange, whichever the customer prefers.

5.Non-Returnable Items:

a. Unless they arrived damaged or defective, the following items generally cannot be returned:

  • Products that are custom-made or personalized

So that we can keep our promise, we ask a couple of things of you...

1. Don""",
        ("a shipping charge of $7-9",)),

    "embroideredpatch": ("""Return & Exchange Policy At Embroidered Patch:

So that buyers can be sure they may send back or swap products in certain cases, our shop offers a full return and exchange policy covering these:

  1. The product delivered is not the item that was ordered.
  2. The product delivered arrives damaged. Evidence of the damage is needed when the claim is made.
  3. The product delivered is the wrong size.
  4. The product delivered is customized in a way that does not match the brief given.

The Return & Exchange Policy Does Not Apply, However, When:

  1. The product delivered is as expected, and none of the cases above applies.
  2. The brief the client gave was wrong, and the client now wants a refund.
  3. Delivery runs late because of logistics problems.
  4. The order comes back to us because the client gave a wrong address.
  5. Instead of claiming directly, the buyer brings in a third party, for example a relative, a friend or a lawyer.

When a mistake starts on our side, we pay the shipping charges. In any other case the client pays them. Embroidered Patch aims to keep returns and exchanges fair and open, so that our valued customers have a good experience.

Scroll to Top""",
        ("of the damage is needed when the claim is made", "runs late because of logistics problems", "the client gave a wrong address",
         "brings in a third party")),

    "mymotorcyclejacketstore": ("""Returns

Good customer service matters a great deal to MyMotorcycleJacketStore.com. We hope your purchase serves you with comfort, enjoyment and protection for many years. Now and then, sadly, something goes wrong along the way; when it does, we are set on putting it as right as we can. Please read the policy below, which helps us sort things out quickly.

Return Authorization
Please get a return authorization from customer service before you send any product back. Every item is in perfect condition when it leaves our warehouse. If something is damaged in transit, MyMotorcycleJacketStore.com will need photos of the damaged box and of what was in it. Make this claim no later than 5 days after the product reaches you. We will then either send the buyer a return authorization to go in the returned parcel, or ask the buyer to hold on to the goods and their packaging for 5-7 days while the shipping claim inspector checks the claim. When the goods are back with us or the claim has been confirmed, we send a replacement. Where a return shipment is needed, the buyer pays for it.

Undamaged Merchandise
Any return of undamaged merchandise carries a 25% restocking fee. We STRONGLY urge everyone to use our sizing tools so that nobody buys the wrong size. Here too the buyer pays any return shipping costs.

Shortages
Report any shortage no later than 5 days after the shipment arrives.

Time Limit on Refunds/Exchanges
Whatever the return or exchange, the buyer must contact customer service within 5 days of the product arriving and explain the problem. Requests after those 5 days are at the seller's discretion and may be turned down.""",
        ("hold on to the goods and their packaging", "at the seller's discretion")),

    "westernoutfittersaz": ("""CAN I SEND BACK OR exchange WHAT I BOUGHT? We are glad to exchange or refund a purchase within 30 days of buying it, as long as the Merchandise is as new (tags on, original packaging intact, not washed, not worn); we take the purchase date to be the delivery date that UPS or USPS records when your shipment reaches you. Boots and other footwear can be returned or exchanged only when the soles have no scratches and the boots are as new. Try boots on by walking on carpet until you are certain they fit. To send back or exchange a purchase, put the item in its original packaging together with a note that gives the reason for the return and your contact details. Processing a typical return takes 3-5 days from the time the merchandise reaches us and meets the terms of our return policy. The customer is credited at once when the return is processed. Note that some banks and card issuers are slow to show the refund on a customer's card, whether credit or debit. HOW TO SEND YOUR RETURN OR EXCHANGE How you send it is up to you; Western Outfitters asks you to pay the cost of shipping your return or exchange for every reason except a factory defect. If there is a factory defect, please send us a photo of the item, which helps us settle it with the manufacturer. Provided the defect claim can be confirmed, Western Outfitters can email you a UPS return label and will pay to ship your replacement item to you. PROBLEMS, QUESTIONS OR SUGGESTIONS? For any question about your order, email us at info@westernoutfittersaz.example, or phone us on 1-928-635-4013. Our staff will gladly help. We are open every day of the week except Thanksgiving, Christmas and New Year's Day. Thanks for shopping at WesternOutfittersAZ.com!""",
        ("soles have no scratches",)),

    "highlandkilt": ("""Returns/Exchanges
How can I exchange or return something?
Nearly anything that was not a special order we will exchange for another size, colour and so on. All we ask is that you get a Return Authorization from us and have the item(s) with us again within 7 days. As soon as your return reaches us, we will get your replacement out to you. Return shipping charges are yours to pay. If an exchange is no good to you, we will refund your order, provided you ask us for a Return Authorization and the item comes back within 7 days in its original condition, unworn and unused.
If, rarely, a product defect shows up after those 7 days but before 60 days have passed, we may, at our discretion, exchange it for an identical product (or, where no identical product is left, for a substitute we both accept, or for store credit).
Why we would probably refuse your exchange or refund:
1) Your kilt got muddy, you balled it up and left it in the trunk for two months, and now it has a 'funny smell'.
2) You ordered the kilt, wore it to a wedding, and want all your money back since you 'don't really need a kilt any more'.
3) You wore your kilt all last year, then lost or gained 50 lbs, and want to exchange it because it no longer fits.
4) You had boxers on under your kilt and now feel too ashamed to keep it.
--Every one of those really happened, by the way. All right, #4 may be made up. On the whole we think our policies are pretty darn fair. If you are unsure, tell us what is going on and we will find a solution with you.
Any item ordered custom, that is made to your measurements, is a final sale and cannot be refunded. We swap such items for an identical replacement solely where we find a flaw.""",
        ("get your replacement out to you", "before 60 days have passed")),

    "balletshop": ("""PRODUCT EXCHANGE AND RETURN POLICY

1. Each product carries its own identifying label. If you want to send a product back, leave its label on.

2. When you return products, BALLETSHOP may refuse them if they come back without their security label or seal, or with labels that have been altered or damaged.

3. The "Buyer" has 15 days from receiving the order to return or exchange item(s), tights excepted, whether because of defects or other non-conformities in what was ordered or simply to withdraw from the purchase, with no need to give a reason.

4. The customer pays the costs of a return or exchange (unless the reason is one of quality).

5. Once all or some of the ordered products are back at our premises, we process them within one week on average. If the return is confirmed, we refund the amount by the same payment method. Refunds go only to the account or card the purchase was made from. For a simple exchange of item, colour or size, we first check that the product is available and then send it to the address you give us during the exchange.""",
        ("we first check that the product is available",)),

    "customcyclingjersey": ("""Return & Exchange Policy

Custom Cycling Jersey takes pride in the quality it delivers. Because our products are made to order, our return and exchange terms are set out in detail so that they are clear. Please read them through before you buy.

1. Refund Policy

Customer satisfaction matters to us, and we treat every order with care. Since our products are tailored, though, we give no refunds at all. We ask customers to weigh their choices carefully and to read our terms of service closely. Our detailed descriptions and full size guide are there to help you decide, and we strongly advise contacting our support team with any question before you place an order.

2. Exchange Policy

Because our jerseys are made to order, we cannot give refunds. However:

  • We can exchange products that arrive defective or that do not match in size.
  • Exchanges are normally made within 60 days of the purchase date.
  • After those 60 days we accept no exchange, unless the product is shown to be defective.
  • Customers must check our size guide carefully before ordering. Where it is clear that a customer did not use the size guide properly, we may refuse the exchange.
  • Where sizes may not fit, we can give store credit to spend on later purchases.

3. Shipping & Handling for Returns/Exchanges

The customer pays the cost of return shipping.

Because we are based overseas, we do not supply shipping labels. Arranging the return shipment safely is wholly up to the customer.

When the returned item reaches us, we pay to ship the exchanged product back to you.

Delivery times vary. We cannot be held liable for any delay that keeps the goods from arriving by a particular date. We advise ordering several months in adva""",
        ("unless the product is shown to be defective", "did not use the size guide properly",
         "we do not supply shipping labels", "we pay to ship the exchanged product back")),

    "organict-shirts": ("""Organic Cloth Shop backs its sustainable products with a returns policy given just as much thought. If your organic clothing is not what you hoped for, we will put it right while keeping the harm to the environment as small as we can.

How We Think About Returns

In keeping with our commitment to sustainability and openness, our returns process:

  • Allows you 15 days from delivery to start a return
  • Ships returns by carbon-neutral methods
  • Handles refunds promptly without lowering our ethical standards
  • Cuts waste by putting returned items to a responsible new use

Note: For hygiene, Organic & Recycled Socks cannot be returned unless they are defective or the wrong item. Every other piece of our organic clothing (shorts, shirts, sweatpants and t-shirts) can be returned within the policy period.

Easy Returns Process

Step 1: Start Your Return

No later than 15 days after your order arrives, email our customer care team at care@organict-shirts.example, giving:

  • Your order number
  • The item(s) you want to send back
  • Why you are returning them
  • Whether you would like an exchange or a refund

Step 2: Get Your Parcel Ready

After approval:

  1. Put the items back in their original packaging where you can
  2. Leave every original tag and label on
  3. Make sure the items are clean and have not been worn
  4. Print out the return form we email you and put it in the parcel

Step 3: Send Your Return

Customers in the UK get a prepaid return label from us. Customers abroad may have to pay for return shipping first (we pay it back once the return arrives). Send to:

Organic Cloth Shop Returns
16 St Ann Way
Gloucester, GB GL8P 5HW

About Refunds

When your return has reached us and been inspected:

  • Timing: refunds are processed within 5 business days
  • Method: back to the original payment method you used (Visa, MasterCard, JCB, PayPal)
  • Amount: the full cost of the item, less the original shipping fees

Exchanges go out to you no more than 3 business days after your return arrives.

Template for a Return Request

U""",
        ("get a prepaid return label from us", "may have to pay for return shipping first", "the return form we email you",
         "go out to you no more than 3 business days")),

    "compressionstockingsuk": ("""Returns Policy

We hope your Compression Stockings order pleases you, but we know there can be reasons for wanting to send an item back, and we try to keep returning as easy as we can.

30 Days to Return, for Peace of Mind

Our returns policy runs for 30 days: from the day your Compression Stockings order reaches you, you have 30 days to let our Customer Care Team know that you want to return an item that does not suit you.

If the item coming back to us is a compression garment or compression stocking, it has to be unopened, in its original packaging, with its security or hygiene seals unbroken.

Our Returns Team will inspect the product to establish whether its hygiene has been compromised, because we attach the greatest importance to selling every product in perfect, unused and uncompromised condition.

Be aware that if a product has been handled more than is needed to find out what it is, what its characteristics are and how it works (more, say, than the handling a shop might reasonably allow), its value will be treated as reduced, and we will take that amount off the refund of the original purchase price.

With compression stockings, nobody would expect to try hosiery on in a shop, and the packaging shows what the hosiery is like. Once the product has been tried on or its seals broken, we cannot refund any part of the purchase price: its hygiene is compromised, it is in effect worthless, and we could not sell it again.

We say this now so that our returns policy is fully transparent, and so that nobody is let down when sending back an item that someone has tried on, or handled or unrolled in a way that compromises the in""",
        ("a compression garment or compression stocking", "its value will be treated as reduced",
         "tried on or its seals broken")),
}
