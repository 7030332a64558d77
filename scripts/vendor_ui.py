#!/usr/bin/env python3
"""Copy the UI's ES modules from node_modules into plugin/ui/vendor/ (run after changing package.json).

The faces have no build step: the browser loads these files as they are. Two changes only:
`preact/hooks` imports the bare name "preact", and Chart.js imports "@kurkle/color" and its own chunk,
which a browser resolves only through an import map (an inline script our CSP refuses), so each is
pointed at the sibling file; source-map comments go, as the maps are not shipped.
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
    # Chart.js (the analytics page's charts): its ES module, the helpers chunk it imports, and its one
    # dependency.
    "chart.js/dist/chart.js": "chart.mjs",
    "chart.js/dist/chunks/index.js": "chart-helpers.mjs",
    "@kurkle/color/dist/color.esm.js": "color.mjs",
}
# Bare or relative names as the packages write them -> the vendored sibling.
IMPORTS = {
    'from"preact"': 'from"./preact.mjs"',
    "from './chunks/index.js'": "from './chart-helpers.mjs'",
    "from '@kurkle/color'": "from './color.mjs'",
    "import '@kurkle/color'": "import './color.mjs'",
}
LICENCES = {"preact/LICENSE": "LICENSE-preact", "htm/LICENSE": "LICENSE-htm", "chart.js/LICENSE.md": "LICENSE-chart.js",
            "@kurkle/color/LICENSE.md": "LICENSE-kurkle-color"}
PACKAGES = ("preact", "htm", "chart.js", "@kurkle/color")


def main() -> int:
    if not (MODULES / "preact").exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=ROOT, check=True)
    VENDOR.mkdir(parents=True, exist_ok=True)
    for source, target in FILES.items():
        text = (MODULES / source).read_text()
        for bare, sibling in IMPORTS.items():
            text = text.replace(bare, sibling)
        text = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", text)
        (VENDOR / target).write_text(text)
    for source, target in LICENCES.items():
        shutil.copyfile(MODULES / source, VENDOR / target)
    versions = {name: __import__("json").loads((MODULES / name / "package.json").read_text())["version"] for name in PACKAGES}
    (VENDOR / "VERSIONS.txt").write_text("".join(f"{name} {version}\n" for name, version in versions.items()))
    print(f"vendored {versions} into {VENDOR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
