"""The public contract: exported SDL and manifest.json agree with the running code."""

import json
from pathlib import Path

import pytest

from plugin.api.export import CONTRACT_DIR, schemas
from plugin.platform.webhooks import ALL_TOPICS

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = json.loads((ROOT / "manifest.json").read_text())


@pytest.mark.parametrize("name", ["admin.graphql", "storefront.graphql"])
def test_exported_sdl_matches_code(name):
    on_disk = (CONTRACT_DIR / name).read_text()
    assert on_disk == schemas()[name], f"graphql/{name} is stale: run `recourse schema` and commit it"


def test_manifest_webhooks_cover_every_topic():
    assert {hook["topic"] for hook in MANIFEST["webhooks"]} == set(ALL_TOPICS)
    for hook in MANIFEST["webhooks"]:
        assert hook["targetUrl"] == f"/webhooks/{hook['topic']}"


async def test_manifest_urls_are_served(client, db):
    """Every URL the host will call exists; a call without credentials is refused, not missing."""
    assert (await client.get(MANIFEST["appUrl"])).status_code == 200
    assert (await client.get(MANIFEST["healthUrl"])).status_code == 200
    assert (await client.get(MANIFEST["readinessUrl"])).status_code == 200
    for url in MANIFEST["graphql"].values():
        assert (await client.post(url, json={"query": "{__typename}"})).status_code == 401
    for hook in MANIFEST["webhooks"]:
        assert (await client.post(hook["targetUrl"], content=b"{}")).status_code == 401
    for extension in MANIFEST["extensions"]:
        assert (await client.get(extension["url"])).status_code == 200
    # Installation over HTTP is off unless the operator set RECOURSE_INSTALL_TOKEN.
    assert (await client.post(MANIFEST["tokenTargetUrl"], json={})).status_code == 404


def test_manifest_permissions_are_scopes():
    assert all(scope.split("_", 1)[0] in ("read", "write") for scope in MANIFEST["permissions"])
