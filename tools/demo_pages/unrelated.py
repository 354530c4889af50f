"""Unrelated articles, one or more per site, in en, fr, de and es."""

CL = "https://capitolledger.com"
U_EN = {
    "file": "capitolledger.com/frederick-county-electric-school-buses.html",
    "site": "capitolledger.com",
    "url": f"{CL}/local/2025/03/10/frederick-county-electric-school-buses/",
    "lang": "en",
    "post_id": 0,
    "title": "Frederick County Approves $38 Million Plan to Electrify School Bus Fleet",
    "headline": "Frederick County Approves $38 Million Plan to Electrify School Bus Fleet",
    "description": "The county will replace 112 diesel buses by 2029, but drivers worry about winter range.",
    "author": "Marcus Delgado",
    "byline": f'By <a rel="author" href="{CL}/staff/marcus-delgado/">Marcus Delgado</a>',
    "published": "2025-03-10T07:05:00-04:00",
    "modified": None,
    "date_display": "March 10, 2025 7:05 a.m. ET",
    "section": "Local",
    "section_slug": "local",
    "image": f"{CL}/media/2025/03/frederick-bus-depot.jpg",
    "image_alt": "Yellow school buses parked at a depot",
    "caption": f'Buses at the county depot in Walkersville, Md. Transportation director <a href="{CL}/people/denise-okafor/">Denise Okafor</a> says the first electric models will arrive in August. (Photo: Marcus Delgado / Capitol Ledger)',
    "body": [
        "FREDERICK, Md. (Capitol Ledger) – The Frederick County Board of Education voted 6-1 on "
        "Thursday to spend $38 million replacing its diesel school buses with electric models, "
        "making it the largest such conversion in Maryland outside the Baltimore area.",
        "Under the plan, the county will buy 112 electric buses over the next four years, starting "
        "with 30 vehicles that are due to arrive in August, before the new school year. About "
        "$14.5 million of the cost will be covered by a federal clean-bus grant announced last "
        "fall.",
        "\"Our kids spend close to an hour a day on these buses. They should not be breathing "
        "diesel exhaust while they do it,\" said board president Laura Whitcombe, who championed "
        "the proposal.",
        "The lone vote against came from board member Gerald Pruitt, who said the district had "
        "not done enough to test how the buses would cope in the county's mountainous northern "
        "routes. \"I am not against electric. I am against buying before we know,\" he said.",
        "Transportation director Denise Okafor said each bus could travel about 135 miles on a "
        "charge, well above the 62-mile average daily route. But she acknowledged that range can "
        "fall by a third in sub-freezing weather, when heaters draw extra power.",
        "The district will install 40 charging stations at its Walkersville and Urbana depots. "
        "Potomac Valley Electric, the local utility, has agreed to supply power at an off-peak "
        "rate of 9 cents per kilowatt-hour for overnight charging.",
        "Several drivers who attended Thursday's meeting said they had not been consulted. "
        "\"Nobody has asked us how we will handle a dead battery on a back road at 7 a.m. in "
        "January,\" said Tanya Moreland, who has driven a route near Thurmont for 17 years.",
        "Okafor said every driver would receive 16 hours of training before the switch and that "
        "the district would keep 20 diesel buses in reserve until at least 2030.",
        "Neighboring Montgomery County began a similar program in 2021 and now runs 326 electric "
        "buses, according to its school system.",
    ],
    "related": [
        ("Kremlin Presses Ellison for Written Pledge That NATO Will Not Expand East", f"{CL}/world/2025/03/12/kremlin-presses-ellison-for-written-pledge-nato-will-not-expand-east/"),
        ("Maryland lawmakers weigh ban on cellphones in classrooms", f"{CL}/local/2025/03/06/maryland-classroom-phone-ban/"),
    ],
}

