// The one-file page (issue 21): `dist/parallax.html`, copied alone into an empty folder and
// opened from disk with every network request refused, runs the whole app (the example,
// pasting, dropping files, comparing in its worker, exports, printing); "Save as one file"
// writes a file that reopens with its articles; a share link made from disk says where it
// works. And the hosted app after its first visit works offline (the service worker).

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  DIST,
  TEST_TIMEOUT_MS,
  dropFiles,
  eventually,
  exampleArticles,
  panelContents,
  testEnvironment,
  waitForMount,
} from "./support.mjs";

const env = testEnvironment(before, after);
const it = (name, body, options) =>
  test(name, { timeout: TEST_TIMEOUT_MS }, (t) => env.run(t, body, options));

const id = (testid) => `[data-testid="${testid}"]`;

/** Is `url` something other than the page's own file and what it makes in memory? */
const isNetwork = (url) => !/^(file|blob|data|about):/.test(url);

/**
 * Copies `html` (or the build's parallax.html) alone into a new empty folder and opens it from
 * disk with every network request refused. Returns the page and the file's URL.
 */
async function openFromDisk(app, { html = null, hash = "" } = {}) {
  const folder = await mkdtemp(join(tmpdir(), "parallax-onefile-"));
  const file = join(folder, "parallax.html");
  if (html === null) await copyFile(join(DIST, "parallax.html"), file);
  else await writeFile(file, html);
  const refused = [];
  await app.context.route("**/*", (route) => {
    if (isNetwork(route.request().url())) {
      refused.push(route.request().url());
      return route.abort();
    }
    return route.continue();
  });
  const url = pathToFileURL(file).href;
  await app.page.goto(url + hash);
  await waitForMount(app.page);
  return { page: app.page, url, folder, refused, cleanup: () => rm(folder, { recursive: true }) };
}

/** Asserts the page never asked for anything over the network. */
function assertNoNetwork(app, refused) {
  assert.deepEqual(refused, [], "requests the page tried");
  assert.deepEqual(app.requests.filter(isNetwork), [], "requests the page made");
}

it("dist/parallax.html alone, from disk, with no network: #demo shows the compared example", async (app) => {
  const html = await readFile(join(DIST, "parallax.html"), "utf8");
  assert.doesNotMatch(html, /<link[^>]+rel="(stylesheet|modulepreload|preload)"/, "no linked files");
  assert.doesNotMatch(html, /<script[^>]+src=/, "no script files");
  const opened = await openFromDisk(app, { hash: "#demo" });
  const { page } = opened;
  try {
    await page.locator(id("quote-group")).first().waitFor();
    assert.deepEqual(await panelContents(page), await exampleArticles());
    assert.ok((await page.locator("#key-differences").count()) === 1, "key differences shown");
    // Styled by the inlined sheets.
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    assert.notEqual(font, "", "the body has the app's font");
    // The comparison ran in the worker made from the inlined glue.
    assert.ok(page.workers().length >= 1, "a worker computed the comparison");
    assertNoNetwork(app, opened.refused);
  } finally {
    await opened.cleanup();
  }
});

it("from disk: paste, drop a file, compare, export, print — all without network", async (app) => {
  const opened = await openFromDisk(app);
  const { page } = opened;
  try {
    const example = await exampleArticles();
    const texts = page.locator(id("source-text"));
    await texts.nth(0).fill(example[0].text);
    await dropFiles(page, id("source-panel"), [
      { name: "second.txt", type: "text/plain", content: example[1].text },
    ]);
    await eventually(async () => assert.equal(await texts.nth(1).inputValue(), example[1].text));
    await page.locator(id("compare")).click();
    await page.locator(id("quote-group")).first().waitFor();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator(id("export-markdown")).click(),
    ]);
    const markdown = await readFile(await download.path(), "utf8");
    assert.match(markdown, /^# /m, "the handout has a title");

    await page.evaluate(() => {
      window.printed = 0;
      window.print = () => {
        window.printed += 1;
      };
    });
    await page.locator(id("export-print")).click();
    assert.equal(await page.evaluate(() => window.printed), 1, "the print dialog was asked for");
    assertNoNetwork(app, opened.refused);
  } finally {
    await opened.cleanup();
  }
});

/** Saves the workspace shown on `page` as one file; resolves to the file's HTML. */
async function saveOneFile(page) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(id("save-one-file")).click(),
  ]);
  assert.equal(download.suggestedFilename(), "parallax.html");
  return readFile(await download.path(), "utf8");
}

