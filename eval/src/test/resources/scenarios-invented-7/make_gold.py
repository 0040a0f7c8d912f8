"""Writes gold.json for the seventh set of invented scenarios (articles/), checking every evidence and boilerplate
string against its article. Run: python3 make_gold.py. Everything here (articles and gold) was written for
storywire by hand, before any run of the system on it; all names, places, outlets and events are invented."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from scenario_gold import write  # noqa: E402 (the sets' shared check and writer)

A1, A2, A3 = "a1_tollund_doping_en.txt", "a2_tollund_dementi.txt", "a3_dks_bestaetigt.txt"
B1, B2 = "b1_harkoetter_anklage.txt", "b2_harkoetter_urteil.txt"
C1, C2 = "c1_brixwell_breach_en.txt", "c2_brixwell_eingestaendnis.txt"
D1, D2 = "d1_bramhurst_votes_en.txt", "d2_bramhurst_review_en.txt"
E1, E2, E3 = "e1_kestwick_talks_en.txt", "e2_voorland_gespraeche.txt", "e3_kestwick_deal_en.txt"

WIRE = ["Reporting by Priya Castellane; Editing by Hollis Drummond", "(c) Corran Wire 2027"]
ARTICLES = [
    dict(file=A1, language="en", published="2027-06-07T09:20:00Z",
         published_hint="dateline 'June 7, 2027 9:20 AM GMT' in the text",
         boilerplate=["By Priya Castellane"] + WIRE),
    dict(file=E1, language="en", published="2027-06-07T14:05:00Z",
         published_hint="dateline 'June 7, 2027 2:05 PM GMT' in the text",
         boilerplate=["By Henrik Aalders", "Reporting by Henrik Aalders; Editing by Hollis Drummond",
                      "(c) Corran Wire 2027"]),
    dict(file=B1, language="de", published="2027-06-08T06:30:00+02:00",
         boilerplate=["Von Dörte Piepenbrink", "Foto: Wiesenfurter Anzeiger/Archiv", "Artikel teilen",
                      "Mehr aus Wiesenfurt"]),
    dict(file=A2, language="de", published="2027-06-08T17:45:00+02:00",
         boilerplate=["Von Lennart Kösterke", "08.06.2027, 17:45 Uhr", "Foto: Haldenburger Rundschau/Kösterke",
                      "Artikel teilen: Facebook | X | WhatsApp | E-Mail", "Mehr aus dem Sport"]),
    dict(file=C1, language="en", published="2027-06-09T11:00:00+01:00",
         published_hint="dateline '9 June 2027 | 11:00 BST' in the text",
         boilerplate=["By Owain Petheridge", "Share on LinkedIn | Share on X | Email", "© Packetline 2027"]),
    dict(file=D1, language="en", published="2027-06-09", published_precision="day",
         published_hint="dateline 'Bramhurst, Wednesday 9 June 2027' in the text, no time",
         boilerplate=["By Callum Ferrars", "Share this article", "© Bramhurst Gazette 2027"]),
    dict(file=E2, language="de", published="2027-06-10T10:15:00+02:00",
         boilerplate=["Von Ansgar Terbrüggen", "Artikel teilen", "Mehr aus Unternehmen"]),
    dict(file=A3, language="de", published="2027-06-11T13:40:00+02:00",
         boilerplate=["npa sp/kl", "© Nordpresse Agentur, npa-270611-31-40877/1"]),
    dict(file=D2, language="en", published="2027-06-15T09:30:00+01:00",
         published_hint="dateline '15 June 2027 | 09:30 BST' in the text",
         boilerplate=["Share this article", "© Wessmoor News 2027"]),
    dict(file=C2, language="de", published="2027-06-16T15:20:00+02:00",
         boilerplate=["Von Hanno Rietdorf", "16.06.2027, 15:20 Uhr", "Artikel teilen: Facebook | X | WhatsApp | E-Mail",
                      "Mehr aus der Wirtschaft"]),
    dict(file=E3, language="en", published="2027-06-21T07:00:00Z",
         published_hint="dateline 'June 21, 2027 7:00 AM GMT' in the text",
         boilerplate=["By Henrik Aalders", "Reporting by Henrik Aalders; Editing by Hollis Drummond",
                      "(c) Corran Wire 2027"]),
    dict(file=B2, language="de", published="2027-06-24T16:10:00+02:00",
         boilerplate=["npa kl/sp", "© Nordpresse Agentur, npa-270624-31-52210/1"]),
]

TD, HF, BB = "tollund-doping", "harkoetter-tachographs", "brixwell-data-breach"
BV, KV = "bramhurst-postal-votes", "kestwick-voorland-takeover"

STORIES = [
    dict(id=TD, title="Runner Mareike Tollund tested positive for EPO in an out-of-competition test",
         actors=["Mareike Tollund"], final_status="DENIED",
         positions={"Corran Wire": "CLAIM", "Mareike Tollund": "DENIAL",
                    "Deutsche Kontrollstelle für sauberen Sport": "CONFIRMATION"},
         note="An English wire's anonymous sources, her agent declines ('Her agent', no name), the testing body (named "
              "'German Clean Sport Office' in English) does not comment; the next day a local paper: the runner denies, "
              "her club (named after the paper's town) backs her; three days later an agency text: the testing body "
              "(defined once as 'DKS' in the local paper, bare 'DKS' and 'Kontrollstelle' in the agency text) confirms "
              "(third party), her lawyer ('Tollunds Anwalt', 'Meine Mandantin') denies again: DENIED throughout. The "
              "drug (EPO) is named in every article."),
    dict(id=HF, title="Haulier Spedition Harkötter manipulated the driving-time records of its drivers",
         actors=["Spedition Harkötter"], final_status="CLAIMED",
         positions={"Staatsanwaltschaft Wiesenfurt": "CLAIM", "Spedition Harkötter": "CONFIRMATION",
                    "Amtsgericht Wiesenfurt": "CONFIRMATION"},
         note="A local paper: the prosecutors claim (40 drivers), a spokeswoman of the company declines, its managing "
              "director (who bears the company's name) cannot be reached, the court's spokesman declines; two weeks later "
              "an agency text: the court's verdict confirms 37 cases (third party), the managing director admits, the "
              "earlier silence is recalled. Prosecutors and court share the town word."),
    dict(id=BB, title="Hackers stole customer data from energy supplier Brixwell",
         actors=["Brixwell"], final_status="CLAIMED",
         positions={"Grey Lantern": "CLAIM", "Brixwell": "CONFIRMATION",
                    "Landesbeauftragte für Datenschutz": "CONFIRMATION"},
         note="An English tech site: a hacking group claims (more than two million customers), a researcher relays, the "
              "company and a spokesman deny; a week later a German paper: the company admits (1.6 million), its chief "
              "executive regrets, the denial and the group's claim are recalled, the data protection commissioner "
              "confirms (third party)."),
    dict(id=BV, title="About 1,200 postal votes in the Bramhurst mayoral election were never counted",
         actors=["Bramhurst Town Council", "Desmond Hartley"], final_status="DENIED",
         positions={"Colette Ambrose": "CLAIM", "Bramhurst Town Council": "DENIAL", "Desmond Hartley": "NO_COMMENT",
                    "Electoral Standards Panel": "DENIAL"},
         note="A local paper: the defeated candidate claims (1,200), the council's returning officer denies (212 "
              "rejected ballots), the winner's campaign declines; a week later a regional site: the council denies "
              "through a review, the review panel's chair denies (third party), the candidate lowers her figure to 600."),
    dict(id=KV, title="Kestwick Chemie buys the Dutch coatings maker Voorland",
         actors=["Kestwick Chemie", "Voorland"], final_status="CLAIMED",
         positions={"Corran Wire": "CLAIM", "Kestwick Chemie": "CONFIRMATION", "Voorland": "CONFIRMATION"},
         note="An English wire: people familiar with the matter (about 1.5 billion euros), both companies decline; "
              "three days later a German paper: the buyer's chief executive confirms talks ('Kestwick Chemie AG (KCA)' "
              "defined only here), the seller still silent; two weeks later the wire: 'KCA' bare and the seller announce "
              "the deal at 1.35 billion euros."),
]

def st(article, story, stance, speaker, match, standing, evidence, core, time, position_of):
    return dict(article=article, story=story, stance=stance, speaker=speaker, speaker_match=match,
                standing=standing, evidence=evidence, core=core, time=time, position_of=position_of)

SOURCES = ["people familiar", "people", "sources", "Corran Wire", "Corran", "Insider", "Personen"]
CORRAN = ["Corran Wire", "Corran", "Nachrichtenagentur"]
TOLLUND = ["Mareike Tollund", "Tollund", "agent", "Mittelstreckenläuferin", "Läuferin", "27-Jährige", "Athletin",
           "Europameisterin", "Friedemann Quast", "Quast", "Anwalt", "sie", "Sie"]
DKS = ["Deutsche Kontrollstelle für sauberen Sport", "Kontrollstelle", "DKS", "German Clean Sport Office",
       "Clean Sport Office", "Office"]
LG = ["LG Haldenburg", "Verein", "Torsten Wehling", "Wehling", "Vereinschef"]
STAATSANWALT = ["Staatsanwaltschaft Wiesenfurt", "Staatsanwaltschaft", "Ingrid Fasshauer", "Fasshauer",
                "Oberstaatsanwältin"]
HARKOETTER = ["Spedition Harkötter", "Harkötter", "Spedition", "Unternehmen", "Sprecherin", "Ulf Harkötter",
              "Geschäftsführer", "Jochen Ballauf", "Ballauf", "Verteidiger", "er"]
GERICHT = ["Amtsgericht Wiesenfurt", "Amtsgericht", "Gericht", "Sprecher"]
GREY = ["Grey Lantern", "group", "hacking group", "Hackers", "Hackergruppe"]
OKONKWO = ["Talia Okonkwo", "Okonkwo", "researcher"]
BRIXWELL = ["Brixwell", "company", "spokesman", "he", "Energieversorger", "Unternehmen", "Konzern", "Birte Lohmöller",
            "Lohmöller", "Vorstandschefin"]
DATENSCHUTZ = ["Landesbeauftragte für Datenschutz", "Landesbeauftragte", "Sabine Trautvetter", "Trautvetter"]
AMBROSE = ["Colette Ambrose", "Ambrose", "candidate", "independent candidate", "Defeated candidate"]
COUNCIL = ["Bramhurst Town Council", "Town Council", "council", "Neil Fairbairn", "Fairbairn", "returning officer",
           "he", "He"]
PANEL = ["Electoral Standards Panel", "Panel", "panel", "review", "Rosalind Achebe", "Achebe", "chair", "she"]
KESTWICK = ["Kestwick Chemie", "Kestwick", "KCA", "Spezialchemiekonzern", "Annelie Sturmfels", "Sturmfels",
            "Vorstandschefin", "chief executive", "sie", "two companies", "companies"]
VOORLAND = ["Voorland", "spokeswoman", "company", "Lackhersteller", "Pieter Duinhoven", "Duinhoven", "chairman",
            "two companies", "companies"]

STATEMENTS = [
    # a1: an English wire's anonymous sources; her agent declines, the testing body does not comment
    st(A1, TD, "CLAIM", None, [], "THIRD_PARTY", "German runner Tollund failed out-of-competition drug test - sources", False, "2027-06-07T09:20:00Z", "Corran Wire"),
    st(A1, TD, "CLAIM", "two people familiar with the case", SOURCES, "THIRD_PARTY", "German 1,500 metres champion Mareike Tollund tested positive for the banned blood booster EPO in an out-of-competition test in May, according to two people familiar with the case.", True, "2027-06-07", "Corran Wire"),
    st(A1, TD, "CLAIM", "one of the people", SOURCES, "THIRD_PARTY", "The sample was taken at a training camp in Portugal on May 12, one of the people said.", True, "2027-06-07", "Corran Wire"),
    st(A1, TD, "NO_COMMENT", "Mareike Tollund", TOLLUND, "PARTY", "Her agent declined to comment.", True, "2027-06-07T09:20:00Z", "Mareike Tollund"),
    st(A1, TD, "NO_COMMENT", "Deutsche Kontrollstelle für sauberen Sport", DKS, "THIRD_PARTY", "The German Clean Sport Office, which runs the country's testing programme, said it did not comment on individual cases.", True, "2027-06-07T09:20:00Z", "Deutsche Kontrollstelle für sauberen Sport"),
    # a2: a local paper the next day: the runner denies, her club backs her
    st(A2, TD, "DENIAL", "Mareike Tollund", TOLLUND, "PARTY", "„Ich habe nie gedopt“", False, "2027-06-08T17:45:00+02:00", "Mareike Tollund"),
    st(A2, TD, "DENIAL", "Mareike Tollund", TOLLUND, "PARTY", "Mareike Tollund weist Dopingbericht zurück", False, "2027-06-08T17:45:00+02:00", "Mareike Tollund"),
    st(A2, TD, "DENIAL", "Mareike Tollund", TOLLUND, "PARTY", "Die Mittelstreckenläuferin Mareike Tollund hat einen Bericht über eine positive Dopingprobe zurückgewiesen.", True, "2027-06-08", "Mareike Tollund"),
    st(A2, TD, "DENIAL", "Mareike Tollund", TOLLUND, "PARTY", "„Ich habe nie verbotene Mittel genommen und werde das auch nie tun“, sagte die 27-Jährige am Dienstag in Haldenburg.", True, "2027-06-08", "Mareike Tollund"),
    st(A2, TD, "DENIAL", "Mareike Tollund", TOLLUND, "PARTY", "Sie habe von keinem positiven Befund Kenntnis.", False, "2027-06-08", "Mareike Tollund"),
    st(A2, TD, "CLAIM", "Corran Wire", CORRAN, "THIRD_PARTY", "Die britische Nachrichtenagentur Corran Wire hatte am Montag unter Berufung auf zwei mit dem Fall vertraute Personen berichtet, in einer Trainingsprobe der Europameisterin sei das Blutdopingmittel EPO nachgewiesen worden.", True, "2027-06-07", "Corran Wire"),
    st(A2, TD, "DENIAL", "LG Haldenburg", LG, "THIRD_PARTY", "„Wir haben keinen Grund, an Mareike zu zweifeln“, sagte Vereinschef Torsten Wehling.", False, "2027-06-08", None),
    st(A2, TD, "NO_COMMENT", "Deutsche Kontrollstelle für sauberen Sport", DKS, "THIRD_PARTY", "Die Deutsche Kontrollstelle für sauberen Sport (DKS) äußerte sich nicht.", True, "2027-06-08", "Deutsche Kontrollstelle für sauberen Sport"),
    # a3: an agency text: the testing body confirms (third party), her lawyer denies again, her denial recalled
    st(A3, TD, "CONFIRMATION", "Deutsche Kontrollstelle für sauberen Sport", DKS, "THIRD_PARTY", "Kontrollstelle bestätigt positive Probe von Tollund", False, "2027-06-11T13:40:00+02:00", "Deutsche Kontrollstelle für sauberen Sport"),
    st(A3, TD, "CONFIRMATION", "Deutsche Kontrollstelle für sauberen Sport", DKS, "THIRD_PARTY", "Die Deutsche Kontrollstelle für sauberen Sport hat einen positiven Dopingbefund bei der Mittelstreckenläuferin Mareike Tollund bestätigt.", True, "2027-06-11", "Deutsche Kontrollstelle für sauberen Sport"),
    st(A3, TD, "CLAIM", "Deutsche Kontrollstelle für sauberen Sport", DKS, "THIRD_PARTY", "In einer Trainingsprobe vom 12. Mai sei EPO nachgewiesen worden, teilte die DKS am Freitag mit.", True, "2027-06-11", "Deutsche Kontrollstelle für sauberen Sport"),
    st(A3, TD, "CLAIM", "Deutsche Kontrollstelle für sauberen Sport", DKS, "THIRD_PARTY", "Die Europameisterin sei bis zur Klärung des Falls vorläufig gesperrt.", False, "2027-06-11", "Deutsche Kontrollstelle für sauberen Sport"),
    st(A3, None, "CLAIM", "Friedemann Quast", TOLLUND, "PARTY", "Tollunds Anwalt Friedemann Quast kündigte an, die Öffnung der B-Probe zu beantragen.", False, "2027-06-11", None),
    st(A3, TD, "DENIAL", "Friedemann Quast", TOLLUND, "PARTY", "„Meine Mandantin hat nichts Verbotenes genommen“, sagte Quast.", True, "2027-06-11", "Mareike Tollund"),
    st(A3, TD, "DENIAL", "Friedemann Quast", TOLLUND, "PARTY", "Die Probe müsse auf dem Transport verunreinigt worden sein.", False, "2027-06-11", "Mareike Tollund"),
    st(A3, TD, "DENIAL", "Mareike Tollund", TOLLUND, "PARTY", "Tollund hatte einen Bericht der Nachrichtenagentur Corran Wire über den Befund am Dienstag zurückgewiesen.", True, "2027-06-08", "Mareike Tollund"),
    # b1: a local paper: the prosecutors claim, the haulier and the court decline
    st(B1, HF, "CLAIM", None, [], "THIRD_PARTY", "Gefälschte Fahrtenschreiber? Spedition muss vor Gericht", False, "2027-06-08T06:30:00+02:00", "Staatsanwaltschaft Wiesenfurt"),
    st(B1, HF, "CLAIM", "Staatsanwaltschaft Wiesenfurt", STAATSANWALT, "THIRD_PARTY", "Die Staatsanwaltschaft Wiesenfurt wirft der Spedition Harkötter vor, über zwei Jahre die Lenkzeiten von 40 Fahrern manipuliert zu haben.", True, "2027-06-08", "Staatsanwaltschaft Wiesenfurt"),
    st(B1, HF, "CLAIM", "Ingrid Fasshauer", STAATSANWALT, "THIRD_PARTY", "Die Fahrer seien dadurch regelmäßig länger als erlaubt unterwegs gewesen, sagte Oberstaatsanwältin Ingrid Fasshauer unserer Zeitung.", True, "2027-06-08", "Staatsanwaltschaft Wiesenfurt"),
    st(B1, HF, "NO_COMMENT", "Spedition Harkötter", HARKOETTER, "PARTY", "Eine Sprecherin der Spedition wollte sich mit Verweis auf das laufende Verfahren nicht äußern.", True, "2027-06-08", "Spedition Harkötter"),
    st(B1, HF, "NO_COMMENT", "Ulf Harkötter", HARKOETTER, "PARTY", "Auch Geschäftsführer Ulf Harkötter war für eine Stellungnahme nicht zu erreichen.", False, "2027-06-08", "Spedition Harkötter"),
    st(B1, HF, "NO_COMMENT", "Amtsgericht Wiesenfurt", GERICHT, "THIRD_PARTY", "Ein Sprecher des Amtsgerichts sagte, zu den Vorwürfen könne man sich vor der Verhandlung nicht äußern.", True, "2027-06-08", "Amtsgericht Wiesenfurt"),
    # b2: an agency text two weeks later: the verdict confirms another figure, the managing director admits
    st(B2, HF, "CONFIRMATION", "Amtsgericht Wiesenfurt", GERICHT, "THIRD_PARTY", "Das Amtsgericht Wiesenfurt hat die Spedition Harkötter zu einer Geldbuße von 180.000 Euro verurteilt.", True, "2027-06-24", "Amtsgericht Wiesenfurt"),
    st(B2, HF, "CONFIRMATION", "Amtsgericht Wiesenfurt", GERICHT, "THIRD_PARTY", "Das Gericht sah es als erwiesen an, dass das Unternehmen die Fahrtenschreiber von 37 Lkw-Fahrern manipuliert hatte.", True, "2027-06-24", "Amtsgericht Wiesenfurt"),
    st(B2, HF, "CONFIRMATION", "Ulf Harkötter", HARKOETTER, "PARTY", "Geschäftsführer Ulf Harkötter räumte die Vorwürfe nach der Urteilsverkündung ein.", True, "2027-06-24", "Spedition Harkötter"),
    st(B2, HF, "CONFIRMATION", "Ulf Harkötter", HARKOETTER, "PARTY", "„Wir haben Fehler gemacht, und wir haben sie abgestellt“, sagte er.", True, "2027-06-24", "Spedition Harkötter"),
    st(B2, HF, "CONFIRMATION", "Jochen Ballauf", HARKOETTER, "PARTY", "Das Unternehmen werde das Urteil akzeptieren, sagte sein Verteidiger Jochen Ballauf.", False, "2027-06-24", "Spedition Harkötter"),
    st(B2, HF, "NO_COMMENT", "Spedition Harkötter", HARKOETTER, "PARTY", "Vor Prozessbeginn hatte sich die Spedition nicht zu den Vorwürfen geäußert.", True, "2027-06-08", "Spedition Harkötter"),
    # c1: an English tech site: the hacking group claims, the energy supplier denies
    st(C1, BB, "CLAIM", "Grey Lantern", GREY, "THIRD_PARTY", "Hackers claim to have stolen data of 2 million Brixwell customers", False, "2027-06-09T11:00:00+01:00", "Grey Lantern"),
    st(C1, BB, "CLAIM", "Grey Lantern", GREY, "THIRD_PARTY", "A criminal hacking group has claimed to have stolen the names, addresses and bank details of more than two million customers of the German energy supplier Brixwell.", True, "2027-06-09", "Grey Lantern"),
    st(C1, BB, "CLAIM", "Talia Okonkwo", OKONKWO, "THIRD_PARTY", "The group, which calls itself Grey Lantern, posted a sample of about 5,000 records on a leak site on Tuesday and demanded a ransom, security researcher Talia Okonkwo told Packetline.", True, "2027-06-09", "Grey Lantern"),
    st(C1, BB, "DENIAL", "Brixwell", BRIXWELL, "PARTY", "Brixwell denied that its systems had been breached.", True, "2027-06-09", "Brixwell"),
    st(C1, BB, "DENIAL", "Brixwell", BRIXWELL, "PARTY", "\"We have found no evidence of unauthorised access to customer data,\" a spokesman for the company said.", True, "2027-06-09", "Brixwell"),
    st(C1, BB, "DENIAL", "Brixwell", BRIXWELL, "PARTY", "The sample appeared to come from an older, publicly available data set, he added.", False, "2027-06-09", "Brixwell"),
    st(C1, None, "CLAIM", "federal cyber security agency", ["agency"], "THIRD_PARTY", "Germany's federal cyber security agency said it was aware of the claims and was in contact with the company.", False, "2027-06-09", None),
    # c2: a German paper a week later: the supplier admits another figure, its denial and the claim recalled
    st(C2, BB, "CONFIRMATION", "Brixwell", BRIXWELL, "PARTY", "Brixwell räumt Datendiebstahl ein", False, "2027-06-16T15:20:00+02:00", "Brixwell"),
    st(C2, BB, "CONFIRMATION", "Brixwell", BRIXWELL, "PARTY", "Energieversorger: Daten von 1,6 Millionen Kunden betroffen", False, "2027-06-16T15:20:00+02:00", "Brixwell"),
    st(C2, BB, "CONFIRMATION", "Brixwell", BRIXWELL, "PARTY", "Der Energieversorger Brixwell hat einen Hackerangriff auf seine Kundendatenbank eingeräumt.", True, "2027-06-16", "Brixwell"),
    st(C2, BB, "CLAIM", "Brixwell", BRIXWELL, "PARTY", "Unbekannte hätten sich Zugang zu Namen, Adressen und Bankverbindungen von rund 1,6 Millionen Kundinnen und Kunden verschafft, teilte das Unternehmen am Mittwoch mit.", True, "2027-06-16", "Brixwell"),
    st(C2, BB, "CLAIM", "Birte Lohmöller", BRIXWELL, "PARTY", "„Wir bedauern diesen Vorfall zutiefst“, sagte Vorstandschefin Birte Lohmöller.", False, "2027-06-16", "Brixwell"),
    st(C2, BB, "DENIAL", "Brixwell", BRIXWELL, "PARTY", "Vergangene Woche hatte der Konzern noch bestritten, dass Daten abgeflossen seien.", True, "2027-06-09", "Brixwell"),
    st(C2, BB, "CLAIM", "Grey Lantern", GREY, "THIRD_PARTY", "Eine Hackergruppe hatte damals behauptet, Daten von mehr als zwei Millionen Kunden erbeutet zu haben.", True, "2027-06-09", "Grey Lantern"),
    st(C2, BB, "CONFIRMATION", "Sabine Trautvetter", DATENSCHUTZ, "THIRD_PARTY", "Die Landesbeauftragte für Datenschutz, Sabine Trautvetter, bestätigte, dass Brixwell den Vorfall gemeldet habe.", True, "2027-06-16", "Landesbeauftragte für Datenschutz"),
    st(C2, None, "CLAIM", "Sabine Trautvetter", DATENSCHUTZ, "THIRD_PARTY", "Sie kündigte eine Prüfung an.", False, "2027-06-16", None),
    st(C2, None, "CLAIM", "Verbraucherzentrale", ["Verbraucherzentrale"], "THIRD_PARTY", "Die Verbraucherzentrale rät Kunden, ihre Kontoauszüge zu prüfen.", False, "2027-06-16", None),
    # d1: a local paper: the defeated candidate claims, the returning officer denies, the winner's campaign declines
    st(D1, BV, "CLAIM", "Colette Ambrose", AMBROSE, "THIRD_PARTY", "Defeated candidate claims 1,200 postal votes were never counted", False, "2027-06-09", "Colette Ambrose"),
    st(D1, BV, "CLAIM", "Colette Ambrose", AMBROSE, "THIRD_PARTY", "The independent candidate who narrowly lost last week's mayoral election in Bramhurst has claimed that about 1,200 postal votes were never counted.", True, "2027-06-09", "Colette Ambrose"),
    st(D1, BV, "CLAIM", "Colette Ambrose", AMBROSE, "THIRD_PARTY", "Colette Ambrose, who finished 418 votes behind the winner, Desmond Hartley, said on Tuesday that volunteers had found sealed ballot envelopes in a storage room at the town hall after the count.", True, "2027-06-08", "Colette Ambrose"),
    st(D1, BV, "CLAIM", "Colette Ambrose", AMBROSE, "THIRD_PARTY", "\"Hundreds of people were denied their say, and I will not accept that,\" Ambrose told the Gazette.", True, "2027-06-09", "Colette Ambrose"),
    st(D1, BV, "DENIAL", "Neil Fairbairn", COUNCIL, "PARTY", "The council's returning officer, Neil Fairbairn, rejected the claim.", True, "2027-06-09", "Bramhurst Town Council"),
    st(D1, BV, "DENIAL", "Neil Fairbairn", COUNCIL, "PARTY", "\"Every postal vote that reached us before the deadline was counted,\" he said.", True, "2027-06-09", "Bramhurst Town Council"),
    st(D1, BV, "DENIAL", "Neil Fairbairn", COUNCIL, "PARTY", "He said 212 postal ballots had been rejected because signatures or dates were missing.", False, "2027-06-09", "Bramhurst Town Council"),
    st(D1, BV, "NO_COMMENT", "Desmond Hartley", ["Desmond Hartley", "Hartley", "campaign"], "PARTY", "Hartley's campaign declined to comment.", True, "2027-06-09", "Desmond Hartley"),
    # d2: a regional site a week later: the council and the review panel deny, the candidate lowers her figure
    st(D2, BV, "DENIAL", "Electoral Standards Panel", PANEL, "THIRD_PARTY", "Bramhurst election: review finds no uncounted postal votes", False, "2027-06-15T09:30:00+01:00", "Electoral Standards Panel"),
    st(D2, BV, "DENIAL", "Bramhurst Town Council", COUNCIL, "PARTY", "Bramhurst Town Council says an independent review has found no evidence that postal votes in the town's mayoral election went uncounted, rejecting claims by the defeated candidate Colette Ambrose.", True, "2027-06-15", "Bramhurst Town Council"),
    st(D2, BV, "DENIAL", "Bramhurst Town Council", COUNCIL, "PARTY", "The review, carried out by the regional Electoral Standards Panel, found that the envelopes discovered at the town hall were empty return envelopes, the council said in a statement on Monday.", True, "2027-06-14", "Bramhurst Town Council"),
    st(D2, BV, "DENIAL", "Rosalind Achebe", PANEL, "THIRD_PARTY", "\"There were no uncounted ballots,\" the panel's chair, Rosalind Achebe, said.", True, "2027-06-15", "Electoral Standards Panel"),
    st(D2, BV, "DENIAL", "Rosalind Achebe", PANEL, "THIRD_PARTY", "Her team had traced every one of the 9,847 postal ballots issued, she added.", False, "2027-06-15", "Electoral Standards Panel"),
    st(D2, BV, "CLAIM", "Colette Ambrose", AMBROSE, "THIRD_PARTY", "Ms Ambrose, who had said about 1,200 votes were missing, now puts the figure at \"at least 600\".", True, "2027-06-15", "Colette Ambrose"),
    st(D2, None, "CLAIM", "Colette Ambrose", AMBROSE, "THIRD_PARTY", "She said she would challenge the result in the election court.", False, "2027-06-15", None),
    # e1: an English wire: people familiar with the matter; both companies decline
    st(E1, KV, "CLAIM", None, [], "THIRD_PARTY", "Kestwick in talks to buy Dutch coatings maker Voorland - sources", False, "2027-06-07T14:05:00Z", "Corran Wire"),
    st(E1, KV, "CLAIM", "people familiar with the matter", SOURCES, "THIRD_PARTY", "German specialty chemicals group Kestwick Chemie is in advanced talks to buy Dutch coatings maker Voorland for about 1.5 billion euros, people familiar with the matter said on Monday.", True, "2027-06-07", "Corran Wire"),
    st(E1, KV, "CLAIM", "one of the people", SOURCES, "THIRD_PARTY", "A deal could be announced within weeks, one of the people said, adding that Kestwick had hired an investment bank to advise it.", True, "2027-06-07", "Corran Wire"),
    st(E1, KV, "NO_COMMENT", "Kestwick Chemie", KESTWICK, "PARTY", "Kestwick declined to comment.", True, "2027-06-07T14:05:00Z", "Kestwick Chemie"),
    st(E1, KV, "NO_COMMENT", "Voorland", VOORLAND, "PARTY", "A spokeswoman for Voorland said the company did not comment on market rumours.", True, "2027-06-07T14:05:00Z", "Voorland"),
    # e2: a German paper: the buyer's chief executive confirms the talks, the seller silent, the wire's report recalled
    st(E2, KV, "CONFIRMATION", "Kestwick Chemie", KESTWICK, "PARTY", "Kestwick bestätigt Gespräche über Voorland-Übernahme", False, "2027-06-10T10:15:00+02:00", "Kestwick Chemie"),
    st(E2, KV, "CONFIRMATION", "Annelie Sturmfels", KESTWICK, "PARTY", "Der Spezialchemiekonzern Kestwick Chemie AG (KCA) verhandelt über eine Übernahme des niederländischen Lackherstellers Voorland.", False, "2027-06-09", "Kestwick Chemie"),
    st(E2, KV, "CONFIRMATION", "Annelie Sturmfels", KESTWICK, "PARTY", "Das bestätigte Vorstandschefin Annelie Sturmfels am Mittwoch auf der Hauptversammlung in Leverkamp.", True, "2027-06-09", "Kestwick Chemie"),
    st(E2, KV, "CONFIRMATION", "Annelie Sturmfels", KESTWICK, "PARTY", "„Wir führen Gespräche, aber es ist noch nichts entschieden“, sagte sie.", True, "2027-06-09", "Kestwick Chemie"),
    st(E2, KV, "NO_COMMENT", "Annelie Sturmfels", KESTWICK, "PARTY", "Über einen Kaufpreis wollte Sturmfels nichts sagen.", False, "2027-06-09", "Kestwick Chemie"),
    st(E2, KV, "CLAIM", "Corran Wire", CORRAN, "THIRD_PARTY", "Die Nachrichtenagentur Corran Wire hatte unter Berufung auf Insider von rund 1,5 Milliarden Euro berichtet.", True, "2027-06-07", "Corran Wire"),
    st(E2, KV, "NO_COMMENT", "Voorland", VOORLAND, "PARTY", "Voorland äußerte sich weiterhin nicht.", True, "2027-06-10", "Voorland"),
    st(E2, None, "CLAIM", "Jesper Fehrmann", ["Jesper Fehrmann", "Fehrmann", "Analyst"], "THIRD_PARTY", "KCA könnte damit sein Geschäft mit Industrielacken verdoppeln, schrieb Analyst Jesper Fehrmann von der Bank Lorensen.", False, "2027-06-10", None),
    # e3: the wire two weeks later: the buyer, now 'KCA' bare, and the seller announce the deal at another price
    st(E3, KV, "CLAIM", None, [], "THIRD_PARTY", "KCA agrees to buy Voorland for 1.35 billion euros", False, "2027-06-21T07:00:00Z", "Corran Wire"),
    st(E3, KV, "CONFIRMATION", "Kestwick Chemie", KESTWICK, "PARTY", "KCA, the German chemicals group, has agreed to buy Dutch coatings maker Voorland for 1.35 billion euros, the two companies said on Monday, confirming a Corran Wire report from early June.", True, "2027-06-21", "Kestwick Chemie"),
    st(E3, KV, "CONFIRMATION", "Voorland", VOORLAND, "PARTY", "KCA, the German chemicals group, has agreed to buy Dutch coatings maker Voorland for 1.35 billion euros, the two companies said on Monday", False, "2027-06-21", "Voorland"),
    st(E3, KV, "CLAIM", "Annelie Sturmfels", KESTWICK, "PARTY", "\"Together we will be the leading supplier of industrial coatings in northern Europe,\" KCA chief executive Annelie Sturmfels said.", False, "2027-06-21", "Kestwick Chemie"),
    st(E3, KV, "CLAIM", "Pieter Duinhoven", VOORLAND, "PARTY", "Voorland's founder and chairman Pieter Duinhoven, whose family holds 38% of the shares, said the family backed the sale.", False, "2027-06-21", "Voorland"),
]

def transitions():
    rows = []
    def add(after, story, status):
        rows.append(dict(after=after, story=story, status=status))
    add([A1], TD, "UNCONFIRMED"); add([A1, A2], TD, "DENIED"); add([A2], TD, "DENIED")
    add([A1, A2, A3], TD, "DENIED"); add([A3], TD, "DENIED")
    add([B1], HF, "UNCONFIRMED"); add([B1, B2], HF, "CLAIMED"); add([B2], HF, "CLAIMED")
    add([C1], BB, "DENIED"); add([C1, C2], BB, "CLAIMED"); add([C2], BB, "CLAIMED")
    add([D1], BV, "DENIED"); add([D1, D2], BV, "DENIED"); add([D2], BV, "DENIED")
    add([E1], KV, "UNCONFIRMED"); add([E1, E2], KV, "CLAIMED"); add([E2], KV, "CLAIMED")
    add([E1, E2, E3], KV, "CLAIMED"); add([E3], KV, "CLAIMED")
    return rows

write(HERE, about="Seventh set of invented story scenarios written for storywire (12 articles, 6 German, 6 English; "
                  "every athlete, testing body, club, haulier, prosecutor, court, energy supplier, hacking group, "
                  "researcher, candidate, council, panel, chemicals group, coatings maker, person, place, outlet and "
                  "agency made up), annotated by hand before any run. Same format as scenarios-dev/gold.json. Written by "
                  "make_gold.py.",
      articles=ARTICLES, stories=STORIES, statements=STATEMENTS, transitions=transitions())
