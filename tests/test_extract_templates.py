"""Site templates learned across pages of one site, persisted, and applied by extract_all."""

from __future__ import annotations

import json

from sourcier.extract import SiteTemplates, extract_all
from sourcier.model import Article, Page, Skip

STORIES = [
    ["La mairie de Lyon a voté lundi un budget de 12 millions d'euros pour rénover trois "
     "piscines municipales fermées depuis l'été dernier.",
     "Les travaux doivent commencer en avril et durer dix-huit mois, selon l'adjoint aux sports, "
     "qui promet une réouverture avant les vacances de 2026."],
    ["Le tribunal administratif de Grenoble a suspendu jeudi l'arrêté préfectoral autorisant "
     "l'abattage de quarante platanes le long du canal.",
     "Les associations de riverains, qui avaient saisi la justice en urgence, saluent une "
     "décision « de bon sens » et demandent une expertise indépendante."],
    ["La compagnie régionale de bus a annoncé mercredi la création de six lignes nouvelles entre "
     "les villages de la vallée et la gare de Chambéry.",
     "Le conseil départemental financera la moitié du coût, estimé à 3,2 millions d'euros par an "
     "pendant les cinq premières années d'exploitation."],
]
# the site's own block, different words on every site: no rule knows it
TEMPLATE = ("Le Courrier du Bassin est édité par une association loi 1901 ; la rédaction se "
            "réunit chaque lundi à Annecy.")


def page(site: str, n: int, story: list[str], template: bool = True) -> Page:
    paras = story + ([TEMPLATE] if template else [])
    html = ("<html><head><title>Article</title></head><body><article><h1>Titre</h1>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    return Page(source=f"{site}/{n}.html", content=html, url=f"https://{site}/articles/{n}")


def test_template_learned_across_pages_of_one_site() -> None:
    pages = [page("courrier-bassin.example", i, s) for i, s in enumerate(STORIES)]
    out = list(extract_all(pages))
    assert all(isinstance(a, Article) for a in out)
    for a, story in zip(out, STORIES, strict=True):
        assert TEMPLATE not in a.text
        assert all(p in a.text for p in story)
        removed = [r for r in a.removed if r.reason == "site-template"]
        assert [r.text for r in removed] == [TEMPLATE]
        assert "3 pages of courrier-bassin.example" in removed[0].detail
        for s in a.sentences:
            assert a.text[s.start:s.end] == s.text


def test_no_template_across_different_sites_or_when_disabled() -> None:
    pages = [page(f"site{i}.example", i, s) for i, s in enumerate(STORIES)]
    for a in extract_all(pages):
        assert TEMPLATE in a.text
        assert not [r for r in a.removed if r.reason == "site-template"]
    same_site = [page("courrier-bassin.example", i, s) for i, s in enumerate(STORIES)]
    for a in extract_all(same_site, templates=False):
        assert TEMPLATE in a.text


def test_two_versions_of_one_story_are_not_a_template() -> None:
    story = STORIES[0] + STORIES[1]
    pages = [page("courrier-bassin.example", 1, story, template=False),
             page("courrier-bassin.example", 2, [*story, "Mise à jour : la séance a été "
                  "reportée au mardi suivant à la demande de l'opposition municipale."],
                  template=False)]
    for a in extract_all(pages):
        assert all(p in a.text for p in story)


def test_templates_persist_and_skips_pass_through() -> None:
    learner = SiteTemplates()
    pages = [page("courrier-bassin.example", i, s) for i, s in enumerate(STORIES[:2])]
    list(extract_all(pages, templates=learner))
    restored = SiteTemplates.from_dict(json.loads(json.dumps(learner.to_dict())))
    assert restored == learner and restored.sites() == {"courrier-bassin.example": 2}
    # a later page of the site, in another batch, benefits from the persisted counts
    skip = Skip(source="x.warc@12", reason="truncated")
    out = list(extract_all([skip, page("courrier-bassin.example", 9, STORIES[2])],
                           templates=restored))
    assert out[0] is skip
    assert TEMPLATE not in out[1].text
    # observing the same article twice counts it once
    again = SiteTemplates()
    a = out[1]
    again.observe(a)
    again.observe(a)
    assert again.sites() == {"courrier-bassin.example": 1}


def test_process_pool_keeps_order() -> None:
    pages = [page("courrier-bassin.example", i, s) for i, s in enumerate(STORIES)]
    serial = [a.to_dict() for a in extract_all(pages)]
    pooled = [a.to_dict() for a in extract_all(pages, jobs=2)]
    assert pooled == serial
