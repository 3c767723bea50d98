"""A mirror that re-publishes a page strews empty tags over its copy (``<ul id="k3x9"></ul>``,
``• <li id="k3x9"><option id="k3x9"></option></li>``), above the words, which keep the lines
the copy gave them. Such a file is a text with leftover tags, not a fragment of a page: read
as a page, its lines would run together into one. A fragment whose words stand inside its
tags, or that sets a tag among its words, is still a page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from replyparse import parse_text
from replyparse.readers import read, sniff

LEFTOVERS = (
    '<ul id="k3x9"></ul>\n'
    '  • <li id="k3x9"><option id="k3x9"></option></li>\n'
    "\n"
    '    <ul id="k3x9"><sup id="k3x9"></sup></ul>\n'
    '  • <strike id="k3x9"></strike>\n'
)
LETTER = (
    "    关于某县某路加装路灯的建议的答复\n"
    "    王某某代表:\n"
    "    您提出的《关于某县某路加装路灯的建议》收悉,现答复如下:该路段路灯已开工。\n"
    "    感谢您对我局工作的关心和支持!\n"
    "    某县住房和城乡建设局\n"
    "    2099年6月22日\n"
)


def test_leftover_tags_above_the_lines_read_as_text(tmp_path: Path) -> None:
    data = (LEFTOVERS + LETTER).encode()
    assert sniff(data, ".txt") == "txt"
    path = tmp_path / "mirror.txt"
    path.write_bytes(data)
    document = read(path)
    assert document.source.format == "txt"
    letter = parse_text(document.text)
    assert letter.title == "关于某县某路加装路灯的建议的答复"
    assert [a.name for a in letter.addressees] == ["王某某"]
    assert letter.signature.issuer == "某县住房和城乡建设局"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(
            '<ul id="k3x9"></ul>\n<p>关于某事的答复</p>\n<p>王某代表：</p>\n', id="words-in-tags"
        ),
        pytest.param(
            '<ul id="k3x9"></ul>\n关于某事的答复\n王某代表：\n<p>您提出的建议收悉。</p>\n',
            id="tag-among-lines",
        ),
        pytest.param('<div class="x">\n关于某事的答复\n王某代表：\n', id="too-few-lines"),
        pytest.param('<p style="text-indent:2em">关于某事的答复</p>', id="one-paragraph"),
    ],
)
def test_fragments_of_a_page_stay_pages(data: str) -> None:
    assert sniff(data.encode(), ".txt") == "html"


@pytest.mark.parametrize(
    "leftovers",
    [
        pytest.param(LEFTOVERS.replace("  • ", "&nbsp;&nbsp;• "), id="blanks-as-references"),
        pytest.param(LEFTOVERS.replace("<strike ", "<strike\u200b "), id="zero-width-in-a-tag"),
        pytest.param(LEFTOVERS.replace("<sup ", "\u00ad<sup "), id="soft-hyphen-between-tags"),
    ],
)
def test_leftovers_with_a_copy_s_noise_still_read_as_text(leftovers: str) -> None:
    assert sniff((leftovers + LETTER).encode(), ".txt") == "txt"
