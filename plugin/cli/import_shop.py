"""`recourse import`: a shop's existing products and orders from a Shopify export, with progress.

Reads what Shopify's REST API lists (`{"products": [...]}`, `{"orders": [...]}`), a plain JSON list,
or JSON lines (one object per line, as bulk exports write them). Numbers are read as Decimal, so an
amount is never a float. Malformed records are reported with their position and skipped; the exit
status is 1 when any was.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tqdm import tqdm

from plugin.platform.shopify import json_number


def read_export(path: Path, kind: str) -> list:
    """The records of one export file: a JSON document (a list, or an object holding one) or JSON lines."""
    text = path.read_text(encoding="utf-8-sig")
    try:
        document = json.loads(text, parse_float=json_number)
    except json.JSONDecodeError:
        return [json.loads(line, parse_float=json_number) for line in text.splitlines() if line.strip()]
    if isinstance(document, dict):
        if isinstance(document.get(kind), list):
            return document[kind]
        singular = kind[:-1]
        return [document[singular]] if isinstance(document.get(singular), dict) else [document]
    if isinstance(document, list):
        return document
    raise ValueError(f"{path}: expected a JSON list or an object with {kind!r}")


async def run(database_url: str, args: argparse.Namespace) -> int:
    from models.shop import Shop
    from plugin.platform.catalog_import import ImportProblem, import_catalogue, parse
    from plugin.store.orm import orm

    try:
        raw = {kind: read_export(Path(file), kind) if file else []
               for kind, file in (("products", args.products), ("orders", args.orders))}
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    problems: list[ImportProblem] = []
    parsed = {}
    for kind, records in raw.items():
        good, bad = parse(kind, records)
        parsed[kind], problems = good, problems + bad
    async with orm(database_url):
        shop = await Shop.get_or_none(domain=args.shop)
        if shop is None:
            print(f"error: no shop {args.shop!r}", file=sys.stderr)
            return 2
        total = len(parsed["products"]) + len(parsed["orders"])
        with tqdm(total=total, unit="record", file=sys.stderr, disable=args.quiet, desc="importing") as bar:
            report = await import_catalogue(shop, parsed["products"], parsed["orders"], progress=lambda: bar.update(1))
    for problem in problems + report.problems:
        print(f"skipped {'.'.join(problem.field)}: {problem.message}", file=sys.stderr)
    for kind in ("products", "orders"):
        counts = getattr(report, kind)
        print(f"{kind}: {counts['CREATED']} created, {counts['UPDATED']} updated, {counts['STALE']} unchanged")
    return 1 if problems or report.problems else 0


def add_import_command(commands) -> None:
    command = commands.add_parser(
        "import", help="import a shop's existing products and orders from a Shopify export (JSON or JSON lines)"
    )
    command.add_argument("--shop", required=True, help="shop domain")
    command.add_argument("--products", help="products export: {\"products\": [...]}, a JSON list, or JSON lines")
    command.add_argument("--orders", help="orders export, in the same forms")
    command.add_argument("--quiet", action="store_true", help="no progress bar")
