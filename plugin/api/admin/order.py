"""The admin's Order and Cancellation (defined with the types they link to, in plugin.api.admin.types)."""

from plugin.api.admin.types import AdminOrder, CancellationType

__all__ = ["AdminOrder", "CancellationType"]
