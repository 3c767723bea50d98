"""Every vocabulary data file loads, and mapping files hold only valid values."""

from __future__ import annotations

from importlib import resources

import pytest

from replyparse import vocab

DATA_FILES = sorted(
    p.name.removesuffix(".txt")
    for p in resources.files("replyparse.data").iterdir()
    if p.name.endswith(".txt")
)
MAPPINGS = {
    "handling_types": {"A", "B", "C", "D"},
    "public_values": {"true", "false"},
    "public_notes": {"true", "false"},
}


@pytest.mark.parametrize("name", DATA_FILES)
def test_word_list_loads(name: str) -> None:
    entries = vocab.words(name)
    assert entries, f"data/{name}.txt is empty"
    assert all(e == e.strip() for e in entries)


@pytest.mark.parametrize("name", sorted(MAPPINGS))
def test_mapping_values_are_valid(name: str) -> None:
    table = vocab.mapping(name)
    assert table
    assert set(table.values()) <= MAPPINGS[name]


def test_jieba_user_dictionary_lines_have_word_frequency_tag() -> None:
    for line in vocab.words("jieba_user"):
        word, freq, tag = line.split()
        assert word and int(freq) > 0 and tag.isalpha()
