"""A letter's class mark and publication value spread out to fill their cells (``B 类``,
``公  开``), over its 发文字号, after a page's font tool on a head flattened with blanks
(``字号:[ ] B 类 公  开 某函〔…〕号 关于…``): the letter's marks, as bare ones are (``A 公开
某函〔…``), each piece with its last character apart read whole; an earlier round took them
for the tool's run of chrome and read no class and no ``public`` (dev131/010). Snippets in
our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "青山县人民政府 www.qingshan.gov.cn 政府信息公开 索引号: 000000-209907-000001 "
    "发布机构: 青山县人民政府办公室 发布日期: 2099-07-12 16:43 "
    "名 称: 关于青山县第二届人大二次会议第73号建议答复的函 文号: 关键字: "
    "关于青山县第二届人大二次会议第73号建议答复的函 发布时间:2099-07-12 16:43 浏览次数:35 "
    "字号:[ ] {marks} 青住建函〔2099〕27号 关于青山县第二届人大二次会议第73号建议答复的函 "
    "王某代表: 您提出的建议收悉,现答复如下: 一、基本情况 该路段已列入计划。 感谢支持。"
)


@pytest.mark.parametrize(
    ("marks", "handling", "public"),
    [
        pytest.param("B 类 公  开", "B", True, id="both-spread"),
        pytest.param("B类 公  开", "B", True, id="public-spread"),
        pytest.param("C 类 不公开", "C", False, id="class-spread"),
        pytest.param("B 公开", "B", True, id="bare-as-before"),
    ],
)
def test_spread_marks_are_the_letters(marks: str, handling: str, public: bool) -> None:
    letter = parse_text(HEAD.format(marks=marks), keywords=False)
    assert (letter.handling_type, letter.public) == (handling, public)
    assert letter.doc_number is not None and letter.doc_number.text == "青住建函〔2099〕27号"
    assert letter.title == "关于青山县第二届人大二次会议第73号建议答复的函"
