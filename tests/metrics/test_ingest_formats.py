"""Golden tests: a small file in each real layout and the canonical rows it must give."""

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from metrics.ingest import Tuning, read_export
from resonance import say

EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "exports"
TODAY = date(2026, 11, 26)


def read(name: str):
    return read_export(EXPORTS / name, today=TODAY)


def rows(frame: pd.DataFrame, columns: list[str]) -> list[tuple]:
    """The chosen columns as plain tuples, NA as None: what a user would see in a table."""
    out = frame[columns].astype(object).where(frame[columns].notna(), None)
    return [tuple(r) for r in out.itertuples(index=False)]


def test_brandwatch_mentions_csv_with_metadata_rows():
    result = read("brandwatch_mentions.csv")
    assert (result.format_id, result.table, result.header_row, result.encoding) == (
        "brandwatch_mentions",
        "mentions",
        7,
        "utf-8-sig",
    )
    frame = result.frame
    assert rows(frame, ["brand", "platform", "sentiment", "reach", "author", "kind", "is_question"]) == [
        ("Зерно", "vk", "positive", 1200, "anna_k", "post", False),
        ("Зерно", "telegram", "neutral", 350, "petr", "comment", True),
        ("Крона", "news", "neutral", 250000, None, "post", False),
        ("Зерно", "x", "negative", None, "bob", "post", False),
    ]
    # Dates are UTC in Brandwatch; the multi-line text survives; the id is kept as text.
    assert frame["published_at"].iloc[0] == pd.Timestamp("2026-11-16 09:41:22", tz="UTC")
    assert frame["text"].iloc[0] == "Раф с имбирём — лучший\nв городе!"
    assert frame["mention_key"].iloc[0] == "brandwatch:1866654321987654321"
    # Without a Mention Id the URL is the key.
    assert frame["mention_key"].iloc[2] == "brandwatch:https://gazeta-example.ru/krona"
    # The row with an impossible date is skipped and named; the negative reach is dropped and named.
    assert result.rows_skipped == {"bad_required_value": 1}
    messages = [say.problem(w, "en") for w in result.warnings]
    assert (
        "brandwatch_mentions.csv, row 12, column «Date»: «not a date» is not a date; the row was skipped."
        in messages[0]
    )
    assert any("row 11, column «Reach (new)»: «-5» is negative" in m for m in messages)


def test_sales_report_in_windows_1251_with_title_block_and_totals():
    result = read("sales_1c.csv")
    assert (result.format_id, result.encoding, result.delimiter, result.header_row) == ("sales_daily", "cp1251", ";", 5)
    assert rows(result.frame, ["date", "revenue", "orders", "customers_new", "customers_returning", "currency"]) == [
        (pd.Timestamp("2026-11-16"), 1834567.0, 4041, 1512, 2105, "RUB"),
        (pd.Timestamp("2026-11-17"), 1734000.5, 3941, 1412, 2005, "RUB"),
        (pd.Timestamp("2026-11-18"), None, None, None, None, "RUB"),  # "-" is no value, not zero
    ]
    assert result.rows_skipped == {"total_row": 1, "bad_required_value": 1}
    assert say.problem(result.warnings[0], "ru") == (
        "sales_1c.csv, строка 8, столбец «Дата»: «31.02.2026» — не дата; строка пропущена. "
        "Пишите даты как 16.11.2026 или 2026-11-16."
    )


def test_meta_business_suite_instagram_posts():
    result = read("instagram_posts_Nov-16-2026_Nov-22-2026.csv")
    assert result.format_id == "mbs_instagram_posts"
    assert rows(
        result.frame, ["platform", "account", "post_id", "format", "impressions", "reach", "likes", "saves"]
    ) == [
        ("instagram", "zerno.coffee", "AbCdEfGhIjK", "IG carousel", 12400, 8800, 512, 77),
        ("instagram", "zerno.coffee", "ZyXwVuTsRqP", "IG reel", 30100, 21000, 1400, 120),
    ]
    # Publish time is local (Moscow) month-first; the export day comes from the file name.
    assert result.frame["published_at"].iloc[0] == pd.Timestamp("2026-11-17 07:00", tz="UTC")
    assert set(result.frame["snapshot_date"]) == {pd.Timestamp("2026-11-22")}
    assert [w.code for w in result.warnings] == ["mangled_id"]


def test_vk_posts_with_russian_columns_in_windows_1251():
    result = read("vk_posts.csv")
    assert (result.format_id, result.encoding, result.delimiter) == ("ru_posts", "cp1251", ";")
    assert rows(
        result.frame, ["platform", "account", "post_id", "impressions", "reach", "likes", "comments", "shares"]
    ) == [
        ("vk", "club41234567", "-41234567_901", 15400, 12100, 430, 51, 22),
        ("vk", "club41234567", "-41234567_902", 9800, 8000, 300, 210, 80),
    ]
    assert result.frame["text"].iloc[1] == "Розыгрыш «Зима в Зерне»"


