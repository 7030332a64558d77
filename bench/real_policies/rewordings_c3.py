"""Two more wordings of each item of paraphrases_c3.py, in our own words, each stating the same facts
(rewordings.py reads them with the item's facts)."""

REWORDINGS: list[tuple[str, str]] = [
    # --- forgecomputers -----------------------------------------------------------------------------------
    ("forgecomputers-1", """PC not behaving as promised after you've set it up? Reach out. Most of the time you'll get to pick: send it back for all your money, or get a replacement unit or part. Either way it costs you nothing."""),
    ("forgecomputers-1", """Where a product fails to perform as advertised following setup, the customer will normally be offered a full refund on return or a replacement of the unit or the affected component, at no charge to the customer."""),
    ("forgecomputers-2", """Keep the original box and all the packing bits. If you can't send them back with it, we might not take the return."""),
    ("forgecomputers-2", """Original packaging must be retained and included; returns without it may be declined."""),
    ("forgecomputers-3", """Not feeling it anymore? No problem, just let us know within 30 days of your purchase date and we'll set up the return."""),
    ("forgecomputers-3", """Change-of-mind returns must be requested from us within thirty days of the purchase date, before the product is sent back."""),
    ("forgecomputers-4", """Heads up: we hold back 20% as a restocking fee when you return something."""),
    ("forgecomputers-4", """Restocking fee: 20% of the purchase price."""),
    ("forgecomputers-5", """Make sure it goes back to us in the shape you got it, with all the bits and pieces that were in the box."""),
    ("forgecomputers-5", """Products are to be returned in their original condition, complete with all components supplied."""),
    # --- phonixaccessories --------------------------------------------------------------------------------
    ("phonixaccessories-1", """Ordered from our website? You've got 30 days from the day it lands to return it."""),
    ("phonixaccessories-1", """Returns are accepted for purchases made on this website, up to thirty days after the goods arrive."""),
    ("phonixaccessories-2", """Can I return a case I've already used? Sorry, no. It needs to be unused, in its original box, and just as it arrived."""),
    ("phonixaccessories-2", """Eligibility conditions:
- unused
- original packaging
- condition unchanged since delivery"""),
    ("phonixaccessories-3", """If you've worn it or used it, we won't be able to take it back."""),
    ("phonixaccessories-3", """Items showing wear or use are not accepted for return."""),
    ("phonixaccessories-4", """Just so you know, personalised items and gift cards can't be returned."""),
    ("phonixaccessories-4", """Non-returnable:
- personalised products
- gift cards"""),
    ("phonixaccessories-5", """Want to send something back? Call or email us first for a return authorisation, and tell us your order number and the reason."""),
    ("phonixaccessories-5", """A return authorisation must be obtained from customer service, by telephone or email, prior to any return; the order number and the reason for the return are required."""),
    ("phonixaccessories-6", """Return shipping is on you, unless what we sent was defective or the wrong thing. We'd recommend tracking or insurance, because we can't guarantee your parcel gets to us."""),
    ("phonixaccessories-6", """Return carriage is payable by the customer save where the item is defective or incorrect, in which case it is borne by us. Use of a trackable or insured service is advised."""),
    ("phonixaccessories-7", """Once your return gets here we look it over. Give us 7-10 business days to check it and sort out your refund."""),
    ("phonixaccessories-7", """All returns are inspected upon receipt. Inspection and refund processing take seven to ten business days."""),
    ("phonixaccessories-8", """Your refund lands back on whatever you paid with. We keep the shipping fee, though, unless the item was defective or wrong."""),
    ("phonixaccessories-8", """Refunds are credited to the card or account used for payment. Delivery charges are not returned unless the goods were defective or incorrect."""),
    ("phonixaccessories-9", """Want a different one? We don't do straight swaps, so send yours back for a refund and just order the new one."""),
    ("phonixaccessories-9", """Direct exchanges are not offered. Customers wanting a different item should send back the first for a refund and order the replacement separately."""),
    ("phonixaccessories-10", """Got a damaged parcel or the wrong item? Give us a shout within a week (7 days) of getting it."""),
    ("phonixaccessories-10", """Damaged or incorrect items must be reported to customer service no later than seven days after they arrive."""),
    # --- headphonesca -------------------------------------------------------------------------------------
    ("headphonesca-1", """Not loving your new headphones? You've got 30 days from when you ordered to send them back in as-new shape, and we'll refund the purchase price. No questions asked."""),
    ("headphonesca-1", """All orders carry a thirty-day satisfaction guarantee running from the order date. Products returned in as-new condition are refunded at the purchase price; no reason for the return is required."""),
    ("headphonesca-2", """Need to return or swap something? Email us for a return authorisation before you ship it."""),
    ("headphonesca-2", """Return authorisation, requested by email, is required for all returns and exchanges before dispatch."""),
    ("headphonesca-3", """Heads up: we can't refund shipping costs."""),
    ("headphonesca-3", """Shipping charges are non-refundable."""),
    ("headphonesca-4", """Ordered the wrong thing? Fastest fix: buy the one you want now, then send the other back for a refund, within 30 days of your first order."""),
    ("headphonesca-4", """For exchanges, customers are advised to purchase the desired item immediately and return the unwanted item for a refund within thirty days of the original purchase."""),
    ("headphonesca-5", """Send it back looking new, within 30 days of it arriving at your door."""),
    ("headphonesca-5", """Products must be returned in as-new condition within thirty days of receipt."""),
    ("headphonesca-6", """The shipping we paid to get it to you comes off your refund, and the refund only ever goes back to the card you used."""),
    ("headphonesca-6", """Original shipping costs are deducted from refunds. Refunds are credited solely to the original form of payment."""),
    ("headphonesca-7", """Ship it back however you like, though we'd go for an insured option that needs a signature."""),
    ("headphonesca-7", """Any shipping method may be used; an insured service requiring a signature is recommended."""),
    ("headphonesca-8", """Box it up like it came to you, inner and outer boxes, or something similarly sturdy."""),
    ("headphonesca-8", """Returns should be packed as received, in the original inner and outer cartons or comparable protective boxes."""),
    ("headphonesca-9", """Don't forget the manuals, the accessories and all the packing that came in the box."""),
    ("headphonesca-9", """Required with every return:
- all manuals
- all accessories
- all original packaging materials"""),
    # --- thephotocenter -----------------------------------------------------------------------------------
    ("thephotocenter-1", """Changed your mind? Bring it back within a week for a refund, or swap it or take store credit if you'd rather."""),
    ("thephotocenter-1", """Refunds are given on items returned within seven days. Exchanges and store credit are also available."""),
    ("thephotocenter-2", """Got to return it? It needs to be in new shape and in its box, with the packing, the blank warranty card, the manuals and whatever accessories it came with."""),
    ("thephotocenter-2", """Returned goods must be:
- in new condition
- in the original box, with all packing material
- with the manuals, accessories and blank warranty card"""),
    ("thephotocenter-3", """Ordered online or by mail? Then you cover the shipping to get your return back to us."""),
    ("thephotocenter-3", """Return shipping fees on online and mail orders are the customer's responsibility."""),
    ("thephotocenter-4", """Sorry, we can't give back what you paid for shipping."""),
    ("thephotocenter-4", """Shipping fees are non-refundable."""),
    ("thephotocenter-5", """Something faulty? We can swap it for a new one if you let us know within 30 days of buying it."""),
    ("thephotocenter-5", """Defective products may be replaced up to thirty days from the purchase date."""),
    ("thephotocenter-6", """Some things are final: drones, photo paper, ink cartridges, film, bulbs, and special orders, plus anything that's been abused or isn't sellable anymore."""),
    ("thephotocenter-6", """Non-returnable items:
- customer special orders
- drones
- film
- light bulbs
- ink cartridges
- photographic paper
- items in abused or unsaleable condition"""),
    # --- dronematters -------------------------------------------------------------------------------------
    ("dronematters-1", """Once we've got your return, give us up to 5 business days to test it and wrap up your refund."""),
    ("dronematters-1", """Returned products are tested on receipt; processing is completed within five business days."""),
    ("dronematters-2", """Don't ship anything back until we've said yes. Start by opening a support ticket."""),
    ("dronematters-2", """Prior authorisation, obtained through a support ticket, is required for every return."""),
    ("dronematters-3", """We might take a 10% restocking fee off, but never if the product is defective."""),
    ("dronematters-3", """A restocking fee of 10% may be applied at our discretion. Defective products are exempt."""),
    ("dronematters-4", """Pack it well so it survives the trip, and use a shipping option with tracking."""),
    ("dronematters-4", """Returns must be securely packaged and sent by a tracked shipping method."""),
    ("dronematters-5", """Want your money back? It has to be unused and like new, in the original box, with all the cables, manuals and the rest."""),
    ("dronematters-5", """Conditions for a refund:
- unused, like-new condition
- original packaging
- all cables, accessories and manuals included"""),
    ("dronematters-6", """After 30 days from your purchase, sorry, we can't take it back or swap it."""),
    ("dronematters-6", """No return or exchange is accepted later than thirty days after the date of purchase."""),
    ("dronematters-7", """Custom builds, like our made-to-order ready-to-fly models, are yours to keep. They can't be returned."""),
    ("dronematters-7", """Made-to-order products, including custom-built ready-to-fly models, are non-returnable."""),
    ("dronematters-8", """Got a defective part? We'll exchange it, but we can't give you a refund for it."""),
    ("dronematters-8", """Defective merchandise is accepted for exchange only, not for a refund."""),
    # --- gamerstoday --------------------------------------------------------------------------------------
    ("gamerstoday-1", """Need to send something back? Just use the online form on our site to kick things off."""),
    ("gamerstoday-1", """Returns are initiated through the online return form on the website."""),
    ("gamerstoday-2", """Wrong colour, size or model? You can swap it for another."""),
    ("gamerstoday-2", """Exchanges for a different size, colour or model are available."""),
    ("gamerstoday-3", """Regular returns: you've got 14 days after delivery to get one started."""),
    ("gamerstoday-3", """Standard returns must be initiated within fourteen days of the delivery date."""),
    ("gamerstoday-4", """Is your gear defective? Let us know within 14 days of it arriving, and we'll cover the return shipping."""),
    ("gamerstoday-4", """Defective items: to be reported within fourteen days of delivery; return shipping is provided free of charge."""),
    ("gamerstoday-5", """Please send everything back in its original box."""),
    ("gamerstoday-5", """Original packaging is required for all returns."""),
    ("gamerstoday-6", """For hygiene reasons headphones and earbuds can't come back. Same goes for custom or personalised stuff, digital downloads, gift cards and software licences."""),
    ("gamerstoday-6", """Non-returnable:
- headphones and earbuds (hygiene)
- customised or personalised items
- digital downloads
- gift cards
- software licences"""),
    ("gamerstoday-7", """If it's been misused, worn out, or your electronics have liquid damage, we can't accept it."""),
    ("gamerstoday-7", """Items damaged through misuse or normal wear, and electronic products showing liquid damage, are not eligible for return."""),
    ("gamerstoday-8", """How long does a refund take? 5 to 7 business days once we've inspected your item."""),
    ("gamerstoday-8", """Refunds are processed within five to seven business days following inspection of the returned goods."""),
    ("gamerstoday-9", """Your refund goes back to whatever you paid with, nowhere else."""),
    ("gamerstoday-9", """Refund method: original form of payment only."""),
    ("gamerstoday-10", """Returning something that isn't defective? There's a 15% restocking fee."""),
    ("gamerstoday-10", """Non-defective returns are subject to a restocking charge of fifteen percent."""),
    # --- hometosmarthome ----------------------------------------------------------------------------------
    ("hometosmarthome-1", """You get 30 days to return most of our products."""),
    ("hometosmarthome-1", """A thirty-day return period applies to the majority of products."""),
    ("hometosmarthome-2", """Want a refund? Send it back new, in the original box, with all its accessories."""),
    ("hometosmarthome-2", """Refund eligibility requires new condition, original packaging and all accessories."""),
    ("hometosmarthome-3", """Pop your receipt or invoice in the box, along with a copy of the RMA we issued you."""),
    ("hometosmarthome-3", """Each return must enclose proof of purchase (receipt or invoice) and a copy of our RMA."""),
    ("hometosmarthome-4", """Make sure your return is postmarked within 30 days of the day we sent your order out."""),
    ("hometosmarthome-4", """Returns must bear a postmark dated no later than thirty days after the original shipment date."""),
    ("hometosmarthome-5", """Your refund goes back to the card you paid with, for what you paid less shipping. It usually shows up within 7 business days after we get your parcel."""),
    ("hometosmarthome-5", """Refunds are credited to the original payment method for the purchase price excluding shipping charges, and normally appear on the account within seven business days of receipt of the return."""),
    ("hometosmarthome-6", """You pay to ship your return back to us."""),
    ("hometosmarthome-6", """Return shipping charges are borne by the customer."""),
    ("hometosmarthome-7", """Bought something refurbished? You can't get a refund on it."""),
    ("hometosmarthome-7", """Refurbished items are not eligible for a refund."""),
    ("hometosmarthome-8", """Software and custom-etched items can't be returned, refunded or swapped. Those sales are final."""),
    ("hometosmarthome-8", """Non-returnable, non-refundable and non-exchangeable:
- software
- custom-etched products"""),
    ("hometosmarthome-9", """If your product was shipped directly from the manufacturer, we can't take it back, refund it or swap it."""),
    ("hometosmarthome-9", """Direct-ship products are excluded from returns, refunds and exchanges."""),
    ("hometosmarthome-10", """Anything else defective? Send it back within 30 days of the ship date and we'll replace it for free, with a prepaid return label from us."""),
    ("hometosmarthome-10", """Any remaining faulty products sent back no later than thirty days after shipment will be replaced free of charge; we supply a prepaid label for the return."""),
    # --- inkplustoner -------------------------------------------------------------------------------------
    ("inkplustoner-1", """You've got 30 days after you buy to get a return going."""),
    ("inkplustoner-1", """Returns must be initiated within thirty days of the purchase date."""),
    ("inkplustoner-2", """Only unused, sealed items in their original packaging, just as you got them, can come back."""),
    ("inkplustoner-2", """Return conditions:
- unused and unopened
- condition as received
- original packaging"""),
    ("inkplustoner-3", """Have your receipt handy: for a return or a swap, we'll need proof you bought it."""),
    ("inkplustoner-3", """A proof of purchase must be shown for every return or exchange."""),
    ("inkplustoner-4", """Sorry, no returns on cartridges you've opened or used, anything you bought on sale or discounted, or custom and special-order items."""),
    ("inkplustoner-4", """Excluded from return:
- opened or used cartridges
- sale or discounted items
- special-order or customised goods"""),
    ("inkplustoner-5", """Drop our support team an email with your order number and why you're returning it. We'll reply with an RMA number and what to do next."""),
    ("inkplustoner-5", """Return requests are submitted by email to customer service, stating the order number and reason. A return authorisation number and instructions are then issued."""),
    ("inkplustoner-6", """Wrap it up securely in the original box with its manuals, accessories and paperwork, and ship it to the address we send you."""),
    ("inkplustoner-6", """Items must be securely packed in their original packaging, with every manual, accessory and document, and sent to the address supplied by us."""),
    ("inkplustoner-7", """After your item gets here and we've inspected it, an approved refund hits your original payment method within 10 business days."""),
    ("inkplustoner-7", """Returned items are inspected on receipt; approved refunds are issued to the original form of payment within ten business days."""),
    ("inkplustoner-8", """Shipping costs? Those aren't refundable, sorry."""),
    ("inkplustoner-8", """Shipping charges are non-refundable."""),
    ("inkplustoner-9", """Got a defective or incorrect item? Reach out right away and we'll send a replacement or swap it, free."""),
    ("inkplustoner-9", """Defective or incorrect items are replaced or exchanged at no additional charge upon prompt notification."""),
    ("inkplustoner-10", """You cover return shipping, unless it's our slip-up, like a defective or wrong item."""),
    ("inkplustoner-10", """Return shipping is payable by the customer except where the return results from our error (incorrect or defective goods)."""),
    # --- hondapartsunlimited ------------------------------------------------------------------------------
    ("hondapartsunlimited-1", """We don't take back electrical parts, things like ECUs, harnesses, switches or sensors."""),
    ("hondapartsunlimited-1", """Electronic and electrical components (sensors, switches, harnesses, engine computers and the like) are non-returnable."""),
    ("hondapartsunlimited-2", """Put it on the car, even just to test the fit? Then we can't take it back."""),
    ("hondapartsunlimited-2", """Used or installed parts, including parts installed solely to check fitment, are not accepted."""),
    ("hondapartsunlimited-3", """You've got 14 days from when tracking says your parts arrived. After that, no returns."""),
    ("hondapartsunlimited-3", """Returns are not accepted later than fourteen days after the delivery date shown by the tracking information."""),
    ("hondapartsunlimited-4", """Parts need to be resellable and in their original packaging. If you've opened it and can't reseal it, we'll refuse it."""),
    ("hondapartsunlimited-4", """Parts must be in resalable condition and in the original packaging; packages that were opened and cannot be closed again are refused."""),
    ("hondapartsunlimited-5", """Sending back a part you didn't need? We charge a 20% restocking fee."""),
    ("hondapartsunlimited-5", """A 20% restocking fee applies to all unneeded parts that are returned."""),
    ("hondapartsunlimited-6", """We don't refund shipping."""),
    ("hondapartsunlimited-6", """Shipping charges: non-refundable."""),
    ("hondapartsunlimited-7", """Email or call us with your order ID and the reason you're returning it. If it qualifies, you'll get an RMA."""),
    ("hondapartsunlimited-7", """Returns are to be requested by email or telephone, quoting the order ID and the reason; an RMA is issued where the return meets our criteria."""),
    ("hondapartsunlimited-8", """Tuck a copy of your invoice or the packing slip in with the parts."""),
    ("hondapartsunlimited-8", """Each return must enclose the packing slip or a photocopy of the invoice."""),
    # --- electricbikeexpress ------------------------------------------------------------------------------
    ("electricbikeexpress-1", """You've got 30 days after delivery to request a return."""),
    ("electricbikeexpress-1", """Return requests must be made within thirty days of receipt of the item."""),
    ("electricbikeexpress-2", """Can I return a bike I've ridden? No: it has to be unused, in its original packaging, and in the condition it arrived in."""),
    ("electricbikeexpress-2", """Eligibility:
- unused
- original packaging
- condition as received"""),
    ("electricbikeexpress-3", """Heads up: there's a 15% restocking fee on every return, and you cover shipping it back."""),
    ("electricbikeexpress-3", """Every return incurs a fifteen percent restocking charge; return carriage is borne by the purchaser."""),
    ("electricbikeexpress-4", """To kick off a return, email or call us. If we approve it, we'll book a pickup or send you a label plus instructions on where to ship it. Don't send anything back before asking, or we won't accept it."""),
    ("electricbikeexpress-4", """Returns must be requested by email or telephone before dispatch. On approval, a pickup is scheduled or a return label is issued with shipping instructions and the return address; unrequested returns are refused."""),
    ("electricbikeexpress-5", """We'll inspect your return when it gets here. If it's approved, your refund goes back to how you paid, minus the 15% restocking fee, and your bank may take up to 10 business days to post it."""),
    ("electricbikeexpress-5", """Returns are inspected on receipt. Approved refunds are issued to the original payment method less a 15% restocking fee; posting by the card issuer may take a further ten business days."""),
    ("electricbikeexpress-6", """Changed your mind right after ordering? Cancel within 24 hours and it won't cost you a thing."""),
    ("electricbikeexpress-6", """Orders may be cancelled without charge within twenty-four hours of being placed."""),
    ("electricbikeexpress-7", """As long as your order hasn't shipped yet, you can still cancel it."""),
    ("electricbikeexpress-7", """Cancellation is possible until the order has been dispatched."""),
    ("electricbikeexpress-8", """Your refund only goes back to the payment method you used at checkout."""),
    ("electricbikeexpress-8", """Refunds are issued exclusively to the original method of payment."""),
    # --- thetoolstore -------------------------------------------------------------------------------------
    ("thetoolstore-1", """Tool arrived broken or doesn't work? Send it back and we'll refund everything, shipping costs too."""),
    ("thetoolstore-1", """For defective or damaged products, all costs are refunded, including delivery and return shipping."""),
    ("thetoolstore-2", """If the tool is fine and you're returning it anyway, you pay both the original delivery and the return shipping."""),
    ("thetoolstore-2", """Where a product is neither defective nor damaged, delivery and return shipping costs are borne by the customer."""),
    ("thetoolstore-3", """Want a refund? Keep it unused and in its original packaging."""),
    ("thetoolstore-3", """Refunds are given only for unused items returned in the original package."""),
    ("thetoolstore-4", """You'll get your money back the same way you paid, credit card or cheque."""),
    ("thetoolstore-4", """Refunds are issued according to the original method of payment (credit card or cheque)."""),
    ("thetoolstore-5", """A 10% restocking fee might apply, depending on the return."""),
    ("thetoolstore-5", """Restocking fee: up to 10%, depending on the nature of the return."""),
    ("thetoolstore-6", """You've got 7 days from the day your order shows up to start a return."""),
    ("thetoolstore-6", """Returns must be initiated within seven days of receipt of the order."""),
    ("thetoolstore-7", """Before you send anything, call customer service to get an RA number."""),
    ("thetoolstore-7", """A return authorisation number must be obtained by telephone from customer service before returning any item."""),
    ("thetoolstore-8", """Tell us what's wrong in a note inside the box, and add a copy of your invoice."""),
    ("thetoolstore-8", """Each return must contain a written account of the fault and a duplicate of the original invoice."""),
    ("thetoolstore-9", """Messed with the tool in any way? Then we can't credit you for it."""),
    ("thetoolstore-9", """No credit is issued for products that show any sign of tampering."""),
    # --- batteryweb ---------------------------------------------------------------------------------------
    ("batteryweb-1", """Want a refund? Your return needs to land with us within 30 days of your order reaching you."""),
    ("batteryweb-1", """Refund returns have to arrive at our premises no later than thirty days after delivery."""),
    ("batteryweb-2", """You prepay the postage on your return, and it has to be in perfect shape."""),
    ("batteryweb-2", """Postage on returns is to be prepaid by the customer, and goods must arrive in perfect condition."""),
    ("batteryweb-3", """Don't forget the original box, the manuals, the warranty cards and any accessories."""),
    ("batteryweb-3", """Required in every return:
- original packaging
- warranty cards
- manuals
- accessories"""),
    ("batteryweb-4", """Pop the packing slip in the box and put your RMA number where we can see it on the outside."""),
    ("batteryweb-4", """Returns must contain the packing slip supplied with the order and show the RMA number on the outside of the box."""),
    ("batteryweb-5", """Everything gets checked when it arrives. We take a 15% restocking fee off every refund, and the rest goes back to your original payment method within 7 business days."""),
    ("batteryweb-5", """All returns are inspected on receipt and are subject to a 15% restocking fee deducted from the refund. Refunds are credited to the card or account originally charged within seven business days."""),
    ("batteryweb-6", """Shipping charges aren't refundable, sorry."""),
    ("batteryweb-6", """Shipping charges: non-refundable."""),
    ("batteryweb-7", """You pay to ship it back, and honestly, use tracking and insurance."""),
    ("batteryweb-7", """Return shipping costs are the customer's responsibility. A trackable, insured method is strongly recommended."""),
    ("batteryweb-8", """Defective? You can send it back in the first 30 days."""),
    ("batteryweb-8", """Defective items may be sent back during the initial thirty-day period."""),
]
