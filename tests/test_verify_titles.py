"""Issue 16: a title the article gives somebody else in the words set off after that person's name
("Sally Rogers, a professor and developmental psychologist at UC Davis") is a wrong role for another
actor; a title inside "the brother of ..." is not the named one's own. Articles are made up."""

from __future__ import annotations

from tests.test_verify_claims import _role_drops

_STUDY = (
    "Early therapy helps infants\n\n"
    "The treatment now needs to be tried in many more children, said study co-author Sally Rogers, a "
    "professor and developmental psychologist at UC Davis. Not all parents will have the time, said Dr. "
    "Lisa Shulman, director of infant services at Albert Einstein College of Medicine."
)


def test_a_title_set_off_after_another_persons_name_is_a_wrong_role() -> None:
    role = "Developmental psychologist at Albert Einstein College of Medicine"
    assert "actors[0].role" in _role_drops(_STUDY, "Lisa Shulman", role)
    assert "actors[0].role" not in _role_drops(
        _STUDY, "Sally Rogers", "Developmental psychologist at UC Davis"
    )


def test_a_title_of_someone_the_apposition_only_relates_him_to_is_not_his() -> None:
    # guards "the brother of ...": the title after "of" is the brother's, not the named man's
    article = (
        "Prisoners freed in swap\n\n"
        "The three men freed include Anas Haqqani, the brother of the movement's deputy leader, who was "
        "captured in 2014. The movement's deputy leader, Sirajuddin Haqqani, did not comment."
    )
    assert "actors[0].role" in _role_drops(
        article, "Anas Haqqani", "The movement's deputy leader, freed in the swap"
    )
