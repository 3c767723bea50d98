"""A page flattened onto one line whose print cut a line after the 抄送 list: the signer's
name cut short (``某市交``, a page's next heading cut at its width) run on after the list
past a blank or the bracket of the list's last count. It is no body of the list (snippets
written here, invented units). Near misses: a body the list names in full stays, also one
whose name the signer's starts with (``市政府`` under ``市政府办公室``), and so does a body
after a list's mark."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import glued, spaced
from spans import span_problems

_LETTER = (
    "关于市十届人大二次会议第17号建议的答复\n李某代表：\n您提出的关于增开夜间公交的建议收悉，"
    "现答复如下：\n我局已将该线路列入年度调整计划。\n溪山市交通运输局\n2099年4月2日\n"
)


def _cc(text: str) -> list[str]:
    letter = parse_text(text, keywords=False)
    assert span_problems(letter) == []
    return letter.cc


@pytest.mark.parametrize(
    ("cc_line", "flatten"),
    [
        pytest.param(
            "抄送：市人大代表工委（1份）、市政府督查室（1份）", spaced, id="counts-spaced"
        ),
        pytest.param("抄送：市人大代表工委（1份）、市政府督查室（1份）", glued, id="counts-glued"),
        pytest.param("抄送：市人大代表工委、市政府督查室", spaced, id="names-spaced"),
    ],
)
def test_the_signers_name_cut_after_the_list_is_no_body(cc_line: str, flatten) -> None:  # type: ignore[no-untyped-def]
    # (glued after a name, nothing parts the cut line from the list: not read)
    assert _cc(flatten(f"{_LETTER}{cc_line}\n\n溪山市交\n") + "\n") == [
        "市人大代表工委",
        "市政府督查室",
    ]


@pytest.mark.parametrize(
    ("cc_line", "bodies"),
    [
        pytest.param(
            "抄送：市人大代表工委 溪山市", ["市人大代表工委", "溪山市"], id="a-place-alone"
        ),
        pytest.param(
            "抄送：市人大代表工委 溪山市交通运输局办公室",
            ["市人大代表工委", "溪山市交通运输局办公室"],
            id="a-body-in-full",
        ),
        pytest.param(
            "抄送：市人大代表工委、溪山市交", ["市人大代表工委", "溪山市交"], id="after-a-mark"
        ),
    ],
)
def test_a_body_that_is_no_cut_name_stays(cc_line: str, bodies: list[str]) -> None:
    assert _cc(spaced(_LETTER + cc_line) + "\n") == bodies
