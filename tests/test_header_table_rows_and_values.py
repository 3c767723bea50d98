"""办理类型 and 是否公开 as web copies and local forms write them: in a row of a table copied
as text (``| 办理类型 | B |``, the value after the cell's bar), and in the wordings of
local schemes (办理结果：已经解决 / 已列入计划 / 因条件限制，暂不能解决; 是否公开：同意,
公开方式：删减后公开, (此件删减后公开)); and a note that says the class in a sentence
(附注：办理结果为A类，此件主动公开), at the top or the end."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "某县住房和城乡建设局\n某建函〔2024〕7号\n{line}\n关于县十八届人大三次会议第21号建议的答复\n"
    "周某代表：\n您提出的建议收悉，现答复如下：\n我局已着手办理。\n某县住房和城乡建设局\n"
    "2024年6月3日\n"
)

# (header line, handling type, the value as the span holds it)
HANDLING = [
    pytest.param("| 办理类型 | B |", "B", "B", id="table-row-bars"),
    pytest.param("| 办复类别 | A类 | 是否公开 | 是 |", "A", "A", id="table-row-two-cells"),
    pytest.param("｜ 答复类型 ｜ C ｜", "C", "C", id="table-row-full-width-bars"),
    pytest.param("│ 办理类型 │ 乙 │", "B", "乙", id="table-row-box-bars"),
    pytest.param("办理结果：已经解决", "A", "已经解决", id="already-solved"),
    pytest.param("办理结果：已经采纳", "A", "已经采纳", id="already-adopted"),
    pytest.param("办理结果：已列入计划", "B", "已列入计划", id="already-planned"),
    pytest.param("办理结果：已列入计划逐步解决", "B", "已列入计划", id="planned-longer"),
    pytest.param("办理结果：因条件限制，暂不能解决", "C", "因条件限制", id="limited-comma"),
    pytest.param("办理结果：因条件限制暂时无法解决", "C", "因条件限制", id="limited-other-words"),
]  # fmt: skip

# Near-misses: a bar before no class, a bar in the body, a class word that is none.
NOT_HANDLING = [
    pytest.param("| 办理类型 | 重点 |", id="table-row-word-no-class"),
    pytest.param("| 办理类型 | AB |", id="table-row-two-letters"),
    pytest.param("| 类别 |", id="table-label-no-value"),
    pytest.param("办理结果：已经办结", id="done-word-no-class"),
    pytest.param("办理结果：列入", id="half-a-value"),
]  # fmt: skip

END_LETTER = (
    "某县住房和城乡建设局\n某建函〔2024〕7号\n关于县十八届人大三次会议第21号建议的答复\n"
    "周某代表：\n您提出的建议收悉，现答复如下：\n我局已着手办理。\n某县住房和城乡建设局\n"
    "2024年6月3日\n{line}\n"
)

# (note line at the end, handling type, the value as the span holds it)
SAID = [
    pytest.param("附注：办理结果为A类，此件主动公开。", "A", "A", id="note-result-is-A"),
    pytest.param("（本件办理类型属B类）", "B", "B", id="type-belongs-to-B"),
    pytest.param("注：该建议答复类型为“C”类。", "C", "C", id="quoted-letter"),
    pytest.param("本建议办复类别系乙类。", "B", "乙", id="yi-class"),
    pytest.param("附注：办理结果为A类，此件2024年主动公开。", "A", "A", id="year-after-the-class"),
    pytest.param("已于2019年4月办结。附注：办理结果为B类。", "B", "B", id="year-in-the-sentence-before"),
    pytest.param("我局于2024年5月办结此件，办理结果为A类。", "A", "A", id="this-handlings-date"),
]  # fmt: skip

NOT_SAID = [
    pytest.param("我们已将该项目列为A类项目。", id="no-label"),
    pytest.param("类别为A类。", id="colon-only-label"),
    pytest.param("办理结果为A，感谢支持。", id="no-lei"),
    pytest.param("办理结果为圆满。", id="no-class"),
    # the class an earlier reply was given, a 续办 letter reporting it (dev36)
    pytest.param("该提案已于2019年4月转交某局研究办理，办理结果为C类。", id="earlier-reply"),
    pytest.param("该提案2019年办理结果为B类，现将续办情况答复如下。", id="earlier-year"),
]  # fmt: skip

# (header line, public, the value as the span holds it)
PUBLIC = [
    pytest.param("| 公开属性 | 主动公开 |", True, "主动公开", id="table-row-active"),
    pytest.param("| 是否公开 | 否 |", False, "否", id="table-row-no"),
    pytest.param("｜ 公开方式 ｜ 依申请公开 ｜", False, "依申请公开", id="table-full-width-bars"),
    pytest.param("｜ 是否公开 ｜ 否 ｜", False, "否", id="table-no-full-width-bars"),
    pytest.param("│ 是否公开 │ 是 │", True, "是", id="table-yes-box-bars"),
    pytest.param("是否公开：同意", True, "同意", id="agree"),
    pytest.param("是否公开：不同意", False, "不同意", id="disagree"),
    pytest.param("公开方式：删减后公开", True, "删减后公开", id="after-redaction"),
    pytest.param("公开属性：部分公开", True, "部分公开", id="in-part"),
    pytest.param("公开属性：不予以公开", False, "不予以公开", id="withheld-yi"),
    pytest.param("（此件删减后公开）", True, "此件删减后公开", id="note-after-redaction"),
    pytest.param("（不予以公开）", False, "不予以公开", id="mark-withheld-yi"),
]  # fmt: skip

NOT_PUBLIC = [
    pytest.param("| 公开属性 | 待定 |", id="table-row-undecided"),
    pytest.param("| 是否公开 |", id="table-label-no-value"),
    pytest.param("同意公开征求意见的做法", id="agree-in-a-sentence"),
    pytest.param("信息已部分公开于网站", id="in-part-in-a-sentence"),
]  # fmt: skip


def _span_text(text: str, span: tuple[int, int] | None) -> str:
    assert span is not None
    return text[span[0] : span[1]]


@pytest.mark.parametrize(("line", "expected", "written"), HANDLING)
def test_handling(line: str, expected: str, written: str) -> None:
    text = LETTER.format(line=line)
    letter = parse_text(text)
    assert letter.handling_type == expected
    assert _span_text(text, letter.handling_type_span) == written


@pytest.mark.parametrize("line", NOT_HANDLING)
def test_no_handling(line: str) -> None:
    assert parse_text(LETTER.format(line=line)).handling_type is None


@pytest.mark.parametrize(("line", "expected", "written"), PUBLIC)
def test_public(line: str, expected: bool, written: str) -> None:
    text = LETTER.format(line=line)
    letter = parse_text(text)
    assert letter.public is expected
    assert _span_text(text, letter.public_span) == written


@pytest.mark.parametrize("line", NOT_PUBLIC)
def test_no_public(line: str) -> None:
    assert parse_text(LETTER.format(line=line)).public is None


@pytest.mark.parametrize(("line", "expected", "written"), SAID)
def test_said(line: str, expected: str, written: str) -> None:
    text = END_LETTER.format(line=line)
    letter = parse_text(text)
    assert letter.handling_type == expected
    assert _span_text(text, letter.handling_type_span) == written


@pytest.mark.parametrize("line", NOT_SAID)
def test_not_said(line: str) -> None:
    assert parse_text(END_LETTER.format(line=line)).handling_type is None
