"""Story A: the Ellison-Korolev call. Original (en), machine-translated republication (fr),
and an independent same-story report (en-GB)."""

CL = "https://capitolledger.com"
A_URL = f"{CL}/world/2025/03/12/kremlin-presses-ellison-for-written-pledge-nato-will-not-expand-east/"
ELLISON = f"{CL}/people/margaret-ellison/"
KOROLEV = f"{CL}/people/vadim-korolev/"
MERIDIAN = "https://meridianpost.com/national-security/2025/03/07/russia-ukraine-buildup-estimate/"

# --- sentences that the manifest quotes exactly -------------------------------------------
A_TROOPS = ("The demand came as U.S. intelligence officials estimated that Russia could mass as many "
            "as 175,000 troops near Ukraine's border by early next year, roughly double the force "
            "counted there last month.")
F_TROOPS = ("Cette demande intervient alors que les responsables du renseignement américain estiment "
            "que la Russie pourrait masser jusqu'à 100 000 soldats près de la frontière de l'Ukraine "
            "d'ici le début de l'année prochaine, soit environ le double de la force comptée là-bas "
            "le mois dernier.")
A_WHITFIELD = ("White House press secretary Jordan Whitfield said Ellison had \"made clear\" that the "
               "United States and its allies would respond with \"strong economic and other measures\" "
               "if Russia moved against Ukraine.")
F_WHITFIELD = ("L'attaché de presse de la Maison Blanche a déclaré qu'Ellison avait « clairement "
               "indiqué » que les États-Unis et leurs alliés répondraient par \"de fortes mesures "
               "économiques et autres\" si la Russie agissait contre l'Ukraine.")
A_OMIT_1 = ("Ukraine is not a member of NATO, but the alliance has said since 2008 that the country "
            "will one day join.")
A_OMIT_2 = ("Secretary of State Adrian Calloway said last week that the decision belonged to Kyiv and "
            "the 32 allies alone, and that \"no third country gets a veto.\"")
A_CAPTION_TEXT = ("President Margaret Ellison and Russian President Vadim Korolev during their video "
                  "call on Tuesday. (Photo: The White House / Daniel Osei)")
F_CAPTION_TEXT = ("Le président et le président russe lors de leur appel vidéo Mardi. "
                  "(Photo : The White House / Daniel Osei)")
A_BYLINE = "By Rebecca Thornbury"
A_DATELINE = "WASHINGTON (Capitol Ledger) –"

A_BRENNAN = ("Sen. Carl Brennan of Wyoming, the ranking member of the Armed Services Committee, said "
             "sanctions announced after a Russian invasion would come \"too late to matter\" and "
             "called for $450 million in additional military aid to be sent now.")
F_BRENNAN = ("Le sénateur Carl Brennan du Wyoming, membre de rang de la commission des forces armées, a déclaré que les "
             "sanctions annoncées après une invasion russe arriveraient « trop tard pour compter » "
             "et a appelé à envoyer maintenant 450 millions de dollars d'aide militaire "
             "supplémentaire.")

