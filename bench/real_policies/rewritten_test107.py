"""The test107 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "kobobooks": ("""Skip to content
Shipping & Returns
Shipping
Every order ships free and should reach you in 7-10 business days, unless something outside our control, such as a postal delay, holds it up. Express delivery costs 8,99 €.
The Order Status page shows where your order has got to. When the parcel leaves, we email you a confirmation with the shipping and carrier details.
For now we deliver to Ireland, Romania, Poland, Norway and Sweden. If you live elsewhere, our Regions page takes you to your own country's storefront.
Order Changes & Cancellations
For 8 hours after you buy, you can cancel your order or change it, whatever your reason, on our Order Status page.
Returns
Not happy with what you bought, whatever the reason? You may send the product back to Kobo in its original condition within thirty (30) calendar days of the purchase date.
To return something, go to the Order Status page, fill in your order details and choose "Return Items" at the top right. To exchange instead, choose "Request Assistance" at the top right, which puts you in touch with our Customer Care team through the Kobo Help Center.
Once we approve a return request, Rakuten Kobo sends you a prepaid return label. Packing the items, printing the label and posting the parcel are up to you. When the product reaches us, Kobo pays back the price of the order to whichever payment method was charged for it, minus any applicable restocking fees.
Warranty
Should your eReader give you trouble, the Kobo Help Center has troubleshooting help. If the problem still cannot be fixed within the warranty period, Kobo's warranty lets you exchange a defective eReader. New and certified refurbished eReaders carry the same warranty. For a warranty claim on your eReader, Kobo will need a copy of your receipt""",
                  ("applicable restocking fees", "exchange a defective ereader", "a copy of your receipt")),

    "thegamecollection": ("""Returns Policy
So that your item comes back to us safely, please go through the steps below; that way we can deal with the outcome you want as quickly as we can.
Before you send anything back, phone or email our Customer Service Team so the return can be authorised. If you skip this, you may not get a refund.
Read the Returns Policy below to see whether your item can be returned.
DAMAGED IN TRANSIT, DEFECTIVE, WRONGLY ADVERTISED OR NOT WHAT YOU ORDERED
If the item was damaged on its way to you, is defective, was advertised wrongly or is not the item you ordered, you can send it back within 30 days of the day it reached you. We will then give you a full refund, or a replacement if we have one, at no extra cost to you. Should the goods be damaged or deteriorate because you did not look after them reasonably before sending them back, we will bill you for the resulting reduction in value.
Please note: older back-catalogue titles may include special offers or links to download extra content that were time-limited or have run out. We cannot promise that such content is still available.
Please note: as for faulty items, we only take back products with an inherent fault, not items that stopped working through neglect or some other damage - for example discs scratched by the hardware (what is often called laser burn).
SENDING BACK AN ITEM YOU DON'T WANT
If you have changed your mind and the item is still unopened and unused, you can return it within 14 days of receiving it for a refund. Under the Consumer Contracts Regulations, games have to be sealed and in their original packaging. Consoles may be opened to be inspected, but not used. Hardware is only accepted back with every component part (cables, controllers and so on).
Please note that the cost of posting your return is not refunded""",
                          ("reduction in value", "inherent fault", "games have to be sealed", "opened to be inspected",
                           "every component part")),

    "consolewarehouse": ("""REFUNDS & RETURNS
Items Returned: we only consider a refund once the item has come back and is in Console Warehouse's hands.
New Items: when you send an item or an order back to us for an exchange or a refund, the return shipping is yours to pay. If Console Warehouse turns out to be at fault, we refund the shipping on the returned goods: we either send you a shipping label or refund what you paid to ship it, no more than the amount on the original invoice.
Postage Costs: before sending a return, please make sure its shipping cost is fair and reasonable, and look for a reasonably priced carrier.
Proof of Purchase: once you have sent the item back, give Console Warehouse its tracking details and a copy of the receipt, to confirm that it was posted.
Insurance: every return must be insured in some way in case it goes missing. Without proof of delivery, Console Warehouse cannot take responsibility for a lost parcel.
Shipping General: send every returned item in its original packaging or in a box safe for the post, with the freight prepaid by you, tracked and signed for. Console Warehouse is not responsible for items that go missing or get damaged in transit.
Return Items and Packaging: you agree that everything you return will be complete and in a condition we can sell again. Cables, adapters, manuals and any other parts that came in the original packaging must come back too, unless Console Warehouse has said or agreed otherwise.
Any free promotional items that came with the product must be returned as well. Console Warehouse may decline to replace a product that does not come back with all its materials and packaging.
Shipping Fees: no fee for shipping or for return shipping is refunded to you.""",
                         ("no more than the amount on the original invoice", "reasonably priced carrier",
                          "tracking details and a copy of the receipt", "free promotional items")),

    "vrplus": ("""RETURN & REFUND POLICY
Thanks for buying from VR+Zone.
If your purchase has not fully pleased you, VR+Zone will help. Before you apply for a return or refund, please get in touch with our customer service team, who will help you and show you what to do.
WHEN A RETURN OR REFUND CAN BE MADE:
1. Your order never reached you
2. Your order arrived incomplete (a product, or some of the quantity, missing)
3. You got the wrong product (not what you ordered)
4. The product arrived damaged or defective (dented, scratched, shattered and so on)
5. The product is faulty (it malfunctions or does not work as it should)
RETURNS
1. You have 7 calendar days from the day you received an item to return it.
2. A returned item can only be accepted if it is:
• Unused, and in the condition it was in when you received it.
• In its original packaging.
• Accompanied by the receipt or another proof of purchase.
3. We inspect every returned product carefully and decide whether it meets the eligibility conditions.
4. A returned item that fails the conditions above may not be refunded.
Pre-owned Item (Consoles & Games)
1. If a pre-owned item is dead on arrival (DOA) or turns out faulty within 7 calendar days, you may choose either:
• A full refund, OR
• An exchange for an item of the same or a higher value, paying the difference (only one exchange allowed)
2. Requests to return or refund a pre-owned item because of personal preference or a change of mind are not accepted.
3. We inspect every returned product carefully and decide whether it meets the eligibility conditions.
REFUNDS
1. If VR+Zone cannot fulfil your order for any reason, we refund you in full.
2. If you decide to withdraw or cancel an order after it has been confirmed, for personal reasons such as a change of mind, 5% is charged for administration""",
               ("order never reached you", "dead on arrival", "change of mind are not accepted", "cannot fulfil")),

    "audio-warehouse": ("""[site menu: categories, information, account, gift certificates; page loading]
Shipping & Returns
Our Return Policy:
Few things beat unboxing the car audio gear you have waited for and getting ready to put it in. Unwrapping component speakers, or lifting a powerful new amplifier out of its box for the first time, feels great, and we know it. That is exactly why an opened item cannot come back to us, unless it is defective.
If a product reaches you defective, we are glad to take it back for an exchange or a refund of what you paid, within 30 days of its arrival. Any item sent back that turns out not to be defective carries a 15% restocking fee. Blowing up your subwoofers while trying to wake the neighbours at 4am is not a manufacturer defect. That's abuse, brother.
Shipping charges are never refunded, whatever the reason.
Your refund should reach you within four weeks of handing your package to the carrier for its return, and often it comes sooner. Those four weeks cover the parcel's trip to us, which takes 5 to 10 business days; our handling of the return once it is here, 3 to 5 business days; and your bank's handling of our refund, another 5 to 10 business days.
To return an item, use Contact Us, giving your order number and telling us about the product you want to send back. We will reply quickly with instructions for sending back items from your order.
Our Shipping:
What to know about how we ship.
Many orders leave the same day they come in, but for various reasons charging your card and shipping your order can take up to 24 hours. UPS collects on every weekday, Monday to Friday, at about 4:00 PM (Eastern Time). It does not collect at weekend""",
                        ("within four weeks of handing your package", "is not a manufacturer defect")),

    "ridecam": ("""Return Policy
RideCam.shop cares that you are satisfied. If your purchase has not fully pleased you, we will help.
1. Returns Eligibility
You may return an item within 14 days of its delivery. To qualify, it has to:
-
Be unused, and in the condition it was in when it reached you.
-
Come in its original packaging, with every accessory, manual and document.
-
Come with proof of purchase (the order number or the receipt).
2. Non-Returnable Items
We cannot take back:
-
Items sold as clearance or final sale.
-
Dash cams that have been used, or accessories that show wear or signs of having been installed.
-
Gift cards and downloadable software.
3. Starting a Return
Ask our support team for a return, giving:
-
Your full name and your order number
-
Why you are returning the item
-
Photos of the item (when it is damaged or defective)
We look at each request and send you the return instructions, with the address to send it to.
4. Return Shipping
-
You pay for shipping the return, unless the item is defective or we sent it in error.
-
Please ship with a method you can track. We cannot answer for returns lost on their way to us.
5. Refunds
When your return has arrived and been inspected:
-
We let you know by email.
-
Once approved, your refund is processed to your original payment method within 5–10 business days.
Note: any shipping fees are not refunded, unless our mistake caused the return.
6. Exchanges
We do not offer direct exchanges at present. For a different item, return the one you have and order the new one separately.
7. Items Damaged or Defective
If your item arrived damaged or faulty, get in touch within 48 hours of delivery, sending photos and describing the problem. We will sort it out as fast as we can, with a replacement or a refund.
8. Late or Missing Refunds
Still no refund 10 business days later?
-
Look at your bank account once more.
-
Get in touch with your credit card company and""",
                ()),

    "topwalkietalkie": ("""Refund and Returns Policy
Send back products you are not happy with.
If your purchase has not satisfied you, you may return the unused items for a full refund. Returning an item simply because you no longer want it carries a restocking fee, and the restocking fee grows with time:

Time | 0-7 days | 7-15 days | 15-30 days | 30-60 days | over 60 days
Restocking fee | none | 15% | 20% | 35% | return not accepted

Before sending the unit back, write to sales@topwalkietalkie.example to get the return address. Returns that turn up at our warehouse unannounced, which our customer service team has not authorized, cannot be accepted.
Please note that all return shipping charges are the customer's to pay.

Returning the wrong item.
If what you got is entirely different from what you ordered, send our Customer Service photos or videos of the product you received. Where it has to come back, we send you a replacement and repay your return shipping once the returned product reaches us. Or, if you keep it, you get 10% off its price and we still send you the replacement.

Returning defective items.
If within 30 days of receipt your product proves defective, with physical damage, you can post it back in its original package, with no wear and tear, and we replace it free of charge. You will need to send photos and videos that show the defect(s).

*NOTE:
1. We strongly advise getting a tracking number for your return and keeping it until we tell you your refund is complete.
2. Whatever your reason for returning (not satisfied, wrong item, defective item), please send us a photo of what is in the package before you return it, so we can check that the original package has no wear and tear.

When does a replacement go out?
A replacement is handled just like a new order and usually arrives in 10 to 13 days. When a product has to come back for replacement, the""",
                        ("restocking fee grows", "10% off", "photo of what is in the package")),

    "homesafevault": ("""Safe Deposit Shop stands by how well its security products are made. If a Battery Safe, a Fireproof Safe or any other of our security solutions leaves you less than fully satisfied, returning or exchanging it is simple.
Our Return Policy
Most items can come back for a full refund or an exchange, as long as you return them within 15 days of the order's arrival. A return qualifies when:
- The item is in its original condition, with all its packaging and its security seals unbroken
- You provide the original proof of purchase
- The item shows no sign of having been used or installed
Important Exceptions
For security and hygiene reasons we cannot take back:
- High Security Safes (once one has been opened, we cannot confirm its security is intact)
- Data Safes (because of the risk of data contamination)
- Custom-configured safes (built to particular measurements or security needs)
Return Process
Step 1: Start Your Return
Send an email to our customer service team, with "Return Request" as the subject line, giving:
- Your order number
- The product's name and the quantity
- Why you are returning it
- Whether you want a refund or an exchange
Return Request Template
Subject line: Return Request, order #[order number]
Body:
Hello Safe Deposit Shop Team,
I am writing to return items from my recent order (#[order number]).
Product: [product name]
How many: [number of items]
Why: [a short explanation]
My preference: [Refund / Exchange for [product name]]
Could you let me know what to do next?
Kind regards,
[full name]
[contact details]
Step 2: Get Your Return Authorization
Our security team will, within 2 business days:
- Check the details of your purchase
- Give you a Return Authorization Number (RAN)
- Send you shipping instructions suited to where you are
Step 3: Send Your Return
Pack the item securely, in its original packaging if you can. Put in:
- The filled-in return form (which comes with your RAN)
- A copy of your invoice
- The Return Authorization N""",
                      ("filled-in return form",)),

    "tacticalhid": ("""Return Policy
(posted March 16th, 2011)
Our returns:
Every product is tested before it ships. Should a product nonetheless be defective when it arrives, you can return or exchange it within 30 days of the purchase date. Sometimes, at our discretion, we pay the return shipping on exchanges made within those 30 days, for customers in the US only. After the 30 days, we take exchanges only.
Flashlights and accessories returned for any other reason, such as "it's not what I need" or "I changed my mind", carry a 10% restocking fee, taken off the refund total (shipping excluded). An item returned for a refund must come back in the condition in which we shipped it, with all its accessories, manuals, packaging material and so on. Items that come back worn, damaged or with parts missing may be refused, or a further restocking fee may be charged. The buyer pays for return shipping, and the original shipping is not refunded.
The buyer is responsible for making sure the batteries bought will work in the device they are meant for. Not every flashlight battery fits every light: some flashlights take only button-top cells, others only very short or unprotected cells. Batteries returned for a refund within 30 days that show signs of wear may carry a 20% restocking fee. By signs of wear we mean scratches on the protection circuit or the button top, a scuffed or torn shrink wrap, marks on the cell, a voltage well off what it was when shipped, and so on.
Comments are closed.""",
                    ("we take exchanges only", "customers in the us only", "a further restocking fee",
                     "20% restocking fee")),

    "onlybatteries": ("""OnlyBatteries.com Rechargeable Batteries
Cards taken: Visa, MasterCard, American Express; PayPal too
Easter 2014: 20% off
Categories we feature
--- Partners ---
Orders of a pound or more go by UPS! FAST SHIPPING!
[site menu and search box]
Returning or Exchanging a Product
Refund and Exchange Policy
Onlybatteries.com has to authorize every return and exchange before you send the items back. If you send them without that authorization, you may be penalised.
Email your problem to techsupport@onlybatteries.example, with your order number and contact details, and we will reply with instructions for returning the products.
We work hard to make sure you are completely happy with your product, and to supply only products of the best quality. If an item reached you defective, we are truly sorry for the trouble.
Defective Products:
Our products are guaranteed for 12 months from the original purchase date. If a product was abused or physically damaged, we cannot replace it. Every return is inspected when it reaches us.
Product Exchanges:
Tell us which products you are returning and which product you want instead. We will charge you any difference in price, plus the shipping of the new product to you.
Product Returns:
Refunds of products that work carry a 15% restocking fee and do not include the shipping fee paid on the order. Every refund is paid in the form of payment used for the original purchase, within 7 business days of your return reaching us.""",
                      ("may be penalised", "guaranteed for 12 months", "abused or physically damaged",
                       "difference in price")),

    "sesystems": ("""Returns
We can only accept and process a return once a return authorization number has been issued and put on the outside of the box. For an "RA" number, phone or email our customer service department, telling us why you are returning the item and giving its invoice number. Put all packaging, accessories and manuals back as they were from the factory, to spare you extra restocking fees. Every return is inspected and may carry a damage or restocking fee. Custom orders and "Non-Stock" items cannot be refunded. Anything used is sold "as-is" and cannot be refunded. Once their box is opened, microphones, ear-buds, headphones, diaphragms and raw drivers are final sale (no refund).
Satisfaction Policy
If an item you bought from us turns out not to be what you need, you can send it back within 8 business days of receipt with no restocking fee, provided the manufacturer's original package is unopened and undamaged. Opened boxes carry a restocking fee of at least 25% or $10, whichever is more. Damaged or used gear, or missing accessories, parts or packaging, mean the restocking fee goes up. Think of it as if you were the one buying the "open box" item: the lower price you expect is paid for by whoever sent it back! Returned goods can go toward store credit or be exchanged for later purchases. We take no returns of special order or non stock items, nor of discontinued, used or closeout goods. Nor can personal items (headphones, ear buds, microphones) or expendables (gaff tape, gel, lamps, fuses) be returned. The customer pays every shipping charge connected with the sale, return shipping included. Every return needs a return authorization (RA) number; the return authorization page says more.
Loading...""",
                  ("on the outside of the box", "spare you extra restocking fees", "damage or restocking fee",
                   "diaphragms and raw drivers", "at least 25% or $10", "the restocking fee goes up")),

    "fixphonestore": ("""Refund Policy
RETURNS:
FixPhoneStore.com takes back an item only if it is unused and in its original packaging. Trying to install it, opening it or using it in any way counts as use. Please check your products carefully when they arrive; we strongly advise testing an item before you install it. Every Return Merchandise Authorization (RMA) for an exchange or return has to be requested within 10 days of receiving the order. Every product returned to FixPhoneStore.com for a refund carries a 25% restocking fee, no less than $5 (NO EXCEPTIONS), because an order costs us fees we cannot get back. Before shipping anything, email FixPhoneStore.com for an RMA return authorization for each item you are returning. We judge every return request case by case. Fix Phone Store takes no responsibility for items sent back before an RMA was issued. Our return warehouse is not at the same address as our shipping warehouse. Shipping costs are not refunded.
PLEASE NOTE: an RMA number does not mean you will get a credit or an exchange. It only lets you send the product back to us to be evaluated. We may refuse any return because of its condition or because it does not follow our return policy.
EXCHANGES:
The seller gives a ten-day limited exchange warranty on every part it sells. The warranty does not cover a part damaged by misuse, abuse, neglect, careless handling, wrong installation or poor repairs. It is at the Seller's sole discretion and covers only exchanges for the same part. Before shipping, use the Contact Us link to ask FixPhoneStore.com for an RMA exchange authorization. Every exchange is judged case by case. Anything shipped back before FixPhoneStore.com has authorized it will be sent back to its owner, who pays for that. The customer pays for the return shipping. Shipping costs are not refunded.
RETURN FREIGHT COST AND INSURANCE:
The costs of freight and insurance""",
                      ("no less than $5", "ten-day limited exchange warranty")),
}
