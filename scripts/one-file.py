#!/usr/bin/env python3
"""Trunk post-build hook (Trunk.toml [[hooks]]): after every `trunk build`, writes

- `parallax.html`: the page as ONE self-contained file. Its styles are inlined as <style>, the
  JavaScript glue and the WebAssembly as base64 text in inert <script type="text/plain">
  elements, loaded by a small module script (the glue through a Blob URL, the WebAssembly from
  bytes), so it runs opened from disk (file://) with no network at all. An empty
  <script id="parallax-workspace"> is where "Save as one file" puts the articles.
- `sw.js`: the service worker with the list of the build's files to keep for offline use and a
  cache name that changes with them.

It reads and writes the build's staging directory (TRUNK_STAGING_DIR; a directory given as the
first argument instead, for trying it on a `dist/`). It fails loudly (exit 1) when the page
Trunk wrote does not have the expected shape, rather than writing a file that cannot start.
"""

import base64
import hashlib
import json
import os
import re
import sys
from pathlib import Path

# Element ids shared with src/ui/one_file.rs.
GLUE_ID = "parallax-glue"
WASM_ID = "parallax-wasm"
WORKSPACE_ID = "parallax-workspace"
OUT_NAME = "parallax.html"

# Starts the app in the one-file page: no fetch, no file but this one.
LOADER = """<script type="module">
// Parallax in one file: the JavaScript glue and the WebAssembly are the base64 text above.
const inlined = (id) => {
  const text = atob(document.getElementById(id).textContent.trim());
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
};
const glue = URL.createObjectURL(new Blob([inlined("%(glue)s")], { type: "text/javascript" }));
const { default: init } = await import(glue);
await init({ module_or_path: inlined("%(wasm)s") });
</script>""" % {"glue": GLUE_ID, "wasm": WASM_ID}


def fail(message):
    print(f"one-file: {message}", file=sys.stderr)
    sys.exit(1)


def one(pattern, text, what):
    found = list(re.finditer(pattern, text, re.S))
    if len(found) != 1:
        fail(f"expected one {what} in index.html, found {len(found)}")
    return found[0]


def inert(element_id, data):
    return f'<script id="{element_id}" type="text/plain">{base64.b64encode(data).decode("ascii")}</script>'


def main():
    staging = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR", ""))
    index_path = staging / "index.html"
    if not index_path.is_file():
        fail(f"no index.html in {staging!s} (run as a Trunk post_build hook)")
    index = index_path.read_text(encoding="utf-8")
    page = index
    assets = []

    # Trunk's loader: the glue, the WebAssembly, and what the page does once started.
    loader = one(r"<script type=\"module\">\s*import init, \* as bindings from '\./([^']+\.js)';.*?</script>", page, "Trunk loader")
    glue_name = loader.group(1)
    wasm_name = one(r"module_or_path: '\./([^']+\.wasm)'", loader.group(0), "WebAssembly path").group(1)
    glue = (staging / glue_name).read_bytes()
    wasm = (staging / wasm_name).read_bytes()
    if b"import.meta.url" not in glue:
        fail(f"{glue_name} is not the wasm-bindgen glue this script expects")
    assets += [glue_name, wasm_name]
    inlined = "\n".join([inert(GLUE_ID, glue), inert(WASM_ID, wasm),
                         f'<script id="{WORKSPACE_ID}" type="text/plain"></script>', LOADER])
    page = page.replace(loader.group(0), inlined)

    # Styles, inline.
    def style(match):
        name = match.group(1)
        css = (staging / name).read_text(encoding="utf-8")
        if re.search(r"</style", css, re.I):
            fail(f"{name} contains '</style', which would end the inlined style early")
        if re.search(r"url\(\s*['\"]?(?!data:)", css):
            fail(f"{name} refers to another file (url(...)); the one-file page cannot have it")
        assets.append(name)
        return f"<style>\n{css}\n</style>"

    page, count = re.subn(r'<link rel="stylesheet" href="\./([^"]+\.css)"[^>]*/?>', style, page)
    if count == 0:
        fail("no stylesheet links in index.html")

    # Preloads of files the one-file page does not have.
    page = re.sub(r'<link rel="(?:modulepreload|preload)"[^>]*>', "", page)
    # What only makes sense on a host (the service worker).
    page, count = re.subn(r"<script data-hosted-only>.*?</script>", "", page, flags=re.S)
    if count != 1:
        fail("expected one <script data-hosted-only> (the service worker's registration)")
    if re.search(r"""(?:src|href)=["'](?!data:|#)""", page):
        fail("the one-file page still refers to another file")
    (staging / OUT_NAME).write_text(page, encoding="utf-8")

    # The service worker: the build's files, kept for offline use.
    sw_path = staging / "sw.js"
    sw = sw_path.read_text(encoding="utf-8")
    files = ["./", *[f"./{name}" for name in sorted(assets)]]
    version = hashlib.sha256("\n".join(files).encode()).hexdigest()[:12]
    sw, n_files = re.subn(r"^const PRECACHE = \[.*?\];$", f"const PRECACHE = {json.dumps(files)};", sw, flags=re.M)
    sw, n_cache = re.subn(r'^const CACHE = "[^"]*";$', f'const CACHE = "parallax-{version}";', sw, flags=re.M)
    if n_files != 1 or n_cache != 1:
        fail("sw.js has no `const PRECACHE = [...];` or `const CACHE = \"...\";` line to fill in")
    sw_path.write_text(sw, encoding="utf-8")
    size = (staging / OUT_NAME).stat().st_size
    print(f"one-file: wrote {OUT_NAME} ({size / 1e6:.1f} MB) and sw.js ({len(files)} files to keep offline)")


if __name__ == "__main__":
    main()
