"""Dates as exports really write them: US days and 12-hour times, Russian month abbreviations,
days without a year, and the message when a required date column cannot be read at all."""

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from metrics.ingest import read_export, values

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
    data = (data.replace("10/1/2015 21:00", "02/19/2015 11:45:22 PM").replace("10/5/2015 9:07", "8/24/2014")
            .replace("10/12/2015 18:30", "10/12/2015 6:30:00 AM"))
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
    data = ("Date,Text,URL\n"
            "02/19/2015 11:45:22 PM,first,https://example.com/1\n"
            "8/24/2014,second,https://example.com/2\n").encode()
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
    data = ("Контент,Название видео,Время публикации видео,Продолжительность,Просмотры,Время просмотра (часы)\n"
            "Итоговое значение,,,,900,\"30,5\"\n"
            "aB3dE5fG7hI,Зима,27 февр. 2025 г.,612,500,\"20,1\"\n"
            "cD4eF6gH8iJ,Осень,3 сент. 2024 г.,58,300,\"8,2\"\n"
            "eF5gH7iJ9kL,Весна,1 мая 2024 г.,58,100,\"2,2\"\n").encode()
    result = read_export(data, name="Table data.csv", today=date(2026, 11, 26))
    assert result.format_id == "youtube_videos"
    assert (result.rows_read, result.rows_skipped, result.warnings) == (3, {"total_row": 1}, [])
    assert local(result.frame) == ["2025-02-27 00:00", "2024-09-03 00:00", "2024-05-01 00:00"]


def test_a_generic_table_with_russian_month_abbreviations():
    data = "Дата;Подписчики\n27 февр. 2025 г.;100\n28 Февр. 2025;110\n1 мар. 2025 г.;120\n".encode()
    result = read_export(data, name="stats.csv", today=date(2026, 11, 26))
    assert (result.format_id, result.rows_read, result.warnings) == ("generic_audience", 3, [])
    assert days(result.frame["date"], "%Y-%m-%d") == ["2025-02-27", "2025-02-28", "2025-03-01"]
