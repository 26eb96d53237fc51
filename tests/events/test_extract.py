import pytest

from dragoman.extraction import extract_text


def coded(extraction):
    text = extraction.document.text
    return [
        (
            text[e.trigger[0] : e.trigger[1]],
            e.type,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.date,
            e.location.name if e.location else None,
        )
        for e in extraction.events
    ]


#: The reference article's 13 events (issue 4): accepted types, source and target country, date, place.
REFERENCE_EVENTS = {
    "US sanctions Russia": ({"SANCTION", "COERCE"}, "USA", "RUS", None, None),
    "US expels Russian diplomats": ({"SANCTION", "COERCE"}, "USA", "RUS", None, None),
    "US closes compounds in New York": ({"COERCE", "SANCTION"}, "USA", "RUS", None, "New York"),
    "US closes compounds in Maryland": ({"COERCE", "SANCTION"}, "USA", "RUS", None, "Maryland"),
    "White House penalises Moscow": ({"COERCE", "SANCTION"}, "USA", "RUS", "2016-12-29", None),
    "US accuses Russia of interference": ({"ACCUSE"}, "USA", "RUS", "2016-12-29", None),
    "US accuses Russians of intelligence work": ({"ACCUSE"}, "USA", "RUS", None, None),
    "Putin rejects Lavrov's plan": ({"REJECT"}, "RUS", "RUS", None, None),
    "Putin criticises the US steps": ({"ACCUSE"}, "RUS", "USA", None, None),
    "Putin invites US diplomats' children": ({"AGREE", "CONSULT", "COOPERATE", "SUPPORT"}, "RUS", "USA", None, None),
    "Putin greets Obama": ({"SUPPORT"}, "RUS", "USA", None, None),
    "Medvedev criticises the administration": ({"ACCUSE"}, "RUS", "USA", None, None),
    "Zakharova threatens payback": ({"THREATEN"}, "RUS", "USA", "2016-12-29", None),
    "Zakharova: Washington will receive an answer": ({"THREATEN"}, "RUS", "USA", None, None),
}


def test_reference_article_events(reference_extraction):
    events = coded(reference_extraction)
    found = {
        name
        for name, (types, source, target, date, place) in REFERENCE_EVENTS.items()
        if any(e[1] in types and e[2:4] == (source, target) and (date is None or e[4] == date) and (place is None or e[5] == place) for e in events)
    }
    assert len(found) >= 12, sorted(set(REFERENCE_EVENTS) - found)
    assert ("rejecting", "REJECT", "RUS", "RUS", None, None) in events
    assert ("warned", "THREATEN", "RUS", "USA", "2016-12-29", None) in events


def test_spans_and_evidence(reference_extraction, reference_text):
    for event in reference_extraction.events:
        start, end = event.evidence
        assert start <= event.trigger[0] < event.trigger[1] <= end <= len(reference_text)
        assert event.quad in {1, 2, 3, 4}


def test_negated_and_hypothetical_actions_are_not_coded(nlp):
    for sentence in [
        "Russia did not expel the American diplomats.",
        "If Washington imposes sanctions, Moscow would expel diplomats.",
        "The United States plans to sanction Russia next year.",
    ]:
        assert [e for e in extract_text(sentence, nlp=nlp).events if e.type == "SANCTION"] == []


def test_coordinated_and_passive_actors(nlp):
    extraction = extract_text("Russia and China condemned the United States on Monday.", published="2017-03-08", nlp=nlp)
    accusations = [e for e in extraction.events if e.type == "ACCUSE"]
    assert {e.source.country for e in accusations} == {"RUS", "CHN"}
    assert all(e.target.country == "USA" and e.date == "2017-03-06" for e in accusations)
    passive = extract_text("Moscow was penalized by Washington.", nlp=nlp).events
    assert [(e.source.code, e.target.code) for e in passive] == [("USAGOV", "RUSGOV")]


