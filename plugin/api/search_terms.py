"""The words of an admin search string, as Shopify's search syntax reads them: spaces part the
terms, "double quotes" keep a phrase (or a filter's value) together, and an apostrophe is a letter
like any other, so O'Brien is one word."""

from __future__ import annotations

import shlex

from plugin.api.errors import ApiError

MAX_LENGTH = 500


def search_terms(query: str) -> list[str]:
    if len(query) > MAX_LENGTH or "\x00" in query:
        raise ApiError(f"query: at most {MAX_LENGTH} characters, no NUL", "BAD_QUERY")
    lexer = shlex.shlex(query, posix=True)
    lexer.whitespace_split = True
    lexer.quotes = '"'
    lexer.escape = ""
    lexer.commenters = ""  # '#1001' is an order name, not a comment
    try:
        return list(lexer)
    except ValueError:
        raise ApiError("query: unbalanced quotes", "BAD_QUERY") from None
