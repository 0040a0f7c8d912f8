"""Writes gold.json for the thirteenth set of invented scenarios (articles/), checking every evidence and boilerplate
string against its article. Run: python3 make_gold.py. Everything here (articles and gold) was written for
storywire by hand, before any run of the system on it; all names, places, outlets and events are invented."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from scenario_gold import write  # noqa: E402 (the sets' shared check and writer)

U1, U2 = "u1_wendmoor_schiffbau.txt", "u2_wendmoor_confirms_en.txt"
H1, H2, H3 = "h1_harkensand_stellen.txt", "h2_harkensand_port_en.txt", "h3_hafen_rechnungen.txt"
R1, R2 = "r1_suederland_show_en.txt", "r2_ehrenreich_bestaetigt.txt"
F1 = "f1_lohbergen_schule.txt"
N1, N2 = "n1_trasvolt_line_en.txt", "n2_trasvolt_freileitung.txt"

WIRE = ["(c) Northgate Wire 2028"]


def de_page(author, stamp, section):
    return ["Von " + author, stamp, "Artikel teilen", "Mehr aus " + section]


def wire(author, editor="Rhea Fontaine"):
    return ["By " + author, "Reporting by " + author + "; Editing by " + editor] + WIRE


ARTICLES = [
    dict(file=U1, language="de", published="2028-09-04T09:30:00+02:00",
         boilerplate=de_page("Katrin Ostermeyer", "04.09.2028, 09:30 Uhr", "Bildung")),
    dict(file=H1, language="de", published="2028-09-05T07:45:00+02:00",
         boilerplate=de_page("Tjark Meinders", "05.09.2028, 07:45 Uhr", "Wirtschaft")),
    dict(file=R1, language="en", published="2028-09-05T15:10:00Z",
         published_hint="dateline 'September 5, 2028 3:10 PM GMT' in the text", boilerplate=wire("Nadia Ferreira")),
    dict(file=H2, language="en", published="2028-09-06T12:20:00Z",
         published_hint="dateline 'September 6, 2028 12:20 PM GMT' in the text", boilerplate=wire("Owen Castaldi")),
    dict(file=F1, language="de", published="2028-09-07T18:05:00+02:00",
         boilerplate=de_page("Birte Hollander", "07.09.2028, 18:05 Uhr", "Lohbergen")),
    dict(file=H3, language="de", published="2028-09-08T10:40:00+02:00",
         boilerplate=de_page("Tjark Meinders", "08.09.2028, 10:40 Uhr", "Wirtschaft")),
    dict(file=U2, language="en", published="2028-09-09T09:15:00Z",
         published_hint="dateline 'September 9, 2028 9:15 AM GMT' in the text", boilerplate=wire("Dana Whitcombe")),
    dict(file=N1, language="en", published="2028-09-10T14:00:00Z",
         published_hint="dateline 'September 10, 2028 2:00 PM GMT' in the text", boilerplate=wire("Nadia Ferreira")),
    dict(file=R2, language="de", published="2028-09-11T20:30:00+02:00",
         boilerplate=de_page("Sophie Dannemann", "11.09.2028, 20:30 Uhr", "Kultur")),
    dict(file=N2, language="de", published="2028-09-12T16:50:00+02:00",
         boilerplate=de_page("Katrin Ostermeyer", "12.09.2028, 16:50 Uhr", "Energie")),
]

UN = "wendmoor-ends-shipbuilding-degree"
JO = "harkensand-cuts-250-jobs-in-brackum"
FE = "harkensand-owes-brackum-hafen-berth-fees"
SH = "suederland-drops-ehrenreich-show"
SC = "lohbergen-closes-ostendorf-school-branch"
GR = "trasvolt-haldenmoor-line-overhead"

STORIES = [
    dict(id=UN, title="Hochschule Wendmoor stops admitting students to its shipbuilding degree",
         actors=["Hochschule Wendmoor"], final_status="CLAIMED",
         positions={"anonymous sources": "CLAIM", "Hochschule Wendmoor": "CONFIRMATION"},
         note="An anonymous source ('verlautete aus dem Senat der Hochschule'), nobody answers; five days later an "
              "English wire: the university's president confirms."),
    dict(id=JO, title="Shipping line Harkensand cuts about 250 jobs at its Brackum headquarters",
         actors=["Harkensand"], final_status="CLAIMED",
         positions={"Gewerkschaft Kai und See": "CLAIM", "Harkensand": "CONFIRMATION"},
         note="A union claims, 'die Reederei' declines to comment; the next day an English wire: the company "
              "confirms (the first of two stories in that article)."),
    dict(id=FE, title="Harkensand has not paid berth fees to port operator Brackum Hafen",
         actors=["Brackum Hafen", "Harkensand"], final_status="DENIED",
         positions={"Brackum Hafen": "CLAIM", "Harkensand": "DENIAL"},
         note="Second claim about the same company in the same week, in the same wire ('In a separate dispute, X "
              "accused Y of ...'): the shipping line denies; two days later the port operator renews the claim with "
              "invoices, 'die Reederei' maintains its denial. A dispute between two parties, so the accuser is a party."),
    dict(id=SH, title="Süderland Rundfunk cancels Malte Ehrenreich's talk show",
         actors=["Süderland Rundfunk", "Malte Ehrenreich"], final_status="CLAIMED",
         positions={"Funkspiegel": "CLAIM", "Süderland Rundfunk": "CONFIRMATION", "Malte Ehrenreich": "CONFIRMATION"},
         note="A trade magazine's report citing people familiar, 'the broadcaster' denies, the host cannot be reached; "
              "six days later a German page: the broadcaster confirms, the host ('der 52-Jährige') too."),
    dict(id=SC, title="The district closes the Ostendorf branch of the Gesamtschule Lohbergen",
         actors=["Heiko Ravens", "Gesamtschule Lohbergen"], final_status="DENIED",
         positions={"Elternrat": "CLAIM", "Heiko Ravens": "DENIAL"},
         note="Unrelated to the others and between them: a parents' council claims, the district chief denies."),
    dict(id=GR, title="Trasvolt builds part of its Haldenmoor power line overhead",
         actors=["Trasvolt"], final_status="CLAIMED",
         positions={"Lichtblick Haldenmoor": "CLAIM", "Trasvolt": "CONFIRMATION"},
         note="A residents' group claims (40 km), the grid operator's chief denies; two days later in German the "
              "operator admits it for twelve kilometres ('der Netzbetreiber', 'der 61-Jährige')."),
]


def st(article, story, stance, speaker, match, standing, evidence, core, time, position_of):
    return dict(article=article, story=story, stance=stance, speaker=speaker, speaker_match=match,
                standing=standing, evidence=evidence, core=core, time=time, position_of=position_of)


SENATE = ["Senat", "Hochschulkreisen", "Kreisen"]
WENDMOOR = ["Hochschule Wendmoor", "Wendmoor", "Hochschule", "university", "Ilka Brammer", "Brammer", "president"]
GKS = ["Gewerkschaft Kai und See", "GKS", "Gewerkschaft", "Marion Tjaden", "Tjaden", "Bezirksleiterin"]
HARKENSAND = ["Harkensand", "Reederei", "shipping line", "Sprecher", "Gesa Wolters", "Wolters", "chief executive"]
HAFEN = ["Brackum Hafen", "Hafengesellschaft", "port operator", "Arne Kloppenburg", "Kloppenburg", "Geschäftsführer"]
FUNKSPIEGEL = ["Funkspiegel", "trade magazine", "people familiar"]
SLR = ["Süderland Rundfunk", "Süderland", "broadcaster", "Sender", "spokeswoman", "Sprecherin"]
EHRENREICH = ["Malte Ehrenreich", "Ehrenreich", "host", "Moderator", "52-Jährige"]
ELTERNRAT = ["Elternrat", "Nicole Brüning", "Brüning", "Vorsitzende"]
RAVENS = ["Heiko Ravens", "Ravens", "Landrat", "Kreis"]
LICHTBLICK = ["Lichtblick Haldenmoor", "Lichtblick", "residents' group", "Bürgerinitiative"]
TRASVOLT = ["Trasvolt", "grid operator", "Netzbetreiber", "Jörn Aaldering", "Aaldering", "chief executive",
            "Vorstandschef", "61-Jährige", "company"]

STATEMENTS = [
    # u1: an anonymous source in the university's senate; nobody answers
    st(U1, UN, "CLAIM", None, [], "THIRD_PARTY", "Hochschule Wendmoor will offenbar Schiffbau-Studiengang schließen", False, "2028-09-04T09:30:00+02:00", "anonymous sources"),
    st(U1, UN, "CLAIM", None, [], "THIRD_PARTY", "Die Hochschule Wendmoor will ihren Studiengang Schiffbau offenbar zum kommenden Wintersemester auslaufen lassen.", False, "2028-09-04", "anonymous sources"),
    st(U1, UN, "CLAIM", "Senat der Hochschule", SENATE, "THIRD_PARTY", "Neue Studierende sollen nicht mehr aufgenommen werden, verlautete am Montag aus dem Senat der Hochschule.", True, "2028-09-04", "anonymous sources"),
    st(U1, UN, "CLAIM", None, [], "THIRD_PARTY", "Grund seien sinkende Bewerberzahlen und die Kosten für das Versuchsbecken, hieß es weiter.", True, "2028-09-04", "anonymous sources"),
    st(U1, None, "CLAIM", "Lene Husmann", ["Lene Husmann", "Husmann", "AStA"], "THIRD_PARTY", "„Die Werften an der Küste suchen händeringend Ingenieure“, sagte AStA-Sprecherin Lene Husmann.", False, "2028-09-04", None),
    # u2: an English wire: the university's president confirms
    st(U2, UN, "CONFIRMATION", "Hochschule Wendmoor", [], "PARTY", "Wendmoor university confirms end of shipbuilding degree", False, "2028-09-09T09:15:00Z", "Hochschule Wendmoor"),
    st(U2, UN, "CONFIRMATION", "Ilka Brammer", WENDMOOR, "PARTY", "Wendmoor University of Applied Sciences will stop admitting students to its shipbuilding degree from the winter semester, its president confirmed on Saturday.", True, "2028-09-09", "Hochschule Wendmoor"),
    st(U2, UN, "CONFIRMATION", "Ilka Brammer", WENDMOOR, "PARTY", "\"With fewer than 30 applicants a year we can no longer justify the running costs of our test basin,\" president Ilka Brammer said.", True, "2028-09-09", "Hochschule Wendmoor"),
    st(U2, UN, "CONFIRMATION", "Ilka Brammer", WENDMOOR, "PARTY", "Students already enrolled would be able to finish their studies, she added.", False, "2028-09-09", "Hochschule Wendmoor"),
    # h1: a union claims job cuts; 'die Reederei' declines
    st(H1, JO, "CLAIM", "Gewerkschaft Kai und See", [], "THIRD_PARTY", "Gewerkschaft: Reederei Harkensand streicht 250 Stellen in Brackum", False, "2028-09-05T07:45:00+02:00", "Gewerkschaft Kai und See"),
    st(H1, JO, "CLAIM", "Gewerkschaft Kai und See", GKS, "THIRD_PARTY", "Die Reederei Harkensand will nach Angaben der Gewerkschaft Kai und See (GKS) rund 250 Stellen in ihrer Brackumer Zentrale abbauen.", True, "2028-09-05", "Gewerkschaft Kai und See"),
    st(H1, JO, "CLAIM", "Marion Tjaden", GKS, "THIRD_PARTY", "Die Buchhaltung und die Befrachtung sollten nach Danzig verlagert werden, sagte GKS-Bezirksleiterin Marion Tjaden am Dienstag.", True, "2028-09-05", "Gewerkschaft Kai und See"),
    st(H1, JO, "CLAIM", "Marion Tjaden", GKS, "THIRD_PARTY", "Der Betriebsrat sei vergangene Woche informiert worden.", False, "2028-09-05", "Gewerkschaft Kai und See"),
    st(H1, JO, "NO_COMMENT", "Harkensand", HARKENSAND, "PARTY", "Die Reederei wollte sich zu den Angaben nicht äußern.", True, "2028-09-05", "Harkensand"),
    st(H1, JO, "NO_COMMENT", "Harkensand", HARKENSAND, "PARTY", "Man kommentiere keine Gerüchte, sagte ein Sprecher.", True, "2028-09-05", "Harkensand"),
    # h2: an English wire with two stories: the company confirms the cuts; the port operator accuses it, it denies
    st(H2, JO, "CONFIRMATION", "Harkensand", [], "PARTY", "Harkensand confirms job cuts", False, "2028-09-06T12:20:00Z", "Harkensand"),
    st(H2, FE, "CLAIM", "Brackum Hafen", [], "PARTY", "port operator demands unpaid fees", False, "2028-09-06T12:20:00Z", "Brackum Hafen"),
    st(H2, JO, "CONFIRMATION", "Harkensand", HARKENSAND, "PARTY", "German shipping line Harkensand confirmed on Wednesday that it would cut about 250 jobs at its headquarters in Brackum and move accounting and chartering to Gdansk.", True, "2028-09-06", "Harkensand"),
    st(H2, JO, "CONFIRMATION", "Gesa Wolters", HARKENSAND, "PARTY", "\"We have to bring our costs in line with our competitors,\" chief executive Gesa Wolters told a news conference.", True, "2028-09-06", "Harkensand"),
    st(H2, FE, "CLAIM", "Brackum Hafen", HAFEN, "PARTY", "In a separate dispute, port operator Brackum Hafen accused Harkensand of failing to pay 4.2 million euros in berth fees since March.", True, "2028-09-06", "Brackum Hafen"),
    st(H2, FE, "DENIAL", "Harkensand", HARKENSAND, "PARTY", "The shipping line rejected the accusation, saying the fees had been set off against repairs to a quay wall that the port operator had failed to carry out.", True, "2028-09-06", "Harkensand"),
    # f1: unrelated, between the others: a parents' council claims, the district chief denies
    st(F1, SC, "CLAIM", "Elternrat", [], "THIRD_PARTY", "Elternrat: Kreis will Außenstelle der Gesamtschule schließen", False, "2028-09-07T18:05:00+02:00", "Elternrat"),
    st(F1, SC, "CLAIM", "Elternrat", ELTERNRAT, "THIRD_PARTY", "Der Elternrat der Gesamtschule Lohbergen befürchtet die Schließung der Außenstelle in Ostendorf.", False, "2028-09-07", "Elternrat"),
    st(F1, SC, "CLAIM", "Nicole Brüning", ELTERNRAT, "THIRD_PARTY", "Der Kreis wolle die rund 160 Schülerinnen und Schüler ab dem nächsten Schuljahr nach Lohbergen fahren lassen, sagte die Vorsitzende des Elternrats, Nicole Brüning, am Donnerstag.", True, "2028-09-07", "Elternrat"),
    st(F1, SC, "DENIAL", "Heiko Ravens", RAVENS, "PARTY", "Landrat Heiko Ravens wies das zurück.", True, "2028-09-07", "Heiko Ravens"),
    st(F1, SC, "DENIAL", "Heiko Ravens", RAVENS, "PARTY", "„Die Außenstelle in Ostendorf bleibt erhalten, dafür stehen im Haushalt 1,8 Millionen Euro für die Sanierung bereit“, sagte der Landrat.", True, "2028-09-07", "Heiko Ravens"),
    # h3: the port operator renews its claim with invoices; 'die Reederei' maintains its denial
    st(H3, FE, "CLAIM", "Brackum Hafen", [], "PARTY", "Hafenstreit: Brackum Hafen legt Rechnungen vor", False, "2028-09-08T10:40:00+02:00", "Brackum Hafen"),
    st(H3, FE, "CLAIM", "Brackum Hafen", HAFEN, "PARTY", "Im Streit um unbezahlte Liegegebühren hat die Hafengesellschaft Brackum Hafen nachgelegt.", False, "2028-09-08", "Brackum Hafen"),
    st(H3, FE, "CLAIM", "Brackum Hafen", HAFEN, "PARTY", "Sie veröffentlichte am Freitag 14 Rechnungen, die die Reederei Harkensand seit März nicht beglichen habe.", True, "2028-09-08", "Brackum Hafen"),
    st(H3, FE, "CLAIM", "Arne Kloppenburg", HAFEN, "PARTY", "Eine Reparatur der Kaimauer sei nie vereinbart worden, sagte Geschäftsführer Arne Kloppenburg.", True, "2028-09-08", "Brackum Hafen"),
    st(H3, FE, "CLAIM", "Arne Kloppenburg", HAFEN, "PARTY", "Ein entsprechender Vertrag existiere nicht.", False, "2028-09-08", "Brackum Hafen"),
    st(H3, FE, "DENIAL", "Harkensand", HARKENSAND, "PARTY", "Die Reederei blieb bei ihrer Darstellung.", True, "2028-09-08", "Harkensand"),
    st(H3, FE, "DENIAL", "Harkensand", HARKENSAND, "PARTY", "Die Gebühren seien mit den Kosten der Reparatur verrechnet worden, teilte Harkensand mit.", True, "2028-09-08", "Harkensand"),
    # r1: a trade magazine's report; 'the broadcaster' denies; the host cannot be reached
    st(R1, SH, "CLAIM", "Funkspiegel", [], "THIRD_PARTY", "Broadcaster to drop Ehrenreich talk show, trade magazine reports", False, "2028-09-05T15:10:00Z", "Funkspiegel"),
    st(R1, SH, "CLAIM", "Funkspiegel", FUNKSPIEGEL, "THIRD_PARTY", "trade magazine Funkspiegel reported on Tuesday, citing people familiar with the plans", True, "2028-09-05", "Funkspiegel"),
    st(R1, SH, "DENIAL", "Süderland Rundfunk", SLR, "PARTY", "The broadcaster denied the report.", True, "2028-09-05", "Süderland Rundfunk"),
    st(R1, SH, "DENIAL", "Süderland Rundfunk", SLR, "PARTY", "\"No decision has been taken about the programme schedule for next year,\" a spokeswoman for Süderland Rundfunk said.", True, "2028-09-05", "Süderland Rundfunk"),
    st(R1, SH, "NO_COMMENT", "Malte Ehrenreich", EHRENREICH, "PARTY", "The show's host, Malte Ehrenreich, could not be reached for comment.", True, "2028-09-05", "Malte Ehrenreich"),
    # r2: a German page: the broadcaster confirms, the host ('der 52-Jährige') too
    st(R2, SH, "CONFIRMATION", "Süderland Rundfunk", [], "PARTY", "„Ehrenreich fragt“ wird abgesetzt", False, "2028-09-11T20:30:00+02:00", "Süderland Rundfunk"),
    st(R2, SH, "CONFIRMATION", "Süderland Rundfunk", SLR, "PARTY", "Die Talkshow „Ehrenreich fragt“ endet im Dezember.", False, "2028-09-11", "Süderland Rundfunk"),
    st(R2, SH, "CONFIRMATION", "Süderland Rundfunk", SLR, "PARTY", "Der Sender Süderland Rundfunk bestätigte am Montag, dass die Sendung nicht verlängert werde.", True, "2028-09-11", "Süderland Rundfunk"),
    st(R2, SH, "CONFIRMATION", "Süderland Rundfunk", SLR, "PARTY", "Man wolle den Sendeplatz künftig für eine Dokumentarreihe nutzen, sagte eine Sprecherin.", True, "2028-09-11", "Süderland Rundfunk"),
    st(R2, SH, "CONFIRMATION", "Malte Ehrenreich", EHRENREICH, "PARTY", "Moderator Malte Ehrenreich hatte zuvor in einem Interview gesagt, ihm sei das Aus bereits im August mitgeteilt worden.", True, "2028-09-11", "Malte Ehrenreich"),
    st(R2, SH, "CONFIRMATION", "Malte Ehrenreich", EHRENREICH, "PARTY", "„Ich habe es in einem Gespräch von zehn Minuten erfahren“, sagte der 52-Jährige.", True, "2028-09-11", "Malte Ehrenreich"),
    # n1: a residents' group claims, the grid operator's chief denies
    st(N1, GR, "DENIAL", "Trasvolt", [], "PARTY", "Grid operator rejects claim that new power line will run overhead", False, "2028-09-10T14:00:00Z", "Trasvolt"),
    st(N1, GR, "CLAIM", "Lichtblick Haldenmoor", LICHTBLICK, "THIRD_PARTY", "the residents' group Lichtblick Haldenmoor said on Sunday, citing planning documents it had seen", True, "2028-09-10", "Lichtblick Haldenmoor"),
    st(N1, GR, "DENIAL", "Trasvolt", TRASVOLT, "PARTY", "Trasvolt denied the claim.", True, "2028-09-10", "Trasvolt"),
    st(N1, GR, "DENIAL", "Jörn Aaldering", TRASVOLT, "PARTY", "\"The entire Haldenmoor section will be laid underground, as promised,\" the company's chief executive, Jörn Aaldering, said in a statement.", True, "2028-09-10", "Trasvolt"),
    # n2: a German page two days later: 'der Netzbetreiber' admits it for twelve kilometres
    st(N2, GR, "CONFIRMATION", "Trasvolt", [], "PARTY", "Trasvolt baut Teilstück der Haldenmoor-Leitung doch als Freileitung", False, "2028-09-12T16:50:00+02:00", "Trasvolt"),
    st(N2, GR, "CONFIRMATION", "Trasvolt", TRASVOLT, "PARTY", "Der Netzbetreiber Trasvolt hat eingeräumt, dass ein Teil der neuen Stromleitung durch das Haldenmoor doch über Masten geführt werden soll.", True, "2028-09-12", "Trasvolt"),
    st(N2, GR, "CONFIRMATION", "Jörn Aaldering", TRASVOLT, "PARTY", "Auf rund zwölf Kilometern lasse der Moorboden kein Erdkabel zu, sagte Vorstandschef Jörn Aaldering am Dienstag.", True, "2028-09-12", "Trasvolt"),
    st(N2, GR, "DENIAL", "Jörn Aaldering", TRASVOLT, "PARTY", "Der 61-Jährige hatte vor zwei Tagen noch erklärt, die gesamte Strecke werde unterirdisch verlegt.", False, "2028-09-10", "Trasvolt"),
    st(N2, GR, "CLAIM", "Lichtblick Haldenmoor", LICHTBLICK, "THIRD_PARTY", "Die Bürgerinitiative Lichtblick Haldenmoor sprach von einem Wortbruch und kündigte Einwendungen im Planfeststellungsverfahren an.", False, "2028-09-12", "Lichtblick Haldenmoor"),
]


def transitions():
    rows = []

    def add(after, story, status):
        rows.append(dict(after=after, story=story, status=status))
    add([U1], UN, "UNCONFIRMED"); add([U1, U2], UN, "CLAIMED"); add([U2], UN, "CLAIMED")
    add([H1], JO, "UNCONFIRMED"); add([H1, H2], JO, "CLAIMED"); add([H2], JO, "CLAIMED")
    add([H2], FE, "DENIED"); add([H2, H3], FE, "DENIED"); add([H3], FE, "DENIED")
    add([R1], SH, "DENIED"); add([R1, R2], SH, "CLAIMED"); add([R2], SH, "CLAIMED")
    add([F1], SC, "DENIED")
    add([N1], GR, "DENIED"); add([N1, N2], GR, "CLAIMED"); add([N2], GR, "CLAIMED")
    return rows


write(HERE, about="Thirteenth set of invented story scenarios written for storywire (10 articles, 6 German, 4 English; "
                  "every university, shipping line, port operator, union, broadcaster, trade magazine, school, "
                  "district, grid operator, residents' group, person, place and outlet made up), annotated by hand "
                  "before any run. Same format as scenarios-dev/gold.json. Written by make_gold.py.",
      articles=ARTICLES, stories=STORIES, statements=STATEMENTS, transitions=transitions())
