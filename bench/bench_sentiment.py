"""The built-in sentiment model on real labelled texts it was not tuned on, and how fast it scores.

    python bench/bench_sentiment.py [--repeat 3] [--texts 300000]

Data (bench/sentiment/SOURCES.md, Apache-2.0): CEDR sentences in Russian (positive, neutral, negative)
and GoEmotions comments in English (positive, negative). Reported per language: F-macro over the
positive and the negative class (the mean of their F1, every text counted, the shared-task measure),
with each class's F1 and the model's label counts. Throughput: texts scored per second, the Russian
texts repeated to ``--texts`` and handed over as Arrow strings (as an import holds them), the best of
``--repeat`` runs. After codes: ``--codes`` (300) texts of each set drawn at random (seeded) as a team's codes, a model
learnt from them (:mod:`metrics.sentiment.learn`), and F-macro on the rest, held out; beside it the
learnt model's cross-validated agreement with the codes (what the product tells the team) with its 95%
interval. Targets (issue "Offline sentiment a PR team can trust"): cold F-macro ≥ 0.55 English, ≥ 0.45
Russian; after 300 codes ≥ 0.65 English, ≥ 0.55 Russian; ≥ 100,000 texts per second. Never part of the
tests.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

SETS = {"ru": HERE / "sentiment" / "cedr_ru.csv", "en": HERE / "sentiment" / "goemotions_en.csv"}
TARGETS = {"ru": 0.45, "en": 0.55}


def f_macro(labels, predicted) -> tuple[float, dict[str, float]]:
    """Mean F1 of the positive and the negative class over every text."""
    scores = {}
    for c in ("positive", "negative"):
        tp = sum(1 for y, p in zip(labels, predicted, strict=True) if y == c and p == c)
        fp = sum(1 for y, p in zip(labels, predicted, strict=True) if y != c and p == c)
        fn = sum(1 for y, p in zip(labels, predicted, strict=True) if y == c and p != c)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores[c] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return sum(scores.values()) / 2, scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--texts", type=int, default=300_000)
    parser.add_argument("--codes", type=int, default=300)
    args = parser.parse_args()
    import numpy as np
    import pandas as pd
    import pyarrow as pa

    from metrics.sentiment import score
    from metrics.sentiment.learn import learn
    from metrics.sentiment.lexicon import lexicon

    started = time.perf_counter()
    lexicon()
    result: dict = {"lexicon_load_s": round(time.perf_counter() - started, 2), "cold": {}}
    for language, path in SETS.items():
        data = pd.read_csv(path)
        predicted = score(data["text"]).sentiment.fillna("neutral").tolist()
        value, per_class = f_macro(data["label"].tolist(), predicted)
        result["cold"][language] = {
            "data": path.name,
            "texts": len(data),
            "f_macro_pos_neg": round(value, 3),
            "f1": {k: round(v, 3) for k, v in per_class.items()},
            "predicted": pd.Series(predicted).value_counts().to_dict(),
            "target": TARGETS[language],
        }
    result["after_codes"] = {}
    for language, path in SETS.items():
        data = pd.read_csv(path)
        order = np.random.default_rng(7).permutation(len(data))
        coded, rest = data.iloc[order[: args.codes]], data.iloc[order[args.codes :]]
        started = time.perf_counter()
        learnt = learn(coded["text"].tolist(), coded["label"].tolist())
        seconds = time.perf_counter() - started
        if learnt is None:
            continue
        started = time.perf_counter()
        judged = list(learnt.predict(rest["text"].tolist()))
        judging = len(rest) / (time.perf_counter() - started)
        value, per_class = f_macro(rest["label"].tolist(), judged)
        a = learnt.agreement
        assert a is not None
        result["after_codes"][language] = {
            "codes": len(coded),
            "held_out": len(rest),
            "f_macro_pos_neg": round(value, 3),
            "f1": {k: round(v, 3) for k, v in per_class.items()},
            "cross_validated_with_codes": {
                "accuracy": [round(a.accuracy, 3), round(a.accuracy_low, 3), round(a.accuracy_high, 3)],
                "f_macro": [round(a.f_macro, 3), round(a.f_macro_low, 3), round(a.f_macro_high, 3)],
                "n": a.n,
            },
            "learn_s": round(seconds, 2),
            "learnt_model_texts_per_s": round(judging),  # judging the mentions again after the codes changed
            "target": {"ru": 0.55, "en": 0.65}[language],
        }
    texts = pd.read_csv(SETS["ru"])["text"].tolist()
    many = pa.array((texts * (args.texts // len(texts) + 1))[: args.texts], type=pa.large_string())
    runs = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        score(many)
        runs.append(time.perf_counter() - started)
    result["throughput"] = {"texts": len(many), "texts_per_s": round(len(many) / min(runs)), "target": 100_000}
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
