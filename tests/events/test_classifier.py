"""The packaged PLOVER classifier: its tokenizer keeps the role markers whole, its int8 products are
exact on every CPU, and it types plain cases."""

from importlib import resources

import onnx
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


def test_int8_weights_are_unsigned():
    # With int8 weights, CPUs without AVX-512 VNNI multiply with VPMADDUBSW, whose 16-bit sums
    # saturate: the same model scored 0.885 / 0.851 on the dev split there and 0.889 / 0.854
    # elsewhere. uint8 weights (scripts/unsign_int8_weights.py) are multiplied exactly everywhere.
    path = resources.files("dragoman.data").joinpath("event_classifier", "model.int8.onnx")
    graph = onnx.load(str(path)).graph
    types = {tensor.name: tensor.data_type for tensor in graph.initializer}
    weights = [node.input[1] for node in graph.node if node.op_type == "MatMulInteger"]
    assert weights
    assert {types[name] for name in weights} == {onnx.TensorProto.UINT8}


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
