"""Both schemas get the same guards: error masking, size limits, bounded caches, safe scalars.

Three schema extensions, each doing several jobs: Strawberry makes every extension and its hooks
anew on each request, and a chain of ten (one per job) cost about 0.1 ms a request, as much as
reading an order.
"""

from __future__ import annotations

import strawberry
from strawberry.extensions import MaskErrors

from plugin.api.direct_resolvers import call_resolvers_directly
from plugin.api.documents import DocumentCache
from plugin.api.errors import LoggedSchema, should_mask_error
from plugin.api.guards import RequestGuards
from plugin.api.scalars import SCALAR_OVERRIDES
from plugin.store.ratelimit import Budget


def build_schema(query: type, mutation: type | None, types: list[type] = (), *, mutation_budget: Budget) -> strawberry.Schema:
    schema = LoggedSchema(
        query=query,
        mutation=mutation,
        types=types,
        scalar_overrides=SCALAR_OVERRIDES,
        extensions=[
            DocumentCache,  # parse and validate once per document, within the token, depth and alias limits
            RequestGuards.for_budget(mutation_budget),  # strings, introspection, cost, mutation rate
            lambda: MaskErrors(should_mask_error=should_mask_error, error_message="Unexpected error."),
        ],
    )
    call_resolvers_directly(schema)  # plain row reads skip Strawberry's per-field wrapper
    return schema
