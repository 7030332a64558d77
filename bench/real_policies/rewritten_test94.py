"""The test94 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "laptop": ("""Returns Policy

Returns and Refund Policy

Every return comes under the Terms and Conditions of Sale of The Laptop Company

Please take care when you choose.
Anything bought on our websites is governed by our Terms and Conditions of Sale. Ordering one of those items means you agree to buy it. If you simply change your mind about something you bought, we owe you neither a refund nor a replacement, except as this policy sets out, so please take care when you choose.

Which items does this policy cover?
It covers the items sold by The Laptop Company Limited: laptops and the products that go with them.
It does not cover anything leased or financed via a leasing or finance company. To ask about returning or getting a refund on such an item, speak to the leasing or finance company that provided it.

Does The Laptop Company take back returns or exchanges?
Yes, though that turns on why you are returning or exchanging it and how long it has been with you. An item that has never been opened can come back within 5 working days of delivery, provided its packaging is undamaged. Arrange every return through the steps this policy lays out, so that you carry less liability should a returned item be lost in transit.

What if you sent me the wrong item?
Should we send you the wrong item and you return it unopened within 5 working days of delivery, the correct item goes out to you in its place, and we collect the wrong one at our expense.

And if it has been opened or used?
When an item that is not faulty comes back in original condition within 5 days of delivery, with the original retail packaging and everything that came in the box, we charge a 15% restocking fee as well as every freight cost tied to the item. Once 5 working days have passed, we take no returns of items that are not faulty. Be aware: something is not considered to be faulty simply because it does not work with your other equipm""",
               ("leased or financed", "lost in transit", "15% restocking fee", "not considered to be faulty")),

    "luxevision": ("""Refund & Return Policy
Last updated: 22 June 2025
1 · Cancelling an Order (Change of Mind, Bought by Mistake)
When cancelling is possible
• An order can be cancelled only until the product goes into production or leaves our distribution facility.
Fees and deductions
• Any refund has a payment-processing fee of 2 – 7 % taken from it (its rate comes from your card issuer or payment gateway).
• We also take off the logistics costs we have already paid, up to 50% of the order value before discounts.
After dispatch
• An item that has shipped can no longer be cancelled.
• If we are asked to recall a shipment while it is travelling, the same deduction for logistics (up to 50 %) is made.
2 · Custom-Designed & Bespoke Products
Custom items are made to your own specifications, so once production has started they can be neither cancelled nor refunded.
• From that point, any deposits or progress payments can no longer be paid back.
• Such items cannot be sold again by us, so check your order with care before you approve production.
3 · Changing an Order (Custom Products)
To change a custom order, get in touch with us straight after checkout. We will tell you in writing whether the change can be made.
• A change asked for once production has started may be refused or may cost extra.
4 · Exchanges (Screens, Projectors & Electronics)
- Condition – Items have to be unused and brand-new, still in their original packaging. We need photo or video evidence before we approve.
- Shipping – The customer pays the freight both ways, outbound and return.
- Store credit – When the item clears quality control, we give store credit for the item price less the original shipping cost (30 % of the item price).
5 · Returns because of Address Errors, Access Problems or Compatibility
Scenario | What the customer pays |
---|---|
Wrong / incomplete delivery address | Return freight + the restocking fee below |
Building cannot be reached (parcel too big, no lift, etc.) """,
                   ("payment-processing fee", "logistics costs", "recall a shipment", "deposits or progress payments",
                    "photo or video evidence", "original shipping cost", "incomplete delivery address")),

    "x-keys-uk": ("""Returns

Sending Goods Back

To send goods back, first get an RMA (Return Materials Authorisation) number, within 30 days from receipt: e-mail xkeys@keyboardspecialists.example or phone us on 0203 474 0234. Goods cannot be returned or exchanged until an RMA number has been issued to you. When you ask for an RMA number we send you a form; it has to be completed, signed and returned before we go on. Once it is accepted, you get an RMA number together with the address for returns. In some cases the manufacturer may deal with the returns for us, since every warranty rests with the manufacturers.

Please Note:

  • The RMA number must be easy to see on the outer packaging of every return.
  • Every parcel must carry an RMA form inside.
  • Products must come back unused, in their original packaging and in original, re-sellable condition, unless the product is faulty under warranty.
  • We refund delivery costs only when a product is faulty under warranty.
  • We do not refund the cost of return postage.
  • Goods sent to X-Keys UK (Keyboard Specialists Ltd) with no RMA number take longer to process and carry a £25 + VAT admin charge.
  • Items that are custom made or ordered specially for one customer can come back for a credit, replacement or refund only when they are faulty.

Errors by Customer

When a customer's error is the cause, KBS takes returns or exchanges only within 14 days after your delivery.

Products that are customised or made to order can come back only if faulty.

