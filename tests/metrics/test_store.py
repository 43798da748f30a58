"""The workspace keeps every import, never counts a fact twice, and can undo an import."""

from datetime import date
from pathlib import Path

import blake3
import pandas as pd
import pytest

from metrics import store

EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "exports"
HEADER = "Дата,Подписчики,Подписались,Отписались,Просмотры\n"
POSTS = "ID поста;Дата публикации;Ссылка;Текст;Просмотры;Охват;Лайки;Комментарии;Репосты\n"


@pytest.fixture
def workspace(tmp_path):
    ws = store.open_workspace(tmp_path / "brand.duckdb")
    yield ws
    ws.close()


def counts(report) -> tuple[int, int, int]:
    return (
        sum(t.added for t in report.tables),
        sum(t.replaced for t in report.tables),
        sum(t.unchanged for t in report.tables),
    )


def test_importing_the_same_file_again_changes_nothing(workspace):
    first = workspace.import_file(EXPORTS / "brandwatch_mentions.csv")
    again = workspace.import_file(EXPORTS / "brandwatch_mentions.csv")
    assert counts(first) == (4, 0, 0)
    assert counts(again) == (0, 0, 4)
    assert again.duplicate_of == first.import_id
    assert len(workspace.read("mentions")) == 4
    expected = "blake3:" + blake3.blake3((EXPORTS / "brandwatch_mentions.csv").read_bytes()).hexdigest()
    assert workspace.imports()["content_hash"].tolist() == [expected, expected]


def test_mentions_without_ids_or_links_imported_again_are_unchanged(workspace, tmp_path):
    # The commonest export: date, author, text, counts, and nothing that names a mention.
    path = tmp_path / "mentions.csv"
    path.write_text(
        "Date,Author,Text,Platform,Reach\n"
        "2026-11-16 10:00,anna,Great coffee at Zerno,vk,120\n"
        "2026-11-16 11:30,boris,Zerno closed today,telegram,80\n"
        "2026-11-16 11:30,,Zerno closed today,telegram,15\n"
        "2026-11-17 09:00,вера,Кофе в Зерне — отличный,vk,\n",
        encoding="utf-8",
    )
    first = workspace.import_file(path)
    again = workspace.import_file(path.read_bytes(), name="copy.csv")
    assert counts(first) == (4, 0, 0)
    assert counts(again) == (0, 0, 4)
    assert len(workspace.read("mentions")) == 4


def test_the_same_bytes_uploaded_are_known_as_the_file_imported_from_disk(workspace):
    first = workspace.import_file(EXPORTS / "brandwatch_mentions.csv")
    again = workspace.import_file((EXPORTS / "brandwatch_mentions.csv").read_bytes(), name="upload.csv")
    assert again.duplicate_of == first.import_id and counts(again) == (0, 0, 4)


def test_an_overlapping_export_adds_only_the_new_days_and_updates_changed_ones(workspace):
    workspace.import_file(
        (HEADER + "2026-11-15,19400,40,12,8800\n2026-11-16,19430,45,15,9100\n").encode(), name="a.csv"
    )
    report = workspace.import_file(
        (HEADER + "2026-11-16,19430,45,15,9150\n2026-11-17,19500,90,20,15800\n").encode(), name="b.csv"
    )
    assert counts(report) == (1, 1, 0)  # 17th new; 16th re-counted by the platform: replaced, not added
    audience = workspace.read("audience").sort_values("date")
    assert audience["page_views"].tolist() == [8800, 9150, 15800]


def test_a_newer_post_export_replaces_the_older_snapshot_and_an_older_one_does_not(workspace):
    row = "-1_5;17.11.2026 10:00;https://vk.com/wall-1_5;Пост;{views};100;10;1;0\n"
    workspace.import_file((POSTS + row.format(views=1000)).encode(), name="vk.csv", today=date(2026, 11, 18))
    newer = workspace.import_file((POSTS + row.format(views=1500)).encode(), name="vk.csv", today=date(2026, 11, 25))
    older = workspace.import_file((POSTS + row.format(views=1200)).encode(), name="vk.csv", today=date(2026, 11, 20))
    assert counts(newer) == (0, 1, 0)
    assert counts(older) == (0, 0, 1)
    posts = workspace.read("posts")
    assert posts["impressions"].tolist() == [1500]  # lifetime totals are replaced, never added up
    assert posts["snapshot_date"].tolist() == [pd.Timestamp("2026-11-25")]


