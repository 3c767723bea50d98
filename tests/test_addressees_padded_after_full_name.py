"""A two-character name padded to three columns right after a full name in a salutation
whose names are parted by blanks (``陈立新 王 芳 赵 敏委员：``; names invented).

The single character after the full name is joined to that name while the names are cut
at blanks, and the segmenter parts the run again (``陈立新`` / ``王芳``). Each name's span
must cover the name as written (``王 芳``), its blank inside, never the blank before it.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_BODY = "\n    你们提出的关于增设某路口信号灯的提案收悉，现答复如下：\n    已列入今年计划。\n"


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("陈立新 王 芳 赵 敏委员：", ["陈立新", "王芳", "赵敏"]),
        ("张建国 李明华 王 芳委员：", ["张建国", "李明华", "王芳"]),
        ("王 芳 陈立新委员：", ["王芳", "陈立新"]),
        ("陈立新、王 芳委员：", ["陈立新", "王芳"]),  # (a separator: cut there)
        ("李明王芳代表：", ["李明", "王芳"]),  # (run together, no blank)
    ],
)
def test_each_name_span_covers_the_name_as_written(names: str, expected: list[str]) -> None:
    text = "关于某事的答复\n" + names + _BODY
    record = parse_text(text)
    assert [a.name for a in record.addressees] == expected
    for a in record.addressees:
        assert a.span is not None
        written = text[a.span[0] : a.span[1]]
        assert written.replace(" ", "") == a.name and written == written.strip()
    assert span_problems(record) == []