EL = "https://echolibre-info.fr"
U_FR_EL = {
    "file": "echolibre-info.fr/carburant-taxis-marseillais-vieux-port.html",
    "site": "echolibre-info.fr",
    "url": f"{EL}/2025/03/08/carburant-taxis-marseillais-vieux-port/",
    "lang": "fr",
    "post_id": 48102,
    "title": "Carburant : les taxis marseillais bloquent le Vieux-Port, le gouvernement reste sourd",
    "headline": "Carburant : les taxis marseillais bloquent le Vieux-Port, le gouvernement reste sourd",
    "description": "Plus de 300 taxis ont bloqué le Vieux-Port vendredi pour protester contre la hausse du gazole.",
    "author": None,
    "byline": None,
    "published": "2025-03-08T09:12:00+01:00",
    "modified": None,
    "date_display": "8 mars 2025",
    "section": "France",
    "section_slug": "france",
    "image": f"{EL}/wp-content/uploads/2025/03/taxis-vieux-port.jpg",
    "image_alt": "",
    "caption": "Des taxis stationnés quai des Belges, à Marseille, vendredi matin.",
    "body": [
        "Ils étaient plus de 300, selon les organisateurs, à avoir garé leurs véhicules en travers "
        "du quai des Belges vendredi dès 6 heures du matin. Les chauffeurs de taxi marseillais "
        "protestent contre la hausse du prix du gazole, qui a atteint 1,89 euro le litre dans "
        "certaines stations des Bouches-du-Rhône la semaine dernière.",
        "« On travaille douze heures par jour et on ne gagne plus rien. Le plein me coûte 20 euros "
        "de plus qu'en janvier », témoigne Karim Benhaddou, chauffeur depuis quatorze ans et membre "
        "du syndicat Taxis Unis 13.",
        "Les manifestants réclament le rétablissement d'une remise de 15 centimes par litre pour "
        "les professionnels, supprimée au 1er janvier. Le syndicat affirme que ses adhérents ont "
        "perdu en moyenne 340 euros de revenu par mois depuis l'automne.",
        "La circulation a été fortement perturbée dans tout le centre-ville. La Régie des "
        "transports a dévié onze lignes de bus et le tunnel du Vieux-Port a été fermé pendant "
        "plus de trois heures.",
        "À la préfecture, on indique qu'une délégation de cinq chauffeurs a été reçue en fin de "
        "matinée par le directeur de cabinet. Aucune annonce n'a été faite à l'issue de la "
        "rencontre.",
        "Comme d'habitude, les grands médias nationaux ont à peine évoqué le mouvement, préférant "
        "parler des embouteillages plutôt que des raisons de la colère.",
        "« Paris ne nous écoute pas. Si rien ne bouge d'ici mercredi, nous irons bloquer "
        "l'aéroport de Marignane », prévient Sandrine Ollivier, porte-parole du collectif.",
        "Selon les chiffres du syndicat, Marseille compte environ 1 600 licences de taxi, dont près "
        "des deux tiers sont exploitées par des artisans indépendants.",
    ],
    "related": [
        ("Le Kremlin presse Ellison pour un engagement écrit que l'OTAN ne s'étendra pas à l'Est", f"{EL}/2025/03/13/le-kremlin-presse-ellison-pour-un-engagement-ecrit/"),
        ("OTAN : ce que les médias ne disent pas", f"{EL}/2025/03/02/otan-ce-que-les-medias-ne-disent-pas/"),
    ],
}