Every return or exchange caused by a customer's error carries a restocking charge that varies with the kind of goods sent back. We state the charge clearly once your request for an RMA number reaches us. If goods were ordered in error, refunding their delivery charges is not our responsibility.

Errors by X-Keys UK (Keyboard Specialists Ltd)

We send out a great many orders every day, and mistakes, though very rare, sometim""",
                  ("manufacturer may deal with the returns", "completed, signed and returned", "outer packaging",
                   "rma form", "admin charge", "restocking charge")),

    "mountmymonitor": ("""Cancellations, Returns and Exchanges at MountMyMonitor.com



Send us every request to return, cancel or exchange by email. Give your order number and your name, or the name of your business where there is one. With every request in writing, we can make sure each customer is looked after and gets the best buying experience we can offer. When your request reaches us, we will email you about what to do next.

Cancellations

We are glad to cancel your order provided the product has not shipped yet. If it has already gone out, see the return policy that follows.

Returns and Exchanges

After your order leaves the warehouse, you can ask (by email) for a return or an exchange within 30 calendar days of your purchase. We set the return up with the shipping company and then give you an RMA (return merchandise authorization) number to stick on the packaging of the order you send back. The shipping charges are yours to pay, however. When the product reaches us in its original condition and original packaging, we pay back the price of the product you are returning, less any restocking fee that applies and is charged by the shipping warehouse.

Products marked "non-cancellable" or "non-returnable" fall outside our return and exchange policy. The product page shows that mark clearly before you buy. The one other exception is international orders, which can never be returned or refunded

Once 31 days have gone by since you bought it, we can try to have the return approved by the manufacturer or the distributor it came from, but we cannot promise it.

Every returned item is subject to a restocking fee, and the return shipping costs are yours to pay. The restocking fee applies if the item was taken out of its original packaging or damaged in any way, such as scratches or marks from use before the return, or from the trip back to th""",
                       ("charged by the shipping warehouse", "international orders", "31 days", "subject to a restocking fee",
                        "restocking fee applies if")),

    "newprintershop": ("""newprintershop

Return & Refund Policy

New Printer Shop puts its customers' satisfaction first and aims to make returns and refunds easy. Below are the terms and the steps for sending products back and asking for a refund. Please read each point with care so that everything goes smoothly.

  1. Which Returns Qualify
    A product can be returned within 7 days of delivery when it is defective, damaged, or not as described. Items have to be unused and in their original packaging, with every accessory and all the documentation.

  2. Items We Do Not Take Back
    Some items cannot be returned unless they reach you damaged or defective: consumables (such as printer ink and toner), custom orders, and products marked "final sale".

  3. Starting a Return
    To start a return, get in touch with our customer support team and give your order details, why you are returning it, and evidence to back it up (photos of damaged items, for example). Once we approve it, we send you instructions for shipping the item back to us.

  4. Cost of Return Shipping
    The customer pays for return shipping, unless the return comes from a mistake of ours (an incorrect or defective product, for example). In that case the return shipping fees are on us.

  5. Checking Returns
    When a returned item arrives, we inspect it to make sure it meets the conditions for a return. A return that does not meet them may be refused or be subject to a restocking fee.

  6. How Refunds Are Paid
    An approved refund is paid within 7-10 business days after the return is approved, back to the original payment method. When the refund has been processed, you will get an email confirming it.

  7. Exchanges
    To exchange a product, you first send the original item back. Once that is approved, order the item you want instead as a new purchase. An exchange is eligible under the same conditions as a return.

  8. Cancelling an Order
    Orders""",
                       ("subject to a restocking fee",)),

    "network-switch": ("""Refund Policy

Ask Our Experts
Project Solutions & Tech.
Get Advice: Live Chat | +852-63593631

Refund Policy

At Network-switch.com we want every customer to have the best experience and to receive what they expected. If something you bought does not satisfy you, for whatever reason, read the return and refund policy below to see what you can do.

Returns

Products bought from Network-switch.com may be sent back on these terms:

  • Which items qualify: an item may come back within 30 days from the date of delivery, as long as it is unused, in its original condition and in its original packaging.
  • Items we cannot take back: some items cannot come back, for example personalized or custom-made products, and anything marked non-returnable at the time you bought it.
  • How to return: to start a return, write to our support staff at help@network-switch.example. We will tell you how to send the product back and, where needed, how to get a return authorization number.

Refunds

  • How refunds work: once your returned item arrives and we have inspected it, we refund you within 7-10 business days, to the original method of payment.
  • What is refunded: the refund covers the item's purchase price, without any shipping, handling or other extra fees. A partial refund may be issued if the product comes back damaged, used, or with parts missing.

Exchanges

If you would rather exchange an item for another size, colour or model, use the same return process. When the returned product arrives, the replacement goes out at no additional charge, subject to availability.

