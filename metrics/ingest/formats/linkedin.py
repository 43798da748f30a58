"""LinkedIn page analytics workbooks (header on the second row; .xls or .xlsx).

Row 1 of every sheet is a one-line description, so the header is found on row 2. The content
workbook has a daily ``Metrics`` sheet and an ``All posts`` sheet; the followers workbook a daily
``New followers`` sheet, whose ``Total followers`` is the number of NEW followers that day, not
the audience size. Of the daily metrics only ``Unique impressions (organic)`` has a place in the
audience table (reach); impressions, clicks, reactions (negative on some days), comments and
reposts by day have none. Posts are keyed by their link (``…/urn:li:activity:…``).
"""

from __future__ import annotations

from metrics.ingest.formats.base import Format

US_DATE = ("%m/%d/%Y",)

LINKEDIN_METRICS = Format(
    "linkedin_metrics",
    "audience",
    {
        "date": ("Date",),
        "reach": ("Unique impressions (organic)",),
        "_organic": ("Impressions (organic)",),
        "_sponsored": ("Impressions (sponsored)",),
    },
    signature=("date", "reach", "_organic", "_sponsored"),
    date_formats={"date": US_DATE},
    constants={"platform": "linkedin"},
)

LINKEDIN_POSTS = Format(
    "linkedin_posts",
    "posts",
    {
        "text": ("Post title",),
        "url": ("Post link",),
        "published_at": ("Created date",),
        "format": ("Content Type",),
        "impressions": ("Impressions",),
        "video_views": ("Views", "Views (excluding off-site video views)"),
        "clicks": ("Clicks",),
        "likes": ("Likes",),
        "comments": ("Comments",),
        "shares": ("Reposts", "Shares"),
    },
    signature=("text", "url", "published_at", "impressions", "clicks"),
    date_formats={"published_at": US_DATE},
    constants={"platform": "linkedin"},
    id_from_url=True,
)

LINKEDIN_FOLLOWERS = Format(
    "linkedin_new_followers",
    "audience",
    {
        "date": ("Date",),
        "followers_gained": ("Total followers",),
        "_organic": ("Organic followers",),
        "_sponsored": ("Sponsored followers",),
    },
    signature=("date", "followers_gained", "_organic", "_sponsored"),
    date_formats={"date": US_DATE},
    constants={"platform": "linkedin"},
)

FORMATS = (LINKEDIN_METRICS, LINKEDIN_POSTS, LINKEDIN_FOLLOWERS)
