"""Voice of the customer: what people talk about, praise and complain about, the questions they ask — in their
words; and the sentiment model taught by the team."""

import streamlit as st

from dashboard import charts, page, present, state, tables
from dashboard.safe import md
from resonance import say
from resonance.i18n import NO_VALUE, format_number, format_relative, t

ctx = page.start("voice")
scope = ctx.scope
lang, tz = scope.lang, scope.tz
voice = state.voice(scope)

presenting = present.active()
QUOTES = 3 if presenting else 8  # a slide holds three of each, large enough to read across the room
THEME_QUOTES = 2  # quotes under each theme on the page


def quote_cards(frame, limit: int) -> None:
    """Real mentions as quotes: the text, then who wrote it, where and when."""
    shown = tables.formatted(frame.head(limit), {"platform": "platform", "published_at": "moment"}, lang, tz=tz)
    for _, row in shown.iterrows():
        with st.container(border=True):
            st.markdown(f"> {md(row['text'])}")
            st.caption(
                md(
                    " · ".join(
                        row[c] for c in ("author", "platform", "published_at") if c in row and row[c] != NO_VALUE
                    )
                )
            )


def size_line(row) -> str:
    """A theme's size and its change against the previous period (or that it is new)."""
    parts = [t("voice.theme_size", lang, n=format_number(int(row["mentions"]), lang))]
    if bool(row["new"]):
        parts.append(t("voice.theme_new", lang))
    elif row["change"] == row["change"]:  # a number: the theme was there the period before
        parts.append(t("voice.theme_change", lang, change=format_relative(float(row["change"]), lang)))
    return " · ".join(parts)


def theme_section(found, title: str, about: str, key: str) -> None:
    """Themes (or complaint groups) as bars by sentiment, then each with its size, change and quotes."""
    st.subheader(title)
    if found.table.empty:
        st.caption(t("voice.themes_none", lang))
        return
    st.plotly_chart(charts.theme_bars(found.table, lang, large=presenting), width="stretch", key=f"{key}_chart")
    if not presenting:
        columns = st.columns(2)
        for i, row in found.table.head(4).iterrows():
            with columns[i % 2]:
                st.markdown(f"**{md(row['theme'])}**")
                st.caption(md(" · ".join([size_line(row), ", ".join(row["terms"][:3])])))
                quote_cards(found.quotes[int(row["id"])], THEME_QUOTES)
    st.caption(t(about, lang, texts=format_number(found.texts, lang)))


if not presenting:
    theme_section(voice.themes, t("voice.themes", lang), "voice.themes_method", "voice_themes")

left, right = st.columns(2)
for column, sentiment in ((left, "positive"), (right, "negative")):
    with column:
        st.subheader(t(f"voice.words.{sentiment}", lang))
        words = voice.terms[sentiment]
        if words.empty:
            st.caption(t("voice.none", lang))
        elif presenting:  # the words themselves, large; their counts are in the page's table
            with st.container(key=f"voice_slide_terms_{sentiment}"):
                st.markdown(md(", ".join(str(w) for w in words["term"].head(8))))
        else:
            # A sentiment column that says nothing (all zero, or each row's total again) is left out.
            words = tables.without_silent_columns(
                words.drop(columns=["phrase"]), ["positive", "neutral", "negative"], total="mentions"
            )
            words = tables.formatted(
                words,
                {"mentions": "count", "share": "percent", "positive": "count", "neutral": "count", "negative": "count"},
                lang,
                tz=tz,
            )
            tables.dataframe(
                words.rename(columns={c: t(f"voice.col.{c}", lang) for c in words.columns}),
                hide_index=True,
                width="stretch",
                key=f"voice_terms_{sentiment}",
            )

if not presenting:
    theme_section(voice.complaint_groups, t("voice.complaint_groups", lang), "voice.groups_method", "voice_groups")


def quotes(title: str, frame, key: str) -> None:
    st.subheader(title)
    if frame.empty:
        st.caption(t("voice.none", lang))
        return
    with st.container(key=key):
        quote_cards(frame, QUOTES)


