"""A reply that sets a table in its body may end a row with its date and the table's bar
(``2099年3月18日 |``, the date the row's last cell) and go on under it with its own last
paragraphs, its thanks and its signer. The page's listing of other articles after the
bar that follows the signed date (news teasers, chrome) has none of these under it: a line
holding the reply's closing sentence (``感谢你对…的支持。``, ``此复。``) or its signer keeps
the body's row the body's, so the signer stays and the row's date is no signed date. A
page that sets its bar as a heavy box line (``┃``) is read as one with ``|``. Snippets
written for these tests; places, names and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = (
    "某县水务局关于县九届人大四次会议第21号建议的答复\n"
    "刘某代表：\n"
    "你提出的关于修缮某村灌渠的建议收悉，现答复如下：\n"
    "灌渠修缮工程的进度如下表：\n"
    "渠首闸门更换完工 |\n"
    "2099年3月18日 |\n"
)
_REST = (
    "下一步，我局将继续做好灌渠的日常巡查，确保春灌用水{stop}\n"
    "我们还将组织技术人员定期检修闸门{stop}\n"
    "感谢你对水务工作的关心和支持。\n"
    "某县水务局\n"
)


@pytest.mark.parametrize("stop", ["。", ""], ids=["sentences", "lines-without-stops"])
def test_the_body_rows_date_leaves_the_signer(stop: str) -> None:
    record = parse_text(_HEAD + _REST.format(stop=stop), keywords=False)
    assert record.signature.issuer == "某县水务局"
    assert record.signature.date is None


def test_with_a_contact_under_the_signer() -> None:
    # a contact's label under the signer keeps the chrome's rule off; the closing's own
    # reading of a listing must leave the body's lines too
    text = _HEAD + _REST.format(stop="。") + "联系人：某某某  联系电话：0000-0000000\n"
    record = parse_text(text, keywords=False)
    assert record.signature.issuer == "某县水务局"
    assert record.signature.date is None


_LETTER = (
    "某县水务局对县九届人大四次会议第21号建议的答复 "
    "刘某代表： 你提出的关于修缮某村灌渠的建议收悉，现答复如下： "
    "我局已安排资金更换渠首闸门，并于今年春灌前完工。 "
    "感谢你对水务工作的关心和支持。 2099年3月18日"
)
_TEASERS = (
    "某县举办春季农田水利建设现场观摩会，各乡镇分管负责同志参加",
    "某县水务局开展防汛应急演练，提升突发险情处置能力和协同水平",
    "节水宣传进校园活动走进某镇中心小学，同学们争当节水小卫士",
    "某县召开河长制工作推进会，部署今年河湖清四乱专项整治行动",
    "感谢您访问本站 某县水务局主办",
)


@pytest.mark.parametrize("bar", ["|", "┃", "｜"])
def test_a_flattened_listing_after_any_bar_leaves_the_date(bar: str) -> None:
    text = f"{_LETTER} {bar} " + " ".join(_TEASERS) + "\n"
    record = parse_text(text, keywords=False)
    assert record.signature.date == "2099-03-18"


def test_the_listing_on_its_lines_stays_the_pages() -> None:
    # the teasers (a site's "thanks for visiting" line among them: no reply's thanks) are
    # dropped under the barred date, as before
    text = _LETTER.replace(" ", "\n") + " |\n" + "\n".join(_TEASERS) + "\n"
    record = parse_text(text, keywords=False)
    assert record.signature.date == "2099-03-18"
    assert "观摩会" not in " ".join(s.text for s in record.sections)


def test_an_unsigned_reply_keeps_its_thanks() -> None:
    # no signer under the thanks, a contact under it (the chrome's rule off): the reply's
    # thanks alone tell the body's row from a page's listing
    text = (
        _HEAD
        + _REST.format(stop="").replace("某县水务局\n", "")
        + "联系人：某某某  联系电话：0000-0000000\n"
    )
    record = parse_text(text, keywords=False)
    assert record.signature.date is None
    assert [d.value for d in record.dates] == ["2099-03-18"]  # (the row's, a date of the body)


@pytest.mark.parametrize("footer", ["感谢您对本网站的关注和支持！", "感谢您对本站工作的支持"])
def test_a_sites_thanks_under_the_listing_is_no_replys(footer: str) -> None:
    # the site thanks its visitor under the listing: the listing stays the page's
    text = _LETTER.replace(" ", "\n") + " |\n" + "\n".join(_TEASERS[:4]) + f"\n{footer}\n"
    record = parse_text(text, keywords=False)
    assert record.signature.date == "2099-03-18"
