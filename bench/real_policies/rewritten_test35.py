"""The test35 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "tdknitter": ("""Returns and Exchanges

Please go through these Returns and Exchanges Terms before you buy, so you know where you stand when you order products (the Products) on our website. By placing an order you accept these Purchase & Shipping Terms, which form the agreement between The Dizzy Knitter and you, our customer.

Once you have seen a product in person and find it is not right for you, you may send it back to us within 30 days. It has to be unused, in a spotless condition we could sell again, and in its original packaging *(apart from the exceptions listed below), and we will then pay back what you paid for the goods. The postage is not included: shipping is paid by the customer.

Get in touch with us and give us your name, your order number, the product's name and the reason you are returning it. We will then send you a written authorisation to return the parcel together with the return postage details. Please do not post anything back to us before you have that authorisation.

Damaged or faulty items: we pack every order carefully, so goods damaged in transit or faulty items hardly ever happen. If it does happen to you, contact The Dizzy Knitter within 7 working days. After that time we cannot give a refund or an exchange.""", ()),

    "easystitch": ("""Refund and Returns Policy

RETURNS
We look at each return on its own merits, provided the item is sent back to us within 30 days of your order reaching you. Embroidery kits have to be unused and still in their original packaging.
- The buyer pays the cost of the return shipping.
- If an item does not come back in its original condition, the buyer is responsible for loss in value (as agreed with the seller).

REFUNDS
When your return has arrived and we have inspected it, we will email you to say that it reached us. We will also let you know whether your refund has been approved or turned down.
If it is approved, we process the refund and the credit goes automatically to your credit card or your original method of payment within a certain number of days. Shipping costs are not refunded.

Late or missing refunds (if applicable)
No refund yet? Look at your bank account once more first.
After that, get in touch with your credit card company; a refund can take a while to be posted officially.
Then contact your bank, since there is usually some processing time before a refund shows.
If anything is wrong with an item you received, you are always welcome to contact us.

Exchanges (if applicable)
We replace items only when they are defective or damaged. To swap one for the same item, email us through our contact page and post the item to: Easy Stitch, returns@easystitch.example.

Shipping
The shipping costs of sending your item back are yours to pay, and shipping costs are not refunded.
How long an exchanged product takes to get to you depends on where you live.
We are not responsible for returned items that go missing on the way, so please get a certificate of posting from your post office or send it by a recorded delivery service.""", ("responsible for loss in value",)),

    "groovecalligraphy": ("""Refunds & Cancellations

Groove Calligraphy USA hopes your order leaves you delighted and fully satisfied. If you do need to send something back, there are a few points to keep in mind.

By buying the Groove Calligraphy Reusable Copybooks you accept that the printing and paper debossing can leave small typing flaws or minor mistakes. Each copybook is checked and validated, so such flaws are rare.

You also accept that the engraved practice surface is on one side of the sheet only. We chose to fill the other side with extra learning and practice material, for the look of it.

We strongly suggest using the copybooks with the magic disappearing ink pens within the first 2 months after you buy them. We are not answerable for inks or pens that decline after months stored in various conditions (light, damp, heat, draughts and so on).

If, together with your first order, you bought a 2nd or 3rd identical product at a discount after the purchase, the discounted order(s) will be the first to be refunded when you ask for a return.

In some cases only partial refunds are granted (if applicable):
- A book that clearly shows it has been used
- A CD, DVD, VHS tape, software, video game, cassette tape or vinyl record that has been opened
- Any item that is not in its original condition, or is damaged or missing parts for reasons that are not our mistake
- Any item that comes back to us more than 10 days after it was delivered

Other items that cannot be returned:
- Gift cards
- Downloadable software products
- Certain health and personal care items

Returns & Refunds (if applicable)
An item qualifies for a return and refund only if it comes back unused, in the condition you received it, and in its original packaging.
To ask for a return and refund,""", ("first to be refunded", "only partial refunds are granted")),

    "cajuncandles": ("""Because of the kind of business we run, every product or item sent back to us has to be approved beforehand by the company's management. The one exception is when a carrier tries to hand over a parcel that is visibly damaged: in that case always refuse the delivery, and then let us know straight away by email or on our toll-free number (1-800-000-0000) that you turned it down because the boxes were visibly damaged.