ODL = "https://www.observateur-littoral.fr"
U_FR_ODL = {
    "file": "observateur-littoral.fr/la-criee-saison-record-sardine.html",
    "site": "observateur-littoral.fr",
    "url": f"{ODL}/la-rochelle/la-criee-saison-record-sardine-07-03-2025",
    "lang": "fr",
    "post_id": 0,
    "title": "La Rochelle : saison record pour la sardine à la criée de Chef-de-Baie",
    "headline": "La Rochelle : saison record pour la sardine à la criée de Chef-de-Baie",
    "description": "Plus de 2 100 tonnes de sardines ont été vendues en 2024, un niveau jamais atteint depuis vingt ans.",
    "author": "Yannick Le Goff",
    "byline": "Par Yannick Le Goff",
    "published": "2025-03-07T18:30:00+01:00",
    "modified": None,
    "date_display": "Publié le 7 mars 2025 à 18h30",
    "section": "La Rochelle",
    "section_slug": "la-rochelle",
    "image": f"{ODL}/images/2025/03/criee-chef-de-baie.jpg",
    "image_alt": "Caisses de sardines à la criée",
    "caption": "Des caisses de sardines sous la halle de la criée, jeudi matin. Photo : Yannick Le Goff",
    "body": [
        "La criée de La Rochelle a vendu 2 140 tonnes de sardines en 2024, un record depuis au "
        "moins vingt ans, selon le bilan présenté jeudi par la Société d'exploitation du port de "
        "pêche de Chef-de-Baie.",
        "C'est 38 % de plus qu'en 2023. Le prix moyen s'est établi à 1,42 euro le kilo, contre "
        "1,65 euro un an plus tôt, un recul que les mareyeurs attribuent à l'abondance du poisson "
        "dans le golfe de Gascogne.",
        "« Les bateaux rentraient pleins presque tous les jours en septembre. On n'avait pas vu ça "
        "depuis le début des années 2000 », raconte Jean-Marc Poitevin, patron du bolincheur "
        "Ar Vag, basé à La Cotinière.",
        "Au total, toutes espèces confondues, la criée a écoulé 6 870 tonnes de produits de la "
        "mer pour un chiffre d'affaires de 31,2 millions d'euros, en hausse de 4 %.",
        "La directrice du port, Claire Mounier-Bosc, se veut toutefois prudente. « Une bonne "
        "année ne fait pas une tendance. Le merlu et la sole continuent de baisser, et ce sont eux "
        "qui font vivre la majorité de nos chalutiers », souligne-t-elle.",
        "Les scientifiques de l'Institut atlantique des ressources marines doivent publier en mai "
        "une nouvelle évaluation du stock de sardine, dont dépendront les quotas de 2026.",
        "Le port prévoit par ailleurs d'investir 4,8 millions d'euros d'ici 2027 pour moderniser "
        "sa chaîne du froid et installer des panneaux solaires sur le toit de la halle.",
        "Vingt-trois navires sont actuellement immatriculés à La Rochelle, contre trente-cinq il y "
        "a quinze ans.",
    ],
    "related": [
        ("Éboulement en Isère : la ligne Grenoble-Chambéry coupée pour au moins trois semaines", f"{ODL}/actualite/france/eboulement-en-isere-la-ligne-grenoble-chambery-coupee-pour-au-moins-trois-semaines-10-03-2025"),
        ("Royan : le front de mer en travaux jusqu'en juin", f"{ODL}/royan/front-de-mer-travaux-04-03-2025"),
    ],
}

