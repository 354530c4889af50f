"""Story C: EU fine on a Hamburg logistics firm. Original (en-GB) and a faithful German translation."""

NS = "https://www.northernstandard.co.uk"
C_URL = f"{NS}/business/2025/mar/05/eu-fines-hallbeck-port-cartel"
RB = "https://www.rheinbote.de"
C_DE_URL = f"{RB}/wirtschaft/eu-verhaengt-312-millionen-euro-strafe-gegen-hallbeck-a-88412.html"

C_EN = {
    "file": "northernstandard.co.uk/eu-fines-hallbeck-port-cartel.html",
    "site": "northernstandard.co.uk",
    "url": C_URL,
    "lang": "en",
    "post_id": 0,
    "title": "EU fines Hamburg logistics firm €312m over port cartel",
    "headline": "EU fines Hamburg logistics firm €312m over port cartel",
    "description": "Hallbeck Logistik and two rivals shared out container-handling contracts at North Sea ports for six years, Brussels says.",
    "author": "Fiona McAllister",
    "byline": f'<a href="{NS}/profile/fiona-mcallister">Fiona McAllister</a>, Europe correspondent',
    "published": "2025-03-05T11:20:00+00:00",
    "modified": None,
    "date_display": "Wed 5 Mar 2025 11.20 GMT",
    "section": "Business",
    "section_slug": "business",
    "image": f"{NS}/img/2025/03/05/hamburg-container-terminal.jpg",
    "image_alt": "Container cranes at the port of Hamburg",
    "caption": f'Cranes at a container terminal in Hamburg. <a href="{NS}/profile/annelie-brandt">Annelie Brandt</a>, the competition commissioner, said the cartel had raised costs for importers across Europe. Photograph: Jonas Keller/Northern Standard',
    "body": [
        "BRUSSELS – The European Commission has fined the Hamburg-based logistics group Hallbeck "
        "Logistik €312m for leading a cartel that carved up container-handling contracts at North "
        "Sea ports for more than six years.",
        "Two smaller companies, the Dutch operator Vermeulen Havendiensten and the Danish firm "
        "Skagerak Terminals, were fined a combined €97m. All three admitted their involvement and "
        "had their penalties reduced by 10% in exchange.",
        "According to the commission, managers from the three firms met at least 41 times between "
        "April 2016 and September 2022, usually in hotels near Bremen airport, to decide in advance "
        "which of them would win tenders at Hamburg, Bremerhaven, Rotterdam and Esbjerg.",
        f'"This was not a grey area. These companies sat around a table and shared out the market '
        f'like a cake," the EU competition commissioner, <a href="{NS}/profile/annelie-brandt">Annelie Brandt</a>, '
        "told reporters in Brussels on Wednesday.",
        "The investigation began in 2022 after a former Skagerak employee approached the "
        "commission under its whistleblower programme. Inspectors raided the offices of all three "
        "companies in November of that year.",
        "Brandt said the cartel had added between 4% and 7% to the cost of handling a container, "
        "costs that were passed on to importers and, ultimately, to consumers. British retailers "
        "that ship goods through Rotterdam were among those affected, she said.",
        "Hallbeck, which employs about 9,800 people in 14 countries, said it had \"cooperated fully\" "
        "and had replaced its entire sales management since the raids. \"We deeply regret the "
        "conduct of former employees,\" the chief executive, Matthias Oberg, said in a statement.",
        "The company's shares fell 3.2% in Frankfurt on Wednesday morning. Analysts at the bank "
        "Lindqvist &amp; Partner said the fine was lower than the €400m to €450m the market had feared.",
        "The fine is the largest imposed in the transport sector since 2019. Companies have two "
        "months to appeal to the EU's General Court in Luxembourg.",
        "Port unions in Hamburg welcomed the decision but warned that the company should not cut "
        "jobs to pay the penalty. \"Dockers did not sit in those hotel rooms,\" said Kerstin Wahl of "
        "the transport union.",
    ],
    "related": [
        ("Russia demands treaty on Nato's eastern limits after Ellison-Korolev call", f"{NS}/world/2025/mar/12/russia-demands-nato-guarantees-after-ellison-korolev-call"),
        ("Tyne shipyard wins £140m ferry order", f"{NS}/business/2025/mar/10/tyne-shipyard-ferry-order"),
    ],
}

