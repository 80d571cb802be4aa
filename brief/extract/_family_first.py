"""Chinese and Korean names, written family name first: "Xi Jinping" is "Xi", "Kim Jong Un" is "Kim",
"Lee Hsien Loong" is "Lee"; "Lee Anderson" and "Kim Kardashian" are not (their last word is no
romanised syllable). Vietnamese names, also family name first, are called by the given name ("Trong"),
so their family names are not listed."""

from __future__ import annotations

import re
from functools import cache

__all__ = ["family_first"]

# common family names as romanised in the press (Pinyin, Wade-Giles, Cantonese, Hokkien, Korean)
_FAMILIES = frozenset(
    "xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo zheng liang xie "
    "tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen "
    "yao cui zhong fan fu qin qiu jin hou bai kong mao wen "
    "tan lim lee ng goh teo ong chan wong cheung leung lau ho yip tsang lam chow tse fung kwok mak hui "
    "kwan yeung chua koh low sim toh yap heng seah quek chew foo tay wee loh liew chia pang khoo lai "
    "tsai chiang hsu kuo lo chu chou "
    "kim park choi jung jeong kang cho jo yoon yun jang han oh seo shin kwon hwang ahn song yoo ryu "
    "hong moon ko baek nam noh roh".split()
)
_INITIALS = "b p m f d t n l g k h j q x zh ch sh r z c s y w".split()
_FINALS = (
    "a o e i u ai ei ao ou an en ang eng ong ia ie iao iu ian in iang ing iong ua uo uai ui uan un uang ue "
    "ueng".split()
)
# syllables of the other romanisations ("Hsien", "Loong", "Myong", "Hye", "Yeol")
_OTHERS = (
    "hsi hsien hsiao hsiung hsin hsing hsu hsueh loong leong yew kuan kuen kok keng seng siong teck tek "
    "hock hoe boon chee chye chin chun chong choon chuan hwa hwee hoon yam tung tse tsz chiu tsai kee "
    "jae myung myong geun hye suk yeol hyun seok chul sung woo hee soo joon kyung tae young yeon eun ji "
    "sang won bum gil sik il ok jun er kar kit cheol"
).split()
_SYLLABLES = frozenset([i + f for i in ("", *_INITIALS) for f in _FINALS] + _OTHERS)
_WORD = re.compile(r"^[A-Z][a-z]+$")


@cache
def _syllables(word: str) -> int:
    """How few romanised Chinese or Korean syllables make up ``word`` ("jinping" = jin-ping: 2); 9 when
    none do."""
    if not word:
        return 0
    splits = [1 + _syllables(word[n:]) for n in range(1, min(len(word), 6) + 1) if word[:n] in _SYLLABLES]
    return min(splits, default=9)


def family_first(words: list[str]) -> bool:
    """True for a name of two or three words whose first is a Chinese or Korean family name and whose
    others are one or two romanised syllables each: "Xi Jinping", "Kim Jong Un", "Lee Hsien Loong" (not
    "Kim Pegula")."""
    if not 2 <= len(words) <= 3 or words[0].casefold() not in _FAMILIES:
        return False
    return all(_WORD.match(w) and _syllables(w.casefold()) <= 2 for w in words[1:])
