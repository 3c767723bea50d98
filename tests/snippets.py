"""Invented letter openings (in our own words) that the fast-path tests of several modules
read beside the gold letters: proposal numbers, kinds and titles in the shapes real
letters write them."""

from __future__ import annotations

PROPOSAL_OPENINGS = [
    "关于加强某某管理的建议的答复\n张代表：\n您提出的第12号建议收悉，现答复如下：",
    "对市十七届人大三次会议第56号建议的答复\n您提出的《关于改善村道照明的建议》收悉。",
    "某区政协八届一次委员第094号提案\n王委员：\n你的提案收悉。",
    "关于“3A”级景区的建议（第24号）\n您好！您提出的关于打造“3A”级景区的建议收悉。",
    "建议第12号\n“关于解决“停车难”的建议”(第10号提案)已交我局办理。",
    "第181号《某某规划》\n第12号：“某某”提案收悉",
]
