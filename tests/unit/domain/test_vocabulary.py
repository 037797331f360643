"""The one label table for channel, direction and contacted party, and everything that reads it."""

from __future__ import annotations

import pytest

from desktop.domain import vocabulary
from desktop.domain.contact_export import export_rows
from desktop.domain.contacts import Channel, Contact, Direction, Relation
from desktop.domain.errors import UserError
from desktop.domain.importing.values import parse_channel, parse_direction, parse_relation
from desktop.domain.text import LANGUAGES

TABLES = [(vocabulary.CHANNELS, Channel, parse_channel), (vocabulary.RELATIONS, Relation, parse_relation)]


@pytest.mark.parametrize(("table", "codes"), [(vocabulary.CHANNELS, Channel), (vocabulary.DIRECTIONS, Direction),
                                              (vocabulary.RELATIONS, Relation)])
def test_every_stored_code_has_one_term_with_every_form_filled_in(table, codes):
    assert list(table) == [str(c) for c in codes], "one term per code, in the order the forms offer them"
    for term in table.values():
        for text in (term.label, term.report, term.word):
            assert text.zh.strip() and text.en.strip(), term.code
        assert term.word.en == term.code, "the English CSV word is the stored code"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("table", "codes", "parse"), TABLES)
def test_the_csv_word_of_every_code_is_read_back_as_that_code(table, codes, parse, lang):
    for code in codes:
        assert parse(table[code].word.in_(lang)) == code


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_csv_direction_words_are_read_back_with_the_answer(lang):
    words = vocabulary.DIRECTIONS
    assert parse_direction(words[Direction.INCOMING].word.in_(lang)) == (Direction.INCOMING, True)
    assert parse_direction(words[Direction.OUTGOING].word.in_(lang)) == (Direction.OUTGOING, True)
    assert parse_direction(words[Direction.MISSED].word.in_(lang)) == (Direction.MISSED, False)
    assert parse_direction(vocabulary.OUTGOING_UNANSWERED.in_(lang)) == (Direction.OUTGOING, False)


@pytest.mark.parametrize(("table", "parse", "extra"), [
    (vocabulary.CHANNELS, parse_channel, ()),
    (vocabulary.DIRECTIONS, parse_direction, (vocabulary.OUTGOING_UNANSWERED,)),
    (vocabulary.RELATIONS, parse_relation, ()),
])
def test_an_unknown_value_is_answered_with_the_words_of_the_table(table, parse, extra):
    with pytest.raises(UserError) as caught:
        parse("飞鸽传书")
    assert "、".join(vocabulary.file_words(table, "zh_CN", *extra)) in caught.value.message("zh_CN")
    assert ", ".join(vocabulary.file_words(table, "en", *extra)) in caught.value.message("en")


def test_the_csv_export_writes_the_words_of_the_table():
    contact = Contact(channel=Channel.THIRD_PARTY, direction=Direction.OUTGOING, answered=False,
                      contacted_party=Relation.OTHER)
    zh, en = (export_rows([contact], {}, lang)[1][0] for lang in LANGUAGES)
    assert (zh[1], zh[2], zh[7]) == ("联系他人", "去电未接通", "其他")
    assert (en[1], en[2], en[7]) == ("third_party", "outgoing unanswered", "other")


def test_labels_read_in_the_language_asked_and_unknown_codes_read_as_themselves():
    assert vocabulary.label(vocabulary.CHANNELS, "call", "zh_CN") == "电话"
    assert vocabulary.label(vocabulary.CHANNELS, Channel.CALL, "en") == "Phone call"
    assert vocabulary.report_label(vocabulary.RELATIONS, "self", "en") == "self"
    assert vocabulary.label(vocabulary.RELATIONS, "self", "en") == "Me", "on screen the user reads about themself"
    assert vocabulary.label(vocabulary.CHANNELS, "pigeon", "en") == "pigeon"
    assert vocabulary.label(vocabulary.CHANNELS, None, "en") == "" == vocabulary.report_label(vocabulary.CHANNELS, "", "zh_CN")
