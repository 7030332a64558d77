from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields


class Migration(migrations.Migration):
    dependencies = [('models', '0007_return_logistics_privacy')]

    initial = False

    operations = [
        ops.AddField(
            model_name='Cancellation',
            name='lines',
            field=fields.JSONField(default=list),
        ),
        ops.AddField(
            model_name='OrderLine',
            name='cancelled_quantity',
            field=fields.IntField(default=0),
        ),
        ops.AddField(
            model_name='Shop',
            name='opening_hours',
            field=fields.CharField(null=True, max_length=200),
        ),
        ops.AddField(
            model_name='Shop',
            name='phone',
            field=fields.CharField(null=True, max_length=64),
        ),
        ops.AddField(
            model_name='Shop',
            name='postal_address',
            field=fields.CharField(null=True, max_length=500),
        ),
        ops.AddField(
            model_name='Refund',
            name='kind',
            field=fields.CharField(default='PAYMENT', max_length=16),
        ),
    ]
