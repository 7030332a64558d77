from tortoise import fields
from tortoise.models import Model

from models.fields import shop_fk


class PolicyVersion(Model):
    # An immutable, numbered policy document; decisions record the number they were made under.
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("policy_versions")
    number = fields.IntField()
    document = fields.JSONField()
    preset = fields.CharField(max_length=64, null=True)
    note = fields.CharField(max_length=500, null=True)
    created_by = fields.CharField(max_length=255, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "policy_version"
        # Two staff saving at once cannot both become version N: the database refuses the second.
        unique_together = (("shop", "number"),)