def test_speech_acts_inside_attributions(nlp):
    threat = extract_text(
        '"If Beijing deploys more missiles, it will face consequences," Japanese Defence Minister Taro Kono said on Friday.',
        published="2018-03-16", nlp=nlp,
    ).events
    assert ("THREATEN", "JPN", "CHN", "2018-03-16") in {(e.type, e.source.country, e.target.country, e.date) for e in threat}
    criticism = extract_text("German Chancellor Angela Merkel said the Russian government's conduct was shameful and dangerous.", nlp=nlp).events
    assert ("ACCUSE", "DEU", "RUS") in {(e.type, e.source.country, e.target.country) for e in criticism if e.source and e.target}


def test_words_accuse_whom_they_say_did_the_wrong(nlp):
    def accusations(text):
        return {(e.source.country, e.target.country) for e in extract_text(text, nlp=nlp).events
                if e.cameo == "112" and e.source and e.target}

    # the owner of the wrongdoing, or the doer of its clause, is accused
    assert ("DEU", "RUS") in accusations('"Russia\'s interference in the election is a fact," German Chancellor Angela Merkel said.')
    assert ("DEU", "RUS") in accusations('"Russian hackers were behind the hacking," German Chancellor Angela Merkel said.')
    # the victim, a bystander, or a word ending a compound ("low-lying") accuses no one named
    assert not accusations('"Hackers were hacking the computers of the French government," German Chancellor Angela Merkel said.')
    assert not accusations('"Monsoons could affect people in India who depend on low-lying farms," Mr. Obama said.')


def test_verbs_of_asserting_report_a_clause_and_do_nothing_to_it(nlp):
    for sentence, verb in [
        ("Republican attorneys general argue that the EPA overstepped its authority.", "argue"),
        ("If the talks fail, there are other tools, the Mexican minister argues.", "argues"),
    ]:
        extraction = extract_text(sentence, nlp=nlp)
        text = extraction.document.text
        assert [e.type for e in extraction.events if text[e.trigger[0]:e.trigger[1]] == verb] == [], sentence


def test_people_without_arms_attack_with_words(nlp):
    def attacks(sentence):
        return {(e.type, e.cameo) for e in extract_text(sentence, nlp=nlp).events if e.target is not None}

    assert attacks("Donald Trump attacked Hillary Clinton on Monday for her support of the war in Iraq.") == {("ACCUSE", "111")}
    assert attacks("Russian troops attacked Ukrainian soldiers near Donetsk.") == {("ASSAULT", "190")}
    assert attacks("Police attacked the protesters in Cairo.") == {("ASSAULT", "190")}


def test_the_tone_of_what_someone_said_is_no_act_within_one_country(nlp):
    # the words judge a third party as often as whoever they name: no criticism of the schools
    events = extract_text('"We know something is very wrong," said Blair. "Many schools in poor areas are underfunded."', nlp=nlp).events
    assert "ACCUSE" not in {e.type for e in events}


def test_acting_on_an_alleged_deed_is_an_accusation(nlp):
    events = extract_text("Britain expelled 23 Russian diplomats over the alleged poisoning of a former spy.", nlp=nlp).events
    assert ("ACCUSE", "GBR", "RUS") in {(e.type, e.source.country, e.target.country) for e in events if e.source and e.target}


def test_one_sided_act_takes_the_only_other_country_of_its_sentence(nlp):
    events = extract_text("Iran's foreign minister warned of a firm response after the United States imposed new sanctions.", nlp=nlp).events
    warning = next(e for e in events if e.type == "THREATEN")
    assert (warning.source.country, warning.target.country) == ("IRN", "USA")
    assert warning.confidence < 0.9



def test_unknown_people_are_actors_but_not_events_alone(nlp):
    extraction = extract_text("Moussa Tchangari met Jane Doe. Police in Niger arrested Moussa Tchangari.", nlp=nlp)
    uncoded = [a for a in extraction.actors if a.name == "Moussa Tchangari"]
    assert uncoded and all(a.code is None and a.country is None for a in uncoded)
    assert [(e.type, e.source.code, e.target.name) for e in extraction.events] == [("COERCE", "NERCOP", "Moussa Tchangari")]



