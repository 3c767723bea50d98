"""A letter a web copy flattened onto one line, glued with nothing between its lines: the
signature with the page's footer glued after its date, a signer glued after a closing
label or a phone, a 关于 heading glued to a paragraph that turns to the member, a
salutation counting its names (王某、赵某2位代表：) or opening with the quoted proposal
(王某委员《…》收悉). Snippets are invented."""

from __future__ import annotations

from replyparse import parse_text

_HEAD = "某县林业局关于县政协八届六次会议第83号提案的答复函王明委员：您提出的提案收悉，现答复如下："


def _lines(text: str) -> list[str]:
    from replyparse.resegment import resegment
    from replyparse.textview import TextView

    return [line.text for line in resegment(TextView(text)).lines]


# --- the signature, the page's footer glued after its date ---------------------------------


def test_footer_glued_after_the_signed_date() -> None:
    text = (
        _HEAD
        + "我局将加强管护。感谢您对护林事业的关注和帮助。某县林业局2020年3月4日网站地图主办单位"
    )
    letter = parse_text(text)
    assert letter.signature.issuer == "某县林业局"
    assert letter.signature.date == "2020-03-04"


def test_footer_in_latin_letters_glued_after_the_date() -> None:
    text = _HEAD + "我局将加强管护。感谢您的支持！某县林业局2020年3月4日WAP版 2020"
    assert parse_text(text).signature.date == "2020-03-04"


def test_signer_after_a_closing_label_footer_glued() -> None:
    text = _HEAD + "我局将加强管护。承办单位：某县林业局2020年3月4日网站地图"
    letter = parse_text(text)
    assert letter.signature.issuer == "某县林业局"
    assert letter.signature.date == "2020-03-04"


def test_dated_sentence_after_thanks_is_no_signature() -> None:
    # a date the sentence goes on from (…日起，…日召开) is no signature's
    text = _HEAD + "感谢您的支持。某县林业局2020年3月4日起开展巡查，共查处三起。"
    assert parse_text(text).signature.date is None
    text = _HEAD + "感谢您的支持。某县林业局2020年3月4日召开座谈会商议。"
    assert parse_text(text).signature.date is None


def test_body_date_without_closing_sentence_keeps_its_line() -> None:
    # no closing sentence before the authority: a body's sentence, not the signature
    text = _HEAD + "经查，某县林业局2020年3月4日组织人员补种树苗五百株。我局将继续跟进。"
    lines = _lines(text)
    assert not any(line.startswith("某县林业局2020") for line in lines)
    assert "2020年3月4日" not in lines


# --- the signer glued after the contact's phone, ending the letter -------------------------


def test_signer_glued_after_the_phone_ends_the_letter() -> None:
    text = _HEAD + "我局将加强管护。联系电话：13912345678某县林业局"
    assert parse_text(text).signature.issuer == "某县林业局"


def test_phone_alone_ending_the_letter_names_no_signer() -> None:
    text = _HEAD + "我局将加强管护。联系电话：13912345678"
    assert parse_text(text).signature.issuer is None


# --- a 关于 heading glued to a paragraph that speaks to the member ------------------------


def test_guanyu_heading_glued_to_a_paragraph_addressing_the_member() -> None:
    text = (
        _HEAD + "一、关于苗木供应不足问题您反映的情况属实，我局已增加育苗面积。"
        "二、关于护林员待遇问题你们提到的补贴已列入预算。感谢您的支持。某县林业局2020年3月4日"
    )
    headings = [s.heading for s in parse_text(text).sections]
    assert headings == ["关于苗木供应不足问题", "关于护林员待遇问题"]


def test_guanyu_words_in_a_paragraph_are_no_heading() -> None:
    # no section marker before them: the opening's sentence, read as it was
    text = _HEAD + "关于苗木供应不足问题您反映的情况属实，我局已增加育苗面积。感谢您的支持。"
    assert parse_text(text).sections == []
    assert not any(line == "关于苗木供应不足问题" for line in _lines(text))


# --- the salutation glued after the title ------------------------------------------------


def test_names_with_a_count_glued_after_the_title() -> None:
    text = (
        "某县林业局关于县人大八届六次会议第83号建议的复函王明、赵刚2位代表：你们的"
        "《关于种树的建议》收悉，现答复如下。我局将加强管理。"
    )
    letter = parse_text(text)
    assert letter.title == "某县林业局关于县人大八届六次会议第83号建议的复函"
    assert [(a.name, a.role) for a in letter.addressees] == [("王明", "代表"), ("赵刚", "代表")]


def test_names_before_the_quoted_proposal_received() -> None:
    for joint in ("", "\n"):
        text = (
            f"某县林业局关于县政协八届六次会议第83号提案的答复函{joint}王明、赵刚委员"
            "《关于种树的提案》收悉，现答复如下。我局将加强管理。"
        )
        letter = parse_text(text)
        assert letter.title == "某县林业局关于县政协八届六次会议第83号提案的答复函"
        assert [(a.name, a.role) for a in letter.addressees] == [
            ("王明", "委员"),
            ("赵刚", "委员"),
        ]


def test_member_and_quoted_proposal_inside_a_title_stay_in_it() -> None:
    letter = parse_text("关于对王明委员《关于种树的提案》的答复\n王明委员：\n您提出的提案收悉。")
    assert letter.title == "关于对王明委员《关于种树的提案》的答复"
    assert [(a.name, a.role) for a in letter.addressees] == [("王明", "委员")]


def test_tidy_letter_keeps_its_lines() -> None:
    text = (
        "某县林业局关于县政协八届六次会议第83号提案的答复函\n\n王明委员：\n\n"
        "您的《关于种树的提案》收悉，现答复如下：\n\n一、关于苗木问题\n\n您反映的情况属实。\n\n"
        "感谢您的支持。\n\n某县林业局\n2020年3月4日\n"
    )
    assert _lines(text) == [line for line in text.split("\n")]


def test_words_glued_to_a_phone_on_its_own_line_sign_nothing() -> None:
    # a tidy letter's contact line, words glued to its phone: no flattening, no signer
    text = "王明委员：\n您提出的提案收悉。\n我局将加强管护。\n联系电话：13912345678护林站已设到各村所\n"
    assert parse_text(text).signature.issuer is None


def test_handling_heading_glued_to_its_paragraph() -> None:
    text = (
        _HEAD + "一、办理过程诚如委员所说，护林站点偏少，我局已走访三个乡镇。"
        "二、办理结果新设护林站两处。感谢您的支持。某县林业局2020年3月4日"
    )
    assert [s.heading for s in parse_text(text).sections][:1] == ["办理过程"]


def test_in_the_course_of_goes_on_in_its_heading() -> None:
    # 过程中 goes on: no heading ends at 过程
    text = _HEAD + "一、在补植过程中我局组织人员巡查，发现问题及时整改。二、下一步打算。继续巡查。"
    assert "在补植过程" not in [s.heading for s in parse_text(text).sections]


def test_undated_signer_glued_after_the_class_mark() -> None:
    text = _HEAD + "我局将加强管护。办复类别：A类某县财政局 联系电话：13912345678"
    letter = parse_text(text)
    assert letter.signature.issuer == "某县财政局"
    assert letter.handling_type == "A"


def test_class_mark_with_no_authority_after_it_signs_nothing() -> None:
    text = _HEAD + "我局将加强管护。办复类别：A类办理情况良好"
    assert parse_text(text).signature.issuer is None