G2R = "https://www.gazette-deux-rives.fr"
U_FR_G2R = {
    "file": "gazette-deux-rives.fr/foire-bd-42000-visiteurs.html",
    "site": "gazette-deux-rives.fr",
    "url": f"{G2R}/culture/2025/03/09/foire-bd-42000-visiteurs/",
    "lang": "fr",
    "post_id": 9904,
    "title": "Strasbourg : la Foire de la BD franco-allemande attire 42 000 visiteurs",
    "headline": "Strasbourg : la Foire de la BD franco-allemande attire 42 000 visiteurs",
    "description": "La troisième édition de la foire a battu son record de fréquentation au Parc des expositions du Wacken.",
    "author": "Odile Kieffer",
    "byline": "Odile Kieffer",
    "published": "2025-03-09T20:45:00+01:00",
    "modified": None,
    "date_display": "9 mars 2025",
    "section": "Culture",
    "section_slug": "culture",
    "image": f"{G2R}/wp-content/uploads/2025/03/foire-bd-wacken.jpg",
    "image_alt": "Visiteurs devant les stands d'éditeurs",
    "caption": f'Les allées du Parc des expositions, samedi. <a href="{G2R}/tag/lena-hofstetter/">Léna Hofstetter</a> a dédicacé pendant six heures. Photo G2R / Paul Weiss',
    "body": [
        "La troisième Foire de la bande dessinée franco-allemande a fermé ses portes dimanche soir "
        "au Parc des expositions du Wacken, à Strasbourg, avec 42 000 entrées en trois jours, "
        "contre 31 500 l'an dernier.",
        "Quelque 180 auteurs et 65 éditeurs des deux côtés du Rhin avaient fait le déplacement. "
        "Les organisateurs avaient ajouté cette année un pavillon consacré au manga, qui a attiré "
        "à lui seul près de 9 000 jeunes visiteurs.",
        "« Nous voulions prouver qu'un salon bilingue pouvait fonctionner. Aujourd'hui, un "
        "visiteur sur trois vient d'Allemagne », se félicite Thomas Richert, président de "
        "l'association Bulles sans frontières, qui organise l'événement.",
        "La dessinatrice fribourgeoise Léna Hofstetter, dont l'album « Die Fähre » a été traduit "
        "en français à l'automne, a dédicacé pendant six heures samedi. « Les lecteurs français "
        "posent d'autres questions que les lecteurs allemands, c'est passionnant », confie-t-elle.",
        "Le grand prix du jury, doté de 5 000 euros par l'Eurométropole, a été attribué au "
        "Strasbourgeois Rémi Ackermann pour « Les Nuits du port du Rhin », un polar situé dans "
        "les années 1950.",
        "Côté transports, la Compagnie des transports strasbourgeois avait renforcé la ligne B du "
        "tram, avec une rame toutes les quatre minutes le samedi après-midi.",
        "Le budget de la foire s'élève à 780 000 euros, dont 40 % de subventions publiques "
        "françaises et allemandes.",
        "La prochaine édition est prévue du 6 au 8 mars 2026, cette fois à Kehl, de l'autre côté "
        "du Rhin.",
    ],
    "related": [
        ("Éboulement en Isère : la ligne Grenoble-Chambéry coupée pour au moins trois semaines", f"{G2R}/france-monde/2025/03/10/eboulement-en-isere-la-ligne-grenoble-chambery-coupee/"),
        ("Kehl : le tram franchit le Rhin toutes les 7 minutes", f"{G2R}/strasbourg/2025/03/02/tram-kehl-frequence/"),
    ],
}

