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


def test_label_table_loads_with_unique_spellings() -> None:
    entries = vocab.labels()
    assert entries
    assert len({e.spelling for e in entries}) == len(entries)
    assert all(e.spelling == e.spelling.strip() and e.spelling for e in entries)


LABEL_FIELDS_READ = ["handling_type", "public", "leader", "cc", *vocab.CONTACT_FIELDS]


@pytest.mark.parametrize("field", LABEL_FIELDS_READ)
def test_label_table_has_labels_for(field: vocab.LabelField) -> None:
    assert any(e.is_label for e in vocab.labels_of(field))


MARK_VALUES = {"handling_type": {"A", "B", "C", "D"}, "public": {"true", "false"}}


@pytest.mark.parametrize("field", sorted(MARK_VALUES))
def test_marks_give_valid_values(field: vocab.LabelField) -> None:
    marks = [e for e in vocab.labels_of(field) if e.needs == "alone"]
    assert marks
    assert {e.value for e in marks} <= MARK_VALUES[field]


def test_public_marks_agree_with_the_value_table() -> None:
    """A mark written as a value after a label means the same in both tables."""
    values = vocab.mapping("public_values")
    for e in vocab.labels_of("public"):
        if e.needs == "alone" and e.spelling in values:
            assert values[e.spelling] == e.value, e.spelling


def test_contact_labels_are_asked_for_by_their_fields() -> None:
    contact = vocab.labels_of(*vocab.CONTACT_FIELDS)
    assert {e.field for e in contact} == set(vocab.CONTACT_FIELDS)
    assert "联系人" in {e.spelling for e in contact}
    assert "签发人" not in {e.spelling for e in contact}


BAD_ROWS = [
    pytest.param("联系人\tnobody\tstart\tclosing", id="unknown-field"),
    pytest.param("联系人\tcontact_name\tsometimes\tclosing", id="unknown-needs"),
    pytest.param("联系人\tcontact_name\tstart\tfooter", id="unknown-zone"),
    pytest.param("B类\thandling_type\talone\tboth", id="mark-without-value"),
    pytest.param("联系人\tcontact_name\tstart\tclosing\tA", id="label-with-value"),
    pytest.param("联系人\tcontact_name", id="too-few-cells"),
]


@pytest.mark.parametrize("row", BAD_ROWS)
def test_label_table_rejects_a_bad_row(row: str) -> None:
    with pytest.raises(ValueError, match=r"labels\.tsv"):
        vocab.parse_label_row(row)
