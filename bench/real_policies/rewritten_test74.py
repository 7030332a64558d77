"""The test74 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "amautow": ("""Returns and Refunds Policy
Last revised: 26 February 2026
Thank you for shopping at our online store of car parts. We want every order to leave you fully satisfied, and this page explains how returns and refunds work with us.
🔄 Who Can Return
Each product we sell is covered by a 12-month warranty. For the approved reasons listed below, goods can be sent back to us at no charge within 30 days of delivery. Replacement products carry that same warranty.
✅ Reasons That Qualify for a Free Return
Reason | What to do
Dead on arrival (DOA) | If the parcel turns up damaged or the part does not work, you may reject the package.
Wrong item sent | Send us photos of the part, of its SKU/PN number and of the shipping labels.
Not as described | Send photos that show where the product differs from its description.
Quality problems | Send photos or videos that let us see the problem.
Missing parts | Send pictures or videos that prove what is missing.
Please note: every claim needs visual proof. Once we have checked it, we will offer you a fitting solution.
❌ Reasons That Do Not Qualify for a Free Return
Reason | Notes
Arrived late | We do not cover delays beyond our control (customs, carriers).
Change of mind / ordered by mistake | The buyer pays for the return shipping and for any restocking fee that applies.
Not what you expected | This covers high shipping costs or price changes after purchase.
Manual missing | Ask us for an electronic or video manual instead.
User error / wrong product ordered | We do not cover user-caused damage or parts that were ordered incorrectly.
📋 How to Return an Item or Ask for a Refund or Replacement
1. Get in touch: contact our customer service team, tell them why you are returning the item and add the photos or videos needed.
2. Review: our team looks at your request and suggests a solution in line with this policy.
3. Return instructions: once we both agree, we send you instructions for the return. Please do not send the product to the sender's address printed on the parcel.
4. Return and processing: Onc""",
                ("reject the package", "delays beyond our control", "price changes after purchase",
                 "electronic or video manual", "user-caused damage")),

    "revzillastore": ("""At Moto Gear Shop we back our quality riding gear the way we back every rider. If something you bought is not what you hoped for, our simple returns process gets you the right gear and back on the road fast.
Our Returns Policy, Built for Riders
Returns and exchanges are accepted within 15 days of the day your order reaches you. Every item must be:
• in its original, unused condition
• complete with all its tags, its packaging intact
• sent with the original receipt or your order confirmation
A word on safety gear: to protect every rider, some items cannot come back, for reasons of hygiene and safety:
• Eyewear (once the package is opened)
• Base & Mid Layers (once worn)
• Boots (once worn)
• Filters (once the package is opened)
Returns in 3 Easy Steps
Step 1: Start your return
Write to [email protected], where our rider-support team reads every message, and give us the details below (our template can help):
Subject: Return Request – Order #[Your Order Number] Hello Moto Gear Shop team, I would like to return or exchange something from a recent order: Order number: [Insert] Item(s) to send back: [Product name, SKU if you have it] Why I am returning it: [Size, Defective, Wrong Item, etc.] What I would like: [Refund, Exchange for another size or colour, etc.] I attach photos of: – the product as it is now – its original packaging and tags – my order confirmation Please tell me what to do next. Ride safe, [Your Full Name] [Your Phone Number]
Step 2: Get your Return Authorization
Within 1-2 business days we will email you:
• a Return Merchandise Authorization (RMA) number
• a prepaid return shipping label (for defective or wrong items)
• instructions for packing the item again
Step 3: Send your return
Post your parcel to:
Moto Gear Shop Returns
1555 Drummond Street
SAN DIEGO, US 78384
Note: if you want an exchange, please state your new size/color preference clearly.
Refund Processing
When your return has arrived and we have inspected it:
• Timeline: refunds are processe""",
                      ("new size/color preference",)),

    "fredericktours": ("""At Luggage we want you to be entirely happy with what you buy. This page explains how returns, exchanges and refunds work.
Returns
We take back products that are defective, were damaged in shipping, or are not as described. For a return to be accepted:
- the product must be unused and still in its original packaging;
- the return must be requested within 7 days of your order reaching you.
How to Ask for a Return
To ask for a return, email us at [email protected] with:
- your order number;
- what the problem is, or why you are returning the product;
- photos of the damaged or defective item (where this applies).
Refunds
Once your return has been approved and the product is back with us, we process your refund.
- Refunds are paid as a cash on delivery refund upon your next order, or in a way agreed with you.
- Please note that shipping fees are not refunded.
Exchanges
For now we offer exchanges only for defective or damaged items. Email us at [email protected] to arrange one.
Damaged or Incorrect Items
If an item reaches you damaged, or is not the item you ordered, email us straight away at [email protected] with photos of the product, and we will make sure a replacement goes out to you as quickly as we can.
Contact Us
Any question about returns or refunds? Email us at [email protected].
""",
                       ("cash on delivery refund upon your next order",)),

    "usatravelluggage": ("""Travel Storage Store vouches for everything it sells, from backpacks and luggage to travel accessories. If you are not fully happy with what you bought, our simple returns and exchanges process is here to help.