C_DE = {
    "file": "rheinbote.de/eu-strafe-hallbeck-hafenkartell.html",
    "site": "rheinbote.de",
    "url": C_DE_URL,
    "lang": "de",
    "post_id": 0,
    "title": "EU verhängt 312 Millionen Euro Strafe gegen Hamburger Logistiker Hallbeck",
    "headline": "EU verhängt 312 Millionen Euro Strafe gegen Hamburger Logistiker Hallbeck",
    "description": "Hallbeck Logistik und zwei Konkurrenten sollen sechs Jahre lang Aufträge in Nordseehäfen untereinander aufgeteilt haben.",
    "author": "Fiona McAllister",
    "byline": "Von Fiona McAllister (The Northern Standard), aus dem Englischen von Tobias Reuter",
    "published": "2025-03-06T06:30:00+01:00",
    "modified": None,
    "date_display": "06.03.2025, 06:30 Uhr",
    "section": "Wirtschaft",
    "section_slug": "wirtschaft",
    "image": f"{RB}/bilder/2025/03/hamburg-containerterminal.jpg",
    "image_alt": "Containerbrücken im Hamburger Hafen",
    "caption": "Containerbrücken an einem Terminal in Hamburg. EU-Wettbewerbskommissarin Annelie Brandt sagte, das Kartell habe die Kosten für Importeure in ganz Europa erhöht. Foto: Jonas Keller/Northern Standard",
    "body": [
        "BRÜSSEL – Die Europäische Kommission hat gegen den Hamburger Logistikkonzern Hallbeck "
        "Logistik eine Geldbuße von 312 Millionen Euro verhängt, weil er ein Kartell angeführt "
        "haben soll, das mehr als sechs Jahre lang Aufträge für den Containerumschlag in "
        "Nordseehäfen aufteilte.",
        "Zwei kleinere Unternehmen, der niederländische Betreiber Vermeulen Havendiensten und die "
        "dänische Firma Skagerak Terminals, müssen zusammen 97 Millionen Euro zahlen. Alle drei "
        "räumten ihre Beteiligung ein und erhielten dafür einen Nachlass von 10 Prozent.",
        "Nach Angaben der Kommission trafen sich Manager der drei Firmen zwischen April 2016 und "
        "September 2022 mindestens 41 Mal, meist in Hotels in der Nähe des Bremer Flughafens, um "
        "im Voraus festzulegen, wer von ihnen Ausschreibungen in Hamburg, Bremerhaven, Rotterdam "
        "und Esbjerg gewinnen sollte.",
        "„Das war keine Grauzone. Diese Unternehmen haben sich an einen Tisch gesetzt und den "
        "Markt aufgeteilt wie einen Kuchen“, sagte EU-Wettbewerbskommissarin Annelie Brandt am "
        "Mittwoch vor Journalisten in Brüssel.",
        "Die Ermittlungen begannen 2022, nachdem sich ein ehemaliger Mitarbeiter von Skagerak über "
        "das Hinweisgeberprogramm an die Kommission gewandt hatte. Im November desselben Jahres "
        "durchsuchten Inspektoren die Büros aller drei Unternehmen.",
        "Brandt zufolge verteuerte das Kartell den Umschlag eines Containers um 4 bis 7 Prozent. "
        "Diese Kosten seien an Importeure und letztlich an Verbraucher weitergegeben worden. Auch "
        "britische Einzelhändler, die Waren über Rotterdam verschiffen, seien betroffen gewesen.",
        "Hallbeck, das rund 9800 Menschen in 14 Ländern beschäftigt, erklärte, man habe „in vollem "
        "Umfang kooperiert“ und seit den Durchsuchungen die gesamte Vertriebsleitung ausgetauscht. "
        "„Wir bedauern das Verhalten ehemaliger Mitarbeiter zutiefst“, teilte Vorstandschef "
        "Matthias Oberg mit.",
        "Die Aktie des Unternehmens fiel am Mittwochmorgen in Frankfurt um 3,2 Prozent. Analysten "
        "der Bank Lindqvist &amp; Partner wiesen darauf hin, dass die Strafe niedriger ausfiel als die "
        "400 bis 450 Millionen Euro, die der Markt befürchtet hatte.",
        "Es ist die höchste Geldbuße im Verkehrssektor seit 2019. Die Unternehmen können innerhalb "
        "von zwei Monaten beim Gericht der EU in Luxemburg Berufung einlegen.",
        "Die Hafengewerkschaften in Hamburg begrüßten die Entscheidung, warnten aber, das "
        "Unternehmen dürfe zur Begleichung der Strafe keine Stellen streichen. „Die Hafenarbeiter "
        "saßen nicht in diesen Hotelzimmern“, sagte Kerstin Wahl von der Verkehrsgewerkschaft.",
    ],
    "after_body": [
        f'<p class="rb-hinweis"><em>Dieser Beitrag erschien zuerst auf Englisch bei <a href="{C_URL}">The Northern Standard</a>. Übersetzung: Tobias Reuter.</em></p>',
    ],
    "related": [
        ("Koblenz: Stadtrat beschließt neue Rheinfähre nach Ehrenbreitstein", f"{RB}/region/koblenz-stadtrat-neue-rheinfaehre-a-88390.html"),
        ("Mittelrhein: Winzer rechnen mit kleinerer Ernte", f"{RB}/region/mittelrhein-winzer-ernte-a-88301.html"),
    ],
}
