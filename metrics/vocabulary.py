"""The closed lists of codes the canonical tables hold, each in its display order.

A code is what the library stores and returns (``"vk"``, ``"negative"``, ``"smm"``); the words for
people live with the interface that shows them, one entry per code (``platform.<code>``,
``channel.<code>``, ``sentiment.<code>``, ``mention_kind.<code>``). The ways exports write these
values (``ВКонтакте``, ``позитив``, ``контекстная реклама``) are read into codes by
:mod:`metrics.ingest.vocab`.

>>> KNOWN_SENTIMENTS
('positive', 'neutral', 'negative')
>>> is_known("platform", "vk"), is_known("platform", "mastodon")
(True, False)
"""

from __future__ import annotations

# Where a mention or a post was published. A platform that is not listed keeps the name its
# export gives (case-folded): the list is what Resonance knows, not all that exists.
PLATFORMS = (
    "vk",
    "telegram",
    "instagram",
    "facebook",
    "x",
    "youtube",
    "tiktok",
    "ok",
    "dzen",
    "linkedin",
    "news",
    "blog",
    "forum",
    "review",
    "other",
)
# What a mention says of the brand; ``unknown`` when the source does not say or says "mixed".
SENTIMENTS = ("positive", "neutral", "negative", "unknown")
# Who gave a mention its sentiment: its source, the model (the source gave none) or a person (a hand code).
SENTIMENT_SOURCES = ("export", "model", "manual")
KNOWN_SENTIMENTS = SENTIMENTS[:3]
# What a mention is.
MENTION_KINDS = ("post", "comment", "repost", "review", "article")
# The channels of the marketing calendar and of sales.
CHANNELS = ("tv", "pr", "banner", "context", "outdoor", "radio", "influencer", "promo", "smm", "other")
OTHER_CHANNEL = "other"
OTHER_PLATFORM = "other"
UNKNOWN_SENTIMENT = "unknown"

# Each list under the name of the column that holds it (the prefix of its words at the edge).
CODES: dict[str, tuple[str, ...]] = {
    "platform": PLATFORMS,
    "sentiment": SENTIMENTS,
    "mention_kind": MENTION_KINDS,
    "channel": CHANNELS,
}


def is_known(name: str, code: object) -> bool:
    """Whether ``code`` is one of the codes of the list ``name`` (a key of ``CODES``)."""
    return code in CODES[name]