Our Return Policy
Returns and exchanges are accepted within 15 days of your order reaching you. For a return to qualify:
- the item must be unused and in its original condition
- its original packaging must be intact, with every tag still attached
- you must show proof of purchase
Note: once opened or used, our RFID Blocking Travel Accessories can come back only if they are defective, for reasons of hygiene.
How to Start a Return or Exchange
These are the steps:
- Write to Customer Service at [email protected] no later than 15 days after your order arrives, saying what you would like
- Complete the Return/Exchange Form (the template is below)
- Wait for our approval: we reply within 2 business days with instructions for the return
- Pack the item securely in its original packaging
- Send the return to our warehouse address (given in the approval email)
Return/Exchange Request Template
Please use this template when you write to us about a return or an exchange:
Refund Process
When your return has arrived and we have inspected it:
- Processing time: once the item is here, 3-5 business days
- Refund method: your original payment method (Visa, MasterCard, JCB or PayPal)
- How long it takes:
- Card refunds: your statement shows them after 5-10 business days
- PayPal refunds: they take 3-5 business days
Note: the original shipping fees are not refunded, unless the return comes from a mistake of ours.
Exchange Process
For exchanges:
- we send your replacement item once we have received and processed your return
- standard shipping rates apply unless you are exchanging a defective item
- you will get the tracking information by email
Return Shipping
You pay the cost of shipping a return, unless it comes from a mistake of ours or a defective product. We recommend a trackabl""",
                         ("complete the return/exchange form", "standard shipping rates apply")),

    "thecaravanshop": ("""Returns & Refunds Policy
Please choose with care: The Caravan Shop does not take returns or give refunds for a change of mind or for items bought in error.
Returns
A return can be made only when all of these points are met.
- You provide proof of purchase.
- The item(s) are in original, unused condition.
- All of the packaging is still in its original condition.
- Refunds go back to the original payment method and may take several working days to reach your account.
- We will let you know once the refund has been made, so you can follow the funds.
- Postage paid on the original order is not refunded, unless we supplied you the wrong item.
Store Credit Option
Sometimes we can offer store credit minus a 20% restocking fee. That credit can go toward the item you want to exchange for.
- You are responsible for all postage costs.
- A return must be started within 7 days of your order arriving.
- After approval you have 7 days to post the item back.
- Every return MUST be approved by email before you send it.
- We give you instructions once the return is approved.
Contact
Please email us straight away to ask for the return address details and for approval.
Warranty & Damaged Items Policy
Faulty or Damaged Items
DAMAGED ITEMS
If an item reaches you damaged:
- Contact us straight away.
- We will assess whether damage occurred during shipping or otherwise.
- Every return has to be approved before it is sent back.
- Once approved, we send you a return label to begin the process.
- You have 7 days from receiving the item to start the return, and 7 days from approval to post it back.
Faulty/Warranty Items
- Warranty claims are normally handled directly with the manufacturer. Get in touch if you need help.
- Please read the warranty details of your product carefully, and register it if that is required.
Important Notes
- The Caravan Shop is not responsible for parcels lost or harmed on their way to us. For returns we strongly advise tracked and insured postage, so that retu""",
                       ("store credit minus a 20% restocking fee", "assess whether damage occurred during shipping",
                        "handled directly with the manufacturer", "not responsible for parcels lost")),

    "smartboatparts": ("""Return Policy
