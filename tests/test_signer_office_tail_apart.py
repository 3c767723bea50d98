"""A stray blank inside the signing authority's name over its date that leaves an office's
ending alone after it (``某县人民政府 办公室`` / ``2024年5月10日``): one authority, its
name as written with the blank out, not a second signer. Two whole authorities of a joint
reply, or a second piece that names a unit of its own, stay apart (snippets written here,
invented units)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "甲县林业局\n关于第3号建议的答复\n王某代表：\n    您提出的建议收悉。现答复如下：\n"
    "    我局已落实。感谢您的支持！\n\n"
)

ONE = [
    pytest.param("某县人民政府 办公室", "某县人民政府办公室", id="government-office"),
    pytest.param("某县人民政府  办公室", "某县人民政府办公室", id="wide-gap"),
    pytest.param("某县人民政府\u3000办公室", "某县人民政府办公室", id="ideographic-space"),
    pytest.param("某省人民政府 办公厅", "某省人民政府办公厅", id="general-office"),
    pytest.param("某县教育局 办公室", "某县教育局办公室", id="bureau-office"),
    pytest.param("中共某市委 办公室", "中共某市委办公室", id="committee-office"),
    pytest.param("某县人民政府 办公室（印章）", "某县人民政府办公室", id="seal-note"),
]  # fmt: skip

# near misses: two authorities of a joint reply, each whole; a second piece naming a unit
# of its own (not an office's ending alone)
TWO = [
    pytest.param("某县教育局  某县财政局", "某县教育局、某县财政局", id="joint-wide-gap"),
    pytest.param("某县教育局 某县财政局", "某县教育局、某县财政局", id="joint-one-blank"),
    pytest.param("某县教育局  某县财政局  办公室", "某县教育局、某县财政局办公室",
                 id="joint-then-office"),
    # (joint47: a section's ending, 室, one blank after its government is one name, as
    # beside the date: the unit's own name, 某县人民政府教育督导室; an earlier round read two
    # signers over the date and one beside it; on lines of their own they stay two)
    pytest.param("某县人民政府 教育督导室", "某县人民政府教育督导室", id="named-unit"),
    # the last words of a sentence before the office's ending are no authority's head
    pytest.param("欢迎继续提出宝贵意见 办公室", "办公室", id="sentence-before"),
    pytest.param("再次感谢您的关心 办公室", "办公室", id="thanks-before"),
    pytest.param("感谢某县教育局 办公室", "办公室", id="thanks-an-authority-before"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "signer"), ONE + TWO)
def test_office_tail_after_a_stray_blank(line: str, signer: str) -> None:
    text = HEAD + line + "\n2024年5月10日\n"
    record = parse_text(text, keywords=False)
    assert (record.signature.issuer, record.signature.date) == (signer, "2024-05-10")
    assert span_problems(record) == []


def test_office_tail_after_a_sentence() -> None:
    """The signer joined to the body's last paragraph by a copy keeps its office's ending."""
    text = HEAD.rstrip("\n") + "某县人民政府 办公室\n2024年5月10日\n"
    record = parse_text(text, keywords=False)
    assert record.signature.issuer == "某县人民政府办公室"
    assert all("办公室" not in s.text for s in record.sections)


# the name wrapped over two lines by a narrow column: the office's ending alone on the line
# right under it, or under it after one blank line a copy left, is its tail, and so is a
# unit of it with no place of its own (signers49); a whole authority, or an ending two blank
# lines down, stays apart
WRAPPED = [
    pytest.param("某县人民政府\n办公室", "某县人民政府办公室", id="wrapped-office"),
    pytest.param("某省人民政府\n办公厅", "某省人民政府办公厅", id="wrapped-general-office"),
    pytest.param("某县人民政府\n办公室\n某县财政局", "某县人民政府办公室、某县财政局",
                 id="wrapped-then-joint"),
    # (signers49: a unit with no place of its own on the line under its authority is its
    # part, as one blank apart: 某县人民政府教育督导室; an earlier round read two signers)
    pytest.param("某县人民政府\n教育督导室", "某县人民政府教育督导室", id="wrapped-named-unit"),
    pytest.param("某县教育局\n某县财政局", "某县教育局、某县财政局", id="two-lines-joint"),
    pytest.param("某县人民政府\n\n办公室", "某县人民政府办公室", id="blank-line-then-office"),
    pytest.param("某省人民政府\n\n办公厅（印章）", "某省人民政府办公厅", id="blank-line-then-sealed"),
    pytest.param("某县人民政府\n\n办公室\n\n某县财政局", "某县人民政府办公室、某县财政局",
                 id="blank-line-then-joint"),
    pytest.param("某县人民政府\n\n教育督导室", "某县人民政府教育督导室",
                 id="blank-line-then-named-unit"),
    pytest.param("某县教育局\n\n某县财政局", "某县教育局、某县财政局", id="blank-line-joint"),
    pytest.param("某县人民政府\n\n\n办公室", "某县人民政府、办公室", id="two-blank-lines"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "signer"), WRAPPED)
def test_office_tail_on_the_line_under(lines: str, signer: str) -> None:
    record = parse_text(HEAD + lines + "\n2024年5月10日\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (signer, "2024-05-10")
    assert span_problems(record) == []
