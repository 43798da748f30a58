"""Generate the demo exports of «Зерно» (Zerno), a fictional chain of ~40 coffee shops.

    python sample_data/generate.py [--out DIR]

Writes ten files in the layouts the real tools export (see README.md) for Monday 2025-11-24 to
Sunday 2026-11-22 (52 ISO weeks). Everything comes from one seeded generator and nothing reads the
clock, so two runs write byte-identical files.

The series are built in independent blocks, so the story holds by construction:

* attention: mentions and followers follow a steady trend plus PR events (festival, outage, winter
  menu) and a competitor's influencer campaign;
* our posts: 2–7 per platform per week at random; only their reach depends on the audience;
* sales: baseline × weekday × season × TV flight × promo × noise, blind to the social series.

Modules: ``story.py`` holds the calendar, ``mentions.py`` the Brandwatch mentions, ``texts.py`` the
phrase banks and names, ``exports.py`` the file layouts; this script builds the rest and writes all.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd

try:  # imported as part of a package, or run as a script (python sample_data/generate.py)
    from . import exports as X
    from . import texts as T
    from .mentions import Writer, build_mentions, mention_table
    from .story import (
        APOLOGY,
        DAYS,
        DOW,
        EXPORT_AT,
        FESTIVAL,
        FESTIVAL_ON,
        N_DAYS,
        OUTAGE,
        PROMO,
        PROMO_ON,
        SEED,
        TO_FESTIVAL,
        TV,
        TV_FLIGHT,
        WINTER_ON,
        YEAR,
        day,
        lognoise,
        window,
    )
except ImportError:
    import exports as X
    import texts as T
    from mentions import Writer, build_mentions, mention_table
    from story import (
        APOLOGY,
        DAYS,
        DOW,
        EXPORT_AT,
        FESTIVAL,
        FESTIVAL_ON,
        N_DAYS,
        OUTAGE,
        PROMO,
        PROMO_ON,
        SEED,
        TO_FESTIVAL,
        TV,
        TV_FLIGHT,
        WINTER_ON,
        YEAR,
        day,
        lognoise,
        window,
    )


# ---------------------------------------------------------------------------------------------
# Audience (followers) and our posts


def audience(rng) -> dict[str, pd.DataFrame]:
    """Daily follower series: VK community, Telegram channel, Instagram follows.

    Totals are exactly the previous total plus joined minus left; joins are scaled so each year
    ends near its target.
    """
    weekday = np.array([1.05, 1.02, 1.0, 1.0, 0.98, 0.95, 1.0])[DOW]
    lift = 1 + 0.3 * TV + 0.4 * PROMO_ON + 0.6 * FESTIVAL_ON + 0.3 * WINTER_ON
    shock = np.ones(N_DAYS)
    shock[day(OUTAGE[0]) : day(APOLOGY) + 1] = [4.0, 3.0, 2.0]  # people leave over the outage

    def members(start, net, join, leave):
        left = rng.poisson(leave * shock * lognoise(rng, 0.2)) + 1  # someone leaves every day
        join = join * weekday * lift * lognoise(rng, 0.15)
        joined = rng.poisson(join * (net + left.sum()) / join.sum())
        return start + np.cumsum(joined - left), joined, left

    vk_total, vk_new, vk_left = members(48_000, 13_000, 55 + 20 * YEAR, 17 + 4 * YEAR)
    tg_total, tg_new, tg_left = members(12_000, 7_500, 30 + 18 * YEAR, 10 + 3 * YEAR)
    follows = rng.poisson((15 + 40 * YEAR) * weekday * lift * lognoise(rng, 0.25))
    quiet = rng.choice(np.arange(1, N_DAYS - 1), size=round(0.05 * N_DAYS), replace=False)
    follows[quiet] = 0  # days without a follow (never the first or last, so the series spans the period)
    vk_reach = (vk_total * 0.22 * lognoise(rng, 0.12)).round().astype(int)
    return {
        "vk": pd.DataFrame(
            {
                "date": DAYS,
                "total": vk_total,
                "new": vk_new,
                "left": vk_left,
                "reach": vk_reach,
                "views": (vk_reach * rng.uniform(1.3, 1.6, N_DAYS)).round().astype(int),
                "visitors": (vk_reach * rng.uniform(0.06, 0.09, N_DAYS)).round().astype(int),
            }
        ),
        "telegram": pd.DataFrame(
            {
                "date": DAYS,
                "total": tg_total,
                "new": tg_new,
                "left": tg_left,
                "views": (tg_total * rng.uniform(0.28, 0.36, N_DAYS)).round().astype(int),
            }
        ),
        "instagram": pd.DataFrame({"date": DAYS, "follows": follows, "total": 31_000 + np.cumsum(0.7 * follows)}),
    }


# Posts that go out on a fixed date and time on every platform: holidays and the events' key posts.
FIXED_POSTS = [
    ("2025-12-31 12:00", "holiday"),
    ("2026-02-14 10:00", "holiday"),
    ("2026-03-02 10:00", "tv"),
    ("2026-03-08 10:00", "holiday"),
    ("2026-06-04 12:00", "festival"),
    ("2026-06-06 11:00", "festival"),
    ("2026-07-16 11:00", "apology"),
    ("2026-09-01 10:00", "holiday"),
    ("2026-09-14 09:30", "promo"),
    ("2026-11-17 10:00", "winter_menu"),
]
POST_TOPICS = {
    "coffee": 25,
    "barista": 10,
    "dessert": 12,
    "loyalty": 14,
    "workspace": 8,
    "seasonal": 14,
    "poll": 10,
    "opening": 7,
}


def post_topic(rng, when: pd.Timestamp) -> str:
    """What a scheduled post is about: the running campaign often, else the everyday rubrics."""
    i = day(when.strftime("%Y-%m-%d"))
    if WINTER_ON[i]:
        return "winter_menu"
    for topic, share in (
        ("tv", 0.4 * window(*TV_FLIGHT)[i]),
        ("promo", 0.45 * PROMO_ON[i]),
        ("festival", 0.4 * (abs(TO_FESTIVAL[i]) <= 4)),
    ):
        if share and rng.random() < share:
            return topic
    names = list(POST_TOPICS)
    w = np.array(list(POST_TOPICS.values()), float)
    return names[rng.choice(len(names), p=w / w.sum())]


class Deck:
    """Draws bank entries in shuffled order: a text comes back only after the others were used."""

    def __init__(self, rng):
        self.rng, self.left = rng, {}

    def draw(self, key, options) -> int:
        left = self.left.get(key) or [int(k) for k in self.rng.permutation(list(options))]
        k = left.pop()
        self.left[key] = left
        return k


def post_text(rng, deck: Deck, topic: str, when: pd.Timestamp, platform: str, launch: bool) -> str:
    """The post as each platform carries it: plain on VK (Windows-1251), emoji on Telegram, hashtags on Instagram."""
    writer = Writer(rng, "zerno")
    if topic == "holiday":
        text = T.OWN_POSTS["holiday"][(when.month, when.day)]
    elif platform == "instagram" and topic in T.OWN_POSTS_EN and not launch and rng.random() < 0.15:
        text = writer.fill(T.OWN_POSTS_EN[topic], when)
    else:
        bank, i = T.OWN_POSTS[topic], day(when.strftime("%Y-%m-%d"))
        if launch or topic == "apology":
            k = 0
        elif topic == "festival":  # announcement before, live during, thanks after
            k = 0 if TO_FESTIVAL[i] < 0 else 1 if FESTIVAL_ON[i] else 2
        elif topic == "promo":
            k = 2 if day(PROMO[1]) - i < 7 else 1
        else:
            k = deck.draw((platform, topic), range(1 if topic in ("tv", "winter_menu") else 0, len(bank)))
        text = writer.fill(bank[k], when)
    if platform == "vk":
        return text.replace(". ", ".\n\n", 1) if len(text) > 150 else text  # long posts have paragraphs
    text = f"{T.POST_EMOJI[topic]} {text}"
    if platform == "telegram":
        return text.replace(". ", ".\n\n", 1) if len(text) > 150 else text
    tag = T.TOPIC_HASHTAGS.get(topic, "")
    return f"{text}\n\n{T.INSTAGRAM_TAGS}" + (f" {tag}" if tag else "")


def build_posts(rng, aud: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Our posts on three platforms with lifetime metrics as of the export day."""
    fixed = [(pd.Timestamp(s), topic) for s, topic in FIXED_POSTS]
    blocked = {day(OUTAGE[0]), day(OUTAGE[1])}  # no scheduled content while payments are down
    rows, deck = [], Deck(rng)
    for platform in ("instagram", "vk", "telegram"):
        counts = rng.integers(2, 8, size=52)
        counts[-1] = 8  # the winter-menu launch week
        for w in range(52):
            week = [fx for fx in fixed if day(fx[0].strftime("%Y-%m-%d")) // 7 == w]
            free = [
                d
                for d in range(w * 7, w * 7 + 7)
                if d not in blocked and all(day(f[0].strftime("%Y-%m-%d")) != d for f in week)
            ]
            n = counts[w] - len(week)
            for d in rng.choice(free, size=n, replace=n > len(free)):
                stamp = DAYS[d] + pd.Timedelta(hours=int(rng.integers(9, 21)), minutes=int(rng.integers(60)))
                week.append((stamp, post_topic(rng, stamp)))
            for stamp, topic in sorted(week):
                launch = (stamp, topic) in fixed
                rows.append(
                    dict(
                        platform=platform,
                        when=stamp,
                        topic=topic,
                        text=post_text(rng, deck, topic, stamp, platform, launch),
                        launch=launch,
                    )
                )
    posts = pd.DataFrame(rows)
    posts["post_id"] = 0
    # lifetime metrics: audience on the day × rate × how long the post has been live
    idx = posts["when"].dt.normalize().map({d: i for i, d in enumerate(DAYS)}).to_numpy()
    age = ((pd.Timestamp(EXPORT_AT) - posts["when"]).dt.total_seconds() / 86400).to_numpy()
    ripe = 1 - np.exp(-age / 1.2)
    special = np.where(posts["topic"] == "apology", 1.8, np.where(posts["topic"] == "winter_menu", 1.5, 1.0))
    talk = np.where(posts["topic"] == "apology", 8.0, 1.0)  # the apology draws many comments
    n = len(posts)
    base = np.select(
        [posts["platform"] == "vk", posts["platform"] == "telegram"],
        [aud["vk"]["total"].to_numpy()[idx], aud["telegram"]["total"].to_numpy()[idx]],
        aud["instagram"]["total"].to_numpy()[idx],
    )
    ig_type = rng.choice(["IG image", "IG carousel", "IG reel"], size=n, p=[0.35, 0.3, 0.35])
    reel = (posts["platform"] == "instagram") & (ig_type == "IG reel")
    share = np.where(
        posts["platform"] == "telegram",
        rng.uniform(0.38, 0.62, n),
        np.where(reel, rng.uniform(0.35, 0.9, n), rng.uniform(0.15, 0.32, n)),
    )
    views = base * share * ripe * special
    posts["views"] = np.where(
        posts["platform"] == "instagram",
        views * np.where(reel, rng.uniform(1.6, 2.6, n), rng.uniform(1.15, 1.5, n)),
        views,
    )
    posts["reach"] = np.where(posts["platform"] == "vk", views * rng.uniform(0.72, 0.88, n), views)
    eng = posts["reach"] * np.select(
        [posts["platform"] == "instagram", posts["platform"] == "vk"],
        [rng.uniform(0.03, 0.08, n), rng.uniform(0.02, 0.045, n)],
        rng.uniform(0.01, 0.03, n),
    )
    posts["likes"] = eng * 0.76
    posts["comments"] = eng * rng.uniform(0.03, 0.08, n) * talk
    posts["saves"] = eng * rng.uniform(0.08, 0.14, n)
    posts["shares"] = eng * rng.uniform(0.05, 0.11, n)
    posts["follows"] = rng.poisson(posts["reach"] * 0.0012)
    for c in ("views", "reach", "likes", "comments", "saves", "shares"):
        posts[c] = posts[c].round().astype(int)
    posts["ig_type"] = ig_type
    posts["duration"] = np.where(reel, rng.integers(12, 76, n), 0)
    for platform, start, step in (
        ("instagram", 17_950_000_000_000_000, (10**11, 10**12)),
        ("vk", 88_100, (1, 4)),
        ("telegram", 3_120, (1, 2)),
    ):
        mask = posts["platform"] == platform
        posts.loc[mask, "post_id"] = start + np.cumsum(rng.integers(*step, size=mask.sum()))
    posts["post_id"] = posts["post_id"].astype("int64")
    alphabet = np.array(list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))
    posts["code"] = ["C" + "".join(rng.choice(alphabet, 10)) for _ in range(n)]
    return posts


