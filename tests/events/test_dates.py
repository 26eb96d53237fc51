import pytest

from dragoman.events.dates import resolve_date


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("Thursday", "2016-12-29"),
        ("Earlier on Thursday", "2016-12-29"),
        ("on Friday", "2016-12-30"),
        ("last Friday", "2016-12-23"),
        ("yesterday", "2016-12-29"),
        ("this week", "2016-12-26"),
        ("last month", "2016-11"),
        ("Dec. 29", "2016-12-29"),
        ("29 December 2016", "2016-12-29"),
        ("December", "2016-12"),
        ("2015", "2015"),
        ("two days ago", "2016-12-28"),
        ("the holidays", None),
        ("a decade", None),  # a span of time, and "dec" in it is no December
        ("Sept. 8", "2016-09-08"),
    ],
)
def test_relative_to_publication_date(expression, expected):
    assert resolve_date(expression, "2016-12-30") == expected


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("29 December 2016", "2016-12-29"),
        ("March 2015", "2015-03"),
        ("2015", "2015"),
        # without a publication date these have no year: never the clock's
        ("Dec. 29", None),
        ("December", None),
        ("two days ago", None),
        ("Thursday", None),
        ("last month", None),
    ],
)
def test_an_undated_text_resolves_only_dates_that_name_their_year(expression, expected):
    assert resolve_date(expression, None) == expected
