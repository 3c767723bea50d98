"""A title broken after its issuer (``某局`` / ``关于…的答复``) under a page's heading:

- header lines part the name from the heading above and the header's mark named it already,
  the heading not writing the name (``关于…`` / ``（B类）`` / ``某局`` / ``某函〔2024〕3号`` /
  ``某局`` / ``关于…``): the name opens the title, as with no heading over the letter;
- decided (fix7071): the page's heading writes the name glued to the title (``某局 关于…`` /
  ``（B类）`` / ``某局`` / ``某函〔2024〕3号`` / ``某局`` / ``关于…``, or right above, ``某局
  关于…会议 第9号建议的函`` over ``某局`` / ``关于…会议`` / ``第9号建议的函``, whether the
  view drops the heading as a copy of the title or keeps it, on one line or wrapped): the
  page joined the letter's header and title on its one line, the letter prints them apart,
  so the name is the header's and the title the letter's own line (dev49 read the name into
  the title there).

The name given once under a heading that does not write it, or alone over a title with no
heading, stays the header's (the issuer), as before. Snippets in our own words, invented
names and numbers.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import REPLY_UNDER_TITLE, glued, spaced
from spans import span_problems

BODY = REPLY_UNDER_TITLE
OWN = "关于对区某届人大一次会议第12号建议的答复"
BROKEN = "关于县某届人大一次会议\n第9号建议答复的函\n"
WHOLE = "关于县某届人大一次会议第9号建议答复的函"

KEEPS = [
    pytest.param(
        f"{OWN}\n（B类）\n某区某街道办事处\n某街复〔2024〕3号 签发人：王某\n"
        f"某区某街道办事处\n{OWN}\n{BODY}某区某街道办事处\n2024年5月12日\n",
        "某区某街道办事处" + OWN,
        id="marked-under-heading-without-name",
    ),
]

HEADED = [
    pytest.param(
        f"某区某街道办事处 {OWN}\n（B类）\n某区某街道办事处\n某街复〔2024〕3号 签发人：王某\n"
        f"某区某街道办事处\n{OWN}\n{BODY}某区某街道办事处\n2024年5月12日\n",
        OWN,
        id="marked-under-heading",
    ),
    pytest.param(
        f"某县水务局 关于县某届人大一次会议 第9号建议答复的函\n某县水务局\n{BROKEN}"
        f"{BODY}某县水务局\n2024年5月12日\n",
        WHOLE,
        id="heading-writes-it",
    ),
    pytest.param(
        f"某县水务局 关于县某届人大一次会议 第9\n号建议答复的函\n某县水务局\n{BROKEN}"
        f"{BODY}某县水务局\n2024年5月12日\n",
        WHOLE,
        id="heading-wrapped",
    ),
    pytest.param(
        f"某县水务局 关于县某届\u200b人大一次会议 第9号建议答复的函\n某县水务局\n{BROKEN}"
        f"{BODY}某县水务局\n2024年5月12日\n",
        WHOLE,
        id="heading-zero-width-space",
    ),
    pytest.param(
        f"某县水务局关于县某届人大一次会议第9号建议答复的函\n某县水务局\n{BROKEN}"
        f"{BODY}某县水务局\n2024年5月12日\n",
        WHOLE,
        id="heading-glued",
    ),
]

LEAVES = [
    pytest.param(
        f"区某届人大一次会议第12号建议的答复\n某水字〔2024〕3号（B）类\n某县水利局\n"
        f"对区某届人大一次会议第12号建议的答复\n{BODY}2024年5月12日\n",
        "对区某届人大一次会议第12号建议的答复",
        id="named-once-under-heading",
    ),
    pytest.param(f"某县水务局\n{BROKEN}{BODY}某县水务局\n2024年5月12日\n", WHOLE, id="no-heading"),
    pytest.param(
        f"{WHOLE}\n某县水务局\n{BROKEN}{BODY}某县水务局\n2024年5月12日\n",
        WHOLE,
        id="heading-without-authority",
    ),
    pytest.param(
        f"某县水务局\n某水函〔2024〕3号\n{WHOLE}\n{BODY}某县水务局\n2024年5月12日\n",
        WHOLE,
        id="tidy-mark-over-title",
    ),
]


@pytest.mark.parametrize(("text", "title"), KEEPS)
def test_the_authority_opens_the_title(text: str, title: str) -> None:
    letter = parse_text(text)
    assert letter.title == title
    assert letter.issuer == title[: title.index("关于")]
    assert span_problems(letter) == []


@pytest.mark.parametrize(("text", "title"), HEADED)
def test_the_name_under_a_heading_writing_it_is_the_headers(text: str, title: str) -> None:
    letter = parse_text(text)
    assert letter.title == title
    assert letter.issuer in ("某区某街道办事处", "某县水务局")
    assert text.startswith(letter.issuer)
    assert span_problems(letter) == []


@pytest.mark.parametrize(("text", "title"), LEAVES)
def test_the_name_stays_the_headers(text: str, title: str) -> None:
    letter = parse_text(text)
    assert letter.title == title
    assert span_problems(letter) == []


# review55e: the same heads on one line. Glued with nothing between, the heading that
# writes the authority, then the letter's name and title: three lines, the title the
# letter's own (an earlier round read the heading and the title twice as one title).
# Flattened with blanks, a heading glued to its authority cannot be told from the letter's
# own title line that opens with it (``某局 关于…``): a known gap.
FLATTENED = [
    pytest.param(
        glued(
            f"某县林草局关于对县某届政协二次会议第31号提案的复函\n某县林草局\n"
            f"关于对县某届政协二次会议\n第31号提案的复函\n{BODY}某县林草局\n2024年6月3日\n"
        ),
        id="glued-heading-writes-it",
    ),
    pytest.param(
        glued(
            f"某县林草局 关于对县某届政协二次会议第31号提案的复函\n某县林草局\n"
            f"关于对县某届政协二次会议\n第31号提案的复函\n{BODY}某县林草局\n2024年6月3日\n"
        ),
        id="glued-heading-with-blank",
    ),
    pytest.param(
        spaced(
            f"某县林草局 关于对县某届政协二次会议第31号提案的复函\n某县林草局\n"
            f"关于对县某届政协二次会议\n第31号提案的复函\n{BODY}某县林草局\n2024年6月3日\n"
        ),
        id="spaced-heading-with-blank",
    ),
    pytest.param(
        spaced(
            f"某县林草局关于对县某届政协二次会议第31号提案的复函\n某县林草局\n"
            f"关于对县某届政协二次会议\n第31号提案的复函\n{BODY}某县林草局\n2024年6月3日\n"
        ),
        id="spaced-heading-glued",
        marks=pytest.mark.xfail(
            strict=True,
            reason="known gap: 某局关于… 某局 关于… reads 某局 关于… as the letter's title line",
        ),
    ),
]


@pytest.mark.parametrize("text", FLATTENED)
def test_a_flattened_heading_writing_it_leaves_the_letters_title(text: str) -> None:
    letter = parse_text(text)
    assert letter.title == "关于对县某届政协二次会议第31号提案的复函"
    assert letter.issuer == "某县林草局"
    assert span_problems(letter) == []


# fix106: the name given once under the heading and the 发文字号, right over the letter's
# own whole title, with no salutation's colon further down (a greeting run on with a comma,
# ``尊敬的王某委员，你在…``, under a form's rows): the header's mark, no body the letter
# answers (an earlier round read it as the addressee and lost the salutation)
def test_the_name_over_its_own_title_is_no_addressee() -> None:
    text = (
        "关于县某届政协一次会议第9号提案办理情况的复函\n某民函[2031]8号\n某县民政局\n"
        "关于县某届政协一次会议第9号提案办理情况的复函\n委员姓名：林岚\n"
        "提案内容：尽快改善西山公交班次的提案\n办理结果：\n"
        "尊敬的林岚委员，你在县某届政协一次会议上的提案收悉，感谢你的关心。\n"
        "我局已组织研究，将逐步改善。\n联系人：何川   联系电话：0000-5550123\n"
        "二〇三一年四月二日\n"
    )
    letter = parse_text(text)
    assert letter.issuer == "某县民政局"
    assert letter.title == "关于县某届政协一次会议第9号提案办理情况的复函"
    assert [(a.name, a.role) for a in letter.addressees] == [("林岚", "委员")]
    assert letter.proposal is not None
    assert letter.proposal.title == "尽快改善西山公交班次的提案"
    assert span_problems(letter) == []


def test_a_body_addressed_under_the_title_stays_the_addressee() -> None:
    text = f"{WHOLE}\n某县水务局\n我局收到你单位转来的建议，现答复如下：\n我局已组织研究。\n"
    letter = parse_text(text)
    assert [a.name for a in letter.addressees] == ["某县水务局"]


# review62b: a name right over the whole title of a letter another authority signs is the
# body it answers (as left56b reads one over the opening), no header's mark; signed by the
# name itself, it stays the header's
_OVER_TITLE = (
    "关于某村道路修缮问题的复函\n某县青湖镇人民政府\n关于某村道路修缮问题的复函\n"
    "你镇报来的请示收悉，现答复如下：\n我局已组织研究。\n{signer}\n2031年4月2日\n"
)


def test_the_name_over_the_title_of_a_letter_another_signs_is_addressed() -> None:
    letter = parse_text(_OVER_TITLE.format(signer="某县交通运输局"))
    assert [(a.name, a.role) for a in letter.addressees] == [("某县青湖镇人民政府", None)]
    assert letter.signature.issuer == "某县交通运输局"


def test_the_name_over_the_title_of_a_letter_it_signs_is_the_headers() -> None:
    letter = parse_text(_OVER_TITLE.format(signer="某县青湖镇人民政府"))
    assert letter.addressees == []
    assert letter.issuer == "某县青湖镇人民政府"
