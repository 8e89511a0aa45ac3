"""``python -m academy_trainer``: the trainer's command line."""

import sys

from academy_trainer.cli import main

sys.exit(main())
