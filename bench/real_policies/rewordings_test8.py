"""Two more wordings of each item of paraphrases_test8.py, in our own words, each stating the same facts
(rewordings.py reads them with the item's facts)."""

REWORDINGS: list[tuple[str, str]] = [
    # --- usintimates -------------------------------------------------------------------------------------
    ("usintimates-1", """Changed your mind? You've got 15 days from the day your parcel lands on your doorstep to send it back."""),
    ("usintimates-1", """Returns are accepted for a period of fifteen (15) days following delivery of the order."""),
    ("usintimates-2", """Please don't wear or wash anything you think you might return. Leave the tags attached and keep the original box, or we won't be able to accept it."""),
    ("usintimates-2", """Conditions for a return:
- unworn
- unwashed
- tags still attached
- in the original packaging"""),
    ("usintimates-3", """Refunds are issued to the original form of payment. Processing takes between 5 and 7 business days."""),
    ("usintimates-3", """We need five to seven working days to handle your refund, and then the money is credited to the same card or account you used at checkout."""),
    ("usintimates-4", """Return shipping costs are the customer's responsibility. The use of an insured, trackable shipping method is recommended."""),
    ("usintimates-4", """You'll cover the cost of posting it back to us, and we'd advise a tracked service with insurance, just in case."""),
    ("usintimates-5", """Want a different size or colour instead? We're happy to swap it, subject to availability."""),
    ("usintimates-5", """Exchanges: offered while the item remains in stock."""),
    ("usintimates-6", """Sorry, but for hygiene we can't accept returns or exchanges on crotchless lingerie. The same goes for discounted pieces and anything listed as final sale."""),
    ("usintimates-6", """Non-returnable and non-exchangeable, for hygiene reasons:
- crotchless lingerie
- items purchased at a discount or shown as Final Sale on the product page"""),
    ("usintimates-7", """Before you post anything, drop our customer care team an email within 15 days of delivery. Tell us your order number, which pieces you're returning and why."""),
    ("usintimates-7", """Return requests must be submitted by email no more than fifteen days after the order is received, stating the order number, the products concerned and the reason for the return. Nothing should be shipped until the request has been made."""),
    ("usintimates-8", """Please package your return securely so nothing gets damaged in transit, ideally in the original box."""),
    ("usintimates-8", """Make sure it's well protected for the journey. Still have the box it came in? Use that."""),
    # --- solidrise ---------------------------------------------------------------------------------------
    ("solidrise-1", """Returns are accepted within 30 days of delivery, for either a refund or an exchange for a different product."""),
    ("solidrise-1", """Not quite right? You have a month (thirty days) after it arrives to return it, and we'll refund you or swap it for something else, your call."""),
    ("solidrise-2", """Bottles must be returned unopened with the seal intact, in the same condition as shipped, and with all of the original packaging."""),
    ("solidrise-2", """We can't take back a bottle if the seal has been broken, if it isn't in the state we sent it in, or if any of its original boxes or wrapping are missing."""),
    ("solidrise-3", """Refunds are processed within 3-5 business days of the return reaching our warehouse."""),
    ("solidrise-3", """How long does a refund take? Once we've got your parcel back, three to five working days."""),
    ("solidrise-4", """Contact customer support (email or phone) before returning anything. Give us your order number and tell us what the problem is, and we'll email you an RMA number and a return label."""),
    ("solidrise-4", """Returns must first be requested from our support team by email or telephone, quoting the order number and the reason for the return. A return authorisation number and shipping label are then sent to the customer by email."""),
    ("solidrise-5", """Please pack it carefully in its original box."""),
    ("solidrise-5", """Items should be securely packed in the packaging in which they were delivered."""),
    ("solidrise-6", """All returns are inspected on arrival. Refunds are then issued to the original payment method within three to five business days."""),
    ("solidrise-6", """Once we've had a look at what you sent back, your money goes back to the card you paid with. Give it 3 to 5 working days."""),
    ("solidrise-7", """Item damaged in transit? Contact us right away and include a photo of the damage. We'll send a replacement or refund you in full, and we cover the return shipping."""),
    ("solidrise-7", """Damaged deliveries must be reported promptly with a photograph showing the damage. The customer may choose a replacement or a full refund; return postage is paid by us."""),
    # --- statementskateboarding --------------------------------------------------------------------------
    ("statementskateboarding-1", """Returns are only accepted if the product is unridden, unused and unworn, and comes back in its original packaging."""),
    ("statementskateboarding-1", """To be eligible:
- never ridden or used
- never worn
- original packaging included"""),
    ("statementskateboarding-2", """Return requests must be made within 30 days of delivery."""),
    ("statementskateboarding-2", """You've got thirty days from when your order arrives to ask us for a return."""),
    ("statementskateboarding-3", """Please have your receipt or order number ready so we can see you bought it from us."""),
    ("statementskateboarding-3", """Proof of purchase (a receipt or an order number) is required for all returns."""),
    ("statementskateboarding-4", """Used decks, wheels, bearings, trucks and grip tape can't be returned, for safety and hygiene reasons. Also non-returnable: clearance and final-sale items, stickers once peeled or applied, and anything customised or modified."""),
    ("statementskateboarding-4", """We won't take back:
- skate hardware that has been used (decks, wheels, bearings, trucks, grip tape)
- clearance or final sale products
- stickers that have been peeled or stuck
- custom or modified products"""),
    ("statementskateboarding-5", """Exchanges are available for items in the wrong size, model or print, and for items that are defective or were damaged in transit."""),
    ("statementskateboarding-5", """Got the wrong size, model or graphic, or did it turn up faulty or damaged on the way? We'll swap it for you."""),
    ("statementskateboarding-6", """Damaged or defective items must be reported within 7 days of delivery, with photos of the product and of its packaging."""),
    ("statementskateboarding-6", """If your order turns up broken or doesn't work, tell us within a week of it arriving and attach pictures of the item and the box."""),
    ("statementskateboarding-7", """Faulty or damaged on arrival? You choose: a replacement, store credit, or a full refund."""),
    ("statementskateboarding-7", """For items received defective or damaged, the customer may select a replacement item, a credit voucher for our store, or a refund."""),
    ("statementskateboarding-8", """Return shipping is at the customer's expense unless the item is defective, damaged, or was sent in error."""),
    ("statementskateboarding-8", """Sending it back costs you the postage. But if it's faulty, arrived damaged or was our mistake, we pay."""),
    ("statementskateboarding-9", """Original shipping charges are non-refundable, except where required by law."""),
    ("statementskateboarding-9", """We don't refund what you paid for postage on the original order, unless we're legally obliged to."""),
    # --- jans --------------------------------------------------------------------------------------------
    ("jans-1", """Returns must include the original packaging along with all manufacturer tags and documentation."""),
    ("jans-1", """Please send it back in the box it came in, with the maker's tags still on and all the paperwork inside."""),
    ("jans-2", """Looking to exchange? Quickest is to place a new order for what you want now, then return the original for a full refund."""),
    ("jans-2", """For the fastest exchange, customers are advised to purchase the replacement item separately and return the original one for a complete refund."""),
    ("jans-3", """Items that have been used, damaged or modified are not accepted for return unless they are defective."""),
    ("jans-3", """Unless it's faulty, we can only take it back if it hasn't been used, damaged or altered in any way."""),
    ("jans-4", """If you no longer have the original box, please ship in packaging that's just as strong so it arrives undamaged."""),
    ("jans-4", """Lost the box it came in? Any strong carton will do, as long as it's no flimsier than the one we used, so nothing gets hurt on the way back."""),
    ("jans-5", """Please double-check the brand, model and size before ordering, as these can't be returned: avalanche transceivers and beacons; packs fitted with ABS or AvaLung systems; all ski boots; sports bras and underwear; boardshorts and swimwear; sale items."""),
    ("jans-5", """Non-returnable:
- anything purchased on sale
- ski boots (all types)
- swimwear, boardshorts
- underwear, sports bras
- ABS / AvaLung packs
- avalanche transceivers and beacons
Make sure the make, model and size are right before you order."""),
    # --- burrfection -------------------------------------------------------------------------------------
    ("burrfection-1", """Unhappy with your purchase? If it's eligible, you can return it within 30 days of the order date."""),
    ("burrfection-1", """Eligible items may be returned up to thirty days after the date the order was placed."""),
    ("burrfection-2", """Returned items must be unused, in the same condition as received, and in their original packaging."""),
    ("burrfection-2", """We can't accept anything that's been used, isn't in the state you got it in, or isn't in its original box."""),
    ("burrfection-3", """If we shipped the wrong item or it arrived defective, we'll cover the return shipping."""),
    ("burrfection-3", """Return postage is paid by us whenever the error is on our side, for example an incorrect product or one that did not work on arrival."""),
    ("burrfection-4", """Contact us before sending anything back. We'll issue an RMA number, which must be clearly marked on the outside of the package."""),
    ("burrfection-4", """No RMA, no return: get in touch for your number first, then write it on the outside of the box."""),
    ("burrfection-5", """You don't need to give a reason for your return. As long as it meets the conditions, you'll be refunded in full."""),
    ("burrfection-5", """No explanation is required for returns. Eligible returns receive a full refund."""),
    ("burrfection-6", """To qualify for a full refund, the return shipping must be paid by the customer."""),
    ("burrfection-6", """Full refund checklist:
- return postage covered by you"""),
    ("burrfection-7", """Not returnable: clearance and B-stock items, customised products, special orders (items we only bring in on request), and opened consumables."""),
    ("burrfection-7", """We're unable to accept returns of anything marked Clearance or B-Stock, anything made custom for you, special order products we don't normally keep in stock, or consumables that have been opened."""),
    ("burrfection-8", """Full refunds require the return to be requested no more than 30 days after delivery."""),
    ("burrfection-8", """For your full refund:
- ask us for the return within a month (30 days) of the package reaching you"""),
    # --- thefilamentdealer -------------------------------------------------------------------------------
    ("thefilamentdealer-1", """Change-of-mind returns are accepted within 30 days of delivery, provided the goods are unopened, unused and in their original packaging."""),
    ("thefilamentdealer-1", """Just changed your mind? You've got thirty days from when it arrives, as long as it's still sealed, hasn't been used and is in the packaging it came in."""),
    ("thefilamentdealer-2", """To start a return, email us your order number and why you're sending it back. If the item is damaged, incorrect or faulty, attach photos."""),
    ("thefilamentdealer-2", """Return requests are made by email and must include the order number and the reason for the return, with photographs for any damaged, wrong or defective item."""),
    ("thefilamentdealer-3", """Any return shipped without our prior approval will be refused."""),
    ("thefilamentdealer-3", """Don't send anything back until we've said yes: unapproved parcels get turned away."""),
    ("thefilamentdealer-4", """A 30% restocking fee applies to approved change-of-mind returns."""),
    ("thefilamentdealer-4", """If you're returning something just because you no longer want it, we'll deduct thirty per cent as a restocking fee once the return is approved."""),
    ("thefilamentdealer-5", """Customers are responsible for return shipping costs and for packaging items securely, and should use a trackable shipping service."""),
    ("thefilamentdealer-5", """You'll pay to send it back. Please pack it well so it isn't damaged, and use a service with tracking."""),
    ("thefilamentdealer-6", """Got a damaged, incorrect or defective item? Once we've verified the issue we'll replace it or refund you as appropriate, and if we're at fault we'll pay for the return shipping."""),
    ("thefilamentdealer-6", """Where an item is confirmed to be damaged, wrong or faulty, a replacement or a refund will be provided as appropriate. Return postage is covered by us when the error or defect is ours."""),
    ("thefilamentdealer-7", """Non-returnable items: opened or used spools; cut lengths and samples; custom or special order products; gift cards; sale and clearance items."""),
    ("thefilamentdealer-7", """Sorry, once a spool has been opened or used we can't take it back. The same goes for samples, cut lengths, anything custom-made or specially ordered, gift cards, and anything you bought on sale or in clearance."""),
    ("thefilamentdealer-8", """Want a different item? Quickest way is to place a new order for it, then return the original once we've approved the return."""),
    ("thefilamentdealer-8", """Exchanges: for speed, order the replacement product separately and send back the original after approval."""),
    ("thefilamentdealer-9", """All returned items are inspected on arrival, after which we let you know whether the return has been accepted."""),
    ("thefilamentdealer-9", """We'll check your parcel when it gets to us and then confirm whether your return's been approved."""),
    # --- getdronetech ------------------------------------------------------------------------------------
    ("getdronetech-1", """Not the right fit for you? Return it within 14 days of receiving it."""),
    ("getdronetech-1", """Items may be returned within a fortnight of delivery."""),
    ("getdronetech-2", """To be accepted, returns must be unused, in the condition received and in the original packaging."""),
    ("getdronetech-2", """We can't accept a return if it's been used, isn't in the state it reached you, or is missing its original box."""),
    ("getdronetech-3", """Proof of purchase, such as a receipt, is required for every return."""),
    ("getdronetech-3", """Please keep your receipt: we can't process a return unless you can show you bought it."""),
    ("getdronetech-4", """Return shipping costs are the customer's responsibility."""),
    ("getdronetech-4", """You'll need to cover the postage to send it back to us."""),
    ("getdronetech-5", """Sale items are non-refundable. Refunds only apply to items purchased at full price."""),
    ("getdronetech-5", """Got it at a reduced price? Then we can't refund it; only full-price orders can be refunded."""),
    ("getdronetech-6", """We only replace items that are defective or damaged on arrival."""),
    ("getdronetech-6", """Replacements? Only if the product turns up damaged or doesn't work properly."""),
    ("getdronetech-7", """Once we receive your return, we'll inspect it and email you to confirm receipt, then let you know whether your refund is approved or rejected."""),
    ("getdronetech-7", """Returned items are examined on arrival. Customers receive an email acknowledging receipt, followed by notice of whether the refund has been approved or declined."""),
    ("getdronetech-8", """If approved, your refund will be applied automatically to your card or original method of payment within 4 days."""),
    ("getdronetech-8", """Once a refund is approved, the money is returned automatically to whatever you paid with. Allow up to ninety-six hours."""),
    # --- rug-resources -----------------------------------------------------------------------------------
    ("rug-resources-1", """Returns must be requested within 30 days of delivery."""),
    ("rug-resources-1", """Want to return something? You've got thirty days after it arrives to let us know."""),
    ("rug-resources-2", """After requesting a refund, you have 14 days to ship the item back; please send us the tracking number."""),
    ("rug-resources-2", """Items must be shipped back within fourteen days of the refund request, and the tracking number must be provided to us."""),
    ("rug-resources-3", """Rugs returned within 30 days of delivery are refunded the purchase price to the original payment method."""),
    ("rug-resources-3", """Send your rug back within thirty days of getting it and we'll put what you paid back on the card or account you used."""),
    ("rug-resources-4", """Rugs must be returned in their original condition and packaging, with a receipt or proof of purchase."""),
    ("rug-resources-4", """Please make sure your rug comes back in the same state you received it, wrapped in its original packaging, and include something that shows you bought it from us."""),
    ("rug-resources-5", """Do not ship any return until you've received a return authorization number and return address from us."""),
    ("rug-resources-5", """Hold off sending anything back until we've given you an RA number and told you where to send it."""),
    ("rug-resources-6", """You pay for return shipping."""),
    ("rug-resources-6", """Return carriage charges are borne by the customer."""),
    ("rug-resources-7", """All clearance rugs are sold as-is and can't be refunded or exchanged."""),
    ("rug-resources-7", """Clearance rugs: as-is, final, no refunds and no exchanges."""),
    ("rug-resources-8", """Refunds are issued after the rug has been received and inspected."""),
    ("rug-resources-8", """We'll refund you once your rug's back with us and we've looked it over."""),
    ("rug-resources-9", """Exchanges are accepted within 30 days of delivery on all rugs except clearance items."""),
    ("rug-resources-9", """Want to swap your rug? You can do that for up to thirty days after it arrives, clearance stock excepted."""),
    # --- joysldgroup -------------------------------------------------------------------------------------
    ("joysldgroup-1", """Returns window
Return requests are accepted within thirty days of delivery."""),
    ("joysldgroup-1", """How long do I have? 30 days from the date your order is delivered to request a return."""),
    ("joysldgroup-2", """Eligibility
Items must be unused, undamaged and in their original packaging."""),
    ("joysldgroup-2", """We can only take back products that haven't been used or damaged and still have their original packaging."""),
    ("joysldgroup-3", """Eligibility
Proof of purchase is required."""),
    ("joysldgroup-3", """You'll need to show us a receipt or other evidence that you bought it here."""),
    ("joysldgroup-4", """Non-returnable: anything damaged through improper installation; clearance and final-sale items; consumables, bulbs included; fittings made bespoke or to special order."""),
    ("joysldgroup-4", """Sorry, we can't accept back light bulbs or other consumables, custom-made (bespoke) or special-order fittings, clearance or final sale products, or items damaged because they were installed incorrectly."""),
    ("joysldgroup-5", """Email us your order details and a few photos to request a return. Once it's approved, we'll send you return instructions."""),
    ("joysldgroup-5", """Return requests must be submitted by email, including order details and photographs. Return instructions are provided only after the request is approved."""),
    ("joysldgroup-6", """Please use a tracked service, and include all original parts, packaging, manuals and documentation."""),
    ("joysldgroup-6", """Returns should be sent with tracking and must contain every original component, the original packaging and all instructions and paperwork."""),
    ("joysldgroup-7", """After we receive and inspect your return, we'll refund the original payment method within 5-10 business days. Neither the original delivery charge nor the cost of return shipping is refundable."""),
    ("joysldgroup-7", """Once your items are back and checked, the money goes back to however you paid; allow five to ten working days. We don't refund postage, whether it's what you paid for delivery or for sending it back."""),
    ("joysldgroup-8", """Item arrived broken? Send us photos and your order info and we'll replace or refund it at no cost to you."""),
    ("joysldgroup-8", """Products found damaged on opening will be refunded or replaced free of charge upon receipt of photographs and order details."""),
    ("joysldgroup-9", """Standard return shipping is paid by the customer; we cover it for faulty items or if we sent the wrong product."""),
    ("joysldgroup-9", """You pay the postage on normal returns. If it's defective, or we shipped you the wrong thing, we'll pay instead."""),
    # --- pepperhead --------------------------------------------------------------------------------------
    ("pepperhead-1", """Orders can be cancelled and refunded at any time before they ship."""),
    ("pepperhead-1", """Changed your mind before we've dispatched your order? Cancel it and we'll give you your money back."""),
    ("pepperhead-2", """If your order has already shipped, returns must arrive back with us within 30 days of purchase, unused and complete with all seeds or spices, and will be refunded in full less transaction fees."""),
    ("pepperhead-2", """Already on its way? You can still send it back. It has to be back with us no more than thirty days after the purchase date, unused, with every seed or spice included, and we refund the whole amount minus transaction fees."""),
    ("pepperhead-3", """Opened food items cannot be returned."""),
    ("pepperhead-3", """Sorry, no returns on food once the packet has been opened."""),
    ("pepperhead-4", """Return shipping is paid by the customer, and original shipping charges are non-refundable."""),
    ("pepperhead-4", """You cover the postage to send things back, and we don't give back what you paid for delivery."""),
    # --- scrapbooking-warehouse --------------------------------------------------------------------------
    ("scrapbooking-warehouse-1", """For any reason, you can return unopened, unused and undamaged items within 30 days of delivery for a refund of the purchase price."""),
    ("scrapbooking-warehouse-1", """No matter why you want to send something back, we'll refund what you paid, provided it's still sealed, hasn't been used or damaged, and it's within thirty days of your delivery."""),
    ("scrapbooking-warehouse-2", """Credit is only given for merchandise returned in its original condition or otherwise fit for resale."""),
    ("scrapbooking-warehouse-2", """We can't credit you for anything that comes back unless it's as it was when we sent it, or at least good enough for us to resell."""),
    ("scrapbooking-warehouse-3", """Once your return is authorised, pack the items securely, mark the RMA number clearly on the outer box, and post them back."""),
    ("scrapbooking-warehouse-3", """Return steps:
1. get our authorization
2. pack everything carefully
3. write your RMA number clearly on the outer carton and ship it"""),
    ("scrapbooking-warehouse-4", """Defective, damaged or missing items must be reported to customer service by phone or email within 2 business days of delivery."""),
    ("scrapbooking-warehouse-4", """Something missing, broken or faulty in your order? Call or email us within two working days of receiving it."""),
    ("scrapbooking-warehouse-5", """We cover shipping for damaged, defective or incorrectly sent items. For all other returns, shipping is the customer's responsibility."""),
    ("scrapbooking-warehouse-5", """If it's broken, doesn't work or we sent the wrong thing, shipping's on us. Otherwise you pay it."""),
    # --- paiutetrails ------------------------------------------------------------------------------------
    ("paiutetrails-1", """Unused or defective hats can be returned within 30 days of delivery for a full refund to your original payment method."""),
    ("paiutetrails-1", """Got a hat you haven't used, or one that's faulty? Send it back within thirty days of receiving it and we'll refund the whole amount to the card or account you paid with."""),
    ("paiutetrails-2", """Unused items must be returned in the same condition in which they were received."""),
    ("paiutetrails-2", """Note: if it's unused, it needs to come back to us exactly as it arrived."""),
    ("paiutetrails-3", """Please package all returns carefully."""),
    ("paiutetrails-3", """Make sure whatever you're sending back is well wrapped."""),
    ("paiutetrails-4", """Returns and refunds take 5-7 business days to process, and you'll receive an email confirmation when complete."""),
    ("paiutetrails-4", """Processing time: five to seven working days for the return and the refund. Confirmation will be sent by email when finished."""),
    ("paiutetrails-5", """To request a return and refund, start a chat on our website with your name, the item, the reason for the return, your email and your phone number."""),
    ("paiutetrails-5", """Return and refund requests are handled through the live chat on our site. Please provide your name, the product, why it's being sent back, and your email address and phone number."""),
    ("paiutetrails-6", """You're responsible for the return postage, but we'll give you up to $5 in store credit to help cover it."""),
    ("paiutetrails-6", """Return shipping is paid by the customer; a store credit of no more than $5 is offered towards this cost."""),
]
