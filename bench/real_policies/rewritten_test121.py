"""The test121 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "deskseat": ("""Return & Exchange Policy
1. Time Limits for Returns and Exchanges
You may ask for a return or an exchange up to 30 calendar days after delivery (the carrier's record of a successful delivery, or the signed confirmation, sets that date). When a product has a quality defect (a bent frame, a damaged caster, a seat cushion out of shape, parts missing and the like), you have 60 days from delivery to apply. Customized office chairs (a custom colour, material or size, for example) fall under the special terms in Section 5, and their time limit also counts from the day they actually arrived.
2. Who Can Return or Exchange
A return or exchange request has to meet every one of these conditions: 1) it reaches us within the time limit that applies; 2) the product is unused and in its original condition, with no marks of assembly, no scratches and no damage someone caused, the seat cushion whole, and every part of the original packaging, the tags, the manuals and the accessories (screws, wrenches, casters) present; 3) you give valid proof: the order number, with clear photos or videos of the defect, or photos or videos that show that the product is complete and intact; 4) the model, specification and batch number of the product agree with what the order says.
We take no return or exchange in these cases: 1) the product was assembled or modified, or was damaged by improper use, overloading or rough handling; 2) original packaging, tags or accessories are missing, so we cannot confirm the product is whole; 3) the request comes after the time limit with no good reason; 4) ordinary colour differences or small flaws in appearance that leave the product fully usable (owing to screens, lighting or manufacturing); 5) customized products that match the design and specifications agreed and have no quality defect; 6) products whose page marks them "Final Sale" or "Non-Returnable"; 7) consumable accessories (screws, gaskets and so on) lost or damaged through normal use; """,
        ("special terms in section 5", "show that the product is complete", "batch number", "ordinary colour differences",
         "consumable accessories")),

    "stando": ("""Return Policy
Stando wants to help you build the best possible workspace, and part of that is making sure your purchase leaves you happy. We believe in what we make and try to keep every step simple and free of fuss.
Sit Stand Desks – 100-Day Money-Back Guarantee
Every standard-sized sit stand desk we sell comes with a 100-day money-back guarantee. Should the build quality or the steadiness of your desk disappoint you, tell us about it; if we can't put it right, we will gladly give you a refund once the order is back at our warehouse. Anything about faults or defects is covered by our Warranty Policy.
A custom sit stand desk is made just for you, so it can't be returned.
Product Compatibility
Our products are meant to work as one system, yet not every item fits with every other. When an order looks as though it may not be compatible, we'll get in touch before it ships and keep it back until we have talked it over with you. Should we overlook something and you're unhappy, simply contact us and we'll sort it out.
Accessories & Monitor Arms
Accessories and monitor arms may be returned or exchanged up to 7 days after delivery. To qualify they must be in as-new condition, unused, and still in their original packaging.
Once the item is back and inspected, we refund what you paid for it, less the return shipping.
A refund may be refused for an item that is damaged, incomplete or out of its original packaging.
Faults and warranty issues are handled under our Warranty Policy.
Chairs
Chairs are put together in a way that means they cannot be returned once used, since taking them apart would damage them. Naturally, if you're worried about the quality of your chair, we'll help and make it right. We would not sell a chair we weren't happy to sit in ourselves.
A chair that is unused and still disassembled may be returned up to 7 days after delivery. Yo""",
        ("100-day money-back guarantee", "accessories and monitor arms", "as-new condition", "less the return shipping",
         "a refund may be refused", "cannot be returned once used", "still disassembled")),

    "inkink": ("""Menu
Cart
Return and Refund Policy
Our Return and Refund Policy
Thanks for buying from us!
Returns and exchanges are both welcome here.
Return window
Our 30-day guarantee, a 100% exchange or refund: send back a defective cartridge within 30 days and you get a complete exchange or a complete refund.
Refunds and exchanges are available during the first 30 days after you buy. Once those 30 days are over, no refund or exchange of any sort can be given.
How do I get a return label?
Defective products (meaning the product is the wrong one, was damaged by the carrier, or turns out to be faulty some other way): we pay the shipping to send it back. Usually we'll give you a label or a tracking number; write it on or print it out, then post the parcel to us.
Change of mind (meaning you ordered the wrong product, the fit is wrong, or you no longer want it): getting the product back to us safely is up to you, and you pay for the shipping.
Who Qualifies for Refunds and Exchanges
A new item you send back must be unused, just as it was when it reached you, and in its original packaging.
A lightly used item you send back must still have at least 90% of its life left.
We need a receipt or other proof of purchase to complete a return.
Refunds are for items bought at full price only; sale items are not refundable.
How to Return:
No parcel may be sent to us without an RMA number (Return Merchandise Authorization). To get one, contact us, and tell us why you are returning the item, your order number and anything else that might help.
Mark the outside of the box holding your return with the RMA number. A parcel that arrives with no RMA number will be thrown awa""",
        ("90% of its life", "mark the outside of the box")),

    "buymonitorsnow": ("""BuyMonitorsNow backs the quality of the gaming gear, professional monitors and high-performance computer products it sells. If your purchase leaves you less than fully satisfied, our returns and exchanges process is simple.

