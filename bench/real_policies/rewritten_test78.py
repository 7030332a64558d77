"""The test78 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "mechanicalkeyboards": ("""Refund policy

Products that are new and unused may come back to us within 30 days from the date of purchase. The shipping charges on your original order cannot be refunded, because we have already paid them to the carrier that brought the order to you. It falls to the customer either to drop the item off at one of our showrooms or to send it to our return center. For how to send an item back, and for our return shipping service, see the FAQ called How Do I Make a Return?

Once your return has reached us, allow 5-10 business days for us to process it. Every refund goes back to the form of payment used for the purchase. After we issue a refund, your bank or card company may take a while to process and post it. If 15 business days have gone by since we received your return, please get in touch with us here. Gift cards cannot be returned, we are sorry to say.

Please be aware that we offer no exchanges. Every accepted return is credited to the payment method that was used. To get the same result as an "exchange" of a keyboard, send the original keyboard back and buy a new one.

Nearly every mechanical keyboard and accessory we sell carries a Manufacturer's Warranty, and a qualifying defect gets free RMA processing through the manufacturer. You need no prior authorization and no RMA number to return items. Still, if your item is having problems, it is best to reach our support team by clicking here before you return it, since some problems can be fixed with simple troubleshooting by email.

These products cannot be returned, and any of them that reach us are returned to you at your own cost:

  • Any item that was not bought from MechanicalKeyboards.com.
  • Any item that comes back more than 30 days after the day it was received.
  • Any item sent back without all of its original packaging and accessories, among them the retail box, the manuals, the cables and everything else that came wit""",
                            ("free rma processing through the manufacturer", "returned to you at your own cost")),

    "refurb": ("""If you would like to return an item or get a refund for any reason, you may, as long as the product comes back within 30 days of the purchase date. The product must come back in the condition in which you received it, and in its original packaging. Except when the product is defective (which REFURB.io decides at its sole discretion), the return carries a restocking fee of 15% of the purchase price. A return may be rejected, with no refund given, if the product is missing items it was first shipped with or is in a different condition from the one it was shipped in. Please note that add-on products are never refunded.

Return shipping is free for every customer in the Provinces of Canada. Customers in the Northwest Territories, Nunavut and the Yukon are not covered, and there the shipping fees charged on the original order are not refunded. A prepaid return shipping label from either UPS or Canada Post will be sent to you electronically; stick it on your parcel and drop the parcel off at your local post office. Your RMA # is printed on the label, but please also mark the same RMA # on each box you return.

Office Home & Student 2019/2021 is included with some of our items. Once the seal is broken, the product key is non-refundable, and it is valued at its retail price of $189.

Every refund is returned to the payment method you used when you bought.

Please remember that REFURB.io does not accept returns at its warehouse without approval. Before you send a product back, whether for a refund or for a repair under Warranty, you must first have been given an RMA # along with a shipping label (both sent to you electronically).

