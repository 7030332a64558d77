"""Both schemas get the same guards: error masking, size limits, bounded caches, safe scalars."""

from __future__ import annotations

import strawberry
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)

from plugin.api.errors import should_mask_error
from plugin.api.guards import CostGuard, InputGuard, IntrospectionGuard, MutationRateGuard
from plugin.api.scalars import SCALAR_OVERRIDES
from plugin.ratelimit import Limit


# Built once: Strawberry's limiters make a new rule class per instance, and the validation cache is
# keyed by the rule classes, so per-request limiters would miss the cache on every request.
_LIMIT_RULES = (*QueryDepthLimiter(max_depth=12).validation_rules, *MaxAliasesLimiter(max_alias_count=30).validation_rules)


def build_schema(query: type, mutation: type | None, types: list[type] = (), extensions: list = (), *,
                 mutation_limit: Limit) -> strawberry.Schema:
    return strawberry.Schema(
        query=query,
        mutation=mutation,
        types=types,
        scalar_overrides=SCALAR_OVERRIDES,
        extensions=[
            lambda: MaxTokensLimiter(max_token_count=4000),
            lambda: AddValidationRules(list(_LIMIT_RULES)),
            lambda: ParserCache(maxsize=256),
            lambda: ValidationCache(maxsize=256),
            IntrospectionGuard,
            InputGuard,
            CostGuard,
            MutationRateGuard.for_limit(mutation_limit),
            lambda: MaskErrors(should_mask_error=should_mask_error, error_message="Unexpected error."),
            *extensions,
        ],
    )
