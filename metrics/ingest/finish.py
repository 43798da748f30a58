"""The third step of reading a table: what its format adds to the parsed columns.

Constants and units the header gives, the file's own total row checked, rows with an unreadable
required value left out, where each row came from, wide brand columns made long, ids taken from
links, the export day and zone stamped, the format's own finish step, and for mentions their keys
and questions.
"""

from __future__ import annotations

import re
from concurrent.futures import Executor, ThreadPoolExecutor

import pandas as pd

from metrics import schema
from metrics import sentiment as model
from metrics.ingest import values, vocab
from metrics.ingest.errors import Problem
from metrics.ingest.formats import with_every_column
from metrics.ingest.formats.base import BRAND_COLUMN
from metrics.ingest.keys import content_key, mention_keys
from metrics.ingest.options import ReadOptions
from metrics.ingest.parse import Account, Inline, Parsed
from metrics.ingest.plan import Plan

# Columns whose total row is not the sum of the rows: levels (followers), uniques (reach), rates.
NOT_ADDITIVE = frozenset({"followers", "reach", "author_audience"})


def finish(
    plan: Plan, out: pd.DataFrame, parsed: Parsed, totals: pd.DataFrame | None, account: Account, options: ReadOptions
) -> tuple[pd.DataFrame, list[dict] | None]:
    """The parsed columns ``out`` made the table's rows as its format gives them, and the checks of the
    file's total row ``totals`` (None without one).

    Rows left out are counted in ``account.skipped`` by reason, total rows that disagree warned about.
    """
    fmt, skipped = plan.fmt, account.skipped
    _currency_from_header(plan, out)
    for column, value in fmt.constants.items():
        out[column] = values.constant(value, out.index) if isinstance(value, str) else value
    checks = None
    if totals is not None:
        checks = check_totals(out, totals, plan)
        for check in checks:
            if not check["equal"]:
                account.warn(
                    Problem(
                        "total_mismatch",
                        plan.name,
                        check["row"],
                        check["source"],
                        {"total": check["total"], "sum": check["sum"]},
                    )
                )
    skipped["bad_required_value"] = int(parsed.bad_rows.sum())
    if parsed.bad_rows.any():
        out = out[~parsed.bad_rows]
    out["source_file"] = values.constant(plan.name, out.index)
    out["source_row"] = out.index.astype("int64")
    if fmt.brand_columns:
        out = brands_long(out)
    out = _ids(plan, out, parsed.keyless)
    _stamps(plan, out)
    if fmt.finish is not None:
        # A finish step may report rows it left out, by reason: meta["skipped"][reason] = count.
        # It is given every column its format maps, those the file lacks all missing.
        out = with_every_column(fmt, out.reset_index(drop=True))
        out = fmt.finish(
            out,
            {
                **plan.meta,
                "file": plan.name,
                "tz": options.tz,
                "brand": options.brand,
                "skipped": skipped,
                "today": options.today,
                "export_day": plan.export_day,
            },
        )
    if fmt.table == "mentions":
        out = _mentions(
            plan,
            out,
            account,
            Inline() if options.tuning.threads == 0 else None,
            keys=options.keys,
            sentiment=options.sentiment,
            brand=options.brand,
        )
    return out, checks


def _currency_from_header(plan: Plan, out: pd.DataFrame) -> None:
    """Amounts in roubles by their header («Выручка, руб.») when no column gives the currency."""
    if "currency" in schema.TABLES[plan.fmt.table].all_columns and (
        "currency" not in out or out["currency"].isna().all()
    ):
        unit = next((h for h in plan.header if re.search(r"(руб|rub|₽)", str(h), re.IGNORECASE)), None)
        if unit is not None:
            out["currency"] = "RUB"


def _ids(plan: Plan, out: pd.DataFrame, keyless: dict[str, pd.Series]) -> pd.DataFrame:
    """Post ids from their links where the format says so; a post whose id Excel mangled and that has
    no link is keyed by its content."""
    if plan.fmt.id_from_url and "url" in out:
        out["post_id"] = values.id_from_link(out["url"]).fillna(out.get("post_id"))
    if "post_id" in keyless:
        rows = keyless["post_id"].reindex(out.index, fill_value=False) & out["post_id"].isna()
        if rows.any():
            out.loc[rows, "post_id"] = content_key(out[rows], "account")
    return out


def _stamps(plan: Plan, out: pd.DataFrame) -> None:
    """The export day on posts (a snapshot's day) and the zone times were read in (they are stored in UTC)."""
    if plan.fmt.table == "posts":
        out["snapshot_date"] = pd.Timestamp(plan.export_day)
    if "published_tz" in schema.TABLES[plan.fmt.table].all_columns and "published_at" in out:
        out["published_tz"] = values.constant(plan.tz, out.index)


