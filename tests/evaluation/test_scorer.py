import pytest

from dragoman.evaluation.brat import GoldAttribution, parse_ann
from dragoman.evaluation.quotes import score_article
from dragoman.model import Quote

TEXT = 'Putin said he saw the sanctions as a step. "It is sad," Medvedev said.'


def test_parse_ann_reads_discontinuous_spans_and_relations():
    ann = "T1\tSource 0 5\tPutin\nT2\tCue 6 10\tsaid\nT3\tContent 11 20;25 30\tx\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\nbroken line\n"
    (gold,) = parse_ann(ann)
    assert gold.content == ((11, 20), (25, 30)) and gold.source == ((0, 5),) and gold.cue == ((6, 10),)


def test_exact_loose_source_and_kind():
    gold = [
        GoldAttribution(content=((11, 42),), source=((0, 5),), cue=((6, 10),)),
        GoldAttribution(content=((43, 55),), source=((56, 64),), cue=((65, 69),)),
    ]
    predicted = [
        Quote(content=((11, 41),), kind="indirect", source=(0, 5)),  # same words, punctuation differs: exact
        Quote(content=((43, 50),), kind="direct", source=(0, 5)),  # "It is sa": loose, wrong source
    ]
    scores = score_article(TEXT, predicted, gold).summary()
    assert scores["exact"]["f1"] == 0.5 and scores["loose"]["f1"] == 1.0
    assert scores["source_accuracy"] == 0.5
    assert scores["recall_by_kind"] == {"direct": 1.0, "indirect": 1.0}


def test_one_to_one_matching():
    gold = [GoldAttribution(content=((11, 42),), source=(), cue=())]
    predicted = [Quote(content=((11, 42),), kind="indirect"), Quote(content=((11, 42),), kind="indirect")]
    scores = score_article(TEXT, predicted, gold).summary()
    assert scores["loose"]["precision"] == 0.5 and scores["loose"]["recall"] == 1.0
    assert scores["source_accuracy"] == 1.0


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("he’ll be looking to prove that he’s no fluke", "indirect"),  # apostrophes are no quote marks
        ("Mrs. Clinton's best defense", "indirect"),
        ("the voters’ anger", "indirect"),
        ("Guns Are ‘The Ultimate Public Health Crisis,’", "mixed"),
        ("his opponent ''Senator Cruz'' again", "mixed"),
        ("“All of it.”", "direct"),
    ],
)
def test_gold_kind_reads_quote_marks_not_apostrophes(content, kind):
    assert GoldAttribution(content=((0, len(content)),), source=(), cue=()).kind(content) == kind
