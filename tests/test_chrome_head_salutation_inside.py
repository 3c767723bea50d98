"""A saved page flattened onto one line: its labels (发布时间：, 来源：, an empty 阅读量：)
run on into the letter's title and salutation, and a stray blank further on (a figure and
its unit parted, ``8 团``) cuts the piece there. The salutation with the opening that
speaks to its addressee right after it (…复函李某代表:您提出的…) is the letter's, so the
page's head stops before that piece, however many labels stand in it; a head whose pieces
hold no such salutation is read as before.
"""

from __future__ import annotations

from replyparse import parse_text

HEAD = (
    "索引号 000000/2099-000001 发布机构 某镇人民政府 公开日期 2099-01-02 "
    "某镇关于市某届人大某次会议第8号建议的复函"
    "发布时间:2099-01-02 10:00:00 来源:8团某镇综合服务中心 编辑:张某某 阅读量:"
)
LETTER = (
    "某镇关于市某届人大某次会议第8号建议的复函李某某代表:您提出的《关于解决8 团某镇"
    "老居民区道路硬化问题的建议》(第8号)收悉。现答复如下:经实地查看,该道路为土路,"
    "已列入明年建设计划。感谢您对我们工作的关心和支持。某镇综合服务中心2099年3月4日"
)


def test_salutation_inside_a_piece_ends_the_head() -> None:
    letter = parse_text(HEAD + LETTER, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("李某某", "代表")]
    assert letter.title == "某镇关于市某届人大某次会议第8号建议的复函"
    assert letter.proposal is not None
    assert letter.proposal.number == "8"
    assert letter.proposal.title == "关于解决8团某镇老居民区道路硬化问题的建议"


def test_tidy_page_reads_the_same() -> None:
    tidy = HEAD.replace(" 阅读量:", "\n阅读量:\n") + LETTER.replace("复函李", "复函\n李").replace(
        "8 团", "8团"
    )
    letter = parse_text(tidy, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("李某某", "代表")]
    assert letter.proposal is not None
    assert letter.proposal.number == "8"
