from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('models', '0009_performance_indexes')]

    initial = False

    operations = [
        ops.CreateModel(
            name='RateCounter',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('key', fields.CharField(max_length=255)),
                ('window_start', fields.BigIntField()),
                ('hits', fields.IntField(default=0)),
            ],
            options={'table': 'rate_counter', 'app': 'models', 'unique_together': (('key', 'window_start'),), 'pk_attr': 'id'},
            bases=['Model'],
        ),
    ]