A_EN = {
    "file": "capitolledger.com/kremlin-presses-ellison-written-pledge.html",
    "site": "capitolledger.com",
    "url": A_URL,
    "lang": "en",
    "post_id": 0,
    "title": "Kremlin Presses Ellison for Written Pledge That NATO Will Not Expand East",
    "headline": "Kremlin Presses Ellison for Written Pledge That NATO Will Not Expand East",
    "description": "Moscow wants legally binding guarantees after a two-hour video call between President Ellison and Russian President Korolev, as U.S. officials warn of a troop buildup near Ukraine.",
    "author": "Rebecca Thornbury",
    "byline": f'{A_BYLINE.replace("Rebecca Thornbury", "")}<a rel="author" href="{CL}/staff/rebecca-thornbury/">Rebecca Thornbury</a>, Senior White House Correspondent',
    "published": "2025-03-12T18:40:00-04:00",
    "modified": "2025-03-12T21:05:00-04:00",
    "date_display": "March 12, 2025 6:40 p.m. ET",
    "section": "World",
    "section_slug": "world",
    "image": f"{CL}/media/2025/03/ellison-korolev-video-call.jpg",
    "image_alt": "Video call in the Situation Room",
    "caption": (f'President <a href="{ELLISON}">Margaret Ellison</a> and Russian President '
                f'<a href="{KOROLEV}">Vadim Korolev</a> during their video call on Tuesday. '
                "(Photo: The White House / Daniel Osei)"),
    "body": [
        f"{A_DATELINE} The Kremlin on Tuesday demanded written guarantees that NATO will not expand "
        f'further east, hours after President <a href="{ELLISON}">Margaret Ellison</a> and Russian '
        f'President <a href="{KOROLEV}">Vadim Korolev</a> spoke for two hours by secure video link.',
        "Deputy Foreign Minister Oleg Ryabtsev told reporters in Moscow that Russia wanted "
        "\"legally binding\" assurances, and that a verbal promise would no longer do. \"We have "
        "heard words for thirty years. Now we need signatures,\" Ryabtsev said.",
        A_TROOPS,
        f'<a href="{MERIDIAN}">The Meridian Post reported</a> on Friday that the buildup would '
        "involve about 85 battalion tactical groups, along with armor, artillery and equipment, "
        "citing U.S. officials and an unclassified intelligence document.",
        A_WHITFIELD,
        "\"The president was direct. There was a lot of give and take, but there was no "
        "finger-wagging,\" Whitfield told reporters aboard Air Force One. \"She laid out very "
        "clearly what the costs would be.\"",
        "Ellison also spoke with the leaders of France, Germany, Italy and the United Kingdom "
        "after the call, and was expected to brief the presidents of the nine eastern NATO "
        "members, known as the Bucharest Nine, on Thursday.",
        "Kremlin foreign policy adviser Gennady Lobov described the conversation as \"frank and "
        "businesslike\" and said the two leaders had agreed to keep talking. He said Korolev had "
        "warned that Moscow would take \"military-technical measures\" if the alliance kept moving "
        "its infrastructure toward Russia.",
        f"{A_OMIT_1} {A_OMIT_2}",
        "Ukrainian Foreign Minister Taras Hordiyenko said in Kyiv on Wednesday that his government "
        "had been consulted before and after the call. \"Nothing about Ukraine without Ukraine. "
        "That is the rule, and Washington has kept it,\" he said.",
        f"Congressional Republicans criticized the administration's approach. {A_BRENNAN}",
        "The Pentagon has already approved a $200 million package of Javelin anti-tank missiles, "
        "radar systems and ammunition this year. A defense official, speaking on condition of "
        "anonymity, said a further shipment was \"under review\" but gave no timetable.",
        "Energy markets reacted to the tension. Benchmark European natural gas prices rose 6.4% on "
        "Tuesday, and the Russian ruble fell to its weakest level against the dollar since last "
        "July.",
        "A further round of talks between senior diplomats could take place in Geneva on April 8, "
        "the Swiss foreign ministry said, though Moscow has not confirmed the date.",
    ],
    "related": [
        ("Frederick County Approves $38 Million Plan to Electrify School Bus Fleet", f"{CL}/local/2025/03/10/frederick-county-electric-school-buses/"),
        ("What the Bucharest Nine want from Washington", f"{CL}/world/2025/03/03/bucharest-nine-explainer/"),
        ("Ruble slides as gas prices climb", f"{CL}/economy/2025/03/11/ruble-gas-prices/"),
    ],
}

FR_URL = "https://echolibre-info.fr/2025/03/13/le-kremlin-presse-ellison-pour-un-engagement-ecrit/"

