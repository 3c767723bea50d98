"""A page that showed some characters as images loses them when copied: the 年月日 of the
date (``2099315``) and, with them, the first characters of a label (``人：周某`` for
联系人). Flattened with nothing between its lines, the signer glued before such a date
(``…支持。某局2099315人：周某…``) stands apart from the figures and from what follows
them, as it does on its own line; a tidy letter, and figures inside a sentence, are read as
they were.
"""

from __future__ import annotations

from replyparse import parse_text
from replyparse.resegment import resegment
from replyparse.textview import TextView

LETTER = (
    "孙某某代表：\n您提出的关于增设社区健身器材的建议收悉，现答复如下：\n"
    "我局已在辖区三个社区增设健身器材二十套，并安排专人定期维护。\n"
    "感谢您对体育工作的关心和支持。\n己县文化体育局\n2099315\n"
    "人：周某\n联系电话：0000-0000000\n"
)


def test_signer_glued_before_figures_date() -> None:
    for text in (LETTER, "".join(line.strip() for line in LETTER.split("\n"))):
        letter = parse_text(text, keywords=False)
        assert letter.signature.issuer == "己县文化体育局"
        assert [(c.name, c.phone) for c in letter.contacts] == [("周某", "0000-0000000")]


def test_figures_after_a_name_inside_a_sentence_stay() -> None:
    tidy = LETTER.replace("2099315\n人：周某", "2099年3月15日\n联系人：周某").replace(
        "并安排专人定期维护。", "并安排专人定期维护。县体育中心2099315号场地已开放。"
    )
    flat = "".join(line.strip() for line in tidy.split("\n"))
    lines = [line.text for line in resegment(TextView(flat)).content_lines]
    assert any(line.endswith("县体育中心2099315号场地已开放。") for line in lines)
    assert "己县文化体育局" in lines
