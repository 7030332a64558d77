"""The GraphQL floor: what executing a query document costs when no resolver does any work.

Each API's schema is rebuilt by graphql-core from its SDL (graphql/*.graphql: the same types,
fields and arguments) with graphql-core's default resolvers, which read the answer out of
precomputed data: the `data` Recourse itself answered for the same document. Executing the
document then costs what GraphQL execution costs for that shape (visiting every field, completing
every value, coercing the variables), plus encoding the result as JSON, as the server does; no
database, no engine, no Strawberry wrapper. The document is parsed and validated once, as the
server's document cache does.

The ratio of two operations' floors is the part of their ratio no resolver work can remove.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from graphql import ExecutionResult, GraphQLSchema, build_schema, execute, parse, validate

SDL = Path(__file__).resolve().parents[1] / "graphql"


def schema_of(api: str) -> GraphQLSchema:
    """`api` is "admin" or "storefront"."""
    return build_schema((SDL / f"{api}.graphql").read_text())


def floor_ms(schema: GraphQLSchema, query: str, variables: dict, data: dict, *, seconds: float = 1.0) -> float:
    """CPU ms per execution of `query` answered from `data` (the best of three runs of ~`seconds`/3)."""
    document = parse(query)
    problems = validate(schema, document)
    assert not problems, problems

    def once() -> None:
        result = execute(schema, document, root_value=data, variable_values=variables)
        assert isinstance(result, ExecutionResult) and not result.errors, result.errors
        json.dumps(result.data)

    once()
    started = time.process_time()
    once()
    each = max(time.process_time() - started, 1e-5)
    runs = max(10, int(seconds / 3 / each))
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for _ in range(runs):
            once()
        best = min(best, (time.process_time() - started) * 1000 / runs)
    return best
