"""The test57 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "vacuumgenie": ("""Returns Policy

Where to send returns: please post the item to our returns address, Vacuum Genie, Empress Business Centre, 380 Chester Road, Manchester, M16 9EA

1. Returning Brand New, Unopened Items Whose Packaging Is Undamaged

Sending back a brand-new item that has never been opened and whose packaging is in perfect shape is simple.

Your Right to Cancel: You may cancel your order at any point within 30 days of the goods reaching you. You don't have to give a reason, as long as the item is still brand new and in its original condition.

Asking for a Refund: To get your money back, just post the item to us within 30 days of receiving it.

How We Refund: When the item is back with us and we have checked its condition, we will arrange a full refund of what you paid straight away. That keeps things easy for anyone wanting their money back on a brand-new item that was never opened and whose packaging is undamaged.

Returning in Time: To be refunded, make sure the item comes back to us within the 30 days from the date you received it.

2. Returning Items That Have Been Opened or Whose Packaging Is Damaged

For items that have been opened and whose packaging is damaged, please take these steps so the return goes smoothly:

What We Need Back: If you chose the wrong item(s) or simply changed your mind, the item must come back in perfect condition, fit to be sold again. That covers the product itself and everything that came with it, such as its packaging and instructions.

No Marks or Damage: While you are using or trying the item, please don't write on it or damage it, its packaging or its instructions.

Sealed Retail Packs: Products sold in clear sealed retail packaging (blister packs) or in clear sealed bags can't be sent back once they have been opened. Please be completely sure about the product before you break the seal.

Returning in Time: The return has to be started within the period we set, normally within 30 days""",
                    ("sold in clear sealed retail packaging", "please don't write on it or damage it",
                     "if you chose the wrong item(s) or simply changed your mind")),

    "qualitycoffee": ("""Contact Us >

Returns & Cancellations

If you aren't fully happy with what you bought, just send the item back to us in its original condition within 7 days of getting it.
Items sent back should not have been used, and must come back in their original packaging together with any documents that came inside. Once they reach us we will refund you, minus a 20% restocking fee and not including the original delivery charge.
Please be aware:
1. We only take goods back if they are sent off within 7 days of delivery, unless we have told you otherwise.
2. The item remains your responsibility until it arrives with us, so to protect yourself we advise sending the parcel with a delivery service that insures you for what the goods are worth.
3. You pay the cost of sending the item back to us.
4. We only refund delivery charges when the goods are faulty and you are given a refund.


