"""Static CSS for a shared screen: large tile values, readable from the back of a room.

Only constant CSS goes through here; no imported text is ever put into HTML.
"""

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
