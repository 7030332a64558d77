"""The public contract: each schema's SDL, written to graphql/ and compared by a test."""

from __future__ import annotations

from pathlib import Path

from strawberry.printer import print_schema

CONTRACT_DIR = Path(__file__).resolve().parents[2] / "graphql"


def schemas() -> dict[str, str]:
    from plugin.api.admin.schema import schema as admin
    from plugin.api.storefront.schema import schema as storefront

    return {"admin.graphql": print_schema(admin) + "\n", "storefront.graphql": print_schema(storefront) + "\n"}


def write(directory: Path = CONTRACT_DIR) -> list[Path]:
    directory.mkdir(exist_ok=True)
    written = []
    for name, sdl in schemas().items():
        path = directory / name
        path.write_text(sdl)
        written.append(path)
    return written
