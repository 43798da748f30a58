"""Dates as exports really write them: US days and 12-hour times, Russian month abbreviations,
days without a year, and the message when a required date column cannot be read at all."""

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from metrics.ingest import IngestError, read_export, values
from resonance import say

PLATFORMS = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "platforms"
LEGACY_POSTS = "Facebook Insights Data Export (Post Level) - Zerno Coffee - 2020-08-03.csv"
LEGACY_PAGE = "Facebook Insights Data Export - Zerno Coffee - 2020-08-03.csv"
MSK = "Europe/Moscow"


def days(parsed: pd.Series, fmt: str = "%Y-%m-%d %H:%M") -> list:
    return [None if pd.isna(v) else v.strftime(fmt) for v in parsed]


def local(frame: pd.DataFrame, column: str = "published_at") -> list[str]:
    return frame[column].dt.tz_convert(MSK).dt.strftime("%Y-%m-%d %H:%M").tolist()


# --- US days and 12-hour times ----------------------------------------------------------------


def test_legacy_facebook_posts_with_12_hour_times_and_days_without_a_time():
    data = (PLATFORMS / LEGACY_POSTS).read_bytes().decode("utf-8-sig")
    data = (
        data.replace("10/1/2015 21:00", "02/19/2015 11:45:22 PM")
        .replace("10/5/2015 9:07", "8/24/2014")
        .replace("10/12/2015 18:30", "10/12/2015 6:30:00 AM")
    )
    result = read_export(data.encode("utf-8-sig"), name=LEGACY_POSTS, today=date(2026, 11, 26))
    assert result.format_id == "fb_insights_posts"
    assert (result.rows_read, result.rows_skipped, result.warnings) == (3, {}, [])
    assert local(result.frame) == ["2015-02-19 23:45", "2014-08-24 00:00", "2015-10-12 06:30"]


def test_legacy_facebook_page_with_us_days_not_zero_padded():
    data = (PLATFORMS / LEGACY_PAGE).read_bytes().decode("utf-8-sig")
    data = data.replace("2020-07-28", "7/28/2020").replace("2020-07-29", "7/29/2020").replace("2020-07-30", "7/30/2020")
    result = read_export(data.encode("utf-8-sig"), name=LEGACY_PAGE, today=date(2026, 11, 26))
    assert result.format_id == "fb_insights_page"
    assert result.rows_read == 3 and result.warnings == []
    assert result.frame["date"].dt.strftime("%Y-%m-%d").tolist() == ["2020-07-28", "2020-07-29", "2020-07-30"]


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # Legacy Facebook: US order, no zero padding, 12-hour times with seconds, and days alone.
        (["02/19/2015 11:45:22 PM", "8/24/2014"], ["2015-02-19 23:45", "2014-08-24 00:00"]),
        (["8/24/2014 9:05 am", "12/1/2014 12:10 PM"], ["2014-08-24 09:05", "2014-12-01 12:10"]),
        # Day first with dots in the time (Excel in Russian), slashes, year first.
        (["24-02-2015 11.35", "25-02-2015 9.05"], ["2015-02-24 11:35", "2015-02-25 09:05"]),
        (["24.02.2015 11.35", "01.03.2015"], ["2015-02-24 11:35", "2015-03-01 00:00"]),
        (["2015/02/24", "2015/3/1 10:00"], ["2015-02-24 00:00", "2015-03-01 10:00"]),
        (["24/02/2015 11:35:00", "03/04/2015"], ["2015-02-24 11:35", "2015-04-03 00:00"]),  # day first: 24
        (["03/04/2015 11:35:00 PM", "12/25/2015"], ["2015-03-04 23:35", "2015-12-25 00:00"]),  # month first: 25
        (["24 February 2015", "1 March 2015"], ["2015-02-24 00:00", "2015-03-01 00:00"]),
    ],
)
def test_generic_columns_read_every_common_layout(cells, expected):
    parsed, bad = values.dates(pd.Series(cells))
    assert days(parsed) == expected
    assert not bad.any()


def test_a_generic_mentions_table_keeps_rows_with_12_hour_times():
    data = (
        b"Date,Text,URL\n02/19/2015 11:45:22 PM,first,https://example.com/1\n8/24/2014,second,https://example.com/2\n"
    )
    result = read_export(data, name="mentions.csv", tz="UTC", today=date(2026, 11, 26))
    assert result.format_id == "generic_mentions"
    assert (result.rows_read, result.warnings) == (2, [])
    assert days(result.frame["published_at"]) == ["2015-02-19 23:45", "2014-08-24 00:00"]


# --- Russian month names ----------------------------------------------------------------------

