"""A team's sentiment codes kept in a workspace, and what they change: every mention they match takes the
hand code (``sentiment_source`` = manual), and every mention the model judged is judged again by a model
learnt from them (:mod:`metrics.sentiment.learn`), once there are enough.

A mention's sentiment is always the same function of its row and the workspace's codes:

1. a code for its text and brand, else a code for its text without a brand → the code (``manual``);
2. else the sentiment its source gave (``export``; kept in ``export_sentiment``, so a code undone gives
   it back);
3. else, for a text the built-in model reads (Russian, English), the learnt model's label (or the built-in
   one's while fewer than ``MIN_CODES`` codes teach nothing reliable) (``model``).

The rule is applied to the rows an import writes (before they are compared with the rows there, so a file
imported again is unchanged) and, when the codes change, to the rows there and the rows kept aside for
undo. How well the model agrees with the codes is kept with them (:class:`ModelState`).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from metrics.sentiment import score
from metrics.sentiment.agreement import Agreement, agreement
from metrics.sentiment.codes import WHITE_RE2, sql_text_key
from metrics.sentiment.learn import MIN_CODES, Learnt, learn

CODES_DDL = (
    "CREATE TABLE IF NOT EXISTS codes (brand VARCHAR, text VARCHAR NOT NULL, sentiment VARCHAR NOT NULL, "
    "coded_at TIMESTAMPTZ, import_id BIGINT)"
)
CODED = ("positive", "neutral", "negative")  # what a person may code a mention as
STATE_KEY = "sentiment_model"  # in the workspace's meta table: the model's state, as JSON
TABLES = ("mentions", "replaced_mentions")  # rows kept aside for undo are kept current too
JUDGED = "coalesce(text, title)"  # what a model reads of a mention: its text, else its title
SEPARATOR = "\x1f"
WORDS_SEARCHED = 4  # a code's mentions are found among those that hold its longest words
SLICE = 250_000  # rows of an import judged at a time
PREDICT_CHUNK = 20_000  # texts judged at a time by the learnt model (progress is told between them)


@dataclass(frozen=True)
class ModelState:
    """The sentiment model of a workspace: ``learnt`` from ``codes`` hand codes, or the built-in one;
    its ``agreement`` with the codes (cross-validated for a learnt model; None without codes it reads);
    ``pending`` codes written since the mentions were last judged again (codes given one at a time on the
    page are applied to their own mentions at once, to the model at the end of a round)."""

    learnt: bool = False
    codes: int = 0
    agreement: Agreement | None = None
    pending: int = 0
    fingerprint: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str | None) -> ModelState:
        if not text:
            return cls()
        raw = json.loads(text)
        kept = raw.pop("agreement", None)
        return cls(**raw, agreement=Agreement(**kept) if kept else None)


def state(cur: duckdb.DuckDBPyConnection) -> ModelState:
    rows = cur.execute("SELECT value FROM meta WHERE key = ?", [STATE_KEY]).fetchall()
    return ModelState.from_json(rows[0][0] if rows else None)


def _save(cur: duckdb.DuckDBPyConnection, model: ModelState) -> None:
    cur.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [STATE_KEY, model.to_json()]).fetchall()


def effective(cur: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The codes in force: for each brand (or none) and text the latest, in a stable order."""
    return cur.sql(
        """SELECT brand, text, sentiment FROM codes
           QUALIFY row_number() OVER (PARTITION BY brand, text ORDER BY import_id DESC, coded_at DESC) = 1
           ORDER BY brand NULLS FIRST, text"""
    ).df()


def _fingerprint(codes: pd.DataFrame, exclude: Sequence[str]) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for row in codes.itertuples(index=False):
        digest.update(f"{row.brand}\x1f{row.text}\x1f{row.sentiment}\x1e".encode())
    digest.update("\x1d".join(exclude).encode())
    return digest.hexdigest()


_FITTED: dict[str, Learnt | None] = {}  # learnt models by fingerprint: an import does not fit one again
_FITTED_LOCK = threading.Lock()


def _learnt(codes: pd.DataFrame, exclude: Sequence[str], *, checked: bool) -> Learnt | None:
    """The model learnt from ``codes``, fitted once per process for the same codes (keyed by their
    fingerprint); ``checked`` fits it with its cross-validated agreement, which a cached fit may lack."""
    key = _fingerprint(codes, exclude)
    with _FITTED_LOCK:
        found = _FITTED.get(key)
        if key in _FITTED and (found is None or found.agreement is not None or not checked):
            return found
    model = learn(codes["text"].tolist(), codes["sentiment"].tolist(), exclude=exclude, checked=checked)
    with _FITTED_LOCK:
        if len(_FITTED) > 8:
            _FITTED.clear()
        _FITTED[key] = model
    return model


