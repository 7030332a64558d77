"""The test66 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "ylemospure": ("""Returns & Exchanges Policy
Returns and exchanges are flexible here, so you can shop without worry
Returns We Accept
Quality Problems
- • Products that are damaged or have deteriorated
- • Packaging with a faulty seal
- • Products past their expiry date
- • Products that are not as described
Other Reasons
- • The product does not suit your body's constitution
- • Your doctor has told you to stop taking it
- • You bought the same thing twice by mistake
- • You are simply not happy with it
Returns We Cannot Accept
- • Products that were opened and used for over 7 days (unless there is a quality problem)
- • Custom-made or personalized products
- • Returns asked for after the 30-day return period
- • Returns without proof of purchase
- • Products the customer has damaged
Send Your Request
Sign in to your account and send us a return request with your order number and the reason
Review & Approval
We look at your request within 24 hours and send you a return label
Pack & Send
Put the product back in its original packaging and send it with the prepaid return label we give you
Refund Processing
After the product reaches us and has been inspected, the refund is processed within 3-5 business days
When We Exchange
- • Quality problems or damage during shipping
- • You received the wrong size or specification
- • The product is not what the order described
- • An exchange must be asked for within 15 days of receiving the order
How Exchanges Work
Contact customer service
Send the original product back
Receive your replacement
Note: if the replacement has a difference in price, you pay the extra or we refund part of what you paid.
How You Are Refunded
Original Payment Method
The refund goes back to the method you paid with (credit card, PayPal and so on)
Store Credit
You may take store credit instead, with 10% extra to spend on future orders
Refund Timeline
Product Received
We inspect the returned product within 1-2 business days
Refund Approved
The refund is processed within 3-5 business days
Money Available
The money shows in your account within 5-10 business days
Refund Amount
- • For quality problems we refund the full product price
- • Original shipping""",
                   ("used for over 7 days", "difference in price", "10% extra")),

    "1powerprotein": ("""At Power P Group LLC we make premium sports nutrition products, and we want every customer to be fully satisfied. This policy explains how we handle returns, refunds and exchanges.
1. Who Can Return, and When
Standard Returns
- Products must be unopened and sealed, in their original packaging
- Start your return within 30 days of the delivery date
- Proof of purchase is needed (an order number, receipt or confirmation email)
- We cannot take back products that are expired or close to expiry
- Every label and safety seal must be unbroken
2. Items We Do Not Take Back
For safety and quality reasons, these items cannot be returned:
- Products that have been opened or partly consumed
- Products missing their original packaging, or whose packaging is damaged
- Items marked "Final Sale" or bought in a clearance event
- Free promotional items and digital products
- Products kept in extreme temperatures or stored in the wrong conditions
- Products bought from unauthorised sellers
3. How to Return
- Start the Return
- Send an email to support@1powerprotein.com with:
- Your order number
- The name(s) of the product(s)
- Why you are returning it
- Photos of the product (where relevant)
- The email to support@1powerprotein.com should include all of the above
- Get Authorization
- Wait until we send you a Return Merchandise Authorization (RMA) number
- We do not process returns that arrive without an RMA number
- An RMA number stays valid for 14 days after we issue it
- Pack the Return
- Pack the items securely in their original packaging or something similar
- Show the RMA number clearly on the outside of the parcel
- Take off or cover up the old shipping label
- Put a copy of the original packing slip or order confirmation inside
- Send the Return
- Ship it by a method that can be tracked
- We suggest insuring returns of high value
- Keep the tracking details until your refund has been processed
4. How Refunds Are Processed
Standard Refunds
- We refund to the original payment method
- Processing takes 5-7 business days for credit cards, and 7-10 for other payment methods
- We refund shipping costs only when the item was incorrect or defective""",
                      ("expired or close to expiry", "unauthorised sellers", "clearly on the outside of the parcel",
                       "old shipping label", "other payment methods")),

    "theskinecare": ("""Return & Exchange Policy
Refund Policy
Our Return Policy
We want you to be fully happy with what you buy from The Skine Care. If you have to send something back, please read the policy below.
Returning Regular Items
Regular-priced items can be returned for a refund within 10 days of the date you bought them.
For a return to be accepted:
- The item must be unused and in the condition it was in when you got it.
- It must be in its original packaging, still sealed.
Please put your receipt or proof of purchase in with your return.
Important: You are responsible for the item's condition until it arrives safely at our warehouse. Please keep all original packaging and invoices until you are sure you are happy with your products. A return sent without the manufacturer's original packaging, or with damaged packaging, may be refused or sent back to you, and you will pay the postage for that.
Sale Items
Every sale of a discounted or promotional item is final. We are sorry, but sale items cannot be refunded.
Sending Your Return
Post your product back to our warehouse. The cost of shipping it back is yours. The original shipping costs are not refunded. When we issue a refund, the return shipping cost will be taken off the total amount refunded.""",
                     ("responsible for the item's condition", "without the manufacturer's original packaging",
                      "return shipping cost will be taken off")),

    "yournature": ("""Terms and Conditions
