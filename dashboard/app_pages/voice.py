"""Voice of the customer: what people praise and complain about, the questions they ask — in their words."""

import streamlit as st

from dashboard import page, present, state, tables
from dashboard.safe import md
from resonance.i18n import NO_VALUE, t

ctx = page.start("voice")
scope = ctx.scope
lang, tz = scope.lang, scope.tz
terms, questions, complaints = state.voice(scope)

presenting = present.active()
QUOTES = 3 if presenting else 8  # a slide holds three of each, large enough to read across the room

left, right = st.columns(2)
for column, sentiment in ((left, "positive"), (right, "negative")):
    with column:
        st.subheader(t(f"voice.words.{sentiment}", lang))
        words = terms[sentiment]
        if words.empty:
            st.caption(t("voice.none", lang))
        elif presenting:  # the words themselves, large; their counts are in the page's table
            with st.container(key=f"voice_slide_terms_{sentiment}"):
                st.markdown(md(", ".join(str(w) for w in words["term"].head(8))))
        else:
            # A sentiment column that says nothing (all zero, or each row's total again) is left out.
            words = tables.without_silent_columns(words, ["positive", "neutral", "negative"], total="mentions")
            words = tables.formatted(
                words,
                {"mentions": "count", "share": "percent", "positive": "count", "neutral": "count", "negative": "count"},
                lang,
                tz=tz,
            )
            st.dataframe(
                words.rename(columns={c: t(f"voice.col.{c}", lang) for c in words.columns}),
                hide_index=True,
                width="stretch",
                key=f"voice_terms_{sentiment}",
            )


def quotes(title: str, frame, key: str) -> None:
    st.subheader(title)
    if frame.empty:
        st.caption(t("voice.none", lang))
        return
    shown = tables.formatted(frame.head(QUOTES), {"platform": "platform", "published_at": "moment"}, lang, tz=tz)
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


left, right = st.columns(2)
with left:
    quotes(t("voice.questions", lang), questions, "voice_questions")
with right:
    quotes(t("voice.complaints", lang), complaints, "voice_complaints")
st.caption(t("voice.one_heading", lang) + " " + t("voice.note", lang))
