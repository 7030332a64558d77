"""Customer emails: templates (an HTML and a plain-text part per message), rendering in the shop's
or customer's language, and sending. Every figure in an email comes from a stored decision."""
