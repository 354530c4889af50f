"""Story B: an AEI wire dispatch (fr) and its copies on three French sites."""

AEI = "https://www.aei-depeches.fr"
B_URL = f"{AEI}/depeche/2025/03/10/eboulement-ligne-grenoble-chambery-coupee-trois-semaines"
B_DATELINE = "GRENOBLE (AEI) —"

B_PARAS = [
    f"{B_DATELINE} La ligne ferroviaire entre Grenoble et Chambéry restera fermée pendant au moins "
    "trois semaines après l'éboulement survenu dans la nuit de samedi à dimanche près de "
    "Pontcharra (Isère), a annoncé lundi la compagnie régionale Transalp Rail.",
    "Environ 4 000 mètres cubes de roche et de terre se sont détachés de la falaise vers 2 h 30, "
    "recouvrant les voies sur près de 120 mètres. Aucun train ne circulait à cette heure-là et "
    "personne n'a été blessé, selon la préfecture de l'Isère.",
    "« Nous avons eu beaucoup de chance. Deux heures plus tard, le premier TER de la journée "
    "serait passé exactement à cet endroit », a déclaré à l'AEI le directeur régional de Transalp "
    "Rail, Bertrand Chaumeil.",
    "Les géologues du Bureau alpin des risques naturels ont survolé la zone dimanche en "
    "hélicoptère. Ils estiment qu'un bloc d'environ 600 mètres cubes reste instable au sommet de "
    "la paroi et devra être purgé avant tout déblaiement.",
    "Quelque 11 000 voyageurs empruntent chaque jour cette ligne, l'une des plus fréquentées de la "
    "région Auvergne-Rhône-Alpes. Des bus de substitution seront mis en place dès mardi entre les "
    "gares de Grenoble, Montmélian et Chambéry, avec un départ toutes les vingt minutes aux heures "
    "de pointe.",
    "Les associations d'usagers dénoncent un manque d'entretien. « Cela fait dix ans que nous "
    "signalons des chutes de pierres sur ce tronçon », a affirmé Murielle Gastaldi, présidente du "
    "collectif Voyageurs du Grésivaudan, qui réclame un plan de sécurisation de 25 millions "
    "d'euros.",
    "La vice-présidente de la région chargée des transports, Hélène Varnier, a promis une "
    "enveloppe d'urgence de 3,5 millions d'euros pour les travaux de confortement. « La priorité "
    "est de rouvrir la ligne en toute sécurité, pas le plus vite possible », a-t-elle souligné.",
    "La route départementale 1090, qui longe la voie ferrée, a également été fermée à la "
    "circulation sur 2 kilomètres. Une déviation est mise en place par la rive gauche de l'Isère.",
    "Il s'agit du troisième éboulement dans la vallée depuis janvier 2024, après ceux de "
    "Crolles en février et de Goncelin en novembre de la même année.",
]

B_ORIG = {
    "file": "aei-depeches.fr/eboulement-ligne-grenoble-chambery.html",
    "site": "aei-depeches.fr",
    "url": B_URL,
    "lang": "fr",
    "post_id": 0,
    "title": "Éboulement en Isère : la ligne Grenoble-Chambéry coupée pour au moins trois semaines",
    "headline": "Éboulement en Isère : la ligne Grenoble-Chambéry coupée pour au moins trois semaines",
    "description": "Quelque 4 000 mètres cubes de roche ont recouvert les voies près de Pontcharra. Aucun blessé.",
    "author": "AEI",
    "byline": "AEI – bureau de Grenoble",
    "published": "2025-03-10T09:15:00+01:00",
    "modified": None,
    "date_display": "10/03/2025 09:15",
    "section": "Régions",
    "section_slug": "regions",
    "image": f"{AEI}/photos/2025/03/10/pontcharra-eboulement.jpg",
    "image_alt": "Rochers sur la voie ferrée",
    "caption": "Des rochers recouvrent la voie ferrée près de Pontcharra, dimanche. © AEI / Lucie Fabre",
    "body": B_PARAS,
    "related": [
        ("Grève des contrôleurs aériens : 30 % des vols annulés à Lyon", f"{AEI}/depeche/2025/03/09/greve-controleurs-lyon"),
        ("Le prix du gazole repasse sous 1,70 euro", f"{AEI}/depeche/2025/03/08/prix-gazole"),
    ],
}

