"""Short lines the closing knows nothing of (a label no table holds and its value,
``文稿编辑：某科``, ``排版：某某``) under the contact lines that follow the signature's date
hide no signature: the authority and the date above are read, as they were with such lines
right under the date. An earlier round stopped at the contact's phone between them and
lost the signature (issuer, signature, date: all null). Snippets invented (names made up)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于县政协十届一次会议第9号提案的答复\n\n王某委员：\n\n"
    "您提出的关于某路路灯的提案收悉。现答复如下：\n\n一、立即组织修剪工作。\n\n"
    "感谢您对我们工作的支持。\n\n某县城市管理局\n2022年8月18日\n"
)
CONTACT = "联系人：李某  联系电话：0000-5550123\n"

TAILS = {
    "editor": CONTACT + "文稿编辑：某科\n",
    "half-width-colons": "经办人姓名:李某 联系电话:0000-5550123\n文稿编辑:某某专审\n",
    "fax-between": CONTACT + "传真：0000-5550124\n文稿编辑：某科\n",
    "three-labels": CONTACT + "文稿编辑：某科\n排版：某某\n录入：某某\n",
    "known-label-among-them": CONTACT + "文稿编辑：某科\n核稿：某某\n排版：某某\n录入：某某\n",
}


@pytest.mark.parametrize("tail", TAILS.values(), ids=TAILS.keys())
def test_signature_over_contacts_and_labels(tail: str) -> None:
    letter = parse_text(HEAD + tail, keywords=False)
    assert letter.signature.issuer == "某县城市管理局"
    assert letter.signature.date == "2022-08-18"
    assert letter.issuer == "某县城市管理局"
    assert [(c.name, c.phone) for c in letter.contacts] == [("李某", "0000-5550123")]


# Near misses: a line the closing knows nothing of that holds a phone number (a form's
# row), or more such lines than a page's furniture takes, still end the closing's search.
NOT_READ = {
    "unknown-line-with-phone": CONTACT + "另告：王某 13900000001\n",
    "four-unknown-lines": CONTACT + "文稿编辑：某科\n排版：某某\n录入：某某\n图片：某某\n",
}


@pytest.mark.parametrize("tail", NOT_READ.values(), ids=NOT_READ.keys())
def test_no_signature_over_other_lines(tail: str) -> None:
    letter = parse_text(HEAD + tail, keywords=False)
    assert letter.signature.date is None
