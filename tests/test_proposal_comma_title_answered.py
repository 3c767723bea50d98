"""An unquoted proposal title that holds a comma, opening with 关于 right after the asking
words and ending at its kind word that the answer's verb follows (a 协办 unit's opinion:
``现对某代表提出的关于甲，乙的建议提出如下意见``), is read whole, commas and all; written in
a 繁體 copy with a half-width comma too. Never across a sentence's end; tidy openings are
read as before. Snippets in our own words, invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TAIL = "一是加强巡查。\n甲县农业农村局\n2024年5月1日\n"


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        pytest.param(
            "经研究，现对张某某代表提出的关于加快丙镇灌渠修缮，保障春耕用水的建议提出如下意见，"
            "请你单位答复时一并考虑：",
            "关于加快丙镇灌渠修缮，保障春耕用水的建议",
            id="comma-then-opinion",
        ),
        pytest.param(
            "現對張某某代表提出的關于加快丙鎮灌渠修繕,保障春耕用水的建議提出如下協辦意見,"
            "請你單位答復時一併考慮:",
            "關于加快丙鎮灌渠修繕,保障春耕用水的建議",
            id="traditional-half-width-comma",
        ),
        pytest.param(
            "对李某委员所提的关于整治丁河沿岸，恢复湿地生态的提案作出如下答复：",
            "关于整治丁河沿岸，恢复湿地生态的提案",
            id="proposal-then-answer",
        ),
        pytest.param(
            "现对张某某代表提出的关于加快丙镇灌渠修缮的建议提出如下意见：",
            "关于加快丙镇灌渠修缮的建议",
            id="no-comma-as-before",
        ),
        pytest.param(
            "您提出的关于加快丙镇灌渠修缮，保障春耕用水的建议收悉，现答复如下：",
            "关于加快丙镇灌渠修缮，保障春耕用水的建议",
            id="received-as-before",
        ),
    ],
)
def test_comma_title(opening: str, title: str) -> None:
    r = parse_text("乙县水利局：\n" + opening + "\n" + TAIL)
    assert r.proposal is not None
    assert r.proposal.title == title


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param(
            "现对张某某代表提出的关于加快丙镇灌渠修缮。保障春耕用水的建议提出如下意见：",
            id="sentence-end-inside",
        ),
        pytest.param(
            "现对张某某代表提出的关于加快丙镇灌渠修缮；保障春耕用水的建议提出如下意见：",
            id="semicolon-inside",
        ),
    ],
)
def test_no_title_across_a_sentence(opening: str) -> None:
    r = parse_text("乙县水利局：\n" + opening + "\n" + TAIL)
    title = r.proposal.title if r.proposal else None
    assert title is None or ("。" not in title and "；" not in title)
