"""The CAMEO verb lexicon: a verb's code is refined by the patterns its following words match."""

import pytest

from dragoman.events.lexicon import verb_lexicon


def _code(nlp, sentence: str, verb: str) -> str | None:
    token = next(t for t in nlp(sentence) if t.text == verb)
    code = verb_lexicon().code_for(token)
    return code.code if code else None


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        ("President Obama flew to Beijing on Monday.", "flew", "036"),  # "fly to": a journey
        ("President Obama flew here to swim with monk seals.", "flew", None),  # an infinitive's "to" is no destination
    ],
)
def test_a_one_word_pattern_needs_the_preposition_not_an_infinitive(nlp, sentence, verb, expected):
    assert _code(nlp, sentence, verb) == expected


def test_a_pattern_does_not_reach_into_a_time_phrase(nlp):
    # PETRARCH's "say ... release" pattern: "after her release" says when, not what was said
    assert _code(nlp, "The Australian ambassador said months after her release that she never lost hope.", "said") != "0841"
    assert _code(nlp, "The army released the hostages after the talks.", "released") == "0841"


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Congress passed the bill on Thursday.", "passed"),
        ("The think tank issued a policy paper on Monday.", "issued"),
        ("The fund increased its growth forecast for Britain.", "increased"),
        ("Experts linked the breach to a Russian military hacking group.", "linked"),
    ],
)
def test_verbs_whose_objects_are_laws_and_papers_code_only_through_a_pattern(nlp, sentence, verb):
    assert _code(nlp, sentence, verb) is None


def test_a_pattern_of_a_lone_preposition_belongs_to_its_own_verb(nlp):
    # PETRARCH's "- * (FOR) [042] # HEAD": "headed for Moscow" is a trip; "ruled ... for removing" is not
    assert _code(nlp, "The delegation headed for Moscow on Monday.", "headed") == "042"
    assert _code(nlp, "A federal appeals court ruled against Ohio's procedure for removing voters.", "ruled") != "042"
