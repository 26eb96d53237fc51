"""The packaged PLOVER classifier: its tokenizer keeps the role markers whole, and it types plain cases."""

import pytest

from dragoman.events.classifier import event_classifier, mark


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return (start, start + len(words))


def test_role_markers_are_single_tokens():
    # The model reads its source and target vectors at the [S] and [T] tokens: were a marker split
    # into word pieces, it would silently read the [CLS] vector instead.
    tokens = event_classifier().tokenizer.encode(mark("Russia expelled diplomats.", (0, 6), (16, 25))).tokens
    assert tokens == ["[CLS]", "[S]", "russia", "[/S]", "expelled", "[T]", "diplomats", "[/T]", ".", "[SEP]"]


@pytest.mark.parametrize(
    ("text", "source", "target", "expected"),
    [
        ("Russia expelled 35 American diplomats.", "Russia", "35 American diplomats", "SANCTION"),
        ("Rebels shelled the army base overnight, killing four soldiers.", "Rebels", "the army base", "ASSAULT"),
        ("The prime minister met his Japanese counterpart in Tokyo on Monday.", "The prime minister", "his Japanese counterpart", "CONSULT"),
        ("Protesters marched on the embassy to denounce the government.", "Protesters", "the embassy", "PROTEST"),
        ("The ministry rejected the proposal by Germany.", "The ministry", "Germany", "REJECT"),
    ],
)
def test_plain_sentences_get_their_type(text, source, target, expected):
    (scores,) = event_classifier().classify([(text, _span(text, source), _span(text, target))])
    assert max(scores, key=scores.__getitem__) == expected
    assert scores[expected] > 0.5
