"""Issue 16: ``bridged`` reads the sentences about an actor once per head noun of the body's name, so
the verifier's reason for a role does not depend on the order Python happens to hash those nouns in
(it read a generator once, and a role was judged one way or another from run to run)."""

from __future__ import annotations

import subprocess
import sys

from brief.verify.bridging import bridged

NAME = "Palm Beach County School Board"
SENTENCES = ("Members of the Board of Trustees spoke.", "Parents said the school closed.")


def test_every_head_noun_sees_every_sentence_given_as_a_generator() -> None:
    assert bridged(NAME, f"The {NAME} met.", (s for s in SENTENCES))


def test_the_answer_is_the_same_whatever_the_hash_seed() -> None:
    code = (
        "from brief.verify.bridging import bridged\n"
        f"print(bridged({NAME!r}, 'The {NAME} met.', (s for s in {SENTENCES!r})))"
    )
    answers = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={"PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in range(12)
    }
    assert answers == {"True"}