def _mentions(
    plan: Plan,
    out: pd.DataFrame,
    account: Account,
    executor: Executor | None,
    *,
    keys: bool = True,
    sentiment: bool = True,
    brand: str | None = None,
) -> pd.DataFrame:
    """Mentions the source judged not about the brand left out; the rest (``keys``) keyed and their questions
    found, and (``sentiment``) those the source gave no sentiment scored by the built-in model.

    Keys, questions and sentiment all read whole text columns in Arrow: they are found side by side,
    the questions and the sentiment on ``executor`` (by default a thread of their own).
    """
    skipped = account.skipped
    if "sentiment" in out:
        # Rows the source itself judged not about the brand (CrowdFlower's ``not_relevant``) are no mentions.
        irrelevant = out["sentiment"].eq(vocab.NOT_RELEVANT).fillna(False).astype(bool)
        if irrelevant.any():
            skipped["not_relevant"] = int(irrelevant.sum())
            out = out[~irrelevant]
    asks = keys and "text" in out and ("is_question" not in out or out["is_question"].isna().all())
    judged = _judged_text(out) if sentiment else None
    unscored = _unscored(out, judged) if judged is not None else None
    with executor or ThreadPoolExecutor(max_workers=1) as pool:
        questions = pool.submit(values.contains, out["text"], "?") if asks else None
        scores = None
        if judged is not None and unscored is not None:
            names = {*out["brand"].dropna().unique(), brand} if "brand" in out else {brand}
            brands = [b for b in names if isinstance(b, str)]
            scores = pool.submit(model.score, judged[unscored], exclude=brands)
        if keys:
            out["mention_key"] = mention_keys(out, plan.fmt)
        if questions is not None:
            out["is_question"] = questions.result()
        if scores is not None and unscored is not None:
            out = _with_scores(out, unscored, scores.result())
    return out


def _judged_text(out: pd.DataFrame) -> pd.Series:
    """What the model reads of a mention: its text, else its title (a news story's)."""
    text = out["text"] if "text" in out else pd.Series(pd.NA, index=out.index, dtype="object")
    return text.fillna(out["title"]) if "title" in out and text.isna().any() else text


def _unscored(out: pd.DataFrame, judged: pd.Series) -> pd.Series | None:
    """The mentions with something to judge (``judged``: a text or a title) and no sentiment from their
    source (None when there are none)."""
    unscored = judged.notna()
    if "sentiment" in out:
        unscored &= out["sentiment"].isna()
    if "language" in out:  # the source says the text is in a language the model does not read
        unscored &= out["language"].isna() | out["language"].isin(model.READ)
    return unscored if unscored.any() else None


def _with_scores(out: pd.DataFrame, unscored: pd.Series, scores: model.Scores) -> pd.DataFrame:
    """The model's sentiment where the source gave none (``sentiment_source`` = model), and the language it
    read where the source did not say; a mention without any sentiment has no source of one."""
    rows = unscored[unscored].index
    judged = scores.sentiment.notna().to_numpy()
    if "sentiment" not in out:
        out["sentiment"] = pd.Series(pd.NA, index=out.index, dtype="object")
    if "sentiment_source" not in out:
        out["sentiment_source"] = pd.Series(pd.NA, index=out.index, dtype="object")
    out["sentiment"] = out["sentiment"].astype("object")
    out["sentiment_source"] = out["sentiment_source"].astype("object")
    out.loc[rows[judged], "sentiment"] = scores.sentiment.to_numpy()[judged]
    out.loc[rows[judged], "sentiment_source"] = "model"
    out.loc[out["sentiment"].isna(), "sentiment_source"] = pd.NA
    language = scores.language.to_numpy()
    given = pd.notna(language)
    if "language" not in out:
        out["language"] = pd.Series(pd.NA, index=out.index, dtype="object")
    out["language"] = out["language"].astype("object")
    free = out.loc[rows[given], "language"].isna().to_numpy()
    out.loc[rows[given][free], "language"] = language[given][free]
    return out


def check_totals(out: pd.DataFrame, totals: pd.DataFrame, plan: Plan) -> list[dict]:
    """The file's own total row against the sum of the rows read, for every additive count it gives.

    A difference is reported, never corrected: a file trimmed by hand, rows skipped as unreadable or
    a platform that counts differently all show here. Uniques and levels (reach, followers) are not
    sums of their rows and are not compared.
    """
    spec = schema.TABLES[plan.fmt.table].all_columns
    checks = []
    row = totals.index[0]
    for canonical, source in plan.found.items():
        if spec.get(canonical) not in (schema.INT, schema.FLOAT) or canonical in NOT_ADDITIVE or canonical not in out:
            continue
        total, bad = values.numbers(totals[plan.position[source]].iloc[:1])
        if bad.any() or pd.isna(total.iloc[0]):
            continue
        added = pd.to_numeric(out[canonical], errors="coerce").sum()
        total = float(total.iloc[0])
        equal = abs(added - total) <= max(1.0, abs(total) * 0.001)  # exports round each row
        checks.append(
            {
                "column": canonical,
                "source": source,
                "row": int(row),
                "total": round(total, 2),
                "sum": round(float(added), 2),
                "equal": bool(equal),
            }
        )
    return checks


def brands_long(out: pd.DataFrame) -> pd.DataFrame:
    """One row per (row, brand) whose brand column has a value: wide brand columns made long.

    A tweet with ``sberbank`` = 0 and ``vtb`` = -1 gives two mentions, Сбербанк neutral and ВТБ
    negative; a brand left empty is not named in the row. Rows that name no brand give none.
    """
    columns = [c for c in out.columns if str(c).startswith(BRAND_COLUMN)]
    wide = out[columns].set_axis([c[len(BRAND_COLUMN) :] for c in columns], axis=1).reset_index(drop=True)
    long = wide.melt(var_name="brand", value_name="sentiment", ignore_index=False).dropna(subset=["sentiment"])
    long = long.rename_axis("_row").reset_index().sort_values("_row", kind="stable")  # the file's order
    base = out.drop(columns=columns + [c for c in ("brand", "sentiment") if c in out]).reset_index(drop=True)
    rows = base.take(long["_row"].to_numpy()).reset_index(drop=True)
    rows["brand"] = long["brand"].astype("string").to_numpy()
    rows["sentiment"] = long["sentiment"].astype("string").to_numpy()
    return rows
