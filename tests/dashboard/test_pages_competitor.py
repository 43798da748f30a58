"""With a competitor chosen in «Brand», no number of ours appears under its name, on any page.

Figures of our own accounts, sales and marketing calendar exist only for our brand: their tiles show
«–» and say whose they are, the charts and tables built from them are not drawn, and the pages built
from our own data alone (sales, mix, forecast) say whose they are instead of showing numbers.
"""

import base64
import json
import re
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from metrics.indicators import REGISTRY

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")
PAGES = ("this_week", "attention", "reception", "loyalty", "voice", "sales", "mix", "forecast")
OURS_ALONE = ("sales", "mix", "forecast")  # pages built from our own data only


def open_page(
    monkeypatch, home: Path, workspace: Path, page: str, brand: str, lang: str = "ru", *, slide: bool = False
) -> AppTest:
    """The page, or with ``slide`` its slide in presentation mode (the deck opens at its agenda)."""
    monkeypatch.setenv("RESONANCE_HOME", str(home))
    monkeypatch.setenv("RESONANCE_WORKSPACE", str(workspace))
    at = AppTest.from_file(APP, default_timeout=90)
    at.session_state["app_lang"] = lang
    at.session_state["app_brand"] = brand
    if slide:
        at.query_params["present"] = "1"
    at.run()
    if page != "this_week" or slide:
        at.switch_page(f"app_pages/{page}.py").run()
    assert not at.exception, at.exception
    return at


def unescaped(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def texts(at: AppTest) -> list[str]:
    """Every piece of text a person sees on the page, tables included."""
    out = [m.value for m in at.metric]
    for kind in ("title", "markdown", "caption", "info", "warning", "error", "subheader"):
        out += [unescaped(e.value) for e in getattr(at, kind)]
    out += [df.value.to_string() for df in [*at.dataframe, *at.table]]  # a slide's table is static
    return out


def chart_numbers(at: AppTest, trace_name: str = "") -> set[float]:
    """Every y value drawn in the page's charts (in traces whose name starts with ``trace_name``)."""
    found: set[float] = set()
    for chart in at.get("plotly_chart"):
        for trace in json.loads(chart.proto.spec)["data"]:
            if not str(trace.get("name") or "").startswith(trace_name):
                continue
            y = trace.get("y")
            if isinstance(y, dict) and "bdata" in y:
                y = np.frombuffer(base64.b64decode(y["bdata"]), dtype=y["dtype"])
            if y is None or isinstance(y, str):
                continue
            values = np.asarray([v for v in y if isinstance(v, (int, float))], dtype="float64")
            found |= {round(float(v), 6) for v in values[np.isfinite(values)]}
    return found


def tile_block(at: AppTest, ind_id: str):
    """The tile of ``ind_id`` on the page (its keyed container), or None."""
    try:
        return at.get_by_key(f"tile_{ind_id}")
    except (KeyError, ValueError):
        return None


def tiles(at: AppTest) -> dict[str, object]:
    """Tile id → its metric, for every tile on the page."""
    blocks = {ind_id: tile_block(at, ind_id) for ind_id in REGISTRY.of_kind("period")}
    return {ind_id: block.metric[0] for ind_id, block in blocks.items() if block is not None and block.metric}


@pytest.mark.parametrize("slide", [False, True], ids=["page", "slide"])
@pytest.mark.parametrize("page", PAGES)
def test_a_competitor_never_shows_our_figures(monkeypatch, demo_home, demo_workspace, page, slide):
    ours = open_page(monkeypatch, demo_home, demo_workspace, page, "Зерно", slide=slide)
    rival = open_page(monkeypatch, demo_home, demo_workspace, page, "Крона", slide=slide)
    if slide:  # a slide of the deck, with its own (shorter) set of tiles
        assert rival.get_by_key("present_next") and ours.get_by_key("present_next")
    assert "Крона" in " ".join(e.value for e in [*rival.title, *rival.caption])

    # The numbers of ours on our page: the tiles of our own accounts and sales, or everything on a
    # page built from our data alone.
    our_tiles = {i: m for i, m in tiles(ours).items() if REGISTRY[i].ours_only}
    if page in OURS_ALONE:
        our_numbers = [m.value for m in ours.metric]
        our_numbers += [str(v) for df in [*ours.dataframe, *ours.table] for v in df.value.to_numpy().ravel()]
    else:
        our_numbers = [m.value for m in our_tiles.values()]
    our_numbers = [v for v in our_numbers if len(re.sub(r"\D", "", v)) >= 3]  # distinctive: 3+ digits
    assert page == "voice" or our_numbers or chart_numbers(ours), "our page shows numbers of its own"
    seen = "\n".join(texts(rival))
    for number in our_numbers:
        assert number not in seen, (page, number)

    # Each tile of ours alone says «–» and whose it is, with no change and no 4-week comparison.
    for ind_id, metric in tiles(rival).items():
        if REGISTRY[ind_id].ours_only:
            assert metric.value == "–", ind_id
            assert not metric.proto.delta, ind_id
            block = tile_block(rival, ind_id)
            assert any("Только для Зерно" in unescaped(c.value) for c in block.caption), ind_id
    if page == "this_week" and not slide:  # the revenue panel of the trend: ours, never drawn for the competitor
        assert chart_numbers(ours, "Выручка") and not chart_numbers(rival, "Выручка")
    if page in OURS_ALONE:
        assert not rival.metric and not rival.dataframe and not rival.table and not rival.get("plotly_chart")
        assert any("только для Зерно" in unescaped(i.value) for i in rival.info)
    else:
        # The rule, stated on the page (on a slide, in one line under the heading).
        assert any("Крона — конкурент" in unescaped(i.value) for i in (rival.caption if slide else rival.info))


def test_a_workspace_that_names_no_brand_says_whose_the_accounts_figures_were_taken_to_be(monkeypatch, tmp_path):
    """Without "our brand" in the settings, the posts of the workspace's accounts are shown for the brand
    chosen: the page says so, and where to name the brand; once it is named, it says nothing."""
    from metrics import store

    samples = ROOT / "sample_data"
    path = tmp_path / "w.duckdb"
    workspace = store.open_workspace(path)
    for name in ("brandwatch_mentions.csv", "vk_posts.csv"):
        assert workspace.import_file(samples / name).error is None
    workspace.close()
    at = open_page(monkeypatch, tmp_path, path, "this_week", "Зерно", "en")
    said = [unescaped(i.value) for i in at.info if "does not name your brand" in i.value]
    assert len(said) == 1 and "shown for Зерно" in said[0] and "«Our brand»" in said[0]
    reach = next(m for m in at.metric if m.label == "Reach")  # our posts' reach
    assert REGISTRY["reach"].ours_only and reach.value != "–"  # shown, and said to be taken as Зерно's
    ru = open_page(monkeypatch, tmp_path, path, "loyalty", "Зерно", "ru")
    assert any("не указан ваш бренд" in i.value for i in ru.info)
    store.open_workspace(path).update_settings(brand="Зерно")  # the workspace the app has open
    named = open_page(monkeypatch, tmp_path, path, "this_week", "Зерно", "en")
    assert not any("does not name your brand" in i.value for i in named.info)
