"""The one Admin API version Recourse speaks, written once.

2026-10 is the newest stable version in Shopify's reference (released 2026-10-01, supported at least
until 2027-10-01; 2027-01 is still a release candidate). From 2026-04 `refundCreate` must carry
`@idempotent(key:)`; from 2027-01-01 public apps must use expiring offline tokens. The emulator's SDL
fixture (plugin/platform/emulator/admin_2026_10.graphql) is taken from this version's reference, and
a test holds the two together.
"""

API_VERSION = "2026-10"
