"""The kind of the item when the opening names it formally twice, the quoted title's own
ending and the bracketed number after it saying the same word (``《关于…的建议》（第63号
建议）收悉``), and the body later calls it loosely by another (``接到代表提案后``): the two
words of the opening win. A body word still beats the title's ending alone (``《关于…的
建议》收悉`` … ``该提案``: a 政协 item titled so), and a note that says another word than
the ending still ranks under it (``“…的提案”（第10号建议）`` → 提案). Snippets in our own
words, invented names and numbers.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = "赵某代表：\n"
TAIL = "感谢您的关心。\n某县人民政府办公室\n2024年6月3日\n"

CASES = [
    pytest.param(
        f"{HEAD}您在县某届人大三次会议上提出的《关于整治村道杆线的建议》（第63号建议）收悉，"
        "现答复如下：\n接到代表提案后，供电公司立即开展排查。\n" + TAIL,
        "建议",
        id="note-and-ending-agree",
    ),
    pytest.param(
        f"{HEAD}您提出的《关于整治村道杆线的提案》（第12号提案）收悉，现答复如下：\n"
        "该建议涉及多个部门，我们已会同办理。\n" + TAIL,
        "提案",
        id="agree-on-tian",
    ),
    pytest.param(
        "钱某委员：\n您提出的《关于整治村道杆线的建议》收悉，现答复如下：\n"
        "接到提案后，我局立即开展排查。\n" + TAIL,
        "提案",
        id="ending-alone-body-wins",
    ),
    pytest.param(
        "钱某委员：\n您提出的“关于整治村道杆线的提案”（第10号建议）收悉，现答复如下：\n"
        "我局立即开展排查。\n" + TAIL,
        "提案",
        id="note-disagrees",
    ),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_kind(text: str, kind: str) -> None:
    assert parse_text(text).proposal.kind == kind
