"""Global IDs for the API; they live in plugin.values.ids so actions (webhook bodies) use the same form."""

from plugin.values.ids import PREFIX, from_gid, to_gid

__all__ = ["PREFIX", "from_gid", "to_gid"]
