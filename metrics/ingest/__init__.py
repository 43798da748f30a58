"""Recognise and read real export files into canonical tables.

The names below are imported from their modules when first used: importing one module of the package
(``metrics.ingest.keys``) does not load every format.
"""

from typing import TYPE_CHECKING

from metrics.lazy import exported

if TYPE_CHECKING:
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
__getattr__ = exported(
    __all__,
    "metrics.ingest.errors",
    "metrics.ingest.options",
    "metrics.ingest.progress",
    "metrics.ingest.formats",
    "metrics.ingest.text",
    "metrics.ingest.read",
)
