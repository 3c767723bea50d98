"""Words a page's heading (``正文``, ``详情``) or a form's last row (``办理情况``, ``办理结果``)
spells, inside the words before the salutation's colon rather than opening a piece of their
own: a body spoken to whose name holds them (``甲山县项目详情公开办公室：``, ``县公文正文规范
小组：``, ``甲山县建议办理情况督查组：``), or a title that holds them with its words going on
after them (``关于规范公文正文格式`` over ``王某代表：``). They are the name's or the title's, as
where the lines were kept (mend75a: head75's round cut the name after them, ``公开办公室：``,
and lost the title flattened; a form's row label inside a body's name was so cut before it).
Invented snippets."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

TITLE = "甲山县交通局关于王某代表建议的答复"
NUMBER = "甲交函〔2099〕3号"
BODY = (
    "您提出的关于拓宽乙河村道路的建议收悉，现答复如下：\n"
    "我局已将该路段列入明年改造计划。\n甲山县交通局\n2099年10月8日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("甲山县项目详情公开办公室", id="details"),
        pytest.param("县公文正文规范小组", id="text"),
        pytest.param("甲山县建议办理情况督查组", id="handling"),
        pytest.param("甲山县建议办理结果反馈办公室", id="result"),
    ],
)
@pytest.mark.parametrize(
    "head", [pytest.param([TITLE, NUMBER], id="numbered"), pytest.param([TITLE], id="titled")]
)
def test_a_body_whose_name_holds_the_words(
    head: list[str], body: str, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten("\n".join([*head, f"{body}："]) + "\n" + BODY), keywords=False)
    assert letter.salutation == f"{body}："
    assert [a.name for a in letter.addressees] == [body]
    # (glued, the authority's name over the title is no word of it where the number parts
    # them: flat55's reading, as before head75)
    assert letter.title is not None and letter.title.endswith("关于王某代表建议的答复")


# The 答复 of 答复情况 inside a body's name ends no title there either, on the kept lines (an
# earlier round read the title `甲山县答复情况` and the salutation `核查小组：`). Flattened,
# the name's 答复 is still read as a title's ending: left.
def test_a_body_whose_name_holds_the_reply_row() -> None:
    letter = parse_text(
        "\n".join([TITLE, NUMBER, "甲山县答复情况核查小组：", BODY]), keywords=False
    )
    assert (letter.title, letter.salutation) == (TITLE, "甲山县答复情况核查小组：")


# A title with the heading's word inside it and no reply's ending, over a person's salutation:
# the title whole, the names after the blank (head75's round read the title `关于规范公文正文`
# and an addressee `格式`). Glued with nothing between, where the title ends is not told.
@pytest.mark.parametrize("flatten", COPIES[:2])
def test_a_title_holding_the_heading_word(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten("关于规范公文正文格式\n王某代表：\n" + BODY), keywords=False)
    assert (letter.title, letter.salutation) == ("关于规范公文正文格式", "王某代表：")
    assert [a.name for a in letter.addressees] == ["王某"]


# Near miss: a title that ends with the word, the names glued right after it: the word ends
# the title, as head75 reads it.
@pytest.mark.parametrize("flatten", COPIES)
def test_a_title_ending_with_the_word(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten("关于公布乙河市项目详情\n王某代表：\n" + BODY), keywords=False)
    assert (letter.title, letter.salutation) == ("关于公布乙河市项目详情", "王某代表：")
