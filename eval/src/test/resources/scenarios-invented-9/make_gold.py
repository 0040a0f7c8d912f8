"""Writes gold.json for the ninth set of invented scenarios (articles/), checking every evidence and boilerplate
string against its article. Run: python3 make_gold.py. Everything here (articles and gold) was written for
storywire by hand, before any run of the system on it; all names, places, outlets and events are invented."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from scenario_gold import write  # noqa: E402 (the sets' shared check and writer)

A1, A2, A3 = "a1_brannock_talks_en.txt", "a2_heidmoor_gespraeche.txt", "a3_brannock_deal_en.txt"
B1, B2 = "b1_larsfeld_dienstjet.txt", "b2_larsfeld_raeumt_ein.txt"
C1, C2, C3 = "c1_sarvonia_border_en.txt", "c2_kostrel_beobachter.txt", "c3_drelland_pullback_en.txt"
D1, D2 = "d1_quorvik_leak_en.txt", "d2_quorvik_datenleck.txt"
E1 = "e1_uhlenbrock_pflege.txt"

WIRE = ["(c) Meridian Wire 2028"]
ARTICLES = [
    dict(file=A1, language="en", published="2028-05-02T09:15:00Z",
         published_hint="dateline 'May 2, 2028 9:15 AM GMT' in the text",
         boilerplate=["By Niamh Tolliver", "Reporting by Niamh Tolliver; Editing by Gareth Pellow"] + WIRE),
    dict(file=B1, language="de", published="2028-05-03T12:20:00+02:00",
         boilerplate=["Von Torben Ahlgrimm", "03.05.2028, 12:20 Uhr", "Foto: Landtag Nordmark", "Artikel teilen",
                      "Mehr aus der Landespolitik"]),
    dict(file=A2, language="de", published="2028-05-04T17:40:00+02:00",
         boilerplate=["Von Levke Brodersen", "04.05.2028, 17:40 Uhr", "Foto: Brodersen", "Artikel teilen",
                      "Mehr aus der Wirtschaft"]),
    dict(file=C1, language="en", published="2028-05-05T16:30:00Z",
         published_hint="dateline 'May 5, 2028 4:30 PM GMT' in the text",
         boilerplate=["By Pavel Undset", "Reporting by Pavel Undset; Editing by Gareth Pellow"] + WIRE),
    dict(file=C2, language="de", published="2028-05-07T19:05:00+02:00",
         boilerplate=["Von Almut Recknagel", "07.05.2028, 19:05 Uhr", "Artikel teilen", "Mehr aus dem Ausland"]),
    dict(file=B2, language="de", published="2028-05-09T15:50:00+02:00",
         boilerplate=["npa lb/km", "© Nordpresse Agentur, npa-280509-18-20341/1"]),
    dict(file=E1, language="de", published="2028-05-10T14:35:00+02:00",
         boilerplate=["Von Torben Ahlgrimm", "10.05.2028, 14:35 Uhr", "Foto: Ahlgrimm", "Artikel teilen",
                      "Mehr aus Velmar"]),
    dict(file=D1, language="en", published="2028-05-12T08:30:00+02:00",
         published_hint="dateline '12 May 2028 | 08:30 CET' in the text (CEST in May)",
         boilerplate=["By Caspar Hollingbrook", "Share on LinkedIn | Share on X | Email", "© Bytewatch 2028"]),
    dict(file=C3, language="en", published="2028-05-13T11:20:00Z",
         published_hint="dateline 'May 13, 2028 11:20 AM GMT' in the text",
         boilerplate=["By Pavel Undset", "Reporting by Pavel Undset; Editing by Gareth Pellow"] + WIRE),
    dict(file=A3, language="en", published="2028-05-16T07:05:00Z",
         published_hint="dateline 'May 16, 2028 7:05 AM GMT' in the text",
         boilerplate=["By Niamh Tolliver", "Reporting by Niamh Tolliver; Editing by Gareth Pellow"] + WIRE),
    dict(file=D2, language="de", published="2028-05-17T10:15:00+02:00",
         boilerplate=["Von Jorinde Maasberg", "17.05.2028, 10:15 Uhr", "Artikel teilen", "Mehr aus Digital"]),
]

BH, BP = "brannock-heidmoor-takeover", "brannock-tessin-closure"
LJ, LC = "larsfeld-jet-flight", "larsfeld-consulting-contract"
SB = "drelland-border-incursion"
QL, QW = "quorvik-stridely-leak", "quorvik-ignored-warning"
KU = "uhlenbrock-night-shifts"

STORIES = [
    dict(id=BH, title="Brannock Foods buys the German dairy Molkerei Heidmoor",
         actors=["Brannock Foods", "Molkerei Heidmoor"], final_status="CLAIMED",
         positions={"Meridian Wire sources": "CLAIM", "Brannock Foods": "CONFIRMATION",
                    "Molkerei Heidmoor": "CONFIRMATION"},
         note="The claim is worded differently in each article ('in advanced talks to acquire', 'Gespräche über eine "
              "Übernahme', 'agreed to buy'). An English wire: anonymous sources, Brannock declines, Heidmoor does not "
              "respond; two days later a German local paper: Heidmoor's managing director confirms talks, 'Der "
              "Lebensmittelkonzern aus Dublin' declines; two weeks later the wire: Brannock announces the deal."),
    dict(id=BP, title="Brannock plans to close Heidmoor's plant in Tessin-Ost",
         actors=["Brannock Foods"], final_status="DENIED",
         positions={"NGG-Nord": "CLAIM", "Brannock Foods": "DENIAL"},
         note="A second story in the deal article: a union (acronym only) claims, Brannock's chief executive denies."),
    dict(id=LJ, title="Transport minister Edmund Larsfeld used the state government's jet for a private trip",
         actors=["Edmund Larsfeld"], final_status="CLAIMED",
         positions={"Bürgerliste Nordmark": "CLAIM", "Edmund Larsfeld": "CONFIRMATION"},
         note="A German regional paper: the opposition party accuses, the ministry's spokesman denies; six days later an "
              "agency text: 'der Verkehrsminister' admits the return flight was private, the earlier denial recalled."),
    dict(id=LC, title="Larsfeld's ministry awarded a consulting contract without tender to his brother-in-law's firm",
         actors=["Edmund Larsfeld"], final_status="DENIED",
         positions={"Nordmärker Rundschau": "CLAIM", "Edmund Larsfeld": "DENIAL"},
         note="A second, different claim about the same party in the same two articles: a newspaper reports it, the "
              "ministry declines; six days later the ministry calls the report false."),
    dict(id=SB, title="Drelish troops crossed the border into Sarvonia near Kostrel",
         actors=["Drelland"], final_status="DENIED",
         positions={"Sarvonia": "CLAIM", "Drelland": "DENIAL", "Joint Monitoring Commission": "CLAIM"},
         note="An English wire: Sarvonia's defence minister accuses, Drelland's armed forces deny, the monitoring "
              "commission (defined once as 'JMC') declines; two days later a German paper: the commission ('Kommission "
              "JMC', 'die Mission') backs Sarvonia (a third party), Drelland's foreign minister denies again; a week "
              "later the wire: a withdrawal, Venn still denies: DENIED throughout."),
    dict(id=QL, title="A Quorvik Systems database exposed 1.8 million Stridely users' addresses",
         actors=["Quorvik Systems"], final_status="CLAIMED",
         positions={"Ines Marwood": "CLAIM", "Quorvik Systems": "CONFIRMATION"},
         note="An English tech site: a researcher claims, the company does not respond; five days later a German page: "
              "the company admits ('Die Softwarefirma', 'das Unternehmen')."),
    dict(id=QW, title="Quorvik ignored a warning about the database in March",
         actors=["Quorvik Systems"], final_status="DENIED",
         positions={"Ines Marwood": "CLAIM", "Quorvik Systems": "DENIAL"},
         note="A second accusation ('warf der Firma zudem vor') by the same researcher in the admission article, denied "
              "by a company spokeswoman."),
    dict(id=KU, title="Night shifts at Klinikum Uhlenbrock are understaffed",
         actors=["Klinikum Uhlenbrock"], final_status="DENIED",
         positions={"Pflegebund Nord": "CLAIM", "Klinikum Uhlenbrock": "DENIAL"},
         note="An unrelated local article in the minister story's town, by the same reporter: a nurses' association "
              "accuses, the hospital denies."),
]

def st(article, story, stance, speaker, match, standing, evidence, core, time, position_of):
    return dict(article=article, story=story, stance=stance, speaker=speaker, speaker_match=match,
                standing=standing, evidence=evidence, core=core, time=time, position_of=position_of)

SOURCES = ["people familiar", "sources", "source", "Insider", "Nachrichtenagentur", "Meridian Wire"]
BRANNOCK = ["Brannock Foods", "Brannock", "Lebensmittelkonzern", "Konzern", "Aidan Colquhoun", "Colquhoun",
            "chief executive", "he"]
HEIDMOOR = ["Molkerei Heidmoor", "Heidmoor", "Molkerei", "Hinnerk Tjaden", "Tjaden", "Geschäftsführer", "er"]
NGG = ["NGG-Nord", "union"]
BLN = ["Bürgerliste Nordmark", "BLN", "Imke Sørvig", "Sørvig", "Fraktionschefin"]
LARSFELD = ["Edmund Larsfeld", "Larsfeld", "Verkehrsminister", "Minister", "Verkehrsministerium", "Ministerium",
            "Sprecher", "Sprecherin"]
RUNDSCHAU = ["Nordmärker Rundschau", "Rundschau"]
SARVONIA = ["Sarvonia", "Sarvonien", "Lidia Marek", "Marek", "Defence Minister", "Verteidigungsministerin",
            "defence ministry"]
DRELLAND = ["Drelland", "armed forces", "spokesman", "Oskar Venn", "Venn", "Außenminister", "foreign minister",
            "Regierung", "he"]
JMC = ["Joint Monitoring Commission", "JMC", "Kommission", "Mission", "Beobachter"]
MARWOOD = ["Ines Marwood", "Marwood", "researcher", "Sicherheitsforscherin", "she"]
QUORVIK = ["Quorvik Systems", "Quorvik", "Softwarefirma", "Unternehmen", "Firma", "Quorvik-Sprecherin", "Sprecherin"]
PFLEGEBUND = ["Pflegebund Nord", "Pflegebund", "Gernot Prill", "Prill", "Landesvorsitzender"]
KLINIKUM = ["Klinikum Uhlenbrock", "Klinikum", "Klinikleitung", "Sprecher"]

STATEMENTS = [
    # a1: an English wire: anonymous sources report takeover talks, Brannock declines, Heidmoor silent
    st(A1, BH, "CLAIM", "Meridian Wire sources", SOURCES, "THIRD_PARTY", "Brannock Foods in talks to buy German dairy Heidmoor - sources", False, "2028-05-02T09:15:00Z", "Meridian Wire sources"),
    st(A1, BH, "CLAIM", "Meridian Wire sources", SOURCES, "THIRD_PARTY", "Irish food group Brannock Foods is in advanced talks to acquire Molkerei Heidmoor, a family-owned German dairy, three people familiar with the matter told Meridian Wire.", True, "2028-05-02", "Meridian Wire sources"),
    st(A1, BH, "CLAIM", "Meridian Wire sources", SOURCES, "THIRD_PARTY", "A deal could value Heidmoor at around 400 million euros and might be announced within weeks, one of the sources said", True, "2028-05-02", "Meridian Wire sources"),
    st(A1, BH, "NO_COMMENT", "Brannock Foods", BRANNOCK, "PARTY", "Brannock declined to comment.", True, "2028-05-02", "Brannock Foods"),
    st(A1, BH, "NO_COMMENT", "Molkerei Heidmoor", HEIDMOOR, "PARTY", "did not respond to a request for comment.", False, "2028-05-02", "Molkerei Heidmoor"),
    # a2: a German local paper: Heidmoor's managing director confirms talks, the Dublin group declines
    st(A2, BH, "CONFIRMATION", "Molkerei Heidmoor", HEIDMOOR, "PARTY", "Heidmoor verhandelt über Verkauf an irischen Konzern", False, "2028-05-04T17:40:00+02:00", "Molkerei Heidmoor"),
    st(A2, BH, "CONFIRMATION", "Hinnerk Tjaden", HEIDMOOR, "PARTY", "Geschäftsführer Hinnerk Tjaden bestätigte am Donnerstag Gespräche mit Brannock Foods über eine Übernahme des Familienbetriebs.", True, "2028-05-04", "Molkerei Heidmoor"),
    st(A2, BH, "NO_COMMENT", "Hinnerk Tjaden", HEIDMOOR, "PARTY", "„Eine Entscheidung ist noch nicht gefallen“, sagte er vor Mitarbeitern in Wessenbrück.", False, "2028-05-04", "Molkerei Heidmoor"),
    st(A2, BH, "NO_COMMENT", "Brannock Foods", BRANNOCK, "PARTY", "Der Lebensmittelkonzern aus Dublin wollte sich auch auf Nachfrage nicht äußern.", True, "2028-05-04", "Brannock Foods"),
    st(A2, BH, "CLAIM", "Meridian Wire sources", SOURCES, "THIRD_PARTY", "Eine Nachrichtenagentur hatte zu Wochenbeginn unter Berufung auf Insider über die Verhandlungen berichtet.", True, "2028-05-02", "Meridian Wire sources"),
    # a3: the wire two weeks later: Brannock announces the deal; a union's closure claim, denied by the chief executive
    st(A3, BH, "CONFIRMATION", "Brannock Foods", BRANNOCK, "PARTY", "Brannock agrees 410 million euro deal for Heidmoor", False, "2028-05-16T07:05:00Z", "Brannock Foods"),
    st(A3, BH, "CONFIRMATION", "Brannock Foods", BRANNOCK, "PARTY", "Brannock Foods said on Tuesday it had agreed to buy German dairy Molkerei Heidmoor for 410 million euros", True, "2028-05-16", "Brannock Foods"),
    st(A3, BH, "CONFIRMATION", "Aidan Colquhoun", BRANNOCK, "PARTY", "\"Heidmoor gives us the milk base we need for our formula business,\" Brannock chief executive Aidan Colquhoun told analysts on a call.", True, "2028-05-16", "Brannock Foods"),
    st(A3, BP, "CLAIM", "NGG-Nord", NGG, "THIRD_PARTY", "Germany's food workers' union NGG-Nord said on Monday that Brannock planned to shut Heidmoor's older plant in Tessin-Ost and move its production to Wessenbrück.", True, "2028-05-15", "NGG-Nord"),
    st(A3, BP, "DENIAL", "Aidan Colquhoun", BRANNOCK, "PARTY", "Colquhoun rejected that.", True, "2028-05-16", "Brannock Foods"),
    st(A3, BP, "DENIAL", "Aidan Colquhoun", BRANNOCK, "PARTY", "\"We have no plans to close any Heidmoor site,\" he said.", True, "2028-05-16", "Brannock Foods"),
    # b1: a German regional paper: the opposition's jet accusation, denied; a newspaper's contract report, no comment
    st(B1, LJ, "CLAIM", "Bürgerliste Nordmark", BLN, "THIRD_PARTY", "Die oppositionelle Bürgerliste Nordmark (BLN) wirft Verkehrsminister Edmund Larsfeld vor, den Regierungsjet des Landes für einen privaten Wochenendausflug nach Tarnholm genutzt zu haben.", True, "2028-05-03", "Bürgerliste Nordmark"),
    st(B1, LJ, "CLAIM", "Imke Sørvig", BLN, "THIRD_PARTY", "Larsfeld sei dort mit seiner Familie zu einer Hochzeit gewesen, sagte BLN-Fraktionschefin Imke Sørvig am Dienstag im Landtag.", True, "2028-05-02", "Bürgerliste Nordmark"),
    st(B1, LJ, "DENIAL", "Edmund Larsfeld", LARSFELD, "PARTY", "Ein Sprecher des Verkehrsministeriums wies das zurück.", True, "2028-05-03", "Edmund Larsfeld"),
    st(B1, LJ, "DENIAL", "Edmund Larsfeld", LARSFELD, "PARTY", "Der Minister sei in Tarnholm zu einem Termin mit der dortigen Hafenverwaltung gewesen, der Flug sei dienstlich veranlasst.", True, "2028-05-03", "Edmund Larsfeld"),
    st(B1, LC, "CLAIM", "Nordmärker Rundschau", RUNDSCHAU, "THIRD_PARTY", "Unterdessen berichtet die „Nordmärker Rundschau“, Larsfelds Ministerium habe einen Beratungsauftrag über 380.000 Euro ohne Ausschreibung an eine Firma vergeben, an der sein Schwager beteiligt ist.", True, "2028-05-03", "Nordmärker Rundschau"),
    st(B1, LC, "NO_COMMENT", "Edmund Larsfeld", LARSFELD, "PARTY", "Dazu wollte sich das Ministerium nicht äußern.", True, "2028-05-03", "Edmund Larsfeld"),
    # b2: an agency text: the minister admits the private return flight; the ministry calls the contract report false
    st(B2, LJ, "CONFIRMATION", "Edmund Larsfeld", LARSFELD, "PARTY", "Larsfeld räumt privaten Rückflug ein", False, "2028-05-09T15:50:00+02:00", "Edmund Larsfeld"),
    st(B2, LJ, "CONFIRMATION", "Edmund Larsfeld", LARSFELD, "PARTY", "Nach tagelanger Kritik hat der Verkehrsminister des Landes Nordmark eingeräumt, dass der Rückflug mit dem Regierungsjet aus Tarnholm privat war.", True, "2028-05-09", "Edmund Larsfeld"),
    st(B2, LJ, "CONFIRMATION", "Edmund Larsfeld", LARSFELD, "PARTY", "„Das war ein Fehler, ich werde die Kosten erstatten“, sagte Larsfeld am Dienstag in Velmar.", True, "2028-05-09", "Edmund Larsfeld"),
    st(B2, LJ, "DENIAL", "Edmund Larsfeld", LARSFELD, "PARTY", "Das Ministerium hatte den Flug zunächst als dienstlich bezeichnet.", True, "2028-05-03", "Edmund Larsfeld"),
    st(B2, LJ, "CLAIM", "Bürgerliste Nordmark", BLN, "THIRD_PARTY", "Die BLN forderte dennoch seinen Rücktritt.", False, "2028-05-09", None),
    st(B2, LC, "DENIAL", "Edmund Larsfeld", LARSFELD, "PARTY", "Den Bericht über den Beratungsauftrag an die Firma seines Schwagers wies das Ministerium dagegen als falsch zurück.", True, "2028-05-09", "Edmund Larsfeld"),
    st(B2, LC, "DENIAL", "Edmund Larsfeld", LARSFELD, "PARTY", "Der Auftrag sei ordnungsgemäß ausgeschrieben worden, sagte eine Sprecherin.", True, "2028-05-09", "Edmund Larsfeld"),
    # c1: an English wire: Sarvonia accuses, Drelland's armed forces deny, the monitoring commission declines
    st(C1, SB, "CLAIM", "Sarvonia", SARVONIA, "THIRD_PARTY", "Sarvonia says Drelish troops crossed border, Drelland denies", False, "2028-05-05T16:30:00Z", "Sarvonia"),
    st(C1, SB, "CLAIM", "Sarvonia", SARVONIA, "THIRD_PARTY", "Sarvonia accused neighbouring Drelland on Friday of sending about 40 soldiers across their shared border and setting up a checkpoint near the village of Kostrel.", True, "2028-05-05", "Sarvonia"),
    st(C1, SB, "CLAIM", "Lidia Marek", SARVONIA, "THIRD_PARTY", "\"This is a clear violation of our sovereignty,\" Sarvonian Defence Minister Lidia Marek said in a televised statement.", True, "2028-05-05", "Sarvonia"),
    st(C1, SB, "DENIAL", "Drelland", DRELLAND, "PARTY", "A spokesman for Drelland's armed forces denied that any Drelish soldier had entered Sarvonian territory.", True, "2028-05-05", "Drelland"),
    st(C1, SB, "NO_COMMENT", "Joint Monitoring Commission", JMC, "THIRD_PARTY", "The Joint Monitoring Commission (JMC), which has observed the ceasefire line since 2022, declined to comment.", True, "2028-05-05", "Joint Monitoring Commission"),
    # c2: a German paper: the commission backs Sarvonia, Drelland's foreign minister denies again, the accusation recalled
    st(C2, SB, "CLAIM", "Joint Monitoring Commission", JMC, "THIRD_PARTY", "Im Streit um einen mutmaßlichen Grenzübertritt bei dem Dorf Kostrel haben internationale Beobachter die Darstellung Sarvoniens gestützt.", False, "2028-05-07", "Joint Monitoring Commission"),
    st(C2, SB, "CLAIM", "Joint Monitoring Commission", JMC, "THIRD_PARTY", "Eine Patrouille der Kommission JMC habe am Samstag drelische Soldaten etwa zwei Kilometer innerhalb sarvonischen Gebiets gesehen, teilte die Mission mit.", True, "2028-05-06", "Joint Monitoring Commission"),
    st(C2, SB, "DENIAL", "Drelland", DRELLAND, "PARTY", "Die Regierung in Drelland bestritt erneut, dass ihre Truppen die Grenze überschritten hätten.", True, "2028-05-07", "Drelland"),
    st(C2, SB, "DENIAL", "Oskar Venn", DRELLAND, "PARTY", "„Unsere Einheiten stehen dort, wo sie seit Jahren stehen“, sagte Außenminister Oskar Venn.", True, "2028-05-07", "Drelland"),
    st(C2, SB, "CLAIM", "Lidia Marek", SARVONIA, "THIRD_PARTY", "Verteidigungsministerin Marek hatte Drelland am Freitag vorgeworfen, rund 40 Soldaten über die Grenze geschickt zu haben.", True, "2028-05-05", "Sarvonia"),
    # c3: the wire a week later: a withdrawal reported by Sarvonia; Drelland's foreign minister still denies
    st(C3, SB, "CLAIM", "Sarvonia", SARVONIA, "THIRD_PARTY", "Drelish soldiers withdrew on Saturday from positions near the border village of Kostrel, the Sarvonian defence ministry said", False, "2028-05-13", "Sarvonia"),
    st(C3, SB, "DENIAL", "Oskar Venn", DRELLAND, "PARTY", "Drelland's foreign minister, Oskar Venn, maintained that his country's troops had never been on Sarvonian soil.", True, "2028-05-13", "Drelland"),
    st(C3, SB, "DENIAL", "Oskar Venn", DRELLAND, "PARTY", "\"There was nothing to withdraw from,\" he told reporters.", True, "2028-05-13", "Drelland"),
    # d1: an English tech site: a researcher claims a leak, the company does not respond
    st(D1, QL, "CLAIM", "Ines Marwood", MARWOOD, "THIRD_PARTY", "Fitness app Stridely left 1.8 million users' addresses exposed, researcher says", False, "2028-05-12", "Ines Marwood"),
    st(D1, QL, "CLAIM", "Ines Marwood", MARWOOD, "THIRD_PARTY", "A security researcher says a database belonging to Quorvik Systems, the maker of the fitness app Stridely, exposed the names and home addresses of 1.8 million users for at least three weeks.", True, "2028-05-12", "Ines Marwood"),
    st(D1, QL, "CLAIM", "Ines Marwood", MARWOOD, "THIRD_PARTY", "Ines Marwood, an independent researcher, said on Thursday she had found the database without any password protection.", True, "2028-05-11", "Ines Marwood"),
    st(D1, QL, "CLAIM", "Ines Marwood", MARWOOD, "THIRD_PARTY", "\"Anyone with a browser could have downloaded the whole thing,\" she said.", True, "2028-05-11", "Ines Marwood"),
    st(D1, QL, "NO_COMMENT", "Quorvik Systems", QUORVIK, "PARTY", "Quorvik did not respond to several requests for comment.", False, "2028-05-12", "Quorvik Systems"),
    # d2: a German page: the company admits; the researcher's second accusation, denied by a spokeswoman
    st(D2, QL, "CONFIRMATION", "Quorvik Systems", QUORVIK, "PARTY", "Stridely-Hersteller räumt Datenleck ein", False, "2028-05-17T10:15:00+02:00", "Quorvik Systems"),
    st(D2, QL, "CONFIRMATION", "Quorvik Systems", QUORVIK, "PARTY", "Die Softwarefirma Quorvik Systems hat eingeräumt, dass Daten von Nutzern ihrer Fitness-App Stridely ungeschützt im Internet abrufbar waren.", True, "2028-05-17", "Quorvik Systems"),
    st(D2, QL, "CONFIRMATION", "Quorvik Systems", QUORVIK, "PARTY", "Eine Datenbank sei wegen eines Konfigurationsfehlers öffentlich zugänglich gewesen, teilte das Unternehmen am Dienstag mit.", True, "2028-05-16", "Quorvik Systems"),
    st(D2, QW, "CLAIM", "Ines Marwood", MARWOOD, "THIRD_PARTY", "Die Sicherheitsforscherin Ines Marwood, die das Leck entdeckt hatte, warf der Firma zudem vor, eine Warnung von ihr bereits im März ignoriert zu haben.", True, "2028-05-17", "Ines Marwood"),
    st(D2, QW, "DENIAL", "Quorvik Systems", QUORVIK, "PARTY", "Eine solche Warnung sei nie eingegangen, sagte eine Quorvik-Sprecherin.", True, "2028-05-17", "Quorvik Systems"),
    # e1: an unrelated local article: a nurses' association accuses the hospital, which denies
    st(E1, KU, "CLAIM", "Pflegebund Nord", PFLEGEBUND, "THIRD_PARTY", "Pflegebund: Nachtschichten am Klinikum Uhlenbrock unterbesetzt", False, "2028-05-10T14:35:00+02:00", "Pflegebund Nord"),
    st(E1, KU, "CLAIM", "Pflegebund Nord", PFLEGEBUND, "THIRD_PARTY", "Der Pflegebund Nord erhebt schwere Vorwürfe gegen das Klinikum Uhlenbrock.", False, "2028-05-10", "Pflegebund Nord"),
    st(E1, KU, "CLAIM", "Gernot Prill", PFLEGEBUND, "THIRD_PARTY", "Auf mehreren Stationen sei nachts nur eine Pflegekraft für mehr als 30 Patienten zuständig, sagte Landesvorsitzender Gernot Prill am Mittwoch.", True, "2028-05-10", "Pflegebund Nord"),
    st(E1, KU, "DENIAL", "Klinikum Uhlenbrock", KLINIKUM, "PARTY", "Die Klinikleitung wies die Darstellung zurück.", True, "2028-05-10", "Klinikum Uhlenbrock"),
    st(E1, KU, "DENIAL", "Klinikum Uhlenbrock", KLINIKUM, "PARTY", "„Alle Nachtschichten sind nach den gesetzlichen Vorgaben besetzt“, sagte ein Sprecher des Klinikums.", True, "2028-05-10", "Klinikum Uhlenbrock"),
]

def transitions():
    rows = []
    def add(after, story, status):
        rows.append(dict(after=after, story=story, status=status))
    add([A1], BH, "UNCONFIRMED"); add([A1, A2], BH, "CLAIMED"); add([A2], BH, "CLAIMED")
    add([A1, A2, A3], BH, "CLAIMED"); add([A3], BH, "CLAIMED")
    add([A3], BP, "DENIED")
    add([B1], LJ, "DENIED"); add([B1, B2], LJ, "CLAIMED"); add([B2], LJ, "CLAIMED")
    add([B1], LC, "UNCONFIRMED"); add([B1, B2], LC, "DENIED"); add([B2], LC, "DENIED")
    add([C1], SB, "DENIED"); add([C1, C2], SB, "DENIED"); add([C2], SB, "DENIED")
    add([C1, C2, C3], SB, "DENIED"); add([C3], SB, "DENIED")
    add([D1], QL, "UNCONFIRMED"); add([D1, D2], QL, "CLAIMED"); add([D2], QL, "CLAIMED")
    add([D2], QW, "DENIED")
    add([E1], KU, "DENIED")
    return rows

write(HERE, about="Ninth set of invented story scenarios written for storywire (11 articles, 6 German, 5 English; "
                  "every company, dairy, union, party, minister, newspaper, country, monitoring commission, software "
                  "firm, researcher, hospital, nurses' association, person, place and outlet made up), annotated by hand "
                  "before any run. Same format as scenarios-dev/gold.json. Written by make_gold.py.",
      articles=ARTICLES, stories=STORIES, statements=STATEMENTS, transitions=transitions())
