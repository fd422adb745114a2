// Accessibility on every run (issue 21): axe-core (npm, pinned in package-lock.json, injected
// from node_modules) checks the workspace and every results section against WCAG 2 A and AA,
// and the classroom's screens (the exercise maker, the student view, projector mode), in the
// light and the dark theme, at desktop and at phone width. Any serious or critical
// violation fails the test, listed with the rule, the element and axe's summary of the failure.
// The reading is audited again with every highlight layer on. A last test prints the results in
// black and white and checks that every highlight and diff
// mark still shows without colour.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { TEST_TIMEOUT_MS, eventually, exampleArticles, panelContents, testEnvironment } from "./support.mjs";

const require = createRequire(import.meta.url);
/** axe-core's browser build, from this folder's node_modules (the version in the lock file). */
const AXE = require.resolve("axe-core/axe.min.js");

const env = testEnvironment(before, after);

const id = (testid) => `[data-testid="${testid}"]`;

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what axe calls these rules. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/** The impacts that fail a test. */
const FAILING = new Set(["serious", "critical"]);

const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
};
const THEMES = ["light", "dark"];

/** The parts of the results page, each audited on its own so a failure names its section. */
const RESULT_SECTIONS = {
  "workspace bar": id("workspace-bar"),
  navigation: ".results-nav",
  "key differences": "#key-differences",
  overview: "#results-overview",
  "quote cards": "#results-quotes",
  "side by side": "#results-reading",
  framing: "#framing",
  "engine's figures": "section.summary",
  export: "#export",
};

/**
 * Runs axe on the elements `selector` matches (or, with none, the whole page but `exclude`) and
 * returns what it found.
 */
async function audit(page, selector = null, exclude = []) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    await page.addScriptTag({ path: AXE });
  }
  return page.evaluate(
    async ({ selector, exclude, tags }) => {
      const context = selector === null ? { include: [["html"]], exclude: exclude.map((s) => [s]) } : { include: [[selector]] };
      const result = await window.axe.run(context, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          impact: n.impact,
          target: n.target.join(" "),
          html: n.html.slice(0, 160),
          why: (n.failureSummary ?? "").replace(/\s+/g, " ").trim(),
        })),
      }));
    },
    { selector, exclude, tags: TAGS },
  );
}

/** The serious and critical failures of an audit, one line per element. */
function failures(violations, where) {
  const lines = [];
  for (const v of violations) {
    for (const n of v.nodes) {
      if (FAILING.has(n.impact ?? v.impact)) {
        lines.push(`${where}: ${v.id} (${n.impact ?? v.impact}, ${v.help}) at ${n.target}: ${n.why} — ${n.html}`);
      }
    }
  }
  return lines;
}

/** Audits each part of `parts` (name → selector; each must be on the page), then the rest of the page. */
async function auditParts(page, parts, state) {
  const lines = [];
  for (const [name, selector] of Object.entries(parts)) {
    assert.ok((await page.locator(selector).count()) > 0, `${state}: the ${name} is on the page`);
    lines.push(...failures(await audit(page, selector), `${state}, ${name}`));
  }
  const audited = Object.values(parts);
  lines.push(...failures(await audit(page, null, audited), `${state}, the rest of the page`));
  return lines;
}