# ---------------------------------------------------------------------------------------------
# Sales (independent of everything social)


def build_sales(rng) -> pd.DataFrame:
    """Daily sales of the chain. Only the calendar (TV, promo, holidays, outage) moves them."""
    weekday = np.array([0.93, 0.95, 0.97, 0.98, 1.04, 1.12, 1.08])[DOW]
    season = np.cos(2 * np.pi * (DAYS.day_of_year.to_numpy() - 20) / 365.25)  # peak in late January
    holidays = np.ones(N_DAYS)
    holidays[day("2026-01-01") : day("2026-01-09")] = [0.6, 0.75, 0.8, 0.82, 0.85, 0.85, 0.88, 0.9]
    holidays[day("2025-12-25") : day("2025-12-31")] *= 1.06
    outage = np.ones(N_DAYS)
    outage[[day(OUTAGE[0]), day(OUTAGE[1])]] = [0.70, 0.78]  # cash only
    promo = PROMO_ON.copy()
    promo[day(PROMO[0]) : day(PROMO[0]) + 2] = [0.6, 0.85]
    uplift = (1 + 0.25 * TV) * (1 + 0.30 * promo)
    revenue = (
        1_750_000
        * (1 + 0.04 * YEAR)
        * weekday
        * (1 + 0.09 * season)
        * holidays
        * uplift
        * outage
        * lognoise(rng, 0.035)
    )
    check = 445 * (1 + 0.025 * season) * (1 + 0.02 * YEAR) * (1 - 0.02 * promo) * lognoise(rng, 0.012)
    orders = np.round(revenue / check).astype(int)
    identified = orders * 0.9 * lognoise(rng, 0.01)
    returning_share = 0.52 + 0.08 * YEAR
    new = identified * ((1 - returning_share) / uplift + 0.75 * (1 - 1 / uplift))  # campaigns bring new people
    new = np.round(new).astype(int)
    returning = np.round(identified).astype(int) - new
    return pd.DataFrame(
        {"date": DAYS, "revenue": np.round(revenue, 2), "orders": orders, "new": new, "returning": returning}
    )


