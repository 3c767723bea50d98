"""A section's heading written as a short sentence, its topic word then a few words and its
full stop (``二、加大某某工作保障力度。``), glued to its paragraph in a copy that lost its line
breaks: the heading runs to its stop, as on its own line, and is not cut after the topic
word (fix112; an earlier round read ``加大某某工作``). A paragraph's first clause that goes
on after the topic word is still parted from the heading. Snippets are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import glued, section_headings, spaced

LETTER = "\n".join(
    [
        "王某委员：",
        "您提出的《关于加强基层调解的提案》收悉。现答复如下：",
        "一、加强村级调解组织建设。我们已在全省推开，成效明显。",
        "二、加大人民调解工作保障力度。您提出的经费问题，我们正在抓紧解决。",
        "三、基本情况全省共有调解组织两万余个，调解员十万余名。",
        "感谢您对司法行政工作的关心和支持！",
        "某省某某厅",
        "2031年6月1日",
    ]
)


@pytest.mark.parametrize(
    "flatten", [pytest.param(spaced, id="blank"), pytest.param(glued, id="glued")]
)
def test_a_short_sentence_heading_runs_to_its_stop(flatten: Callable[[str], str]) -> None:
    headings = section_headings(flatten(LETTER))
    assert headings[:2] == ["加强村级调解组织建设", "加大人民调解工作保障力度"]


def test_a_topic_word_before_a_long_clause_still_ends_the_heading() -> None:
    assert section_headings(glued(LETTER))[2] == "基本情况"
    assert parse_text(LETTER).sections[2].heading.startswith("基本情况全省共有")
