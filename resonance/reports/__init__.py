"""Files that leave the meeting: PPTX with native charts, one self-contained HTML file, XLSX; all from
one report (:mod:`resonance.reports.content`) built from the meeting's model."""

FORMATS = ("pptx", "html", "xlsx")
