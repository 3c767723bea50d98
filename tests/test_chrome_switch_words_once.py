"""A site's switch words (无障碍浏览, 长者模式, 登录…) are spelled once (``_SWITCH_WORDS``):
the line of tools reads each of them (``_TOOL_WORD``) and so does the furniture glued before
what follows (``_SWITCHES``), which reads a few more only glued. Before, each list spelled
them on its own, and a word added to one was missing from the other."""

from __future__ import annotations

import pytest

from replyparse import chrome

GLUED_ONLY = {"中文版", "下载本页", "打印本页", "展开菜单", "收起菜单"}


@pytest.mark.parametrize("word", chrome._SWITCH_WORDS)
def test_each_switch_word_is_read_both_ways(word: str) -> None:
    assert chrome._TOOLS.match(word), word  # alone on a line of tools
    assert chrome._TOOLS.match(f"{word} | 返回顶部"), word
    glued = chrome._GLUED_FURNITURE.match(f"{word}关于增设公交站点建议的答复")
    assert glued is not None and glued.group() == word


def test_the_glued_list_is_the_switch_words_and_a_few_more() -> None:
    words = chrome._SWITCHES.split("|")
    assert words[: len(chrome._SWITCH_WORDS)] == list(chrome._SWITCH_WORDS)
    assert set(words) - set(chrome._SWITCH_WORDS) == GLUED_ONLY


def test_a_word_that_opens_with_another_stands_before_it() -> None:
    words = chrome._SWITCH_WORDS
    for i, word in enumerate(words):
        assert not any(word.startswith(earlier) for earlier in words[:i]), word


# must not match: a letter's words


@pytest.mark.parametrize(
    "line", ["关于增设公交站点建议的答复", "请登录某市政务服务网办理", "无障碍设施建设"]
)
def test_a_letters_line_is_no_line_of_tools(line: str) -> None:
    assert chrome._TOOLS.match(line) is None
