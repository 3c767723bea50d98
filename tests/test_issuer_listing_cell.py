"""A proposal database's listing kept above the letter: a row of its column labels copied on
one line with gaps between the cells (``承办单位  答复日期  答复内容``, or a site's own
``承办单位答复``), the values one a line under it, the handling unit first. That authority
is the listing's cell, not the letter's header mark: with no mark, signature or title
authority of the letter's own, the issuer is null. A row of filled labels (``类别：A
签发人：王某``), a label and its value (``公开方式  主动公开``) or a person's label and name
over the letter's own mark leave the mark the issuer. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LISTING = """案  由: 关于修缮某村文化礼堂的建议
提 案 者: 某民主党派某县委员会
{row}
某县文化和旅游局
2099-05-06
详细查看

某文旅议字〔2099〕12号

对政协某县第十一届委员会第四次会议第0077号提案的答复

某民主党派某县委员会：

    贵委提出的关于“修缮某村文化礼堂”的提案已经收到，经研究答复如下：
    我们将安排专项资金推进修缮工作。
"""


@pytest.mark.parametrize(
    "row",
    [
        pytest.param("承办单位答复   答复日期   答复内容", id="site-worded-cell"),
        pytest.param("承办单位   答复日期   答复内容", id="plain-labels"),
        pytest.param("承办单位\t答复日期", id="two-cells-tab"),
    ],
)
def test_the_unit_under_a_listings_labels_is_no_issuer(row: str) -> None:
    letter = parse_text(LISTING.format(row=row))
    assert letter.issuer is None


HEADER = """{row}
某县文化和旅游局

关于某村文化礼堂修缮的答复

王某代表：
    您提出的关于修缮某村文化礼堂的建议收悉。现答复如下：
    我们将安排专项资金推进修缮工作。

2099年5月6日
"""


@pytest.mark.parametrize(
    "row",
    [
        pytest.param("类别：A      签发人：王某某", id="filled-labels"),
        pytest.param("公开方式    主动公开", id="label-and-value"),
        pytest.param("签发人    李某某", id="signer-and-name"),
        pytest.param("", id="no-row"),
    ],
)
def test_the_letters_own_mark_stays_the_issuer(row: str) -> None:
    letter = parse_text(HEADER.format(row=row))
    assert letter.issuer == "某县文化和旅游局"
