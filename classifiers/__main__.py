"""`python -m classifiers train|evaluate ...`: the classifier subcommands without the main CLI."""

import sys

from classifiers.cli import main

sys.exit(main())
