"""Write a large Brandwatch mentions export (the real layout: metadata rows, then the header) for benchmarks.

    python bench/make_mentions.py [ROWS] [PATH]      # default 1,000,000 rows → bench/data/mentions_1m.csv

About 240 MB for a million rows: a year of mentions of three brands, texts of ~85 characters, 60 %
in Russian. Seeded, so every run writes the same file.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
PREAMBLE = (
    "Report:,Bulk Mentions Download\r\nBrand:,Зерно\r\nFrom:,2025-11-24 00:00:00\r\n"
    "To:,2026-11-22 23:59:59\r\nLabel:,\r\n\r\n"
)
RU = (
    "Зерно",
    "кофе",
    "бариста",
    "очередь",
    "вкусный",
    "раф",
    "капучино",
    "сервис",
    "цены",
    "приложение",
    "кэшбэк",
    "зимнее",
    "меню",
    "десерт",
    "Wi-Fi",
    "быстро",
    "долго",
    "отлично",
    "плохо",
    "спасибо",
)
EN = (
    "Zerno",
    "coffee",
    "barista",
    "queue",
    "tasty",
    "latte",
    "service",
    "prices",
    "app",
    "cashback",
    "winter",
    "menu",
    "dessert",
    "fast",
    "slow",
    "great",
    "bad",
    "thanks",
    "cozy",
    "friendly",
)


def texts(rng: np.random.Generator, n: int) -> np.ndarray:
    """~85-character texts from small word banks (60 % Russian); built from 5,000 templates for speed."""
    pool = []
    for i in range(5000):
        words = RU if i % 5 < 3 else EN
        picked = rng.choice(words, size=18)
        pool.append(" ".join(picked)[:85])
    return np.array(pool, dtype=object)[rng.integers(0, len(pool), n)]


def frame(n: int, seed: int = 20261126) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2025-11-24").value // 10**9
    seconds = np.sort(rng.integers(start, start + 364 * 86400, n))
    brand = rng.choice(["Зерно (бренд)", "Крона (конкурент)", "Утро Кофе (конкурент)"], n, p=[0.45, 0.33, 0.22])
    page = rng.choice(["vk", "telegram", "instagram", "news", "blog", "forum", "review", "twitter"], n)
    ids = 1_866_000_000_000_000_000 + np.arange(n, dtype=np.int64) * 7919
    text = texts(rng, n)
    return pd.DataFrame(
        {
            "Query Id": np.where(brand == "Зерно (бренд)", "2001234561", "2001234562"),
            "Query Name": brand,
            "Date": pd.to_datetime(seconds, unit="s").strftime("%Y-%m-%d %H:%M:%S.0"),
            "Title": "",
            "Snippet": "",  # Brandwatch leaves it empty when the full text is exported
            "Url": [f"https://vk.com/wall-1_{i}" for i in ids],
            "Domain": "example.org",
            "Sentiment": rng.choice(["positive", "neutral", "negative"], n, p=[0.45, 0.4, 0.15]),
            "Page Type": page,
            "Language": "ru",
            "Country": "Russia",
            "Author": [f"user_{a}" for a in (rng.pareto(1.2, n) * 50).astype(np.int64) % 200_000],
            "Full Name": "",
            "Full Text": text,
            "Hashtags": "",
            "Reach (new)": (rng.pareto(1.5, n) * 300).astype(np.int64),
            "Engagement Score": rng.integers(0, 50, n),
            "Likes": rng.integers(0, 200, n),
            "Comments": rng.integers(0, 30, n),
            "Shares": rng.integers(0, 20, n),
            "Mention Id": ids.astype(str),
            "Thread Entry Type": rng.choice(["post", "reply", "share"], n, p=[0.7, 0.2, 0.1]),
        }
    )


def write(n: int, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        out.write(PREAMBLE)
        frame(n).to_csv(out, index=False, lineterminator="\r\n")
    return path


if __name__ == "__main__":
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "data" / f"mentions_{rows // 1000}k.csv"
    print(write(rows, target))