At Smart Boat Parts we have one aim: to help you keep your boat running safely, dependably and at a fair cost. Now and then a part has to be exchanged or sent back, and this policy is meant to make that clear, fair and easy.
Who Can Return
A return qualifies only when all of these are met:
The return is started within 30 days of delivery.
The product is new, unused and has never been installed.
The item comes back in its original OEM packaging, with no writing on it, no damage and no missing components.
If you need to test-fit the part, it must be opened carefully so that nothing gets damaged.
Boxed items must travel back inside a second outer box, so that they arrive safely.
These items cannot be returned:
Serialized components
Complete outdrives (upper or lower units)
Transom assemblies
New or remanufactured engines, long blocks or short blocks
Marine electronics
Special-order items (ask us for details: some can still come back, for a 30% restocking fee plus any freight we incurred)
Refunds & Return Shipping
Unused or Unwanted Items That Qualify:
For the return of an item that is unused, not installed and fit to sell again:
Smart Boat Parts sends you a prepaid return shipping label to make things easy.
The original shipping cost and the whole cost of the return shipping are taken off your refund.
Once the item is here, inspected and found to meet the return requirements, we refund the original form of payment.
Items that come back unfit to sell again, without their packaging, or with signs of installation may be refused or be subject to additional deductions.
Item Does Not Match Your Order:
If the part that reached you is not the one you ordered:
We swap it for the right one or replace it, and you pay nothing.
We pay every shipping charge, the return shipping and the shipping of the replacement included.
We may ask for photos to confirm the mistake and speed up the replacement.
Shipping Damage:
If """,
                       ("opened carefully", "30% restocking fee plus any freight", "subject to additional deductions")),

    "beiz": ("""Returns & Refunds
We want you to buy with confidence. If a purchase does not satisfy you, you are entitled to return the product on the following terms:
How to Start a Return
- Fill in the return form below to let us know you mean to send a product back; you have 14 days from the goods' arrival to do so.
- The product you send back must be unused, undamaged and in its original packaging.
Return Costs & Refunds
- You pay the cost of shipping the return, unless it comes back because we sent the wrong item or the product is defective.
- When the returned item has arrived and been inspected, we refund the product in full, the original delivery cost included, within 14 days of receiving the withdrawal statement.
Exceptions
- Car care products that have been opened (car shampoos, waxes or interior cleaners, for example) cannot be returned.
- Items for which usage or non-usage cannot be determined cannot be returned either.
Consumer Rights & Disputes
If a dispute arises, you can turn to the Consumer Disputes Commission of the Consumer Protection Board, which settles contract disputes about purchases of more than €20. Bringing a complaint to the commission costs nothing.""",
             ("within 14 days of receiving the withdrawal statement", "usage or non-usage cannot be determined")),

    "tyreselect": ("""RETURN & REFUND
