"""A unit's name alone under the title of a letter with no salutation that is no body the
letter answers: the value of a label left empty after its colon right above it
(``承办单位：`` / ``某县某局``, ``办理单位：`` / …), and the letter's own authority written short
where it signs in full (``县交通局`` over the opening, signed ``某县交通运输局``). An earlier
round read each as the addressee. A unit's name alone under the title, with no label over
it and no signer it shortens, still is one. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于县九届人大二次会议第31号建议的答复\n"
OPENING = "你提出的关于修缮某村桥梁的建议收悉，现答复如下：我局已将该桥列入明年计划。\n"
CLOSING = "溪口县交通运输局\n2031年4月9日\n"
UNIT = "溪口县住房和城乡建设局"


def _addressees(text: str, signer: str = "溪口县交通运输局") -> list[tuple[str, str | None]]:
    letter = parse_text(text, keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == (signer, "2031-04-09")
    return [(a.name, a.role) for a in letter.addressees]


@pytest.mark.parametrize("label", ["承办单位：", "办理单位：", "主办单位：", "签发人："])
def test_the_value_under_an_empty_label_is_no_addressee(label: str) -> None:
    assert _addressees(f"{TITLE}{label}\n{UNIT}\n{OPENING}{CLOSING}") == []


def test_the_value_under_a_label_below_the_number_is_no_addressee() -> None:
    text = f"{TITLE}溪交函〔2031〕7号\n承办单位：\n{UNIT}\n{OPENING}{CLOSING}"
    assert _addressees(text) == []


def test_a_unit_alone_under_the_title_is_still_addressed() -> None:
    assert _addressees(f"{TITLE}{UNIT}\n{OPENING}{CLOSING}") == [(UNIT, None)]


def test_a_unit_under_a_label_with_its_value_is_still_addressed() -> None:
    text = f"{TITLE}承办单位：溪口县交通运输局\n{UNIT}\n{OPENING}{CLOSING}"
    assert _addressees(text) == [(UNIT, None)]


SHORT_FORMS = [
    pytest.param("县交通局", "溪口县交通运输局", id="transport"),
    pytest.param("县住建局", "溪口县住房和城乡建设局", id="housing"),
    pytest.param("溪口县教体局", "溪口县教育和体育局", id="place-whole"),
    pytest.param("市自然资源局", "某市自然资源和规划局", id="resources"),
]


@pytest.mark.parametrize(("short", "signer"), SHORT_FORMS)
@pytest.mark.parametrize("dated", ["\n", " "], ids=["date-below", "date-beside"])
def test_the_own_authority_written_short_is_no_addressee(
    short: str, signer: str, dated: str
) -> None:
    text = f"{TITLE}{short}\n{OPENING}{signer}{dated}2031年4月9日\n"
    assert _addressees(text, signer) == []


@pytest.mark.parametrize(
    "other",
    [
        pytest.param("县住建局", id="other-unit"),
        pytest.param("县交警局", id="a-character-the-signer-lacks"),
    ],
)
def test_another_unit_written_short_is_still_addressed(other: str) -> None:
    assert _addressees(f"{TITLE}{other}\n{OPENING}{CLOSING}") == [(other, None)]


@pytest.mark.parametrize(
    ("lead", "signer"),
    [
        pytest.param("市交通运输局", "澜州市溪口区交通运输局", id="city-bureau-by-district's"),
        pytest.param("市教育局", "某市某区教育局", id="city-bureau-by-district's-bare"),
        pytest.param("县人民政府", "溪口县青石镇人民政府", id="county-by-town"),
        pytest.param("市公安局", "某市某县公安局", id="city-by-county"),
    ],
)
def test_the_body_over_the_signer_is_still_addressed(lead: str, signer: str) -> None:
    # (a lower body's 会办意见 to the lead unit over it, the same kind of office: the
    # signer's name holds the lead's characters in their order, but its place under the
    # lead's place, 某区 after 市, makes it another body, no full form of the lead's name)
    text = f"{TITLE}{lead}\n{OPENING}{signer}\n2031年4月9日\n"
    assert _addressees(text, signer) == [(lead, None)]
