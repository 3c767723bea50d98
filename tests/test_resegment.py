"""Re-segmentation (resegment.py): the line breaks a flattened copy lost, put back.

Each table row is a letter's flattened line (invented, in the manner of web copies that
lost their line breaks) and the lines a reader sees in it, as the re-segmented view's
lines (``TextView.norm``: full-width punctuation, no white space between Chinese
characters). The must-not table holds lines that keep their shape: boundaries that look
right on one side only, and well-formed lines that must never be broken. Property tests
join the lines of any letter, in every way copies join them, and check that every span of
the record still holds.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import goldsets
from replyparse import parse_text
from replyparse import resegment as R
from replyparse.fields import sections
from replyparse.resegment import find_breaks, resegment
from replyparse.textview import TextView, normalise_newlines
from spans import span_problems


def lines(text: str) -> list[str]:
    return [line.text for line in resegment(TextView(text)).content_lines]


def case(id: str, text: str, expected: list[str]) -> object:  # pytest's ParameterSet
    return pytest.param(text, expected, id=id)


OPENING = "您提出的《关于修缮镇文化站的建议》收悉，现答复如下："
SIGNED = ["某县文化和旅游局", "2022年4月8日"]

SPLITS = [
    # the salutation's colon
    case(
        "salutation-opening-space",
        "关于县十届人大一次会议第5号建议的答复\n苏晴代表： " + OPENING + "一、加固屋顶。已完成。",
        ["关于县十届人大一次会议第5号建议的答复", "苏晴代表：", OPENING, "一、加固屋顶。已完成。"],
    ),
    case(
        "title-salutation-glued",
        "关于县十届人大一次会议第5号建议的答复苏晴、江屿代表：" + OPENING,
        ["关于县十届人大一次会议第5号建议的答复", "苏晴、江屿代表：", OPENING],
    ),
    case(
        "salutation-honorific-after-number",
        "关于第5号建议的复函 某文旅函〔2022〕9号 尊敬的苏晴代表：" + OPENING,
        ["关于第5号建议的复函", "某文旅函〔2022〕9号", "尊敬的苏晴代表：", OPENING],
    ),
    # a greeting after the role word, its mark for the colon: the salutation's own
    case(
        "salutation-greeting-after-title",
        "关于县十届人大一次会议第5号建议的答复 尊敬的苏晴委员您好： " + OPENING,
        ["关于县十届人大一次会议第5号建议的答复", "尊敬的苏晴委员您好：", OPENING],
    ),
    case(
        "salutation-greeting-glued-to-title",
        "关于县十届人大一次会议第5号建议的答复尊敬的苏晴委员您好！" + OPENING,
        ["关于县十届人大一次会议第5号建议的答复", "尊敬的苏晴委员您好！", OPENING],
    ),
    # words that are no names (a session's, an item's) before a gap, then the names and the
    # role with no colon, the opening after a gap: the names follow the gap; the header
    # elements between the page's heading and the letter's (damaged) title are lines of
    # their own (one43: an earlier round glued them all into the title)
    case(
        "colonless-salutation-after-the-items-words",
        "关于第5号建议的答复 某文旅函〔2022〕9号 B类 县人大一次会议第5建议 苏晴等代表 你们提出的建议收悉。",
        [
            "关于第5号建议的答复",
            "某文旅函〔2022〕9号",
            "B类",
            "县人大一次会议第5建议",
            "苏晴等代表",
            "你们提出的建议收悉。",
        ],
    ),
    # a title that is only the item's (…的建议) before a gap, the names and the colon after
    # it: the names follow the gap
    case(
        "salutation-after-the-items-title",
        "某县文化馆 筹建某村文化广场的建议 苏晴委员：您提出的提案收悉，现答复如下：",
        ["某县文化馆", "筹建某村文化广场的建议", "苏晴委员：", "您提出的提案收悉，现答复如下："],
    ),
    # a note after the role word, its colon after it: the salutation's
    case(
        "salutation-note-after-the-role",
        "对区政协九届四次会议 第6号提案的复函 苏晴委员(区文化馆): 您提出的提案收悉，现答复如下：",
        [
            "对区政协九届四次会议第6号提案的复函",
            "苏晴委员（区文化馆）：",
            "您提出的提案收悉，现答复如下：",
        ],
    ),
    case(
        "salutation-co-signers-after-the-role",
        "关于第5号提案的答复 苏晴委员并附议人: 你们提出的提案收悉，现答复如下：",
        [
            "关于第5号提案的答复",
            "苏晴委员并附议人：",
            "你们提出的提案收悉，现答复如下：",
        ],
    ),
    # a form's rows after its title (代表姓名：, 建议内容：), each after a gap: lines of their own
    case(
        "form-rows-after-the-title",
        "某县水务局 关于第5号建议办理情况的复函 代表姓名:苏晴、江屿、李某某 建议内容: 关于整修某村"
        "灌溉水渠和便道的建议 办理结果: 您提出的建议收悉，现答复如下： 一、加固屋顶。已完成。",
        [
            "某县水务局",
            "关于第5号建议办理情况的复函",
            "代表姓名：苏晴、江屿、李某某",
            "建议内容：关于整修某村灌溉水渠和便道的建议",
            "办理结果：",
            "您提出的建议收悉，现答复如下：",
            "一、加固屋顶。已完成。",
        ],
    ),
    case(
        "salutation-delegation",
        "关于第5号议案的答复 北川镇代表团：你们提出的议案收悉。",
        ["关于第5号议案的答复", "北川镇代表团：", "你们提出的议案收悉。"],
    ),
    case(
        "salutation-without-colon-pronoun",
        "对县政协十届一次会议第8号提案的答复 田禾、吴溪委员 你们提出的提案收悉。",
        ["对县政协十届一次会议第8号提案的答复", "田禾、吴溪委员", "你们提出的提案收悉。"],
    ),
    case(
        "salutation-without-colon-after-title-gap",
        "关于第8号建议答复的函 沈月代表 在县人大会议上提出的建议收悉。",
        ["关于第8号建议答复的函", "沈月代表", "在县人大会议上提出的建议收悉。"],
    ),
    case(
        "salutation-without-colon-we-glued",
        "对第8号提案的答复尊敬的田禾、吴溪委员们提出的提案收悉。",
        ["对第8号提案的答复", "尊敬的田禾、吴溪委员", "们提出的提案收悉。"],
    ),
    case(
        "salutation-after-a-header-value",
        "公开属性：主动公开 关于第5号建议的答复 苏晴代表：" + OPENING,
        ["公开属性：主动公开", "关于第5号建议的答复", "苏晴代表：", OPENING],
    ),
    # header elements running into the title
    case(
        "labels-number-title",
        "类别：B  某文旅函〔2022〕9号  关于第5号建议的答复\n苏晴代表：",
        ["类别：B", "某文旅函〔2022〕9号", "关于第5号建议的答复", "苏晴代表："],
    ),
    case(
        "issuer-labels-number-title",
        "某县文化和旅游局 办理类型：A类 是否公开：是 某文旅函〔2022〕9号 关于第5号建议的答复"
        " 苏晴代表：" + OPENING,
        [
            "某县文化和旅游局",
            "办理类型：A类",
            "是否公开：是",
            "某文旅函〔2022〕9号",
            "关于第5号建议的答复",
            "苏晴代表：",
            OPENING,
        ],
    ),
    case(
        "header-glued",
        "某县文化和旅游局文件某文旅函〔2022〕9号签发人：方舟关于第5号建议的答复苏晴代表："
        + OPENING,
        [
            "某县文化和旅游局文件",
            "某文旅函〔2022〕9号",
            "签发人：方舟",
            "关于第5号建议的答复",
            "苏晴代表：",
            OPENING,
        ],
    ),
    case(
        "class-mark-and-publication-bare",
        "某文旅函〔2022〕9号 乙类 同意公开 对第5号建议的 答 复 苏晴代表：" + OPENING,
        ["某文旅函〔2022〕9号", "乙类", "同意公开", "对第5号建议的答复", "苏晴代表：", OPENING],
    ),
    case(
        "damaged-number-and-a-mark-that-lost-its-bracket",
        "B类) 某文旅发〔202209      签发人:方舟 关于第5号建议的答复 苏晴代表: " + OPENING,
        ["B类）", "某文旅发〔202209", "签发人：方舟", "关于第5号建议的答复", "苏晴代表：", OPENING],
    ),
    case(
        "label-with-an-empty-value",
        "关于第5号建议的答复 办理类型：  签发人：方舟 苏晴代表：" + OPENING,
        ["关于第5号建议的答复", "办理类型：", "签发人：方舟", "苏晴代表：", OPENING],
    ),
    case(
        "notes-beside-the-title",
        "关于第5号建议的答复 某文旅复〔2022〕9号A类（此回复件公开）\n苏晴代表：",
        ["关于第5号建议的答复", "某文旅复〔2022〕9号", "A类", "（此回复件公开）", "苏晴代表："],
    ),
    case(
        "number-note-glued-to-title",
        "关于第5号提案答复的函（编号：C〔2022〕017号）\n苏晴委员：",
        ["关于第5号提案答复的函", "（编号：C〔2022〕017号）", "苏晴委员："],
    ),
    # the body: paragraphs, sections, headings
    case(
        "paragraphs-full-width-indents",
        "苏晴代表：\u3000\u3000" + OPENING + "\u3000\u3000一、加固屋顶。已完成。"
        "\u3000\u3000二、更换门窗。年内完成。",
        ["苏晴代表：", OPENING, "一、加固屋顶。已完成。", "二、更换门窗。年内完成。"],
    ),
    case(
        "paragraphs-bars",
        "苏晴代表：|" + OPENING + "|一、加固屋顶。已完成。|二、更换门窗。年内完成。",
        ["苏晴代表：", OPENING, "一、加固屋顶。已完成。", "二、更换门窗。年内完成。"],
    ),
    case(
        "sections-glued-after-sentence-ends",
        "苏晴代表：" + OPENING + "一、加固屋顶。已完成。二、更换门窗。年内完成。",
        ["苏晴代表：", OPENING, "一、加固屋顶。已完成。", "二、更换门窗。年内完成。"],
    ),
    case(
        "opening-colon-lost-before-the-sections",
        "苏晴代表：您提出的建议收悉，现答复如下一、加固屋顶。已完成。二、更换门窗。",
        ["苏晴代表：", "您提出的建议收悉，现答复如下", "一、加固屋顶。已完成。", "二、更换门窗。"],
    ),
    case(
        "heading-then-paragraph",
        "苏晴代表："
        + OPENING
        + " 一、基本情况 该站建于上世纪，屋顶漏雨。 二、下一步工作 年内维修。",
        [
            "苏晴代表：",
            OPENING,
            "一、基本情况",
            "该站建于上世纪，屋顶漏雨。",
            "二、下一步工作",
            "年内维修。",
        ],
    ),
    case(
        "heading-glued-to-a-dated-paragraph",
        "苏晴代表："
        + OPENING
        + "一、基本情况2021年，该站完成屋顶检测。二、下一步工作按照计划，年内维修。",
        [
            "苏晴代表：",
            OPENING,
            "一、基本情况",
            "2021年，该站完成屋顶检测。",
            "二、下一步工作",
            "按照计划，年内维修。",
        ],
    ),
    case(
        "list-glued-under-heading",
        "苏晴代表：" + OPENING + "一、工作措施（一）加固屋顶。已完成。（二）更换门窗。年内完成。",
        [
            "苏晴代表：",
            OPENING,
            "一、工作措施",
            "（一）加固屋顶。已完成。",
            "（二）更换门窗。年内完成。",
        ],
    ),
    case(
        "closing-formula-after-last-sentence",
        "苏晴代表：" + OPENING + "一、加固屋顶。已完成。感谢您对文化工作的关心。",
        ["苏晴代表：", OPENING, "一、加固屋顶。已完成。", "感谢您对文化工作的关心。"],
    ),
    # the signature and the closing block
    case(
        "signature-after-spaces",
        "一、加固屋顶。\n感谢您的关心。   某县文化和旅游局   2022年4月8日",
        ["一、加固屋顶。", "感谢您的关心。", *SIGNED],
    ),
    case(
        "signature-glued-after-sentence",
        "一、加固屋顶。\n感谢您的关心。某县文化和旅游局2022年4月8日",
        ["一、加固屋顶。", "感谢您的关心。", *SIGNED],
    ),
    case(
        "signature-without-full-stop",
        "一、加固屋顶。\n感谢您的关心 某县文化和旅游局 2022年4月8日",
        ["一、加固屋顶。", "感谢您的关心", *SIGNED],
    ),
    case(
        "signature-with-seal-note",
        "一、加固屋顶。\n感谢您的关心。 某县文化和旅游局（盖章） 2022年4月8日",
        ["一、加固屋顶。", "感谢您的关心。", "某县文化和旅游局（盖章）", "2022年4月8日"],
    ),
    case(
        "signature-date-first",
        "一、加固屋顶。\n感谢您的关心。 2022年4月8日 某县文化和旅游局",
        ["一、加固屋顶。", "感谢您的关心。", "2022年4月8日", "某县文化和旅游局"],
    ),
    case(
        "signature-date-alone",
        "一、加固屋顶。\n感谢您的关心。  二〇二二年四月八日",
        ["一、加固屋顶。", "感谢您的关心。", "二〇二二年四月八日"],
    ),
    case(
        "signature-joint",
        "一、加固屋顶。\n感谢您的关心。 某县文化和旅游局 某县财政局 2022年4月8日",
        ["一、加固屋顶。", "感谢您的关心。", "某县文化和旅游局", "某县财政局", "2022年4月8日"],
    ),
    case(
        "signature-name-with-a-stray-space",
        "一、加固屋顶。\n感谢您的关心。 某县文化 和旅游局 2022年4月8日",
        ["一、加固屋顶。", "感谢您的关心。", *SIGNED],
    ),
    case(
        "signature-padded-name",
        "一、加固屋顶。\n感谢您的关心。某 县 文 化 局二〇二二年四月八日",
        ["一、加固屋顶。", "感谢您的关心。", "某县文化局", "二〇二二年四月八日"],
    ),
    case(
        "signature-after-a-glued-attachment",
        "一、加固屋顶。\n附件：屋顶维修经费明细表某县文化和旅游局2022年4月8日",
        ["一、加固屋顶。", "附件：屋顶维修经费明细表", *SIGNED],
    ),
    case(
        # any form attached (fix121: dev121/003 glued, …沟通联系表某厅), not a listed kind alone
        "signature-after-a-glued-attached-form",
        "一、加固屋顶。\n附件：建议办理沟通联系表某县文化和旅游局2022年4月8日",
        ["一、加固屋顶。", "附件：建议办理沟通联系表", *SIGNED],
    ),
    case(
        # a deputy's 代表 in the signer's own name is no form (…代表工作委员会)
        "signature-naming-deputies",
        "一、加固屋顶。\n感谢您的关心。某县人大常委会代表工作委员会2022年4月8日",
        ["一、加固屋顶。", "感谢您的关心。", "某县人大常委会代表工作委员会", "2022年4月8日"],
    ),
    case(
        # nor is the 表 of 表彰 or 仪表 in it (review65b: fix121's any 表 cut the name there)
        "signature-naming-commendations",
        "一、加固屋顶。\n感谢您的关心。某县评比达标表彰工作领导小组办公室2022年4月8日",
        ["一、加固屋顶。", "感谢您的关心。", "某县评比达标表彰工作领导小组办公室", "2022年4月8日"],
    ),
    case(
        "signature-naming-instruments",
        "一、加固屋顶。\n感谢您的关心。某县仪表检定所2022年4月8日",
        ["一、加固屋顶。", "感谢您的关心。", "某县仪表检定所", "2022年4月8日"],
    ),
    case(
        "signature-after-leader-label",
        "一、加固屋顶。\n此致敬礼 领导签字： 某县文化和旅游局 2022年4月8日",
        ["一、加固屋顶。", "此致敬礼", "领导签字：", *SIGNED],
    ),
    case(
        "authority-glued-to-the-last-paragraph-date-below",
        "一、加固屋顶。\n感谢您的关心。某县文化和旅游局\n2022年4月8日",
        ["一、加固屋顶。", "感谢您的关心。", *SIGNED],
    ),
    case(
        "signer-over-a-damaged-date",
        "一、加固屋顶。\n感谢您的关心！ 某县文化和旅游局 2022048 联系人及电话方舟0000-5550123",
        [
            "一、加固屋顶。",
            "感谢您的关心！",
            "某县文化和旅游局",
            "2022048",
            "联系人及电话方舟0000-5550123",
        ],
    ),
    case(
        "signer-over-a-spaced-damaged-date",
        "一、加固屋顶。\n感谢您的关心。某县文化和旅游局 2022 408",
        ["一、加固屋顶。", "感谢您的关心。", "某县文化和旅游局", "2022 408"],
    ),
    case(
        "signer-above-a-damaged-date-line",
        "一、加固屋顶。\n感谢您的关心。 某县文化和旅游局\n2022年4月8",
        ["一、加固屋顶。", "感谢您的关心。", "某县文化和旅游局", "2022年4月8"],
    ),
    case(
        "signer-without-a-date-ends-the-letter",
        "一、加固屋顶。\n感谢您的关心和支持。 某县文化和旅游局",
        ["一、加固屋顶。", "感谢您的关心和支持。", "某县文化和旅游局"],
    ),
    case(
        "signer-without-a-date-before-the-cc",
        "一、加固屋顶。\n感谢您的关心。 某县文化和旅游局 抄送：县人大。",
        ["一、加固屋顶。", "感谢您的关心。", "某县文化和旅游局", "抄送：县人大。"],
    ),
    case(
        "closing-labels-cc-printed",
        "一、加固屋顶。\n感谢您的关心。 联系人：方舟 联系电话：0000-5550123 某县文化和旅游局"
        " 2022年4月8日 抄送：县人大常委会，县政府办公室。 某县文化和旅游局办公室 2022年4月9日印发",
        [
            "一、加固屋顶。",
            "感谢您的关心。",
            "联系人：方舟",
            "联系电话：0000-5550123",
            *SIGNED,
            "抄送：县人大常委会，县政府办公室。",
            "某县文化和旅游局办公室2022年4月9日印发",
        ],
    ),
    case(
        "closing-glued",
        "一、加固屋顶。\n感谢您的关心。联系人：方舟联系电话：13900000123某县文化和旅游局"
        "2022年4月8日（此件公开发布）抄送：县人大常委会。",
        [
            "一、加固屋顶。",
            "感谢您的关心。",
            "联系人：方舟",
            "联系电话：13900000123",
            *SIGNED,
            "（此件公开发布）",
            "抄送：县人大常委会。",
        ],
    ),
    case(
        "contact-note-in-brackets-stays-whole",
        "一、加固屋顶。\n感谢您的关心。 （联系人：方舟，联系电话：0000-5550123） 某县文化和旅游局"
        " 2022年4月8日",
        ["一、加固屋顶。", "感谢您的关心。", "（联系人：方舟，联系电话：0000-5550123）", *SIGNED],
    ),
    # a few lines joined, the others kept (a copy that lost some of its line breaks)
    case(
        "heading-joined-to-its-paragraph",
        "苏晴代表：\n" + OPENING + "\n一、基本情况 该站建于上世纪，屋顶漏雨。\n二、下一步工作",
        ["苏晴代表：", OPENING, "一、基本情况", "该站建于上世纪，屋顶漏雨。", "二、下一步工作"],
    ),
    case(
        "heading-joined-to-its-first-item",
        "苏晴代表：\n" + OPENING + "\n（一）工作措施 1.加固屋顶。\n2.更换门窗。",
        ["苏晴代表：", OPENING, "（一）工作措施", "1.加固屋顶。", "2.更换门窗。"],
    ),
    case(
        "first-section-joined-to-a-lead-in",
        "苏晴代表：\n我局重点做了以下工作： 一、加固屋顶。已完成。\n二、更换门窗。",
        ["苏晴代表：", "我局重点做了以下工作：", "一、加固屋顶。已完成。", "二、更换门窗。"],
    ),
    case(
        "first-heading-joined-to-a-lead-in",
        "苏晴代表：\n经研究，提出以下意见：一、基本情况\n该站建于上世纪。",
        ["苏晴代表：", "经研究，提出以下意见：", "一、基本情况", "该站建于上世纪。"],
    ),
    case(
        "item-joined-to-the-sentence-before",
        "苏晴代表：\n" + OPENING + "\n首先感谢您的关心。 1. 加固屋顶。\n2. 更换门窗。",
        ["苏晴代表：", OPENING, "首先感谢您的关心。", "1.加固屋顶。", "2.更换门窗。"],
    ),
    case(
        "marks-sharing-a-header-line",
        "000125 机密★1年\n加急 某县文化和旅游局文件 〔办理类型：A〕\n关于第5号建议的答复\n苏晴代表：",
        [
            "000125",
            "机密★1年",
            "加急",
            "某县文化和旅游局文件",
            "〔办理类型：A〕",
            "关于第5号建议的答复",
            "苏晴代表：",
        ],
    ),
    case(
        "signer-after-a-phone-date-before-the-cc",
        "一、加固屋顶。\n联系人：方舟，13900000123 某县文化和旅游局\n2022年4月8日 抄报：县政府。 抄送：县人大。",
        [
            "一、加固屋顶。",
            "联系人：方舟，13900000123",
            *SIGNED,
            "抄报：县政府。",
            "抄送：县人大。",
        ],
    ),
    case(
        "salutation-ending-the-title-line",
        "关于第8号建议答复的函 沈月代表\n在县人大会议上提出的建议收悉。",
        ["关于第8号建议答复的函", "沈月代表", "在县人大会议上提出的建议收悉。"],
    ),
    case(
        "closing-label-after-the-last-paragraph",
        "一、加固屋顶。\n感谢您的关心。 联系人：方舟\n" + "\n".join(SIGNED),
        ["一、加固屋顶。", "感谢您的关心。", "联系人：方舟", *SIGNED],
    ),
    case(
        "cc-and-printing-line-joined",
        "\n".join(SIGNED) + "\n联系电话：0000-5550123 抄送：县人大。 县政府办公室 2022年4月9日印发",
        [*SIGNED, "联系电话：0000-5550123", "抄送：县人大。", "县政府办公室2022年4月9日印发"],
    ),
    case(
        "two-notes-on-a-line",
        "\n".join(SIGNED) + "\n（此件公开发布） （联系人：方舟，电话：0000-5550123）",
        [*SIGNED, "（此件公开发布）", "（联系人：方舟，电话：0000-5550123）"],
    ),
    case(
        "a-line-of-page-furniture-only",
        "\n".join(SIGNED) + "\n抄送：县人大。\n— 1 — image1.wmf",
        [*SIGNED, "抄送：县人大。"],
    ),
    case(
        "page-number-run-on-at-a-line-end",
        "\n".join(SIGNED) + "\n抄送：县人大。— 2 — image1.wmf",
        [*SIGNED, "抄送：县人大。"],
    ),
    case(
        "list-glued-to-the-heading-opening-the-line",
        "苏晴代表：\n" + OPENING + "\n二、工作措施1.加固屋顶。\n2.更换门窗。",
        ["苏晴代表：", OPENING, "二、工作措施", "1.加固屋顶。", "2.更换门窗。"],
    ),
    case(
        "signer-glued-to-a-phone-date-glued-to-the-cc",
        "一、加固屋顶。\n联系电话：0000-5550123某县文化和旅游局\n二〇二二年四月八日抄送：县人大。",
        [
            "一、加固屋顶。",
            "联系电话：0000-5550123",
            "某县文化和旅游局",
            "二〇二二年四月八日",
            "抄送：县人大。",
        ],
    ),
    case(
        "page-furniture-dropped",
        "苏晴代表：" + OPENING + " 一、加固屋顶。已完成。 — 2 — 二、更换门窗。年内完成。",
        ["苏晴代表：", OPENING, "一、加固屋顶。已完成。", "二、更换门窗。年内完成。"],
    ),
    case(
        "salutation-to-a-street-office",
        "某区城市管理局关于区政协十六届一次会议第20号提案协办意见的函 某某湖街道： 区政协转来的提案收悉，现将协办情况函复如下：",
        [
            "某区城市管理局关于区政协十六届一次会议第20号提案协办意见的函",
            "某某湖街道：",
            "区政协转来的提案收悉，现将协办情况函复如下：",
        ],
    ),
    case(
        "banner-and-labels-under-the-title",
        "关于对政协十届三次会议第52号提案的答复 类别：提案 某县民政局文件 签发人：杨某 某民发【2024】27号 苏晴委员："
        + OPENING,
        [
            "关于对政协十届三次会议第52号提案的答复",
            "类别：提案",
            "某县民政局文件",
            "签发人：杨某",
            "某民发【2024】27号",
            "苏晴委员：",
            OPENING,
        ],
    ),
    case(
        "class-explanation-then-elements-then-title",
        "C.留作参考 分类：C 某农议字〔2020〕41号 对政协某县第九届委员会第三次会议第7号提案的答复 苏晴委员："
        + OPENING,
        [
            "C.留作参考",
            "分类：C",
            "某农议字〔2020〕41号",
            "对政协某县第九届委员会第三次会议第7号提案的答复",
            "苏晴委员：",
            OPENING,
        ],
    ),
    case(
        "form-item-line-labels-and-summary-then-the-reply-title",
        "第35号 修缮镇东小学围墙建议 建议号：第35号 领衔代表：苏晴 内容： 围墙年久失修。建议尽快修缮。"
        " 承办单位：某县教育局 交办日期：2020年3月2日 办理情况： 某县教育局关于某县十届人大三次会议"
        "第35号建议的答复函 苏晴代表：" + OPENING,
        [
            "第35号修缮镇东小学围墙建议",
            "建议号：第35号",
            "领衔代表：苏晴",
            "内容：",
            "围墙年久失修。建议尽快修缮。",
            "承办单位：某县教育局",
            "交办日期：2020年3月2日",
            "办理情况：",
            "某县教育局关于某县十届人大三次会议第35号建议的答复函",
            "苏晴代表：",
            OPENING,
        ],
    ),
    case(
        "own-number-glued-to-its-authority-at-the-end",
        "一、加固屋顶。\n" + "\n".join(SIGNED) + "\n某文旅函〔2022〕9号某县文化和旅游局",
        ["一、加固屋顶。", *SIGNED, "某文旅函〔2022〕9号", "某县文化和旅游局"],
    ),
    # a copy of a page's table keeps the cells' bars at the lines' ends
    case(
        "table-bars-at-line-ends-dropped",
        "关于增设村级便民服务点的建议 |\n提案人：韩某 | |\n| 关于政协某区五届二次会议第8号提案的回复 |\n尊敬的韩某委员：",
        [
            "关于增设村级便民服务点的建议",
            "提案人：韩某",
            "关于政协某区五届二次会议第8号提案的回复",
            "尊敬的韩某委员：",
        ],
    ),
    # a whole letter glued with nothing between its lines: a heading ends after its topic
    # word (情况, 问题, 困难, 打算…) when a subject, a number or a clause follows
    case(
        "glued-heading-topic-then-subject",
        "苏晴代表：" + OPENING + "一、基本情况该站建于上世纪。二、下一步打算我局将年内维修。",
        [
            "苏晴代表：",
            OPENING,
            "一、基本情况",
            "该站建于上世纪。",
            "二、下一步打算",
            "我局将年内维修。",
        ],
    ),
    case(
        "glued-heading-topic-then-number",
        "苏晴代表：" + OPENING + "一、关于渡口码头的问题2023年3月至5月，我局完成检测。",
        ["苏晴代表：", OPENING, "一、关于渡口码头的问题", "2023年3月至5月，我局完成检测。"],
    ),
    case(
        "glued-heading-topic-then-clause",
        "苏晴代表：" + OPENING + "（一）存在的困难部分村道坡陡弯急，改造费用高。",
        ["苏晴代表：", OPENING, "（一）存在的困难", "部分村道坡陡弯急，改造费用高。"],
    ),
    case(
        "glued-heading-of-two-topic-words",
        "苏晴代表：" + OPENING + "一、工作开展情况2022年起，全镇推行夜间照明。",
        ["苏晴代表：", OPENING, "一、工作开展情况", "2022年起，全镇推行夜间照明。"],
    ),
    case(
        "glued-heading-then-numerals-of-decades",
        "苏晴代表：" + OPENING + "一、基本情况七、八十年代修建的渡槽多已老化。",
        ["苏晴代表：", OPENING, "一、基本情况", "七、八十年代修建的渡槽多已老化。"],
    ),
    case(
        "glued-quoted-heading-ends-after-its-topic",
        "苏晴代表：" + OPENING + "一、关于“增设路灯、护栏”的建议该路段已列入计划。",
        ["苏晴代表：", OPENING, "一、关于“增设路灯、护栏”的建议", "该路段已列入计划。"],
    ),
    case(
        "glued-restated-heading-with-commas",
        "苏晴代表："
        + OPENING
        + "一、关于整合甲村、乙村渡口，方便群众出行的建议为方便群众，我局已完成选址。",
        [
            "苏晴代表：",
            OPENING,
            "一、关于整合甲村、乙村渡口，方便群众出行的建议",
            "为方便群众，我局已完成选址。",
        ],
    ),
    case(
        "glued-quoted-heading-then-clause-opened-by-jiang",
        "苏晴代表：" + OPENING + "一、“增设路灯，延长照明”的建议将两处路段纳入改造计划，年内完成。",
        [
            "苏晴代表：",
            OPENING,
            "一、“增设路灯，延长照明”的建议",
            "将两处路段纳入改造计划，年内完成。",
        ],
    ),
    case(
        "glued-list-of-attachments",
        "苏晴代表：" + OPENING + "一、加固屋顶。已完成。感谢您的关心。"
        "附件：1.某镇渡口修缮情况表2.2022年渡口改造方案联系人：方舟",
        [
            "苏晴代表：",
            OPENING,
            "一、加固屋顶。已完成。",
            "感谢您的关心。",
            "附件：",
            "1.某镇渡口修缮情况表",
            "2.2022年渡口改造方案",
            "联系人：方舟",
        ],
    ),
    case(
        "glued-heading-topic-then-a-clause-opened-by-zhongyang",
        "苏晴代表：" + OPENING + "一、存在的困难中央财政补助资金有限，改造费用高。",
        ["苏晴代表：", OPENING, "一、存在的困难", "中央财政补助资金有限，改造费用高。"],
    ),
    case(
        "glued-marker-after-page-number",
        "苏晴代表：" + OPENING + "一、加固屋顶。已完成。— 2 —二、下一步工作我局将年内维修。",
        ["苏晴代表：", OPENING, "一、加固屋顶。已完成。", "二、下一步工作", "我局将年内维修。"],
    ),
    case(
        "class-mark-with-a-stray-bracket-before-a-damaged-number",
        "B类）某交发〔202531  签发人：方舟关于县十届人大一次会议第5号建议的答复苏晴代表："
        + OPENING,
        [
            "B类）",
            "某交发〔202531",
            "签发人：方舟",
            "关于县十届人大一次会议第5号建议的答复",
            "苏晴代表：",
            OPENING,
        ],
    ),
    # a form's labels glued after its heading, each value ended by the next label
    case(
        "glued-form-labels-after-a-form-heading",
        "某县十届人大一次会议第5号建议办理单编号：第5号代表姓名：苏晴、江屿"
        "主办单位：某县文化和旅游局协办单位：事由：关于修缮镇文化站的建议办理情况："
        "苏晴、江屿代表：" + OPENING,
        [
            "某县十届人大一次会议第5号建议办理单",
            "编号：第5号",
            "代表姓名：苏晴、江屿",
            "主办单位：某县文化和旅游局",
            "协办单位：",
            "事由：关于修缮镇文化站的建议",
            "办理情况：",
            "苏晴、江屿代表：",
            OPENING,
        ],
    ),
    # the signature glued between the last sentence and the closing labels
    case(
        "glued-date-then-suffix-label",
        "一、加固屋顶。\n感谢您的关心。某县文化和旅游局2022年4月8日承办负责人：方舟",
        ["一、加固屋顶。", "感谢您的关心。", *SIGNED, "承办负责人：方舟"],
    ),
    case(
        "glued-damaged-date-then-bare-label",
        "一、加固屋顶。\n感谢您的关心。某县文化和旅游局2022418联系人及电话方舟0000-5550123",
        [
            "一、加固屋顶。",
            "感谢您的关心。",
            "某县文化和旅游局",
            "2022418",
            "联系人及电话方舟0000-5550123",
        ],
    ),
    case(
        "glued-bracketed-publication-value-after-a-phone",
        "一、加固屋顶。\n感谢您的关心。某县文化和旅游局2022年4月8日"
        "联系电话：0000-5550123（依申请公开）抄送：县人大常委会。",
        [
            "一、加固屋顶。",
            "感谢您的关心。",
            *SIGNED,
            "联系电话：0000-5550123",
            "（依申请公开）",
            "抄送：县人大常委会。",
        ],
    ),
    case(
        "glued-printing-office-after-the-last-copied-body",
        "一、加固屋顶。\n感谢您的关心。某县文化和旅游局2022年4月8日"
        "抄送：县政协提案委某镇党政办 2022年4月9日印发",
        [
            "一、加固屋顶。",
            "感谢您的关心。",
            *SIGNED,
            "抄送：县政协提案委",
            "某镇党政办2022年4月9日印发",
        ],
    ),
    case(
        "glued-joint-signers-of-one-place",
        "一、加固屋顶。\n感谢您的关心。联系电话：0000-5550123某县教育局某县财政局2022年4月8日",
        [
            "一、加固屋顶。",
            "感谢您的关心。",
            "联系电话：0000-5550123",
            "某县教育局",
            "某县财政局",
            "2022年4月8日",
        ],
    ),
]

NOT_SPLIT = [
    case(
        "topic-word-then-zhong-goes-on",
        "苏晴代表：" + OPENING + "（一）存在的困难中有两项已经解决，其余年内解决。",
        ["苏晴代表：", OPENING, "（一）存在的困难中有两项已经解决，其余年内解决。"],
    ),
    case(
        "bracketed-publication-value-on-an-intact-phone-line",
        "一、加固屋顶。\n感谢您的关心。\n某县文化和旅游局\n2022年4月8日\n联系电话：0000-5550123（依申请公开）",
        ["一、加固屋顶。", "感谢您的关心。", *SIGNED, "联系电话：0000-5550123（依申请公开）"],
    ),
    case(
        "guanyu-sentence-that-speaks-to-someone-is-no-heading",
        "苏晴代表："
        + OPENING
        + "一、关于道路硬化，经我局实地查看，您提出的建议可以采纳，年内实施。",
        [
            "苏晴代表：",
            OPENING,
            "一、关于道路硬化，经我局实地查看，您提出的建议可以采纳，年内实施。",
        ],
    ),
    case(
        "title-ending-inside-a-glued-label-stays-the-titles",
        "关于县十届人大一次会议第5号建议的答复类别：A陈锦代表：" + OPENING,
        ["关于县十届人大一次会议第5号建议的答复", "类别：A", "陈锦代表：", OPENING],
    ),
    case(
        "title-words-before-a-number-keep-the-title-whole",
        "关于落实 某政发〔2020〕3号文件的建议的答复\n苏晴代表：" + OPENING,
        ["关于落实某政发〔2020〕3号文件的建议的答复", "苏晴代表：", OPENING],
    ),
    case(
        "title-word-glued-to-a-number-after-a-gap-stays",
        "某市卫生健康局关于对市八届人大二次会议第39号建议的答 复某卫发〔2023〕148号尊敬的苏晴代表："
        + OPENING,
        [
            # (the name over a title whose 文种 is spaced out: a line of its own, glued71)
            "某市卫生健康局",
            "关于对市八届人大二次会议第39号建议的答复",
            "某卫发〔2023〕148号",
            "尊敬的苏晴代表：",
            OPENING,
        ],
    ),
    case(
        "text-before-elements-in-a-line-that-kept-its-breaks",
        "C.留作参考 分类：C\n对政协某县第九届委员会第三次会议第7号提案的答复\n苏晴委员：\n"
        + OPENING,
        [
            "C.留作参考分类：C",
            "对政协某县第九届委员会第三次会议第7号提案的答复",
            "苏晴委员：",
            OPENING,
        ],
    ),
    case(
        "bar-between-letters-or-digits-stays",
        "一、加固屋顶。\n型号A|B\n编号12|",
        ["一、加固屋顶。", "型号A|B", "编号12|"],
    ),
    case(
        "decimal-and-decades-after-sentence-ends",
        "苏晴代表：" + OPENING + " 该站1.5公里外有新址。 八、九十年代曾两次维修。",
        ["苏晴代表：", OPENING, "该站1.5公里外有新址。", "八、九十年代曾两次维修。"],
    ),
    case(
        "gap-inside-a-date",
        "苏晴代表：" + OPENING + " 一、2021年6月16 日已开工。",
        ["苏晴代表：", OPENING, "一、2021年6月16日已开工。"],
    ),
    case(
        "heading-with-a-year-inside-stays-whole",
        "苏晴代表：" + OPENING + "一、关于2021年维修计划。年内完成。",
        ["苏晴代表：", OPENING, "一、关于2021年维修计划。年内完成。"],
    ),
    case(
        "closing-formula-before-the-authority",
        "一、加固屋顶。\n感谢您的关心。 此致 敬礼 某县文化和旅游局 2022年4月8日",
        ["一、加固屋顶。", "感谢您的关心。", "此致敬礼", *SIGNED],
    ),
    case(
        "ru-xia-inside-a-sentence",
        "苏晴代表：" + OPENING + " 主要做法如下几点。 一是加固屋顶。",
        ["苏晴代表：", OPENING, "主要做法如下几点。", "一是加固屋顶。"],
    ),
    case(
        "date-opening-a-sentence-is-no-signature",
        "苏晴代表：" + OPENING + " 2022年4月8日，我局组织了验收。",
        ["苏晴代表：", OPENING, "2022年4月8日，我局组织了验收。"],
    ),
    case(
        "printing-date-is-no-signature",
        "一、加固屋顶。\n某县文化和旅游局办公室   2022年4月9日印发",
        ["一、加固屋顶。", "某县文化和旅游局办公室2022年4月9日印发"],
    ),
    case(
        "authority-inside-a-sentence-above-a-date",
        "一、加固屋顶。\n验收由某县文化和旅游局\n2022年4月8日",
        ["一、加固屋顶。", "验收由某县文化和旅游局", "2022年4月8日"],
    ),
    case(
        "labelled-value-is-no-salutation",
        "领衔代表：方舟\n苏晴代表：\n" + OPENING,
        ["领衔代表：方舟", "苏晴代表：", OPENING],
    ),
    case(
        "greeting-stays-with-the-salutation",
        "尊敬的苏晴委员 您好：\n" + OPENING,
        ["尊敬的苏晴委员您好：", OPENING],
    ),
    case(
        "header-line-of-two-labels",
        "签发人：方舟   某文旅函〔2022〕9号\n关于第5号建议的答复\n苏晴代表：",
        ["签发人：方舟某文旅函〔2022〕9号", "关于第5号建议的答复", "苏晴代表："],
    ),
    case(
        "issuer-and-title-on-one-line",
        "某县文化和旅游局 关于第5号建议的答复\n苏晴代表：",
        ["某县文化和旅游局关于第5号建议的答复", "苏晴代表："],
    ),
    case(
        "contacts-on-one-line",
        "一、加固屋顶。\n联系人：方舟  联系电话：0000-5550123\n某县文化和旅游局\n2022年4月8日",
        ["一、加固屋顶。", "联系人：方舟联系电话：0000-5550123", *SIGNED],
    ),
    case(
        "paragraph-with-spaces-after-full-stops",
        "苏晴代表：\n" + OPENING + "\n一、加固屋顶。  已完成。  年内验收。",
        ["苏晴代表：", OPENING, "一、加固屋顶。已完成。年内验收。"],
    ),
    case(
        "inline-items-stay-inline",
        "苏晴代表：\n" + OPENING + "\n一是加固屋顶。二是更换门窗。",
        ["苏晴代表：", OPENING, "一是加固屋顶。二是更换门窗。"],
    ),
    case(
        "contact-name-is-no-piece-of-the-signer",
        "一、加固屋顶。\n感谢您的关心。 联系人：方舟 某县文化和旅游局 2022年4月8日",
        ["一、加固屋顶。", "感谢您的关心。", "联系人：方舟", *SIGNED],
    ),
    case(
        "dashes-and-digits-inside-a-sentence",
        "苏晴代表：\n" + OPENING + "\n该路段编号为X-2-3",
        ["苏晴代表：", OPENING, "该路段编号为X-2-3"],
    ),
    case(
        "digits-in-a-sentence-are-no-damaged-date",
        "苏晴代表：\n" + OPENING + "\n共投入资金2022048元。 某县文化和旅游局负责验收",
        ["苏晴代表：", OPENING, "共投入资金2022048元。某县文化和旅游局负责验收"],
    ),
    case(
        "authority-in-the-last-sentence-is-no-signer",
        "苏晴代表：\n" + OPENING + "\n此事已转交某县文化和旅游局",
        ["苏晴代表：", OPENING, "此事已转交某县文化和旅游局"],
    ),
    case(
        "number-with-its-class-mark",
        "某文旅函〔2022〕9号B类\n关于第5号建议的答复\n苏晴代表：",
        ["某文旅函〔2022〕9号B类", "关于第5号建议的答复", "苏晴代表："],
    ),
    case(
        "heading-of-two-phrases",
        "苏晴代表：\n" + OPENING + "\n一、加强领导 落实责任\n该站建于上世纪。",
        ["苏晴代表：", OPENING, "一、加强领导落实责任", "该站建于上世纪。"],
    ),
    case(
        "inline-list-after-a-lead-in",
        "苏晴代表：\n主要措施有：一、加固屋顶；二、更换门窗。",
        ["苏晴代表：", "主要措施有：一、加固屋顶；二、更换门窗。"],
    ),
    # a topic word inside a glued heading that is a sentence, or inside its clause
    case(
        "glued-sentence-heading-keeps-its-topic-word",
        "苏晴代表：" + OPENING + "一、加强工作协调，形成合力。二、问题和困难已梳理完毕。",
        ["苏晴代表：", OPENING, "一、加强工作协调，形成合力。", "二、问题和困难已梳理完毕。"],
    ),
    case(
        "glued-heading-opening-with-you-is-a-sentence",
        "苏晴代表：" + OPENING + "一、您这一建议提得很好，我局高度重视。",
        ["苏晴代表：", OPENING, "一、您这一建议提得很好，我局高度重视。"],
    ),
    case(
        "glued-guanyu-heading-ends-only-after-de-topic",
        "苏晴代表：" + OPENING + "一、关于基层工作岗位待遇的建议为减轻负担，我县出台办法。",
        ["苏晴代表：", OPENING, "一、关于基层工作岗位待遇的建议", "为减轻负担，我县出台办法。"],
    ),
    case(
        "glued-enumeration-and-counts-stay-in-the-sentence",
        "苏晴代表：" + OPENING + "一、统一、规范工作流程。第二、三季度完成1、2、3号楼改造。",
        ["苏晴代表：", OPENING, "一、统一、规范工作流程。第二、三季度完成1、2、3号楼改造。"],
    ),
    case(
        "two-authorities-of-different-places-stay-one-signer-line",
        "一、加固屋顶。\n感谢您的关心。某县教育局2022年4月8日",
        ["一、加固屋顶。", "感谢您的关心。", "某县教育局", "2022年4月8日"],
    ),
    case(
        "padded-name-in-a-flat-salutation",
        "类别：C 陈  锦代表：" + OPENING,
        ["类别：C", "陈锦代表：", OPENING],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS + NOT_SPLIT)
def test_resegmented_lines(text: str, expected: list[str]) -> None:
    assert lines(text) == expected


# -- whole letters flattened, read end to end ------------------------------------------------

LETTER = """某县文化和旅游局
办理类型：B类
公开属性：主动公开
某文旅函〔2022〕9号
关于县十届人大一次会议第5号建议的答复
苏晴代表：
　　您提出的《关于修缮镇文化站的建议》收悉，现答复如下：
　　一、基本情况
　　该站建于上世纪，屋顶漏雨，门窗老化。
　　二、办理措施
　　今年已安排维修资金12万元，年内完成屋顶加固。
　　感谢您对文化工作的关心和支持。
联系人：方舟  联系电话：0000-5550123
某县文化和旅游局
2022年4月8日
抄送：县人大常委会，县政府办公室。
"""
EXPECTED = {
    "title": "关于县十届人大一次会议第5号建议的答复",
    "doc_number": "某文旅函〔2022〕9号",
    "handling_type": "B",
    "public": True,
    "addressees": [("苏晴", "代表")],
    "sections": [(1, 1, "基本情况"), (1, 2, "办理措施")],
    "signature": ("某县文化和旅游局", "2022-04-08"),
    "contacts": [("方舟", "0000-5550123")],
    "cc": ["县人大常委会", "县政府办公室"],
}


def _joined(separator: str, indent: bool = True) -> str:
    lines = [line if indent else line.strip("\u3000") for line in LETTER.splitlines()]
    return separator.join(line for line in lines if line.strip())


def _record(text: str) -> dict[str, object]:
    letter = parse_text(text)
    return {
        "title": letter.title,
        "doc_number": letter.doc_number.text if letter.doc_number else None,
        "handling_type": letter.handling_type,
        "public": letter.public,
        "addressees": [(a.name, a.role) for a in letter.addressees],
        "sections": [(s.level, s.number, s.heading) for s in letter.sections],
        "signature": (letter.signature.issuer, letter.signature.date),
        "contacts": [(c.name, c.phone) for c in letter.contacts],
        "cc": letter.cc,
    }


JOINED = [
    pytest.param(LETTER, id="as-written"),
    pytest.param(_joined(" "), id="one-space"),
    pytest.param(_joined("  "), id="two-spaces"),
    pytest.param(_joined("", indent=True), id="full-width-indents-only"),
    pytest.param(_joined(" | "), id="bars"),
    pytest.param(_joined("\t"), id="tabs"),
    pytest.param(
        LETTER.replace(
            "\n某县文化和旅游局\n2022年4月8日", "   某县文化和旅游局（盖章）  2022年4月8日"
        ),
        id="signature-and-seal-after-the-contacts",
    ),
    pytest.param(
        LETTER.replace("苏晴代表：\n", "苏晴代表：").replace("。\n　　二、", "。 二、"),
        id="salutation-on-the-opening-line-and-a-paragraph-joined",
    ),
]


@pytest.mark.parametrize("text", JOINED)
def test_flattened_letter_gives_the_record_of_the_written_one(text: str) -> None:
    assert _record(text) == EXPECTED


def test_glued_letter_keeps_its_parts() -> None:
    """Joined with nothing, every part comes back: each heading ends after its topic word
    (基本情况|该站…, 办理措施|今年…)."""
    assert _record(_joined("", indent=False)) == EXPECTED


# -- letters that kept their line breaks come out as they went in ---------------------------

_INTACT = [
    pytest.param(letter.text(), id=letter.key)
    for name in ("samples", "seeds")
    if goldsets.get_set(name).present
    for letter in goldsets.letters(goldsets.get_set(name))
] or [pytest.param("", id="none", marks=pytest.mark.skip(reason="no gold sets found"))]


@pytest.mark.parametrize("text", _INTACT)
def test_intact_letter_is_not_broken(text: str) -> None:
    assert not find_breaks(TextView(normalise_newlines(text)))


# -- properties ------------------------------------------------------------------------------

_PARTS = st.lists(
    st.sampled_from(
        [
            "某县文化和旅游局", "办理类型：B", "是否公开：是", "某文旅函〔2022〕9号", "乙类", "同意公开",
            "签发人：方舟", "关于第5号建议的答复", "对第5号提案的 答 复", "苏晴代表：", "田禾、吴溪委员",
            "尊敬的苏  晴代表：", OPENING, "一、基本情况", "该站建于上世纪，屋顶漏雨。", "二、下一步工作",
            "（一）加固屋顶。", "1.5公里", "八、九十年代", "感谢您的关心。", "联系人：方舟",
            "联系电话：0000-5550123", "（联系人：方舟，电话：13900000123）", "某县文化和旅游局（盖章）",
            "某县文化 和旅游局", "2022年4月8日", "二〇二二年四月八日", "抄送：县人大常委会，县政府办公室。",
            "某局办公室 2022年4月9日印发", "（此件公开发布）", "— 2 —", "第1页 共2页", "image1.wmf",
        ]
    )
    | st.text(alphabet="一二1.、。：（）局代表 日年月号〔〕|", max_size=8),
    max_size=30,
)  # fmt: skip
_JOINTS = st.sampled_from([" ", "", "  ", "\u3000\u3000", " | ", "|", "\t", "\n"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PARTS, _JOINTS)
def test_any_joined_letter_keeps_every_span(parts: list[str], joint: str) -> None:
    text = joint.join(parts)
    letter = parse_text(text)
    assert letter.text is not None
    assert span_problems(letter) == []
    assert not [d for d in letter.diagnostics if d.code == "internal-error"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PARTS, _JOINTS)
def test_resegmenting_keeps_each_character_where_it_was(parts: list[str], joint: str) -> None:
    """The new view holds the old one's characters, each mapped to the same place of the
    letter, in order; it adds line breaks and drops only page furniture, ``|`` and kept
    spaces."""
    view = TextView(joint.join(parts))
    new = resegment(view)
    old = {(view.origin[i], ch) for i, ch in enumerate(view.norm) if ch != "\n"}
    kept = [(new.origin[i], ch) for i, ch in enumerate(new.norm) if ch != "\n"]
    assert set(kept) <= old
    assert new.origin == sorted(new.origin)
    assert new.original is view.original
    dropped = {ch for _, ch in old - set(kept)}
    assert dropped <= set(" |｜-—–─0123456789第页共") | set("image.wmfpngjegifbmp")


@pytest.mark.parametrize(
    "text",
    [
        "关于 某局 代表 " * 3000 + "苏晴代表：" + OPENING,
        ("苏晴代表：" + OPENING + " 一、" + "局" * 50 + " 2022年4月8日 ") * 500,
        "。 某局 " * 5000,
        "（联系人：" * 5000,
        "类别：B " * 5000 + "关于第5号建议的答复 苏晴代表：",
    ],
    ids=["role-words-and-gaps", "many-signatures", "authorities", "open-brackets", "labels"],
)
def test_long_flat_lines_parse(text: str) -> None:
    """Long lines full of what the boundary finders look back or ahead from: each once
    could have made a finder quadratic. Not a timing test: a regression shows as a suite
    that crawls."""
    letter = parse_text(text)
    assert span_problems(letter) == []


# -- fast paths: each gate lets through all its finder finds, each shortcut reads the same ---


# The plain spellings of the prefilters written to open with a class (see resegment).
_PLAIN_MARKER_AFTER_SENTENCE = re.compile(
    r"(?:[。！？；!?：][”’」』）)]*|如下)[一二三四五六七八九十第（0-9\u2460-\u249b]"
)
_PLAIN_CLOSING_HINT = re.compile(
    r"：|[此本](?:件|函|答复|回复|复函)|印发|联系|承办|(?<=\d{4})[〕\]］】）]"
)


def _name_run_end_walked(reader: R._Reader, pos: int, end: int, closing: set[int]) -> int:
    """Where a name's run from ``pos`` ends, walked character by character."""
    i = pos
    while i < end and i - pos < R.MAX_AUTHORITY and R._AUTHORITY_CHARS.match(reader.norm[i]):
        i += 1
        if i in closing or (i < end and reader.gap(i)):
            break
    return i


