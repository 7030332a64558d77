"""The test95 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "themowershack": ("""RETURNS POLICY
Under the Consumer Rights Act 2015 you may send back anything you buy from us, for any reason at all, within 30 days of delivery.
If you decide to send your order back, we have kept that simple.
Get in touch with us, giving your order number, and we will send you the instructions or a label for the return.
FREE RETURNS/REPLACEMENTS-30 days
If we sent your order by mistake, or it reached you damaged or defective, we will arrange a replacement or a swap at no charge to you.
RETURN CHARGES
A machine you bought and find you no longer need can come back to us for a refund within 30 days. You will be charged for the first delivery and for the collection, and a 10% restocking fee applies on top.
When a replacement product is needed, we first take back the original one and inspect it, to check that its condition is what you told us, before a replacement is sent.
If a product was used and then sent back within the 30-day period, how much we refund will hang on the state it is in and on any damage from use, whether cosmetic or not.
We ask for returned items to come back in their original packaging. Where they do not, and other packing or collection services have to be used, you must pay the extra costs.
Refunds are paid as quickly as we can manage, and at the latest 7 days after we agree to refund you, as long as your goods have come back to us. Until we collect the product or it reaches us again, looking after the product is up to you.
Any item that turns out not to be faulty, or that has been misused, will carry a charge. Your statutory rights stay as they are.
Should you need to hire a machine while yours is under repair, neither The Mower Shack nor the maker of your equipment will be liable for, or pay back, any hire charges you run up.
Please keep all boxes or pallets for as long as 14 days from delivery. If you do not, we will charge for supplying and delivering a replacement.
WARRANTY
Every product The Mower Shack LTD supplies comes with a full manufacturer's warranty.
Please re""",
                      ("before a replacement is sent", "damage from use", "you must pay the extra costs",
                       "looking after the product", "not to be faulty", "keep all boxes or pallets")),

    "yourpatiostore": ("""Returns & Exchanges
CANCELATION / RETURN POLICY
Returns
We build each order to order, to the customer's own specifications, and lead times run from 3 to 18 weeks on average. Returns are not accepted: all sales are final. We hold no furniture or accessories in stock; every item is custom made.
Please neither post your purchase back to the manufacturer nor refuse its delivery.
In certain situations, where applicable, only partial refunds are granted.
Each such case is looked at on its own, and the owners of your patio store have to approve it.
Items bought on sale cannot be refunded.
Exchanges
Defective or damaged items are the only ones we replace. Should you need to exchange one for the same item, email us at cs@yourpatiostore.example.
Damaged Furniture
If your furniture reached you damaged, email pictures and a short description to cs@yourpatiostore.example. Within 48 hours someone will reply with our decision on how we will deal with it.
The shipping cost of sending your item back is yours to pay. We do not refund shipping costs. If we refund you, any cost of return shipping will be deducted.
How long your exchanged product takes to reach you can vary with where you live.
Our ETA quotes are estimates only, and production delays at the factories are not our responsibility.
Cash & Carry items can be returned within 48 hours, for store credit only.""",
                       ("back to the manufacturer", "only partial refunds are granted", "cost of return shipping will be deducted",
                        "cash & carry")),

    "clearwaterpoolsbowie": ("""Shipping & Returns
Shipping Policy
Shop Online
Our aim is to make buying your pool supplies simple and handy. Free delivery needs two things: you live no more than 10 miles from the store, and you spend at least $100. Nothing else is required for free delivery. Orders under $100 carry a $10 delivery fee.
It could hardly be easier! Order by phoning the store, or shop on our website.
Return & Exchange Policy
Every return carries a 15% restocking fee. Please remember: to return or exchange an item, you must contact us before you send it back.
Goods can be refunded or exchanged on these conditions:
for every refund or exchange you have to show the original receipt, within 30 days of purchase
returns have to go back to the card and the original method of payment used
goods have to come back intact, unused and in their original packaging.
custom orders (for example liners, spa covers, non-stock items and the like) and sale items are all final sale
no refunds at all on pool & spa chemicals of any kind
no refunds at all on electrical items
gift certificates cannot be refunded and carry no cash value
Personalized or otherwise customized products cannot come back for a refund or exchange in any circumstances, unless we said otherwise when you bought them""",
                             ()),

    "fencescreen": ("""RETURN POLICY