RU_FORMS = {
    1: ("янв.", "января", "январь", "Янв", "ЯНВАРЯ"),
    2: ("февр.", "фев.", "фев", "февраля", "февраль", "Февр."),
    3: ("мар.", "марта", "март", "Мар"),
    4: ("апр.", "апреля", "апрель"),
    5: ("мая", "май", "Мая"),
    6: ("июн.", "июня", "июнь"),
    7: ("июл.", "июля", "июль"),
    8: ("авг.", "августа", "август"),
    9: ("сент.", "сен.", "сен", "сентября", "сентябрь", "Сент."),
    10: ("окт.", "октября", "октябрь"),
    11: ("нояб.", "ноя.", "ноября", "ноябрь", "Нояб"),
    12: ("дек.", "декабря", "декабрь"),
}


@pytest.mark.parametrize("month", RU_FORMS)
def test_every_russian_month_form_is_read(month):
    cells = [f"27 {form} 2025{year}" for form in RU_FORMS[month] for year in (" г.", " г", "г.", "")]
    parsed, bad = values.dates(pd.Series(cells))
    assert not bad.any()
    assert set(days(parsed, "%Y-%m-%d")) == {f"2025-{month:02d}-27"}


def test_a_russian_youtube_export_keeps_every_february_row():
    data = (
        "Контент,Название видео,Время публикации видео,Продолжительность,Просмотры,Время просмотра (часы)\n"
        'Итоговое значение,,,,900,"30,5"\n'
        'aB3dE5fG7hI,Зима,27 февр. 2025 г.,612,500,"20,1"\n'
        'cD4eF6gH8iJ,Осень,3 сент. 2024 г.,58,300,"8,2"\n'
        'eF5gH7iJ9kL,Весна,1 мая 2024 г.,58,100,"2,2"\n'
    ).encode()
    result = read_export(data, name="Table data.csv", today=date(2026, 11, 26))
    assert result.format_id == "youtube_videos"
    assert (result.rows_read, result.rows_skipped, result.warnings) == (3, {"total_row": 1}, [])
    assert local(result.frame) == ["2025-02-27 00:00", "2024-09-03 00:00", "2024-05-01 00:00"]


def test_a_generic_table_with_russian_month_abbreviations():
    data = "Дата;Подписчики\n27 февр. 2025 г.;100\n28 Февр. 2025;110\n1 мар. 2025 г.;120\n".encode()
    result = read_export(data, name="stats.csv", today=date(2026, 11, 26))
    assert (result.format_id, result.rows_read, result.warnings) == ("generic_audience", 3, [])
    assert days(result.frame["date"], "%Y-%m-%d") == ["2025-02-27", "2025-02-28", "2025-03-01"]


def test_a_facebook_page_export_in_windows_1252_is_read_and_says_so():
    text = (
        "Date,Lifetime Total Likes,Daily New Likes,Daily Unlikes,Daily Total Reach,"
        "Daily City: People Talking About This - Montréal, QC,Daily Page’s Stories\n"
        ",Lifetime: The total number of people who have liked your Page’s page. (Unique Users),"
        "Daily: The number of new people who have liked your Page (Unique Users),"
        "Daily: The number of Unlikes of your Page (Unique Users),Daily: reach – café visitors,,\n"
        "8/24/2014,10412,14,3,5400,2,7\n"
        "8/25/2014,10425,16,,4900,1,9\n"
    )
    result = read_export(text.encode("cp1252"), name=LEGACY_PAGE, today=date(2026, 11, 26))
    assert (result.format_id, result.encoding, result.rows_read, result.warnings) == (
        "fb_insights_page",
        "cp1252",
        2,
        [],
    )
    assert result.frame["date"].dt.strftime("%Y-%m-%d").tolist() == ["2014-08-24", "2014-08-25"]
    assert result.frame["followers"].tolist() == [10412, 10425]


# --- a required date column that cannot be read --------------------------------------------------


def test_an_unreadable_required_date_column_is_named_with_an_example_and_the_layouts_expected():
    data = (PLATFORMS / LEGACY_POSTS).read_bytes().decode("utf-8-sig")
    for old, new in (
        ("10/1/2015 21:00", "2015.10.01 kl 21"),
        ("10/5/2015 9:07", "2015.10.05 kl 9"),
        ("10/12/2015 18:30", "2015.10.12 kl 18"),
    ):
        data = data.replace(old, new)
    with pytest.raises(IngestError) as caught:
        read_export(data.encode(), name=LEGACY_POSTS)
    error = caught.value
    assert error.code == "unreadable_dates"
    assert say.problem(error, "en") == (
        f"{LEGACY_POSTS}, row 3, column «Posted»: no value in this column could be read as a date, for example "
        "«2015.10.01 kl 21», so none of its 3 rows was read. "
        "Expected dates like 11/16/2026 18:30, 11/16/2026 06:30:00 PM, 11/16/2026."
    )
    assert "столбец «Posted»" in say.problem(error, "ru") and "11/16/2026 18:30" in say.problem(error, "ru")


