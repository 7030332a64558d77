"""The test116 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "roysbaitandtackle": ("""Return Policy of Roy's Bait and Tackle Outfitters
Returns Within 30 Days
Bring back a new item you have not used, in its original packaging and with its receipt, no later than 30 days after you bought it, and we will happily swap it or refund you. Every item that comes back has to be new and unused, in its original packing, with every piece of paperwork, tag, box and label it came with.
As a rule we don't accept items that have been used. A used item is taken back only if the owner decides to allow it, and then a penalty of 25% is charged, since it can no longer go on sale as new and will be sold as a used item.
Once 30 days have passed, new and unused items sent back may be eligible for store credit, as long as no more than 60 days have gone by.
Once 30 days have passed, every defect or warranty problem has to be taken up with the manufacturer. For rods and reels this is usually true even inside the first 30 days.
Gift cards, clearance, closeout, used and consignment items cannot be returned.
Refunds
We refund using the same method you paid with. When a cash purchase was above $50, or the debit or credit card used to pay is no longer available to you, we refund by check, mailed out within 14 days.
Warranties
Any warranty claim needs the original receipt. Some warranties may have to be dealt with by the manufacturer directly.
Online Returns
Online orders sent back through the customer's own fault may come back within 30 days of purchase, and are refunded less the shipping fee.
Items lost or damaged in shipping must first go through a claims process before we send new product or a refund. For a lost item, that claims process begins only once 15 days have passed since the order was first shipped.
Questions or comments? Message us, or come and see us at our store in Corpus Christi.""",
        ("a penalty of 25% is charged", "may be eligible for store credit", "has to be taken up with the manufacturer",
         "for rods and reels this is usually true", "we refund by check", "go through a claims process",
         "15 days have passed since the order was first shipped")),

    "archersbow": ("""Shipping and Returns
Every order goes out by UPS, insured for what the goods are worth. Once a parcel has left us, we cannot send it to a different address. Please look over all your delivery details with care before you place your order. Weekends and holidays are not counted in delivery times.
Note that we cannot deliver to a PO box.
Before it ships, each item is checked for faults as part of our quality control.
To send something back, click here and follow the steps to get your RMA number and a return shipping label. Print the label you are given and send the parcel as instructed. We WILL NOT ACCEPT any return that arrives with postage other than the label from our portal.
Products sent back have to be unworn and in their original condition. When a return reaches us, ARCHERS-BOW.example may turn it down if the products fail to meet the terms of this policy. ARCHERS-BOW.example takes returns of web orders shipped within the US for 14 days after the day they were delivered. Each ARCHERS-BOW.example return has to be sent straight back to us.
We refund the value of the products sent back to the original payment method, within 5 business days. It can take as long as another 10 days before the refund shows on your statement, depending on how fast your card issuer processes it. A return sent without authorization is refunded only as store credit to use online.
For now, an item can be swapped for the same product in another size or color. To exchange an item, choose in our portal the size or color you want instead.""",
        ("has to be sent straight back to us", "a return sent without authorization is refunded only as store credit")),

    "opticscamp": ("""Categories
Manufacturers
Follow us on Facebook
Store Information
OpticsCamp Database
Newsletter
Return Policy
Merchandise that has not been opened may be returned up to 30 days after the date the order was placed. Every return needs an RMA, which you can get by writing to us by email or by phone. Once 30 days from the order date have passed, we may still agree to a return case by case, but any return we accept in that period carries a restocking fee.
If the original manuals, the packaging or other materials belonging to the product are missing, or the original packaging is damaged, the return is charged a restocking fee of 15% to 50%, depending on how bad it is. If a UPC code or serial number has been taken off an item, the return is void and we give no refund.
Send every return to the return address we give you, with the RMA number that goes with it. Pack it much as the original order was packed when we shipped it. Please leave the original packaging free of any writing.
Refund Policy
We refund to the payment method you bought with, within 72 hours of receiving the return. A full refund is given only when the product comes back in the condition it was sold in, with its original packaging undamaged, its manuals and the manufacturer's materials. If the original manuals, the packaging or other materials belonging to the product are missing, or the original packaging is damaged, the return is charged a restocking fee of 15% to 50%, depending on how bad it is. We do not refund shipping charges.
Damaged and Defective Items
Because of their factory packaging, some items cannot be checked by hand before they ship. If what you receive is damaged or defective, you have to tell us within 1 business day of receiving it. Depending on the item or the kind of defect, we will replace it or refund it.
An item sent back as damaged or defective which turns out to be neither""",
        ("once 30 days from the order date have passed", "restocking fee of 15% to 50%",
         "serial number has been taken off", "leave the original packaging free of any writing")),

    "barefootpaddle": ("""Return Policy