RB = "https://www.rheinbote.de"
U_DE = {
    "file": "rheinbote.de/koblenz-stadtrat-neue-rheinfaehre.html",
    "site": "rheinbote.de",
    "url": f"{RB}/region/koblenz-stadtrat-neue-rheinfaehre-a-88390.html",
    "lang": "de",
    "post_id": 0,
    "title": "Koblenz: Stadtrat beschließt neue Rheinfähre nach Ehrenbreitstein",
    "headline": "Koblenz: Stadtrat beschließt neue Rheinfähre nach Ehrenbreitstein",
    "description": "Die Fähre soll ab 2027 elektrisch fahren und 120 Fahrgäste befördern. Die Kosten liegen bei 6,4 Millionen Euro.",
    "author": "Sabine Hollerbach",
    "byline": f'Von <a href="{RB}/autoren/sabine-hollerbach">Sabine Hollerbach</a>',
    "published": "2025-03-04T17:10:00+01:00",
    "modified": None,
    "date_display": "04.03.2025, 17:10 Uhr",
    "section": "Region",
    "section_slug": "region",
    "image": f"{RB}/bilder/2025/03/rheinfaehre-koblenz.jpg",
    "image_alt": "Die alte Fähre am Koblenzer Rheinufer",
    "caption": "Die bisherige Fähre „Schängel II“ ist seit 1983 im Einsatz. Foto: Sabine Hollerbach",
    "body": [
        "Der Koblenzer Stadtrat hat am Montagabend mit großer Mehrheit den Kauf einer neuen, "
        "elektrisch betriebenen Rheinfähre zwischen der Altstadt und Ehrenbreitstein beschlossen. "
        "Für das Projekt stimmten 48 Ratsmitglieder, sechs enthielten sich.",
        "Die neue Fähre soll im Frühjahr 2027 in Dienst gehen und bis zu 120 Fahrgäste sowie "
        "30 Fahrräder befördern. Die Kosten werden auf 6,4 Millionen Euro geschätzt, davon "
        "übernimmt das Land Rheinland-Pfalz 2,6 Millionen Euro.",
        "„Die alte Fähre ist über vierzig Jahre alt, und jedes Jahr finden wir neue Roststellen. "
        "Wir mussten handeln“, sagte Oberbürgermeister Friedhelm Sauer in der Sitzung.",
        "Die bisherige Fähre „Schängel II“ verbraucht nach Angaben der Stadtwerke rund 38 000 "
        "Liter Diesel im Jahr. Die neue Fähre soll mit Strom aus einer Solaranlage auf dem Dach "
        "des Fähranlegers geladen werden.",
        "Kritik kam von der Fraktion der Freien Wähler. Deren Sprecherin Ute Brinkmann bemängelte, "
        "dass die Betriebskosten noch nicht feststünden. „Wir kaufen ein Schiff, ohne zu wissen, "
        "was uns der Betrieb in zehn Jahren kostet“, sagte sie.",
        "Täglich nutzen nach Zählungen der Stadt im Sommer bis zu 2500 Menschen die Fähre, im "
        "Winter sind es etwa 400. Viele von ihnen sind Touristen auf dem Weg zur Festung.",
        "Die Ausschreibung für den Bau soll im Mai beginnen. Interesse haben nach Angaben der "
        "Verwaltung bereits zwei Werften aus den Niederlanden und eine aus Duisburg bekundet.",
        "Während der Bauzeit bleibt die alte Fähre in Betrieb. Danach soll sie an einen Verein in "
        "Bingen verkauft werden, der sie als schwimmendes Museum nutzen möchte.",
    ],
    "related": [
        ("EU verhängt 312 Millionen Euro Strafe gegen Hamburger Logistiker Hallbeck", f"{RB}/wirtschaft/eu-verhaengt-312-millionen-euro-strafe-gegen-hallbeck-a-88412.html"),
        ("Mittelrhein: Winzer rechnen mit kleinerer Ernte", f"{RB}/region/mittelrhein-winzer-ernte-a-88301.html"),
    ],
}

MDS = "https://www.elmiradordelsur.es"
U_ES = {
    "file": "elmiradordelsur.es/sequia-restricciones-riego-cadiz.html",
    "site": "elmiradordelsur.es",
    "url": f"{MDS}/provincia/2025/03/11/sequia-restricciones-riego-14-municipios/",
    "lang": "es",
    "post_id": 20533,
    "title": "La sequía obliga a restringir el riego en 14 municipios de la provincia de Cádiz",
    "headline": "La sequía obliga a restringir el riego en 14 municipios de la provincia de Cádiz",
    "description": "Los embalses de la cuenca del Guadalete están al 21 % de su capacidad.",
    "author": "Lucía Barroso",
    "byline": "Lucía Barroso",
    "published": "2025-03-11T13:25:00+01:00",
    "modified": None,
    "date_display": "11 de marzo de 2025",
    "section": "Provincia",
    "section_slug": "provincia",
    "image": f"{MDS}/wp-content/uploads/2025/03/embalse-guadalete.jpg",
    "image_alt": "Embalse con bajo nivel de agua",
    "caption": "El embalse de Bornos, el pasado domingo. Foto: Lucía Barroso",
    "body": [
        "La Confederación Hidrográfica del Bajo Guadalete aprobó el lunes restricciones al riego "
        "agrícola en 14 municipios de la provincia de Cádiz, después de un invierno en el que ha "
        "llovido menos de la mitad de lo habitual.",
        "Los embalses de la cuenca se encuentran al 21 % de su capacidad, frente al 34 % de hace "
        "un año. El de Bornos, el más afectado, apenas almacena 42 hectómetros cúbicos.",
        "A partir del 1 de abril, los regantes solo podrán utilizar 2.200 metros cúbicos por "
        "hectárea y año, un 35 % menos que la dotación ordinaria.",
        "«Con esta agua no se puede sacar adelante una campaña de algodón. Muchos vamos a dejar "
        "las tierras sin sembrar», lamentó Francisco Villalón, presidente de la comunidad de "
        "regantes de la Costa Noroeste.",
        "El presidente de la confederación, Ignacio Mateos, defendió la medida como «dolorosa "
        "pero imprescindible» para garantizar el abastecimiento de agua potable a cerca de "
        "800.000 personas durante el verano.",
        "La Junta de Andalucía ha anunciado ayudas de 18 millones de euros para los agricultores "
        "afectados, aunque las organizaciones agrarias las consideran insuficientes.",
        "Los municipios de la Sierra, como Grazalema y Ubrique, quedan por ahora fuera de las "
        "restricciones, ya que se abastecen de acuíferos propios.",
        "La Agencia Estatal de Meteorología prevé una primavera más cálida y seca de lo normal en "
        "el sur de la península.",
    ],
    "related": [
        ("El puerto de Cádiz recibe 287 cruceros en 2024", f"{MDS}/cadiz/2025/02/27/puerto-cruceros-2024/"),
        ("Jerez amplía el horario del autobús nocturno", f"{MDS}/provincia/2025/03/05/jerez-autobus-nocturno/"),
    ],
}

