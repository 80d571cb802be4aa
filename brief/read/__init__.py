"""Read: files, folders, stdin, HTML pages and RSS/Atom feeds in, ``Article`` values out.

Text keeps its characters exactly (evidence is quoted verbatim from it); duplicates are found by content.
"""

from __future__ import annotations

from brief.read.articles import Article, article_from_text
from brief.read.inputs import read_inputs, read_path, read_stdin

__all__ = ["Article", "article_from_text", "read_inputs", "read_path", "read_stdin"]