If you only find the damage after you have accepted the delivery, you must keep every product in its original shipping cartons or boxes and phone UPS (1-800-000-0001) at once to file a damage claim. UPS will give you a claim number, which you will need when you contact us.

Sometimes UPS leaves a parcel while you are out, at the front or back door, in the garage or under the carport. If a parcel left like that is damaged, phone UPS immediately, above all if anything inside has spilled or broken; they will give you a claim number and arrange a time to collect the goods, and will tell us once they have picked it up. Again, leave everything in the original master cartons and boxes.

Check your order as soon as it arrives, and tell us at once about any damaged, missing or wrong goods. Make sure you got the right kinds of product you ordered, such as wax or wicks. For glassware, look for cracks and count the lids; for anything electric, such as scales, sealers or heat guns, make sure it works properly. We will always put right ALL damaged product, as long as it is handled under our return and damage policy. Tell us about any discrepancy straight away by email or on our toll-free number. There can be no adjustments or credits on orders delivered more""", ("refuse the delivery", "file a damage claim", "leave everything in the original master cartons", "no adjustments or credits")),

    "soapmakinghub": ("""At Soap Making Hub we want you to be fully happy with the soap making and cosmetic ingredients you buy from us. We choose our botanical extracts and essential oils with care, and we wrote this returns policy with the same care for our community of makers.

Return & Exchange Window

Returns and exchanges are welcome within 15 days from the day your items reach you, which leaves you enough time to check that your ingredients suit your projects.

Return Process

Step 1: Ask for Authorization

Before you send anything back, email our support team at support@soapmakinghub.example with:

  • Your order number
  • The product name and the quantity you want to return
  • The reason for the return
  • Whether you would like an exchange or a refund

Step 2: Pack Your Items

After we have authorized the return, please make sure that:

  • Products are in their original, unopened packaging
  • Ingredients are in a condition we can resell
  • A copy of your original packing slip is inside

Step 3: Send It to Us

Post the return parcel to:

Soap Making Hub Returns
1 Example Road
Tucson, US 85700

Note: the customer pays the return shipping, unless the return is due to a mistake of ours.

Refund Timeline & Method

When we have received and inspected your return:

  • Processing Time: 3-5 business days
  • Refund Method: the refund goes back to your original payment method
  • Credit Card/PayPal: 5-10 business days before it shows on your statement
  • Exchanges are processed 5-7 business days after your return reaches us

For returns because you changed your mind, the original shipping fees are not refunded.

Non-Returnable Items

To keep our artisan ingredients safe and of good quality, these cannot be returned:

  • Opened Botanicals & Botanical Extracts, to keep them hygienic and in good condition
  • Essential Oils & Essential Oil Gift Sets, once opened, because of what they are and for safety
  • Melt & Pour Soap Bases, if the packaging has been""", ("exchanges are processed",)),

    "shopresinmolds": ("""Returns
Our policy runs for 30 days. Once 30 days have passed since you bought the item, we are sorry, but we cannot give you a refund or an exchange.
An item can be returned only if it is unused and in the condition in which you received it, and it must also be in its original packaging.
The customer pays the cost of return shipping.
Products that cannot be returned:
- Gift cards
To finish your return we need your name and your order number.
Products that cannot be returned:
- Gift cards
To finish your return we need your name and your order number.
In some situations only partial refunds are granted:
- Any item that is not in its original condition, or is damaged or missing parts
Refunds (if applicable)
When your return has arrived and been inspected, we will email you to say that the returned item has reached us. We will also tell you whether your refund is approved or rejected.
If it is approved, your refund is processed and the credit goes automatically to your credit card or original method of payment within a certain number of days.
Late or missing refunds (if applicable)
Still no refund? Check your bank account again first.
Next, contact your credit card company, as it can take a while before the refund is officially posted.
Then contact your bank; there is often some processing time before a refund is posted.
If you have done all of that and the refund still has not arrived, write to us at support@shopresinmolds.example.
Exchanges (if applicable)
We replace items only when they are defective or damaged. If you need the same item instead, email us at support@shopresinmolds.example and post your item to: Shop Resin Molds, 1 Example Rd., Paragould, AR 72400
The shipping costs of sending your item back are yours to pay.""", ("only partial refunds are granted",)),

    "artisanleathersupply": ("""Eligible goods can be returned for a refund within 7 days. Ask for a Return Merchandise Authorization (RMA) number by emailing support@artisanleathersupply.example no later than 7 days after the products arrive. Shipping and handling charges are not refunded. The refund goes back to the form of payment you used when you bought.

