"""A site's badge saying it serves IPv6, alone on its line over the page's heading
(``• 网站支持IPv6``, ``本网站已支持IPv6``) on a page: the site's banner, chrome, never the title (fix92:
an earlier round read it as the title and the heading under it as a header line). A line
that says more than the badge stays the letter's. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines

LETTER = """对县五届人大二次会议第12号建议的答复
发布时间：2099-07-02 10:00  来源：某县商务局
王某某代表：
您提出的“改造某镇集贸市场”的建议收悉，现答复如下：
市场改造已列入明年计划。
某县商务局
2099年7月1日"""


@pytest.mark.parametrize(
    "badge",
    [
        "• 网站支持IPv6",
        "网站支持IPv6",
        "本网站已支持IPv6",
        "本站支持IPV6访问",
        "- 网站已支持IPv4/IPv6双栈",
    ],
)
def test_the_badge_is_the_sites(badge: str) -> None:
    lines = [badge, *LETTER.split("\n")]
    assert 0 in chrome_lines(lines)
    letter = parse_text("\n".join(lines))
    assert letter.title == "对县五届人大二次会议第12号建议的答复"
    assert letter.proposal.number == "12"


@pytest.mark.parametrize(
    "line", ["关于网站支持IPv6改造的建议", "我局网站支持IPv6改造已于今年完成。"]
)
def test_a_line_saying_more_stays(line: str) -> None:
    assert 0 not in chrome_lines([line, *LETTER.split("\n")])


PLAIN = "\n".join(line for line in LETTER.split("\n") if not line.startswith("发布时间"))
"""The letter with no other sign of a page (its 发布时间 row left out)."""


@pytest.mark.parametrize(
    "badge",
    ["• 网站支持IPv6", "本网站已支持IPv6", "• 網站支持IPv6", "本網站已支持IPv4/IPv6雙棧訪問"],
)
def test_the_badge_shows_the_page_itself(badge: str) -> None:
    # (review60g: over a letter with no other sign of a page, the badge shows it; fix92 read
    # it as chrome only where another sign did, and glued it to the title otherwise)
    letter = parse_text(f"{badge}\n{PLAIN}")
    assert letter.title == "对县五届人大二次会议第12号建议的答复"
    assert letter.proposal.number == "12"


@pytest.mark.parametrize(
    "line", ["我局门户网站已全面支持IPv6。", "目前全县政务网站均已支持IPv6访问。"]
)
def test_a_letters_sentence_on_ipv6_stays(line: str) -> None:
    lines = PLAIN.split("\n")
    lines.insert(4, line)
    assert 4 not in chrome_lines(lines)


@pytest.mark.parametrize("badge", ["• 网站支持IPv6 ", "本网站已支持IPv6", "網站支持IPV6 "])
def test_a_flattened_pages_badge_before_the_title_is_no_part_of_it(badge: str) -> None:
    # (review60g: a page flattened onto one line, the badge glued before the title)
    letter = parse_text(badge + PLAIN.replace("\n", " "))
    assert letter.title == "对县五届人大二次会议第12号建议的答复"
