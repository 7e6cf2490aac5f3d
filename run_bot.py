#!/usr/bin/env python3
"""Entry point: `python run_bot.py COMMAND ...` (also installed as the `triage-bot` console script)."""

import sys

from triage.cli import main

if __name__ == "__main__":
    sys.exit(main())
