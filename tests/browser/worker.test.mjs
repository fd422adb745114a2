// The engine in a Web Worker (issue 20): comparisons run off the page's thread, with progress
// and with a newer run replacing a running one; the page falls back to its own sliced run where
// workers are missing; and the two reproductions of the disposed-reactive-value panic (share
// links changing fast, Load example + Compare repeated) run 20 times each with no page error.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { deflateSync } from "node:zlib";
import {
  TEST_TIMEOUT_MS,
  eventually,
  exampleArticles,
  panelContents,
  testEnvironment,
} from "./support.mjs";

const env = testEnvironment(before, after);
const it = (name, body, options) =>
  test(name, { timeout: TEST_TIMEOUT_MS * 3 }, (t) => env.run(t, body, options));

const id = (testid) => `[data-testid="${testid}"]`;

/** A share fragment holding `articles`, as the app packs one (format 1). */
const shareFragment = (articles) =>
  "#share=1." + deflateSync(Buffer.from(JSON.stringify({ articles }))).toString("base64url");

/** `n` variants of the example set: each a little different, so each is a new comparison. */
async function variants(n) {
  const example = await exampleArticles();
  return Array.from({ length: n }, (_, i) =>
    example.map((a, j) => ({
      name: `${a.name} ${i + 1}`,
      text: j === 0 ? `${a.text}\n\nUpdated ${i + 1} times.` : a.text,
    })),
  );
}

/** A larger set (the example repeated with changes), long enough to watch a run progress. */
async function largeSet(copies) {
  const example = await exampleArticles();
  return Array.from({ length: copies }, (_, i) => {
    const a = example[i % example.length];
    return { name: `${a.name} copy ${i + 1}`, text: `${a.text}\n\nCopy ${i + 1}.` };
  });
}

/**
 * Records, in the page, the longest gap between animation frames while the progress bar is
 * shown (the engine computing) and every progress value shown, until `window.stopWatching()`
 * returns them.
 */
