"""Writes gold.json for the tenth set of invented scenarios (articles/), checking every evidence and boilerplate
string against its article. Run: python3 make_gold.py. Everything here (articles and gold) was written for
storywire by hand, before any run of the system on it; all names, places, outlets and events are invented."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from scenario_gold import write  # noqa: E402 (the sets' shared check and writer)

T1, T2, T3, T4 = "t1_olberg_wechsel.txt", "t2_harcastle_denies_en.txt", "t3_harcastle_millbridge_en.txt", "t4_olberg_perfekt.txt"
C1, C2 = "c1_salm_prozess.txt", "c2_salm_gestaendnis.txt"
R1, R2 = "r1_norrik_glass_en.txt", "r2_norrik_rueckruf.txt"
P1, P2 = "p1_tivoli_split_en.txt", "p2_morning_lark_zurueck.txt"
L1, L2 = "l1_hallenbad_fwk.txt", "l2_feltz_hallenbad.txt"

WIRE = ["(c) Meridian Wire 2028"]
KORB = ["Von Hedda Lamprecht", "Foto: Lamprecht", "Artikel teilen", "Mehr aus Korbstadt"]
ARTICLES = [
    dict(file=T1, language="de", published="2028-06-01T18:10:00+02:00",
         boilerplate=["Von Jannik Severin", "01.06.2028, 18:10 Uhr", "Artikel teilen", "Mehr aus dem Sport"]),
    dict(file=C1, language="de", published="2028-06-02T16:40:00+02:00", boilerplate=["02.06.2028, 16:40 Uhr"] + KORB),
    dict(file=T2, language="en", published="2028-06-03T14:45:00Z",
         published_hint="dateline 'June 3, 2028 2:45 PM GMT' in the text",
         boilerplate=["By Rory Achterberg", "Reporting by Rory Achterberg; Editing by Gareth Pellow"] + WIRE),
    dict(file=R1, language="en", published="2028-06-04T10:05:00Z",
         published_hint="dateline 'June 4, 2028 10:05 AM GMT' in the text",
         boilerplate=["By Freya Lindqvist", "Reporting by Freya Lindqvist; Editing by Gareth Pellow"] + WIRE),
    dict(file=P1, language="en", published="2028-06-05T18:20:00Z",
         published_hint="dateline 'June 5, 2028 6:20 PM GMT' in the text",
         boilerplate=["By Alice Penhallow", "Share on Facebook | Share on X | Email", "© Popwire 2028"]),
    dict(file=L1, language="de", published="2028-06-06T19:30:00+02:00", boilerplate=["06.06.2028, 19:30 Uhr"] + KORB),
    dict(file=R2, language="de", published="2028-06-07T09:50:00+02:00",
         boilerplate=["Von Merle Okonkwo-Brandt", "07.06.2028, 09:50 Uhr", "Artikel teilen", "Mehr aus Verbraucher"]),
    dict(file=T3, language="en", published="2028-06-09T21:30:00Z",
         published_hint="dateline 'June 9, 2028 9:30 PM GMT' in the text",
         boilerplate=["By Rory Achterberg", "Reporting by Rory Achterberg; Editing by Gareth Pellow"] + WIRE),
    dict(file=C2, language="de", published="2028-06-11T17:05:00+02:00", boilerplate=["11.06.2028, 17:05 Uhr"] + KORB),
    dict(file=P2, language="de", published="2028-06-12T13:15:00+02:00",
         boilerplate=["Von Kaja Wittenbecher", "12.06.2028, 13:15 Uhr", "Artikel teilen", "Mehr aus Leute"]),
    dict(file=L2, language="de", published="2028-06-13T18:00:00+02:00", boilerplate=["13.06.2028, 18:00 Uhr"] + KORB),
    dict(file=T4, language="de", published="2028-06-14T11:25:00+02:00",
         boilerplate=["Von Jannik Severin", "14.06.2028, 11:25 Uhr", "Artikel teilen", "Mehr aus dem Sport"]),
]

TR, RF = "olberg-harcastle-transfer", "castell-missed-penalty"
BR, BK = "salm-bribed-pahl", "imhoff-knew-of-payments"
GL, GK = "norrik-glass-in-porridge", "norrik-knew-since-may"
SP = "tivoli-brede-split"
HB, PK = "korbstadt-pool-closure", "korbstadt-parking-fees"

STORIES = [
    dict(id=TR, title="Striker Mattis Olberg moves from FC Wendelbach to Harcastle Rovers",
         actors=["Mattis Olberg", "FC Wendelbach", "Harcastle Rovers"], final_status="CLAIMED",
         positions={"Sportblatt Süd": "CLAIM", "FC Wendelbach": "CONFIRMATION", "Harcastle Rovers": "CONFIRMATION"},
         note="A claim worded differently in each article ('vor einem Wechsel ... auf einen Vierjahresvertrag geeinigt', "
              "'agreed terms', 'Transfer perfekt'): a German paper cites another paper, Wendelbach's sporting director "
              "declines; a wire: Harcastle's manager denies; two weeks later both clubs confirm ('der Verein', 'der "
              "englische Club', 'der 24-Jährige', 'der Stürmer')."),
    dict(id=RF, title="Referee Owen Castell ignored a clear penalty for Harcastle at Millbridge",
         actors=["Owen Castell"], final_status="UNCONFIRMED",
         positions={"Declan Fenwick": "CLAIM", "Professional Match Officials Board": "NO_COMMENT"},
         note="An unrelated event between the transfer articles, with the same manager speaking: he accuses the "
              "referee, the referees' board (defined once as 'PMOB') declines."),
    dict(id=BR, title="Builder Henrik Salm paid 60,000 euros to the head of Korbstadt's building office for contracts",
         actors=["Henrik Salm", "Rüdiger Pahl"], final_status="CLAIMED",
         positions={"Staatsanwaltschaft Korbstadt": "CLAIM", "Henrik Salm": "CONFIRMATION"},
         note="A court case: the prosecution accuses, the defence lawyer denies; nine days later 'der angeklagte "
              "Bauunternehmer' / 'der 58-Jährige' confesses."),
    dict(id=BK, title="Former planning head Werner Imhoff knew of Salm's payments",
         actors=["Werner Imhoff", "Stadt Korbstadt"], final_status="UNCONFIRMED",
         positions={"Henrik Salm": "CLAIM", "Stadt Korbstadt": "NO_COMMENT"},
         note="A second story in the confession article: the accused makes a new accusation (a colon, then reported "
              "speech without a verb), the city declines."),
    dict(id=GL, title="Norrik Foods' Little Oats baby porridge jars contain glass fragments",
         actors=["Norrik Foods"], final_status="CLAIMED",
         positions={"Plateguard Europe": "CLAIM", "Norrik Foods": "CONFIRMATION"},
         note="A consumer group claims, the company declines; three days later a German page: the company recalls the "
              "product ('das Unternehmen', 'der Hersteller')."),
    dict(id=GK, title="Norrik knew of complaints about glass since mid-May",
         actors=["Norrik Foods"], final_status="DENIED",
         positions={"Plateguard Europe": "CLAIM", "Norrik Foods": "DENIAL"},
         note="A second accusation ('wirft dem Konzern zudem vor') in the recall article, denied by 'der Hersteller'."),
    dict(id=SP, title="Singer Maren Tivoli and actor Jonas Brede have separated",
         actors=["Maren Tivoli", "Jonas Brede"], final_status="DENIED",
         positions={"Morning Lark": "DENIAL", "Maren Tivoli": "DENIAL", "Jonas Brede": "DENIAL"},
         note="A celebrity rumour: a tabloid reports, her spokeswoman denies, his representative declines; a week later "
              "the tabloid retracts the report (a DENIAL by the third party that made the claim) and his spokesman "
              "denies."),
    dict(id=HB, title="Korbstadt's mayor prepares the closure of the Hallenbad Nord",
         actors=["Dagmar Feltz", "Stadt Korbstadt"], final_status="DENIED",
         positions={"Freie Wählergemeinschaft Korbstadt": "CLAIM", "Dagmar Feltz": "DENIAL"},
         note="Local politics: a council group (defined once as 'FWK') accuses, the city administration and the "
              "mayor's spokesman deny; a week later 'die Oberbürgermeisterin' denies again, the FWK maintains."),
    dict(id=PK, title="Korbstadt will double city-centre parking fees on 1 August",
         actors=["Stadt Korbstadt"], final_status="CLAIMED",
         positions={"Freie Wählergemeinschaft Korbstadt": "CLAIM", "Stadt Korbstadt": "CONFIRMATION"},
         note="A second, unrelated claim by the same council group in the pool article ('außerdem'), which the same "
              "spokesman confirms."),
]

def st(article, story, stance, speaker, match, standing, evidence, core, time, position_of):
    return dict(article=article, story=story, stance=stance, speaker=speaker, speaker_match=match,
                standing=standing, evidence=evidence, core=core, time=time, position_of=position_of)

SPORTBLATT = ["Sportblatt Süd", "Sportblatt", "paper", "newspaper"]
WENDELBACH = ["FC Wendelbach", "Wendelbach", "FCW", "Ralf Quendt", "Quendt", "Sportdirektor", "Verein"]
HARCASTLE = ["Harcastle Rovers", "Harcastle", "Rovers", "Declan Fenwick", "Fenwick", "manager", "Trainer", "Club"]
OLBERG = ["Mattis Olberg", "Olberg", "agent"]
FENWICK = ["Declan Fenwick", "Fenwick", "manager"]
PMOB = ["Professional Match Officials Board", "PMOB"]
PROSECUTION = ["Staatsanwaltschaft"]
SALM = ["Henrik Salm", "Salm", "Bauunternehmer", "58-Jährige", "Till Morbach", "Morbach", "Verteidiger", "Anwalt"]
PAHL = ["Rüdiger Pahl", "Pahl"]
IMHOFF = ["Werner Imhoff", "Imhoff"]
CITY = ["Stadt", "Korbstadt", "Stadtverwaltung", "Verwaltung", "Sprecher", "Dagmar Feltz", "Feltz",
        "Oberbürgermeisterin"]
PLATEGUARD = ["Plateguard Europe", "Plateguard", "consumer group", "Verbraucherorganisation", "Sie"]
NORRIK = ["Norrik Foods", "Norrik", "Unternehmen", "Hersteller", "Konzern", "Sprecherin", "Babynahrungshersteller"]
LARK = ["Morning Lark", "Lark", "friend", "Zeitung", "Blatt", "Blattes"]
TIVOLI = ["Maren Tivoli", "Tivoli", "spokeswoman", "she"]
BREDE = ["Jonas Brede", "Brede", "representative", "Sprecher"]
FWK = ["Freie Wählergemeinschaft Korbstadt", "FWK", "Freie Wähler", "Bernd Ulmer", "Ulmer", "Fraktionschef"]

STATEMENTS = [
    # t1: a German sports page cites another paper's transfer report; Wendelbach's sporting director declines
    st(T1, TR, "CLAIM", "Sportblatt Süd", [], "THIRD_PARTY", "Olberg vor Wechsel nach England", False, "2028-06-01T18:10:00+02:00", None),
    st(T1, TR, "CLAIM", "Sportblatt Süd", [], "THIRD_PARTY", "Mattis Olberg steht offenbar vor einem Wechsel in die englische Liga.", False, "2028-06-01", None),
    st(T1, TR, "CLAIM", "Sportblatt Süd", SPORTBLATT, "THIRD_PARTY", "Der Torjäger des FC Wendelbach habe sich mit Harcastle Rovers auf einen Vierjahresvertrag geeinigt, berichtet das „Sportblatt Süd“.", True, "2028-06-01", "Sportblatt Süd"),
    st(T1, TR, "CLAIM", "Sportblatt Süd", SPORTBLATT, "THIRD_PARTY", "Die Ablöse soll bei rund 28 Millionen Euro liegen.", False, "2028-06-01", "Sportblatt Süd"),
    st(T1, TR, "NO_COMMENT", "Ralf Quendt", WENDELBACH, "PARTY", "FCW-Sportdirektor Ralf Quendt wollte den Bericht am Donnerstag nicht kommentieren.", True, "2028-06-01", "FC Wendelbach"),
    st(T1, TR, "NO_COMMENT", "Ralf Quendt", WENDELBACH, "PARTY", "„Mattis hat Vertrag bis 2030, alles andere ist Spekulation“, sagte er nach dem Training.", False, "2028-06-01", "FC Wendelbach"),
    # t2: a wire: Harcastle's manager denies any deal; the German report recalled
    st(T2, TR, "DENIAL", "Harcastle Rovers", HARCASTLE, "PARTY", "Harcastle deny agreeing deal for Wendelbach striker Olberg", False, "2028-06-03T14:45:00Z", "Harcastle Rovers"),
    st(T2, TR, "DENIAL", "Declan Fenwick", HARCASTLE, "PARTY", "Harcastle Rovers have not agreed a transfer with FC Wendelbach for striker Mattis Olberg, manager Declan Fenwick said on Saturday", True, "2028-06-03", "Harcastle Rovers"),
    st(T2, TR, "CLAIM", "Sportblatt Süd", SPORTBLATT, "THIRD_PARTY", "two days after a German newspaper reported the 24-year-old had agreed terms with the club", False, "2028-06-01", "Sportblatt Süd"),
    st(T2, TR, "DENIAL", "Declan Fenwick", HARCASTLE, "PARTY", "\"We have made no bid for him and there is no agreement,\" Fenwick told reporters at the club's training ground.", True, "2028-06-03", "Harcastle Rovers"),
    st(T2, TR, "CLAIM", "Sportblatt Süd", SPORTBLATT, "THIRD_PARTY", "German paper Sportblatt Sued reported on Thursday that Olberg had agreed a four-year contract with Harcastle", True, "2028-06-01", "Sportblatt Süd"),
    st(T2, TR, "NO_COMMENT", "Mattis Olberg", OLBERG, "PARTY", "Olberg's agent did not respond to a request for comment.", False, "2028-06-03", "Mattis Olberg"),
    # t3: an unrelated match report: the same manager accuses the referee, the referees' board declines
    st(T3, RF, "CLAIM", "Declan Fenwick", FENWICK, "THIRD_PARTY", "manager Declan Fenwick accused referee Owen Castell of ignoring a clear penalty in stoppage time.", True, "2028-06-09", "Declan Fenwick"),
    st(T3, RF, "CLAIM", "Declan Fenwick", FENWICK, "THIRD_PARTY", "\"Everybody in the ground saw the foul on Tiernan, except the one man who matters,\" Fenwick said after the match.", True, "2028-06-09", "Declan Fenwick"),
    st(T3, RF, "NO_COMMENT", "Professional Match Officials Board", PMOB, "PARTY", "The Professional Match Officials Board (PMOB), which appoints referees for cup matches, declined to comment on the incident.", True, "2028-06-09", "Owen Castell"),
    # t4: both clubs confirm the transfer; the manager's earlier denial recalled
    st(T4, TR, "CONFIRMATION", "FC Wendelbach", [], "PARTY", "Transfer perfekt: Olberg geht zu den Rovers", False, "2028-06-14T11:25:00+02:00", "FC Wendelbach"),
    st(T4, TR, "CONFIRMATION", "FC Wendelbach", WENDELBACH, "PARTY", "Der FC Wendelbach hat am Mittwoch den Wechsel seines Torjägers zu Harcastle Rovers bestätigt.", True, "2028-06-14", "FC Wendelbach"),
    st(T4, TR, "CONFIRMATION", "FC Wendelbach", WENDELBACH, "PARTY", "Der 24-Jährige unterschreibt in England einen Vertrag bis 2032, teilte der Verein mit.", True, "2028-06-14", "FC Wendelbach"),
    st(T4, TR, "CONFIRMATION", "Harcastle Rovers", HARCASTLE, "PARTY", "Auch der englische Club bestätigte die Verpflichtung des Stürmers.", True, "2028-06-14", "Harcastle Rovers"),
    st(T4, TR, "CONFIRMATION", "Declan Fenwick", HARCASTLE, "PARTY", "„Mattis war vom ersten Tag an unser Wunschspieler“, sagte Trainer Declan Fenwick", True, "2028-06-14", "Harcastle Rovers"),
    st(T4, TR, "DENIAL", "Declan Fenwick", HARCASTLE, "PARTY", "der vor knapp zwei Wochen noch jedes Angebot bestritten hatte", False, "2028-06-03", "Harcastle Rovers"),
    # c1: a court report: the prosecution accuses a builder, his defence lawyer denies
    st(C1, BR, "CLAIM", "Staatsanwaltschaft Korbstadt", PROSECUTION, "THIRD_PARTY", "Die Staatsanwaltschaft wirft dem 58-Jährigen vor, dem früheren Leiter des städtischen Bauamts, Rüdiger Pahl, zwischen 2024 und 2026 insgesamt 60.000 Euro gezahlt zu haben", True, "2028-06-02", "Staatsanwaltschaft Korbstadt"),
    st(C1, BR, "DENIAL", "Till Morbach", SALM, "PARTY", "Salms Verteidiger Till Morbach wies die Vorwürfe zurück.", True, "2028-06-02", "Henrik Salm"),
    st(C1, BR, "DENIAL", "Till Morbach", SALM, "PARTY", "Sein Mandant habe nie Geld an einen städtischen Mitarbeiter gezahlt, sagte der Anwalt zum Auftakt.", True, "2028-06-02", "Henrik Salm"),
    st(C1, BR, "NO_COMMENT", "Rüdiger Pahl", PAHL, "PARTY", "Pahl, der in einem getrennten Verfahren angeklagt ist, äußerte sich nicht.", False, "2028-06-02", "Rüdiger Pahl"),
    # c2: the builder confesses, and accuses the former planning head; the city declines
    st(C2, BR, "CONFIRMATION", "Henrik Salm", [], "PARTY", "Bauunternehmer legt Geständnis ab", False, "2028-06-11T17:05:00+02:00", "Henrik Salm"),
    st(C2, BR, "CONFIRMATION", "Henrik Salm", SALM, "PARTY", "Der angeklagte Bauunternehmer hat am Donnerstag eingeräumt, dem früheren Bauamtsleiter Geld für Aufträge gezahlt zu haben.", True, "2028-06-11", "Henrik Salm"),
    st(C2, BR, "CONFIRMATION", "Henrik Salm", SALM, "PARTY", "„Ich habe einen großen Fehler gemacht und stehe dazu“, sagte Salm vor der Strafkammer.", True, "2028-06-11", "Henrik Salm"),
    st(C2, BK, "CLAIM", "Henrik Salm", SALM, "THIRD_PARTY", "Zugleich erhob der 58-Jährige neue Vorwürfe", False, "2028-06-11", "Henrik Salm"),
    st(C2, BK, "CLAIM", "Henrik Salm", SALM, "THIRD_PARTY", "Der damalige Baudezernent Werner Imhoff habe von den Zahlungen gewusst.", True, "2028-06-11", "Henrik Salm"),
    st(C2, BK, "NO_COMMENT", "Werner Imhoff", IMHOFF, "PARTY", "Imhoff, inzwischen im Ruhestand, war für eine Stellungnahme nicht zu erreichen.", False, "2028-06-11", "Werner Imhoff"),
    st(C2, BK, "NO_COMMENT", "Stadt Korbstadt", CITY, "PARTY", "Die Stadt wollte sich zu den Aussagen nicht äußern.", True, "2028-06-11", "Stadt Korbstadt"),
    # r1: a wire: a consumer group reports glass in baby porridge, the maker declines
    st(R1, GL, "CLAIM", "Plateguard Europe", PLATEGUARD, "THIRD_PARTY", "Consumer group says glass found in Norrik baby porridge jars", False, "2028-06-04T10:05:00Z", "Plateguard Europe"),
    st(R1, GL, "CLAIM", "Plateguard Europe", PLATEGUARD, "THIRD_PARTY", "A European consumer group said on Sunday it had found small glass fragments in jars of baby porridge made by Danish food company Norrik Foods", True, "2028-06-04", "Plateguard Europe"),
    st(R1, GL, "CLAIM", "Plateguard Europe", PLATEGUARD, "THIRD_PARTY", "Plateguard Europe said its laboratory had found splinters in three of 40 jars of Norrik's \"Little Oats\" porridge bought in Denmark and Germany in May.", True, "2028-06-04", "Plateguard Europe"),
    st(R1, GL, "NO_COMMENT", "Norrik Foods", NORRIK, "PARTY", "Norrik declined to comment on the findings.", True, "2028-06-04", "Norrik Foods"),
    st(R1, GL, "NO_COMMENT", "Danish food safety authority", ["authority"], "THIRD_PARTY", "Denmark's food safety authority said it had received the report and was assessing it.", False, "2028-06-04", None),
    # r2: a German page: the maker recalls the porridge; the consumer group's second accusation, denied
    st(R2, GL, "CONFIRMATION", "Norrik Foods", [], "PARTY", "Glassplitter: Hersteller ruft Babybrei zurück", False, "2028-06-07T09:50:00+02:00", "Norrik Foods"),
    st(R2, GL, "CONFIRMATION", "Norrik Foods", [], "PARTY", "Der dänische Babynahrungshersteller Norrik Foods ruft seinen Haferbrei „Little Oats“ in Deutschland und Dänemark zurück.", False, "2028-06-07", "Norrik Foods"),
    st(R2, GL, "CONFIRMATION", "Norrik Foods", NORRIK, "PARTY", "In einzelnen Gläsern könnten sich kleine Glassplitter befinden, teilte das Unternehmen am Dienstag mit.", True, "2028-06-06", "Norrik Foods"),
    st(R2, GL, "CONFIRMATION", "Norrik Foods", NORRIK, "PARTY", "Betroffen seien Gläser mit einem Mindesthaltbarkeitsdatum bis Ende Januar 2029.", False, "2028-06-06", "Norrik Foods"),
    st(R2, GL, "CLAIM", "Plateguard Europe", PLATEGUARD, "THIRD_PARTY", "Die Verbraucherorganisation Plateguard Europe hatte am Sonntag über Splitter in mehreren Gläsern berichtet.", True, "2028-06-04", "Plateguard Europe"),
    st(R2, GK, "CLAIM", "Plateguard Europe", PLATEGUARD, "THIRD_PARTY", "Sie wirft dem Konzern zudem vor, schon seit Mitte Mai von Beschwerden über Glasstücke gewusst zu haben.", True, "2028-06-07", "Plateguard Europe"),
    st(R2, GK, "DENIAL", "Norrik Foods", NORRIK, "PARTY", "Das wies der Hersteller zurück", True, "2028-06-07", "Norrik Foods"),
    st(R2, GK, "DENIAL", "Norrik Foods", NORRIK, "PARTY", "Die erste Beschwerde sei am 2. Juni eingegangen, sagte eine Sprecherin.", False, "2028-06-07", "Norrik Foods"),
    # p1: a celebrity site: a tabloid's split report, her spokeswoman denies, his representative declines
    st(P1, SP, "CLAIM", "Morning Lark", LARK, "THIRD_PARTY", "Maren Tivoli and Jonas Brede have split, tabloid reports", False, "2028-06-05T18:20:00Z", "Morning Lark"),
    st(P1, SP, "DENIAL", "Maren Tivoli", TIVOLI, "PARTY", "her spokeswoman says not true", False, "2028-06-05T18:20:00Z", "Maren Tivoli"),
    st(P1, SP, "CLAIM", "Morning Lark", LARK, "THIRD_PARTY", "Singer Maren Tivoli and actor Jonas Brede have separated after six years of marriage, the Morning Lark reported on Monday, citing a friend of the couple.", True, "2028-06-05", "Morning Lark"),
    st(P1, SP, "DENIAL", "Maren Tivoli", TIVOLI, "PARTY", "Tivoli's spokeswoman denied the report.", True, "2028-06-05", "Maren Tivoli"),
    st(P1, SP, "DENIAL", "Maren Tivoli", TIVOLI, "PARTY", "\"Maren and Jonas are very happy together and are spending the summer with their children,\" she said in a statement.", True, "2028-06-05", "Maren Tivoli"),
    st(P1, SP, "NO_COMMENT", "Jonas Brede", BREDE, "PARTY", "A representative for Brede declined to comment.", True, "2028-06-05", "Jonas Brede"),
    # p2: a German page: the tabloid retracts its report, his spokesman denies
    st(P2, SP, "DENIAL", "Morning Lark", [], "THIRD_PARTY", "Boulevardblatt zieht Bericht über Trennung zurück", False, "2028-06-12T13:15:00+02:00", "Morning Lark"),
    st(P2, SP, "DENIAL", "Morning Lark", LARK, "THIRD_PARTY", "Die britische Zeitung „Morning Lark“ hat ihren Bericht über eine angebliche Trennung der Sängerin Maren Tivoli von ihrem Mann, dem Schauspieler Jonas Brede, zurückgezogen.", True, "2028-06-12", "Morning Lark"),
    st(P2, SP, "DENIAL", "Morning Lark", LARK, "THIRD_PARTY", "Der Bericht sei falsch gewesen, hieß es am Montag in einer Entschuldigung des Blattes.", True, "2028-06-12", "Morning Lark"),
    st(P2, SP, "DENIAL", "Jonas Brede", BREDE, "PARTY", "Ein Sprecher Bredes sagte, das Paar habe nie an eine Trennung gedacht.", True, "2028-06-12", "Jonas Brede"),
    # l1: local politics: a council group accuses the mayor of preparing a pool closure (denied) and criticises a
    # parking fee rise (confirmed)
    st(L1, HB, "CLAIM", "Freie Wählergemeinschaft Korbstadt", FWK, "THIRD_PARTY", "Freie Wähler: Hallenbad Nord vor dem Aus", False, "2028-06-06T19:30:00+02:00", "Freie Wählergemeinschaft Korbstadt"),
    st(L1, HB, "CLAIM", "Freie Wählergemeinschaft Korbstadt", FWK, "THIRD_PARTY", "Die Freie Wählergemeinschaft Korbstadt (FWK) wirft Oberbürgermeisterin Dagmar Feltz vor, die Schließung des Hallenbads Nord vorzubereiten.", True, "2028-06-06", "Freie Wählergemeinschaft Korbstadt"),
    st(L1, HB, "CLAIM", "Bernd Ulmer", FWK, "THIRD_PARTY", "Ein internes Papier der Verwaltung sehe vor, das Bad nach 2029 nicht mehr zu sanieren, sagte FWK-Fraktionschef Bernd Ulmer am Dienstag im Stadtrat.", True, "2028-06-06", "Freie Wählergemeinschaft Korbstadt"),
    st(L1, HB, "DENIAL", "Dagmar Feltz", CITY, "PARTY", "Die Stadtverwaltung wies das zurück.", True, "2028-06-06", "Dagmar Feltz"),
    st(L1, HB, "DENIAL", "Dagmar Feltz", CITY, "PARTY", "„Eine Schließung des Hallenbads steht nicht zur Debatte“, sagte ein Sprecher der Oberbürgermeisterin.", True, "2028-06-06", "Dagmar Feltz"),
    st(L1, PK, "CLAIM", "Bernd Ulmer", FWK, "THIRD_PARTY", "Ulmer kritisierte außerdem, dass die Stadt die Parkgebühren in der Innenstadt zum 1. August verdoppeln wolle.", True, "2028-06-06", "Freie Wählergemeinschaft Korbstadt"),
    st(L1, PK, "CONFIRMATION", "Stadt Korbstadt", CITY, "PARTY", "Das bestätigte der Sprecher", True, "2028-06-06", "Stadt Korbstadt"),
    # l2: a week later the mayor denies again, the council group maintains its claim
    st(L2, HB, "DENIAL", "Dagmar Feltz", [], "PARTY", "Feltz: „Das Bad bleibt offen“", False, "2028-06-13T18:00:00+02:00", "Dagmar Feltz"),
    st(L2, HB, "DENIAL", "Dagmar Feltz", CITY, "PARTY", "Im Streit um die Zukunft des Hallenbads Nord hat die Oberbürgermeisterin den Vorwurf der Freien Wähler erneut zurückgewiesen.", True, "2028-06-13", "Dagmar Feltz"),
    st(L2, HB, "DENIAL", "Dagmar Feltz", CITY, "PARTY", "„Solange ich im Amt bin, wird in Korbstadt kein Schwimmbad geschlossen“, sagte Feltz am Montagabend", True, "2028-06-12", "Dagmar Feltz"),
    st(L2, HB, "CLAIM", "Freie Wählergemeinschaft Korbstadt", FWK, "THIRD_PARTY", "Die FWK blieb bei ihrer Darstellung, die Verwaltung wolle die Sanierung des Bades auf Jahre verschieben und es damit dem Verfall überlassen.", True, "2028-06-13", "Freie Wählergemeinschaft Korbstadt"),
]

def transitions():
    rows = []
    def add(after, story, status):
        rows.append(dict(after=after, story=story, status=status))
    add([T1], TR, "UNCONFIRMED"); add([T1, T2], TR, "DENIED"); add([T2], TR, "DENIED")
    add([T1, T2, T4], TR, "CLAIMED"); add([T4], TR, "CLAIMED")
    add([T3], RF, "UNCONFIRMED")
    add([C1], BR, "DENIED"); add([C1, C2], BR, "CLAIMED"); add([C2], BR, "CLAIMED")
    add([C2], BK, "UNCONFIRMED")
    add([R1], GL, "UNCONFIRMED"); add([R1, R2], GL, "CLAIMED"); add([R2], GL, "CLAIMED")
    add([R2], GK, "DENIED")
    add([P1], SP, "DENIED"); add([P1, P2], SP, "DENIED"); add([P2], SP, "DENIED")
    add([L1], HB, "DENIED"); add([L1, L2], HB, "DENIED"); add([L2], HB, "DENIED")
    add([L1], PK, "CLAIMED")
    return rows

write(HERE, about="Tenth set of invented story scenarios written for storywire (12 articles, 8 German, 4 English; "
                  "every club, player, manager, referee, newspaper, builder, court, city, official, food maker, consumer "
                  "group, singer, actor, tabloid, council group, mayor, person, place and outlet made up), annotated by "
                  "hand before any run. Same format as scenarios-dev/gold.json. Written by make_gold.py.",
      articles=ARTICLES, stories=STORIES, statements=STATEMENTS, transitions=transitions())