# ---------------------------------------------------------------------------------------------
# Our own planning files


MONTHS = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
]


def calendar_rows(rng, posts: pd.DataFrame) -> list[tuple]:
    """Marketing calendar: the campaigns, plus monthly context ads and SMM production.

    The first month starts with the period (pro-rated budget); SMM contacts are the reach of the
    posts published in the month.
    """
    d = dt.date.fromisoformat
    rows = [
        (d(TV_FLIGHT[0]), d(TV_FLIGHT[1]), "ТВ", "ТВ-флайт «Зерно рядом»", 12_000_000, 45_000_000),
        (d(FESTIVAL[0]), d(FESTIVAL[1]), "PR", "Стенд на городском кофейном фестивале", 800_000, 2_500_000),
        (d(APOLOGY), d("2026-07-31"), "Промо", "Промокод ПРОСТИ (компенсация за сбой оплаты)", 150_000, None),
        (d(PROMO[0]), d(PROMO[1]), "Промо", "Осенний кэшбэк", 1_500_000, 6_000_000),
        (d("2026-11-16"), d("2026-11-29"), "Наружная реклама", "Запуск зимнего меню", 2_000_000, 9_000_000),
    ]
    for month in pd.period_range(DAYS[0], DAYS[-1], freq="M"):
        start, end = max(month.start_time, DAYS[0]).date(), month.end_time.date()
        part = ((end - start).days + 1) / month.days_in_month
        label = f"{MONTHS[month.month - 1]} {month.year}"
        reach = posts.loc[(posts["when"].dt.date >= start) & (posts["when"].dt.date <= end), "reach"].sum()
        rows.append(
            (
                start,
                end,
                "Контекст",
                f"Яндекс Директ, {label}",
                round(300_000 * part),
                int(round(3_000_000 * part * rng.uniform(0.9, 1.1), -3)),
            )
        )
        rows.append((start, end, "SMM", f"Производство контента, {label}", round(180_000 * part), int(reach)))
    return sorted(rows, key=lambda r: (r[0], r[2], r[3]))


