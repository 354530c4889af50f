"""Compact speech-verb lexicons (French, English), expanded to inflected forms at import."""

from __future__ import annotations

import re

# French -er verbs (regular conjugation generated below)
_FR_ER = ["déclarer", "affirmer", "ajouter", "expliquer", "estimer", "indiquer", "souligner", "préciser", "assurer", "confier", "raconter", "insister", "annoncer", "nier", "répliquer", "rétorquer", "lancer", "déplorer", "dénoncer", "accuser", "marteler", "témoigner", "constater", "observer", "noter", "commenter", "résumer", "regretter", "interroger", "demander", "questionner", "exclamer", "inquiéter", "menacer", "juger", "considérer", "tweeter", "twitter", "confirmer", "révéler", "signaler", "relever", "mentionner", "évoquer", "plaider", "réclamer", "exiger", "proclamer", "clamer", "jurer", "protester", "enchaîner", "ironiser", "étonner", "répéter", "réitérer", "détailler", "fustiger", "critiquer", "conseiller", "recommander", "suggérer", "proposer", "souffler", "glisser", "lâcher", "confesser", "murmurer", "crier", "hurler", "avouer", "argumenter", "objecter", "rassurer", "reprocher", "féliciter", "saluer", "alerter", "prévoir", "espérer", "poster", "publier", "démontrer", "raisonner", "trancher", "tempérer", "nuancer", "conclure", "résumer"]
_FR_IR = ["avertir", "garantir", "renchérir", "réagir", "réfléchir"]
_FR_IRREGULAR = ["dit", "dite", "dits", "disent", "disait", "disaient", "dira", "diront", "disant", "dire", "écrit", "écrite", "écrivent", "écrivait", "écrivaient", "écrira", "écrire", "répond", "répondent", "répondu", "répondait", "répondaient", "répondra", "répondre", "soutient", "soutiennent", "soutenu", "soutenait", "soutenaient", "soutiendra", "soutenir", "reconnaît", "reconnait", "reconnaissent", "reconnu", "reconnaissait", "reconnaîtra", "reconnaître", "admet", "admettent", "admis", "admettait", "admettre", "promet", "promettent", "promis", "promettait", "promettre", "prévient", "préviennent", "prévenu", "prévenait", "prévenir", "conclut", "concluent", "conclu", "concluait", "poursuit", "poursuivent", "poursuivi", "poursuivait", "poursuivre", "dément", "démentent", "démenti", "démentait", "démentir", "prédit", "prédisent", "prédire", "maintient", "maintiennent", "maintenu", "maintenait", "maintenir", "rappelle", "rappellent", "rappelé", "rappelait", "rappelaient", "rappeler", "répète", "répètent", "répété", "répétait", "interrogea", "lança", "prévoit", "prévoient", "prévu"]


def _fr_forms() -> set[str]:
    forms = set(_FR_IRREGULAR)
    for v in _FR_ER:
        st = v[:-2]
        forms.update({v, st + "e", st + "ent", st + "é", st + "ée", st + "és", st + "ées",
                      st + "ait", st + "aient", st + "a", st + "èrent", st + "era", st + "eront",
                      st + "ant"})
    for v in _FR_IR:
        st = v[:-2]
        forms.update({v, st + "it", st + "issent", st + "i", st + "ie", st + "issait",
                      st + "issaient", st + "ira", st + "iront", st + "issant"})
    return forms


# English lemmas with regular inflection, and irregular past forms
_EN_REGULAR = ["add", "explain", "note", "state", "claim", "argue", "insist", "warn", "announce", "declare", "reply", "respond", "answer", "ask", "acknowledge", "admit", "confirm", "deny", "suggest", "tweet", "post", "continue", "conclude", "contend", "maintain", "stress", "emphasize", "emphasise", "predict", "promise", "vow", "pledge", "recall", "remark", "report", "reveal", "complain", "concede", "observe", "testify", "assert", "allege", "quip", "joke", "shout", "yell", "urge", "charge", "counter", "retort", "agree", "disagree", "boast", "praise", "criticize", "criticise", "accuse", "caution", "indicate", "mention", "comment", "recount", "estimate", "speculate", "wonder", "demand", "explain", "reiterate", "repeat", "insist", "muse", "recommend", "advise", "propose", "question", "dismiss", "lament", "worry", "believe", "signal", "hint", "acknowledge", "blast", "slam", "decry"]
_EN_IRREGULAR = {
    "say": ("said", "says", "saying"), "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing", "written"), "think": ("thought", "thinks"),
    "speak": ("spoke", "speaks", "spoken"), "swear": ("swore", "swears", "sworn"),
    "feel": ("felt", "feels"), "predict": ("predicted", "predicts"),
}
_EN_IES = {"reply": "replied", "deny": "denied", "testify": "testified", "worry": "worried"}


def _en_forms() -> set[str]:
    forms: set[str] = set()
    for v in _EN_REGULAR:
        forms.add(v)
        if v in _EN_IES:
            forms.update({_EN_IES[v], v[:-1] + "ies", v + "ing"})
            continue
        past = v + "d" if v.endswith("e") else v + "ed"
        third = v + "es" if v.endswith(("s", "sh", "ch", "x")) else v + "s"
        ing = v[:-1] + "ing" if v.endswith("e") and not v.endswith("ee") else v + "ing"
        if v in ("admit", "quip", "slam"):
            past, ing = v + v[-1] + "ed", v + v[-1] + "ing"
        forms.update({past, third, ing})
    for v, others in _EN_IRREGULAR.items():
        forms.add(v)
        forms.update(others)
    return forms


_FR_PHRASES = {"fait savoir", "fait valoir", "fait remarquer", "fait observer", "fait part",
               "tenu à préciser", "tenu à rappeler", "mis en garde", "pris la parole"}
FR_VERBS: frozenset[str] = frozenset(_fr_forms() | _FR_PHRASES)
EN_VERBS: frozenset[str] = frozenset(_en_forms())

# forms that open reported content when followed by "que"/"that"
FR_CUE_RE = r"(?:" + "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in FR_VERBS),
                                     key=len, reverse=True)) + r")"
EN_CUE_RE = r"(?:" + "|".join(sorted((re.escape(v) for v in EN_VERBS), key=len,
                                     reverse=True)) + r")"
