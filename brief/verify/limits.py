"""How much a verified brief keeps: actor, position and question limits, grown with article length."""

from __future__ import annotations

from dataclasses import dataclass, replace

__all__ = ["Limits"]


@dataclass(frozen=True)
class Limits:
    """How much a verified brief keeps and how much the skeleton fills in.

    The actor and position limits are for an article of ``base_words``; a longer one (a feature
    with dozens of people in it) gets one more actor per ``words_per_actor`` and one more
    position per ``words_per_position``, up to ``max_growth`` more of each.
    """

    max_actors: int = 16
    min_actors: int = 10
    max_positions: int = 20
    max_questions: int = 5
    min_questions: int = 3
    base_words: int = 800
    words_per_actor: int = 700
    words_per_position: int = 500
    max_growth: int = 8

    def for_length(self, words: int) -> Limits:
        """These limits grown for an article of ``words`` words."""
        extra = max(0, words - self.base_words)
        grow_actors = min(self.max_growth, extra // self.words_per_actor)
        grow_positions = min(self.max_growth, extra // self.words_per_position)
        return replace(
            self,
            max_actors=self.max_actors + grow_actors,
            min_actors=self.min_actors + grow_actors,
            max_positions=self.max_positions + grow_positions,
        )
