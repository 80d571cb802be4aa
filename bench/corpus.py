"""Benchmark inputs, all built from the real articles in the repository (no synthetic filler)."""

from __future__ import annotations

from pathlib import Path

import tiktoken

from brief.read.articles import Article, article_from_text
from brief.tokens import count_tokens

__all__ = [
    "ROOT",
    "SEED",
    "article",
    "inbox",
    "long_article",
    "real_texts",
    "text_of_bytes",
    "text_of_tokens",
]

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed_coalition.txt"
EVAL = ROOT / "tests" / "fixtures" / "eval"
LONG = EVAL / "feature_fox_news_ailes.txt"  # a 7,410-word feature


def real_texts() -> list[str]:
    """The seed, then every evaluation article, each once."""
    texts = [SEED.read_text(encoding="utf-8")]
    for path in sorted(EVAL.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if text not in texts:
            texts.append(text)
    return texts


def article(text: str, source: str) -> Article:
    """An ``Article`` as the reader would make it from ``text``."""
    return article_from_text(text, source=source)


def long_article() -> Article:
    """The longest real article."""
    return article(LONG.read_text(encoding="utf-8"), LONG.name)


def _paragraphs() -> list[str]:
    return [p.strip() for text in real_texts() for p in text.split("\n\n") if p.strip()]


def text_of_tokens(tokens: int, encoding: tiktoken.Encoding) -> str:
    """Real article paragraphs, repeated as needed, up to the paragraph that reaches ``tokens``."""
    paragraphs, out, total = _paragraphs(), list[str](), 0
    while total < tokens:
        paragraph = paragraphs[len(out) % len(paragraphs)]
        out.append(paragraph)
        total += count_tokens(paragraph + "\n\n", encoding)
    return "\n\n".join(out) + "\n"


def text_of_bytes(size: int) -> str:
    """``size`` bytes (give or take a paragraph) of real article text."""
    corpus = "\n\n".join(real_texts())
    return (corpus + "\n\n") * (size // len(corpus.encode("utf-8")) + 1)


def inbox(count: int, max_words: int = 2000) -> list[Article]:
    """``count`` distinct news-length articles: the real ones, then copies that each lack one paragraph."""
    base = [t for t in real_texts() if len(t.split()) <= max_words]
    articles = []
    for i in range(count):
        paragraphs = base[i % len(base)].split("\n\n")
        drop = i // len(base)  # copy 0 is the article itself; copy k drops paragraph k (never the title)
        kept = paragraphs if drop == 0 else paragraphs[:drop] + paragraphs[drop + 1 :]
        articles.append(article("\n\n".join(kept), f"inbox/{i:02d}.txt"))
    return articles
