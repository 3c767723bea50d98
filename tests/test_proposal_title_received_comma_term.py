"""An unquoted 关于… title in a reply's first clause whose words hold a comma, a term the
letter quotes, or a term whose closing mark the copy lost (fix138): the title is the phrase
whole, its marks as written. After the asking words (``您提出的关于甲，乙的建议收悉``) as
before, and after the words that say the item came in, its kind word before ``后`` and a
comma (``我局在接到关于甲，乙的提案后，…``, ``收到关于…的建议后，``). An earlier round read
the quoted term alone as the title (``关于甲，书写“乙”的提案`` → ``乙``), or no title where
the term's closing mark was lost (``关于甲，书写“乙的提案``). Invented snippets."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

# (a letter that names no one: its first clause is its opening)
HEAD = "对政协甲山县五届二次会议第12号提案的答复\n\n"
TAIL = "\n一是组织人员实地走访。\n二是编印宣传册。\n\n甲山县文化和旅游局\n2099年9月12日\n"

TITLES = [
    pytest.param(
        "我局在接到关于挖掘本地文化，讲好“乡村新貌的提案后，召开专题会议进行研究。",
        "关于挖掘本地文化，讲好“乡村新貌的提案",
        id="came-in-comma-term-lost-its-close",
    ),
    pytest.param(
        "我局在接到关于挖掘本地文化，讲好“乡村新貌”的提案后，召开专题会议进行研究。",
        "关于挖掘本地文化，讲好“乡村新貌”的提案",
        id="came-in-comma-term",
    ),
    pytest.param(
        "我局收到关于挖掘本地文化，讲好乡村故事的提案后，召开专题会议进行研究。",
        "关于挖掘本地文化，讲好乡村故事的提案",
        id="received-comma",
    ),
    pytest.param(
        "我局接到关于挖掘本地文化讲好“乡村新貌”的提案后，召开专题会议进行研究。",
        "关于挖掘本地文化讲好“乡村新貌”的提案",
        id="came-in-term",
    ),
    pytest.param(
        "我局接到关于挖掘本地文化讲好“乡村新貌的提案后，召开专题会议进行研究。",
        "关于挖掘本地文化讲好“乡村新貌的提案",
        id="came-in-term-lost-its-close",
    ),
    pytest.param(
        "您提出的关于挖掘本地文化，讲好“乡村新貌”的提案收悉，现答复如下：",
        "关于挖掘本地文化，讲好“乡村新貌”的提案",
        id="asked-comma-term",
    ),
    pytest.param(
        "您提出的关于挖掘本地文化讲好“乡村新貌的提案收悉，现答复如下：",
        "关于挖掘本地文化讲好“乡村新貌的提案",
        id="asked-term-lost-its-close",
    ),
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(("opening", "title"), TITLES)
def test_the_phrase_whole(opening: str, title: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(HEAD + opening + TAIL), keywords=False)
    assert letter.proposal is not None
    assert (letter.proposal.title, letter.proposal.kind) == (title, "提案")
    assert span_problems(letter) == []


KEPT = [
    # (a quote from 关于 to the kind word is the title's subject alone, as before)
    pytest.param(
        "您提出的关于“乡村新貌”的提案收悉，现答复如下：", "乡村新貌", id="about-quote-kind"
    ),
    # (a title quoted whole, its comma inside the marks)
    pytest.param(
        "您提出的“关于挖掘本地文化，讲好乡村故事的提案”收悉，现答复如下：",
        "关于挖掘本地文化，讲好乡村故事的提案",
        id="quoted-whole",
    ),
]


@pytest.mark.parametrize(("opening", "title"), KEPT)
def test_read_as_before(opening: str, title: str) -> None:
    letter = parse_text(HEAD + opening + TAIL, keywords=False)
    assert letter.proposal is not None
    assert letter.proposal.title == title


def test_a_comma_then_the_letters_own_words_ends_nothing() -> None:
    # (no kind word before 后 and a comma: the clause is the letter's, no title)
    opening = "我局接到关于挖掘本地文化的通知后，召开专题会议进行研究。"
    letter = parse_text(HEAD + opening + TAIL, keywords=False)
    assert letter.proposal is None or letter.proposal.title is None