def test_telegram_channel_statistics():
    result = read("telegram_stats.csv")
    assert result.format_id == "telegram_stats"
    assert rows(result.frame, ["date", "platform", "followers", "followers_gained", "followers_lost"]) == [
        (pd.Timestamp("2026-11-15"), "telegram", 19400, 40, 12),
        (pd.Timestamp("2026-11-16"), "telegram", 19430, 45, 15),
        (pd.Timestamp("2026-11-17"), "telegram", 19500, 90, 20),
    ]


def test_meta_daily_follows_series_in_utf16_with_sep_line_keeps_the_days_it_has():
    result = read("Instagram follows.csv")
    assert (result.format_id, result.encoding, result.header_row) == ("mbs_daily_series", "utf-16", 3)
    # A missing day in a follows series had no follows: no row is made up for it.
    assert rows(result.frame, ["date", "platform", "followers_gained", "followers"]) == [
        (pd.Timestamp("2026-11-16"), "instagram", 20, None),
        (pd.Timestamp("2026-11-18"), "instagram", 35, None),
    ]


@pytest.mark.parametrize(("codec", "name"), [("utf-16-le", "UTF-16 LE"), ("utf-16-be", "UTF-16 BE")])
def test_utf16_export_without_a_byte_order_mark_reads_the_same_and_says_so(codec, name):
    data = (EXPORTS / "Instagram follows.csv").read_bytes().decode("utf-16").encode(codec)
    assert not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    result = read_export(data, name="Instagram follows.csv", today=TODAY)
    expected = read("Instagram follows.csv")
    assert (result.format_id, result.encoding, result.header_row) == ("mbs_daily_series", codec, 3)
    pd.testing.assert_frame_equal(result.frame, expected.frame)
    # The encoding was judged, not read from a mark: the user is told, in their language.
    assumed = result.assumptions()
    told = {lang: [say.assumption(code, params, lang) for code, params in assumed] for lang in ("en", "ru")}
    assert any(f"{name} was judged from its bytes" in line for line in told["en"]), told["en"]
    assert any(f"кодировка {name} определена по его байтам" in line for line in told["ru"]), told["ru"]


def test_marketing_calendar_template_xlsx_with_russian_channel_names():
    result = read("marketing_calendar.xlsx")
    assert (result.format_id, result.sheet) == ("activities_template", "Календарь")
    assert rows(result.frame, ["start", "end", "channel", "name", "budget", "contacts"]) == [
        (pd.Timestamp("2026-03-02"), pd.Timestamp("2026-03-29"), "tv", "Весенний ТВ-флайт", 12_000_000.0, 45_000_000),
        (pd.Timestamp("2026-11-01"), pd.Timestamp("2026-11-30"), "context", "Яндекс Директ", 300_000.0, 3_000_000),
    ]


def test_marketing_context_template_rates_become_fractions():
    result = read("marketing_context.csv")
    assert rows(
        result.frame,
        ["penetration", "market_share", "conversion_contact_to_sale", "average_order_value", "customer_base"],
    ) == [(pytest.approx(0.042), pytest.approx(0.065), pytest.approx(0.008), 445.0, 182000)]


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("table", ["activities", "context"])
def test_the_templates_offered_for_download_read_back(table, lang):
    result = read_export(say.template_csv(table, lang), name=f"template_{table}.csv")
    assert result.table == table and result.rows_read >= 1 and not result.warnings


def test_the_readme_lists_every_format():
    from metrics.ingest.formats import FORMATS

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    assert [f.id for f in FORMATS if f"`{f.id}`" not in readme] == []


def test_the_zone_each_source_wrote_its_times_in_is_kept():
    assert set(read("brandwatch_mentions.csv").frame["published_tz"]) == {"UTC"}  # Brandwatch writes UTC
    assert set(read("vk_posts.csv").frame["published_tz"]) == {"Europe/Moscow"}  # local times, business zone


@pytest.mark.parametrize(
    "name",
    [
        "brandwatch_mentions.csv",
        "telegram_stats.csv",
        "sales_1c.csv",
        "vk_posts.csv",
        "instagram_posts_Nov-16-2026_Nov-22-2026.csv",
    ],
)
def test_large_files_read_numbers_directly_with_the_same_result(name):
    """Large files first let Arrow read count columns as numbers; files whose numbers are written
    another way (1,200 or 1 234,5 or -) fall back to text. Either way the result is the same."""
    normal = read(name)
    fast = read_export(EXPORTS / name, today=TODAY, tuning=Tuning(large_file=0))
    pd.testing.assert_frame_equal(normal.frame, fast.frame)
    assert [say.problem(w, "en") for w in normal.warnings] == [say.problem(w, "en") for w in fast.warnings]
    assert normal.rows_skipped == fast.rows_skipped


