"""The test44 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "theglassboxfish": ("""**RETURN POLICY FOR DRY GOODS**

A receipt is needed for any dry goods return. Foods, medications and other items that can spoil must be unopened and still fit to be sold again, and you must return them before they expire. Frozen foods cannot be taken back at all.

For equipment: to return equipment, keep the original packaging and make sure the equipment is still fit to be sold again, with no sign that it has been used. Equipment that is defective, broken or not working can be exchanged for a new unit. Equipment has to come back within one week of buying it. We will only refund you if we have no replacement in stock.

Bags of gravel: gravel can be returned if the bag is unopened.

Whether we take back wood and hand rock is decided case by case.

For anything not listed above, you will need approval from Killian or Sarah before a refund or a replacement can be given.



****FISH AVAILABILITY**

The fish photos on this site are real, taken from OUR own tanks in the store. A fish may differ a little in colour and size from its photo for several reasons.

We try hard to keep the website and our stock list current, and we usually update the site every few days. Still, a group of fish can sell out fast, sometimes on the very day it goes on sale, so a photo of a fish on this site does NOT mean that fish is still in the store. If you are travelling a long way for one particular fish, we strongly suggest calling the store first to check that we still have it.

If you have questions about our fish, our policies or anything else, call us or use the contact button to send us a message. Thank you.

IMPORTANT INFORMATION FOR OUR CUSTOMERS

**LIVE FISH GUARANTEE**

Our fish come with a live arrival and acclimation guarantee for 72 hours (3 days) from the date of purchase. In other words, if your fish dies within 3 days of buying it""",
                        ("items that can spoil must be unopened", "return them before they expire",
                         "to return equipment, keep the original packaging", "within one week of buying it",
                         "only refund you if we have no replacement in stock",
                         "gravel can be returned if the bag is unopened", "wood and hand rock",
                         "not listed above, you will need approval", "live arrival and acclimation guarantee")),

    "horsesportshop": ("""At Equestrian Supplies Store we know that even tack chosen with great care sometimes needs a change, just as your horse's kit does. If a purchase falls short of what you hoped, our returns policy is meant to be as clear as a well-marked dressage arena.

Our Return Promise

Returns and exchanges are accepted within 15 days of receiving your order. Every item must be:

  • In its original condition and unused
  • Complete with all its tags attached
  • In the original packaging for safety equipment such as Horse Boots and Wraps or Hoof Boots

Items We Cannot Take Back

For reasons of hygiene and safety, we do not accept returns of:

  • Boot Liners (worn against the skin)
  • Ear Bonnets (for hygiene)
  • English Bits (safety equipment)
  • Any tack that was custom-made or personalized

How to Return

Returning an item takes a few simple steps:

  1. Start Your Return: within 15 days of receiving your order, email our rider-support team at returns@horsesportshop.example (a template is below).
  2. Pack It Securely: use the original packaging where you can; tack deserves the care you give your best show gear.
  3. Send It Back: post your return to:
    Equestrian Supplies Store Returns
    3714 Ottis Street
    Oklahoma City, OK 73102
    USA
  4. Processing: we inspect your return within 3 business days of receiving it.

Email Template for a Return Request

Subject: Return Request for Order #[Your Order Number]

Dear Equestrian Supplies Team,

I would like to return or exchange these item(s) from order #[Your Order Number]:

  • Product Name: [e.g., "Leather Halter - Black, Size Full"]
  • Reason for return: [Please specify]

Please let me know the next steps when you can.

Kind regards,
[Your Full Name]
[Your Contact Information]

About Refunds

