"""An item number in a registry's scheme of bracketed year and serial with no class letter
(第〔2099〕12号提案, 第(2099)7号建议): the title keeps it (elements._ITEM_NUMBER_PART reads
0 to 2 letters) and the proposal reads it as its number, as it reads 第B（2099）12号建议.
A 发文字号 with no 第 before it, or no kind word after 号, stays no item number."""

import pytest

from replyparse import parse_text

BODY = (
    "\n赵某委员：\n"
    "您提出的{opening}已收悉，现答复如下：\n"
    "我局已将该片区列入今年改造计划，完成排水管网疏通三公里。\n"
    "感谢您对住房建设工作的关心。\n"
    "某县住房和城乡建设局\n"
    "2099年3月4日\n"
)


@pytest.mark.parametrize(
    ("title", "opening", "number"),
    [
        ("关于县政协九届二次会议 第〔2099〕12号提案的答复", "提案", "〔2099〕12"),
        ("关于县人大九届二次会议第(2099)7号建议的答复", "建议", "（2099）7"),
        ("关于改造老旧小区排水管网的提案的答复", "第〔2099〕31号提案", "〔2099〕31"),
        ("关于改造老旧小区排水管网的提案的答复", "第C〔2099〕31号提案", "C〔2099〕31"),
    ],
)
def test_bracketed_year_number_without_class(title: str, opening: str, number: str) -> None:
    letter = parse_text(title + BODY.format(opening=opening), keywords=False)
    assert letter.proposal is not None
    assert letter.proposal.number == number


@pytest.mark.parametrize(
    "opening",
    [
        "依据某政办〔2099〕12号文件提出的提案",  # (a 发文字号, no 第 before it)
        "按第〔2099〕12号通知提出的提案",  # (第 but a notice, no kind word after 号)
    ],
)
def test_doc_number_is_no_item_number(opening: str) -> None:
    title = "关于改造老旧小区排水管网的提案的答复"
    letter = parse_text(title + BODY.format(opening=opening), keywords=False)
    assert letter.proposal is None or letter.proposal.number is None
