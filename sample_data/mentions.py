"""Mentions of the three brands, as a Brandwatch query returns them.

Volume per day follows the story (trend, events, the competitor's campaign); each mention gets a
sentiment from the day's mix, a topic, a text in its author's grammatical gender, an author from a
heavy-tailed pool, and the ids, links and reach a Brandwatch export carries.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import numpy as np
import pandas as pd

try:  # imported as part of a package, or next to the script
    from . import texts as T
    from .story import (
        AFTER_APOLOGY,
        APOLOGY,
        CAMPAIGN_ON,
        DAYS,
        DOW,
        FESTIVAL,
        FESTIVAL_ON,
        MSK,
        N_DAYS,
        OUTAGE,
        PROMO,
        PROMO_ON,
        TO_FESTIVAL,
        TV,
        TV_FLIGHT,
        WINTER_MENU,
        WINTER_ON,
        YEAR,
        day,
        lognoise,
        season_of,
    )
except ImportError:
    import texts as T
    from story import (
        AFTER_APOLOGY,
        APOLOGY,
        CAMPAIGN_ON,
        DAYS,
        DOW,
        FESTIVAL,
        FESTIVAL_ON,
        MSK,
        N_DAYS,
        OUTAGE,
        PROMO,
        PROMO_ON,
        TO_FESTIVAL,
        TV,
        TV_FLIGHT,
        WINTER_MENU,
        WINTER_ON,
        YEAR,
        day,
        lognoise,
        season_of,
    )

# Mention volumes (per day). The sample keeps 65% of a full listening export so the file stays
# small; all ratios of the story (growth, spikes, share of voice) are unaffected.
MENTION_SCALE = 0.65
QUERIES = {  # brand → (Query Id, Query Name)
    "zerno": ("2001234561", "Зерно (бренд)"),
    "krona": ("2001234562", "Крона (конкурент)"),
    "utro": ("2001234563", "Утро Кофе (конкурент)"),
}
PAGE_TYPES = ["vk", "telegram", "instagram", "twitter", "review", "forum", "blog", "news"]
PAGE_WEIGHTS = [0.31, 0.25, 0.12, 0.07, 0.10, 0.06, 0.04, 0.05]
PRESS_WEIGHTS = [0.28, 0.23, 0.11, 0.06, 0.09, 0.05, 0.04, 0.14]  # days the press writes about us
REACH = {
    "vk": (700, 1.0),
    "telegram": (2500, 1.1),
    "instagram": (900, 1.1),
    "twitter": (300, 1.2),
    "review": (250, 0.8),
    "forum": (150, 0.8),
    "blog": (1500, 1.0),
    "news": (20000, 0.9),
}  # median, sigma
ENGAGEMENT = {
    "vk": 0.03,
    "telegram": 0.012,
    "instagram": 0.05,
    "twitter": 0.02,
    "review": 0.01,
    "forum": 0.01,
    "blog": 0.01,
}
THREAD = {
    "vk": [0.6, 0.3, 0.1],
    "telegram": [0.8, 0, 0.2],
    "instagram": [0.75, 0.25, 0],
    "twitter": [0.6, 0.25, 0.15],
    "forum": [0.4, 0.6, 0],
}  # post, reply, share; other page types are always posts
GENERIC = {
    "taste": 22,
    "barista": 10,
    "queue": 8,
    "price": 8,
    "loyalty": 11,
    "new_drinks": 7,
    "desserts": 7,
    "workspace": 7,
    "speed": 6,
    "cleanliness": 5,
    "opening": 3,
    "seasonal": 8,
}
GENDERED = re.compile(r"\{([^{}|]+)\|([^{}|]+)\}")  # {взяла|взял}
COLUMNS = [
    "Query Id",
    "Query Name",
    "Date",
    "Title",
    "Snippet",
    "Url",
    "Domain",
    "Sentiment",
    "Page Type",
    "Language",
    "Country",
    "Author",
    "Full Name",
    "Full Text",
    "Hashtags",
    "Reach (new)",
    "Engagement Score",
    "Likes",
    "Comments",
    "Shares",
    "Mention Id",
    "Thread Entry Type",
]  # Bulk Mentions Download, verbatim
HOURS = np.array([1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.8, 2, 4, 5, 5, 5, 5.5, 5, 4.5, 4.5, 4.5, 5, 5.5, 6, 6, 5, 4, 2.5])


def daily_volume(rng) -> dict[str, np.ndarray]:
    """Mentions per day for each brand."""
    weekday = np.array([0.95, 0.97, 1.0, 1.0, 1.05, 1.08, 0.95])[DOW]
    events = np.ones(N_DAYS)
    events[day(OUTAGE[0]) : day(APOLOGY) + 3] = [5.0, 3.0, 1.8, 1.4, 1.2]  # outage, apology, fading talk
    events[day(FESTIVAL[0]) : day(FESTIVAL[1]) + 1] = [1.6, 1.5]
    events[day(WINTER_MENU)] = 1.6  # launch day, then the new menu keeps people talking
    events *= 1 + 0.10 * TV + 0.12 * PROMO_ON
    events[day(WINTER_MENU) + 1 :] *= 1.5
    zerno = (25 + 20 * YEAR) * weekday * events
    krona = 22 * (1 + 0.03 * YEAR) * weekday * (1 + 2.0 * CAMPAIGN_ON)  # the campaign triples it
    utro = 15 * np.ones(N_DAYS) * weekday
    return {
        b: rng.poisson(MENTION_SCALE * v * lognoise(rng, 0.1))
        for b, v in {"zerno": zerno, "krona": krona, "utro": utro}.items()
    }


def sentiment_probs(brand: str) -> np.ndarray:
    """Per day: probabilities of positive, neutral, negative, mixed."""
    mixed = 0.01
    if brand == "zerno":
        pos = 0.40 + 0.08 * YEAR + 0.03 * TV + 0.05 * PROMO_ON + 0.10 * FESTIVAL_ON + 0.12 * WINTER_ON
        usual = 0.12 - 0.03 * YEAR - 0.03 * WINTER_ON
        neg = usual.copy()
        neg[day(OUTAGE[0])], neg[day(OUTAGE[1])] = 0.78, 0.68
        after = AFTER_APOLOGY >= 0
        neg[after] += 0.33 * np.exp(-AFTER_APOLOGY[after] / 4.5)  # back to normal in about two weeks
        pos *= (1 - neg - mixed) / (1 - usual - mixed)  # complaints crowd out praise and neutral talk alike
    else:
        campaign = CAMPAIGN_ON if brand == "krona" else 0
        pos = (0.40 if brand == "krona" else 0.38) + 0.06 * campaign + np.zeros(N_DAYS)
        neg = 0.12 + 0.01 * campaign + np.zeros(N_DAYS)
    return np.column_stack([pos, 1 - pos - neg - mixed, neg, np.full(N_DAYS, mixed)])


@functools.cache
def event_topics(brand: str, i: int) -> dict[str, float]:
    """Share of the day's mentions that are about a dated event."""
    out = {}
    if brand == "zerno":
        a = AFTER_APOLOGY[i]
        out = {
            "tv": 0.18 * TV[i],
            "promo": 0.30 * PROMO_ON[i],
            "winter_menu": 0.45 * WINTER_ON[i],
            "festival": 0.45 if FESTIVAL_ON[i] else 0.08 if abs(TO_FESTIVAL[i]) <= 3 else 0,
            "outage": {-2: 0.9, -1: 0.85}.get(a, 0.35 * np.exp(-a / 3) if a >= 0 else 0),
            "apology": 0.45 * np.exp(-a / 3) if a >= 0 else 0,
        }
    elif brand == "krona":
        out = {"influencer": 0.55 * CAMPAIGN_ON[i]}
    return {k: v for k, v in out.items() if v > 0.005}