FenceScreen backs both its goods and its service. If your order leaves you unhappy, take the steps below to get a credit, as long as you are within 30 days of receiving your merchandise. Custom sized and/or fabricated orders can be neither returned nor exchanged, so please check your measurements twice. Material that has been installed cannot come back unless a manufacturing error is to blame. Only new material qualifies for a refund or exchange. Every order accepted for return is charged a 20% restocking fee, and return shipping is paid by the customer.
TO PROCESS AN EXCHANGE (United States and Canada)
1) Phone Customer Service at 1-888-555-0136 in business hours. Outside those hours, leave a message and we will ring you back quickly.
2) FenceScreen.com gives you a Return Merchandise Authorization Number (RMA Number) if your purchase was delivered no more than 7 days before your first call to us, and the product is still new and unused. Put the RMA Number on the outside of the box you are sending us.
3) Send every return by Fed Ex, UPS, registered mail, or another delivery service able to track the package and take a signature when it is delivered. Without an issued Return Authorization Number, your return will be refused.
4) No credit is given in exchange for custom sized orders.
5) SEND YOUR ITEM TO THE ADDRESS BELOW, ITS PACKAGE MARKED OUTSIDE WITH THE RMA NUMBER:
FenceScreen.com
1 Example Way
Rancho Santa
Margarita, CA 92688
Customer Return
6) When FenceScreen.com receives your merchandise, a Credit is issued to you, and we email you a receipt showing that credit.
Customized screens cannot come back where FenceScreen made no error. Should we get something wrong while manufacturing your fence screen, we will gladly replace it. Tell Customer Service about any sizing error no later than 7 days after your order arrives.
Shippin""",
                    ("7 days before your first call", "rma number on the outside")),

    "buyshedsdirect": ("""Cancel, Return and Refund
Cancellation BEFORE delivery
Should your order still be on its way and you want to cancel it (goods supplied only), you must tell us as early as you can ahead of the delivery date. Please do this by phone, so that we can stop the delivery. If your order has personalised requirements, though, you cannot cancel at all.
Cancellation AFTER delivery
If you want to talk about cancelling, calling us first is the best way. Collections are charged for by many of our suppliers, as set out below.
Please note: plenty of our suppliers charge for collection when you no longer want a product. Their charges are listed here:
All Fencing products including Decking, with their accessories: £15 for orders under £100, £30 for orders over £100, and a £100 return charge for orders over £1,000.
All Log Cabins and Garden Rooms: a charge of as much as £250.00, which depends on the building and the supplier (see each supplier below, or phone us for more details).
Absco: a £30 charge
Arrow: a £30 charge
Asgard: a £50 charge
Biohort: charges depend on the product and are given when you ask, at most 25% of the total value of your order.
Bullbarrow/ Bull Security: a £15 charge
Duramax/Saffron: charges depend on the product and are given when you ask, at most 25% of the total value of your order.
Eden: a £48 charge
Forest Sheds and Storage: £15 for orders under £100, £30 for orders over £100.
Garden Games: a £15 charge for returns
Glendale: charges depend on the product and are given when you ask, at most 25% of the total value of your order.
Halls: a £48 charge for returns (Hall's Rainsaver products come back at the customer's own expense)
Keter: a £50 charge for returns
Lifestyle: charges depend on the product and are given when you ask, at most 15% of the total value of your order.
Lifetime: charges depend on the product and are given when you ask, at most 25% of the total value of your order.
Lotus / Melbourne / Sapphire: charges depend on the product and are given when you ask, at most 25% of the total value of your order.
Norlog: £""",
                       ("suppliers charge for collection", "all fencing products including decking", "all log cabins and garden rooms",
                        "absco", "arrow", "asgard", "biohort", "bullbarrow", "duramax", "eden", "forest sheds and storage",
                        "garden games", "glendale", "halls", "keter", "lifestyle", "lifetime", "lotus", "norlog")),

    "irrigationoutlet": ("""Return Policy | Irrigation Outlet USA
Return Policy
Items That Can Be Returned – Irrigation Outlet takes back the following:
- Products that are still new and unused. They must show no sign of being installed or used: no scratches, blemishes, marks, dirt or debris, nor anything else suggesting the product does not "look new".
- Products still sealed in their original unopened packaging. That packaging has to be clean and hold every owner's manual, installation instruction, warranty card, drawing, diagram and other paper the manufacturer or Irrigation Outlet put in.
- Products that nobody has installed or used (except when defective and under warranty).
- Anything bought in the last 30 days.
- Items that Irrigation Outlet sent you in error (the wrong item was shipped to you).
Back to Top
Items That Cannot Be Returned – Irrigation Outlet refuses returned products in these cases:
- Products that were installed, used, changed or modified in any other way.
- Products not in their original unopened packaging. The package has to be in original condition and hold every owner's manual, installation instruction, drawing, diagram and other paper.
- Special Order Items. A special order item cannot come back.
- Sale Items. These cover promotions on products and other special offers.
- Large Orders. Any order whose invoice total is over $1000, or that holds 50 or more of one item.
- Items that were not purchased from Irrigation Outlet.
- Orders older than 30 days. We cannot refund any order over 30 days old.
Back to Top
Shipping Charges
- No shipping charge is refunded. Shipping cost paid by Irrigation Outlet is deducted from all returns.
- Refunds of shipping charges happen only when the return comes from a shipping error by Irrigation Outlet.
- The customer pays every shipping charge associated with""",
                         ("deducted from all returns",)),

    "birdhousesandbaths": ("""Return Policy
