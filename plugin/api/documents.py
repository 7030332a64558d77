"""Parse and validate each GraphQL document once, within the size limits, for both schemas.

One extension in place of Strawberry's ParserCache, ValidationCache, MaxTokensLimiter and its
depth and alias limiters (plugin.api.document_limits measures those, and the cost, in one linear pass
before the specification's rules run, so a document built to be costly to validate is refused first): Strawberry builds every extension's hooks anew on each request, so four of
them cost more than the work they saved on a small query. The validation cache is keyed by the
parsed document itself (the parse cache hands the same object to every request with the same
text) rather than hashing the document's whole tree on every lookup, as an `lru_cache` over
`validate_document` did.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from functools import lru_cache

from graphql import DocumentNode, GraphQLError, parse
from strawberry.extensions import SchemaExtension
from strawberry.schema.schema import validate_document

from plugin.api.document_limits import limit_errors

MAX_TOKENS = 4000
CACHE_SIZE = 256  # documents; bounded, so unique query texts cannot grow memory without limit


@lru_cache(maxsize=CACHE_SIZE)
def parse_document(query: str) -> DocumentNode:
    return parse(query, max_tokens=MAX_TOKENS)


class _ValidationResults:
    """Validation errors per (schema, document, rules), newest kept, at most CACHE_SIZE."""

    def __init__(self) -> None:
        self._results: OrderedDict[tuple, tuple[object, DocumentNode, list[GraphQLError]]] = OrderedDict()
        self.hits = self.misses = 0

    def errors(self, schema, document: DocumentNode, rules: tuple) -> list[GraphQLError]:
        key = (id(schema), id(document), rules)
        kept = self._results.get(key)
        # The entry holds the schema and document, so their ids cannot be reused while it lives.
        if kept is not None and kept[0] is schema and kept[1] is document:
            self.hits += 1
            self._results.move_to_end(key)
            return kept[2]
        self.misses += 1
        errors = limit_errors(document) or validate_document(schema, document, rules)
        self._results[key] = (schema, document, errors)
        if len(self._results) > CACHE_SIZE:
            self._results.popitem(last=False)
        return errors


validation_results = _ValidationResults()


class DocumentCache(SchemaExtension):
    def on_parse(self) -> Iterator[None]:
        ctx = self.execution_context
        ctx.graphql_document = parse_document(ctx.query)
        yield

    def on_validate(self) -> Iterator[None]:
        ctx = self.execution_context
        ctx.pre_execution_errors = validation_results.errors(
            ctx.schema._schema, ctx.graphql_document, tuple(ctx.validation_rules))
        yield