def _built_in_agreement(codes: pd.DataFrame, exclude: Sequence[str]) -> Agreement | None:
    """The built-in model's agreement with the codes of texts it reads (it never saw them)."""
    judged = score(pd.Series(codes["text"].tolist(), dtype="object"), exclude=exclude).sentiment
    read = judged.notna().to_numpy()
    if not read.any():
        return None
    return agreement(codes["sentiment"].to_numpy()[read].tolist(), judged.to_numpy()[read].tolist())


def _exclude(cur: duckdb.DuckDBPyConnection, brand: str | None) -> list[str]:
    """Brand names are not sentiment words: every brand of the workspace and its codes."""
    names = {r[0] for r in cur.execute("SELECT DISTINCT brand FROM mentions UNION SELECT brand FROM codes").fetchall()}
    return sorted(n for n in names | {brand} if isinstance(n, str) and n)


class Judge:
    """How a workspace judges mentions now: its codes in force and the model for texts without one."""

    def __init__(self, codes: pd.DataFrame, exclude: Sequence[str], learnt: Learnt | None):
        self.codes = codes
        self.exclude = list(exclude)
        self.learnt = learnt

    @classmethod
    def load(cls, cur: duckdb.DuckDBPyConnection, brand: str | None) -> Judge | None:
        """The workspace's judge, None while it has no codes (the built-in model's reading stands)."""
        codes = effective(cur)
        if codes.empty:
            return None
        exclude = _exclude(cur, brand)
        learnt = _learnt(codes, exclude, checked=False) if state(cur).learnt else None
        return cls(codes, exclude, learnt)

    def labels(self, texts: Sequence[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        """The model's label of each text (the learnt model's, else the built-in one's)."""
        out = np.empty(len(texts), dtype=object)
        for start in range(0, len(texts), PREDICT_CHUNK):
            part = list(texts[start : start + PREDICT_CHUNK])
            built_in = score(pd.Series(part, dtype="object"), exclude=self.exclude).sentiment
            if self.learnt is not None:  # a text the built-in model does not read is not judged by the learnt one
                learnt = self.learnt.predict(part)
                learnt[built_in.isna().to_numpy()] = None
                out[start : start + len(part)] = learnt
            else:
                out[start : start + len(part)] = built_in.to_numpy()
            if progress is not None:
                progress(start + len(part), len(texts))
        return out

    def rows(self, arrow: pa.Table) -> pa.Table:
        """Rows an import is about to write, judged as the rows there are: model rows judged by the learnt
        model (each distinct text once), coded texts taking their code. In Arrow, a slice of
        :data:`SLICE` rows at a time (memory holds a slice's copies, not the file's); nothing is
        registered with DuckDB inside the import's transaction (it would hold the rows until the end)."""
        slices = [arrow.slice(start, SLICE) for start in range(0, arrow.num_rows, SLICE)]

        def judged(part: pa.Table) -> pa.Array:
            return pc.coalesce(part.column("text"), part.column("title")).combine_chunks().cast(pa.large_string())

        def of_model(part: pa.Table) -> pa.Array:
            return pc.fill_null(pc.equal(part.column("sentiment_source").combine_chunks(), "model"), False)

        known = unique = None
        if self.learnt is not None:
            texts = sorted(
                {t for part in slices for t in pc.unique(judged(part).filter(of_model(part))).to_pylist()} - {None}
            )
            unique = pa.array(texts, type=pa.large_string())
            known = pa.array(self.labels(texts), type=pa.large_string())
        sentiments, sources = [], []
        for part in slices:
            text = judged(part)
            sentiment = part.column("sentiment").combine_chunks().cast(pa.large_string())
            source = part.column("sentiment_source").combine_chunks().cast(pa.large_string())
            if known is not None and unique is not None and len(unique):
                relabelled = pc.take(known, pc.index_in(text, value_set=unique))
                sentiment = pc.if_else(pc.and_(of_model(part), relabelled.is_valid()), relabelled, sentiment)
            code = self._codes_of(part.column("brand").combine_chunks().cast(pa.large_string()), text)
            coded = code.is_valid()
            sentiments.append(pc.if_else(coded, code, sentiment))
            sources.append(pc.if_else(coded, pa.scalar("manual", pa.large_string()), source))
        for name, values in (("sentiment", sentiments), ("sentiment_source", sources)):
            column = pa.chunked_array(values, type=pa.large_string())
            arrow = arrow.set_column(arrow.schema.get_field_index(name), name, column)
        return arrow

    def _codes_of(self, brands: pa.Array, judged: pa.Array) -> pa.Array:
        """The code in force for each row (null where none): its brand's, else one without a brand."""
        key = pc.utf8_trim(pc.replace_substring_regex(judged, pattern=WHITE_RE2, replacement=" "), characters=" ")
        given = self.codes["brand"].notna().to_numpy()
        specific, general = self.codes[given], self.codes[~given]
        found = pa.nulls(len(judged), pa.large_string())
        if len(specific):
            wanted = pa.array((specific["brand"] + SEPARATOR + specific["text"]).tolist(), type=pa.large_string())
            index = pc.index_in(pc.binary_join_element_wise(brands, key, SEPARATOR), value_set=wanted)
            found = pc.take(pa.array(specific["sentiment"].tolist(), type=pa.large_string()), index)
        if len(general):
            index = pc.index_in(key, value_set=pa.array(general["text"].tolist(), type=pa.large_string()))
            found = pc.coalesce(found, pc.take(pa.array(general["sentiment"].tolist(), type=pa.large_string()), index))
        return found


def kept_export(arrow: pa.Table) -> pa.Table:
    """Rows with the sentiment their source gave kept in ``export_sentiment`` (a hand code may hide it)."""
    given = pc.if_else(
        pc.fill_null(pc.equal(arrow.column("sentiment_source"), "export"), False),
        arrow.column("sentiment").cast(pa.large_string()),
        pa.scalar(None, pa.large_string()),
    )
    return arrow.set_column(arrow.schema.get_field_index("export_sentiment"), "export_sentiment", given)


def apply_codes(cur: duckdb.DuckDBPyConnection, codes: pd.DataFrame, *, texts: Sequence[str] | None = None) -> int:
    """Every mention matched by a code takes it; a mention that was coded and is no longer goes back to its
    source's sentiment, or to none (to be judged by the model). ``texts`` limits the work to mentions of
    those texts. Returns how many rows lost their code and wait for the model."""
    key = sql_text_key(JUDGED)
    limit, params = "", {}
    if texts is not None:
        # A text's longest words find its candidates first (plain searches, all of them in the text): the
        # white space of the few that hold them is then made one, not that of every mention.
        found = []
        words: list[str] = []
        for text in texts:
            longest = sorted(set(text.split(" ")), key=lambda w: (-len(w), w))[:WORDS_SEARCHED]
            found.append(" AND ".join(f"contains({JUDGED}, $w{len(words) + i})" for i in range(len(longest))))
            words += longest
        limit = f"AND (({') OR ('.join(found or ['FALSE'])})) AND {key} IN (SELECT unnest($texts::VARCHAR[]))"
        params = {"texts": list(texts), **{f"w{i}": w for i, w in enumerate(words)}}
    cur.register("codes_now", codes)
    waiting = 0
    try:
        for table in TABLES:
            cur.execute(
                f"""CREATE OR REPLACE TEMP TABLE coded AS
                    SELECT r.mention_key, r.brand, coalesce(s.sentiment, a.sentiment) AS code
                    FROM (SELECT mention_key, brand, {key} AS key FROM "{table}"
                          WHERE {JUDGED} IS NOT NULL {limit}) r
                    LEFT JOIN codes_now s ON s.brand = r.brand AND s.text = r.key
                    LEFT JOIN codes_now a ON a.brand IS NULL AND a.text = r.key
                    WHERE coalesce(s.sentiment, a.sentiment) IS NOT NULL""",
                params,
            ).fetchall()
            cur.execute(
                f"""UPDATE "{table}" AS m SET sentiment = c.code, sentiment_source = 'manual' FROM coded c
                    WHERE m.mention_key = c.mention_key AND m.brand = c.brand
                      AND (m.sentiment IS DISTINCT FROM c.code OR m.sentiment_source IS DISTINCT FROM 'manual')"""
            ).fetchall()
            uncoded = f"""sentiment_source = 'manual' {limit}
                AND NOT EXISTS (SELECT 1 FROM coded c WHERE c.mention_key = "{table}".mention_key
                                AND c.brand = "{table}".brand)"""
            cur.execute(
                f"""UPDATE "{table}" SET sentiment = export_sentiment, sentiment_source = 'export'
                    WHERE export_sentiment IS NOT NULL AND {uncoded}""",
                params,
            ).fetchall()
            waiting += cur.execute(
                f"""UPDATE "{table}" SET sentiment = NULL, sentiment_source = 'model' WHERE {uncoded}""", params
            ).fetchall()[0][0]
            cur.execute("DROP TABLE coded").fetchall()
    finally:
        cur.unregister("codes_now")
    return int(waiting)


def rejudge(
    cur: duckdb.DuckDBPyConnection, judge: Judge, *, only_unjudged: bool, progress: Callable[[int, int], None] | None
) -> int:
    """Every mention the model judges (or, ``only_unjudged``, those waiting for it) judged again by
    ``judge``'s model, each distinct text once. Returns how many texts were judged."""
    where = "{m}sentiment_source = 'model'" + (" AND {m}sentiment IS NULL" if only_unjudged else "")
    texts = [
        r[0]
        for r in cur.execute(
            " UNION ".join(
                f'SELECT DISTINCT {JUDGED} FROM "{t}" WHERE {where.format(m="")} AND {JUDGED} IS NOT NULL'
                for t in TABLES
            )
        ).fetchall()
    ]
    if not texts:
        _unjudged_without_source(cur)
        return 0
    labels = judge.labels(texts, progress)
    cur.register("labels_now", pd.DataFrame({"judged": texts, "label": labels}))
    try:
        for table in TABLES:
            cur.execute(
                f"""UPDATE "{table}" AS m SET sentiment = l.label FROM labels_now l
                    WHERE {where.format(m="m.")} AND coalesce(m.text, m.title) = l.judged
                      AND m.sentiment IS DISTINCT FROM l.label"""
            ).fetchall()
    finally:
        cur.unregister("labels_now")
    _unjudged_without_source(cur)
    return len(texts)


def _unjudged_without_source(cur: duckdb.DuckDBPyConnection) -> None:
    """A text no model reads has no sentiment, and no source of one."""
    for table in TABLES:
        cur.execute(
            f"""UPDATE "{table}" SET sentiment_source = NULL WHERE sentiment_source = 'model' AND sentiment IS NULL"""
        ).fetchall()


def settle(
    cur: duckdb.DuckDBPyConnection, brand: str | None, *, progress: Callable[[int, int], None] | None = None
) -> ModelState:
    """After the codes changed: learn from them (5-fold cross-validated agreement), apply them, and judge
    every model-judged mention again with the model they give. Inside the caller's transaction."""
    codes = effective(cur)
    exclude = _exclude(cur, brand)
    fingerprint = _fingerprint(codes, exclude)
    before = state(cur)
    learnt = _learnt(codes, exclude, checked=True) if len(codes) >= MIN_CODES else None
    if learnt is not None:
        measured: Agreement | None = learnt.agreement
    else:
        measured = _built_in_agreement(codes, exclude) if len(codes) else None
    now = ModelState(learnt is not None, len(codes), measured, 0, fingerprint)
    apply_codes(cur, codes)
    # The model changed when a learnt one was there or is now and it is not the same: all is judged again.
    same_model = not (before.learnt or now.learnt) or (before.learnt, before.fingerprint) == (now.learnt, fingerprint)
    rejudge(cur, Judge(codes, exclude, learnt), only_unjudged=same_model, progress=progress)
    _save(cur, now)
    return now


def code_one(cur: duckdb.DuckDBPyConnection, text: str, brand_setting: str | None) -> ModelState:
    """One code given on the page: its mentions take it at once; the model learns at the end of the round
    (:func:`settle`), while the built-in model's agreement (cheap) is measured again now."""
    codes = effective(cur)
    before = state(cur)
    waiting = apply_codes(cur, codes, texts=[text])
    exclude = _exclude(cur, brand_setting) if waiting or not before.learnt else []
    if waiting:  # a mention that lost a code (a brand's code over one for any brand): the model judges it
        learnt = _learnt(codes, exclude, checked=False) if before.learnt else None
        rejudge(cur, Judge(codes, exclude, learnt), only_unjudged=True, progress=None)
    measured = before.agreement if before.learnt else _built_in_agreement(codes, exclude)
    now = ModelState(before.learnt, len(codes), measured, before.pending + 1, before.fingerprint)
    _save(cur, now)
    return now
