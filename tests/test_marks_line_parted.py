"""A line of marks, a class mark and a publication value, parted by a comma, a 、, a
semicolon or a slash as a typist sets them (``（A类，同意公开）``, ``同意公开；B类``,
``A类/主动公开``), or by a gap on a line of the closing (``B类  同意公开`` under the date):
each mark feeds its field, as marks parted by a gap in the header do."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于市十五届人大三次会议第8号建议的答复"
HEADER = (
    "{line}\n某市民政局\n某民函〔2024〕5号\n" + TITLE + "\n王某代表：\n"
    "您提出的建议收悉，现答复如下：\n感谢您的关心和支持。\n某市民政局\n2024年6月1日\n"
)
CLOSING = (
    "某市民政局\n某民函〔2024〕5号\n" + TITLE + "\n王某代表：\n"
    "您提出的建议收悉，现答复如下：\n感谢您的关心和支持。\n某市民政局\n2024年6月1日\n{line}\n"
)

# (the line, the handling type, public, the handling type's span text, the value's)
PARTED = [
    pytest.param("（A类，同意公开）", "A", True, "A", "同意公开", id="comma-in-brackets"),
    pytest.param("B类，主动公开", "B", True, "B", "主动公开", id="comma"),
    pytest.param("（C类、依申请公开）", "C", False, "C", "依申请公开", id="dun-in-brackets"),
    pytest.param("同意公开；B类", "B", True, "B", "同意公开", id="semicolon-value-first"),
    pytest.param("A类/主动公开", "A", True, "A", "主动公开", id="slash"),
    pytest.param("（乙类，不予公开）", "B", False, "乙", "不予公开", id="stem-class"),
    pytest.param("B类  同意公开", "B", True, "B", "同意公开", id="gap"),
    pytest.param("（A类）    此件主动公开", "A", True, "A", "此件主动公开", id="gap-then-note"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "handling", "public", "class_written", "public_written"), PARTED)
@pytest.mark.parametrize("where", [HEADER, CLOSING], ids=["head", "end"])
def test_parted_marks(
    where: str, line: str, handling: str, public: bool, class_written: str, public_written: str
) -> None:
    text = where.format(line=line)
    letter = parse_text(text)
    assert (letter.handling_type, letter.public) == (handling, public)
    assert letter.handling_type_span is not None and letter.public_span is not None
    assert text[slice(*letter.handling_type_span)] == class_written
    assert text[slice(*letter.public_span)] == public_written
    assert letter.title == TITLE
    assert (letter.signature.issuer, letter.signature.date) == ("某市民政局", "2024-06-01")


# Near-misses: a part that is no mark makes the line no line of marks.
NOT_PARTED = [
    pytest.param("A类，同意", id="value-without-its-label"),
    pytest.param("A类、B类项目，公开招标", id="words-of-a-sentence"),
    pytest.param("A类，另行公开", id="unknown-value"),
]  # fmt: skip


@pytest.mark.parametrize("line", NOT_PARTED)
@pytest.mark.parametrize("where", [HEADER, CLOSING], ids=["head", "end"])
def test_not_parted_marks(where: str, line: str) -> None:
    letter = parse_text(where.format(line=line))
    assert (letter.handling_type, letter.public) == (None, None)
