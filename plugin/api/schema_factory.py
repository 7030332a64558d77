"""Both schemas get the same guards: error masking, size limits, bounded caches, safe scalars."""

from __future__ import annotations

import strawberry
from strawberry.extensions import (
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)

from plugin.api.errors import should_mask_error
from plugin.api.guards import CostGuard, InputGuard
from plugin.api.scalars import SCALAR_OVERRIDES


def build_schema(query: type, mutation: type | None, types: list[type] = ()) -> strawberry.Schema:
    return strawberry.Schema(
        query=query,
        mutation=mutation,
        types=types,
        scalar_overrides=SCALAR_OVERRIDES,
        extensions=[
            lambda: MaxTokensLimiter(max_token_count=4000),
            lambda: QueryDepthLimiter(max_depth=12),
            lambda: MaxAliasesLimiter(max_alias_count=30),
            lambda: ParserCache(maxsize=256),
            lambda: ValidationCache(maxsize=256),
            InputGuard,
            CostGuard,
            lambda: MaskErrors(should_mask_error=should_mask_error, error_message="Unexpected error."),
        ],
    )