def _fast_path_problems(text: str) -> list[str]:
    """Where a fast path of the boundary finders and the slow reading it stands for part:
    the gaps a line's halving finds and a walk over every place; the 发文字号 looked for by
    their years and the pattern's own matches; the runs read back in one match and char by
    char; and each gate (a marker's shape, a date's 年, a note's head, the last character
    of a label or an issuer's mark, the elements tried at once) against what it guards."""
    view = TextView(normalise_newlines(text))
    reader = R._Reader(view)
    norm = view.norm
    problems: list[str] = []
    # the lines' opening markers read when their numbers are asked, and after every line
    lazy, eager = R._Reader(view), R._Reader(view)
    for line in reader.lines:
        if lazy.body_cuts(line.start, line.end) != eager.body_cuts(line.start, line.end):
            problems.append(f"body cuts of line {line.start} with the numbers read late")
        eager._unread_openings.clear()
        opened = sections.marker_at(view, line.start, line.end)
        if opened is not None and R._MARKER_FIRST.match(norm, line.start):
            eager._numbered.setdefault(opened[0], set()).add(opened[1])
    if lazy.numbers_met() != eager.numbers_met():
        problems.append("the numbers met, read late")
    if reader._furnished != (R._FURNITURE.search(norm) is not None):
        problems.append("furniture gate")
    if reader.gaps_in(0, len(norm) + 1) != [p for p in range(len(norm) + 1) if reader.gap(p)]:
        problems.append("gaps_in over the letter")
    for line in reader.lines:
        start, end = line.start, line.end
        for a in {start, start + 1, (start + end) // 2}:
            for b in {a, (a + end) // 2, end, end + 1}:
                walked = [p for p in range(a, b) if reader.gap(p)]
                if reader.gaps_in(a, b) != walked:
                    problems.append(f"gaps_in({a}, {b})")
        for lo in (start, start + 2):
            found = [m.span() for m in reader.doc_numbers(lo, end)]
            if found != [m.span() for m in R._DOC_NUMBER.finditer(norm, lo, end)]:
                problems.append(f"doc_numbers({lo}, {end})")
        for lo in (start, start + 1, start + 2):
            for fast, plain in (
                (R._MARKER_AFTER_SENTENCE, _PLAIN_MARKER_AFTER_SENTENCE),
                (R._CLOSING_HINT, _PLAIN_CLOSING_HINT),
            ):
                spans = [m.span() for m in fast.finditer(norm, lo, end)]
                if spans != [m.span() for m in plain.finditer(norm, lo, end)]:
                    problems.append(f"{plain.pattern[:12]}… at {lo}")
        first = line.text[:1]
        opens = first.isdecimal() or (first and first in R._DATE_FIRST)
        if R._SIGNED_DATE.match(norm, start, end) and not opens:
            problems.append(f"a date's first character {start}")
        for lo in (start, start + 1, start + 4):
            for hi in (end - 1, end):
                signed = R._SIGNED_DATE.search(norm, lo, hi) is not None
                if reader.signed_date_in(lo, hi) != signed:
                    problems.append(f"signed date in ({lo}, {hi})")
        others = (R._NOTE, R._DOC_NUMBER, R._PRINTED)
        if R._OTHER_CLOSING.search(norm, start, end) is None and any(
            pattern.search(norm, start, end) for pattern in others
        ):
            problems.append(f"other closing elements {start}")
        date = reader.signed_date(start, end)
        alone = date is not None and reader._date_alone(date, start, end)
        if alone and any(cut.at != start for cut in reader._signature_cuts(start, end, set())):
            problems.append(f"a date alone on line {start}")
        if R._NOTE.search(norm, start, end) and not R._NOTE_HEAD.search(norm, start, end):
            problems.append(f"note gate {start}")
        for p in range(start, end + 1):
            for run in (R._NAME_RUN, R._AUTHORITY_RUN):
                back = p
                while back > start and run.fullmatch(norm[back - 1]):
                    back -= 1
                if R._run_before(run, norm, start, p) != p - back:
                    problems.append(f"run before {p}")
            # the authority's run read back with a unit's figures before its 团 or 师 (101团)
            back = p
            while back > start:
                if R._AUTHORITY_CHARS.fullmatch(norm[back - 1]):
                    back -= 1
                elif norm[back - 1].isdecimal() and back < p and norm[back] in "团师":
                    k = back
                    while k > start and back - k < 4 and norm[k - 1].isdecimal():
                        k -= 1
                    back = k
                else:
                    break
            if R._authority_run_before(norm, start, p) != p - back:
                problems.append(f"authority run before {p}")
        for p in range(start, end + 1):
            if not reader._may_end_name(p, start) and reader._authority_before(p, start):
                problems.append(f"a name's end at {p}")
        closings = ({start + 3, start + 9}, set(reader.gaps_in(start, end)))
        for p in range(start, end):
            for closing in ({p + 1, end}, *closings):
                walked = _name_run_end_walked(reader, p, end, closing)
                if reader._name_run_end(p, end, closing) != walked:
                    problems.append(f"a name's run from {p}")
            marker = sections.marker_at(view, p, end)
            if marker and not R._MARKER_SHAPE.match(norm, p, end):
                problems.append(f"marker shape {p}")
            if marker and marker[1] == 1 and norm[p] not in R._FIRST_MARKS:
                problems.append(f"first marker {p}")
            if R._ISSUER_MARK.fullmatch(norm, start, p + 1) and norm[p] not in R._ISSUER_LAST:
                problems.append(f"issuer's last character {p}")
            one_by_one = any(pattern.match(norm, p, end) for _, pattern in R._ELEMENTS)
            if one_by_one and not R._ANY_ELEMENT.match(norm, p, end):
                problems.append(f"any element {p}")
            if norm[p] == "：":
                labels = R._LABEL.finditer(norm, max(start, p - R.MAX_LABEL), p + 1)
                ending = any(m.end() == p + 1 for m in labels)
                if ending and norm[p - 1] not in R._LABEL_LAST:
                    problems.append(f"label's last character {p}")
                copied = R._CC_LABEL.finditer(norm, start, p + 1)
                if any(m.end() == p + 1 for m in copied) and norm[p - 1] not in R._CC_LAST:
                    problems.append(f"抄送's last character {p}")
        if R._CLOSING_HINT.search(norm, start, end) is None and (
            reader._labels(start, end) or R._CC_LABEL.search(norm, start, end)
        ):
            problems.append(f"closing hint {start}")
    return problems


_FAST_TEXTS = [
    pytest.param(joint.join(letter.text().split("\n")), id=f"{letter.key}-{name}")
    for set_name in ("samples", "seeds")
    if goldsets.get_set(set_name).present
    for letter in goldsets.letters(goldsets.get_set(set_name))
    for name, joint in (("as-written", "\n"), ("one-space", " "), ("glued", ""))
] + [
    pytest.param(LETTER, id="letter"),
    pytest.param(_joined(" | "), id="letter-bars"),
    # the prefilters' edges: 如 not before 下, 如下 and a sentence end before closers and
    # a marker, a bracket after a year of four digits and of two, 此/本 and what follows
    pytest.param(
        "如一 如下一 如下：一 如。）一 。如下（一） 。”」）1 ；第 如如下二 ：如下\n"
        "〔2021〕 〔21〕 2021】 x2021） 此件 本函 此答 本回复 印发 印 联系 承办 联 承\n"
        "如下\n。\n此\n2021\n〕",
        id="prefilter-edges",
    ),
    # lists numbered on from line to line, a marker opening a line with nothing after it
    pytest.param(
        "一、基本情况\n二、措施\n该站漏雨。三、下一步\n（一）加固。（二）修缮\n1.加固\n如下：2.修缮",
        id="numbered-lines",
    ),
    # page furniture after each character it opens with, and those characters without it
    pytest.param("e1 E2 -3- —4— –5 ─6 第7页 共8页 image9.png 第十 共同 -x e", id="furniture-edges"),
    pytest.param("某局 －1－ 第 1 页", id="no-furniture"),
    # signed dates, damaged or not, at a line's start, inside it and at its end
    pytest.param(
        "感谢支持。某局 2025 915\n2021830\n二〇二一年五月六日\n某局2021年8月30\n2021年830日 x"
        "\n1999 12 2019年\n年2020 5\n2021年5月6日 1\n2021年5月6日印发\n2021年5月\n2021 5 6 ",
        id="signed-date-edges",
    ),
]


@pytest.mark.parametrize("text", _FAST_TEXTS)
def test_fast_paths_read_as_the_slow_ones(text: str) -> None:
    assert _fast_path_problems(text) == []


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PARTS, _JOINTS)
def test_fast_paths_read_as_the_slow_ones_on_any_joined_letter(
    parts: list[str], joint: str
) -> None:
    assert _fast_path_problems(joint.join(parts)) == []
