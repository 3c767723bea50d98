"""A page's tool words and labels show a page only as a page writes them, never inside a
sentence of the letter (pagesign64). A plain letter whose body says 关闭, 分享, 收藏, 纠错,
打印 in its sentences, or whose own header has a ``公开属性：`` row, shows no page: the page's
rules are not read over it and every line of it is the letter's. The same words set as a
page's tools (``【关闭】``, ``打印 关闭``, ``分享到：``, ``加入收藏``, ``我要纠错``) and a page's
own label (``属性：``) still show one. Snippets are invented.
"""

from __future__ import annotations

import pytest

from pagesigns import assert_plain_letter, shows_page
from replyparse import parse_text

LETTER = (
    "某县生态环境局\n"
    "{header}\n"
    "关于加强乡镇养殖污染治理的建议的答复\n"
    "赵某代表：\n"
    "　　您提出的建议收悉。{body}\n"
    "　　下一步，我局将会同各乡镇持续做好巡查。\n"
    "　　联系人：钱某　　联系电话：0000-5550123\n"
    "某县生态环境局\n"
    "2024年5月6日\n"
)
SENTENCES = [
    "对禁养区内的养殖场，由乡镇会同有关部门依法给予关闭或搬迁。",
    "我局已在官网开设专栏，便于群众分享和收藏相关资料。",
    "对群众反映的数据差错，我局已及时纠错并公布。",
    "办事群众可在大厅自助打印证明材料。",
    "请扫码关注后再分享给周边群众，并依法关闭退出落后产能。",
    "网站已开设长者模式、无障碍浏览等功能，群众扫描二维码即可查询，欢迎扫码关注我局公众号。",
    # a page-only tool spoken of, the object of a verb or before a noun (review64c)
    "县政府门户网站已开通无障碍浏览功能，主要站台增设语音播报系统。",
    "市民用手机扫描二维码即可查询公交到站时间。",
    "经核查，5月1日相关信息系误发，我局已更正。",  # (a links word after a date, in a sentence)
]
HEADERS = ["公开属性：主动公开", "信息公开属性：依申请公开", "公开方式：主动公开"]


@pytest.mark.parametrize("header", HEADERS)
@pytest.mark.parametrize("body", SENTENCES)
def test_a_plain_letter_with_tool_words_in_sentences_shows_no_page(header: str, body: str) -> None:
    text = LETTER.format(header=header, body=body)
    assert_plain_letter(text)
    letter = parse_text(text)
    assert letter.title == "关于加强乡镇养殖污染治理的建议的答复"
    assert [(a.name, a.role) for a in letter.addressees] == [("赵某", "代表")]
    assert letter.signature.issuer == "某县生态环境局"
    assert letter.public is (header != HEADERS[1])  # (依申请公开: no public letter)


@pytest.mark.parametrize(
    "line",
    [
        "【关闭】", "关闭", "打印 关闭", "【打印本页】 【关闭窗口】", "保存为word 打印 关闭",
        "分享到：", "2021年10月22日分享到：", "加入收藏", "【收藏】 【关闭窗口】", "我要纠错",
        "来源：某局 点击：[] 打印", "字体：[ 大 中 小 ]", "扫一扫在手机打开当前页",
        "用微信扫描二维码分享至好友和朋友圈", "相关链接", "属性：有效", "读屏辅助浏览放大配色",
        "1024×768分辨率下显示效果最佳", "展开菜单王某代表：", "当前页文章播报某县某局",
        "2024年5月6日扫码关注某县发布公众号移动门户", "【发布日期】2024-05-06", "[ 索引号 ] 0000/2024-01",
        # a page's buttons glued in a row after its date or words, its lines glued (review64c)
        "某局2024-05-06打印本页关闭窗口", "某局关于某事的答复字体大中小", "用微信扫描二维码 分享",
        "某局2099916友情链接", "某局2099年9月16日相关链接",
    ],
)  # fmt: skip
def test_a_pages_tools_and_labels_still_show_a_page(line: str) -> None:
    text = line + "\n" + LETTER.format(header="", body=SENTENCES[0])
    assert shows_page(text)
