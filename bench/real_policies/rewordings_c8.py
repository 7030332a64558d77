"""Two more wordings of each item of paraphrases_c8.py, in our own words, each stating the same facts
(rewordings.py reads them with the item's facts)."""

REWORDINGS: list[tuple[str, str]] = [
    # --- officesuppliesnew ------------------------------------------------------------------------------
    ("officesuppliesnew-1", """Thinking of sending it back? Make sure you haven't used it, it's exactly as you got it, and the packaging is all there."""),
    ("officesuppliesnew-1", """Return conditions:
- unused
- in original condition
- original packaging intact"""),
    ("officesuppliesnew-2", """Q: Do I need my receipt? A: Yes, you'll have to show proof that you bought it from us."""),
    ("officesuppliesnew-2", """Proof of purchase is required for all returns."""),
    ("officesuppliesnew-3", """You've got 15 days from the day your order turns up to send things back."""),
    ("officesuppliesnew-3", """Return period: fifteen (15) days following delivery."""),
    ("officesuppliesnew-4", """Sorry, we can't take back or exchange opened ink bottles and cartridges, replacement nibs, or engraved limited editions."""),
    ("officesuppliesnew-4", """The following are non-returnable and non-exchangeable:
- ink bottles and cartridges, once opened
- replacement nibs
- limited editions bearing a personalised engraving"""),
    ("officesuppliesnew-5", """Drop our customer service team an email within 15 days of getting your parcel. Tell us your order number, which items you're returning and the reason, and we'll send an RMA number and next steps."""),
    ("officesuppliesnew-5", """Return requests must be submitted by email no later than fifteen days after delivery, stating the order number, the items concerned and the reason for return. A return authorization number and instructions are issued before any goods are shipped."""),
    ("officesuppliesnew-6", """Pack everything up securely in the original box, and don't forget the accessories and documents that came with it."""),
    ("officesuppliesnew-6", """Goods must be securely packed in their original packaging, with all accessories and documentation enclosed."""),
    ("officesuppliesnew-7", """You'll cover the return postage unless we messed up, and we'd suggest a tracked service."""),
    ("officesuppliesnew-7", """Return shipping costs are borne by the customer, except where the return results from our error. A trackable shipping method is recommended."""),
    ("officesuppliesnew-8", """Once your items land with us, our quality team looks them over, and we'll email you when the return's approved."""),
    ("officesuppliesnew-8", """All returned items are inspected on receipt; customers are notified by email upon approval."""),
    ("officesuppliesnew-9", """After the inspection, we'll push your refund through within 5 business days, to whatever you paid with."""),
    ("officesuppliesnew-9", """Approved refunds are issued to the original payment method within five (5) business days of inspection."""),
    # --- stationeryspot -----------------------------------------------------------------------------------
    ("stationeryspot-1", """Changed your mind? You can ask for your money back or an exchange, as long as it's within 7 days of your order arriving."""),
    ("stationeryspot-1", """Refunds and exchanges may be requested within seven (7) days of receipt of the order."""),
    ("stationeryspot-2", """Please only send back things you haven't used, that aren't damaged, and that are still in their original packaging."""),
    ("stationeryspot-2", """Returned items are to be free of use and damage, and packed as originally supplied."""),
    ("stationeryspot-3", """Q: What do I need to return something? A: Something that shows you bought it, and it has to be valid."""),
    ("stationeryspot-3", """Each return must be accompanied by valid evidence of purchase."""),
    ("stationeryspot-4", """We can't return or swap personalised or custom-made items, sale or clearance stuff, anything you've opened or used, or digital downloads like e-books."""),
    ("stationeryspot-4", """Excluded from returns and exchanges:
- personalised or custom-made products
- sale and clearance items
- opened or used items
- digital products (e-books, downloads)"""),
    ("stationeryspot-5", """If we approve your return, your money goes back the way you paid. Give it 7 to 10 business days to process."""),
    ("stationeryspot-5", """Approved refunds are credited to the original payment method; processing takes seven to ten working days."""),
    ("stationeryspot-6", """Heads up: shipping and handling fees aren't refundable."""),
    ("stationeryspot-6", """Charges for shipping and handling will not be reimbursed."""),
    ("stationeryspot-7", """If we sent you a defective or incorrect item, don't worry about postage. We'll pay to get it back."""),
    ("stationeryspot-7", """Return shipping is covered by the store where the item supplied was defective or incorrect."""),
    ("stationeryspot-8", """Want to return something? Email us first with your order number and why you're sending it back, and we'll review it and give you instructions."""),
    ("stationeryspot-8", """Returns are initiated by email, quoting the order number and the reason for return. Instructions are provided after the request is reviewed; nothing should be shipped beforehand."""),
    ("stationeryspot-9", """Ship it to the return address we send you."""),
    ("stationeryspot-9", """Items are to be shipped to the return address provided by our team."""),
    ("stationeryspot-10", """When your parcel gets here we'll check it over, then sort out your refund or exchange."""),
    ("stationeryspot-10", """Returned goods are inspected on receipt before a refund or exchange is processed."""),
    ("stationeryspot-11", """Did your order arrive damaged, or is it the wrong item? Contact us within 48 hours with photos and we'll replace it or refund you."""),
    ("stationeryspot-11", """Damaged or incorrect items must be reported within 48 hours of delivery, with photographs. A replacement or a refund will then be provided."""),
    ("stationeryspot-12", """You can cancel any time before we ship and you'll get a full refund."""),
    ("stationeryspot-12", """Cancellation: permitted prior to dispatch, with a full refund."""),
    ("stationeryspot-13", """Once it's shipped, it's too late to cancel."""),
    ("stationeryspot-13", """Orders that have already been dispatched cannot be cancelled."""),
    # --- refreshcomputers ---------------------------------------------------------------------------------
    ("refreshcomputers-1", """You get 14 days to return anything for a refund, starting from when you pick it up or it's dropped off at your place."""),
    ("refreshcomputers-1", """All purchases may be returned for a refund within fourteen (14) days of collection or delivery."""),
    ("refreshcomputers-2", """Bring back all the bits it came with (chargers, discs, box and so on), and make sure the product itself isn't damaged."""),
    ("refreshcomputers-2", """Returns must include all original accessories and packaging, and the product must be in its original, undamaged condition."""),
    ("refreshcomputers-3", """Labour and service plans aren't refundable, and if you open a standalone software package, you can't return it."""),
    ("refreshcomputers-3", """Non-refundable: labour charges; service plans; standalone software once opened."""),
    ("refreshcomputers-4", """Planning to mail it back? Phone or email us for an authorization and shipping steps before you send it."""),
    ("refreshcomputers-4", """Shipped returns require a prior return authorization, obtainable by telephone or email, together with shipping instructions."""),
    ("refreshcomputers-5", """Sending it back by courier? The shipping's on you."""),
    ("refreshcomputers-5", """The purchaser bears the cost of return shipping."""),
    ("refreshcomputers-6", """Once we've got it and checked it, your refund goes through in 1 to 2 business days."""),
    ("refreshcomputers-6", """A refund is issued one to two business days after the product has been received and checked."""),
    # --- thetvhome ----------------------------------------------------------------------------------------
    ("thetvhome-1", """You've got 14 days after delivery to send something back, as long as it ticks the boxes below."""),
    ("thetvhome-1", """Products are returnable for fourteen days after delivery, provided the conditions below are met."""),
    ("thetvhome-2", """Don't use it, don't damage it, and keep the original box."""),
    ("thetvhome-2", """Condition: unused, undamaged, in original packaging."""),
    ("thetvhome-3", """Make sure all the accessories, manuals and warranty cards go back in with it."""),
    ("thetvhome-3", """All accessories, manuals and warranty cards supplied with the product must be included."""),
    ("thetvhome-4", """Q: How do I start a return? A: Email our support team with your order details."""),
    ("thetvhome-4", """Returns are initiated by contacting customer support by email with the order details."""),
    ("thetvhome-5", """After it's back with us and we've inspected it, expect your refund to be processed in 7 to 10 business days."""),
    ("thetvhome-5", """Refunds are processed within seven to ten business days following receipt and inspection of the product."""),
    ("thetvhome-6", """We won't refund shipping charges."""),
    ("thetvhome-6", """Shipping charges are non-refundable."""),
    ("thetvhome-7", """TV turn up broken or not working? Let us know within 7 days of delivery and we'll send you a replacement."""),
    ("thetvhome-7", """Where a product is damaged or defective and this is reported no later than seven days after delivery, a replacement is provided."""),
    ("thetvhome-8", """If it's faulty or we sent the wrong thing, we'll cover the cost of getting it back to us."""),
    ("thetvhome-8", """Return shipping costs are paid by us for defective or incorrect items."""),
    ("thetvhome-9", """Just changed your mind? Then you'll pay for the return shipping."""),
    ("thetvhome-9", """In all other cases, including change of mind, return shipping fees are payable by the customer."""),
    ("thetvhome-10", """We can't take back a TV once it's been opened or used or if it's been mishandled, and clearance or final-sale items are also no-go."""),
    ("thetvhome-10", """Non-returnable:
- opened, used or misused televisions
- clearance and final-sale items"""),
    ("thetvhome-11", """Just email us your order number and the reason for the return, and we'll let you know what to do."""),
    ("thetvhome-11", """Return requests must be made by email, stating the order number and the reason for return; return instructions are issued in reply."""),
    ("thetvhome-12", """Ship it to the return address our team sends you."""),
    ("thetvhome-12", """Products are to be sent to the return address supplied by our support team."""),
    # --- speakerworks -------------------------------------------------------------------------------------
    ("speakerworks-1", """Most things we sell can be sent back for a refund within 30 days."""),
    ("speakerworks-1", """For the majority of products, the purchase price is refunded on return within thirty days."""),
    ("speakerworks-2", """Sorry, custom-made stuff can't be sent back."""),
    ("speakerworks-2", """Custom-made items are non-returnable."""),
    ("speakerworks-3", """Shipping costs aren't refundable."""),
    ("speakerworks-3", """Shipping charges will not be refunded."""),
    ("speakerworks-4", """Need to send something back? Email us first for an RA number, and include your order number, the item numbers and the reason."""),
    ("speakerworks-4", """A Return Authorization number must be obtained by email prior to any return. The request should state the order number, the item number(s) and the reason for return."""),
    ("speakerworks-5", """Your RA email will tell you where to send it. Please ship it only to that address."""),
    ("speakerworks-5", """Returns must be sent to the address provided with the Return Authorization."""),
    ("speakerworks-6", """Keep the manufacturer's box and packing bits. We can't take a return without them."""),
    ("speakerworks-6", """Returns are accepted only in the original manufacturer's box with its packing materials."""),
    ("speakerworks-7", """Got a faulty item? You can return it within 30 days of it being delivered."""),
    ("speakerworks-7", """Items found to be defective are accepted back for thirty days after delivery."""),
    ("speakerworks-8", """Q: Can I swap it for something else? A: No, we don't offer exchanges."""),
    ("speakerworks-8", """Exchanges are not offered."""),
    ("speakerworks-9", """If nothing's wrong with it, you can still send it back within 30 days of delivery, but we'll keep 10% as a restocking fee."""),
    ("speakerworks-9", """Non-defective items may be returned within thirty days of the delivery date, subject to a 10% restocking fee."""),
    ("speakerworks-10", """If your order shows up damaged, we'll send a replacement or refund you in full."""),
    ("speakerworks-10", """For items received damaged, either a replacement is shipped or a full refund is issued."""),
    # --- camshieldcctv ------------------------------------------------------------------------------------
    ("camshieldcctv-1", """You've got 7 days from delivery to send it back."""),
    ("camshieldcctv-1", """The return period is seven (7) days from delivery."""),
    ("camshieldcctv-2", """Make sure it's unused and not damaged, and send it back in its box with all the manuals, accessories and warranty cards."""),
    ("camshieldcctv-2", """Return conditions:
- unused and undamaged
- original packaging
- manuals, accessories and warranty cards included"""),
    ("camshieldcctv-3", """Bought it on clearance or at a discount? It might not be returnable, unless it turned up faulty."""),
    ("camshieldcctv-3", """Clearance and discounted items may be ineligible for return unless defective on arrival."""),
    ("camshieldcctv-4", """We can't accept CCTV cameras or DVR/NVR units that have already been installed or configured, opened software or licences, or custom and special-order products."""),
    ("camshieldcctv-4", """Non-returnable:
- installed or configured cameras and recorders
- opened software and licensing products
- customised or special-order products"""),
    ("camshieldcctv-5", """After we receive and check your return, we'll email you to let you know if it's been approved."""),
    ("camshieldcctv-5", """Returns are inspected on arrival, and the customer is informed of approval or rejection by email."""),
    ("camshieldcctv-6", """If it's approved, your money goes back to the card or account you paid with within 7 to 10 business days."""),
    ("camshieldcctv-6", """Approved refunds are issued to the original payment method within seven to ten business days."""),
    ("camshieldcctv-7", """We don't refund delivery charges."""),
    ("camshieldcctv-7", """Shipping charges are non-refundable."""),
    ("camshieldcctv-8", """Got a defective product or the wrong one? We'll swap it for you."""),
    ("camshieldcctv-8", """Exchanges are offered for defective or incorrect products."""),
    ("camshieldcctv-9", """Something arrive faulty or damaged? Email us no more than 48 hours after it's delivered, with your order number, what the product is, and pictures of the problem."""),
    ("camshieldcctv-9", """Defective or damaged products must be reported by email no later than 48 hours after delivery, stating the order number and the product and attaching photographs of the fault."""),
    ("camshieldcctv-10", """To return something, email us your order info and hold on until we confirm and tell you how to send it."""),
    ("camshieldcctv-10", """Returns are initiated by email with the order details; items should not be sent until confirmation and instructions have been received."""),
    ("camshieldcctv-11", """Box it up well in the packaging it arrived in and post it to us."""),
    ("camshieldcctv-11", """Items must be securely packed in their original packaging for return."""),
    # --- solarpenny ---------------------------------------------------------------------------------------
    ("solarpenny-1", """Want to send something back? Get in touch no more than 5 business days after you buy."""),
    ("solarpenny-1", """Return requests must be made to us within five (5) business days of the purchase date."""),
    ("solarpenny-2", """If it shows up damaged, we'll replace it with the same item."""),
    ("solarpenny-2", """A product delivered damaged is replaced by an identical one."""),
    ("solarpenny-3", """Damaged in shipping? You've got 48 hours after it arrives to tell us."""),
    ("solarpenny-3", """Shipping damage claims must be submitted within two days (48 hours) of delivery."""),
    ("solarpenny-4", """We can't accept returns of solar panels, inverters, charge controllers, general solar gear, made-to-order items or special orders."""),
    ("solarpenny-4", """Non-returnable:
- solar panels
- inverters
- charge controllers
- general solar equipment
- custom made-to-order items
- special-order items"""),
    ("solarpenny-5", """If you've used it, you can't return it."""),
    ("solarpenny-5", """Used items are not eligible for return."""),
    ("solarpenny-6", """Please send it back in the original packaging."""),
    ("solarpenny-6", """Items must be returned in their original packaging."""),
    ("solarpenny-7", """Ordered the wrong thing or just changed your mind? The return shipping's on you."""),
    ("solarpenny-7", """Where goods were ordered by mistake or are no longer wanted, the purchaser pays for shipping them back."""),
    ("solarpenny-8", """Heads up: there's a 20% restocking fee on approved returns."""),
    ("solarpenny-8", """A restocking fee of 20% applies to all approved returns."""),
    ("solarpenny-9", """We might not refund your original shipping."""),
    ("solarpenny-9", """Original shipping charges may be non-refundable."""),
    # --- sfbenzparts --------------------------------------------------------------------------------------
    ("sfbenzparts-1", """Sending a part back? Pop a copy of your invoice in the box."""),
    ("sfbenzparts-1", """Each returned part must be accompanied by its invoice (a copy is acceptable)."""),
    ("sfbenzparts-2", """Before you return anything, give us a shout so we can arrange it."""),
    ("sfbenzparts-2", """Returns must be arranged with us in advance."""),
    ("sfbenzparts-3", """Just so you know, we keep 20% as a restocking fee on returned parts."""),
    ("sfbenzparts-3", """Restocking fee: 20% on all returned parts."""),
    ("sfbenzparts-4", """Keep the original packaging. Parts need to come back in it."""),
    ("sfbenzparts-4", """Parts must be returned in their original packaging."""),
    ("sfbenzparts-5", """If you've used it, installed it, or even just test-fitted it, we can't take it back."""),
    ("sfbenzparts-5", """Parts that have been used, fitted or test-installed are not accepted back."""),
    ("sfbenzparts-6", """We don't accept returns on electrical parts."""),
    ("sfbenzparts-6", """Electrical parts: non-returnable."""),
    ("sfbenzparts-7", """You've got 30 days from when the part reaches you to ask for a return."""),
    ("sfbenzparts-7", """A return must be requested no later than thirty (30) days after receipt."""),
    ("sfbenzparts-8", """Q: Can I cancel? A: Yes, all or part of your order, right up until it ships."""),
    ("sfbenzparts-8", """Orders, in whole or in part, may be cancelled until shipment."""),
    ("sfbenzparts-9", """Your refund won't include what you paid for shipping."""),
    ("sfbenzparts-9", """Refunds exclude shipping fees."""),
    # --- motorcycledoctor ---------------------------------------------------------------------------------
    ("motorcycledoctor-1", """Something missing or damaged? Open a case on our web store within 2 days of getting your order."""),
    ("motorcycledoctor-1", """Parts that arrive damaged or are missing should be notified via the web store no later than two days after the order is received."""),
    ("motorcycledoctor-2", """If a part shows up damaged, we might ask you to snap a few pictures of it."""),
    ("motorcycledoctor-2", """Digital photographs of damaged parts may be requested."""),
    ("motorcycledoctor-3", """If you ordered more than 30 days ago, it's too late to return it."""),
    ("motorcycledoctor-3", """Orders older than thirty days are not eligible for return."""),
    ("motorcycledoctor-4", """Returns come with a 20% restocking fee."""),
    ("motorcycledoctor-4", """A 20% restocking charge is deducted from every return."""),
    ("motorcycledoctor-5", """We won't refund the shipping and handling."""),
    ("motorcycledoctor-5", """No refund is given for shipping and handling."""),
    ("motorcycledoctor-6", """You'll cover the cost of shipping your return to us."""),
    ("motorcycledoctor-6", """Return shipping charges are the buyer's responsibility."""),
    ("motorcycledoctor-7", """No RMA number from us? Then we can't accept your return."""),
    ("motorcycledoctor-7", """Returns received without an RMA number issued by us will be refused."""),
    ("motorcycledoctor-8", """You can't return electrical bits like fuel pumps, relays, wire harnesses, ECUs, stators, regulator/rectifiers, injectors, ignition coils or other solid-state parts. The same goes for colour-coded body parts, anything you've installed, and owner's or service manuals."""),
    ("motorcycledoctor-8", """Non-returnable parts:
- electrical and solid-state electrical parts
- fuel pumps; relay assemblies; wire harnesses; ECUs
- colour-coded interior/exterior parts
- stators; regulators/rectifiers; fuel injectors; ignition coils
- installed items
- owner's and service manuals"""),
    ("motorcycledoctor-9", """To ask for a return, submit a new case on our web store with your order number, the order date, which parts, and why. If it's approved, we'll email you an RMA number."""),
    ("motorcycledoctor-9", """Return requests are submitted as a case through the web store portal, stating the order number, order date, parts concerned and reason for return. An RMA number is emailed upon approval."""),
    # --- esupplymarine ------------------------------------------------------------------------------------
    ("esupplymarine-1", """Not what you wanted? No problem: send back anything unused and still sealed in its original condition within 30 days of getting it."""),
    ("esupplymarine-1", """Unused items in original, unopened condition are accepted back, whatever the reason, for thirty days after the order is received."""),
    ("esupplymarine-2", """You pay to ship a return, but if we got your order wrong, we'll reimburse your return shipping."""),
    ("esupplymarine-2", """Return shipping fees are payable by the customer, except where the order was filled incorrectly by us, in which case they are refunded."""),
    ("esupplymarine-3", """Before sending anything back, email us to get an RA number."""),
    ("esupplymarine-3", """An RA (return agreement) number is to be requested by email before any return is shipped."""),
    ("esupplymarine-4", """Some things can't come back: cut rope and wire, custom rigging or anything built to your specs, sails, software, electronic charts, opened blister packs, life rafts, night vision gear, and Westland custom boat and PWC covers."""),
    ("esupplymarine-4", """Non-returnable products:
- cut lengths of rope or wire
- rigging and other products made to specification
- sails; software; electronic charts
- opened blister packs
- life rafts; night vision products
- Westland custom boat and PWC covers"""),
    ("esupplymarine-5", """Even if an item's on the no-returns list, we'll replace it if it turns out to be defective."""),
    ("esupplymarine-5", """Defective non-returnable items will be replaced."""),
    ("esupplymarine-6", """Please send it back in its original packaging with the manuals, packing material and warranty cards still in there."""),
    ("esupplymarine-6", """Items are accepted only in original packaging, with all manuals, packing material and warranty cards in place."""),
    # --- poolsupplies -------------------------------------------------------------------------------------
    ("poolsupplies-1", """You have 30 days from when you bought it to ask for a return."""),
    ("poolsupplies-1", """Returns are to be requested no later than thirty days after purchase."""),
    ("poolsupplies-2", """Heads up: returns come with a 20% restocking fee."""),
    ("poolsupplies-2", """A restocking fee of 20% is charged on returns."""),
    ("poolsupplies-3", """Would you rather have store credit than a refund? That's an option."""),
    ("poolsupplies-3", """In-store credit may be issued in place of a refund."""),
    ("poolsupplies-4", """No returns on chemicals, custom or special orders, solar covers that have been unpacked or unfolded, liners, or winter covers."""),
    ("poolsupplies-4", """Non-returnable:
- chemicals
- custom and special orders
- unpackaged or unfolded solar covers
- liners
- winter covers"""),
    ("poolsupplies-5", """Only send it back if it's still unopened and in sellable shape."""),
    ("poolsupplies-5", """Returned items must be unopened and in resalable condition."""),
    ("poolsupplies-6", """Get in touch through our email support centre to kick things off. You'll get an RMA from us before you ship anything."""),
    ("poolsupplies-6", """Returns are initiated via the email support centre; a Return of Merchandise Authorization is issued prior to shipment."""),
    ("poolsupplies-7", """The original shipping and handling won't be refunded."""),
    ("poolsupplies-7", """Original shipping and handling charges are non-refundable."""),
    ("poolsupplies-8", """You'll pay the full cost of shipping your return."""),
    ("poolsupplies-8", """All return shipping costs are the customer's responsibility."""),
    # --- fivemountainhardware -----------------------------------------------------------------------------
    ("fivemountainhardware-1", """Haven't used it? Then you can bring it back within 30 days of buying it."""),
    ("fivemountainhardware-1", """Goods that are unused are accepted back for thirty (30) days after the sale."""),
    ("fivemountainhardware-2", """If it's defective or was damaged in the box, we'll exchange it for the same item, or maybe a comparable one worth the same or more."""),
    ("fivemountainhardware-2", """Faulty goods, or goods found damaged inside their box, are exchangeable for the same product or, at our option, a similar product worth at least as much."""),
    ("fivemountainhardware-3", """We can't take back perishables, sanitary or personal care goods, hazardous materials, containers meant for flammable liquids or gases, gift cards, made-to-order stuff like mixed paint or cut rope, wire, chain and pipe, pre-orders and special orders, or anything sold by the pallet or ton."""),
    ("fivemountainhardware-3", """Non-returnable:
- perishable goods
- sanitary and personal care goods
- hazardous materials
- containers meant for flammable fuels or gases
- gift cards
- made-to-order items (mixed paint; cut rope, wire, chain or pipe)
- pre-ordered and special-order items
- goods sold in pallet or ton quantities"""),
    ("fivemountainhardware-4", """Bought it more than 30 days ago? Then it's too late to return it."""),
    ("fivemountainhardware-4", """Eligibility for return: purchases made within the preceding thirty days."""),
    ("fivemountainhardware-5", """Don't forget your proof of purchase when you return something."""),
    ("fivemountainhardware-5", """Evidence of purchase is required when an item is returned."""),
    ("fivemountainhardware-6", """Only bring it back if you haven't used it, it's still in the box it came in, and it's just like when you bought it."""),
    ("fivemountainhardware-6", """Condition required: unused; original packaging; unchanged since purchase."""),
    ("fivemountainhardware-7", """Mailing it back? Get a return authorization from us before you send it."""),
    ("fivemountainhardware-7", """A valid return authorization is required before any item is returned by mail."""),
]