def test_actors_named_together_agree_with_each_other(nlp):
    events = extract_text("India and Pakistan agreed to a ceasefire on Tuesday.", nlp=nlp).events
    pairs = {(e.source.country, e.target.country) for e in events if e.type == "AGREE" and e.source and e.target}
    assert pairs == {("IND", "PAK"), ("PAK", "IND")}


def test_an_actor_committing_to_cooperation_is_a_promise(nlp):
    """PLOVER's AGREE covers commitments: "will withdraw" by a political actor, not what it "could" do
    or what something that is not an actor "will" do."""
    for sentence in ["Israel will withdraw its troops from the West Bank.", "Germany is willing to provide aid to Jordan."]:
        promises = [e for e in extract_text(sentence, nlp=nlp).events if e.type == "AGREE"]
        assert promises and promises[0].source.country in {"ISR", "DEU"}, sentence
    for sentence in ["Israel could withdraw its troops from the West Bank.", "The economy will provide more jobs to Jordan."]:
        assert not [e for e in extract_text(sentence, nlp=nlp).events if e.type == "AGREE"], sentence



def test_undoing_an_act_is_not_the_act(nlp):
    lifted = extract_text("Saudi Arabia lifted its blockade of Yemen.", nlp=nlp).events
    assert [(e.type, e.source.country, e.target.country) for e in lifted] == [("RETREAT", "SAU", "YEM")]
    eased = extract_text("The United States lifted sanctions on Iran.", nlp=nlp).events
    assert "SANCTION" not in {e.type for e in eased}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # agent phrases act and are acted on, with the country their phrase names
        ("Police in Nigeria arrested the journalist on Monday.", ("COERCE", "NGACOP", "journalist")),
        ("Iran's army attacked Kurdish rebels near the border.", ("ASSAULT", "IRNMIL", "Kurdish rebels")),
        # the target named through the verb's object or a verb of intent's infinitive
        ("German prosecutors have launched an investigation into Volkswagen.", ("ACCUSE", "DEUJUD", "Volkswagen")),
        ("Japan agreed to provide Vietnam with patrol boats.", ("AGREE", "JPN", "Vietnam")),
        # a nominal act with its actors in the phrase
        ("The FBI opened an investigation into Clinton's email server.", ("ACCUSE", "USACOP", "Clinton")),
        # cooperation an actor says it will not give, or refuses to give, is a rejection
        ("Moscow will not release the Ukrainian sailors.", ("REJECT", "RUSGOV", "Ukrainian")),
        ("Germany refused to send aid to Iraq.", ("REJECT", "DEU", "Iraq")),
        # undoing a conflictual act its object names is a concession
        ("The United States lifted its embargo against Cuba.", ("RETREAT", "USA", "Cuba")),
        # an arrest or a release with no one named as acting: the state where it happened
        ("Two activists were detained on Monday in Egypt.", ("COERCE", "EGY", "activists")),
        ("Three Russians have been released from captivity in Libya, the Russian embassy in Tunisia said.", ("RETREAT", "LBYGOV", "Russians")),
        # an apposition names the target
        ("Venezuela has banned a second opposition member, former mayor Vicencio Scarano, from holding office.", ("COERCE", "VEN", "Vicencio Scarano")),
        # verbal cooperation refused in the future; what a reported clause says its subject must do
        ("Slovakia says it will not accept refugees from Syria.", ("REJECT", "SVK", "refugees")),
        ("The United States said that North Korea must give up its nuclear weapons.", ("REQUEST", "USA", "North Korea")),
        # the subject's own troops are no target; undoing cooperation reduces relations
        ("Russia is willing to withdraw its troops from Syria.", ("AGREE", "RUS", "Syria")),
        ("The European Union reduced its aid to Uganda.", ("SANCTION", "IGOEUREEC", "Uganda")),
        # a pact signed by actors named together; an act noun carried by its verb
        ("India and Pakistan signed a trade pact.", ("SUPPORT", "IND", "Pakistan")),
        ("The Syrian army stepped up attacks on rebels in Idlib.", ("ASSAULT", "SYRMIL", "Syrian rebels")),
        # sides named together act with each other, also through an infinitive or "between"
        ("The United Kingdom and the European Union have agreed a trade and cooperation agreement.", ("SUPPORT", "IGOEUREEC", "United Kingdom")),
        ("The Netherlands and Russia failed to reach agreement on a new tax treaty.", ("REJECT", "NLD", "Russia")),
        ("British and EU negotiators have failed to reach a deal.", ("REJECT", "IGOEUREEC", "British")),
        ("Talks between Israel and Hamas resumed in Cairo.", ("CONSULT", "ISR", "Hamas")),
        # the target of a measure its object names; a demanded state; a group by its named members
        ("Japan has decided to lift economic sanctions imposed on India.", ("CONCEDE", "JPN", "India")),
        ("Foreign Minister Urmas Paet said the European Union must be ready to mediate.", ("REQUEST", "ESTGOV", "European Union")),
        ("Several unions, including the American Federation of Teachers and the AFL-CIO, have endorsed Clinton.", ("SUPPORT", "USAEDU", "Clinton")),
        # coordinated modifiers; what sides exchange or allow is no side
        ("UK and EU negotiators have agreed a landmark trade agreement.", ("SUPPORT", "IGOEUREEC", "UK")),
        ("The United States and Sudan will exchange ambassadors.", ("AGREE", "USA", "Sudan")),
        ("Government officials and rebels in South Sudan agreed to allow humanitarian access for people.", ("AGREE", "SSDGOV", "rebels")),
        # giving in to a demand; an act received from its author; an act noun carried by "performed"
        ("Nepal's government accepts the key demands by protesters in southern Nepal.", ("CONCEDE", "NPLGOV", "Nepalese protesters")),
        ("Nepal's government accepts the key demands by protesters in southern Nepal.", ("REQUEST", "NPLOPP", "Nepal's government")),
        ("Sudan received an invitation from Russia to attend the summit.", ("CONSULT", "RUS", "Sudan")),
        ("The armies of Brazil and Argentina performed joint war games in October.", ("COOPERATE", "BRAMIL", "Argentina")),
        # a pattern word in a clause on the object is not the verb's ("a bid to issue a statement")
        ("Israel's prime minister rejected a bid by Egypt to issue a statement condemning the visit.", ("REJECT", "ISRGOV", "Egypt")),
        # the phrase the parser hangs beside a dateline acts; "set free" releases
        ("MOGADISHU, Somalia -- A U.S. military airstrike has killed a worker for a telecom company.", ("ASSAULT", "USA", "worker")),
        ("Ethiopia let free some 74 political leaders and members of a tiny rebel group.", ("CONCEDE", "ETH", "tiny rebel group")),
        # giving back; part of one's own troops is no target; an act named by a generic noun's modifier
        ("The United States returned 12 human skulls to Peru.", ("RETREAT", "USA", "Peru")),
        ("A gold bookmark was returned by US officials to Spanish authorities.", ("RETREAT", "USAGOV", "Spanish authorities")),
        ("Israel's air force carried out strikes against Hamas targets in Gaza.", ("ASSAULT", "ISRMIL", "Hamas")),
        # a deal signed together; criticism someone faces from its author
        ("Japan and the United States signed a limited trade deal.", ("SUPPORT", "JPN", "United States")),
        ("Iran's government faces widespread criticism from the UN over its detention of activists.", ("ACCUSE", "IGOUNO", "Iran's government")),
        ("Russia has begun withdrawing some of its troops from Syria.", ("RETREAT", "RUS", "Syria")),
        ("Russia's president launched a mediation effort between India and Pakistan.", ("CONSULT", "RUSGOV", "Pakistan")),
        # what belongs to an agent stands for it
        ("The Taliban ambushed a police convoy in western Afghanistan.", ("ASSAULT", "AFGREB", "police convoy")),
        # a dative "to" names its object, not itself
        ("Ecuador's president granted a pardon to the jailed opposition leader.", ("CONCEDE", "ECUGOV", "jailed opposition leader")),
        ("Turkey granted asylum to the Iranian dissident.", ("AID", "TUR", "Iranian dissident")),
        # a commitment to verbal cooperation is a promise; a cease-fire signed together
        ("Japan is ready to offer support to the Philippine government.", ("AGREE", "JPN", "Philippine government")),
        ("Ghana and Togo signed a cease-fire.", ("RETREAT", "GHA", "Togo")),
        # force used on a place: the place is the target, also in the actor's own country
        ("Iraqi government troops have captured the mosque in Mosul.", ("ASSAULT", "IRQMIL", "Mosul")),
        # cooperation its carrying verb refuses, also with a subject that names nobody else
        ("Russia will not send aid to Syria.", ("REJECT", "RUS", "Syria")),
        ("Neither Russia nor China will send aid to Syria.", ("REJECT", "CHN", "Syria")),
        # a relative pronoun stands for the noun its clause hangs on
        ("The U.N., which imposed sanctions on North Korea in March, called a meeting.", ("SANCTION", "IGOUNO", "North Korea")),
        ("The protesters, who were arrested by Turkish police, were released on Monday.", ("COERCE", "TURCOP", "protesters")),
    ],
)
def test_who_did_what_to_whom(nlp, sentence, expected):
    events = extract_text(sentence, nlp=nlp).events
    assert expected in {(e.type, e.source.code, e.target.name) for e in events if e.source and e.target}


