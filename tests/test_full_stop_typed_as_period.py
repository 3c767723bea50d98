"""A letter whose full stops a copy typed as ``.`` (an English keyboard, a converter): each
reads as ``。`` where no figure, marker or file name holds it, so sentences end where the
letter ends them (a section's heading, a date's end; snippets written here, invented units)."""

from __future__ import annotations

from replyparse import parse_text
from spans import span_problems

LETTER = """甲县林业局
关于第3号建议的答复
王某代表：
    您提出的建议收悉.现答复如下：
    一.加强管护巡查.2023年起，我局每月巡查一次，覆盖率达95%.2024年投入资金100万元.
    二.完善补助制度.补助标准提高1.5倍，详见附件.docx说明.
    感谢您对林业工作的关心和支持.
甲县林业局
2024年5月10日.
"""


def test_sentences_end_at_a_period_typed_for_a_full_stop() -> None:
    r = parse_text(LETTER, keywords=False)
    assert span_problems(r) == []
    assert [(s.marker, s.heading) for s in r.sections] == [
        ("一.", "加强管护巡查"),
        ("二.", "完善补助制度"),
    ]
    assert [d.value for d in r.dates] == ["2023", "2024", "2024-05-10"]
    assert [a.value for a in r.amounts] == [1_000_000]
    assert (r.signature.issuer, r.signature.date) == ("甲县林业局", "2024-05-10")
