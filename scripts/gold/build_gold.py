#!/usr/bin/env python3
"""Build gold.json (and claims.json) for one event of tests/data/ from a hand-written annotation file.

usage: build_gold.py tests/data/<slug> [--check]     reads tests/data/<slug>/annotations.py
       build_gold.py --draft tests/data/<slug>        lists every quote-mark span of every file (a checklist)

Offsets are computed here, never by hand: each member text is searched in its file (the UTF-8-decoded
text, so offsets are character offsets as in the shared example); a text that is missing, or that occurs
more than once without an occurrence index, stops the build with an error. With --check nothing is written;
the build fails when the written files differ from what the annotations give.

annotations.py is a Python file defining:

  EVENT = "..."                                   event title
  FILES = {"01": "01_outlet.txt", ...}            short alias -> file name (order = the gold "files" list)
  SPEAKERS = {"goss": dict(speaker="...", keys=[...], reject=[...]), ...}
  GROUPS = [
      ("q_id", "goss", "canonical words", [
          ("01", "member text"),                   # the only occurrence in that file
          ("02", "member text", 1),                # occurrence index (0-based) when the text recurs
          ("03", "member text", OPT),              # optional member (embed, teaser, caption, scare quote)
          ("03", "member text", 2, OPT),
      ]),
      ...
  ]
  EXTRA = {...}                                   further top-level keys of gold.json (notes, boilerplate,
                                                  unique_facts, negative_pairs_note, indirect, ...)
  EXCLUDED_SPANS = [("01", "text", n?), ...]      optional: gold "excluded_spans"
  RELATED_GROUPS = [["q_a", "q_b"], ...]          optional

  and, optionally, for claims.json:
  CLAIMS = [("c1", "fact", [("01", "sentence", n?), ...]), ...]
  UNIQUE = [("01", "sentence", "fact"), ("01", "sentence", 1, "fact"), ...]
  EXCLUDED = [("01", "text", "reason"), ("01", "text", 1, "reason"), ...]
  CLAIMS_NOTES = "..."

The speaker of a group is SPEAKERS[key]; a group may instead give a dict with speaker/keys/reject.
"""
import json, pathlib, runpy, sys

OPT = "optional"


class AnnotationError(Exception):
    pass


ERRORS = []


def locate(texts, files, alias, needle, occ, what):
    """(file, start, end) of the occ-th occurrence of needle; a problem is recorded in ERRORS (all are
    reported together) and gives a dummy span."""
    try:
        return _locate(texts, files, alias, needle, occ, what)
    except AnnotationError as e:
        ERRORS.append(str(e))
        return files.get(alias, alias), -1 - len(ERRORS), -1 - len(ERRORS)


def _locate(texts, files, alias, needle, occ, what):
    if alias not in files:
        raise AnnotationError(f"{what}: unknown file alias {alias!r}")
    f = files[alias]
    hay = texts[f]
    found = []
    i = hay.find(needle)
    while i >= 0:
        found.append(i)
        i = hay.find(needle, i + 1)
    if not needle:
        raise AnnotationError(f"{what}: empty text in {f}")
    if not found:
        raise AnnotationError(f"{what}: not found in {f}: {needle!r}")
    if occ is None:
        if len(found) > 1:
            raise AnnotationError(f"{what}: {len(found)} occurrences in {f}, give an index: {needle!r}")
        occ = 0
    if occ >= len(found):
        raise AnnotationError(f"{what}: occurrence {occ} asked, {len(found)} in {f}: {needle!r}")
    s = found[occ]
    return f, s, s + len(needle)


def parse_member(t):
    """(alias, text[, occ][, OPT][, extra]) -> alias, text, occ, optional, trailing strings"""
    alias, text, *rest = t
    occ, opt, tail = None, False, []
    for r in rest:
        if r == OPT:
            opt = True
        elif isinstance(r, int):
            occ = r
        else:
            tail.append(r)
    return alias, text, occ, opt, tail


