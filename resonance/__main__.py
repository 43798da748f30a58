"""``python -m resonance``: the same as the ``resonance`` command."""

from resonance.cli import main

if __name__ == "__main__":
    main()