Our Return Policy

Most items may be sent back for a refund or an exchange up to 15 days after your order arrives. A return qualifies only if:

  • The item is unused and unopened, in its original condition, with all its original packaging and accessories
  • Every original tag and label is still on the item
  • You can show proof of purchase (your order number or a receipt)

Non-Returnable Items

For hygiene and licensing reasons, these products can't be returned:

  • Computer microphones (once opened or used)
  • Gaming headsets (once opened or used)
  • Software and digital downloads (once the license is activated)
  • Items that were personalized or custom-configured

How to Start a Return or Exchange

Take these steps to return or exchange an item:

  1. Within 15 days of your order arriving, email our support team at support@BUYMONITORSNOW.example with your request
  2. Fill in the Return/Exchange Request Form (a template follows below)
  3. Wait for approval – we review what you sent and, within 1-2 business days, email you an RMA (Return Merchandise Authorization) number
  4. Pack the item securely in its original packaging together with all its accessories
  5. Send your return to our warehouse:
    BuyMonitorsNow Returns
    1 Example Drive
    Deale, US 20751

Request Form for Returns and Exchanges (template)

Subject: Order #[Your Order Number] – request to return or exchange

Hello BuyMonitorsNow support team,

I'd like to ask for a [return/exchange] of something I bought recently (Order #[Your Order Number]).

About the product:
– Name of product: [Product Name]
– SKU or model number: [If Available]
– Why I am returning or exchanging it: [Please specify]

If you want an exchange, say which item you would like instead.""",
        ()),

    "switchkeys": ("""Returns Policy

Things sometimes go wrong. A product may turn out faulty, or the wrong one may show up at your door. Ordered Light Burnt Brown switches and found Silent Mutual Dark Inks in the box instead?

No problem: the steps below get you the fix you need.

This is how it works:

 When we send the wrong product:

We email you a barcode to stick on top of the box; then take it to your nearest Post Office. Postage is prepaid, so you only need to hand it over and ask the P.O. to return it to us.

 When the product is faulty:

Small imperfections happen routinely when keycaps are made, so minor imperfections are not accepted as grounds for an RMA. If something reaches you showing signs of damage, contact us as soon as you can and we'll put it right.

 When you change your mind:

Please pick your purchases with care. Given what we sell, and to keep every customer's goods trustworthy, we can't offer exchanges or refunds on shipped products when you chose wrongly or changed your mind.

To cancel a pre-order or your place in a group buy, email us.

