"""Issue 25: the reasons library (a shop's own return reasons, each rolling up to a core code), the
reason each return line chose from it, and the minimum of size returns a fit hint needs."""

from tortoise import fields, migrations
from tortoise.fields.base import OnDelete
from tortoise.migrations import operations as ops

from models.enums import ReturnReason


class Migration(migrations.Migration):
    dependencies = [('models', '0020_exchange_platform')]

    initial = False

    operations = [
        ops.CreateModel(
            name='ReturnReasonEntry',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('shop', fields.ForeignKeyField('models.Shop', source_field='shop_id', db_index=True, db_constraint=True, to_field='id', related_name='return_reasons', on_delete=OnDelete.CASCADE)),
                ('handle', fields.CharField(max_length=64)),
                ('code', fields.CharEnumField(description='models.enums.ReturnReason', enum_type=ReturnReason, max_length=32)),
                ('labels', fields.JSONField(default=dict)),
                ('shopify_handle', fields.CharField(null=True, max_length=64)),
                ('ask_photo', fields.BooleanField(default=False)),
                ('ask_note', fields.BooleanField(default=False)),
                ('merchant_at_fault', fields.BooleanField(null=True)),
                ('product_types', fields.JSONField(default=list)),
                ('position', fields.IntField()),
                ('retired_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'return_reason', 'app': 'models', 'unique_together': (('shop', 'handle'),), 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.AddField(
            model_name='ReturnLine',
            name='reason_handle',
            field=fields.CharField(null=True, max_length=64),
        ),
        ops.AddField(
            model_name='Shop',
            name='fit_hint_minimum',
            field=fields.IntField(default=10),
        ),
    ]
