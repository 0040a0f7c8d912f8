"""Writes gold.json for the eleventh set of invented scenarios (articles/), checking every evidence and boilerplate
string against its article. Run: python3 make_gold.py. Everything here (articles and gold) was written for
storywire by hand, before any run of the system on it; all names, places, outlets and events are invented."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from scenario_gold import write  # noqa: E402 (the sets' shared check and writer)

A1, A2 = "a1_hallgren_veltrano_en.txt", "a2_autobauer_bestaetigt.txt"
B1, B2 = "b1_korvat_pfas.txt", "b2_korvat_agency_en.txt"
D1, D2 = "d1_abitur_aufgaben.txt", "d2_ministerium_raeumt_ein.txt"
E1, E2 = "e1_marwood_salt_harbour_en.txt", "e2_reelcast_zieht_zurueck.txt"
S1, S2 = "s1_nordbahn_streik.txt", "s2_nordbahn_deal_en.txt"
R1 = "r1_pereth_mieten.txt"

WIRE = ["(c) Meridian Wire 2028"]


def de_page(author, stamp, section):
    return ["Von " + author, stamp, "Artikel teilen", "Mehr aus " + section]


ARTICLES = [
    dict(file=A1, language="en", published="2028-07-03T09:40:00Z",
         published_hint="dateline 'July 3, 2028 9:40 AM GMT' in the text",
         boilerplate=["By Noor Castellane", "Reporting by Noor Castellane; Editing by Gareth Pellow"] + WIRE),
    dict(file=B1, language="de", published="2028-07-04T15:20:00+02:00",
         boilerplate=de_page("Tamara Quiring", "04.07.2028, 15:20 Uhr", "Umwelt")),
    dict(file=D1, language="de", published="2028-07-05T12:10:00+02:00",
         boilerplate=de_page("Jonas Pfeilschifter", "05.07.2028, 12:10 Uhr", "Bildung")),
    dict(file=E1, language="en", published="2028-07-06T19:05:00Z",
         boilerplate=["By Priya Halloran", "Share on Facebook | Share on X | Email", "© Screenline 2028"]),
    dict(file=S1, language="de", published="2028-07-07T07:45:00+02:00",
         boilerplate=de_page("Tamara Quiring", "07.07.2028, 07:45 Uhr", "Verkehr")),
    dict(file=R1, language="de", published="2028-07-08T10:30:00+02:00",
         boilerplate=de_page("Katrin Uhlendorf", "08.07.2028, 10:30 Uhr", "Lindmar")),
    dict(file=A2, language="de", published="2028-07-10T14:00:00+02:00",
         boilerplate=de_page("Felix Anderbrügge", "10.07.2028, 14:00 Uhr", "Wirtschaft")),
    dict(file=D2, language="de", published="2028-07-11T16:35:00+02:00",
         boilerplate=de_page("Jonas Pfeilschifter", "11.07.2028, 16:35 Uhr", "Bildung")),
    dict(file=E2, language="de", published="2028-07-12T11:50:00+02:00",
         boilerplate=de_page("Sanna Kehrwieder", "12.07.2028, 11:50 Uhr", "Kino")),
    dict(file=B2, language="en", published="2028-07-13T13:15:00Z",
         published_hint="dateline 'July 13, 2028 1:15 PM GMT' in the text",
         boilerplate=["By Noor Castellane", "Reporting by Noor Castellane; Editing by Gareth Pellow"] + WIRE),
    dict(file=S2, language="en", published="2028-07-15T18:25:00Z",
         published_hint="dateline 'July 15, 2028 6:25 PM GMT' in the text",
         boilerplate=["By Hugo Verhaeghe", "Reporting by Hugo Verhaeghe; Editing by Gareth Pellow"] + WIRE),
]

HV, CT = "hallgren-drops-veltrano", "kestrel-failed-crash-tests"
KP = "korvat-chemicals-in-elbach"
AL = "maths-abitur-tasks-leaked"
MQ = "marwood-quits-salt-harbour"
NW = "nordbahn-closes-trelling-works"
RM = "pereth-unlawful-rent-rises"

STORIES = [
    dict(id=HV, title="Hallgren Motors ends its battery supply contract with Veltrano Systems",
         actors=["Hallgren Motors", "Veltrano Systems"], final_status="CLAIMED",
         positions={"Circuitline": "CLAIM", "Veltrano Systems": "CONFIRMATION", "Hallgren Motors": "CONFIRMATION"},
         note="A tech site's report, denied by the supplier, declined by the carmaker; a week later a German page: "
              "'der schwedische Autobauer' confirms, 'der niederländische Batteriehersteller' / 'das Unternehmen' "
              "accepts it (worded differently: 'plans to end its battery supply contract', 'keine Batteriezellen mehr "
              "beziehen', 'Liefervertrag ende')."),
    dict(id=CT, title="Veltrano's Kestrel cells failed two of Hallgren's crash tests",
         actors=["Veltrano Systems", "Hallgren Motors"], final_status="UNCONFIRMED",
         positions={"Circuitline": "CLAIM", "Veltrano Systems": "NO_COMMENT", "Hallgren Motors": "NO_COMMENT"},
         note="A second, different claim about the same two parties in the first article ('also reported'), declined "
              "by the supplier; in the German confirmation article the carmaker still says nothing about it."),
    dict(id=KP, title="Korvat Chemie's Lindmar plant discharges fluorinated compounds into the Elbach",
         actors=["Korvat Chemie"], final_status="CLAIMED",
         positions={"Grünwerk": "CLAIM", "Korvat Chemie": "CONFIRMATION", "Landesamt für Umwelt": "CLAIM"},
         note="An environmental group accuses, the company denies, the agency declines; nine days later an English "
              "wire: the agency finds the values, 'the chemicals company' admits a failed filter."),
    dict(id=AL, title="The maths Abitur tasks circulated before the exam",
         actors=["Kultusministerium"], final_status="CLAIMED",
         positions={"Lehrerverband Ostmark": "CLAIM", "Kultusministerium": "CONFIRMATION"},
         note="A teachers' association (defined once as 'LVO') claims, the ministry denies; six days later the "
              "ministry and 'die 61-Jährige' minister confirm (no headline attribution in the second article)."),
    dict(id=MQ, title="Director Ines Marwood has left the film 'Salt Harbour'",
         actors=["Ines Marwood", "Brightmoor Pictures"], final_status="DENIED",
         positions={"Reelcast": "DENIAL", "Brightmoor Pictures": "DENIAL", "Ines Marwood": "DENIAL"},
         note="A trade paper reports, the studio declines, her agent does not respond; six days later a German page: "
              "the paper retracts (a DENIAL by the third party that made the claim), 'die 47-Jährige' and the studio "
              "deny."),
    dict(id=NW, title="Nordbahn plans to close its Trelling maintenance works",
         actors=["Nordbahn"], final_status="DENIED",
         positions={"VTG": "CLAIM", "Nordbahn": "DENIAL"},
         note="A strike article: the union's negotiator claims, the operator's HR chief denies; eight days later an "
              "English wire on the pay deal: 'the company' pledges to keep the works open and denies again."),
    dict(id=RM, title="Pereth Wohnbau raised rents at the Kanalufer estate by up to 30 percent unlawfully",
         actors=["Pereth Wohnbau"], final_status="UNCONFIRMED",
         positions={"Mieterverein Lindmar": "CLAIM", "Pereth Wohnbau": "NO_COMMENT"},
         note="An unrelated local real-estate event between the others: a tenants' association accuses, the company "
              "cannot be reached."),
]


def st(article, story, stance, speaker, match, standing, evidence, core, time, position_of):
    return dict(article=article, story=story, stance=stance, speaker=speaker, speaker_match=match,
                standing=standing, evidence=evidence, core=core, time=time, position_of=position_of)


CIRCUITLINE = ["Circuitline", "site", "report"]
HALLGREN = ["Hallgren Motors", "Hallgren", "carmaker", "Autobauer", "Konzern", "Sprecher"]
VELTRANO = ["Veltrano Systems", "Veltrano", "spokesman", "Batteriehersteller", "Unternehmen"]
GRUENWERK = ["Grünwerk", "Gruenwerk", "Umweltverband", "Verband", "Lea Dornbusch", "Dornbusch", "Sprecherin"]
KORVAT = ["Korvat Chemie", "Korvat", "Konzern", "Sprecher", "company", "spokeswoman"]
LFU = ["Landesamt für Umwelt", "Landesamt", "agency"]
LVO = ["Lehrerverband Ostmark", "Lehrerverband", "LVO", "Gerd Hanisch", "Hanisch", "Vorsitzende"]
MINISTRY = ["Kultusministerium", "Ministerium", "Sprecherin", "Karin Wendel-Oest", "Wendel-Oest", "Ministerin",
            "61-Jährige"]
REELCAST = ["Reelcast", "trade paper", "Branchenblatt", "Redaktion", "Fachblatt"]
MARWOOD = ["Ines Marwood", "Marwood", "agent", "47-Jährige", "Regisseurin"]
BRIGHTMOOR = ["Brightmoor Pictures", "Brightmoor", "spokesperson", "Studio"]
VTG = ["VTG", "Verkehrsgewerkschaft", "Gewerkschaft", "union", "Marco Selent", "Selent", "Verhandlungsführer"]
NORDBAHN = ["Nordbahn", "Unternehmen", "company", "operator", "Ulrike Brammertz", "Brammertz", "Personalvorständin",
            "she"]
MIETERVEREIN = ["Mieterverein Lindmar", "Mieterverein", "Monika Stelzer", "Stelzer", "Vereinsvorsitzende"]
PERETH = ["Pereth Wohnbau", "Pereth", "Unternehmen", "Unternehmens"]

STATEMENTS = [
    # a1: a wire cites a tech site: the carmaker drops the supplier (denied, declined) and, a second claim about the
    # same parties, the supplier's cells failed crash tests (declined)
    st(A1, HV, "CLAIM", "Circuitline", [], "THIRD_PARTY", "Hallgren to drop Veltrano as battery supplier, report says", False, "2028-07-03T09:40:00Z", "Circuitline"),
    st(A1, HV, "CLAIM", "Circuitline", CIRCUITLINE, "THIRD_PARTY", "Swedish carmaker Hallgren Motors plans to end its battery supply contract with Dutch start-up Veltrano Systems from next year, technology site Circuitline reported on Monday", True, "2028-07-03", "Circuitline"),
    st(A1, HV, "DENIAL", "Veltrano Systems", VELTRANO, "PARTY", "Veltrano denied the report.", True, "2028-07-03", "Veltrano Systems"),
    st(A1, HV, "DENIAL", "Veltrano Systems", VELTRANO, "PARTY", "\"Our contract with Hallgren runs until 2031 and we are delivering as agreed,\" a Veltrano spokesman said.", True, "2028-07-03", "Veltrano Systems"),
    st(A1, HV, "NO_COMMENT", "Hallgren Motors", HALLGREN, "PARTY", "Hallgren declined to comment.", True, "2028-07-03", "Hallgren Motors"),
    st(A1, CT, "CLAIM", "Circuitline", CIRCUITLINE, "THIRD_PARTY", "Circuitline also reported that Veltrano's new Kestrel cells had failed two of Hallgren's internal crash tests in the spring.", True, "2028-07-03", "Circuitline"),
    st(A1, CT, "NO_COMMENT", "Veltrano Systems", VELTRANO, "PARTY", "Veltrano declined to comment on the test results.", True, "2028-07-03", "Veltrano Systems"),
    # a2: a German page: the carmaker confirms, the supplier accepts; still nothing on the crash tests
    st(A2, HV, "CONFIRMATION", "Hallgren Motors", [], "PARTY", "Hallgren trennt sich von Batterielieferant", False, "2028-07-10T14:00:00+02:00", "Hallgren Motors"),
    st(A2, HV, "CONFIRMATION", "Hallgren Motors", [], "PARTY", "Der schwedische Autobauer Hallgren Motors wird künftig keine Batteriezellen mehr von Veltrano Systems beziehen.", False, "2028-07-10", "Hallgren Motors"),
    st(A2, HV, "CONFIRMATION", "Hallgren Motors", HALLGREN, "PARTY", "Der Liefervertrag ende zum 31. Dezember, bestätigte ein Sprecher des Konzerns am Montag in Göteborg.", True, "2028-07-10", "Hallgren Motors"),
    st(A2, HV, "CONFIRMATION", "Veltrano Systems", VELTRANO, "PARTY", "Der niederländische Batteriehersteller zeigte sich enttäuscht.", False, "2028-07-10", "Veltrano Systems"),
    st(A2, HV, "CONFIRMATION", "Veltrano Systems", VELTRANO, "PARTY", "Man werde die Zellen nun anderen Kunden anbieten, teilte das Unternehmen mit.", True, "2028-07-10", "Veltrano Systems"),
    st(A2, CT, "NO_COMMENT", "Hallgren Motors", HALLGREN, "PARTY", "Zu Berichten über gescheiterte Crashtests äußerte sich Hallgren weiterhin nicht.", True, "2028-07-10", "Hallgren Motors"),
    # b1: an environmental group accuses a chemicals company, which denies; the agency declines
    st(B1, KP, "CLAIM", "Grünwerk", [], "THIRD_PARTY", "Umweltverband: Chemiewerk leitet Schadstoffe in den Elbach", False, "2028-07-04T15:20:00+02:00", "Grünwerk"),
    st(B1, KP, "CLAIM", "Grünwerk", GRUENWERK, "THIRD_PARTY", "Der Umweltverband Grünwerk erhebt schwere Vorwürfe gegen die Korvat Chemie AG.", False, "2028-07-04", "Grünwerk"),
    st(B1, KP, "CLAIM", "Grünwerk", GRUENWERK, "THIRD_PARTY", "Das Unternehmen leite aus seinem Werk in Lindmar seit Monaten langlebige Fluorverbindungen in den Elbach ein, teilte der Verband am Dienstag mit.", True, "2028-07-04", "Grünwerk"),
    st(B1, KP, "CLAIM", "Lea Dornbusch", GRUENWERK, "THIRD_PARTY", "Eigene Wasserproben unterhalb des Werks hätten Werte ergeben, die den Grenzwert um ein Vielfaches überschritten, sagte Grünwerk-Sprecherin Lea Dornbusch.", True, "2028-07-04", "Grünwerk"),
    st(B1, KP, "DENIAL", "Korvat Chemie", KORVAT, "PARTY", "Korvat wies die Vorwürfe zurück.", True, "2028-07-04", "Korvat Chemie"),
    st(B1, KP, "DENIAL", "Korvat Chemie", KORVAT, "PARTY", "„Unsere Abwässer werden täglich geprüft und liegen unter allen Grenzwerten“, sagte ein Sprecher des Konzerns.", True, "2028-07-04", "Korvat Chemie"),
    st(B1, KP, "NO_COMMENT", "Landesamt für Umwelt", LFU, "THIRD_PARTY", "Das Landesamt für Umwelt wollte sich zu den Proben zunächst nicht äußern.", True, "2028-07-04", "Landesamt für Umwelt"),
    # b2: an English wire: the agency finds the values, 'the chemicals company' admits
    st(B2, KP, "CLAIM", "Landesamt für Umwelt", [], "THIRD_PARTY", "German agency finds chemical levels 20 times limit below Korvat plant", False, "2028-07-13T13:15:00Z", "Landesamt für Umwelt"),
    st(B2, KP, "CLAIM", "Landesamt für Umwelt", LFU, "THIRD_PARTY", "Water samples taken below a Korvat Chemie plant in the German town of Lindmar contained long-lasting fluorinated compounds at up to 20 times the legal limit, the regional environment agency said on Thursday.", True, "2028-07-13", "Landesamt für Umwelt"),
    st(B2, KP, "CONFIRMATION", "Korvat Chemie", KORVAT, "PARTY", "The chemicals company admitted that a filter at the plant had failed in the spring and that contaminated water had reached the stream.", True, "2028-07-13", "Korvat Chemie"),
    st(B2, KP, "CONFIRMATION", "Korvat Chemie", KORVAT, "PARTY", "\"We regret this and have shut down the affected line,\" a Korvat spokeswoman said.", True, "2028-07-13", "Korvat Chemie"),
    st(B2, KP, "CLAIM", "Grünwerk", GRUENWERK, "THIRD_PARTY", "Environmental group Gruenwerk, which first raised the alarm last week, called for the plant to be closed.", False, "2028-07-13", "Grünwerk"),
    # d1: a teachers' association says the exam tasks leaked, the ministry denies
    st(D1, AL, "CLAIM", "Lehrerverband Ostmark", [], "THIRD_PARTY", "Lehrerverband: Mathe-Abituraufgaben kursierten vorab im Netz", False, "2028-07-05T12:10:00+02:00", "Lehrerverband Ostmark"),
    st(D1, AL, "CLAIM", "Lehrerverband Ostmark", LVO, "THIRD_PARTY", "Die Aufgaben der diesjährigen Mathematik-Abiturprüfung sind nach Angaben des Lehrerverbands Ostmark (LVO) schon Tage vor dem Prüfungstermin in Chatgruppen von Schülern aufgetaucht.", True, "2028-07-05", "Lehrerverband Ostmark"),
    st(D1, AL, "CLAIM", "Gerd Hanisch", LVO, "THIRD_PARTY", "Mehreren Lehrkräften lägen Bildschirmfotos vor, die die Aufgaben vollständig zeigten, sagte der LVO-Vorsitzende Gerd Hanisch am Mittwoch.", True, "2028-07-05", "Lehrerverband Ostmark"),
    st(D1, AL, "DENIAL", "Kultusministerium", MINISTRY, "PARTY", "Das Kultusministerium wies den Bericht zurück.", True, "2028-07-05", "Kultusministerium"),
    st(D1, AL, "DENIAL", "Kultusministerium", MINISTRY, "PARTY", "Es gebe keine Hinweise darauf, dass Prüfungsaufgaben vorab bekannt geworden seien, sagte eine Sprecherin.", True, "2028-07-05", "Kultusministerium"),
    st(D1, AL, "DENIAL", "Kultusministerium", MINISTRY, "PARTY", "Die Aufgaben würden in versiegelten Umschlägen an die Schulen geliefert.", False, "2028-07-05", "Kultusministerium"),
    # d2: the ministry and the minister confirm
    st(D2, AL, "CONFIRMATION", "Kultusministerium", MINISTRY, "PARTY", "Das Kultusministerium hat am Dienstag bestätigt, dass die Prüfungsaufgaben bereits vor dem Termin im Umlauf waren.", True, "2028-07-11", "Kultusministerium"),
    st(D2, AL, "CONFIRMATION", "Karin Wendel-Oest", MINISTRY, "PARTY", "Ein Umschlag sei in einer Druckerei geöffnet und abfotografiert worden, sagte Ministerin Karin Wendel-Oest.", True, "2028-07-11", "Kultusministerium"),
    st(D2, AL, "CONFIRMATION", "Karin Wendel-Oest", MINISTRY, "PARTY", "Die Prüfung werde am 24. Juli wiederholt.", False, "2028-07-11", "Kultusministerium"),
    st(D2, AL, "CONFIRMATION", "Karin Wendel-Oest", MINISTRY, "PARTY", "„Ich bedauere zutiefst, dass wir die Hinweise zunächst nicht ernst genommen haben“, sagte die 61-Jährige.", True, "2028-07-11", "Kultusministerium"),
    st(D2, AL, "CLAIM", "Lehrerverband Ostmark", LVO, "THIRD_PARTY", "Der Lehrerverband sieht sich bestätigt.", False, "2028-07-11", "Lehrerverband Ostmark"),
    # e1: a film trade paper reports the director quit; the studio declines, her agent does not answer
    st(E1, MQ, "CLAIM", "Reelcast", [], "THIRD_PARTY", "Director Ines Marwood quits 'Salt Harbour', trade paper reports", False, "2028-07-06T19:05:00Z", "Reelcast"),
    st(E1, MQ, "CLAIM", "Reelcast", REELCAST, "THIRD_PARTY", "Director Ines Marwood has left Brightmoor Pictures' period drama \"Salt Harbour\" two weeks before filming was due to start, film trade paper Reelcast reported on Thursday", True, "2028-07-06", "Reelcast"),
    st(E1, MQ, "NO_COMMENT", "Brightmoor Pictures", BRIGHTMOOR, "PARTY", "A Brightmoor spokesperson declined to comment.", True, "2028-07-06", "Brightmoor Pictures"),
    st(E1, MQ, "NO_COMMENT", "Ines Marwood", MARWOOD, "PARTY", "Marwood's agent did not respond to a request for comment.", True, "2028-07-06", "Ines Marwood"),
    # e2: a German page: the paper retracts, 'die 47-Jährige' and the studio deny
    st(E2, MQ, "DENIAL", "Reelcast", [], "THIRD_PARTY", "Regisseurin bleibt an Bord: Fachblatt korrigiert Bericht", False, "2028-07-12T11:50:00+02:00", "Reelcast"),
    st(E2, MQ, "DENIAL", "Reelcast", REELCAST, "THIRD_PARTY", "Das US-Branchenblatt „Reelcast“ hat seine Meldung zurückgenommen, wonach die Regisseurin Ines Marwood das Filmprojekt „Salt Harbour“ verlassen habe.", True, "2028-07-12", "Reelcast"),
    st(E2, MQ, "DENIAL", "Reelcast", REELCAST, "THIRD_PARTY", "Man habe sich auf eine Quelle verlassen, die sich als unzuverlässig erwiesen habe, schrieb die Redaktion.", True, "2028-07-12", "Reelcast"),
    st(E2, MQ, "DENIAL", "Ines Marwood", MARWOOD, "PARTY", "Die 47-Jährige selbst sagte, sie habe nie daran gedacht, den Film abzugeben.", True, "2028-07-12", "Ines Marwood"),
    st(E2, MQ, "DENIAL", "Ines Marwood", MARWOOD, "PARTY", "„Wir drehen ab dem 28. Juli in Galway, und ich freue mich darauf“, sagte Marwood.", True, "2028-07-12", "Ines Marwood"),
    st(E2, MQ, "DENIAL", "Brightmoor Pictures", BRIGHTMOOR, "PARTY", "Auch das Studio Brightmoor Pictures erklärte, die Zusammenarbeit laufe wie geplant.", True, "2028-07-12", "Brightmoor Pictures"),
    # s1: a strike article: the union claims a planned closure, the operator denies
    st(S1, NW, "CLAIM", "Marco Selent", VTG, "THIRD_PARTY", "Die Nordbahn wolle das Werk bis Ende 2029 schließen und die Wartung der Züge an einen Subunternehmer vergeben, sagte VTG-Verhandlungsführer Marco Selent.", True, "2028-07-07", "VTG"),
    st(S1, NW, "CLAIM", "Marco Selent", VTG, "THIRD_PARTY", "Betroffen wären rund 400 Arbeitsplätze.", False, "2028-07-07", "VTG"),
    st(S1, NW, "DENIAL", "Nordbahn", NORDBAHN, "PARTY", "Das Unternehmen bestreitet das.", True, "2028-07-07", "Nordbahn"),
    st(S1, NW, "DENIAL", "Ulrike Brammertz", NORDBAHN, "PARTY", "„Es gibt keine Pläne, das Werk in Trelling zu schließen“, sagte Nordbahn-Personalvorständin Ulrike Brammertz.", True, "2028-07-07", "Nordbahn"),
    # s2: an English wire on the pay deal: the operator pledges to keep the works and denies again
    st(S2, NW, "DENIAL", "Ulrike Brammertz", NORDBAHN, "PARTY", "The company also gave a written pledge that its Trelling maintenance works would remain open until at least 2033, human resources chief Ulrike Brammertz said.", True, "2028-07-15", "Nordbahn"),
    st(S2, NW, "DENIAL", "Ulrike Brammertz", NORDBAHN, "PARTY", "\"There were never any plans to close it,\" she told reporters.", True, "2028-07-15", "Nordbahn"),
    st(S2, NW, "CLAIM", "VTG", VTG, "THIRD_PARTY", "The union had accused the operator of preparing to close the works.", True, "2028-07-07", "VTG"),
    st(S2, NW, "DENIAL", "Marco Selent", VTG, "THIRD_PARTY", "VTG negotiator Marco Selent said the pledge settled the dispute.", False, "2028-07-15", "VTG"),
    # r1: an unrelated local event: a tenants' association accuses a landlord, who cannot be reached
    st(R1, RM, "CLAIM", "Mieterverein Lindmar", [], "THIRD_PARTY", "Mieterverein wirft Wohnungskonzern unzulässige Mieterhöhungen vor", False, "2028-07-08T10:30:00+02:00", "Mieterverein Lindmar"),
    st(R1, RM, "CLAIM", "Mieterverein Lindmar", MIETERVEREIN, "THIRD_PARTY", "Der Mieterverein Lindmar wirft der Pereth Wohnbau GmbH vor, in der Siedlung am Kanalufer die Mieten um bis zu 30 Prozent erhöht zu haben, ohne die gesetzlichen Fristen einzuhalten.", True, "2028-07-08", "Mieterverein Lindmar"),
    st(R1, RM, "CLAIM", "Monika Stelzer", MIETERVEREIN, "THIRD_PARTY", "Mehr als 80 Haushalte hätten entsprechende Schreiben erhalten, sagte Vereinsvorsitzende Monika Stelzer am Samstag.", True, "2028-07-08", "Mieterverein Lindmar"),
    st(R1, RM, "NO_COMMENT", "Pereth Wohnbau", PERETH, "PARTY", "Eine Stellungnahme des Unternehmens war bis Redaktionsschluss nicht zu erhalten.", True, "2028-07-08", "Pereth Wohnbau"),
    st(R1, RM, "NO_COMMENT", "Stadt Lindmar", ["Stadt"], "THIRD_PARTY", "Die Stadt Lindmar verwies auf die Zuständigkeit der Gerichte.", False, "2028-07-08", None),
]


def transitions():
    rows = []

    def add(after, story, status):
        rows.append(dict(after=after, story=story, status=status))
    add([A1], HV, "DENIED"); add([A1, A2], HV, "CLAIMED"); add([A2], HV, "CLAIMED")
    add([A1], CT, "UNCONFIRMED"); add([A1, A2], CT, "UNCONFIRMED"); add([A2], CT, "UNCONFIRMED")
    add([B1], KP, "DENIED"); add([B1, B2], KP, "CLAIMED"); add([B2], KP, "CLAIMED")
    add([D1], AL, "DENIED"); add([D1, D2], AL, "CLAIMED"); add([D2], AL, "CLAIMED")
    add([E1], MQ, "UNCONFIRMED"); add([E1, E2], MQ, "DENIED"); add([E2], MQ, "DENIED")
    add([S1], NW, "DENIED"); add([S1, S2], NW, "DENIED"); add([S2], NW, "DENIED")
    add([R1], RM, "UNCONFIRMED")
    return rows


write(HERE, about="Eleventh set of invented story scenarios written for storywire (11 articles, 7 German, 4 English; "
                  "every carmaker, battery maker, tech site, chemicals company, environmental group, agency, teachers' "
                  "association, ministry, minister, director, studio, trade paper, rail operator, union, tenants' "
                  "association, landlord, person, place and outlet made up), annotated by hand before any run. Same "
                  "format as scenarios-dev/gold.json. Written by make_gold.py.",
      articles=ARTICLES, stories=STORIES, statements=STATEMENTS, transitions=transitions())
