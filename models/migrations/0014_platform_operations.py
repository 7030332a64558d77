"""Issue 22: outcomes carried out on the platform: which platform a shop uses, the platform's
return id and refusals, processed units, and the per-order chain of platform operations."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('models', '0013_contract')]

    initial = False

    operations = [
        ops.AddField(
            model_name='OutboxMessage',
            name='chain',
            field=fields.CharField(null=True, db_index=True, max_length=64),
        ),
        ops.AddField(
            model_name='Refund',
            name='platform_error',
            field=fields.CharField(null=True, max_length=1000),
        ),
        ops.AddField(
            model_name='Return',
            name='platform_id',
            field=fields.CharField(null=True, max_length=128),
        ),
        ops.AddField(
            model_name='ReturnLine',
            name='processed_quantity',
            field=fields.IntField(default=0),
        ),
        ops.AddField(
            model_name='Shop',
            name='platform',
            field=fields.CharField(default='manual', max_length=16),
        ),
        ops.AddField(
            model_name='Shop',
            name='platform_notifies_customer',
            field=fields.BooleanField(default=False),
        ),
    ]
