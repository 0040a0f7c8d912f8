"""Writes gold.json for the fourteenth set of invented scenarios (articles/), checking every evidence and boilerplate
string against its article. Run: python3 make_gold.py. Everything here (articles and gold) was written for
storywire by hand, before any run of the system on it; all names, places, outlets and events are invented."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from scenario_gold import write  # noqa: E402 (the sets' shared check and writer)

V1, V2 = "v1_hemmerstein_verkauf.txt", "v2_hemmerstein_sale_en.txt"
D1, D2 = "d1_kalbach_druckerei.txt", "d2_hemmerstein_druck.txt"
K1, K2 = "k1_hen_zusatzbeitrag.txt", "k2_hen_raises_en.txt"
A1, T2 = "a1_velanto_outage_en.txt", "t2_velanto_angriff.txt"
R1 = "r1_kerbel_stores_en.txt"

WIRE = ["(c) Northgate Wire 2029"]


def de_page(author, stamp, section):
    return ["Von " + author, stamp, "Artikel teilen", "Mehr aus " + section]


def wire(author, editor="Rhea Fontaine"):
    return ["By " + author, "Reporting by " + author + "; Editing by " + editor] + WIRE


ARTICLES = [
    dict(file=V1, language="de", published="2029-03-05T08:15:00+01:00",
         boilerplate=de_page("Jana Steinhövel", "05.03.2029, 08:15 Uhr", "Medien")),
    dict(file=K1, language="de", published="2029-03-06T09:00:00+01:00",
         boilerplate=de_page("Frauke Wiebering", "06.03.2029, 09:00 Uhr", "Gesundheit")),
    dict(file=D1, language="de", published="2029-03-06T11:20:00+01:00",
         boilerplate=de_page("Malte Rüterjans", "06.03.2029, 11:20 Uhr", "Wirtschaft")),
    dict(file=A1, language="en", published="2029-03-07T16:45:00Z",
         published_hint="dateline 'March 7, 2029 4:45 PM GMT' in the text", boilerplate=wire("Nadia Ferreira")),
    dict(file=R1, language="en", published="2029-03-08T09:50:00Z",
         published_hint="dateline 'March 8, 2029 9:50 AM GMT' in the text", boilerplate=wire("Owen Castaldi")),
    dict(file=V2, language="en", published="2029-03-08T13:40:00Z",
         published_hint="dateline 'March 8, 2029 1:40 PM GMT' in the text", boilerplate=wire("Liam Prendergast")),
    dict(file=D2, language="de", published="2029-03-09T17:05:00+01:00",
         boilerplate=de_page("Malte Rüterjans", "09.03.2029, 17:05 Uhr", "Wirtschaft")),
    dict(file=T2, language="de", published="2029-03-10T12:10:00+01:00",
         boilerplate=de_page("Jonas Weyrauch", "10.03.2029, 12:10 Uhr", "Digital")),
    dict(file=K2, language="en", published="2029-03-13T10:30:00Z",
         published_hint="dateline 'March 13, 2029 10:30 AM GMT' in the text", boilerplate=wire("Dana Whitcombe")),
]

SA = "hemmerstein-sells-ostwaelder-zeitung"
PR = "hemmerstein-moves-printing-out-of-kalbach"
KA = "hen-raises-contribution-in-july"
OU = "velanto-outage-was-a-cyberattack"
ST = "kerbel-closes-60-stores"

STORIES = [
    dict(id=SA, title="Verlagsgruppe Hemmerstein sells the Ostwälder Zeitung to Brunsvik Medien",
         actors=["Verlagsgruppe Hemmerstein", "Brunsvik Medien"], final_status="CLAIMED",
         positions={"anonymous sources": "CLAIM", "Verlagsgruppe Hemmerstein": "CONFIRMATION",
                    "Brunsvik Medien": "CONFIRMATION"},
         note="Sources in the company ('aus Unternehmenskreisen verlautete', 'hieß es'); 'der Konzern' and the buyer "
              "do not answer; three days later an English wire: the publisher confirms, the buyer speaks of the jobs."),
    dict(id=PR, title="Hemmerstein moves newspaper printing out of its Kalbach plant",
         actors=["Verlagsgruppe Hemmerstein"], final_status="CLAIMED",
         positions={"Mediengewerkschaft Nord": "CLAIM", "Verlagsgruppe Hemmerstein": "CONFIRMATION"},
         note="Second story about the same publisher in the same week: a union (MGN) claims the plant will close, a "
              "spokesman 'der Verlagsgruppe' denies; the English wire of the sale story says the group declines to "
              "comment; the next day the group admits the newspaper printing leaves (110 of 180 jobs) but says the "
              "plant stays open: the claim is partly admitted, its core (printing moved, jobs cut) confirmed."),
    dict(id=KA, title="Hanseatische Ersatzkasse Nord raises its supplementary contribution from July",
         actors=["Hanseatische Ersatzkasse Nord"], final_status="CLAIMED",
         positions={"Kassenkompass": "CLAIM", "Hanseatische Ersatzkasse Nord": "CONFIRMATION"},
         note="A comparison portal's report from board papers, a spokesman 'der Kasse' denies; a week later an English "
              "wire: the insurer (HEN) raises the rate in July, to 3.4 rather than the reported 3.6 percent."),
    dict(id=OU, title="A cyberattack caused Velanto Telekom's mobile outage",
         actors=["Velanto Telekom"], final_status="CLAIMED",
         positions={"Greyfen Labs": "CLAIM", "Velanto Telekom": "CONFIRMATION"},
         note="Security researchers claim a ransomware attack, a spokeswoman blames a software update; three days "
              "later in German the chief technology officer confirms the attack ('der Konzern hatte zunächst ...')."),
    dict(id=ST, title="Drugstore chain Kerbel closes about 60 stores",
         actors=["Kerbel"], final_status="DENIED",
         positions={"Kerbel works council": "CLAIM", "Kerbel": "DENIAL"},
         note="Unrelated to the others: the works council claims, a spokeswoman named by office only denies."),
]


def st(article, story, stance, speaker, match, standing, evidence, core, time, position_of):
    return dict(article=article, story=story, stance=stance, speaker=speaker, speaker_match=match,
                standing=standing, evidence=evidence, core=core, time=time, position_of=position_of)


HEMMERSTEIN = ["Verlagsgruppe Hemmerstein", "Hemmerstein", "Verlagsgruppe", "Konzern", "Verlag", "publisher", "group",
               "Dorothea Lienen", "Lienen", "chief executive", "Sprecher", "Birgit Overhage", "Overhage",
               "Personalvorständin", "Managerin"]
BRUNSVIK = ["Brunsvik Medien", "Brunsvik"]
MGN = ["Mediengewerkschaft Nord", "MGN", "Gewerkschaft", "Ole Brakmann", "Brakmann", "Bezirksleiter"]
KASSENKOMPASS = ["Kassenkompass", "Vergleichsportal", "Bericht"]
HEN = ["Hanseatische Ersatzkasse Nord", "Hanseatische Ersatzkasse", "HEN", "Kasse", "insurer", "Sprecher",
       "Henrike Paulsen", "Paulsen", "chief executive"]
GREYFEN = ["Greyfen Labs", "Greyfen", "researchers"]
VELANTO = ["Velanto Telekom", "Velanto", "operator", "spokeswoman", "Aurel Kanngießer", "Kanngießer",
           "Technikvorstand", "Konzern"]
COUNCIL = ["works council", "Sabine Tewes", "Tewes", "chairwoman"]
KERBEL = ["Kerbel", "spokeswoman", "chain"]

STATEMENTS = [
    # v1: sources in the company; the publisher and the buyer do not answer
    st(V1, SA, "CLAIM", None, [], "THIRD_PARTY", "Hemmerstein will „Ostwälder Zeitung“ verkaufen", False, "2029-03-05T08:15:00+01:00", "anonymous sources"),
    st(V1, SA, "CLAIM", None, [], "THIRD_PARTY", "Die Verlagsgruppe Hemmerstein steht offenbar kurz vor dem Verkauf der „Ostwälder Zeitung“.", False, "2029-03-05", "anonymous sources"),
    st(V1, SA, "CLAIM", None, [], "THIRD_PARTY", "Käufer soll der Regionalverlag Brunsvik Medien aus Kellinghausen sein, wie am Sonntag aus Unternehmenskreisen verlautete.", True, "2029-03-04", "anonymous sources"),
    st(V1, SA, "CLAIM", None, [], "THIRD_PARTY", "Der Vertrag könne noch im März unterschrieben werden, hieß es.", True, "2029-03-04", "anonymous sources"),
    st(V1, SA, "NO_COMMENT", "Verlagsgruppe Hemmerstein", HEMMERSTEIN, "PARTY", "Der Konzern wollte sich am Sonntag nicht äußern.", True, "2029-03-04", "Verlagsgruppe Hemmerstein"),
    st(V1, SA, "NO_COMMENT", "Brunsvik Medien", BRUNSVIK, "PARTY", "Auch bei Brunsvik Medien war niemand für eine Stellungnahme zu erreichen.", True, "2029-03-04", "Brunsvik Medien"),
    # k1: a comparison portal's report from board papers; a spokesman of the insurer denies
    st(K1, KA, "CLAIM", "Kassenkompass", [], "THIRD_PARTY", "Bericht: Hanseatische Ersatzkasse erhöht Zusatzbeitrag zur Jahresmitte", False, "2029-03-06T09:00:00+01:00", "Kassenkompass"),
    st(K1, KA, "CLAIM", "Kassenkompass", KASSENKOMPASS, "THIRD_PARTY", "Die Hanseatische Ersatzkasse Nord (HEN) will ihren Zusatzbeitrag offenbar schon zum 1. Juli von 2,9 auf 3,6 Prozent anheben.", True, "2029-03-06", "Kassenkompass"),
    st(K1, KA, "CLAIM", "Kassenkompass", KASSENKOMPASS, "THIRD_PARTY", "Das geht aus einer Vorlage für den Verwaltungsrat hervor, die dem Vergleichsportal Kassenkompass vorliegt.", True, "2029-03-06", "Kassenkompass"),
    st(K1, KA, "CLAIM", "Kassenkompass", KASSENKOMPASS, "THIRD_PARTY", "Grund seien stark gestiegene Ausgaben für Krankenhausbehandlungen.", False, "2029-03-06", "Kassenkompass"),
    st(K1, KA, "DENIAL", "Hanseatische Ersatzkasse Nord", HEN, "PARTY", "Ein Sprecher der Kasse wies den Bericht zurück.", True, "2029-03-06", "Hanseatische Ersatzkasse Nord"),
    st(K1, KA, "DENIAL", "Hanseatische Ersatzkasse Nord", HEN, "PARTY", "„Über den Beitragssatz wird im Herbst entschieden, eine Erhöhung im laufenden Jahr ist nicht geplant“, sagte er.", True, "2029-03-06", "Hanseatische Ersatzkasse Nord"),
    # d1: a union (MGN) claims the plant closes; a spokesman of the publishing group denies
    st(D1, PR, "CLAIM", "Mediengewerkschaft Nord", [], "THIRD_PARTY", "Gewerkschaft: Hemmerstein-Druckerei in Kalbach vor dem Aus", False, "2029-03-06T11:20:00+01:00", "Mediengewerkschaft Nord"),
    st(D1, PR, "CLAIM", "Mediengewerkschaft Nord", MGN, "THIRD_PARTY", "Die Mediengewerkschaft Nord (MGN) befürchtet die Schließung der Hemmerstein-Druckerei in Kalbach.", False, "2029-03-06", "Mediengewerkschaft Nord"),
    st(D1, PR, "CLAIM", "Ole Brakmann", MGN, "THIRD_PARTY", "Der Verlag wolle den Druck seiner Zeitungen von 2030 an einen Dienstleister in Polen vergeben, sagte MGN-Bezirksleiter Ole Brakmann am Dienstag.", True, "2029-03-06", "Mediengewerkschaft Nord"),
    st(D1, PR, "CLAIM", "Ole Brakmann", MGN, "THIRD_PARTY", "Betroffen wären rund 180 Beschäftigte.", False, "2029-03-06", "Mediengewerkschaft Nord"),
    st(D1, PR, "DENIAL", "Verlagsgruppe Hemmerstein", HEMMERSTEIN, "PARTY", "Ein Sprecher der Verlagsgruppe wies das zurück.", True, "2029-03-06", "Verlagsgruppe Hemmerstein"),
    st(D1, PR, "DENIAL", "Verlagsgruppe Hemmerstein", HEMMERSTEIN, "PARTY", "„Es gibt keine Pläne, den Standort Kalbach zu schließen“, sagte er.", True, "2029-03-06", "Verlagsgruppe Hemmerstein"),
    # a1: researchers claim a ransomware attack; the operator denies
    st(A1, OU, "DENIAL", "Velanto Telekom", [], "PARTY", "Velanto denies hack caused nationwide mobile outage", False, "2029-03-07T16:45:00Z", "Velanto Telekom"),
    st(A1, OU, "DENIAL", "Velanto Telekom", VELANTO, "PARTY", "German mobile operator Velanto Telekom on Wednesday denied that a cyberattack had caused the outage that cut off millions of its customers for most of Tuesday.", True, "2029-03-07", "Velanto Telekom"),
    st(A1, OU, "CLAIM", "Greyfen Labs", GREYFEN, "THIRD_PARTY", "Security researchers at Greyfen Labs said earlier in the day that a ransomware group had encrypted servers at one of Velanto's data centres, citing messages posted on a criminal forum.", True, "2029-03-07", "Greyfen Labs"),
    st(A1, OU, "DENIAL", "Velanto Telekom", VELANTO, "PARTY", "\"The outage was caused by a faulty software update to our core network, not by an attack,\" a Velanto spokeswoman said.", True, "2029-03-07", "Velanto Telekom"),
    # r1: the works council claims store closures; a spokeswoman denies
    st(R1, ST, "CLAIM", "Kerbel works council", [], "THIRD_PARTY", "Drugstore chain Kerbel to shut 60 stores, works council says", False, "2029-03-08T09:50:00Z", "Kerbel works council"),
    st(R1, ST, "CLAIM", "Kerbel works council", COUNCIL, "THIRD_PARTY", "German drugstore chain Kerbel plans to close about 60 of its 410 stores this year, mostly in small towns, its works council said on Thursday.", True, "2029-03-08", "Kerbel works council"),
    st(R1, ST, "CLAIM", "Sabine Tewes", COUNCIL, "THIRD_PARTY", "\"Management presented us with a list of branches last week,\" works council chairwoman Sabine Tewes told Northgate Wire.", True, "2029-03-08", "Kerbel works council"),
    st(R1, ST, "CLAIM", "Sabine Tewes", COUNCIL, "THIRD_PARTY", "Around 500 employees would be affected, she said.", False, "2029-03-08", "Kerbel works council"),
    st(R1, ST, "DENIAL", "Kerbel", KERBEL, "PARTY", "A spokeswoman for Kerbel said there was no such list.", True, "2029-03-08", "Kerbel"),
    st(R1, ST, "DENIAL", "Kerbel", KERBEL, "PARTY", "\"We review our network every year, but there is no closure programme,\" she said.", True, "2029-03-08", "Kerbel"),
    # v2: an English wire: the publisher confirms the sale and declines to comment on the printing plant
    st(V2, SA, "CONFIRMATION", "Verlagsgruppe Hemmerstein", [], "PARTY", "Hemmerstein confirms sale of Ostwälder Zeitung to Brunsvik", False, "2029-03-08T13:40:00Z", "Verlagsgruppe Hemmerstein"),
    st(V2, SA, "CONFIRMATION", "Verlagsgruppe Hemmerstein", HEMMERSTEIN, "PARTY", "German publisher Hemmerstein confirmed on Thursday that it had agreed to sell its regional daily Ostwälder Zeitung to smaller rival Brunsvik Medien for an undisclosed sum.", True, "2029-03-08", "Verlagsgruppe Hemmerstein"),
    st(V2, SA, "CONFIRMATION", "Dorothea Lienen", HEMMERSTEIN, "PARTY", "\"The paper will be in better hands with a publisher rooted in the region,\" Hemmerstein chief executive Dorothea Lienen said in a statement.", True, "2029-03-08", "Verlagsgruppe Hemmerstein"),
    st(V2, SA, "CONFIRMATION", "Brunsvik Medien", BRUNSVIK, "PARTY", "Brunsvik said all 85 editorial jobs would be kept.", False, "2029-03-08", "Brunsvik Medien"),
    st(V2, PR, "NO_COMMENT", "Verlagsgruppe Hemmerstein", HEMMERSTEIN, "PARTY", "The group declined to comment on a union's claim earlier this week that it plans to close its printing plant in Kalbach, where about 180 people work.", True, "2029-03-08", "Verlagsgruppe Hemmerstein"),
    # d2: the group admits the printing leaves Kalbach (110 jobs) but says the plant stays
    st(D2, PR, "CONFIRMATION", "Verlagsgruppe Hemmerstein", [], "PARTY", "Hemmerstein verlagert Zeitungsdruck aus Kalbach", False, "2029-03-09T17:05:00+01:00", "Verlagsgruppe Hemmerstein"),
    st(D2, PR, "CONFIRMATION", "Verlagsgruppe Hemmerstein", HEMMERSTEIN, "PARTY", "Hemmerstein wird den Druck seiner Tageszeitungen doch aus Kalbach abziehen, räumte der Konzern am Freitag nach einer Betriebsversammlung ein.", True, "2029-03-09", "Verlagsgruppe Hemmerstein"),
    st(D2, PR, "CONFIRMATION", "Birgit Overhage", HEMMERSTEIN, "PARTY", "Rund 110 der 180 Stellen sollen bis Ende 2030 wegfallen, sagte Personalvorständin Birgit Overhage.", True, "2029-03-09", "Verlagsgruppe Hemmerstein"),
    st(D2, PR, "DENIAL", "Birgit Overhage", HEMMERSTEIN, "PARTY", "Geschlossen werde die Druckerei aber nicht, betonte die Managerin.", False, "2029-03-09", "Verlagsgruppe Hemmerstein"),
    st(D2, PR, "CLAIM", "Ole Brakmann", MGN, "THIRD_PARTY", "MGN-Bezirksleiter Ole Brakmann sprach von einem „Kahlschlag auf Raten“ und forderte einen Sozialtarifvertrag.", False, "2029-03-09", "Mediengewerkschaft Nord"),
    # t2: in German, the chief technology officer confirms the attack
    st(T2, OU, "CONFIRMATION", "Velanto Telekom", [], "PARTY", "Velanto räumt Cyberangriff ein", False, "2029-03-10T12:10:00+01:00", "Velanto Telekom"),
    st(T2, OU, "CONFIRMATION", "Aurel Kanngießer", VELANTO, "PARTY", "Das bestätigte Technikvorstand Aurel Kanngießer am Samstag.", True, "2029-03-10", "Velanto Telekom"),
    st(T2, OU, "CONFIRMATION", "Aurel Kanngießer", VELANTO, "PARTY", "Angreifer hätten über ein gekapertes Wartungskonto Server in einem Rechenzentrum in Fulda verschlüsselt, sagte er.", True, "2029-03-10", "Velanto Telekom"),
    st(T2, OU, "DENIAL", "Velanto Telekom", VELANTO, "PARTY", "Der Konzern hatte zunächst von einem fehlerhaften Software-Update gesprochen.", False, "2029-03-07", "Velanto Telekom"),
    st(T2, OU, "CONFIRMATION", "Aurel Kanngießer", VELANTO, "PARTY", "„Wir haben uns zu früh festgelegt, das war ein Fehler“, sagte Kanngießer.", False, "2029-03-10", "Velanto Telekom"),
    # k2: an English wire: the insurer raises the rate in July (3.4 rather than 3.6 percent)
    st(K2, KA, "CONFIRMATION", "Hanseatische Ersatzkasse Nord", [], "PARTY", "German insurer HEN to raise contributions in July after all", False, "2029-03-13T10:30:00Z", "Hanseatische Ersatzkasse Nord"),
    st(K2, KA, "CONFIRMATION", "Hanseatische Ersatzkasse Nord", HEN, "PARTY", "German statutory health insurer Hanseatische Ersatzkasse Nord will raise its supplementary contribution rate to 3.4 percent from July 1, the insurer said on Tuesday, a week after it had dismissed a report of a mid-year increase.", True, "2029-03-13", "Hanseatische Ersatzkasse Nord"),
    st(K2, KA, "CONFIRMATION", "Henrike Paulsen", HEN, "PARTY", "\"Hospital costs have risen far faster than anyone expected in the autumn,\" chief executive Henrike Paulsen told reporters.", True, "2029-03-13", "Hanseatische Ersatzkasse Nord"),
    st(K2, KA, "CLAIM", "Kassenkompass", KASSENKOMPASS, "THIRD_PARTY", "Comparison portal Kassenkompass had reported that the rate would rise to 3.6 percent.", False, "2029-03-06", "Kassenkompass"),
]


def transitions():
    rows = []

    def add(after, story, status):
        rows.append(dict(after=after, story=story, status=status))
    add([V1], SA, "UNCONFIRMED"); add([V1, V2], SA, "CLAIMED"); add([V2], SA, "CLAIMED")
    add([D1], PR, "DENIED"); add([D1, V2], PR, "DENIED"); add([D1, V2, D2], PR, "CLAIMED")
    add([D1, D2], PR, "CLAIMED"); add([D2], PR, "CLAIMED")
    add([K1], KA, "DENIED"); add([K1, K2], KA, "CLAIMED"); add([K2], KA, "CLAIMED")
    add([A1], OU, "DENIED"); add([A1, T2], OU, "CLAIMED"); add([T2], OU, "CLAIMED")
    add([R1], ST, "DENIED")
    return rows


write(HERE, about="Fourteenth set of invented story scenarios written for storywire (9 articles, 5 German, 4 English; "
                  "every publisher, newspaper, union, health insurer, comparison portal, mobile operator, security "
                  "firm, drugstore chain, person, place and outlet made up), annotated by hand before any run. Same "
                  "format as scenarios-dev/gold.json. Written by make_gold.py.",
      articles=ARTICLES, stories=STORIES, statements=STATEMENTS, transitions=transitions())
