"""Prepaid return labels staff upload as PDFs: stored as files under RECOURSE_LABEL_DIR, one folder
per shop, named by a random token. The token is what `returnApproveRequest` / `returnLabelAttach`
take; the file is served by plugin.api.label_routes to the shop's staff and the return's customer,
attached to the instructions email, and erased with the customer's or the shop's data."""

from __future__ import annotations

import os
import re
import secrets
import shutil
from pathlib import Path

_TOKEN = re.compile(r"^[0-9a-f]{32}$")


class LabelStore:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def path(self, shop_id: int, token: str) -> Path | None:
        """The file of an upload token of this shop; None for a malformed token (never a path escape)."""
        if not isinstance(token, str) or not _TOKEN.match(token):
            return None
        return self.root / str(int(shop_id)) / f"{token}.pdf"

    def exists(self, shop_id: int, token: str) -> bool:
        path = self.path(shop_id, token)
        return path is not None and path.is_file()

    def read(self, shop_id: int, token: str) -> bytes | None:
        path = self.path(shop_id, token)
        return path.read_bytes() if path is not None and path.is_file() else None

    def save(self, shop_id: int, content: bytes) -> str:
        token = secrets.token_hex(16)
        folder = self.root / str(int(shop_id))
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f"{token}.partial"
        partial.write_bytes(content)
        os.replace(partial, folder / f"{token}.pdf")
        return token

    def usage(self, shop_id: int) -> tuple[int, int]:
        """How many labels the shop has stored, and their bytes."""
        folder = self.root / str(int(shop_id))
        if not folder.is_dir():
            return 0, 0
        sizes = [entry.stat().st_size for entry in os.scandir(folder) if entry.name.endswith(".pdf")]
        return len(sizes), sum(sizes)

    def delete(self, shop_id: int, token: str | None) -> None:
        path = self.path(shop_id, token) if token else None
        if path is not None:
            path.unlink(missing_ok=True)

    def delete_shop(self, shop_id: int) -> None:
        shutil.rmtree(self.root / str(int(shop_id)), ignore_errors=True)
