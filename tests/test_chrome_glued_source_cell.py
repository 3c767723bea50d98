"""A saved page flattened onto one line with nothing between its lines: the page's 来源 cell
glued after the figures of the letter's last contact row (``…邮政编码：000000来源：某局``)
is the site's chrome, so the signer and contacts above it close the letter; a letter that
names where money comes from (``资金来源：…``) keeps those words.
"""

from __future__ import annotations

from replyparse import parse_text

LETTER = (
    "庚县交通运输局关于县政协七届三次会议第12号提案的会办意见\n"
    "县住房和城乡建设局：\n"
    "吴某某委员提出的关于改造城区背街小巷的提案收悉，现将会办意见函告如下：\n"
    "我局将配合做好背街小巷改造中的交通组织，施工期间设置临时指示标志。\n"
    "以上意见请你单位答复时一并考虑。\n"
    "庚县交通运输局\n"
    "联系人姓名：郑某\n"
    "联系电话：0000-0000000\n"
    "邮政编码：000000\n"
)


def test_source_cell_glued_after_last_contact_is_chrome() -> None:
    page = LETTER + "来源：庚县交通运输局网站\n"
    glued = "".join(line.strip() for line in page.split("\n"))
    letter = parse_text(glued, keywords=False)
    assert letter.signature.issuer == "庚县交通运输局"
    assert [(c.name, c.phone) for c in letter.contacts] == [("郑某", "0000-0000000")]


def test_money_source_in_a_letter_stays() -> None:
    text = LETTER.replace(
        "以上意见", "改造所需资金由县级财政安排，资金来源：县级财政预算。以上意见"
    )
    for joiner in ("\n", ""):
        flat = joiner.join(line.strip() for line in text.split("\n"))
        letter = parse_text(flat, keywords=False)
        assert letter.signature.issuer == "庚县交通运输局"
        assert [(c.name, c.phone) for c in letter.contacts] == [("郑某", "0000-0000000")]