PLEASE NOTE:

Goods marked as a Special Deal are final sale and CANNOT come back.
The cost of shipping to you and from you is not refunded and has to be PREPAID. We do not take COD or third-party billing.
We suggest sending every return with tracking, so you can see it is on its way and we can help trace it if it goes missing.
Every return needs an RMA number. A parcel that arrives without an RMA number will be thrown away or sent back to the sender.
Products have to be in their original condition, with every tag, sticker, UPC code and so on still in place as when we sent them. A 30% restocking fee is charged when goods do not come back in fully resalable condition or arrive after the 30-day period. Used items will NOT be refunded and will be thrown away.""", ("cod or third-party billing", "without an rma number will be thrown away", "30% restocking fee")),

    "modelkittoys": ("""At Model Toy Kit Store we are proud to send out fine model kits, diecast collectibles and hobby supplies with the care you put into your builds. Still, a return or an exchange is sometimes needed, and this policy sets out our simple process.

Who Can Return Items?
This policy covers hobbyists all over the world (except some Asian and remote regions) who meet these conditions:
- Items have to be sent back within 15 days of delivery
- Products have to be in their original, unassembled condition with all their packaging
- Proof of purchase (your order number) is needed

Non-Returnable Items
Because of what they are, these items cannot be returned unless they are defective:
- Opened paints and liquid chrome (for safety)
- Glue products (chemical rules)
- Custom photoetch or resin sets (made to order)
- Decal sets and paint masks once opened
- Diecast models whose protective packaging has been taken off

Step-by-Step Return Process
1. Start Your Return
Email our support team at support@modelkittoys.example with:
- Your order number
- The item(s) you want to return or exchange
- The reason for the return
- Photos if the item is damaged
2. Get Authorization
Within 2 business days we will email you:
- A return authorization number (RMA)
- Instructions for shipping
- A prepaid return label (for defective items)
3. Pack Your Items
Pack everything securely again, in the original materials where you can. For fragile pieces such as resin kits or display bases:
- Wrap each one in bubble wrap
- Use enough padding
- Put in all the original paperwork
4. Send Your Return
Ship it with tracking to our Washington facility, with your authorization number on the parcel:
Model Toy Kit Store Returns, 1 Example Street, Washington, US 20000

Refund Process
When your return has arrived and been inspected:
- Timing: refunds are processed within 3-5 business days
- Method: to your original payment (Visa/MasterCard/JCB/PayPal)
- Deductions: return shipping costs are deducted, unless the item is defective

Exchange Process
For exchanges""", ("some asian and remote regions", "return shipping costs are deducted", "authorization number on the parcel")),

    "darkelfdice": ("""More Information

