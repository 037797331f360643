"""``python -m desktop`` → :func:`desktop.cli.main`."""

import sys

from desktop.cli import main

sys.exit(main())
