"""The office that answers for the item, its label opened by the work it answers for
(``建议承办责任科室：某科``, ``提案承办单位：某局``: the kind of item, its handling or not
where the label opens with it), on a line under the signed date: a contact's line of the
closing, so the authority and the date over it still sign the letter (fix164: an earlier
round read no label there, the line ended the closing and the signature was lost). Other
words before the label keep it none. Snippets are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from replyparse.labels import opening_label
from replyparse.textview import TextView
from snippets import COPIES, signature_of

LETTER = """关于修缮甲山县体育场的建议的答复

王某代表：

您提出的《关于修缮甲山县体育场的建议》已收悉，现答复如下：

我局将于明年安排资金修缮看台。

感谢您对全县群众体育的关注。


甲山县体育局

2099年7月20日

{row}
"""


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "row",
    [
        "建议承办责任科室：群体科，电话：0000-0000000",
        "提案承办责任科室：群体科，电话：0000-0000000",
        "建议办理责任科室：群体科，电话：0000-0000000",
        "建议承办单位：甲山县体育局，电话：0000-0000000",
    ],
)
def test_the_work_before_the_office_label_keeps_the_signature(
    row: str, flatten: Callable[[str], str]
) -> None:
    assert signature_of(flatten(LETTER.format(row=row))) == ("甲山县体育局", "2099-07-20")


def _label(line: str) -> str | None:
    view = TextView(line)
    found = opening_label(view, view.content_lines[0])
    return found.entry.spelling if found is not None else None


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("建议承办责任科室：群体科", "责任科室"),
        ("代表建议承办科室：群体科", "承办科室"),
        ("提案承办单位：甲山县体育局", "承办单位"),
    ],
)
def test_the_work_opens_the_office_label(line: str, label: str) -> None:
    assert _label(line) == label


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("我们责任科室：群体科", id="no-work"),
        pytest.param("承办责任科室：群体科", id="handling-alone"),
        pytest.param("建议责任科室：群体科", id="no-handling-before-a-label-without-one"),
        pytest.param("建议承办 责任科室：群体科", id="a-blank-between"),
    ],
)
def test_other_words_before_the_office_label_are_not_the_work(line: str) -> None:
    assert _label(line) is None


# mend75c: at the head, the form's row of the office and the work it answers for over the
# title (建议承办单位：某局 / 关于…的答复) parts from the title in every copy, as the row
# without the work does (fix164's contact label ran the title into the row, or lost it,
# flattened with a blank or glued).
HEAD = """{row}
关于修缮甲山县体育场的建议的答复
王某代表：
您提出的《关于修缮甲山县体育场的建议》已收悉，现答复如下：
{body}
感谢您对全县群众体育的关注。
甲山县体育局
2099年7月20日
"""


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "row",
    [
        "建议承办单位：甲山县体育局",
        "提案承办单位：甲山县体育局",
        # (under the 发文字号, the office a section of the authority: no salutation's
        # names, 承办责任科室：, and no title run on from the row, flattened)
        "甲体函〔2099〕27号\n建议承办责任科室：群体科",
    ],
)
def test_the_work_and_office_row_over_the_title_parts_from_it(
    flatten: Callable[[str], str], row: str
) -> None:
    body = "我局将于明年安排资金修缮看台，" * 8 + "确保按期完工。"
    letter = parse_text(flatten(HEAD.format(row=row, body=body)), keywords=False)
    assert letter.title == "关于修缮甲山县体育场的建议的答复"
    assert [a.name for a in letter.addressees] == ["王某"]
