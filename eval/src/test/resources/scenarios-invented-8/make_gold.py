"""Writes gold.json for the eighth set of invented scenarios (articles/), checking every evidence and boilerplate
string against its article. Run: python3 make_gold.py. Everything here (articles and gold) was written for
storywire by hand, before any run of the system on it; all names, places, outlets and events are invented."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from scenario_gold import write  # noqa: E402 (the sets' shared check and writer)

A1, A2, A3 = "a1_kelmark_spying_en.txt", "a2_vastrien_dementi.txt", "a3_kelmark_expels_en.txt"
B1, B2 = "b1_dornquist_fischsterben.txt", "b2_dornquist_panne.txt"
C1, C2 = "c1_fenmoor_base_en.txt", "c2_fenmoor_bestaetigt.txt"
D1, D2 = "d1_kallenbach_ruecktritt.txt", "d2_kallenbach_resigns_en.txt"
E1, E2 = "e1_harwick_painting_en.txt", "e2_harwick_gemaelde.txt"
F1 = "f1_nordbahn_sturm.txt"

WIRE = ["Reporting by Tomasz Wendrell; Editing by Margit Osterhues", "(c) Meridian Wire 2028"]
ARTICLES = [
    dict(file=A1, language="en", published="2028-03-03T10:40:00Z",
         published_hint="dateline 'March 3, 2028 10:40 AM GMT' in the text",
         boilerplate=["By Tomasz Wendrell"] + WIRE),
    dict(file=A2, language="de", published="2028-03-05T18:20:00+01:00",
         boilerplate=["Von Friederike Almstedt", "05.03.2028, 18:20 Uhr", "Foto: Almstedt", "Artikel teilen",
                      "Mehr aus der Politik"]),
    dict(file=B1, language="de", published="2028-03-06T16:05:00+01:00",
         boilerplate=["Von Jannis Overbeck", "Foto: Overbeck", "Artikel teilen", "Mehr aus Halmstedt"]),
    dict(file=C1, language="en", published="2028-03-07T12:10:00+01:00",
         published_hint="dateline '7 March 2028 | 12:10 CET' in the text",
         boilerplate=["By Aoife Tannerby", "Share on LinkedIn | Share on X | Email", "© Airside Daily 2028"]),
    dict(file=D1, language="de", published="2028-03-08T14:10:00+01:00",
         boilerplate=["Von Ole Bruhnsen", "Foto: dpx/Landtag Hohenmark", "Artikel teilen",
                      "Mehr aus der Landespolitik"]),
    dict(file=E1, language="en", published="2028-03-09", published_precision="day",
         published_hint="dateline 'Harwick, Thursday 9 March 2028' in the text, no time",
         boilerplate=["By Edwina Lockhart", "Share this article", "© Harwick Evening Post 2028"]),
    dict(file=A3, language="en", published="2028-03-10T15:15:00Z",
         published_hint="dateline 'March 10, 2028 3:15 PM GMT' in the text",
         boilerplate=["By Tomasz Wendrell"] + WIRE),
    dict(file=B2, language="de", published="2028-03-10T13:30:00+01:00",
         boilerplate=["npa jo/rt", "© Nordpresse Agentur, npa-280310-22-11904/1"]),
    dict(file=F1, language="de", published="2028-03-11T10:25:00+01:00",
         boilerplate=["Von Ole Bruhnsen", "Foto: Bruhnsen", "Artikel teilen", "Mehr aus Rothenau"]),
    dict(file=D2, language="en", published="2028-03-14T13:50:00Z",
         published_hint="dateline 'March 14, 2028 1:50 PM GMT' in the text",
         boilerplate=["By Lasse Pennington", "Reporting by Lasse Pennington; Editing by Margit Osterhues",
                      "(c) Meridian Wire 2028"]),
    dict(file=C2, language="de", published="2028-03-16T11:45:00+01:00",
         boilerplate=["Von Swantje Heidkamp", "16.03.2028, 11:45 Uhr", "Artikel teilen: Facebook | X | WhatsApp | E-Mail",
                      "Mehr aus der Wirtschaft"]),
    dict(file=E2, language="de", published="2028-03-20T09:00:00+01:00",
         boilerplate=["Von Clemens Ahrenfeld", "Artikel teilen", "Mehr aus der Kultur"]),
]

KS, NR, DW = "kelmark-vastria-spying", "national-renewal-loan", "dornquist-solvent"
FB, FO, RK = "fenmoor-brekenhafen-base", "fenmoor-ground-staff", "kallenbach-resignation"
HP, NB = "harwick-painting-forgery", "nordbahn-tree-trimming"

STORIES = [
    dict(id=KS, title="Two Vastrian embassy employees spied on exiled journalists in Kelmark",
         actors=["Vastria"], final_status="DENIED",
         positions={"Kelmark Interior Ministry": "CLAIM", "Vastria": "DENIAL", "Kelmark Security Directorate": "NO_COMMENT"},
         note="An English wire: Kelmark's interior ministry and its minister accuse, the Vastrian embassy rejects, the "
              "domestic intelligence agency (defined once as 'KSD') declines; two days later a German paper: Vastria's "
              "foreign ministry denies ('Vastrien', 'Außenministerium in Rudinsk'), the accusation is recalled, an exiled "
              "reporter backs it, 'Der Inlandsgeheimdienst KSD' silent; a week later the wire: expulsion, 'The KSD' bare, "
              "Vastria denies again: DENIED throughout."),
    dict(id=NR, title="A Vastrian state-owned bank lent money to Kelmark's National Renewal Party on favourable terms",
         actors=["National Renewal Party"], final_status="DENIED",
         positions={"Kelmstadt Courier": "CLAIM", "National Renewal Party": "DENIAL"},
         note="A second story inside the expulsion article, carried by the same speaker (Kelmark's interior ministry) "
              "who carries the spying story; the party's leader denies."),
    dict(id=DW, title="The Dornquist Werke chemicals plant released solvent into the river Wispe",
         actors=["Dornquist Werke"], final_status="CLAIMED",
         positions={"Naturschutzverband Wispetal": "CLAIM", "Dornquist Werke": "CONFIRMATION",
                    "Landratsamt Oberwispe": "CONFIRMATION"},
         note="A local paper: the environmental group accuses, the plant manager denies; four days later an agency text: "
              "the district office's samples point to the plant (third party), 'Der Chemiekonzern' admits a mishap, its "
              "earlier denial ('das Werk') is recalled."),
    dict(id=FB, title="Fenmoor Airways closes its base at Brekenhafen airport",
         actors=["Fenmoor Airways"], final_status="CLAIMED",
         positions={"Vereinigung Kabinenpersonal": "CLAIM", "Fenmoor Airways": "CONFIRMATION"},
         note="An English aviation site: the union (acronym 'VKP' only) claims 340 jobs, the airline declines; nine days "
              "later a German paper: the airline's country chief confirms 310 jobs, the union spelt out once."),
    dict(id=FO, title="Fenmoor Airways wants to employ its Brekenhafen ground staff through a temping agency",
         actors=["Fenmoor Airways"], final_status="DENIED",
         positions={"Vereinigung Kabinenpersonal": "CLAIM", "Fenmoor Airways": "DENIAL"},
         note="A second story in the confirmation article between the same two sides: the union's chief claims, the "
              "airline's country chief denies."),
    dict(id=RK, title="Health minister Roswitha Kallenbach resigns over the mask purchases",
         actors=["Roswitha Kallenbach"], final_status="CLAIMED",
         positions={"Abendpost": "CLAIM", "Roswitha Kallenbach": "CONFIRMATION", "Staatskanzlei Hohenmark": "NO_COMMENT"},
         note="A German paper: a tabloid's report (government sources), her ministry's spokesman denies for her, the "
              "state chancellery declines; six days later an English wire: she resigns and takes responsibility, the "
              "ministry's denial and the report are recalled."),
    dict(id=HP, title="The Oosterbeck landscape in the Harwick Municipal Gallery is a 20th-century forgery",
         actors=["Harwick Municipal Gallery"], final_status="DENIED",
         positions={"Miriam Castleford": "CLAIM", "Harwick Municipal Gallery": "DENIAL",
                    "Harwick District Council": "NO_COMMENT"},
         note="An English local paper: an art historian claims, the gallery's director denies, the council that owns it "
              "declines; eleven days later a German arts page: the director confirms the painting was taken down (a "
              "confirmation of something else, no story) and denies again."),
    dict(id=NB, title="Nordbahn has neglected tree trimming along its line",
         actors=["Nordbahn"], final_status="DENIED",
         positions={"Fahrgastverband Schiene Hohenmark": "CLAIM", "Nordbahn": "DENIAL"},
         note="An unrelated storm article in the minister story's town, by the same reporter: a passengers' association "
              "accuses the rail operator, its spokesman denies."),
]

def st(article, story, stance, speaker, match, standing, evidence, core, time, position_of):
    return dict(article=article, story=story, stance=stance, speaker=speaker, speaker_match=match,
                standing=standing, evidence=evidence, core=core, time=time, position_of=position_of)

KELMARK = ["Kelmark", "interior ministry", "ministry", "Innenministerium", "Jorunn Elstad", "Elstad", "Innenministerin"]
VASTRIA = ["Vastria", "Vastrien", "embassy", "foreign ministry", "Außenministerium", "Regierung", "Sprecher"]
KSD = ["Kelmark Security Directorate", "Security Directorate", "KSD", "Inlandsgeheimdienst"]
SOLVEY = ["Dmitar Solvey", "Solvey", "Reporter", "Journalist"]
COURIER = ["Kelmstadt Courier", "Courier", "interior ministry", "Kelmark"]
NRP = ["National Renewal Party", "party", "Bernt Haavik", "Haavik", "leader", "he"]
WISPETAL = ["Naturschutzverband Wispetal", "Naturschutzverband", "Verband", "Henrike Maalsen", "Maalsen",
            "Verbandssprecherin", "Umweltverband"]
DORNQUIST = ["Dornquist Werke", "Dornquist", "Werk", "Chemiekonzern", "Chemiewerk", "Unternehmen", "Konrad Ilsemann",
             "Ilsemann", "Werksleiter", "Unternehmenssprecher"]
LANDRATSAMT = ["Landratsamt Oberwispe", "Landratsamt", "Behörde"]
VKP = ["Vereinigung Kabinenpersonal", "VKP", "union", "Gewerkschaft", "Ruben Scholtissek", "Scholtissek", "chairman",
       "VKP-Chef"]
FENMOOR = ["Fenmoor Airways", "Fenmoor", "airline", "spokeswoman", "Malte Aschwege", "Aschwege", "Deutschland-Chef",
           "er", "Billigfluggesellschaft"]
ABENDPOST = ["Abendpost", "Blatt", "Regierungskreise", "Bericht"]
KALLENBACH = ["Roswitha Kallenbach", "Kallenbach", "Gesundheitsministerium", "Ministerium", "ministry", "Gero Lindqvist",
              "Lindqvist", "Sprecher", "Gesundheitsministerin", "minister"]
CASTLEFORD = ["Miriam Castleford", "Castleford", "art historian", "Kunsthistorikerin", "she"]
GALLERY = ["Harwick Municipal Gallery", "gallery", "Galerie", "Peter Wainscott", "Wainscott", "director", "Direktor",
           "he", "er"]
FGV = ["Fahrgastverband Schiene Hohenmark", "Fahrgastverband"]
NORDBAHN = ["Nordbahn", "Sprecher"]

STATEMENTS = [
    # a1: an English wire: the interior ministry accuses, the embassy rejects, the intelligence agency declines
    st(A1, KS, "CLAIM", "Kelmark Interior Ministry", KELMARK, "THIRD_PARTY", "Kelmark accuses Vastrian diplomats of spying on exiled journalists", False, "2028-03-03T10:40:00Z", "Kelmark Interior Ministry"),
    st(A1, KS, "CLAIM", "Kelmark Interior Ministry", KELMARK, "THIRD_PARTY", "Kelmark's interior ministry on Friday accused two employees of the Vastrian embassy of spying on exiled Vastrian journalists living in the country.", True, "2028-03-03", "Kelmark Interior Ministry"),
    st(A1, KS, "CLAIM", "Jorunn Elstad", KELMARK, "THIRD_PARTY", "The two men had photographed the homes of at least six journalists and passed their addresses to Vastria's foreign intelligence service, Interior Minister Jorunn Elstad told reporters in Kelmstadt.", True, "2028-03-03", "Kelmark Interior Ministry"),
    st(A1, KS, "CLAIM", "Jorunn Elstad", KELMARK, "THIRD_PARTY", "\"This is an attack on people who came to us for protection,\" Elstad said.", True, "2028-03-03", "Kelmark Interior Ministry"),
    st(A1, KS, "DENIAL", "Vastria", VASTRIA, "PARTY", "The Vastrian embassy rejected the accusation", True, "2028-03-03", "Vastria"),
    st(A1, KS, "NO_COMMENT", "Kelmark Security Directorate", KSD, "THIRD_PARTY", "Kelmark's Security Directorate (KSD), the domestic intelligence agency, declined to comment on the investigation.", True, "2028-03-03", "Kelmark Security Directorate"),
    # a2: a German paper: Vastria's foreign ministry denies, the accusation recalled, an exiled reporter backs it
    st(A2, KS, "DENIAL", "Vastria", VASTRIA, "PARTY", "Vastrien weist Spionagevorwurf zurück", False, "2028-03-05T18:20:00+01:00", "Vastria"),
    st(A2, KS, "DENIAL", "Vastria", VASTRIA, "PARTY", "Die Regierung Vastriens hat den Vorwurf zurückgewiesen, Mitarbeiter ihrer Botschaft in Kelmark hätten im Exil lebende Journalisten ausgespäht.", True, "2028-03-05", "Vastria"),
    st(A2, KS, "DENIAL", "Vastria", VASTRIA, "PARTY", "„Diese Anschuldigungen sind frei erfunden“, sagte ein Sprecher des Außenministeriums in Rudinsk am Sonntag.", True, "2028-03-05", "Vastria"),
    st(A2, KS, "DENIAL", "Vastria", VASTRIA, "PARTY", "Kelmark wolle mit der Kampagne von eigenen Problemen ablenken.", False, "2028-03-05", "Vastria"),
    st(A2, KS, "CLAIM", "Kelmark Interior Ministry", KELMARK, "THIRD_PARTY", "Das kelmarkische Innenministerium hatte am Freitag erklärt, zwei Botschaftsangestellte hätten die Wohnungen von mindestens sechs Journalisten fotografiert.", True, "2028-03-03", "Kelmark Interior Ministry"),
    st(A2, KS, "CLAIM", "Jorunn Elstad", KELMARK, "THIRD_PARTY", "Innenministerin Jorunn Elstad sprach von einem Angriff auf Schutzsuchende.", False, "2028-03-03", "Kelmark Interior Ministry"),
    st(A2, KS, "CLAIM", "Dmitar Solvey", SOLVEY, "THIRD_PARTY", "Einer der betroffenen Journalisten, der Reporter Dmitar Solvey, sagte unserer Zeitung, er werde seit Monaten vor seiner Wohnung beobachtet.", True, "2028-03-05", "Dmitar Solvey"),
    st(A2, KS, "NO_COMMENT", "Kelmark Security Directorate", KSD, "THIRD_PARTY", "Der Inlandsgeheimdienst KSD äußerte sich auch am Sonntag nicht.", True, "2028-03-05", "Kelmark Security Directorate"),
    # a3: the wire a week later: the expulsion, Vastria denies again; a second story (a loan to a party) in the same text
    st(A3, KS, "CLAIM", "Kelmark Interior Ministry", KELMARK, "THIRD_PARTY", "Kelmark expels two Vastrian diplomats over spying", False, "2028-03-10T15:15:00Z", "Kelmark Interior Ministry"),
    st(A3, KS, "CLAIM", "Kelmark Interior Ministry", KELMARK, "THIRD_PARTY", "Kelmark expelled two Vastrian diplomats on Friday, saying they had spied on exiled journalists.", True, "2028-03-10", "Kelmark Interior Ministry"),
    st(A3, KS, "CLAIM", "Kelmark Interior Ministry", KELMARK, "THIRD_PARTY", "The KSD had found photographs of the journalists' homes on the diplomats' phones, the interior ministry said in a statement.", True, "2028-03-10", "Kelmark Interior Ministry"),
    st(A3, KS, "DENIAL", "Vastria", VASTRIA, "PARTY", "Vastria's foreign ministry again rejected the accusation, calling the expulsions \"an unfriendly act without any basis\".", True, "2028-03-10", "Vastria"),
    st(A3, NR, "CLAIM", "Kelmark Interior Ministry", COURIER, "THIRD_PARTY", "Kelmark's interior ministry also said it was examining a report by the Kelmstadt Courier that a Vastrian state-owned bank had lent 3 million euros to Kelmark's opposition National Renewal Party on unusually favourable terms.", True, "2028-03-10", "Kelmstadt Courier"),
    st(A3, NR, "DENIAL", "Bernt Haavik", NRP, "PARTY", "The party's leader, Bernt Haavik, said the report was false.", True, "2028-03-10", "National Renewal Party"),
    st(A3, NR, "DENIAL", "Bernt Haavik", NRP, "PARTY", "\"We have never taken a cent from Vastria,\" he said.", True, "2028-03-10", "National Renewal Party"),
    # b1: a local paper: the environmental group accuses, the plant manager denies
    st(B1, DW, "CLAIM", "Naturschutzverband Wispetal", WISPETAL, "THIRD_PARTY", "Fischsterben in der Wispe: Umweltverband beschuldigt Chemiewerk", False, "2028-03-06T16:05:00+01:00", "Naturschutzverband Wispetal"),
    st(B1, DW, "CLAIM", "Naturschutzverband Wispetal", WISPETAL, "THIRD_PARTY", "Nach dem Fischsterben in der Wispe erhebt der Naturschutzverband Wispetal schwere Vorwürfe gegen die Dornquist Werke.", True, "2028-03-06", "Naturschutzverband Wispetal"),
    st(B1, DW, "CLAIM", "Henrike Maalsen", WISPETAL, "THIRD_PARTY", "Das Unternehmen habe in der Nacht zum Sonntag Lösungsmittel in den Fluss geleitet, sagte Verbandssprecherin Henrike Maalsen am Montag.", True, "2028-03-06", "Naturschutzverband Wispetal"),
    st(B1, DW, "CLAIM", "Henrike Maalsen", WISPETAL, "THIRD_PARTY", "Mitglieder hätten gegen drei Uhr einen stechenden Geruch am Auslaufrohr des Werks bemerkt.", False, "2028-03-06", "Naturschutzverband Wispetal"),
    st(B1, DW, "DENIAL", "Dornquist Werke", DORNQUIST, "PARTY", "Die Dornquist Werke wiesen die Vorwürfe zurück.", True, "2028-03-06", "Dornquist Werke"),
    st(B1, DW, "DENIAL", "Konrad Ilsemann", DORNQUIST, "PARTY", "„Aus unserem Werk ist nichts in die Wispe gelangt, alle Messwerte waren unauffällig“, sagte Werksleiter Konrad Ilsemann.", True, "2028-03-06", "Dornquist Werke"),
    st(B1, None, "CLAIM", "Landratsamt Oberwispe", LANDRATSAMT, "THIRD_PARTY", "Ergebnisse sollen Ende der Woche vorliegen, sagte eine Sprecherin der Behörde.", False, "2028-03-06", None),
    # b2: an agency text: the district office points to the plant, the company admits, its denial recalled
    st(B2, DW, "CONFIRMATION", "Landratsamt Oberwispe", LANDRATSAMT, "THIRD_PARTY", "Behörde: Lösungsmittel in der Wispe stammt aus Chemiewerk", False, "2028-03-10T13:30:00+01:00", "Landratsamt Oberwispe"),
    st(B2, DW, "CONFIRMATION", "Landratsamt Oberwispe", LANDRATSAMT, "THIRD_PARTY", "stammt nach Angaben des Landratsamts Oberwispe aus dem Werk der Dornquist Werke.", True, "2028-03-10", "Landratsamt Oberwispe"),
    st(B2, DW, "CLAIM", "Landratsamt Oberwispe", LANDRATSAMT, "THIRD_PARTY", "In den Proben seien hohe Konzentrationen von Toluol gefunden worden, teilte die Behörde am Freitag mit.", True, "2028-03-10", "Landratsamt Oberwispe"),
    st(B2, DW, "CONFIRMATION", "Dornquist Werke", DORNQUIST, "PARTY", "Der Chemiekonzern räumte daraufhin eine Panne ein.", True, "2028-03-10", "Dornquist Werke"),
    st(B2, DW, "CLAIM", "Dornquist Werke", DORNQUIST, "PARTY", "Bei Reinigungsarbeiten sei ein Ventil offen geblieben, erklärte ein Unternehmenssprecher.", True, "2028-03-10", "Dornquist Werke"),
    st(B2, DW, "DENIAL", "Dornquist Werke", DORNQUIST, "PARTY", "Noch am Montag hatte das Werk bestritten, dass Stoffe in den Fluss gelangt seien.", True, "2028-03-06", "Dornquist Werke"),
    st(B2, None, "CLAIM", "Naturschutzverband Wispetal", WISPETAL, "THIRD_PARTY", "Der Naturschutzverband Wispetal verlangt Schadenersatz für die Fischereivereine an der Wispe.", False, "2028-03-10", None),
    # c1: an English aviation site: the union claims, the airline declines
    st(C1, FB, "CLAIM", "Vereinigung Kabinenpersonal", VKP, "THIRD_PARTY", "Fenmoor Airways to close Brekenhafen base, union says", False, "2028-03-07T12:10:00+01:00", "Vereinigung Kabinenpersonal"),
    st(C1, FB, "CLAIM", "Vereinigung Kabinenpersonal", VKP, "THIRD_PARTY", "Fenmoor Airways plans to close its base at Brekenhafen airport in northern Germany next spring, putting about 340 pilot and cabin crew jobs at risk, the German cabin crew union VKP said on Tuesday.", True, "2028-03-07", "Vereinigung Kabinenpersonal"),
    st(C1, FB, "CLAIM", "Ruben Scholtissek", VKP, "THIRD_PARTY", "The airline's management told the works council of the plan at a meeting last week, VKP chairman Ruben Scholtissek said in a statement.", True, "2028-03-07", "Vereinigung Kabinenpersonal"),
    st(C1, FB, "NO_COMMENT", "Fenmoor Airways", FENMOOR, "PARTY", "A Fenmoor spokeswoman said the airline did not comment on speculation about its network planning.", True, "2028-03-07", "Fenmoor Airways"),
    # c2: a German paper: the airline's country chief confirms; the union's second accusation, which he denies
    st(C2, FB, "CONFIRMATION", "Fenmoor Airways", FENMOOR, "PARTY", "Fenmoor bestätigt Aus für Basis in Brekenhafen", False, "2028-03-16T11:45:00+01:00", "Fenmoor Airways"),
    st(C2, FB, "CONFIRMATION", "Malte Aschwege", FENMOOR, "PARTY", "Die Billigfluggesellschaft Fenmoor Airways schließt ihre Basis am Flughafen Brekenhafen zum 31. März 2029.", False, "2028-03-16", "Fenmoor Airways"),
    st(C2, FB, "CONFIRMATION", "Malte Aschwege", FENMOOR, "PARTY", "Das bestätigte Deutschland-Chef Malte Aschwege am Donnerstag.", True, "2028-03-16", "Fenmoor Airways"),
    st(C2, FB, "CONFIRMATION", "Malte Aschwege", FENMOOR, "PARTY", "„Die Nachfrage ab Brekenhafen reicht für eine eigene Basis nicht mehr aus“, sagte er.", True, "2028-03-16", "Fenmoor Airways"),
    st(C2, FB, "CLAIM", "Malte Aschwege", FENMOOR, "PARTY", "Den 310 betroffenen Beschäftigten würden Stellen an anderen Standorten angeboten.", False, "2028-03-16", "Fenmoor Airways"),
    st(C2, FB, "CLAIM", "Vereinigung Kabinenpersonal", VKP, "THIRD_PARTY", "Die Gewerkschaft Vereinigung Kabinenpersonal (VKP) hatte die Pläne vergangene Woche öffentlich gemacht.", False, "2028-03-07", "Vereinigung Kabinenpersonal"),
    st(C2, FO, "CLAIM", "Ruben Scholtissek", VKP, "THIRD_PARTY", "VKP-Chef Scholtissek warf der Airline zudem vor, das Bodenpersonal in Brekenhafen künftig über eine Leiharbeitsfirma beschäftigen zu wollen.", True, "2028-03-16", "Vereinigung Kabinenpersonal"),
    st(C2, FO, "DENIAL", "Malte Aschwege", FENMOOR, "PARTY", "Das wies Aschwege zurück: „Eine Auslagerung ist nicht geplant.“", True, "2028-03-16", "Fenmoor Airways"),
    st(C2, None, "CLAIM", "Ilka Wendebourg", ["Ilka Wendebourg", "Wendebourg", "Flughafenchefin", "Flughafen"], "THIRD_PARTY", "Man sei mit anderen Fluggesellschaften im Gespräch, sagte Flughafenchefin Ilka Wendebourg.", False, "2028-03-16", None),
    # d1: a German paper: a tabloid's report, the ministry denies for the minister, the chancellery declines
    st(D1, RK, "DENIAL", "Roswitha Kallenbach", KALLENBACH, "PARTY", "Rücktritt von Gesundheitsministerin Kallenbach? Ministerium dementiert", False, "2028-03-08T14:10:00+01:00", "Roswitha Kallenbach"),
    st(D1, RK, "CLAIM", "Abendpost", ABENDPOST, "THIRD_PARTY", "Die Gesundheitsministerin des Landes Hohenmark, Roswitha Kallenbach, will nach einem Bericht der „Abendpost“ wegen der Affäre um überteuerte Schutzmasken zurücktreten.", True, "2028-03-08", "Abendpost"),
    st(D1, RK, "CLAIM", "Abendpost", ABENDPOST, "THIRD_PARTY", "Die Ministerin habe ihren Rücktritt bereits im Kabinett angekündigt, schreibt das Blatt unter Berufung auf Regierungskreise.", True, "2028-03-08", "Abendpost"),
    st(D1, RK, "DENIAL", "Roswitha Kallenbach", KALLENBACH, "PARTY", "Das Gesundheitsministerium dementierte den Bericht am Mittwoch.", True, "2028-03-08", "Roswitha Kallenbach"),
    st(D1, RK, "DENIAL", "Gero Lindqvist", KALLENBACH, "PARTY", "„Die Ministerin denkt nicht an Rücktritt“, sagte Sprecher Gero Lindqvist.", True, "2028-03-08", "Roswitha Kallenbach"),
    st(D1, RK, "NO_COMMENT", "Staatskanzlei Hohenmark", ["Staatskanzlei"], "THIRD_PARTY", "Die Staatskanzlei wollte sich nicht äußern.", True, "2028-03-08", "Staatskanzlei Hohenmark"),
    st(D1, None, "CLAIM", "Landesrechnungshof", ["Landesrechnungshof", "Rechnungshof"], "THIRD_PARTY", "Der Landesrechnungshof hatte im Januar kritisiert, das Ministerium habe beim Kauf von Masken 2,4 Millionen Euro zu viel bezahlt.", False, "2028-01", None),
    # d2: an English wire: she resigns and takes responsibility; the denial and the report recalled
    st(D2, RK, "DENIAL", "Roswitha Kallenbach", KALLENBACH, "PARTY", "a week after her ministry had denied a newspaper report that she planned to step down.", True, "2028-03-08", "Roswitha Kallenbach"),
    st(D2, RK, "CONFIRMATION", None, [], "THIRD_PARTY", "Roswitha Kallenbach, health minister of the German state of Hohenmark, resigned on Tuesday", False, "2028-03-14", "Roswitha Kallenbach"),
    st(D2, RK, "CONFIRMATION", "Roswitha Kallenbach", KALLENBACH, "PARTY", "\"I take political responsibility for the mistakes made in my department,\" Kallenbach told a news conference in Rothenau.", True, "2028-03-14", "Roswitha Kallenbach"),
    st(D2, RK, "CONFIRMATION", "Arndt Zellweger", ["Arndt Zellweger", "Zellweger", "premier"], "THIRD_PARTY", "State premier Arndt Zellweger said he had accepted her resignation with regret.", False, "2028-03-14", None),
    st(D2, RK, "CLAIM", "Abendpost", ABENDPOST, "THIRD_PARTY", "The Abendpost had reported on March 8 that Kallenbach had told the cabinet she would quit.", True, "2028-03-08", "Abendpost"),
    # e1: an English local paper: an art historian claims a forgery, the director denies, the council declines
    st(E1, HP, "CLAIM", "Miriam Castleford", CASTLEFORD, "THIRD_PARTY", "Expert says Harwick gallery's prize painting is a forgery", False, "2028-03-09", "Miriam Castleford"),
    st(E1, HP, "CLAIM", "Miriam Castleford", CASTLEFORD, "THIRD_PARTY", "An art historian has claimed that the most valuable painting in the Harwick Municipal Gallery, a river landscape attributed to the 17th-century Dutch painter Jan Oosterbeck, is a 20th-century forgery.", True, "2028-03-09", "Miriam Castleford"),
    st(E1, HP, "CLAIM", "Miriam Castleford", CASTLEFORD, "THIRD_PARTY", "Dr Miriam Castleford of Elmbury University said on Wednesday that the pigments in the work, bought by the gallery for £2.1 million in 2009, could not date from before 1900.", True, "2028-03-08", "Miriam Castleford"),
    st(E1, HP, "CLAIM", "Miriam Castleford", CASTLEFORD, "THIRD_PARTY", "\"The white in the sky contains titanium, which painters did not use until the 1920s,\" she said.", True, "2028-03-08", "Miriam Castleford"),
    st(E1, HP, "DENIAL", "Peter Wainscott", GALLERY, "PARTY", "The gallery's director, Peter Wainscott, dismissed the claim.", True, "2028-03-09", "Harwick Municipal Gallery"),
    st(E1, HP, "DENIAL", "Peter Wainscott", GALLERY, "PARTY", "\"The painting was examined by three independent laboratories before we bought it,\" he said.", True, "2028-03-09", "Harwick Municipal Gallery"),
    st(E1, HP, "NO_COMMENT", "Harwick District Council", ["Harwick District Council", "District Council", "council"], "PARTY", "Harwick District Council, which owns the gallery, declined to comment.", True, "2028-03-09", "Harwick District Council"),
    # e2: a German arts page: the director confirms the painting was taken down (no story), denies again
    st(E2, None, "CONFIRMATION", "Peter Wainscott", GALLERY, "PARTY", "Direktor Peter Wainscott bestätigte am Montag, dass das Bild vorerst abgehängt worden sei.", False, "2028-03-20", None),
    st(E2, HP, "DENIAL", "Peter Wainscott", GALLERY, "PARTY", "An der Echtheit des Werks zweifle er aber weiterhin nicht, sagte er der „Kunstpost“.", True, "2028-03-20", "Harwick Municipal Gallery"),
    st(E2, HP, "CLAIM", "Miriam Castleford", CASTLEFORD, "THIRD_PARTY", "Die Kunsthistorikerin Miriam Castleford hatte erklärt, die Farbe des Himmels enthalte Titanweiß und könne daher nicht aus dem 17. Jahrhundert stammen.", True, "2028-03-08", "Miriam Castleford"),
    # f1: an unrelated storm article in the same town: a passengers' association accuses the rail operator
    st(F1, NB, "CLAIM", "Fahrgastverband Schiene Hohenmark", FGV, "THIRD_PARTY", "Sturm legt Nordbahn-Strecke lahm – Fahrgastverband erhebt Vorwürfe", False, "2028-03-11T10:25:00+01:00", "Fahrgastverband Schiene Hohenmark"),
    st(F1, None, "CLAIM", "Nordbahn", NORDBAHN, "PARTY", "Umgestürzte Bäume hätten an mehreren Stellen die Oberleitung beschädigt, sagte ein Sprecher der Nordbahn.", False, "2028-03-11", None),
    st(F1, NB, "CLAIM", "Fahrgastverband Schiene Hohenmark", FGV, "THIRD_PARTY", "Der Fahrgastverband Schiene Hohenmark warf dem Unternehmen vor, den Rückschnitt der Bäume entlang der Strecke seit Jahren zu vernachlässigen.", True, "2028-03-11", "Fahrgastverband Schiene Hohenmark"),
    st(F1, NB, "DENIAL", "Nordbahn", NORDBAHN, "PARTY", "Die Nordbahn wies das zurück.", True, "2028-03-11", "Nordbahn"),
    st(F1, NB, "DENIAL", "Nordbahn", NORDBAHN, "PARTY", "Die Strecke werde jedes Jahr kontrolliert, sagte der Sprecher.", True, "2028-03-11", "Nordbahn"),
]

def transitions():
    rows = []
    def add(after, story, status):
        rows.append(dict(after=after, story=story, status=status))
    add([A1], KS, "DENIED"); add([A1, A2], KS, "DENIED"); add([A2], KS, "DENIED")
    add([A1, A2, A3], KS, "DENIED"); add([A3], KS, "DENIED")
    add([A3], NR, "DENIED")
    add([B1], DW, "DENIED"); add([B1, B2], DW, "CLAIMED"); add([B2], DW, "CLAIMED")
    add([C1], FB, "UNCONFIRMED"); add([C1, C2], FB, "CLAIMED"); add([C2], FB, "CLAIMED")
    add([C2], FO, "DENIED")
    add([D1], RK, "DENIED"); add([D1, D2], RK, "CLAIMED"); add([D2], RK, "CLAIMED")
    add([E1], HP, "DENIED"); add([E1, E2], HP, "DENIED"); add([E2], HP, "DENIED")
    add([F1], NB, "DENIED")
    return rows

write(HERE, about="Eighth set of invented story scenarios written for storywire (12 articles, 7 German, 5 English; "
                  "every country, ministry, intelligence agency, party, chemicals plant, environmental group, district "
                  "office, airline, union, minister, tabloid, gallery, art historian, rail operator, passengers' "
                  "association, person, place and outlet made up), annotated by hand before any run. Same format as "
                  "scenarios-dev/gold.json. Written by make_gold.py.",
      articles=ARTICLES, stories=STORIES, statements=STATEMENTS, transitions=transitions())
