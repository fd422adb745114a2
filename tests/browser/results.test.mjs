// The results screens (issue 7) over the bundled example opened with `#demo`: the overview,
// the quote cards with word diffs, the side-by-side reading, the framing tables, export and
// the share link. Each test drives the release build in a fresh profile; the screenshots are
// the ones a person new to the tool should be able to read.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  TEST_TIMEOUT_MS,
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

/** Opens `#demo` and waits for the results to be on the page. */
async function openDemo(app, target) {
  const page = await app.goto("/#demo", target);
  await page.locator(id("quote-group")).first().waitFor();
  // The reading and the framing panel are built in tasks after the first screenful.
  await page.locator(id("reading-column")).first().waitFor();
  await page.locator(`${id("claim-matrix")} ${id("claim-row")}`).first().waitFor();
  return page;
}

const numberIn = async (locator) => Number((await locator.textContent()).replace(/\D+/g, ""));

it("#demo shows the example compared: three source panels and the overview", async (app) => {
  const page = await openDemo(app);
  const example = await exampleArticles();
  assert.equal(await page.locator(id("source-panel")).count(), 3);
  assert.deepEqual(await panelContents(page), example);

  const overview = page.locator("#results-overview");
  await overview.waitFor();
  const sources = overview.locator(id("result-source"));
  assert.equal(await sources.count(), 3);
  for (const [i, article] of example.entries()) {
    assert.match(await sources.nth(i).textContent(), new RegExp(article.name));
  }
  // Headline figures are the report's: the example shares several quotes among its sources.
  const shared = await numberIn(overview.locator(`${id("figure-shared-quotes")} dd`));
  const single = await numberIn(overview.locator(`${id("figure-single-quotes")} dd`));
  assert.ok(shared >= 2, `${shared} shared quotes`);
  assert.ok(single >= 1, `${single} quotes in one source only`);
  // The matrix lists the most widely quoted group first, quoted by all three sources.
  const rows = overview.locator(`${id("quote-matrix")} ${id("matrix-row")}`);
  assert.ok((await rows.count()) >= shared, "a matrix row per shared quote");
  const first = rows.first().locator("td.coverage");
  assert.equal(await first.count(), 3);
  for (let s = 0; s < 3; s++) {
    assert.match(await first.nth(s).textContent(), /\d+\s*%/, `source ${s + 1} coverage`);
  }
  await app.shot("results-demo");
  await app.shot("results-overview", { of: overview });
});

it("quote cards mark each source's cuts and additions against the fullest version", async (app) => {
  const page = await openDemo(app);
  const cards = page.locator(`#results-quotes ${id("quote-group")}`);
  assert.ok((await cards.count()) >= 2, "at least two shared quote groups");
  const members = page.locator(`#results-quotes ${id("quote-member")}`);
  assert.ok((await members.count()) >= 6);

  // Cuts are struck through and labelled "cut:", additions underlined and labelled "added:".
  const cut = members.locator("del").first();
  const added = members.locator("ins").first();
  await cut.waitFor();
  await added.waitFor();
  assert.match(await cut.textContent(), /^cut: \S/);
  assert.match(await added.textContent(), /^added: \S/);
  const decoration = (l) => l.evaluate((el) => getComputedStyle(el).textDecorationLine);
  assert.match(await decoration(cut), /line-through/);
  assert.match(await decoration(added), /underline/);

  // The short partial quote sits aligned inside the long statement's card.
  const phrase = "most strongly denounces and rejects";
  const longCard = cards.filter({ has: page.locator("figure.reference", { hasText: phrase }) });
  assert.equal(await longCard.count(), 1, "one card has the long statement as its fullest version");
  const aligned = longCard.locator(id("quote-member")).filter({ hasText: phrase });
  assert.ok((await aligned.count()) >= 2, "the fragment and the full statement, both in the card");
  assert.ok(
    (await longCard.locator(id("quote-member")).count()) >= 3,
    "the long statement's card gathers the versions of several sources",
  );

  // Each version says how it was attributed; Yonhap's "bristled" is among them.
  const verbs = await page.locator(`#results-quotes ${id("member-verb")}`).allTextContents();
  assert.ok(verbs.some((v) => /bristled/.test(v)), `verbs shown: ${verbs.join(" | ")}`);

  await app.shot("results-card-long-statement", { of: longCard });
  await app.shot("results-card-first", { of: cards.first() });
});

