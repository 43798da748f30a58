"""Text from imported files (brands, authors, quotes, file names, cell values) shown as text.

Streamlit renders markdown: a mention that contains ``![](https://…)`` would fetch an image, ``$…$``
would typeset, ``[…](…)`` would become a link. Every imported string goes through :func:`md`
before it reaches ``st.markdown``, ``st.title`` or a message.
"""

from __future__ import annotations

import re

_ACTIVE = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<$:])")


def md(text: object) -> str:
    """``text`` with every markdown-active character escaped, so it reads exactly as written.

    >>> md("![x](http://a.b/c.png) costs $5")
    '\\\\!\\\\[x\\\\]\\\\(http\\\\://a\\\\.b/c\\\\.png\\\\) costs \\\\$5'
    """
    return _ACTIVE.sub(r"\\\1", str(text))