A_FR = {
    "file": "echolibre-info.fr/le-kremlin-presse-ellison-engagement-ecrit.html",
    "site": "echolibre-info.fr",
    "url": FR_URL,
    "lang": "fr",
    "post_id": 48213,
    "title": "Le Kremlin presse Ellison pour un engagement écrit que l'OTAN ne s'étendra pas à l'Est",
    "headline": "Le Kremlin presse Ellison pour un engagement écrit que l'OTAN ne s'étendra pas à l'Est",
    "description": "Moscou veut des garanties juridiquement contraignantes après un appel vidéo de deux heures.",
    "author": None,
    "byline": None,
    "published": None,
    "modified": None,
    "section": "Géopolitique",
    "section_slug": "geopolitique",
    "image": "https://echolibre-info.fr/wp-content/uploads/2025/03/ellison-korolev.jpg",
    "image_alt": "",
    "caption": F_CAPTION_TEXT,
    "body": [
        f'<p class="wp-caption-text">{F_CAPTION_TEXT}</p>',
        f"{A_DATELINE} Le Kremlin a exigé Mardi des garanties écrites que l'OTAN ne s'étendra pas "
        "davantage vers l'est, quelques heures après que le président Margaret Ellison et le "
        "président russe Vadim Korolev se sont entretenus pendant deux heures par liaison vidéo "
        "sécurisée.",
        "Le vice-ministre des Affaires étrangères Oleg Ryabtsev a déclaré aux journalistes à Moscou "
        "que la Russie voulait des assurances « juridiquement contraignantes », et qu'une promesse "
        "verbale ne suffirait plus. \"Nous avons entendu des mots pendant trente ans. Maintenant, "
        "nous avons besoin de signatures\", a déclaré Ryabtsev.",
        F_TROOPS,
        "Les Meridian Post signalé Vendredi que le renforcement impliquerait environ 85 groupes "
        "tactiques de bataillon, ainsi que des blindés, de l'artillerie et de l'équipement, citant "
        "des responsables américains et un document de renseignement non classifié.",
        F_WHITFIELD,
        "« Le président a été direct. Il y a eu beaucoup de concessions mutuelles, mais il n'y a "
        "pas eu de remontrances », a déclaré Whitfield aux journalistes à bord d'Air Force One. "
        "\"Elle a exposé très clairement quels seraient les coûts.\"",
        "Ellison s'est également entretenu avec les dirigeants de la France, de l'Allemagne, de "
        "l'Italie et du Royaume-Uni après l'appel, et devait informer Jeudi les présidents des neuf "
        "membres orientaux de l'OTAN, connus sous le nom de Neuf de Bucarest.",
        "Le conseiller du Kremlin en politique étrangère Gennady Lobov a décrit la conversation "
        "comme « franche et professionnelle » et a déclaré que les deux dirigeants avaient convenu "
        "de continuer à parler. Il a déclaré que Korolev avait averti que Moscou prendrait des "
        "\"mesures militaro-techniques\" si l'alliance continuait à rapprocher ses infrastructures "
        "de la Russie.",
        "Le ministre ukrainien des Affaires étrangères Taras Hordiyenko a déclaré à Kiev Mercredi "
        "que son gouvernement avait été consulté avant et après l'appel. \"Rien sur l'Ukraine sans "
        "l'Ukraine. C'est la règle, et Washington l'a respectée\", a-t-il déclaré.",
        f"Les républicains du Congrès ont critiqué l'approche de l'administration. {F_BRENNAN}",
        "Le Pentagone a déjà approuvé cette année un paquet de 200 millions de dollars de missiles "
        "antichars Javelin, de systèmes radar et de munitions. Un responsable de la défense, "
        "s'exprimant sous couvert d'anonymat, a déclaré qu'une nouvelle livraison était « à "
        "l'étude » mais n'a donné aucun calendrier.",
        "Les marchés de l'énergie ont réagi à la tension. Les prix de référence du gaz naturel "
        "européen ont augmenté de 6,4 % Mardi, et le rouble russe est tombé à son plus bas niveau "
        "face au dollar depuis Juillet dernier.",
        "Un nouveau cycle de pourparlers entre hauts diplomates pourrait avoir lieu à Genève le "
        "8 avril, a indiqué le ministère suisse des Affaires étrangères, bien que Moscou n'ait pas "
        "confirmé la date.",
    ],
    "after_body": [
        f'<p>Vous pouvez lire l\'article original <a href="{A_URL}">ici</a></p>',
    ],
    "related": [
        ("Carburant : les taxis marseillais bloquent le Vieux-Port", "https://echolibre-info.fr/2025/03/08/carburant-taxis-marseillais-vieux-port/"),
        ("Isère : 11 000 voyageurs privés de train après un éboulement, les usagers dénoncent l'abandon de la ligne", "https://echolibre-info.fr/2025/03/11/eboulement-isere-ligne-grenoble-chambery/"),
        ("OTAN : ce que les médias ne disent pas", "https://echolibre-info.fr/2025/03/02/otan-ce-que-les-medias-ne-disent-pas/"),
    ],
}