Shipping Costs

  • Return shipping fees: you pay for return shipping except when the item is defective, damaged, or incorrect.
  • Refunds of shipping costs: we do not refund shipping costs, except where the item is defective or incorrect""",
                       ("partial refund may be issued", "at no additional charge")),

    "cs1": ("""Need help? Phone us toll-free
or email:

Warranty and Return Policy

Defective Merchandise

Every cable carries a one-year guarantee against flaws in its materials or workmanship. Electronic equipment and accessories carry the manufacturer's warranty, and we will happily arrange a warranty repair or an exchange on your behalf, free of charge.

International customers

Note that most of what we sell has a warranty valid in the USA only, so for any warranty repair or replacement the merchandise has to come back to us. Every shipping/handling cost, in both directions, is yours to pay.

All Customers

Every return needs a Return Merchandise Authorization (RMA). Get in touch with us for the authorization and the instructions.

Non-defective Merchandise

Returns of merchandise that is not defective are subject to restocking fees. Some examples of the fees follow:

Un-opened merchandise

A return that has not been opened carries a restocking fee of 5% (minimum). Merchandise we do not keep in stock carries a restocking fee of 20 percent (minimum).

For "Custom" cables, meaning any cable built or customized when it was bought, the restocking fee changes with the degree of customization and the state of the return. Configurations that are very common carry a 20% restocking fee, and very unusual ones may need restocking fees up to 60%, in both cases provided the cable(s) come back in pristine condition. We know this range is wide, so ask us if you have a question about a specific cable.

Special-order items cannot be refunded.

We do not refund shipping/handling fees, and every shipping/handling cost linked to the return and/or replacement is yours to pay. Where an item shipped "free", the customary shipping/handling fees are added on top of your restocking fees.

Opened merchandise

Special-order items cannot be refunded.

B-Stock or "open box" electr""",
            ("in both directions", "subject to restocking fees", "5% (minimum)", "20 percent (minimum)",
             "degree of customization", "up to 60%", "customary shipping/handling fees")),

    "naturalsound": ("""Return / Exchange Policy
Every order comes under our 10-Day Return/Exchange policy.
For a full refund, we only ask that the item(s) come back to us in original condition. That means we need every piece of packaging, the remotes, accessories and manuals with the return, and the goods must be in new and re-saleable condition.
Conditions for returns:
• Items that are damaged, or that lack their packaging or accessories, may not be accepted back for credit or refund.
• Where missing or damaged packaging means the product can no longer be sold as new, we may charge a restocking fee (typically 20%). We do not refund shipping fees.
• The customer pays to ship returned items. We do not accept COD shipments. Returned items stay the customer's responsibility until the goods arrive safely with us. Pack goods so that they are reasonably protected from damage on the way. Items that are packed insecurely or wrongly may be refused and sent back to the customer.
• Every return needs our approval before it is sent. For a return/exchange authorization, just get in touch; a member of our sales team will come back to you with the return details. You will speak with a real person, since we aim to give the best service at every step. Items returned to our store have to be sent back by the original purchaser and must come with a copy of the sales receipt.
Note that special-order items, open headphones, and items installed into custom applications (for example in-wall, ceiling or outdoor speakers) cannot be returned for an exchange or refund.""",
                     ("typically 20%", "cod shipments", "until the goods arrive safely", "original purchaser")),

    "mobilegpsonline": ("""Menu
Cart 0

Return & Refund Policy

Can items bought from Mobile GPS Online be returned?
Yes. Most new and unopened items (apart from the non-returnable items listed below) can be returned within 15 calendar days of receiving your order. If the return is caused by our error, we also pay the return shipping costs. Each return needs our approval first, through a Return Material Authorization (RMA) request. We accept no return that has no RMA #.

Will you replace my item if it is defective?
Yes. If the item proves defective inside the return policy period, you can send it back, and it will be replaced with the same item only. After that period ends, the manufacturer's warranty applies, and you should go to the manufacturer directly for repair. Every defective return is tested carefully to confirm the defect; if the defect cannot be verified, we send the item back to you at your expense.

Who pays for returning a defective item?
Except where the return comes from a shipping error of ours, Mobile GPS Online shares in the shipping costs of sending defective items back and replacing them. We follow the same idea as a retail store would: you would have to take the item back to the store yourself to return it.

Can items be exchanged?
Yes. Place an online order for the item you would like, when it suits you, and then ask for an RMA number to return the original item. Be sure to send back every item that came with your original unit; without them, your return cannot be processed. An original item still in its original package (unopened) earns back the full price. Where the original package has been opened, your refund may have a 15% restock fee taken from it.