it("side-by-side reading highlights the same quote in every column", async (app) => {
  const page = await openDemo(app);
  const reading = page.locator("#results-reading");
  const columns = reading.locator(id("reading-column"));
  assert.equal(await columns.count(), 3);
  // Pick a group quoted in every column, hover it in the first and see it lit in all three.
  const group = await columns.evaluateAll((cols) => {
    const groupsIn = cols.map(
      (c) => new Set([...c.querySelectorAll("[data-testid=reading-quote]")].map((m) => m.dataset.group)),
    );
    return [...groupsIn[0]].find((g) => groupsIn.every((set) => set.has(g)));
  });
  assert.ok(group, "a quote group appears in all three columns");
  const inGroup = reading.locator(`${id("reading-quote")}[data-group="${group}"]`);
  const litPerColumn = () =>
    columns.evaluateAll((cols) => cols.map((c) => [...c.querySelectorAll("mark.linked")]
      .map((m) => m.dataset.group)));
  const allLit = async (why) => {
    await eventually(async () => {
      const lit = await litPerColumn();
      assert.ok(
        lit.every((groups) => groups.length > 0 && groups.every((g) => g === group)),
        `${why}: quote ${group} should be lit in every column, and only it; lit: ${JSON.stringify(lit)}`,
      );
    });
  };
  // The pointer over the quote in the first column (moved there as a mouse does: playwright's
  // own hover() refuses inline marks here, taking the paragraph for an obstacle).
  const first = inGroup.first();
  await first.scrollIntoViewIfNeeded();
  const box = await first.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await allLit("hovering");
  await app.shot("results-reading"); // the viewport, around the lit quote
  await page.mouse.move(1, 1);
  await eventually(async () =>
    assert.deepEqual((await litPerColumn()).flat(), [], "the pointer left: nothing stays lit"),
  );
  // Keyboard: focusing the quote does the same.
  await first.focus();
  await allLit("focusing");

  // Boilerplate is folded; the switch opens (counts in) all of it.
  const folded = reading.locator(`${id("boilerplate")}`);
  assert.ok((await folded.count()) >= 1, "the example has boilerplate (e.g. a reading-time line)");
  assert.equal(await reading.locator(`${id("boilerplate")}[open]`).count(), 0);
  await reading.locator(id("count-boilerplate")).check();
  await eventually(async () =>
    assert.equal(await reading.locator(`${id("boilerplate")}[open]`).count(), await folded.count()),
  );
});

it("“show in context” takes the reader to the quote in its article", async (app) => {
  const page = await openDemo(app);
  const member = page.locator(`#results-quotes ${id("quote-member")}`).filter({
    has: page.locator(id("show-in-context")),
  });
  await member.first().locator(id("show-in-context")).click();
  await eventually(async () => {
    const where = await page.evaluate(() => ({
      testid: document.activeElement?.dataset.testid,
      column: document.activeElement?.closest("[data-testid=reading-column]") !== null,
    }));
    assert.deepEqual(where, { testid: "reading-quote", column: true });
  });
});

it("the framing panel shows attribution verbs, naming, unique facts and claims coverage", async (app) => {
  const page = await openDemo(app);
  const verbs = page.locator(id("framing-verbs"));
  await verbs.waitFor();
  // Yonhap's reprint has North Korea "bristle"; the table says which source used which verb.
  assert.match(await verbs.textContent(), /bristled?/);
  // A speaker row's sentences are listed once its "N sentences" is opened, the verb marked.
  const row = verbs.locator(`${id("verb-table")} ${id("verb-row")}`).filter({ hasText: /bristled?/ }).first();
  assert.equal(await row.locator(".fr-sentence").count(), 0, "sentences built before they are opened");
  await row.locator("details.fr-where summary").click();
  const sentence = row.locator(".fr-sentence").first();
  await sentence.waitFor();
  assert.match(await sentence.textContent(), /bristle/);
  assert.ok((await sentence.locator("mark, .fr-cat-emotive").count()) >= 1, "the verb is marked");
  const naming = page.locator(id("naming-table"));
  assert.ok((await naming.locator(id("naming-row")).count()) >= 2, "naming rows");
  const names = await naming.textContent();
  assert.match(names, /Pyongyang/);
  assert.match(names, /North Korea/);
  const unique = page.locator(id("unique-facts"));
  const facts = unique.locator(id("unique-fact"));
  assert.ok((await facts.count()) >= 1, "facts only one source reports");
  for (const text of await facts.allTextContents()) assert.ok(text.trim().length > 10, text);
  const claims = page.locator(`${id("claim-matrix")} ${id("claim-row")}`);
  assert.ok((await claims.count()) >= 2, "claims in the coverage matrix");
  // Each claim shows the cues it was matched by, and the help says the cues can be wrong.
  const cues = page.locator(`${id("claim-matrix")} ${id("claim-cues")}`);
  assert.ok((await cues.count()) >= 2, "matching cues of the claims");
  assert.match(await cues.first().textContent(), /^Matched by: ./);
  assert.match(await page.locator(id("framing-claims")).textContent(), /can be wrong/);
  await app.shot("results-framing-verbs", { of: verbs.locator(id("verb-overview")) });
  await app.shot("results-framing-naming", { of: naming });
  await app.shot("results-framing-claims", { of: page.locator(id("claim-matrix")) });
});

