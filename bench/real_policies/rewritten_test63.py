"""The test63 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "tshopny": ("""Shipping & Returns
Shipping
We process and send out orders within 3-4 business days, counting from the first business day after the order is placed.
Shipping by USPS Priority or UPS Ground (or UPS Ground Saver) costs a flat $8, and orders within the US over $150 ship free of charge. Once your order is on its way, we email you a shipping confirmation with your tracking number. Tracking links usually take around 24 business hours to start working.
Please be aware that only USPS or UPS can tell you more about where a parcel is, or change or reschedule its delivery. Under USPS and UPS rules, only the recipient, not the sender, can adjust a delivery.
Any order that has not yet been fulfilled can be refunded in full: to ask for that refund, email us at tshopny@gmail.com, and please give your order number!
Returns
If what you received is not what you expected, please email us at tshopny@gmail.com. Unused items or unopened tea may be returned within 30 days of purchase.
To qualify for a return, the item must be unused, in the condition in which you received it, and in its original packaging. We cannot give a refund for an item we find damaged, used or opened. The customer pays all return shipping charges, unless the item is faulty or the order was incorrect.
If you return items from an order that shipped free, we take the shipping we saved you on those items off the refund, unless the return is due to our mistake.
Once we have received and checked your return, we will let you know whether the refund is approved. Payments made by credit card can be refunded to the card you used, or store credit can be issued instead. Please bear in mind that your card company may take some time to process and post the refund.""",
        ('the shipping we saved you',)),

    "coffeeequipmentshop": ("""Effective Date: April 14, 2024. Written with the advice of legal counsel.
Thank you for buying from Coffee Equipment Shop Miami; we hope your order makes you happy. If you are not fully satisfied, you can send the item back for a refund, store credit or an exchange, on the terms set out below.
1. Returns
Every return request must be started within seven (7) calendar days of the date of purchase.
Items sent back must be new, unused and never installed, with all of their original packaging, tags, manuals and labels intact.
We cannot accept items that have been used or installed, or that show coffee residue, exposure to water, or signs of having been connected to power.
2. Return Process
To start a return, email nikitak@coffeeequipmentshop.miami for a Return Merchandise Authorization (RMA) number.
Once you have your RMA number:
- Pack the item securely in its original packaging, together with your proof of purchase and the RMA number.
- Send the return to:
World of Solutions, LLC, Attn: Returns / your RMA number
13449 NW 42nd Ave
Miami, FL 33054, USA
The customer pays all return shipping costs. We strongly advise a trackable, insured shipping service.
While the item is on its way back to us, its condition is the customer's responsibility.
3. Damaged in Transit
We take great care to pack and ship every item securely.
If your order arrives damaged, defective or incomplete, please take these steps:
- Inspect it as soon as it is delivered.
- If the box or the equipment is visibly damaged, take clear photos before you open the package.
- Report the problem within 48 hours.
- Email nikitak@coffeeequipmentshop.miami with your order number, photos of the packaging and of the product, and a short description of the problem.
- Keep all the packaging.
- Keep the original box, the inner packing and the shipping label until the claim is settled.
- Working with the carrier on the claim.
- We will help you file a damage claim with the carrier. Whether we replace or refund depends on the carri""",
        ("its condition is the customer's responsibility", 'until the claim is settled', 'whether we replace or refund depends')),

    "magicandsuch": ("""Refund Policy
Your satisfaction comes first with us.
If you are not happy with something you bought, please get in touch so that we can help!
For the first 30 days, if you are unhappy with your item(s) for any reason, send them back for a refund!
The policy runs for 30 days. Once 30 days have passed since your purchase, we are sorry, but we cannot offer a refund or an exchange.
To qualify for a return, the item must be unused, in the condition in which you received it, and in its original packaging.
Items that cannot be returned:
– Gift cards
– Downloadable software products
In some situations only part of the price is refunded (where it applies):
– Books that clearly show signs of use
– CDs, DVDs or software that have been opened
– Any item that is not in its original condition, is damaged, or is missing parts for reasons that are not our fault
– Any item sent back more than 30 days after delivery
Refunds (where they apply)
When your return has arrived and been inspected, we will email you to say we have received it. We will also tell you whether your refund is approved or rejected. If it is approved, the refund is processed and credited automatically to your credit card or original payment method within two business days, less the original shipping costs. Return shipping is also the buyer's responsibility.
A restocking fee may be charged on the items listed above (partial refunds). Please contact us with any questions before you send products back.
Clearance and Open Box (Demo) items (where they apply)
Only items bought at the regular price can be refunded; we are sorry, but clearance and demo items cannot be refunded.
Exchanges (where they apply)
If, unusually, an item reaches you damaged, please email us or call 844-96-MAGIC (844-966-2442) and we will have it replaced quickly. We will""",
        ('only part of the price is refunded', 'a restocking fee may be charged')),

    "candlewic": ("""Product Returns
