"""标题: the title lines joined, whitespace removed, as written."""

from __future__ import annotations

from dataclasses import dataclass

from replyparse.context import Context, Flat, Item, Range
from replyparse.model import Letter, Span


@dataclass(frozen=True)
class Title:
    """The title; ``flat`` maps each of its characters back to ``view.norm``."""

    flat: Flat
    span: Span

    @property
    def text(self) -> str:
        return self.flat.text

    @property
    def claim(self) -> Range:
        return self.flat.range(0, len(self.flat.text))

    def place(self, letter: Letter) -> None:
        letter.title = self.text
        letter.title_span = self.span


def extract(ctx: Context) -> list[Item]:
    lines = ctx.layout.title
    if not lines:
        return []
    flat = ctx.flat(*((line.start, line.end) for line in lines), drop=" \n", written=True)
    if not flat.text:
        return []
    return [Title(flat, ctx.span(*flat.range(0, len(flat.text))))]
