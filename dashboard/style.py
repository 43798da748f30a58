"""Static CSS for a shared screen: large tile values, readable from the back of a room.

Only constant CSS goes through here; no imported text is ever put into HTML.
"""

CSS = """
<style>
[data-testid="stMetricValue"] { font-size: 2.9rem; font-weight: 700; line-height: 1.1; }
[data-testid="stMetricLabel"] p { font-size: 1.15rem; font-weight: 600; }
[data-testid="stMetricDelta"] { font-size: 1.05rem; }
[data-testid="stCaptionContainer"] { font-size: 0.95rem; }
h1 { font-size: 2.2rem; }
</style>
"""