RETURN POLICY
Who can return
Your item or order can be returned only if it meets all of these conditions:
The item is unused and just as it was when you received it. We cannot take back anything that has been in the water, even a single time, or dragged so that it got dirty, scratched or shows any sign of wear
It comes back with all of its original packaging and accessories
It is returned no more than 10 days after you first picked it up or it was delivered
Refunds:
Sending the item back is at your own cost. When we have received and inspected your return, we email you to say it has arrived, and we also tell you whether your refund is approved or rejected. If we reject a refund because the item does not qualify, you have to collect the item from us within 10 days.
When an item has not yet been fulfilled and is refunded, we charge a return fee of 3% to cover the processing fees of Shopify or Visa.
Once approved, your refund is processed less a restocking fee of 10%, or you can ask instead for store credit for the full amount, to use on a later order.
Exchanges (if applicable):
You have to collect an exchange item within 10 days of it becoming available, though we may be able to deliver it locally if we both agree.
Damaged Item:
Please see our Warranty Policy
If your question is not answered here, write to anyone on the team at barefootpaddle@BAREFOOTPADDLE.example and we will gladly help.""",
        ("collect the item from us within 10 days", "we charge a return fee of 3%", "collect an exchange item within 10 days")),

    "plussnow": ("""Menu
RETURNS
Here at Plus Snow, we want the gear you get to fit you perfectly! Even with the size charts, sometimes it doesn't turn out that way. Buying online can be hard, we know.
EXCHANGES
We understand exchanges and are glad to do them whenever they are needed. Sometimes you need the exchange fast, we know. The fastest way is to buy and pay for the new item online straight away and then, once we have authorised it by email or phone, post back the size that doesn't fit. When your return has been received here, we process your refund, taking off whatever shipping charges apply. Or, if you prefer, we can wait until the returned item is received and then send your exchange out, as long as it is in stock. In that case, please put $10-$15 in the parcel you send back to pay for the return shipping.
We are sorry that exchanged items do not ship free, but sending out an exchanged item costs a flat $10 at regular shipping, or $15 for 2 items, anywhere in Australia. At times we let customers buy the same item in two sizes or two models and send back the one that doesn't fit, but you must get our authorisation for this first.
RETURNS
Sometimes a return can't be avoided, so we gladly take returns and either refund the account you paid from or give you store credit, as long as the return meets the terms of our policy below. If you want to return a product, we accept it within 14 days of purchase once it has been authorised in advance, but we are sorry that we cannot refund what you paid for the first postage, even if your order shipped free.
1. Ski & Board Surrey has to authorise every return in advance. Before you send anything back, email us the details of your return, and use the returns form that came in your delivery.
2. Every returned item has to be sent with its postage paid, within 14 days of when it was bought, along with your original receipt. If th""",
        ("taking off whatever shipping charges apply", "put $10-$15 in the parcel you send back",
         "costs a flat $10 at regular shipping", "buy the same item in two sizes", "use the returns form that came in your delivery")),

    "youthfulenergy": ("""Returns & Exchanges Policy
