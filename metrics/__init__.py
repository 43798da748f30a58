"""Resonance metrics: canonical tables, their import, the workspace store and the indicators."""
