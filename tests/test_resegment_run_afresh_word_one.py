"""A flattened letter whose third heading holds 统一、 and an attachment's list numbered
一、 二、 further on: the 一 ends the word 统一, no run numbered afresh opens there and the
heading stays whole (review63b, narrowing fix113's run afresh under a glued heading).
Snippets written for these tests; names and places invented."""

from __future__ import annotations

from replyparse import parse_text
from replyparse.model import Section

# A flattened letter: 统一、 in the third heading's words, a list numbered 一、 二、 in an
# attachment further on. The 一 ends the word 统一, no run opens there.
FLAT_WORD_ONE = (
    "关于整治丙河采砂的建议的答复钱某代表：您提出的关于整治丙河采砂的建议收悉。"
    "现答复如下：一、基本情况丙河全长四十公里。二、已开展工作我局已完成清淤。"
    "三、严格执法坚持标准统一、规范执法，依法查处违法采砂。感谢您的支持。"
    "附件：整治清单一、甲河段。二、乙河段。甲山县水务局2031年9月1日"
)


def _top(text: str) -> list[tuple[int, str]]:
    sections: list[Section] = parse_text(text, keywords=False).sections
    return [(s.level, s.heading) for s in sections]


def test_a_word_ending_in_one_opens_no_run() -> None:
    assert _top(FLAT_WORD_ONE)[-1] == (1, "严格执法坚持标准统一、规范执法，依法查处违法采砂")
