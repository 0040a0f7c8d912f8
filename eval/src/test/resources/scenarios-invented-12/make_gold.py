"""Writes gold.json for the twelfth set of invented scenarios (articles/), checking every evidence and boilerplate
string against its article. Run: python3 make_gold.py. Everything here (articles and gold) was written for
storywire by hand, before any run of the system on it; all names, places, outlets and events are invented."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from scenario_gold import write  # noqa: E402 (the sets' shared check and writer)

P1, P2 = "p1_falkenrod_nebenwirkungen.txt", "p2_falkenrod_regulator_en.txt"
S1, S2 = "s1_wildwater_athletes_en.txt", "s2_wildwasserbund_trainer.txt"
G1, G2 = "g1_dravenholt_molkerei.txt", "g2_dravenholt_denies_en.txt"
V1, V2 = "v1_skarvik_base_en.txt", "v2_skarvik_bestaetigt.txt"
K1, K2 = "k1_telgenau_stadtwerke.txt", "k2_oehlkers_dementi.txt"

WIRE = ["(c) Northgate Wire 2028"]


def de_page(author, stamp, section):
    return ["Von " + author, stamp, "Artikel teilen", "Mehr aus " + section]


def wire(author, editor="Rhea Fontaine"):
    return ["By " + author, "Reporting by " + author + "; Editing by " + editor] + WIRE


ARTICLES = [
    dict(file=P1, language="de", published="2028-08-01T10:15:00+02:00",
         boilerplate=de_page("Miriam Oskamp", "01.08.2028, 10:15 Uhr", "Gesundheit")),
    dict(file=S1, language="en", published="2028-08-02T17:20:00Z",
         published_hint="dateline 'August 2, 2028 5:20 PM GMT' in the text", boilerplate=wire("Dana Whitcombe")),
    dict(file=G1, language="de", published="2028-08-03T08:40:00+02:00",
         boilerplate=de_page("Lukas Wendhausen", "03.08.2028, 08:40 Uhr", "Wirtschaft")),
    dict(file=V1, language="en", published="2028-08-04T06:50:00Z",
         published_hint="dateline 'August 4, 2028 6:50 AM GMT' in the text", boilerplate=wire("Dana Whitcombe")),
    dict(file=K1, language="de", published="2028-08-05T16:00:00+02:00",
         boilerplate=de_page("Heike Brunsmann", "05.08.2028, 16:00 Uhr", "Telgenau")),
    dict(file=P2, language="en", published="2028-08-07T14:30:00Z",
         published_hint="dateline 'August 7, 2028 2:30 PM GMT' in the text", boilerplate=wire("Owen Castaldi")),
    dict(file=K2, language="de", published="2028-08-08T21:30:00+02:00",
         boilerplate=de_page("Heike Brunsmann", "08.08.2028, 21:30 Uhr", "Telgenau")),
    dict(file=G2, language="en", published="2028-08-09T11:05:00Z",
         published_hint="dateline 'August 9, 2028 11:05 AM GMT' in the text", boilerplate=wire("Owen Castaldi")),
    dict(file=S2, language="de", published="2028-08-10T19:45:00+02:00",
         boilerplate=de_page("Jana Pelzeter", "10.08.2028, 19:45 Uhr", "Sport")),
    dict(file=V2, language="de", published="2028-08-11T13:10:00+02:00",
         boilerplate=de_page("Lukas Wendhausen", "11.08.2028, 13:10 Uhr", "Reise")),
]

LD = "falkenrod-late-liver-reports"
FU = "whitewater-funds-to-presidents-husband"
CO = "whitewater-ignored-coach-complaints"
DS = "dravenholt-sells-dairy-arm"
SK = "skarvik-closes-kellheim-base"
SW = "telgenau-stake-sale-stadtwerke"

STORIES = [
    dict(id=LD, title="Falkenrod Pharma withheld reports of liver damage caused by Lipravan",
         actors=["Falkenrod Pharma"], final_status="CLAIMED",
         positions={"Herzwerk": "CLAIM", "Falkenrod Pharma": "CONFIRMATION",
                    "Bundesamt für Arzneimittelaufsicht": "CLAIM"},
         note="A patients' group accuses the drugmaker ('X wirft Y vor'), the company denies, the regulator declines; "
              "six days later an English wire: 'the regulator' confirms (a third party), the company acknowledges."),
    dict(id=FU, title="The German Whitewater Federation paid public funding to its president's husband's consultancy",
         actors=["Deutscher Wildwasserbund", "Carina Lessmann"], final_status="DENIED",
         positions={"Athleten Direkt": "CLAIM", "Deutscher Wildwasserbund": "DENIAL", "Carina Lessmann": "DENIAL"},
         note="Two claims about the same parties in one English article; the president denies this one there and "
              "again eight days later in German as 'die 41-Jährige'."),
    dict(id=CO, title="The German Whitewater Federation ignored complaints about its national coach",
         actors=["Deutscher Wildwasserbund"], final_status="CLAIMED",
         positions={"Athleten Direkt": "CLAIM", "Deutscher Wildwasserbund": "CONFIRMATION"},
         note="The second claim ('also'), declined as a personnel matter; the German page: the federation suspends "
              "the coach and admits the complaints were left too long."),
    dict(id=DS, title="Dravenholt is considering selling its dairy division to Holmgaard",
         actors=["Dravenholt", "Holmgaard"], final_status="DENIED",
         positions={"Landkurier": "CLAIM", "Dravenholt": "DENIAL", "Holmgaard": "DENIAL"},
         note="An outlet's own report ('wie das Fachblatt „Landkurier“ berichtet'); the company declines, the "
              "named buyer cannot be reached; six days later an English wire: both deny (no-comment, then denial)."),
    dict(id=SK, title="Skarvik Air closes its Kellheim base",
         actors=["Skarvik Air"], final_status="CLAIMED",
         positions={"VLP": "CLAIM", "Flughafen Kellheim": "CONFIRMATION", "Skarvik Air": "CONFIRMATION"},
         note="A union claims, the airport operator (a third party) confirms, the airline declines: UNCONFIRMED; "
              "a German page a week later: 'die Fluggesellschaft' announces it (headline without speaker)."),
    dict(id=SW, title="Telgenau's mayor prepares selling a stake in the Stadtwerke to an investor",
         actors=["Sabine Oehlkers", "Stadtwerke Telgenau", "Calder Infra"], final_status="DENIED",
         positions={"Bürgerliste Telgenau": "CLAIM", "Sabine Oehlkers": "DENIAL", "Calder Infra": "NO_COMMENT"},
         note="City politics, unrelated to the others and between them: a council group accuses the mayor ('X "
              "wirft Y vor'), the city declines, the investor does not answer; three days later 'die 56-Jährige' "
              "denies in the council."),
]


def st(article, story, stance, speaker, match, standing, evidence, core, time, position_of):
    return dict(article=article, story=story, stance=stance, speaker=speaker, speaker_match=match,
                standing=standing, evidence=evidence, core=core, time=time, position_of=position_of)


HERZWERK = ["Herzwerk", "Patientenverband", "Verband", "Tobias Reinhain", "Reinhain", "Verbandssprecher",
            "patients' group", "group"]
FALKENROD = ["Falkenrod Pharma", "Falkenrod", "Sprecherin", "Unternehmen", "Hersteller", "company", "drugmaker",
             "spokeswoman"]
BFA = ["Bundesamt für Arzneimittelaufsicht", "Bundesamt", "Federal Office for Drug Supervision", "regulator",
       "Federal Office"]
ATHLETES = ["Athleten Direkt", "athletes' association", "group", "Athletenvereinigung"]
WWB = ["German Whitewater Federation", "Deutscher Wildwasserbund", "Wildwasserbund", "federation", "Verband",
       "spokesman"]
LESSMANN = ["Carina Lessmann", "Lessmann", "Präsidentin", "41-Jährige", "president"]
LANDKURIER = ["Landkurier", "Fachblatt"]
DRAVENHOLT = ["Dravenholt", "Agrarkonzern", "Henrike Olbers", "Olbers", "chief executive", "group"]
HOLMGAARD = ["Holmgaard", "Genossenschaft", "cooperative", "Cooperative Holmgaard"]
VLP = ["VLP", "pilots' union", "union", "Pilotengewerkschaft"]
AIRPORT = ["Kellheim airport's operator", "operator", "airport spokesman", "spokesman"]
SKARVIK = ["Skarvik Air", "Skarvik", "Fluggesellschaft", "Billigfluggesellschaft", "airline", "Unternehmen"]
BLT = ["Bürgerliste Telgenau", "Bürgerliste", "Ratsfraktion", "Bernd Ahlring", "Ahlring", "Fraktionschef"]
CITY = ["Stadt", "Sprecherin", "Sabine Oehlkers", "Oehlkers", "Oberbürgermeisterin", "56-Jährige"]

STATEMENTS = [
    # p1: a patients' group accuses the drugmaker ('wirft ... vor'), the company denies, the regulator declines
    st(P1, LD, "CLAIM", "Herzwerk", [], "THIRD_PARTY", "Patientenverband wirft Falkenrod Pharma Verschweigen von Nebenwirkungen vor", False, "2028-08-01T10:15:00+02:00", "Herzwerk"),
    st(P1, LD, "CLAIM", "Herzwerk", HERZWERK, "THIRD_PARTY", "Der Patientenverband Herzwerk wirft dem Arzneimittelhersteller Falkenrod Pharma vor, Meldungen über Leberschäden durch sein Cholesterinmittel Lipravan monatelang nicht an die Aufsichtsbehörde weitergegeben zu haben.", True, "2028-08-01", "Herzwerk"),
    st(P1, LD, "CLAIM", "Tobias Reinhain", HERZWERK, "THIRD_PARTY", "Dem Unternehmen seien solche Fälle seit Januar bekannt gewesen, sagte Verbandssprecher Tobias Reinhain am Dienstag in Mainbrück.", True, "2028-08-01", "Herzwerk"),
    st(P1, LD, "DENIAL", "Falkenrod Pharma", FALKENROD, "PARTY", "Falkenrod wies die Vorwürfe zurück.", True, "2028-08-01", "Falkenrod Pharma"),
    st(P1, LD, "DENIAL", "Falkenrod Pharma", FALKENROD, "PARTY", "Alle Verdachtsfälle seien fristgerecht gemeldet worden, sagte eine Sprecherin des Unternehmens.", True, "2028-08-01", "Falkenrod Pharma"),
    st(P1, LD, "NO_COMMENT", "Bundesamt für Arzneimittelaufsicht", BFA, "THIRD_PARTY", "Das Bundesamt für Arzneimittelaufsicht wollte sich zu dem laufenden Verfahren nicht äußern.", True, "2028-08-01", "Bundesamt für Arzneimittelaufsicht"),
    st(P1, None, "CLAIM", "Falkenrod Pharma", FALKENROD, "PARTY", "Lipravan wird nach Angaben des Herstellers von rund 300.000 Patienten in Deutschland eingenommen.", False, "2028-08-01", None),
    # p2: an English wire: the regulator's findings (a third party confirms), the company acknowledges
    st(P2, LD, "CLAIM", "Bundesamt für Arzneimittelaufsicht", [], "THIRD_PARTY", "German regulator says Falkenrod reported liver cases late", False, "2028-08-07T14:30:00Z", "Bundesamt für Arzneimittelaufsicht"),
    st(P2, LD, "CLAIM", "Bundesamt für Arzneimittelaufsicht", BFA, "THIRD_PARTY", "Drugmaker Falkenrod Pharma reported suspected cases of liver damage linked to its cholesterol pill Lipravan to the authorities months after it first learned of them, Germany's medicines regulator said on Monday.", True, "2028-08-07", "Bundesamt für Arzneimittelaufsicht"),
    st(P2, LD, "CLAIM", "Bundesamt für Arzneimittelaufsicht", BFA, "THIRD_PARTY", "The Federal Office for Drug Supervision said it had opened proceedings against the company and could impose a fine.", False, "2028-08-07", "Bundesamt für Arzneimittelaufsicht"),
    st(P2, LD, "CLAIM", "Bundesamt für Arzneimittelaufsicht", BFA, "THIRD_PARTY", "The regulator found that at least nine reports had been forwarded between four and seven months late.", True, "2028-08-07", "Bundesamt für Arzneimittelaufsicht"),
    st(P2, LD, "CONFIRMATION", "Falkenrod Pharma", FALKENROD, "PARTY", "Falkenrod acknowledged the delays, blaming a fault in its safety database that has since been repaired.", True, "2028-08-07", "Falkenrod Pharma"),
    st(P2, LD, "CONFIRMATION", "Falkenrod Pharma", FALKENROD, "PARTY", "\"We should have noticed this much earlier,\" a company spokeswoman said.", True, "2028-08-07", "Falkenrod Pharma"),
    st(P2, LD, "CLAIM", "Herzwerk", HERZWERK, "THIRD_PARTY", "Patients' group Herzwerk, which raised the issue last week, said the findings showed that the drugmaker had misled the public.", False, "2028-08-07", "Herzwerk"),
    # s1: an athletes' association makes two claims about the federation; the president denies the first, the
    # federation declines the second
    st(S1, FU, "CLAIM", "Athleten Direkt", [], "THIRD_PARTY", "Athletes accuse canoe federation of funnelling funds to president's husband", False, "2028-08-02T17:20:00Z", "Athleten Direkt"),
    st(S1, FU, "CLAIM", "Athleten Direkt", ATHLETES, "THIRD_PARTY", "The German Whitewater Federation paid more than 280,000 euros of public funding to a consultancy run by the husband of its president Carina Lessmann, the athletes' association Athleten Direkt said on Wednesday.", True, "2028-08-02", "Athleten Direkt"),
    st(S1, CO, "CLAIM", "Athleten Direkt", ATHLETES, "THIRD_PARTY", "The federation also ignored repeated complaints from junior paddlers about the conduct of national coach Ralf Tiedemann, the group said in a letter to the interior ministry.", True, "2028-08-02", "Athleten Direkt"),
    st(S1, FU, "DENIAL", "German Whitewater Federation", WWB, "PARTY", "The federation rejected the accusation about the consultancy.", True, "2028-08-02", "Deutscher Wildwasserbund"),
    st(S1, FU, "DENIAL", "Carina Lessmann", LESSMANN, "PARTY", "\"All contracts were approved by the board and checked by the auditors,\" Lessmann said.", True, "2028-08-02", "Carina Lessmann"),
    st(S1, CO, "NO_COMMENT", "German Whitewater Federation", WWB, "PARTY", "A federation spokesman said it would not comment on personnel matters.", True, "2028-08-02", "Deutscher Wildwasserbund"),
    # s2: a German page: the federation suspends the coach and admits; 'die 41-Jährige' denies the funding claim again
    st(S2, CO, "CONFIRMATION", "Deutscher Wildwasserbund", [], "PARTY", "Wildwasserbund suspendiert Bundestrainer", False, "2028-08-10T19:45:00+02:00", "Deutscher Wildwasserbund"),
    st(S2, CO, "CONFIRMATION", "Deutscher Wildwasserbund", WWB, "PARTY", "Der Deutsche Wildwasserbund hat Bundestrainer Ralf Tiedemann mit sofortiger Wirkung freigestellt.", False, "2028-08-10", "Deutscher Wildwasserbund"),
    st(S2, CO, "CONFIRMATION", "Deutscher Wildwasserbund", WWB, "PARTY", "Beschwerden mehrerer Nachwuchssportler über sein Verhalten seien zu lange liegen geblieben, räumte der Verband am Donnerstag ein.", True, "2028-08-10", "Deutscher Wildwasserbund"),
    st(S2, FU, "DENIAL", "Carina Lessmann", LESSMANN, "PARTY", "Die Präsidentin des Verbands, Carina Lessmann, wies dagegen erneut zurück, dass Fördergeld an die Beratungsfirma ihres Mannes geflossen sei.", True, "2028-08-10", "Carina Lessmann"),
    st(S2, FU, "DENIAL", "Carina Lessmann", LESSMANN, "PARTY", "„Jeder Auftrag ist ordnungsgemäß ausgeschrieben worden“, sagte die 41-Jährige.", True, "2028-08-10", "Carina Lessmann"),
    st(S2, FU, "CLAIM", "Athleten Direkt", ATHLETES, "THIRD_PARTY", "Die Athletenvereinigung Athleten Direkt fordert ihren Rücktritt.", False, "2028-08-10", "Athleten Direkt"),
    # g1: an outlet's own report ('wie das Fachblatt ... berichtet'); the company declines, the buyer unreachable
    st(G1, DS, "CLAIM", "Landkurier", [], "THIRD_PARTY", "Dravenholt prüft offenbar Verkauf der Molkereisparte", False, "2028-08-03T08:40:00+02:00", "Landkurier"),
    st(G1, DS, "CLAIM", "Landkurier", LANDKURIER, "THIRD_PARTY", "Der Agrarkonzern Dravenholt will sich offenbar von seinem Milchgeschäft trennen.", False, "2028-08-03", "Landkurier"),
    st(G1, DS, "CLAIM", "Landkurier", LANDKURIER, "THIRD_PARTY", "Das Unternehmen prüfe den Verkauf seiner Molkereisparte, wie das Fachblatt „Landkurier“ unter Berufung auf Branchenkreise berichtet.", True, "2028-08-03", "Landkurier"),
    st(G1, DS, "CLAIM", "Landkurier", LANDKURIER, "THIRD_PARTY", "Als Käufer sei die dänische Genossenschaft Holmgaard im Gespräch.", True, "2028-08-03", "Landkurier"),
    st(G1, DS, "NO_COMMENT", "Dravenholt", DRAVENHOLT, "PARTY", "Dravenholt wollte sich zu dem Bericht nicht äußern.", True, "2028-08-03", "Dravenholt"),
    st(G1, DS, "NO_COMMENT", "Holmgaard", HOLMGAARD, "PARTY", "Bei Holmgaard war am Mittwoch niemand für eine Stellungnahme zu erreichen.", True, "2028-08-03", "Holmgaard"),
    # g2: an English wire: the company and the named buyer deny
    st(G2, DS, "DENIAL", "Dravenholt", [], "PARTY", "Dravenholt says dairy arm not for sale", False, "2028-08-09T11:05:00Z", "Dravenholt"),
    st(G2, DS, "DENIAL", "Dravenholt", DRAVENHOLT, "PARTY", "German agricultural group Dravenholt denied on Wednesday that it was looking to sell its dairy business, a week after a trade paper reported that it was in talks with a Danish cooperative.", True, "2028-08-09", "Dravenholt"),
    st(G2, DS, "DENIAL", "Henrike Olbers", DRAVENHOLT, "PARTY", "\"Our dairy division is part of our core business and it is not for sale,\" chief executive Henrike Olbers told reporters", True, "2028-08-09", "Dravenholt"),
    st(G2, DS, "DENIAL", "Holmgaard", HOLMGAARD, "PARTY", "Cooperative Holmgaard, named as a possible buyer, said it had never held talks with Dravenholt.", True, "2028-08-09", "Holmgaard"),
    # v1: a union claims the base closure, the airport operator confirms (a third party), the airline declines
    st(V1, SK, "CLAIM", "VLP", [], "THIRD_PARTY", "Skarvik Air to shut Kellheim base, pilots' union says", False, "2028-08-04T06:50:00Z", "VLP"),
    st(V1, SK, "CLAIM", "VLP", VLP, "THIRD_PARTY", "Low-cost airline Skarvik Air plans to close its base at Kellheim airport in the spring and move its six aircraft there to Poland, pilots' union VLP said on Friday.", True, "2028-08-04", "VLP"),
    st(V1, SK, "CONFIRMATION", "Flughafen Kellheim", AIRPORT, "THIRD_PARTY", "Kellheim airport's operator confirmed that the airline had told it of the plan.", True, "2028-08-04", "Flughafen Kellheim"),
    st(V1, SK, "CONFIRMATION", "Flughafen Kellheim", AIRPORT, "THIRD_PARTY", "\"We were informed on Tuesday and we regret the decision,\" an airport spokesman said.", True, "2028-08-04", "Flughafen Kellheim"),
    st(V1, SK, "NO_COMMENT", "Skarvik Air", SKARVIK, "PARTY", "Skarvik Air declined to comment.", True, "2028-08-04", "Skarvik Air"),
    # v2: a German page: the airline announces it (the headline names no speaker)
    st(V2, SK, "CONFIRMATION", "Skarvik Air", [], "PARTY", "Skarvik Air zieht sich aus Kellheim zurück", False, "2028-08-11T13:10:00+02:00", "Skarvik Air"),
    st(V2, SK, "CONFIRMATION", "Skarvik Air", SKARVIK, "PARTY", "Die Billigfluggesellschaft Skarvik Air gibt ihren Standort am Flughafen Kellheim auf.", False, "2028-08-11", "Skarvik Air"),
    st(V2, SK, "CONFIRMATION", "Skarvik Air", SKARVIK, "PARTY", "Die letzten Flüge von dort starten am 31. März, teilte die Fluggesellschaft am Freitag mit.", True, "2028-08-11", "Skarvik Air"),
    st(V2, SK, "CLAIM", "VLP", VLP, "THIRD_PARTY", "Die Pilotengewerkschaft VLP kündigte an, um die rund 120 Arbeitsplätze zu kämpfen.", False, "2028-08-11", "VLP"),
    st(V2, SK, "CONFIRMATION", "Skarvik Air", SKARVIK, "PARTY", "Für Passagiere, die bereits gebucht haben, ändert sich nach Angaben des Unternehmens nichts.", False, "2028-08-11", "Skarvik Air"),
    # k1: city politics: a council group accuses the mayor; the city declines, the investor does not answer
    st(K1, SW, "CLAIM", "Bürgerliste Telgenau", [], "THIRD_PARTY", "Bürgerliste: Oberbürgermeisterin will Stadtwerke teilweise verkaufen", False, "2028-08-05T16:00:00+02:00", "Bürgerliste Telgenau"),
    st(K1, SW, "CLAIM", "Bürgerliste Telgenau", BLT, "THIRD_PARTY", "Die Ratsfraktion der Bürgerliste Telgenau wirft Oberbürgermeisterin Sabine Oehlkers vor, heimlich den Verkauf eines Anteils der Stadtwerke an einen Finanzinvestor vorzubereiten.", True, "2028-08-05", "Bürgerliste Telgenau"),
    st(K1, SW, "CLAIM", "Bernd Ahlring", BLT, "THIRD_PARTY", "Die Verwaltung verhandle seit Wochen mit der Londoner Gesellschaft Calder Infra, sagte Fraktionschef Bernd Ahlring am Freitag.", True, "2028-08-05", "Bürgerliste Telgenau"),
    st(K1, SW, "NO_COMMENT", "Stadt Telgenau", CITY, "PARTY", "Eine Sprecherin der Stadt wollte sich dazu nicht äußern.", True, "2028-08-05", "Sabine Oehlkers"),
    st(K1, SW, "NO_COMMENT", "Calder Infra", ["Calder Infra"], "PARTY", "Calder Infra ließ eine Anfrage unbeantwortet.", True, "2028-08-05", "Calder Infra"),
    # k2: the mayor ('die 56-Jährige') denies in the council; the group maintains its claim
    st(K2, SW, "DENIAL", "Sabine Oehlkers", CITY, "PARTY", "Die Telgenauer Oberbürgermeisterin Sabine Oehlkers hat Berichte über einen geplanten Teilverkauf der Stadtwerke zurückgewiesen.", True, "2028-08-08", "Sabine Oehlkers"),
    st(K2, SW, "DENIAL", "Sabine Oehlkers", CITY, "PARTY", "„Es gibt keine Verhandlungen mit irgendeinem Investor“, sagte die 56-Jährige am Donnerstag in der Sitzung des Stadtrats.", True, "2028-08-08", "Sabine Oehlkers"),
    st(K2, SW, "DENIAL", "Sabine Oehlkers", CITY, "PARTY", "Die Stadtwerke blieben vollständig in städtischer Hand.", False, "2028-08-08", "Sabine Oehlkers"),
    st(K2, SW, "CLAIM", "Bürgerliste Telgenau", BLT, "THIRD_PARTY", "Die Bürgerliste hielt an ihren Vorwürfen fest.", True, "2028-08-08", "Bürgerliste Telgenau"),
    st(K2, SW, "CLAIM", "Bernd Ahlring", BLT, "THIRD_PARTY", "Ihr lägen Protokolle vertraulicher Gespräche vor, sagte Fraktionschef Bernd Ahlring.", True, "2028-08-08", "Bürgerliste Telgenau"),
]


def transitions():
    rows = []

    def add(after, story, status):
        rows.append(dict(after=after, story=story, status=status))
    add([P1], LD, "DENIED"); add([P1, P2], LD, "CLAIMED"); add([P2], LD, "CLAIMED")
    add([S1], FU, "DENIED"); add([S1, S2], FU, "DENIED"); add([S2], FU, "DENIED")
    add([S1], CO, "UNCONFIRMED"); add([S1, S2], CO, "CLAIMED"); add([S2], CO, "CLAIMED")
    add([G1], DS, "UNCONFIRMED"); add([G1, G2], DS, "DENIED"); add([G2], DS, "DENIED")
    add([V1], SK, "UNCONFIRMED"); add([V1, V2], SK, "CLAIMED"); add([V2], SK, "CLAIMED")
    add([K1], SW, "UNCONFIRMED"); add([K1, K2], SW, "DENIED"); add([K2], SW, "DENIED")
    return rows


write(HERE, about="Twelfth set of invented story scenarios written for storywire (10 articles, 6 German, 4 English; "
                  "every drugmaker, drug, patients' group, regulator, sports federation, athletes' group, official, "
                  "agricultural group, cooperative, trade paper, airline, airport, union, council group, town, "
                  "investor, person, place and outlet made up), annotated by hand before any run. Same format as "
                  "scenarios-dev/gold.json. Written by make_gold.py.",
      articles=ARTICLES, stories=STORIES, statements=STATEMENTS, transitions=transitions())