/** Opens every fold of the results: disclosures, one-source quotes, counted-in boilerplate. */
async function unfoldEverything(page) {
  const singles = page.locator(id("single-source-toggle"));
  if ((await singles.count()) > 0 && (await singles.first().getAttribute("aria-expanded")) !== "true") {
    await singles.first().click();
  }
  const countIn = page.locator(`${id("count-boilerplate")} input, input${id("count-boilerplate")}`).first();
  if ((await countIn.count()) > 0 && !(await countIn.isChecked())) await countIn.check();
  await page.evaluate(() => {
    for (const d of document.querySelectorAll("details:not([open])")) d.open = true;
  });
  // Every highlight layer of the reading switched on (issue 18, point 7).
  for (const layer of ["loaded", "hedges", "verbs", "names"]) {
    const button = page.locator(id(`layer-${layer}`));
    if ((await button.getAttribute("aria-pressed")) !== "true") await button.click();
  }
  // A quote group lit up in every column (the highlight a reader sees on hover or focus).
  await page.locator(id("reading-quote")).first().focus();
  await page.locator(".reading-quote.linked").first().waitFor();
}

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  for (const theme of THEMES) {
    test(
      `axe: no serious or critical violation, ${theme} theme, ${width} width`,
      { timeout: TEST_TIMEOUT_MS * 3 },
      (t) =>
        env.run(
          t,
          async (app) => {
            const page = app.page;
            await page.emulateMedia({ colorScheme: theme });
            const problems = [];

            // The workspace as a new visitor sees it, then filled with the example.
            await app.goto("/");
            problems.push(...(await auditParts(page, { workspace: ".workspace" }, "empty workspace")));
            await page.locator(id("load-example")).click();
            const example = await exampleArticles();
            await eventually(async () => assert.deepEqual(await panelContents(page), example));
            problems.push(...(await auditParts(page, { workspace: ".workspace" }, "example loaded")));

            // The results of `#demo`, every section, folded as they open and then unfolded.
            await app.goto("/#demo");
            await page.locator(id("quote-group")).first().waitFor();
            await page.locator(id("reading-column")).first().waitFor();
            await page.locator(id("claim-matrix")).first().waitFor();
            problems.push(...(await auditParts(page, RESULT_SECTIONS, "results")));
            await unfoldEverything(page);
            problems.push(...(await auditParts(page, RESULT_SECTIONS, "results unfolded")));

            // The articles opened again for editing above the results.
            await page.locator(id("edit-articles")).click();
            await page.locator(id("source-panel")).first().waitFor();
            problems.push(...(await auditParts(page, { workspace: ".workspace" }, "editing over results")));

            // The classroom: the exercise maker under the results, then the student view (an
            // answer checked, the key shown, the outlets revealed) and projector mode.
            await page.locator(id("make-exercise")).click();
            await page.locator(id("maker-prompt")).first().waitFor();
            problems.push(...(await auditParts(page, { "exercise maker": "#exercise-maker" }, "exercise made")));
            await page.goto(app.url("/#demo-exercise"));
            await page.locator(id("exercise-question")).first().waitFor();
            problems.push(...(await auditParts(page, { "student view": id("exercise-page") }, "student view")));
            await page.locator(id("exercise-check")).first().click();
            await page.locator(id("exercise-feedback")).first().waitFor();
            await page.locator(id("show-key")).click();
            await page.locator(id("reveal-sources")).click();
            problems.push(
              ...(await auditParts(page, { "student view": id("exercise-page") }, "student view, checked, key shown")),
            );
            await page.locator(id("projector-open")).click();
            await page.locator(id("projector")).waitFor();
            problems.push(...(await auditParts(page, { projector: id("projector") }, "projector mode")));

            assert.deepEqual(problems, [], `${problems.length} serious or critical violations:\n${problems.join("\n")}`);
          },
          { viewport },
        ),
    );
  }
}

test("printed in black and white, every highlight and diff mark shows without colour", { timeout: TEST_TIMEOUT_MS }, (t) =>
  env.run(t, async (app) => {
    const page = await app.goto("/#demo");
    await page.locator(id("quote-group")).first().waitFor();
    await page.emulateMedia({ media: "print", colorScheme: "light" });
    const marks = await page.evaluate(() => {
      const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
      // A mark reads without colour if it is struck through, underlined, outlined, boxed, or
      // carries text of its own before or after (a bracket, a sign).
      const nonColour = (el) => {
        const s = getComputedStyle(el);
        const before = getComputedStyle(el, "::before").content;
        const after = getComputedStyle(el, "::after").content;
        const text = (c) => c && c !== "none" && c !== "normal" && c !== '""';
        return (
          /line-through|underline/.test(s.textDecorationLine) ||
          (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) ||
          ["Top", "Bottom"].some((side) => s[`border${side}Style`] !== "none" && parseFloat(s[`border${side}Width`]) > 0) ||
          text(before) ||
          text(after)
        );
      };
      // A changed passage is told by the marks of its cut and added words, or by its label.
      const labelled = (el) =>
        [...el.querySelectorAll("del, ins, .minor-tag")].some((m) => shown(m) && (nonColour(m) || m.textContent.trim()));
      const kinds = { del: "del", ins: "ins", mark: "mark", changed: ".changed" };
      const out = {};
      for (const [kind, selector] of Object.entries(kinds)) {
        const all = [...document.querySelectorAll(selector)].filter(shown);
        out[kind] = {
          shown: all.length,
          bare: all
            .filter((el) => !nonColour(el) && !(kind === "changed" && labelled(el)))
            .map((el) => el.outerHTML.slice(0, 120)),
        };
      }
      // Whatever prints: nothing has a background colour (paper is white, ink is black).
      out.coloured = [...document.querySelectorAll("body *")]
        .filter(shown)
        .filter((el) => {
          const s = getComputedStyle(el);
          return s.backgroundColor !== "rgba(0, 0, 0, 0)" && s.backgroundColor !== "transparent";
        })
        .map((el) => el.outerHTML.slice(0, 120));
      return out;
    });
    assert.ok(marks.del.shown > 0 && marks.ins.shown > 0, "the handout prints cut and added words");
    for (const kind of ["del", "ins", "mark", "changed"]) {
      assert.deepEqual(marks[kind].bare, [], `${kind}: marks that only colour would tell apart`);
    }
    assert.deepEqual(marks.coloured, [], "elements printed on a coloured background");
  }),
);
