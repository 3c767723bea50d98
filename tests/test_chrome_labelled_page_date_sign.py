"""A page's date of publication in round brackets after its label (``发布日期（2025-04-11）``)
is chrome on a page that shows nothing else of a page: the view asks a page's lines only
where it finds one of the page's signs, and dev51's bracketed date had none of its own,
so it was chrome only beside another sign (a ``来源：`` line), and gave a letter with none
a date of the page's. The label before a bracket and a year in figures is now a sign. A
letter's own dates, in 年月日 or inside a sentence, stay. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines

LETTER = (
    "关于增设社区健身器材建议的答复\n"
    "{line}\n"
    "郑某代表：\n"
    "　　您提出的关于增设社区健身器材的建议收悉，现答复如下：\n"
    "　　我局已于2024年3月在五个社区安装器材。\n"
    "　　　　某区体育局\n"
    "　　　　2024年5月6日\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "发布日期（2024-05-08）",
        "发布日期(2024-05-08)",
        "发布时间（2024-05-08 09:30）",
        "更新时间 （2024.05.08）",
    ],
)
def test_a_bracketed_page_date_alone_is_chrome(line: str) -> None:
    text = LETTER.format(line=line)
    assert 1 in chrome_lines(text.split("\n"))
    record = parse_text(text)
    assert [d.value for d in record.dates] == ["2024-03", "2024-05-06"]
    assert record.signature.date == "2024-05-06"


@pytest.mark.parametrize(
    "line",
    ["发布日期（2024年5月8日）", "通知发布日期（2024-05-08）前已完成"],
)
def test_a_letters_own_date_stays(line: str) -> None:
    assert 1 not in chrome_lines(LETTER.format(line=line).split("\n"))
