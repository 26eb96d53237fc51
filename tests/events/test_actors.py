import pytest

from dragoman.events.actors import code_mention
from dragoman.extraction import extract_text


@pytest.mark.parametrize(
    ("sentence", "mention", "date", "name", "code"),
    [
        ("Putin spoke.", "Putin", "2016-12-30", "Vladimir Putin", "RUSGOV"),
        ("Putin spoke.", "Putin", "1998-01-01", "Vladimir Putin", "RUSELI"),
        ("Russian Prime Minister Dmitry Medvedev spoke.", "Dmitry Medvedev", "2016-12-30", "Dmitry Medvedev", "RUSGOV"),
        ("Russian Foreign Ministry Spokesperson Maria Zakharova spoke.", "Maria Zakharova", "2016-12-30", "Maria Zakharova", "RUSGOV"),
        ("The Kremlin said no.", "Kremlin", "2016-12-30", "Kremlin", "RUSGOV"),
        ("Moscow said no.", "Moscow", "2016-12-30", "Moscow", "RUSGOV"),
        ("The White House said no.", "White House", "2016-12-30", "White House", "USAGOV"),
        ("Reuters reported it.", "Reuters", "2016-12-30", "Reuters", "MED"),
        ("TASS reported it.", "TASS", "2016-12-30", "TASS", "RUSMED"),
        ("NATO met.", "NATO", "2016-12-30", "NATO", "IGOWSTNAT"),
        ("Russia's Foreign Ministry said so.", "Foreign Ministry", "2016-12-30", "Russian Foreign Ministry", "RUSGOV"),
        ("President-elect Donald Trump spoke.", "Donald Trump", "2016-12-30", "Donald Trump", "ELI"),
        ("The billionaire Mark Cuban spoke.", "Mark Cuban", "2016-09-25", "Mark Cuban", None),  # a surname is no nationality
        ("The aide Benjamin J. Rhodes spoke.", "Benjamin J. Rhodes", "2016-09-08", "Benjamin J. Rhodes", None),  # nor a place
    ],
)
def test_code_mention(nlp, sentence, mention, date, name, code):
    doc = nlp.make_doc(sentence)
    for _name, process in nlp.pipeline:
        if not _name.startswith("dragoman_") or _name == "dragoman_sentences":
            doc = process(doc)
    start = sentence.index(mention)
    span = doc.char_span(start, start + len(mention), label="PERSON" if name.count(" ") and "Ministry" not in name else "ORG")
    coding = code_mention(span, mention, date)
    assert coding is not None and (coding.name, coding.code) == (name, code)


def test_mentions_of_one_entity_share_its_actor(reference_extraction):
    by_text = {}
    for actor in reference_extraction.actors:
        by_text.setdefault(actor.name, set()).add(actor.code)
    assert by_text["Maria Zakharova"] == {"RUSGOV"}
    assert by_text["Vladimir Putin"] == {"RUSGOV"}
    assert by_text["Barack Obama"] == {"USAGOV"}


def test_a_dateline_is_no_actor(nlp):
    from dragoman.extraction import extract_text

    extraction = extract_text("THE HAGUE, Netherlands -- A Dutch court on Friday convicted a Rwandan general.", nlp=nlp)
    assert {"HAGUE", "Netherlands"}.isdisjoint({a.text for a in extraction.actors})
    assert ("NLDJUD", "RWA") in {(e.source.code, e.target.country) for e in extraction.events if e.source and e.target}


@pytest.mark.parametrize(
    ("text", "datelines"),
    [
        ("WASHINGTON (Reuters) - The U.S. Senate voted.", ["WASHINGTON (Reuters) -"]),
        ("Intro.\nMOGADISHU, Somalia -- A U.S. airstrike hit.", ["MOGADISHU, Somalia --"]),
        ("NATO - The alliance met.", []),
        ("TRUMP: We will win.", []),
    ],
)
def test_dateline_spans(text, datelines):
    from dragoman.events.actors import dateline_spans

    assert [text[s:e] for s, e in dateline_spans(text)] == datelines


def test_an_apposition_lists_no_nationality_for_its_head(nlp):
    sentence = "The Organization of Islamic Cooperation (OIC) , UN, NATO and Iran on Wednesday strongly condemned the attack."
    organisation = next(a for a in extract_text(sentence, nlp=nlp).actors if a.text.startswith("The Organization"))
    assert organisation.country is None  # Iran is listed beside it, not its country