Which items cannot be returned?
Unless they are defective, we cannot take back these items:
 • Items on clearance, special order items, and digital products (videos, software, documents and so on) that have no protections""",
                        ("manufacturer's warranty", "defect cannot be verified", "shares in the shipping costs",
                         "15% restock fee")),

    "homesecuritystore": ("""Expert Advice You Can Trust!

888-501-7870

Return Policy

30 Day Money Back Guarantee


Home Security Store works to make sure that every purchase from our store leaves you satisfied. Should something go wrong with what you bought, Home Security Store gives a 30 Day Money Back Guarantee (less a 20% restocking fee) on all our products and services (special order items excluded). Just ring (800) 954-0422 during our usual business hours, and a Return Material Authorization (RMA) number is yours at once.

Shipping problems, such as a missing item or an item the carrier damaged, have to be reported to us within 15 days of delivery: phone customer service on (888) 501-7870 during their usual hours, from 7:00 AM until 4:30 PM PST, Monday to Friday.

Back to Top

Holiday Extended 30 Day Money Back Guarantee


The holidays are coming, and we know many things you buy will be gifts for friends and family. For this holiday season, our Return Policy is extended for every purchase made between November 1, 2013 and December 29, 2013. Anything bought between those dates can be returned for a refund until January 31, 2014.

All returns must reach us within 30 days of receipt of item(s). Read the conditions below. When they are not met, Home Security Store may refuse the return or charge a 20% restocking fee.

Back to Top

Return Material Authorization (RMA) Number


Every return MUST carry a Return Material Authorization (RMA) number. For an RMA number, phone the Technical Support Team on (800) 954-0422 during their usual hours: from 6:00 AM until 4:00 PM PST, Monday to Friday.

Back to Top

Restocking Fee



So that everyday products cost less to begin with, a restocking fee is charged by Home Security Store. Every return for a refund carries a 20% Restocking Fee. Please Note: Shipping charges that Home Security Store accrued are""",
                          ("november 1, 2013", "january 31, 2014")),

    "tabletsdevice": ("""EASY RETURNS POLICY

Not happy with the item? That's fine: send it back and get a full refund. We process almost every refund on the day it arrives!

Return Policy



Returns are accepted within 30 days of your order reaching you. Before sending an item back, please read the return terms below with care. Refunds go back to your original method of payment.



– You may return a purchase within 30 days from the delivered date.

– Items have to be unused and undamaged, in original packaging, with everything in the package intact! Otherwise the buyer bears every fee incurred and gets no refund.

– Return shipping is paid by the buyer.

– If the item is dead on arrival (DOA) or is the wrong item, take a picture as proof of the defect and get in touch with us in 3 days. We might then want the item sent back to us, and in that case your postage is reimbursed.

– If the product does not please you for a reason of your own, such as its colour, its size, or any other reason that is not a quality issue, you pay every return cost, potential customs tax included.

– For a defective item you want to return later than 30 days from the delivered date, a free repair of your order is possible. The shipping to us is yours to pay, and we pay the shipping back to you.

– If any accessories are missing or lost when your package arrives, get in touch in 3 days with photo proof; we sort the problem out in 3 business days and send the missing accessories to you again.



Kind Reminder: Items outside these conditions cannot be returned. Any item returned outside the policy will be discarded, with the refund adjusted to match. An account that is flagged for returns policy violations can no longer be acce""",
                      ("customs tax", "free repair", "in 3 business days", "will be discarded",
                       "flagged for returns policy violations")),

    "nexusatori": ("""Refund policy
Who Can Get a Refund
Your item qualifies for a refund only if it is unused, still in its original packaging, and in the condition it arrived in. Your return request must be started no later than 30 days after you receive your order.
These items cannot be returned:
- Smart watches and headphones that have been opened or used
- Products that are personalized or engraved
- Software products you download
How to Return
- Email our support team at support@nexusatori.example to start a return request
- Give your order number and why you are returning the item
- Wait until we send return authorization and shipping instructions
- Pack the item securely together with all its original accessories
- Send the return as the instructions tell you
How Refunds Are Processed
When your return arrives and we have inspected it, we will tell you whether your refund is approved or rejected. If it is approved:
- The refund goes to the original payment method
- The credit should show within 5-10 business days
- Shipping costs are not refunded unless our error caused the return
We pay the return shipping for items that are defective or incorrect.
Exchanges
We replace items only when they are defective or damaged. To exchange an item for the same item, email us at support@nexusatori.example.
Late or Missing Refunds
If your refund has not arrived after 10 business days:
- First check with your bank or card company
- Ask your payment processor, since processing times differ
- If the problem remains, email us at support@nexusatori.example
Damaged or Defective Items
If a product reaches you damaged or defective, email us at once at support@nexusatori.example with photos of the item and its packaging. We will arrange a replacement or a refund.
Contact Information
For any question about our refund policy, email us at support@nexusatori.example.""",
                   ()),
}
