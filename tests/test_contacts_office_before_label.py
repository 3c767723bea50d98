"""A contact's label after the office the person works in, glued to it, on a contact line
of the closing (fields/contacts.py ``_office_before``, labels.opening_label): an office's
name (县林业局联系人：), the letter's own words (本部门联系人：, 本单位联系人：, 我镇联系人：)
or both (我区林业局联系人：, 本局造林科联系人：). The line is a contact's, under the date
or above the signature, the signature and its date read; the org is the office the words
name, the letter's own words none of it (an authority's, 本局造林科 → 造林科; a place's,
its level kept with the office, 我区林业局 → 区林业局); the own words alone name none.
A leader's label glued after a suffix's words (承办负责人：) names no office. Snippets are
invented (contacts53)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import SIGNED_REPLY, glued, spaced
from spans import span_problems

PHONE = "0000-5550177"
SIGNER = ("某县交通运输局", "2024-05-10")

Contact = tuple[str | None, str | None, str | None]


def _read(letter_text: str) -> list[Contact]:
    letter = parse_text(letter_text, keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == SIGNER
    assert span_problems(letter) == []
    return [(c.name, c.org, c.phone) for c in letter.contacts]


def _under_date(line: str) -> list[Contact]:
    return _read(SIGNED_REPLY + line + "\n")


def _above_signer(line: str) -> list[Contact]:
    body, signer = SIGNED_REPLY.split("某县交通运输局\n")
    return _read(body + line + "\n某县交通运输局\n" + signer)


OFFICE_FIRST = [
    pytest.param("本部门联系人", None, id="own-department"),
    pytest.param("本单位联系人", None, id="own-unit"),
    pytest.param("我镇联系人", None, id="own-town"),
    pytest.param("本市联系人", None, id="own-city"),
    pytest.param("我局联系人", None, id="own-bureau"),
    pytest.param("县林业局联系人", "县林业局", id="office"),
    pytest.param("某县林业局森防站联系人", "某县林业局森防站", id="office-and-section"),
    pytest.param("我区林业局联系人", "区林业局", id="own-district-office"),
    pytest.param("本县林业局承办人", "县林业局", id="own-county-office-handler"),
    pytest.param("本局造林科联系人", "造林科", id="own-bureau-section"),
    pytest.param("我局办公室经办人", "办公室", id="own-bureau-office"),
]


@pytest.mark.parametrize(("label", "org"), OFFICE_FIRST)
def test_office_before_label_under_the_date(label: str, org: str | None) -> None:
    assert _under_date(f"{label}：欧某某  电话：{PHONE}") == [("欧某某", org, PHONE)]


@pytest.mark.parametrize(("label", "org"), OFFICE_FIRST)
def test_office_before_label_comma_separated(label: str, org: str | None) -> None:
    assert _under_date(f"{label}：欧某某，电话：{PHONE}") == [("欧某某", org, PHONE)]


@pytest.mark.parametrize(("label", "org"), OFFICE_FIRST)
def test_office_before_label_above_the_signer(label: str, org: str | None) -> None:
    assert _above_signer(f"{label}：欧某某  电话：{PHONE}") == [("欧某某", org, PHONE)]


def test_leader_label_after_its_own_words_names_no_office() -> None:
    assert _under_date(f"承办人及联系电话：{PHONE}\n承办负责人：欧某") == [(None, None, PHONE)]


def test_authority_apart_from_the_label_stays_the_authority() -> None:
    found = _under_date(f"某县林业局    联系人：欧某某  电话：{PHONE}")
    assert found == [("欧某某", "某县林业局", PHONE)]


# A body's last paragraph whose clause names an office before a glued label is a sentence,
# no contact line: the words before the label are no office's name (orgnames.names_in_clause;
# review53c: contacts53 read a contact there, its name the words after the colon and its org
# the clause).
CLAUSES = [
    pytest.param("由县林业局联系人：欧某某负责对接", id="preposition"),
    pytest.param("此事已转县林业局联系人：欧某某跟进", id="what-was-done"),
    pytest.param("已告知县林业局联系人：抓紧办理", id="what-was-done-no-name"),
]


@pytest.mark.parametrize("clause", CLAUSES)
def test_clause_naming_an_office_before_a_label_is_no_contact(clause: str) -> None:
    text = SIGNED_REPLY.replace("感谢您对我们工作的支持。", f"{clause}，电话{PHONE}。")
    assert _read(text) == []


def test_clause_before_a_label_under_the_date_names_no_office() -> None:
    # (under the date the line is a contact's all the same; its clause is no org)
    assert _under_date("请县林业局联系人：欧某某") == [("欧某某", None, None)]


# The same label written with no colon, the person's name right after it (signers54): the
# line is a contact's all the same, the signature above or over it read. The name opens with
# a surname (or a middle dot parts it) and ends the value: a separator, a blank, the phone's
# label or the line's end after it.
@pytest.mark.parametrize(("label", "org"), OFFICE_FIRST)
def test_office_before_label_without_colon(label: str, org: str | None) -> None:
    assert _under_date(f"{label}欧某某，电话：{PHONE}") == [("欧某某", org, PHONE)]


@pytest.mark.parametrize(("label", "org"), OFFICE_FIRST)
def test_office_before_label_without_colon_above_the_signer(label: str, org: str | None) -> None:
    assert _above_signer(f"{label}欧某某  联系电话：{PHONE}") == [("欧某某", org, PHONE)]


def test_label_without_colon_over_the_phone_line() -> None:
    assert _under_date(f"本部门联系人欧某\n联系电话：{PHONE}") == [("欧某", None, PHONE)]


def test_label_without_colon_before_a_dotted_name() -> None:
    assert _under_date(f"本单位联系人艾某·某某  手机：{PHONE}") == [("艾某·某某", None, PHONE)]


NO_NAME_AFTER = [
    pytest.param("本部门联系人制度已经建立", id="a-word-of-the-body"),
    pytest.param("我局联系人员分工明确", id="label-word-runs-on"),
]


@pytest.mark.parametrize("line", NO_NAME_AFTER)
def test_label_without_colon_before_no_name_is_none(line: str) -> None:
    assert _under_date(line) == []


# A sentence that holds a contact's label and its colon (signers54): its words after the
# colon are no person's name when they open with a joiner (及时…, 与…) or, after a clause that
# names an office (请县林业局联系人：…), hold no name opening with a surname.
SENTENCES_WITH_A_LABEL = [
    pytest.param("请县林业局联系人：及时上报统计数据", id="clause-then-a-joiner"),
    pytest.param("请县林业局联系人：尽快上报数据", id="clause-then-a-verb"),
    pytest.param("联系人：及时上报统计数据", id="label-then-a-joiner"),
    pytest.param("联系人：与县林业局做好衔接", id="label-then-with"),
]


@pytest.mark.parametrize("line", SENTENCES_WITH_A_LABEL)
def test_sentence_holding_a_label_is_no_contact(line: str) -> None:
    assert _under_date(line) == []


# A copy that lost its line breaks (flattened with blanks, or glued with nothing) keeps the
# office glued before the label on the contact's line, as the line form reads it: the org
# as written, a level alone kept (县政府联系人：), the signature before it read (signers54).
FLATTENED = [
    pytest.param("县政府联系人", "县政府", id="government-by-its-level"),
    pytest.param("县林业局联系人", "县林业局", id="office"),
    pytest.param("本部门联系人", None, id="own-department"),
    pytest.param("我区林业局联系人", "区林业局", id="own-district-office"),
]


@pytest.mark.parametrize(("label", "org"), FLATTENED)
@pytest.mark.parametrize("flatten", [glued, spaced], ids=["glued", "spaced"])
def test_office_before_label_in_a_flattened_copy(
    label: str, org: str | None, flatten: Callable[[str], str]
) -> None:
    text = flatten(SIGNED_REPLY + f"{label}：欧某某\n联系电话：{PHONE}\n")
    assert _read(text) == [("欧某某", org, PHONE)]