RETURNING GOODS
We won't take back any consumables that have been opened or used, for a refund or for an exchange.
As for accessories (anything that isn't coffee), if you want to return goods that aren't faulty, we accept them up to 7 days after they reached you (the time you received the goods counts from the date you signed for them

CANCELLATIONS
You can cancel your order right up to the moment it is dispatched. That normally happens within 48 hours of the order being placed, though it may take more or less time depending on circumstances. If you cancel before dispatch, anything you have paid will be refunded to you in full, provided the goods have not been sent out.

If you cancel after the goods have already been dispatched, the order is handled as a 'return', and you, the customer, are fully bound by the returns policy set out above.



Subpages (1): Thank You!
Comments""",
                      ("the item remains your responsibility until it arrives with us",
                       "any consumables that have been opened or used", "as for accessories (anything that isn't coffee)",
                       "the order is handled as a 'return'")),

    "usairpurifiers": ("""Returns and Exchanges

Thanks for choosing US Air Purifiers LLC. We want your shopping to go perfectly.

Once in a while you may need a hand with a return. No need to worry! What follows will help you with it. If you have a particular question about one of our suppliers' return policies, you are welcome to ask that supplier directly as well.

Because we stock a wide range of brands and go by each manufacturer's return policy, we always suggest asking us if you have questions. We do follow the manufacturers' rules and guidelines, but sometimes we make exceptions and are glad to talk options through with you.

What We Don't Take Back: We accept no returns on commercial units, international orders, custom designs, installed or HVAC systems, 220V units, Electrocorp products or bulk shipments. Filters and bulbs can't be returned once they have been opened. Once a product is more than 30 days old it can't be returned, even if 1. it is the wrong product, 2. the customer has changed their mind or no longer needs it, 3. it is unused, and so on. Because we go by our manufacturers' rules, please look the units over when they arrive to make sure everything is right.

Orders From Abroad: Please note that warranties only apply in North America. Get in touch if you have any questions. Orders shipped overseas come with no warranty and cannot be returned. A few suppliers will make an exception when a unit has broken inside, but that is decided case by case. Usually, when that happens, the supplier repairs the unit and the customer pays the shipping both ways (to the supplier and back again).

Electrocorp: Please be aware that Electrocorp is an exception to the returns policy. Electrocorp allows no returns at all and gives a 1 year warranty on every product. We know these commercial grade units are a big investment, so we go further to make sure our customers understand the unit(s) they are buying, such as """,
                       ("filters and bulbs can't be returned once they have been opened",
                        "orders shipped overseas come with no warranty and cannot be returned",
                        "when a unit has broken inside", "the customer pays the shipping both ways")),

    "stagecoachroad": ("""Refund Policy

We guarantee that each of our restored vintage sewing machines matches the listing it appears in. If it doesn't match the description, you can send it back within three days of delivery. Where the problem can be put right easily, for example by sending a missing item or helping you with a simple adjustment, we will try that first to sort things out.

We also guarantee that your machine works as it should. It's up to you to test the machine as soon as it arrives. If it has mechanical problems, you can send it back for a full refund of what you paid for it, as long as you tell us within 3 days of delivery. Here too, if there is an easy fix, such as swapping a part or accessory (a foot control or presser foot, say) that any user can do, we will try that first.

We restore each machine to work at its best, but we don't hide the marks of a lifetime's use. Chips, scratches, fading and the like come with a vintage sewing machine and don't count as grounds for a return or a refund.

We know that things can go wrong despite our best efforts. We are trained shippers who know how to pack a heavy machine and send it across the country, but accidents on the way still happen now and then.

That's why you, the buyer, pay for insurance covering any damage that might happen. If the carrier damages your machine, you will be paid out by the insurance when and as the claim is settled.

If your parcel shows signs of damage when it arrives, please take a photo of the package before you open it, and if you find damage once it's open, keep all the packing materials for the insurance.""",
                       ("we will try that first to sort things out", "that any user can do, we will try that first",
                        "don't count as grounds for a return or a refund", "you, the buyer, pay for insurance",
                        "you will be paid out by the insurance", "take a photo of the package before you open it")),

    "filters4h2o": ("""Product Return Policy for Filters4h2o US LLC

   Back to Home Page

Cancelling an Order Before It Ships
Cancelling an order before it ships costs you nothing if the item was one we keep in stock. If you ordered a special order product (one not listed on our website, or a variation we don't stock), we may charge a restocking fee of the inbound freight plus 25% of the order's sale price.
Cancelling an Order After It Ships, Product Undamaged. "Contact us before you send any product back"
Once an item has left us, you pay the outbound freight plus any freight we are charged for its return. If the product comes back unopened and undamaged, we credit you the product price minus the return freight costs. We do not credit the freight charges for shipping to you.
Damaged Product Received, Possibly Damaged by the Carrier "Contact Us Straight Away"
Always look your package over before you sign the UPS receipt. Your signature on the UPS receipt confirms it arrived in good condition. Point out any damage to the package to your UPS driver. If you think your shipment may be damaged, open the package while the UPS driver is there. Phone us straight away. Once you have called, we will file a UPS claim form and begin a new order. Keep all the packing materials, as UPS sometimes wants to inspect the shipment. We will do our best to get a replacement order to you quickly. Returns damaged by the carrier, and their replacements, cost you nothing.
We Send You the Wrong Product "Contact us straight away for a replacement"
If we send you the wrong product, we will issue a UPS call tag to collect it and start a new order with the right product. We pay all the freight charges.
Your Order Arrives Incomplete
If your order arrives short, phone us or email us. We will send you the right product. We pay all the freight charges. Sometimes we deliberately ship sho""",
                    ("a special order product", "your signature on the ups receipt confirms",
                     "point out any damage to the package", "keep all the packing materials",
                     "sometimes we deliberately ship sho")),

    "superjuiceme": ("""Returns Policy

Returns Policy

Please get in touch with the office before sending anything back, so we can give you a returns authorisation number. Have your order details ready when you phone us.

We will authorise a return in these cases:

Faulty or damaged item

Any item that was faulty or damaged when it reached you can be sent back for a full refund. We will refund your card once the item is back with us and processed. In these cases we refund the return postage as well (UK only). Please note that all our electrical appliances have UK plugs, so customers must check what their own country needs – and Juice Master won't pay postage from outside the UK if there are any warranty problems.

Our Terms & Conditions have more on this.

Duplicate or incorrect item

Any duplicate or incorrect item we sent you by mistake can be sent back for a full refund. We will refund your card once the item is back with us and processed. In these cases we refund the return postage as well.

Our Terms & Conditions have more on this.

Unwanted item

Any item can be sent back within 7 days of receiving it, for a full refund. We will refund your card once the item is back with us and processed.

We only refund postage when the return is down to a mistake of ours.

 

While the goods are with you awaiting return, you must look after them reasonably. We only take goods back in their original packaging and without signs of wear or tear. Using the goods beyond what is needed to inspect them on delivery means you lose the right to a full refund.""",
                     ("(uk only)", "won't pay postage from outside the uk", "duplicate",
                      "you must look after them reasonably", "beyond what is needed to inspect them")),

    "heater": ("""Return Policy | Heater.com
notice

Return Policy

How Returns Work

Our 30 day return policy is an easy one. If you choose to send your products back within that time, we refund what they cost, minus any ground shipping costs for sending them back. Items have to come back like new or unused, with every part, accessory and manual, and in their original packaging. Otherwise, the return may get only a partial refund or carry a restocking fee (of as much as half the price of the products).

From 30 days up to 90 days, you pay the return shipping and a restocking fee of 30% of the total purchase price. Nothing can be returned after 90 days. UPS will try to collect the heater three times across the following three days. We suggest calling your local UPS Dispatch Center to arrange the collection so UPS can pick the package up when it suits you. If UPS can't collect the package on any of the three tries and you haven't contacted them beforehand, a new shipping label has to be issued. You will then need to phone us so we can issue a new call tag, and UPS will try to collect again.

Please keep in mind:

  • Every return must be approved before you send the products back, so please get in touch first; "blind" returns aren't properly recorded and may not be refunded.
  • When the return is down to our mistake, e.g. the item was defective straight out of the box or we shipped the wrong item, we pay for return shipping (and refund the return shipping charges in those cases)
  • Customers need to check their package on delivery to make sure it wasn't damaged in transit. Please tell us about any such damage straight away so we can start the damage claim
  • Once an order has shipped it can't be cancelled. If you decide to cancel after it ships, our usual return policy applies.
  • Every returned item has to be in new condition and in the original packaging f""",
               ("as much as half the price of the products", "from 30 days up to 90 days",
                "three times across the following three days", "issue a new call tag")),

    "dehumidifierchina": ("""Refund policy

If you aren't happy with our goods and would like to send them back for a refund or an exchange, message our after-sales Customer Service (hello@dehumidifier-china.com); we will answer within 24 hours (weekends aside) with more details and some helpful advice.

Our return policy runs for 10 days, so you have 10 days from receiving your item to ask for a return.

To qualify for a return, the item must be in the condition you received it, not worn and not used, with its tags, and in its original packaging. You will also need your receipt or proof of purchase.

To begin a return, email us at hello@dehumidifier-china.com; we'll send you a return shipping label and tell you how and where to send your parcel. We won't accept items sent back to us without a return being requested first.

For any question about returns, you can always reach us at hello@dehumidifier-china.com.


Damage and problems
Please check your order when it arrives and get in touch at once if the item is defective or damaged, or if it isn't the item you ordered, so we can look into it and put it right.


Exceptions / items we don't take back
Some kinds of items can't be returned, such as perishable goods (food, flowers or plants, for example), custom products (special orders or personalised items, for example) and personal care goods (beauty products, for example). We also don't take returns of hazardous materials, flammable liquids or gases. Please contact us if you have questions or worries about your own item. We're sorry, but we can't take returns of sale items or gift cards.

Exchanges

The quickest way to get what you want is to send back the item you have and, once the return has been accepted, buy the new item separately.


Refunds
Once your return has arrived and been inspected, we will tell you so, and let you know whether the refund has been approved. If it has, you will be refunded automatically""",
                          ()),

    "appliancespartsstore": ("""At Appliances Parts Store, we want you to be happy with everything you buy. If for whatever reason your order doesn't satisfy you, we are here to help with returns and exchanges.
Any questions about returns or refunds? Our customer service team is glad to hear from you at [email protected]
If your item reaches you damaged or defective, please get in touch within 48 hours of receiving the order. We will sort out a replacement or a refund at no extra cost to you.
You can cancel your order as long as it has not been processed or shipped yet. Please ask our customer service team to cancel it as soon as you can. Once the order has shipped, our return policy applies instead.
Any questions about returns or refunds? Our customer service team is glad to hear from you at [email protected]
1. Email our customer service team at [email protected] for a Return Merchandise Authorization (RMA) number.
2. Pack the items carefully in their original packaging, with every component and manual.
3. Write the RMA number clearly on the outside of the parcel.
4. Send the item to the return address we give you. The customer pays for return shipping, unless the return is because of a mistake of ours.
When your return has arrived and been inspected, we will tell you how your refund stands. If it is approved, we will process the refund and credit the amount to your original payment method within 7-10 business days. Shipping costs are not refunded.
If you want to swap an item for a different one, please go through the return process and place a new order for the item you want instead. We only handle exchanges once the returned item has arrived and been inspected.
If your item reaches you damaged or defective, please get in touch within 48 hours of receiving the order. We will sort out a replacement or a refund at no extra cost to you.
You can cancel your ord""",
                             ("we only handle exchanges once the returned item has arrived",)),

    "bbqtradition": ("""Refund Policy

Refund Policy

----

Returns
For unused items we refund the whole purchase price up to 30 days after the purchase date. Items have to come back unused and in their original packaging. Items that don't live up to your expectations can be returned for all or part of what you paid.

For used items to be returned, they have to come back in the condition you received them in.

In some cases only a partial refund is given (if applicable). These include items sent back in original condition, items with damaged or missing parts for reasons that aren't our fault, and any item sent back after 30 days.

For returns more than 30 days after purchase, please get in touch.

Items we don't take back:
Gift cards, flammable or hazardous items, downloadable products, and some health and personal care items

To finish your return, we need a receipt or proof of purchase.

Please don't send what you bought back to the manufacturer.

Refunds (if applicable)
When your return has arrived and been inspected, we will email you to say your item has reached us. We will also let you know whether your refund has been approved or rejected.
If it is approved, your refund will be processed and the credit applied automatically to your credit card or original payment method within a certain number of days.

Late or missing refunds (if applicable)
If your refund hasn't arrived yet, first look at your bank account again.
Then get in touch with your credit card company; it can take a while before the refund officially shows.
Then get in touch with your bank. A refund often takes some processing time before it is posted.
If your refund still hasn't arrived after all that, please email us at service@bbq-tradition.com.

Sale items (if applicable)
We refund regular priced items in full; items bought on sale can only be refunded up to their sale price, once BBQ Tradition has reviewed them.

Exchanges (if applicable)
We """,
                     ("can be returned for all or part of what you paid", "for used items to be returned",
                      "only a partial refund is given", "for returns more than 30 days after purchase",
                      "don't send what you bought back to the manufacturer", "refunded up to their sale price")),

    "pizzaovenstore": ("""Pizza Oven Store Returns and Refunds Policy
At Pizza Oven Store, we are proud to have one of the best return policies in the business. You can cancel your order free of charge at any point before it ships (with a few exceptions, such as custom orders—see below).
For questions, please email support@pizzaovenstore.com or phone us on (850) 713-5816.
Cancelling (Before Your Order Ships)
If you need to cancel, please get in touch as soon as you can so we can refund you in full before the order leaves the warehouse. During business hours you can phone us on (850) 713-5816, use the chat at the bottom right of the page, or email support@pizzaovenstore.com.
Cancelling Custom Orders
Custom or made-to-order products can't be cancelled or refunded, because they are built to your specifications. Production starts as soon as a custom order is placed, and each unit is made exactly as you asked. Your warranty will still guarantee a product that works fully and properly.
If you aren't sure whether your order counts as custom or made-to-order, please ask us and we'll gladly tell you.
**Note:** Every sale of a custom-made or made-to-order product is final.
Refunds and Returns
You can exchange your product if you need to, but you pay any shipping costs that come with the return or the exchange.
Not every product can be returned once it has shipped. We deal directly with manufacturers, and some of them don't allow returns. Whether you can return something depends on the product and the manufacturer, so please ask us about your own item.
**Important:** Because freight and shipping charges keep rising, every outright return carries a 25% cancellation fee on top of the return shipping costs. If you are replacing the product, we may be able to cover some of these costs, depending on the item.
You have 30 days from""",
                       ("some of them don't allow returns", "if you are replacing the product")),

    "icemachines": ("""Refund and Return Policy

Overview

Thanks for shopping with IceMachines! We want you to be fully happy with what you buy. If for any reason your order doesn't please you, our return and refund policy is simple. Please read the guidelines below to see how we deal with returns and refunds.

Returns

Most products can be returned within 30 days of purchase. If your item doesn't satisfy you, you can send it back for a refund or an exchange on these conditions:

  • Return Period: Items have to come back within 30 days of the delivery date.
  • Condition: Products have to be unused and undamaged, in their original packaging, with every accessory, manual and any promotional items included.
  • Items We Don't Take Back: Some products, such as custom-made or special-order items, may not be returnable. Any such exception will be shown clearly on the product page when you buy.
  • How to Return: To start a return, please email our customer service team at contact@icemachines.shop or phone +1 804-541-2011 for a return authorization and shipping instructions.

Refunds

When your returned item arrives and we have checked it meets our return policy, we will process your refund. Please allow up to 7-10 business days for the refund to show on your original payment method.

  • How We Refund: We refund to the payment method you used at checkout.
  • Processing Time: We process your refund after the returned item has arrived and been inspected. Please note that your bank or card company may take several business days to post the refund to your account.
  • Restocking Fee: Some returns may carry a restocking fee. If so, we will tell you clearly when you contact our customer service team to start the return.

Exchanges

If you want to swap a product for a different model, colour or size, please follow the r""",
                    ("any promotional items included", "some returns may carry a restocking fee")),
}
