"""The proposal answered: kind, number, session, title."""

from __future__ import annotations

import pytest

from replyparse import parse_text

# (title line, opening paragraph, (kind, number, session, title))
PROPOSALS = [
    pytest.param(
        "关于对某区十六届人大三次会议\n第094号建议的答复", "您提出的“关于加快甲乙建设的建议”收悉，现答复如下：",
        ("建议", "094", "某区十六届人大三次会议", "关于加快甲乙建设的建议"), id="quoted-whole-title",
    ),
    pytest.param(
        "关于某区第十六届人大四次会议第270号\n建议答复的函", "您提出的《推行甲乙工作》建议收悉。",
        ("建议", "270", "某区第十六届人大四次会议", "推行甲乙工作"), id="book-title-marks",
    ),
    pytest.param(
        "关于市政协十三届三次会议第0123号提案的答复", "您提出的关于“加强丙丁保护”的提案收悉。",
        ("提案", "0123", "市政协十三届三次会议", "加强丙丁保护"), id="partly-quoted",
    ),
    pytest.param(
        "某市财政局关于市政协六届一次会议第56号提案的答复", "您提出的关于加快戊己发展的提案收悉。",
        ("提案", "56", "市政协六届一次会议", "关于加快戊己发展的提案"), id="nothing-quoted-issuer-in-title",
    ),
    pytest.param(
        "关于某某议案的答复", "贵团在县十八届人大一次会议上提出的第3号议案收悉。",
        ("议案", "3", "县十八届人大一次会议", "关于某某议案"), id="session-in-opening",
    ),
    pytest.param(
        "关于对市五届人大四次会议\n第156号《关于加强庚辛治理\n的建议》的答复", "您提出的关于加强庚辛治理的建议收悉，现答复如下：",
        ("建议", "156", "市五届人大四次会议", "关于加强庚辛治理的建议"), id="number-then-book-title",
    ),
    pytest.param(
        "对市政协十一届二次会议第123号提案的答复", "你们提出的「关于加快壬癸改造的提案」收悉。",
        ("提案", "123", "市政协十一届二次会议", "关于加快壬癸改造的提案"), id="对-title-corner-quotes",
    ),
    pytest.param(
        "答复函", "贵单位在市政协七届四次会议上提出的第0217号提案《关于优化子丑环境的提案》收悉。",
        ("提案", "0217", "市政协七届四次会议", "关于优化子丑环境的提案"), id="all-in-opening-after-kind",
    ),
    pytest.param(
        "关于区九届人大二次会议第20240118040077号建议的答复函", "您提出的“关于加快寅卯改造的建议”收悉。",
        ("建议", "20240118040077", "区九届人大二次会议", "关于加快寅卯改造的建议"), id="registry-number-date-and-serial",
    ),
    # the person addressed before the session: 您向, 你们向 (stripped, as 您在 is)
    pytest.param(
        "关于某事的答复", "您向区政协七届四次会议提出的第23号提案收悉，现答复如下：",
        ("提案", "23", "区政协七届四次会议", None), id="您向-session",
    ),
    pytest.param(
        "关于某事的答复", "你们向县十八届人大二次会议提交的第5号建议收悉。",
        ("建议", "5", "县十八届人大二次会议", None), id="你们向-session",
    ),
    # 现将 leads to the session (a 会办 letter: 现将…会议第N号建议…情况函告如下)
    pytest.param(
        "会办意见", "现将市四届人大六次会议第22号建议的办理情况函告如下：",
        ("建议", "22", "市四届人大六次会议", None), id="现将-session",
    ),
    # a place whose name opens with a lead word keeps it
    pytest.param(
        "关于于都县政协十届二次会议第3号提案的答复", "您提出的提案收悉。",
        ("提案", "3", "于都县政协十届二次会议", None), id="place-opening-with-于",
    ),
    pytest.param(
        "答复函", "您在向阳区人大九届一次会议上提出的第8号建议收悉。",
        ("建议", "8", "向阳区人大九届一次会议", None), id="place-opening-with-向",
    ),
    # a page heading that is the proposal's own title: the opening's numbered kind wins
    pytest.param(
        "筹建城北全民健身中心的建议", "您向区政协七届四次会议提出的23号提案收悉，现答复如下：",
        ("提案", "23", "区政协七届四次会议", "筹建城北全民健身中心的建议"), id="heading-is-the-proposal-title",
    ),
    # an 意见 numbered as the item; a title ending in 建议意见 runs to its end
    pytest.param(
        "某局对市十届三次会议人大第16号意见的答复", "您提出的关于加快城西管网建设的建议意见收悉，现答复如下：",
        ("意见", "16", "市十届三次会议", "关于加快城西管网建设的建议意见"), id="numbered-意见",
    ),
    # 意见 as the opening's word for the item it quotes, before what is done with it, where
    # nothing else names the item; a numbered kind word elsewhere still wins
    pytest.param(
        "关于答复市政协八届二次会议委员意见的函", "您提出的“把城北旧仓库用地列入改造规划”的意见已由市政府转我局收悉，现答复如下：",
        ("意见", None, "市政协八届二次会议", "把城北旧仓库用地列入改造规划"), id="意见-after-the-quote",
    ),
    pytest.param(
        "关于某事的答复", "你们提出的“把城北旧仓库用地列入改造规划”意见收悉。",
        ("意见", None, None, "把城北旧仓库用地列入改造规划"), id="意见-glued-after-the-quote",
    ),
    pytest.param(
        "关于市政协八届二次会议第5号提案的答复", "您提出的“把城北旧仓库用地列入改造规划”的意见已收悉。",
        ("提案", "5", "市政协八届二次会议", "把城北旧仓库用地列入改造规划"), id="意见-after-the-quote-outranked",
    ),
    # 与 of 参与 is no such word: the number after it merged with another is the item's
    pytest.param(
        "关于某事的答复", "您在县九届人大二次会议期间参与提出的第30号建议与相关建议一并办理，现答复如下：",
        ("建议", "30", "县九届人大二次会议", None), id="canyu-is-no-merging-word",
    ),
    # nor is 与 after the proposer (您与…联名): the item's own number, merged or not
    pytest.param(
        "关于某事的答复", "您与钱某代表联名提出的第31号建议已与相关建议并案办理，现答复如下：",
        ("建议", "31", None, None), id="joint-proposers-own-number",
    ),
    # its own number first, another item's after it
    pytest.param(
        "关于某事的答复", "您提出的第30号建议收悉，该建议与第12号建议合并办理。",
        ("建议", "30", None, None), id="own-number-then-another",
    ),
    # digits alone in brackets after a title ending in its kind word are its number
    pytest.param(
        "关于某事的答复", "您提出的《关于增设城东公交站点的建议》(0641)，已交我们研究办理。",
        ("建议", "0641", None, "关于增设城东公交站点的建议"), id="bare-number-after-title",
    ),
]  # fmt: skip

