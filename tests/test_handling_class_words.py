"""A class said in the words a scheme defines it by, led in by what was asked
(``所提问题已经解决或采纳`` is A, ``所提建议正在解决或列入计划解决`` B, ``所提问题因条件限制或其他
原因暂时不能解决`` C): after a label (``类别：…``), as a mark's explanation however long
(``C类（…，留作参考）``), and alone on its line or among other marks, with no letter, near
the top or the end. The line is a mark: no part of the title, nor of the signature."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import MARK_AT_END, MARK_AT_HEAD, MARK_TITLE

TITLE, HEADER, CLOSING = MARK_TITLE, MARK_AT_HEAD, MARK_AT_END

# (the line, the handling type, the span's text)
LABELLED = [
    pytest.param("类别：所提问题已经解决或采纳", "A", "已经解决", id="类别-led-in"),
    pytest.param("办理结果：所提建议已采纳", "A", "已采纳", id="办理结果-建议"),
    pytest.param("办复类别：所提的问题已列入计划", "B", "已列入计划", id="的-问题"),
    pytest.param("答复类型：所提事项因条件限制暂不能解决", "C", "因条件限制暂不能解决", id="事项-C"),
    pytest.param("办理类型：（所提问题正在解决）", "B", "正在解决", id="bracketed-value"),
]  # fmt: skip

ALONE = [
    pytest.param("所提问题已经解决或采纳", "A", "已经解决", id="A-words"),
    pytest.param("所提问题正在解决或列入计划解决", "B", "正在解决或列入计划", id="B-words"),
    pytest.param("（所提问题因条件限制或其他原因暂时不能解决）", "C", "因条件限制", id="C-bracketed"),
    pytest.param("所提建议留作参考", "C", "留作参考", id="C-reference"),
    pytest.param("所提问题已经解决或采纳  同意公开", "A", "已经解决", id="among-marks-gap"),
    pytest.param("（所提问题已经解决或采纳，此件公开发布）", "A", "已经解决", id="among-marks-comma"),
    pytest.param(
        "C类（所提问题因条件限制或其他原因暂时不能解决，留作参考）", "C", "C", id="long-explanation"
    ),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected", "written"), LABELLED + ALONE)
@pytest.mark.parametrize("where", [HEADER, CLOSING], ids=["head", "end"])
def test_class_in_its_words(where: str, line: str, expected: str, written: str) -> None:
    text = where.format(line=line)
    letter = parse_text(text, keywords=False)
    assert letter.handling_type == expected
    assert letter.handling_type_span is not None
    assert text[slice(*letter.handling_type_span)] == written
    assert letter.title == TITLE
    assert (letter.signature.issuer, letter.signature.date) == ("某市民政局", "2024-06-01")


# Near-misses: a sentence of the body (its full stop, its words going on), words that are
# no class's, or no lead-in of what was asked.
NOT_CLASSES = [
    pytest.param("所提问题已经解决。", id="sentence-full-stop"),
    pytest.param("所提建议已采纳，感谢您对我局工作的关心和支持。", id="sentence-goes-on"),
    pytest.param("所提问题涉及多个部门", id="no-class-words"),
    pytest.param("问题已经解决或采纳", id="no-lead-in"),
    pytest.param("所以问题已经解决", id="所以-no-lead-in"),
]  # fmt: skip


@pytest.mark.parametrize("line", NOT_CLASSES)
@pytest.mark.parametrize("where", [HEADER, CLOSING], ids=["head", "end"])
def test_not_a_class(where: str, line: str) -> None:
    assert parse_text(where.format(line=line), keywords=False).handling_type is None


def test_body_sentence_in_the_middle_is_no_class() -> None:
    body = "\n".join(f"第{i}段正文内容已经落实。" for i in range(12))
    text = (
        "某市民政局\n"
        + TITLE
        + "\n王某代表：\n您提出的建议收悉，现答复如下：\n"
        + body[:60]
        + "\n所提问题已经解决或采纳\n"
        + body
        + "\n某市民政局\n2024年6月1日\n"
    )
    assert parse_text(text, keywords=False).handling_type is None
