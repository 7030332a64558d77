"""The admin app in one file (plugin/ui/admin/bundle/, made by scripts/bundle_ui.py) and when to serve it.

A cold load of the admin app fetched its ~30 ES modules over HTTP/1.1's six connections before any
page could ask for its data: the largest part of a cold load (~250 ms of ~650 ms on the benchmark's
busy machine). The bundle is one file. The modules stay the source, and the bundle is served only
while it was built from them as they are now: its manifest holds their digest. A module edited
since makes the shell fall back to the modules themselves (an engineer's change shows at once,
beside a warning in the log) until `python3 scripts/bundle_ui.py` is run again; a test fails while
the committed bundle is stale. Standard library only: the script imports this before any install.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

UI_DIR = Path(__file__).parents[1] / "ui"  # plugin/ui/, shipped as package data
SOURCE_DIRS = ("admin", "shared", "vendor")  # what app.js imports, directly or not
DIST = Path("admin") / "bundle"
MANIFEST = DIST / "manifest.json"
MODULES_SHELL = Path("admin") / "index.html"
BUNDLE_SHELL = DIST / "index.html"

log = logging.getLogger(__name__)


def source_files(ui_dir: Path = UI_DIR) -> list[Path]:
    """Every JavaScript module the bundle is made of, the bundle itself left out."""
    found = []
    for name in SOURCE_DIRS:
        for path in (ui_dir / name).rglob("*"):
            if path.suffix in (".js", ".mjs") and ui_dir / DIST not in path.parents:
                found.append(path)
    return sorted(found)


def source_digest(ui_dir: Path = UI_DIR) -> str:
    digest = hashlib.sha256()
    for path in source_files(ui_dir):
        digest.update(path.relative_to(ui_dir).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def built_from(ui_dir: Path = UI_DIR) -> str | None:
    """The sources' digest the bundle was made from (None: no bundle)."""
    try:
        return json.loads((ui_dir / MANIFEST).read_text())["sources"]
    except (OSError, ValueError, KeyError):
        return None


class AdminShell:
    """Which page /app serves: the bundle's while it is current, else the modules'. Asked on every
    load of /app (a stat of each module, ~45 files); the digest is taken again only when one changed."""

    def __init__(self, ui_dir: Path = UI_DIR) -> None:
        self.ui_dir = ui_dir
        self._stamps: tuple | None = None
        self._current = False

    def path(self) -> Path:
        stamps = tuple(_stamp(path) for path in [*source_files(self.ui_dir), self.ui_dir / MANIFEST])
        if stamps != self._stamps:
            self._stamps = stamps
            self._current = built_from(self.ui_dir) == source_digest(self.ui_dir)
            if not self._current:  # once per change of the files, not per load
                log.warning("the admin app's bundle is older than its modules: serving the modules one by one "
                            "(slower cold loads) until `python3 scripts/bundle_ui.py` is run")
        return self.ui_dir / (BUNDLE_SHELL if self._current else MODULES_SHELL)


def _stamp(path: Path) -> tuple:
    try:
        st = os.stat(path)
    except OSError:
        return (str(path), None)
    return (str(path), st.st_ino, st.st_mtime_ns, st.st_size)
