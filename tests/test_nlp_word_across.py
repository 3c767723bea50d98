"""``nlp.word_across`` answers as the segmenter's own cut does, and with the lexicon loads
no segmenter (a ``--no-keywords`` run reads a heading line that looks broken without one);
once one is made, it asks that one."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from replyparse import nlp

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _segmenter_says(text: str, cut: int) -> bool:
    at = 0
    for word in nlp.tokenizer().cut(text, HMM=False):
        if at < cut < at + len(word):
            return True
        at += len(word)
    return False


PIECES = [
    ("公交延", "伸至该"),
    ("道路建", "设的问"),
    ("路建设", "我局高"),
    ("公交线路", "网络覆盖"),
    ("乡村振", "兴战略"),
    ("安全管理", "工作取得"),
    ("农田水", "利设施"),
    ("一体化", "作为重"),
    ("停车难", "的问题"),
    ("文化旅", "游融合"),
]


@pytest.mark.parametrize(("before", "after"), PIECES)
def test_the_same_answer_as_the_segmenter(before: str, after: str) -> None:
    text = before + after
    assert nlp.word_across(text, len(before)) == _segmenter_says(text, len(before))


def test_a_word_over_the_cut_is_found() -> None:
    assert nlp.word_across("公交延伸至该", 3)
    assert not nlp.word_across("路建设我局高", 3)


def test_every_window_of_the_samples_as_the_segmenter() -> None:
    # (the route worked out from the lexicon: word_across itself asks the segmenter once
    # one is made, as _segmenter_says makes it)
    if nlp._lexicon() is None:
        pytest.skip("no private cache folder here: without a lexicon the segmenter decides")
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    runs = [run for text in texts for run in re.findall(r"[\u4e00-\u9fff]{8,}", text)]
    windows = {run[i : i + 8] for run in runs for i in range(len(run) - 7)}
    assert len(windows) > 1000
    differ = [w for w in sorted(windows) if nlp.route_across(w, 4) != _segmenter_says(w, 4)]
    assert differ == []


class _Unmade:
    """A segmenter not made yet, which refuses to be."""

    def __call__(self) -> None:
        raise AssertionError("the segmenter was asked")

    def cache_info(self) -> SimpleNamespace:
        return SimpleNamespace(currsize=0)


def test_the_lexicon_loads_no_segmenter(monkeypatch: pytest.MonkeyPatch) -> None:
    if nlp._lexicon() is None:
        pytest.skip("no private cache folder here: without a lexicon the segmenter decides")
    monkeypatch.setattr(nlp, "tokenizer", _Unmade())
    assert not nlp.word_across("路建设我局高", 3)
    assert not nlp.word_across("道路建设我局高度", 4)
    assert nlp.word_across("公交延伸至该", 3)


def test_a_segmenter_made_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp.tokenizer()  # (made: the keywords of a letter parsed before)

    def no_route(text: str, cut: int) -> bool:
        raise AssertionError("the route worked out again")

    monkeypatch.setattr(nlp, "route_across", no_route)
    assert nlp.word_across("公交延伸至该", 3)
    assert not nlp.word_across("路建设我局高", 3)


def test_the_user_dictionary_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp.word_across("公交延伸至该", 3)  # (the first call may read it)

    class Unreadable:
        def files(self, package: str) -> None:
            raise AssertionError(f"{package}'s user dictionary read again")

    monkeypatch.setattr(nlp, "resources", Unreadable())
    assert nlp.word_across("公交延伸至该", 3)
    assert not nlp.word_across("路建设我局高", 3)
