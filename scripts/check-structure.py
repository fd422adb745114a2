#!/usr/bin/env python3
"""Checks the module structure of every Rust crate in the repository:

1. no import cycle between files, and none between the folders (modules) of one parent folder:
   a `use` of `crate::…`, `super::…`, `self::…` or another workspace crate's path is an arrow
   from the importing file to the file that defines the module it names;
2. no engine source file over 800 lines.

usage: scripts/check-structure.py     (exit 1 and a list of what is wrong, else one line "ok")
"""
import pathlib, re, sys
from collections import defaultdict

ROOT = pathlib.Path(__file__).resolve().parent.parent
CRATES = {"crate_app": ROOT / "src", "parallax_engine": ROOT / "crates/engine/src"}
MAX_ENGINE_LINES = 800


def module_files(src):
    """Module path (tuple) -> file, for every .rs file under src."""
    out = {}
    for f in src.rglob("*.rs"):
        parts = list(f.relative_to(src).with_suffix("").parts)
        if parts[-1] in ("mod", "lib", "main"):
            parts = parts[:-1]
        out[tuple(parts)] = f
    return out


def strip_tests(text):
    """The text without `#[cfg(test)] mod tests { … }` blocks (tests may import anything above)."""
    out, i = [], 0
    for m in re.finditer(r"#\[cfg\(test\)\]\s*mod \w+\s*\{", text):
        if m.start() < i:
            continue
        out.append(text[i:m.start()])
        depth, j = 1, m.end()
        while j < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            j += 1
        i = j
    out.append(text[i:])
    return "".join(out)


def paths_in(text):
    """Every path a file names: `use` trees flattened, and qualified paths in code."""
    text = re.sub(r"//[^\n]*", "", text)
    found = []
    for m in re.finditer(r"\buse\s+([^;]+);", text):
        found.extend(flatten(m.group(1).replace("\n", " ")))
    for m in re.finditer(r"\b((?:crate|super|self|parallax_engine)(?:::\w+)+)", text):
        found.append(m.group(1))
    return found


def flatten(tree, prefix=""):
    tree = tree.strip()
    if tree.startswith("{") and tree.endswith("}"):
        return [p for part in split_top(tree[1:-1]) for p in flatten(part, prefix)]
    m = re.match(r"^([\w:]*?)::\s*\{(.*)\}$", tree, re.S)
    if m:
        return [p for part in split_top(m.group(2)) for p in flatten(part, prefix + m.group(1) + "::")]
    return [prefix + tree.split(" as ")[0].strip()] if tree else []


def split_top(s):
    parts, depth, cur = [], 0, ""
    for c in s:
        if c == "," and depth == 0:
            parts.append(cur); cur = ""; continue
        depth += {"{": 1, "}": -1}.get(c, 0)
        cur += c
    parts.append(cur)
    return [p for p in parts if p.strip()]


def resolve(path, here, mods):
    """The module (tuple) of `mods` that `path`, written in module `here`, names."""
    segs = path.split("::")
    if segs[0] == "crate":
        base, rest = (), segs[1:]
    elif segs[0] in ("super", "self"):
        base = here
        rest = segs
        while rest and rest[0] in ("super", "self"):
            if rest[0] == "super":
                base = base[:-1]
            rest = rest[1:]
    else:
        return None
    best = None
    for k in range(len(rest) + 1):
        cand = base + tuple(rest[:k])
        if cand in mods:
            best = cand
    return best


def cycles(edges, nodes):
    """Strongly connected components of more than one node (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]
    sys.setrecursionlimit(10000)
    def visit(v):
        index[v] = low[v] = counter[0]; counter[0] += 1
        stack.append(v); on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w); low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop(); on.discard(w); comp.append(w)
                if w == v: break
            if len(comp) > 1:
                out.append(sorted(comp))
    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return out


def main():
    problems = []
    engine_mods = module_files(CRATES["parallax_engine"])
    for crate, src in CRATES.items():
        mods = module_files(src)
        file_edges = defaultdict(set)
        for mod, f in mods.items():
            if mod and mod[-1] == "tests":
                continue  # a module's tests (`tests.rs`) may use anything of the crate
            for p in paths_in(strip_tests(f.read_text())):
                if p.startswith("parallax_engine::"):
                    continue  # another crate: the compiler forbids cycles between crates
                target = resolve(p, mod, mods)
                if target is not None and target != mod:
                    file_edges[mod].add(target)
        name = lambda m: str(mods[m].relative_to(ROOT))
        for comp in cycles(file_edges, mods.keys()):
            problems.append("import cycle between files: " + " -> ".join(name(m) for m in comp))
        # folders: children of one parent, an arrow when any file inside one imports any inside another
        parents = {m[:k] for m in mods for k in range(len(m))}
        for parent in sorted(parents):
            d = len(parent)
            child_edges = defaultdict(set)
            for a, targets in file_edges.items():
                for b in targets:
                    if a[:d] == parent and b[:d] == parent and len(a) > d and len(b) > d and a[d] != b[d]:
                        child_edges[a[d]].add(b[d])
            kids = {m[d] for m in mods if m[:d] == parent and len(m) > d}
            for comp in cycles(child_edges, kids):
                where = "::".join(parent) or "the crate root"
                problems.append(f"import cycle between modules of {where} ({crate}): " + " -> ".join(comp))
    for f in sorted(CRATES["parallax_engine"].rglob("*.rs")):
        n = len(f.read_text().splitlines())
        if n > MAX_ENGINE_LINES:
            problems.append(f"{f.relative_to(ROOT)}: {n} lines (at most {MAX_ENGINE_LINES} in the engine)")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("structure ok: no import cycles, no engine file over 800 lines")


if __name__ == "__main__":
    main()
