"""An item's own title written with neither quotes nor 关于 whose words hold commas or a
colon (a slogan and its subtitle, two aims side by side) is the run after the asking words
to 的 and its kind word when 收悉 (or 收到) is glued right after it: the item alone is what
arrived, so the marks before are the title's own. A run whose clause after a mark is the
reply talking (…，我局…, ，经研究…), or that opens with a word for an item or a remark
(提出的问题，…), or that does not reach 收悉, gives none. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

LETTER = """对县政协九届三次会议第77号委员提案的会办意见

某镇人民政府：

{opening}经研究，现将会办意见答复如下：

我委将会同有关部门做好配套道路建设。

以上供你单位答复委员时参考。

某县住房和城乡建设委员会
2099年4月2日
"""


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        pytest.param(
            "在县政协会议上，赵某某委员提出的以水润城，绿色共享：打造某河滨水步道的提案收悉，",
            "以水润城，绿色共享：打造某河滨水步道的提案",
            id="slogan-and-subtitle",
        ),
        pytest.param(
            "钱某委员提出的增设公交站点，延长末班时间的提案已收悉，",
            "增设公交站点，延长末班时间的提案",
            id="two-aims",
        ),
        pytest.param(
            "你们提出的以文兴镇，以镇促文：建设某镇文化街区的提案收到后，",
            "以文兴镇，以镇促文：建设某镇文化街区的提案",
            id="received-shou-dao",
        ),
    ],
)
def test_a_title_with_its_own_marks_before_shouxi(opening: str, title: str) -> None:
    text = LETTER.format(opening=opening)
    letter = parse_text(text)
    assert letter.proposal is not None
    assert letter.proposal.title == title
    assert letter.proposal.kind == "提案"
    assert not span_problems(letter)


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("您提出的问题，我委高度重视，加强某路管理的提案收悉，", id="reply-voice"),
        pytest.param("您提出的意见很好，对加强某路管理的提案收悉，", id="remark-first"),
        pytest.param("您提出的提案：加强某路管理的提案收悉，", id="kind-word-first"),
        pytest.param("感谢您提出的宝贵意见，加强某路管理的提案收悉，", id="praise"),
        pytest.param("您提出的增设站点，延长末班时间的提案，我委高度重视，", id="no-shouxi"),
    ],
)
def test_no_title_from_the_letters_own_clauses(opening: str) -> None:
    letter = parse_text(LETTER.format(opening=opening))
    title = letter.proposal.title if letter.proposal is not None else None
    assert title is None or "，" not in title


def test_a_markless_title_reads_as_before() -> None:
    text = LETTER.format(opening="孙某委员提出的改善某镇农贸市场环境的提案收悉，")
    letter = parse_text(text)
    assert letter.proposal is not None
    assert letter.proposal.title == "改善某镇农贸市场环境的提案"
