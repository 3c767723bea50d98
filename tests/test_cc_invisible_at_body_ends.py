"""A 抄送 list a web copy left invisible format characters in (a zero-width space after
a comma, ``抄送：甲局，\\u200b乙办``, a byte-order mark after ``、``): each body is its name
alone, its span on the name; one inside a name parts nothing and, as in every value, is
left out of it (:mod:`replyparse.invisible`; snippets written here, invented units)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_LETTER = (
    "甲县林业局\n关于第3号建议的答复\n王某代表：\n    您提出的建议收悉，现答复如下：\n"
    "    我局已落实。\n\n甲县林业局\n2024年5月10日\n"
)

READ = [
    ("after-comma", "抄送：县财政局，\u200b县政府督查室，\u200b县教育局。", ["县财政局", "县政府督查室", "县教育局"]),
    ("before-comma", "抄送：县财政局\u200b，县政府督查室\u200b。", ["县财政局", "县政府督查室"]),
    ("bom-after-dunhao", "抄送：县财政局、\ufeff县教育局", ["县财政局", "县教育局"]),
    ("after-full-stop", "抄送：县财政局，县教育局。\u200b", ["县财政局", "县教育局"]),
    ("inside-name", "抄送：县财政局，县政府\u200b督查室。", ["县财政局", "县政府督查室"]),
    ("inside-a-count", "抄送：县财政局（2\u200b份），县教育局（1份）", ["县财政局", "县教育局"]),
    ("inside-a-count-before-its-bracket", "抄送：县财政局（共3份\u200b）、县教育局", ["县财政局", "县教育局"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("cc_line", "bodies"), [case[1:] for case in READ], ids=[case[0] for case in READ]
)
def test_invisible_characters_at_a_body_s_ends(cc_line: str, bodies: list[str]) -> None:
    letter = parse_text(_LETTER + cc_line + "\n", keywords=False)
    assert letter.cc == bodies
    assert span_problems(letter) == []
