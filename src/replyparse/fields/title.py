"""标题: the title lines joined, whitespace removed, as written."""

from __future__ import annotations

from replyparse.context import Context, Flat, Found, Item
from replyparse.model import Letter


class Title(Found[Flat]):
    """The title; its value maps each of its characters back to ``view.norm``."""

    @property
    def text(self) -> str:
        return self.value.text

    def place(self, letter: Letter) -> None:
        letter.title = self.text
        letter.title_span = self.span


def extract(ctx: Context) -> list[Item]:
    lines = ctx.layout.title
    flat = ctx.flat(*((line.start, line.end) for line in lines), drop=" \n", written=True)
    if not flat.text:
        return []
    where = flat.range(0, len(flat.text))
    return [Title(flat, ctx.span(*where), where)]
