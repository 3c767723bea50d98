"""A page's source cell giving the site's own word for itself (``来源：本站``, ``来源：本站原创``)
right over the salutation written with no colon (``王某代表`` over ``提出的…建议收悉``, the
opening's verb of the item's asking or its pronoun first), the page flattened with blanks
or with nothing between its lines: the names after the cell are the salutation, as where
the cell's value is an authority's name (fix132) and where the lines were kept (fix164: an
earlier round dropped the names with the page's cells, or read ``本站原创王某`` as a name).
Snippets are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

LETTER = """关于甲山县老街保护的复函

作者: 佚名发布时间:2099-12-06 15:20来源:{source}

王某某代表

{opening}的关于加大甲山县老街保护利用的建议收悉，现答复如下：

{body}

最后，感谢您一直以来对我县城建工作的支持。

甲山县住房和城乡建设局
2099年9月3日
"""
_BODY = "我局将督促有关部门充分论证老街申报历史文化街区的可行性，" * 6


def _addressees(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in parse_text(text, keywords=False).addressees]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("source", ["本站原创", "本站", "甲山县住房和城乡建设局"])
@pytest.mark.parametrize("opening", ["提出", "您提出"])
@pytest.mark.parametrize(
    "body", [pytest.param("我局将加强保护。", id="short"), pytest.param(_BODY, id="long")]
)
def test_the_names_after_the_source_cell_are_the_salutation(
    source: str, opening: str, body: str, flatten: Callable[[str], str]
) -> None:
    text = LETTER.format(source=source, opening=opening, body=body)
    assert _addressees(flatten(text)) == [("王某某", "代表")]


# mend75c: the title broken after the role under the cell (王某某代表 / 提出的关于…的复函),
# the salutation with its colon under it: that is the salutation in every copy, the title's
# first line no names of its own (fix164's round read ``王某某代表`` so, glued).
BROKEN = """作者: 佚名发布时间:2099-12-06 15:20来源:本站
王某某代表
提出的关于加大甲山县老街保护利用的建议的复函
王某某代表：
您提出的关于加大甲山县老街保护利用的建议收悉，现答复如下：
{body}
最后，感谢您一直以来对我县城建工作的支持。
甲山县住房和城乡建设局
2099年9月3日
"""


@pytest.mark.parametrize("flatten", COPIES)
def test_a_title_broken_after_the_role_leaves_the_salutation_with_its_colon(
    flatten: Callable[[str], str],
) -> None:
    letter = parse_text(flatten(BROKEN.format(body=_BODY)), keywords=False)
    assert letter.salutation == "王某某代表："
    assert [(a.name, a.role) for a in letter.addressees] == [("王某某", "代表")]