Our Guarantee
Every purchase is backed by our promise that you will be fully satisfied. Items have to be new and unworn, with their original tags on, and must not be altered, washed or damaged. We do not accept returns of anything bought from another retailer (such as Nordstrom or a golf shop).
How Long You Have
- Items bought at full price: 60 days from the order date, for a refund or an exchange
- Holiday extension (Nov 1 to Dec 25, 2024): 90 days on items bought at full price
- Sale items: 30 days, refund only (they cannot be exchanged)
- Final sale items: cannot be returned (this covers custom gloves and embroidered bags)
Quality Problems with Footwear
A defect in workmanship or materials is covered for 90 days. Not covered: damage from accidents, ordinary wear and tear, poor care, or exposure to the elements.
How to Return
- Start your return online in our returns portal
- Send it with the prepaid return label (domestic returns cost you nothing)
- Refunds are processed within 10 business days of receiving the return
Exchanges
- Only for items of the same style bought at full price (another size or color)
- For a faster exchange, place a new order once you have sent the return
- Sale items cannot be exchanged
Items That Cannot Be Returned
- Gift cards
- Custom products
- Final sale goods
Refunds
Paid to the original payment method. We do not refund the original shipping fees.
Need Help?
Our website's Help Center can help you""",
        ("holiday extension", "sale items: 30 days, refund only", "is covered for 90 days",
         "only for items of the same style bought at full price", "for a faster exchange, place a new order",
         "sale items cannot be exchanged")),

    "poviss": ("""Exchanges & Returns
Refunds
Every refund request is approved only once we have received and inspected the item.
Refunds go back to the payment method the original buyer used.
After approval, a refund usually takes 7-10 business days to process.
We do not refund shipping charges unless the item is being returned because of a defect or a mistake of ours.
Returns & Exchanges
Customer Service must authorize every return, exchange or refund request in advance.
Items have to be new and unused, in their original packaging, with all of their accessories.
Apparel has to keep its original tags, and worn or washed apparel cannot come back.
Some equipment (such as nets, balls and rubbers) cannot come back once opened, unless it is defective.
A return or exchange must be started within 30 calendar days of the purchase date.
Get a Return Merchandise Authorization (RMA) number before you send any item back.
The customer pays for return shipping and handling, except where the return is caused by a mistake of ours or a product defect.
Cancellation
Once placed, an order cannot be cancelled or changed before it ships.
If you change your mind after it arrives, use the usual return process described above.
Final Sale Purchases
Items marked Final Sale (clearance or discounted items, for instance) cannot be returned, exchanged or refunded.
The only exceptions for final sale items are products that are defective, damaged or shipped by mistake, as long as you tell us quickly.
Final sale items also do not qualify for price adjustments or price matching.
Exclusions
These items cannot be returned or exchanged unless they are defective or the mistake was ours:
• Rackets or paddles that have been assembled
• Tables
• Rubbers, blades, balls, covers, cases and grips
• Glues, cleaners and edge tapes
(Change this list to match the products your shop sells.)""",
        ("apparel has to keep its original tags",)),

    "climbzone": ("""Information
RETURN POLICY
Return & Refund Policy | ClimbZone
Return & Refund Policy
Cancellation
You can cancel an order whenever you like until it ships. When we have received and processed your request to cancel, you get a full refund to the payment method you used. How long it takes can depend on your bank or card issuer, but refunds for cancelled orders are usually processed in 3-5 business days.
To cancel, contact customer service quickly, giving your order number and the details. For the quickest handling, we suggest cancelling within 24 hours of ordering. An order that has already started shipping can no longer be cancelled; once it is delivered, our usual return policy applies to it.
Returns
You can return items up to 30 days after the date you bought them. To qualify, the item must be unused, just as it was when it reached you, and in its original packaging with every tag still on. Every return needs valid proof of purchase (a receipt or an order confirmation).
To start a return, get in touch with our customer service team for a Return Merchandise Authorization (RMA) number. A return that arrives without an RMA number may take longer to process. When we have received and inspected your return, we email you to say it has arrived, and we tell you whether your refund is approved or rejected.
For reasons of hygiene or safety, some items cannot be returned, among them climbing harnesses, helmets and any other personal safety equipment once it has been taken out of its original packaging.
Refunds
When your return is approved, the refund goes to the payment method you used. The credit reaches you in 7-10 business days; the time depends on your bank or card issuer. Shipping costs are not refunded unless the return is""",
        ()),

    "equestriangearus": ("""Equestrian Supplies stands behind the quality of its tack and riding clothing as firmly as you commit to riding. If what you bought falls short of what you hoped, our simple returns process will put it right.
Our Return Policy
Most items can come back within 15 days of delivery if they are unworn, unused and in their original packaging. Some equestrian equipment cannot be returned, for your safety and ours (see the exceptions below).
Items That Cannot Be Returned
For reasons of hygiene and safety, we cannot take back these products from our range:
- Supplies for grooming or pest control
- Summer sheets or fly apparel
- Footwear that has been worn
- Gloves that have been worn
How to Start a Return or Exchange
Step 1: Send Us Your Request
Email [email protected], our customer care team, with these details:
Step 2: Get Your Authorization
Within 1-2 business days we send you by email an RMA (Return Merchandise Authorization) number along with how to ship. We cannot process any return that comes without an RMA.
Step 3: Send Your Return
Pack the item securely in its original packaging, and put a copy of your order confirmation inside. Stick on the return label we provided and send the parcel to:
Equestrian Supplies Returns, 4554 Levy Court
Cambridge, US 02141
Note: Customers sending international returns from outside the US pay the return shipping themselves, unless the return is caused by a mistake of ours.
Refund Process
How Long It Takes
After your return reaches us:
- We process the refund 3-5 business days after inspecting it
- Refunds to a credit card or PayPal take 5-10 business days to show on your statement
Refund Method
We refund to the payment method you used (Visa, MasterCard, JCB or PayPal). PayPal payments are refunded to your PayPal balance.
Exchange Policy
To exchange for another size or style:
- Use the usual return process described above
- We send your new item once your return has arrived
- Any difference in price is yours to pay in the exchanged """,
        ("customers sending international returns from outside the us", "any difference in price is yours to pay")),

    "spacecoastdivecenter": ("""Refund Policies
We try to be fair and flexible. Please read our policies on returns and cancellations below.
Retail Products
- Items that have not been used: bring them back within 14 days, in their original packaging and with the receipt, for a full refund to the payment method you used. (Without the receipt, we give store credit.)
- Items tried in the pool: these can only be exchanged (for something of the same value).
- Items that have been used: we cannot take back or exchange anything used in fresh water or salt water.
Training Courses
- No refunds: once you are enrolled and the course materials have been handed out, course fees cannot be refunded, because of the certification agency's costs and scheduling.
- Rescheduling: you can move your course to a new date up to 6 months after the original start date. We may charge a fee for rescheduling, to cover the cost of the instructor, the pool or the boat.
- Not turning up: if you miss a class without telling us, you lose all the fees you paid.
- Transfers: if you move away, we can help you transfer your digital materials to a different center.
Dive Charters
- If we cancel (because of weather or a mechanical problem): you get a full refund or a credit.
- If you cancel:
- More than 48 hours before: 100% refund.
- Between 24 and 48 hours before: 50% refund (or a credit).
- Less than 24 hours before, or not turning up: no refund.
- Note: we give no refunds for seasickness, arriving late, or poor visibility.
Travel & Trips
- General Terms and Conditions
- Please see the terms that come with your trip booking.""",
        ("without the receipt, we give store credit", "items tried in the pool", "course fees cannot be refunded",
         "we may charge a fee for rescheduling", "you lose all the fees you paid", "you get a full refund or a credit",
         "more than 48 hours before", "between 24 and 48 hours before", "or not turning up: no refund",
         "we give no refunds for seasickness")),

    "trailstepshop": ("""TrailBlaze Shoes Shop builds each pair of its footwear, for hiking, running, trails or walking, to stand up to your hardest adventures. Still, we know a fit is sometimes wrong, or what you need changes. So our return policy gives you 15 days, simply, so that you end up fully satisfied.
The Main Points
- How long: 15 days from the day your order was delivered
- Condition: unworn, in the original packaging, with the tags on
- Cannot be returned: customized footwear and final sale items
- Refunds: to the original payment method, in 5-7 business days
- Shipping for exchanges: free when you exchange for a different size of the same model
How to Return
Step 1: Start Your Return
Email our support team at [email protected] giving:
- Your order number
- The product's name and size
- Why you are returning or exchanging it
- Whether you want a refund or an exchange
Step 2: Pack Your Items
When we have approved the return, put your footwear back in its original box with every tag and all the packaging materials. Put in the return form we email you, filled in.
Step 3: Send Your Return
There are two ways to ship it:
- Our prepaid label: we email you a return label and take $8.95 off your refund for it
- Your own shipping: use the carrier you like (we suggest paying for tracking)
Note: When you exchange for another size of the same model, we pay the return shipping.
Step 4: Get Your Refund or Exchange
After we have received and inspected your return:
- Refunds: processed in 5-7 business days to the payment method you used (Visa, MasterCard, JCB or PayPal)
- Exchanges: sent by your original shipping method no more than 2 business days after approval
Items That Cannot Be Returned
For hygiene and quality reasons, we cannot take back:
- Footwear that has been customized or personalized
- Items marked "Final Sale"
- Products with signs of wear, or with damage that was not there when they were delivered
International Returns
If you are a customer outside the U.S. (other than parts of Asia and remote areas):
- You're responsible """,
        ("free when you exchange for a different size of the same model", "put in the return form we email you",
         "take $8.95 off your refund", "we pay the return shipping", "no more than 2 business days after approval")),

    "yogazone": ("""Returns & Refund Policy
Here at YOGAZONE.example, nothing matters more to us than happy customers. If your purchase has not fully satisfied you, we can help. Please take the time to read this Returns & Refund Policy.
1. Who Can Return
You can ask for a return or an exchange when:
The item has not been used or worn, and is still in its original packaging.
You ask no later than 14 days after the item reached you.
You can show valid proof of purchase (an order number or a receipt).
Note: for reasons of hygiene, some items may not be returnable, for example gift cards, clearance products and personal care items.
2. How to Ask for a Return
To start a return, write to our customer support at support@YOGAZONE.example and include:
Your order number
The reason for the return, clearly stated
Photos (where the product is damaged or wrong)
When we approve it, we send you the return instructions and the address to send it to.
3. Return Shipping
The customer pays for return shipping, unless the item is being returned because it is damaged, defective or wrong.
Please use a shipping method you can track, since we cannot take responsibility for items lost on the way.
4. Refund Process
After we have received and inspected the returned item:
If we approve it, we refund within 5-10 business days to the payment method you originally used.
Any shipping fees are not refunded, unless the return is caused by a mistake of ours.
5. Exchanges
If your product arrived damaged or was the wrong one, we will happily send you a replacement free of charge. Please contact us no later than 7 days after your order arrives.
6. Late or Missing Refunds
If your refund has not arrived yet:
First, check once more with your bank or payment provider.
Next, ask the company behind your credit card or payment service (a refund can take a while to be posted).
If you have done all this and the refund still has not arrived, write to us at support@YOGAZONE.example.""",
        ()),
}
