"""A salutation that is a person's name and post, no role word (``王某主任：``, read as
written, role null), right under a header element (a class mark, a class's row, a 发文字号,
a page's date row): where a copy glued the element to the names, they open where a role
word's names would (left71; an earlier round found no salutation there, and the title
ran into the body or was lost). Lined and flattened with a blank it was read so already.
A bare name with no post glued there, the opening asking the person, opens there too
(left72a). Snippets are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

TITLE = "关于加强村道管护的建议的答复"
REPLY = (
    "您提出的《关于加强村道管护的建议》收悉，现答复如下：\n"
    "我局已安排专项资金。\n感谢您对我局工作的关心和支持。\n甲山县水利局\n2024年5月10日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "element", ["B类", "答复类型：A", "甲山县水利函〔2024〕12号", "发布时间：2024-05-08"]
)
@pytest.mark.parametrize("salutation", ["王某主任", "李小明局长", "王某副局长"])
def test_a_name_and_post_under_an_element(
    flatten: Callable[[str], str], element: str, salutation: str
) -> None:
    letter = parse_text(flatten(f"{TITLE}\n{element}\n{salutation}：\n{REPLY}"), keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [(salutation, None)]
    assert letter.signature.issuer == "甲山县水利局"


# (left72a) a bare name with no post, the opening after it speaking to that person and asking
# (您提出的…), glued after such an element (B类王某：您提出的…), opens there too: where a role
# word's names would (an earlier round found no salutation glued, and lost the class mark)
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("element", ["B类", "甲山县水利函〔2024〕12号", "发布时间：2024-05-08"])
@pytest.mark.parametrize("name", ["王某", "李小明"])
def test_a_bare_name_under_an_element(
    flatten: Callable[[str], str], element: str, name: str
) -> None:
    letter = parse_text(flatten(f"{TITLE}\n{element}\n{name}：\n{REPLY}"), keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [(name, None)]
    assert letter.signature.issuer == "甲山县水利局"