If you aren't sure what protections Australian Consumer Law gives you, see its website.""",
        ("minor imperfections", "group buy")),

    "digitoutlets": ("""Refund Policy

Online Returns & Exchanges

How do returns work for online orders?

To be refunded to the payment method you used, your purchase has to reach our facility no later than 30 days after it was delivered. We can't take a return unless you have your receipt, invoice or order confirmation.

Our exchange portal makes returns and exchanges easy.

How do exchanges work for online orders?

Picked the wrong charging case or replacement earbud for your headphones? We can exchange it (if the right item costs more, you'll pay the difference). Sending you the new item carries no extra shipping charge.

We give you a return label for the item going back, and you can place an instant exchange order so the right replacement leaves us within 1-2 business days.

If you ordered the wrong replacement earbud or charging case and would rather just send it back (you changed your mind, or your original piece turned up), return it through our exchange portal. In that case we refund the whole purchase less our $7 return service fee.

How do I return or exchange my items?

Start a return or an exchange order in our return portal; it only takes a moment.

When does my refund arrive?

When your return reaches us, give us 1-3 business days to handle it at our facility. After the refund is started, it can take 1-3 business days to show in your account, depending on how you paid. We'll email you to let you know the refund has gone through.

Is expedited or international shipping refunded?

Standard domestic shipping from us is free. Priority and international shipping are paid services, and their cost is not credited back on a return when you simply decided against keeping it.

Damages and issues
Please look over your order u""",
        ("pay the difference", "no extra shipping charge", "instant exchange order")),

    "smarthome": ("""SmarthomePro Return Policy

pic

Every Product We Sell Has Our Backing
Not happy with your purchase for any reason? Just send it back within 30 days to have it replaced. A defective item sent back within 30 days is replaced free of charge to you: when we replace a defective item, we cover the shipping for its return. For a defective product after the 30 days, contact the manufacturer.

Please note:
1. Items sent back within 30 days for a refund carry a 15% restocking fee. Store credit carries no restocking fee on items sent back within 30 days.
2. Clearance and Special Order items can't be returned unless defective; a defective one must come back within 30 days and earns merchandise credit toward a later purchase.
3. Every book is a final sale and can't be returned.
4. Direct Ship items can't be returned unless defective; a defective one has to be sent back within 30 days and is then exchanged for a replacement item.
5. Books, software and Open Box items can't be returned: their sales are all final.
6. Purchases by credit card are refunded to the card of the original purchaser; purchases paid by cheque, cash or money order are refunded by cheque. Processing can take up to two weeks. Smarthome is not answerable for any return lost or damaged in shipment.

How to Return an Item
1. Call the Customer Solution Center on 800-762-7846 (weekdays 8:00am-9:00pm ET, Saturdays 10:00am-4:00pm ET), or write to support@SMARTHOME.example to get an RMA (Return Authorization) Number. INSTEON products are returned or exchanged through our INSTEON Gold Line, 800-762-7845 (weekdays 9:00am-6:00pm ET). Note: every return needs an RMA; items arriving with no RMA number may be refused and sent back to you.
2. Mark the outside of the package with the RMA and put a copy of your invoice inside.
3. Send returns with a tracking number (we recommend it, for your own protection).

Send Returns to:
SMARTHOMEPRO
Re""",
        ("contact the manufacturer", "no restocking fee", "merchandise credit", "exchanged for a replacement item",
         "refunded by cheque", "lost or damaged in shipment", "insteon", "mark the outside of the package")),

    "cctvstore": ("""Return Policy

Returns for a refund are not accepted after 7 days and/or before 14 days; once 14 days from purchase have passed, no return is accepted unless the equipment bought is defective for the use the product was meant for.

Where a customer cancels a transaction whose products or services (so far as they can be returned) were delivered, and does so within seven days of receiving them, the customer must send the products back to CCTV STORE or an agent it has authorised, with no damage of any kind, along with all the packing materials and documentation that CCTV STORE or its agents delivered to the customer, and with written notice that the customer has chosen to cancel the transaction.

The customer must repay CCTV STORE every direct cost that it or its authorised agents had in delivering the products and services ordered, and every direct cost they had in taking the products back and cancelling the services, that results from the products being returned or the ordered services being cancelled""",
        ("14 days from purchase", "written notice")),

    "usedrouter": ("""Refund Policy

Returning faulty or non-working equipment:
Equipment that is faulty or doesn't work is covered by our one-year warranty. Get in touch with us as early as you can so things go smoothly.

Returning working equipment or an order placed by mistake: tell us within 14 days of the date you bought it. Once those 14 days are up, we're sorry, but no refund, exchange or store credit is possible.

Only items that are defective or damaged get replaced. To send back an order of working equipment, email sales@USEDROUTER.example. Occasionally, decided case by case, we may accept a return of working equipment with a 25% restocking fee.

A return qualifies only if the item is unused, in the state it was in when you got it, and in its original packaging.
We will not refund an item that is damaged, has parts missing, or is no longer as it was originally, for reasons that are not our fault.

Refunds (if applicable)
When your return has arrived and been inspected, we'll email you to say it reached us, and we'll also tell you whether your refund is approved or rejected.
Once approved, your refund is processed and the credit goes automatically to your credit card or your original payment method, within a certain number of days.

Refund late or missing? (if applicable)
No refund yet? Check your bank account once more first.
Next, ask your credit card company; a refund can take a while to be officially posted.
Then ask your bank: posting a refund often takes them a little time.
If you've tried all of that and still have no refund, contact us at sales@USEDROUTER.example

Exchanges (if applicable)
Only items that are defective or damaged get replaced. If you need the same item in exchange, email sales@USEDROUTER.example and post your item to: 1 Example Street, Spr""",
        ("one-year warranty", "case by case")),

    "smartbagshop": ("""Smart Bag Shop backs the quality of the premium tech accessories it sells. Not fully satisfied with what you bought? Our returns and exchanges process is simple, and we're ready to help.

Our Return Policy

Returns and exchanges are accepted up to 15 days after your order arrives. A return qualifies only if:

  • The item is unused and in the condition it arrived in
  • The item is in its original packaging with every tag still attached
  • You have proof of purchase

Note: for hygiene reasons, laptop sleeves and mobile cases taken out of their original packaging can't be returned unless they are defective.

How to Start a Return or Exchange

Just follow these steps:

  1. Within 15 days of your order arriving, email customer service at support@SMARTBAGSHOP.example with your order number and why you're returning the item.
  2. Wait for approval – we look at your request and, within 2 business days, send the return instructions.
  3. Pack your item – put the item back securely into its original packaging, with all its accessories.
  4. Send your return – post the parcel to our return center:
    Smart Bag Shop Returns
    1 Example Avenue
    Oakland, US 94618
  5. Follow your parcel – a shipping service with tracking is our advice, since the item is your responsibility until it reaches us.

Who Pays Return Shipping

You pay the cost of shipping a return, unless we caused it (we sent the wrong item or the product is defective). On exchanges, we pay for shipping your replacement item to you.

Refund Process

When your return arrives and has been inspected:

  • Your refund is processed within 5-7 business days
  • It goes back to the card or account you paid with (Visa, MasterCard, JCB or PayPal)
  • We don't refund shipping fees (unless we made the error)

Note: with some payment providers the refund may take longer to show up in yo""",
        ("shipping your replacement item",)),

    "thecellbox": ("""Return and Exchange Policy
An item you bought can be returned or exchanged ONLY by bringing it to the store you bought it from. This policy applies:
If an item you bought does not satisfy you, you may return it within 14 days of the purchase date shown on your receipt, either for a full refund of what you paid including any taxes, or to exchange it for something of equal or lower value, with any difference refunded to you.
If your item was defective, you get a full refund including any taxes.
To be sure of a refund, bring the item back in good condition and in its original packaging with all its paperwork, parts and accessories. See the exceptions below.
Exchange and Return Period
You may exchange or return your item at any time up to 14 days after the purchase date on your receipt, under the conditions set out below.
Exceptions to Returns and Refunds
These items can't be returned or exchanged:
Custom products, and products that were personalized
Consumable items, batteries for example
Items that are damaged, were abused, or have suffered liquid damage
Items with visible damage (broken, cracked, smashed and so on) caused by force from outside for which you are responsible
Items with a part or accessory missing, cords or cables for example
Items carrying a modification we didn't approve, such as personalization, etching or engraving
Items taken apart without our approval so that internal parts meant to stay inside their protective casing are exposed (for instance the circuitry of a charger)
Operating system repairs (installing or reinstalling software on a phone, tablet or laptop), and virus scans and removal.
Original Receipt
A refund or exchange is given ONLY when you show the original receipt.
Refunds and Exchanges
Where you wa""",
        ("store you bought it from", "equal or lower value")),

    "projectorsuperstore": ("""Welcome to Projector SuperStore | Register or Log In

Return Policy

You can reach the Projector SuperStore Customer Service Department directly on our toll-free line, 1-888-525-6696, x 217. Our team helps in many ways when something goes wrong before or after a sale. Call Customer Service to get an RMA number, to ask about anything below, or for help with a freight discrepancy.

Our aim at ProjectorSuperStore is that you're completely satisfied with what you bought. If, for any reason, you are not, you may send it back to us within 30 days of buying it. A claim for missing items, or for items damaged in transit, has to reach us within 5 business days of the merchandise arriving. Some restrictions apply.

Projector Returns

Alongside the standard 30-day return policy, every projector purchase comes with our two-week trade-up program. Within two weeks of the invoice you may ask for an RMA to send the projector back for full credit of the price you paid, which then goes toward a replacement projector. Projectors returned through this program pay no restocking fee. The projector has to come back in new condition, used for fewer than 25 hours, with all its original manufacturer packaging, accessories and documentation. A return under the trade-up program may earn only in-store credit. A return for a refund falls under our standard 30-day policy, and the standard restocking fees apply. The trade-up program can be used only once per projector bought. A replacement projector bought with trade-up credit can't itself be traded up under the program, so we suggest asking one of our Customer Service Representatives to help you choose a replacement projector that meets your needs.

DOA Returns

Any DOA (Dead On Arrival) Return Authorization number mu""",
        ("two-week trade-up program", "full credit of the price", "no restocking fee", "fewer than 25 hours",
         "in-store credit", "standard restocking fees", "once per projector", "bought with trade-up credit")),
}
