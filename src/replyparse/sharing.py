"""A document-sharing site's page (a 文库 that shows a document uploaded by its members):
what the site prints around the document, none of it the letter's.

- the file's rows at the page's head: ``ID:16900001``, ``大小:17.00 KB``, ``页数:3页``,
  ``时间:2019-08-25``, ``格式:DOC``, ``上传者:某某`` (two at least, the size or the page count
  among them, and the size, format, ID or uploader: a fax cover's ``页数：2`` and ``时间：…``
  are the fax's), each alone on its line: the ``时间`` there is when the file was uploaded, no
  date of the letter;
- the site's line that names the document it shows and says it was shared
  (``《对…提案的》由网友上传分享，可供在线阅读…``): its 《》 holds the
  site's name for the file, no title the letter cites;
- the marks the site numbers its preview's pieces with (``1、`` ``2、`` ``3、`` opening the
  lines the preview cut the document into, each piece ending where the site cut it, mid-
  sentence): none of the letter's sections (:func:`preview_marks`).

:mod:`replyparse.chrome` asks :func:`sharing_lines` for the lines that are chrome, and the
text view :func:`preview_marks` for the marks it drops from the lines that stay.
"""

from __future__ import annotations

import re

from replyparse.printwidth import SENTENCE_END

_COLON = "[:：]"
_FILE_ROW = re.compile(
    rf"""(?:
        ID{_COLON}\s*\d{{4,12}}
      | 大小{_COLON}\s*\d{{1,6}}(?:\.\d{{1,3}})?\s*(?:[KMG]B?|字节)
      | 页数{_COLON}\s*\d{{1,5}}\s*页?
      | 时间{_COLON}\s*(?:19|20)\d\d-\d{{1,2}}-\d{{1,2}}(?:\s+\d{{1,2}}:\d\d(?::\d\d)?)?
      | 格式{_COLON}\s*(?:DOCX?|PDF|TXT|WPS|RTF)
      | (?:上传者|上传人|贡献者){_COLON}\s*\S{{1,20}}
    )""",
    re.VERBOSE | re.IGNORECASE,
)
"""A row of what a sharing site says of the file it shows, alone on its line."""
_SIZE_OR_PAGES = re.compile(rf"^(?:大小|页数){_COLON}")
"""The rows only a file's record writes (a letter's own 时间 or ID stays alone)."""
_FILE_ONLY = re.compile(rf"^(?:大小|格式|ID|上传者|上传人|贡献者){_COLON}", re.IGNORECASE)
"""The rows no fax cover writes: a fax's cover counts its pages and gives its time
(``页数：2`` over ``时间：2024-05-10``), a file's record its size, format, ID or uploader too."""
_FILE_ROWS_LEAST = 2

_SHARED = re.compile(r"^《[^《》\n]{1,200}》由[^\n，,。]{0,16}?分享[，,]")
"""The site's line naming the document it shows as shared by a member, its words right
after (:data:`_SHARED_WORDS`) on it or, a print having wrapped it, on the line under it."""
_SHARED_WORDS = re.compile(
    r"\s*(?:免费|可以?)?在线(?:阅读|浏览)(?:(?P<more>[，,]\s*更多相关)|\s*$)"
)
"""What the site says right after ``分享，``: that it may be read there, then its offer of
more (``免费在线阅读，更多相关内容在…``, ``可在线阅读，更多相关《…》请在…``), or the line's end
(a copy that cut it there). A letter's sentence goes on otherwise (``《某读本》由县图书馆分享，
群众可在线阅读。``): none of the site's."""
_SHARED_REST_LONGEST = 60

_NO_WORDS = re.compile(r"[\W\d_]*")
"""A line of no words (a page's number, ``— 2 —``)."""
_CHUNK_MARK = re.compile(r"[ \t\u3000]*(?P<n>[1-9][0-9]{0,2})、")
_PIECES_LEAST = 2
_PIECE_SHORTEST = 50
"""A preview's piece is a page's text (hundreds of characters): a list of short items under
the site's lines (``1、加强巡查`` ``2、完善设施``) is the letter's, ended with a stop or not."""


