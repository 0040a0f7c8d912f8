"""Writes gold.json for the fifth set of invented scenarios (articles/), checking every evidence and boilerplate
string against its article. Run: python3 make_gold.py. Everything here (articles and gold) was written for
storywire by hand, before any run of the system on it; all names, places, outlets and events are invented."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from scenario_gold import write  # noqa: E402 (the sets' shared check and writer)

A1, A2, A3 = "a1_halvmark_asia_en.txt", "a2_halvmark_dementi.txt", "a3_halvmark_confirms_en.txt"
B1 = "b1_halvmark_crews.txt"
C1, C2 = "c1_tallyvine_leak_en.txt", "c2_tallyvine_bestaetigt.txt"
D1, D2 = "d1_buergerbund_anzeiger.txt", "d2_buergerbund_raeumt_ein.txt"
E1, E2 = "e1_carrow_bridge_courier_en.txt", "e2_carrow_bridge_council_en.txt"
F1, F2 = "f1_rotteck_sponsor.txt", "f2_rotteck_dementi.txt"

ARTICLES = [
    dict(file=A1, language="en", published="2027-04-05T09:20:00Z",
         published_hint="dateline 'April 5, 2027 9:20 AM GMT' in the text",
         boilerplate=["By Elspeth Marlowe", "Reporting by Elspeth Marlowe; Editing by Conor Bligh",
                      "(c) Carrick Wire 2027. All rights reserved."]),
    dict(file=A2, language="de", published="2027-04-06T17:45:00+02:00",
         boilerplate=["Von Hauke Timmermann", "06.04.2027, 17:45 Uhr",
                      "Containerbrücken am Kai der Reederei. Foto: Brenzhafener Nachrichten/Timmermann",
                      "Artikel teilen: Facebook | X | WhatsApp | E-Mail", "Mehr aus dem Hafen"]),
    dict(file=C1, language="en", published="2027-04-07T16:40:00+01:00",
         published_hint="dateline 'Published April 7, 2027 4:40 PM BST' in the text",
         boilerplate=["By Saoirse Blakemore, Technology Reporter", "Sign up to The Ledgerline's daily briefing",
                      "© The Ledgerline 2027"]),
    dict(file=B1, language="de", published="2027-04-08T13:10:00+02:00",
         boilerplate=["nbn kt/rs", "© Nachrichtenbüro Nord, nbn:270408-31-117204/1"]),
    dict(file=E1, language="en", published="2027-04-08", published_precision="day",
         published_hint="dateline 'Stellmouth, Thursday 8 April 2027' in the text, no time",
         boilerplate=["By Darragh Finchley, Local Democracy Reporter", "Share this article",
                      "Sign up to our daily newsletter", "© Stellmouth Courier 2027"]),
    dict(file=C2, language="de", published="2027-04-09T10:30:00+02:00",
         boilerplate=["nbn mh/kt", "© Nachrichtenbüro Nord, nbn:270409-31-118930/3"]),
    dict(file=F1, language="de", published="2027-04-09T20:15:00+02:00",
         boilerplate=["Von Benno Kühlwein", "Foto: imago/Sportfoto Kehl",
                      "Artikel teilen: Facebook | X | WhatsApp | E-Mail",
                      "Lesen Sie auch: Rotteck verliert Derby in Haldingen"]),
    dict(file=D1, language="de", published="2027-04-10T06:00:00+02:00",
         boilerplate=["Von Clara Wendehorst", "Merzenbach, Samstag, 10. April 2027", "Foto: Archiv", "Artikel teilen",
                      "Mehr zur Landtagswahl"]),
    dict(file=F2, language="de", published="2027-04-11T12:40:00+02:00",
         boilerplate=["nbn bk/ms", "© Nachrichtenbüro Nord, nbn:270411-31-119808/1"]),
    dict(file=D2, language="de", published="2027-04-12T15:20:00+02:00",
         boilerplate=["nbn rs/ca", "© Nachrichtenbüro Nord, nbn:270412-31-120547/2"]),
    dict(file=A3, language="en", published="2027-04-13T11:05:00+01:00",
         published_hint="dateline '13 April 2027 | 11:05 BST' in the text",
         boilerplate=["By Elspeth Marlowe and Rory Quennell", "Share on Facebook | Share on X | Email",
                      "Related: Which ports are winning the race for mega-ships?", "Most read"]),
    dict(file=E2, language="en", published="2027-04-14T18:05:00Z",
         published_hint="dateline 'April 14, 2027 6:05 PM GMT' in the text",
         boilerplate=["Reporting by Fintan Gale; Editing by Conor Bligh", "(c) Carrick Wire 2027. All rights reserved."]),
]

HA, HC, TL = "halvmark-asia-move", "halvmark-crew-outsourcing", "tallyvine-data-leak"
BS, CB, FS = "buergerbund-donation", "carrow-bridge-overspend", "fennick-rotteck-sponsorship"

STORIES = [
    dict(id=HA, title="Halvmark Line moves its Far East container service from Brenzhafen to Ostmünde",
         actors=["Halvmark Line"], final_status="CLAIMED",
         positions={"Carrick Wire": "CLAIM", "Halvmark Line": "CONFIRMATION"},
         note="Anonymous sources in an English wire, the carrier declines; the next day a local paper: the chief "
              "executive denies ('Die Reederei Halvmark', 'Vorstandschefin'); a week later an English article names it "
              "'HML' and 'the shipping line', a spokesman confirms, the port of Ostmünde (third party) confirms, and "
              "the chief's denial is recalled."),
    dict(id=HC, title="Halvmark Line plans to outsource 240 crew jobs on its feeder ships",
         actors=["Halvmark Line"], final_status="DENIED",
         positions={"Seeleute-Gewerkschaft Nord": "CLAIM", "Halvmark Line": "DENIAL"},
         note="A second claim about the same carrier in the same week, made by a union (third party) and denied by a "
              "spokeswoman; the English confirmation of the port move recalls the denial. Must not merge with the "
              "port move."),
    dict(id=TL, title="Customer data of the ticket platform Tallyvine were exposed on an unsecured server",
         actors=["Tallyvine"], final_status="CLAIMED",
         positions={"Owen Harlacher": "CLAIM", "Tallyvine": "CONFIRMATION"},
         note="A security researcher's claim (1.2 million records) in an English tech site, the company does not "
              "respond; two days later a German agency text: the company confirms 800,000 customers without saying "
              "the figure differs, its managing director speaks, the data protection commissioner (third party) "
              "confirms the notification."),
    dict(id=BS, title="Bürgerbund Ostmark received an undeclared 80,000 euro donation from Kessner Bau",
         actors=["Bürgerbund Ostmark", "Kessner Bau"], final_status="CLAIMED",
         positions={"Merzenbacher Anzeiger": "CLAIM", "Bürgerbund Ostmark": "CONFIRMATION",
                    "Kessner Bau": "NO_COMMENT"},
         note="A local paper's own research; the party's general secretary denies, the builder declines; two days "
              "later the party chairman confirms, the general secretary's denial is recalled, the parliament's "
              "administration (third party) confirms the notice."),
    dict(id=CB, title="The Carrow Bridge in Stellmouth runs far over its budget",
         actors=["Stellmouth City Council", "Baxley Civil"], final_status="CLAIMED",
         positions={"Stellmouth Courier": "CLAIM", "Stellmouth City Council": "CONFIRMATION",
                    "Baxley Civil": "NO_COMMENT"},
         note="A local paper's report from council papers (165 million pounds), the council and the contractor "
              "decline; a week later a wire: the council leader confirms 158 million ('the city's council leader', "
              "'the local authority'), not saying the figure differs."),
    dict(id=FS, title="Fennick Energie ends its shirt sponsorship of SV Rotteck 09",
         actors=["Fennick Energie", "SV Rotteck 09"], final_status="DENIED",
         positions={"Sportblatt": "CLAIM", "Fennick Energie": "DENIAL", "SV Rotteck 09": "DENIAL"},
         note="A sports paper's report from the sponsor's circles, the club ('Der Verein') declines and the sponsor "
              "cannot be reached; two days later an agency text: the sponsor's board member denies, the club "
              "('der Verein', its managing director) denies too."),
]

def st(article, story, stance, speaker, match, standing, evidence, core, time, position_of):
    return dict(article=article, story=story, stance=stance, speaker=speaker, speaker_match=match,
                standing=standing, evidence=evidence, core=core, time=time, position_of=position_of)

SOURCES = ["people familiar", "people", "sources", "Carrick Wire", "Carrick"]
HALVMARK = ["Halvmark Line", "Halvmark", "HML", "Reederei", "Unternehmen", "company", "carrier", "shipping line",
            "Sprecherin", "spokesman", "Jorinde Vasstrup", "Vasstrup", "Vorstandschefin", "chief executive"]
CARRICK = ["Carrick Wire", "Carrick", "Nachrichtenagentur", "Insider"]
SGN = ["Seeleute-Gewerkschaft Nord", "SGN", "Gewerkschaft", "Frerk Ahlborn", "Ahlborn", "union"]
OSTMUENDE = ["Port of Ostmünde", "Ostmünde", "port"]
HARLACHER = ["Owen Harlacher", "Harlacher", "researcher", "He", "he"]
TALLYVINE = ["Tallyvine", "Ticketportal", "Unternehmen", "company", "Malte Sörensen", "Sörensen", "Geschäftsführer"]
OLTROGGE = ["Bernd Oltrogge", "Oltrogge", "Landesbeauftragte", "Datenschutz"]
ANZEIGER = ["Merzenbacher Anzeiger", "Anzeiger", "Recherchen"]
BBO = ["Bürgerbund Ostmark", "Bürgerbund", "BBO", "Partei", "Tjark Hollenbeck", "Hollenbeck", "Generalsekretär",
       "Gerold Amsinck", "Amsinck", "Parteichef"]
KESSNER = ["Kessner Bau", "Kessner"]
COURIER = ["Stellmouth Courier", "Courier", "papers", "documents"]
COUNCIL = ["Stellmouth City Council", "council", "Council", "spokeswoman", "Maureen Tolland", "Tolland",
           "council leader", "local authority"]
BAXLEY = ["Baxley Civil", "Baxley", "contractor"]
SPORTBLATT = ["Sportblatt", "Umfeld", "Aufsichtsrat"]
FENNICK = ["Fennick Energie", "Fennick", "Lorenz Abeling", "Abeling", "Vorstand", "Energieversorger", "Sponsor"]
ROTTECK = ["SV Rotteck 09", "SV Rotteck", "Rotteck", "Verein", "Klub", "Heiko Rambusch", "Rambusch",
           "Geschäftsführer"]

STATEMENTS = [
    # a1: anonymous sources in an English wire; the carrier declines
    st(A1, HA, "CLAIM", None, [], "THIRD_PARTY", "Halvmark Line weighs moving Asia service away from Brenzhafen - sources", False, "2027-04-05T09:20:00Z", None),
    st(A1, HA, "CLAIM", "two people familiar with the plans", SOURCES, "THIRD_PARTY", "German container carrier Halvmark Line is considering moving its weekly Far East service from Brenzhafen to the rival port of Ostmünde from October, according to two people familiar with the plans.", True, "2027-04-05", "Carrick Wire"),
    st(A1, HA, "CLAIM", "one of the people", SOURCES, "THIRD_PARTY", "The move would take about 180,000 containers a year away from Brenzhafen, one of the people said", True, "2027-04-05", "Carrick Wire"),
    st(A1, HA, "NO_COMMENT", "Halvmark Line", HALVMARK, "PARTY", "Halvmark declined to comment.", True, "2027-04-05T09:20:00Z", "Halvmark Line"),
    st(A1, HA, "CLAIM", "Brenzhafen port operator", ["port operator", "spokesman", "Brenzhafen"], "THIRD_PARTY", "A spokesman for the Brenzhafen port operator said it had no knowledge of such plans.", False, "2027-04-05T09:20:00Z", None),
    # a2: the local paper: the chief executive denies
    st(A2, HA, "DENIAL", "Jorinde Vasstrup", HALVMARK, "PARTY", "Reederei-Chefin: „Wir bleiben in Brenzhafen“", False, "2027-04-06T17:45:00+02:00", "Halvmark Line"),
    st(A2, HA, "DENIAL", "Halvmark Line", HALVMARK, "PARTY", "Halvmark weist Bericht über Verlagerung des Asiendienstes zurück", False, "2027-04-06T17:45:00+02:00", "Halvmark Line"),
    st(A2, HA, "DENIAL", "Halvmark Line", HALVMARK, "PARTY", "Die Reederei Halvmark hat einen Bericht zurückgewiesen, wonach sie ihren Fernost-Dienst aus Brenzhafen abziehen will.", True, "2027-04-06", "Halvmark Line"),
    st(A2, HA, "DENIAL", "Jorinde Vasstrup", HALVMARK, "PARTY", "„Wir bleiben in Brenzhafen, daran ändert auch ein Gerücht nichts“, sagte Vorstandschefin Jorinde Vasstrup am Dienstag unserer Zeitung.", True, "2027-04-06", "Halvmark Line"),
    st(A2, HA, "DENIAL", "Jorinde Vasstrup", HALVMARK, "PARTY", "Es gebe weder einen Beschluss noch Verhandlungen mit einem anderen Hafen.", True, "2027-04-06", "Halvmark Line"),
    st(A2, HA, "CLAIM", "Carrick Wire", CARRICK, "THIRD_PARTY", "Die Nachrichtenagentur Carrick Wire hatte am Montag unter Berufung auf Insider berichtet, die Reederei prüfe einen Wechsel nach Ostmünde.", True, "2027-04-05", "Carrick Wire"),
    st(A2, None, "CLAIM", "Arnulf Degener", ["Arnulf Degener", "Degener", "Oberbürgermeister"], "THIRD_PARTY", "Oberbürgermeister Arnulf Degener sprach von einem „klaren Bekenntnis zum Standort“.", False, "2027-04-06", None),
    # b1: a union's second claim about the carrier in the same week, denied; the port-move denial recalled
    st(B1, HC, "CLAIM", "Seeleute-Gewerkschaft Nord", SGN, "THIRD_PARTY", "Gewerkschaft: Halvmark will Bordpersonal auslagern", False, "2027-04-08T13:10:00+02:00", "Seeleute-Gewerkschaft Nord"),
    st(B1, HC, "CLAIM", "Seeleute-Gewerkschaft Nord", SGN, "THIRD_PARTY", "Die Brenzhafener Reederei Halvmark Line will nach Darstellung der Seeleute-Gewerkschaft Nord (SGN) rund 240 Stellen auf ihren Zubringerschiffen an eine Crewing-Agentur im Ausland abgeben.", True, "2027-04-08", "Seeleute-Gewerkschaft Nord"),
    st(B1, HC, "CLAIM", "Frerk Ahlborn", SGN, "THIRD_PARTY", "Das gehe aus einem internen Schreiben an die Kapitäne hervor, sagte SGN-Sprecher Frerk Ahlborn am Donnerstag.", True, "2027-04-08", "Seeleute-Gewerkschaft Nord"),
    st(B1, HC, "CLAIM", "Frerk Ahlborn", SGN, "THIRD_PARTY", "Die Beschäftigten sollten bis zum Sommer neue Verträge erhalten.", False, "2027-04-08", "Seeleute-Gewerkschaft Nord"),
    st(B1, HC, "DENIAL", "Halvmark Line", HALVMARK, "PARTY", "Das Unternehmen widersprach.", True, "2027-04-08T13:10:00+02:00", "Halvmark Line"),
    st(B1, HC, "DENIAL", "Halvmark Line", HALVMARK, "PARTY", "„Eine Auslagerung unserer Besatzungen ist nicht geplant“, sagte eine Sprecherin der Reederei.", True, "2027-04-08T13:10:00+02:00", "Halvmark Line"),
    st(B1, HC, "DENIAL", "Halvmark Line", HALVMARK, "PARTY", "Das Schreiben betreffe lediglich neue Dienstpläne.", False, "2027-04-08T13:10:00+02:00", "Halvmark Line"),
    st(B1, HA, "DENIAL", "Jorinde Vasstrup", HALVMARK, "PARTY", "Bereits am Dienstag hatte Vorstandschefin Jorinde Vasstrup Berichte über eine Verlagerung des Asiendienstes nach Ostmünde zurückgewiesen.", True, "2027-04-06", "Halvmark Line"),
    # a3: a week later the carrier (as 'HML', 'the shipping line') confirms; a third party confirms; both denials recalled
    st(A3, HA, "CONFIRMATION", "Halvmark Line", HALVMARK, "PARTY", "Halvmark confirms Asia route will leave Brenzhafen", False, "2027-04-13T11:05:00+01:00", "Halvmark Line"),
    st(A3, HA, "CONFIRMATION", "Halvmark Line", HALVMARK, "PARTY", "HML, the container line based in Brenzhafen, will move its Far East service to Ostmünde from October, a company spokesman confirmed on Tuesday", True, "2027-04-13", "Halvmark Line"),
    st(A3, HA, "CLAIM", "Halvmark Line", HALVMARK, "PARTY", "The shipping line said the new terminal in Ostmünde could handle its larger ships", True, "2027-04-13", "Halvmark Line"),
    st(A3, HA, "CONFIRMATION", "Port of Ostmünde", OSTMUENDE, "THIRD_PARTY", "The Port of Ostmünde confirmed it had signed a ten-year agreement with the carrier.", True, "2027-04-13", "Port of Ostmünde"),
    st(A3, HA, "DENIAL", "Jorinde Vasstrup", HALVMARK, "PARTY", "Halvmark chief executive Jorinde Vasstrup had denied the plans last week, telling a local newspaper that the company would stay in Brenzhafen.", True, "2027-04-06", "Halvmark Line"),
    st(A3, HC, "DENIAL", "Halvmark Line", HALVMARK, "PARTY", "The company has also rejected union claims that it plans to outsource crew jobs on its feeder ships.", True, "2027-04-08", "Halvmark Line"),
    # c1: a researcher's claim in an English tech site; the platform does not respond
    st(C1, TL, "CLAIM", None, [], "THIRD_PARTY", "Ticket platform Tallyvine exposed 1.2 million customer records, researcher says", False, "2027-04-07T16:40:00+01:00", "Owen Harlacher"),
    st(C1, TL, "CLAIM", "Owen Harlacher", HARLACHER, "THIRD_PARTY", "Personal data of about 1.2 million customers of the concert ticket platform Tallyvine were left open on an unsecured server for at least three weeks, according to security researcher Owen Harlacher.", True, "2027-04-07", "Owen Harlacher"),
    st(C1, TL, "CLAIM", "Owen Harlacher", HARLACHER, "THIRD_PARTY", "Harlacher said the database held names, email addresses, phone numbers and the last four digits of payment cards.", True, "2027-04-07", "Owen Harlacher"),
    st(C1, TL, "CLAIM", "Owen Harlacher", HARLACHER, "THIRD_PARTY", "He found it during a routine scan and alerted the company on March 30, he said, but received no reply.", False, "2027-04-07", "Owen Harlacher"),
    st(C1, TL, "NO_COMMENT", "Tallyvine", TALLYVINE, "PARTY", "did not respond to several requests for comment", True, "2027-04-07T16:40:00+01:00", "Tallyvine"),
    # c2: a German agency text: the platform confirms another figure; the data protection commissioner confirms the notice
    st(C2, TL, "CONFIRMATION", "Tallyvine", TALLYVINE, "PARTY", "Ticketportal Tallyvine bestätigt Datenleck", False, "2027-04-09T10:30:00+02:00", "Tallyvine"),
    st(C2, TL, "CONFIRMATION", "Tallyvine", TALLYVINE, "PARTY", "Das Hallerstedter Ticketportal Tallyvine hat eine Datenpanne eingeräumt.", True, "2027-04-09", "Tallyvine"),
    st(C2, TL, "CONFIRMATION", "Tallyvine", TALLYVINE, "PARTY", "Betroffen seien die Daten von rund 800.000 Kundinnen und Kunden, bestätigte das Unternehmen am Freitag.", True, "2027-04-09", "Tallyvine"),
    st(C2, TL, "CLAIM", "Tallyvine", TALLYVINE, "PARTY", "Zahlungsdaten seien nicht vollständig gespeichert gewesen, ein Missbrauch sei bisher nicht bekannt.", False, "2027-04-09", "Tallyvine"),
    st(C2, TL, "CLAIM", "Malte Sörensen", TALLYVINE, "PARTY", "„Wir bedauern den Vorfall und haben den Server sofort abgeschaltet“, sagte Geschäftsführer Malte Sörensen.", True, "2027-04-09T10:30:00+02:00", "Tallyvine"),
    st(C2, TL, "CLAIM", "Malte Sörensen", TALLYVINE, "PARTY", "Die Kunden würden in den nächsten Tagen per E-Mail informiert.", False, "2027-04-09T10:30:00+02:00", "Tallyvine"),
    st(C2, TL, "CONFIRMATION", "Bernd Oltrogge", OLTROGGE, "THIRD_PARTY", "Der Landesbeauftragte für Datenschutz, Bernd Oltrogge, bestätigte, dass Tallyvine die Panne am Donnerstag gemeldet habe.", True, "2027-04-09", "Bernd Oltrogge"),
    st(C2, TL, "CLAIM", "Bernd Oltrogge", OLTROGGE, "THIRD_PARTY", "Seine Behörde prüfe nun ein Bußgeld.", False, "2027-04-09", None),
    st(C2, None, "CLAIM", "Verbraucherschützer", ["Verbraucherschützer"], "THIRD_PARTY", "Verbraucherschützer rieten Kunden, ihre Passwörter zu ändern.", False, "2027-04-09", None),
    # d1: a local paper's own research; the party denies, the builder declines
    st(D1, BS, "CLAIM", None, [], "THIRD_PARTY", "Bauunternehmer spendete Bürgerbund 80.000 Euro", False, "2027-04-10T06:00:00+02:00", "Merzenbacher Anzeiger"),
    st(D1, BS, "DENIAL", "Bürgerbund Ostmark", BBO, "PARTY", "Partei bestreitet Zuwendung", False, "2027-04-10T06:00:00+02:00", "Bürgerbund Ostmark"),
    st(D1, BS, "CLAIM", None, [], "THIRD_PARTY", "Der Bürgerbund Ostmark (BBO) hat wenige Wochen vor der Landtagswahl eine Spende von 80.000 Euro von einem Bauunternehmer erhalten, ohne sie zu veröffentlichen.", False, "2027-04-10", "Merzenbacher Anzeiger"),
    st(D1, BS, "CLAIM", "Merzenbacher Anzeiger", ANZEIGER, "THIRD_PARTY", "Nach Recherchen des Merzenbacher Anzeigers stammt das Geld von der Kessner Bau GmbH", True, "2027-04-10", "Merzenbacher Anzeiger"),
    st(D1, BS, "CLAIM", None, [], "THIRD_PARTY", "Die Zahlung sei im Februar in zwei Raten auf ein Konto des Landesverbands gegangen.", False, "2027-04-10", "Merzenbacher Anzeiger"),
    st(D1, BS, "DENIAL", "Bürgerbund Ostmark", BBO, "PARTY", "Die Partei weist das zurück.", True, "2027-04-10T06:00:00+02:00", "Bürgerbund Ostmark"),
    st(D1, BS, "DENIAL", "Tjark Hollenbeck", BBO, "PARTY", "„Eine solche Spende hat es nicht gegeben“, sagte BBO-Generalsekretär Tjark Hollenbeck.", True, "2027-04-10T06:00:00+02:00", "Bürgerbund Ostmark"),
    st(D1, BS, "NO_COMMENT", "Kessner Bau", KESSNER, "PARTY", "Kessner Bau wollte sich auf Anfrage nicht äußern.", True, "2027-04-10T06:00:00+02:00", "Kessner Bau"),
    # d2: an agency text: the party chairman confirms; the denial recalled; a third party confirms the notice
    st(D2, BS, "CONFIRMATION", "Bürgerbund Ostmark", BBO, "PARTY", "Bürgerbund räumt Spende von Baufirma ein", False, "2027-04-12T15:20:00+02:00", "Bürgerbund Ostmark"),
    st(D2, BS, "CONFIRMATION", "Bürgerbund Ostmark", BBO, "PARTY", "Zwei Tage nach einem Dementi ihres Generalsekretärs hat die Partei Bürgerbund Ostmark eine Großspende eingeräumt.", True, "2027-04-12", "Bürgerbund Ostmark"),
    st(D2, BS, "CONFIRMATION", "Gerold Amsinck", BBO, "PARTY", "Parteichef Gerold Amsinck bestätigte am Montag, dass der Landesverband im Februar 80.000 Euro von der Kessner Bau GmbH erhalten habe.", True, "2027-04-12", "Bürgerbund Ostmark"),
    st(D2, BS, "CLAIM", "Gerold Amsinck", BBO, "PARTY", "Die Spende sei versehentlich nicht gemeldet worden, das werde nun nachgeholt.", False, "2027-04-12", "Bürgerbund Ostmark"),
    st(D2, BS, "CLAIM", "Merzenbacher Anzeiger", ANZEIGER, "THIRD_PARTY", "Der Merzenbacher Anzeiger hatte am Samstag über die Zahlung berichtet.", True, "2027-04-10", "Merzenbacher Anzeiger"),
    st(D2, BS, "DENIAL", "Tjark Hollenbeck", BBO, "PARTY", "Generalsekretär Tjark Hollenbeck hatte den Bericht zunächst als falsch zurückgewiesen.", True, "2027-04-10", "Bürgerbund Ostmark"),
    st(D2, BS, "CONFIRMATION", "Landtagsverwaltung", ["Landtagsverwaltung"], "THIRD_PARTY", "Die Landtagsverwaltung bestätigte den Eingang einer entsprechenden Anzeige.", False, "2027-04-12", None),
    st(D2, None, "CLAIM", "Opposition", ["Opposition"], "THIRD_PARTY", "Die Opposition forderte Hollenbecks Rücktritt.", False, "2027-04-12", None),
    # e1: a local paper's report from council papers; the council and the contractor decline
    st(E1, CB, "CLAIM", None, [], "THIRD_PARTY", "Carrow Bridge bill soars to £165m, council papers show", False, "2027-04-08", "Stellmouth Courier"),
    st(E1, CB, "CLAIM", "Stellmouth Courier", COURIER, "THIRD_PARTY", "The new Carrow Bridge over the river Tane will cost Stellmouth about £165m, far more than the £120m budget agreed in 2024, according to council papers seen by the Courier.", True, "2027-04-08", "Stellmouth Courier"),
    st(E1, CB, "CLAIM", "Stellmouth Courier", COURIER, "THIRD_PARTY", "The documents blame delays in steel deliveries and a redesign of the southern ramp.", False, "2027-04-08", "Stellmouth Courier"),
    st(E1, CB, "CLAIM", "Stellmouth Courier", COURIER, "THIRD_PARTY", "They say the opening will slip from next spring to the end of 2028.", False, "2027-04-08", "Stellmouth Courier"),
    st(E1, CB, "NO_COMMENT", "Stellmouth City Council", COUNCIL, "PARTY", "A spokeswoman for Stellmouth City Council said it would not comment on leaked documents.", True, "2027-04-08", "Stellmouth City Council"),
    st(E1, CB, "NO_COMMENT", "Baxley Civil", BAXLEY, "PARTY", "Baxley Civil, the main contractor, declined to comment.", True, "2027-04-08", "Baxley Civil"),
    # e2: a wire a week later: the council leader confirms another figure
    st(E2, CB, "CONFIRMATION", "Stellmouth City Council", COUNCIL, "PARTY", "Council admits Carrow Bridge overspend", False, "2027-04-14T18:05:00Z", "Stellmouth City Council"),
    st(E2, CB, "CONFIRMATION", "Maureen Tolland", COUNCIL, "PARTY", "Stellmouth's flagship river crossing is now expected to cost £158m, the city's council leader confirmed on Wednesday", True, "2027-04-14", "Stellmouth City Council"),
    st(E2, CB, "CONFIRMATION", "Maureen Tolland", COUNCIL, "PARTY", "\"I won't pretend this is good news. The bridge will cost more and it will open later than we promised,\" council leader Maureen Tolland told a cabinet meeting.", True, "2027-04-14", "Stellmouth City Council"),
    st(E2, CB, "NO_COMMENT", "Stellmouth City Council", COUNCIL, "PARTY", "The local authority had earlier refused to comment on the figures.", False, "2027-04-08", "Stellmouth City Council"),
    st(E2, CB, "CLAIM", "Maureen Tolland", COUNCIL, "PARTY", "Tolland said the council would ask the government for extra funding.", False, "2027-04-14", "Stellmouth City Council"),
    st(E2, None, "CLAIM", "Opposition councillors", ["Opposition councillors", "councillors"], "THIRD_PARTY", "Opposition councillors called for an independent review.", False, "2027-04-14", None),
    # f1: a sports paper's report from the sponsor's circles; the club declines, the sponsor cannot be reached
    st(F1, FS, "CLAIM", "Sportblatt", SPORTBLATT, "THIRD_PARTY", "Der Energieversorger Fennick Energie will sein Engagement als Trikotsponsor des Fußball-Zweitligisten SV Rotteck 09 nach Informationen des Sportblatts zum Saisonende beenden.", True, "2027-04-09", "Sportblatt"),
    st(F1, FS, "CLAIM", None, [], "THIRD_PARTY", "Das Unternehmen sei mit der sportlichen Entwicklung unzufrieden, heißt es aus dem Umfeld des Aufsichtsrats.", True, "2027-04-09", "Sportblatt"),
    st(F1, FS, "NO_COMMENT", "SV Rotteck 09", ROTTECK, "PARTY", "Der Verein wollte sich am Freitag nicht äußern.", True, "2027-04-09", "SV Rotteck 09"),
    st(F1, FS, "NO_COMMENT", "Fennick Energie", FENNICK, "PARTY", "Auch bei Fennick war niemand für eine Stellungnahme zu erreichen.", False, "2027-04-09", "Fennick Energie"),
    # f2: an agency text: the sponsor and the club deny
    st(F2, FS, "DENIAL", "Fennick Energie", FENNICK, "PARTY", "Der Energieversorger Fennick Energie hat Berichte über ein Ende seines Sponsorings beim SV Rotteck 09 dementiert.", True, "2027-04-11", "Fennick Energie"),
    st(F2, FS, "DENIAL", "Lorenz Abeling", FENNICK, "PARTY", "„Wir stehen zu dem Klub, in guten wie in schlechten Zeiten“, sagte Fennick-Vorstand Lorenz Abeling am Sonntag.", True, "2027-04-11", "Fennick Energie"),
    st(F2, FS, "DENIAL", "Lorenz Abeling", FENNICK, "PARTY", "Der Vertrag laufe bis 2029 und werde erfüllt.", False, "2027-04-11", "Fennick Energie"),
    st(F2, FS, "DENIAL", "SV Rotteck 09", ROTTECK, "PARTY", "Auch der Verein widersprach.", True, "2027-04-11", "SV Rotteck 09"),
    st(F2, FS, "DENIAL", "Heiko Rambusch", ROTTECK, "PARTY", "Es gebe keine Kündigung und keine entsprechenden Gespräche, sagte Geschäftsführer Heiko Rambusch.", True, "2027-04-11", "SV Rotteck 09"),
    st(F2, FS, "CLAIM", "Sportblatt", SPORTBLATT, "THIRD_PARTY", "Das Sportblatt hatte am Freitag berichtet, der Sponsor wolle zum Saisonende aussteigen.", True, "2027-04-09", "Sportblatt"),
]

def transitions():
    rows = []
    def add(after, story, status):
        rows.append(dict(after=after, story=story, status=status))
    add([A1], HA, "UNCONFIRMED"); add([A1, A2], HA, "DENIED"); add([A2], HA, "DENIED")
    add([A1, A2, B1], HA, "DENIED"); add([A1, A2, B1, A3], HA, "CLAIMED"); add([A3], HA, "CLAIMED")
    add([B1], HC, "DENIED"); add([A1, A2, B1, A3], HC, "DENIED"); add([A3], HC, "DENIED")
    add([C1], TL, "UNCONFIRMED"); add([C1, C2], TL, "CLAIMED"); add([C2], TL, "CLAIMED")
    add([D1], BS, "DENIED"); add([D1, D2], BS, "CLAIMED"); add([D2], BS, "CLAIMED")
    add([E1], CB, "UNCONFIRMED"); add([E1, E2], CB, "CLAIMED"); add([E2], CB, "CLAIMED")
    add([F1], FS, "UNCONFIRMED"); add([F1, F2], FS, "DENIED"); add([F2], FS, "DENIED")
    return rows

write(HERE, about="Fifth set of invented story scenarios written for storywire (12 articles, 7 German, 5 English; "
                  "every shipping line, port, union, ticket platform, party, builder, council, contractor, club, "
                  "sponsor, person, place, outlet and event made up), annotated by hand before any run. Same format as "
                  "scenarios-dev/gold.json. Written by make_gold.py.",
      articles=ARTICLES, stories=STORIES, statements=STATEMENTS, transitions=transitions())