def test_undo_removes_an_import_and_brings_back_what_it_replaced(workspace):
    workspace.import_file((HEADER + "2026-11-16,19430,45,15,9100\n").encode(), name="a.csv")
    second = workspace.import_file(
        (HEADER + "2026-11-16,19430,45,15,9999\n2026-11-17,19500,90,20,15800\n").encode(), name="b.csv"
    )
    version = workspace.version()
    assert workspace.undo(second.import_id) == (2, 1)
    audience = workspace.read("audience")
    assert audience["page_views"].tolist() == [9100]
    assert workspace.version() > version
    history = workspace.imports()
    assert history.loc[history["id"] == second.import_id, "undone_at"].notna().all()
    with pytest.raises(ValueError, match="already undone"):
        workspace.undo(second.import_id)


def test_a_bad_file_writes_nothing_and_keeps_what_was_imported(workspace):
    workspace.import_file(EXPORTS / "telegram_stats.csv")
    version = workspace.version()
    report = workspace.import_file(b"\x00\x01\x02binary", name="broken.csv")
    assert report.error is not None and report.error.code == "binary"
    assert workspace.version() == version
    assert len(workspace.read("audience")) == 3
    assert len(workspace.imports()) == 1


def test_reads_a_period_in_the_business_time_zone_without_texts(workspace):
    workspace.import_file(EXPORTS / "brandwatch_mentions.csv")
    week = workspace.read("mentions", start=date(2026, 11, 17), end=date(2026, 11, 22))
    assert "text" not in week.columns
    # 2026-11-16 21:30 UTC is 00:30 on the 17th in Moscow: it belongs to the 17th.
    assert sorted(week["published_at"].dt.tz_convert("Europe/Moscow").dt.day) == [17, 17, 18]
    with_text = workspace.read("mentions", with_text=True)
    assert with_text["text"].notna().all()


def test_listening_queries_resolve_to_the_brands_named_in_settings(workspace):
    workspace.update_settings(brand="Зерно", competitors=["Крона"], aliases={"Крона (конкурент)": "Крона"})
    workspace.import_file(EXPORTS / "brandwatch_mentions.csv")
    assert workspace.brands() == ["Зерно", "Крона"]
    # Renaming afterwards re-labels what was imported.
    workspace.update_settings(aliases={"Крона (конкурент)": "Krona"}, competitors=["Krona"])
    assert workspace.brands() == ["Зерно", "Krona"]
    with pytest.raises(ValueError, match="unknown settings"):
        workspace.update_settings(colour="red")


def test_the_workspace_survives_reopening(tmp_path):
    path = tmp_path / "w.duckdb"
    ws = store.open_workspace(path)
    ws.import_file(EXPORTS / "sales_1c.csv")
    ws.close()
    again = store.open_workspace(path, create=False)
    try:
        assert len(again.read("sales")) == 3
        assert again.contents().set_index("table").loc["sales", "rows"] == 3
    finally:
        again.close()


def test_a_row_repeated_within_one_export_is_counted_once_as_last_written(workspace, tmp_path):
    # Exports written page by page repeat rows at the pages' seams; a daily series can repeat a day.
    lines = (EXPORTS / "brandwatch_mentions.csv").read_text(encoding="utf-8-sig").splitlines()
    repeated = next(line for line in lines if line.endswith(",1866654321987654322,reply")).replace(",350,", ",400,")
    path = tmp_path / "paged.csv"
    path.write_text("\n".join([*lines, repeated]) + "\n", encoding="utf-8")
    report = workspace.import_file(path)
    assert counts(report) == (4, 0, 0)
    mentions = workspace.read("mentions")
    assert mentions.loc[mentions["mention_key"].str.endswith("1866654321987654322"), "reach"].tolist() == [400]

    report = workspace.import_file(
        (HEADER + "2026-11-15,19400,40,12,8800\n2026-11-15,19410,41,12,8900\n").encode(), name="series.csv"
    )
    assert counts(report) == (1, 0, 0)
    assert workspace.read("audience")["followers"].tolist() == [19410]