Shipping
Orders that reach us by 5pm on a weekday are packed and sent the next day. Orders placed after 5pm go out on the following working day. Orders placed at the weekend are sent on Monday.
Returns and Refunds
We hope you enjoy your new deodorant, but if you change your mind you may send it back to us in its original condition, fit to be sold again. For hygiene reasons it must stay unopened and unused, or we cannot give you a refund.
Once 30 days have passed since you bought it, we cannot give you a refund or an exchange.
To send a product back, or to tell us a product is faulty, please email us first.
You pack the return safely and pay the postage to send it back. Shipping costs are not refunded, except when a faulty item is being returned. We cannot promise your return will reach us, so it is best to send it by Registered Post with a tracking number.
Exchanges
We replace items only when they are defective or were damaged through a fault of ours. To arrange an exchange, just email us.
Order Cancellation
Under the Distance Selling Regulations you have the right to cancel your order within 7 days.
Please confirm the cancellation to us in writing, by email. Because we send most orders on the next working day, you may have to send the goods back to us.
If a cancelled order that has already been dispatched comes back to us, the buyer pays for returning it.
We refund your money once the goods reach us in satisfactory condition, meaning not used, not opened and with no damage to the packaging. By law, your money must be refunded within 30 working days.""",
                   ("cancel your order within 7 days", "cancelled order that has already been dispatched")),

    "cinyolahair": ("""Returns
