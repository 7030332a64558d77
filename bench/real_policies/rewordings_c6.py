"""Two more wordings of each item of paraphrases_c6.py, in our own words, each stating the same facts
(rewordings.py reads them with the item's facts)."""

REWORDINGS: list[tuple[str, str]] = [
    # --- bbikes ------------------------------------------------------------------------------------------
    ("bbikes-1", """Changed your mind? You've got 30 days after you buy to return it."""),
    ("bbikes-1", """Return period: thirty (30) days from the date of purchase."""),
    ("bbikes-2", """Please don't use it, keep the tags on, and hang on to all the packaging it came in, otherwise we can't take it back."""),
    ("bbikes-2", """Conditions for a return:
- unused
- complete original packaging
- tags attached"""),
    ("bbikes-3", """Do I need a receipt? Yes: a receipt, order confirmation or other proof that you bought it from us is needed for any return."""),
    ("bbikes-3", """Every return needs proof of purchase."""),
    ("bbikes-4", """Did something arrive that doesn't work? Contact us straight away and we'll send a replacement or refund you."""),
    ("bbikes-4", """Defective products will be replaced or refunded upon notification."""),
    ("bbikes-5", """You cover the cost of mailing it back, unless it's faulty or we got something wrong."""),
    ("bbikes-5", """Return shipping is charged to the customer, except where the item is defective or the error is ours, in which case we pay it."""),
    # --- campinggearoutlet -------------------------------------------------------------------------------
    ("campinggearoutlet-1", """You've got a 15-day window to send things back for a refund, provided they tick all our boxes."""),
    ("campinggearoutlet-1", """Refund period: fifteen (15) days, subject to the return requirements."""),
    ("campinggearoutlet-2", """Item turned out faulty? Snap a photo of the problem and send it over, and you'll get a full refund."""),
    ("campinggearoutlet-2", """Defective products are refunded in full. A photograph evidencing the defect must be supplied."""),
    ("campinggearoutlet-3", """Heads up: the delivery charge you paid when ordering won't be refunded."""),
    ("campinggearoutlet-3", """Original shipping charges are non-refundable."""),
    ("campinggearoutlet-4", """Sending it back costs money, and that amount comes out of your refund."""),
    ("campinggearoutlet-4", """Return shipping costs are borne by the customer and deducted from the refund amount."""),
    ("campinggearoutlet-5", """Make sure it's brand new and unused, and get in touch for a return authorization within 15 days of receiving it."""),
    ("campinggearoutlet-5", """Merchandise must be returned unused. A Return Authorization must be obtained no more than fifteen days after receipt of the goods."""),
    ("campinggearoutlet-6", """When the prepaid label with your RA number shows up, you've got 10 days to get the package shipped to us."""),
    ("campinggearoutlet-6", """Items must be dispatched within ten (10) days of receiving the prepaid return label and RA number."""),
    ("campinggearoutlet-7", """It needs to be in perfect shape and sitting in its original box, and that box can't have been opened."""),
    ("campinggearoutlet-7", """Requirement: perfect condition, original packaging, product box unopened."""),
    ("campinggearoutlet-8", """Don't peel off any of the labels the product came with."""),
    ("campinggearoutlet-8", """All labels supplied with the product must be retained."""),
    ("campinggearoutlet-9", """Sorry, no returns on perishable goods, gift certificates, or anything you've already used."""),
    ("campinggearoutlet-9", """Non-returnable:
- perishable items
- gift certificates
- used items"""),
    ("campinggearoutlet-10", """Camp Chef gear is final sale, so it can't be returned."""),
    ("campinggearoutlet-10", """Camp Chef brand products are non-returnable and all sales of them are final."""),
    # --- callawaygolfpreowned ----------------------------------------------------------------------------
    ("callawaygolfpreowned-1", """Haven't hit a ball with it yet? Return it within 15 days from the ship date and we'll refund the full product price."""),
    ("callawaygolfpreowned-1", """Unplayed items (never hit) qualify for a refund of the whole product price if returned within 15 days after shipment."""),
    ("callawaygolfpreowned-2", """Just so you know, we keep the shipping, handling and any customization fees."""),
    ("callawaygolfpreowned-2", """Shipping, handling and customization charges are non-refundable."""),
    ("callawaygolfpreowned-3", """To get everything back, return it in exactly the shape it was in when you bought it."""),
    ("callawaygolfpreowned-3", """Full refund condition: item returned in its original purchase condition."""),
    ("callawaygolfpreowned-4", """You'll need an RMA number from us on the return, or it won't qualify for a full refund."""),
    ("callawaygolfpreowned-4", """Full refund condition: an RMA number issued by us must accompany the return."""),
    ("callawaygolfpreowned-5", """Make sure every piece and accessory goes back in the box to get your full refund."""),
    ("callawaygolfpreowned-5", """Full refund condition: all parts and accessories present."""),
    ("callawaygolfpreowned-6", """Just log in, find the order under your order history, pick the items, and you'll get an RMA plus a prepaid return label at no charge."""),
    ("callawaygolfpreowned-6", """Return authorizations are created online via the account's order history; a free prepaid return shipping label is provided."""),
    ("callawaygolfpreowned-7", """Bought a set? Then it has to come back as a set; we can't take single clubs from it."""),
    ("callawaygolfpreowned-7", """Sets may only be returned complete; individual clubs from a set are not accepted."""),
    # --- skidepot ----------------------------------------------------------------------------------------
    ("skidepot-1", """Not happy? Send it back within 30 days and we'll refund you, though shipping charges aren't included."""),
    ("skidepot-1", """Returns are accepted within thirty (30) days; the refund excludes all shipping charges."""),
    ("skidepot-2", """Before you ship anything, give us a call or drop us an email for an RA number."""),
    ("skidepot-2", """A return authorization number must be obtained by telephone or email prior to returning any item."""),
    ("skidepot-3", """For a refund it needs to be unused and exactly as it left us, tags, box and accessories included."""),
    ("skidepot-3", """Refund eligibility:
- unused
- original condition as shipped
- all tags attached
- original packaging
- all accessories included"""),
    ("skidepot-4", """Return shipping is on you."""),
    ("skidepot-4", """The customer is responsible for return shipping charges."""),
    ("skidepot-5", """Skis with mounted bindings and special-order items aren't refundable, sorry."""),
    ("skidepot-5", """Non-refundable:
- skis with bindings mounted
- special orders"""),
    ("skidepot-6", """We'd suggest UPS or USPS for returns, with insurance on the package."""),
    ("skidepot-6", """Returns should be shipped insured via UPS or USPS."""),
    ("skidepot-7", """Paid with a credit card? The money goes back onto that same card."""),
    ("skidepot-7", """Credit card purchases are refunded to the originating credit card account."""),
    ("skidepot-8", """Once you've used it, it can't be returned, unless it turns out to be defective."""),
    ("skidepot-8", """Used merchandise is not accepted for return or refund; defective products are the sole exception."""),
    ("skidepot-9", """Pop the packing slip in the box and jot down on the back why you're sending it back."""),
    ("skidepot-9", """Include the packing slip with the return, stating the reason for the return on its reverse side."""),
    # --- fitnessgearusa ----------------------------------------------------------------------------------
    ("fitnessgearusa-1", """You've got 30 days after buying to ask for a refund or exchange; after that, we can't help."""),
    ("fitnessgearusa-1", """Returns are accepted for thirty (30) days from the date of purchase."""),
    ("fitnessgearusa-2", """Don't send anything back without our OK first, and we can't take items that have been used."""),
    ("fitnessgearusa-2", """Unauthorized returns and used items will not be accepted."""),
    ("fitnessgearusa-3", """Want to return something? Just use the return form on our site."""),
    ("fitnessgearusa-3", """Return requests are submitted through the online return form."""),
    ("fitnessgearusa-4", """It has to be unused, in the same shape it arrived in, and still in its original packaging."""),
    ("fitnessgearusa-4", """Eligibility: item unused, in the condition received, and in its original packaging."""),
    ("fitnessgearusa-5", """Some stuff can't come back: food, flowers, newspapers and magazines (anything perishable), gift cards, some health and personal care products, and home gyms or equipment over 50 lbs."""),
    ("fitnessgearusa-5", """Non-returnable:
- perishable goods (food, flowers, newspapers, magazines)
- gift cards
- certain personal-care or health products
- home gyms and other machines above 50 lbs"""),
    ("fitnessgearusa-6", """Keep your receipt handy: we'll need it, or some other proof you bought it, to complete the return."""),
    ("fitnessgearusa-6", """Returns can only be completed on presentation of a receipt or other evidence of purchase."""),
    ("fitnessgearusa-7", """Shipping it back is on you, unless the product was defective or got damaged on the way to you; then we cover it."""),
    ("fitnessgearusa-7", """Customers bear the cost of return postage, except for defective goods or goods harmed during delivery."""),
    ("fitnessgearusa-8", """Just changed your mind? Then we'll keep the original shipping cost out of what we refund."""),
    ("fitnessgearusa-8", """For change-of-mind returns, original shipping charges are deducted from the refund."""),
    # --- tackshopuk --------------------------------------------------------------------------------------
    ("tackshopuk-1", """You've got 15 days from when your order lands to send it back."""),
    ("tackshopuk-1", """Return window: fifteen (15) days from receipt of the order."""),
    ("tackshopuk-2", """Keep it unused, in the original packaging, and don't take off any tags or labels."""),
    ("tackshopuk-2", """Conditions: unused; original packaging; every tag and label left on."""),
    ("tackshopuk-3", """Want to return or exchange something? Email our customer care team within 15 days of delivery with your order number and the details."""),
    ("tackshopuk-3", """Return and exchange requests must be made by email within fifteen days of delivery, quoting the order number, before any item is sent back."""),
    ("tackshopuk-4", """We'll get back to you within a business day or two with your RMA number and where to send it."""),
    ("tackshopuk-4", """A response, including the RMA number and the return address, is provided within 1-2 business days."""),
    ("tackshopuk-5", """Wrap it up well in its original packaging and stick the RMA number on the outside of the box."""),
    ("tackshopuk-5", """Items must be securely packed in their original packaging, RMA number clearly marked on the exterior."""),
    ("tackshopuk-6", """You'll pay for the return postage unless we messed up, and we'd recommend a tracked and insured service."""),
    ("tackshopuk-6", """Return shipping is the customer's responsibility unless the return results from our error. A tracked, insured service is recommended."""),
    ("tackshopuk-7", """Once it's back with us, we'll inspect it."""),
    ("tackshopuk-7", """All returned items are inspected upon receipt."""),
    # --- huntersheart ------------------------------------------------------------------------------------
    ("huntersheart-1", """Not satisfied? If it's new, unused and still in its packaging, return it within 30 days of shipping and pick a refund, store credit or an exchange."""),
    ("huntersheart-1", """New, unused merchandise in original packaging may be returned within thirty (30) days of shipment for a refund, a credit, or an exchange, at the customer's choice."""),
    ("huntersheart-2", """You'll be paying for all the shipping, plus any customs, duties and taxes."""),
    ("huntersheart-2", """The customer bears every shipping cost, as well as customs, duties and taxes."""),
    ("huntersheart-3", """Anything made custom for you is final sale, so no refunds on those."""),
    ("huntersheart-3", """Custom equipment is final sale and non-refundable."""),
    ("huntersheart-4", """Package showed up damaged? Send us an email."""),
    ("huntersheart-4", """Damaged shipments are to be reported by email."""),
    ("huntersheart-5", """Don't ship anything back until we've given you a return authorization."""),
    ("huntersheart-5", """A return authorization is required for every return."""),
    ("huntersheart-6", """It's got to be as good as new and in its original box, with manuals, tags, warranty cards and accessories all there."""),
    ("huntersheart-6", """Requirements: like-new condition; original packaging; manuals, tags, warranty cards and accessories included."""),
    ("huntersheart-7", """Ship it with tracking and get it insured, please."""),
    ("huntersheart-7", """Returns should be sent via a traceable service and insured."""),
    ("huntersheart-8", """Drop us an email or give us a call explaining the problem, and we'll authorize the return."""),
    ("huntersheart-8", """Return authorizations are requested by email or telephone, with a description of the problem."""),
    # --- tampabaypaddle ----------------------------------------------------------------------------------
    ("tampabaypaddle-1", """Bought something new? You can get a full refund for 14 days from the purchase date."""),
    ("tampabaypaddle-1", """Full refunds are available on new items for 14 days after purchase."""),
    ("tampabaypaddle-2", """You'll need to pay whatever it costs to ship it back."""),
    ("tampabaypaddle-2", """Return shipping fees are the customer's responsibility."""),
    ("tampabaypaddle-3", """It can't look used at all."""),
    ("tampabaypaddle-3", """Items must show no use or wear."""),
    ("tampabaypaddle-4", """Paddled it already? Then it's yours to keep; used items can't be returned."""),
    ("tampabaypaddle-4", """All sales are final once an item has been used."""),
    # --- climbgear ---------------------------------------------------------------------------------------
    ("climbgear-1", """Make sure your return is in the mail within 14 days from when you bought it."""),
    ("climbgear-1", """Return deadline: items to be dispatched no later than 14 days after purchase."""),
    ("climbgear-2", """Only send back stuff you haven't used, with its original tags and labels still on."""),
    ("climbgear-2", """Condition: unused, every original tag and label still fixed to the item."""),
    ("climbgear-3", """First, shoot customer service an email to get your RMA number."""),
    ("climbgear-3", """An RMA number must be requested by email before any return is shipped."""),
    ("climbgear-4", """Wrap it up securely in its original packaging."""),
    ("climbgear-4", """Items should be securely packed in the original packaging."""),
    ("climbgear-5", """You pay the return shipping, and please only use a trackable service."""),
    ("climbgear-5", """Return shipping charges are borne by the customer; a trackable shipping method must be used."""),
    ("climbgear-6", """When we get it back, we'll check its condition first."""),
    ("climbgear-6", """Returned items are inspected on receipt before the return is processed."""),
    ("climbgear-7", """We'll email you when your return has gone through."""),
    ("climbgear-7", """Customers are notified by email once the return has been processed."""),
    ("climbgear-8", """Sorry, special-order items can't be returned."""),
    ("climbgear-8", """Special order items are non-returnable."""),
    ("climbgear-9", """Got something broken, faulty or not what you ordered? Contact us and we'll sort out a refund or an exchange."""),
    ("climbgear-9", """Faulty, wrong or damaged goods: get in touch and we will refund or swap them."""),
    ("climbgear-10", """Bought it on sale? Then it's final, no returns."""),
    ("climbgear-10", """Discounted merchandise is final and cannot be returned."""),
    # --- runpoint2 ---------------------------------------------------------------------------------------
    ("runpoint2-1", """Got it online or in the shop? Either way, bring your receipt and you can return it for a full refund within 30 days of buying."""),
    ("runpoint2-1", """Purchases made online or in store are fully refundable for thirty (30) days after purchase, upon presentation of the receipt."""),
    ("runpoint2-2", """To get a refund, keep it unused, in the original packaging, with the tags still attached."""),
    ("runpoint2-2", """Refund conditions:
- new and unused
- original packaging
- tags attached"""),
    ("runpoint2-3", """No returns on gift cards, worn compression gear, or clearance stuff priced at $75 or under; they're final sale."""),
    ("runpoint2-3", """Final sale (non-returnable):
- clearance items of $75 or less
- worn compression items
- gift cards"""),
    ("runpoint2-4", """Ordered online? You can mail it back or return it at one of our stores, and get a refund or swap it for something else."""),
    ("runpoint2-4", """Online purchases may be returned by mail or in store for a refund or an exchange."""),
    ("runpoint2-5", """The shipping you paid on your online order isn't refundable."""),
    ("runpoint2-5", """Original shipping charges on online orders are non-refundable."""),
    ("runpoint2-6", """Your refund lands back on whatever you paid with."""),
    ("runpoint2-6", """Refund method: the payment method used for the purchase."""),
    # --- matchpointstore ---------------------------------------------------------------------------------
    ("matchpointstore-1", """You can return most things for up to 30 days after you buy them."""),
    ("matchpointstore-1", """Most items are returnable within thirty (30) days of the date of purchase."""),
    ("matchpointstore-2", """Send it back just the way you got it: not used, not worn, with all the tags, labels and protective wrap still on."""),
    ("matchpointstore-2", """Condition required: as originally supplied, never used or worn, all tags, labels and protective coverings in place."""),
    ("matchpointstore-3", """Refunds and price adjustments only go back to the card or account you paid with."""),
    ("matchpointstore-3", """Any refund or price adjustment is credited exclusively to the payment method or account used for the purchase."""),
    ("matchpointstore-4", """Can I return tennis balls or a reel of string? No, and the same goes for gift cards and anything marked down 40% or more."""),
    ("matchpointstore-4", """Non-returnable:
- gift cards
- reels of string
- tennis balls
- items discounted 40% or more"""),
    ("matchpointstore-5", """Returning by mail? Email us your name, order number and why you're sending it back, and we'll reply with shipping instructions."""),
    ("matchpointstore-5", """Mail returns must first be requested by email, stating the customer's name, the order number and the reason for the return; shipping instructions are then provided."""),
    # --- switchskateboarding -----------------------------------------------------------------------------
    ("switchskateboarding-1", """Not stoked with it? No questions asked: you've got 15 days after it arrives to send it back, and you'll get your money back or a new one."""),
    ("switchskateboarding-1", """Return period: 15 days following delivery. Outcome: complete refund or replacement. Reason: not required."""),
    ("switchskateboarding-2", """Your refund goes back the same way you paid, and nowhere else."""),
    ("switchskateboarding-2", """Refunds: credited solely to the payment method used at checkout."""),
    ("switchskateboarding-3", """We only pay back the shipping (there and back) if we made a shipping error."""),
    ("switchskateboarding-3", """Outbound and return postage are reimbursed solely where a shipping mistake was made by us."""),
    ("switchskateboarding-4", """Don't use it, keep it in the original packaging, and leave all the tags and labels on."""),
    ("switchskateboarding-4", """Eligibility: unused; original packaging; every tag and label present."""),
    ("switchskateboarding-5", """Sale stuff is final, so it can't be returned or exchanged."""),
    ("switchskateboarding-5", """Discounted (sale) merchandise: final, no returns or exchanges."""),
    ("switchskateboarding-6", """Hit us up for an RA number first, before you ship anything."""),
    ("switchskateboarding-6", """An RA# is required from us prior to shipping any return."""),
    ("switchskateboarding-7", """Pack it up well, in the original packaging, making sure that's not damaged."""),
    ("switchskateboarding-7", """Items are to be repackaged securely in their original, undamaged packaging."""),
    ("switchskateboarding-8", """You can send it back with UPS, FedEx or USPS."""),
    ("switchskateboarding-8", """Accepted return carriers: UPS, FedEx, USPS."""),
]
