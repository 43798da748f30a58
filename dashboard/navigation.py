"""The pages of the app as plain data: the frame builds its navigation and the deck from this list.

A page is a module in ``app_pages/`` named by its id; its title is the text ``page.<id>`` and its
one-line description ``page.<id>.about``. Adding a page is adding its module, its two texts and one
entry here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    """One page: where it is, how it is listed, and what the app does with it.

    ``section``: the group it is listed under (the text ``nav.<section>``); ``slide``: a slide of the
    deck in presentation mode; ``ours_only``: built entirely from our own data (sales, the calendar,
    the context), so with a competitor chosen it says whose data it is and shows nothing else.
    """

    id: str
    icon: str
    url_path: str
    section: str
    slide: bool = False
    ours_only: bool = False
    home: bool = False

    @property
    def file(self) -> str:
        """The page's script, relative to the app's folder."""
        return f"app_pages/{self.id}.py"

    @property
    def title_key(self) -> str:
        return f"page.{self.id}"


PAGES: tuple[PageSpec, ...] = (
    PageSpec("this_week", "event", "this-week", "meeting", slide=True, home=True),
    PageSpec("attention", "campaign", "attention", "meeting", slide=True),
    PageSpec("reception", "favorite", "reception", "meeting", slide=True),
    PageSpec("loyalty", "loyalty", "loyalty", "meeting", slide=True),
    PageSpec("voice", "forum", "voice", "meeting", slide=True),
    PageSpec("sales", "point_of_sale", "sales", "meeting", slide=True, ours_only=True),
    PageSpec("mix", "pie_chart", "mix", "meeting", slide=True, ours_only=True),
    PageSpec("forecast", "trending_up", "forecast", "meeting", slide=True, ours_only=True),
    PageSpec("data", "folder_open", "data", "workspace"),
)
BY_ID = {spec.id: spec for spec in PAGES}
HOME = next(spec for spec in PAGES if spec.home)  # where the app opens, and the deck's first page after the agenda
SECTIONS = tuple(dict.fromkeys(spec.section for spec in PAGES))  # in the order of their first page
