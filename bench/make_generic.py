"""Write a large generic mentions table (the commonest file users bring: no id column) for benchmarks.

    python bench/make_generic.py [ROWS] [PATH]   # default 2,000,000 rows → bench/data/generic_2000000.csv

Ten columns: date (``2025-03-14 17:54``), brand (three), platform (ten, as our reader knows them),
author, text (Russian and English words, some commas, so some cells are quoted), reach, likes,
comments, shares, sentiment. A year of dates (2025), sorted; about 200 bytes a row, so ~400 MB
for two million rows. Seeded, so every run writes the same file.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
from make_mentions import EN, RU

HERE = Path(__file__).resolve().parent
BRANDS = ("Зерно", "Крона", "Утро Кофе")
PLATFORMS = ("vk", "telegram", "instagram", "youtube", "x", "news", "blog", "forum", "review", "ok")
START, END = "2025-01-01", "2026-01-01"  # the year the dates cover: 2025-01-01 … 2025-12-31


def default_path(rows: int, *, sentiment: bool = True) -> Path:
    return HERE / "data" / (f"generic_{rows}.csv" if sentiment else f"generic_unlabelled_{rows}.csv")


def texts(rng: np.random.Generator, n: int) -> np.ndarray:
    """~95-character texts (60 % Russian, some English words in them, a comma in one of three),
    drawn from 5,000 templates for speed."""
    pool = []
    for i in range(5000):
        words = list(rng.choice(RU if i % 5 < 3 else EN, size=14))
        words[int(rng.integers(0, 14))] = str(rng.choice(EN if i % 5 < 3 else RU))  # the other language
        if i % 3 == 0:
            words[int(rng.integers(0, 13))] += ","
        pool.append(" ".join(words)[:95].rstrip(","))
    return np.array(pool, dtype=object)[rng.integers(0, len(pool), n)]


def frame(n: int, seed: int = 20250314, *, part: tuple[float, float] = (0.0, 1.0)) -> pd.DataFrame:
    """``n`` mentions dated within ``part`` of the year (as fractions of it), sorted by date."""
    rng = np.random.default_rng(seed)
    first, last = (pd.Timestamp(day).value // 60_000_000_000 for day in (START, END))  # in minutes
    lo, hi = (first + int((last - first) * f) for f in part)
    minutes = np.sort(rng.integers(lo, hi, n))
    return pd.DataFrame(
        {
            "Дата": pd.to_datetime(minutes * 60, unit="s").strftime("%Y-%m-%d %H:%M"),
            "Бренд": rng.choice(BRANDS, n, p=[0.45, 0.33, 0.22]),
            "Площадка": rng.choice(PLATFORMS, n, p=[0.2, 0.18, 0.12, 0.08, 0.08, 0.1, 0.08, 0.06, 0.06, 0.04]),
            "Автор": [f"user_{a}" for a in (rng.pareto(1.2, n) * 50).astype(np.int64) % 200_000],
            "Текст": texts(rng, n),
            "Охват": (rng.pareto(1.5, n) * 300).astype(np.int64),
            "Лайки": rng.integers(0, 200, n),
            "Комментарии": rng.integers(0, 30, n),
            "Репосты": rng.integers(0, 20, n),
            "Тональность": rng.choice(["positive", "neutral", "negative"], n, p=[0.45, 0.4, 0.15]),
        }
    )


def write(n: int, path: Path, *, chunk: int = 500_000, sentiment: bool = True) -> Path:
    """The file, written a chunk at a time (each chunk its own seed and its own stretch of the year,
    so memory stays small and the dates stay sorted); without ``sentiment``, the same rows without their
    sentiment column (what most files users collect look like: the model judges every text)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as out:
        for i, first in enumerate(range(0, n, chunk)):
            size = min(chunk, n - first)
            part = frame(size, seed=20250314 + i, part=(first / n, (first + size) / n))
            if not sentiment:
                part = part.drop(columns=["Тональность"])
            part.to_csv(out, index=False, header=i == 0, lineterminator="\n")
    return path


if __name__ == "__main__":
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else default_path(rows)
    print(write(rows, target))