To get an RMA # and a return shipping label, call 1-800-000-0000 to reach a member of Customer Care, who answer Monday to Friday from 9:30 AM to 5:00 PM EST, except on Canadian holidays. You can also pick Returns & Warranties on the Contact Us form, or email rma@refur""",
               ("northwest territories, nunavut and the yukon", "mark the same rma # on each box",
                "the product key is non-refundable")),

    "gamingroomshop": ("""Our refund and returns policy runs for 15 days. Once 15 days have gone by since your purchase, we are sorry, but we cannot give you a full refund or an exchange. An item qualifies for a return only if it is unused, in its original packaging and in the condition you received it.
Partial refunds:
Partial refunds are not given. Any item you return must be complete, with no parts missing.
Refunds:
When your return has reached us and been inspected, we will let you know by email. If it is approved, we process your refund, and within a few days the money is credited back to your credit card.
Late or missing refunds:
Still waiting for your refund? Please:
- Look at your bank account once more.
- Get in touch with your credit card company, since a refund can take a while to be officially posted.
- Get in touch with your bank, as processing times differ.
If you have done all of this and your refund has still not arrived, write to us at sales@gamingroomshop.example.
Sale items:
Refunds are for full-price items only: nothing bought on sale is refunded.
Exchanges:
We replace items only when they are defective or damaged, once we have checked them. If you need to swap it for the same item, email us at sales@gamingroomshop.example.
Gifts:
Where an item was marked as a gift at purchase and shipped straight to you, you will get a gift credit worth the value of your return. If not, the refund goes to the person who gave the gift.
Shipping returns:
The shipping costs of sending your item back are yours to pay. Shipping costs are not refundable. The cost of return shipping is deducted from any refund you get. For expensive items, think about a trackable shipping service or shipping insurance, because we cannot guarantee that your returned item will reach us.
Need help?
Email sales@gamingroomshop.example with any question about refunds and returns.""",
                       ("partial refunds are not given", "marked as a gift",
                        "cost of return shipping is deducted")),

    "houstoncameraexchange": ("""RETURN POLICY
To arrange a return, please call the online sales team on 1-800-000-0000 or email web@houstoncameraexchange.example. A return needs authorization first, and we will give you a return number.
We take care to grade our used items carefully and to make sure that they work. Used items that do not work properly may be sent back within 30 days. Please prepay the postage on any item you return. If our inspection shows that the item is defective, we will credit you the return shipping, at the rate charged for the original shipping.
If you bought an item by mistake or have changed your mind, let us know as soon as you can. If the item has not shipped yet, we will cancel the transaction. If it has shipped, sending it back is up to you. As long as the item comes back in the condition in which it was sold, the whole purchase price is refunded to you within 7 days of the item reaching us.
Every return and exchange is subject to these terms:
- USED items must come back as they were when we shipped them, with any accessories that came with them.
- We refuse items bearing any mark of impact, water or sand damage.
- Items sold "AS-IS" cannot be returned.
- Returned items that reach us after 30 days may be refused, and they carry a restocking fee of at least 15%. Items that arrive after the 30 days have passed are refunded in store credit.
- When you get your item ready to ship, wrap it well in bubble wrap on every side so that nothing is damaged on the way. Please use the original shipping carton if you can.
- Put a copy of your sales receipt in the parcel, with the returned items circled. Write the return authorization number our online sales team gave you on the receipt, and add a phone number where we can best reach you.
Send returns to:
Houston Camera Exchange
Attention: Web Sales
1 Example Avenue
Houston, TX
Once your item has arrived, our sales department will contact you to confirm the amount of your refund and/or exchange.""",
                              ("used items that do not work properly", "used items must come back as they were",
                               "restocking fee of at least 15%", "refunded in store credit",
                               "write the return authorization number")),

    "skyflow": ("""Return & Refund Policy
Last Updated: January 15, 2026
SkyFlow Drone Shop focuses on top-quality aerial equipment for farming and enterprise use. We know that an enterprise drone or a spray drone costs a great deal. This policy sets out what you may expect, and what we expect of you, when you return an item or ask for a refund or an exchange.
1. Return Window
You may ask for a return within 30 days of the delivery date. After the 30th day from delivery, we are sorry, but no refund or exchange is possible.
2. Eligibility for Returns
Because our products are technical, an item can come back only if it meets all of these strict criteria:
- Unactivated: the drone or equipment must never have been activated or linked to a user account (with DJI, XAG or another manufacturer, for example). A product counts as "used" and can no longer be returned once it is activated, since its warranty starts on that day.
- No Flight Time: the drone must never have flown; when it comes back, we may check its internal flight logs.
- Original Condition: the item must be unused, in the condition you received it, and in its original packaging with every plastic seal intact (where it has one).
- Complete Accessories: nothing may be missing, and every accessory, manual, cable and part has to come back.
3. Non-Returnable Items
- Activated Drones/Payloads: a unit that was already activated or registered electronically.
- Software Licenses: enterprise software licenses or digital keys, once redeemed or sent to the customer by email.
- Custom Builds: any drone modified or custom-built to what a client asked for.
- Batteries: batteries that have been opened or used cannot come back, because of the shipping rules for hazardous materials.
- Gift Cards.
4. Restocking Fees
Checking, testing and putting high-tech enterprise equipment back on the shelf costs us money, so:
- Unopened Items: no restocking fee (the return shipping is paid by the customer).
- Opened but Unused/Unactivated: Subject to""",
                ("internal flight logs", "unopened items: no restocking fee", "opened but unused/unactivated")),

    "smarterhomeproducts": ("""Each order is packed by hand and checked before it ships, but we still want you to be fully happy with what you bought. Should you wish to return an item or exchange it, email us at info@smarterhomeproducts.example within 30 days (counting the delivery day as Day 1). You must also request an RMA # by completing the return online here. When the product has reached us and we have checked the condition set out below, we will ship you a replacement or, if you ask for one, give you a refund (less restocking fees).

Returns are not accepted after 30 days.

We refund unopened boxes only. If you have any concerns about the product you received, please contact us prior to opening it. For quantity-discounted items, a return must include as many items as were bought to qualify for a full return or refund (less any restocking fees). For example, if you send back 2 of 3, the full price of the item you keep is deducted before the refund is made. Put simply, if one item costs $50 and three cost $100, returning two brings a refund of $50 once the full price of the single item is deducted, since no quantity discount then applies (plus any restocking fees). For full credit or a refund, all 3 would have to be returned. Any question about your return is welcome: contact us and we will gladly help.

Packages that have been tampered with or opened usually do not qualify for a full refund, but a store credit, or a discount on another item, may be offered instead. Contact us for details.

Returns must reach us within 7 days of the return being approved.

Send every return by the same method we used to send the package, using USPS Delivery Confirmation. We do not refund return postage except where we agree to, case by case.

*Every return is charged a $10 restocking fee per item. Shipping and handling charges are never refunded.

Exceptions are not made to o""",
                            ("contact us prior to opening", "a return must include as many items as were bought",
                             "all 3 would have to be returned", "packages that have been tampered with or opened",
                             "$10 restocking fee per item")),

    "chargerhouse": ("""Return & Exchange Policy
Customer satisfaction matters to us at Charger House, and we stand behind the quality of what we sell. If your purchase does not fully satisfy you, our return and exchange policy is simple to use. The details follow.
Eligibility for Returns & Exchanges
- Send items back no later than 7 days after delivery.
- Only unused products, still in their original packaging and fit to be sold again, qualify.
- Every return and exchange needs proof of purchase (the order receipt or the invoice).
Non-Returnable & Non-Exchangeable Items
Some items cannot be returned or exchanged, among them:
- Items that were used, damaged or altered once they had been delivered.
- Products that lack their original accessories or packaging.
- Personalized or custom items.
- Items sold on clearance or as final sale.
Return Process
-
Receive Return Instructions: you will get a return authorization from us, with instructions for shipping.
-
Ship the Product: wrap the item securely, then send it to the return address we give you.
-
Inspection & Refund: once it is with us, we check the product and refund you within 15 business working days.
Note: the customer pays for return shipping, except for a defective or incorrect item.
Exchange Process
- For an exchange (another model, or a replacement), go through the same return process and say in your request that you want an exchange.
- Whether an exchange can be made depends on stock. When the item you ask for is out of stock, you get a refund or store credit instead.
Refund Policy
- We refund to the payment method you checked out with.
- How long processing takes depends on your bank or payment provider.
- We refund shipping fees only when the item was defective or incorrect.
Damaged or Defective Items
If a product reaches you damaged or defective, get in touch no later than 2 days after delivery, sending photos or videos that show the issue. We will then replace it or refund it in full.""",
                     ("depends on stock", "when the item you ask for is out of stock")),

    "headphonezone": ("""Headphone Zone keeps its policies *sound*, so that buying headphones is as smooth and simple as it can be for you. Honestly, it hurts us whenever a customer says the new headphones are not for them, and every time we have sent out a defective product without knowing. That is why our policies are easy to follow, and built around the reasons customers most often give for returns and cancellations.

Every product can be returned for a replacement if it is defective. This policy runs across the whole site and covers every product, whether new, unboxed, pre-owned, refurbished or a demo unit.

Look at the returns section of the product page (under the buy button) to see whether a product comes under our 7 Days Replacement or our 7 Day Returnable policy.

7 Days Returnable

A product shown as "7 Days Returnable" can be both exchanged and replaced. You will see this on the product page:

A "7 Days Returnable" product can be exchanged within 7 days of delivery, should you not be happy with it, as long as it works 100%. Once it reaches us and our inspection team finds it intact with all of its accessories, we give you its full value as store credit, to exchange it for another product of your choice. We do not give refunds.

A "7 Days Returnable" product can ALSO be replaced within 7 days of delivery, should it turn out to be defective. This does not apply to customers who are simply not happy with the product. Once our inspection team has confirmed the manufacturing defect, we replace the product you originally ordered. If no replacement is available, you may pick another variant, or we will give you full store credit or a full refund.

7 Days Replacement

A product shown as "7 Days Replacement" can only be replaced. You will see this o""",
                      ("7 days replacement or our 7 day returnable", "if no replacement is available",
                       "can only be replaced")),

    "coolgales": ("""Returns

We want every customer to be delighted with everything they buy from us. If something of any kind is wrong with your purchase, all we ask is that you phone or email us first. If we can fix the problem while the product is still with you, everyone is happy!

Special order items, phono cartridges and styli come back only when they are faulty (and not if they have been damaged by accident!). Consumable items such as cleaning fluids cannot be returned in any circumstances once they have been opened.

These conditions apply to every other product:

When your purchase arrives, checking the condition of the package is up to you. If the package has plainly been damaged in transit, refuse to accept it, so that the carrier takes it back to us. Tell us by phone or email, and a replacement item will go out to you as quickly as we can manage.

For 10 days, we give a no-quibble, money-back guarantee (apart from the special order items, cartridges, styli and consumables noted above). If you are unhappy with your purchase in any way, phone us or email us. We may well ask you quite detailed questions: we want to understand why you are dissatisfied, for our own records and as feedback for our suppliers. We will send you a Returns Authorisation Number. No item can be returned to us without a Returns Authorisation Number.

Your purchase must be sent back within 5 days of your receiving the Returns Authorisation Number. When the item reaches us, we refund the full purchase price, as long as the item comes back in "as-new" condition, its packaging all intact and the manuals, plastic bags, labels, cable ties and packing slips included: in short, everything just as you received it.

If anything comes back not in "as-new" condition, we are sorry, but we will have to charge a 20% restocking fee, and also what the labour and materials cost to bring the item back to "as-new" c""",
                  ("refuse to accept it", "20% restocking fee, and also what the labour")),

    "wecomputing": ("""Cart
No products
Shipping £0.00
Tax £0.00
Total £0.00
Prices include tax
Check out
Categories
We Computing google rating
Cancellation and Returns

Hardware
Should you change your mind for any reason and want to return or cancel your order, we will gladly refund or exchange your purchase, provided it is unopened and in its original packaging. You have 21 days after delivery to do this, and an admin fee of 17% of the amount paid is deducted to cover delivery, restocking, time and so on.

Software
Software, whether bought with hardware or on its own, cannot be refunded, because of the nature of the product and its licensing.

We cannot refund or cancel your purchase:
• if you send the product back to us without proof of purchase
• if the product comes with a service contract and you already started using the services
• if the seal on any DVDs, CDs or memory cards, games included, has been broken
• if the goods were specially ordered to your specification

Special orders
Any order that needs software or hardware installed or configured before delivery to suit your needs carries a labour fee, currently £49 +VAT, in addition to the 17% admin fee described above.

When your item comes back to us, we process it and, after inspection, let you choose between a replacement and a refund.

Ways to return your purchase
1. Take the product, your receipt and the card you paid with to any of our stores, so that we can credit the card.
2. Through our website, or by phone on 020 0000 0000.
3. A refund is credited to your payment card in 3-5 working days.""",
                    ("started using the services", "labour fee, currently £49", "any of our stores")),

    "radiosacrossamerica": ("""Terms and Conditions
Overview
Returns and refunds are open for 30 days. After 30 days from your purchase, a full refund or an exchange is no longer possible.
An item can be returned only if it is unused, in the condition you received it, and in its original packaging.
Some kinds of goods cannot be returned:
- Software of any kind on physical media, such as programming software or drivers, cannot be returned.
- Downloaded material cannot be returned: white papers, product reviews, article or post reprints, and magazines or catalogs in print or electronic form, whether as PDF or in another format.
- We take back no product or accessory that has been installed, is damaged, or bears signs of wear and tear.
Other items that cannot be returned:
- Gift cards
- Downloadable software products
We need a receipt or proof of purchase to complete your return.
Your purchase should not be sent back to the manufacturer.
In some situations we grant only a partial refund:
- ANY ITEM that has clearly been used.
- Anything no longer in its original condition, or damaged or incomplete through no error of ours.
- Any item that comes back over 30 days after delivery.
Refunds
When your return has arrived and been inspected, we will email you to say that your returned item has reached us. We will also tell you whether your refund is approved or rejected. With an acceptance we will include your RMA number (the Return Materials Authorization Number).
If it is approved, your refund is processed and credited automatically, within 3-5 business days, to your credit card or whichever method you originally paid with.
Late or missing refunds
If your refund has not arrived yet, first look at your bank account again.
Then get in touch with your credit card company; it can take a while for your refund to be officially posted.
Next, get in touch with your bank. Some processing t""",
                            ("back to the manufacturer", "we grant only a partial refund",
                             "we will include your rma number")),

    "networkcamerastore": ("""Return & Refund Policy

Customer service is here to help with your return. If you want information about returns or have a question, reach customer service using the email form lower down on this page, or call 833-000-0000.

Please read every condition below. Return requests must be made in writing: email us at sales@networkcamerastore.example, send a request through the form below, or speak with a Network Camera Store representative. We do not act on requests left by voicemail.

Starting the Process:

Every returned item needs a Return Merchandise Authorization (RMA) number from a customer service representative before it is shipped. To get an RMA number, contact us by phone or through the email form at the foot of this page, and give us all the relevant details, such as the order number, why you are returning it, what condition the item is in and the serial number of each product you send back. Network Camera Store then issues an RMA number that stays valid for ten (10) days; anything shipped once it has expired will be refused. Network Camera Store may require the customer to send goods straight to the manufacturer or to a distribution warehouse in the USA or Canada.

For All Returns:
Never ship in the manufacturer's original box alone: place the original box inside a shipping carton. Write the RMA number clearly on the outside of the shipping box. The customer pays the return shipping charges. We recommend tracked and insured shipping. Damage in return transit, and lost or damaged packages, are not our responsibility.

Returns within 30 Days of Purchase:
Some manufacturers take no returns; Axis and Cyberpower, for example, refuse every return. If you are unsure how returns work for the product you are""",
                           ("requests left by voicemail",
                            "straight to the manufacturer or to a distribution warehouse",
                            "clearly on the outside of the shipping box", "some manufacturers take no returns")),
}
