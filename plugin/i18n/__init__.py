"""The customer's language: the shipped languages, gettext catalogues, and the policy engine's
sentences translated where a customer reads them."""
