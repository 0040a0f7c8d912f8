"""Writes gold.json for the third set of invented scenarios (articles/), checking every evidence and boilerplate
string against its article. Run: python3 make_gold.py. Everything here (articles and gold) was written for
storywire by hand, before any run of the system on it; all names, places, outlets and events are invented."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from scenario_gold import write  # noqa: E402 (the sets' shared check and writer)

A1, A2 = "a1_welmerding_rundschau.txt", "a2_welmerding_dementi.txt"
Q1, Q2, Q3 = "q1_tessaro_leak_en.txt", "q2_tessaro_dunmarrow_en.txt", "q3_tessaro_bestaetigt.txt"
K1, K2 = "k1_meltrup_tageblatt.txt", "k2_meltrup_bestaetigt.txt"
V1, V2 = "v1_hollerbruch_hallenbad.txt", "v2_hollerbruch_gutachten.txt"
G1, G2 = "g1_gannet_lanterns_en.txt", "g2_gannet_lanterns_de.txt"

ARTICLES = [
    dict(file=A1, language="de", published="2027-01-17T20:15:00+01:00",
         boilerplate=["Von Carsten Ebbighaus", "Jonas Welmerding beim Torjubel. Foto: Rundschau/Ebbighaus",
                      "Artikel teilen: Facebook | X | WhatsApp | E-Mail", "Mehr Sport",
                      "Brackenauer Handballerinnen gewinnen das Derby"]),
    dict(file=A2, language="de", published="2027-01-18", published_precision="day",
         boilerplate=["Artikel teilen", "nrx ul/rk", "© Nachrichtenring Express, nrx:270118-44-173220/2"]),
    dict(file=K1, language="de", published="2027-01-25T19:30:00+01:00",
         boilerplate=["Von Annette Vorwerk", "Der Haupteingang des Klinikums. Foto: Tageblatt/Vorwerk", "Artikel teilen",
                      "Newsletter: Das Wichtigste aus Meltrup und Umgebung – jeden Abend in Ihrem Postfach"]),
    dict(file=K2, language="de", published="2027-01-26T13:10:00+01:00", boilerplate=["Anzeige", "nrx av/jb"]),
    dict(file=Q1, language="en", published="2027-02-02T12:40:00Z",
         published_hint="dateline 'February 2, 2027 12:40 PM GMT' in the text",
         boilerplate=["By Priya Castellanos", "Share this story",
                      "Related: The best tablets you can buy right now", "Comments (214)"]),
    dict(file=Q2, language="en", published="2027-02-04T09:05:00Z",
         published_hint="dateline 'February 4, 2027 9:05 AM GMT' in the text",
         boilerplate=["Reporting by Fiona Strachan; Editing by Owen Blakey"]),
    dict(file=V1, language="de", published="2027-02-08T17:45:00+01:00",
         boilerplate=["Schwimmer im Hallenbad am Lindenwall. Foto: Stadt Hollerbruch",
                      "Lesen Sie auch: Hollerbruch erhöht die Parkgebühren", "Kommentare (37)"]),
    dict(file=Q3, language="de", published="2027-02-10T14:20:00+01:00",
         boilerplate=["Fotostrecke: So sieht das Werk in Dunmarrow aus", "nrx mk/ts",
                      "© Nachrichtenring Express, nrx:270210-99-551903/3"]),
    dict(file=V2, language="de", published="2027-02-12T10:05:00+01:00",
         boilerplate=["Artikel teilen", "Mehr aus Hollerbruch"]),
    dict(file=G1, language="en", published="2027-02-14T11:20:00Z",
         published_hint="dateline 'February 14, 2027 11:20 AM GMT' in the text",
         boilerplate=["By Hattie Morrow, Entertainment Reporter", "Marla Trevannick on stage in 2026. Photo: Ben Ashdown",
                      "Follow us on Instagram", "More from Entertainment"]),
    dict(file=G2, language="de", published="2027-02-17T09:30:00+01:00", boilerplate=["Artikel teilen", "nrx kk/sb"]),
]

TR, LE, JO = "welmerding-wiltraden", "tessaro-foldable", "tessaro-dunmarrow-cuts"
KE, HB, GA = "meltrup-outbreak", "hollerbruch-pool", "gannet-lanterns-split"

STORIES = [
    dict(id=TR, title="Striker Jonas Welmerding has agreed to move from TSV Brackenau to FC Wiltraden",
         actors=["Jonas Welmerding", "TSV Brackenau", "FC Wiltraden"], final_status="DENIED",
         positions={"Brackenauer Rundschau": "CLAIM", "TSV Brackenau": "DENIAL", "FC Wiltraden": "NO_COMMENT",
                    "Jonas Welmerding": "NO_COMMENT"},
         note="The local paper's own report (its speaker is the paper, 'unserer Zeitung', 'die Rundschau'); the buyer "
              "declines through 'ein Sprecher des Klubs'; next day an agency text: the selling club denies (its sports "
              "director, then 'der Klub'), the player's agent declines."),
    dict(id=LE, title="Tessaro Devices is preparing to launch a foldable tablet in March",
         actors=["Tessaro Devices"], final_status="CLAIMED",
         positions={"Pixelgrid": "CLAIM", "Tessaro Devices": "CONFIRMATION"},
         note="A tech site's leak the company will not comment on, recalled in the wire about the job cuts two days "
              "later, and confirmed in the German agency text of a week later beside the cuts."),
    dict(id=JO, title="Tessaro Devices cuts jobs at its Dunmarrow plant",
         actors=["Tessaro Devices"], final_status="CLAIMED",
         positions={"Dunmarrow Courier": "CLAIM", "Tessaro Devices": "CONFIRMATION"},
         note="Second claim about the same company in the same week (the leak is the first); the figure changes from "
              "the paper's 400 to the company's confirmed 600 ('mehr als zunächst berichtet'). One story."),
    dict(id=KE, title="A multi-resistant germ has infected patients in the intensive care unit of Klinikum Meltrup",
         actors=["Klinikum Meltrup"], final_status="CLAIMED",
         positions={"Meltruper Tageblatt": "CLAIM", "Klinikum Meltrup": "CONFIRMATION"},
         note="The local paper's own report (twelve patients), the hospital declines ('Die Klinik', 'ein Sprecher'); "
              "the next day it confirms with 15 ('das Krankenhaus', its medical director). The health office is a "
              "third party; its 'bestätigte lediglich ... in Kontakt' confirms no claim."),
    dict(id=HB, title="The city of Hollerbruch plans to close the Lindenwall indoor pool",
         actors=["Stadt Hollerbruch"], final_status="DENIED",
         positions={"Bürgerforum Hollerbruch": "CLAIM", "Stadt Hollerbruch": "DENIAL"},
         note="A council faction's claim (a critic, third party), denied by 'die Stadtverwaltung', its spokeswoman and "
              "the mayor ('sie'); four days later the faction repeats it and the mayor denies in a quote with no "
              "denial verb."),
    dict(id=GA, title="The Gannet Lanterns will split up after their autumn tour",
         actors=["The Gannet Lanterns", "Marla Trevannick"], final_status="DENIED",
         positions={"Sunday Lark": "CLAIM", "The Gannet Lanterns": "DENIAL", "Marla Trevannick": "NO_COMMENT"},
         note="A Sunday paper's report relayed by an entertainment site; the band denies through a spokesman and later "
              "its drummer, the singer declines twice."),
]

def st(article, story, stance, speaker, match, standing, evidence, core, time, position_of):
    return dict(article=article, story=story, stance=stance, speaker=speaker, speaker_match=match,
                standing=standing, evidence=evidence, core=core, time=time, position_of=position_of)

RUNDSCHAU = ["Brackenauer Rundschau", "Rundschau", "Zeitung"]
BRACKENAU = ["TSV Brackenau", "Brackenau", "Ulrike Haselbrink", "Haselbrink", "Sportvorständin", "Verein", "Klub"]
WILTRADEN = ["FC Wiltraden", "Wiltraden", "Sprecher", "Klub"]
WELMERDING = ["Timo Raskauf", "Raskauf", "Berater", "Welmerding"]
TESSARO = ["Tessaro", "spokeswoman", "Sprecherin", "company", "Unternehmen", "Konzern"]
OLDENCOTT = ["Miriam Oldencott", "Oldencott", "Europachefin", "Tessaro"]
PIXELGRID = ["Pixelgrid", "person", "documents", "Technikportal"]
COURIER = ["Dunmarrow Courier", "Courier", "newspaper", "Lokalzeitung"]
TAGEBLATT = ["Meltruper Tageblatt", "Tageblatt", "Zeitung"]
KLINIKUM = ["Klinikum Meltrup", "Klinikum", "Klinik", "Krankenhaus", "Sprecher", "Henning Salzwedel", "Salzwedel",
            "Ärztliche Direktor", "Direktor"]
AMT = ["Kreisgesundheitsamt", "Gesundheitsamt", "Bertram Kühnhold", "Kühnhold", "Leiter"]
FORUM = ["Detlef Amsinck", "Amsinck", "Fraktionschef", "Bürgerforum"]
STADT = ["Stadtverwaltung", "Verwaltung", "Stadt Hollerbruch", "Hollerbruch", "Jana Tönnißen", "Tönnißen",
         "Stadtsprecherin", "Sabine Kranefeld", "Kranefeld", "Oberbürgermeisterin"]
LARK = ["Sunday Lark", "Lark", "people close", "Sonntagszeitung"]
BAND = ["The Gannet Lanterns", "Gannet Lanterns", "spokesman", "band", "Ollie Wragg", "Wragg", "Schlagzeuger"]
TREVANNICK = ["Marla Trevannick", "Trevannick", "management", "Sängerin"]

STATEMENTS = [
    # a1: the local paper's own transfer report; the buyer declines
    st(A1, TR, "CLAIM", None, [], "THIRD_PARTY", "Welmerding vor Wechsel nach Wiltraden", False, "2027-01-17T20:15:00+01:00", None),
    st(A1, TR, "CLAIM", None, [], "THIRD_PARTY", "Der Torjäger des TSV Brackenau soll sich mit dem Ligarivalen einig sein.", False, "2027-01-17T20:15:00+01:00", None),
    st(A1, TR, "CLAIM", None, [], "THIRD_PARTY", "Stürmer Jonas Welmerding steht nach Informationen unserer Zeitung vor einem Wechsel vom TSV Brackenau zum FC Wiltraden.", True, "2027-01-17T20:15:00+01:00", "Brackenauer Rundschau"),
    st(A1, TR, "CLAIM", "Brackenauer Rundschau", RUNDSCHAU + ["Umfeld"], "THIRD_PARTY", "Der 24-Jährige habe sich mit dem Ligarivalen bereits auf einen Vertrag bis 2031 geeinigt, erfuhr die Rundschau aus dem Umfeld des Spielers.", True, "2027-01-17T20:15:00+01:00", "Brackenauer Rundschau"),
    st(A1, TR, "CLAIM", None, [], "THIRD_PARTY", "Die Ablöse solle bei rund acht Millionen Euro liegen.", False, "2027-01-17T20:15:00+01:00", "Brackenauer Rundschau"),
    st(A1, TR, "NO_COMMENT", "FC Wiltraden", WILTRADEN, "PARTY", "Der FC Wiltraden wollte sich am Sonntag nicht zu dem Bericht äußern.", True, "2027-01-17", "FC Wiltraden"),
    st(A1, TR, "NO_COMMENT", "FC Wiltraden", WILTRADEN, "PARTY", "Man spreche grundsätzlich nicht über Spieler anderer Vereine, sagte ein Sprecher des Klubs.", True, "2027-01-17", "FC Wiltraden"),
    # a2: the selling club denies; the agent declines; the report recalled
    st(A2, TR, "DENIAL", "TSV Brackenau", BRACKENAU, "PARTY", "Brackenau dementiert Bericht über Welmerding-Wechsel", False, "2027-01-18", "TSV Brackenau"),
    st(A2, TR, "DENIAL", "TSV Brackenau", BRACKENAU, "PARTY", "„Jonas bleibt bei uns“", False, "2027-01-18", "TSV Brackenau"),
    st(A2, TR, "DENIAL", "TSV Brackenau", BRACKENAU, "PARTY", "hat einen Bericht über einen bevorstehenden Wechsel seines Stürmers Jonas Welmerding zum FC Wiltraden zurückgewiesen", True, "2027-01-18", "TSV Brackenau"),
    st(A2, TR, "DENIAL", "Ulrike Haselbrink", BRACKENAU, "PARTY", "„Es gibt keine Einigung und auch keine Gespräche mit Wiltraden“, sagte Sportvorständin Ulrike Haselbrink am Montag.", True, "2027-01-18", "TSV Brackenau"),
    st(A2, TR, "CLAIM", "TSV Brackenau", BRACKENAU, "PARTY", "Der Verein plane fest mit dem Angreifer, teilte der Klub anschließend mit.", True, "2027-01-18", "TSV Brackenau"),
    st(A2, TR, "CLAIM", "Brackenauer Rundschau", RUNDSCHAU, "THIRD_PARTY", "Die „Brackenauer Rundschau“ hatte am Sonntag berichtet, Welmerding habe sich mit Wiltraden auf einen Vertrag bis 2031 geeinigt.", True, "2027-01-17", "Brackenauer Rundschau"),
    st(A2, TR, "NO_COMMENT", "Timo Raskauf", WELMERDING, "PARTY", "Welmerdings Berater Timo Raskauf wollte sich auf Anfrage nicht äußern.", True, "2027-01-18", "Jonas Welmerding"),
    # k1: the local paper's own report of an outbreak; the hospital declines
    st(K1, KE, "CLAIM", None, [], "THIRD_PARTY", "Keimausbruch im Klinikum Meltrup", False, "2027-01-25T19:30:00+01:00", None),
    st(K1, KE, "CLAIM", None, [], "THIRD_PARTY", "Zwölf Patienten sollen betroffen sein.", False, "2027-01-25T19:30:00+01:00", None),
    st(K1, KE, "NO_COMMENT", "Klinikum Meltrup", KLINIKUM, "PARTY", "Das Krankenhaus schweigt.", False, "2027-01-25T19:30:00+01:00", "Klinikum Meltrup"),
    st(K1, KE, "CLAIM", None, [], "THIRD_PARTY", "Auf der Intensivstation des Klinikums Meltrup haben sich nach Informationen unserer Zeitung mehrere Patienten mit einem multiresistenten Krankenhauskeim infiziert.", True, "2027-01-25T19:30:00+01:00", "Meltruper Tageblatt"),
    st(K1, KE, "CLAIM", "Meltruper Tageblatt", TAGEBLATT + ["Mitarbeitern"], "THIRD_PARTY", "Betroffen seien mindestens zwölf Patienten, zwei von ihnen in kritischem Zustand, erfuhr das Tageblatt von Mitarbeitern der Klinik.", True, "2027-01-25T19:30:00+01:00", "Meltruper Tageblatt"),
    st(K1, KE, "CLAIM", None, [], "THIRD_PARTY", "Die Station sei seit Freitag für Neuaufnahmen gesperrt.", False, "2027-01-25T19:30:00+01:00", "Meltruper Tageblatt"),
    st(K1, KE, "NO_COMMENT", "Klinikum Meltrup", KLINIKUM, "PARTY", "Die Klinik wollte sich am Montag auf Anfrage nicht zu den Fällen äußern.", True, "2027-01-25", "Klinikum Meltrup"),
    st(K1, KE, "NO_COMMENT", "Klinikum Meltrup", KLINIKUM, "PARTY", "Man gebe aus Gründen des Patientenschutzes keine Auskunft, sagte ein Sprecher.", True, "2027-01-25", "Klinikum Meltrup"),
    st(K1, None, "CONFIRMATION", "Kreisgesundheitsamt", AMT, "THIRD_PARTY", "Das Kreisgesundheitsamt bestätigte lediglich, dass es mit dem Klinikum „in Kontakt“ stehe.", False, "2027-01-25", None),
    # k2: the hospital confirms, with a larger figure
    st(K2, KE, "CONFIRMATION", "Klinikum Meltrup", KLINIKUM, "PARTY", "Klinikum Meltrup bestätigt Keimausbruch – 15 Patienten betroffen", False, "2027-01-26", "Klinikum Meltrup"),
    st(K2, KE, "CONFIRMATION", "Klinikum Meltrup", KLINIKUM, "PARTY", "Das Klinikum Meltrup hat den Ausbruch eines multiresistenten Keims auf seiner Intensivstation bestätigt.", True, "2027-01-26", "Klinikum Meltrup"),
    st(K2, KE, "CLAIM", "Klinikum Meltrup", KLINIKUM, "PARTY", "Insgesamt seien 15 Patienten betroffen, teilte das Krankenhaus am Dienstag mit.", True, "2027-01-26", "Klinikum Meltrup"),
    st(K2, KE, "CLAIM", "Meltruper Tageblatt", TAGEBLATT, "THIRD_PARTY", "Das „Meltruper Tageblatt“ hatte am Montag von zwölf Fällen berichtet.", True, "2027-01-25", "Meltruper Tageblatt"),
    st(K2, KE, "CLAIM", "Henning Salzwedel", KLINIKUM, "PARTY", "„Wir haben die Station sofort geschlossen und alle Betroffenen isoliert“, sagte der Ärztliche Direktor Henning Salzwedel.", True, "2027-01-26T13:10:00+01:00", "Klinikum Meltrup"),
    st(K2, KE, "CLAIM", "Henning Salzwedel", KLINIKUM, "PARTY", "Zwei Patienten würden weiterhin intensivmedizinisch betreut, sagte er.", True, "2027-01-26T13:10:00+01:00", "Klinikum Meltrup"),
    st(K2, None, "CLAIM", "Bertram Kühnhold", AMT, "THIRD_PARTY", "sagte, die Behörde prüfe nun die Hygienemaßnahmen der Klinik", False, "2027-01-26T13:10:00+01:00", None),
    # q1: a tech site's leak; the company declines
    st(Q1, LE, "CLAIM", None, [], "THIRD_PARTY", "Leaked images show Tessaro's first foldable tablet", False, "2027-02-02T12:40:00Z", None),
    st(Q1, LE, "CLAIM", "Pixelgrid", PIXELGRID, "THIRD_PARTY", "Tessaro Devices is preparing to launch a foldable tablet called the Lumen Fold in March, according to images and a specification sheet obtained by Pixelgrid.", True, "2027-02-02T12:40:00Z", "Pixelgrid"),
    st(Q1, LE, "CLAIM", "Pixelgrid", PIXELGRID, "THIRD_PARTY", "The device will cost $1,499 and have a 10-inch folding screen, the documents show.", False, "2027-02-02T12:40:00Z", "Pixelgrid"),
    st(Q1, LE, "CLAIM", "a person with knowledge of Tessaro's plans", PIXELGRID, "THIRD_PARTY", "A person with knowledge of Tessaro's plans told Pixelgrid that the launch event is set for March 9 in San Mareo.", True, "2027-02-02T12:40:00Z", "Pixelgrid"),
    st(Q1, LE, "NO_COMMENT", "Tessaro Devices", TESSARO, "PARTY", "Tessaro declined to comment.", True, "2027-02-02T12:40:00Z", "Tessaro Devices"),
    st(Q1, LE, "NO_COMMENT", "Tessaro Devices", TESSARO, "PARTY", "\"We don't comment on rumors or speculation,\" a company spokeswoman said in an email.", True, "2027-02-02T12:40:00Z", "Tessaro Devices"),
    # q2: the newspaper's job-cut report two days later, the leak recalled; both without comment
    st(Q2, JO, "CLAIM", None, [], "THIRD_PARTY", "Tessaro plans to cut 400 jobs at Scottish tablet plant - newspaper", False, "2027-02-04T09:05:00Z", None),
    st(Q2, JO, "CLAIM", "Dunmarrow Courier", COURIER, "THIRD_PARTY", "Tessaro Devices plans to cut about 400 jobs at its tablet assembly plant in Dunmarrow, the Dunmarrow Courier reported on Thursday, citing an internal memo.", True, "2027-02-04", "Dunmarrow Courier"),
    st(Q2, JO, "CLAIM", "Dunmarrow Courier", COURIER, "THIRD_PARTY", "would stop assembling older Lumen models by the end of the year, the newspaper said", True, "2027-02-04", "Dunmarrow Courier"),
    st(Q2, JO, "NO_COMMENT", "Tessaro Devices", TESSARO, "PARTY", "Tessaro said it did not comment on rumours.", True, "2027-02-04T09:05:00Z", "Tessaro Devices"),
    st(Q2, LE, "CLAIM", "Pixelgrid", PIXELGRID + ["website"], "THIRD_PARTY", "On Tuesday, the technology website Pixelgrid reported that the company was preparing to launch a foldable tablet in March.", True, "2027-02-02", "Pixelgrid"),
    st(Q2, LE, "NO_COMMENT", "Tessaro Devices", TESSARO, "PARTY", "Tessaro has declined to comment on that report as well.", True, "2027-02-04T09:05:00Z", "Tessaro Devices"),
    st(Q2, JO, "CLAIM", "Gary Pelham", ["Gary Pelham", "Pelham", "official", "Electronics Workers"], "THIRD_PARTY", "said staff had not been told anything", False, "2027-02-04T09:05:00Z", None),
    st(Q2, JO, "CLAIM", "Gary Pelham", ["Gary Pelham", "Pelham", "official", "Electronics Workers"], "THIRD_PARTY", "\"People are finding out from the newspaper. That is no way to treat them,\" he said.", False, "2027-02-04T09:05:00Z", None),
    # q3: the company confirms the cuts (600, more than reported) and, in the same article, the tablet
    st(Q3, JO, "CONFIRMATION", "Tessaro Devices", TESSARO, "PARTY", "Der Tablet-Hersteller bestätigt den Abbau – und ein neues Gerät.", False, "2027-02-10", "Tessaro Devices"),
    st(Q3, JO, "CONFIRMATION", "Tessaro Devices", TESSARO, "PARTY", "Das bestätigte das Unternehmen am Mittwoch.", True, "2027-02-10", "Tessaro Devices"),
    st(Q3, JO, "CLAIM", "Dunmarrow Courier", COURIER, "THIRD_PARTY", "Die Lokalzeitung „Dunmarrow Courier“ hatte in der vergangenen Woche von 400 Stellen geschrieben.", False, "2027-02-04", "Dunmarrow Courier"),
    st(Q3, JO, "CLAIM", "Tessaro Devices", TESSARO, "PARTY", "Die Montage älterer Tablet-Modelle werde bis Jahresende nach Asien verlagert, teilte der Konzern mit.", True, "2027-02-10", "Tessaro Devices"),
    st(Q3, JO, "CLAIM", "Miriam Oldencott", OLDENCOTT, "PARTY", "„Wir wissen, wie schwer diese Nachricht für unsere Beschäftigten ist“, sagte Europachefin Miriam Oldencott.", True, "2027-02-10T14:20:00+01:00", "Tessaro Devices"),
    st(Q3, LE, "CONFIRMATION", "Tessaro Devices", TESSARO, "PARTY", "Zugleich bestätigte eine Sprecherin erstmals, dass Tessaro im März ein faltbares Tablet vorstellen will.", True, "2027-02-10", "Tessaro Devices"),
    st(Q3, LE, "CLAIM", "Pixelgrid", PIXELGRID, "THIRD_PARTY", "Über das Gerät hatte das Technikportal „Pixelgrid“ vor einer Woche berichtet.", True, "2027-02-03", "Pixelgrid"),
    st(Q3, JO, "CLAIM", "Gewerkschaft", ["Gewerkschaft"], "THIRD_PARTY", "Die Gewerkschaft kündigte Proteste an.", False, "2027-02-10", None),
    # v1: a council faction's claim, denied by the city administration and the mayor
    st(V1, HB, "CLAIM", "Bürgerforum", FORUM, "THIRD_PARTY", "Streit ums Hallenbad: Bürgerforum wirft Stadt Schließungspläne vor", False, "2027-02-08T17:45:00+01:00", "Bürgerforum Hollerbruch"),
    st(V1, HB, "DENIAL", "Stadt Hollerbruch", STADT, "PARTY", "Die Stadtverwaltung spricht von „Panikmache“.", False, "2027-02-08T17:45:00+01:00", "Stadt Hollerbruch"),
    st(V1, HB, "CLAIM", "Bürgerforum", FORUM, "THIRD_PARTY", "Die Stadt Hollerbruch will nach Darstellung des Bürgerforums das Hallenbad am Lindenwall Ende 2028 schließen.", True, "2027-02-08", "Bürgerforum Hollerbruch"),
    st(V1, HB, "CLAIM", "Detlef Amsinck", FORUM, "THIRD_PARTY", "Das gehe aus einem internen Sanierungsgutachten hervor, sagte Fraktionschef Detlef Amsinck am Montag.", True, "2027-02-08", "Bürgerforum Hollerbruch"),
    st(V1, HB, "CLAIM", "Detlef Amsinck", FORUM, "THIRD_PARTY", "Die Sanierung würde demnach rund 14 Millionen Euro kosten, Geld, das die Stadt nicht habe.", False, "2027-02-08", "Bürgerforum Hollerbruch"),
    st(V1, HB, "DENIAL", "Stadt Hollerbruch", STADT, "PARTY", "Die Stadtverwaltung wies das zurück.", True, "2027-02-08T17:45:00+01:00", "Stadt Hollerbruch"),
    st(V1, HB, "DENIAL", "Jana Tönnißen", STADT, "PARTY", "„Es gibt keinerlei Pläne, das Hallenbad zu schließen“, sagte Stadtsprecherin Jana Tönnißen.", True, "2027-02-08T17:45:00+01:00", "Stadt Hollerbruch"),
    st(V1, HB, "DENIAL", "Jana Tönnißen", STADT, "PARTY", "Das Gutachten sei ein Entwurf und enthalte keine Empfehlung zur Schließung.", False, "2027-02-08T17:45:00+01:00", "Stadt Hollerbruch"),
    st(V1, HB, "DENIAL", "Sabine Kranefeld", STADT, "PARTY", "Sie wies den Vorwurf als „Panikmache“ zurück.", True, "2027-02-08T17:45:00+01:00", "Stadt Hollerbruch"),
    # v2: the faction repeats the claim; the mayor denies again
    st(V2, HB, "DENIAL", "Sabine Kranefeld", STADT, "PARTY", "Hallenbad: Kranefeld bekräftigt Nein zur Schließung", False, "2027-02-12T10:05:00+01:00", "Stadt Hollerbruch"),
    st(V2, HB, "CLAIM", "Detlef Amsinck", FORUM, "THIRD_PARTY", "Darin werde eine Schließung „als wirtschaftlichste Variante“ bezeichnet, sagte Fraktionschef Detlef Amsinck.", True, "2027-02-12T10:05:00+01:00", "Bürgerforum Hollerbruch"),
    st(V2, HB, "CLAIM", "Detlef Amsinck", FORUM, "THIRD_PARTY", "„Die Verwaltung sagt den Bürgern nicht die Wahrheit.“", False, "2027-02-12T10:05:00+01:00", "Bürgerforum Hollerbruch"),
    st(V2, HB, "DENIAL", "Sabine Kranefeld", STADT, "PARTY", "„Solange ich im Amt bin, wird das Bad nicht geschlossen“, sagte sie am Donnerstag im Stadtrat.", True, "2027-02-11", "Stadt Hollerbruch"),
    st(V2, HB, "CLAIM", "Sabine Kranefeld", STADT, "PARTY", "Die Verwaltung prüfe vielmehr, ob der Bund die Sanierung fördern könne.", False, "2027-02-11", "Stadt Hollerbruch"),
    # g1: a Sunday paper's report relayed; the band denies, the singer declines
    st(G1, GA, "CLAIM", None, [], "THIRD_PARTY", "The Gannet Lanterns to split after autumn tour, says report", False, "2027-02-14T11:20:00Z", None),
    st(G1, GA, "CLAIM", "Sunday Lark", LARK, "THIRD_PARTY", "Indie band The Gannet Lanterns will break up after their autumn tour, the Sunday Lark reported, citing two people close to the group.", True, "2027-02-14", "Sunday Lark"),
    st(G1, GA, "CLAIM", None, [], "THIRD_PARTY", "Singer Marla Trevannick is said to be planning a solo album with producer Idris Caulfield.", False, "2027-02-14", "Sunday Lark"),
    st(G1, GA, "DENIAL", "The Gannet Lanterns", BAND, "PARTY", "A spokesman for the band denied the report.", True, "2027-02-14T11:20:00Z", "The Gannet Lanterns"),
    st(G1, GA, "DENIAL", "The Gannet Lanterns", BAND, "PARTY", "\"There is no split and no farewell tour. The band is writing its fifth album,\" he said.", True, "2027-02-14T11:20:00Z", "The Gannet Lanterns"),
    st(G1, GA, "NO_COMMENT", "Marla Trevannick", TREVANNICK, "PARTY", "Trevannick's management declined to comment.", True, "2027-02-14T11:20:00Z", "Marla Trevannick"),
    # g2: the drummer denies, the singer declines again; the report recalled
    st(G2, GA, "DENIAL", "Ollie Wragg", BAND, "PARTY", "Gannet Lanterns: Schlagzeuger dementiert Trennung – Trevannick schweigt", False, "2027-02-17T09:30:00+01:00", "The Gannet Lanterns"),
    st(G2, GA, "DENIAL", "Ollie Wragg", BAND, "PARTY", "hat Berichte über eine bevorstehende Trennung der Gruppe zurückgewiesen", True, "2027-02-17T09:30:00+01:00", "The Gannet Lanterns"),
    st(G2, GA, "DENIAL", "Ollie Wragg", BAND, "PARTY", "„Wir machen weiter, das nächste Album ist schon halb fertig“, sagte er dem Musikmagazin „Klangwerk“.", True, "2027-02-17T09:30:00+01:00", "The Gannet Lanterns"),
    st(G2, GA, "NO_COMMENT", "Marla Trevannick", TREVANNICK, "PARTY", "Sängerin Marla Trevannick wollte sich dagegen auch auf Nachfrage nicht zu den Gerüchten äußern.", True, "2027-02-17T09:30:00+01:00", "Marla Trevannick"),
    st(G2, GA, "CLAIM", "Sunday Lark", LARK, "THIRD_PARTY", "Die britische Sonntagszeitung „Sunday Lark“ hatte berichtet, die Band werde sich nach ihrer Herbsttournee auflösen und Trevannick arbeite an einem Soloalbum.", True, "2027-02-14", "Sunday Lark"),
]

def transitions():
    rows = []
    def add(after, story, status):
        rows.append(dict(after=after, story=story, status=status))
    add([A1], TR, "UNCONFIRMED"); add([A1, A2], TR, "DENIED"); add([A2], TR, "DENIED")
    add([K1], KE, "UNCONFIRMED"); add([K1, K2], KE, "CLAIMED"); add([K2], KE, "CLAIMED")
    add([Q1], LE, "UNCONFIRMED"); add([Q1, Q2], LE, "UNCONFIRMED"); add([Q1, Q2, Q3], LE, "CLAIMED"); add([Q3], LE, "CLAIMED")
    add([Q2], JO, "UNCONFIRMED"); add([Q1, Q2], JO, "UNCONFIRMED"); add([Q1, Q2, Q3], JO, "CLAIMED"); add([Q3], JO, "CLAIMED")
    add([V1], HB, "DENIED"); add([V1, V2], HB, "DENIED"); add([V2], HB, "DENIED")
    add([G1], GA, "DENIED"); add([G1, G2], GA, "DENIED"); add([G2], GA, "DENIED")
    return rows

write(HERE, about="Third set of invented story scenarios written for storywire (11 articles, 8 German, 3 English; "
                  "every company, club, person, place, outlet and event made up), annotated by hand before any run. "
                  "Same format as scenarios-dev/gold.json. Written by make_gold.py.",
      articles=ARTICLES, stories=STORIES, statements=STATEMENTS, transitions=transitions())
