"""A site's column a menu entry names, standing right over the title under the page's cells
(``来源：甲山县教育局`` / ``建议提案办理`` / ``关于…的答复``), not at the page's head: a
section's banner (建议提案办理, 人大建议办理, 建议提案) or a menu's item (政务公开, 信息公开)
is the page's, no word of the title, in the copy that kept its lines, the one flattened with
blanks and the one glued (page76; an earlier round read it as the title's first words in the
flattened copies, or no title where the cell's value ran into it). A title whose own words
open with 建议 or 提案 before 关于 keeps them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES, spaced

REPLY = (
    "王某代表：\n您提出的关于加强乡村学校校车管理的建议收悉，现答复如下：\n"
    "一、加强车辆检查\n我局每学期组织一次车辆检查。\n"
    "感谢您对教育工作的关心和支持。\n甲山县教育局\n2099年5月6日\n"
)
ABOUT = "关于对王某代表提出的关于加强乡村学校校车管理的建议的答复"
OWN_TO = "甲山县教育局对王某代表提出的关于加强乡村学校校车管理的建议的答复"
PAGES = [
    pytest.param("来源：甲山县教育局\n", id="cell"),
    pytest.param("来源：甲山县教育局\n发布时间：2099-05-06\n", id="cells"),
    pytest.param("首页 > 政务公开 > 建议提案办理\n来源：甲山县教育局\n", id="crumb"),
]


def _title(text: str) -> str | None:
    return parse_text(text, keywords=False).title


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("title", [ABOUT, OWN_TO])
@pytest.mark.parametrize("column", ["建议提案办理", "人大建议办理", "建议提案", "政务公开"])
@pytest.mark.parametrize("page", PAGES)
def test_column_over_title_is_no_part_of_it(
    page: str, column: str, title: str, flatten: Callable[[str], str]
) -> None:
    assert _title(flatten(page + column + "\n" + title + "\n" + REPLY)) == title


@pytest.mark.parametrize("flatten", [str, spaced])
def test_title_opening_with_its_kind_word_keeps_it(flatten: Callable[[str], str]) -> None:
    title = "建议关于加强乡村学校校车管理的答复"
    assert _title(flatten("来源：甲山县教育局\n" + title + "\n" + REPLY)) == title


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("title", ["市政协提案答复函", "人大代表建议办理情况答复", "政协提案答复"])
def test_title_of_the_columns_words_and_an_ending_is_whole(
    title: str, flatten: Callable[[str], str]
) -> None:
    # no title of 关于 or 对 follows the words: they are the title, no column over one
    assert _title(flatten(title + "\n" + REPLY)) == title


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "title",
    [
        "政务公开办公室关于加强乡村学校校车管理的建议的答复",
        "建议提案办理工作领导小组办公室关于加强乡村学校校车管理的建议的答复",
        "政务公开工作领导小组对王某代表提出的建议的答复",
    ],
)
@pytest.mark.parametrize("page", ["", "来源：甲山县教育局\n"])
def test_authority_named_with_a_columns_words_keeps_them(
    page: str, title: str, flatten: Callable[[str], str]
) -> None:
    # the column's words go on into an office's name (no place opens what follows them):
    # the authority's, kept in the title (review76a found 办公室关于… read)
    assert _title(flatten(page + title + "\n" + REPLY)) == title
