"""A page's column tag naming the kind of item the letter answers, in square or lenticular
brackets before the title (``【人大建议】关于…的答复``, ``【政协提案】…``, ``[代表建议]…``), is
the site's filing, no word of the title, as a province's tag is (fix144: an earlier round
kept the tag where the heading kept its line or a blank after the crumb, dev144/007; a copy
glued after the crumb read it off already). A bracket naming anything else stays.
Snippets are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

HEAD = "首页>部门信息公开>甲山县交通运输局>回应关切"
TITLE = "关于对县三届人大四次会议第24号建议的答复"
REPLY = """王某代表：
您提出的《关于硬化某村道路的建议》收悉。现答复如下：
该路段已列入明年计划，我局将积极争取资金。
感谢您对交通运输工作的关心和支持！
甲山县交通运输局
2031年5月9日"""


@pytest.mark.parametrize(
    "tag",
    [
        pytest.param("【人大建议】", id="npc-suggestion"),
        pytest.param("【政协提案】", id="cppcc-proposal"),
        pytest.param("[代表建议]", id="square-deputy"),
        pytest.param("【建议提案】", id="both-kinds"),
        pytest.param("【人大建议办理】", id="handling"),
        # (left72a: the words of chrome's SECTION_BANNER, one list with the crumb's step)
        pytest.param("【建议提案办理情况】", id="handling-state"),
        pytest.param("【人大代表建议答复】", id="deputies-replies"),
        pytest.param("[建议提案办理结果公开]", id="results-published"),
    ],
)
@pytest.mark.parametrize("flatten", COPIES)
def test_a_kind_tag_is_no_part_of_the_title(tag: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(f"{HEAD}\n{tag}{TITLE}\n{REPLY}"), keywords=False)
    assert letter.title == TITLE
    assert (letter.proposal.session, letter.proposal.number) == ("县三届人大四次会议", "24")


def test_a_kind_tag_before_the_authority() -> None:
    letter = parse_text(f"【人大建议】甲山县交通运输局{TITLE}\n{REPLY}", keywords=False)
    assert letter.title == f"甲山县交通运输局{TITLE}"
    assert letter.issuer == "甲山县交通运输局"


@pytest.mark.parametrize(
    "line",
    [
        # a bracket naming no kind of item
        pytest.param(f"【交通】{TITLE}", id="other-word"),
        # the kind's words inside a longer note
        pytest.param(f"【关于修路的建议】{TITLE}", id="item-title"),
    ],
)
def test_other_brackets_stay(line: str) -> None:
    assert parse_text(f"{line}\n{REPLY}", keywords=False).title == line
