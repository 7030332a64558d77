"""Column types shared by the aggregates."""

from tortoise import fields


def money(**kwargs):
    """An amount; its currency lives on the row's order or shop (one currency per order)."""
    return fields.DecimalField(max_digits=18, decimal_places=4, **kwargs)


def shop_fk(related_name: str):
    """Every tenant-owned row carries its shop, so every query can filter on it."""
    return fields.ForeignKeyField(
        "models.Shop", related_name=related_name, on_delete=fields.CASCADE, db_index=True
    )


def choice(enum_type, **kwargs):
    """A closed set of values (models/enums.py), stored as its string in a varchar column. The column
    comment names the enum rather than listing its members, so adding a member needs no migration
    unless it is longer than the column."""
    return fields.CharEnumField(enum_type, description=f"models.enums.{enum_type.__name__}", **kwargs)
