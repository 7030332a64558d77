"""The command line an operator uses: migrate, add a shop, print tokens that the API accepts."""

import os
import subprocess
import sys
from pathlib import Path

import jwt
import pytest

ROOT = Path(__file__).resolve().parents[1]


def recourse(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": f"sqlite://{tmp_path / 'cli.sqlite3'}"}
    return subprocess.run(
        [sys.executable, "-m", "plugin.cli", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


@pytest.mark.slow
def test_migrate_shop_add_and_tokens(tmp_path):
    assert recourse(tmp_path, "migrate").returncode == 0
    added = recourse(tmp_path, "shop", "add", "--domain", "cli-store.myshopify.com", "--name", "CLI Store",
                     "--currency", "EUR", "--country", "DE", "--timezone", "Europe/Berlin")
    assert added.returncode == 0, added.stderr
    values = dict(line.split(":", 1) for line in added.stdout.splitlines())
    key, secret = values["api key"].strip(), values["api secret"].strip()
    assert len(secret) == 64

    again = recourse(tmp_path, "shop", "add", "--domain", "cli-store.myshopify.com", "--name", "Again")
    assert again.returncode == 2 and "already installed" in again.stderr
    bad = recourse(tmp_path, "shop", "add", "--domain", "x.example", "--name", "X", "--timezone", "Mars/Base")
    assert bad.returncode == 2 and "timezone" in bad.stderr

    token = recourse(tmp_path, "token", "admin", "--shop", "cli-store.myshopify.com", "--ttl", "120")
    claims = jwt.decode(token.stdout.strip(), secret, algorithms=["HS256"], audience=key)
    assert claims["dest"] == "https://cli-store.myshopify.com" and claims["exp"] - claims["iat"] == 120

    missing = recourse(tmp_path, "token", "customer", "--shop", "cli-store.myshopify.com", "--email", "no@x.com")
    assert missing.returncode == 2 and "no customer" in missing.stderr
    unknown = recourse(tmp_path, "token", "admin", "--shop", "nope.myshopify.com")
    assert unknown.returncode == 2
