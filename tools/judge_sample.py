#!/usr/bin/env python3
# tools/judge_sample.py — the blind-judge draw of docs/rules.md, Evaluation:
# 40 random events from each of four `sima code` JSONL outputs (an old and
# a new coder on two corpora), shuffled into one numbered list for a judge
# who is not told which coder made which event.
#
#   python3 tools/judge_sample.py OLD1 NEW1 OLD2 NEW2 SEED1 SEED2 SEED3 SEED4 SHUFFLE OUTDIR
#
#   python3 tools/judge_sample.py --changed OLD1 NEW1 OLD2 NEW2 SHUFFLE OUTDIR
#
# draws instead every event that differs between the old and the new
# output of each corpus (by document, sentence, verb span, source, target,
# code, mood and negation): the old coder's removed or changed events and
# the new coder's added or changed ones, shuffled together.
#
# Writes OUTDIR/sample.md (for the judge: each event's actors, code, mood,
# negation, verb and sentence) and OUTDIR/key.json (number -> file, line;
# kept from the judge).  The tenth session's draw: seeds 10401 10402 10411
# 10412, shuffle 1999 (InSight Crime old/new, then the Guardian old/new).
import collections, json, os, random, sys

def event_key(e):
    return (e["doc"], e["sentence"], tuple(e["verb"]["span"]), e["source"]["code"],
            e["target"]["code"], e["code"], e["mood"], e["negated"])

def changed(a):
    """The events that differ between OLD and NEW of each pair in a[0:4]."""
    names = ["a_old", "a_new", "b_old", "b_new"]
    items = []
    for k in (0, 2):
        old = [json.loads(l) for l in open(a[k], encoding="utf-8")]
        new = [json.loads(l) for l in open(a[k + 1], encoding="utf-8")]
        ko = collections.Counter(event_key(e) for e in old)
        kn = collections.Counter(event_key(e) for e in new)
        items += [(names[k], i, e) for i, e in enumerate(old) if kn[event_key(e)] == 0]
        items += [(names[k + 1], i, e) for i, e in enumerate(new) if ko[event_key(e)] == 0]
    return items

def write(items, shuffle, out):
    random.seed(shuffle)
    random.shuffle(items)
    os.makedirs(out, exist_ok=True)
    key, md = {}, []
    for n, (nm, i, e) in enumerate(items, 1):
        key[str(n)] = [nm, i]
        s, t = e["source"], e["target"]
        neg = " | NEGATED" if e["negated"] else ""
        md.append(f"## {n}\n{s['code']} ({s.get('text')}) -> {t['code']} ({t.get('text')}) | "
                  f"{e['code']} | mood {e['mood']}{neg} | verb \"{e['verb']['text']}\"\n> {e['text']}\n")
    with open(os.path.join(out, "sample.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(md))
    with open(os.path.join(out, "key.json"), "w") as f:
        json.dump(key, f)
    print(len(items), "events written to", os.path.join(out, "sample.md"))

def main(a):
    if a and a[0] == "--changed":
        if len(a) != 7:
            sys.exit("usage: judge_sample.py --changed OLD1 NEW1 OLD2 NEW2 SHUFFLE OUTDIR")
        write(changed(a[1:5]), int(a[5]), a[6])
        return
    if len(a) != 10:
        sys.exit(__doc__ or "usage: judge_sample.py OLD1 NEW1 OLD2 NEW2 S1 S2 S3 S4 SHUFFLE OUTDIR")
    files, seeds, shuffle, out = a[0:4], [int(s) for s in a[4:8]], int(a[8]), a[9]
    names = ["a_old", "a_new", "b_old", "b_new"]
    items = []
    for f, sd, nm in zip(files, seeds, names):
        lines = [json.loads(l) for l in open(f, encoding="utf-8")]
        random.seed(sd)
        for i in random.sample(range(len(lines)), 40):
            items.append((nm, i, lines[i]))
    write(items, shuffle, out)

if __name__ == "__main__":
    main(sys.argv[1:])
