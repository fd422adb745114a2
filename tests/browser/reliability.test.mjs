// Issue 20: reliability. Two tabs never overwrite each other's work; an unreadable saved copy
// is kept; Undo of a replaced workspace survives a reload; inputs at and over the limits finish
// or are refused within 10 s; the hostile-input corpus (tests/hostile/) gets the right message,
// no page error and no element of its own in the page.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import {
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
  test(name, { timeout: TEST_TIMEOUT_MS * 2 }, (t) => env.run(t, body, options));
const id = (testid) => `[data-testid="${testid}"]`;
const PANEL = id("source-panel");
const KEY = "parallax.workspace";

// The limits of src/limits.rs (README, "Limits").
const MAX_ARTICLE_BYTES = 512 * 1024;
const MAX_COMPARISON_BYTES = 2 * MAX_ARTICLE_BYTES;
const MAX_LINK_INFLATED_BYTES = MAX_COMPARISON_BYTES + MAX_COMPARISON_BYTES / 4;

/** A share fragment holding `articles`, as the app packs one (format 1). */
const shareFragment = (articles) => fragmentOfJson(JSON.stringify({ articles }));
const fragmentOfJson = (json) => "#share=1." + deflateSync(Buffer.from(json)).toString("base64url");

/** Paragraphs `paragraph(k)` for k = 0, 1, … joined by blank lines, as many as fit in `bytes`
 * of UTF-8. */
function textOf_(bytes, paragraph) {
  const parts = [];
  let length = 0;
  for (let k = 0; ; k++) {
    const p = paragraph(k) + "\n\n";
    const n = Buffer.byteLength(p);
    if (length + n > bytes) break;
    parts.push(p);
    length += n;
  }
  return parts.join("");
}

const saved = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const savedArticles = async (page) => JSON.parse((await saved(page)) ?? "{}").articles ?? [];
const textOf = (page, n) => page.locator(PANEL).nth(n).locator(id("source-text"));

async function errorsSay(page, pattern) {
  await eventually(async () => {
    const texts = await page.locator(`${id("errors")} ${id("notice")}`).allTextContents();
    assert.ok(texts.some((t) => pattern.test(t)), `an error says ${pattern}; errors: ${JSON.stringify(texts)}`);
  });
}

/**
 * Starts recording the longest gap between animation frames, until `until()` (run in the page)
 * is true. Returns a function resolving to `{ gap, elapsed }` in ms once it is.
 */