# Titles and openings that must not read so.
NOT_READ = [
    # a year in brackets after a title is no number
    pytest.param("关于某事的答复", "您提出的《关于整治河道的建议》（2019）收悉。", "number", None, id="year-in-brackets"),
    # digits in brackets after a cited document (no kind word ending it) are no number
    pytest.param("关于某事的答复", "您的建议收悉。依照《某市河道管理条例》(0641)办理。", "number", None, id="cited-document"),
    # 意见 with no number before it is a remark, no kind
    pytest.param("关于某事的答复", "对您提出的意见，我们十分重视。", "kind", None, id="意见-unnumbered"),
    # 意见 after a quote, then words of a sentence: the common noun (the quote names no item)
    pytest.param("关于某事的答复", "您对“城北旧仓库改造”的意见很有见地。", "kind", None, id="意见-after-a-quote-in-a-sentence"),
    # 意见 on a quoted topic after 对 (您对“…”的意见): a remark on it, before a comma too
    pytest.param("关于某事的答复", "您对“城北旧仓库改造”的意见，我们非常重视。", "kind", None, id="意见-on-a-quoted-topic-comma"),
    pytest.param("关于某事的答复", "群众针对“停车难”的意见已转交有关部门。", "kind", None, id="意见-on-a-quoted-topic-已"),
    # a reply's title, or one naming whom it answers, is not the proposal's title
    pytest.param("加强农村道路养护的建议答复", "您的建议收悉。", "title", None, id="reply-title"),
    pytest.param("张某代表提出的建议", "您的建议收悉。", "title", None, id="whose-title"),
    # a number the words before it give to another item (merged with it, answered beside it)
    pytest.param("关于改善学校周边交通的建议的答复", "您提出的建议收悉，该建议与第12号建议合并办理。", "number", None, id="merged-with-another"),
    pytest.param("关于某事的答复", "您的提案（同第7号提案一并答复）收悉。", "number", None, id="answered-beside-another"),
    pytest.param("关于某事的答复", "您的建议收悉。该件已并入第40号建议办理。", "number", None, id="merged-into-another"),
    pytest.param("关于某事的答复", "您的建议收悉，详见第40号建议的答复。", "number", None, id="see-another"),
    # the other item's session or proposer between the word and its number, merged after it
    pytest.param("关于某事的答复", "您提出的建议收悉，该建议与县九届人大二次会议第12号建议合并办理。", "number", None, id="merged-with-another-of-a-session"),
    pytest.param("关于某事的答复", "您的提案收悉。该提案同赵某委员提出的第8号提案一并答复如下：", "number", None, id="answered-beside-another-proposers"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "opening", "expected"), PROPOSALS)
def test_proposal(title: str, opening: str, expected: tuple[str, str, str, str]) -> None:
    letter = parse_text(f"{title}\n张某代表：\n{opening}\n一、总体情况\n正文。\n")
    assert letter.proposal is not None
    p = letter.proposal
    assert (p.kind, p.number, p.session, p.title) == expected


@pytest.mark.parametrize(("title", "opening", "part", "expected"), NOT_READ)
def test_not_read_as_the_proposal(title: str, opening: str, part: str, expected: None) -> None:
    letter = parse_text(f"{title}\n张某代表：\n{opening}\n一、总体情况\n正文。\n")
    proposal = letter.proposal
    assert (getattr(proposal, part) if proposal is not None else None) == expected


def test_proposal_title_is_not_a_reference() -> None:
    letter = parse_text(
        "关于第5号建议的答复\n张某代表：\n您提出的《甲乙》建议收悉。根据《丙丁办法》办理。\n"
    )
    assert [r.text for r in letter.references] == ["丙丁办法"]


def test_proposal_title_quoted_in_the_title_only_is_not_a_reference() -> None:
    letter = parse_text(
        "关于第5号《关于甲乙的建议》的答复\n张某代表：\n您提出的关于甲乙的建议收悉。根据《丙丁办法》办理。\n"
    )
    assert [r.text for r in letter.references] == ["丙丁办法"]


def test_session_year_is_not_a_date() -> None:
    letter = parse_text("关于2021年某区一届人大一次会议第5号建议的答复\n张某代表：\n收悉。\n")
    assert letter.proposal is not None
    assert letter.proposal.number == "5"