@pytest.mark.parametrize(
    "likes",
    [
        ["12", "", "1777.0", "0"],  # whole numbers, a blank, a count a program wrote as a float
        ["12", "-3", "", "5"],  # a negative count: said and left empty
        ["12", "1777.5", "", "5"],  # not a whole number: rounded as every other reading rounds it
        ["12", "100000000000000000000", "3", ""],  # past a 64-bit integer: said and left empty
        ["", "", "", ""],  # nothing at all
    ],
)
def test_counts_arrow_read_as_numbers_give_what_reading_them_as_text_gives(tmp_path, likes):
    """A large file's count columns come from Arrow as numbers and most are taken whole, without
    being parsed again; whatever the cells hold, the rows, the warnings and what was left out are
    those the cell-by-cell reading gives."""
    header = "Дата,Бренд,Площадка,Автор,Текст,Охват,Лайки,Комментарии,Репосты,Тональность"
    lines = [f"2026-11-2{i} 10:00,Зерно,vk,anna{i},Отзыв {i},100,{n},1,0,positive" for i, n in enumerate(likes)]
    path = tmp_path / "mentions.csv"
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    text = read_export(path, today=TODAY)
    numbers = read_export(path, today=TODAY, tuning=Tuning(large_file=0))
    pd.testing.assert_frame_equal(text.frame, numbers.frame)
    assert [say.problem(w, "en") for w in text.warnings] == [say.problem(w, "en") for w in numbers.warnings]
    assert text.rows_skipped == numbers.rows_skipped


@pytest.mark.parametrize("multiline_rows", ["every_third", "last_only"])
def test_texts_spanning_lines_across_arrows_blocks_are_read_whole(monkeypatch, tmp_path, multiline_rows):
    """Arrow first reads a file in blocks split at line ends; a quoted text whose line break falls
    at a block's end makes it read the file again following the quotes. No row is lost or split."""
    import pyarrow.csv as pacsv

    header = (EXPORTS / "brandwatch_mentions.csv").read_text(encoding="utf-8-sig").splitlines()[:7]
    n = 3000
    texts = [
        f"Отзыв {i}:\nкофе отличный,\n«спасибо»"
        if (i % 3 == 0 if multiline_rows == "every_third" else i == n - 1)
        else f"Отзыв {i}"
        for i in range(n)
    ]
    lines = [
        f"1,Зерно (бренд),2026-11-16 09:{i % 60:02d}:00.0,,,https://vk.com/wall-5_{i},vk.com,positive,vk,ru,"
        f'Russia,anna,,"{text}",,{i},1,2,3,4,{10**18 + i},post'
        for i, text in enumerate(texts)
    ]
    path = tmp_path / "mentions.csv"
    path.write_text("\r\n".join(header + lines) + "\r\n", encoding="utf-8")
    modes = []
    real = pacsv.read_csv
    monkeypatch.setattr(
        pacsv, "read_csv", lambda *a, **k: modes.append(k["parse_options"].newlines_in_values) or real(*a, **k)
    )
    result = read_export(path, tuning=Tuning(block_size=4096))  # many blocks: some end inside a quoted text
    # With texts spanning lines at many blocks' ends the first reading notices and the second follows
    # the quotes; a single such text is read whole either way.
    assert modes == [False, True] if multiline_rows == "every_third" else modes[0] is False
    assert result.rows_read == n and not result.warnings and not result.rows_skipped
    assert result.frame["text"].tolist() == texts
    assert result.frame["source_row"].tolist() == list(range(8, 8 + n))


def test_arrow_and_the_careful_reader_read_the_same_cells_the_same_way(tmp_path):
    """Words such as NA or null are kept in free text and judged as placeholders elsewhere, whichever
    reader took the file."""
    lines = (EXPORTS / "brandwatch_mentions.csv").read_text(encoding="utf-8-sig").splitlines()
    row = (
        "2001234561,Зерно (бренд),2026-11-19 10:00:00.0,,,https://vk.com/wall-5_9,vk.com,N/A,vk,ru,Russia,null,,"
        "NA,,-,1,2,3,4,1866654321987654399,post"
    )
    path = tmp_path / "mentions.csv"
    path.write_text("\n".join([*lines, row]) + "\n", encoding="utf-8")
    arrow = read_export(path, today=TODAY)
    careful = read_export(path, today=TODAY, tuning=Tuning(arrow=False))
    pd.testing.assert_frame_equal(arrow.frame, careful.frame)
    last = arrow.frame.iloc[-1]
    # The source left the sentiment empty: the built-in model read the text «NA» and found no sentiment in it.
    assert (last["text"], last["sentiment"], last["sentiment_source"], last["reach"]) == (
        "NA",
        "neutral",
        "model",
        pd.NA,
    )
    assert pd.isna(last["author"])
