"""Writes gold.json for the invented scenarios (articles/), checking every evidence and boilerplate string
against its article. Run: python3 make_gold.py. Everything here (articles and gold) was written for
storywire by hand; all names, places, outlets and events are invented."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from scenario_gold import write  # noqa: E402 (the sets' shared check and writer)

ARTICLES = [
    dict(file="a1_quellborn_sportecho.txt", language="de", published="2026-03-07T19:10:00+01:00",
         boilerplate=["Jubelt bald in England: Leandro Vosskamp nach seinem Treffer gegen Lindhafen.",
                      "Foto: Rieke Sommerfeld/Sportbild-Agentur Grau", "Mehr zum Thema",
                      "Quellborn verlängert mit Kapitän Brodersen"]),
    dict(file="a2_quellborn_dementi.txt", language="de", published="2026-03-08", published_precision="day",
         boilerplate=["Artikel teilen", "spn ck/ws", "© Sportpressenetz, spn:260308-41-771202/2"]),
    dict(file="a3_harrowgate_signing_en.txt", language="en", published="2026-03-12T17:40:00Z",
         published_hint="dateline 'March 12, 2026 5:40 PM GMT' in the text",
         boilerplate=["Reporting by Owen Pritchard; Editing by Sally Keogh"]),
    dict(file="b1_seiffert_bericht.txt", language="de", published="2026-04-21T17:55:00+02:00",
         boilerplate=["Von Kerstin Aumüller", "Anzeige",
                      "Lesen Sie auch: Hafentunnel Ebbersund – eine Chronik der Mehrkosten"]),
    dict(file="b2_seiffert_rueckhalt.txt", language="de", published="2026-04-22", published_precision="day",
         boilerplate=["Foto: Hanne Reetz/nmd", "Mehr zum Thema", "Hafentunnel: Rechnungshof prüft Vergabe"]),
    dict(file="c1_kestrel_recall_wire.txt", language="en", published="2026-02-10T14:25:00Z",
         published_hint="dateline 'February 10, 2026 2:25 PM GMT' in the text",
         boilerplate=["By Dana Whitcombe", "Reporting by Dana Whitcombe; Editing by Priya Kanwar",
                      "Our Standards: The Northgate Trust Principles."]),
    dict(file="c1b_kestrel_recall_copy.txt", language="en", published=None,
         published_hint="no date anywhere in the text (a syndicated copy of the Northgate Press text in c1)",
         syndicated_copy_of="c1_kestrel_recall_wire.txt",
         boilerplate=["Share this article", "Photo: A Kestrel e-scooter at a charging station. (Northgate Press)",
                      "Related: Are e-scooter batteries safe? What owners should know"]),
    dict(file="c2_kestrel_rueckruf_de.txt", language="de", published="2026-02-11T09:30:00+01:00",
         boilerplate=["Foto: Kestrel Mobility/PR", "Mehr zum Thema", "E-Scooter in Städten: Wer haftet bei Unfällen?"]),
    dict(file="d1_wendelstadt_streik.txt", language="de", published="2026-05-12T15:20:00+02:00",
         boilerplate=["Leere Haltestelle am Wendelstädter Hauptbahnhof. Foto: Jonas Pfeil",
                      "Lesen Sie auch: Tarifrunde im Nahverkehr – die Forderungen im Überblick"]),
    dict(file="d2_wendelstadt_strike_en.txt", language="en", published="2026-05-14T08:05:00Z",
         published_hint="dateline 'May 14, 2026 8:05 AM GMT' in the text",
         boilerplate=["Reporting by Lukas Brenner; Editing by Sally Keogh"]),
    dict(file="e1_wendelstadt_prozess.txt", language="de", published="2026-05-13T18:02:00+02:00",
         boilerplate=["Von Ulrike Fennes",
                      "Der Angeklagte Bernd Kalweit (l.) mit seinem Verteidiger im Saal 112. Foto: Ulrike Fennes",
                      "Mehr zum Thema"]),
    dict(file="e2_wendelstadt_zeugin.txt", language="de", published="2026-05-20T16:45:00+02:00",
         published_hint="'Stand: 20.05.2026 16:45 Uhr' in the text; no date line",
         boilerplate=["Artikel teilen", "Mehr zum Thema", "Wendelstadt: Rechnungsprüfer fordern strengere Kontrollen"]),
]

STORIES = [
    dict(id="vosskamp-transfer", title="Eintracht Quellborn sells striker Leandro Vosskamp to Harrowgate Rovers",
         actors=["Eintracht Quellborn", "Leandro Vosskamp", "Harrowgate Rovers"], final_status="CLAIMED",
         positions={"Sportecho": "CLAIM", "Eintracht Quellborn": "CONFIRMATION", "Harrowgate Rovers": "CLAIM"},
         note="Trade paper claims Sat 7 Mar, club declines; the sporting director denies Sun 8 Mar; Thu 12 Mar the "
              "English club announces the signing and Quellborn confirms. a3 recalls the Sunday denial (time 8 Mar), "
              "before the confirmation, so a3 alone is CLAIMED. German and English articles, one story."),
    dict(id="vosskamp-training-boycott", title="Leandro Vosskamp skipped training to force the move",
         actors=["Leandro Vosskamp", "Eintracht Quellborn"], final_status="DENIED",
         positions={"Sportecho": "CLAIM", "Eintracht Quellborn": "DENIAL", "Leandro Vosskamp": "DENIAL"},
         note="Second proposition about the same actors in the same event: the club first declines (internal "
              "matters), then says he was off sick; the player's adviser speaks for him."),
    dict(id="seiffert-resignation", title="Nordmarschen's transport minister Dagmar Seiffert is about to resign",
         actors=["Dagmar Seiffert", "Landesregierung Nordmarschen"], final_status="DENIED",
         positions={"Nordmarscher Rundschau": "CLAIM", "Dagmar Seiffert": "DENIAL",
                    "Landesregierung Nordmarschen": "DENIAL"},
         note="Relayed report ('Laut einem Bericht der ...'); the ministry's spokesman speaks for the minister, the "
              "state chancellery and the minister-president for the government. The opposition leader's demand "
              "that she go is not a claim that she will."),
    dict(id="kestrel-battery-recall", title="Kestrel Mobility recalls about 62,000 e-scooter batteries",
         actors=["Kestrel Mobility"], final_status="CLAIMED",
         positions={"Kestrel Mobility": "CLAIM", "Bundesstelle für Gerätesicherheit": "CONFIRMATION",
                    "SafeHome Watch": "CLAIM"},
         independent_sources=["Northgate Press", "German outlet of c2"],
         note="c1 and c1b are the same Northgate Press text in two outlets (headline, one sentence and the "
              "spokeswoman's name cut); they count once. The German regulator confirms the recall (third party)."),
    dict(id="kestrel-knew-fire-risk", title="Kestrel engineers warned of overheating cells months before the recall",
         actors=["Kestrel Mobility"], final_status="DENIED",
         positions={"The Ledger": "CLAIM", "Kestrel Mobility": "DENIAL"},
         note="Second proposition in the recall event, reported by a newspaper and relayed in every article; the "
              "company denies it each time."),
    dict(id="wendelstadt-bus-strike", title="Bus drivers of Wendelstädter Verkehrsbetriebe strike all day on Thursday 14 May",
         actors=["Gewerkschaft Nahverkehr und Logistik", "Wendelstädter Verkehrsbetriebe"], final_status="CLAIMED",
         positions={"Gewerkschaft Nahverkehr und Logistik": "CLAIM", "Wendelstädter Verkehrsbetriebe": "CLAIM"},
         note="Must not merge with the embezzlement trial: same city, same week, the city of Wendelstadt named in both."),
    dict(id="kalweit-embezzlement", title="Former Wendelstadt treasurer Bernd Kalweit diverted 1.3 million euros of city money",
         actors=["Bernd Kalweit", "Staatsanwaltschaft", "Stadt Wendelstadt"], final_status="DENIED",
         positions={"Staatsanwaltschaft": "CLAIM", "Bernd Kalweit": "DENIAL", "Stadt Wendelstadt": "CLAIM"},
         note="The prosecution accuses (a party of the case); the defendant denies through his lawyer, then in "
              "person. The bank clerk is a witness (third party)."),
]

def st(article, story, stance, speaker, match, standing, evidence, core, time, position_of):
    return dict(article=article, story=story, stance=stance, speaker=speaker, speaker_match=match,
                standing=standing, evidence=evidence, core=core, time=time, position_of=position_of)

A1, A2, A3 = "a1_quellborn_sportecho.txt", "a2_quellborn_dementi.txt", "a3_harrowgate_signing_en.txt"
B1, B2 = "b1_seiffert_bericht.txt", "b2_seiffert_rueckhalt.txt"
C1, C1B, C2 = "c1_kestrel_recall_wire.txt", "c1b_kestrel_recall_copy.txt", "c2_kestrel_rueckruf_de.txt"
D1, D2 = "d1_wendelstadt_streik.txt", "d2_wendelstadt_strike_en.txt"
E1, E2 = "e1_wendelstadt_prozess.txt", "e2_wendelstadt_zeugin.txt"
TR, BO = "vosskamp-transfer", "vosskamp-training-boycott"
SE = "seiffert-resignation"
RC, KN = "kestrel-battery-recall", "kestrel-knew-fire-risk"
ST, KA = "wendelstadt-bus-strike", "kalweit-embezzlement"
SPORTECHO = ["Sportecho", "Fachblatt", "Blatt"]
QB = ["Eintracht Quellborn", "Quellborn", "Verein", "Vereinssprecher", "Klub", "Eintracht"]
WENNEMANN = ["Holger Wennemann", "Wennemann", "Sportdirektor"]
RUNDSCHAU = ["Nordmarscher Rundschau", "Rundschau", "Zeitung"]
KESTREL_EN = ["Kestrel", "company", "scooter maker", "Aileen Markby", "Markby", "spokeswoman"]
LEDGER = ["Ledger", "newspaper", "Zeitung"]
GNL = ["GNL", "Gewerkschaft", "Sabine Kroll", "Kroll", "union"]
WVB = ["Wendelstädter Verkehrsbetriebe", "WVB", "Timo Esders", "Esders", "operator", "spokesman"]
ANSELM = ["Felix Anselm", "Anselm", "Verteidiger"]
KALWEIT = ["Bernd Kalweit", "Kalweit", "61-Jährige"]

STATEMENTS = [
    # a1: trade paper's report, relayed; the club declines
    st(A1, TR, "CLAIM", None, [], "THIRD_PARTY", "Bericht: Quellborn-Stürmer Vosskamp vor Wechsel nach England", False, "2026-03-07T19:10:00+01:00", None),
    st(A1, TR, "CLAIM", None, [], "THIRD_PARTY", "Ein englischer Klub soll sich mit den Quellbornern bereits einig sein.", False, "2026-03-07T19:10:00+01:00", None),
    st(A1, TR, "CLAIM", "Sportecho", SPORTECHO, "THIRD_PARTY", "haben sich Eintracht Quellborn und der englische Erstligist Harrowgate Rovers auf eine Ablöse von 14 Millionen Euro geeinigt", True, "2026-03-07", "Sportecho"),
    st(A1, TR, "CLAIM", "Sportecho", SPORTECHO + ["Umfeld des Spielers"], "THIRD_PARTY", "Der 24-Jährige solle bereits in der kommenden Woche den Medizincheck absolvieren, schreibt das Blatt", True, "2026-03-07T19:10:00+01:00", "Sportecho"),
    st(A1, BO, "CLAIM", "Sportecho", SPORTECHO, "THIRD_PARTY", "Demnach soll Vosskamp am Freitag dem Training ferngeblieben sein, um den Wechsel zu erzwingen.", True, "2026-03-07T19:10:00+01:00", "Sportecho"),
    st(A1, TR, "NO_COMMENT", "Eintracht Quellborn", QB, "PARTY", "Eintracht Quellborn wollte sich auf Anfrage nicht zu dem Bericht äußern.", True, "2026-03-07T19:10:00+01:00", "Eintracht Quellborn"),
    st(A1, BO, "NO_COMMENT", "Eintracht Quellborn", QB, "PARTY", "„Interne Dinge kommentieren wir nicht.“", True, "2026-03-07T19:10:00+01:00", "Eintracht Quellborn"),
    # a2: the club denies both
    st(A2, TR, "DENIAL", "Eintracht Quellborn", QB, "PARTY", "Quellborn dementiert Wechsel von Vosskamp", False, "2026-03-08", "Eintracht Quellborn"),
    st(A2, TR, "DENIAL", "Holger Wennemann", WENNEMANN, "PARTY", "Sportdirektor Wennemann: „Es liegt kein Angebot vor“", False, "2026-03-08", "Eintracht Quellborn"),
    st(A2, TR, "DENIAL", "Eintracht Quellborn", QB, "PARTY", "hat einen Bericht über einen bevorstehenden Verkauf von Stürmer Leandro Vosskamp an Harrowgate Rovers dementiert", True, "2026-03-08", "Eintracht Quellborn"),
    st(A2, TR, "DENIAL", "Holger Wennemann", WENNEMANN, "PARTY", "„Es liegt kein Angebot aus England vor, und wir haben mit niemandem über Leandro verhandelt“, sagte Sportdirektor Holger Wennemann", True, "2026-03-08", "Eintracht Quellborn"),
    st(A2, TR, "DENIAL", "Holger Wennemann", WENNEMANN, "PARTY", "Vosskamp werde auch in der kommenden Saison für die Eintracht spielen, fügte er hinzu.", True, "2026-03-08", "Eintracht Quellborn"),
    st(A2, BO, "DENIAL", "Eintracht Quellborn", QB, "PARTY", "Auch den Vorwurf, der Angreifer habe das Training bestreikt, wies der Verein zurück.", True, "2026-03-08", "Eintracht Quellborn"),
    st(A2, BO, "DENIAL", "Eintracht Quellborn", QB, "PARTY", "Vosskamp sei am Freitag wegen eines grippalen Infekts freigestellt gewesen, teilte der Klub mit.", True, "2026-03-08", "Eintracht Quellborn"),
    st(A2, BO, "DENIAL", "Tiago Marques", ["Tiago Marques", "Marques", "Berater"], "PARTY", "„Von einem Streik kann keine Rede sein.", True, "2026-03-08", "Leandro Vosskamp"),
    st(A2, BO, "DENIAL", "Tiago Marques", ["Tiago Marques", "Marques", "Berater"], "PARTY", "Leandro lag mit Fieber im Bett.“", False, "2026-03-08", "Leandro Vosskamp"),
    st(A2, TR, "CLAIM", "Sportecho", SPORTECHO, "THIRD_PARTY", "Das „Sportecho“ hatte am Samstag berichtet, beide Vereine hätten sich auf eine Ablöse von 14 Millionen Euro geeinigt.", True, "2026-03-07", "Sportecho"),
    st(A2, TR, "NO_COMMENT", "Leandro Vosskamp", ["Leandro Vosskamp", "Vosskamp"], "PARTY", "Vosskamp selbst äußerte sich nicht.", False, "2026-03-08", "Leandro Vosskamp"),
    # a3: the English club announces, Quellborn confirms; the Sunday denial recalled
    st(A3, TR, "CLAIM", None, [], "THIRD_PARTY", "Harrowgate Rovers sign striker Vosskamp from Eintracht Quellborn", False, "2026-03-12T17:40:00Z", None),
    st(A3, TR, "CLAIM", "Harrowgate Rovers", ["Harrowgate Rovers", "Harrowgate", "Rovers", "English club", "club"], "PARTY", "Harrowgate Rovers have signed German striker Leandro Vosskamp from Eintracht Quellborn on a five-year contract, the English club said on Thursday.", True, "2026-03-12", "Harrowgate Rovers"),
    st(A3, TR, "CONFIRMATION", "Eintracht Quellborn", QB, "PARTY", "Eintracht Quellborn confirmed the transfer in a statement but did not disclose the fee.", True, "2026-03-12", "Eintracht Quellborn"),
    st(A3, TR, "CLAIM", "German media", ["German media", "media"], "THIRD_PARTY", "German media had put it at 14 million euros.", False, "2026-03-12", None),
    st(A3, TR, "CLAIM", "Holger Wennemann", WENNEMANN + ["sporting director"], "PARTY", "\"An offer of this size came in on Tuesday and we could not turn it down,\" Quellborn sporting director Holger Wennemann said.", True, "2026-03-12T17:40:00Z", "Eintracht Quellborn"),
    st(A3, TR, "DENIAL", "Holger Wennemann", WENNEMANN, "PARTY", "Only on Sunday, Wennemann had insisted that there was no offer and that the club had not negotiated with anyone.", True, "2026-03-08", "Eintracht Quellborn"),
    st(A3, TR, "CLAIM", "Glen Fairbairn", ["Glen Fairbairn", "Fairbairn", "manager"], "PARTY", "Rovers manager Glen Fairbairn said Vosskamp would \"give us a different kind of threat up front\".", False, "2026-03-12T17:40:00Z", "Harrowgate Rovers"),
    # b1: relayed report; the ministry denies, the chancellery declines
    st(B1, SE, "CLAIM", None, [], "THIRD_PARTY", "Medienbericht: Verkehrsministerin Seiffert vor dem Rücktritt", False, "2026-04-21T17:55:00+02:00", None),
    st(B1, SE, "CLAIM", None, [], "THIRD_PARTY", "Die Nordmarscher Verkehrsministerin Dagmar Seiffert will offenbar zurücktreten.", False, "2026-04-21T17:55:00+02:00", None),
    st(B1, SE, "CLAIM", "Nordmarscher Rundschau", RUNDSCHAU, "THIRD_PARTY", "Laut einem Bericht der „Nordmarscher Rundschau“ will die 58-Jährige ihren Rücktritt noch in dieser Woche bekanntgeben.", True, "2026-04-21T17:55:00+02:00", "Nordmarscher Rundschau"),
    st(B1, SE, "CLAIM", "Nordmarscher Rundschau", RUNDSCHAU, "THIRD_PARTY", "Die Zeitung beruft sich auf Kreise der Regierungsfraktion.", False, "2026-04-21T17:55:00+02:00", "Nordmarscher Rundschau"),
    st(B1, SE, "DENIAL", "Verkehrsministerium", ["Verkehrsministerium", "Ministerium", "Sprecher"], "PARTY", "Das Verkehrsministerium wies den Bericht zurück.", True, "2026-04-21T17:55:00+02:00", "Dagmar Seiffert"),
    st(B1, SE, "DENIAL", "Sprecher des Ministeriums", ["Sprecher", "Ministerium", "Verkehrsministerium"], "PARTY", "„Die Ministerin hat nicht die Absicht zurückzutreten“, sagte ein Sprecher des Ministeriums am Dienstag.", True, "2026-04-21", "Dagmar Seiffert"),
    st(B1, None, "CLAIM", "Malte Grünhagen", ["Malte Grünhagen", "Grünhagen", "Oppositionsführer", "Fraktionschef"], "THIRD_PARTY", "„Frau Seiffert hat das Parlament getäuscht, sie muss gehen“, sagte der Fraktionschef der Küstenpartei.", False, "2026-04-21T17:55:00+02:00", None),
    st(B1, SE, "NO_COMMENT", "Staatskanzlei", ["Staatskanzlei"], "PARTY", "Die Staatskanzlei wollte sich zu dem Bericht nicht äußern.", True, "2026-04-21T17:55:00+02:00", "Landesregierung Nordmarschen"),
    # b2: the head of government and the minister herself
    st(B2, SE, "DENIAL", "Carsten Lübbering", ["Carsten Lübbering", "Lübbering", "Ministerpräsident"], "PARTY", "Einen Rücktritt wird es nicht geben“, sagte Lübbering am Mittwoch in Ebbersund.", True, "2026-04-22", "Landesregierung Nordmarschen"),
    st(B2, SE, "DENIAL", "Dagmar Seiffert", ["Dagmar Seiffert", "Seiffert"], "PARTY", "„Ich bleibe im Amt und werde die Aufklärung beim Hafentunnel selbst vorantreiben.“", True, "2026-04-22", "Dagmar Seiffert"),
    st(B2, SE, "CLAIM", "Nordmarscher Rundschau", RUNDSCHAU, "THIRD_PARTY", "Die „Nordmarscher Rundschau“ hatte am Dienstag unter Berufung auf Fraktionskreise berichtet, die Ministerin wolle noch in dieser Woche ihren Rücktritt erklären.", True, "2026-04-21", "Nordmarscher Rundschau"),
    st(B2, SE, "CLAIM", "Nordmarscher Rundschau", RUNDSCHAU, "THIRD_PARTY", "Die Zeitung bleibt bei ihrer Darstellung.", False, "2026-04-22", "Nordmarscher Rundschau"),
]

def kestrel_wire(art, spokes_match, time_day):
    return [
        st(art, RC, "CLAIM", "Kestrel Mobility", KESTREL_EN, "PARTY", "Kestrel Mobility is recalling about 62,000 e-scooter batteries sold across Europe after a series of fires, the scooter maker said on Tuesday.", True, time_day, "Kestrel Mobility"),
        st(art, RC, "CLAIM", "Kestrel Mobility", KESTREL_EN, "PARTY", "The company said a faulty cell batch could overheat while charging", True, time_day, "Kestrel Mobility"),
        st(art, KN, "CLAIM", "The Ledger", LEDGER, "THIRD_PARTY", "the Ledger newspaper reported, citing internal emails, that Kestrel engineers had warned managers about overheating cells as early as last July", True, None if time_day is None else "2026-02-03", "The Ledger"),
        st(art, KN, "DENIAL", "Kestrel Mobility", KESTREL_EN, "PARTY", "Kestrel rejected that account.", True, time_day, "Kestrel Mobility"),
        st(art, KN, "DENIAL", "Kestrel Mobility", spokes_match, "PARTY", "\"The suggestion that we sat on a known safety risk is simply false,\"", True, time_day, "Kestrel Mobility"),
        st(art, RC, "CLAIM", "SafeHome Watch", ["SafeHome Watch", "consumer group"], "THIRD_PARTY", "At least nine fires in Britain, Germany and the Netherlands have been linked to the batteries, according to consumer group SafeHome Watch.", False, time_day, "SafeHome Watch"),
    ]

STATEMENTS += kestrel_wire(C1, ["Aileen Markby", "Markby", "spokeswoman", "Kestrel"], "2026-02-10")
STATEMENTS += [
    st(C1, RC, "CLAIM", "Kestrel Mobility", KESTREL_EN, "PARTY", "Customers would receive a replacement free of charge, it said.", False, "2026-02-10", "Kestrel Mobility"),
    st(C1, KN, "DENIAL", "Aileen Markby", ["Aileen Markby", "Markby", "spokeswoman", "Kestrel"], "PARTY", "\"We acted within days of the first confirmed incident.\"", False, "2026-02-10", "Kestrel Mobility"),
]
STATEMENTS += kestrel_wire(C1B, ["spokeswoman", "Kestrel", "company"], None)
STATEMENTS += [
    st(C2, RC, "CLAIM", None, [], "THIRD_PARTY", "Brandgefahr: Kestrel ruft E-Scooter-Akkus zurück", False, "2026-02-11T09:30:00+01:00", None),
    st(C2, KN, "DENIAL", "Kestrel Mobility", ["Kestrel", "Hersteller"], "PARTY", "Der Hersteller bestreitet, früh von dem Problem gewusst zu haben.", False, "2026-02-11T09:30:00+01:00", "Kestrel Mobility"),
    st(C2, RC, "CONFIRMATION", "Bundesstelle für Gerätesicherheit", ["Bundesstelle für Gerätesicherheit", "Bundesstelle", "Sprecherin"], "THIRD_PARTY", "Das bestätigte eine Sprecherin der Bundesstelle für Gerätesicherheit am Mittwoch.", True, "2026-02-11", "Bundesstelle für Gerätesicherheit"),
    st(C2, RC, "CLAIM", "Bundesstelle für Gerätesicherheit", ["Bundesstelle für Gerätesicherheit", "Bundesstelle", "Sprecherin"], "THIRD_PARTY", "Kestrel habe die Behörde bereits Ende Januar über den Rückruf informiert, sagte sie.", False, "2026-02-11", "Bundesstelle für Gerätesicherheit"),
    st(C2, RC, "CLAIM", "Kestrel Mobility", ["Kestrel", "Unternehmen"], "PARTY", "Nach Angaben des Unternehmens können Zellen einer fehlerhaften Charge beim Laden überhitzen.", True, "2026-02-11T09:30:00+01:00", "Kestrel Mobility"),
    st(C2, KN, "CLAIM", "The Ledger", LEDGER, "THIRD_PARTY", "hatte vergangene Woche unter Berufung auf interne E-Mails berichtet, Ingenieure des Unternehmens hätten bereits im Juli vor überhitzenden Zellen gewarnt", True, "2026-02-03", "The Ledger"),
    st(C2, KN, "DENIAL", "Kestrel Mobility", ["Kestrel", "Sprecher"], "PARTY", "Ein Kestrel-Sprecher wies das am Mittwoch erneut zurück", True, "2026-02-11", "Kestrel Mobility"),
    # d: the strike
    st(D1, ST, "CLAIM", "Gewerkschaft Nahverkehr und Logistik", GNL, "PARTY", "zu einem ganztägigen Warnstreik aufgerufen, wie GNL-Verhandlungsführerin Sabine Kroll am Dienstag ankündigte", True, "2026-05-12", "Gewerkschaft Nahverkehr und Logistik"),
    st(D1, ST, "CLAIM", "Sabine Kroll", GNL, "PARTY", "„Nach drei ergebnislosen Runden bleibt uns keine andere Wahl“, sagte Kroll.", False, "2026-05-12T15:20:00+02:00", "Gewerkschaft Nahverkehr und Logistik"),
    st(D1, ST, "CONFIRMATION", "Timo Esders", WVB, "PARTY", "WVB-Sprecher Timo Esders bestätigte, dass am Donnerstag voraussichtlich kein Bus fahren werde.", True, "2026-05-12T15:20:00+02:00", "Wendelstädter Verkehrsbetriebe"),
    st(D1, ST, "CLAIM", "Timo Esders", WVB, "PARTY", "Das Unternehmen bedauere den Streik und halte ihn für unverhältnismäßig, sagte er.", False, "2026-05-12T15:20:00+02:00", "Wendelstädter Verkehrsbetriebe"),
    st(D2, ST, "CLAIM", "Wendelstädter Verkehrsbetriebe", WVB + ["transport operator"], "PARTY", "Bus services in the German city of Wendelstadt came to a halt on Thursday as drivers staged a day-long strike over pay, the city's transport operator said.", True, "2026-05-14", "Wendelstädter Verkehrsbetriebe"),
    st(D2, ST, "CLAIM", "Wendelstädter Verkehrsbetriebe", WVB, "PARTY", "\"Not a single bus has left the depots this morning,\" a spokesman for Wendelstädter Verkehrsbetriebe told Northgate Press.", True, "2026-05-14T08:05:00Z", "Wendelstädter Verkehrsbetriebe"),
    st(D2, ST, "CLAIM", "GNL", GNL, "PARTY", "The GNL union said about nine in ten drivers had joined the walkout.", True, "2026-05-14T08:05:00Z", "Gewerkschaft Nahverkehr und Logistik"),
    # e: the trial
    st(E1, KA, "DENIAL", "Bernd Kalweit", KALWEIT + ANSELM, "PARTY", "Prozess gegen früheren Kämmerer: Kalweit weist Untreue-Vorwurf zurück", False, "2026-05-13T18:02:00+02:00", "Bernd Kalweit"),
    st(E1, KA, "CLAIM", None, [], "THIRD_PARTY", "Er soll 1,3 Millionen Euro aus der Stadtkasse abgezweigt haben.", False, "2026-05-13T18:02:00+02:00", None),
    st(E1, KA, "CLAIM", "Miriam Oberlack", ["Miriam Oberlack", "Oberlack", "Staatsanwältin", "Staatsanwaltschaft"], "PARTY", "Das warf ihm Staatsanwältin Miriam Oberlack zum Prozessauftakt am Mittwoch vor dem Landgericht Wendelstadt vor.", True, "2026-05-13", "Staatsanwaltschaft"),
    st(E1, KA, "DENIAL", "Felix Anselm", ANSELM, "PARTY", "Kalweits Verteidiger Felix Anselm wies die Vorwürfe im Namen seines Mandanten zurück.", True, "2026-05-13T18:02:00+02:00", "Bernd Kalweit"),
    st(E1, KA, "DENIAL", "Felix Anselm", ANSELM, "PARTY", "„Mein Mandant hat sich zu keinem Zeitpunkt bereichert“, sagte Anselm.", True, "2026-05-13T18:02:00+02:00", "Bernd Kalweit"),
    st(E1, KA, "DENIAL", "Felix Anselm", ANSELM, "PARTY", "Die Zahlungen seien für tatsächlich erbrachte Beratungsleistungen geflossen.", False, "2026-05-13T18:02:00+02:00", "Bernd Kalweit"),
    st(E1, KA, "CLAIM", "Anja Treske", ["Anja Treske", "Treske", "Oberbürgermeisterin", "Stadt"], "PARTY", "Oberbürgermeisterin Anja Treske sagte am Rande des Prozesses, die Stadt wolle „jeden Euro zurückholen“.", False, "2026-05-13T18:02:00+02:00", "Stadt Wendelstadt"),
    st(E1, KA, "NO_COMMENT", "Bernd Kalweit", KALWEIT, "PARTY", "Kalweit selbst schwieg zum Auftakt.", False, "2026-05-13T18:02:00+02:00", "Bernd Kalweit"),
    st(E2, KA, "DENIAL", "Bernd Kalweit", KALWEIT, "PARTY", "Kalweit bricht sein Schweigen: „Keinen Cent für mich genommen“", False, "2026-05-20T16:45:00+02:00", "Bernd Kalweit"),
    st(E2, KA, "DENIAL", "Bernd Kalweit", KALWEIT, "PARTY", "„Ich habe keinen Cent für mich genommen“, sagte der 61-Jährige am Mittwoch vor der Großen Strafkammer.", True, "2026-05-20", "Bernd Kalweit"),
    st(E2, KA, "DENIAL", "Bernd Kalweit", KALWEIT, "PARTY", "Die Beratungsfirma seines Schwagers habe für die Stadt Gutachten erstellt, die jeden Euro wert gewesen seien.", False, "2026-05-20T16:45:00+02:00", "Bernd Kalweit"),
    st(E2, KA, "CLAIM", "Mitarbeiterin der Stadtsparkasse", ["Mitarbeiterin", "Stadtsparkasse", "Zeugin"], "THIRD_PARTY", "Eine Mitarbeiterin der Stadtsparkasse sagte dagegen als Zeugin aus, sie habe 2023 mehrere Überweisungen ohne Rechnung bemerkt", True, "2026-05-20T16:45:00+02:00", None),
    st(E2, KA, "CLAIM", "Staatsanwaltschaft", ["Staatsanwaltschaft"], "PARTY", "Die Staatsanwaltschaft hält an ihrer Anklage fest.", True, "2026-05-20T16:45:00+02:00", "Staatsanwaltschaft"),
]

# Rows added after the first measurement (annotation omissions: the headlines and leads the outlet or a party states,
# which the other rows' convention annotates as non-core rows).
STATEMENTS += [
    st(B2, SE, "DENIAL", "Carsten Lübbering", ["Carsten Lübbering", "Lübbering"], "PARTY", "Nach den Rücktrittsgerüchten spricht Lübbering Seiffert sein Vertrauen aus.", False, "2026-04-22", "Landesregierung Nordmarschen"),
    st(C1, RC, "CLAIM", None, [], "THIRD_PARTY", "Kestrel Mobility recalls 62,000 e-scooter batteries after fires", False, "2026-02-10T14:25:00Z", None),
    st(C1B, RC, "CLAIM", None, [], "THIRD_PARTY", "Kestrel to recall 62,000 scooter batteries over fire risk", False, None, None),
    st(D1, ST, "CLAIM", None, [], "THIRD_PARTY", "Busse bleiben am Donnerstag in den Depots", False, "2026-05-12T15:20:00+02:00", None),
    st(D1, ST, "CLAIM", "Gewerkschaft Nahverkehr und Logistik", GNL, "PARTY", "Die Gewerkschaft GNL ruft die Fahrerinnen und Fahrer der Wendelstädter Verkehrsbetriebe zu einem ganztägigen Warnstreik auf.", False, "2026-05-12T15:20:00+02:00", "Gewerkschaft Nahverkehr und Logistik"),
    st(D2, ST, "CLAIM", None, [], "THIRD_PARTY", "Wendelstadt bus drivers walk out in pay dispute", False, "2026-05-14T08:05:00Z", None),
]

def transitions():
    rows = []
    def add(after, story, status):
        rows.append(dict(after=after, story=story, status=status))
    add([A1], TR, "UNCONFIRMED"); add([A1, A2], TR, "DENIED"); add([A1, A2, A3], TR, "CLAIMED")
    add([A2, A3], TR, "CLAIMED"); add([A3], TR, "CLAIMED")
    add([A1], BO, "UNCONFIRMED"); add([A1, A2], BO, "DENIED"); add([A1, A2, A3], BO, "DENIED")
    add([B1], SE, "DENIED"); add([B1, B2], SE, "DENIED"); add([B2], SE, "DENIED")
    add([C1], RC, "CLAIMED"); add([C1, C1B], RC, "CLAIMED"); add([C1, C1B, C2], RC, "CLAIMED"); add([C2], RC, "CLAIMED")
    add([C1], KN, "DENIED"); add([C1B], KN, "DENIED"); add([C1, C1B, C2], KN, "DENIED")
    add([D1], ST, "CLAIMED"); add([D1, D2], ST, "CLAIMED")
    add([E1], KA, "DENIED"); add([E1, E2], KA, "DENIED"); add([E2], KA, "DENIED")
    return rows

write(HERE, about="Invented story scenarios written for storywire (12 articles, 8 German, 4 English; every club, "
                  "company, person, place, outlet and event made up), annotated by hand. Same format as "
                  "scenarios-dev/gold.json. Written by make_gold.py.",
      articles=ARTICLES, stories=STORIES, statements=STATEMENTS, transitions=transitions())