class Writer:
    """Fills phrase-bank templates for one brand."""

    def __init__(self, rng, brand: str):
        self.rng, self.brand = rng, brand
        own = {"krona": {"interior": 6}, "utro": {"breakfast": 12}}.get(brand, {})  # competitors' own themes
        self.generic = {**GENERIC, **own}

    def pick(self, items):
        """One item of a bank, drawn uniformly."""
        return items[self.rng.integers(len(items))]

    def fill(self, template: str, when: pd.Timestamp, female: bool = True) -> str:
        """The template with the brand's forms, a shop, menu items of the season and the author's gender."""
        template = GENDERED.sub(lambda m: m.group(1 if female else 2), template)
        ctx = dict(T.BRANDS[self.brand])
        for key, bank in (
            ("place", T.PLACES),
            ("drink", T.DRINKS),
            ("dessert", T.DESSERTS),
            ("newdrink", T.NEW_DRINKS),
            ("sdrink", T.SEASON_DRINKS[season_of(when)]),
        ):
            ctx[key], ctx[key + "_en"] = self.pick(bank)
        text = template.format(**ctx)
        return text[0].upper() + text[1:]

    def topic(self, i: int, lang: str, sentiment: str) -> str:
        """A topic for day ``i``: the day's events take their share, everyday topics the rest."""
        events = event_topics(self.brand, i)
        rest = max(0.0, 1 - sum(events.values())) / sum(self.generic.values())
        weights = {**{k: w * rest for k, w in self.generic.items()}, **events}
        names = [k for k in weights if sentiment in T.TOPICS[k][lang]]
        w = np.array([weights[k] for k in names])
        return names[self.rng.choice(len(names), p=w / w.sum())]

    def mention(self, i: int, lang: str, sentiment: str, question: bool, female: bool) -> tuple[str, str]:
        """(topic, text) of one social mention, in the author's grammatical gender."""
        when = DAYS[i]

        def sentence(topic, tone, bank=None):
            return self.fill(self.pick(bank or T.TOPICS[topic][lang][tone]), when, female)

        if question:
            return "question", sentence(None, None, T.QUESTIONS[lang])
        if sentiment == "mixed":
            good, bad = (self.topic(i, lang, s) for s in ("positive", "negative"))
            return good, sentence(good, "positive") + " " + sentence(bad, "negative")
        topic = self.topic(i, lang, sentiment)
        parts = [sentence(topic, sentiment)]
        extra = self.rng.choice(3, p=[0.5, 0.38, 0.12])  # up to two more sentences
        if extra >= 1 and self.rng.random() < 0.5:
            parts.append(sentence(self.pick([k for k in self.generic if sentiment in T.TOPICS[k][lang]]), sentiment))
        if extra >= 1 and len(parts) < 1 + extra:
            parts.append(sentence(None, None, T.CLOSERS[lang][sentiment]))
        return topic, " ".join(parts)

    def news(self, i: int, lang: str, topic: str) -> tuple[str, str]:
        """(title, text) of a news item."""
        key = topic if topic in T.HEADLINES[lang] else None
        title = self.fill(self.pick(T.HEADLINES[lang][key]), DAYS[i])
        return title, title + ". " + self.fill(self.pick(T.NEWS_BODY[lang][key]), DAYS[i])


