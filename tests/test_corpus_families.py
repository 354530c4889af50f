"""Families of copies: OCR-tolerant shared text, coverage of both articles, average linkage."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from itertools import combinations

import pytest

from sourcier.corpus import Corpus
from sourcier.corpus import families as families_mod
from sourcier.corpus.families import average_linkage, copy_pairs, normalise, text_grams
from sourcier.extract import article_from_text

WIRE = (
    "GENEVA (Wire) - The regional parliament approved on Tuesday a plan to double the number "
    "of night trains between Geneva and Lausanne from next spring, after a debate that lasted "
    "more than six hours. The transport minister said the extra trains would cost about 14 "
    "million francs a year and would be paid for by a small rise in parking fees near the "
    "stations. Opponents argued that the money would be better spent on buses in the valleys, "
    "where many villages have no service after eight in the evening. A petition signed by "
    "12,400 residents had asked for the night trains last year. The first new services are "
    "expected to run in April, the rail company said in a statement, adding that it still had "
    "to hire forty drivers and train them over the winter."
)
# the same story as an old newspaper's OCR would give it: broken words, spaces, accents
WIRE_OCR = (
    "GENEVA (Wire) — The regional par-\nliament approved on Tuesday a pian to double the "
    "num ber of night trains between Geneva and Lau-\nsanne from next spring, after a debate "
    "that lasted more than six hours. The trans port minister said the extra trains would cost "
    "about 14 million francs a year and would be paid for by a smali rise in parking fees near "
    "the stations. Opponents argued that the money would be better spent on buses in the "
    "valleys, where many villages have no service after eight in the evening. A petition "
    "signed by 12,400 residents had asked for the night trains last year. The first new "
    "services are expected to run in April, the rail company said in a statement, adding that "
    "it still had to hire forty drivers and train them over the winter."
)
# a republisher that kept the first half and added its own closing line
WIRE_CUT = WIRE[: WIRE.index(" Opponents")] + (
    " Readers can send us their views on the new timetable through our website."
)
ZOO = (
    "The city zoo welcomed two red panda cubs born in early June, the first births of the "
    "species in the park for a decade. Keepers said the cubs, a male and a female, were "
    "healthy and would stay with their mother in a quiet enclosure until the autumn. Visitors "
    "will be able to see them from a new viewing platform that opens next month. The zoo "
    "takes part in a European breeding programme for the endangered animals, which live in "
    "the forests of the eastern Himalayas and are threatened by the loss of their habitat."
)
# a long round-up page quoting the zoo story's lead and one sentence of the wire story
ROUNDUP = (
    "Our morning briefing covers the day's regional news. "
    + ZOO[: ZOO.index(" Keepers")]
    + " In politics, the regional parliament approved on Tuesday a plan to double the number "
    "of night trains between Geneva and Lausanne from next spring. "
    + "Weather: sunny spells in the morning, showers from the west in the afternoon, highs of "
    "twenty-two degrees by the lake and seventeen in the mountains. Sport: the local football "
    "club signed a new goalkeeper from a second-division side on a three-year contract, and "
    "the cycling race through the vineyards drew a record field of nine hundred riders. "
    "Culture: the summer festival announced its programme, with forty concerts on three "
    "stages, free entry for children and a new late-night stage on the old harbour pier."
)


def test_normalise_folds_ocr_layout():
    assert normalise("Lau-\nsanne, l'été  à 14 h.") == "lausanneleteа14h".replace("а", "a")
    clean, ocr = text_grams(WIRE), text_grams(WIRE_OCR)
    shared = len(clean & ocr) / min(len(clean), len(ocr))
    assert shared > 0.8  # broken spaces and hyphens do not matter; a few misread letters do
    assert len(clean & text_grams(ZOO)) <= 2


def test_copy_pairs_need_shared_text_covering_both():
    texts = [WIRE, WIRE_OCR, WIRE_CUT, ZOO, ROUNDUP]
    pairs = {(a, b) for a, b, _ in copy_pairs(texts)}
    assert {(0, 1), (0, 2), (1, 2)} <= pairs  # OCR copy and cut copy
    # the round-up quotes the zoo story's lead and one sentence of the wire: it is a copy
    # of neither, the shared text being a small part of each story
    assert not {(0, 4), (1, 4), (2, 4), (3, 4)} & pairs
    assert (0, 3) not in pairs


def test_average_linkage_does_not_chain_through_one_pair():
    tight = [(a, b, 0.9) for a, b in combinations(range(3), 2)]
    tight += [(a, b, 0.9) for a, b in combinations(range(3, 6), 2)]
    bridge = [(2, 3, 0.9)]
    labels = average_linkage(6, tight + bridge, 0.2)
    assert len(set(labels[:3])) == 1 and len(set(labels[3:])) == 1
    assert labels[0] != labels[3]  # connected components would give one group
    # a strong pair with nothing else around it merges
    assert len(set(average_linkage(2, [(0, 1, 0.5)], 0.2))) == 1
    assert len(set(average_linkage(2, [(0, 1, 0.1)], 0.2))) == 2


def test_families_groups_copies_not_roundups(tmp_path):
    arts = {name: article_from_text(text, url=f"https://{name}.example/a", lang="en")
            for name, text in (("wire", WIRE), ("ocr", WIRE_OCR), ("cut", WIRE_CUT),
                               ("zoo", ZOO), ("roundup", ROUNDUP))}
    with Corpus.open(tmp_path / "store", encoder="char-hash") as corpus:
        corpus.add(arts.values())
        fams = corpus.families(use_compare=False)
    by_id = {a.id: n for n, a in arts.items()}
    groups = [{by_id[m.id] for m in f.members} for f in fams]
    assert groups == [{"wire", "ocr", "cut"}]


def _passim(folder, n_clusters: int) -> tuple[list[str], list[int]]:
    """Texts and cluster ids of the passages of the first ``n_clusters`` passim clusters of
    at most 20 passages (the large ones are recurring advertisements: slow, little news)."""
    recs = []
    for f in sorted(folder.glob("*.json")):
        with f.open(encoding="utf-8") as fh:
            recs.extend(json.loads(line) for line in fh)
    sizes = Counter(r["cluster"] for r in recs)
    keep = set(sorted(c for c, n in sizes.items() if n <= 20)[:n_clusters])
    chosen = [r for r in recs if r["cluster"] in keep]
    return [re.sub(r"(\w)-\n(\w)", r"\1\2", r["text"]) for r in chosen], \
        [r["cluster"] for r in chosen]


def test_passim_ocr_passages_pair_up(shared_data):
    folder = shared_data / "passim-impresso" / "impresso" / "passim-output" / "out.json"
    if not folder.is_dir():
        pytest.skip(f"{folder} not found")
    texts, gold = _passim(folder, 400)
    found = {(a, b) for a, b, _ in copy_pairs(texts)}
    by_cluster = defaultdict(list)
    for i, c in enumerate(gold):
        by_cluster[c].append(i)
    # clusters of two passages: the same notice printed twice, OCR'd twice
    twins = [tuple(v) for v in by_cluster.values() if len(v) == 2]
    assert len(twins) > 100
    recall = sum(p in found for p in twins) / len(twins)
    precision = sum(gold[a] == gold[b] for a, b in found) / len(found)
    assert recall > 0.85 and precision > 0.8, (recall, precision)


def test_shared_counts_match_brute_force(monkeypatch):
    import numpy as np

    from sourcier.corpus import families as fam

    rng = np.random.default_rng(7)
    grams = [np.unique(rng.integers(0, 300, size=rng.integers(0, 60)).astype(np.uint64))
             for _ in range(40)]
    df = Counter(int(h) for g in grams for h in g)
    expected = {}
    for a, b in combinations(range(len(grams)), 2):
        n = sum(1 for h in set(grams[a].tolist()) & set(grams[b].tolist()) if df[h] <= 6)
        if n >= 2:
            expected[(a, b)] = n
    monkeypatch.setattr(fam, "BLOCK", 50)  # many small blocks: boundaries must not matter
    a, b, n = fam.shared_counts(grams, max_df=6, min_shared=2)
    pairs = zip(a.tolist(), b.tolist(), strict=True)
    assert dict(zip(pairs, n.tolist(), strict=True)) == expected
    assert fam.default_max_df(600) == fam.MAX_DF  # small corpora: the floor
    assert fam.default_max_df(16_000) == 1600  # a tenth of the corpus
    assert fam.default_max_df(10**6) == fam.MAX_DF_CAP


# the wire story as a republisher edited it: one number changed, all else verbatim
WIRE_EDITED = WIRE.replace("about 14 million", "about 41 million")


def test_family_relations_follow_the_comparison_verdict(tmp_path):
    arts = {name: article_from_text(text, url=f"https://{name}.example/a", lang="en",
                                    published=date)
            for name, text, date in (("wire", WIRE, "2024-05-02T08:00:00"),
                                     ("copy", WIRE, "2024-05-02T10:30:00"),
                                     ("edited", WIRE_EDITED, "2024-05-03T08:00:00"),
                                     ("zoo", ZOO, "2024-05-02T09:00:00"))}
    by_id = {a.id: n for n, a in arts.items()}
    with Corpus.open(tmp_path / "store", encoder="char-hash") as corpus:
        corpus.add(arts.values())
        full = corpus.families()
        cheap = corpus.families(compare_members=0)
        budget = corpus.families(compare_budget=1)  # the earliest member only
    assert len(full) == 1 and by_id[full[0].origin] == "wire"
    rel = {by_id[m.id]: m.relation for m in full[0].members}
    assert rel == {"wire": "origin", "copy": "copy", "edited": "edited copy"}
    delays = {by_id[m.id]: m.delay for m in full[0].members}
    assert delays == {"wire": 0.0, "copy": 2.5, "edited": 24.0}
    # without the comparison, the index's estimate cannot see one changed number
    assert {by_id[m.id]: m.relation for m in cheap[0].members} == {
        "wire": "origin", "copy": "copy", "edited": "copy"}
    assert [m.relation for m in budget[0].members] == ["origin", "copy", "copy"]


# Two successive versions ("write-throughs") of one agency story, as wire services issue them
# during a day: the second has a new lead and new paragraphs, keeps three paragraphs word for
# word and rewords others around the story's recurring phrases. Each version is reprinted
# verbatim by another site.
_KEPT = (
    "The council had been warned in March that the old pumping station could not cope with "
    "more than two days of heavy rain, according to a report seen by the agency. "
    "Residents of the lower town were told to move cars away from the quay and to keep "
    "sandbags by their doors until the water level starts to fall. "
    "The regional weather service expects another 40 millimetres of rain over the weekend, "
    "with the heaviest showers on Saturday afternoon along the coast. "
)
FLOOD_V1 = (
    "LYON (Agency) - Flood water rose above the river walls in three districts of the city "
    "on Thursday night, forcing the evacuation of about 600 people from homes near the quay. "
    "The mayor said emergency crews had worked through the night to pump water out of "
    "basements and that two schools would stay closed on Friday. "
    "Shopkeepers on the market square said the water had reached knee height within an hour, "
    "and several complained that the warning came too late for them to move their stock. "
    + _KEPT +
    "Firefighters from the neighbouring departments joined the local crews at midnight, the "
    "prefecture said, bringing twelve high-capacity pumps to the lower town. "
    "A gymnasium near the station was opened for the evacuated families, and the Red Cross "
    "handed out blankets and hot meals until the early hours of Friday. "
    "Trams between the station and the quay stopped running at nine in the evening after "
    "water covered the tracks on the bridge approach. "
    "The river peaked at 6.2 metres shortly after two in the morning, the highest level "
    "recorded in the city since the floods of 1983. "
    "Insurers said it was too early to put a figure on the damage to shops and homes."
)
FLOOD_V2 = (
    "LYON (Agency) - The city council will spend 12 million euros on a new pumping station "
    "after floods drove hundreds of people from their homes, the mayor announced on Friday. "
    "Speaking after a crisis meeting at the town hall, she said the work would start in "
    "September and last about two years, paid for by a regional fund and a loan. "
    "Opposition councillors accused the majority of ignoring earlier warnings and asked for "
    "an independent inquiry into how the evacuation had been run. "
    "Some 600 people left their homes near the quay on Thursday night when water rose "
    "above the river walls in three districts, and most had returned by Friday evening. "
    + _KEPT +
    "The prefecture said firefighters from the neighbouring departments had brought twelve "
    "high-capacity pumps, which were still working in the lower town on Friday. "
    "Families who spent the night in the gymnasium near the station were allowed home in the "
    "afternoon once the power had been restored street by street. "
    "Tram services over the bridge approach resumed at noon, the transport company said. "
    "The river, which peaked at 6.2 metres during the night, the highest since 1983, was "
    "falling by about ten centimetres an hour by Friday evening. "
    "Shopkeepers on the market square began clearing mud from their premises and said they "
    "would ask the city for help with their losses."
)
_FOOTER = " Like this article? Share it with your friends and sign up for our newsletter."


def _flood_groups(tmp_path) -> list[set[str]]:
    texts = (("v1", FLOOD_V1), ("v1-copy", FLOOD_V1 + _FOOTER),
             ("v2", FLOOD_V2), ("v2-copy", FLOOD_V2 + _FOOTER))
    arts = {n: article_from_text(t, url=f"https://{n}.example/flood", lang="en")
            for n, t in texts}
    with Corpus.open(tmp_path / "store", encoder="char-hash") as corpus:
        corpus.add(arts.values())
        fams = corpus.families(use_compare=False)
    by_id = {a.id: n for n, a in arts.items()}
    return [{by_id[m.id] for m in f.members} for f in fams]


def test_reprints_join_their_own_version(tmp_path):
    groups = _flood_groups(tmp_path)
    assert any({"v1", "v1-copy"} <= g for g in groups)
    assert any({"v2", "v2-copy"} <= g for g in groups)


def test_write_through_versions_are_separate_families(tmp_path, monkeypatch):
    """The versions share a third or more of their 8-grams (three kept paragraphs plus the
    story's phrases) but few whole sentences: without the sentence check they merge."""
    v1, v2 = families_mod.gram_array(FLOOD_V1), families_mod.gram_array(FLOOD_V2)
    shared = len(set(v1.tolist()) & set(v2.tolist())) / min(len(set(v1.tolist())),
                                                             len(set(v2.tolist())))
    lo, hi = families_mod.VERIFY_BAND
    assert lo <= shared < hi
    s1, s2 = (families_mod.long_sentences(t) for t in (FLOOD_V1, FLOOD_V2))
    assert min(len(s1), len(s2)) >= families_mod.VERIFY_MIN_SENTENCES
    assert families_mod.sentence_support(s1, s2) < families_mod.SENTENCE_SHARE
    groups = _flood_groups(tmp_path)
    assert sorted(map(sorted, groups)) == [["v1", "v1-copy"], ["v2", "v2-copy"]]
    monkeypatch.setattr(families_mod, "VERIFY_BAND", (1.0, 1.0))  # the checks off
    assert sorted(map(sorted, _flood_groups(tmp_path / "off"))) == [
        ["v1", "v1-copy", "v2", "v2-copy"]]


# two advertisements of one advertiser: the same phrases (address, list of illnesses, the
# institute's boast) in another order, with other words between them
AD_ONE = (
    "LA MEDECINE MODERNE. A tous les malades fatigués des remèdes inutiles, nous conseillons "
    "une consultation gratuite au Directeur de l'Institut Médical de Lyon, le plus grand "
    "établissement de France. Guérison des rhumatismes, de l'anémie et des maladies nerveuses. "
    "Écrire au Directeur, 12 rue des Lilas, Lyon.")
AD_TWO = (
    "Écrire au Directeur, 12 rue des Lilas, Lyon. Guérison assurée des maladies nerveuses, de "
    "l'anémie et des rhumatismes. L'Institut Médical de Lyon, le plus grand établissement de "
    "France, répond par retour du courrier à tous les malades qui demandent une consultation "
    "gratuite.")
# the first one reprinted by another paper, as its OCR gives it
AD_ONE_OCR = (
    "LA MEDECINE MODERNE. A tous les ma-\nlades fatigués des remèdes inuti les, nous "
    "conseillons une consultation gratuite au Directeur de l'lnstitut Médical de Lyon, le plus "
    "grand établissement de Franco. Guérison des rhumatismes, de l'anémie et des maladies "
    "nerveu ses. Écrire au Directeur, 12 rue des Lilas, Lyon.")


def _ad_groups(tmp_path) -> list[set[str]]:
    arts = {n: article_from_text(t, url=f"https://{n}.example/annonce", lang="fr")
            for n, t in (("one", AD_ONE), ("two", AD_TWO), ("reprint", AD_ONE_OCR))}
    with Corpus.open(tmp_path / "store", encoder="char-hash") as corpus:
        corpus.add(arts.values())
        fams = corpus.families(use_compare=False)
    by_id = {a.id: n for n, a in arts.items()}
    return [{by_id[m.id] for m in f.members} for f in fams]


def test_short_texts_sharing_phrases_out_of_order_are_no_copies(tmp_path, monkeypatch):
    # the two advertisements share over half their 8-grams, but a quarter of the text only
    # in aligned runs of 12 characters; the reprint keeps nearly all of them
    one, two, ocr = (normalise(t) for t in (AD_ONE, AD_TWO, AD_ONE_OCR))
    assert sorted((a, b) for a, b, _c in copy_pairs([AD_ONE, AD_TWO, AD_ONE_OCR])) == [
        (0, 1), (0, 2), (1, 2)]
    assert families_mod.aligned_share(one, two) < families_mod.ALIGNED_SHARE
    assert families_mod.aligned_share(one, ocr) > 0.9
    assert sorted(map(sorted, _ad_groups(tmp_path))) == [["one", "reprint"]]
    monkeypatch.setattr(families_mod, "ALIGNED_SHARE", 0.0)  # the check off
    assert sorted(map(sorted, _ad_groups(tmp_path / "off"))) == [["one", "reprint", "two"]]