AEI = "https://www.aei-depeches.fr"
U_FR_AEI = {
    "file": "aei-depeches.fr/greve-controleurs-aeriens-lyon.html",
    "site": "aei-depeches.fr",
    "url": f"{AEI}/depeche/2025/03/09/greve-controleurs-lyon",
    "lang": "fr",
    "post_id": 0,
    "title": "Grève des contrôleurs aériens : 30 % des vols annulés lundi à Lyon-Saint-Exupéry",
    "headline": "Grève des contrôleurs aériens : 30 % des vols annulés lundi à Lyon-Saint-Exupéry",
    "description": "La Direction de la navigation aérienne demande aux compagnies de réduire leurs programmes.",
    "author": "AEI",
    "byline": "AEI – bureau de Lyon",
    "published": "2025-03-09T16:40:00+01:00",
    "modified": None,
    "date_display": "09/03/2025 16:40",
    "section": "Économie",
    "section_slug": "economie",
    "image": f"{AEI}/photos/2025/03/09/lyon-saint-exupery-tableau.jpg",
    "image_alt": "Tableau des départs à l'aéroport",
    "caption": "Le tableau des départs à l'aéroport de Lyon-Saint-Exupéry, en février. © AEI / Samir Bouaziz",
    "body": [
        "LYON (AEI) — Les compagnies aériennes devront annuler 30 % de leurs vols lundi à "
        "l'aéroport de Lyon-Saint-Exupéry en raison d'une grève des contrôleurs aériens, a annoncé "
        "dimanche la Direction de la navigation aérienne (DNA).",
        "Le préavis, déposé par le Syndicat autonome du contrôle aérien (SACA), court de lundi "
        "6 heures à mardi 6 heures. Les aéroports de Grenoble-Isère et de Chambéry sont également "
        "concernés, avec des réductions de 20 % de leurs programmes.",
        "Le syndicat réclame le recrutement de 150 contrôleurs supplémentaires d'ici 2027 et "
        "dénonce des effectifs « au plus bas depuis quinze ans » au centre de contrôle de "
        "Lyon-Mont-Verdun.",
        "« Nos collègues enchaînent des vacations de nuit sans repos suffisant. La sécurité ne "
        "peut pas reposer sur la seule bonne volonté », a déclaré à l'AEI le secrétaire général "
        "du SACA, Patrice Lemaire.",
        "La DNA affirme de son côté que 62 contrôleurs ont été recrutés en 2024 et qu'une "
        "nouvelle promotion de 48 élèves sortira de l'école en septembre.",
        "Environ 23 000 passagers étaient attendus lundi à Lyon-Saint-Exupéry. L'aéroport invite "
        "les voyageurs à vérifier l'état de leur vol auprès de leur compagnie avant de se "
        "déplacer.",
        "La compagnie régionale AlpAir a annoncé l'annulation de 18 de ses 41 vols prévus, dont "
        "toutes ses liaisons vers Nantes et Bordeaux. « Nous proposons un remboursement intégral "
        "ou un report sans frais », a précisé sa porte-parole, Inès Carvalho.",
        "Il s'agit du deuxième mouvement de ce type depuis le début de l'année, après une grève "
        "de 24 heures le 14 janvier qui avait entraîné l'annulation de 210 vols dans le "
        "quart sud-est du pays.",
    ],
    "related": [
        ("Éboulement en Isère : la ligne Grenoble-Chambéry coupée pour au moins trois semaines", f"{AEI}/depeche/2025/03/10/eboulement-ligne-grenoble-chambery-coupee-trois-semaines"),
        ("Le prix du gazole repasse sous 1,70 euro", f"{AEI}/depeche/2025/03/08/prix-gazole"),
    ],
}

