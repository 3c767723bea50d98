"""What a cited 发文字号 is, read off the words around it (fields/references.py).

- The issuer code starts after the name of the authority glued before it: `依据省财政厅
  某财教〔2021〕12号` cites `某财教〔2021〕12号` (an ending no code holds, 办公室, 人民政府…;
  or 厅, 局, 部, 政府 closing a name that opens with its level, 省, 市, 县…, two code
  characters at least after it). Codes that hold such an ending (`人社部发`, `人社厅发`,
  `某市监局发`) stay whole.
- The letter's own 发文字号 written again below the header (under the signature, in a
  sentence) is still the letter's own: no reference.
- A number whose code is a kind word or a label (`人大建议〔2024〕25号`, `提案〔2023〕第12号`)
  numbers the proposal, as a number that lost a bracket does: no reference.

Snippets invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from test_real_letters import SIGN, letter

HEAD = "某县交通运输局\n某交函〔2024〕18号"


def _numbers(body: str, closing: str = SIGN) -> list[str]:
    record = parse_text(letter(head=HEAD, body=body, closing=closing), keywords=False)
    assert record.doc_number is not None and record.doc_number.text == "某交函〔2024〕18号"
    for ref in record.references:
        assert record.text[ref.span[0] : ref.span[1]] == ref.text
    return [r.text for r in record.references if r.kind == "doc_number"]


AUTHORITY_BEFORE_CODE = [
    pytest.param(
        "依据省财政厅某财教〔2021〕12号文件下达资金。", "某财教〔2021〕12号", id="province-dept"
    ),
    pytest.param(
        "按照市人民政府办公室某政办发〔2022〕40号文件执行。",
        "某政办发〔2022〕40号",
        id="long-name-office",
    ),
    pytest.param(
        "按照县委办公室某办发〔2022〕3号通知要求。", "某办发〔2022〕3号", id="party-office"
    ),
    pytest.param(
        "根据省住房和城乡建设厅某建城〔2023〕7号文件精神。",
        "某建城〔2023〕7号",
        id="name-longer-than-a-code",
    ),
    pytest.param("经研究，县政府某政复〔2023〕6号文已批复。", "某政复〔2023〕6号", id="county-gov"),
    pytest.param("落实市交通运输局某交规〔2020〕2号文件。", "某交规〔2020〕2号", id="city-bureau"),
    pytest.param(
        "落实好市委办公室、市政府办公室某办字〔2023〕12号文件。",
        "某办字〔2023〕12号",
        id="joint-offices",
    ),
    pytest.param(
        "按照市人大常委会某人常〔2021〕4号文件办理。", "某人常〔2021〕4号", id="standing-committee"
    ),
]

CODE_HOLDS_AN_ENDING = [
    pytest.param(
        "根据人社部发〔2019〕12号文件精神。", "人社部发〔2019〕12号", id="one-char-after-bu"
    ),
    pytest.param(
        "根据某人社厅发〔2019〕9号文件。", "某人社厅发〔2019〕9号", id="one-char-after-ting"
    ),
    pytest.param(
        "根据工信部联规〔2020〕15号文件。", "工信部联规〔2020〕15号", id="no-level-before"
    ),
    pytest.param(
        "根据某市监局办发〔2020〕3号文件。", "某市监局办发〔2020〕3号", id="name-too-short"
    ),
    pytest.param("按照某县水利局〔2020〕3号文件。", "某县水利局〔2020〕3号", id="name-is-the-code"),
    pytest.param("按照省政府〔2021〕3号文件精神。", "省政府〔2021〕3号", id="nothing-after-name"),
    pytest.param(
        "按照某县人民政府办公室〔2021〕8号文件。",
        "某县人民政府办公室〔2021〕8号",
        id="name-in-a-name-is-the-code",
    ),
    pytest.param(
        "按照某镇人民政府发〔2020〕3号文件。",
        "某镇人民政府发〔2020〕3号",
        id="one-char-after-a-name",
    ),
    pytest.param(
        "按照某县水务局发〔2020〕3号文件。", "某县水务局发〔2020〕3号", id="one-char-after-a-bureau"
    ),
    pytest.param("依据某政办发〔2021〕3号文件。", "某政办发〔2021〕3号", id="plain-code"),
]


@pytest.mark.parametrize(("body", "expected"), AUTHORITY_BEFORE_CODE)
def test_the_authority_before_a_code_is_no_part_of_it(body: str, expected: str) -> None:
    assert _numbers(body) == [expected]


@pytest.mark.parametrize(("body", "expected"), CODE_HOLDS_AN_ENDING)
def test_a_code_holding_an_ending_stays_whole(body: str, expected: str) -> None:
    assert _numbers(body) == [expected]


@pytest.mark.xfail(strict=True, reason="a ministry's name opens with no level: not cut")
def test_a_ministry_before_its_code() -> None:
    assert _numbers("根据农业农村部某农〔2021〕22号文件要求。") == ["某农〔2021〕22号"]


OWN_NUMBER_AGAIN = [
    pytest.param("我局已以某交函〔2024〕18号文答复。", SIGN, id="in-a-sentence"),
    pytest.param("感谢您的关心。", SIGN + "\n某交函〔2024〕18号", id="under-the-signature"),
]

OTHER_NUMBER_SAME_CODE = [
    pytest.param("我局曾以某交函〔2023〕18号文答复。", "某交函〔2023〕18号", id="other-year"),
    pytest.param("我局曾以某交函〔2024〕9号文答复。", "某交函〔2024〕9号", id="other-serial"),
]


@pytest.mark.parametrize(("body", "closing"), OWN_NUMBER_AGAIN)
def test_the_own_number_written_again_is_no_reference(body: str, closing: str) -> None:
    assert _numbers(body, closing) == []


@pytest.mark.parametrize(("body", "expected"), OTHER_NUMBER_SAME_CODE)
def test_another_number_of_the_same_code_is_one(body: str, expected: str) -> None:
    assert _numbers(body) == [expected]


PROPOSAL_NUMBERS = [
    pytest.param("县人大常委会以人大建议〔2024〕25号交我局办理。", id="congress-suggestion"),
    pytest.param("关于提案〔2023〕第12号的办理情况如下。", id="bare-proposal"),
    pytest.param("您在会上提出的建议〔2024〕25号收悉。", id="bare-suggestion"),
    pytest.param("县政协以委员提案〔2023〕8号转来。", id="member-proposal"),
]

DOCUMENTS_BESIDE_KIND_WORDS = [
    pytest.param(
        "根据某政办发〔2021〕5号提案办理要求办理。", "某政办发〔2021〕5号", id="kind-word-after"
    ),
    pytest.param(
        "以某人大建议字〔2024〕25号函转来。", "某人大建议字〔2024〕25号", id="reply-code-zi"
    ),
    pytest.param("根据某建〔2024〕25号建议各乡镇排查。", "某建〔2024〕25号", id="verb-after"),
]


@pytest.mark.parametrize("body", PROPOSAL_NUMBERS)
def test_a_proposal_number_is_no_reference(body: str) -> None:
    assert _numbers(body) == []


@pytest.mark.parametrize(("body", "expected"), DOCUMENTS_BESIDE_KIND_WORDS)
def test_a_document_beside_a_kind_word_is_one(body: str, expected: str) -> None:
    assert _numbers(body) == [expected]