RETURN & REFUND POLICY
A customer may cancel the purchase and send the goods back for a full refund when all of these hold:
- The goods have not been used in any way.
- The goods are in their original packaging and in the good condition in which the installer or the customer received them.
- The goods have not been mounted on a rim and have not been driven on.
An order can be cancelled with no deduction at all only while the goods are still in the warehouse. For cancellations after the merchandise has left the warehouse, the customer alone bears every cost of the return. Tyre-select.com is entitled to charge the customer the direct and indirect costs it incurs through the return of the goods.
Please ask the tyre-select.com customer care department for the exact cost of returning your goods, since return costs differ with tyre size and location.
Every refund is paid by the original mode of payment.
No further restocking charge or administration charge is added.
WARRANTY
Every tyre on www.tyre-select.com is sold brand new, and its maker warrants it for one year, counted from the day you bought it. The tyre maker gives this warranty to the end user. For more about a maker's warranty, its terms and its exclusions, please visit that maker's regional website for the Middle East. Beyond the manufacturer's warranty, no other warranty is implied, whether from the merchant or of fitness for any use. Each maker has its own way of handling a warranty claim, and we are glad to help with any question you have about it: please contact our customer care department.
Please get in touch, and we will gladly help you obtain what the manufacturer's warranty provides.""",
                   ("cancellations after the merchandise has left the warehouse", "direct and indirect costs",
                    "costs differ with tyre size and location")),

    "roofrackgalore": ("""Search
Close this search box.
0
Refunds
If you are unhappy with your purchase for any reason other than a faulty or damaged product, the 12-day policy period is when you may ask us for a refund. Refunds go back to the original payment method within 10 business days of the item(s) arriving back at our warehouse.
Refunds leave out any shipping or handling charges, except for faulty or damaged items. What you get back is the item's purchase price, less any shipping and handling charges that apply.
EXCHANGES
Exchanges depend on what we have in stock. To exchange an item for another size or colour, we suggest sending your purchase back as soon as you can and ordering the item you want separately, since it may sell out.
An exchange is handled as a return plus a new order: we refund the returned item(s), and you place a new order for the items you want instead.
DAMAGED OR INCORRECT ITEMS
Was the item damaged or defective when it arrived, or not what you ordered? Write at once to [email protected], giving your order number and attaching a picture of the damage. We then organise its return, and afterwards either give you your money back or send you a replacement.
LIMITS ON REFUNDS AND EXCHANGES
Please note that personalised items cannot be returned or exchanged unless they are faulty. Sale items are all final: unless faulty, they cannot come back or be swapped. We take no returns or exchanges of items shipped internationally.
By buying from Roof Rack Galore you accept this Return and Refund Policy. We may change or amend it at any time; changes are posted online and apply as soon as they appear.
PRODUCT INSPECTION
When returned goods reach us, our team gives them a thorough Quality Control (QC) check. The return must meet these criteria:
The product mu""",
                       ("items shipped internationally",)),

    "dashcamerasa": ("""Thank you for choosing Dash Camera Store for the products you love. We are happy to serve you.
Sometimes you change your mind about what you bought, and that is fine. At Dash Camera we try to keep returning or exchanging a product as simple and smooth as we can.
This is how returns and exchanges work:
Return and Exchange Period:
- Please get in touch with us first if you want to return or exchange a product.
- For 10 days from the order date you may send a product back or swap it, as long as the product is intact and unchanged. You pay all of the shipping costs. We refund the price of the product within 14 business days of receiving the returned items.
- Taking the parcel from the courier company constitutes the customer's confirmation that it was intact, in good condition and unopened before it was handed over.
- Shipping fees, customs duties, taxes and every other charge linked to international shipping are not refunded when an item is returned or never arrives, except where there is a manufacturing defect.
- You may exchange a product for another one before the shipment is sent (except for orders paid through the instalment companies Tabby/Tamara).
- A product that turns out different from the specifications shown at purchase may be swapped or sent back within that same return/exchange period.
- Depending on bank policies, processing a refund can take as long as 14 business days; the money goes back to the original payment method.
- Under the payment gateway's rules, a refund to the original card cannot be requested after 14 days from the order date. If the request comes later than that, the store may refund by other means it finds suitable.
- Returns, exchanges and w""",
                     ("constitutes the customer's confirmation", "before the shipment is sent",
                      "after 14 days from the order date")),

    "scooterfull": ("""At Scooterfull.shop your satisfaction comes first, and we want every customer to buy with confidence. This Return & Refund Policy explains how we handle returns, exchanges and refunds, so that the process is smooth and fair.
1. Who Can Return
We take returns within 14 days of delivery on these conditions:
The product is unused, in its original condition and packed securely.
Every accessory, manual and original tag is included.
A valid proof of purchase (an order confirmation, for example) is provided.
Scooterfull.shop may refuse returns that do not meet these conditions or that show signs of use or damage.
2. Items That Cannot Be Returned
These items cannot be returned or exchanged:
E-scooters or e-bikes that are used or physically damaged
Customized or modified products
Clearance or final sale items
Gift cards and promotional items
If you are not sure whether your product qualifies, please ask us through the contact form before going ahead.
3. How to Return
To begin a return, use the form on our Contact page, giving your order number and why the item is coming back. Once we have reviewed it, our team sends you full return instructions and the return address.
⚠️ Important: please send nothing back without our authorization first. We may neither process nor refund a return we did not authorize.
4. Return Shipping Costs
You pay the cost of return shipping, unless the return is because of:
a defective or damaged product
a wrong item sent by Scooterfull.shop
We strongly recommend a trackable shipping method, so that your parcel reaches us safely.
5. Refunds
Once your return has arrived and been inspected, we will let you know its status. If it is approved, the refund goes to your original payment method; depending on your payment provider, it usually shows 5–10 business days later.
Shipping charges are not refunded unless the return was caused by a mistake on our pa""",
                    ()),

    "bikeerack": ("""RETURN & REFUND POLICY
Last updated: June, 2024
PRODUCT REFUND
BIKE eRACK® takes back, and refunds, new and unused standard products (eRACK1, eRACK2, eRACK3, eRACK4 and eRACK5 with the standard hitch bar of 16 or 18 inches) that reach our facilities in their original packaging within 30 days of the date they were delivered to the purchaser's address, or of the date they were picked up at our facilities. No refund applies to a customize eRACK®, the eRACK® Trike Universal, the Classic Delta Trike or the MX eRACK®. When an unused product is returned, the customer pays a 20% restocking fee when the refund is made.
A customer who asks for a refund before the completion of the eRACK® is charged an administration fee of 3%.
Sending the product back to our facilities (909 Seymour Blvd., North Vancouver, BC, V7J 2J7, Canada) is at the purchaser's cost, as the product's first shipment was.
Contact⚡Us with any question about returns and refunds.
.
Changes to this Return & Refund Policy
We may update this Return & Refund Policy from time to time, and will tell you of any change by posting the new policy on this page.
The "Last updated:" date at the top and bottom of this policy shows when it last changed.
Please look over this Return & Refund Policy now and then for changes. A change takes effect as soon as it is posted here.
..""",
                  ("standard hitch bar of 16 or 18 inches", "before the completion of the erack")),
}
