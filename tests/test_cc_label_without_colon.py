"""A 抄送 label a typed 版记 sets off from its list by blanks or a tab, with no colon
(``抄送  市财政局，市教育局。``): the list after the gap, as after ``抄送：``. A list wrapped
over lines goes on as one with its colon does, and the signature above it stays the
signature. Only a label that opens 抄 counts so, and only with a gap after it."""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = "关于某某建议的答复\n林某代表：\n您提出的建议收悉。\n感谢您对我们工作的支持。\n"
SIGNED = "某县交通运输局\n2024年5月10日\n"

# (closing lines under the signature, cc list)
GAPPED = [
    pytest.param("抄送  甲县财政局，甲县教育局。", ["甲县财政局", "甲县教育局"], id="two-spaces"),
    pytest.param("抄送\t甲县财政局，甲县教育局。", ["甲县财政局", "甲县教育局"], id="tab"),
    pytest.param("抄送 甲县财政局、甲县教育局", ["甲县财政局", "甲县教育局"], id="one-space-no-stop"),
    pytest.param("抄送\u3000\u3000甲县财政局；甲县教育局。", ["甲县财政局", "甲县教育局"], id="ideographic-spaces"),
    pytest.param("抄报  甲县人民政府办公室。", ["甲县人民政府办公室"], id="抄报"),
    pytest.param("抄送单位  甲县财政局，甲县教育局。", ["甲县财政局", "甲县教育局"], id="抄送单位"),
    pytest.param("抄送机关    甲县财政局 甲县教育局", ["甲县财政局", "甲县教育局"], id="抄送机关-blanks-list"),
    pytest.param("抄送  林某代表，甲县人大常委会选联工委。", ["林某代表", "甲县人大常委会选联工委"], id="the-deputy"),
    pytest.param("抄送  甲县人大常委会选联工委，\n      甲县政府办公室。", ["甲县人大常委会选联工委", "甲县政府办公室"], id="wrapped-after-comma"),
    pytest.param("抄送  甲县人大常委会选联工委，甲县政府办公室。\n甲县交通运输局办公室      2024年5月12日印发", ["甲县人大常委会选联工委", "甲县政府办公室"], id="printing-line-after"),
]  # fmt: skip

# (closing lines under the signature, cc list): no gap after the label, or no 抄 label
NOT_GAPPED = [
    pytest.param("抄送给甲县政府办公室备案。", [], id="verb-in-a-sentence"),
    pytest.param("报送  甲县人民政府", [], id="报送-without-colon"),
    pytest.param("送  甲县人民政府", [], id="送-without-colon"),
    pytest.param("分送  甲县人民政府", [], id="分送-without-colon"),
    pytest.param("联系人：王某  抄送  甲县财政局", [], id="inside-a-line"),
    pytest.param("抄送  B  甲县财政局、甲县教育局", [], id="no-name-after-the-gap"),
]  # fmt: skip


def _read(lines: str) -> tuple[list[str], str | None, str | None]:
    letter = parse_text(BODY + SIGNED + lines + "\n")
    return letter.cc, letter.signature.issuer, letter.signature.date


@pytest.mark.parametrize(("lines", "expected"), GAPPED)
def test_a_label_set_off_by_blanks_heads_its_list(lines: str, expected: list[str]) -> None:
    assert _read(lines) == (expected, "某县交通运输局", "2024-05-10")


@pytest.mark.parametrize(("lines", "expected"), NOT_GAPPED)
def test_no_gap_or_no_抄_label_heads_no_list(lines: str, expected: list[str]) -> None:
    assert _read(lines)[0] == expected


def test_the_bodies_have_their_spans() -> None:
    text = BODY + SIGNED + "抄送  甲县财政局，甲县教育局。\n"
    letter = parse_text(text)
    assert [text[a:b] for a, b in letter.cc_spans] == ["甲县财政局", "甲县教育局"]


def test_a_list_above_the_signature_leaves_the_signature() -> None:
    letter = parse_text(BODY + "抄送  甲县财政局，甲县教育局。\n" + SIGNED)
    assert letter.cc == ["甲县财政局", "甲县教育局"]
    assert (letter.signature.issuer, letter.signature.date) == ("某县交通运输局", "2024-05-10")
