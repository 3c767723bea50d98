"""A long line of 第一， after sentence ends and never a 第二 (a flattened page, or a hostile
file: one paragraph that opens with 第一， written thousands of times on one line): each 第一，
asked whether a 第二， follows after a clause break in its paragraph, a search of the rest of
the line each (quadratic). The places of 第二， and of the line breaks are now found once for
the letter, and each 第一， asks them by halving. The work is counted (characters handed to
the searches), never timed; the answer is the search's. Snippets are invented."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from replyparse import parse_text
from replyparse.fields import sections


class _Counted:
    """A pattern whose searches count the characters they are given."""

    def __init__(self, pattern: re.Pattern[str], counter: list[int]) -> None:
        self.pattern, self.counter = pattern, counter

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        self.counter[0] += min(len(text), endpos) - pos
        return self.pattern.search(text, pos, endpos)

    def finditer(self, text: str) -> object:
        self.counter[0] += len(text)
        return self.pattern.finditer(text)


def _searched(count: int, monkeypatch: pytest.MonkeyPatch) -> int:
    counter = [0]
    with monkeypatch.context() as patch:
        patch.setattr(sections, "_SECOND_DI", _Counted(sections._SECOND_DI, counter))
        at = getattr(sections, "_SECOND_DI_AT", None)
        if at is not None:
            patch.setattr(sections, "_SECOND_DI_AT", _Counted(at, counter))
        parse_text("关于某事的答复\n张三代表：\n" + "已完成。第一，加强管理，做好服务。" * count)
    return counter[0]


def test_characters_searched_grow_with_the_line(monkeypatch: pytest.MonkeyPatch) -> None:
    small = _searched(200, monkeypatch)
    large = _searched(400, monkeypatch)
    assert large < 2.5 * small, (small, large)


@pytest.mark.parametrize(
    "norm",
    [
        "已完成。第一，优化线路；第二，增加频次。",
        "已完成。第一，优化线路。\n第二，增加频次。",  # another paragraph's
        "已完成。第一，优化线路，第二，第二，增加。",
        "已完成。第一，优化线路”）；”第二：增加。",
        "已完成。第一，优化线路。",
    ],
)
def test_the_answer_is_the_search_s(norm: str) -> None:
    cand = SimpleNamespace(number=1, through=False, count_like=False, end=norm.index("，") + 1)
    for end in range(cand.end, len(norm) + 1):
        nl = norm.find("\n", cand.end, end)
        want = sections._SECOND_DI.search(norm, cand.end, nl if nl >= 0 else end) is not None
        view = SimpleNamespace(norm=norm)
        assert sections._di_run(view, cand, end) == want, end  # type: ignore[arg-type]
