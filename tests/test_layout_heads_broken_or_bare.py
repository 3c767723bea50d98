"""Two heads a copy broke: a title broken inside its session right after the congress
(``某旗第九届人民代表大会`` / ``第三次会议第8号建议办理单``), whose first line reads as an
authority's name alone but is the title's (an earlier round read it as the issuer and kept
the title's second line only); and a letter with no title opening with the body it
answers, its colon lost (``某省某厅`` over ``王某代表提出的《…》已收悉…``, signed by another
authority), which is the salutation, not the header's issuer. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

REPLY = "王某代表：\n你提出的关于修缮某村桥梁的建议收悉，现答复如下：我局已将该桥列入明年计划。\n"
CLOSING = "溪口县交通运输局\n2031年4月9日\n"


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        pytest.param("溪口县第九届人民代表大会", "第三次会议第8号建议办理单", id="congress"),
        pytest.param("溪口县第十六届人大", "第二次会议第23号建议的答复", id="congress-short"),
        pytest.param("政协溪口县第九届委员会", "第三次会议第23号提案的答复", id="conference"),
    ],
)
def test_a_title_broken_after_its_congress_is_whole(first: str, rest: str) -> None:
    letter = parse_text(f"{first}\n{rest}\n{REPLY}{CLOSING}", keywords=False)
    assert (letter.title, letter.issuer) == (first + rest, "溪口县交通运输局")


def test_a_congress_alone_over_a_title_of_its_own_stays_the_header() -> None:
    # (no session's 次会议 opens the next line: the name is the header's)
    text = f"溪口县人民代表大会常务委员会\n关于第23号建议的答复\n{REPLY}{CLOSING}"
    assert parse_text(text, keywords=False).issuer == "溪口县人民代表大会常务委员会"


OPENING = "王某代表提出的《关于修缮某村桥梁的建议》（第23号）已收悉，我单位的办理意见如下：\n"
BODY = "我局已将该桥列入明年计划。\n"


def _head(text: str) -> tuple[str | None, list[tuple[str, str | None]]]:
    letter = parse_text(text, keywords=False)
    return letter.issuer, [(a.name, a.role) for a in letter.addressees]


def test_the_body_answered_over_the_opening_is_the_salutation() -> None:
    text = f"溪口县住房和城乡建设局\n{OPENING}{BODY}{CLOSING}"
    assert _head(text) == ("溪口县交通运输局", [("溪口县住房和城乡建设局", None)])


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("溪口县住房和城乡建设局\n2031年4月9日\n", id="signed-by-it"),
        pytest.param("2031年4月9日\n", id="unsigned"),
        pytest.param("溪口县住房和城乡建设局办公室\n2031年4月9日\n", id="signed-by-its-office"),
        pytest.param("溪口县住建局\n2031年4月9日\n", id="signed-short"),
    ],
)
def test_the_letters_own_name_over_the_opening_stays_its_issuer(closing: str) -> None:
    issuer, addressees = _head(f"溪口县住房和城乡建设局\n{OPENING}{BODY}{closing}")
    assert (issuer, addressees) == ("溪口县住房和城乡建设局", [("王某", "代表")])
