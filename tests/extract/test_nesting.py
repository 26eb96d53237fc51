from dragoman.extract.nesting import nested_roles
from dragoman.extract.quotes import Attribution, attributions
from dragoman.extraction import extract_text

MANAFORT = (
    "According to State Department cables, Mr. Manafort frequently pressed American diplomats in Ukraine "
    "to treat Mr. Yanukovych equally."
)


def test_an_attribution_whose_cue_lies_in_anothers_content_is_nested_in_it():
    outer = Attribution(cue=(0, 4), source=None, content=[(5, 60)], kind="indirect", confidence=0.8)
    inner = Attribution(cue=(20, 24), source=(10, 19), content=[(25, 60)], kind="indirect", confidence=0.8)
    apart = Attribution(cue=(70, 74), source=(62, 69), content=[(75, 90)], kind="indirect", confidence=0.8)
    assert nested_roles([outer, inner, apart]) == {0: [("outer", 1)], 1: [("inner", 0)]}


def test_the_unlikely_one_of_a_nested_pair_is_dropped(nlp):
    doc = nlp(MANAFORT)
    assert len(list(attributions(doc, resolve=lambda _text, found: found))) == 2
    (quote,) = extract_text(MANAFORT, nlp=nlp).quotes
    assert MANAFORT[quote.content[0][0] :].startswith("Mr. Manafort frequently pressed")
    assert MANAFORT[slice(*quote.source)] == "State Department cables"
