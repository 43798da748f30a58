"""The words for people, one table per layer, each keyed ``<area>.<name>`` with ``ru`` and ``en``."""