After your return is approved:

  • Timing: refunds are processed within 5 business days of our receiving your return.
  • Method: refunds go back to your original payment method (Visa, MasterC""",
                       ("original packaging for safety equipment",)),

    "petsbirdsshop": ("""Bird Supply Shop is proud to bring bird lovers everywhere premium products for the care of their birds. We aim for every cage, accessory and food we send to be perfect, but we know a return or an exchange is sometimes needed, and this policy is written to make that as easy as we can for our valued customers.

Our Return Policy

Most items can be returned within 15 days of receiving your order, as long as they are in their original condition with all their packaging intact. Please note:
- A return must be started within 15 days of delivery
- Items must be unused and fit to be sold again
- The original packaging must be included
- We need a copy of your invoice or your order number

Items That Cannot Be Returned

For health and safety reasons, we cannot take back these specialised bird products:
- Anti-bactériens/PH neutre products (opened containers)
- Anti-poux (anti-lice) treatments
- Anti-parasite medications
- Opened Alimentation (nutrition) products

Starting a Return or an Exchange
Step 1: Write to Our Bird Care Team
Email returns@petsbirdsshop.example with your return or exchange request within 15 days of receiving your order, using the template below so that we have everything we need.
Step 2: Wait for Authorisation
Our bird specialists reply within 24 hours, often sooner, with:
- A return authorisation number
- Instructions for shipping
- Any special handling needed (large cages in particular)
Step 3: Pack and Send Your Return
Pack the items securely in their original packaging; for cages and aviaries, make sure every part is there and well protected. Put a copy of your invoice or order confirmation in the parcel.
Return Shipping:
- Return shipping costs are paid by the customer unless the return results from our error
- We suggest a shipping service with tracking
- Original shipping fees are not refunded
The Refund Process
When Will My Refund Arrive?
When we have received and inspected your re""",
                      ("for cages and aviaries, make sure every part",)),

    "lotusexotics": ("""Returns & Exchange Policy
Our first aim is always to supply the best quality products for your reptile and its home, but we know that faults can happen now and then.
Returns (Items Without a Fault)
We accept returns only within 7 days of purchase.
Items must be unused, undamaged and in their original packaging, with a valid receipt.
After those 7 days, no refund is given for any reason.
Exchanges (Items Without a Fault)
Unopened products can be exchanged for store credit or for another item of the same value within 7 days of purchase.
Items must come back in their original packaging with a valid receipt.
After 7 days, no exchange is accepted.
Items That Cannot Be Returned
Opened items, food, supplements and substrate among them, cannot be returned under any circumstances, for hygiene and safety reasons.
Sale and clearance items cannot be returned.
Warranty & Faulty Products
Items under warranty, and bulbs that have blown within 30 days of purchase, can be replaced only when a valid receipt is shown.
Please note that bank statements are not accepted as proof of purchase.
We assess faulty items before giving a refund or a replacement. If we find an item was damaged by misuse, poor care or accident, no refund or replacement is given.
No claim for accidental damage or general wear and tear earns a refund or a replacement.
Claims for faulty items must be made within a reasonable time and are covered by the Consumer Rights Act 2015.
Enclosures And Setups
Returns are accepted within 7 days of purchase.
For a refund or an exchange, items must be unused, undamaged and in their original packaging, with a valid receipt.
Open, used or assembled items cannot be exchanged or refunded.
Custom-made or prebuilt items cannot be returned.
Deposit schemes:
Animals and dry goods need a non-refundable deposit of at least 50%.
Prebuilt kits must be paid in full.""",
                     ("bulbs that have blown within 30 days", "bank statements are not accepted",
                      "accidental damage or general wear and tear", "non-refundable deposit of at least 50%")),

    "thedogbedshop": ("""Returns Policy

Returns

We want you to be completely satisfied.

If for any reason your dog bed does not satisfy you, please get in touch with us and we will sort the matter out.

Please understand that once your dog has started using the bed, or once 14 days have passed since the bed arrived, we are unable to offer you a refund or an exchange.

To be eligible for a return, your item must be unused and in the same condition as when you received it, and it must also be in its original packaging.

Please note that Choozy dog beds and j coats are made to order, so we give no refunds or exchanges on them.


Refunds

When your return has arrived and been inspected, we will email you to say that your returned item has reached us and that your refund is being processed.

The credit is applied automatically to your credit card or original method of payment within 3 business days. Please allow a few more days for it to show on your statement.

When the credit has been applied we will email you again to tell you that your card has been credited.


Shipping

The shipping costs of sending the bed back are yours to pay.

How long your item takes to reach us depends on where you live.

If the item you are shipping is worth more than $75, think about using a trackable shipping service or buying shipping insurance for the trip back to us. Please understand that we cannot be held responsible for lost items if no insurance or tracking number is provided.

Sending a bed back by post can be costly, so please choose the size carefully. Going up a size is often the safer choice.""",
                      ()),

    "cattreepalace": ("""Refund Policy | Cat Tree Palace

Your rights

If an item you bought does not work as advertised, Consumer Laws give you the right to ask for a repair, a replacement or a refund. Which remedy we offer depends on how serious the problem is.

Nothing on this page limits the rights you have under Consumer Laws.


In most US states, none of the following entitles you to a refund:

  • You changed your mind
  • You found the item(s) cheaper somewhere else
  • You ordered the wrong item
  • You did not like what you bought
  • You paid with the wrong payment method
  • Any similar reason

How to Return

Before you try to send an item back to us, you must:

  • Check the item(s) for faults and damage.
  • Record the fault(s) or damage by photo and/or video.
  • Tell us about the problem by email at "".
  • Give a full description in your email, together with the photo and/or video.
  • Provide proof of purchase, including your order number.

When your request is approved, we will tell you what to do next. If you send item(s) back without following these steps, you may have to pay extra shipping, handling, warehousing and admin fees.

We are not liable for faults or damage to your item(s) that happen after delivery, including faults and damage caused during assembly, disassembly, unpacking or use.

Return postage

You may send an item back if you find a problem with it. If the item can easily be returned or posted, returning it to us is your responsibility. We may be able to cover reasonable return postage costs, so please keep all your receipts.

Money Back Guarantee(s)

Our money back guarantees are only available on selected products, and the product pages they apply to say so.

You cannot claim a money back guarantee if doing so breaks any policy set out on this website.""",
                      ("extra shipping, handling, warehousing and admin fees", "during assembly, disassembly",
                       "reasonable return postage costs", "only available on selected products")),

    "badmofodog": ("""EXCHANGE POLICY
WE WORK HARD TO MAKE EVERY CUSTOMER HAPPY WITH WHAT THEY BOUGHT, BUT WE KNOW THINGS HAPPEN. IF YOU NEED TO EXCHANGE YOUR PURCHASE, RETURN IT FOR A SITE CREDIT WITHIN 14 DAYS OF RECEIVING THE ORDER. THE ONLY CONDITION IS THAT THE PRODUCT YOU RETURN MUST STILL BE IN A CONDITION WE CAN SELL.
WHEN THE RETURNED ITEM REACHES US, WE GIVE YOU SITE CREDIT FOR THE PRICE OF THE ITEM, NOT INCLUDING ANY SHIPPING COSTS. THE SHIPPING COSTS OF SENDING THE RETURN BACK TO US ARE YOURS TO PAY, AND THE ORIGINAL SHIPPING COST IS NOT REFUNDED.
please allow 7 business days for exchanges to be processed.
WE DO NOT REPLACE OR EXCHANGE ITEMS DAMAGED BY DOGS chewing on leashes, BUCKLES OR ANY OTHER PART OF THE PRODUCT. NOR DO WE REPLACE OR EXCHANGE ITEMS that were measured wrongly when ordering (PLEASE MEASURE CAREFULLY BEFORE YOU ORDER).
FOR AN EXCHANGE, ITEMS MUST BE IN BRAND NEW CONDITION: FREE OF HAIR, UNALTERED, UNDAMAGED (UNLESS DEFECTIVE) AND UNWASHED. ITEMS MUST COME BACK WITHIN 14 DAYS OF THE DATE YOU RECEIVED THEM FOR AN EXCHANGE ON THE SITE.
Text marketing and notifications: if you subscribe to text notifications, you agree to receive recurring automated marketing messages at the phone number you gave. You do not have to agree in order to buy. Reply STOP to unsubscribe or HELP for help. Message and data rates may apply. For more, see our Privacy Policy and ToS.""",
                   ("allow 7 business days for exchanges", "chewing on leashes", "measured wrongly when ordering")),

    "naturalrawdogfoods": ("""RETURN & REFUND POLICY

Returns For Home Delivery Orders Placed Online

At Natural Raw Dog Foods, our customers' satisfaction comes first. We look at each refund request on its own merits so that the outcome is fair. Please read these guidelines for home delivery orders placed online:

  • Delivery and Storage Disclaimer:
    Our products travel in a temperature-controlled vehicle and stay fully frozen until they are delivered. If you will not be home for the delivery, we strongly suggest leaving a cooler out to keep the products in good condition. Natural Raw Dog Foods cannot accept returns or give refunds for packaging that has thawed after delivery.
  • Reporting Problems With a Delivery:
    Any claim that items are incorrect or damaged must reach us within 24 hours of receiving the delivery.
  • Satisfaction Guarantee:
    A refund may be considered within 30 days of purchase, as long as no more than 50% consumed of the product. Whether a refund is approved is at our discretion.

To ask for a refund, email info@naturalrawdogfoods.example and include:



  • Your order number
  • Your full name and contact details
  • The date of purchase
  • The product(s) you want to return and the reason
  • The Best Before Date of the product(s)


We reply to your request within 1-2 business days.

Returns For Purchases/Orders Made in a Store

Returns of products bought from a retail store must be handled directly with the store where you bought them. Such returns fall under the Natural Raw Dog Foods Satisfaction Guarantee and under that store's own return policy.

Please be aware that some retailers may refuse returns of raw pet food for food safety reasons, so we suggest checking the store's return policy before you buy.

Sales And Promotions

Items bought during a sale are available while stocks last. We cannot promise that promotional items will be available or fulfilled, and rainchecks wi""",
                           ("packaging that has thawed after delivery", "no more than 50% consumed",
                            "handled directly with the store")),

    "petcaregrooming": ("""Pet Care Grooming Returns Policy

We want every purchase to please both you and your pet. If something is not right, this Returns Policy keeps the process simple.

1. Who Can Return

To qualify for a return, your item must:

  • Be in its original condition and unused
  • Come back within 30 days of delivery
  • Include its original packaging and any accessories

2. Items That Cannot Be Returned

For hygiene and safety reasons, some items, such as pet dental sticks and other consumables, cannot be returned once they have been opened.

3. How to Return

To start a return:

  1. Email us at support@petcaregrooming.example with your order number and the reason for the return.
  2. We will send you a return authorization and tell you how to proceed.
  3. Send the item back to us. The customer pays the cost of return shipping unless the return is caused by a defect or a mistake on our side.

4. Refunds

When your return has arrived and been inspected, we will let you know by email. Approved refunds are processed to the original payment method within 5-7 business days.

5. Exchanges

To exchange an item for another size, colour or product, follow the return process above and place a new order for the item you want instead.

6. Defective or Damaged Items

If your product reaches you damaged or defective, email us straight away at support@petcaregrooming.example. We will send a replacement or give you a full refund, shipping costs included.

Contact Us

For any other questions or concerns about this Returns Policy, write to us at support@petcaregrooming.example. We are here to make sure your shopping with us goes well.""",
                        ()),

    "petrabbitsupplies": ("""Return and Exchange Policy
Pet Rabbit Supplies works to make sure every customer is happy with what they buy. If your order does not satisfy you, we are here to help. This Return and Exchange Policy sets out the terms for returning or exchanging items bought on our website; please read it carefully so that you know the process and what it requires.
1. General Guidelines for Returns and Exchanges
Most products can be returned or exchanged on these conditions:
- Eligible Items: items must come back in their original condition, unused and unopened, with all original tags, packaging and accessories.
- Time Limit: a return or exchange must be requested within 30 days of the delivery date.
- Items That Cannot Be Returned or Exchanged: some products are not eligible, including among others:
- Perishable goods (food, treats or bedding, for example)
- Customized or personalized items
- Items marked final sale
- Gift cards and vouchers
- Opened or used items (unless defective or damaged in shipping)
2. Starting a Return or an Exchange
To start a return or an exchange, follow these steps:
Contact Us: write to our Customer Support team at info@petrabbitsupplies.example for a return authorization (RA) number. Give your order number and details of the product(s) you want to return or exchange.
Return Authorization (RA): when your return is approved, you will receive a Return Authorization Number and instructions for the next steps. Returns that arrive without an RA number may be refused or delayed.
Packing Your Return: pack the item securely, in its original packaging if you still have it. The safe return of the product is your responsibility, so we suggest a shipping service with tracking.
Shipping the Item: send your return to the address given in your RA instructions. Return shipping costs are the r""",
                          ()),

    "efence1": ("""Return Policy
We aim to give our customers only the best service and merchandise, but we understand you may sometimes need to send an item back to us. To receive full credit for a return, please do the following:
WHEN YOUR PURCHASE ARRIVES:
1. KEEP ALL THE PACKAGING that came with your merchandise, including boxes, instruction manuals and promotional materials. Look the items over carefully for cosmetic damage.
2. KEEP YOUR PACKING LIST OR INVOICE. Proof of purchase is needed for a return, and for warranty registration and warranty repair checks on some items.
Before returning any product, please phone or email us for troubleshooting or for a return authorization. All merchandise returned for credit or exchange is subject to our approval, must be in perfect condition for resale, and must come back in its original packaging within seven (7) days. Include a copy of our packing list or invoice with your return.
- A restocking charge of 15% may apply to any item returned for a reason other than a manufacturing defect or a mistake on our part.
- Used batteries: batteries can be returned for a refund only if they are unused and still in the original sealed baggie.
- All serial numbers must be intact and labels must not be removed or tampered with. This matters for returns and as proof of warranty.
- Our nylon collars and leashes can be returned for exchange as long as they are unused and fit for resale.
- The customer pays any shipping charges for returning merchandise unless the mistake was ours.
- We are not responsible for changes the manufacturer makes to a product or its specifications.
- We are not responsible for damage to property or personal injury caused by misuse of anything we sell.
Damaged Merchandise . . .
If your order arrives damaged, stop unpacking. Keep the shipping packaging and all packing materials that came with your merchandise just as you """,
                ("batteries can be returned for a refund only", "serial numbers must be intact",
                 "nylon collars and leashes", "stop unpacking")),

    "chloecole": ("""Returns & Exchanges

Your satisfaction is guaranteed. If your purchase does not satisfy you completely, just send it back to us in its original unused condition within 7 days of receiving it for an exchange of merchandise or for store credit. Store credits and returns do not include shipping and handling costs.

Custom orders cannot be returned, but we help with every custom order and contact you before processing it. If you have questions before ordering, get in touch and we will help you pick the right size. Email us and we will gladly help. You can also fill in the contact form by clicking here and we will contact you, or chat with us using the chat in the lower right corner of the website.

Non-Returnable

As the shop, we decide whether a product is used or unsaleable. Special Value items (sale, holiday or clearance items), treats and other perishables are final sale. For the health of pets, shoes and belly bands cannot be returned. We are glad to help you choose the right size and style before you order or before we process your order. Email us, chat with us or fill in our contact form.

Items marked non-returnable "Custom" and "Special Order" cannot be exchanged or returned; please check the details in each item's description. Add-ons to an order cannot be accepted once the original order has been processed and must be ordered separately.

Questions

For a return merchandise authorization number, call 209-815-9663 or email us.

Policy: our Returns & Exchanges policy exists to protect every pet.

  • Items must be in their original sellable condition, with all original tags and packaging.
  • Items must be clean and free of pet hair.
  • Items returned within 7 days of purchase can be refunded as store credit or to the original payment method.
  • Items returned in""",
                  ("we decide whether a product is used or unsaleable", "clean and free of pet hair")),
}
