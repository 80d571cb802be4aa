"""brief: grounded, structured briefings from news articles.

The library a Python user calls::

    from brief import Settings, read_path, summarise

    article = read_path(Path("article.txt"))[0]
    brief = summarise(article, backend=None, settings=Settings())  # backend=None: no model at all
    for position in brief.positions:
        print(position.actor, position.stance, position.evidence)

``Briefer`` adds what the command line does on top: the configured model (``Settings(base_url=...)``
for your own endpoint, the embedded model otherwise), the response cache, rendering and saving.
Names are imported on first use, so ``import brief`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from brief._version import __version__

_EXPORTS = {
    "Article": "brief.read",
    "read_path": "brief.read",
    "read_stdin": "brief.read",
    "article_from_text": "brief.read",
    "Brief": "brief.schema",
    "Settings": "brief.config",
    "summarise": "brief.pipeline",
    "Briefer": "brief.pipeline",
}
__all__ = [
    "Article",
    "Brief",
    "Briefer",
    "Settings",
    "__version__",
    "article_from_text",
    "read_path",
    "read_stdin",
    "summarise",
]

if TYPE_CHECKING:
    from brief.config import Settings
    from brief.pipeline import Briefer, summarise
    from brief.read import Article, article_from_text, read_path, read_stdin
    from brief.schema import Brief


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'brief' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value
