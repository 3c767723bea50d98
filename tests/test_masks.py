"""The mask marks are one vocabulary: every narrower reader's set is a part of the whole."""

from replyparse import layout
from replyparse.fields import contacts
from replyparse.masks import MASK_MARKS, STAR_MASKS, TYPED_MASKS


def test_subsets_are_parts_of_the_whole() -> None:
    assert set(STAR_MASKS) < set(TYPED_MASKS) < set(MASK_MARKS)
    assert set(layout._NAME_MASKS) < set(MASK_MARKS)
    assert set(contacts._PHONE_MASK) <= set(MASK_MARKS)


def test_each_mark_once() -> None:
    assert len(set(MASK_MARKS)) == len(MASK_MARKS)


def test_no_date_zero_nor_lost_character_in_a_name_mask() -> None:
    # ○ is a date's zero as often (二○二四年), □ a lost character: no name's mask
    assert not {"○", "□"} & set(TYPED_MASKS)