async function watchFrames(page, untilSource) {
  await page.evaluate((untilSource) => {
    const until = new Function(`return (${untilSource})`);
    const seen = (window.__frames = { gap: 0, start: performance.now(), last: performance.now(), done: false });
    const frame = (now) => {
      seen.gap = Math.max(seen.gap, now - seen.last);
      seen.last = now;
      if (until()) {
        seen.done = true;
        seen.elapsed = now - seen.start;
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, untilSource);
  return async (timeout) => {
    await page.waitForFunction(() => window.__frames.done, null, { timeout });
    return page.evaluate(() => ({ gap: window.__frames.gap, elapsed: window.__frames.elapsed }));
  };
}

it("two tabs: each follows the other's saves, a reload or a closed tab writes nothing stale", async (app) => {
  const a = await app.goto("/");
  const b = await app.goto("/", await app.newPage());
  // A writes; B, with nothing unsaved, follows.
  await textOf(a, 0).fill("Tab A's first article.");
  await eventually(async () => assert.equal((await savedArticles(a))[0]?.text, "Tab A's first article."));
  await eventually(async () => assert.equal(await textOf(b, 0).inputValue(), "Tab A's first article."));
  // B reloads: A's edit stays saved.
  await textOf(a, 0).fill("Tab A's first article, edited.");
  await eventually(async () =>
    assert.equal((await savedArticles(a))[0]?.text, "Tab A's first article, edited."),
  );
  await b.reload();
  await waitForMount(b);
  assert.equal((await savedArticles(b))[0]?.text, "Tab A's first article, edited.");
  assert.equal(await textOf(b, 0).inputValue(), "Tab A's first article, edited.");
  // B adds an article; closing A (its pagehide) does not put A's older copy back.
  await textOf(b, 1).fill("Tab B's new article.");
  await eventually(async () => assert.equal((await savedArticles(b))[1]?.text, "Tab B's new article."));
  await eventually(async () => assert.equal(await textOf(a, 1).inputValue(), "Tab B's new article."));
  await a.close({ runBeforeUnload: true });
  await eventually(async () =>
    assert.deepEqual(
      (await savedArticles(b)).map((x) => x.text),
      ["Tab A's first article, edited.", "Tab B's new article."],
    ),
  );
  // A new tab opens what both wrote.
  const c = await app.goto("/", await app.newPage());
  assert.deepEqual(
    (await panelContents(c)).map((x) => x.text),
    ["Tab A's first article, edited.", "Tab B's new article."],
  );
});

/** Two tabs of one profile typing at once: returns the tab that saved first, the one that
 * shows the conflict, and the text each shows. */
async function conflictingTabs(app) {
  const first = await app.goto("/");
  // The second tab's save (300 ms after typing) is held until the first tab has saved, so
  // both have unsaved changes when the first one's save arrives, however slow the machine.
  const second = await app.newPage();
  await second.addInitScript(() => {
    const real = window.setTimeout.bind(window);
    window.__held = [];
    window.setTimeout = (fn, delay, ...args) => {
      if (delay !== 300 || !window.__hold) return real(fn, delay, ...args);
      window.__held.push(() => fn(...args));
      return 0;
    };
    window.__release = () => {
      window.__hold = false;
      for (const held of window.__held.splice(0)) held();
    };
  });
  await app.goto("/", second);
  await eventually(async () => assert.equal((await savedArticles(second)).length, 2));
  await second.evaluate(() => {
    window.__hold = true;
  });
  await textOf(second, 0).fill("Edited in the second tab.");
  await textOf(first, 0).fill("Edited in the first tab.");
  await eventually(async () => assert.equal((await savedArticles(first))[0]?.text, "Edited in the first tab."));
  await second.locator(id("save-conflict")).waitFor();
  assert.equal(await first.locator(id("save-conflict")).count(), 0);
  // The second tab's held save runs now: it does not write over the first's.
  await second.evaluate(() => window.__release());
  const firstText = "Edited in the first tab.";
  const secondText = "Edited in the second tab.";
  assert.equal(await textOf(second, 0).inputValue(), secondText, "the second tab keeps its text");
  assert.equal((await savedArticles(first))[0]?.text, firstText, "the first save is not overwritten");
  return { first, second, firstText, secondText };
}

it("two tabs editing at once: a conflict is shown, nothing is overwritten until the reader chooses", async (app) => {
  const { first, second, firstText, secondText } = await conflictingTabs(app);
  await app.shot("two-tabs-conflict", { page: second });
  // The second tab keeps its articles: they are saved, and the first tab follows, with Undo.
  await second.locator(id("conflict-keep-mine")).click();
  await eventually(async () => assert.equal((await savedArticles(second))[0]?.text, secondText));
  await eventually(async () => assert.equal(await textOf(first, 0).inputValue(), secondText));
  await first.locator(id("undo")).click();
  await eventually(async () => assert.equal(await textOf(first, 0).inputValue(), firstText));
});

it("a tab closed while it shows a conflict leaves its articles for Undo in the next tab", async (app) => {
  const { first, second, firstText, secondText } = await conflictingTabs(app);
  await second.close({ runBeforeUnload: true });
  assert.equal((await savedArticles(first))[0]?.text, firstText, "closing did not save over");
  const next = await app.goto("/", await app.newPage());
  assert.equal(await textOf(next, 0).inputValue(), firstText);
  await next.locator(id("undo")).click();
  await eventually(async () => assert.equal(await textOf(next, 0).inputValue(), secondText));
});

it("a saved copy that cannot be read is kept under another key, and the message says where", async (app) => {
  const page = await app.goto("/");
  for (const [what, copy] of [
    ["corrupt", '{"version":1,"articles":[{"name":"Half'],
    ["3,000,000 characters", "x".repeat(3_000_000)],
  ]) {
    // Written before the app starts (a live page would save over it), once.
    await page.addInitScript(
      ([key, copy, tag]) => {
        if (sessionStorage.getItem(tag)) return;
        sessionStorage.setItem(tag, "written");
        localStorage.clear();
        localStorage.setItem(key, copy);
      },
      [KEY, copy, what],
    );
    await page.reload();
    await waitForMount(page);
    const state = await page.evaluate((key) => ({
      main: localStorage.getItem(key),
      kept: localStorage.getItem(key + ".unreadable"),
    }), KEY);
    const errors = (await page.locator(`${id("errors")} ${id("notice")}`).allTextContents()).join(" ");
    if (state.kept === copy) {
      assert.ok(errors.includes("parallax.workspace.unreadable"), `${what}: ${errors}`);
      assert.notEqual(state.main, copy, `${what}: moved, not copied`);
    } else {
      // No room for a copy: the original is left untouched, and the page says so.
      assert.equal(state.main, copy, `${what}: the original is left in place`);
      assert.ok(errors.includes("left untouched"), `${what}: ${errors}`);
      assert.equal(await page.locator(id("save-conflict")).count(), 1);
      // Typing does not save over it.
      await textOf(page, 0).fill("Typed after the unreadable copy.");
      await new Promise((ok) => setTimeout(ok, 800));
      assert.equal(await saved(page), copy, `${what}: not saved over`);
    }
  }
});

it("Undo of a workspace replaced by a share link survives a reload", async (app) => {
  const page = await app.goto("/");
  await page.locator(id("load-example")).click();
  const example = await exampleArticles();
  await eventually(async () => assert.deepEqual(await panelContents(page), example));
  await eventually(async () => assert.equal((await savedArticles(page)).length, 3));
  const shared = [
    { name: "Shared one", text: "“We will not go,” the mayor said on Monday." },
    { name: "Shared two", text: "The mayor said: “We will not go.”" },
  ];
  await page.goto(app.url("/" + shareFragment(shared)));
  await waitForMount(page);
  await page.locator(id("undo-offer")).waitFor();
  await eventually(async () =>
    assert.deepEqual((await savedArticles(page)).map((a) => a.name), ["Shared one", "Shared two"]),
  );
  await page.reload();
  await waitForMount(page);
  await page.locator(id("undo")).click();
  await eventually(async () => assert.deepEqual(await panelContents(page), example));
  // The offer is gone, and stays gone after another reload.
  await eventually(async () => assert.equal(await page.locator(id("undo-offer")).count(), 0));
  await eventually(async () =>
    assert.equal(await page.evaluate(() => localStorage.getItem("parallax.workspace.undo")), null),
  );
});

it("a 4 MB article is refused at Compare within 10 s, the page painting throughout", async (app) => {
  const page = await app.goto("/");
  const big = "The council met on Monday. “We will not go,” the mayor said. ".repeat(
    Math.ceil((4 * 1024 * 1024) / 62),
  );
  await page.evaluate((big) => {
    const area = document.querySelectorAll('[data-testid="source-panel"] [data-testid="source-text"]')[0];
    area.value = big;
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, big);
  await textOf(page, 1).fill("“We will not go,” the mayor said.");
  const done = await watchFrames(
    page,
    "document.querySelector('[data-testid=errors] [data-testid=notice]') || document.querySelector('[data-testid=quote-group]')",
  );
  await page.locator(id("compare")).click();
  const { gap, elapsed } = await done(10_000);
  await errorsSay(page, /Article 1 holds 4\.\d MB of text, more than one article may \(512 KB\)/);
  assert.ok(elapsed < 10_000, `refused after ${elapsed} ms`);
  assert.ok(gap < 250, `longest frame gap ${gap} ms`);
  assert.equal(await page.locator(id("results")).count(), 0);
  console.log(`4 MB article: refused in ${Math.round(elapsed)} ms, longest frame gap ${Math.round(gap)} ms`);
});

it("links at the inflation limit are refused or compared within 10 s, frames watched", async (app) => {
  const page = await app.goto("/");
  // Just under the inflation limit: more text than one comparison holds, so refused.
  // JSON escapes each line break: some 4 % more than the text.
  const third = Math.floor((MAX_LINK_INFLATED_BYTES * 0.95) / 3);
  const filler = (i) => textOf_(third, (k) => `Paragraph ${k} of report ${i}: the council met again.`);
  const over = [0, 1, 2].map((i) => ({ name: `Report ${i}`, text: filler(i) }));
  const json = JSON.stringify({ articles: over }).length;
  assert.ok(json < MAX_LINK_INFLATED_BYTES && json > MAX_COMPARISON_BYTES, `${json} bytes of JSON`);
  // Opened on the open page (a link followed there), with every frame watched.
  let start = Date.now();
  await page.goto(app.url("/" + shareFragment(over)));
  await waitForMount(page);
  await errorsSay(page, /more than one comparison may/);
  assert.ok(Date.now() - start < 10_000, `refused after ${Date.now() - start} ms`);
  const page1 = await app.goto("/", await app.newPage());
  const refused = await watchFrames(page1, "document.querySelector('[data-testid=errors] [data-testid=notice]')");
  await page1.evaluate((fragment) => (location.hash = fragment), shareFragment(over));
  const { gap: refusedGap, elapsed: refusedIn } = await refused(10_000);
  await errorsSay(page1, /more than one comparison may/);
  console.log(`link at the inflation limit: refused in ${Math.round(refusedIn)} ms, longest frame gap ${Math.round(refusedGap)} ms`);
  assert.ok(refusedGap < 250, `longest frame gap ${refusedGap} ms`);
  // Just under the comparison limit: opened and compared.
  const half = Math.floor((MAX_COMPARISON_BYTES - 4000) / 2);
  const within = [0, 1].map((i) => ({
    name: `Long report ${i}`,
    text: textOf_(half, (k) => `“Statement ${k % 97} stands,” official ${k % 13} said in report ${i}, part ${k}.`),
  }));
  const page2 = await app.goto("/", await app.newPage());
  const compared = await watchFrames(
    page2,
    "document.querySelector('[data-testid=results]') || document.querySelector('[data-testid=errors] [data-testid=notice]')",
  );
  await page2.evaluate((fragment) => (location.hash = fragment), shareFragment(within));
  const { gap, elapsed } = await compared(10_000);
  assert.equal(await page2.locator(`${id("errors")} ${id("notice")}`).count(), 0, "no refusal");
  console.log(
    `link of ${MAX_COMPARISON_BYTES - 4000} bytes of text: compared in ${Math.round(elapsed)} ms, longest frame gap ${Math.round(gap)} ms`,
  );
  assert.ok(elapsed < 10_000, `compared after ${elapsed} ms`);
  // The report of this comparison is 25 MB of JSON: it comes in parts of about 512 KB, each
  // decoded in its own task, and the long texts stay folded in their panels, so no task of the
  // page's own runs past about 130 ms here (it held the page for about one second before).
  // The longest gap between frames still reaches 300–800 ms in some runs, while the worker
  // reads the second article and the page's thread is idle (no task of it runs then): the
  // browser's own threads, not the page, are busy. Held to a bound so it cannot grow unnoticed.
  assert.ok(gap < 2_000, `longest frame gap ${gap} ms`);
});

const HOSTILE_DIR = fileURLToPath(new URL("../hostile/", import.meta.url));
const HOSTILE_NAMES = [
  "<img src=x onerror=alert(1)>",
  "[x](javascript:alert(2))",
  "<script>alert(3)</script>",
  "=1+1",
];

/** Elements the hostile input would make if any of it became markup. */
const foreignElements = (page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll(
        "img, iframe, svg script, body script, [onerror], [onmouseover], a[href^='javascript'], b",
      ),
    ].map((el) => el.outerHTML.slice(0, 120)),
  );

it("the hostile files: the right messages, no page error, no markup of theirs in the page", async (app) => {
  const page = await app.goto("/");
  const names = (await readdir(HOSTILE_DIR)).filter((n) => n !== "README.md").sort();
  const files = await Promise.all(
    names.map(async (name) => ({ name, content: await readFile(HOSTILE_DIR + name) })),
  );
  await dropFiles(page, `${PANEL} >> nth=0 >> ${id("source-text")}`, files);
  // Refused: UTF-16 without a mark, Latin-1, binary; each named in one summary.
  await errorsSay(page, /4 files were not added/);
  const errors = (await page.locator(`${id("errors")} ${id("notice")}`).allTextContents()).join(" ");
  for (const refused of ["utf16be-no-bom.txt", "latin1.txt", "binary.pdf", "binary-no-extension"]) {
    assert.ok(errors.includes(refused), `${refused} is reported: ${errors}`);
  }
  assert.ok(/not UTF-8/.test(errors) && /binary/.test(errors), errors);
  // The readable ones are in panels; give them hostile names and compare.
  const panels = await panelContents(page);
  assert.equal(panels.length, 6, JSON.stringify(panels.map((p) => p.name)));
  for (let i = 0; i < panels.length; i++) {
    await page.locator(PANEL).nth(i).locator(id("source-name")).fill(`${HOSTILE_NAMES[i % 4]} ${i}`);
  }
  await page.locator(id("compare")).click();
  await page.locator(id("results")).waitFor();
  await page.locator(id("quote-group")).first().waitFor();
  assert.deepEqual(await foreignElements(page), []);
  assert.equal(await page.evaluate(() => document.title.includes("pwned")), false);
  // The names are shown as text.
  assert.ok((await page.locator(id("results")).textContent()).includes("<img src=x onerror=alert(1)>"));
});

it("hostile links get their own message and leave the workspace alone", async (app) => {
  const page = await app.goto("/");
  await textOf(page, 0).fill("My own article.");
  await eventually(async () => assert.equal((await savedArticles(page))[0]?.text, "My own article."));
  const many = Array.from({ length: 201 }, (_, i) => ({ name: `A${i}`, text: `Text ${i}.` }));
  const good = shareFragment([{ name: "N", text: "Some article text that is long enough to cut." }]);
  const cases = [
    [fragmentOfJson(" ".repeat(64 * 1024 * 1024)), /unpacks to more than/],
    [shareFragment(many), /201 articles/],
    [shareFragment([{ name: "Blank", text: "  \n " }]), /holds no article text/],
    [good.slice(0, good.length - 6), /cut off/],
    [shareFragment([{ name: "<img src=x onerror=alert(1)>", text: "x".repeat(MAX_ARTICLE_BYTES + 1) }]), /more than one article may/],
  ];
  for (const [fragment, message] of cases) {
    const start = Date.now();
    await page.goto(app.url("/" + fragment));
    await waitForMount(page);
    await errorsSay(page, message);
    assert.ok(Date.now() - start < 10_000, `${message}: ${Date.now() - start} ms`);
    assert.equal(await textOf(page, 0).inputValue(), "My own article.", `${message}: work kept`);
    assert.deepEqual(await foreignElements(page), []);
  }
});

/** A deterministic word salad of `n` words (a 32-bit linear congruential generator). */
function filler(seed, n) {
  const vocabulary =
    "council harbour storm road winter district repair budget crews engineers residents flooding bridge week report officials damage coast town water power lines schools shelters volunteers".split(" ");
  let state = seed * 2654435761 + 1;
  const words = [];
  for (let i = 0; i < n; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    words.push(vocabulary[state % vocabulary.length]);
  }
  return words.join(" ") + ".";
}

/** Fifty articles of some 1,600 words, each quoting twenty shared statements its own way. */
function fiftyLongArticles() {
  const statements = Array.from(
    { length: 20 },
    (_, q) =>
      `We will ${["rebuild", "review", "restore", "repair"][q % 4]} the harbour walls of district ${q} and every road that leads there before the winter storms arrive again`,
  );
  return Array.from({ length: 50 }, (_, a) => {
    const paragraphs = [`Storm damage: report ${a} from the coast`];
    statements.forEach((statement, q) => {
      const words = statement.split(" ");
      const kept = words.slice(0, words.length - ((a + q) % 5)).join(" ");
      const speaker = ["the mayor", "the minister", "the governor"][q % 3];
      const verb = ["said", "insisted", "claimed"][(a + q) % 3];
      paragraphs.push(`“${kept},” ${speaker} ${verb} on day ${a}.`);
      paragraphs.push(filler(a * 100 + q, 55));
    });
    return { name: `Coastal Outlet ${a + 1}`, text: paragraphs.join("\n\n") };
  });
}

it("50 long articles from a link: no frame gap of 250 ms from Compare to the rendered results", async (app) => {
  const page = app.page;
  // Watches every frame from Compare until everything is on the page — the results (cards,
  // all fifty reading columns), the framing panel down to its claims matrix — and the page has
  // been quiet for a second. A link's comparison starts in the task that mounts the app, so
  // counting starts at the first progress step the run reports: the page's first layouts of its
  // fifty article panels (the browser's own work, some 150–300 ms here) are the page loading,
  // not the comparison.
  await page.addInitScript(() => {
    const seen = (window.__render = { gap: 0, at: null, last: null, appeared: null, done: false, gaps: [] });
    const complete = () =>
      document.querySelectorAll('[data-testid="reading-column"]').length === 50 &&
      document.querySelector('[data-testid="claim-matrix"] [data-testid="claim-row"]') !== null;
    const frame = (now) => {
      const comparing = document.querySelector('[data-testid="progress"] progress');
      const results = document.querySelector('[data-testid="results"]');
      if (seen.last !== null) {
        const gap = now - seen.last;
        if (gap > 100) seen.gaps.push(Math.round(gap));
        if (gap > seen.gap) [seen.gap, seen.at] = [gap, results ? "after the results appeared" : "while comparing"];
        if (results) seen.afterGap = Math.max(seen.afterGap ?? 0, gap);
        else seen.comparingGap = Math.max(seen.comparingGap ?? 0, gap);
        if (results && seen.appeared === null) seen.appeared = now;
        if (complete() && now - (seen.mutatedAt ?? now) > 1000) seen.done = true;
        seen.last = now;
      } else if (results || Number(comparing?.getAttribute("value") ?? 0) >= 1) seen.last = now;
      if (!seen.done) requestAnimationFrame(frame);
    };
    new MutationObserver(() => {
      seen.mutatedAt = performance.now();
    }).observe(document, { subtree: true, childList: true });
    requestAnimationFrame(frame);
  });
  await page.goto(app.url("/" + shareFragment(fiftyLongArticles())));
  await page.waitForFunction(() => window.__render.done, null, { timeout: 60_000 });
  const seen = await page.evaluate(() => window.__render);
  const cards = await page.locator('[data-testid="quote-group"]').count();
  console.log(
    `50 long articles: ${cards} cards; longest frame gap from Compare to the rendered results ` +
      `${Math.round(seen.gap)} ms (${seen.at}); gaps over 100 ms: ${JSON.stringify(seen.gaps)}; ` +
      `while comparing ${Math.round(seen.comparingGap ?? 0)} ms, after ${Math.round(seen.afterGap ?? 0)} ms`,
  );
  assert.ok(seen.appeared !== null, "the results appeared");
  assert.ok(cards >= 1, `cards rendered: ${cards}`);
  // Issue 20: no gap over 250 ms from Compare to the rendered results. On this 2-core machine,
  // quiet, the longest is 117–150 ms once the report is in (every growing list takes one slice
  // per task in turn, `ui/slices.rs`) and 33–67 ms while the worker compares (the panels are
  // not laid out off screen, and the link is unpacked, drawn and compared in separate tasks).
  assert.ok(seen.afterGap < 250, `longest frame gap once the results arrived: ${seen.afterGap} ms`);
  assert.ok(seen.comparingGap < 250, `longest frame gap while comparing: ${seen.comparingGap} ms`);
  assert.equal(await page.locator(id("reading-column")).count(), 50);
  // The reading's columns hold their quotes, and a quote shown in context is there to focus.
  assert.ok((await page.locator(id("reading-quote")).count()) >= 50);
});
