"""nlp.person_names: part-of-speech tags read as person names run together, by rjieba's
tagger and by jieba's (the fallback), which must agree."""

from __future__ import annotations

import pytest

from replyparse import nlp


@pytest.fixture(scope="module", params=["rjieba", "jieba"])
def tag(request: pytest.FixtureRequest) -> nlp.Tagger:
    if request.param == "jieba":
        return nlp.tagger_of(nlp.jieba_tokenizer())
    try:
        return nlp.tagger_of(nlp.rust_tokenizer())
    except ImportError as exc:
        pytest.skip(f"rjieba is not installed here ({exc}); jieba alone is used")


NAMES = [
    pytest.param("李明王芳", [(0, 2), (2, 4)], id="two-names"),
    pytest.param("王小明李红", [(0, 3), (3, 5)], id="three-and-two"),
    pytest.param("王小明李红张伟", [(0, 3), (3, 5), (5, 7)], id="three-names"),
    pytest.param("林岚", [(0, 2)], id="one-name"),
]
NOT_NAMES = [
    pytest.param("某县代表团", id="a-body"),
    pytest.param("交通运输局", id="an-office"),
    pytest.param("收悉", id="a-verb"),
    pytest.param("欧阳明华", id="a-compound-surname-tagged-apart"),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_person_names(text: str, expected: list[tuple[int, int]], tag: nlp.Tagger) -> None:
    assert nlp.person_names(text, tag) == expected


@pytest.mark.parametrize("text", NOT_NAMES)
def test_not_person_names(text: str, tag: nlp.Tagger) -> None:
    assert nlp.person_names(text, tag) is None


def test_empty_text_names_nobody(tag: nlp.Tagger) -> None:
    assert nlp.person_names("", tag) == []


def test_the_projects_tagger_is_the_default() -> None:
    assert nlp.person_names("李明王芳") == [(0, 2), (2, 4)]
