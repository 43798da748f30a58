"""Static CSS for a shared screen: large tile values, readable from the back of a room.

Only constant CSS (and the one constant script that turns the slides) goes through here (and our own
words, checked to be plain, in place of the file uploader's English); no imported text is ever put into HTML.
"""

import re

CSS = """
<style>
[data-testid="stMetricValue"], [data-testid="stMetricValue"] * {
  font-size: 2.9rem; font-weight: 700; line-height: 1.1;
}
[data-testid="stMetricLabel"] p { font-size: 1.15rem; font-weight: 600; }
[data-testid="stMetricDelta"] { font-size: 1.05rem; }
[data-testid="stCaptionContainer"] { font-size: 0.95rem; }
h1 { font-size: 2.2rem; }
</style>
"""


# A slide on a 1920×1080 screen, read from across a room: no sidebar or toolbar, larger type, tighter
# spacing so that a slide is one screen. Quotes are cut after four lines (the page shows them whole).
PRESENTATION_CSS = """
<style>
section[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header[data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"] { display: none !important; }
.block-container, [data-testid="stMainBlockContainer"] { padding: 0.8rem 2.5rem 0.4rem !important; max-width: 100%; }
[data-testid="stMain"] [data-testid="stVerticalBlock"] { gap: 0.55rem; }
[data-testid="stMetricValue"], [data-testid="stMetricValue"] * {
  font-size: 4rem !important; font-weight: 700; line-height: 1.05;
}
[data-testid="stMetricLabel"] p { font-size: 1.55rem !important; }
[data-testid="stMetricDelta"], [data-testid="stMetricDelta"] * { font-size: 1.4rem !important; }
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p { font-size: 1.2rem !important; }
[data-testid="stMarkdownContainer"] p, [data-testid="stMarkdownContainer"] li { font-size: 1.4rem; }
[data-testid="stMarkdownContainer"] h4 { font-size: 1.9rem; padding: 0.2rem 0; }
[data-testid="stAlertContainer"] p { font-size: 1.35rem; }
[data-testid="stMarkdownContainer"] blockquote p {
  font-size: 1.65rem; line-height: 1.3; display: -webkit-box; -webkit-line-clamp: 4; -webkit-box-orient: vertical;
  overflow: hidden;
}
[data-testid="stTable"] td, [data-testid="stTable"] th { font-size: 1.4rem !important; }
[data-testid="stBadge"] * { font-size: 1.1rem; }
h1 { font-size: 2.6rem; padding: 0.3rem 0 !important; }
h2, h3 { font-size: 1.9rem; padding: 0.2rem 0 !important; }
.st-key-present_bar p { font-size: 1.3rem; margin: 0; }
.st-key-present_keys { display: none; }
[data-testid="stNumberInput"] input, [data-testid="stSelectbox"] div[data-baseweb="select"] * { font-size: 1.3rem; }
[data-testid="stWidgetLabel"] p { font-size: 1.3rem; }
</style>
"""

# Turns the slides from the keyboard: ← → (Page Up, Page Down) and Esc press the slide bar's buttons.
# Installed once per browser tab, with the first slide; a key pressed while the buttons are still
# being drawn is kept and pressed when they are there. Keys typed into a field are left to it.
PRESENTATION_KEYS = """
<script>
(() => {
  if (window.resonanceSlideKeys) return;
  window.resonanceSlideKeys = true;
  const actions = {ArrowRight: "next", PageDown: "next", ArrowLeft: "previous", PageUp: "previous", Escape: "exit"};
  let wanted = null, since = 0;
  const typing = (el) => !!el && el.offsetParent !== null && (el.isContentEditable || el.tagName === "TEXTAREA"
    || el.tagName === "SELECT" || (el.tagName === "INPUT" && !["checkbox", "radio", "button"].includes(el.type)));
  const press = () => {
    if (!wanted) return;
    const holder = document.querySelector(".st-key-present_" + wanted);
    if (!holder || Date.now() - since > 60000) { wanted = null; return; }
    const button = holder.querySelector("button");
    if (!button) { setTimeout(press, 100); return; }
    const action = wanted;
    wanted = null;
    if (!button.disabled && action) button.click();
  };
  document.addEventListener("keydown", (event) => {
    const action = actions[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.repeat) return;
    if (typing(document.activeElement) || !document.querySelector(".st-key-present_exit")) return;
    event.preventDefault();
    wanted = action;
    since = Date.now();
    press();
  }, true);
  const focused = document.activeElement;
  if (focused && focused !== document.body && focused.offsetParent === null) focused.blur();
  window.focus();
})();
</script>
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
    rules = "\n".join(
        f"{_UPLOADER_PARTS[part]} {{ font-size: 0; }}\n"
        f'{_UPLOADER_PARTS[part]}::after {{ content: "{text}"; font-size: 0.875rem; line-height: 1.6; }}'
        for part, text in words.items()
    )
    return f"<style>\n{rules}\n</style>"
