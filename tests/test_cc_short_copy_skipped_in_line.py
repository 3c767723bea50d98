"""A page that stores a letter twice on one line, the second copy under its title written
again (``…抄送：甲办、乙局 关于…的答复 来源：… 某某代表：…抄送：甲办、乙局 相关链接…``): the
view drops that copy once it holds 60 characters (:data:`replyparse.repeats.COPY_LEAST`,
the fewest a copy that writes the letter's head again holds), and the 抄送 list of the first
copy ends where the copy was. A list read from the letter's text behind the view went on
into the copy when the copy was shorter than 200 characters (the other copies' least),
its title, salutation and sentences made bodies."""

from __future__ import annotations

from replyparse import parse_text

TITLE = "关于加快某某道路改造的建议的答复"
BODY = (
    "王某代表：您在某县第十届人民代表大会第三次会议上提出的建议收悉，现答复如下："
    "我局将加快推进道路改造。某县交通局 2099年1月2日 抄送：县政府办、县财政局"
)


def test_the_list_ends_where_a_short_copy_was() -> None:
    text = f"{TITLE} 发布时间：2099-01-02 {BODY} {TITLE} 来源：某县交通局 {BODY} 相关链接：某某网"
    assert len(BODY) < 200
    assert parse_text(text).cc == ["县政府办", "县财政局"]


# Must not match: the letter written once on its line keeps its list.
def test_a_letter_written_once_keeps_its_list() -> None:
    text = f"{TITLE} 发布时间：2099-01-02 {BODY}"
    assert parse_text(text).cc == ["县政府办", "县财政局"]
