// Issue 18, point 7: highlight layers in side-by-side reading. A reader switches loaded words,
// hedges, attribution verbs and names on and off; each marks words in every column with its
// own line style, each column counts them with words inside quotations apart from the writer's
// own, and the choice survives a reload. axe finds nothing serious with every layer on, in the
// light and the dark theme.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { TEST_TIMEOUT_MS, testEnvironment } from "./support.mjs";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const env = testEnvironment(before, after);
const it = (name, body, options) => test(name, { timeout: TEST_TIMEOUT_MS * 2 }, (t) => env.run(t, body, options));
const id = (testid) => `[data-testid="${testid}"]`;
const READING = "#results-reading";

/** Each layer and the line style that shows its marks (never colour alone). */
const LAYERS = {
  loaded: (s) => s.textDecorationLine.includes("underline") && s.textDecorationStyle === "solid",
  hedges: (s) => s.borderBottomStyle === "dotted",
  verbs: (s) => s.outlineStyle === "dashed",
  names: (s) => s.textDecorationLine.includes("underline") && s.textDecorationStyle === "double",
};

/** The computed styles of the first few marks of `layer` in the columns. */
const markStyles = (page, layer) =>
  page.evaluate((layer) => {
    const marks = [...document.querySelectorAll(`[data-testid="reading-column"] p .ly-${layer}`)].slice(0, 5);
    return marks.map((m) => {
      const s = getComputedStyle(m);
      return {
        textDecorationLine: s.textDecorationLine,
        textDecorationStyle: s.textDecorationStyle,
        borderBottomStyle: s.borderBottomStyle,
        outlineStyle: s.outlineStyle,
      };
    });
  }, layer);

/** Per column, the count line of `layer` if shown: [own, quoted]. */
const shownCounts = (page, layer) =>
  page.evaluate((layer) => {
    return [...document.querySelectorAll('[data-testid="reading-column"]')].map((column) => {
      const line = column.querySelector(`[data-testid="layer-counts"] li[data-layer="${layer}"]`);
      if (!line || line.closest("[hidden]")) return null;
      const m = line.textContent.match(/writer’s own (\d+) · in quotes (\d+)/);
      return m ? [Number(m[1]), Number(m[2])] : "unreadable: " + line.textContent;
    });
  }, layer);

async function openDemoReading(app) {
  await app.goto("/#demo");
  await app.page.locator(id("reading-column")).first().waitFor();
}

it("layers switch on and off, mark words with their own line style, count per source, and persist", async (app) => {
  const page = app.page;
  await openDemoReading(app);
  const columns = await page.locator(id("reading-column")).count();
  assert.ok(columns >= 2);
  let quotedSeen = 0;
  for (const [layer, styled] of Object.entries(LAYERS)) {
    const button = page.locator(id(`layer-${layer}`));
    assert.equal(await button.getAttribute("aria-pressed"), "false", `${layer} starts off`);
    const marks = await page.locator(`${id("reading-column")} p .ly-${layer}`).count();
    assert.ok(marks > 0, `the example has ${layer} to mark`);
    // Off: the words carry no mark and no count is shown.
    for (const s of await markStyles(page, layer)) assert.ok(!styled(s), `${layer} off: ${JSON.stringify(s)}`);
    assert.deepEqual(await shownCounts(page, layer), Array(columns).fill(null));
    // On (by keyboard): marked with the layer's line style, counted in every column.
    await button.focus();
    await page.keyboard.press("Enter");
    assert.equal(await button.getAttribute("aria-pressed"), "true");
    for (const s of await markStyles(page, layer)) assert.ok(styled(s), `${layer} on: ${JSON.stringify(s)}`);
    const counts = await shownCounts(page, layer);
    for (const c of counts) assert.ok(Array.isArray(c), `${layer}: every column counts (${JSON.stringify(counts)})`);
    const total = counts.reduce((n, [own, quoted]) => n + own + quoted, 0);
    assert.ok(total > 0, `${layer}: counted`);
    quotedSeen += counts.reduce((n, [, quoted]) => n + quoted, 0);
    // Marked words inside quotations sit in a quote mark; they are counted apart.
    const insideQuotes = await page.locator(`${id("reading-column")} .reading-quote .ly-${layer}`).count();
    if (insideQuotes > 0) assert.ok(counts.some(([, quoted]) => quoted > 0), `${layer}: words in quotes counted apart`);
  }
  assert.ok(quotedSeen > 0, "some marked words are inside quotations and counted as such");
  // Off again: marks and counts go.
  await page.locator(id("layer-hedges")).click();
  await page.locator(id("layer-verbs")).click();
  assert.equal(await page.locator(id("layer-hedges")).getAttribute("aria-pressed"), "false");
  for (const s of await markStyles(page, "hedges")) assert.ok(!LAYERS.hedges(s), `hedges off again: ${JSON.stringify(s)}`);
  assert.deepEqual(await shownCounts(page, "verbs"), Array(columns).fill(null));
  await app.shot("reading-layers");
  // Kept across a reload: loaded words and names on, hedges and verbs off.
  await page.reload();
  await page.locator(id("reading-column")).first().waitFor();
  for (const [layer, on] of [["loaded", "true"], ["hedges", "false"], ["verbs", "false"], ["names", "true"]]) {
    assert.equal(await page.locator(id(`layer-${layer}`)).getAttribute("aria-pressed"), on, `${layer} after reload`);
  }
  for (const s of await markStyles(page, "names")) assert.ok(LAYERS.names(s), `names after reload: ${JSON.stringify(s)}`);
  // Text only: the marks are spans with classes, never markup from the articles.
  assert.equal(await page.locator(`${READING} script, ${READING} img, ${READING} iframe`).count(), 0);
});

for (const theme of ["light", "dark"]) {
  it(`axe: the reading with every layer on, ${theme} theme`, async (app) => {
    const page = app.page;
    await page.emulateMedia({ colorScheme: theme });
    await openDemoReading(app);
    for (const layer of Object.keys(LAYERS)) await page.locator(id(`layer-${layer}`)).click();
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async (selector) => {
      const result = await window.axe.run(
        { include: [[selector]] },
        { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, resultTypes: ["violations"] },
      );
      return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    }, READING);
    assert.deepEqual(violations, []);
  });
}