Damage and Problems
Now and then we all roll a nat 1 :( Please look over your order when it arrives and get in touch with us at once if an item is defective or damaged, or if you got the wrong item, so we can look into it and put it right.

Who Can Return
An item must be unused and in the condition in which you received it, and it must be in its original packaging as well.
Items we cannot take back: sadly, miniatures, paints and painting supplies cannot be returned once the product has been opened.

Shipping and Restocking Fees
There is no restocking fee.
Shipping an item back is at your own cost, except for damage or problems (see above). Shipping costs are not refunded.

Refunds
When your return has arrived and been inspected, we will email you to tell you that the returned item has reached us.
The refund is then processed, and the credit goes automatically to your credit card or your original method of payment. Once a refund has been issued, it usually takes 3-5 business days to show on your statement.

Exchanges
The quickest way to be sure you get what you want is to send back the item you have and, once the return is accepted, place a separate order for the new item.""", ()),

    "sondeli": ("""Refund and Returns Policy

Overview

We know a product may sometimes fall short of what you hoped for, and we want you to be fully satisfied with what you bought, so we have written a simple, customer-friendly refund and exchange policy.

Refund Guidelines

  1. 30-Day Window: you may ask for a refund within 30 days from the date you bought the item.
  2. Condition of the Item: it has to be unused, in its original packaging, and in the condition it was in when you received it.
  3. Starting a Refund: to start a refund, get in touch with our customer service team.
  4. Refund Process: when your return has reached us and we have checked its condition, we process your refund, which goes back to the original payment method.

Exchange Procedure

  1. Product Exchange: if you would like to swap your purchase for another stamp collection or product, get in touch with our customer service team.
  2. Condition of the Item: as for refunds, an item to be exchanged has to be unused, in its original packaging, and in the condition in which you received it.
  3. Exchange Approval: every exchange has to be approved, depending on the state of the item sent back.

Shipping Fees

  1. Return Shipping: when the return is because of a product defect or a mistake of ours, we pay for the return shipping; in every other case the customer pays the return shipping fees.
  2. Exchange Shipping: for exchanges, we pay the shipping cost of sending the new item to you.

Need Help

We want your shopping with us to be smooth and satisfying. If you have a question or a worry about our refund and exchange policy, our customer service team will gladly help.

Contact us with questions about refunds and returns.""", ("sending the new item to you",)),

    "coinshoppee": ("""1. Cancellation

  • An order can be cancelled only before it ships.
  • After dispatch it can no longer be cancelled.
  • When an order is cancelled before shipping, the refund is issued within 3-7 working days.

2. Returns Eligibility

We accept a return only when:
✅ The wrong item was delivered
✅ The item arrived damaged

Not accepted:
❌ Changing your mind
❌ Expectations not met because of a collectible's age or quality
❌ Damage after delivery or from the customer's handling

3. Return Procedure

  1. Ask for a return within 48 hours of delivery
  2. Add photos or a video showing the problem
  3. Our team checks it within 2-4 working days
  4. If it is approved, the customer will:
    • get a replacement (when it is in stock), or
    • get a refund

4. Refunds

  • Refunds go back to the original payment method only.
  • Refund time: 3-7 business days after approval.
  • Shipping charges are not refunded unless the mistake was ours.

5. Special Conditions

  • Collectible coins can show wear, cleaning marks, toning, scratches or discolouration; these are natural and not a reason to return them.
  • Items that have been handled, opened, tampered with or taken out of their protective packaging cannot be returned.""", ("not a reason to return",)),

    "origamiplanet": ("""Return and refund policy

At OrigamiPlanet we want you to be fully happy with what you bought. If your order does not please you for any reason, we have a 30-day return policy. Please read these return and refund guidelines with care before you ask for a return.

1. Return Eligibility

An item can be returned only when it meets these conditions:
Unused and Unfolded: the origami paper is still in its original, unassembled condition.
Original Packaging: it comes back in its original packaging, with everything that came with it, such as instruction manuals, glue, postcards or decorations.
Proof of Purchase: we need a receipt or order confirmation.

📌 Note: because of what our product is (DIY craft paper), items that are partly assembled or damaged cannot be returned unless they arrived defective or damaged.

2. How to Start a Return

To return an item, please follow these steps:
1️⃣ Contact Us: email us at support@origamiplanet.example within 30 days of receiving your order, with your order number, the reason for the return and photos (where relevant).
2️⃣ Return Approval: once we approve your request, we send you the return address and instructions.
3️⃣ Ship the Item: pack it securely in its original packaging and send it back with a trackable shipping method.
4️⃣ Inspection & Refund: when the item has reached us and been inspected, we let you know the status of your refund.

📌 Important:

  • Items sent back without our approval first will not be accepted.
  • The customer pays the return shipping unless the product is defective or incorrect.

3. Damaged or Incorrect Items

If you get an item that is defective, damaged or incorrect, email us at support@origamiplanet.example within 7 days of receiving the parcel, with photos as proof.
Depending on the problem, we will offer one of these solutions:
Replacement: a new item is sent to you at no extra""", ()),
}