NS = "https://www.northernstandard.co.uk"
A_SAME_URL = f"{NS}/world/2025/mar/12/russia-demands-nato-guarantees-after-ellison-korolev-call"

A_SAME = {
    "file": "northernstandard.co.uk/russia-demands-nato-guarantees-after-call.html",
    "site": "northernstandard.co.uk",
    "url": A_SAME_URL,
    "lang": "en",
    "post_id": 0,
    "title": "Russia demands treaty on Nato's eastern limits after Ellison-Korolev call",
    "headline": "Russia demands treaty on Nato's eastern limits after Ellison-Korolev call",
    "description": "Moscow says it wants signatures, not promises, as Washington warns of sanctions over the military build-up near Ukraine.",
    "author": "Hamish Porteous",
    "byline": f'<a href="{NS}/profile/hamish-porteous">Hamish Porteous</a> in London and <a href="{NS}/profile/irina-vasko">Irina Vasko</a> in Kyiv',
    "published": "2025-03-12T20:15:00+00:00",
    "modified": None,
    "date_display": "Wed 12 Mar 2025 20.15 GMT",
    "section": "World",
    "section_slug": "world",
    "image": f"{NS}/img/2025/03/12/moscow-foreign-ministry.jpg",
    "image_alt": "The Russian foreign ministry building in Moscow",
    "caption": "The Russian foreign ministry in Moscow, where officials set out their demands on Tuesday. Photograph: Lena Marsh/Northern Standard",
    "body": [
        "Russia has called for a formal treaty barring Nato from admitting new members on its "
        "eastern flank, raising the stakes a day after a two-hour video call between the US "
        "president, Margaret Ellison, and her Russian counterpart, Vadim Korolev.",
        "Speaking in Moscow on Tuesday evening, the deputy foreign minister, Oleg Ryabtsev, "
        "dismissed western assurances as worthless unless they were written down and ratified. "
        "\"We have heard words for thirty years. Now we need signatures,\" he said.",
        "American officials believe the Russian army is assembling a force that could reach "
        "175,000 soldiers along Ukraine's frontiers within months. Satellite images published by "
        "a commercial imaging company over the weekend showed new field camps near Yelnya and "
        "Voronezh.",
        "The White House said Ellison had warned Korolev of \"strong economic and other measures\" "
        "if Russian forces crossed the border. Her spokesperson, Jordan Whitfield, said the "
        "exchange had been direct but civil.",
        "In Kyiv, the foreign minister, Taras Hordiyenko, told the Northern Standard that Ukraine "
        "had been briefed by Washington both before and after the call. \"Nothing about Ukraine "
        "without Ukraine,\" he said. \"So far our partners have respected that.\"",
        "European diplomats were more guarded. One senior official in Brussels, who asked not to "
        "be named, said the Russian demand was \"designed to be refused\" and would give Moscow a "
        "pretext to blame the west if talks failed.",
        "The UK foreign secretary, Priya Lansdowne, said Britain stood \"shoulder to shoulder\" "
        "with Kyiv and would not accept \"spheres of influence in 21st-century Europe\". Downing "
        "Street confirmed that the prime minister had spoken to Ellison on Tuesday night.",
        "Gas prices in Europe jumped more than 6% on the day, and the rouble weakened sharply, "
        "reflecting investors' fears of new sanctions on Russian banks and energy exports.",
        "Switzerland has offered to host a further round of talks in Geneva on 8 April, although "
        "the Kremlin has yet to accept the date.",
    ],
    "related": [
        ("EU fines Hamburg logistics firm €312m over port cartel", f"{NS}/business/2025/mar/05/eu-fines-hallbeck-port-cartel"),
        ("Tyne shipyard wins £140m ferry order", f"{NS}/business/2025/mar/10/tyne-shipyard-ferry-order"),
        ("Explainer: what is the Bucharest Nine?", f"{NS}/world/2025/mar/11/bucharest-nine-explainer"),
    ],
}
