"""Recognise and read real export files into canonical tables."""

from metrics.ingest.errors import IngestError, Problem
from metrics.ingest.formats import FORMATS, Format
from metrics.ingest.options import Tuning
from metrics.ingest.progress import Progress, reporting
from metrics.ingest.read import ReadResult, read_export
from metrics.ingest.text import Rewind

__all__ = [
    "FORMATS",
    "Format",
    "IngestError",
    "Problem",
    "Progress",
    "ReadResult",
    "Rewind",
    "Tuning",
    "read_export",
    "reporting",
]
