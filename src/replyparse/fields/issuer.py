"""发文机关: from the header mark, else the signature (its first authority), else a title
that opens with it."""

from __future__ import annotations

import re

from replyparse import vocab
from replyparse.layout import issuer_mark
from replyparse.textview import Line

_TITLE_ISSUER = re.compile(
    rf"^(?P<name>[\u4e00-\u9fff（）()]{{2,40}}?(?:{vocab.alternation('org_suffixes')}))(?:关于|对)"
)


def find_issuer(
    header: tuple[Line, ...], signature_issuer: str | None, title: str | None
) -> str | None:
    for line in header:
        name = issuer_mark(line.text)
        if name:
            return name
    if signature_issuer:
        # a joint reply is signed by several authorities; the first is the 主办 unit
        return signature_issuer.split("、")[0]
    if title:
        m = _TITLE_ISSUER.match(title)
        if m:
            return m.group("name")
    return None