def test_an_event_with_one_side_unknown_is_less_certain(nlp):
    attack = [e for e in extract_text("The Taliban attacked a checkpoint.", nlp=nlp).events if e.type == "ASSAULT"]
    assert attack and attack[0].target is None and attack[0].confidence <= 0.8


@pytest.mark.parametrize(
    "sentence",
    [
        "Clinton was asleep during the attack on the U.S. compound in Benghazi.",
        "Trump mocked the attack on Senator John McCain, a former prisoner in Vietnam.",
    ],
)
def test_the_phrase_of_the_side_acted_on_names_no_other_side(nlp, sentence):
    attack = [e for e in extract_text(sentence, nlp=nlp).events if e.type == "ASSAULT"]
    assert attack and all(e.source is None for e in attack)


def test_a_time_phrase_names_no_target(nlp):
    sentence = "On the eve of a visit by Iran's president, the Egyptian authorities freed 11 political prisoners."
    freed = [(e.source.code, e.target.name) for e in extract_text(sentence, nlp=nlp).events if e.type == "RETREAT"]
    assert freed == [("EGYGOV", "political prisoners")]


@pytest.mark.parametrize(
    "sentence",
    [
        '"I think NATO may be obsolete," the senator said.',  # a verb of thought is no consultation
        "Crime fell by a third, according to the Federal Bureau of Investigation.",  # "according to" is no act
        "The IMF expects that U.S. output will expand by 1.6 percent.",  # a wish or forecast is no intent to cooperate
        "Germany refrained from criticizing China.",  # an act refrained from is not done
        "Turkey stopped short of condemning Russia.",
        # a subject that suffers or strains does not attack
        "The United Nations has struggled to make a difference in Syria.",
        "Two Russian soldiers died in Syria on Monday.",
        "The Iranian budget contains new spending for Syria.",  # "contain" is "include"
        # the tone of words a dash credits to a private person is no act towards a country
        "“He is a disgrace to the U.S. and to all of us. Horrible, hateful, shameful.” ― Maria Lopez",
        # cooperation with one side unknown: mostly ordinary verbs, not acts between parties
        "The House Oversight and Government Reform Committee voted 19-15 along party lines.",
        "Mr. Obama served as a senator from Illinois.",
        "Presidential candidates generally benefit from lowered debate expectations.",
        # a verbal act supposed, not announced ("will", "would" announce it)
        "Russia could deny Ukraine new loans.",
        "China might criticize Japan over the visit.",
        # a subject that names nobody denies the act, also one reported as words
        "Neither Russia nor China criticized Syria.",
        "No country condemned Russia.",
    ],
)
def test_words_that_are_no_act(nlp, sentence):
    assert list(extract_text(sentence, nlp=nlp).events) == []
