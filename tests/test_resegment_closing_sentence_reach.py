"""How far back a flattened page's closing sentence is looked for over a signer or a date
run on after it: a closing sentence (感谢…，希望…。) is short, so a run of a page's words with
no sentence's end that opened with such a word far before the date (a site's list of links,
感谢信 and titles one after another) is no closing sentence, and no date after it signs.
Each date of a long run so asks a short stretch, not the run back to its start (a 40,000
character page with no full stop asked every date over all of it). Snippets invented."""

from __future__ import annotations

from replyparse import parse_text
from snippets import glued

HEAD = "关于修缮某村文化广场的建议的答复\n辰某代表：\n您提出的建议收悉，现答复如下：\n广场修缮已完成。\n"
LINKS = "  ".join(f"辰县第{n}批文化广场建设名单公示" for n in range(1, 16))


def _date(text: str) -> str | None:
    return parse_text(text, keywords=False).signature.date


def test_a_long_run_is_no_closing_sentence() -> None:
    # must not match: 感谢 opens the page's list, the date is one of its links'
    text = HEAD + "感谢信  " + LINKS + "  2099年4月2日  标签：文化"
    assert _date(text) is None


def test_the_closing_sentence_still_dates() -> None:
    text = HEAD + "感谢您对文化广场建设的关心，希望继续提出宝贵意见。  2099年4月2日  标签：文化"
    assert _date(text) == "2099-04-02"
    assert _date(glued(text.replace("  ", "\n"))) == "2099-04-02"