@pytest.mark.parametrize("repeats", [3, store.MANY_REPEATS + 200])
def test_rows_repeated_anywhere_in_an_export_keep_the_last_written_however_many(workspace, repeats):
    # A few repeats are cut out of the table in place, many are filtered out in one copy: the same result.
    first = [f"2026-11-{16 + i % 5} 10:{i % 60:02d},Зерно,vk,author{i},text {i},{i}" for i in range(repeats)]
    again = [line.rsplit(",", 1)[0] + ",999" for line in first]
    unique = [f"2026-11-16 11:00,Зерно,telegram,other{i},once {i},1" for i in range(50)]
    lines = ["Дата,Бренд,Площадка,Автор,Текст,Охват", *first, *unique, *again]
    report = workspace.import_file("\n".join(lines).encode(), name="paged.csv")
    assert counts(report) == (repeats + 50, 0, 0)
    reach = workspace.read("mentions")["reach"]
    assert (reach == 999).sum() == repeats and (reach == 1).sum() == 50


def test_a_post_about_two_brands_is_two_mentions(workspace):
    # Listening tools export a post matched by two brands' queries once per brand, with one link.
    table = (
        "Дата,Бренд,Ссылка,Текст\n"
        "2026-11-16 10:00,Сбербанк,https://vk.com/wall-1_10,Сбер и ВТБ подняли ставки\n"
        "2026-11-16 10:00,ВТБ,https://vk.com/wall-1_10,Сбер и ВТБ подняли ставки\n"
        "2026-11-17 12:00,ВТБ,https://vk.com/wall-1_11,ВТБ открыл офис\n"
    ).encode()
    report = workspace.import_file(table, name="monitoring.csv")
    assert counts(report) == (3, 0, 0)
    mentions = workspace.read("mentions")
    assert mentions.groupby("brand").size().to_dict() == {"ВТБ": 2, "Сбербанк": 1}
    assert counts(workspace.import_file(table, name="monitoring.csv")) == (0, 0, 3)


REAL_POSTS = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "platforms"


@pytest.mark.parametrize(
    "file",
    [
        "fb_insights_video_posts__johankitti_vicvisual_2014-08-24_2015-02-19.csv",  # the export day in its name
        "tiktok__htupycollabs-spec_Analytics/Content.csv",  # no day in its name: snapshot of the day it is imported
    ],
)
@pytest.mark.parametrize("days", [(date(2026, 11, 20), date(2026, 11, 20)), (date(2026, 11, 20), date(2026, 11, 27))])
def test_a_real_post_export_imported_again_is_unchanged_even_on_another_day(workspace, file, days):
    first = workspace.import_file(REAL_POSTS / file, today=days[0])
    again = workspace.import_file(REAL_POSTS / file, today=days[1])
    n = counts(first)[0]
    assert n > 0 and counts(again) == (0, 0, n)
    assert len(workspace.read("posts")) == n


def test_the_same_totals_exported_later_move_the_snapshot_day_so_an_older_export_does_not_replace_them(workspace):
    row = "-1_5;17.11.2026 10:00;https://vk.com/wall-1_5;Пост;{views};100;10;1;0\n"
    workspace.import_file((POSTS + row.format(views=1000)).encode(), name="vk.csv", today=date(2026, 11, 18))
    same = workspace.import_file((POSTS + row.format(views=1000)).encode(), name="vk.csv", today=date(2026, 11, 25))
    between = workspace.import_file((POSTS + row.format(views=900)).encode(), name="vk.csv", today=date(2026, 11, 20))
    assert counts(same) == (0, 0, 1) and counts(between) == (0, 0, 1)
    posts = workspace.read("posts")
    assert posts["impressions"].tolist() == [1000]
    assert posts["snapshot_date"].tolist() == [pd.Timestamp("2026-11-25")]


def test_a_calendar_imported_again_is_unchanged_its_end_days_compared_as_days(workspace):
    first = workspace.import_file(EXPORTS / "marketing_calendar.xlsx")
    again = workspace.import_file(EXPORTS / "marketing_calendar.xlsx")
    assert counts(again) == (0, 0, counts(first)[0])
