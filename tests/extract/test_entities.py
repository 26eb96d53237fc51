def test_entities_spans_and_canonical_names(reference_extraction, reference_text):
    assert reference_extraction.entities
    for entity in reference_extraction.entities:
        start, end = entity.span
        assert reference_text[start:end] == entity.text
    names = {e.text: e.name for e in reference_extraction.entities}
    assert names["Dmitry Medvedev"] == "Dmitry Medvedev"
    assert names["Spokesperson Maria Zakharova"] == "Maria Zakharova"


def test_a_persons_name_tagged_as_an_organisation_is_a_person(nlp):
    from dragoman.extraction import extract_text

    extraction = extract_text("Nikki Haley met Marco Rubio. Al Qaeda claimed the attack. She said the talks failed.", nlp=nlp)
    labels = {e.text: e.label for e in extraction.entities}
    assert labels["Nikki Haley"] == "PERSON"  # the small model says ORG
    assert labels["Al Qaeda"] == "ORG"  # "Al" is a first name, "Qaeda" no common surname
    assert extraction.quotes[-1].speaker.name == "Nikki Haley"  # and her first name says "she"