U_ES2 = {
    "file": "elmiradordelsur.es/puerto-cadiz-cruceros-2024.html",
    "site": "elmiradordelsur.es",
    "url": f"{MDS}/cadiz/2025/02/27/puerto-cruceros-2024/",
    "lang": "es",
    "post_id": 20388,
    "title": "El puerto de Cádiz recibe 287 cruceros en 2024 y roza el medio millón de pasajeros",
    "headline": "El puerto de Cádiz recibe 287 cruceros en 2024 y roza el medio millón de pasajeros",
    "description": "La Autoridad Portuaria de la Bahía presenta su balance anual con un aumento del 12 %.",
    "author": "Andrés Pemán",
    "byline": "Andrés Pemán",
    "published": "2025-02-27T10:05:00+01:00",
    "modified": None,
    "date_display": "27 de febrero de 2025",
    "section": "Cádiz",
    "section_slug": "cadiz",
    "image": f"{MDS}/wp-content/uploads/2025/02/crucero-muelle-cadiz.jpg",
    "image_alt": "Un crucero atracado en el muelle de Cádiz",
    "caption": "Un crucero atracado en el muelle Reina Victoria, el pasado martes. Foto: Andrés Pemán",
    "body": [
        "El puerto de Cádiz recibió 287 escalas de cruceros en 2024, un 12 % más que el año "
        "anterior, según el balance presentado este miércoles por la Autoridad Portuaria de la "
        "Bahía de Cádiz.",
        "Los barcos trajeron a la ciudad a 497.300 pasajeros, la cifra más alta de su historia. "
        "Octubre fue el mes con más actividad, con 46 escalas y días en los que coincidieron "
        "hasta cuatro buques en los muelles.",
        "«Cádiz ya no es solo una parada de paso. Cada vez más navieras la eligen como puerto de "
        "embarque», explicó la presidenta de la Autoridad Portuaria, Marta Villanueva.",
        "El organismo calcula que cada crucerista gasta una media de 68 euros durante su visita, "
        "lo que supondría un impacto directo de unos 34 millones de euros en el comercio y la "
        "hostelería locales.",
        "No todos comparten el entusiasmo. La asociación vecinal del barrio de Santa María "
        "denuncia la saturación de las calles del casco antiguo en los días de mayor afluencia. "
        "«Hay mañanas en las que no se puede ni pasear», afirmó su portavoz, Rocío Garrido.",
        "El Ayuntamiento estudia limitar el tamaño de los grupos guiados a 25 personas y "
        "establecer recorridos alternativos por los barrios de extramuros.",
        "La Autoridad Portuaria invertirá además 9,5 millones de euros en la electrificación del "
        "muelle Reina Victoria, que permitirá a los buques apagar sus motores durante la escala "
        "a partir de 2027.",
        "Para este año, las navieras han confirmado ya 301 escalas, entre ellas la primera de un "
        "buque de expedición con destino a la Antártida.",
    ],
    "related": [
        ("La sequía obliga a restringir el riego en 14 municipios de la provincia de Cádiz", f"{MDS}/provincia/2025/03/11/sequia-restricciones-riego-14-municipios/"),
        ("Jerez amplía el horario del autobús nocturno", f"{MDS}/provincia/2025/03/05/jerez-autobus-nocturno/"),
    ],
}
