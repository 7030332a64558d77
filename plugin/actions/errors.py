"""The one way an action says no to bad input or an illegal step: a code, a message, the field."""

from __future__ import annotations


class ActionError(Exception):
    """Raised before anything is written (or with the transaction rolled back): nothing changed."""

    def __init__(self, code: str, message: str, field: list[str] | None = None) -> None:
        super().__init__(message)
        self.code, self.message, self.field = code, message, field
