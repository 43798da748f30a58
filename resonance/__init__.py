"""The edge that speaks to people: the words of every layer, the command line and the generated docs.

``metrics`` (the library) returns codes, parameters and values; this package turns them into
Russian or English words. Imports go one way only: ``resonance`` and ``dashboard`` import
``metrics``, never the reverse.
"""
