"""The proposal's title written beside its number rather than around it: in brackets after
the number and kind word (关于第0456号提案（关于…）的答复), or unquoted before the number
(您提出的关于…的第88号建议收悉); and a session note written short (（18届4次第15号）).
Snippets written for these tests; names, places and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_BODY = "我局已组织清理。\n"

# (kind, number, session, title) each letter's careful reader writes
READ = {
    # the title in brackets after the number and kind word, in the letter's title
    "title-bracket-after-number-kind": (
        "关于第0456号提案（关于整治河道垃圾的提案）的答复\n郑涛委员：\n来信收悉，现答复如下：\n",
        ("提案", "0456", None, "关于整治河道垃圾的提案"),
    ),
    "title-bracket-after-number-dui": (
        "对第0456号提案（关于整治河道垃圾的提案）的答复\n郑涛委员：\n来信收悉，现答复如下：\n",
        ("提案", "0456", None, "关于整治河道垃圾的提案"),
    ),
    "title-bracket-no-kind-word": (
        "关于第0456号提案（关于整治河道垃圾）的答复\n郑涛委员：\n来信收悉，现答复如下：\n",
        ("提案", "0456", None, "关于整治河道垃圾"),
    ),
    "title-bracket-after-session": (
        "关于县政协九届二次会议第7号提案（关于整治河道垃圾的提案）的复函\n郑涛委员：\n"
        "来信收悉，现答复如下：\n",
        ("提案", "7", "县政协九届二次会议", "关于整治河道垃圾的提案"),
    ),
    "title-bracket-half-width": (
        "关于第7号建议(关于整治河道垃圾的建议)的答复\n郑涛代表：\n来信收悉，现答复如下：\n",
        ("建议", "7", None, "关于整治河道垃圾的建议"),
    ),
    # after the title's own ending: the first 关于 is the reply's, not the proposal's
    "title-bracket-after-ending": (
        "关于整治河道垃圾的答复（关于整治河道垃圾的提案）\n郑涛委员：\n来信收悉，现答复如下：\n",
        ("提案", None, None, "关于整治河道垃圾的提案"),
    ),
    # the title's brackets name the item in other words than the opening's quote or phrase:
    # the title line's wins, as its quote of it does (dev74: the opening's paraphrase kept)
    "title-bracket-over-opening-quote": (
        "关于第7号建议的答复（关于将某某纳入河道整治范围的建议）\n郑涛代表：\n"
        "您提出的“关于将某某纳入河道的整治范围的建议”已收悉，现答复如下：\n",
        ("建议", "7", None, "关于将某某纳入河道整治范围的建议"),
    ),
    "title-bracket-over-opening-phrase": (
        "关于第7号建议的答复（关于将某某纳入河道整治范围的建议）\n郑涛代表：\n"
        "您提出的关于将某某纳入河道的整治范围的建议已收悉，现答复如下：\n",
        ("建议", "7", None, "关于将某某纳入河道整治范围的建议"),
    ),
    "title-bracket-over-opening-book-marks": (
        "关于第7号建议的答复（关于将某某纳入河道整治范围的建议）\n郑涛代表：\n"
        "您提出的《关于将某某纳入河道的整治范围的建议》已收悉，现答复如下：\n",
        ("建议", "7", None, "关于将某某纳入河道整治范围的建议"),
    ),
    # the same brackets in the opening
    "opening-bracket-after-number-kind": (
        "郑涛委员：\n您提出的第0456号提案（关于整治河道垃圾）收悉，现答复如下：\n",
        ("提案", "0456", None, "关于整治河道垃圾"),
    ),
    # a 关于… phrase after a numbered one in the title
    "title-second-about": (
        "关于第12号建议关于整治河道垃圾的建议的答复\n郑涛代表：\n来信收悉，现答复如下：\n",
        ("建议", "12", None, "关于整治河道垃圾的建议"),
    ),
    # an unquoted title, then its number and kind word
    "opening-title-before-number": (
        "郑涛代表：\n你提出的关于整治河道垃圾的第88号建议收悉，现答复如下：\n",
        ("建议", "88", None, "关于整治河道垃圾"),
    ),
    "opening-title-before-number-no-di": (
        "郑涛委员：\n你提出的关于整治河道垃圾的88号提案收悉，现答复如下：\n",
        ("提案", "88", None, "关于整治河道垃圾"),
    ),
    "opening-title-before-number-session": (
        "郑涛委员：\n你在县政协九届二次会议上提出的关于整治河道垃圾的第8号提案，"
        "已交我局办理，现答复如下：\n",
        ("提案", "8", "县政协九届二次会议", "关于整治河道垃圾"),
    ),
    "title-line-title-before-number": (
        "关于整治河道垃圾的第88号建议的答复\n郑涛代表：\n来信收悉，现答复如下：\n",
        ("建议", "88", None, "关于整治河道垃圾"),
    ),
    # a session note written short: no 会议, or no 第
    "note-session-short-digits": (
        "郑涛代表：\n您提出的关于整治河道垃圾的建议（18届4次第15号）收悉，现答复如下：\n",
        ("建议", "15", "18届4次", "关于整治河道垃圾的建议"),
    ),
    "note-session-short-numerals": (
        "郑涛代表：\n您提出的关于整治河道垃圾的建议（十八届四次第15号）收悉，现答复如下：\n",
        ("建议", "15", "十八届四次", "关于整治河道垃圾的建议"),
    ),
    "note-session-short-after-quote": (
        "郑涛代表：\n您提出的《关于整治河道垃圾的建议》(18届4次第15号)收悉，现答复如下：\n",
        ("建议", "15", "18届4次", "关于整治河道垃圾的建议"),
    ),
    "note-session-no-di": (
        "郑涛代表：\n您提出的关于整治河道垃圾的建议（县十六届人大三次会议88号）收悉，"
        "现答复如下：\n",
        ("建议", "88", "县十六届人大三次会议", "关于整治河道垃圾的建议"),
    ),
    "note-session-short-no-di": (
        "郑涛代表：\n您提出的《关于整治河道垃圾的建议》（十六届三次88号）收悉，现答复如下：\n",
        ("建议", "88", "十六届三次", "关于整治河道垃圾的建议"),
    ),
    # a note naming session, number and kind: the title's own kind word wins over it
    "note-kind-after-session": (
        "郑涛委员：\n您提出的关于整治河道垃圾的建议（县政协九届二次会议第15号提案）收悉，"
        "现答复如下：\n",
        ("建议", "15", "县政协九届二次会议", "关于整治河道垃圾的建议"),
    ),
}

# Near misses: what looks like one of those forms and is not
NOT_READ = {
    # a cited document's name in brackets after the kind word is no proposal title
    "bracket-cites-a-notice": (
        "关于第7号建议（关于印发河道管理办法的通知）的答复\n郑涛代表：\n来信收悉，现答复如下：\n",
        ("建议", "7", None, None),
    ),
    # brackets after a word that is no kind, number or ending
    "bracket-after-other-word": (
        "郑涛代表：\n您提出的建议收悉，我局已按规定（关于河道管理）落实，现答复如下：\n",
        ("建议", None, None, None),
    ),
    # whom the title answers before the number: no title
    "title-names-deputy-before-number": (
        "关于对郑涛代表提出的第88号建议的答复\n郑涛代表：\n来信收悉，现答复如下：\n",
        ("建议", "88", None, None),
    ),
    "title-session-before-number": (
        "关于县十六届人大三次会议第88号建议的答复\n郑涛代表：\n来信收悉，现答复如下：\n",
        ("建议", "88", "县十六届人大三次会议", None),
    ),
    "opening-about-your-number": (
        "郑涛代表：\n关于您提出的第88号建议，现答复如下：\n",
        ("建议", "88", None, None),
    ),
    # the title's bracket and the opening name two different items (no words shared): the
    # opening's, the item the letter answers (left58a), quoted or not
    "title-bracket-another-item": (
        "关于第7号建议的答复（关于修缮柳村祠堂的建议）\n郑涛代表：\n"
        "您提出的“关于加快东镇污水处理厂建设的建议”已收悉，现答复如下：\n",
        ("建议", "7", None, "关于加快东镇污水处理厂建设的建议"),
    ),
    "title-bracket-another-item-unquoted": (
        "关于第7号建议的答复（关于修缮柳村祠堂的建议）\n郑涛代表：\n"
        "您提出的关于加快东镇污水处理厂建设的建议已收悉，现答复如下：\n",
        ("建议", "7", None, "关于加快东镇污水处理厂建设的建议"),
    ),
    # two items whose short titles share a word many hold (村道路): the opening's (left59a)
    "title-bracket-another-item-sharing-a-word": (
        "关于第7号建议的答复（关于硬化柳村道路的建议）\n郑涛代表：\n"
        "您提出的“关于拓宽东村道路的建议”已收悉，现答复如下：\n",
        ("建议", "7", None, "关于拓宽东村道路的建议"),
    ),
    # the same item with its words reordered: the title line's bracket still
    "title-bracket-same-item-reordered": (
        "关于第7号建议的答复（关于增设东路公交站台的建议）\n郑涛代表：\n"
        "您提出的“关于在东路增设公交站点的建议”已收悉，现答复如下：\n",
        ("建议", "7", None, "关于增设东路公交站台的建议"),
    ),
    # the same item in fewer or other words: the title line's bracket, as fix74 read it
    "title-bracket-paraphrased": (
        "关于第7号建议的答复（关于修缮柳村祠堂的建议）\n郑涛代表：\n"
        "您提出的《关于尽快修缮柳村古祠堂的建议》已收悉，现答复如下：\n",
        ("建议", "7", None, "关于修缮柳村祠堂的建议"),
    ),
    # the same words in both: the opening's, as before (its span kept)
    "title-bracket-same-as-opening": (
        "关于第7号建议的答复（关于整治河道垃圾的建议）\n郑涛代表：\n"
        "您提出的“关于整治河道垃圾的建议”已收悉，现答复如下：\n",
        ("建议", "7", None, "关于整治河道垃圾的建议"),
    ),
    # the title's brackets designate the item by its number, session or deputy, no title of
    # its own: the opening's quoted title stays
    "title-bracket-designates-by-number": (
        "某县水务局的答复（关于县一届一次会议第7号建议）\n郑涛代表：\n"
        "您提出的“关于整治河道垃圾的建议”已收悉，现答复如下：\n",
        ("建议", "7", "县一届一次会议", "关于整治河道垃圾的建议"),
    ),
    "title-bracket-designates-by-deputy": (
        "某县水务局的答复（关于郑涛代表所提建议）\n郑涛代表：\n"
        "您提出的“关于整治河道垃圾的建议”已收悉，现答复如下：\n",
        ("建议", None, None, "关于整治河道垃圾的建议"),
    ),
    "title-bracket-names-no-kind": (
        "某县水务局的答复（关于郑涛代表建议的办理情况）\n郑涛代表：\n"
        "您提出的“关于整治河道垃圾的建议”已收悉，现答复如下：\n",
        ("建议", None, None, "关于整治河道垃圾的建议"),
    ),
    # nor, the opening naming no title, is the designation the title
    "title-bracket-designation-alone": (
        "某县水务局的答复（关于县一届一次会议第7号建议）\n郑涛代表：\n来信收悉，现答复如下：\n",
        ("建议", "7", "县一届一次会议", None),
    ),
    # nor a bracket naming whom the item came from, however it names them (left58a): an
    # opening that names no title leaves the title null
    **{
        f"title-bracket-whom-{key}": (
            f"关于第7号建议（{bracket}）的答复\n郑涛代表：\n来信收悉，现答复如下：\n",
            ("建议", "7", None, None),
        )
        for key, bracket in (
            ("put-by", "关于郑涛代表提出的建议"),
            ("led-by", "关于郑涛代表领衔的建议"),
            ("jointly", "关于郑涛等5名代表联名建议"),
            ("and-others", "关于郑涛委员等人的提案"),
            ("a-delegation", "关于某镇代表团的建议"),
        )
    },
    # 等 and a person's word that run on into a title's own words (人群, 人才, 代表性,
    # a count of things) designate nobody: the bracket is the item's title (review58a)
    **{
        f"title-bracket-deng-{key}": (
            f"关于第7号建议（{bracket}）的答复\n郑涛代表：\n来信收悉，现答复如下：\n",
            ("建议", "7", None, bracket),
        )
        for key, bracket in (
            ("groups", "关于关爱空巢老人等人群的建议"),
            ("talent", "关于引进医护等人才的建议"),
            ("landmark", "关于保护石桥等代表性建筑的建议"),
            ("count-of-things", "关于保护东岭等3个代表性村落的建议"),
            ("staff", "关于保障骑手等人员权益的建议"),
            # (领衔 and 联名 as a title's own words: no proposer named; left59a)
            ("jointly-named-card", "关于推广银企联名担保贷款的建议"),
            ("leading-role", "关于发挥骨干企业领衔作用的建议"),
        )
    },
    # 领衔 and 联名 after a person's word or 等, or before the proposing verb, still name whom
    **{
        f"title-bracket-whom-{key}": (
            f"关于第7号建议（{bracket}）的答复\n郑涛代表：\n来信收悉，现答复如下：\n",
            ("建议", "7", None, None),
        )
        for key, bracket in (
            ("led-then-put", "关于郑涛领衔提出的建议"),
            ("and-others-jointly", "关于郑涛等联名的建议"),
        )
    },
    # the same designation written bare in the title, no bracket: no title of the item, and
    # the opening's title, where it names one, is the item's (left59a)
    **{
        f"title-bare-whom-{key}": (
            f"{title}\n郑涛代表：\n来信收悉，现答复如下：\n",
            ("建议", None, None, None),
        )
        for key, title in (
            ("put-by", "关于郑涛代表所提建议的答复"),
            ("put-by-de", "关于郑涛代表提出的建议的答复"),
            ("count", "关于郑涛等4名代表联名提出的建议的答复"),
            ("to", "关于对郑涛代表所提建议的答复"),
            ("a-delegation", "关于某镇代表团的建议的答复"),
            ("no-role", "关于郑涛所提建议的答复"),
        )
    },
    # a body that files items named bare between 关于 and the kind word, in brackets or not:
    # whom the item came from, no title (left59a)
    **{
        f"title-filer-body-{key}": (
            f"{title}\n某县工商联：\n来信收悉，现答复如下：\n",
            ("提案", number, None, None),
        )
        for key, title, number in (
            ("bracketed", "关于第7号提案（关于东县工商联的提案）的答复", "7"),
            ("party-committee", "关于第7号提案的答复（关于民进某市委员会的提案）", "7"),
            ("sector", "关于第7号提案的答复（关于某县政协科技界的提案）", "7"),
            ("bare", "关于东县妇联的提案的答复", None),
            ("a-filers-class", "关于社会团体提案第7号的答复", "7"),
        )
    },
    # an agency a title is about is no body that files items: the title stays
    "title-bracket-about-an-agency": (
        "关于第7号提案（关于组建县数据管理局的提案）的答复\n郑涛委员：\n来信收悉，现答复如下：\n",
        ("提案", "7", None, "关于组建县数据管理局的提案"),
    ),
    "title-bare-whom-opening-names-it": (
        "关于郑涛代表所提建议的答复\n郑涛代表：\n您提出的关于整治河道垃圾的建议已收悉，现答复如下：\n",
        ("建议", None, None, "关于整治河道垃圾的建议"),
    ),
    # a title's own words about delegates, the kind word not right after them: the title
    "title-bare-about-delegates": (
        "关于发挥基层代表作用的建议的答复\n郑涛代表：\n来信收悉，现答复如下：\n",
        ("建议", None, None, "关于发挥基层代表作用的建议"),
    ),
    # a short title whose first word may open a surname is a title still
    "title-bracket-short-title": (
        "关于第7号建议（关于路灯的建议）的答复\n郑涛代表：\n来信收悉，现答复如下：\n",
        ("建议", "7", None, "关于路灯的建议"),
    ),
    # a short note with no 届: a count, no session
    "note-ci-without-jie": (
        "郑涛代表：\n您提出的关于整治河道垃圾的建议（第2次第15号）收悉，现答复如下：\n",
        ("建议", None, None, "关于整治河道垃圾的建议"),
    ),
    # a minute's number in brackets after a meeting: not the note's end
    "minute-after-meeting": (
        "郑涛代表：\n您提出的关于整治河道垃圾的建议收悉（见县政府常务会议第3号纪要），"
        "现答复如下：\n",
        ("建议", None, None, "关于整治河道垃圾的建议"),
    ),
}


def _read(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    letter = parse_text(text + _BODY, keywords=False)
    p = letter.proposal
    assert p is not None
    if p.title_span is not None:  # the span holds the title as written
        assert letter.text is not None
        start, end = p.title_span
        assert letter.text[start:end] == p.title
    return (p.kind, p.number, p.session, p.title)


@pytest.mark.parametrize(("text", "expected"), READ.values(), ids=READ.keys())
def test_form_is_read(text: str, expected: tuple[str | None, ...]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_READ.values(), ids=NOT_READ.keys())
def test_near_miss_is_not_read(text: str, expected: tuple[str | None, ...]) -> None:
    assert _read(text) == expected