const OWN = [
  {
    name: "Morning Ledger",
    text:
      "The council voted 7–2 on Tuesday to close the bridge. “We had no choice,” the mayor said.\n\n" +
      "Residents said they would appeal.",
  },
  {
    name: "Evening Post <b>",
    text:
      "Officials shut the bridge after a 7–2 vote. “We had no other choice,” the mayor told reporters.\n\n" +
      "Some residents criticised the decision.",
  },
];

it("Save as one file: the saved file reopens from disk with its articles, compared", async (app) => {
  // Made on the hosted page…
  const page = await app.goto("/");
  const texts = page.locator(id("source-text"));
  const names = page.locator(id("source-name"));
  for (const [i, a] of OWN.entries()) {
    await names.nth(i).fill(a.name);
    await texts.nth(i).fill(a.text);
  }
  await page.locator(id("compare")).click();
  await page.locator(id("quote-group")).first().waitFor({ state: "attached" });
  const html = await saveOneFile(page);
  assert.match(html, /<script id="parallax-workspace" type="text\/plain">1\.[A-Za-z0-9_-]+<\/script>/);
  assert.doesNotMatch(html, /Evening Post <b>/, "the articles travel packed, never as markup");

  // …opened from disk in a fresh profile (another computer), with no network.
  const other = await app.newProfile();
  const folder = await mkdtemp(join(tmpdir(), "parallax-saved-"));
  try {
    const file = join(folder, "parallax.html");
    await writeFile(file, html);
    await other.context().route("**/*", (route) =>
      isNetwork(route.request().url()) ? route.abort() : route.continue(),
    );
    await other.goto(pathToFileURL(file).href);
    await waitForMount(other);
    await other.locator(id("quote-group")).first().waitFor({ state: "attached" });
    assert.deepEqual(await panelContents(other), OWN);

    // Saved again from disk: the copy holds the articles too.
    const again = await saveOneFile(other);
    const file2 = join(folder, "again.html");
    await writeFile(file2, again);
    const third = await app.newProfile();
    await third.goto(pathToFileURL(file2).href);
    await waitForMount(third);
    await third.locator(id("quote-group")).first().waitFor({ state: "attached" });
    assert.deepEqual(await panelContents(third), OWN);
  } finally {
    await rm(folder, { recursive: true });
  }
});

it("a damaged workspace in a saved file changes nothing and says so", async (app) => {
  const built = await readFile(join(DIST, "parallax.html"), "utf8");
  const html = built.replace(
    '<script id="parallax-workspace" type="text/plain"></script>',
    '<script id="parallax-workspace" type="text/plain">1.AAAA-not-a-workspace</script>',
  );
  assert.notEqual(html, built, "the build has an empty workspace slot");
  const opened = await openFromDisk(app, { html });
  try {
    const { page } = opened;
    await page.locator(id("notice")).filter({ hasText: "could not be opened" }).waitFor();
    assert.deepEqual(
      (await panelContents(page)).map((p) => p.text),
      ["", ""],
      "the workspace is untouched",
    );
  } finally {
    await opened.cleanup();
  }
});

it("a share link made from a page opened from disk says it only works where the app is hosted", async (app) => {
  const opened = await openFromDisk(app, { hash: "#demo" });
  try {
    const { page } = opened;
    await page.locator(id("share-link")).click();
    const note = page.locator(id("share-from-disk"));
    await note.waitFor();
    assert.match(await note.textContent(), /only works on this computer/);
    assert.match(await note.textContent(), /hosted/);
  } finally {
    await opened.cleanup();
  }
});

it("after a first visit from the host, the app reloads and compares offline", async (app) => {
  const page = await app.goto("/");
  // The service worker has installed (keeping the build's files) and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener("controllerchange", ok));
    }
  });
  const kept = await page.evaluate(async () => {
    const names = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) names.push(request.url);
    }
    return names;
  });
  assert.ok(kept.some((u) => u.endsWith(".wasm")), `the WebAssembly is kept: ${kept}`);
  await app.context.setOffline(true);
  await page.reload();
  await waitForMount(page);
  await page.locator(id("load-example")).click();
  await page.locator(id("compare")).click();
  await page.locator(id("quote-group")).first().waitFor();
  assert.deepEqual(await panelContents(page), await exampleArticles());
});