def context_quarters(sales: pd.DataFrame) -> list[dict]:
    """Quarterly market context; the average order and the customer base come from the sales report."""
    market = [(4.2, 6.5, 0.8), (4.6, 6.9, 1.0), (4.7, 6.6, 0.8), (4.9, 7.0, 0.9), (5.1, 7.2, 0.9)]  # %, by quarter
    base = 1_150_000 + sales["new"].cumsum()
    out = []
    for (penetration, share, conversion), q in zip(market, pd.period_range(DAYS[0], DAYS[-1], freq="Q"), strict=True):
        start, end = max(q.start_time, DAYS[0]), q.end_time.normalize()
        inside = (sales["date"] >= start) & (sales["date"] <= end)
        out.append(
            dict(
                start=start,
                end=end,
                penetration=penetration,
                market_share=share,
                conversion=conversion,
                check=sales.loc[inside, "revenue"].sum() / sales.loc[inside, "orders"].sum(),
                base=int(base[inside].iloc[-1]),
                audience="городские жители 20–40 лет, офисные работники и студенты",
            )
        )
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent,
        help="folder to write the files to (default: this script's folder)",
    )
    out = parser.parse_args(argv).out
    out.mkdir(parents=True, exist_ok=True)

    rng = np.random.default_rng(SEED)  # one generator, always drawn in this order
    mentions = mention_table(rng, build_mentions(rng))
    aud = audience(rng)
    posts = build_posts(rng, aud)
    sales = build_sales(rng)
    calendar = calendar_rows(rng, posts)

    first, last = f"{DAYS[0]:%Y-%m-%d}", f"{DAYS[-1]:%Y-%m-%d}"
    X.brandwatch(out, mentions, T.BRANDS["zerno"]["b"], first, last)
    X.instagram_posts(out, posts)
    X.vk_posts(out, posts)
    X.telegram_posts(out, posts)
    X.vk_stats(out, aud["vk"])
    X.telegram_stats(out, aud["telegram"])
    X.instagram_follows(out, aud["instagram"])
    X.sales_daily(out, sales)
    X.marketing_calendar(out, calendar)
    X.marketing_context(out, context_quarters(sales))


if __name__ == "__main__":
    main()
