"""The CSS that puts our words in place of the file uploader's English takes plain words only."""

import pytest

from dashboard.style import uploader_css
from resonance.i18n import LANGUAGES, t


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_uploader_words_of_every_language_are_plain(lang):
    css = uploader_css(
        button=t("data.uploader_button", lang),
        drop=t("data.uploader_drop", lang),
        hint=t("data.uploader_hint", lang, size="200"),
    )
    assert f'content: "{t("data.uploader_button", lang)}"' in css


@pytest.mark.parametrize("words", ['Файлы"; } body { display: none', 'a\\"b', "</style><script>", "line\nbreak"])
def test_anything_but_plain_words_is_refused(words):
    with pytest.raises(ValueError):
        uploader_css(button=words, hint="CSV", drop="Сюда")
