#!/usr/bin/env python3
"""Copy the UI's ES modules from node_modules into plugin/ui/vendor/ (run after changing package.json).

The faces have no build step: the browser loads these files as they are. Two changes only:
`preact/hooks` imports the bare name "preact", which a browser resolves only through an import map
(an inline script our CSP refuses), so it is pointed at the sibling file; source-map comments go,
as the maps are not shipped.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULES = ROOT / "node_modules"
VENDOR = ROOT / "plugin" / "ui" / "vendor"
FILES = {
    "preact/dist/preact.mjs": "preact.mjs",
    "preact/hooks/dist/hooks.mjs": "hooks.mjs",
    "htm/dist/htm.mjs": "htm.mjs",
}
LICENCES = {"preact/LICENSE": "LICENSE-preact", "htm/LICENSE": "LICENSE-htm"}


def main() -> int:
    if not (MODULES / "preact").exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=ROOT, check=True)
    VENDOR.mkdir(parents=True, exist_ok=True)
    for source, target in FILES.items():
        text = (MODULES / source).read_text()
        text = text.replace('from"preact"', 'from"./preact.mjs"')
        text = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", text)
        (VENDOR / target).write_text(text)
    for source, target in LICENCES.items():
        shutil.copyfile(MODULES / source, VENDOR / target)
    versions = {name: __import__("json").loads((MODULES / name / "package.json").read_text())["version"] for name in ("preact", "htm")}
    (VENDOR / "VERSIONS.txt").write_text("".join(f"{name} {version}\n" for name, version in versions.items()))
    print(f"vendored {versions} into {VENDOR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
