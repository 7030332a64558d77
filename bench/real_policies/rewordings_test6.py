"""Two more wordings of each item of paraphrases_test6.py, in our own words, each stating the same facts
(rewordings.py reads them with the item's facts)."""

REWORDINGS: list[tuple[str, str]] = [
    # --- barnardsschwinn -----------------------------------------------------------------------------
    ("barnardsschwinn-1", """Bought a bike or anything else from us? Bring it back within 15 days, provided it's in exactly the
condition it was in when you took it home."""),
    ("barnardsschwinn-1", """Return period: 15 days, for bicycles and all other purchases alike. Goods must be in the condition
in which they were sold."""),
    ("barnardsschwinn-2", """Used bicycles, and anything ordered or built custom, are not eligible for return."""),
    ("barnardsschwinn-2", """Can a used bike or a custom-built item come back? Unfortunately not: neither is returnable."""),
    ("barnardsschwinn-3", """Not happy with something? Bring it to the store or post it to us. Return shipping is at your expense,
and the delivery charge on your original order isn't refunded either."""),
    ("barnardsschwinn-3", """Items may be returned in person or by mail. The customer bears the cost of return postage, and
outbound shipping fees are non-refundable."""),
    ("barnardsschwinn-4", """Returned goods must still carry their original tags."""),
    ("barnardsschwinn-4", """Don't cut the tags off: anything coming back to us needs them attached."""),
    # --- canadiantreenursery -------------------------------------------------------------------------
    ("canadiantreenursery-1", """Plants not up to scratch? Let us know straight away, within one day of their arrival at the latest,
and hold on to them until we get back to you with instructions."""),
    ("canadiantreenursery-1", """Any problem with the quality of plants must be reported no later than one day after delivery. The
customer should keep the plants until the nursery advises how to proceed."""),
    ("canadiantreenursery-2", """If a plant is reasonably judged to be unsatisfactory, you'll get your money back for it."""),
    ("canadiantreenursery-2", """Refunds: given for plants found unsatisfactory, within reason."""),
    ("canadiantreenursery-3", """Bringing the items back, whether in person or via a courier, is on you and at your own expense."""),
    ("canadiantreenursery-3", """The customer is responsible for getting returned goods to the nursery, either by dropping them off
or by sending them with a courier."""),
    ("canadiantreenursery-4", """After you've reported the problem, you get 30 days to return the items, which must be in the same
condition as when they were delivered."""),
    ("canadiantreenursery-4", """Goods must be brought back within thirty days of notifying us, in the state in which they arrived."""),
    ("canadiantreenursery-5", """If the courier badly damages a plant in transit, we'll send a replacement and cover the cost of
shipping it."""),
    ("canadiantreenursery-5", """Plants seriously damaged during delivery are replaced free of charge, new shipping included."""),
    ("canadiantreenursery-6", """Orders may be cancelled within 14 days of being placed. Past that point, cancellation is no longer
possible."""),
    ("canadiantreenursery-6", """Need to cancel? You've got a fortnight from the order date; after that we can't call it off."""),
    ("canadiantreenursery-7", """An order can be cancelled only until it ships."""),
    ("canadiantreenursery-7", """Once your order is on its way it's too late: we can only cancel orders that haven't been sent yet."""),
    # --- carriecurran --------------------------------------------------------------------------------
    ("carriecurran-1", """Since we print every piece on demand, prints are non-returnable and non-refundable."""),
    ("carriecurran-1", """Can I send my print back for a refund? No: every print is made to order, so we don't accept returns
or give money back."""),
    ("carriecurran-2", """Want a different print? We'll swap an undamaged one for you, as long as you ask within a week of it
arriving."""),
    ("carriecurran-2", """Exchanges are possible for prints in undamaged condition if requested no later than seven days after
delivery."""),
    ("carriecurran-3", """Artwork damaged, lost or stolen? Tell us within 14 days of the delivery date."""),
    ("carriecurran-3", """Claims for damaged, missing or stolen artwork must be made within two weeks of delivery."""),
    ("carriecurran-4", """Reporting damage? Send your order number along with photos of the damaged piece and of the packaging,
inside and out."""),
    ("carriecurran-4", """Damage claims require the order number and photographs showing (a) the damage and (b) the shipping
box, exterior and interior."""),
    ("carriecurran-5", """If a frame or framed piece arrives damaged, or is lost or stolen, we'll replace it, but we don't offer
refunds on these."""),
    ("carriecurran-5", """Frames and framed works: damaged, lost or stolen items are replaced, not refunded."""),
    # --- cellphonecases ------------------------------------------------------------------------------
    ("cellphonecases-1", """When contacting us, please include your order number, purchase date, email and the reason for the
return."""),
    ("cellphonecases-1", """Return requests must state the order number, the date of purchase, the customer's email address and
why the item is being sent back."""),
    ("cellphonecases-2", """Use whichever courier you like, so long as the return is trackable. Postage is your cost."""),
    ("cellphonecases-2", """Return shipping is paid by the customer. Any shipping company may be used provided it offers
tracking."""),
    ("cellphonecases-3", """Refunds go back to your original payment method and are processed within seven days of our returns
team receiving your parcel."""),
    ("cellphonecases-3", """How long does a refund take? No more than a week after your return arrives, and the money is credited
to the card or account you used."""),
    ("cellphonecases-4", """Unused items can be returned within 30 days of purchase for a refund, or swapped for something else."""),
    ("cellphonecases-4", """Changed your mind? If you haven't used it, you've got thirty days from your purchase date to send it
back, and we'll refund or exchange it, your choice."""),
    ("cellphonecases-5", """Faulty item? Please send us a picture showing the defect."""),
    ("cellphonecases-5", """Claims for defective products must be accompanied by a photograph of the fault."""),
    ("cellphonecases-6", """A 20% restocking fee applies to all returns except faulty ones."""),
    ("cellphonecases-6", """Returning something that works fine? We'll deduct a restocking charge of twenty per cent. Defective
items are exempt."""),
    ("cellphonecases-7", """For hygiene reasons we do not accept returns of earphones or Bluetooth headsets."""),
    ("cellphonecases-7", """Non-returnable (hygiene): earphones; Bluetooth headsets."""),
    ("cellphonecases-8", """Delivery charges on your order, standard or express, are non-refundable."""),
    ("cellphonecases-8", """We don't pay back the shipping you chose at checkout, even if it was express."""),
    ("cellphonecases-9", """Returns must be unused, unmodified and in the same condition in which they were received."""),
    ("cellphonecases-9", """Please don't use or alter anything you plan to send back: it needs to reach us exactly as it reached
you."""),
    # --- conquerordinary -----------------------------------------------------------------------------
    ("conquerordinary-1", """Because orders ship from different supplier warehouses, please contact customer service before
returning anything. They'll issue an RMA number and tell you where to send the item."""),
    ("conquerordinary-1", """No return may be shipped without an RMA number and a return address from our customer service team,
as our products come from multiple supplier warehouses."""),
    ("conquerordinary-2", """Items still unopened may be returned within 30 days of delivery, in their original state and packaging,
together with the packing slip. The refund is the full purchase price less shipping and any gift
wrapping."""),
    ("conquerordinary-2", """Got something you haven't opened? Send it back in its original box, in the condition you got it, with
the packing slip, within thirty days of it arriving. You'll be refunded in full, apart from delivery
and gift-wrap charges."""),
    # --- imsurvival ----------------------------------------------------------------------------------
    ("imsurvival-1", """Most items are returnable for a refund within 10 days of the ship date. Actual shipping costs are
deducted, and a restocking fee of up to 25% may be charged."""),
    ("imsurvival-1", """Can I return something? In most cases, yes, provided it's within ten days of when we sent it out. We
keep what the shipping cost us, and may charge restocking of up to twenty-five per cent."""),
    ("imsurvival-2", """Returns are credited only if the item is unused and as new, and comes back with its original
packaging, tags, documentation, manuals and all accessories."""),
    ("imsurvival-2", """To get credit for a return, please make sure that:
- it hasn't been used
- the original box, tags, instructions and paperwork are included
- no accessory is missing"""),
    ("imsurvival-3", """Items must be returned in resaleable condition, unless they arrived damaged or defective."""),
    ("imsurvival-3", """Unless your item was faulty or damaged when it was delivered, it has to come back in a state we can sell
again."""),
    ("imsurvival-4", """The customer pays for return shipping and bears the risk of the parcel until it is received by us."""),
    ("imsurvival-4", """Sending it back? The postage is yours, and so is the risk until we have the package."""),
    ("imsurvival-5", """All returns require an RMA number, issued by our customer service team."""),
    ("imsurvival-5", """Before returning anything, get a return merchandise authorization number from customer service: we
need one for every return."""),
    ("imsurvival-6", """Some items, including clearance merchandise, are non-returnable, and we reserve the right to refuse
any return."""),
    ("imsurvival-6", """Clearance goods (and certain other products) can't come back. We may also decline a return at our
discretion."""),
    ("imsurvival-7", """Refunds can take up to 10 business days once your approved return reaches our returns department."""),
    ("imsurvival-7", """Please allow a maximum of ten working days for your refund to be processed after we receive an
authorised return."""),
    ("imsurvival-8", """We recommend shipping returns with a tracked or insured service so they don't go missing."""),
    ("imsurvival-8", """Returning a package? Use tracking or insurance, in case it's lost in transit."""),
    # --- lineinthesand -------------------------------------------------------------------------------
    ("lineinthesand-1", """To start a return or exchange, visit our online returns page."""),
    ("lineinthesand-1", """How do I send something back or swap it? Go to the returns page on our website and begin there."""),
    ("lineinthesand-2", """Each return or exchange incurs a $9.99 shipping fee."""),
    ("lineinthesand-2", """Return/exchange shipping: $9.99, charged per return."""),
    ("lineinthesand-3", """You can request a return within 30 days of receiving your order."""),
    ("lineinthesand-3", """Return requests must be submitted no more than thirty days after delivery."""),
    ("lineinthesand-4", """To be eligible, items must be unworn, unused and in the condition you got them, with tags attached and
in the original packaging. A receipt or proof of purchase is required."""),
    ("lineinthesand-4", """We're sorry, but we can't accept a return that has been worn or used, has had its tags taken off, isn't
in its original packaging or condition, or comes without a receipt or proof of purchase."""),
    ("lineinthesand-5", """Final sale: gift cards, sale items, and personal care and beauty products."""),
    ("lineinthesand-5", """We can't take back gift cards, discounted sale merchandise, or any personal care item (beauty
included)."""),
    ("lineinthesand-6", """Please inspect your order on arrival and contact us right away if an item is defective, damaged or not
what you ordered, so that we can fix it."""),
    ("lineinthesand-6", """Received something faulty, broken or wrong? Check each delivery as soon as it comes and let us know
immediately; we'll investigate and make it right."""),
    ("lineinthesand-7", """The fastest way to get a different item is to return the one you have and, once the return is accepted,
make a separate purchase for the new one."""),
    ("lineinthesand-7", """Prefer another item? Send yours back, and when we've accepted it, just order the one you want."""),
    ("lineinthesand-8", """We'll inspect your return once it arrives and let you know if your refund has been approved. Approved
refunds are automatically credited to your original payment method."""),
    ("lineinthesand-8", """Refunds: after receiving and checking the item, we notify you of approval; the money then goes back to
the card or account you paid with, automatically."""),
    # --- panproa -------------------------------------------------------------------------------------
    ("panproa-1", """Refunds and exchanges are available only for unopened, unused items in their original packaging, with
all tags, labels and accessories included."""),
    ("panproa-1", """Looking to swap or get your money back? Make sure the product hasn't been opened or used, and that it
comes in its original box with every label, tag and accessory."""),
    ("panproa-2", """All custom and personalized items are final sale, unless they arrive defective or we sent the wrong
thing, in which case we'll accept a return or exchange."""),
    ("panproa-2", """Made a custom or personalised order? It can't be returned or exchanged unless it turns out faulty or isn't
what you ordered."""),
    ("panproa-3", """Return or exchange requests must be made within 30 days of delivery."""),
    ("panproa-3", """Want a refund or a different item? Just ask within thirty days of your order arriving."""),
    ("panproa-4", """Customers usually pay return shipping. If the product is defective, damaged in transit, incorrect (wrong
item or size) or missing parts, we'll provide a prepaid label and cover all shipping."""),
    ("panproa-4", """Who pays to send it back? Normally you. But when it's faulty, was damaged on the way, is the wrong product
or size, or is incomplete, postage is free: we send you a prepaid return label."""),
    ("panproa-5", """Use a trackable shipping method for your return and hang on to the proof of postage."""),
    ("panproa-5", """Returns are best sent via a tracked service; please retain your shipping receipt."""),
    # --- serendipitywoods ----------------------------------------------------------------------------
    ("serendipitywoods-1", """Until your parcel is dispatched, we can usually cancel your order and give you a full refund to your
original payment method, so get in touch fast."""),
    ("serendipitywoods-1", """Orders that have not yet shipped can normally be cancelled with a complete refund. Please contact us
promptly."""),
    ("serendipitywoods-2", """Printed materials (books, patterns and anything else that could be copied) are non-returnable, out of
respect for the designers and their copyright."""),
    ("serendipitywoods-2", """Why can't I return a pattern or a book? Because anything printed could be photocopied, so to protect
the designers' copyright we don't accept them back."""),
    ("serendipitywoods-3", """Fabric is returnable provided you contact us within seven days of delivery."""),
    ("serendipitywoods-3", """Want to return fabric? Reach out within 7 days of it arriving."""),
    ("serendipitywoods-4", """Please note: our return address is different from the address we ship from."""),
    ("serendipitywoods-4", """Returns must not go to the sender address on your parcel; we use a separate address for them."""),
    # --- theinstrumentstore --------------------------------------------------------------------------
    ("theinstrumentstore-1", """Products sold new can be returned to us up to 30 days after delivery."""),
    ("theinstrumentstore-1", """Bought an item from us new and unused? It can come back within thirty days of arriving."""),
    ("theinstrumentstore-2", """A valid RMA number is required for every return. Contact customer service by email or phone to
obtain one."""),
    ("theinstrumentstore-2", """Returns without an RMA won't be processed. Call or email our customer service team to get your
number."""),
    ("theinstrumentstore-3", """Please state the reason for your return clearly when requesting an RMA."""),
    ("theinstrumentstore-3", """Asking for an RMA? Tell us exactly why the item is coming back."""),
    ("theinstrumentstore-4", """Refunds are limited to the item's purchase price plus applicable sales tax. Shipping and handling
fees are non-refundable."""),
    ("theinstrumentstore-4", """You'll get back no more than what the item itself cost you, including sales tax, and never the
shipping and handling."""),
    ("theinstrumentstore-5", """Returns are processed within 3-5 business days of arrival. After that, allow another 5-10 business
days for your bank to post the refund."""),
    ("theinstrumentstore-5", """Once we receive your return, it takes us three to five working days to process it, and your bank then
takes a further five to ten working days to handle the refund."""),
    ("theinstrumentstore-6", """Return shipping costs are paid by the customer."""),
    ("theinstrumentstore-6", """Sending something back? You'll cover the postage."""),
    ("theinstrumentstore-7", """Returns must be free of wear and tear and complete, including the original box and all of its
contents."""),
    ("theinstrumentstore-7", """Please send back everything that came in the package, the box included, with no signs of wear."""),
    ("theinstrumentstore-8", """Items sold 'as is' or marked final sale are not returnable."""),
    ("theinstrumentstore-8", """Bought it as-is, or as a final sale? Then it can't come back to us."""),
    ("theinstrumentstore-9", """For hygiene reasons, harmonicas and opened packs of reeds cannot be returned."""),
    ("theinstrumentstore-9", """Non-returnable for health reasons: harmonicas; reeds whose box has been opened."""),
    # --- winkalotts ----------------------------------------------------------------------------------
    ("winkalotts-1", """Unopened products in new condition and original packaging can be returned for a refund or exchange
within 31 days of purchase. Delivery charges aren't refunded, and any processing fee charged to us
will be deducted."""),
    ("winkalotts-1", """You've got thirty-one days from buying to swap or send back something, as long as it's unopened, new and
still in its original packaging. We don't pay back shipping, and we subtract from your refund any
transaction fee we incurred."""),
    ("winkalotts-2", """Return shipping is at the customer's expense."""),
    ("winkalotts-2", """You pay to post it back to us."""),
    ("winkalotts-3", """For health and safety reasons, certain products are non-returnable once opened, such as baby carriers,
car seats and bases, breast pumps, bath and health items, toddler helmets, sleep bags, sleep suits
and swaddles. This list is not exhaustive, so please ask us first."""),
    ("winkalotts-3", """Opened it? Then, for health and safety, we can't refund, exchange or take back things like car seats and
bases, baby carriers, breast pumps, bath products, helmets for toddlers, sleeping bags, sleepsuits or
swaddles. Not sure? Check with us, as there are others too."""),
    ("winkalotts-4", """If we send you the wrong item, we'll ship the correct one at no charge and pay the return postage for
the incorrect one."""),
    ("winkalotts-4", """Received the wrong product? Our mistake: the right one goes out to you free, and we cover the cost of
sending the wrong one back."""),
    ("winkalotts-5", """We'll email you once we've received and processed your return."""),
    ("winkalotts-5", """An email confirmation is sent when a return has been received and processed."""),
    ("winkalotts-6", """Refunds are issued to your original payment method within 3 business days of receiving your return."""),
    ("winkalotts-6", """Your money goes back to the card or account you paid with, at most three working days after the return
arrives."""),
]
