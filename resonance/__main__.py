"""``python -m resonance``: the same as the ``resonance`` command."""

from resonance.cli import run

if __name__ == "__main__":
    run()
