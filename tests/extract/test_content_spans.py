from dragoman.extract.content_spans import candidates, choose_content


def _rule_content(doc, cue):
    (clause,) = [c for c in cue.children if c.dep_ == "ccomp"]
    return {t.i for t in clause.subtree}


def test_candidates_hold_the_rules_span_and_its_cuts(nlp):
    doc = nlp("The senator said that the bill would fail, adding to the gloom in the chamber.")
    cue = doc[2]
    found = {doc[min(c.tokens) : max(c.tokens) + 1].text: c for c in candidates(doc, cue, _rule_content(doc, cue), {0, 1, 2})}
    assert found["that the bill would fail, adding to the gloom in the chamber"].from_rules
    assert "var=cut," in found["that the bill would fail"].tags
    assert "var=lead_that" in found["the bill would fail, adding to the gloom in the chamber"].tags
    assert all(not ({0, 1, 2} & c.tokens) for c in found.values())


def test_quoted_content_is_left_to_the_quote_marks(nlp):
    doc = nlp('The senator said "the bill would fail, as everyone knows."')
    cue = doc[2]
    rule = _rule_content(doc, cue)
    assert choose_content(doc, cue, rule, {0, 1, 2}, frozenset(range(3, len(doc)))) == rule


def test_the_chosen_content_is_one_of_the_candidates(nlp):
    doc = nlp("The minister warned on Monday of a recession, citing weak exports.")
    cue = doc[2]
    rule = {t.i for t in doc[5].subtree}
    chosen = choose_content(doc, cue, rule, {0, 1, 2}, frozenset())
    assert frozenset(chosen) in {c.tokens for c in candidates(doc, cue, rule, {0, 1, 2})}
