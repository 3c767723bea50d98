"""The line ends' normalisation's gates (:mod:`replyparse.newlines`) against the plain
reading: every replace made and every surrogate searched."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from goldsets import all_letters, at_least
from replyparse import newlines
from replyparse.newlines import normalise_newlines


def _plain(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub("[\ud800-\udfff]", "\ufffd", text)


_SNIPPETS = [
    "某某局\r\n2021年9月3日\r\n",
    "某某局\r2021年9月3日\n\r\n",
    "联系人：王某\ud800电话",
    "\udfff某某局\r\n\ud83d",
    "答复如下\U0001f600。",
    "\r",
    "",
    "plain ascii\r\nline",
    "某某局\n\u3000\u3000现答复如下。\n",
]


def test_newlines_as_the_plain_reading() -> None:
    texts = [g.text() for g in all_letters()] + _SNIPPETS
    texts += [text.replace("\n", "\r\n") for text in texts]
    texts += [text[: len(text) // 2] + "\udc80" + text[len(text) // 2 :] for text in texts]
    for text in texts:
        assert normalise_newlines(text) == _plain(text)
    # not vacuous: both gates taken both ways
    assert sum("\r" in text for text in texts) > at_least(60, 20)
    assert sum(newlines._has_surrogate(text) for text in texts) > at_least(60, 20)
    assert sum(not newlines._has_surrogate(text) for text in texts) > at_least(60, 20)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(["\r", "\n", "a", "某", "\ud800", "\udfff", "\U0001f600"])))
def test_newlines_on_any_text(text: str) -> None:
    assert normalise_newlines(text) == _plain(text)
