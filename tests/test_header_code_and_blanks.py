"""Header layouts of real letters read whole (resegment, elements, docnumber).

- A 发文字号 whose code ends in its kind and 字 (函字, 发字, 办字), or in the kind of a reply
  to a proposal (提案复, 建复, 建议函, 提字), after a 代字 that ends like an authority (某科,
  某局, 某办): one code, never an issuer's mark ``某科`` cut off it.
- A 发文字号 whose serial was never filled in (``某民函〔2024〕 号``, ``某市环函〔2020〕``):
  the letter's own number as written, serial null, and no line of the title.
- An opener before a name that opens like one (``尊敬的致公党…``), and two openers
  written together (``致尊敬的…``): the salutation as written, whole.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.elements import damaged_doc_number

_BODY = "\n您提出的建议收悉，现答复如下：\n感谢您的关心。\n某县某局\n2024年6月1日\n"

# (header lines above the title, the doc_number text, its prefix)
_KIND_CODES = [
    pytest.param(
        "新余市科学技术局\n余科函字〔2022〕15号", "余科函字〔2022〕15号", "余科函字", id="ke-hanzi"
    ),
    pytest.param(
        "某省科学技术厅\n某科函字[2024]101号", "某科函字[2024]101号", "某科函字", id="ke-square"
    ),
    pytest.param(
        "某县教育局\n某局发字（2023）7号", "某局发字（2023）7号", "某局发字", id="ju-fazi"
    ),
    pytest.param(
        "某市科技局\n某科办函〔2021〕3号", "某科办函〔2021〕3号", "某科办函", id="ke-banhan"
    ),
    pytest.param(
        "某县农业农村局 某农科办字〔2020〕8号", "某农科办字〔2020〕8号", "某农科办字", id="flat"
    ),
    # the kind of a reply to a proposal after an office's 代字 that ends like an authority
    # (某办, 某县政办): 提案复, 建复, 建议函 are no code of their own
    pytest.param(
        "某县人民政府办公室\n某办提案复〔2020〕3号",
        "某办提案复〔2020〕3号",
        "某办提案复",
        id="ban-tianfu",
    ),
    pytest.param(
        "某县人民政府办公室\n某县政办建复〔2021〕12号",
        "某县政办建复〔2021〕12号",
        "某县政办建复",
        id="zhengban-jianfu",
    ),
    pytest.param(
        "某县人民政府办公室 某政办建议函〔2021〕7号",
        "某政办建议函〔2021〕7号",
        "某政办建议函",
        id="flat-jianyi-han",
    ),
    pytest.param("某县政协\n某协提字〔2020〕9号", "某协提字〔2020〕9号", "某协提字", id="xie-tizi"),
]


@pytest.mark.parametrize(("head", "text", "prefix"), _KIND_CODES)
def test_a_code_of_kind_words_keeps_its_issuer_code(head: str, text: str, prefix: str) -> None:
    letter = parse_text(f"{head}\n关于县十届人大二次会议第3号建议的答复\n王某代表：{_BODY}")
    assert letter.doc_number is not None
    assert (letter.doc_number.text, letter.doc_number.prefix) == (text, prefix)
    assert letter.title == "关于县十届人大二次会议第3号建议的答复"


# A mark glued to a whole code stays the issuer's (its code opens with a 代字 of its own).
_GLUED_MARKS = [
    pytest.param("某县民政局某民函〔2024〕5号", "某民函〔2024〕5号", id="bureau-code"),
    pytest.param("某市科学技术局市科函〔2022〕9号", "市科函〔2022〕9号", id="bureau-ke-code"),
]


@pytest.mark.parametrize(("head", "text"), _GLUED_MARKS)
def test_a_glued_issuer_mark_still_parts_from_a_whole_code(head: str, text: str) -> None:
    letter = parse_text(f"{head}\n关于县十届人大二次会议第3号建议的答复\n王某代表：{_BODY}")
    assert letter.doc_number is not None and letter.doc_number.text == text


_UNFILLED = [
    pytest.param(
        "某县民政局\n某民函〔2024〕 号", "某民函〔2024〕 号", "某民函", id="blank-before-hao"
    ),
    pytest.param("某县民政局\n某民函〔2024〕号", "某民函〔2024〕号", "某民函", id="glued-hao"),
    pytest.param("某市生态环境局\n某市环函〔2020〕", "某市环函〔2020〕", "某市环函", id="no-hao"),
    pytest.param("某民函[2024]号", "某民函[2024]号", "某民函", id="square-first-line"),
    pytest.param("某县水利局  某水函〔2023〕  号  B类", "某水函〔2023〕  号", "某水函", id="flat"),
]


@pytest.mark.parametrize(("head", "text", "prefix"), _UNFILLED)
def test_an_unfilled_serial_is_the_damaged_own_number(head: str, text: str, prefix: str) -> None:
    letter = parse_text(f"{head}\n关于县十届人大二次会议第3号建议的答复\n王某代表：{_BODY}")
    assert letter.doc_number is not None
    assert letter.doc_number.text == text
    assert (letter.doc_number.prefix, letter.doc_number.serial) == (prefix, None)
    assert letter.title == "关于县十届人大二次会议第3号建议的答复"


# Lines that end in a bracketed year and are no number with its serial left blank.
_NOT_UNFILLED = [
    pytest.param("工作要点（2020）", id="round-note"),
    pytest.param("某某的答复〔2020〕", id="title-de"),
    pytest.param("关于某事〔2020〕", id="title-guanyu"),
    pytest.param("某民函2024", id="no-brackets"),
    pytest.param("某民函〔2024", id="one-bracket-no-serial"),
    pytest.param("某民函〔2024〕5号", id="whole"),
]


@pytest.mark.parametrize("text", _NOT_UNFILLED)
def test_no_unfilled_number(text: str) -> None:
    assert damaged_doc_number(text) is None


_SALUTATIONS = [
    pytest.param("尊敬的致公党某县支部：", "致公党某县支部", id="zhigong"),
    pytest.param("尊敬的民盟某市委员会：", "民盟某市委员会", id="minmeng"),
    pytest.param("致尊敬的吴某代表：", None, id="two-openers"),
    pytest.param("尊敬的吴某代表：", "吴某", id="one-opener"),
]


@pytest.mark.parametrize(("line", "name"), _SALUTATIONS)
def test_the_salutation_keeps_its_opener(line: str, name: str | None) -> None:
    letter = parse_text(
        f"关于县政协第7号提案的答复\n{line}\n你们提出的提案收悉。\n某县民政局\n2023年6月1日\n"
    )
    assert letter.salutation == line
    assert letter.title == "关于县政协第7号提案的答复"
    if name is not None:  # (致尊敬的: the addressees' reader strips one opener only)
        assert [a.name for a in letter.addressees] == [name]
