"""The test103 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "phoneshells": ("""Refund Policy
Phoneshells.com wants every refund to go smoothly and fairly. If your purchase has left you unhappy, you can ask for your money back on the terms set out below.
Eligibility for Refunds
- Ask for a refund no later than 15 days after your order reaches you.
- We refund items that arrive damaged or defective, items that are the wrong ones, and items that differ from their description.
- Some things cannot be refunded, personalized cases and anything that shows it has been used among them.
- Every claim has to come with clear photos or a video that back it up.
- An item still unused and in its original condition may also earn a refund, depending on the case.
How to Request a Refund
- Write to our support team at support@phoneshells.example within those 15 days of delivery.
- Tell us your order number and why you want a refund, and add your evidence where it applies.
- The team looks at each request and answers within 2 business days.
- Once we approve it, we send you what you need to return the item and receive the refund.
Refund Processing
- After an approved return arrives and we have inspected it, we process the refund within 3 business days.
- The money goes back to the payment method you used.
- Your bank or payment provider may then need 5-10 business days before you see it.
- We only process the refund once the item is back with us.
- Where you return something because you simply prefer not to keep it (rather than for a defect, damage or a wrong item), a 10% restocking fee may be charged.
- We do not refund shipping costs, except when the item reached you damaged, defective or wrong.
Return of Items for Refund
- Send the item back no more than 7 days after we approve the refund.
- Pack it in its original packaging, with every accessory.
- The cost of return shipping is the customer's""",
                    ()),

    "chargerdepot": ("""Return & Refund
Charger Depot: Returns and Refunds Within 30 Days
We hope every Charger Depot order pleases you. If yours does not, our 30-day return and refund policy applies, on the terms below:
1. Eligibility: a. Ask for your return no later than 30 days after delivery. b. The product has to be unused and in its original condition, in its original packaging, with every accessory and all its documentation.
2. Return Process: a. Reach our customer support team through contact us to begin. We will take you through the steps and give you a Return Merchandise Authorization (RMA) number. b. Pack the product securely, marking its RMA number on the outside so it is easy to see. A return that comes without an RMA number may be refused or left unprocessed.
3. Return Shipping: a. You pay for sending the return back, unless the product is defective or damaged, or we made a mistake in fulfilling the order. b. Please ship with a trackable method: we cannot answer for returns lost or damaged on the way.
4. Inspection and Refund: a. When the product reaches us, we check that it qualifies and then process your refund. b. The refund goes to the payment method you used for the purchase. Depending on your payment provider, allow 3-5 business days before it shows in your account.
5. Non-Refundable Items: a. For hygiene and other reasons, some products cannot be returned or refunded, among them earphones, headphones and some personal care products. Each product page says whether that product can be returned.
6. Damaged or Defective Products: a. Should a product reach you damaged or defective""",
                     ("rma number on the outside",)),

    "veteransfordtampaparts": ("""Every returned item has to come with a copy of the original invoice.
Each returned part carries a 30% restocking fee.
Parts must come back new, in their original packaging, still unopened. (A part whose bag has been opened cannot be returned.)
We take back no used parts.
Parts that were installed, or that someone tried to install, are not accepted back.
Special Orders placed because a part was out of stock cannot be returned.
Electrical parts cannot be returned.
We may refuse, and send back, anything installed or used, or anything else that fails the conditions above.
Every return request has to reach us within 30 days of receipt.
When you give us the VIN, or the year, make and model of the vehicle, we do all we can to check that the part fits. Still, a special-ordered part that we do not stock cannot be returned or refunded when the customer ordered it by mistake.
Cancellation Policy
An order, or part of one, for parts we normally stock (not special orders) can be canceled until it ships.
A special-order part cannot be canceled once ordered, since it comes from the manufacturer. Very rarely, a cancellation may be allowed where the manufacturer's rules permit it, and then a 40% restocking fee applies. Once special-order parts have arrived and gone out to the customer, though, they can never be canceled, returned or refunded.""",
                               ("cannot be canceled once ordered", "40% restocking fee")),

    "thehelmetman": ("""Loading... Please wait...
Returns & Exchanges
Categories
*Read the whole policy before you return or exchange anything. Questions? Send us an email*
RETURN/EXCHANGE POLICY
Every product we sell is guaranteed first quality.
Returns/Exchanges: If an item reaches you damaged, or we sent the wrong size by mistake, you have 5 days from delivery to contact us. We do not send call tags, and the cost of shipping the return is yours to pay.
Any item can be refunded in full within 2 weeks (10 business days) after receipt, apart from the original shipping and handling and a $5 processing fee charged on returns only, as long as everything comes back unused, in the condition in which we shipped it, and in its complete original packaging. An order that shipped with Free Freight is refunded less freight charges incurred in sending it. In special circumstances a return may be made with prior approval after 10 days, with a 20% re-shelving fee.
Refunds and credits should reach you within four weeks of giving your package over for shipping, and often sooner. That time covers the package's journey to us (5 to 10 business days), our processing once it arrives (3 to 5 business days) and your bank's handling of the refund (5 to 10 business days).
An exchange on an order that meets the free freight program is shipped at no charge (closeouts excepted). Returned for credit, a clearance item carries the 20 percent re-shelving fee on any closeout, though it can be exchanged for the same model or the same dollar value. Special order items cannot be returned or exchanged: those sales are final. Returned auto helmets, 6D helmets and ski helmets carry a 20% restocking fee. There are no exchanges or""",
                     ("less freight charges incurred", "prior approval after 10 days", "within four weeks of giving your package",
                      "free freight program", "re-shelving fee on any closeout", "auto helmets")),

    "householdtoolsshop": ("""Household Tools Shop stands behind the tools and equipment it sells, and we want you to be happy with whatever you buy. If your order falls short, our Returns & Exchanges policy is there to put it right.
Our Policy
Most items can be returned or exchanged, for a full refund or another item, within 15 days of delivery, provided they are new, unused and in their original packaging. Each item has to be in the state it was in when it reached you.
Please Note: For hygiene and safety, some products can be neither returned nor exchanged. In our range these are:
Clothing (hygiene)
Back braces and suspenders (hygiene and safety)
Air tools, chainsaws and pole saws that have been used, switched on, or had fuel or oil added (safety). Those still unused in their original packaging can come back.
Starting a Return or Exchange
A return or exchange takes these steps:
1. Contact Us: No later than 15 days after your order arrives, email our customer service team at returns@householdtoolsshop.example with the order number and the product you wish to send back or exchange.
2. Wait for Instructions: We reply within 2 business days, sending a Return Merchandise Authorization (RMA) number along with where to send the parcel. We do not accept returns that have no RMA number.
3. Ship the Item: Pack the item carefully in its original packaging, with all its manuals and accessories, and send it to the address we give you. Use a trackable service, since the item stays your responsibility until our warehouse has it.
4. Inspection & Processing: When the item arrives, we inspect it and then refund you or send out the item you are exchanging it for.
Return Shipping Costs
You pay for return shipping, except when the return results from a mistake of ours (e.g., """,
                           ("fuel or oil added",)),

    "e-cfd": ("""Return Policy:
- Returns are welcome. Unopened items in their original packaging can come back within 30 days of purchase, with a receipt or other proof of purchase. Once 30 days have gone by since the purchase, we can give neither a refund nor an exchange.
- Contact us with your return request so we can confirm where the return goes (as a rule, the manufacturer's warehouse). First the manufacturer technical support team has to authorize your return, to check the fault in the product. Do not post returns to our contact address: any return sent there is not accepted.
- A return a Customer sends with no written return authorization from the seller or vendor is an unauthorized return ("Unauthorized Return"), and neither 3D Printers Online Store nor the Seller will refund or credit it.
- Return shipping charges are yours to pay.
- When an order comes back to the seller because of the local government's import regulations, no refund is given once that package is received. Note that no refund ever includes return shipping charges or any other fees: customs fees, courier transaction charges, tariffs, duties and taxes.
- No return or refund can be requested when you do not complete customs clearance, or fail or refuse to collect your products, so that customs sends them back or destroys them.
- Once the return is with us, we examine it fully and let you know by email, in 10 to 15 business days, whether the return is accepted. If it is, we refund what you paid, and the credit goes automatically to your original method of payment [PayPal, Credit/Debit Cards or Bank]. How long the credit takes depends on the payment method. Refunds show in your account after 7-10 business days, while som""",
              ("manufacturer technical support team", "import regulations", "customs fees", "customs clearance")),

    "keebd": ("""Refund policy
Our return policy runs for 30 days: you can ask to return an item up to 30 days after it reaches you (the excluded items listed below aside).
Electronic items that need soldering should be tested before you solder or fit them to a board, since soldered goods cannot be returned and their faults are not accepted.
Switches cannot be returned, as we cannot tell whether they were altered or modified; buy samples if you want to try how a switch feels.
An item qualifies for a return only if it is in the state you received it in, unworn or unused, with its tags, and in its original packaging. A receipt or proof of purchase is needed too.
To begin a return, write to sales@keebd.example. Once we accept the return, we tell you how to ship it and where to. Anything sent back without a return request first will not be accepted.
Questions about returns can always go to sales@keebd.example.
Cancellations
An order can be cancelled before it ships, but a 5% restock fee is kept to cover payment, platform and time costs we cannot recover.
Damages and issues
Choose packaging and shipping that suit what you buy. Fragile items sent in padded bags, for instance, may not arrive safely.
Check your order when it arrives, and tell us straight away if an item is defective or damaged, or is the wrong item, so we can look into it and put it right.
Exceptions / non-returnable items
Some items cannot be returned, such as custom products (special orders, assembled items, personalized items).
Sale items and gift cards cannot be returned either.
Exchanges
To get something else fastest, send back what you have and, when we accept that return, buy the new item separately.""",
              ()),

    "headphone": ("""Refund policy
365-day returns
Taron and Andrew Lissimore began Headphones.com wanting to build the audio shop they had always looked for. Being headphone enthusiasts, they pictured a shop offering 365-day returns.
They set out to make 365-day returns work, however absurd their friends found the idea. Years on, they still do it, and their friends still think them mad.
So get to know your new gear at leisure: we hope you will enjoy it for years, not weeks. Should you be unhappy, items in like-new condition can come back for up to 365 days.
A return begun in the first 30 days after receipt is refunded to the payment method you used; once 30 days are over, refunds are processed as a store credit instead.
Returns process
Returning is simple: fill in our returns form, giving your serial number and a full reason for the return. A return with no reason given may be turned down.
Once we accept your return, we send an instant store credit together with a return label, and you can spend the credit on a new purchase straight away. If you would rather have the refund on your original payment method, we make it after your item has arrived and our team has inspected it, which can take 5-7 business days.
After your return label arrives, you have 7 business days to hand the return to the courier. Miss those 7 days and you pay an additional 30% restocking fee, and a return still not handed over after 30 days will no longer be accepted at all.
Restocking fees apply to every return; see the section called "Restocking Fees" for more about them.
Defective Items
A defective product has to be repaired under manufacturer's warranty before any refund""",
                  ("processed as a store credit", "serial number", "additional 30% restocking fee", "no longer be accepted",
                   "restocking fees apply to every return", "repaired under manufacturer's warranty")),

    "thecameracentre": ("""Welcome back. Sign in for a personalised shopping experience.
Returns Policy
We hope your purchase from thecameracentre.net pleases you, though we know goods sometimes have to come back. Below are the usual reasons for a return; read every category and follow the process that fits your case. This Returns Policy for Consumers leaves your statutory rights as they are; the Citizens Advice Bureau and Consumer Direct can tell you more about them.
We may inspect returned goods to confirm any fault or damage.
Goods Become Faulty During Use
Should your goods develop a fault after delivery, we advise you to contact the manufacturer directly for a repair or replacement under warranty, usually the fastest route to a fix; some makers even offer full on-site service or telephone help. You may instead contact us directly where the goods do not conform to our contract.
Where repairing the goods would cost out of all proportion, you will be given replacement goods instead. Before sending faulty goods back to us, read the Packaging Guidelines for Return of Faulty Goods further down.
Goods Not As Order
If goods we send you are not what you ordered, please tell us as soon as you can.
Goods Or Order Duplicated
If your order or goods were duplicated in error, please tell us as soon as you can.
Cancellation and returns
Any unopened item can be returned within 7 days of its arrival for a full refund, which goes back to the payment method you used as soon as re""",
                        ("contact the manufacturer directly",)),

    "homesmartcamera": ("""832-224-5699
info@homesmartcamera.example
Delivered on time, or your money back
Store Location
Refund and Returns
Products you buy here may come from third-party retail channels and be shipped straight from that retailer. Fulfillment, warranty and returns then follow the brand's terms or the terms of the actual seller. Should you need the manufacturer's authorization or particular documents, ask our customer service before you buy. After the sale we help with any problem and coordinate claims with whoever fulfilled the order. Ordering on this website means you have read and accept the return policies and conditions below. We stand behind everything we sell: if the quality disappoints you for any reason, contact us at once, and our customer service will work to settle the matter.
1. General
Everything depends on stock. We try to keep the stock counts on our website right, but they are sometimes off, and we may be unable to supply every item when you order. Then we send what is available and ask whether you would rather wait for the backordered item to be restocked or have a refund.
2. Cancellation
To cancel an order, contact us straight away. Items can be cancelled as long as shipping has not begun, which usually happens within 2 hours of the order. After that the order cannot be cancelled, though you may refuse the delivery or return the order under our return policy. You bear any shipping and handling fees, and any rerouting fees from a refused delivery come off your refund.
3. Returns
Our return policy runs 30 days: you have 30 days from receiving your item to send the return parcel back.
Should the item be broken, faulty or damaged, or sign""",
                        ("terms of the actual seller", "backordered item", "rerouting fees")),

    "solarshoponline": ("""Returns Policy
30 Day Money back Guarantee
Refunds and returns are open for 30 days. When 30 days have gone by since your purchase, a refund or exchange is no longer assured.
Every return needs pre-approval: email our team before sending any item back.
Write to orders@solarshoponline.example or fill in this returns form.
A returnable item has to be unused, in the condition you received it, and in its original packaging.
If a unit is faulty after 30 days, use the proper channels: our team will help with warranty claims. Our support team's address is support@solarshoponline.example
In some cases only partial refunds are granted:
- An item not in its original condition, or damaged, or missing parts, for reasons that are not our mistake.
- An item sent back over 30 days after delivery. (Our returns team MUST approve it.)
Items coming back later than 30 days after delivery (only with approval) carry a restocking fee: 10% after 30 days, 15% after 60 days, 25% after 90 days.
Unwanted returns of solar storage carry a 12.5% restocking fee straight away, even within 30 days.
We do not pay the return freight on unwanted returns.
Refunds
When your return has arrived and been inspected, we email you to say we have received it, and we also let you know that your refund is approved.
Once approved, your refund is processed and credited automatically to your credit card or original payment method within seven (7) days, and it should show in your account in 1 to 10 business days.
Late or missing refunds
If your refund has not arrived yet, look at your bank account again first.
Then ask your credit card company, since a refund can take a while to be posted.
Then ask your bank, since banks often take a while to process a refund before it is posted.
If you have done all""",
                        ("faulty after 30 days", "only partial refunds are granted", "after 60 days", "solar storage")),

    "ebikebatteries": ("""Return Policy
Ebike Batteries Return Policy
Most new, unopened items can be returned within 14 days of delivery, and you get back the full price you paid (less shipping costs). The 14 days count from the day the goods reached you. When the return results from a mistake by Ebike Batteries, we refund your shipping costs as well as the value of the returned goods. A full refund needs the goods back unused, with their accessories, manuals and original packaging.
Ebike Batteries has to authorise each return before it begins. A customer who just sends an item back without contacting us first may have the refund delayed or refused, and may even be charged for shipping the item back to them.
An approved return can be taken as store credit, an exchange or a refund, as you choose.
Some products, namely ebikes and batteries, may not be returnable because of what they are. Please get in touch so that we can talk it over and agree on a fair solution.
Processing a return usually takes between 1 and 14 working days after your goods arrive.
Physically damaged items, or items with signs of use and wear, carry a restocking fee. Ebike Batteries alone sets its percentage, according to the amount of damage.
Hold on to a copy of your shipping invoice: it proves what the return cost you. Without the customer's invoice, Ebike Batteries will not refund shipping costs.
Refunds go to the original form of payment. Where that cannot be done, we will gladly give store credit or an exchange instead.
Items misused or badly looked after (left out in the weather, for instance, or showing abuse, accident or neglect) cannot be refunded.
Refused Items: If the shipping error""",
                       ("namely ebikes and batteries", "amount of damage", "copy of your shipping invoice")),
}
