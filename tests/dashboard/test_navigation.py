"""The list of pages: every page module is listed once, with its texts in both languages."""

from pathlib import Path

from dashboard.navigation import HOME, PAGES, SECTIONS
from resonance.i18n import LANGUAGES, TEXTS

APP = Path(__file__).resolve().parents[2] / "dashboard"


def test_every_page_module_is_listed_once_and_every_listed_page_exists():
    assert sorted(spec.id for spec in PAGES) == sorted(p.stem for p in (APP / "app_pages").glob("*.py"))
    assert all((APP / spec.file).is_file() for spec in PAGES)
    assert len({spec.url_path for spec in PAGES}) == len(PAGES)


def test_one_home_page_and_it_is_a_slide():
    assert [spec for spec in PAGES if spec.home] == [HOME] and HOME.slide


def test_titles_descriptions_and_sections_are_said_in_every_language():
    keys = [f"nav.{section}" for section in SECTIONS] + [spec.title_key for spec in PAGES]
    keys += [f"{spec.title_key}.about" for spec in PAGES if spec.slide]  # the deck's agenda reads them
    assert [k for k in keys if k not in TEXTS or any(not TEXTS[k].get(lang) for lang in LANGUAGES)] == []