it("a share link made in one profile opens the same workspace in a fresh profile", async (app) => {
  const page = await app.goto("/");
  const articles = [
    { name: "Gazette", text: "The minister said “we will respond” on Monday.\n\nTalks resume." },
    {
      name: "Courier <b>bold</b>",
      text: "Ünïcödé text — and <img src=x onerror=\"window.__ran = 1\"> kept as text.",
    },
  ];
  for (const [i, a] of articles.entries()) {
    await page.locator(id("source-panel")).nth(i).locator(id("source-name")).fill(a.name);
    await page.locator(id("source-panel")).nth(i).locator(id("source-text")).fill(a.text);
  }
  await page.locator(id("compare")).click();
  await page.locator(id("share-link")).click();
  const field = page.locator(id("share-url"));
  await field.waitFor();
  const link = await field.inputValue();
  // The articles travel in the fragment, followed by the place in view (issue 17).
  assert.match(
    link,
    /#share=[A-Za-z0-9._-]{20,}(&(card=\d+|section=[a-z]+))?$/,
    "the articles travel in the fragment",
  );
  assert.match(await page.locator(id("share-status")).textContent(), /Link (made|copied)/);

  const other = await app.newProfile();
  await other.goto(link);
  await waitForMount(other);
  await eventually(async () => assert.deepEqual(await panelContents(other), articles));
  // Opened compared, and nothing in the link ran or became markup.
  await other.locator(id("source-summary")).waitFor();
  assert.equal(await other.evaluate(() => window.__ran), undefined);
  assert.equal(await other.locator("main b, main img").count(), 0);
  await app.shot("results-share-opened", { page: other });
});

it("Export downloads the report as Markdown, JSON and CSV", async (app) => {
  const page = await openDemo(app);
  const example = await exampleArticles();
  const download = async (testid) => {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.locator(id(testid)).click(),
    ]);
    const content = await readFile(await file.path(), "utf8");
    assert.ok(content.length > 500, `${testid}: ${content.length} characters`);
    return { name: file.suggestedFilename(), content };
  };
  const md = await download("export-markdown");
  assert.match(md.name, /\.md$/);
  assert.match(md.content, /most strongly denounces and rejects/);
  for (const a of example) assert.ok(md.content.includes(a.name), `Markdown names ${a.name}`);

  const json = await download("export-json");
  assert.match(json.name, /\.json$/);
  const report = JSON.parse(json.content);
  assert.deepEqual(report.sources.map((s) => s.name), example.map((a) => a.name));
  assert.ok(report.quote_groups.length >= 2 && report.quotes.length >= 10);

  const csv = await download("export-csv");
  assert.match(csv.name, /\.csv$/);
  const lines = csv.content.trim().split(/\r?\n/);
  assert.ok(lines.length >= 10, `${lines.length} CSV lines`);
  assert.ok(lines[0].split(",").length >= 3, `CSV header: ${lines[0]}`);
  await app.shot("results-export", { of: page.locator("#results-export").locator("xpath=..") });
});

it("in a dark system theme the results are dark, and text and diff marks keep their contrast", async (app) => {
  const page = await openDemo(app);
  const checks = await page.evaluate(() => {
    const rgba = (css) => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }) => {
      const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c && c.a > 0.5) return c;
      }
      return rgba(getComputedStyle(document.documentElement).backgroundColor) ?? { r: 255, g: 255, b: 255 };
    };
    const contrast = (el) => {
      const [a, b] = [luminance(rgba(getComputedStyle(el).color)), luminance(background(el))];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    };
    const sample = {
      "article text": '[data-testid="source-text"]',
      "quote member": '[data-testid="quote-member"]',
      "cut words": '[data-testid="quote-member"] del',
      "added words": '[data-testid="quote-member"] ins',
      "a button": '[data-testid="compare"]',
      "a table cell": '[data-testid="framing-verbs"] td',
    };
    return {
      page: luminance(background(document.body)),
      contrast: Object.fromEntries(
        Object.entries(sample).map(([what, selector]) => {
          const el = document.querySelector(selector);
          return [what, el ? Math.round(contrast(el) * 10) / 10 : null];
        }),
      ),
    };
  });
  assert.ok(checks.page < 0.05, `the page background is dark (luminance ${checks.page})`);
  for (const [what, ratio] of Object.entries(checks.contrast)) {
    assert.ok(ratio !== null, `${what} is on the page`);
    assert.ok(ratio >= 4.5, `${what}: contrast ${ratio} is at least 4.5:1`);
  }
  await page.locator(id("quote-group")).first().scrollIntoViewIfNeeded();
  await app.shot("results-dark-cards");
}, { contextOptions: { colorScheme: "dark" } });
