"""``python -m academy.trainer``: the trainer's command line."""

import sys

from academy.trainer.cli import main

sys.exit(main())
