"""Static CSS for a shared screen: large tile values, readable from the back of a room.

Only constant CSS goes through here (and our own words, checked to be plain, in place of the file
uploader's English); no imported text is ever put into HTML.
"""

import re

CSS = """
<style>
[data-testid="stMetricValue"], [data-testid="stMetricValue"] * { font-size: 2.9rem; font-weight: 700; line-height: 1.1; }
[data-testid="stMetricLabel"] p { font-size: 1.15rem; font-weight: 600; }
[data-testid="stMetricDelta"] { font-size: 1.05rem; }
[data-testid="stCaptionContainer"] { font-size: 0.95rem; }
h1 { font-size: 2.2rem; }
</style>
"""


# A slide on a 1920×1080 screen, read from across a room: no sidebar or toolbar, larger type.
PRESENTATION_CSS = """
<style>
section[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header[data-testid="stHeader"],
[data-testid="stToolbar"] { display: none !important; }
.block-container, [data-testid="stMainBlockContainer"] { padding-top: 1.2rem; max-width: 100%; }
[data-testid="stMetricValue"], [data-testid="stMetricValue"] * { font-size: 4rem !important; font-weight: 700; }
[data-testid="stMetricLabel"] p { font-size: 1.5rem !important; }
[data-testid="stMetricDelta"], [data-testid="stMetricDelta"] * { font-size: 1.35rem !important; }
[data-testid="stCaptionContainer"] { font-size: 1.15rem; }
[data-testid="stMarkdownContainer"] h5 { font-size: 1.6rem; }
h1 { font-size: 2.8rem; }
</style>
"""


# Streamlit's file uploader has no locale: its button, the line under it and the words shown while files are
# dragged over it are always English. Each is shrunk to nothing and followed by our words, in the same type.
_UPLOADER_PARTS = {
    "button": '[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p',
    "hint": '[data-testid="stFileUploaderDropzoneInstructions"] span',
    "drop": '[data-testid="stFileUploaderDropzone"] > div:not([data-testid]) > span',
}
_PLAIN = re.compile(r"[\w ·.,()-]+")


def uploader_css(*, button: str, hint: str, drop: str) -> str:
    """CSS putting ``button``, ``hint`` and ``drop`` (words from the translation table) in place of the
    uploader's own. Only plain words go into CSS ``content``: anything else raises ``ValueError``.

    >>> "Выбрать файлы" in uploader_css(button="Выбрать файлы", hint="CSV", drop="Сюда")
    True
    """
    words = {"button": button, "hint": hint, "drop": drop}
    for part, text in words.items():
        if not _PLAIN.fullmatch(text):
            raise ValueError(f"the uploader's {part} must be plain words, not {text!r}")
    rules = "\n".join(f'{_UPLOADER_PARTS[part]} {{ font-size: 0; }}\n'
                      f'{_UPLOADER_PARTS[part]}::after {{ content: "{text}"; font-size: 0.875rem; line-height: 1.6; }}'
                      for part, text in words.items())
    return f"<style>\n{rules}\n</style>"
