"""Tables nobody named: recognised by Russian or English column names, or mapped once by the user."""

import pytest

from metrics import store
from metrics.ingest import IngestError, read_export
from metrics.ingest.mapping import Mapping, MappingError, from_pairs
from resonance import say

MENTIONS = (
    "Дата;Текст;Источник;Тональность;Охват\n"
    "16.11.2026 10:15;Зерно открыло точку на Тверской;ВКонтакте;позитив;1 200\n"
    "16.11.2026 12:40;Очередь в Зерне на полчаса;Telegram;негатив;300\n"
    "17.11.2026 09:00;Кофе как кофе;Отзывы;нейтрально;\n"
)
STRANGE = "Когда;Что написали;Где\n16.11.2026;Вкусный раф;vk\n17.11.2026;Холодный кофе;telegram\n"


def test_a_mentions_table_with_russian_columns_and_label_variants():
    result = read_export(MENTIONS.encode("cp1251"), name="мониторинг.csv", brand="Зерно")
    assert result.format_id == "generic_mentions"
    frame = result.frame
    assert frame["sentiment"].tolist() == ["positive", "negative", "neutral"]
    assert frame["brand"].tolist() == ["Зерно"] * 3
    assert frame["platform"].tolist() == ["vk", "telegram", "review"]
    assert frame["reach"].tolist()[:2] == [1200, 300] and frame["reach"].isna().tolist()[2]


def test_a_mentions_table_with_lower_case_english_columns_reads_every_one():
    data = (
        "date,brand,platform,author,text,reach,likes,comments,shares,sentiment\n"
        "2025-03-14 17:54,Зерно,vk,ann,Вкусный кофе,100,1,0,0,positive\n"
        "2025-03-15 10:00,Крона,telegram,bob,Long queue,50,0,1,0,negative\n"
    ).encode()
    result = read_export(data, name="mentions.csv")
    assert result.format_id == "generic_mentions"
    assert result.unused_columns == []
    assert result.frame["platform"].tolist() == ["vk", "telegram"]
    assert result.frame["brand"].tolist() == ["Зерно", "Крона"]


def test_an_audience_table_with_english_columns():
    data = b"Date,Followers,New followers,Unfollows,Platform\n2026-11-16,1200,30,4,VK\n2026-11-17,1226,31,5,VK\n"
    result = read_export(data, name="followers.csv")
    assert result.format_id == "generic_audience"
    assert result.frame[["platform", "followers", "followers_gained"]].values.tolist() == [
        ["vk", 1200, 30],
        ["vk", 1226, 31],
    ]


def test_unknown_columns_are_offered_for_mapping_and_the_mapping_is_used_next_time(tmp_path):
    with pytest.raises(IngestError) as caught:
        read_export(STRANGE.encode(), name="week46.csv")
    assert caught.value.headers == ["Когда", "Что написали", "Где"]

    mapping = Mapping(
        "mentions", {"published_at": "Когда", "text": "Что написали", "platform": "Где"}, tuple(caught.value.headers)
    )
    workspace = store.open_workspace(tmp_path / "w.duckdb")
    try:
        workspace.update_settings(brand="Зерно")
        workspace.save_mapping(mapping)
        # Next week's file has the same columns in another order: read without asking.
        next_week = "Где;Когда;Что написали\nvk;23.11.2026;Отличный сервис\n"
        report = workspace.import_file(next_week.encode(), name="week47.csv")
        assert report.error is None
        assert report.tables[0].format_id == "mapping" and report.tables[0].added == 1
        mentions = workspace.read("mentions", with_text=True)
        assert mentions[["brand", "platform", "text"]].values.tolist() == [["Зерно", "vk", "Отличный сервис"]]
    finally:
        workspace.close()


def test_a_mapping_must_cover_the_required_columns(tmp_path):
    workspace = store.open_workspace(tmp_path / "w.duckdb")
    try:
        with pytest.raises(ValueError, match="published_at"):
            workspace.save_mapping(Mapping("mentions", {"text": "Что написали"}, ("Когда", "Что написали")))
    finally:
        workspace.close()


def test_a_chosen_mapping_is_applied_even_where_a_known_format_matches():
    # The generic reader knows «Дата» and «Текст»; the user says the text is in «Источник».
    mapping = from_pairs("mentions", ["дата=published_at", "ИСТОЧНИК=text"])
    result = read_export(MENTIONS.encode(), name="мониторинг.csv", mapping=mapping)
    assert result.format_id == "mapping" and result.rows_read == 3
    assert result.frame["text"].tolist() == ["ВКонтакте", "Telegram", "Отзывы"]
    # What was applied names the columns as the file spells them, with the file's whole header.
    assert result.mapping.columns == {"published_at": "Дата", "text": "Источник"}
    assert result.mapping.headers == ("Дата", "Текст", "Источник", "Тональность", "Охват")


def test_a_chosen_mapping_naming_absent_columns_lists_the_files_columns():
    mapping = from_pairs("mentions", ["Когда=published_at", "Что=text"])
    with pytest.raises(IngestError) as caught:
        read_export(STRANGE.encode(), name="week46.csv", mapping=mapping)
    assert caught.value.code == "mapped_columns_absent"
    assert say.problem(caught.value, "en") == (
        "week46.csv: the mapping names columns the file does not have: «Что». "
        "The file's columns: «Когда», «Что написали», «Где»."
    )


@pytest.mark.parametrize(
    ("table", "pairs", "code"),
    [
        ("mentions", ["Когда"], "not_a_pair"),
        ("mentions", ["Когда=when"], "unknown_field"),
        ("mentions", ["Когда=published_at", "Что=text", "Где=text"], "field_twice"),
        ("mentions", ["Что=text"], "unmapped_required"),
        ("posts", ["Когда=published_at", "ID=post_id"], "unmapped_required"),  # posts have no default platform
    ],
)
def test_a_typed_mapping_is_checked_before_any_file_is_read(table, pairs, code):
    with pytest.raises(MappingError) as caught:
        from_pairs(table, pairs)
    assert caught.value.code == code


def test_a_source_with_an_equals_sign_is_split_on_the_last_one():
    assert from_pairs("mentions", ["a=b=published_at"]).columns == {"published_at": "a=b"}
