"""The demo files, each in the layout, encoding and delimiter its real tool writes.

``generate.py`` builds the numbers; this module only lays them out. Every writer takes the output
folder and plain frames, and writes bytes that depend on nothing but its input.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.writer.excel import ExcelWriter

FIXED_STAMP = dt.datetime(2026, 11, 23, 9, 0, 0)  # workbook properties and ZIP entry times


def write_rows(path: Path, rows, encoding: str, delimiter: str = ",", newline: str = "\r\n") -> None:
    """CSV with standard minimal quoting. Encoding errors are never ignored."""
    with open(path, "w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter, lineterminator=newline, quoting=csv.QUOTE_MINIMAL).writerows(rows)


def ru_number(x: float, decimals: int = 0) -> str:
    """1234567.5 → '1 234 567,50' with no-break spaces, as a Russian accounting system prints it."""
    return f"{x:,.{decimals}f}".replace(",", "\u00a0").replace(".", ",")


def ru_percent(x: float) -> str:
    """4.2 → '4,2%'."""
    return f"{x:.1f}%".replace(".", ",")


def brandwatch(out: Path, mentions: pd.DataFrame, brand: str, first: str, last: str) -> None:
    """Brandwatch Consumer Research, Bulk Mentions Download saved as CSV: a metadata block, then the table."""
    meta = [
        ["Report:", "Bulk Mentions Download"],
        ["Brand:", brand],
        ["From:", f"{first} 00:00:00"],
        ["To:", f"{last} 23:59:59"],
        ["Label:", ""],
        [],
    ]
    rows = [list(mentions.columns), *mentions.values.tolist()]
    write_rows(out / "brandwatch_mentions.csv", meta + rows, "utf-8-sig")


def instagram_posts(out: Path, posts: pd.DataFrame) -> None:
    """Meta Business Suite content export for Instagram: lifetime metrics, newest post first."""
    ig = posts[posts["platform"] == "instagram"].sort_values("when", ascending=False)
    header = [
        "Post ID",
        "Account ID",
        "Account username",
        "Account name",
        "Description",
        "Duration (sec)",
        "Publish time",
        "Permalink",
        "Post type",
        "Data comment",
        "Date",
        "Views",
        "Reach",
        "Likes",
        "Comments",
        "Saves",
        "Shares",
        "Follows",
    ]
    rows = [
        [
            str(p.post_id),
            "17841400000012345",
            "zerno.coffee",
            "Зерно",
            p.text,
            p.duration if p.ig_type == "IG reel" else "",
            f"{p.when:%m/%d/%Y %H:%M}",
            f"https://www.instagram.com/{'reel' if p.ig_type == 'IG reel' else 'p'}/{p.code}/",
            p.ig_type,
            "",
            "Lifetime",
            p.views,
            p.reach,
            p.likes,
            p.comments,
            p.saves,
            p.shares,
            p.follows,
        ]
        for p in ig.itertuples()
    ]
    write_rows(out / "instagram_posts_Nov-24-2025_Nov-22-2026.csv", [header, *rows], "utf-8-sig")


def vk_posts(out: Path, posts: pd.DataFrame) -> None:
    """VK community posts as saved from Excel by a Russian user: Windows-1251, semicolons."""
    vk = posts[posts["platform"] == "vk"]
    header = ["ID поста", "Дата публикации", "Ссылка", "Текст", "Просмотры", "Охват", "Лайки", "Комментарии", "Репосты"]
    rows = [
        [
            f"-41234567_{p.post_id}",
            f"{p.when:%d.%m.%Y %H:%M}",
            f"https://vk.com/wall-41234567_{p.post_id}",
            p.text,
            p.views,
            p.reach,
            p.likes,
            p.comments,
            p.shares,
        ]
        for p in vk.itertuples()
    ]
    write_rows(out / "vk_posts.csv", [header, *rows], "cp1251", ";")


def telegram_posts(out: Path, posts: pd.DataFrame) -> None:
    """Posts of the @zerno_coffee channel: UTF-8 without BOM, Unix line ends."""
    tg = posts[posts["platform"] == "telegram"]
    header = ["Дата", "ID поста", "Ссылка", "Текст", "Просмотры", "Реакции", "Комментарии", "Пересылки"]
    rows = [
        [
            f"{p.when:%Y-%m-%d %H:%M}",
            p.post_id,
            f"https://t.me/zerno_coffee/{p.post_id}",
            p.text,
            p.views,
            p.likes,
            p.comments,
            p.shares,
        ]
        for p in tg.itertuples()
    ]
    write_rows(out / "telegram_posts.csv", [header, *rows], "utf-8", newline="\n")


def vk_stats(out: Path, vk: pd.DataFrame) -> None:
    """Daily statistics of the VK community, saved from Excel: Windows-1251, semicolons."""
    header = [
        "Дата",
        "Всего участников",
        "Новые участники",
        "Вышедшие участники",
        "Охват",
        "Просмотры",
        "Уникальные посетители",
    ]
    rows = [[f"{r.date:%d.%m.%Y}", r.total, r.new, r.left, r.reach, r.views, r.visitors] for r in vk.itertuples()]
    write_rows(out / "vk_stats.csv", [header, *rows], "cp1251", ";")


def telegram_stats(out: Path, tg: pd.DataFrame) -> None:
    """Daily statistics of the Telegram channel: UTF-8, commas."""
    rows = [[f"{r.date:%Y-%m-%d}", r.total, r.new, r.left, r.views] for r in tg.itertuples()]
    write_rows(
        out / "telegram_stats.csv",
        [["Дата", "Подписчики", "Подписались", "Отписались", "Просмотры"], *rows],
        "utf-8",
        newline="\n",
    )


def instagram_follows(out: Path, ig: pd.DataFrame) -> None:
    """Meta Business Suite daily series: UTF-16 LE with BOM, CRLF, a ``sep=`` line; days without follows omitted."""
    days = ig[ig["follows"] > 0]
    lines = ["sep=,", '"Instagram follows"', '"Date","Primary"'] + [
        f'"{r.date:%Y-%m-%dT%H:%M:%S}","{r.follows}"' for r in days.itertuples()
    ]
    text = "".join(line + "\r\n" for line in lines)
    (out / "Instagram follows.csv").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))


def sales_daily(out: Path, sales: pd.DataFrame) -> None:
    """A 1C-style daily sales report: title block, Russian number format, a closing «Итого» row."""
    first, last = sales["date"].iloc[0], sales["date"].iloc[-1]
    head = [
        ["Отчет о продажах по дням"],
        [f"Период: {first:%d.%m.%Y} - {last:%d.%m.%Y}"],
        ["Организация: ООО «Зерно»"],
        [],
        ["Дата", "Выручка, руб.", "Заказы", "Новые клиенты", "Повторные клиенты"],
    ]
    rows = [
        [f"{r.date:%d.%m.%Y}", ru_number(r.revenue, 2), ru_number(r.orders), ru_number(r.new), ru_number(r.returning)]
        for r in sales.itertuples()
    ]
    total = ["Итого", ru_number(sales["revenue"].sum(), 2)]
    total += [ru_number(sales[c].sum()) for c in ("orders", "new", "returning")]
    write_rows(out / "sales_daily.csv", head + rows + [total], "cp1251", ";")


def marketing_calendar(out: Path, rows: list[tuple]) -> None:
    """Our own Excel template: one sheet «Календарь», real dates, budgets and contacts as numbers."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Календарь"
    ws.append(["Начало", "Окончание", "Канал", "Название", "Бюджет", "Валюта", "Контакты"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for start, end, channel, name, budget, contacts in rows:
        ws.append([start, end, channel, name, budget, "RUB", contacts])
    for row in ws.iter_rows(min_row=2):
        row[0].number_format = row[1].number_format = "DD.MM.YYYY"
        row[4].number_format = row[6].number_format = "#,##0"
    for col, width in zip("ABCDEFG", (12, 12, 18, 48, 14, 8, 14), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    save_xlsx(wb, out / "marketing_calendar.xlsx")


def save_xlsx(wb: Workbook, path: Path) -> None:
    """Save with fixed properties and ZIP entry times, so the bytes never change between runs."""
    wb.properties.created = wb.properties.modified = FIXED_STAMP
    wb.properties.creator = wb.properties.lastModifiedBy = "Отдел маркетинга «Зерно»"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()  # save_workbook() would stamp the current time
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_STAMP.timetuple()[:6])
            entry.compress_type, entry.external_attr = zipfile.ZIP_DEFLATED, 0o600 << 16
            dst.writestr(entry, src.read(info.filename))


def marketing_context(out: Path, quarters: list[dict]) -> None:
    """Our own quarterly template: DD.MM.YYYY dates, percentages with a decimal comma."""
    header = [
        "Период с",
        "Период по",
        "Проникновение",
        "Доля рынка",
        "Конверсия контакта в продажу",
        "Средний чек",
        "Клиентская база",
        "Целевая аудитория",
    ]
    rows = [
        [
            f"{q['start']:%d.%m.%Y}",
            f"{q['end']:%d.%m.%Y}",
            ru_percent(q["penetration"]),
            ru_percent(q["market_share"]),
            ru_percent(q["conversion"]),
            f"{q['check']:.0f}",
            str(q["base"]),
            q["audience"],
        ]
        for q in quarters
    ]
    write_rows(out / "marketing_context.csv", [header, *rows], "utf-8-sig")
