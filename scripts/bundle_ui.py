#!/usr/bin/env python3
"""Bundle the admin app into plugin/ui/admin/bundle/ with esbuild (run after changing its JavaScript).

    python3 scripts/bundle_ui.py            # rebuild plugin/ui/admin/bundle/ (commit it with the modules)
    python3 scripts/bundle_ui.py --out DIR  # build into DIR instead (the test that the bundle is current)

The faces have no build step at install or in CI: like plugin/ui/vendor/, the bundle is committed.
Out of plugin/ui/admin/app.js and every module it imports: `app.js`, plus a chunk for each module
loaded late (Chart.js, which only the analytics page imports, when it opens); `index.html`, the
admin shell pointing at it; `manifest.json`, the digest of the modules it was made from, which the
server compares before serving it (plugin/web/ui_bundle.py). Whitespace and syntax are minified,
names kept (a stack trace still reads), the libraries' licence comments kept at the end of the file.
esbuild is pinned in package.json (npm ci installs it).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plugin.web.ui_bundle import DIST, MODULES_SHELL, UI_DIR, source_digest  # noqa: E402

ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"
ENTRY = "/ui/admin/app.js"


def esbuild(out: Path) -> None:
    if not ESBUILD.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=ROOT, check=True)
    subprocess.run([str(ESBUILD), str(UI_DIR / "admin" / "app.js"), "--bundle", "--format=esm", "--splitting",
                    "--minify-whitespace", "--minify-syntax", "--legal-comments=eof", "--chunk-names=[name]-[hash]",
                    f"--outdir={out}", "--log-level=warning"], cwd=ROOT, check=True)


def bundle_shell(modules_shell: str) -> str:
    """The modules' admin shell with the bundle for its script and no module preloads (one file now)."""
    assert f'<script type="module" src="{ENTRY}"></script>' in modules_shell, "the shell's script moved"
    shell = modules_shell.replace(f'src="{ENTRY}"', f'src="/ui/{DIST.as_posix()}/app.js"')
    shell = re.sub(r'^<link rel="modulepreload"[^\n]*\n|^<!-- Every module[^\n]*\n', "", shell, flags=re.M)
    return shell.replace("<head>\n", "<head>\n<!-- Made by scripts/bundle_ui.py from ../index.html: edit that one. -->\n", 1)


def build(out: Path) -> None:
    """The whole of bundle/ into `out`, which is emptied first."""
    with tempfile.TemporaryDirectory() as scratch:
        built = Path(scratch) / "bundle"
        esbuild(built)
        (built / "index.html").write_text(bundle_shell((UI_DIR / MODULES_SHELL).read_text()))
        version = subprocess.run([str(ESBUILD), "--version"], capture_output=True, text=True, check=True).stdout.strip()
        manifest = {"sources": source_digest(UI_DIR), "esbuild": version, "made_by": "scripts/bundle_ui.py"}
        (built / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(built, out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=UI_DIR / DIST)
    out = parser.parse_args().out
    build(out)
    print(f"bundled the admin app into {out}: " + ", ".join(f"{p.name} {p.stat().st_size // 1024} kB" for p in sorted(out.iterdir())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
