"""review62e: a 发文字号 written with the small brackets ``﹝﹞`` (flat63) reads as one with
``〔〕`` wherever it stands, the letter's own or one it cites in its title, its prose, its
references or its 抄送 list, lined or flattened: every field the same but the brackets as
written. Letters invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

CLOSE = "我局已在三个乡镇安装路灯。\n感谢您的支持。\n壬县交通运输局\n2099年5月6日\n"
ASKED = "周某代表：\n您提出的建议收悉，现答复如下：\n"
LETTERS = {
    "cited-in-title": "关于落实某政发〔2098〕5号文件的建议的答复\n" + ASKED + CLOSE,
    "cited-opening-a-sentence": "关于改善路灯的答复\n"
    + ASKED
    + "某政发〔2098〕5号文件要求各乡镇设置路灯。\n"
    + CLOSE,
    "cited-mid-sentence": "关于改善路灯的答复\n周某代表：\n您提出的建议收悉。根据某政发〔2098〕5号"
    "关于路灯的通知，现答复如下：\n" + CLOSE,
    "own-over-title": "壬交函〔2099〕3号\n关于改善路灯的答复\n" + ASKED + CLOSE,
    "own-glued-to-authority": "壬交函〔2099〕3号壬县交通运输局关于改善路灯的答复\n" + ASKED + CLOSE,
    "reference": "关于改善路灯的答复\n"
    + ASKED
    + "见《壬县路灯管理办法》（壬政发〔2098〕7号）。\n"
    + CLOSE,
    "cc": "关于改善路灯的答复\n" + ASKED + CLOSE + "抄送：县政府办（壬政办〔2099〕1号）\n",
}


def _flat(text: str, sep: str) -> str:
    return sep.join(line for line in text.split("\n") if line.strip())


def _fields(text: str) -> str:
    fields = parse_text(text, keywords=False).model_dump(exclude={"text", "diagnostics", "source"})
    return repr(fields).replace("﹝", "〔").replace("﹞", "〕")


@pytest.mark.parametrize("sep", [None, " ", ""], ids=["lined", "one-line-space", "one-line-glued"])
@pytest.mark.parametrize("name", list(LETTERS))
def test_small_brackets_read_as_full(name: str, sep: str | None) -> None:
    text = LETTERS[name] if sep is None else _flat(LETTERS[name], sep)
    small = text.replace("〔", "﹝").replace("〕", "﹞")
    assert _fields(small) == _fields(text)