ODL = "https://www.observateur-littoral.fr"
B_COPY1 = {
    "file": "observateur-littoral.fr/eboulement-ligne-grenoble-chambery.html",
    "site": "observateur-littoral.fr",
    "url": f"{ODL}/actualite/france/eboulement-en-isere-la-ligne-grenoble-chambery-coupee-pour-au-moins-trois-semaines-10-03-2025",
    "lang": "fr",
    "post_id": 0,
    "title": B_ORIG["title"],
    "headline": B_ORIG["headline"],
    "description": B_ORIG["description"],
    "author": "L'Observateur du Littoral avec AEI",
    "byline": "Par L'Observateur du Littoral avec AEI",
    "published": "2025-03-10T10:02:00+01:00",
    "modified": None,
    "date_display": "Publié le 10 mars 2025 à 10h02",
    "section": "France",
    "section_slug": "actualite/france",
    "image": f"{ODL}/images/2025/03/aei-pontcharra.jpg",
    "image_alt": "Éboulement près de Pontcharra",
    "caption": "Des rochers recouvrent la voie ferrée près de Pontcharra, dimanche. © AEI / Lucie Fabre",
    "body": B_PARAS,
    "related": [
        ("La Rochelle : saison record pour la sardine à la criée", f"{ODL}/la-rochelle/la-criee-saison-record-sardine-07-03-2025"),
        ("Royan : le front de mer en travaux jusqu'en juin", f"{ODL}/royan/front-de-mer-travaux-04-03-2025"),
    ],
}

G2R = "https://www.gazette-deux-rives.fr"
B_COPY2 = {
    "file": "gazette-deux-rives.fr/eboulement-ligne-grenoble-chambery.html",
    "site": "gazette-deux-rives.fr",
    "url": f"{G2R}/france-monde/2025/03/10/eboulement-en-isere-la-ligne-grenoble-chambery-coupee/",
    "lang": "fr",
    "post_id": 9917,
    "title": B_ORIG["title"],
    "headline": B_ORIG["headline"],
    "description": B_ORIG["description"],
    "author": "La rédaction",
    "byline": "La rédaction",
    "published": "2025-03-10T11:30:00+01:00",
    "modified": None,
    "date_display": "10 mars 2025",
    "section": "France-Monde",
    "section_slug": "france-monde",
    "image": f"{G2R}/wp-content/uploads/2025/03/eboulement-isere.jpg",
    "image_alt": "Voie ferrée coupée",
    "caption": "Des rochers recouvrent la voie ferrée près de Pontcharra, dimanche. © AEI / Lucie Fabre",
    "body": B_PARAS,
    "after_body": ["<p class=\"source\">Source : AEI</p>"],
    "related": [
        ("Strasbourg : la Foire de la BD attire 42 000 visiteurs", f"{G2R}/culture/2025/03/09/foire-bd-42000-visiteurs/"),
        ("Kehl : le tram franchit le Rhin toutes les 7 minutes", f"{G2R}/strasbourg/2025/03/02/tram-kehl-frequence/"),
    ],
}

# Lightly edited copy: new headline, no byline, "lundi" dropped from the lead, last paragraph
# cut, credit at the end.
B_EDIT_LEAD = (f"{B_DATELINE} La ligne ferroviaire entre Grenoble et Chambéry restera fermée "
               "pendant au moins trois semaines après l'éboulement survenu dans la nuit de samedi "
               "à dimanche près de Pontcharra (Isère), a annoncé la compagnie régionale Transalp "
               "Rail.")
EL = "https://echolibre-info.fr"
B_EDIT = {
    "file": "echolibre-info.fr/eboulement-isere-ligne-coupee.html",
    "site": "echolibre-info.fr",
    "url": f"{EL}/2025/03/11/eboulement-isere-ligne-grenoble-chambery/",
    "lang": "fr",
    "post_id": 48190,
    "title": "Isère : 11 000 voyageurs privés de train après un éboulement, les usagers dénoncent l'abandon de la ligne",
    "headline": "Isère : 11 000 voyageurs privés de train après un éboulement, les usagers dénoncent l'abandon de la ligne",
    "description": "Encore un éboulement sur la ligne Grenoble-Chambéry.",
    "author": None,
    "byline": None,
    "published": "2025-03-11T07:48:00+01:00",
    "modified": None,
    "date_display": "11 mars 2025",
    "section": "France",
    "section_slug": "france",
    "image": f"{EL}/wp-content/uploads/2025/03/eboulement.jpg",
    "image_alt": "",
    "caption": "Des rochers recouvrent la voie ferrée près de Pontcharra, dimanche. © AEI / Lucie Fabre",
    "body": [B_EDIT_LEAD] + B_PARAS[1:8],
    "after_body": ["<p>Source : AEI</p>"],
    "related": [
        ("Le Kremlin presse Ellison pour un engagement écrit que l'OTAN ne s'étendra pas à l'Est", f"{EL}/2025/03/13/le-kremlin-presse-ellison-pour-un-engagement-ecrit/"),
        ("Carburant : les taxis marseillais bloquent le Vieux-Port", f"{EL}/2025/03/08/carburant-taxis-marseillais-vieux-port/"),
    ],
}
