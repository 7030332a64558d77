from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('models', '0010_rate_limits')]

    initial = False

    operations = [
        ops.AddField(
            model_name='Return',
            name='override_reason',
            field=fields.CharField(null=True, max_length=1000),
        ),
    ]
