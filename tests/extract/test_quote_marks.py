import pytest

from dragoman.extract.quote_marks import quoted_passages


def texts(text):
    return [[text[s:e] for s, e in p.fragments] for p in quoted_passages(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "no" twice.', [['"no"']]),
        ("“Yes,” she said, “and no.”", [["“Yes,”"], ["“and no.”"]]),
        ("« Non », dit-il.", [["« Non »"]]),
        ("He called it ‘a farce’ and didn’t care.", [["‘a farce’"]]),
        ("“First paragraph.\n\n“Second paragraph.”", [["“First paragraph.", "“Second paragraph.”"]]),
        ('He said "never closed', [['"never closed']]),
        ("don’t won’t can’t", []),
        ("''It works,'' he said. ''Twice.''", [["''It works,''"], ["''Twice.''"]]),
        ("``Treebank style,'' she said.", [["``Treebank style,''"]]),
        ("It ends with a stray ''", []),
    ],
)
def test_quoted_passages(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text", ['"' * 5000, "“" * 3000 + "”" * 10, "‘’" * 2000, "”“" * 1000 + "\n\n" * 50])
def test_many_marks_never_crash(text):
    for passage in quoted_passages(text):
        for start, end in passage.fragments:
            assert 0 <= start <= end <= len(text)