def author_pools(rng):
    """Fictional people (handle, display name, female) and Telegram channels (handle, title)."""
    people, seen = [], set()
    while len(people) < 12_000:
        first, first_lat, female = T.FIRST_NAMES[rng.integers(len(T.FIRST_NAMES))]
        last, last_lat = T.SURNAMES[rng.integers(len(T.SURNAMES))]
        last_ru, last_lat = (last + "а", last_lat + "a") if female else (last, last_lat)
        word = T.HANDLE_WORDS[rng.integers(len(T.HANDLE_WORDS))]
        style = rng.integers(6)
        handle = [
            f"{first_lat}_{last_lat}",
            f"{first_lat}.{last_lat}{rng.integers(70, 100)}",
            f"{first_lat[0]}{last_lat}{rng.integers(1, 1000)}",
            f"{first_lat}_{word}",
            f"{word}_{first_lat}{rng.integers(1, 100)}",
            f"{last_lat}.{first_lat[0]}",
        ][style]
        if handle in seen:
            continue
        seen.add(handle)
        name = [
            f"{first} {last_ru}",
            f"{first} {last_ru[0]}.",
            f"{first_lat.capitalize()} {last_lat.capitalize()}",
            first,
        ][rng.choice(4, p=[0.55, 0.2, 0.15, 0.1])]
        people.append((handle, name, bool(female)))
    channels = [(f"{c}_{t}", f"{ct}: {tt}") for c, ct in T.TG_CITIES for t, tt in T.TG_THEMES]
    return people, channels


