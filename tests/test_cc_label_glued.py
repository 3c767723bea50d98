"""A 抄送 label written glued to its list, no colon and no gap (``抄送县政府办公室。``,
``抄送甲县财政局，甲县教育局。``, as a typist writes the 版记 in running text): the list is
read as after ``抄送：``, and the signature above it stays the signature. Only a line
that is the label and the list alone, each body an office's (or a deputy's) name, is
read so: ``抄送`` in a sentence (``抄送件已收悉``, ``已抄送有关部门``) heads no list."""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = "关于某某建议的答复\n林某代表：\n　　您提出的建议收悉。\n　　感谢您对我们工作的支持。\n"
SIGNED = "某县交通运输局\n2024年5月10日\n"

# (closing lines under the signature, cc list)
GLUED = [
    pytest.param("抄送甲县政府办公室。", ["甲县政府办公室"], id="one-body"),
    pytest.param("抄送甲县财政局，甲县教育局。", ["甲县财政局", "甲县教育局"], id="comma"),
    pytest.param("抄送甲县财政局、甲县教育局", ["甲县财政局", "甲县教育局"], id="顿号-no-stop"),
    pytest.param("抄送甲县财政局；甲县人大常委会选联工委。", ["甲县财政局", "甲县人大常委会选联工委"], id="semicolon"),
    pytest.param("抄报甲县人民政府。", ["甲县人民政府"], id="抄报"),
    pytest.param("抄送各有关单位。", ["各有关单位"], id="各有关单位"),
    pytest.param("抄送林某代表，甲县人大常委会选联工委。", ["林某代表", "甲县人大常委会选联工委"], id="the-deputy"),
    pytest.param("抄送甲县人大常委会选联工委，\n甲县政府办公室。", ["甲县人大常委会选联工委", "甲县政府办公室"], id="wrapped-after-comma"),
    pytest.param("抄送甲县政府办公室。\n甲县交通运输局办公室      2024年5月12日印发", ["甲县政府办公室"], id="printing-line-after"),
    pytest.param("联系人：王某  联系电话：0000-5550123\n抄送甲县政府办公室，甲县财政局。", ["甲县政府办公室", "甲县财政局"], id="under-a-contact"),
]  # fmt: skip

# (closing lines under the signature): 抄送 in a sentence, or after words
NOT_GLUED = [
    pytest.param("抄送件已收悉。", id="a-noun"),
    pytest.param("抄送甲县政府备案。", id="verb-and-object"),
    pytest.param("抄送至甲县政府办公室。", id="抄送至"),
    pytest.param("抄送给甲县政府办公室。", id="抄送给"),
    pytest.param("我局已抄送有关部门。", id="inside-a-sentence"),
    pytest.param("抄送甲县财政局，请予支持。", id="a-request-after"),
    pytest.param("报送甲县人民政府。", id="报送-glued"),
    pytest.param("抄送负责此事的甲县财政局。", id="a-clause-before-the-office"),
    pytest.param("抄送我局办公室。", id="我局-names-nobody"),
    pytest.param("抄送抄送甲县财政局。", id="the-label-twice"),
]  # fmt: skip


def _read(lines: str) -> tuple[list[str], str | None, str | None]:
    letter = parse_text(BODY + SIGNED + lines + "\n")
    return letter.cc, letter.signature.issuer, letter.signature.date


@pytest.mark.parametrize(("lines", "expected"), GLUED)
def test_a_label_glued_to_its_list_heads_it(lines: str, expected: list[str]) -> None:
    assert _read(lines) == (expected, "某县交通运输局", "2024-05-10")


@pytest.mark.parametrize("lines", NOT_GLUED)
def test_抄送_in_a_sentence_heads_no_list(lines: str) -> None:
    assert _read(lines)[0] == []


def test_the_bodies_have_their_spans() -> None:
    text = BODY + SIGNED + "抄送甲县财政局，甲县教育局。\n"
    letter = parse_text(text)
    assert [text[a:b] for a, b in letter.cc_spans] == ["甲县财政局", "甲县教育局"]


def test_a_list_above_the_signature_leaves_the_signature() -> None:
    letter = parse_text(BODY + "抄送甲县财政局，甲县教育局。\n" + SIGNED)
    assert letter.cc == ["甲县财政局", "甲县教育局"]
    assert (letter.signature.issuer, letter.signature.date) == ("某县交通运输局", "2024-05-10")


def test_a_sentence_in_the_body_is_no_list() -> None:
    letter = parse_text(
        "关于某某建议的答复\n林某代表：\n　　您的建议抄送件已收悉，我局高度重视。\n"
        "　　我局已抄送甲县财政局、甲县教育局。\n" + SIGNED
    )
    assert letter.cc == []
