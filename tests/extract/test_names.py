import pytest

from dragoman.extract.names import clean_mention, person_canonical_names


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("the Obama Administration", "Obama Administration"),
        ("Russia's", "Russia"),
        ("U.S.", "U.S."),
        ("Moscow.", "Moscow"),
        ("  the   White House ", "White House"),
    ],
)
def test_clean_mention(mention, expected):
    assert clean_mention(mention) == expected


def test_surname_takes_the_full_name_used_elsewhere():
    names = person_canonical_names(["Putin", "Vladimir Putin", "Mr. Putin", "Obama"])
    assert names == {"Putin": "Vladimir Putin", "Vladimir Putin": "Vladimir Putin", "Mr. Putin": "Vladimir Putin", "Obama": "Obama"}


def test_title_is_not_part_of_the_name():
    names = person_canonical_names(["Spokesperson Maria Zakharova", "Zakharova"])
    assert names["Zakharova"] == "Maria Zakharova"
    assert names["Spokesperson Maria Zakharova"] == "Maria Zakharova"


def test_a_transcript_label_in_capitals_takes_the_full_name():
    assert person_canonical_names(["Chris Wallace", "WALLACE"])["WALLACE"] == "Chris Wallace"