def zipf_draw(rng, pool_size: int, n: int, order: np.ndarray, a: float = 0.8, c: float = 8.0) -> np.ndarray:
    """Indices into a pool, heavy-tailed: a few authors write many times."""
    w = 1.0 / (np.arange(pool_size) + c) ** a
    return order[rng.choice(pool_size, size=n, p=w / w.sum())]


def build_mentions(rng) -> pd.DataFrame:
    people, channels = author_pools(rng)
    volume = daily_volume(rng)
    rows = []
    for brand, counts in volume.items():
        writer, probs = Writer(rng, brand), sentiment_probs(brand)
        # authors: people for most pages, channels for Telegram, the outlet for news
        n_brand = int(counts.sum())
        who = iter(zipf_draw(rng, len(people), n_brand, rng.permutation(len(people))))
        chan = iter(zipf_draw(rng, len(channels), n_brand, rng.permutation(len(channels)), a=0.9, c=3))
        p_question = 0.07 if brand == "zerno" else 0.03
        press = {day(d) for d in (TV_FLIGHT[0], FESTIVAL[0], OUTAGE[0], OUTAGE[1], PROMO[0], WINTER_MENU)}
        press |= {day(WINTER_MENU) + 1} if brand == "zerno" else set()
        for i, n in enumerate(counts):
            hours = HOURS.copy()
            if AFTER_APOLOGY[i] in (-2, -1):
                hours[8:15] *= 1.5  # complaints pile up from the morning rush
            for _ in range(n):
                person, channel = int(next(who)), int(next(chan))
                lang = "en" if rng.random() < (0.1 if brand == "zerno" else 0.08) else "ru"
                weights = PRESS_WEIGHTS if brand == "zerno" and i in press else PAGE_WEIGHTS
                page = PAGE_TYPES[rng.choice(len(PAGE_TYPES), p=weights)]
                sentiment = ["positive", "neutral", "negative", "mixed"][rng.choice(4, p=probs[i])]
                question = page != "news" and sentiment != "mixed" and rng.random() < p_question
                sentiment = "neutral" if question else sentiment
                author, name, female = (
                    people[person] if page != "telegram" else (*channels[channel], rng.random() < 0.5)
                )
                topic, text = writer.mention(i, lang, sentiment, question, female)
                title = ""
                if page == "news":
                    title, text = writer.news(i, lang, topic)
                    sentiment = "negative" if topic == "outage" else "neutral"
                elif page == "blog":
                    title = writer.news(i, lang, topic)[0]
                when = DAYS[i].to_pydatetime() + dt.timedelta(
                    hours=int(rng.choice(24, p=hours / hours.sum())),
                    minutes=int(rng.integers(60)),
                    seconds=int(rng.integers(60)),
                )
                rows.append(
                    dict(
                        brand=brand,
                        when=when,
                        page=page,
                        lang=lang,
                        sentiment=sentiment,
                        topic=topic,
                        title=title,
                        text=text,
                        i=i,
                        author=author,
                        name=name,
                        person=person,
                    )
                )
    return pd.DataFrame(rows)


