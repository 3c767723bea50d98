"""A page that stores a short letter twice, flattened onto one line, whose second copy
sets the page's title and its cells again before its salutation
(``…某局 2099年1月2日 关于某某建议的答复 发布时间：… 张某委员：…``). The cells differ from
the first copy's (来源 one, 发布时间 the other), so the copies are alike only from the
salutation on; the title written again over them, a run the page wrote before the first
copy too, is the second copy's head. It is dropped with the copy, which, its head found,
is a copy though short: the title is not read again after the first copy's date (as the
letter's title, a signer or a date), and its sums are read once. Near misses: the page's
words between two copies that the head does not hold stay; a letter written once reads
as before."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.repeats import second_copy
from spans import span_problems

TITLE = "对县政协九届二次会议第17号提案的答复（关于修缮某村文化广场）"
BODY = [
    "某某委员：",
    "您提出的《关于修缮某村文化广场》的提案收悉，现答复如下：",
    "我局已安排资金12万元，对某村文化广场的地面和围栏进行了修缮，工程已于今年5月完工。",
    "感谢您对我县文化工作的关心与支持。",
    "某县文化和旅游局",
    "2099年6月7日",
]
FIRST = ["您当前位置：首页>详细资料", TITLE, "来源：某县文化和旅游局 时间：2099-06-08", *BODY]
SECOND = [TITLE, "发布时间：2099-06-08 来源：", *BODY]


@pytest.mark.parametrize("joint", [" ", ""], ids=["spaces", "nothing"])
def test_the_second_copy_goes_with_its_head(joint: str) -> None:
    text = joint.join(FIRST + SECOND)
    copy = second_copy(text)
    assert len(copy) == 1
    assert text[copy[0][0] :].lstrip().startswith(TITLE)
    record = parse_text(text)
    assert span_problems(record) == []
    assert record.signature.issuer == "某县文化和旅游局"
    assert record.signature.date == "2099-06-07"
    assert [a.value for a in record.amounts] == [120000]


# Must not match: words between the copies that no head holds, and one copy.
def test_words_between_the_copies_stay() -> None:
    text = " ".join([*FIRST, "以下为打印版本：", *BODY])
    copy = second_copy(text)
    assert copy == [] or "以下为打印版本" not in text[copy[0][0] : copy[0][1]]


def test_one_copy_is_read_as_before() -> None:
    text = " ".join(FIRST)
    assert second_copy(text) == []
    record = parse_text(text)
    assert record.signature.date == "2099-06-07"