left, right = st.columns(2)
with left:
    quotes(t("voice.questions", lang), voice.questions, "voice_questions")
with right:
    quotes(t("voice.complaints", lang), voice.complaints, "voice_complaints")
if not presenting:
    st.subheader(t("voice.unanswered", lang))
    if voice.unanswered is None:
        st.caption(t("voice.unanswered_unknown", lang))
    elif voice.unanswered.empty:
        st.caption(t("voice.unanswered_none", lang))
    else:
        quote_cards(voice.unanswered, QUOTES)
st.caption(t("voice.one_heading", lang) + " " + t("voice.note", lang))


# --- teaching the model: a person codes the mentions that teach it most, by keyboard ---
ROUND = 10  # codes after which the model learns (and the agreement is measured again)
CHOICES: tuple[tuple[str | None, str], ...] = (("negative", "1"), ("neutral", "2"), ("positive", "3"), (None, "0"))


def code(key: str, brand: str | None, text: str, sentiment: str | None) -> None:
    """A button's (or its key's) code: written at once; at the end of a round the model learns."""
    if sentiment is None:
        st.session_state["voice_skipped"] = (*st.session_state.get("voice_skipped", ()), key)
        return
    workspace = state.current_workspace()
    round_id, _ = workspace.code(brand, text, sentiment, round_id=st.session_state.get("voice_round"))
    done = st.session_state.get("voice_round_codes", 0) + 1
    st.session_state["voice_round"], st.session_state["voice_round_codes"] = round_id, done
    if done >= ROUND:
        learn_now()


def learn_now() -> None:
    with st.spinner(t("voice.teach.learning", lang)):
        state.current_workspace().relearn()
    st.session_state["voice_round"], st.session_state["voice_round_codes"] = None, 0
    st.session_state["voice_learnt"] = True  # every figure of the page changes: it is drawn again whole


@st.fragment
def teach() -> None:
    """The model's state and the mention to code next. A code reruns this part alone, with the workspace's
    new version: the themes and terms above are not computed again for every key pressed (they are at the
    end of a round, when the model has learnt and every sentiment may have changed)."""
    if st.session_state.pop("voice_learnt", False):
        st.rerun()
    current = state.scope()
    model = state.sentiment_model(current.snapshot)
    with st.container(key="voice_model"):
        st.markdown(md(say.model_status(model, lang)))
        details = say.agreement_details(model, lang)
        if details:
            st.caption(md(details))
    if presenting:
        return
    st.caption(t("voice.teach.about", lang, round=ROUND))
    waiting = state.to_code(current, tuple(st.session_state.get("voice_skipped", ())))
    if waiting.empty:
        st.caption(t("voice.teach.nothing", lang))
    else:
        item = waiting.iloc[0]
        shown = tables.formatted(waiting.head(1), {"platform": "platform", "published_at": "moment"}, lang, tz=tz)
        said = t("voice.teach.model_says", lang, sentiment=say.label("sentiment", item["sentiment"], lang))
        with st.container(border=True, key="voice_teach_card"):
            st.markdown(f"### {md(item['text'])}")
            where = [str(item["brand"]), shown["platform"].iloc[0], shown["published_at"].iloc[0], said]
            st.caption(md(" · ".join([*where, t("voice.teach.same_text", lang, n=int(item["mentions"]))])))
        buttons = st.columns(4)
        for column, (choice, shortcut) in zip(buttons, CHOICES, strict=True):
            column.button(
                t(f"voice.teach.{choice or 'skip'}", lang),
                key=f"voice_code_{choice or 'skip'}",
                shortcut=shortcut,
                on_click=code,
                args=(item["key"], item["brand"], item["text"], choice),
                type="primary" if choice else "secondary",
                width="stretch",
            )
    done = st.session_state.get("voice_round_codes", 0)
    left, right = st.columns([3, 1], vertical_alignment="center")
    left.caption(t("voice.teach.round", lang, done=done, round=ROUND) + " " + t("voice.teach.undo", lang))
    right.button(t("voice.teach.learn_now", lang), key="voice_learn_now", on_click=learn_now, disabled=not done)


st.subheader(t("voice.teach.title", lang))
teach()
