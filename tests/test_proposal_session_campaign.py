"""A named campaign or occasion where a session stands (fix96): a title that names the item
by a campaign's quoted name and the word for the occasion before its number
(``关于县“某某，某某”行动第9号建议的答复``), or an opening that says the item was made there
(``您在“某某”活动中提出的…``), gives that as the session, as written. A quote or a campaign
word elsewhere is none, and a body's session wins where one is named. Snippets written for
these tests; places, names and numbers invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

_OPENING = "您提出的关于修缮东河便桥的建议收悉，现答复如下："
_REST = "\n我局已安排专项资金。\n\n溪南镇人民政府\n2099年3月4日\n"


def _session(title: str, opening: str = _OPENING) -> str | None:
    letter = parse_text(f"{title}\n柯明远代表：\n{opening}{_REST}")
    assert letter.proposal is not None
    return letter.proposal.session


TITLES = [
    pytest.param(
        "关于县“听民声，办实事”行动第20317号人大代表建议办理情况的答复函",
        "县“听民声，办实事”行动",
        id="county-action",
    ),
    pytest.param("关于“代表进社区”活动第12号建议的答复", "“代表进社区”活动", id="bare-activity"),
    pytest.param(
        "关于市人大“乡村振兴”专题调研第5号建议的答复",
        "市人大“乡村振兴”专题调研",
        id="body-survey",
    ),
    pytest.param(
        "关于对区“百名代表进基层”主题活动第3号建议的答复",
        "区“百名代表进基层”主题活动",
        id="dui-theme-activity",
    ),
]


@pytest.mark.parametrize(("title", "session"), TITLES)
def test_campaign_in_the_title_is_the_session(title: str, session: str) -> None:
    assert _session(title) == session


OPENINGS = [
    pytest.param(
        "您在“代表进社区”活动中提出的关于修缮东河便桥的建议收悉，现答复如下：",
        "“代表进社区”活动",
        id="during",
    ),
    pytest.param(
        "您在“听民声，办实事”行动提出的关于修缮东河便桥的建议收悉，现答复如下：",
        "“听民声，办实事”行动",
        id="asked-right-after",
    ),
]


@pytest.mark.parametrize(("opening", "session"), OPENINGS)
def test_campaign_in_the_opening_is_the_session(opening: str, session: str) -> None:
    assert _session("关于修缮东河便桥建议的答复", opening) == session


NONE = [
    # a campaign the item's own title names: no number, kind word or asking word after it
    pytest.param("关于开展“清河”行动的建议的答复", _OPENING, id="title-words"),
    # a quote alone, no word for an occasion after it
    pytest.param("关于“东河便桥”第12号建议的答复", _OPENING, id="quote-alone"),
    # the campaign word with no quoted name
    pytest.param("关于县走访活动第12号建议的答复", _OPENING, id="no-quote"),
    # review62a: the campaign the item is about, its kind word right after it, no number
    pytest.param("关于推进“净水入户”行动提案的答复", _OPENING, id="topic-kind-word"),
    # a verb before the quote: the campaign is the object, whatever follows
    pytest.param("关于加强“护河清渠”活动第12号建议的答复", _OPENING, id="verb-before-quote"),
    # the office's own doing in the opening, not where the item was asked
    pytest.param(
        "关于修缮东河便桥的答复",
        "您提出的建议收悉。我局在“美丽庭院”建设活动中提出的目标已完成，现答复如下：",
        id="office-in-campaign",
    ),
    pytest.param(
        "关于修缮东河便桥的答复",
        "您提出的建议收悉。我局结合“护河清渠”专项行动提出了三项措施，现答复如下：",
        id="office-verb",
    ),
    # the campaign inside the item's own title
    pytest.param(
        "关于修缮东河便桥的答复",
        "您提出的关于在“四好道路”行动中提出的养护标准的建议收悉，现答复如下：",
        id="item-title-asks-in-campaign",
    ),
]


@pytest.mark.parametrize(("title", "opening"), NONE)
def test_no_campaign_no_session(title: str, opening: str) -> None:
    assert _session(title, opening) is None


def test_a_body_session_wins() -> None:
    opening = "您在县十八届人大三次会议期间“代表进社区”活动中提出的建议收悉，现答复如下："
    assert _session("关于修缮东河便桥建议的答复", opening) == "县十八届人大三次会议"
