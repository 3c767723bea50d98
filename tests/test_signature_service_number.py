"""A service line's office names the line by its public number (12345, 110, 12315), the
figures glued inside the name after its place: the name is signed whole as written, over
its date, beside it or run on after the last sentence (an earlier round cut the name after
the figures and signed ``热线办公室``). Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

LETTER = """关于增设公交站点的答复
孙某代表：
你提出的关于增设公交站点的建议收悉。现答复如下：
我们已会同有关部门研究，年内增设站点两处。
感谢你对我们工作的关心。
{signature}"""

NAMES = [
    pytest.param("乙川县12345热线办公室", id="hotline"),
    pytest.param("乙川县12345政务服务便民热线管理中心", id="long-hotline"),
    pytest.param("乙川市110指挥中心", id="three-figures"),
    pytest.param("乙川市12315投诉举报中心", id="consumer-line"),
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("shape", ["{name}\n2024年3月8日", "{name}  2024年3月8日"])
def test_a_service_number_in_the_signer_is_the_name_s(name: str, shape: str) -> None:
    record = parse_text(LETTER.format(signature=shape.format(name=name)))
    assert record.signature.issuer == name
    assert record.issuer == name
    assert record.signature.date == "2024-03-08"
    assert span_problems(record) == []


@pytest.mark.parametrize("name", NAMES)
def test_a_service_number_in_a_signer_run_on_is_the_name_s(name: str) -> None:
    text = LETTER.format(signature="").rstrip("\n")
    record = parse_text(text + name + "\n2024年3月8日")
    assert record.signature.issuer == name
    assert record.signature.date == "2024-03-08"
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "line",
    [
        "全县共受理12345热线工单300件，已办结。",  # a sentence: figures, no name
        "请拨打110报警。",
    ],
)
def test_a_service_number_in_a_sentence_signs_nothing(line: str) -> None:
    record = parse_text(LETTER.format(signature=line + "\n2024年3月8日"))
    assert record.signature.issuer is None


@pytest.mark.parametrize(
    "last",
    [
        "我公司计划年内建成110千伏变电站",  # a voltage, no service line: a sentence's
        "新建道路全长115公里",
        "改造厂房120平方米",
    ],
)
def test_a_measure_after_such_figures_makes_no_name(last: str) -> None:
    # (the last sentence, its stop lost, on its line right over the signer: the figures
    # before a measure are the sentence's, the signer the authority alone; review64b)
    text = LETTER.split("我们已会同", 1)[0]
    record = parse_text(text + last + "\n乙川县供电公司\n2024年3月8日")
    assert record.signature.issuer == "乙川县供电公司"
    assert record.signature.date == "2024-03-08"
