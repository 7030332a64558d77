from tortoise import fields
from tortoise.models import Model


class RateCounter(Model):
    # Hits of one rate-limit key in one fixed window (plugin.store.ratelimit estimates a sliding window from
    # the current and the previous one). In the database, so every process counts the same hits.
    # Keys name their shop where the limit is a shop's; a client address is limited across shops.
    id = fields.BigIntField(primary_key=True)
    key = fields.CharField(max_length=255)
    window_start = fields.BigIntField()  # epoch seconds, a multiple of the window's length
    hits = fields.IntField(default=0)

    class Meta:
        table = "rate_counter"
        unique_together = (("key", "window_start"),)
