#!/usr/bin/env python3
"""Where the bytes of a WebAssembly file go: code bytes per crate and the largest functions.

Reads the function names from the `name` section, so give it the .wasm as rustc wrote it
(before wasm-bindgen and wasm-opt strip the names):

    trunk build --release --offline
    python3 scripts/wasm-size.py target/wasm32-unknown-unknown/release/parallax.wasm [TOP]

A function is counted under the crate its (legacy-mangled) path starts with; generic code is
counted under the crate that defines it (`core`, `tachys`, ...), wherever it was instantiated.
The same figures twiggy's `top` gives, with no tool to install.
"""

import collections
import re
import sys


def leb(data, i):
    """An unsigned LEB128 at `i`: (value, next index)."""
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def sections(data):
    i = 8
    while i < len(data):
        sid = data[i]
        size, i = leb(data, i + 1)
        yield sid, i, size
        i += size


def imported_functions(data, off):
    count, j = leb(data, off)
    funcs = 0
    for _ in range(count):
        for _ in range(2):  # module and field names
            n, j = leb(data, j)
            j += n
        kind = data[j]
        j += 1
        if kind == 0:  # function: type index
            _, j = leb(data, j)
            funcs += 1
        elif kind == 1:  # table: element type, limits
            j += 1
            flags, j = leb(data, j)
            _, j = leb(data, j)
            if flags & 1:
                _, j = leb(data, j)
        elif kind == 2:  # memory: limits
            flags, j = leb(data, j)
            _, j = leb(data, j)
            if flags & 1:
                _, j = leb(data, j)
        elif kind == 3:  # global: type, mutability
            j += 2
    return funcs


def function_names(data, off, size):
    n, j = leb(data, off)
    if data[j : j + n] != b"name":
        return {}
    j += n
    names = {}
    end = off + size
    while j < end:
        sub = data[j]
        length, j = leb(data, j + 1)
        next_sub = j + length
        if sub == 1:
            count, j = leb(data, j)
            for _ in range(count):
                index, j = leb(data, j)
                n, j = leb(data, j)
                names[index] = data[j : j + n].decode("utf-8", "replace")
                j += n
        j = next_sub
    return names


def crate_of(name):
    m = re.match(r"_ZN(\d+)", name)
    if m:
        start = len(m.group(0))
        crate = name[start : start + int(m.group(1))]
        if crate.startswith("_$LT$"):
            # A trait impl, `<Type as crate::Trait>`: the trait's crate.
            trait = re.search(r"\$u20\$as\$u20\$([a-z_][a-z0-9_]*)\.\.", crate)
            path = re.search(r"([a-z_][a-z0-9_]*)\.\.", crate)
            return (trait or path).group(1) if (trait or path) else "?"
        return crate
    m = re.match(r"_R\w*?C\w*?\d*_?(\d+)([a-z_]\w*)", name)
    if m:
        return m.group(2)[: int(m.group(1))]
    return name.split("::")[0][:40] or "?"


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    data = open(sys.argv[1], "rb").read()
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    imports = 0
    names = {}
    bodies = []
    per_section = collections.Counter()
    for sid, off, size in sections(data):
        per_section[sid] += size
        if sid == 2:
            imports = imported_functions(data, off)
        elif sid == 10:
            count, j = leb(data, off)
            for _ in range(count):
                body, j = leb(data, j)
                bodies.append(body)
                j += body
        elif sid == 0:
            names.update(function_names(data, off, size))
    total = sum(bodies)
    print(f"{len(data)} bytes; code {per_section[10]}, data {per_section[11]}, custom {per_section[0]}")
    by_crate = collections.Counter()
    functions = []
    for k, body in enumerate(bodies):
        name = names.get(imports + k, "?")
        by_crate[crate_of(name)] += body
        functions.append((body, name))
    print(f"\ncode bytes by crate (of {total}):")
    for crate, body in by_crate.most_common(top):
        print(f"{body:9d} {100 * body / max(total, 1):5.1f}%  {crate[:100]}")
    print(f"\nlargest functions:")
    for body, name in sorted(functions, reverse=True)[:top]:
        print(f"{body:9d}  {name[:140]}")


if __name__ == "__main__":
    main()
