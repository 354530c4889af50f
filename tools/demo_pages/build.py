"""Render the demo pages and write manifest.json."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import story_a as A
import story_b as B
import story_c as C
import unrelated as U
from sites import SITES
from templates import render

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "src/sourcier/demo"
PAGES_DIR = OUT / "pages"

PAGES = [
    (A.A_EN, "original", "kremlin-guarantees", None, None),
    (A.A_FR, "republication", "kremlin-guarantees", A.A_EN, "translation"),
    (A.A_SAME, "same-story", "kremlin-guarantees", A.A_EN, "same story"),
    (B.B_ORIG, "original", "isere-landslide", None, None),
    (B.B_COPY1, "wire-copy", "isere-landslide", B.B_ORIG, "copy"),
    (B.B_COPY2, "wire-copy", "isere-landslide", B.B_ORIG, "copy"),
    (B.B_EDIT, "wire-copy", "isere-landslide", B.B_ORIG, "edited copy"),
    (C.C_EN, "original", "hallbeck-fine", None, None),
    (C.C_DE, "translation", "hallbeck-fine", C.C_EN, "translation"),
    (U.U_EN, "unrelated", "frederick-buses", None, "unrelated"),
    (U.U_FR_EL, "unrelated", "marseille-taxis", None, "unrelated"),
    (U.U_FR_ODL, "unrelated", "la-rochelle-sardines", None, "unrelated"),
    (U.U_FR_G2R, "unrelated", "strasbourg-comics-fair", None, "unrelated"),
    (U.U_DE, "unrelated", "koblenz-ferry", None, "unrelated"),
    (U.U_ES, "unrelated", "cadiz-drought", None, "unrelated"),
    (U.U_ES2, "unrelated", "cadiz-cruises", None, "unrelated"),
    (U.U_FR_AEI, "unrelated", "lyon-atc-strike", None, "unrelated"),
]


def plain(html: str) -> str:
    text = re.sub(r"<[^>]+>", "", html)
    import html as h

    return re.sub(r"\s+", " ", h.unescape(text)).strip()


def site_blocks(site: str) -> list[str]:
    return [plain(b) for b in SITES[site].get("body_blocks", [])]


EL_BLOCKS = site_blocks("echolibre-info.fr")

DECLARED = {
    A.A_EN["file"]: [
        {"kind": "dateline", "text": A.A_DATELINE, "name": "Capitol Ledger", "url": None},
        {"kind": "byline", "text": "By Rebecca Thornbury", "name": "Rebecca Thornbury", "url": None},
    ],
    A.A_FR["file"]: [
        {"kind": "dateline", "text": A.A_DATELINE, "name": "Capitol Ledger", "url": None},
        {"kind": "read-original", "text": "Vous pouvez lire l'article original ici", "name": None,
         "url": A.A_URL},
    ],
    A.A_SAME["file"]: [
        {"kind": "byline", "text": "Hamish Porteous in London and Irina Vasko in Kyiv",
         "name": "Hamish Porteous", "url": None},
    ],
    B.B_ORIG["file"]: [
        {"kind": "dateline", "text": B.B_DATELINE, "name": "AEI", "url": None},
        {"kind": "byline", "text": "AEI – bureau de Grenoble", "name": "AEI", "url": None},
    ],
    B.B_COPY1["file"]: [
        {"kind": "dateline", "text": B.B_DATELINE, "name": "AEI", "url": None},
        {"kind": "credit", "text": "Par L'Observateur du Littoral avec AEI", "name": "AEI", "url": None},
    ],
    B.B_COPY2["file"]: [
        {"kind": "dateline", "text": B.B_DATELINE, "name": "AEI", "url": None},
        {"kind": "credit", "text": "Source : AEI", "name": "AEI", "url": None},
    ],
    B.B_EDIT["file"]: [
        {"kind": "dateline", "text": B.B_DATELINE, "name": "AEI", "url": None},
        {"kind": "credit", "text": "Source : AEI", "name": "AEI", "url": None},
    ],
    C.C_EN["file"]: [
        {"kind": "dateline", "text": "BRUSSELS –", "name": None, "url": None},
        {"kind": "byline", "text": "Fiona McAllister, Europe correspondent", "name": "Fiona McAllister",
         "url": None},
    ],
    C.C_DE["file"]: [
        {"kind": "dateline", "text": "BRÜSSEL –", "name": None, "url": None},
        {"kind": "byline", "text": "Von Fiona McAllister (The Northern Standard), aus dem Englischen von Tobias Reuter",
         "name": "Fiona McAllister", "url": None},
        {"kind": "first-appeared",
         "text": "Dieser Beitrag erschien zuerst auf Englisch bei The Northern Standard.",
         "name": "The Northern Standard", "url": C.C_URL},
    ],
    U.U_EN["file"]: [
        {"kind": "dateline", "text": "FREDERICK, Md. (Capitol Ledger) –", "name": "Capitol Ledger", "url": None},
        {"kind": "byline", "text": "By Marcus Delgado", "name": "Marcus Delgado", "url": None},
    ],
    U.U_FR_EL["file"]: [],
    U.U_FR_ODL["file"]: [
        {"kind": "byline", "text": "Par Yannick Le Goff", "name": "Yannick Le Goff", "url": None},
    ],
    U.U_FR_G2R["file"]: [
        {"kind": "byline", "text": "Odile Kieffer", "name": "Odile Kieffer", "url": None},
    ],
    U.U_DE["file"]: [
        {"kind": "byline", "text": "Von Sabine Hollerbach", "name": "Sabine Hollerbach", "url": None},
    ],
    U.U_ES2["file"]: [
        {"kind": "byline", "text": "Andrés Pemán", "name": "Andrés Pemán", "url": None},
    ],
    U.U_FR_AEI["file"]: [
        {"kind": "dateline", "text": "LYON (AEI) —", "name": "AEI", "url": None},
        {"kind": "byline", "text": "AEI – bureau de Lyon", "name": "AEI", "url": None},
    ],
    U.U_ES["file"]: [
        {"kind": "byline", "text": "Lucía Barroso", "name": "Lucía Barroso", "url": None},
    ],
}

FR_CHANGES = [
    {"type": "byline_removed", "scope": "byline", "original": "By Rebecca Thornbury", "copy": None,
     "values": {"name": "Rebecca Thornbury"},
     "note": "The author's byline (and meta author) is gone from the republication."},
    {"type": "date_dropped", "scope": "metadata", "original": A.A_EN["published"], "copy": None,
     "values": {"date": "2025-03-12"},
     "note": "Publication date dropped: no <time>, no article:published_time, no JSON-LD. Not in "
             "DIVERGENCE_TYPES; relative dates ('Mardi', 'Vendredi', 'Jeudi', 'Mercredi') now float free."},
    {"type": "number_changed", "scope": "body", "original": A.A_TROOPS, "copy": A.F_TROOPS,
     "values": {"original": "175,000", "copy": "100 000"},
     "note": "Troop estimate changed from 175,000 to 100 000 (plain space)."},
    {"type": "name_dropped", "scope": "body", "original": A.A_WHITFIELD, "copy": A.F_WHITFIELD,
     "values": {"name": "Jordan Whitfield"},
     "note": "Press secretary's name dropped; 'Whitfield' still appears in the next paragraph."},
    {"type": "name_dropped", "scope": "caption", "original": A.A_CAPTION_TEXT, "copy": A.F_CAPTION_TEXT,
     "values": {"name": "Margaret Ellison"},
     "note": "Hyperlinked name lost in the caption (both copies of it); only counts if captions are compared."},
    {"type": "name_dropped", "scope": "caption", "original": A.A_CAPTION_TEXT, "copy": A.F_CAPTION_TEXT,
     "values": {"name": "Vadim Korolev"},
     "note": "Second hyperlinked name lost in the same caption sentence."},
    {"type": "sentence_omitted", "scope": "body", "original": A.A_OMIT_1, "copy": None,
     "values": {"paragraph": 9},
     "note": "First sentence of the omitted 9th body paragraph."},
    {"type": "sentence_omitted", "scope": "body", "original": A.A_OMIT_2, "copy": None,
     "values": {"paragraph": 9},
     "note": "Second sentence of the omitted 9th body paragraph (names Adrian Calloway, '32 allies')."},
] + [
    {"type": "boilerplate_added", "scope": "body", "original": None, "copy": block,
     "values": {"reason": reason}, "note": "Republisher block at the end of the body (site template)."}
    for block, reason in zip(EL_BLOCKS, ["site-template", "share", "newsletter", "donation"], strict=True)
]

FR_ARTEFACTS = [
    {"kind": "duplicate-caption", "copy": A.F_CAPTION_TEXT,
     "note": "Caption appears twice: in <figcaption> and again as the first paragraph of the body."},
    {"kind": "hyperlink-slip", "original": "The Meridian Post reported on Friday",
     "copy": "Les Meridian Post signalé Vendredi",
     "note": "Linked words in the original come out ungrammatical; no name or number is lost."},
    {"kind": "capitalised-weekday", "copy": ["Mardi", "Vendredi", "Jeudi", "Mercredi", "Juillet"],
     "note": "English capitalisation of weekday and month names kept by the MT."},
    {"kind": "mixed-quotes", "copy": ["\"Nous avons entendu des mots", "« juridiquement contraignantes »"],
     "note": "English double quotes beside French guillemets."},
    {"kind": "read-original", "copy": "Vous pouvez lire l'article original ici", "url": A.A_URL,
     "note": "Declared source, not a divergence: expected as Removed(reason='read-original') and a "
             "DeclaredSource(kind='read-original', url=original URL)."},
    {"kind": "exonym", "original": "Kyiv", "copy": "Kiev",
     "note": "French spelling of the city; the same place, not a name change."},
    {"kind": "gender-agreement", "original": "President Margaret Ellison",
     "copy": "le président Margaret Ellison",
     "note": "Literal MT: masculine title for a woman."},
    {"kind": "dateline-kept", "copy": A.A_DATELINE,
     "note": "The original's dateline survives verbatim; it names the original outlet."},
]

FR_INVARIANTS = {
    "note": "Facts of the original that the republication keeps (as they are written in the copy). "
            "A comparison tool should report no divergence about these.",
    "names": ["Margaret Ellison", "Vadim Korolev", "Oleg Ryabtsev", "Whitfield", "Gennady Lobov",
              "Taras Hordiyenko", "Carl Brennan", "Meridian Post"],
    "numbers": ["deux heures", "trente ans", "85 groupes", "450 millions de dollars",
                "200 millions de dollars", "6,4 %", "8 avril"],
}

EDIT_CHANGES = [
    {"type": "title_changed", "scope": "title", "original": B.B_ORIG["title"], "copy": B.B_EDIT["title"],
     "values": {}, "note": "New, more partisan headline."},
    {"type": "byline_removed", "scope": "byline", "original": "AEI – bureau de Grenoble", "copy": None,
     "values": {}, "note": "Agency byline dropped (the dateline and a closing credit remain)."},
    {"type": "date_changed", "scope": "body", "original": B.B_PARAS[0], "copy": B.B_EDIT_LEAD,
     "values": {"original": "lundi", "copy": None}, "note": "Relative date 'lundi' removed from the lead."},
    {"type": "sentence_omitted", "scope": "body", "original": B.B_PARAS[8], "copy": None,
     "values": {"paragraph": 9}, "note": "Last paragraph cut."},
] + [
    {"type": "boilerplate_added", "scope": "body", "original": None, "copy": block,
     "values": {"reason": reason}, "note": "Republisher block at the end of the body (site template)."}
    for block, reason in zip(EL_BLOCKS, ["site-template", "share", "newsletter", "donation"], strict=True)
]

EXPECTED_DATES = {
    "file": A.A_EN["file"],
    "reference": "2025-03-12",
    "mentions": [
        {"text": "on Tuesday", "value": "2025-03-11"},
        {"text": "on Friday", "value": "2025-03-07"},
        {"text": "on Thursday", "value": "2025-03-13"},
        {"text": "on Wednesday", "value": "2025-03-12"},
        {"text": "last week", "value": "2025-W10"},
        {"text": "last month", "value": "2025-02"},
        {"text": "since last July", "value": "2024-07"},
        {"text": "April 8", "value": "2025-04-08"},
        {"text": "since 2008", "value": "2008"},
    ],
}


def main() -> None:
    if PAGES_DIR.exists():
        shutil.rmtree(PAGES_DIR)
    for art, *_ in PAGES:
        host = art["url"].split("/")[2]
        SITES[art["site"]].setdefault("base", f"https://{host}")
    entries = []
    for art, role, story, of, relation in PAGES:
        site = SITES[art["site"]]
        html = render(site, art)
        path = PAGES_DIR / art["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
        entries.append({
            "file": art["file"],
            "url": art["url"],
            "site": art["site"],
            "lang": art["lang"],
            "title": art["title"],
            "published": art["published"],
            "role": role,
            "story": story,
            "of": of["file"] if of else None,
            "relation": relation,
        })
    by_site: dict[str, list[str]] = {}
    for e in entries:
        by_site.setdefault(e["site"], []).append(e["file"])
    manifest = {
        "description": "sourcier demo corpus: fictional outlets, people and events, written for "
                       "the project. Paths in 'file' are relative to the pages/ directory.",
        "pages": entries,
        "sites": {
            s: {"name": SITES[s]["name"], "lang": SITES[s]["html_lang"], "pages": files}
            for s, files in by_site.items()
        },
        "template_blocks": {s: site_blocks(s) for s in by_site},
        "declared_sources": DECLARED,
        "planted_changes": {
            "copy": A.A_FR["file"],
            "original": A.A_EN["file"],
            "changes": FR_CHANGES,
            "artefacts": FR_ARTEFACTS,
            "invariants": FR_INVARIANTS,
        },
        "edited_copies": [
            {"copy": B.B_EDIT["file"], "original": B.B_ORIG["file"], "changes": EDIT_CHANGES},
        ],
        "expected_dates": EXPECTED_DATES,
    }
    (OUT / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"{len(entries)} pages written to {PAGES_DIR}")


if __name__ == "__main__":
    main()