async function watchPage(page) {
  await page.evaluate(() => {
    let last = performance.now();
    let barBefore = false;
    let longest = 0;
    let watching = true;
    const values = new Set();
    const frame = (now) => {
      const bar = document.querySelector(".compare-progress progress");
      if (bar && barBefore) longest = Math.max(longest, now - last);
      barBefore = Boolean(bar);
      last = now;
      if (bar) values.add(bar.value);
      if (watching) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    window.stopWatching = () => {
      watching = false;
      return { longest, values: [...values] };
    };
  });
}

it("Compare runs in a worker with progress, the page answering throughout", async (app) => {
  const page = await app.goto("/");
  const articles = await largeSet(30);
  await page.evaluate((fragment) => (location.hash = fragment), shareFragment(articles));
  await page.locator(id("quote-group")).first().waitFor();
  assert.ok(page.workers().length >= 1, "the engine's worker exists");

  // Again, watched: progress advances and no frame waits long while the worker computes.
  await page.locator(id("edit-articles")).click();
  await page.locator(id("source-text")).first().fill(`${articles[0].text}\n\nEdited.`);
  await watchPage(page);
  await page.locator(id("compare")).click();
  await page.locator(id("workspace-bar")).waitFor();
  await page.locator(id("quote-group")).first().waitFor();
  const { longest, values } = await page.evaluate(() => window.stopWatching());
  assert.ok(values.length >= 2, `progress shown at several steps: ${values}`);
  // The worker computes: the page's frames keep coming while it does.
  assert.ok(longest < 250, `longest frame gap while computing: ${Math.round(longest)} ms`);
  assert.equal(await page.locator(id("source-panel")).count(), 30);
});

it("once the page is idle the worker is made and warmed, before any Compare", async (app) => {
  // Records what the page's workers say (a warm-up answers `"warm"`).
  await app.page.addInitScript(() => {
    const Native = window.Worker;
    window.__said = [];
    window.Worker = function (...args) {
      const worker = new Native(...args);
      worker.addEventListener("message", (e) => {
        if (typeof e.data === "string") window.__said.push(e.data.slice(0, 20));
      });
      return worker;
    };
  });
  const page = await app.goto("/");
  await eventually(async () =>
    assert.ok(
      (await page.evaluate(() => window.__said)).some((m) => m.includes('"warm"')),
      "the worker finished its warm-up",
    ),
  );
  assert.equal(page.workers().length, 1, "one worker, made before any Compare");
  await page.locator(id("load-example")).click();
  await page.locator(id("compare")).click();
  await page.locator(id("quote-group")).first().waitFor();
  assert.equal(page.workers().length, 1, "the warmed worker ran the comparison");
});

it("a newer run replaces a running one: the worker is stopped and only the newer result shows", async (app) => {
  // Watched from the start: the page makes its worker (and warms it) as soon as it is idle.
  const closed = [];
  app.page.on("worker", (worker) => worker.on("close", () => closed.push(worker.url())));
  const page = await app.goto("/");
  // Long enough that the worker (warm by now) is still computing when the example replaces it.
  const large = await largeSet(120);
  await page.evaluate((fragment) => (location.hash = fragment), shareFragment(large));
  // Once the worker is computing (it has reported a step), the example replaces the run — in
  // the same frame, from the page, so the run cannot end in between.
  await page.evaluate(
    () =>
      new Promise((done) => {
        const frame = () => {
          if (Number(document.querySelector(".compare-progress progress")?.value) >= 1) {
            location.hash = "#demo";
            done();
          } else requestAnimationFrame(frame);
        };
        frame();
      }),
  );
  await page.locator(id("quote-group")).first().waitFor();
  assert.deepEqual(await panelContents(page), await exampleArticles());
  await eventually(async () => assert.ok(closed.length >= 1, "the busy worker was terminated"));
  // The stale run never shows: the results are the example's three sources.
  assert.equal(await page.locator(`#results-overview ${id("result-source")}`).count(), 3);
});

it("without Web Workers, comparisons run in the page", async (app) => {
  await app.context.addInitScript(() => {
    delete window.Worker;
  });
  const page = await app.goto("/#demo");
  await page.locator(id("quote-group")).first().waitFor();
  assert.equal(page.workers().length, 0, "no worker");
  assert.deepEqual(await panelContents(page), await exampleArticles());
});

it("share links opened in quick succession, 20 times over: no page error", async (app) => {
  const page = await app.goto("/");
  const links = (await variants(20)).map(shareFragment);
  for (let trial = 0; trial < 20; trial++) {
    // Twenty links, a few milliseconds apart (some before, some just after results render).
    await page.evaluate(async ({ links, trial }) => {
      for (const [i, link] of links.entries()) {
        location.hash = link;
        await new Promise((ok) => setTimeout(ok, ((i * 7 + trial * 13) % 40) + 1));
      }
    }, { links, trial });
    // The last link wins.
    await eventually(async () =>
      assert.equal((await panelContents(page))[0].name, `Dailynoah Whatfinger 20`),
    );
    await page.locator(id("quote-group")).first().waitFor();
  }
  // Each link opened right as the previous one's results appear, before their next frame.
  await page.evaluate(async (links) => {
    for (const link of links) {
      await new Promise((resolve) => {
        const fresh = () => document.querySelector('[data-testid="quote-group"]:not([data-seen])');
        const observer = new MutationObserver(() => {
          const card = fresh();
          if (card) {
            card.setAttribute("data-seen", "");
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        location.hash = link;
      });
    }
  }, links);
  await page.locator(id("quote-group")).first().waitFor();
});

it("Load example + Compare, 20 times over: no page error", async (app) => {
  const page = await app.goto("/");
  for (let trial = 0; trial < 20; trial++) {
    await page.evaluate(async (trial) => {
      const click = (testid) => document.querySelector(`[data-testid="${testid}"]`)?.click();
      // As fast as a person can click, without waiting for the previous run…
      click("edit-articles");
      click("load-example");
      await new Promise((ok) => setTimeout(ok, trial % 5));
      click("compare");
      // …then again the moment its results appear, before their first frame.
      await new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const card = document.querySelector('[data-testid="quote-group"]:not([data-seen])');
          if (card) {
            card.setAttribute("data-seen", "");
            observer.disconnect();
            click("edit-articles");
            click("load-example");
            click("compare");
            resolve();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
    }, trial);
    await page.locator(`${id("quote-group")}:not([data-seen])`).first().waitFor();
  }
  assert.deepEqual(await panelContents(page), await exampleArticles());
});