Your satisfaction matters a great deal to us, and we want your experience with us to be the best it can be.
If you are not happy with something you bought, please call 800-368-3352 BEFORE you send it back.
Candlewic must approve every return first. Returns of unopened products must be started within 90 days of the purchase date. Every returned product carries a 15 percent restocking fee, plus freight. Unless we find that the mistake was ours, the following cannot be returned: fragrance oils, essential oils, liquid dyes, soap bases, all waxes, gels and wicks. Nothing that has been used, even partly, can be returned. Once approved, a return is given an RA number. We accept no merchandise without an RA number, or in poor condition. The customer pays the shipping on returns unless the error was ours. Ask customer service how to create a return label and how and where to drop returns off at our facility. When the return has arrived and been approved, we refund you to the payment method you used for the purchase. Please allow up to 72 hours after we receive the return for the credit to be processed. We do not refund original shipping charges.
Address for returns:
The Candlewic Company
3765 Old Easton Road
Doylestown, Pennsylvania 18902""",
        ()),

    "soapmakingtool": ("""Refund and Returns Policy
At Soap Making Tool we aim to give our customers the best products and service. If for any reason you are unhappy with what you bought, we offer a 14-day return policy: you may ask for a return within 14 days of the date your item was delivered.
Eligibility for Returns
To qualify, the item must be in its original condition: unused, unworn, with all its tags still on, and in the original packaging. We need a valid proof of purchase, such as a receipt, to process the return.
To start a return, email us at support@soapmakingtool.com.
Damaged or Incorrect Items
Please check your order as soon as it arrives. If the item is damaged or defective, or we delivered the wrong item, tell us as soon as you can so that we can put it right quickly.
Non-Returnable Items
For health and safety reasons, some items cannot be returned once they have been opened or used; the product page says so clearly for each of them. Sale items and gift cards cannot be returned either. If you have doubts about a product, contact us before you buy it.
Exchanges
To exchange an item, we suggest returning the original product first. Once the return is approved, you can place a new order for the item you want instead.
Refund Process
When we have received and inspected your returned item, we will tell you the status of your refund. If the return is approved, we refund it to your original payment method within 10 business days. Your bank or payment provider may take extra time to complete the refund.
If your refund was approved more than 15 business days ago and still has not arrived, please write to support@soapmakingtool.com for help.""",
        ()),

    "andysmodeltrains": ("""Shipping
We can ship to almost any address in the world. Some products carry restrictions, and some cannot be sent abroad. For now the system accepts only United States addresses; if you need an order sent to another country, please email me at the address below.
I usually ship within 24 hours of your order, and I use only the United States Postal Service. You will get an email with the tracking details, so please register with a correct, active email address and keep it up to date.
Many of our shipping rates are USPS Flat Rate Box rates, or are worked out from weight and size. As our carriers do, we round every weight up to the next whole pound. If you think the calculator has rounded your shipping up too far, please ask and I will check and correct it. Please get in touch with me before you pay!
Returns
Our refund and returns policy runs for 14 days. Once 14 days have passed since your purchase, we cannot give you a full refund or an exchange.
You have 14 days from the date of purchase to return or exchange an item. Anything bought more than 14 days before must go back to the manufacturer.
Every item returned for an exchange or a refund MUST come back in the same new condition in which we shipped it, with its original packaging and all the instructions, manuals and other papers that came with it. Pack returned items in a sturdy shipping box so that they are not damaged, and please do not use mailers or shipping envelopes. If an item sent in an envelope arrives damaged, no refund or exchange will be given. Items that have been modified in any way, including but not limited to a changed appearance (weathering, decals, paint) or parts added, removed or replaced, will""",
        ('must go back to the manufacturer', 'sent in an envelope')),

    "rchobbyexplosion": ("""Return Policy
