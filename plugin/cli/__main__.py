"""`python -m plugin.cli`: the `recourse` command."""

import sys

from plugin.cli import main

sys.exit(main())
