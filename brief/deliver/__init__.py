"""Deliver: a rendered brief in; its ``.md`` and ``.json`` written atomically under the output folder.

Paths are slugged and stay inside the folder; nothing a user has is overwritten silently.
"""

from __future__ import annotations

from brief.deliver.files import brief_paths, slugify, write_atomic, write_pair

__all__ = ["brief_paths", "slugify", "write_atomic", "write_pair"]
