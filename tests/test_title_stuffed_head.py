"""A hacked page writes a line of keyword stuffing over the letter's title (phrases parted
by commas, underscores or bars); a copy flattened onto one line glues it before the title.
No authority's name before the title's first word holds such marks, so the title starts
at that word (关于, 對, …); a title with an authority before it, or a comma after its first
word, keeps what it had.
"""

from __future__ import annotations

from replyparse import parse_text

STUFFING = "某某在线看,某某娱乐平台_某某官网入口|某某下载"
TITLE = "关于县某届人大某次会议第9号建议的答复"
LETTER = (
    "王某某代表：您提出的《关于改善某镇道路的建议》收悉，现答复如下：该道路已列入明年计划。"
    "感谢您对我们工作的关心和支持。戊县某某局2099年3月4日"
)

TRADITIONAL_LETTER = (
    "王某某代表：您提出的《關於改善某鎮道路的建議》收悉，現答覆如下：該道路已列入明年計劃。"
    "感謝您對我們工作的關心和支持。戊縣某某局2099年3月4日"
)


def _title(text: str) -> str | None:
    return parse_text(text, keywords=False).title


def test_stuffing_glued_before_the_title_is_dropped() -> None:
    for joiner in ("", " "):
        assert _title(STUFFING + TITLE + joiner + LETTER) == TITLE
    # (a letter in traditional characters throughout, as a mirror serves it: one whose
    # title alone is traditional is a simplified letter, read as written, left57b)
    trad = "關于縣某屆人大某次會議第9號建議的答復"
    assert _title(STUFFING + trad + TRADITIONAL_LETTER) == trad
    assert _title("某某在线,某某平台對縣某屆人大某次會議第9號建議的答復" + TRADITIONAL_LETTER) == (
        "對縣某屆人大某次會議第9號建議的答復"
    )


def test_titles_without_stuffing_are_left_alone() -> None:
    assert _title("戊县某某局" + TITLE + "\n" + LETTER) == "戊县某某局" + TITLE
    assert _title("戊县某某局、己县某某局" + TITLE + "\n" + LETTER) == (
        "戊县某某局、己县某某局" + TITLE
    )
    comma = "关于县某届人大某次会议第9号建议（甲,乙）的答复"
    assert _title(comma + "\n" + LETTER) == comma


def test_offices_listed_with_commas_are_no_stuffing() -> None:
    joint = "戊县某某局,己县某某局" + TITLE
    assert _title(joint + "\n" + LETTER) == joint