How do I return an item? How returns are handled: VOLUNTARY RETURNS OF MERCHANDISE:
Most NEW, UNOPENED and UNUSED items bought from RC Hobby Explosion (see the conditions and exclusions below) can be returned for a refund within 30 days of receipt. Every voluntary return is charged a 10% restocking fee. A refund covers the cost of the product only; we do not refund shipping and handling. These conditions and exclusions apply to every voluntary return:
DEFECTIVE MERCHANDISE (that is, items covered by a manufacturer's warranty): The manufacturers we carry make products of the finest craftsmanship and quality in the R/C industry. Now and then, though, a defect slips through a manufacturer's quality control. Every product bought from RC Hobby Explosion carries a manufacturer's warranty that protects the buyer against defects; how long it lasts and what it covers differ from one manufacturer to another. If your product seems to be defective, the manufacturer requires you to get in touch with the manufacturer directly for technical and warranty help. A retailer such as RC Hobby Explosion cannot rule on warranties or decide whether your claim is valid. No warranty covers crash damage, or damage from misuse, accidental or not. If you cannot find the manufacturer's contact details in the product's documents, contact RC Hobby Explosion and we will give them to you. IMPORTANT NOTE: RC Hobby Explosion gives no warranty, express or implied, on ANY product sold on our website. The R/C industry works by policies and procedures of its own: defective items cannot be brought back to the retailer the way you might take a broken coffee maker back to Wal-Mart. The industry's return policies protect both the consumer and the retailer by placing the responsibility with the company that made the product. If you do not agree with this""",
        ('get in touch with the manufacturer directly', 'cannot be brought back to the retailer')),

    "bgggameshop": ("""Hello, Fellow Gamer! Sometimes a game just doesn't land at the table the way you hoped, or a component turns up damaged. No worries – we're on your side! We've made our return policy as simple and gamer-friendly as the shop itself.
Our Return Policy in Brief
• Return Window: 15 days from the delivery date
• Condition: items must be unplayed and in their original packaging
• Return Shipping: paid by the customer unless the mistake was ours
• Refund Processing: 5-7 business days after your return reaches us
How Returns & Exchanges Work
1
Write to Our Gamer-Support Team
Email us within 15 days of receiving your order, with your order number and the reason you are returning it.
2
Wait for Approval
Our team will look at your request and send you return instructions within 2 business days. Please don't send anything back until you have been authorized.
3
Pack Your Items
Put in every original component and manual, and the packaging. For an exchange, say clearly which game you want instead.
4
Send It to Our Address
Post your return to:
BGG Game Shop Returns
8159 West 81st Avenue
Arvada, CO 80005
5
Get Your Refund or Exchange
Once your return has been processed, we send your refund or ship your exchange within 3-5 business days.
A Template for Your Return Request
Subject: Return Request – your order number
Send to: our support email address
Hello BGG Game Shop Team,
I would like to return or exchange items from my recent order.
Order number: (your order number)
Item(s) I am returning: (the game titles)
Why I am returning them: (a damaged component, the wrong item, and so on)
What I would like: a refund, or an exchange for (the game you want)
Please send me the authorization and the shipping instructions.
Thank you,
(your name)
Refund Information
Once your return has arrived and been inspected:
• Processing Time: 3-5 business days
• Refund Method: the original payment method (credit card, PayPal, e""",
        ()),

    "puzzlesandchill": ("""Puzzle & Chill prints on demand: every puzzle is made just for you once your order is placed. Because we work this way, we cannot take returns or exchanges if you chose the wrong design, changed your mind or ordered the wrong quantity.
Your satisfaction still matters to us. If your item arrives damaged or has a manufacturing defect, we will send you a free replacement or give you a full refund, as long as you contact us within 10 days of delivery.
To ask for a replacement or a refund:
- Email our customer support team.
- Give your order number and a clear photo that shows the problem with the product.
- If the same design problem affects more than one item, also send a photo (or video) that shows all of them in one frame.
There is no need to send the damaged puzzle back.
Please note:
- Puzzle & Chill is not responsible for orders in which the customer picked the wrong design, quantity or variant.
- If delivery fails because the address was wrong or incomplete, you can ask for a reprint at an extra cost, or take a partial refund.
- A print may sit up to half an inch (0.5 inches) off its intended placement; we do not count that as a defect.
Thank you for understanding, and for supporting independent creators and made-to-order products!""",
        ('all of them in one frame', 'no need to send the damaged puzzle back', 'reprint at an extra cost', 'half an inch')),

    "spincycleyarns": ("""Sometimes yarn arrives and it just isn't right for you! That's fine. You can send an item back for a refund to your original payment method, or for store credit.
Click here to begin your return!
Your order number is a must! Without it we may find it hard, or impossible, to work out which account the refund belongs to.
Discounted items are always final sale. That covers our yarn "seconds", sale items, cut fabric and discontinued colorways.
We also don't take back part of a bundle: if you buy a project bundle with several yarns in it, you must return all of it or none of it.
EXCHANGES
Our stock levels change all the time and some colorways sell out fast, so we cannot offer exchanges. Instead, please place a new order and then return the original purchase for a refund.
RETURNS
We accept yarn sent back in its original condition, as long as you start the return within our return window. The window opens on the day your package arrives and lasts:
- 30 days for domestic orders,
- six weeks for orders shipped abroad, and
- 14 days for purchases made in our shop (a receipt is required).
We cannot refund yarn that is damaged, wound into balls or missing its tags, or that is sent after the window has closed. "Damage" includes, among other things, yarn covered in pet hair or smelling of perfume or smoke, yarn with moth damage, and yarn cut by accident while the package was being opened. (It happens! If you can't tear your package open, please take great care with scissors.)
Items we find unsellable cannot be refunded, and they may or may not be sent back to you.
When our shipping team receives your package, we process the return within 5 business days. We will email you a refund confirmation once it is done.
LYS PURCHASES
We cannot take back or exchange yarn bought from one""",
        ('six weeks for orders shipped abroad', '14 days for purchases made in our shop', 'may or may not be sent back to you', 'yarn bought from one')),

    "theturquoisechick": ("""Our satisfaction guarantee is 100%. Here are the simple rules for returns:
Send item(s) back within 14 days of your delivery date: we accept returns for an exchange, for store credit, or for a refund to the payment source you paid with. Within those 14 days, which of these you take is your choice.
Returns later than 14 days after delivery: we still take these back, but only in exchange for other items or as store credit.
How we refund: money back, an exchange or store credit, as set out above.
The details: Each item in our shop was chosen and packed with great care, and your satisfaction matters a great deal to us. If you are not completely happy with what you bought, you can send the item(s) back within 14 days of your delivery date for a full refund, less shipping charges. The buyer pays for shipping the return to us, including insurance where it applies. Please contact us before you send anything back, so that you return it to the right address. After the 14 days are up, returns are accepted only in exchange for other items or as store credit.
**Please Note** Beads that have been made into finished jewelry cannot be returned. Strands have to come back intact (just as we sent them), with any damaged bead(s) included.""",
        ('later than 14 days after delivery', 'after the 14 days are up', 'strands have to come back intact')),

    "ferriswheelpress": ("""In force from October 1st, 2025, and applied back to every order placed from October 1st, 2023. Your statutory rights are not affected.
1) What's Covered — A Quick Look
Fountain Pens
| Plan | What it covers | How long | What you pay | Shipping | Purchase / registration |
|---|---|---|---|---|---|
| 30-Day Satisfaction | An exchange or a refund with no regrets (light use is fine: the pen filled no more than once, with all of its packaging). | 30 days from delivery | $0 | You send it to us, with tracking provided; we pay to send exchanges out. | Not needed |
| Standard Warranty | Manufacturing defects (nib, feed, mechanism, assembly, converter, paint). No-Lemon: if the same defect comes back twice within 12 months, you choose an exchange or store credit for the full product price plus the original standard shipping. | 2 years (worldwide) | $0 | Return: we pay the shipping back to you. | Not needed |
| Extended Warranty | Everything in the Standard cover, plus one repair of accidental damage during the term (a drop, a bent nib or a cracked section, for example). | 5 years | $5–15 (by the pen's MSRP) | We ship the replacement at our cost (nothing to send in). | Must be bought within 30 days of buying the pen |
| Extended Warranty + Loss Protection | Everything above, PLUS one full replacement for any reason (loss, theft or damage beyond repair) while the warranty runs. BONUS: shipping on the replacement is included. | 5 years | $5–25 (by the pen's MSRP) | We ship the replacement at our cost (nothing to send in). | Must be bought within 30 days of buying the pen |
Not covered on pens: normal wear (fine scratches, fading plating), cosmetic blemishes, misuse or abuse, unauthorized modification, use of media that are not safe in fountain pens (India ink or pigment paints, for example), and damage from the environment.
Fountain Pen Inks
| Plan | What it covers | How long | What you pay | Shipping | Registration |
|---|---|---|---|---|---|
| 30-Day Ink Satisfaction | An exchange or credit (opened is fine as long as at least 90% of the ink is left; a photo is required). | 30 days | $0 | There is no need to send the ink back: photos are enough. | Not needed |
| Ink Quality Guarantee | Defects: contaminat""",
        ('filled no more than once', 'we pay to send exchanges out', 'the same defect comes back twice', 'at least 90% of the ink is left', 'no need to send the ink back')),

}
