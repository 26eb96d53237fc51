"""The whole extraction on arbitrary text: no exception, every span inside the text and true to it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dragoman.extraction import extract_documents
from dragoman.model import Document

ODD = "\u200b\u200d\u200e\u202e\u2066\ufeff\x00\x07\x1b\r\t\n“”‘’\"'«»‹›„—–…"
WORDS = ["Putin", "said", "Russia", "sanctions", "the", "White House", "she", "told", "according to", ":", "\n\n", "مرحبا", "שלום", "警告"]
texts = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.sampled_from(ODD + "ab ."), max_size=400),
    st.lists(st.sampled_from(WORDS + list(ODD)), max_size=80).map(" ".join),
)


def check_spans(extraction):
    text = extraction.document.text
    n = len(text)

    def ok(span):
        return span is None or (0 <= span[0] <= span[1] <= n)

    for entity in extraction.entities:
        assert ok(entity.span) and text[entity.span[0] : entity.span[1]] == entity.text
    for actor in extraction.actors:
        assert ok(actor.span) and text[actor.span[0] : actor.span[1]] == actor.text
    for quote in extraction.quotes:
        assert quote.content and all(ok(s) for s in quote.content) and ok(quote.cue) and ok(quote.source)
        assert all(ok(r.span) for r in quote.via)
    for event in extraction.events:
        assert ok(event.trigger) and ok(event.evidence)
    assert extraction.problems == ()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts.filter(lambda t: t.strip()))
def test_arbitrary_text(nlp, text):
    (extraction,) = extract_documents([Document(text=text)], nlp=nlp)
    check_spans(extraction)


@pytest.mark.parametrize(
    "text",
    [
        '"' * 5000,
        "“" * 3000 + " said Putin " + "”" * 3000,
        "‘’" * 2000,
        ('"He said," she said, "' * 400) + "end",
        "\u202eRussia said the talks failed.\u202c " * 50,
        "Putin\u200b said\u200d “no”.",
    ],
)
def test_hostile_quote_marks_and_control_characters(nlp, text):
    (extraction,) = extract_documents([Document(text=text)], nlp=nlp)
    check_spans(extraction)


@pytest.mark.slow
def test_a_single_five_megabyte_line(nlp):
    """Parsed in chunks; "sentences" thousands of tokens long are not prose and yield no records."""
    sentence = "Russia expelled diplomats and Putin said the sanctions were provocative; "
    text = sentence * (5_000_000 // len(sentence))
    (extraction,) = extract_documents([Document(text=text)], nlp=nlp)
    check_spans(extraction)
    assert extraction.entities and len(extraction.document.text) == len(text)
