"""Verify: a model's draft, the article and its extraction in; a grounded brief and its report out.

Every field is checked against the source; what fails is dropped (with its reason) or replaced by the
extractive skeleton, which is built from the article alone.
"""

from __future__ import annotations

from brief.verify.limits import Limits
from brief.verify.verifier import verify

__all__ = ["Limits", "verify"]
