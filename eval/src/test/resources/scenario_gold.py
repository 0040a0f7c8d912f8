"""What every invented scenario set's make_gold.py does once its rows are written: check every article, boilerplate
line, evidence string, story and transition against the set's articles/, then write gold.json in scenarios-dev's
format."""
import json, os


def check(here, articles, stories, statements, transitions):
    texts = {a["file"]: open(os.path.join(here, "articles", a["file"]), encoding="utf-8").read() for a in articles}
    assert sorted(texts) == sorted(os.listdir(os.path.join(here, "articles")))
    for a in articles:
        for line in a["boilerplate"]:
            assert line in texts[a["file"]].splitlines(), (a["file"], line)
    ids = {s["id"] for s in stories}
    for s in statements:
        assert s["evidence"] in texts[s["article"]], (s["article"], s["evidence"])
        assert s["story"] is None or s["story"] in ids, s
    for t in transitions:
        assert t["story"] in ids and all(f in texts for f in t["after"]), t


def write(here, about, articles, stories, statements, transitions):
    """Checks the set, writes here/gold.json and prints its counts."""
    check(here, articles, stories, statements, transitions)
    gold = dict(about=about,
                stance_values=["CLAIM", "DENIAL", "NO_COMMENT", "CONFIRMATION"],
                status_values=["CLAIMED", "DENIED", "UNCONFIRMED"],
                articles=articles, stories=stories, statements=statements, transitions=transitions)
    with open(os.path.join(here, "gold.json"), "w", encoding="utf-8") as out:
        json.dump(gold, out, ensure_ascii=False, indent=1)
        out.write("\n")
    print(len(statements), "statements,", sum(s["core"] for s in statements), "core,", len(transitions), "transitions")