def sharing_lines(texts: list[str], filled: list[int]) -> set[int]:
    """The indices of ``texts`` (a letter's lines, trimmed; ``filled`` those with text) that
    are a sharing site's: its line naming the document as shared, and each run of its
    file's rows (two at least, the size or the page count among them, and a row no fax
    cover writes, :data:`_FILE_ONLY`)."""
    out: set[int] = set()
    for at, i in enumerate(filled):
        shared = _SHARED.match(texts[i]) if texts[i][:1] == "《" else None
        if shared is None:
            continue
        rest = texts[i][shared.end() :]
        words = _SHARED_WORDS.match(rest)
        below = filled[at + 1] if at + 1 < len(filled) else i
        if words is not None and words.group("more"):
            out.add(i)
            if below != i and _offer_rest(texts[i], texts[below]):
                out.add(below)  # (its offer's end a print wrapped: 更多相关内容在 / 某文库。)
            continue
        wrapped = (
            _SHARED_WORDS.match(rest + texts[below])
            if below != i and len(rest) + len(texts[below]) <= _SHARED_REST_LONGEST
            else None
        )
        if wrapped is not None and wrapped.end() > len(rest):
            out.update((i, below))  # (its rest a print wrapped onto the next line)
        elif words is not None:
            out.add(i)  # (a copy that cut it after its words)
    run: list[int] = []
    for i in [*filled, -1]:
        if i >= 0 and _FILE_ROW.fullmatch(texts[i]):
            run.append(i)
            continue
        if (
            len(run) >= _FILE_ROWS_LEAST
            and any(_SIZE_OR_PAGES.match(texts[j]) for j in run)
            and any(_FILE_ONLY.match(texts[j]) for j in run)
        ):
            out.update(run)
        run = []
    return out


def _offer_rest(line: str, below: str) -> bool:
    """Whether ``below``, the line under the shared line ``line`` that holds the site's offer
    of more but no stop at its end, is the offer's end a print wrapped (``…更多相关内容在`` over
    ``某某文库。``): short, ending the sentence, no preview's piece."""
    return (
        not line.endswith("。")
        and below.endswith("。")
        and len(below) <= _SHARED_REST_LONGEST
        and _CHUNK_MARK.match(below) is None
    )


def shows_sharing(text: str) -> bool:
    """Whether ``text`` may hold a sharing site's lines (the gate of :func:`sharing_lines`:
    its shared line or a file's size or page count)."""
    return ("分享" in text and "》由" in text) or "页数" in text or "大小" in text


def preview_marks(original: str, chrome: frozenset[int]) -> list[tuple[int, int]]:
    """Where the marks a sharing site numbers its preview's pieces with stand in
    ``original`` (``chrome`` the indices of its chrome lines, a sharing site's among them):
    the lines with text under the last of its lines, opening ``1、``, ``2、``… in turn (a
    piece a print wrapped goes on over lines of its own), two at least, each but the last
    a page's text ending mid-sentence (the site cut it there). A letter's own list (its
    items ending with their sentences, or short) is none."""
    lines = original.split("\n")
    texts = [line.strip() for line in lines]
    filled = [i for i, t in enumerate(texts) if t]
    site = sharing_lines(texts, filled) & chrome
    if not site:
        return []
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    pieces: list[tuple[int, int]] = []
    last: int | None = None  # (the line above, the end of the piece before a mark)
    length = 0  # (the characters of the piece before a mark, over its lines)
    under = max(site)  # (once: a page of many rows asks every line under them)
    for i in filled:
        if i <= under or i in chrome or _NO_WORDS.fullmatch(texts[i]):
            continue  # (a page's number between them, — 2 —, parts nothing)
        m = _CHUNK_MARK.match(lines[i])
        if m is not None and int(m.group("n")) == len(pieces) + 1:
            # each piece but the last is a page's text the site cut mid-sentence
            if last is not None and (texts[last][-1] in SENTENCE_END or length < _PIECE_SHORTEST):
                return []
            pieces.append((i, m.end()))
            length = 0
        elif not pieces:
            return []  # (the preview opens with its first piece)
        last = i  # (a piece a print wrapped goes on: its lines under its mark)
        length += len(texts[i])
    if len(pieces) < _PIECES_LEAST:
        return []
    return [(starts[i], starts[i] + end) for i, end in pieces]
