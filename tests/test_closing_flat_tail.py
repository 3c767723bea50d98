"""The tail of a letter whose copy lost its line breaks (joined by a blank or by nothing,
flat61b): the closing sentence, the signer, the date, the contact and the page's footer run
together, and a careful reader of the flattened text still reads the signer, the date and
the contact the tidy letter gives. Snippets are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES, section_headings

OPENING = (
    "周某代表：\n"
    "您提出的关于修缮乙村便民桥的建议收悉，现答复如下：\n"
    "该桥已列入今年农村公路养护计划，预计年底前完工。\n"
)


def _joined(tidy: str, joiner: str) -> str:
    return joiner.join(line.strip() for line in tidy.split("\n"))


@pytest.mark.parametrize("label", ["主办方", "承办方"])
def test_a_footer_glued_after_the_date_leaves_the_signature(label: str) -> None:
    tidy = (
        OPENING
        + "感谢您对交通工作的关心和支持！\n甲县交通运输局\n2099年3月27日\n"
        + f"{label}：甲县人民政府版权所有网络实名：甲县政府门户网\n"
        + "地址：甲县某路1号 邮编：000000\n"
    )
    for joiner in ("", " "):
        record = parse_text(_joined(tidy, joiner), keywords=False)
        assert record.signature.issuer == "甲县交通运输局"
        assert record.signature.date == "2099-03-27"


def test_the_signer_glued_after_the_plea_that_lost_its_stop() -> None:
    # (the reply's closing plea, 以便进一步改进工作, its full stop lost, then the signer and
    # a date whose 年月日 the copy lost)
    tidy = (
        OPENING
        + "对以上答复有什么意见，请填写回执反馈给我们，以便进一步改进我们的工作\n"
        + "甲县交通运输委员会\n2099619\n"
    )
    for text in (tidy, _joined(tidy, ""), _joined(tidy, " ")):
        record = parse_text(text, keywords=False)
        assert record.signature.issuer == "甲县交通运输委员会"


def test_a_sentence_naming_a_body_after_its_work_signs_nothing() -> None:
    # (the body is the sentence's own words: no plea's comma before 以便)
    text = OPENING + "我局将配合乙镇做好工作甲县交通运输委员会2099619"
    assert parse_text(text, keywords=False).signature.issuer is None


@pytest.mark.parametrize("date", ["2099年9月", "2099年9月6日"])
def test_a_date_glued_to_the_phones_figures_is_a_date(date: str) -> None:
    tidy = (
        OPENING
        + "感谢您对交通工作的关心和支持。\n承办人：吴某某\n"
        + f"联系电话：0000555012\n{date}\n（此件主动公开）\n"
    )
    want = [d.text for d in parse_text(tidy, keywords=False).dates]
    record = parse_text(_joined(tidy, ""), keywords=False)
    assert [d.text for d in record.dates] == want == [date]
    assert [(c.name, c.phone) for c in record.contacts] == [("吴某某", "0000555012")]


def test_a_long_figure_before_a_year_with_no_month_is_no_date() -> None:
    # (a year alone after the figures: no month to tell a date from a count's digits)
    text = OPENING + "联系电话：00005550122099年\n"
    assert [d.text for d in parse_text(text, keywords=False).dates] == []


def test_a_server_error_page_glued_after_the_date_is_the_pages() -> None:
    # (a copy kept the error page a mirror served under the letter, and a map widget's
    # words; flattened, they run on after the date's figures)
    tidy = (
        OPENING
        + "感谢您对交通工作的关心和支持。\n联系人：吴某某联系电话0000-5550123\n"
        + "甲县交通运输局\n2099710\n404 Not Found\n404 Not Found\nnginx\nBaidu\nmap\n"
    )
    for text in (tidy, _joined(tidy, ""), _joined(tidy, " ")):
        record = parse_text(text, keywords=False)
        assert record.signature.issuer == "甲县交通运输局"
        assert [(c.name, c.phone) for c in record.contacts] == [("吴某某", "0000-5550123")]


def test_a_sentence_naming_an_error_page_stays() -> None:
    text = (
        OPENING + "我局已对网站出现的404 Not Found页面完成整改。\n甲县交通运输局\n2099年7月10日\n"
    )
    # (the status inside the body's sentence, words glued after it: no page's tail)
    for joined in (text, _joined(text, ""), _joined(text, " ")):
        record = parse_text(joined, keywords=False)
        assert record.signature.issuer == "甲县交通运输局"
        assert record.signature.date == "2099-07-10"


@pytest.mark.parametrize("date", ["2099619", "2099年6月19日"])
def test_the_signer_glued_after_a_short_plea(date: str) -> None:
    # (the plea's last clause with no 我们 or 的 in it, 以便改进工作: the run of hanzi from
    # the comma to the signer's last character is no authority's name, the plea its head)
    tidy = (
        OPENING + f"对以上答复有什么意见，请反馈给我们，以便改进工作\n甲县交通运输委员会\n{date}\n"
    )
    for text in (tidy, _joined(tidy, "")):
        record = parse_text(text, keywords=False)
        assert record.signature.issuer == "甲县交通运输委员会"


@pytest.mark.parametrize("leftover", ["null", "undefined"])
@pytest.mark.parametrize("joiner", ["\n", " ", ""])
def test_a_script_leftover_after_the_page_tail_leaves_the_signer(
    leftover: str, joiner: str
) -> None:
    # (decided, fix132: the page's script's empty value glued after its QR prompt, under a
    # contact's phone, the signer and a date whose 年月日 the copy lost)
    tidy = (
        OPENING
        + "办复类别：B\n联系单位：甲县卫生健康委员会\n联系电话：0000-5550123\n"
        + f"甲县卫生健康委员会\n2099829\n扫一扫在手机打开当前页\n{leftover}"
    )
    record = parse_text(_joined(tidy, joiner), keywords=False)
    assert record.signature.issuer == "甲县卫生健康委员会"
    assert [c.phone for c in record.contacts] == ["0000-5550123"]


@pytest.mark.parametrize("button", ["打印本页", "关闭窗口", "打印此页"])
@pytest.mark.parametrize("joiner", ["\n", " ", ""])
def test_a_pages_button_glued_after_the_dates_figures_leaves_the_signer(
    button: str, joiner: str
) -> None:
    # (decided, left70: the page's button with its page's end glued after the figures of a
    # date whose 年月日 the copy lost, the contact's row over the signer: the page's, as the
    # QR prompt is; an earlier round read no page and no signer in the copy glued)
    tidy = OPENING + "联系电话：0000-5550123\n" + f"甲县卫生健康委员会\n2099829\n{button}"
    record = parse_text(_joined(tidy, joiner), keywords=False)
    assert record.signature.issuer == "甲县卫生健康委员会"
    assert [c.phone for c in record.contacts] == ["0000-5550123"]


# Decided (fix133): the closing's plea to rate the reply (请…进行评价, 请予以测评), its full
# stop lost, closes the reply as thanks do: the signer glued after it signs, also where the
# plea quotes the platform it names (a quote ends the name's run, not the sentence); and the
# sentence's last words a blank parts from the signer (…进行评价 甲县某委员会) are no stray
# piece of its name.
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "plea",
    [
        pytest.param("请及时通过某某应用“代表建议模块”进行评价", id="quoted-platform"),
        pytest.param("请及时通过某某平台进行评价", id="plain"),
        pytest.param("请予以测评", id="ceping"),
    ],
)  # fmt: skip
def test_the_signer_after_a_plea_to_rate_the_reply(
    flatten: Callable[[str], str], plea: str
) -> None:
    tidy = (
        OPENING + f"如对本答复有不同看法，{plea}\n甲县交通运输委员会\n2099619\n联系电话：55501234\n"
    )
    record = parse_text(flatten(tidy), keywords=False)
    assert record.signature.issuer == "甲县交通运输委员会"


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "signer",
    [
        pytest.param("甲县推进行政审批改革领导小组办公室", id="tuijin"),
        pytest.param("乙河市促进行业发展服务中心", id="cujin"),
    ],
)
@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("感谢您对我们工作的支持。", id="thanks"),
        pytest.param("如对本答复有不同看法，请及时进行评价", id="plea"),
    ],
)
def test_a_signer_whose_name_runs_a_verb_into_jinxing(
    flatten: Callable[[str], str], signer: str, closing: str
) -> None:
    # (review69: the plea's 进行 is no name's word, but 推进 or 促进 before 行政, 行业 in a
    # name reads so too; the name signs whole, as before fix133)
    tidy = OPENING + f"{closing}\n{signer}\n2099年6月19日\n"
    record = parse_text(flatten(tidy), keywords=False)
    assert (record.signature.issuer, record.signature.date) == (signer, "2099-06-19")


def test_a_sentence_ending_in_a_rating_is_no_plea() -> None:
    # (a sentence of the body that ends with 评价 and opens with no plea's words: the
    # authority glued after it is not parted from it as after the closing's plea)
    text = OPENING + "群众对该桥的改造给予了好评价甲县交通运输委员会2099619"
    assert parse_text(text, keywords=False).signature.issuer != "甲县交通运输委员会"


# Decided (fix133): the closing's note of who approved the reply (此答复函已经某某主任审签。)
# is a paragraph of its own: glued after a paragraph that lost its full stop, it ends that
# paragraph, so an inline point's heading with no full stop ends where its paragraph does, as
# where the copy kept its lines (an earlier round ran the heading on into the note).
@pytest.mark.parametrize("flatten", COPIES)
def test_the_approval_note_ends_the_last_point(flatten: Callable[[str], str]) -> None:
    tidy = (
        "周某代表：\n"
        "您提出的关于修缮乙村便民桥的建议收悉，现答复如下：\n"
        "我局高度重视。一是加强日常养护。我局已作安排。二是争取资金，待政策调整后积极争取纳入补助范围\n"
        "此答复函已经王某主任审签。如对本答复有不同看法，请及时反馈。\n"
        "甲县交通运输委员会\n2099年6月19日\n"
    )
    headings = section_headings(flatten(tidy))
    assert headings[-1] == "争取资金，待政策调整后积极争取纳入补助范围"


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "note",
    [
        pytest.param("此答复函已经王某主任审签", id="shenqian"),
        pytest.param("本答复已经分管副主任审核", id="shenhe"),
    ],
)
def test_the_approval_note_that_lost_its_stop_leaves_the_signer(
    flatten: Callable[[str], str], note: str
) -> None:
    # (review69: the note of who approved the reply, its full stop lost, right over the
    # signer: glued, the signer's name opens no note, where fix133 read the note's words
    # with the name as the signer, and an earlier round read none)
    tidy = OPENING + f"感谢您对交通工作的支持。{note}\n甲县交通运输委员会\n2099年6月19日\n"
    record = parse_text(flatten(tidy), keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("甲县交通运输委员会", "2099-06-19")
