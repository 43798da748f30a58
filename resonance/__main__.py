"""``python -m resonance``: the same as the ``resonance`` command."""

import sys

from resonance.cli import main

if __name__ == "__main__":
    sys.exit(main())