def test_a_generic_table_whose_dates_cannot_be_read_says_which_layouts_would_do():
    with pytest.raises(IngestError) as caught:
        read_export("Дата;Подписчики\nвчера;100\nсегодня;110\n".encode(), name="stats.csv")
    assert caught.value.code == "unreadable_dates"
    message = say.problem(caught.value, "en")
    assert message.startswith("stats.csv, row 2, column «Дата»: no value in this column could be read as a date")
    assert "«вчера»" in message and "2026-11-16, 2026-11-16 18:30, 16.11.2026 18:30:00" in message


# --- days without a year ----------------------------------------------------------------------


def tiktok_days(first: str, count: int) -> list[str]:
    """TikTok's English day labels ("February 28"), ``count`` days from ``first`` (ISO)."""
    return [f"{d:%B} {d.day}" for d in pd.date_range(first, periods=count, freq="D")]


def overview(labels: list[str]) -> bytes:
    lines = ['"Date","Video Views","Profile Views","Likes","Comments","Shares"']
    lines += [f'"{label}","10","{i % 7}","1","0","0"' for i, label in enumerate(labels)]
    return ("\n".join(lines) + "\n").encode()


def assert_consecutive(stamps: pd.Series, first: str, last: str) -> None:
    ordered = stamps.sort_values()
    assert ordered.diff().dropna().eq(pd.Timedelta(days=1)).all()
    assert (ordered.iloc[0], ordered.iloc[-1]) == (pd.Timestamp(first), pd.Timestamp(last))


def test_a_year_of_days_without_years_exported_months_later_stays_one_series():
    # "February 28" … "February 27", exported in July: each day belongs to the year before its
    # next February, never to the twelve months before the export day.
    labels = tiktok_days("2025-02-28", 365)
    result = read_export(overview(labels), name="Overview.csv", today=date(2026, 7, 15))
    assert (result.format_id, result.rows_read) == ("tiktok_overview", 365)
    assert_consecutive(result.frame["date"], "2025-02-28", "2026-02-27")
    assert [(w.code, w.column) for w in result.warnings] == [("year_assumed_today", "Date")]
    assert say.problem(result.warnings[0], "en") == (
        "Overview.csv, column «Date»: the dates have no year; they were given the year(s) 2025, 2026, so that "
        "none falls after today, 2026-07-15, taken as the export day, and a series of days stays unbroken. If the "
        "file was exported earlier, add that day to its name (for example Overview_2026-03-01.csv) and import it "
        "again."
    )
    assert "2025, 2026" in say.problem(result.warnings[0], "ru")


def test_days_newest_first_are_given_years_walking_back_from_the_newest():
    labels = tiktok_days("2025-02-28", 365)[::-1]
    lines = ['"Date","Followers","Difference in followers from previous day"']
    lines += [f'"{label}","{5000 - i}","1"' for i, label in enumerate(labels)]
    result = read_export(("\n".join(lines) + "\n").encode(), name="FollowerHistory.csv", today=date(2026, 7, 15))
    assert result.rows_read == 365
    assert_consecutive(result.frame["date"], "2025-02-28", "2026-02-27")
    assert result.frame["date"].iloc[0] == pd.Timestamp("2026-02-27")  # file order is kept


def test_the_export_day_in_the_file_name_is_the_last_possible_day():
    labels = tiktok_days("2025-12-20", 20)  # 20 December … 8 January
    result = read_export(overview(labels), name="Overview_2026-01-08.csv", today=date(2026, 12, 30))
    assert_consecutive(result.frame["date"], "2025-12-20", "2026-01-08")
    assert [w.code for w in result.warnings] == ["year_assumed"]
    assert "export day 2026-01-08, taken from the file name" in say.problem(result.warnings[0], "en")


def test_no_day_falls_after_the_export_day():
    # Read on 3 January, a series ending on 2 January: "28 December" is last year's, not this December's.
    labels = tiktok_days("2025-12-20", 14)
    result = read_export(overview(labels), name="Overview.csv", today=date(2026, 1, 3))
    assert_consecutive(result.frame["date"], "2025-12-20", "2026-01-02")
    assert (result.frame["date"] <= pd.Timestamp("2026-01-03")).all()


def test_posts_in_no_order_each_take_the_last_year_before_the_export_day():
    parsed, bad, years, _ = values.read_dates(
        pd.Series(["18 января", "28 декабря", "3 Jan", "9 мая"]), reference=date(2026, 1, 20)
    )
    assert days(parsed, "%Y-%m-%d") == ["2026-01-18", "2025-12-28", "2026-01-03", "2025-05-09"]
    assert years == (2025, 2026) and not bad.any()
