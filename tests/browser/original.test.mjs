// Quote tracing against an original: the reader marks one article as the original (a
// transcript here, without quote marks), compares, and the quote cards say that each version is
// compared with the original's words; the mark is one at a time, works from the keyboard, and
// survives a reload. The texts are invented (`tests/original/`).

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { TEST_TIMEOUT_MS, eventually, testEnvironment, waitForMount } from "./support.mjs";

const env = testEnvironment(before, after);
const it = (name, body, options) =>
  test(name, { timeout: TEST_TIMEOUT_MS }, (t) => env.run(t, body, options));

const id = (testid) => `[data-testid="${testid}"]`;
const panel = (page, n) => page.locator(id("source-panel")).nth(n);
const markOf = (page, n) => panel(page, n).locator(id("mark-original"));

const SET = new URL("../original/", import.meta.url);
/** axe-core's browser build (the version in the lock file), as `a11y.test.mjs` uses it. */
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Serious and critical WCAG 2 A/AA failures axe finds in `selector`, one line each. */
async function axeFailures(page, selector) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    await page.addScriptTag({ path: AXE });
  }
  return page.evaluate(async (selector) => {
    const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    const result = await window.axe.run(
      { include: [[selector]] },
      { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] },
    );
    return result.violations.flatMap((v) =>
      v.nodes
        .filter((n) => ["serious", "critical"].includes(n.impact ?? v.impact))
        .map((n) => `${v.id} at ${n.target.join(" ")}: ${n.failureSummary}`),
    );
  }, selector);
}
const read = (file) => readFile(fileURLToPath(new URL(file, SET)), "utf8");

/** Fills three panels: the transcript and the two articles quoting it. */
async function fill(page) {
  const articles = [
    ["Transcript", await read("transcript.txt")],
    ["Harbour Gazette", await read("harbour-gazette.txt")],
    ["Coast Herald", await read("coast-herald.txt")],
  ];
  await page.locator(id("add-article")).click();
  for (const [n, [name, text]] of articles.entries()) {
    await panel(page, n).locator(id("source-name")).fill(name);
    await panel(page, n).locator(id("source-text")).fill(text);
  }
}

/** The card holding `words`, once the results are on the page. */
async function cardWith(page, words) {
  // Cards of one source only are folded (built, not shown): attached is enough.
  const card = page.locator(id("quote-group")).filter({ hasText: words }).first();
  await card.waitFor({ state: "attached" });
  return card;
}

/** Checks the card of the thanks to the volunteers: both versions against the transcript. */
async function assertTracedToTranscript(page) {
  const note = page.locator(id("original-note"));
  await note.waitFor();
  assert.match(await note.textContent(), /Original: Transcript\./);
  const card = await cardWith(page, "filled sandbags");
  const reference = card.locator(id("card-reference"));
  assert.equal(await reference.getAttribute("data-against"), "passage");
  assert.match(
    await reference.locator("figcaption").textContent(),
    /Compared with the original \(Transcript\)/,
  );
  assert.match(await reference.locator("blockquote").textContent(), /Nobody was hurt/);
  // Both outlets' versions are marked against it: the herald's cut of the transcript's
  // sentence is shown as the words it leaves out, in words.
  const members = card.locator(id("quote-member"));
  assert.equal(await members.count(), 2);
  const herald = members.filter({ hasText: "Coast Herald" });
  assert.match(
    await herald.locator(".context").first().textContent(),
    /not in this version:.*thank the volunteers/,
  );
  assert.match(
    await herald.locator(".out-of-context").textContent(),
    /leaves out the 10 words before it/,
  );
  const gazette = members.filter({ hasText: "Harbour Gazette" });
  assert.equal(await gazette.locator("del, ins").count(), 0, "the gazette quotes it whole");
  // A version with a word the transcript does not have: marked as added, in words.
  const pay = page
    .locator(id("quote-group"))
    .filter({ has: page.locator("ins", { hasText: "single" }) });
  await pay.first().waitFor({ state: "attached" });
  assert.equal(await pay.count(), 1);
  assert.match(
    await pay.locator(id("card-reference")).textContent(),
    /Compared with the original \(Transcript\).*We will rebuild the harbour wall/,
  );
  const added = await pay.locator("ins").allTextContents();
  assert.deepEqual(added, ["added: single"]);
}

it("an article marked as the original is what quote cards compare with, after a reload too", async (app) => {
  const page = await app.goto("/");
  await fill(page);
  // Labelled, and one at a time: marking another unmarks the first. From the keyboard.
  const label = await page.locator(`label[for="${await markOf(page, 0).getAttribute("id")}"]`);
  assert.match(await label.textContent(), /the original \(transcript or press release\)/);
  await markOf(page, 1).focus();
  await page.keyboard.press("Space");
  await eventually(async () => assert.equal(await markOf(page, 1).isChecked(), true));
  await markOf(page, 0).focus();
  await page.keyboard.press("Space");
  await eventually(async () => assert.equal(await markOf(page, 0).isChecked(), true));
  assert.equal(await markOf(page, 1).isChecked(), false);
  assert.match(await panel(page, 0).locator("h3").textContent(), /the original/);
  assert.doesNotMatch(await panel(page, 1).locator("h3").textContent(), /the original/);

  assert.deepEqual(await axeFailures(page, id("source-panel")), []);

  await page.locator(id("compare")).click();
  await assertTracedToTranscript(page);
  assert.deepEqual(await axeFailures(page, "#results-quotes"), []);
  await app.shot("original-card", { of: await cardWith(page, "filled sandbags") });

  // Saved with the workspace: a reload keeps the mark and shows the same comparison.
  await page.waitForFunction(() =>
    (localStorage.getItem("parallax.workspace") ?? "").includes('"original":true'),
  );
  await page.reload();
  await waitForMount(page);
  await page.locator(id("edit-articles")).click();
  await eventually(async () => assert.equal(await markOf(page, 0).isChecked(), true));
  assert.equal(await markOf(page, 1).isChecked(), false);
  await assertTracedToTranscript(page);

  // Unmarking it and comparing again gives the cards without an original.
  await markOf(page, 0).uncheck();
  await page.locator(id("compare")).click();
  await eventually(async () => assert.equal(await page.locator(id("original-note")).count(), 0));
  const card = await cardWith(page, "filled sandbags");
  assert.equal(await card.locator(id("card-reference")).getAttribute("data-against"), "fullest");
});
