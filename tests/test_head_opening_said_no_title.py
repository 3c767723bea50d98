"""A line that says the reply follows, its colon lost (``根据…〔2099〕3号通知要求，现将办理情况答复
如下``), under the letter's own 发文字号 and over the salutation: no title, whether the letter
has a title line over it or none (a title never ends as that opening does). Where the title
stands over it, the title ends at its own reply ending, the sentence glued after it in a
flattened copy no part of it. An earlier round read the citing line as the title (lined:
its words after the number), or the title with the sentence run on (blank). Snippets
invented (names made up)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

HEAD = "甲山县交通运输局\n甲交建〔2099〕9号\n"
SAID = "根据县政府办公室甲政办〔2099〕3号通知要求，现将办理情况答复如下\n"
BODY = "王某代表：\n您提出的建议收悉。\n一、已办理。\n感谢。\n甲山县交通运输局\n2099年6月1日\n"


@pytest.mark.parametrize("flatten", COPIES)
def test_said_line_under_the_number_is_no_title(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(HEAD + SAID + BODY), keywords=False)
    assert letter.title is None
    assert letter.doc_number is not None and letter.doc_number.text == "甲交建〔2099〕9号"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "title",
    ["关于加强乡村道路养护的建议的答复", "甲山县交通运输局关于加强乡村道路养护的建议的答复"],
)
def test_title_over_the_said_line_ends_at_its_ending(
    title: str, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten(HEAD + title + "\n" + SAID + BODY), keywords=False)
    assert letter.title == title
    assert letter.doc_number is not None and letter.doc_number.text == "甲交建〔2099〕9号"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
