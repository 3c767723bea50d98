"""The number of the item answered, a page's note under a title that has ended (``…的答复``,
its bracketed topic after it or not), in a copy flattened with blanks or glued with nothing
between its lines (``…的答复（关于…） 第27号 来源：…``, ``…的答复（关于…）第27号王某委员：``):
no word of the title, as on its own line (layout's number line; fix164: an earlier round
read the note into the title, ``…的答复（关于…）第27号``). A title broken before its ending
right after the number (``对…会议 第27号提案的答复``) is read whole, as before. Snippets are
invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

BODY = "我局会同有关部门推进小吃街的摊位整治和夜间照明。" * 6
REST = f"""王某委员:

您提出的《关于改善甲山县小吃街经营环境》的提案已收悉,现答复如下:

{BODY}

感谢您对商务工作的关心和支持。

甲山县商务局
2099年9月30日
"""


def _read(head: str, flatten: Callable[[str], str]) -> tuple[str | None, str | None]:
    letter = parse_text(flatten(head + "\n\n" + REST), keywords=False)
    return letter.title, letter.proposal.number if letter.proposal else None


TITLE = "对县政协九届四次会议第27号提案的答复"


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "head",
    [
        pytest.param(
            f"{TITLE}(关于改善甲山县小吃街经营环境)\n\n第27号\n\n来源:甲山县商务局 时间:2099-10-10",
            id="topic-and-cells",
        ),
        pytest.param(f"{TITLE}(关于改善甲山县小吃街经营环境)\n\n第27号", id="topic"),
        pytest.param(f"{TITLE}\n\n第27号\n\n来源:甲山县商务局 时间:2099-10-10", id="cells"),
        pytest.param(f"{TITLE}\n\n第27号提案\n\n来源:甲山县商务局 时间:2099-10-10", id="with-kind"),
        # (the kind's word before the number, as 建议第56号 on its line: mend75c)
        pytest.param(
            f"{TITLE}\n\n提案第27号\n\n来源:甲山县商务局 时间:2099-10-10", id="kind-first"
        ),
        pytest.param(f"{TITLE}\n提案第27号", id="kind-first-alone"),
    ],
)
def test_the_items_number_under_the_title_is_no_title_word(
    head: str, flatten: Callable[[str], str]
) -> None:
    assert _read(head, flatten) == (TITLE, "27")


@pytest.mark.parametrize("flatten", COPIES[:2])
def test_a_title_broken_before_the_number_stays_whole(flatten: Callable[[str], str]) -> None:
    assert _read("对县政协九届四次会议\n第27号提案的答复", flatten) == (TITLE, "27")