def build(D):
    A = runpy.run_path(str(D / "annotations.py"), init_globals={"OPT": OPT})
    files = A["FILES"]
    texts = {f: (D / f).read_bytes().decode("utf-8") for f in files.values()}
    speakers = A.get("SPEAKERS", {})
    gold = {"event": A["EVENT"], "files": list(files.values())}
    groups, seen_ids, spans = [], set(), {}
    for gid, who, canonical, members in A["GROUPS"]:
        if gid in seen_ids:
            raise AnnotationError(f"duplicate group id {gid}")
        seen_ids.add(gid)
        sp = who if isinstance(who, dict) else speakers.get(who)
        if sp is None:
            raise AnnotationError(f"{gid}: unknown speaker key {who!r}")
        ms = []
        for t in members:
            alias, text, occ, opt, _ = parse_member(t)
            f, s, e = locate(texts, files, alias, text, occ, gid)
            if (f, s, e) in spans:
                raise AnnotationError(f"{gid}: span {f} {s}..{e} already in {spans[(f, s, e)]}: {text!r}")
            spans[(f, s, e)] = gid
            m = {"file": f, "text": text, "start": s, "end": e}
            if opt:
                m["optional"] = True
            ms.append(m)
        groups.append({"id": gid, "speaker": sp["speaker"], "speaker_keys": list(sp.get("keys", [])),
                       "speaker_reject": list(sp.get("reject", [])), "canonical": canonical, "members": ms})
    # overlapping members of one file are an annotation slip (the scorer matches by overlap)
    by_file = {}
    for (f, s, e), gid in spans.items():
        by_file.setdefault(f, []).append((s, e, gid))
    for f, L in by_file.items():
        L = sorted(x for x in L if x[0] >= 0)
        for (s1, e1, g1), (s2, e2, g2) in zip(L, L[1:]):
            if s2 < e1:
                raise AnnotationError(f"overlapping members in {f}: {g1} {s1}..{e1} and {g2} {s2}..{e2}")
    gold["quote_groups"] = groups
    if ERRORS:
        raise AnnotationError("\n  ".join([f"{len(ERRORS)} problem(s):"] + ERRORS))
    ex = []
    for t in A.get("EXCLUDED_SPANS", []):
        alias, text, occ, _, tail = parse_member(t)
        f, s, e = locate(texts, files, alias, text, occ, "excluded_spans")
        d = {"file": f, "text": text, "start": s, "end": e}
        if tail:
            d["reason"] = tail[0]
        ex.append(d)
    if ex:
        gold["excluded_spans"] = ex
    if A.get("RELATED_GROUPS"):
        gold["related_groups"] = A["RELATED_GROUPS"]
    for k, v in A.get("EXTRA", {}).items():
        gold[k] = v
    out = {"gold.json": gold}

    if "CLAIMS" in A:
        cl = {"event": A["EVENT"], "claims": [], "unique": [], "excluded": []}
        for cid, fact, members in A["CLAIMS"]:
            ms = []
            for t in members:
                alias, text, occ, _, _ = parse_member(t)
                f, s, e = locate(texts, files, alias, text, occ, cid)
                ms.append({"file": f, "text": text, "start": s, "end": e})
            if len({m["file"] for m in ms}) < 2:
                raise AnnotationError(f"claim {cid} has members from fewer than two files")
            cl["claims"].append({"id": cid, "fact": fact, "members": ms})
        for t in A.get("UNIQUE", []):
            alias, text, occ, _, tail = parse_member(t)
            f, s, e = locate(texts, files, alias, text, occ, "unique")
            cl["unique"].append({"file": f, "text": text, "start": s, "end": e, "fact": tail[0]})
        for t in A.get("EXCLUDED", []):
            alias, text, occ, _, tail = parse_member(t)
            f, s, e = locate(texts, files, alias, text, occ, "excluded")
            cl["excluded"].append({"file": f, "text": text, "start": s, "end": e, "reason": tail[0]})
        if A.get("CLAIMS_NOTES"):
            cl["notes"] = A["CLAIMS_NOTES"]
        out["claims.json"] = cl
    if ERRORS:
        raise AnnotationError("\n  ".join([f"{len(ERRORS)} problem(s):"] + ERRORS))
    return out


QUOTE_PAIRS = {"“": "”", '"': '"', "‘": "’", "'": "'"}


def draft(D):
    """Print every span between quote marks (a rough checklist; apostrophes give false hits)."""
    import re
    for p in sorted(D.glob("*.txt")):
        t = p.read_text(encoding="utf-8")
        print(f"== {p.name}")
        for m in re.finditer(r"“[^”]*”|\"[^\"\n]*\"|(?<!\w)‘[^’\n]*?’(?!\w)|(?<!\w)'[^'\n]*?'(?!\w)", t):
            print(f"   {m.start():5d} {m.group(0)[:110]!r}")
        # paragraphs that open a quote and never close it (quotes running over paragraphs)
        for m in re.finditer(r"^[“‘\"'][^\n]*$", t, re.M):
            line = m.group(0)
            if line.count(line[0]) + line.count(QUOTE_PAIRS[line[0]]) < 2 or (line[0] in "“‘" and QUOTE_PAIRS[line[0]] not in line):
                print(f"   {m.start():5d} OPEN PARAGRAPH {line[:100]!r}")


def main():
    args = sys.argv[1:]
    if args and args[0] == "--draft":
        draft(pathlib.Path(args[1]))
        return 0
    check = "--check" in args
    dirs = [pathlib.Path(a) for a in args if not a.startswith("--")]
    if not dirs:
        print(__doc__)
        return 2
    rc = 0
    for D in dirs:
        ERRORS.clear()
        try:
            out = build(D)
        except AnnotationError as e:
            print(f"{D.name}: {e}", file=sys.stderr)
            rc = 1
            continue
        for name, obj in out.items():
            text = json.dumps(obj, ensure_ascii=False, indent=1) + "\n"
            path = D / name
            if check:
                if not path.exists() or path.read_text(encoding="utf-8") != text:
                    print(f"{D.name}: {name} is out of date", file=sys.stderr)
                    rc = 1
            else:
                path.write_text(text, encoding="utf-8")
        n = sum(len(g["members"]) for g in out["gold.json"]["quote_groups"])
        print(f"{D.name}: {len(out['gold.json']['quote_groups'])} groups, {n} members"
              + (f", {len(out['claims.json']['claims'])} claims" if "claims.json" in out else ""))
    return rc


if __name__ == "__main__":
    sys.exit(main())
