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