Returns and Exchanges
IF YOU FIND A QUALITY PROBLEM WITH THE HAIR PRODUCTS YOU RECEIVE, WE OFFER RETURNS AND EXCHANGES ON THE TERMS BELOW:
-
CONTACT US WITHIN 7 DAYS OF RECEIVING THE PRODUCT, TELL US WHY YOU WANT TO RETURN OR EXCHANGE IT, AND SEND US EVIDENCE SUCH AS PHOTOS OR VIDEOS.
-
WE WILL LOOK AT YOUR REQUEST AND THE EVIDENCE YOU SEND AND DECIDE WHETHER TO ACCEPT THE RETURN OR EXCHANGE.
-
IF A QUALITY PROBLEM ON OUR SIDE IS THE CAUSE, WE PAY THE COST OF THE RETURN OR EXCHANGE AND THE SERVICE IS FREE FOR YOU. IF YOU ARE RETURNING OR EXCHANGING FOR YOUR OWN PERSONAL REASONS, THE COST IS YOURS.
-
ANY PRODUCT YOU RETURN OR EXCHANGE MUST BE IN ITS ORIGINAL CONDITION, AND YOU MUST CONTACT US FOR AUTHORIZATION BEFORE YOU SEND IT BACK.
-
IF THE PRODUCT YOU RECEIVE IS NOT WHAT YOU ORDERED, WE WILL RETURN OR EXCHANGE IT AND PAY THE COST OF DOING SO.
-
IF YOU WANT TO RETURN OR EXCHANGE A PRODUCT, PLEASE READ THIS POLICY BEFORE YOU CONTACT US, AND FOLLOW IT.
EVERY CUSTOMER'S SHOPPING EXPERIENCE MATTERS TO US, AND WE WELCOME ANY QUESTIONS OR SUGGESTIONS ABOUT OUR PRODUCTS. OUR CUSTOMER SERVICE TEAM WILL BE GLAD TO HELP YOU.""",
                    ()),

    "nailshopco": ("""Policy
Shipping Policy
Orders over $150 ship free by standard shipping.
The shipping cost is worked out at checkout from the size and weight of the order.
We usually process orders in 1-3 business days.
Once checkout is complete, an order cannot be cancelled.
Once checkout is complete, an order cannot be changed.
We are not responsible for packages lost or delayed because the customer gave a wrong address.
We ship only on business days.
We ship only within the United States.
Return Policy
To ask for a return, email us at nailshopcosales@gmail.com. Only products bought at the regular price can be returned; sale items cannot. To be eligible for a refund, you must start your return request within 10 days of receiving your order. Requests made more than 10 days after delivery do NOT qualify for a refund. Products must be unused and in the original condition you received them in. Any product that has been opened or used in any way will not be refunded. The buyer pays for the return, unless a Nail Shop Co representative says otherwise.
Refund Policy
Goods that are unopened and undamaged qualify for a 100% refund (less the shipping cost) when the return is processed within 10 days of delivery. The buyer pays the shipping back to Nail Shop Co. Inspecting returned items takes us 1-2 business days. After we have received and inspected them, we tell you whether your return is accepted or rejected. The refund is issued within 3 business days of that evaluation.
Damaged Good Policy
If your items arrive damaged, email us at nailshopcosales@gmail.com straight away to open a damage claim. We review and settle each damage case on its own merits.
Exchange Policy
Nail Shop Co does not offer exchanges.""",
                   ("on its own merits",)),

    "groomingstore": ("""Return Policy
Return Policy

If you are not completely satisfied with what you bought, we are glad to take it back for a refund. Our 30-day return policy has no hidden catch or exception. We only ask that you send the items back in their original packaging and in the same condition. The process is simple: email us to ask for an RMA # (Returned Merchandise Authorization Number), then send the products back to us. Grooming Store wants shopping and returning to be as easy and safe as we can make them. If you have any other questions or concerns, write to us at returns@groomingstore.com.

You may return your purchase for up to 30 days after the purchase date.

To be refunded, returned products must be in the condition you received them in, in the original box and/or packaging.

Email returns@groomingstore.com for an RMA # (Returned Merchandise Authorization Number) and post the item back to us. The return shipping is yours to pay. When we email you the RMA #, please write the RMA # on the outside of the box. After you send the package, email us your order #, confirm the RMA # is on the outside of the package, and give us the name of the returned item and the tracking details if you have them, so that we can handle the return faster.

Just post it to our warehouse with an RMA #; the return shipping is at your cost. The original shipping and handling charges are not refunded, and you will pay the cost of any free shipping promotion. We will not accept any return that has no RMA #.

Once our warehouse staff have received and inspected your return (usually within 3 to 4 business days of it arriving), we process your refund and credit your credit card or original payment method automatically within 7 days. Depending on your card company, the credit may take another 2-10 business days to show after it has been applied""",
                      ("rma # on the outside of the box", "free shipping promotion")),

    "fragrancesoil": ("""Return & Refund Policy
- Sale items can still be exchanged or returned.
- The shipping costs of sending your item(s) back are yours to pay.
- We replace items only if they are defective or damaged
- A fragrance must still hold at least 95% of its original liquid and come back in its original packaging (box undamaged)
- Fragrances Oil accepts no liability for return parcels that are lost, damaged or stolen on the way. Please keep your proof of postage and/or the tracking number of your return.
Refunds (if applicable)
When your return has arrived and been inspected, we will email you to say we have received it. We will also let you know whether your refund has been approved or rejected. If it is approved, we process the refund and a credit is applied automatically to your credit card or original method of payment within a certain number of days.
Late or missing refunds (if applicable)
If your refund has not arrived yet, first check your bank account again.
Then get in touch with your credit card company, as a refund can take a while to be posted officially.
Refund Options
Buyers are refunded by the same payment method they used to pay for the item.
Our refund options are:
Money back (by the same method you paid with, whether PayPal or a debit/credit card)
Wrong Goods or Faulty Product Received
We check every product before it ships so that our standards stay as high as possible. If what you received is not what you ordered, or is faulty in some way, email hello@fragrancesoil.com straight away with your order number, details of the product you meant to buy and/or the problem with the item you received, and tell us whether you want a refund or a replacement. We will then explain how to go about the return.
Order Cancellation
If your order has not reached you yet, email hello@fragrancesoil.com as soon as you""",
                      ("at least 95%",)),

    "fxcontactlenses": ("""Returns Policy
Returns of every contact lens brand except 'custom SFX' lenses
Lenses of any brand except "custom SFX contacts" can be returned for a refund ONLY if they are unused and still sealed in their original vials. You have 10 days from receipt to return the product for a refund. Once the returned goods reach us, we refund the purchase price without the cost of shipping.
To return an item, please Contact Us with your order number and details of the product you want to send back. We will reply as soon as we can with instructions for returning the items from your order.
About Refunds
When you return a product for a refund, please keep in mind how long the whole process takes: the time in transit from the shipper, our processing time once the product arrives, and the time your bank needs to handle the refund. Altogether it can take weeks, so please be patient; we will do everything we can to get your refund to you quickly and smoothly.
Failed or refused deliveries
If you fail to accept or refuse delivery of the goods, then besides all our other rights and remedies, you are liable for all the loss and damage (consequential loss and damage included) that we suffer or incur as a result, and we may, at our discretion, charge a restocking fee of up to 20% of the purchase price. Our shipping policy gives more details.
Return Policy for custom SFX contact lenses
Once an order has been placed, "Custom SFX Contact lenses" cannot be refunded. We cannot guarantee that your lenses will match the colours and styles shown in the photos on our site 100%. PLEASE NOTE: lenses of these brands are *custom-made / hand-painted* for each order, and may also be custom-fitted to a particular prescription. For these reasons, every sale of custom SFX contact lenses is final.""",
                        ("refuse delivery",)),

    "hearingaidaccessories": ("""Returns and Exchange Policy
We are glad to offer a 30 day Return & Exchange Policy. Please email us or phone us on 01455 245749 and tell us why you are returning or exchanging. You can also download our Returns & Exchange form. Please note that sending an order back is at the customer's cost. We do not pay for return delivery, and we do not provide a pre-paid returns label at present.
So that our team can find your order and handle your return properly, please fill in this form >>Returns & Exchange Form<< and put it in your return parcel.
Terms and conditions –
- Items in their original packaging and in a condition fit to be resold can be returned or exchanged within 30 days of purchase. If an item comes back without its packaging or accessories, we may refuse the refund. We may also take a flat 10% of the total order value off the refund.
- Exclusions – Consumable products that have been opened (Waxtraps, Domes, C&C Range, Maintenance products, Tubing products, Receivers, Masks etc.), SleepPhones headphones that have been worn and SleepPillows that have been used, for hygiene reasons.
For hygiene reasons some items cannot be returned. These include custom products such as CENS, and hearing protection products.
Before you buy, please check that the product works with the hearing aid device or devices you mean to use it with. A consumable product cannot be returned once it has been opened, for health and hygiene reasons.
Please note that a refund may take up to 5 working days to show in your account once the product has safely reached our warehouse.
When returning an order, please get proof of postage from the post office, and we suggest sending it by a tracked shipping service. Unfortunately, we cannot be held responsible for items lost or dam""",
                              ("put it in your return parcel", "flat 10%")),

    "oralteeth": ("""Return and Refund Policy
At OralTeeth.com we want you to be fully happy with what you buy. If for any reason you are not satisfied with your order, returning it and getting your money back is easy.
Who Can Return
- For a return to be accepted, the item must be unused, unopened and in the condition it was in when you received it, in its original packaging.
How Long You Have
- You have 30 calendar days from the day your order arrived to start a return. We cannot accept returns after those 30 days.
How to Return
- To start a return, email our customer service team at contact@oralteeth.com with your order number and a short explanation of why you want to return the item. The team will send you a return address and instructions for sending it back.
How Refunds Work
- When your returned item arrives, we inspect it to check that it meets the terms of this policy. If it qualifies for a refund, we refund the original payment method used for the purchase, which can take 10-15 days. Please note that shipping fees are not refunded.
Damaged or Defective Items
- If your item arrives damaged or defective, email our customer service team at contact@oralteeth.com within 7 days of receiving it. We will send you a return address and instructions for returning it. When the item reaches us, we inspect it and then refund or replace it, whichever applies.
Exchanges
- We do not offer exchanges at present. If you want a different item, please start a return and place a new order for the one you want.
If you have any questions or concerns about this Return and Refund policy, please get in touch. Thank you for choosing OralTeeth.com for your oral cleaning needs!""",
                  ()),

    "sunprotectionzone": ("""Return Policy

What is your return policy?
We want you to be completely satisfied with your purchase. You can return your order for a refund or an exchange as long as the items are unworn and unwashed, with their original tags still on. (Exception: DermiHealth PRO and Medispo Disposable Face Masks are sold as final sale and cannot be refunded. We will not accept returns of these items.) Sun Protection Zone takes online returns and exchanges within 30 days of the day your order arrived. Sun Protection Zone cannot pay for return shipping: arranging and paying for sending your order back is up to the customer. Exchanges are shipped out at no additional cost once your items reach us. Goods bought in retail stores cannot be returned or exchanged. Sun Protection Zone may refuse credit, at its sole discretion, for any returned item that does not meet its return conditions. Items sent back dirty or damaged will be neither refunded nor exchanged. (For example, hats must be sent in packaging that keeps the brim flat - DO NOT FOLD HATS IN HALF.) Returns that are refused get no refund and are forfeited.


What are the instructions for returning my product?
We would rather you used the U.S. Postal Service for returns, though you do not have to. If you use a different carrier, please email the tracking number to customer service. Remember to put a copy of your customer invoice in the package.

FOR REFUNDS:

On the copy of your customer invoice, mark which items you are returning for a refund. Every refund goes back to the original payment method. When the whole order is returned, we refund it in full, sales tax (if any) and the shipping charge included. Orders sent by expedited shipping do not get the whole shipping charge back, but a credit of $5.50 (the flat rate charged for""",
                          ("shipped out at no additional cost", "do not fold hats", "forfeited", "email the tracking number",
                           "whole order is returned", "expedited shipping")),
}
