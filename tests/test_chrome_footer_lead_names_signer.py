"""A footer row led by the name the page's first line writes (``某县水务局  主办：…`` at the
foot, ``某县水务局`` at the top) shows that first line the site's banner, unless the letter
writes the name alone on another line too: a department's own site, whose letter opens
with its issuer's mark and signs with the same name. The first line is then the letter's
(its issuer's mark, the header's), and the footer's row is the footer's all the same.
fix48 read the mark as the page's banner whatever the letter signed. Snippets are
invented."""

from __future__ import annotations

from replyparse import parse_text
from replyparse.chrome import chrome_lines
from spans import span_problems

LETTER = (
    "某县水务局\n"
    "关于疏浚村口河道建议的答复\n"
    "孙某代表：\n"
    "　　您提出的关于疏浚村口河道的建议收悉，现答复如下：\n"
    "　　我局已将河道疏浚列入明年计划。\n"
    "　　　　　　　　{signer}\n"
    "　　　　　　　　2023年8月3日\n"
)
FOOTER = "某县水务局  主办：某县水务局办公室 | 联系电话：0000-0000000\n某ICP备00000000号\n"


def test_the_letters_own_mark_stays_when_it_signs_with_the_name() -> None:
    text = LETTER.format(signer="某县水务局") + FOOTER
    lines = text.split("\n")
    chrome = chrome_lines(lines)
    assert 0 not in chrome
    assert {lines.index(FOOTER.split("\n")[0]), lines.index(FOOTER.split("\n")[1])} <= chrome
    record = parse_text(text)
    assert record.issuer_span == (0, 5)  # (the mark, not the signature's name)
    assert record.contacts == []  # (the footer's phone is no contact of the letter's)
    assert span_problems(record) == []


def test_a_banner_the_letter_does_not_sign_with_is_chrome() -> None:
    # (the letter signed by another body: the first line is the site's name, its banner)
    text = LETTER.format(signer="某县河道管理所") + FOOTER
    lines = text.split("\n")
    chrome = chrome_lines(lines)
    assert {0, lines.index(FOOTER.split("\n")[0])} <= chrome
