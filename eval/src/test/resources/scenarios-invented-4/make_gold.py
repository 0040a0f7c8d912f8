"""Writes gold.json for the fourth set of invented scenarios (articles/), checking every evidence and boilerplate
string against its article. Run: python3 make_gold.py. Everything here (articles and gold) was written for
storywire by hand, before any run of the system on it; all names, places, outlets and events are invented."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from scenario_gold import write  # noqa: E402 (the sets' shared check and writer)

X1, X2, X3 = "x1_graefenbruck_tagespost.txt", "x2_graefenbruck_bestaetigt.txt", "x3_graefenbruck_fernwaerme.txt"
E1, E2, E3 = "e1_corvane_kelsby_en.txt", "e2_corvane_chief_en.txt", "e3_corvane_schliesst.txt"
U1 = "u1_hasselrode_agrarinstitut.txt"
F1, F2 = "f1_harcombe_herald_en.txt", "f2_harcombe_farmer_en.txt"
M1, M2 = "m1_bramwell_westried_en.txt", "m2_westried_dementi.txt"

ARTICLES = [
    dict(file=X1, language="de", published="2027-03-08T18:40:00+01:00",
         boilerplate=["Von Friederike Lammers", "Das Heizkraftwerk der Stadtwerke am Hafen. Foto: Tagespost/Lammers",
                      "Artikel teilen: Facebook | X | WhatsApp | E-Mail",
                      "Newsletter: Gräfenbruck am Abend – jetzt kostenlos abonnieren", "Mehr aus Gräfenbruck"]),
    dict(file=X2, language="de", published="2027-03-09T11:25:00+01:00",
         boilerplate=["dnw hl/mw", "© Deutscher Nachrichtenweg, dnw:270309-77-402118/2"]),
    dict(file=X3, language="de", published="2027-03-11T16:05:00+01:00",
         boilerplate=["Blick auf das Heizkraftwerk am Hafen. Foto: Archiv", "Anzeige", "Kommentare (12)"]),
    dict(file=E1, language="en", published="2027-03-15T07:50:00Z",
         published_hint="dateline 'March 15, 2027 7:50 AM GMT' in the text",
         boilerplate=["By Tobias Wren", "Reporting by Tobias Wren; Editing by Alison Marr",
                      "(c) Halden Wire 2027. All rights reserved."]),
    dict(file=E2, language="en", published="2027-03-17T14:10:00Z",
         published_hint="dateline '17 March 2027 | 14:10 GMT' in the text",
         boilerplate=["By Nadia Okafor, Aviation Correspondent", "Share on Facebook | Share on X | Email",
                      "Related: Which airlines fly from Kelsby this summer?", "Most read"]),
    dict(file=U1, language="de", published="2027-03-18T12:15:00+01:00",
         boilerplate=["Von Jannik Severin", "Studierende vor dem Hauptgebäude. Foto: Uni Hasselrode/Pressestelle",
                      "Lesen Sie auch: Mensa-Preise steigen zum Sommersemester", "Artikel teilen"]),
    dict(file=F1, language="en", published="2027-03-19", published_precision="day",
         published_hint="dateline 'Friday 19 March 2027' in the text, no time",
         boilerplate=["By Gemma Trask, Chief Reporter", "Share this article", "Sign up to our daily newsletter",
                      "© Westmoor Herald 2027"]),
    dict(file=F2, language="en", published="2027-03-22T18:30:00Z",
         published_hint="dateline 'March 22, 2027 6:30 PM GMT' in the text",
         boilerplate=["Reporting by Callum Reid", "Follow us on X"]),
    dict(file=E3, language="de", published="2027-03-24T15:30:00+01:00",
         boilerplate=["dnw ts/ak", "© Deutscher Nachrichtenweg, dnw:270324-11-580377/4"]),
    dict(file=M1, language="en", published="2027-03-25T15:15:00Z",
         published_hint="dateline 'March 25, 2027 3:15 PM GMT' in the text",
         boilerplate=["By Leonie Fairbanks", "Reporting by Leonie Fairbanks; Editing by Alison Marr",
                      "(c) Halden Wire 2027. All rights reserved."]),
    dict(file=M2, language="de", published="2027-03-27T09:45:00+01:00",
         boilerplate=["Von Ole Brinkhege", "Foto: Westried TV", "Artikel teilen", "Mehr Medien"]),
]

PR, FW, KB = "graefenbruck-power-price", "graefenbruck-heat-network", "corvane-kelsby-base"
AG, EG, WT = "hasselrode-agri-institute", "harcombe-eggs", "bramwell-westried"

STORIES = [
    dict(id=PR, title="Stadtwerke Gräfenbruck raise electricity prices from April",
         actors=["Stadtwerke Gräfenbruck"], final_status="CLAIMED",
         positions={"Gräfenbrucker Tagespost": "CLAIM", "Stadtwerke Gräfenbruck": "CONFIRMATION"},
         note="The local paper's report from company circles (18 percent), a spokesman declines; the next day an agency "
              "text in other words: 'der kommunale Versorger' confirms 21 percent without saying the figure grew; two "
              "days later the heat-network article recalls the confirmation."),
    dict(id=FW, title="Stadtwerke Gräfenbruck negotiate selling their district heating network to an investor",
         actors=["Stadtwerke Gräfenbruck"], final_status="DENIED",
         positions={"Pro Gräfenbruck": "CLAIM", "Stadtwerke Gräfenbruck": "DENIAL"},
         note="A second claim about the same utility in the same week, made by an opposition group (a critic, third "
              "party) and denied by 'der Versorger' and its managing director; must not merge with the price rise."),
    dict(id=KB, title="Corvane Air closes its base at Kelsby Airport",
         actors=["Corvane Air"], final_status="CLAIMED",
         positions={"Halden Wire": "CLAIM", "Corvane Air": "CONFIRMATION"},
         note="Anonymous sources in a wire ('people familiar with the matter'), the airline declines; two days later "
              "the chief executive denies reports phrased in other words ('pull out of'); a week later a German agency "
              "text: the airline's spokeswoman confirms, and recalls the chief's earlier denial."),
    dict(id=AG, title="Universität Hasselrode plans to close its institute of agricultural sciences",
         actors=["Universität Hasselrode"], final_status="DENIED",
         positions={"AStA": "CLAIM", "Universität Hasselrode": "DENIAL"},
         note="The student union's claim (third party), denied by 'die Hochschulleitung' and the rector, once with "
              "'sie'; the ministry declines (a third party, not scored)."),
    dict(id=EG, title="Salmonella found in eggs from Harcombe Farm supplied to Westmoor primary schools",
         actors=["Harcombe Farm", "Derek Pellow", "Westmoor County Council"], final_status="DENIED",
         positions={"Westmoor Herald": "CLAIM", "Derek Pellow": "DENIAL", "Westmoor County Council": "NO_COMMENT"},
         note="A local paper's report from an inspection report; the farmer denies, his lawyer speaks for him; the "
              "council declines. A wire three days later restates it with another figure (17 schools, not 14) and "
              "without the farm in its first sentence."),
    dict(id=WT, title="Bramwell Media is in talks to buy the broadcaster Westried TV from the Hettlage family",
         actors=["Bramwell Media", "Westried TV", "Hettlage Beteiligungen"], final_status="DENIED",
         positions={"Halden Wire": "CLAIM", "Bramwell Media": "NO_COMMENT", "Westried TV": "NO_COMMENT",
                    "Hettlage Beteiligungen": "DENIAL"},
         note="A takeover with three sides: anonymous sources in a wire, the buyer and the broadcaster decline; two days "
              "later a German paper: the owning family denies, 'der britische Konzern' declines again."),
]

def st(article, story, stance, speaker, match, standing, evidence, core, time, position_of):
    return dict(article=article, story=story, stance=stance, speaker=speaker, speaker_match=match,
                standing=standing, evidence=evidence, core=core, time=time, position_of=position_of)

TAGESPOST = ["Gräfenbrucker Tagespost", "Tagespost", "Unternehmenskreisen"]
STADTWERKE = ["Stadtwerke Gräfenbruck", "Stadtwerke", "Versorger", "Unternehmen", "Sprecher", "Holger Wendrich",
              "Wendrich", "Geschäftsführer"]
PRO = ["Pro Gräfenbruck", "Wählergemeinschaft", "Kerstin Aulbach", "Aulbach", "Fraktionsvorsitzende"]
SOURCES = ["people familiar", "people", "sources", "Halden Wire", "Halden"]
CORVANE = ["Corvane Air", "Corvane", "airline", "carrier", "Airline", "Sprecherin", "Martin Selwood", "Selwood",
           "chief executive", "boss", "Vorstandschef"]
HALDEN = ["Halden Wire", "Halden", "Nachrichtenagentur", "Insider"]
ASTA = ["AStA", "Studierendenausschuss", "Malte Jöhnk", "Jöhnk", "Vorsitzender"]
UNI = ["Universität Hasselrode", "Universität", "Hochschulleitung", "Rektorat", "Brigitte Ohlendiek", "Ohlendiek",
       "Rektorin"]
HERALD = ["Westmoor Herald", "Herald", "report"]
PELLOW = ["Derek Pellow", "Pellow", "Harcombe Farm", "farmer", "owner", "Anita Coyle", "Coyle", "lawyer"]
COUNCIL = ["Westmoor County Council", "council", "spokesman"]
HETTLAGE = ["Hettlage Beteiligungen", "Hettlage", "Eigentümerfamilie", "Familie", "Konstantin Hettlage",
            "Geschäftsführer"]
BRAMWELL = ["Bramwell Media", "Bramwell", "Konzern", "Medienkonzern"]
WESTRIED = ["Westried TV", "Westried", "spokeswoman", "company", "Sender", "Marion Quast", "Quast", "Senderchefin"]

STATEMENTS = [
    # x1: the local paper's report from company circles; the utility declines
    st(X1, PR, "CLAIM", None, [], "THIRD_PARTY", "Strom wird teurer: Stadtwerke planen kräftigen Aufschlag", False, "2027-03-08T18:40:00+01:00", None),
    st(X1, PR, "CLAIM", "Gräfenbrucker Tagespost", TAGESPOST, "THIRD_PARTY", "Die Stadtwerke Gräfenbruck wollen ihre Strompreise zum 1. April um rund 18 Prozent erhöhen, wie die Tagespost aus Unternehmenskreisen erfuhr.", True, "2027-03-08T18:40:00+01:00", "Gräfenbrucker Tagespost"),
    st(X1, PR, "CLAIM", None, [], "THIRD_PARTY", "Betroffen seien alle rund 62.000 Haushaltskunden in der Grundversorgung, hieß es.", True, "2027-03-08T18:40:00+01:00", "Gräfenbrucker Tagespost"),
    st(X1, PR, "CLAIM", None, [], "THIRD_PARTY", "Als Grund würden die gestiegenen Netzentgelte genannt.", False, "2027-03-08T18:40:00+01:00", "Gräfenbrucker Tagespost"),
    st(X1, PR, "NO_COMMENT", "Stadtwerke Gräfenbruck", STADTWERKE, "PARTY", "Ein Sprecher der Stadtwerke wollte die Zahlen am Montag nicht kommentieren.", True, "2027-03-08", "Stadtwerke Gräfenbruck"),
    st(X1, PR, "NO_COMMENT", "Stadtwerke Gräfenbruck", STADTWERKE, "PARTY", "Man werde die Kunden rechtzeitig und schriftlich informieren, sagte er lediglich.", False, "2027-03-08", "Stadtwerke Gräfenbruck"),
    # x2: an agency text confirms in other words and with another figure
    st(X2, PR, "CONFIRMATION", "Stadtwerke Gräfenbruck", STADTWERKE, "PARTY", "Stadtwerke Gräfenbruck bestätigen Preiserhöhung", False, "2027-03-09", "Stadtwerke Gräfenbruck"),
    st(X2, PR, "CLAIM", None, [], "THIRD_PARTY", "Strom wird für die meisten Kunden der Stadtwerke Gräfenbruck im Frühjahr deutlich teurer.", False, "2027-03-09", None),
    st(X2, PR, "CONFIRMATION", "Stadtwerke Gräfenbruck", STADTWERKE, "PARTY", "Der kommunale Versorger bestätigte am Dienstag, dass der Arbeitspreis in der Grundversorgung zum 1. April um 21 Prozent steigt.", True, "2027-03-09", "Stadtwerke Gräfenbruck"),
    st(X2, PR, "CLAIM", "Stadtwerke Gräfenbruck", STADTWERKE, "PARTY", "Ein Durchschnittshaushalt zahle dann etwa 14 Euro mehr im Monat, teilte das Unternehmen mit.", True, "2027-03-09", "Stadtwerke Gräfenbruck"),
    st(X2, PR, "CLAIM", "Holger Wendrich", STADTWERKE, "PARTY", "„Wir geben nur weiter, was uns die höheren Netzentgelte kosten“, sagte Geschäftsführer Holger Wendrich.", True, "2027-03-09T11:25:00+01:00", "Stadtwerke Gräfenbruck"),
    st(X2, PR, "CLAIM", "Holger Wendrich", STADTWERKE, "PARTY", "Die Stadtwerke hätten die Erhöhung so lange wie möglich hinausgezögert.", False, "2027-03-09T11:25:00+01:00", "Stadtwerke Gräfenbruck"),
    st(X2, None, "CLAIM", "Verbraucherzentrale", ["Verbraucherzentrale"], "THIRD_PARTY", "Die Verbraucherzentrale riet Kunden, ihren Tarif zu prüfen.", False, "2027-03-09", None),
    # x3: an opposition group's second claim about the utility, denied; the price rise recalled
    st(X3, FW, "CLAIM", None, [], "THIRD_PARTY", "Verkauft Gräfenbruck sein Fernwärmenetz?", False, "2027-03-11T16:05:00+01:00", None),
    st(X3, FW, "DENIAL", "Holger Wendrich", STADTWERKE, "PARTY", "Opposition wirft Stadtwerken Geheimgespräche vor – Geschäftsführer: „Frei erfunden“", False, "2027-03-11T16:05:00+01:00", "Stadtwerke Gräfenbruck"),
    st(X3, FW, "CLAIM", "Pro Gräfenbruck", PRO, "THIRD_PARTY", "Die Stadtwerke Gräfenbruck verhandeln nach Darstellung der Wählergemeinschaft Pro Gräfenbruck über den Verkauf ihres Fernwärmenetzes an einen Finanzinvestor.", True, "2027-03-11", "Pro Gräfenbruck"),
    st(X3, FW, "CLAIM", "Kerstin Aulbach", PRO, "THIRD_PARTY", "Es gebe bereits einen unterschriftsreifen Vorvertrag, sagte die Fraktionsvorsitzende Kerstin Aulbach am Donnerstag im Hauptausschuss.", True, "2027-03-11", "Pro Gräfenbruck"),
    st(X3, FW, "CLAIM", "Kerstin Aulbach", PRO, "THIRD_PARTY", "Der Kaufpreis liege bei rund 90 Millionen Euro.", False, "2027-03-11", "Pro Gräfenbruck"),
    st(X3, FW, "DENIAL", "Stadtwerke Gräfenbruck", STADTWERKE, "PARTY", "Der Versorger wies das umgehend zurück.", True, "2027-03-11T16:05:00+01:00", "Stadtwerke Gräfenbruck"),
    st(X3, FW, "DENIAL", "Holger Wendrich", STADTWERKE, "PARTY", "„Das ist frei erfunden, das Netz steht nicht zum Verkauf“, sagte Geschäftsführer Holger Wendrich.", True, "2027-03-11T16:05:00+01:00", "Stadtwerke Gräfenbruck"),
    st(X3, FW, "DENIAL", "Holger Wendrich", STADTWERKE, "PARTY", "Er habe mit keinem Investor gesprochen.", False, "2027-03-11T16:05:00+01:00", "Stadtwerke Gräfenbruck"),
    st(X3, PR, "CONFIRMATION", "Stadtwerke Gräfenbruck", STADTWERKE, "PARTY", "Erst am Dienstag hatten die Stadtwerke bestätigt, dass der Strompreis im April um 21 Prozent steigt.", True, "2027-03-09", "Stadtwerke Gräfenbruck"),
    st(X3, None, "CLAIM", "Kerstin Aulbach", PRO, "THIRD_PARTY", "Aulbach warf dem Unternehmen vor, die Bürger in beiden Fällen zu spät zu informieren.", False, "2027-03-11", None),
    # e1: anonymous sources in a wire; the airline declines
    st(E1, KB, "CLAIM", None, [], "THIRD_PARTY", "Corvane Air weighs closing Kelsby base, sources say", False, "2027-03-15T07:50:00Z", None),
    st(E1, KB, "CLAIM", "three people familiar with the matter", SOURCES, "THIRD_PARTY", "Budget airline Corvane Air is considering closing its base at Kelsby Airport later this year, moving its eight aircraft there to cheaper airports in Spain and Portugal, according to three people familiar with the matter.", True, "2027-03-15", "Halden Wire"),
    st(E1, KB, "CLAIM", "one of the people", SOURCES, "THIRD_PARTY", "The carrier's board could take a decision as early as April, one of the people said", True, "2027-03-15", "Halden Wire"),
    st(E1, KB, "NO_COMMENT", "Corvane Air", CORVANE, "PARTY", "Corvane declined to comment.", True, "2027-03-15T07:50:00Z", "Corvane Air"),
    st(E1, KB, "CLAIM", "Kelsby Airport", ["Kelsby Airport", "Kelsby", "spokeswoman", "airport"], "THIRD_PARTY", "A spokeswoman for Kelsby Airport said the airport had not been informed of any change.", False, "2027-03-15T07:50:00Z", None),
    # e2: the chief executive denies reports phrased in other words
    st(E2, KB, "DENIAL", "Martin Selwood", CORVANE, "PARTY", "Corvane chief: 'No plans to leave Kelsby'", False, "2027-03-17T14:10:00Z", "Corvane Air"),
    st(E2, KB, "DENIAL", "Martin Selwood", CORVANE, "PARTY", "The boss of Corvane Air has rejected reports that the low-cost airline is preparing to pull out of Kelsby Airport.", True, "2027-03-17", "Corvane Air"),
    st(E2, KB, "DENIAL", "Martin Selwood", CORVANE, "PARTY", "\"We have no plans to close Kelsby. It is one of our best-performing bases,\" chief executive Martin Selwood told reporters", True, "2027-03-17", "Corvane Air"),
    st(E2, KB, "CLAIM", "Halden Wire", HALDEN, "THIRD_PARTY", "Halden Wire reported on Monday that the carrier was weighing a shutdown of the base and a move of its aircraft to southern Europe.", True, "2027-03-15", "Halden Wire"),
    st(E2, KB, "CLAIM", "Martin Selwood", CORVANE, "PARTY", "Selwood said Corvane would announce its winter schedule in May, as usual.", False, "2027-03-17", "Corvane Air"),
    st(E2, KB, "DENIAL", "Martin Selwood", CORVANE, "PARTY", "Asked whether jobs at Kelsby were safe, he said: \"Our crews there have nothing to worry about.\"", False, "2027-03-17", "Corvane Air"),
    # e3: a German agency text a week later: the airline confirms; the chief's denial recalled
    st(E3, KB, "CLAIM", None, [], "THIRD_PARTY", "Corvane Air gibt Basis in Kelsby auf", False, "2027-03-24T15:30:00+01:00", None),
    st(E3, KB, "CLAIM", None, [], "THIRD_PARTY", "Die Billigfluglinie verlegt acht Maschinen nach Südeuropa – eine Woche nach dem Dementi ihres Chefs.", False, "2027-03-24T15:30:00+01:00", None),
    st(E3, KB, "CLAIM", None, [], "THIRD_PARTY", "Die britische Billigfluggesellschaft Corvane Air schließt ihre Basis am Flughafen Kelsby zum 31. Oktober.", False, "2027-03-24", None),
    st(E3, KB, "CONFIRMATION", "Corvane Air", CORVANE, "PARTY", "Das bestätigte eine Sprecherin der Airline am Mittwoch.", True, "2027-03-24", "Corvane Air"),
    st(E3, KB, "DENIAL", "Martin Selwood", CORVANE, "PARTY", "Noch in der vergangenen Woche hatte Vorstandschef Martin Selwood Berichte über eine Schließung zurückgewiesen.", True, "2027-03-17", "Corvane Air"),
    st(E3, KB, "CLAIM", "Corvane Air", CORVANE, "PARTY", "Die Entscheidung sei erst am Dienstag im Verwaltungsrat gefallen, sagte die Sprecherin.", True, "2027-03-24", "Corvane Air"),
    st(E3, KB, "CLAIM", "Corvane Air", CORVANE, "PARTY", "Betroffen seien rund 350 Beschäftigte, denen die Airline Stellen an anderen Standorten anbiete.", False, "2027-03-24", "Corvane Air"),
    st(E3, None, "CLAIM", "Flughafen Kelsby", ["Flughafen Kelsby", "Flughafen", "Kelsby"], "THIRD_PARTY", "Der Flughafen Kelsby sprach von einem „schweren Schlag“ für die Region.", False, "2027-03-24", None),
    # u1: the student union's claim, denied by the university leadership and the rector
    st(U1, AG, "CLAIM", None, [], "THIRD_PARTY", "Studierende fürchten Aus für Agrarinstitut", False, "2027-03-18T12:15:00+01:00", None),
    st(U1, AG, "DENIAL", "Brigitte Ohlendiek", UNI, "PARTY", "Rektorin Ohlendiek: „Es gibt keinen Schließungsbeschluss“", False, "2027-03-18T12:15:00+01:00", "Universität Hasselrode"),
    st(U1, AG, "CLAIM", "AStA", ASTA, "THIRD_PARTY", "Die Universität Hasselrode will nach Angaben des Allgemeinen Studierendenausschusses (AStA) ihr Institut für Agrarwissenschaften bis 2030 schließen.", True, "2027-03-17", "AStA"),
    st(U1, AG, "CLAIM", "Malte Jöhnk", ASTA, "THIRD_PARTY", "Das gehe aus einem Strategiepapier des Rektorats hervor, das dem AStA vorliege, sagte dessen Vorsitzender Malte Jöhnk am Mittwoch.", True, "2027-03-17", "AStA"),
    st(U1, AG, "CLAIM", "Malte Jöhnk", ASTA, "THIRD_PARTY", "Rund 900 Studierende und 14 Professuren wären betroffen.", False, "2027-03-17", "AStA"),
    st(U1, AG, "DENIAL", "Universität Hasselrode", UNI, "PARTY", "Die Hochschulleitung widersprach.", True, "2027-03-18T12:15:00+01:00", "Universität Hasselrode"),
    st(U1, AG, "DENIAL", "Brigitte Ohlendiek", UNI, "PARTY", "„Es gibt keinen Schließungsbeschluss und auch keinen Entwurf dafür“, sagte Rektorin Brigitte Ohlendiek.", True, "2027-03-18T12:15:00+01:00", "Universität Hasselrode"),
    st(U1, AG, "DENIAL", "Brigitte Ohlendiek", UNI, "PARTY", "Das Papier beschreibe lediglich mögliche Sparszenarien, die das Land verlangt habe.", False, "2027-03-18T12:15:00+01:00", "Universität Hasselrode"),
    st(U1, AG, "DENIAL", "Brigitte Ohlendiek", UNI, "PARTY", "Dass die Universität das Institut aufgeben wolle, bestritt sie ausdrücklich.", True, "2027-03-18T12:15:00+01:00", "Universität Hasselrode"),
    st(U1, AG, "NO_COMMENT", "Wissenschaftsministerium", ["Wissenschaftsministerium", "Ministerium"], "THIRD_PARTY", "Das Wissenschaftsministerium wollte sich zu dem Papier nicht äußern.", False, "2027-03-18", None),
    # f1: a local paper's report from an inspection report; the farmer (through his lawyer) denies, the council declines
    st(F1, EG, "CLAIM", None, [], "THIRD_PARTY", "Salmonella found in eggs supplied to Westmoor schools, report shows", False, "2027-03-19", None),
    st(F1, EG, "CLAIM", "Westmoor Herald", HERALD, "THIRD_PARTY", "Eggs from a farm that supplies 14 primary schools in Westmoor tested positive for salmonella last month, according to a council inspection report seen by the Herald.", True, "2027-03-19", "Westmoor Herald"),
    st(F1, EG, "CLAIM", "Westmoor Herald", HERALD, "THIRD_PARTY", "The report says samples taken at Harcombe Farm near Tallowbrook on February 11 contained salmonella enteritidis", True, "2027-03-19", "Westmoor Herald"),
    st(F1, EG, "DENIAL", "Derek Pellow", PELLOW, "PARTY", "Harcombe Farm's owner, Derek Pellow, denies that any contaminated eggs reached the schools.", True, "2027-03-19", "Derek Pellow"),
    st(F1, EG, "DENIAL", "Anita Coyle", PELLOW, "PARTY", "His lawyer, Anita Coyle, said the report was \"a draft that contains basic errors\"", True, "2027-03-19", "Derek Pellow"),
    st(F1, EG, "NO_COMMENT", "Westmoor County Council", COUNCIL, "PARTY", "Westmoor County Council said it could not comment on an ongoing investigation.", True, "2027-03-19", "Westmoor County Council"),
    # f2: a wire three days later restates it with another figure; the farmer denies again
    st(F2, EG, "DENIAL", "Derek Pellow", PELLOW, "PARTY", "Egg supplier to 17 schools 'was cleared weeks ago', farmer says", False, "2027-03-22T18:30:00Z", "Derek Pellow"),
    st(F2, EG, "DENIAL", "Derek Pellow", PELLOW, "PARTY", "A Westmoor farmer whose eggs went to 17 primary schools has again rejected claims that salmonella from his hens put children at risk.", True, "2027-03-22", "Derek Pellow"),
    st(F2, EG, "DENIAL", "Derek Pellow", PELLOW, "PARTY", "Derek Pellow, who runs Harcombe Farm near Tallowbrook, said through his lawyer that the farm had been cleared by inspectors in early March.", True, "2027-03-22", "Derek Pellow"),
    st(F2, EG, "DENIAL", "Anita Coyle", PELLOW, "PARTY", "\"My client's eggs are safe and always have been,\" Anita Coyle said on Monday.", True, "2027-03-22", "Derek Pellow"),
    st(F2, EG, "CLAIM", "Westmoor Herald", HERALD, "THIRD_PARTY", "The Westmoor Herald had reported on Friday that a council inspection found salmonella in samples from the farm in February.", True, "2027-03-19", "Westmoor Herald"),
    st(F2, EG, "NO_COMMENT", "Westmoor County Council", COUNCIL, "PARTY", "A council spokesman said the investigation was continuing and declined to give details.", True, "2027-03-22", "Westmoor County Council"),
    st(F2, None, "CLAIM", "parents", ["Parents", "parents"], "THIRD_PARTY", "Parents at two of the schools said they had not been told about the tests.", False, "2027-03-22", None),
    # m1: anonymous sources on a takeover with three sides; the buyer and the broadcaster decline
    st(M1, WT, "CLAIM", None, [], "THIRD_PARTY", "Bramwell Media in talks to buy German broadcaster Westried TV - sources", False, "2027-03-25T15:15:00Z", None),
    st(M1, WT, "CLAIM", "two people familiar with the matter", SOURCES, "THIRD_PARTY", "British media group Bramwell Media is in advanced talks to buy German regional broadcaster Westried TV from the Hettlage family, two people familiar with the matter said on Thursday.", True, "2027-03-25", "Halden Wire"),
    st(M1, WT, "CLAIM", "one of the people", SOURCES, "THIRD_PARTY", "A deal could value Westried TV at about 240 million euros and be announced within weeks, one of the people said.", True, "2027-03-25", "Halden Wire"),
    st(M1, WT, "NO_COMMENT", "Bramwell Media", BRAMWELL, "PARTY", "Bramwell declined to comment.", True, "2027-03-25T15:15:00Z", "Bramwell Media"),
    st(M1, WT, "NO_COMMENT", "Hettlage Beteiligungen", HETTLAGE, "PARTY", "did not respond to a request for comment", False, "2027-03-25T15:15:00Z", "Hettlage Beteiligungen"),
    st(M1, WT, "NO_COMMENT", "Westried TV", WESTRIED, "PARTY", "A spokeswoman for Westried TV said the company did not comment on market rumours.", True, "2027-03-25T15:15:00Z", "Westried TV"),
    # m2: two days later the owning family denies; the buyer declines again
    st(M2, WT, "DENIAL", "Hettlage Beteiligungen", HETTLAGE, "PARTY", "Hettlage-Familie: Westried TV steht nicht zum Verkauf", False, "2027-03-27T09:45:00+01:00", "Hettlage Beteiligungen"),
    st(M2, WT, "NO_COMMENT", "Bramwell Media", BRAMWELL, "PARTY", "Britischer Konzern Bramwell schweigt weiter zu Übernahmegerüchten", False, "2027-03-27T09:45:00+01:00", "Bramwell Media"),
    st(M2, WT, "DENIAL", "Hettlage Beteiligungen", HETTLAGE, "PARTY", "Die Eigentümerfamilie des Regionalsenders Westried TV hat Berichte über einen bevorstehenden Verkauf an den britischen Medienkonzern Bramwell Media dementiert.", True, "2027-03-26", "Hettlage Beteiligungen"),
    st(M2, WT, "DENIAL", "Konstantin Hettlage", HETTLAGE, "PARTY", "„Der Sender ist nicht zu verkaufen, weder an Bramwell noch an jemand anderen“, sagte Konstantin Hettlage", True, "2027-03-26", "Hettlage Beteiligungen"),
    st(M2, WT, "CLAIM", "Konstantin Hettlage", HETTLAGE, "PARTY", "Es habe lediglich ein Kennenlerngespräch gegeben, wie es in der Branche üblich sei.", False, "2027-03-26", "Hettlage Beteiligungen"),
    st(M2, WT, "CLAIM", "Halden Wire", HALDEN, "THIRD_PARTY", "Die Nachrichtenagentur Halden Wire hatte am Donnerstag unter Berufung auf Insider berichtet, Bramwell verhandle bereits über einen Kauf für rund 240 Millionen Euro.", True, "2027-03-25", "Halden Wire"),
    st(M2, WT, "NO_COMMENT", "Bramwell Media", BRAMWELL, "PARTY", "Der britische Konzern wollte sich auch am Freitag nicht äußern.", True, "2027-03-26", "Bramwell Media"),
    st(M2, WT, "NO_COMMENT", "Westried TV", WESTRIED, "PARTY", "Man konzentriere sich auf das Programm, sagte Senderchefin Marion Quast.", False, "2027-03-26", "Westried TV"),
]

def transitions():
    rows = []
    def add(after, story, status):
        rows.append(dict(after=after, story=story, status=status))
    add([X1], PR, "UNCONFIRMED"); add([X1, X2], PR, "CLAIMED"); add([X2], PR, "CLAIMED")
    add([X1, X2, X3], PR, "CLAIMED"); add([X3], PR, "CLAIMED")
    add([X3], FW, "DENIED"); add([X1, X2, X3], FW, "DENIED")
    add([E1], KB, "UNCONFIRMED"); add([E1, E2], KB, "DENIED"); add([E2], KB, "DENIED")
    add([E1, E2, E3], KB, "CLAIMED"); add([E2, E3], KB, "CLAIMED"); add([E3], KB, "CLAIMED")
    add([U1], AG, "DENIED")
    add([F1], EG, "DENIED"); add([F1, F2], EG, "DENIED"); add([F2], EG, "DENIED")
    add([M1], WT, "UNCONFIRMED"); add([M1, M2], WT, "DENIED"); add([M2], WT, "DENIED")
    return rows

write(HERE, about="Fourth set of invented story scenarios written for storywire (11 articles, 6 German, 5 English; "
                  "every company, utility, airline, university, farm, broadcaster, person, place, outlet and event made "
                  "up), annotated by hand before any run. Same format as scenarios-dev/gold.json. Written by make_gold.py.",
      articles=ARTICLES, stories=STORIES, statements=STATEMENTS, transitions=transitions())