def mention_table(rng, m: pd.DataFrame) -> pd.DataFrame:
    """Brandwatch columns: ids, links, reach and engagement."""
    n = len(m)
    m = m.assign(utc=m["when"] - MSK).sort_values(["utc", "brand"], kind="stable").reset_index(drop=True)
    serial = rng.permutation(n) + 100000  # unique per mention, used in links
    ids = rng.integers(10**17, 9 * 10**18, size=n)
    assert len(np.unique(ids)) == n
    growth = 1 + 0.6 * YEAR[m["i"].to_numpy()]
    median = np.array([REACH[p][0] for p in m["page"]])
    sigma = np.array([REACH[p][1] for p in m["page"]])
    reach = np.clip(median * growth * rng.lognormal(0, sigma), 10, 500_000).round().astype(int)
    alphabet = np.array(list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))
    out = []
    for r, k, mid, rch in zip(m.itertuples(), serial, ids, reach, strict=True):
        page, brand = r.page, r.brand
        probs = THREAD.get(page, [1, 0, 0])
        kind = ["post", "reply", "share"][rng.choice(3, p=probs)]
        domain, url = (
            {"vk": "vk.com", "telegram": "t.me", "instagram": "instagram.com", "twitter": "twitter.com"}.get(page),
            None,
        )
        if page == "vk":
            owner = (
                f"-{rng.choice([41234567, 52341234, 60012345, 71230987])}"
                if kind == "reply"
                else str(1_000_000 + r.person * 7919 % 90_000_000)
            )
            url = (
                f"https://vk.com/wall{owner}_{k}"
                if kind != "reply"
                else f"https://vk.com/wall{owner}_{rng.integers(80000, 99000)}?reply={k}"
            )
        elif page == "telegram":
            url = f"https://t.me/{r.author}/{k}"
        elif page == "instagram":
            code = "".join(rng.choice(alphabet, 11))
            url = f"https://www.instagram.com/p/{code}/" + (f"c/{k}/" if kind == "reply" else "")
        elif page == "twitter":
            url = f"https://twitter.com/{r.author}/status/{mid}"
        else:
            bank = {
                "news": T.NEWS_DOMAINS,
                "blog": T.BLOG_DOMAINS,
                "forum": T.FORUM_DOMAINS,
                "review": T.REVIEW_DOMAINS,
            }[page]
            domain = bank[rng.integers(len(bank))]
            path = {
                "news": f"news/{r.when:%Y/%m/%d}/{k}",
                "blog": f"post/{k}",
                "forum": f"t/{rng.integers(1000, 9000)}/{k}",
                "review": f"place/{T.BRANDS[brand]['b_en'].split()[0].lower()}-{rng.integers(1, 41)}/review/{k}",
            }
            url = f"https://{domain}/{path[page]}"
        tags = []
        share = {"instagram": 0.55, "twitter": 0.25, "vk": 0.15, "telegram": 0.1, "blog": 0.1}.get(page, 0)
        if r.topic != "question" and rng.random() < share:  # questions end with the question mark
            brand_tags = T.HASHTAGS[brand]
            tags = list(rng.choice(brand_tags, rng.integers(1, 4), replace=False))
            if r.topic in T.TOPIC_HASHTAGS and (brand == "zerno" or r.topic == "influencer"):
                tags.append(T.TOPIC_HASHTAGS[r.topic])
        text = r.text + (" " + " ".join(tags) if tags else "")
        if page == "news":
            likes = comments = shares = ""
            score = 0
        else:
            likes = int(rch * ENGAGEMENT[page] * rng.lognormal(0, 0.6))
            comments = int(likes * rng.uniform(0.03, 0.2))
            shares = int(likes * rng.uniform(0.0, 0.12))
            score = likes + comments + shares
        query_id, query_name = QUERIES[brand]
        out.append(
            [
                query_id,
                query_name,
                f"{r.utc:%Y-%m-%d %H:%M:%S}.0",
                r.title,
                text if len(text) <= 100 else text[:100].rsplit(" ", 1)[0],
                url,
                domain,
                r.sentiment,
                page,
                r.lang,
                "Kazakhstan" if rng.random() < 0.005 else "Russia",
                r.author if page != "news" else domain,
                r.name if page != "news" else "",
                text,
                ", ".join(tags),
                int(rch),
                score,
                likes,
                comments,
                shares,
                str(mid),
                kind,
            ]
        )
    table = pd.DataFrame(out, columns=COLUMNS)
    assert table["Url"].is_unique
    return table