Returning Orders - UNDAMAGED MERCHANDISE
We take returns for 30 days from the purchase date. Ask for a Return Authorization Number (RA#) by email to support@birdhousesandbaths.example, giving your name, phone number and order or invoice number. Along with your RA#, we will give you the right address to send the return to. Parcels sent back without authorization, or to an address we did not authorize, will be refused.
The purchaser arranges the return shipping. We charge a 20% restocking fee.
For a refund, the product must not have been used, and must be in its original packaging. Your parcel has to arrive in time: we need to receive the package within 30 days of purchase.
We issue refunds only after the merchandise has reached us.
Please pack what you send with care; merchandise damaged by inadequate packaging will not be refunded. Shipping is not refunded. Colours may look a little different from one monitor or browser to another, and we do not give refunds for slight color variations.
Returning Orders - Damage/Shortage Claims (Accepted Once per Order)
Check your merchandise when it arrives. Claims for damaged and/or missing items that are reported more than 15 days after delivery will not be accepted.
Claims are processed once per order, never more.
To make a claim, email support@birdhousesandbaths.example with your name, phone number, order or invoice number, the item number of the damaged goods and a description of what went wrong. We may require a photo of the damaged item.
Items are replaced or refunded no more than once per order; any further claim will be denied.
We handle claims within three business days.
Remember that the safe return of merchandise and all shipping costs are your responsibility. ONCE YOUR ORDER HAS SHIPPED, SHIPPING CHARGES CANNOT BE REFUNDED.""",
                           ("receive the package within 30 days", "inadequate packaging", "slight color variations",
                            "processed once per order", "more than once per order")),

    "caravanconnection": ("""Rug Ordering and Return Policies
Order rugs from our online Rug Outlet with our convenient shopping cart. We send rugs by UPS (to the continental U.S., not Alaska or Hawaii) on approval. The customer has 7 days from receipt in which to approve the rugs (the approval period). Once 7 days have passed, the sale is final. During the approval period the customer may ask for a return or exchange, and pays the shipping charges. Returns without a return authorization are not accepted. Phone us for a Return Authorization Number.
Please save all packaging material, as it can be used again to ship the return. We will set up a UPS pick-up. A 20% handling fee, on top of the shipping charges, applies to rugs returned damaged or soiled or after the authorized period. Special orders and custom made-to-order items are not covered by the return policy.
Shipping
Most rugs can go by United Parcel Service (UPS) to customers in the continental United States. The customer pays authorized rug shipping charges, and they are deducted from the credit for return. Rugs that are oversized might need other carriers or freight collect. Orders of Antique or Semi Antique rugs carry extra charges for insurance. We will tell you the exact charge before we ship.
Payment
We take Visa, Mastercard, American Express and Paypal.""",
                          ("save all packaging material", "ups pick-up", "20% handling fee", "deducted from the credit for return")),

    "hammocks": ("""Every product carries our 14 day money back guarantee, "no-questions-asked". You may send the product back for whatever reason. The guarantee has almost no conditions: the product you return must be undamaged and in a state we could sell on as a new product to the next customer. Please take special care when you take off the factory packaging, since damaged or missing packaging could count against the return being accepted. We aim to be fair both to you and to whoever orders that product next.
The products on our website carry a one year guarantee, which does not cover damage done by accident or on purpose, nor normal wear and tear. Most of what we sell is made as summer goods: a new hammock left outside all year round, for example, would fade, and its fabric would weaken. A refund asked for 11 months after purchase would not be considered. The same goes for the hammock stands, none of which is made to stay outdoors all 365 days. We try to offer nothing but well-made goods from makers with a good name, so look after them with respect and they should serve you for many years. Irish winters are hard on hammocks.
It matters a great deal that returned products are not damaged on the way back. We know it is not easy to fit everything back in the box the way the factory did, but please use common sense. Take particular care with hammock stands: loose metal or wood parts can damage one another, and that could lead us to turn down the return and the refund. Newspaper or bubble wrap is a good way to protect the pieces. If you are unsure how to protect products in transit, get in touch and we will advise you.
You must contact us before you make a return, so that we can check it is eligible and know to expect it.
For faulty products, we arrange the collection and pay for it, though if we judge that a replacement part or repair suits better, we will tell you so, to find the best solutio""",
                 ("damaged or missing packaging", "one year guarantee", "replacement part or repair")),

    "trufirepit": ("""Terms of Service
DAMAGED AND FAULTY GOODS
1. Should your order arrive damaged or faulty, email us within 7 working days, and we will email back a proposed solution. Sometimes the problem is simple enough to fix without collecting the unit and shipping a replacement; when that is possible we will ask you to consider it. You do not have to accept, and you may ask for a replacement.
2. Where the unit comes with any external damage, email us clear images of it, and we will reply with a solution, which is a replacement unit or else a partial refund sized to the damage and to what you, as the customer, would prefer.
3. Please note that during this first 7 day period we will always sort out ANY issue at no expense to you, the customer.
4. Whenever a replacement is chosen, the fire that is damaged or faulty will ALWAYS be collected first, because of possible fraudulent claims. Please retain the box, then, in case of any problem.
5. An item preordered at a reduced amount can still be refunded, but we may charge a 25% restocking fee, whatever the reason for asking for the refund.
CANCELLATIONS AND RETURNS
1. Where an order had already shipped before it was cancelled, we refund you less costs incurred.
REFUNDS
1. A full refund of what the goods cost depends entirely on the conditions above being met, and a refund is authorized only once the relevant department has fully inspected the goods.
2. Refunds follow this policy:
(a) Where the goods come back within 7 days of your receiving the product(s), as new and unused, in their original box and packaging, with every accessory and fit to be sold again, we pay back the whole invoice price, minus delivery charges, no later than 30 days after your notification reaches us (as the conditions above state)
(b) If goods come back in a state that prevents them from being res""",
                   ("partial refund sized to the damage", "always be collected first", "retain the box",
                    "preordered at a reduced amount", "refund you less costs incurred",
                    "30 days after your notification reaches us", "prevents them from being")),

    "plantersetcetera": ("""Refund policy
Refund Policy
Planters Etc. wants you to be satisfied with what you buy from us. Should you not be fully happy, you can ask for a return within 30 days from the date your order reached you.
Eligibility for Returns
To qualify for a return, your item has to be:
- In the condition you received it in
- Unused, with its tags, in its original packaging
- Sent together with the receipt or other proof of purchase
Start a return by emailing us at info@plantersetc.example. Send approved returns to:
Planters Etc. Returns Department
1 Example Terrace,
Dania Beach, FL 33004, USA
Do not send anything back before you have asked for a return.
Damages and Issues
Check your order when it arrives. If an item is defective, damaged or incorrect, contact us right away at info@plantersetc.example and we will put it right.
Non-returnable Items
These cannot be returned:
- Custom products (for instance special orders and personalized items)
- Gift cards and sale items
- Hazardous materials, and flammable liquids or gases
Any question about a particular item? Please get in touch.
Exchanges
To exchange an item, send back the one you do not want through the return process, then place a new order for the one you want.
Refunds
When your return has arrived and been inspected, we will tell you whether it is approved. We process approved refunds within 10 business days, back to the original payment method. Please give your bank or credit card company time to process the refund.
If 15 business days after approval your refund has still not arrived, contact us at info@plantersetc.example.
BACK TO TOP""",
                         ()),

    "garden-objects": ("""returns, cancellations and exchanges
RETURNS
To make a return, you must get in touch with Garden Objects within 7 days so that we can arrange it. Everything you return has to be as new, unused and in its original packaging. When the goods come back we inspect them and make a refund within 14 days (the original delivery charge is not included). You pay for the return postage, and for any import duties that returned items may incur. Please note that returns have to be shipped to us at the latest 5 days after we acknowledge your request. We will need proof of purchase as well.
Please send no returns until you have contacted Garden Objects and had return confirmation from us.
Sale items cannot be refunded; every sale purchase is final.
EXCHANGES
Sale items cannot be exchanged; every sale purchase is final.
AVAILABILITY
Every item depends on availability. If goods you ordered are no longer available, we will let you know as soon as we can and either give your money back or offer you a credit. Some Garden Objects products may not be available straight away but can be pre ordered, and are labelled as such.
CANCELLATIONS
To cancel an order, you need to reach us no later than 24 hours after your online order confirmation arrives. Cancelling later may be impossible, since we try to ship goods at once. After shipping, the item has to come back to us at your own cost, and only then do we process a refund.
FAULTY GOODS
Should the product be faulty, we will happily replace it and pay for all return shipping.
CHANGES TO TERMS
We may change these terms without notice.""",
                       ("import duties", "no longer available")),
}
