"""A 发文字号 whose issuer code holds a proposal's kind word (``某交建议复〔2017〕9号``: a
scheme's code for its replies to 建议), on its line under the title with marks after it
apart by a gap (``    A类``, ``  (B)``, ``  签发人：王某``), is the letter's own number:
no part of the title, no cited reference, the marks feeding their fields. An earlier round
read the kind word as a title's and glued the number to the title (alone on its line the
number was read). So is such a number that lost a bracket in copying (``某交建议复2017〕9号B类``,
its 〔 lost, the class glued after its 号: fix69). Snippets invented (names made up)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import glued as glued_lines

TITLE = "对省十二届人大七次会议第9号建议的答复"
TEXT = (
    TITLE + "\n\n{line}\n\n王某代表：\n\n您提出的关于修缮某路的建议收悉。现答复如下：\n\n"
    "一、加强巡查。每月巡查一次。\n\n某省交通运输厅\n2017年8月10日\n"
)

# (the line, its number, handling type)
LINES = [
    pytest.param("  某交建议复〔2017〕9号    A类", "某交建议复〔2017〕9号", "A", id="indented-class"),
    pytest.param("某交建议复〔2017〕9号    B类", "某交建议复〔2017〕9号", "B", id="class"),
    pytest.param("某交建议复〔2017〕9号    (C)", "某交建议复〔2017〕9号", "C", id="bracketed-letter"),
    pytest.param("某交建议复〔2017〕9号    A类    同意公开", "某交建议复〔2017〕9号", "A", id="class-and-note"),
    pytest.param("某交建议复〔2017〕9号    签发人：王某", "某交建议复〔2017〕9号", None, id="signer"),
    pytest.param("某协提案复〔2020〕3号  B类", "某协提案复〔2020〕3号", "B", id="proposal-code"),
    pytest.param("某交建议复〔2017〕9号", "某交建议复〔2017〕9号", None, id="alone"),
    pytest.param("某交建议复2017〕9号B类", "某交建议复2017〕9号", "B", id="open-lost-class-glued"),
    pytest.param("某交建议复2017〕9号    A类", "某交建议复2017〕9号", "A", id="open-lost-class"),
    pytest.param("某交建议复2017〕9号", "某交建议复2017〕9号", None, id="open-lost-alone"),
    pytest.param("某协提案复〔2020〕3号C类", "某协提案复〔2020〕3号", "C", id="class-glued"),
    pytest.param("某协提案复〔2020〕3", "某协提案复〔2020〕3", None, id="hao-lost"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "number", "handling"), LINES)
def test_number_with_kind_in_code_under_title(line: str, number: str, handling: str | None) -> None:
    letter = parse_text(TEXT.format(line=line), keywords=False)
    assert letter.title == TITLE
    assert letter.doc_number is not None
    assert letter.doc_number.text == number
    assert letter.handling_type == handling
    assert letter.references == []


# Near-misses: a title line that cites a number in its words, and a title's second line
# with a kind word beside a number, stay title.
def test_title_citing_a_number_stays_title() -> None:
    title = "关于落实某政发〔2020〕3号文件的建议的答复"
    letter = parse_text(TEXT.replace(TITLE, title).format(line="B类"), keywords=False)
    assert letter.title == title
    assert letter.doc_number is None


# A title's own line that ends in digits and a 〕 (no issuer's code: 关于 or 的 in it) stays
# title, never a damaged number's code.
def test_title_words_before_a_bracket_stay_title() -> None:
    title = "关于某路改造的建议2017〕9号的答复"
    letter = parse_text(TEXT.replace(TITLE, title).format(line="B类"), keywords=False)
    assert letter.title == title
    assert letter.doc_number is None


# The same numbers glued after the title's ending on its line (a copy that lost the line
# break, or a flattened head: …的答复某交建议复2017〕9号B类): the title ends at its ending.
# Also a title whose words hold an ending's word before its own, no 的 between (意见箱,
# 函件): it ends at its last ending (review55b: an earlier round ended it at the word
# inside, the rest of the title read as the code).
GLUED = [
    pytest.param(TITLE, "某交建议复2017〕9号B类", "某交建议复2017〕9号", "B", id="open-lost-class"),
    pytest.param(TITLE, "某交建议复2017〕9号", "某交建议复2017〕9号", None, id="open-lost-alone"),
    pytest.param(TITLE, "某交发2017〕9号", "某交发2017〕9号", None, id="open-lost-plain-code"),
    pytest.param("关于增设意见箱建议答复", "某交发2017〕9号", "某交发2017〕9号", None, id="ending-word-inside-opinion-box"),
    pytest.param("关于规范通知栏管理建议回复", "某交发2017〕9号", "某交发2017〕9号", None, id="ending-word-inside-notice-board"),
    pytest.param("关于清理函件积压建议答复", "某交发2017〕9号", "某交发2017〕9号", None, id="ending-word-inside-letters"),
    # a title with no reply's ending, the item's own ending in its kind word (left56a): the
    # number's code starts after that word, never at a 函 or 复 inside a word before it
    pytest.param("关于设立便民函件站的建议", "某邮复2017〕9号", "某邮复2017〕9号", None, id="kind-ending-letters-word"),
    pytest.param("关于增设复印服务点的建议", "某邮复2017〕9号", "某邮复2017〕9号", None, id="kind-ending-copy-word"),
    pytest.param("关于开设函授课程的提案", "某协复2017〕9号B类", "某协复2017〕9号", "B", id="kind-ending-proposal"),
    # (the whole kind word, 建议案 or 议事原案, ends it: review56b, an earlier round cut it
    # after 建议, 案 read as the code's)
    pytest.param("关于设立便民函件站的建议案", "某邮复2017〕9号", "某邮复2017〕9号", None, id="kind-ending-jianyian"),
    pytest.param("关于设立便民函件站的议事原案", "某人复2017〕9号", "某人复2017〕9号", None, id="kind-ending-yishiyuanan"),
    # (a whole number whose code ends in 函, 某邮函〔…: that 函 is the code's, no reply's
    # ending, and the title ends at its kind word all the same: review56b)
    pytest.param("关于增设公交线路的建议", "某邮函〔2017〕9号", "某邮函〔2017〕9号", None, id="kind-ending-code-ends-han"),
    pytest.param("关于增设公交线路的提案", "某协函〔2017〕9号B类", "某协函〔2017〕9号", "B", id="kind-ending-code-ends-han-class"),
    # (a title whose words before the kind word end as an authority's name does, 服务站:
    # no issuer's mark opens with a title's 关于, review56b)
    pytest.param("关于设立便民服务站的建议", "某邮函〔2017〕9号", "某邮函〔2017〕9号", None, id="kind-ending-title-words-end-as-name"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "glued", "number", "handling"), GLUED)
@pytest.mark.parametrize("flat", [False, True], ids=["own-line", "one-line"])
def test_number_glued_after_the_title(
    title: str, glued: str, number: str, handling: str | None, flat: bool
) -> None:
    text = TEXT.format(line="").replace(TITLE + "\n\n\n", title + glued + "\n")
    if flat:
        text = glued_lines(text)
    letter = parse_text(text, keywords=False)
    assert letter.title == title
    assert letter.doc_number is not None
    assert letter.doc_number.text == number
    assert letter.handling_type == handling
    assert letter.references == []


def test_a_title_citing_a_damaged_number_keeps_it() -> None:
    title = "关于落实某政发2017〕3号文件的建议的答复"
    letter = parse_text(TEXT.replace(TITLE, title).format(line="B类"), keywords=False)
    assert letter.title == title
    assert letter.doc_number is None
