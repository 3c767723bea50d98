"""发文机关: from the header mark, else the signature (its first authority), else a title
that opens with it."""

from __future__ import annotations

import re

from replyparse import vocab
from replyparse.context import Context, Found, Item
from replyparse.fields.signature import SignatureIssuer
from replyparse.fields.title import Title
from replyparse.layout import issuer_mark_at
from replyparse.model import Letter

_TITLE_ISSUER = re.compile(
    rf"^(?P<name>[\u4e00-\u9fff（）()]{{2,40}}?(?:{vocab.alternation('org_suffixes')}))(?:关于|对)"
)


class Issuer(Found[str]):
    def place(self, letter: Letter) -> None:
        letter.issuer = self.value
        letter.issuer_span = self.span


def extract(ctx: Context) -> list[Item]:
    for line in ctx.layout.header:
        at = issuer_mark_at(line.text)
        if at is not None:
            claim = (line.start + at[0], line.start + at[1])
            return [Issuer(line.text[at[0] : at[1]], ctx.span(*claim), claim)]
    for signed in ctx.found(SignatureIssuer):
        # a joint reply is signed by several authorities; the first is the 主办 unit
        first = signed.text.split("、")[0]
        return [Issuer(first, signed.value[0].span(len(first)), None)]
    for title in ctx.found(Title):
        m = _TITLE_ISSUER.match(title.text)
        if m:
            claim = title.value.range(*m.span("name"))
            return [Issuer(m.group("name"), ctx.span(*claim), claim)]
    return []
