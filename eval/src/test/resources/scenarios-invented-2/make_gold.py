"""Writes gold.json for the second set of invented scenarios (articles/), checking every evidence and boilerplate
string against its article. Run: python3 make_gold.py. Everything here (articles and gold) was written for
storywire by hand, before any run of the system on it; all names, places, outlets and events are invented."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from scenario_gold import write  # noqa: E402 (the sets' shared check and writer)

CALDER = "Reporting by Callum Ferris; Editing by Nina Haskell"
ARTICLES = [
    dict(file="f1_kordewig_kurier.txt", language="de", published="2026-09-14T18:40:00+02:00",
         boilerplate=["Von Henrik Dallmeyer", "Das Werk an der Mühlenstraße. Foto: Kurier/Archiv",
                      "Artikel teilen: Facebook | X | WhatsApp | E-Mail",
                      "Newsletter: Jeden Morgen die wichtigsten Nachrichten aus Ostrieden – jetzt kostenlos abonnieren!",
                      "Mehr aus der Region", "Ostrieden: Stadtrat beschließt neuen Haushalt"]),
    dict(file="g1_kordewig_pumpen.txt", language="de", published="2026-09-15T12:05:00+02:00",
         boilerplate=["Anzeige", "Fotostrecke: Die größten Arbeitgeber der Region", "Zum Newsletter anmelden"]),
    dict(file="f2_kordewig_bestaetigt.txt", language="de", published="2026-09-16", published_precision="day",
         boilerplate=["Artikel teilen", "wdp hd/lm", "© Wirtschaftsdienst Presse, wdp:260916-99-412377/3"]),
    dict(file="f3_kordewig_plant_en.txt", language="en", published="2026-09-17T11:15:00Z",
         published_hint="dateline 'September 17, 2026 11:15 AM GMT' in the text",
         boilerplate=["By Callum Ferris", CALDER]),
    dict(file="h1_halbritter_geruecht.txt", language="de", published="2026-10-05T21:30:00+02:00",
         boilerplate=["Halbritter an der Seitenlinie. Foto: Sportfoto Reinke", "Teilen", "Drucken"]),
    dict(file="h2_halbritter_schweigt.txt", language="de", published="2026-10-11T19:05:00+02:00",
         boilerplate=["Mehr Fußball", "Grolsdorf trennt sich von Trainer Weidmann", "Newsletter",
                      "Die Sportwoche in Ihrem Postfach"]),
    dict(file="m1_nordhalm_seelander.txt", language="de", published="2026-10-20T08:45:00+02:00",
         boilerplate=["Foto: Seelander/PR", "Artikel teilen",
                      "Auch interessant: Strompreise – was sich im kommenden Jahr ändert"]),
    dict(file="m2_nordhalm_seelander_en.txt", language="en", published="2026-10-20T10:02:00Z",
         published_hint="dateline 'October 20, 2026 10:02 AM GMT' in the text", boilerplate=[CALDER]),
    dict(file="n1_halvern_tolley_en.txt", language="en", published="2026-10-22T16:50:00Z",
         published_hint="dateline 'October 22, 2026 4:50 PM GMT' in the text", boilerplate=[CALDER]),
    dict(file="k1_aldwick_ferry_gazette.txt", language="en", published="2026-11-03T09:12:00Z",
         published_hint="'Published: 09:12, 3 November 2026' (UK time, GMT in November)",
         boilerplate=["By Megan Thorley, Local Democracy Reporter", "Share on Facebook", "Share on X", "Copy link",
                      "The ferry at Aldwick pier. Picture: Gazette archive", "Sign up to our daily newsletter",
                      "Most read", "Aldwick pier reopens after storm repairs"]),
]

CL, PU = "kordewig-ostrieden-closure", "kordewig-pump-sale"
HA, FE = "halbritter-ambersee", "aldwick-ferry-sale"
SE, TO = "nordhalm-seelander-takeover", "tolley-exit"

STORIES = [
    dict(id=CL, title="Valve maker Kordewig closes its Ostrieden plant", actors=["Kordewig Armaturen"],
         final_status="CLAIMED",
         positions={"Ostriedener Kurier": "CLAIM", "Kordewig Armaturen": "CONFIRMATION",
                    "Betriebsrat Kordewig": "CLAIM"},
         note="Three outlets, three actor sets, a figure that changes: the local paper's own report (300 jobs, the "
              "company declines), a wire confirming it (450, the chief executive), an English wire (450 confirmed, "
              "the works council's 600, a state minister). The company confirms the claim it first would not "
              "comment on. The pump-sale report of the same week about the same company is another story."),
    dict(id=PU, title="Kordewig is in talks to sell its pump division to Valdoran Industries",
         actors=["Kordewig Armaturen", "Valdoran Industries"], final_status="DENIED",
         positions={"Börsenbote": "CLAIM", "Kordewig Armaturen": "DENIAL", "Valdoran Industries": "NO_COMMENT"},
         note="Second claim about the same company in the same week; the English wire spells the paper "
              "'Boersenbote' and recalls report and denial in two sentences."),
    dict(id=HA, title="Coach Mirko Halbritter has agreed to move from SV Tannwerder to FC Ambersee",
         actors=["Mirko Halbritter", "FC Ambersee", "SV Tannwerder"], final_status="UNCONFIRMED",
         positions={"Amberseer Anzeiger": "CLAIM", "Mirko Halbritter": "NO_COMMENT", "FC Ambersee": "NO_COMMENT"},
         note="A rumour the coach denies (5 Oct) and a week later declines to comment on; his latest position is "
              "then no comment, so the story is UNCONFIRMED, not DENIED. h2 recalls the denial (time 5 Oct)."),
    dict(id=FE, title="Port Aldwick council is preparing to sell its ferry service to Marrick Marine",
         actors=["Port Aldwick council", "Marrick Marine"], final_status="DENIED",
         positions={"Aldwick Gazette": "CLAIM", "Port Aldwick council": "DENIAL", "Marrick Marine": "NO_COMMENT"},
         note="One article: the outlet's own report (the outlet speaking, no named speaker) and the council's "
              "denial of it; the buyer declines."),
    dict(id=SE, title="Nordhalm Energie buys wind farm operator Seelander for about 1.1 billion euros",
         actors=["Nordhalm Energie", "Seelander"], final_status="CLAIMED",
         positions={"Nordhalm Energie": "CLAIM", "Seelander": "CONFIRMATION"},
         note="A German and an English article of the same announcement on the same day."),
    dict(id=TO, title="Halvern Foods chief executive Marcus Tolley is preparing to step down",
         actors=["Marcus Tolley", "Halvern Foods"], final_status="UNCONFIRMED",
         positions={"anonymous sources": "CLAIM", "Halvern Foods": "NO_COMMENT"},
         note="Only anonymous sources claim; the company declines. Third parties never decide the status."),
]

def st(article, story, stance, speaker, match, standing, evidence, core, time, position_of):
    return dict(article=article, story=story, stance=stance, speaker=speaker, speaker_match=match,
                standing=standing, evidence=evidence, core=core, time=time, position_of=position_of)

F1, G1, F2, F3 = "f1_kordewig_kurier.txt", "g1_kordewig_pumpen.txt", "f2_kordewig_bestaetigt.txt", "f3_kordewig_plant_en.txt"
H1, H2 = "h1_halbritter_geruecht.txt", "h2_halbritter_schweigt.txt"
K1 = "k1_aldwick_ferry_gazette.txt"
M1, M2 = "m1_nordhalm_seelander.txt", "m2_nordhalm_seelander_en.txt"
N1 = "n1_halvern_tolley_en.txt"
KURIER = ["Ostriedener Kurier", "Kurier", "Zeitung"]
KORDEWIG = ["Kordewig", "Sprecher", "Unternehmen", "company"]
EBELING = ["Katrin Ebeling", "Ebeling", "Vorstandschefin", "Chief Executive", "Kordewig"]
TIEDTKE = ["Uwe Tiedtke", "Tiedtke", "Betriebsrat", "works council"]
BOTE = ["Börsenbote", "Boersenbote", "Zeitung", "financial daily", "Finanzkreise"]
HALBRITTER = ["Mirko Halbritter", "Halbritter", "47-Jährige", "Trainer", "Tannwerder-Trainer"]
AMBERSEE = ["FC Ambersee", "Ambersee", "Dirk Lorenzen", "Lorenzen", "Sportvorstand"]
ANZEIGER = ["Amberseer Anzeiger", "Anzeiger"]
COUNCIL = ["council", "spokeswoman", "Aldwick"]
NORDHALM = ["Nordhalm", "Julian Markwort", "Markwort"]
SEELANDER = ["Annika Brodowski", "Brodowski", "Seelander", "Gründerin", "founder"]
SOURCES = ["people familiar", "people", "sources", "Calder Wire"]

STATEMENTS = [
    # f1: the local paper's own report; the company declines
    st(F1, CL, "CLAIM", None, [], "THIRD_PARTY", "Kordewig will Werk in Ostrieden schließen", False, "2026-09-14T18:40:00+02:00", None),
    st(F1, CL, "CLAIM", None, [], "THIRD_PARTY", "Der Armaturenhersteller Kordewig will nach Informationen unserer Zeitung sein Werk in Ostrieden bis Ende 2027 schließen.", True, "2026-09-14T18:40:00+02:00", "Ostriedener Kurier"),
    st(F1, CL, "CLAIM", None, [], "THIRD_PARTY", "Betroffen wären rund 300 Beschäftigte.", False, "2026-09-14T18:40:00+02:00", "Ostriedener Kurier"),
    st(F1, CL, "CLAIM", "Ostriedener Kurier", KURIER + ["Unternehmenskreisen"], "THIRD_PARTY", "Die Fertigung solle in das Stammwerk nach Halvesloh verlagert werden, erfuhr der Kurier aus Unternehmenskreisen.", True, "2026-09-14T18:40:00+02:00", "Ostriedener Kurier"),
    st(F1, CL, "NO_COMMENT", "Kordewig Armaturen", KORDEWIG, "PARTY", "Ein Sprecher von Kordewig wollte sich am Montag nicht zu dem Bericht äußern.", True, "2026-09-14", "Kordewig Armaturen"),
    st(F1, CL, "NO_COMMENT", "Kordewig Armaturen", KORDEWIG, "PARTY", "Man beteilige sich nicht an Spekulationen, sagte er.", False, "2026-09-14", "Kordewig Armaturen"),
    st(F1, CL, "CLAIM", "Uwe Tiedtke", TIEDTKE, "PARTY", "„Wenn das stimmt, ist das ein Schlag ins Gesicht der Belegschaft“, sagte er dem Kurier.", False, "2026-09-14T18:40:00+02:00", None),
    # g1: the financial paper's report of a sale, denied; the closure report recalled
    st(G1, PU, "CLAIM", None, [], "THIRD_PARTY", "Kordewig verhandelt offenbar über Verkauf der Pumpensparte", False, "2026-09-15T12:05:00+02:00", None),
    st(G1, PU, "CLAIM", None, [], "THIRD_PARTY", "Ein US-Konzern soll Interesse an dem Geschäft mit Industriepumpen haben.", False, "2026-09-15T12:05:00+02:00", None),
    st(G1, PU, "DENIAL", "Kordewig Armaturen", KORDEWIG, "PARTY", "Kordewig weist den Bericht zurück.", False, "2026-09-15T12:05:00+02:00", "Kordewig Armaturen"),
    st(G1, PU, "CLAIM", "Börsenbote", BOTE, "THIRD_PARTY", "Der Armaturenhersteller Kordewig verhandelt nach einem Bericht des „Börsenboten“ über den Verkauf seiner Pumpensparte an den US-Konzern Valdoran Industries.", True, "2026-09-15T12:05:00+02:00", "Börsenbote"),
    st(G1, PU, "CLAIM", "Börsenbote", BOTE, "THIRD_PARTY", "Die Gespräche seien weit fortgeschritten, ein Kaufpreis von rund 180 Millionen Euro sei im Gespräch, schreibt die Zeitung unter Berufung auf Finanzkreise.", True, "2026-09-15T12:05:00+02:00", "Börsenbote"),
    st(G1, PU, "DENIAL", "Kordewig Armaturen", KORDEWIG, "PARTY", "Kordewig wies den Bericht am Dienstag zurück.", True, "2026-09-15", "Kordewig Armaturen"),
    st(G1, PU, "DENIAL", "Kordewig Armaturen", KORDEWIG + ["Unternehmenssprecher"], "PARTY", "„Die Pumpensparte steht nicht zum Verkauf“, sagte ein Unternehmenssprecher.", True, "2026-09-15T12:05:00+02:00", "Kordewig Armaturen"),
    st(G1, PU, "NO_COMMENT", "Valdoran Industries", ["Valdoran"], "PARTY", "Valdoran wollte sich nicht äußern.", True, "2026-09-15T12:05:00+02:00", "Valdoran Industries"),
    st(G1, CL, "CLAIM", "Ostriedener Kurier", KURIER, "THIRD_PARTY", "Erst am Montag hatte der „Ostriedener Kurier“ berichtet, Kordewig wolle sein Werk in Ostrieden schließen.", True, "2026-09-14", "Ostriedener Kurier"),
    # f2: the company confirms, with a larger figure
    st(F2, CL, "CONFIRMATION", "Kordewig Armaturen", KORDEWIG, "PARTY", "Kordewig bestätigt Aus für Werk Ostrieden – 450 Stellen betroffen", False, "2026-09-16", "Kordewig Armaturen"),
    st(F2, CL, "CONFIRMATION", "Kordewig Armaturen", KORDEWIG, "PARTY", "Der Armaturenhersteller Kordewig hat die Schließung seines Werks in Ostrieden bestätigt.", True, "2026-09-16", "Kordewig Armaturen"),
    st(F2, CL, "CLAIM", "Kordewig Armaturen", KORDEWIG, "PARTY", "Betroffen seien rund 450 Beschäftigte und damit mehr als zunächst bekannt, teilte das Unternehmen am Mittwoch in Halvesloh mit.", True, "2026-09-16", "Kordewig Armaturen"),
    st(F2, CL, "CLAIM", "Katrin Ebeling", EBELING, "PARTY", "„Die Entscheidung ist uns nicht leichtgefallen, aber der Standort ist seit Jahren nicht wettbewerbsfähig“, sagte Vorstandschefin Katrin Ebeling.", True, "2026-09-16", "Kordewig Armaturen"),
    st(F2, CL, "CLAIM", "Ostriedener Kurier", KURIER, "THIRD_PARTY", "Der „Ostriedener Kurier“ hatte am Montag von 300 betroffenen Stellen berichtet.", True, "2026-09-14", "Ostriedener Kurier"),
    st(F2, CL, "CLAIM", "Uwe Tiedtke", TIEDTKE, "PARTY", "Betriebsratschef Uwe Tiedtke kündigte Widerstand an.", False, "2026-09-16", None),
    st(F2, CL, "CLAIM", "Uwe Tiedtke", TIEDTKE, "PARTY", "„Wir werden um jeden Arbeitsplatz in Ostrieden kämpfen“, sagte er.", False, "2026-09-16", None),
    # f3: the English wire: confirmed figure, the works council's figure, the minister; the sale report recalled
    st(F3, CL, "CLAIM", None, [], "THIRD_PARTY", "Kordewig to shut German valve plant, cut about 450 jobs", False, "2026-09-17T11:15:00Z", None),
    st(F3, CL, "CONFIRMATION", "Kordewig Armaturen", KORDEWIG, "PARTY", "German valve maker Kordewig Armaturen will close its plant in Ostrieden by the end of 2027, cutting about 450 jobs, the company confirmed on Wednesday.", True, "2026-09-16", "Kordewig Armaturen"),
    st(F3, CL, "CLAIM", "Katrin Ebeling", EBELING, "PARTY", "\"This decision was not taken lightly,\" Chief Executive Katrin Ebeling said in a statement.", True, "2026-09-17T11:15:00Z", "Kordewig Armaturen"),
    st(F3, CL, "CLAIM", "Uwe Tiedtke", TIEDTKE, "PARTY", "Works council head Uwe Tiedtke said the real number was closer to 600 once contract workers were counted.", True, "2026-09-17T11:15:00Z", "Betriebsrat Kordewig"),
    st(F3, CL, "CLAIM", "Lennart Vosberg", ["Lennart Vosberg", "Vosberg", "economy minister", "minister"], "THIRD_PARTY", "said he would meet Kordewig's management next week and urged the company to look for a buyer for the site", False, "2026-09-17T11:15:00Z", None),
    st(F3, PU, "CLAIM", "Börsenbote", BOTE, "THIRD_PARTY", "The financial daily Boersenbote reported on Tuesday that Kordewig was in talks to sell its pump division to Valdoran Industries.", True, "2026-09-15", "Börsenbote"),
    st(F3, PU, "DENIAL", "Kordewig Armaturen", KORDEWIG, "PARTY", "Kordewig denied that report the same day.", True, "2026-09-15", "Kordewig Armaturen"),
    # h1: the rumour and the coach's denial
    st(H1, HA, "DENIAL", "Mirko Halbritter", HALBRITTER, "PARTY", "Wechselt Halbritter nach Ambersee? Tannwerder-Trainer dementiert", False, "2026-10-05T21:30:00+02:00", "Mirko Halbritter"),
    st(H1, HA, "DENIAL", "Mirko Halbritter", HALBRITTER, "PARTY", "„Es gab keinen Kontakt“", False, "2026-10-05T21:30:00+02:00", "Mirko Halbritter"),
    st(H1, HA, "CLAIM", None, [], "THIRD_PARTY", "Trainer Mirko Halbritter soll beim Zweitligisten FC Ambersee ganz oben auf der Wunschliste stehen.", False, "2026-10-05T21:30:00+02:00", None),
    st(H1, HA, "CLAIM", "Amberseer Anzeiger", ANZEIGER, "THIRD_PARTY", "Wie der „Amberseer Anzeiger“ am Montag berichtete, hat sich Halbritter mit dem Klub bereits über einen Vertrag bis 2029 geeinigt.", True, "2026-10-05", "Amberseer Anzeiger"),
    st(H1, HA, "DENIAL", "Mirko Halbritter", HALBRITTER, "PARTY", "Halbritter selbst wies das zurück.", True, "2026-10-05T21:30:00+02:00", "Mirko Halbritter"),
    st(H1, HA, "DENIAL", "Mirko Halbritter", HALBRITTER, "PARTY", "„Es gab keinen Kontakt mit Ambersee, und ich habe hier in Tannwerder noch viel vor“, sagte der 47-Jährige nach dem Training des SV Tannwerder.", True, "2026-10-05T21:30:00+02:00", "Mirko Halbritter"),
    st(H1, HA, "NO_COMMENT", "FC Ambersee", AMBERSEE, "PARTY", "Der FC Ambersee wollte den Bericht nicht kommentieren.", True, "2026-10-05T21:30:00+02:00", "FC Ambersee"),
    # h2: a week later the coach declines; the denial recalled
    st(H2, HA, "NO_COMMENT", "Mirko Halbritter", HALBRITTER, "PARTY", "Halbritter schweigt zu Ambersee", False, "2026-10-11T19:05:00+02:00", "Mirko Halbritter"),
    st(H2, HA, "DENIAL", "Mirko Halbritter", HALBRITTER, "PARTY", "Vor einer Woche hatte der Tannwerder-Trainer einen Wechsel noch bestritten.", False, "2026-10-05", "Mirko Halbritter"),
    st(H2, HA, "NO_COMMENT", "Mirko Halbritter", HALBRITTER, "PARTY", "Nun will er sich nicht mehr festlegen.", False, "2026-10-11T19:05:00+02:00", "Mirko Halbritter"),
    st(H2, HA, "NO_COMMENT", "Mirko Halbritter", HALBRITTER, "PARTY", "wollte Mirko Halbritter die Gerüchte um einen Wechsel zum FC Ambersee nicht mehr kommentieren", True, "2026-10-11", "Mirko Halbritter"),
    st(H2, HA, "NO_COMMENT", "Mirko Halbritter", HALBRITTER, "PARTY", "„Dazu sage ich im Moment nichts“, sagte der Trainer des SV Tannwerder am Sonntag.", True, "2026-10-11", "Mirko Halbritter"),
    st(H2, HA, "DENIAL", "Mirko Halbritter", HALBRITTER, "PARTY", "Noch am vergangenen Montag hatte Halbritter bestritten, mit Ambersee Kontakt gehabt zu haben.", True, "2026-10-05", "Mirko Halbritter"),
    st(H2, HA, "CLAIM", "Amberseer Anzeiger", ANZEIGER, "THIRD_PARTY", "Nach Informationen des „Amberseer Anzeigers“ soll der Vertrag bereits unterschrieben sein.", True, "2026-10-11T19:05:00+02:00", "Amberseer Anzeiger"),
    st(H2, HA, "NO_COMMENT", "Dirk Lorenzen", AMBERSEE, "PARTY", "Auch Ambersees Sportvorstand Dirk Lorenzen wollte sich nicht äußern.", True, "2026-10-11T19:05:00+02:00", "FC Ambersee"),
    # k1: the outlet's own report, denied by the council
    st(K1, FE, "CLAIM", None, [], "THIRD_PARTY", "Council plans to sell Aldwick ferry to private operator, Gazette can reveal", False, "2026-11-03T09:12:00Z", None),
    st(K1, FE, "CLAIM", None, [], "THIRD_PARTY", "Port Aldwick council is preparing to sell the town's loss-making ferry service to a private operator, the Gazette can reveal.", True, "2026-11-03T09:12:00Z", "Aldwick Gazette"),
    st(K1, FE, "CLAIM", None, [], "THIRD_PARTY", "Documents seen by the Gazette show that council officials have held talks with Marrick Marine", True, "2026-11-03T09:12:00Z", "Aldwick Gazette"),
    st(K1, FE, "DENIAL", "Port Aldwick council", COUNCIL, "PARTY", "A council spokeswoman said the report was \"wholly inaccurate\".", True, "2026-11-03T09:12:00Z", "Port Aldwick council"),
    st(K1, FE, "DENIAL", "Port Aldwick council", COUNCIL, "PARTY", "\"There are no plans to sell the ferry, and no talks with any operator have taken place,\" she said.", True, "2026-11-03T09:12:00Z", "Port Aldwick council"),
    st(K1, FE, "NO_COMMENT", "Marrick Marine", ["Marrick Marine", "Marrick", "Tom Ellery", "Ellery", "managing director"], "PARTY", "Marrick Marine's managing director Tom Ellery said the company did not comment on commercial discussions.", True, "2026-11-03T09:12:00Z", "Marrick Marine"),
    st(K1, None, "CLAIM", "Ruth Oakes", ["Ruth Oakes", "Oakes"], "THIRD_PARTY", "said passengers would be \"anxious and angry\" about the news", False, "2026-11-03T09:12:00Z", None),
    # m1, m2: one announcement in German and English
    st(M1, SE, "CLAIM", None, [], "THIRD_PARTY", "Nordhalm übernimmt Windparkbetreiber Seelander für 1,1 Milliarden Euro", False, "2026-10-20T08:45:00+02:00", None),
    st(M1, SE, "CLAIM", None, [], "THIRD_PARTY", "Der Energieversorger Nordhalm Energie übernimmt den Windparkbetreiber Seelander.", False, "2026-10-20T08:45:00+02:00", "Nordhalm Energie"),
    st(M1, SE, "CLAIM", "Nordhalm Energie", NORDHALM, "PARTY", "Der Kaufpreis liege bei rund 1,1 Milliarden Euro, teilte Nordhalm am Dienstag in Kappelwerder mit.", True, "2026-10-20", "Nordhalm Energie"),
    st(M1, SE, "CLAIM", "Julian Markwort", NORDHALM + ["Nordhalm-Chef"], "PARTY", "„Mit Seelander werden wir zum größten Betreiber von Windparks auf See in Norddeutschland“, sagte Nordhalm-Chef Julian Markwort.", True, "2026-10-20T08:45:00+02:00", "Nordhalm Energie"),
    st(M1, SE, "CONFIRMATION", "Annika Brodowski", SEELANDER, "PARTY", "Seelander-Gründerin Annika Brodowski bestätigte die Einigung.", True, "2026-10-20T08:45:00+02:00", "Seelander"),
    st(M1, SE, "CLAIM", None, [], "THIRD_PARTY", "Alle 140 Beschäftigten von Seelander sollen übernommen werden.", False, "2026-10-20T08:45:00+02:00", None),
    st(M2, SE, "CLAIM", None, [], "THIRD_PARTY", "Nordhalm to buy wind farm operator Seelander for 1.1 bln euros", False, "2026-10-20T10:02:00Z", None),
    st(M2, SE, "CLAIM", "Nordhalm Energie", NORDHALM + ["utility"], "PARTY", "German utility Nordhalm Energie has agreed to buy offshore wind farm operator Seelander for about 1.1 billion euros, Nordhalm said on Tuesday.", True, "2026-10-20", "Nordhalm Energie"),
    st(M2, SE, "CLAIM", "Annika Brodowski", SEELANDER, "PARTY", "said she had accepted the offer because Nordhalm could finance projects that Seelander could not manage alone", True, "2026-10-20T10:02:00Z", "Seelander"),
    st(M2, SE, "CLAIM", "Brayburn Securities", ["Brayburn Securities", "Brayburn", "Analysts"], "THIRD_PARTY", "Analysts at Brayburn Securities said the price looked high for a company with four operating wind farms.", False, "2026-10-20T10:02:00Z", None),
    # n1: anonymous sources; the company declines
    st(N1, TO, "CLAIM", None, [], "THIRD_PARTY", "Halvern Foods chief Tolley set to step down, sources say", False, "2026-10-22T16:50:00Z", None),
    st(N1, TO, "CLAIM", "people familiar with the matter", SOURCES, "THIRD_PARTY", "is preparing to step down after six years in the role, three people familiar with the matter told Calder Wire", True, "2026-10-22T16:50:00Z", "anonymous sources"),
    st(N1, TO, "CLAIM", "people familiar with the matter", SOURCES, "THIRD_PARTY", "The board has hired a headhunting firm to find his replacement, one of the people said", True, "2026-10-22T16:50:00Z", "anonymous sources"),
    st(N1, TO, "NO_COMMENT", "Halvern Foods", ["Halvern Foods", "Halvern"], "PARTY", "Halvern Foods said it did not comment on market speculation.", True, "2026-10-22T16:50:00Z", "Halvern Foods"),
    st(N1, TO, "NO_COMMENT", "Marcus Tolley", ["Marcus Tolley", "Tolley"], "PARTY", "Tolley did not respond to a request for comment.", False, "2026-10-22T16:50:00Z", "Marcus Tolley"),
]

def transitions():
    rows = []
    def add(after, story, status):
        rows.append(dict(after=after, story=story, status=status))
    add([F1], CL, "UNCONFIRMED"); add([F1, G1], CL, "UNCONFIRMED"); add([F1, G1, F2], CL, "CLAIMED")
    add([F1, G1, F2, F3], CL, "CLAIMED"); add([F3], CL, "CLAIMED")
    add([G1], PU, "DENIED"); add([F1, G1, F2, F3], PU, "DENIED"); add([F3], PU, "DENIED")
    add([H1], HA, "DENIED"); add([H1, H2], HA, "UNCONFIRMED"); add([H2], HA, "UNCONFIRMED")
    add([K1], FE, "DENIED")
    add([M1], SE, "CLAIMED"); add([M1, M2], SE, "CLAIMED"); add([M2], SE, "CLAIMED")
    add([N1], TO, "UNCONFIRMED")
    return rows

write(HERE, about="Second set of invented story scenarios written for storywire (10 articles, 6 German, 4 English; "
                  "every company, club, person, place, outlet and event made up), annotated by hand before any run. "
                  "Same format as scenarios-dev/gold.json. Written by make_gold.py.",
      articles=ARTICLES, stories=STORIES, statements=STATEMENTS, transitions=transitions())
