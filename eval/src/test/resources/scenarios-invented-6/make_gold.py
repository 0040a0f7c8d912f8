"""Writes gold.json for the sixth set of invented scenarios (articles/), checking every evidence and boilerplate
string against its article. Run: python3 make_gold.py. Everything here (articles and gold) was written for
storywire by hand, before any run of the system on it; all names, places, outlets and events are invented."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from scenario_gold import write  # noqa: E402 (the sets' shared check and writer)

A1, A2, A3 = "a1_velmora_recall_en.txt", "a2_velmora_dementi.txt", "a3_velmora_rueckruf.txt"
B1 = "b1_velmora_stellen.txt"
C1, C2 = "c1_salberg_plagiat.txt", "c2_salberg_lawyer_en.txt"
D1, D2 = "d1_ashbridge_zoo_en.txt", "d2_ashbridge_zoo_confirms_en.txt"
E1, E2 = "e1_aeolis_windpark.txt", "e2_aeolis_confirms_en.txt"
F1 = "f1_ostheide_magazin.txt"

ARTICLES = [
    dict(file=A1, language="en", published="2027-05-03T08:15:00Z",
         published_hint="dateline 'May 3, 2027 8:15 AM GMT' in the text",
         boilerplate=["By Tamsin Orrell", "Reporting by Tamsin Orrell; Editing by Giles Penhaligon",
                      "(c) Lanyard News 2027. All rights reserved."]),
    dict(file=D1, language="en", published="2027-05-03", published_precision="day",
         published_hint="dateline 'Ashbridge, Monday 3 May 2027' in the text, no time",
         boilerplate=["By Niamh Trelawney", "Share this article", "© Ashbridge Echo 2027"]),
    dict(file=A2, language="de", published="2027-05-04T16:30:00+02:00",
         boilerplate=["Von Janne Ostendorp", "04.05.2027, 16:30 Uhr",
                      "Tablettenfertigung im Werk Quellbach. Foto: Quellbacher Tageblatt/Ostendorp",
                      "Artikel teilen: Facebook | X | WhatsApp | E-Mail", "Mehr aus der Wirtschaft"]),
    dict(file=B1, language="de", published="2027-05-05T12:20:00+02:00",
         boilerplate=["dnr ho/lk", "© Deutscher Nachrichtenring, dnr:270505-44-20117/2"]),
    dict(file=C1, language="de", published="2027-05-06T07:00:00+02:00",
         boilerplate=["Von Greta Wollenhaupt", "Lindenau, Donnerstag, 6. Mai 2027", "Foto: Lindenauer Zeitung/Archiv",
                      "Artikel teilen", "Mehr aus Lindenau"]),
    dict(file=E1, language="de", published="2027-05-07T18:40:00+02:00",
         boilerplate=["Von Fiete Roggenkamp", "Foto: Hellmoorer Kreisbote",
                      "Artikel teilen: Facebook | X | WhatsApp | E-Mail"]),
    dict(file=C2, language="en", published="2027-05-08T15:10:00+01:00",
         published_hint="dateline 'Published May 8, 2027 3:10 PM BST' in the text",
         boilerplate=["By Ines Carraway, Higher Education Correspondent", "Sign up to the Campus Ledger newsletter",
                      "© Campus Ledger 2027"]),
    dict(file=A3, language="de", published="2027-05-10T14:05:00+02:00",
         boilerplate=["dnr lk/ms", "© Deutscher Nachrichtenring, dnr:270510-44-21385/1"]),
    dict(file=D2, language="en", published="2027-05-11T10:40:00Z",
         published_hint="dateline 'May 11, 2027 10:40 AM GMT' in the text",
         boilerplate=["Reporting by Tamsin Orrell; Editing by Giles Penhaligon",
                      "(c) Lanyard News 2027. All rights reserved."]),
    dict(file=F1, language="de", published="2027-05-12T11:15:00+02:00",
         boilerplate=["dnr pr/ho", "© Deutscher Nachrichtenring, dnr:270512-44-22019/1"]),
    dict(file=E2, language="en", published="2027-05-14T09:30:00+01:00",
         published_hint="dateline '14 May 2027 | 09:30 BST' in the text",
         boilerplate=["By Ravi Tennant", "Share on LinkedIn | Share on X | Email", "© Windpower Desk 2027"]),
]

VR, VJ, SP = "velmora-corvantil-recall", "velmora-quellbach-jobs", "salberg-plagiarism"
AZ, AW, RO = "ashbridge-zoo-elephants", "aeolis-kranzberg-windfarm", "radio-ostheide-evening-show"

STORIES = [
    dict(id=VR, title="Velmora Pharma recalls batches of its blood pressure drug Corvantil over an impurity",
         actors=["Velmora Pharma"], final_status="CLAIMED",
         positions={"Lanyard News": "CLAIM", "Velmora Pharma": "CONFIRMATION",
                    "Bundesinstitut für Arzneimittelsicherheit": "CONFIRMATION"},
         note="Anonymous sources in an English wire (about 40 batches), the drugmaker declines; the next day a local "
              "paper: the chief executive denies ('Der Arzneimittelhersteller Velmora', 'Vorstandschef'); a week later "
              "an agency text: the drug authority (third party, 'BfAS', 'die Behörde') confirms 46 batches, 'Der "
              "Hersteller Velmora Pharma' and a spokeswoman confirm, the chief's denial is recalled."),
    dict(id=VJ, title="Velmora plans to cut 300 jobs at its Quellbach tablet plant",
         actors=["Velmora Pharma"], final_status="DENIED",
         positions={"Betriebsrat Velmora": "CLAIM", "Velmora Pharma": "DENIAL"},
         note="A second claim about the same drugmaker in the same week, made by its works council and denied by a "
              "spokesman ('Der Pharmakonzern', 'Velmora'); the agency text of the recall recalls the denial. Must not "
              "merge with the recall."),
    dict(id=SP, title="Henrike Salberg, president of Hochschule Lindenau, is accused of plagiarism in her thesis",
         actors=["Henrike Salberg", "Hochschule Lindenau"], final_status="DENIED",
         positions={"Konrad Iselhorst": "CLAIM", "Henrike Salberg": "DENIAL", "Hochschule Lindenau": "NO_COMMENT"},
         note="A plagiarism researcher's claim in a local paper; the university ('Hochschule Lindenau (HSL)', 'Die "
              "Hochschule') declines, the president cannot be reached; two days later an English site ('HSL' bare, "
              "'the university'): her lawyer denies for her ('Her lawyer, ...', 'My client')."),
    dict(id=AZ, title="Ashbridge Zoo sends its three elephants to a Dutch wildlife park",
         actors=["Ashbridge Zoo"], final_status="CLAIMED",
         positions={"Ashbridge Echo": "CLAIM", "Ashbridge Zoo": "CONFIRMATION",
                    "Ashbridge Borough Council": "CONFIRMATION"},
         note="A local paper's anonymous keepers, the zoo declines; a week later a wire: its director confirms "
              "('Ashbridge's municipal zoo', 'director Miriam Calloway', 'The attraction'), the borough council that "
              "owns it (third party) confirms, the earlier refusal is recalled."),
    dict(id=AW, title="Aeolis Nord plans a wind farm in the Kranzberg town forest",
         actors=["Aeolis Nord", "Stadt Kranzberg"], final_status="CLAIMED",
         positions={"Hellmoorer Kreisbote": "CLAIM", "Aeolis Nord": "CONFIRMATION", "Stadt Kranzberg": "CONFIRMATION"},
         note="A local paper's documents (14 turbines), the developer and the town decline; a week later an English "
              "trade site: the developer confirms twelve turbines ('German developer Aeolis Nord', 'The developer', "
              "its managing director), and 'Kranzberg' (the town for its council) confirms the lease; the figure "
              "changes without a word about it."),
    dict(id=RO, title="Radio Ostheide ends its evening magazine at the end of the year",
         actors=["Radio Ostheide"], final_status="DENIED",
         positions={"Journalistengewerkschaft Ostheide": "CLAIM", "Radio Ostheide": "DENIAL"},
         note="One agency text: a journalists' union (defined as 'JGO', then used in a compound) claims, 'Der Sender' "
              "and its director general ('Intendantin') deny."),
]

def st(article, story, stance, speaker, match, standing, evidence, core, time, position_of):
    return dict(article=article, story=story, stance=stance, speaker=speaker, speaker_match=match,
                standing=standing, evidence=evidence, core=core, time=time, position_of=position_of)

SOURCES = ["people with knowledge", "people", "sources", "Lanyard News", "Lanyard"]
VELMORA = ["Velmora Pharma", "Velmora", "drugmaker", "Arzneimittelhersteller", "Hersteller", "Konzern", "Pharmakonzern",
           "Unternehmen", "Unternehmenssprecherin", "Konzernsprecher", "Sprecher", "Ruben Falkenhagen", "Falkenhagen",
           "Vorstandschef"]
LANYARD = ["Lanyard News", "Lanyard", "Nachrichtenagentur", "Insider"]
BFAS = ["Bundesinstitut für Arzneimittelsicherheit", "Bundesinstitut", "BfAS", "Behörde"]
BETRIEBSRAT = ["Betriebsrat", "Ilka Brammertz", "Brammertz", "Betriebsratschefin"]
ISELHORST = ["Konrad Iselhorst", "Iselhorst", "Plagiatsprüfer", "researcher"]
SALBERG = ["Henrike Salberg", "Salberg", "president", "Präsidentin", "Matthias Korff", "Korff", "lawyer", "she"]
HSL = ["Hochschule Lindenau", "Hochschule", "HSL", "university", "Sprecherin", "Ombudsstelle"]
KEEPERS = ["keepers", "keeper", "two keepers", "one of the keepers", "Ashbridge Echo"]
ZOO = ["Ashbridge Zoo", "zoo", "Zoo", "spokesman", "director", "Miriam Calloway", "Calloway", "attraction"]
BOROUGH = ["Ashbridge Borough Council", "Borough Council", "council"]
KREISBOTE = ["Hellmoorer Kreisbote", "Kreisbote", "Kreisboten", "Zeitung", "Unterlagen"]
AEOLIS = ["Aeolis Nord", "Aeolis", "developer", "Projektierer", "Sönke Ahlgrimm", "Ahlgrimm", "managing director"]
KRANZBERG = ["Stadt Kranzberg", "Kranzberg", "Stadt", "town", "Edda Lünsmann", "Lünsmann", "Mayor"]
JGO = ["Journalistengewerkschaft Ostheide", "Journalistengewerkschaft", "JGO", "Enno Pradel", "Pradel",
       "Landesvorsitzender"]
OSTHEIDE = ["Radio Ostheide", "Ostheide", "Sender", "Regionalsender", "Wiebke Tammling", "Tammling", "Intendantin"]

STATEMENTS = [
    # a1: anonymous sources in an English wire; the drugmaker declines
    st(A1, VR, "CLAIM", None, [], "THIRD_PARTY", "Velmora Pharma prepares recall of blood pressure tablets - sources", False, "2027-05-03T08:15:00Z", "Lanyard News"),
    st(A1, VR, "CLAIM", "three people with knowledge of the matter", SOURCES, "THIRD_PARTY", "German drugmaker Velmora Pharma is preparing to recall several batches of its blood pressure drug Corvantil after laboratory tests found an impurity, according to three people with knowledge of the matter.", True, "2027-05-03", "Lanyard News"),
    st(A1, VR, "CLAIM", "one of the people", SOURCES, "THIRD_PARTY", "The recall could affect about 40 batches sold in Germany and Austria, one of the people said.", True, "2027-05-03", "Lanyard News"),
    st(A1, VR, "NO_COMMENT", "Velmora Pharma", VELMORA, "PARTY", "Velmora declined to comment.", True, "2027-05-03T08:15:00Z", "Velmora Pharma"),
    st(A1, VR, "NO_COMMENT", "Federal Institute for Drug Safety", ["Federal Institute", "Institute"], "THIRD_PARTY", "The Federal Institute for Drug Safety did not immediately respond to a request for comment.", False, "2027-05-03T08:15:00Z", None),
    # a2: a local paper: the chief executive denies
    st(A2, VR, "DENIAL", "Ruben Falkenhagen", VELMORA, "PARTY", "Velmora-Chef: „Corvantil ist sicher“", False, "2027-05-04T16:30:00+02:00", "Velmora Pharma"),
    st(A2, VR, "DENIAL", "Velmora Pharma", VELMORA, "PARTY", "Arzneimittelhersteller weist Bericht über Rückruf zurück", False, "2027-05-04T16:30:00+02:00", "Velmora Pharma"),
    st(A2, VR, "DENIAL", "Velmora Pharma", VELMORA, "PARTY", "Der Arzneimittelhersteller Velmora hat einen Bericht über einen bevorstehenden Rückruf seines Blutdruckmittels Corvantil zurückgewiesen.", True, "2027-05-04", "Velmora Pharma"),
    st(A2, VR, "DENIAL", "Ruben Falkenhagen", VELMORA, "PARTY", "„Corvantil ist sicher, einen Rückruf wird es nicht geben“, sagte Vorstandschef Ruben Falkenhagen am Dienstag unserer Zeitung.", True, "2027-05-04", "Velmora Pharma"),
    st(A2, VR, "DENIAL", "Ruben Falkenhagen", VELMORA, "PARTY", "Alle Chargen hätten die vorgeschriebenen Prüfungen bestanden.", False, "2027-05-04", "Velmora Pharma"),
    st(A2, VR, "CLAIM", "Lanyard News", LANYARD, "THIRD_PARTY", "Die britische Nachrichtenagentur Lanyard News hatte am Montag unter Berufung auf Insider berichtet, der Konzern bereite den Rückruf von rund 40 Chargen vor.", True, "2027-05-03", "Lanyard News"),
    st(A2, None, "CLAIM", "Apotheken", ["Apotheken"], "THIRD_PARTY", "Apotheken in der Region berichten seither von verunsicherten Kunden.", False, "2027-05-04", None),
    # b1: the works council's second claim about the drugmaker in the same week, denied; the recall denial recalled
    st(B1, VJ, "CLAIM", "Betriebsrat Velmora", BETRIEBSRAT, "THIRD_PARTY", "Betriebsrat: Velmora will Stellen in Quellbach streichen", False, "2027-05-05T12:20:00+02:00", "Betriebsrat Velmora"),
    st(B1, VJ, "CLAIM", "Betriebsrat Velmora", BETRIEBSRAT, "THIRD_PARTY", "Der Pharmakonzern Velmora will nach Angaben seines Betriebsrats rund 300 Stellen in der Tablettenfertigung in Quellbach streichen.", True, "2027-05-05", "Betriebsrat Velmora"),
    st(B1, VJ, "CLAIM", "Ilka Brammertz", BETRIEBSRAT, "THIRD_PARTY", "Das gehe aus einer Präsentation für den Aufsichtsrat hervor, sagte Betriebsratschefin Ilka Brammertz am Mittwoch.", True, "2027-05-05", "Betriebsrat Velmora"),
    st(B1, VJ, "CLAIM", "Ilka Brammertz", BETRIEBSRAT, "THIRD_PARTY", "Die Fertigung solle nach Polen verlagert werden.", False, "2027-05-05", "Betriebsrat Velmora"),
    st(B1, VJ, "DENIAL", "Velmora Pharma", VELMORA, "PARTY", "Velmora widersprach.", True, "2027-05-05T12:20:00+02:00", "Velmora Pharma"),
    st(B1, VJ, "DENIAL", "Velmora Pharma", VELMORA, "PARTY", "„Es gibt keine Pläne für einen Stellenabbau in Quellbach“, sagte ein Konzernsprecher.", True, "2027-05-05T12:20:00+02:00", "Velmora Pharma"),
    st(B1, VJ, "DENIAL", "Velmora Pharma", VELMORA, "PARTY", "Die Präsentation beschreibe lediglich mögliche Szenarien.", False, "2027-05-05T12:20:00+02:00", "Velmora Pharma"),
    st(B1, VR, "DENIAL", "Ruben Falkenhagen", VELMORA, "PARTY", "Erst am Dienstag hatte Vorstandschef Ruben Falkenhagen Berichte über einen Rückruf des Blutdruckmittels Corvantil dementiert.", True, "2027-05-04", "Velmora Pharma"),
    # a3: an agency text a week later: the authority and the maker confirm another figure; both denials recalled
    st(A3, VR, "CONFIRMATION", "Bundesinstitut für Arzneimittelsicherheit", BFAS, "THIRD_PARTY", "Bundesinstitut bestätigt Verunreinigung in Corvantil", False, "2027-05-10T14:05:00+02:00", "Bundesinstitut für Arzneimittelsicherheit"),
    st(A3, VR, "CONFIRMATION", "Bundesinstitut für Arzneimittelsicherheit", BFAS, "THIRD_PARTY", "Das Bundesinstitut für Arzneimittelsicherheit (BfAS) hat den Rückruf von 46 Chargen des Blutdruckmittels Corvantil bestätigt.", True, "2027-05-10", "Bundesinstitut für Arzneimittelsicherheit"),
    st(A3, VR, "CLAIM", "Bundesinstitut für Arzneimittelsicherheit", BFAS, "THIRD_PARTY", "In den Tabletten sei eine Verunreinigung gefunden worden, teilte die Behörde am Montag mit.", True, "2027-05-10", "Bundesinstitut für Arzneimittelsicherheit"),
    st(A3, VR, "CONFIRMATION", "Velmora Pharma", VELMORA, "PARTY", "Der Hersteller Velmora Pharma räumte den Rückruf ein.", True, "2027-05-10", "Velmora Pharma"),
    st(A3, VR, "CONFIRMATION", "Velmora Pharma", VELMORA, "PARTY", "„Wir nehmen die betroffenen Chargen vorsorglich vom Markt“, sagte eine Unternehmenssprecherin.", True, "2027-05-10", "Velmora Pharma"),
    st(A3, VR, "CLAIM", "Velmora Pharma", VELMORA, "PARTY", "Eine Gefahr für Patienten bestehe nach derzeitigem Stand nicht.", False, "2027-05-10", "Velmora Pharma"),
    st(A3, VR, "DENIAL", "Ruben Falkenhagen", VELMORA, "PARTY", "Vor einer Woche hatte Velmora-Chef Ruben Falkenhagen einen Rückruf noch ausgeschlossen.", True, "2027-05-04", "Velmora Pharma"),
    st(A3, VJ, "DENIAL", "Velmora Pharma", VELMORA, "PARTY", "Berichte seines Betriebsrats über einen Stellenabbau im Werk Quellbach hatte das Unternehmen in der vergangenen Woche zurückgewiesen.", True, "2027-05-05", "Velmora Pharma"),
    # c1: a plagiarism researcher's claim in a local paper; the university declines
    st(C1, SP, "CLAIM", None, [], "THIRD_PARTY", "Plagiatsvorwurf gegen Hochschulpräsidentin", False, "2027-05-06T07:00:00+02:00", "Konrad Iselhorst"),
    st(C1, SP, "CLAIM", "Konrad Iselhorst", ISELHORST, "THIRD_PARTY", "Die Präsidentin der Hochschule Lindenau (HSL), Henrike Salberg, soll in ihrer Doktorarbeit zahlreiche Passagen ohne Quellenangabe übernommen haben.", True, "2027-05-06", "Konrad Iselhorst"),
    st(C1, SP, "CLAIM", "Konrad Iselhorst", ISELHORST, "THIRD_PARTY", "Das wirft ihr der Plagiatsprüfer Konrad Iselhorst vor.", False, "2027-05-06", "Konrad Iselhorst"),
    st(C1, SP, "CLAIM", "Konrad Iselhorst", ISELHORST, "THIRD_PARTY", "Auf mindestens 38 Seiten fänden sich wörtliche Übernahmen aus fremden Arbeiten, sagte Iselhorst unserer Zeitung.", True, "2027-05-06", "Konrad Iselhorst"),
    st(C1, SP, "NO_COMMENT", "Hochschule Lindenau", HSL, "PARTY", "Die Hochschule wollte sich zu den Vorwürfen nicht äußern.", True, "2027-05-06", "Hochschule Lindenau"),
    st(C1, SP, "CLAIM", "Hochschule Lindenau", HSL, "PARTY", "Eine Sprecherin verwies auf die Ombudsstelle, die den Fall prüfe.", False, "2027-05-06", "Hochschule Lindenau"),
    st(C1, SP, "NO_COMMENT", "Henrike Salberg", SALBERG, "PARTY", "Salberg selbst war am Mittwoch nicht zu erreichen.", False, "2027-05-05", "Henrike Salberg"),
    # c2: an English site two days later: the president denies through her lawyer
    st(C2, SP, "DENIAL", "Henrike Salberg", SALBERG, "PARTY", "HSL president rejects plagiarism allegations through her lawyer", False, "2027-05-08T15:10:00+01:00", "Henrike Salberg"),
    st(C2, SP, "DENIAL", "Henrike Salberg", SALBERG, "PARTY", "The president of HSL, a university of applied sciences in northern Germany, has rejected claims that she copied large parts of her doctoral thesis.", True, "2027-05-08", "Henrike Salberg"),
    st(C2, SP, "DENIAL", "Matthias Korff", SALBERG, "PARTY", "Her lawyer, Matthias Korff, said the thesis had been written \"entirely in line with the academic standards of its time\".", True, "2027-05-08", "Henrike Salberg"),
    st(C2, SP, "DENIAL", "Matthias Korff", SALBERG, "PARTY", "\"My client did not copy anyone's work,\" Korff said in a statement on Friday", True, "2027-05-07", "Henrike Salberg"),
    st(C2, SP, "CLAIM", "Konrad Iselhorst", ISELHORST, "THIRD_PARTY", "Plagiarism researcher Konrad Iselhorst said on Wednesday that he had found copied passages on at least 38 pages.", True, "2027-05-05", "Konrad Iselhorst"),
    st(C2, SP, "CLAIM", "Hochschule Lindenau", HSL, "PARTY", "The university said its ombudsman would reach a decision within two months.", False, "2027-05-08", "Hochschule Lindenau"),
    # d1: a local paper's anonymous keepers; the zoo declines
    st(D1, AZ, "CLAIM", None, [], "THIRD_PARTY", "Ashbridge Zoo to give up its elephants, keepers say", False, "2027-05-03", "Ashbridge Echo"),
    st(D1, AZ, "CLAIM", "two keepers", KEEPERS, "THIRD_PARTY", "Ashbridge Zoo plans to send its three Asian elephants to a wildlife park in the Netherlands and close its elephant house by the end of the year, according to two keepers who asked not to be named.", True, "2027-05-03", "Ashbridge Echo"),
    st(D1, AZ, "CLAIM", "one of the keepers", KEEPERS, "THIRD_PARTY", "Staff were told at a meeting last week that the zoo could not afford a new enclosure, one of the keepers said.", True, "2027-05-03", "Ashbridge Echo"),
    st(D1, AZ, "NO_COMMENT", "Ashbridge Zoo", ZOO, "PARTY", "The zoo declined to comment.", True, "2027-05-03", "Ashbridge Zoo"),
    st(D1, AZ, "NO_COMMENT", "Ashbridge Zoo", ZOO, "PARTY", "A spokesman said it would not take part in speculation about individual animals.", False, "2027-05-03", "Ashbridge Zoo"),
    # d2: a wire a week later: the director confirms, the owning council confirms
    st(D2, AZ, "CONFIRMATION", "Ashbridge Zoo", ZOO, "PARTY", "Ashbridge Zoo confirms elephants will leave", False, "2027-05-11T10:40:00Z", "Ashbridge Zoo"),
    st(D2, AZ, "CONFIRMATION", "Miriam Calloway", ZOO, "PARTY", "Ashbridge's municipal zoo will move its three elephants to a Dutch wildlife park in the autumn, its director confirmed on Tuesday", True, "2027-05-11", "Ashbridge Zoo"),
    st(D2, AZ, "CONFIRMATION", "Miriam Calloway", ZOO, "PARTY", "\"We cannot give elephants the space they need here, and we will not pretend otherwise,\" director Miriam Calloway told reporters.", True, "2027-05-11", "Ashbridge Zoo"),
    st(D2, AZ, "CONFIRMATION", "Ashbridge Borough Council", BOROUGH, "THIRD_PARTY", "Ashbridge Borough Council, which owns the zoo, confirmed it had approved the transfer.", True, "2027-05-11", "Ashbridge Borough Council"),
    st(D2, AZ, "NO_COMMENT", "Ashbridge Zoo", ZOO, "PARTY", "The attraction had refused to comment on the keepers' account last week.", False, "2027-05-03", "Ashbridge Zoo"),
    st(D2, None, "CLAIM", "Greyfallow Trust", ["Greyfallow Trust", "Greyfallow", "charity"], "THIRD_PARTY", "The wildlife charity Greyfallow Trust welcomed the move.", False, "2027-05-11", None),
    # e1: a local paper's documents; the developer and the town decline
    st(E1, AW, "CLAIM", "Hellmoorer Kreisbote", KREISBOTE, "THIRD_PARTY", "Der Projektierer Aeolis Nord will nach Informationen des Kreisboten 14 Windräder im Kranzberger Stadtwald errichten.", True, "2027-05-07", "Hellmoorer Kreisbote"),
    st(E1, AW, "CLAIM", "Hellmoorer Kreisbote", KREISBOTE, "THIRD_PARTY", "Die Anlagen sollen bis zu 250 Meter hoch werden, heißt es in Unterlagen, die unserer Zeitung vorliegen.", True, "2027-05-07", "Hellmoorer Kreisbote"),
    st(E1, AW, "NO_COMMENT", "Aeolis Nord", AEOLIS, "PARTY", "Aeolis Nord wollte sich am Freitag nicht äußern.", True, "2027-05-07", "Aeolis Nord"),
    st(E1, AW, "NO_COMMENT", "Stadt Kranzberg", KRANZBERG, "PARTY", "Auch die Stadt Kranzberg, der ein Großteil der Flächen gehört, gab keine Stellungnahme ab.", True, "2027-05-07", "Stadt Kranzberg"),
    st(E1, None, "CLAIM", "Bürgerinitiative Stadtwald Kranzberg", ["Bürgerinitiative"], "THIRD_PARTY", "Die Bürgerinitiative Stadtwald Kranzberg kündigte Widerstand an.", False, "2027-05-07", None),
    # e2: an English trade site a week later: the developer confirms another figure, the town confirms the lease
    st(E2, AW, "CONFIRMATION", "Aeolis Nord", AEOLIS, "PARTY", "Aeolis Nord confirms twelve-turbine project in German town forest", False, "2027-05-14T09:30:00+01:00", "Aeolis Nord"),
    st(E2, AW, "CONFIRMATION", "Aeolis Nord", AEOLIS, "PARTY", "German developer Aeolis Nord has confirmed plans for a wind farm with twelve turbines in a municipal forest near the town of Kranzberg.", True, "2027-05-14", "Aeolis Nord"),
    st(E2, AW, "CLAIM", "Aeolis Nord", AEOLIS, "PARTY", "The developer said it had applied for a permit on Thursday and expected construction to begin in 2029.", True, "2027-05-14", "Aeolis Nord"),
    st(E2, AW, "CLAIM", "Sönke Ahlgrimm", AEOLIS, "PARTY", "\"This is the largest site we have ever secured,\" managing director Sönke Ahlgrimm said.", False, "2027-05-14", "Aeolis Nord"),
    st(E2, AW, "CONFIRMATION", "Stadt Kranzberg", KRANZBERG, "PARTY", "Kranzberg confirmed it had leased the land to the company for thirty years.", True, "2027-05-14", "Stadt Kranzberg"),
    st(E2, AW, "CLAIM", "Edda Lünsmann", KRANZBERG, "PARTY", "Mayor Edda Lünsmann said the town council would hold a public hearing in June.", False, "2027-05-14", "Stadt Kranzberg"),
    # f1: one agency text: a journalists' union claims, the broadcaster and its director general deny
    st(F1, RO, "DENIAL", "Radio Ostheide", OSTHEIDE, "PARTY", "Radio Ostheide dementiert Aus für Abendmagazin", False, "2027-05-12T11:15:00+02:00", "Radio Ostheide"),
    st(F1, RO, "CLAIM", "Journalistengewerkschaft Ostheide", JGO, "THIRD_PARTY", "Der Regionalsender Radio Ostheide will nach Angaben der Journalistengewerkschaft Ostheide (JGO) sein Abendmagazin zum Jahresende einstellen.", True, "2027-05-12", "Journalistengewerkschaft Ostheide"),
    st(F1, RO, "CLAIM", "Enno Pradel", JGO, "THIRD_PARTY", "Das habe die Programmdirektion den Redaktionen mitgeteilt, sagte JGO-Landesvorsitzender Enno Pradel am Mittwoch.", True, "2027-05-12", "Journalistengewerkschaft Ostheide"),
    st(F1, RO, "DENIAL", "Radio Ostheide", OSTHEIDE, "PARTY", "Der Sender wies das zurück.", True, "2027-05-12", "Radio Ostheide"),
    st(F1, RO, "DENIAL", "Wiebke Tammling", OSTHEIDE, "PARTY", "„Das Abendmagazin bleibt, es bekommt lediglich einen neuen Sendeplatz“, sagte Intendantin Wiebke Tammling.", True, "2027-05-12", "Radio Ostheide"),
]

def transitions():
    rows = []
    def add(after, story, status):
        rows.append(dict(after=after, story=story, status=status))
    add([A1], VR, "UNCONFIRMED"); add([A1, A2], VR, "DENIED"); add([A2], VR, "DENIED")
    add([A1, A2, B1], VR, "DENIED"); add([A1, A2, B1, A3], VR, "CLAIMED"); add([A3], VR, "CLAIMED")
    add([B1], VJ, "DENIED"); add([A1, A2, B1, A3], VJ, "DENIED"); add([A3], VJ, "DENIED")
    add([C1], SP, "UNCONFIRMED"); add([C1, C2], SP, "DENIED"); add([C2], SP, "DENIED")
    add([D1], AZ, "UNCONFIRMED"); add([D1, D2], AZ, "CLAIMED"); add([D2], AZ, "CLAIMED")
    add([E1], AW, "UNCONFIRMED"); add([E1, E2], AW, "CLAIMED"); add([E2], AW, "CLAIMED")
    add([F1], RO, "DENIED")
    return rows

write(HERE, about="Sixth set of invented story scenarios written for storywire (11 articles, 6 German, 5 English; "
                  "every drugmaker, drug, authority, works council, university, researcher, lawyer, zoo, council, wind "
                  "developer, town, broadcaster, union, person, place, outlet and event made up), annotated by hand "
                  "before any run. Same format as scenarios-dev/gold.json. Written by make_gold.py.",
      articles=ARTICLES, stories=STORIES, statements=STATEMENTS, transitions=transitions())
