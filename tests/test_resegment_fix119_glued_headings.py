"""Section headings a copy glued to their paragraphs with nothing between (snippets written
here, names, places and numbers invented; docs/record.md, decided fix119):

- a heading that names what the member asked, the member its attribute
  (一、你提案中提出的…的问题), is no sentence for opening with 你: it ends at its topic word;
- a heading of 关于 and the demand's quote alone (一、关于“…”) ends at the quote's close when
  the paragraph's first clause opens there (…”市级部门积极…); 关于“…”的建议 and
  关于“…”建议的… go on;
- 回复 ends a heading after 的 as 答复 does (关于“…”建议的回复);
- a heading of three clauses, commas between, ends before the frame its paragraph opens
  with (…力度在某指挥部的统筹部署下，…).
"""

from __future__ import annotations

from replyparse import parse_text

_HEAD = (
    "关于县九届政协二次会议第31号提案的答复张某某委员：你提出的《关于扶持甲乡茶产业的提案》"
    "收悉，现答复如下："
)
_END = "感谢你对农业工作的关心和支持。某县农业农村局2099年6月12日"


def _headings(text: str) -> list[str]:
    return [section.heading for section in parse_text(text).sections]


def test_a_heading_naming_what_the_member_asked() -> None:
    text = (
        _HEAD
        + "一、你提案中提出的扶持资金不足的问题现阶段上级补助资金实行先建后补，由县里统筹安排。"
        + "二、你提案中提出的品种结构单一的问题我县已引进两个新品种，在甲乡试种。"
        + _END
    )
    assert _headings(text) == [
        "你提案中提出的扶持资金不足的问题",
        "你提案中提出的品种结构单一的问题",
    ]


def test_a_heading_that_is_a_sentence_to_the_member_stays_one() -> None:
    # (你 as the subject: the item is a sentence, no heading cut from it)
    text = _HEAD + "一、你这一建议很有价值，我局已列入明年计划。" + _END
    assert _headings(text) == ["你这一建议很有价值，我局已列入明年计划"]


def test_a_quoted_demand_after_guanyu_ends_at_its_quote() -> None:
    text = (
        _HEAD
        + "一、关于“扶持甲乡茶产业发展”县级相关部门积极支持甲乡茶园提质增效，安排资金两百万元。"
        + "二、关于“培育茶叶加工企业”近年来，我县引进加工企业三家。"
        + _END
    )
    assert _headings(text) == ["关于“扶持甲乡茶产业发展”", "关于“培育茶叶加工企业”"]


def test_a_quoted_demand_goes_on_to_its_topic() -> None:
    text = (
        _HEAD
        + "一、关于“扶持甲乡茶产业发展”建议的回复强化品种改良方面。县农技站每年培训茶农。"
        + "二、关于“培育茶叶加工企业”的建议县里已引进加工企业三家，年加工能力五百吨。"
        + _END
    )
    assert _headings(text) == [
        "关于“扶持甲乡茶产业发展”建议的回复",
        "关于“培育茶叶加工企业”的建议",
    ]


def test_a_three_clause_heading_before_its_paragraphs_frame() -> None:
    text = (
        _HEAD
        + "一、加强技术指导，提升茶园管理水平，不断加大甲乡茶园改造力度"
        + "在县茶产业指挥部的统筹部署下，我局已改造低产茶园三百亩。"
        + _END
    )
    assert _headings(text) == ["加强技术指导，提升茶园管理水平，不断加大甲乡茶园改造力度"]


def test_a_frame_the_heading_holds_to_stays_its() -> None:
    # (坚持在…的领导下: the heading's own frame, no paragraph opening there)
    text = _HEAD + "一、坚持在县委的领导下，统筹推进茶产业发展。我局已改造低产茶园三百亩。" + _END
    assert _headings(text) == ["坚持在县委的领导下，统筹推进茶产业发展"]
