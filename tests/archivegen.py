"""Generated letter archives for the batch tests and ``scripts/bench.py``.

Letters come from two places: the project's own ``samples/*.txt`` with their amounts,
years and proposal numbers varied, and a small invented template with varied names,
departments, amounts and dates. Everything is seeded: the same call builds the same tree.
Every name, number and department here is invented.
"""

from __future__ import annotations

import os
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
_GIVEN = ["建国", "丽华", "志强", "海燕", "晓东", "红梅", "文斌", "秀英", "立新", "春林", "玉兰"]
_BODIES = [
    "教育局",
    "民政局",
    "水务局",
    "交通运输局",
    "卫生健康局",
    "农业农村局",
    "住房和城乡建设局",
]
_CITIES = ["青禾市", "临川市", "白石县", "南岭区", "东泉县", "望江市"]
_TOPICS = [
    ("加强农村公路养护", "公路养护"),
    ("推进社区养老服务", "养老服务"),
    ("改善中小学校舍条件", "校舍改造"),
    ("提升农村供水保障水平", "农村供水"),
    ("完善基层医疗服务网络", "基层医疗"),
]
_CN_DIGITS = "〇一二三四五六七八九"

_AMOUNT = re.compile(r"\d+(?:\.\d+)?(?=万元|亿元|元)")
_YEAR = re.compile(r"20[12]\d(?=年)")
_NUMBER = re.compile(r"(?<=第)\d+(?=号)")


def _cn_year(year: int) -> str:
    return "".join(_CN_DIGITS[int(d)] for d in str(year))


def _cn_small(n: int) -> str:
    """1..31 in Chinese numerals: 十一, 二十, 三十一."""
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[units] if units else "")


def invented_letter(rng: random.Random) -> str:
    """A short reply letter in the usual layout, every detail drawn from ``rng``."""
    city = rng.choice(_CITIES)
    body = city + rng.choice(_BODIES)
    name = rng.choice(_SURNAMES) + rng.choice(_GIVEN)
    topic, short = rng.choice(_TOPICS)
    year = rng.randint(2015, 2024)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    number = rng.randint(1, 400)
    total = rng.randint(50, 9000)
    part = rng.randint(1, 49)
    # A local number never starts with 0 in China: these cannot be anyone's phone.
    phone = f"0{rng.randint(100, 999)}-0{rng.randint(100000, 999999)}"
    written = (
        f"{_cn_year(year)}年{_cn_small(month)}月{_cn_small(day)}日"
        if rng.random() < 0.3
        else f"{year}年{month}月{day}日"
    )
    return (
        f"{body}\n"
        f"关于{city}{rng.randint(10, 18)}届人大一次会议第{number}号建议的答复\n\n"
        f"{name}代表：\n"
        f"　　您提出的关于“{topic}”的建议收悉，现答复如下：\n"
        f"　　一、工作开展情况\n"
        f"　　{year}年以来，我局围绕{short}累计投入资金{total}万元，"
        f"其中{month}月安排专项资金{part}.5万元。\n"
        f"　　二、下一步工作\n"
        f"　　（一）加大投入。力争{year + 1}年新增资金约{total // 3}万元。\n"
        f"　　（二）强化督导。每季度开展一次检查。\n"
        f"　　感谢您对{short}工作的关心和支持。\n\n"
        f"　　联系人：{rng.choice(_SURNAMES)}{rng.choice(_GIVEN)}，联系电话：{phone}\n\n"
        f"　　　　　　　　{body}\n"
        f"　　　　　　　　{written}\n"
    )


def varied_sample(text: str, rng: random.Random) -> str:
    """A sample letter with its amounts, years and proposal number changed."""
    shift = rng.randint(-3, 3)
    text = _YEAR.sub(lambda m: str(int(m.group()) + shift), text)
    text = _AMOUNT.sub(lambda m: str(rng.randint(1, 9999)), text)
    return _NUMBER.sub(lambda m: f"{rng.randint(1, 999):0{len(m.group())}d}", text)


def sample_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]


@dataclass
class Archive:
    root: Path
    good: list[Path] = field(default_factory=list)
    broken: dict[Path, str] = field(default_factory=dict)
    """Broken file -> a word its failure reason contains."""


def build_archive(root: Path, letters: int, *, seed: int = 7, broken: bool = True) -> Archive:
    """``letters`` good letters in nested folders (years, then districts), plus five
    broken files when ``broken``. Some letters are GB18030-encoded, as archives hold."""
    rng = random.Random(seed)
    samples = sample_texts()
    archive = Archive(root=root)
    for i in range(letters):
        folder = root / str(2015 + i % 6) / f"district-{i % 7}"
        if i % 5 == 0:
            folder = folder / "batch-a"
        folder.mkdir(parents=True, exist_ok=True)
        if samples and i % 2 == 0:
            text = varied_sample(samples[i % len(samples)], rng)
        else:
            text = invented_letter(rng)
        path = folder / f"letter-{i:05d}.txt"
        encoding = "gb18030" if i % 11 == 3 else "utf-8"
        path.write_bytes(text.encode(encoding))
        archive.good.append(path)
    if broken:
        bad = root / "2016" / "district-1"
        bad.mkdir(parents=True, exist_ok=True)
        cases: dict[str, tuple[bytes | None, str]] = {
            "empty.txt": (b"", "empty"),
            "blank.txt": (b" \n\t\n  ", "blank"),
            "picture.txt": (
                b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
                "PNG image",
            ),  # a scan named .txt: told a picture
            "garbage.txt": (b"\x80\xff\xfa\xfb\xfc" * 40, "not a text file"),
            "dangling.txt": (None, "a symbolic link to"),
        }
        for name, (data, reason) in cases.items():
            path = bad / name
            if data is None:
                os.symlink(bad / "no-such-target.txt", path)
            else:
                path.write_bytes(data)
            archive.broken[path] = reason
    return archive


def expected_output(archive: Archive, out: Path, path: Path) -> Path:
    """Where a folder run of ``archive.root`` writes the record of ``path``."""
    return out / path.relative_to(archive.root).with_suffix(".json")
