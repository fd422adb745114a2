// The in-browser benchmark page (`#bench`): it runs the engine in WebAssembly on the example set
// and on the generated 50-article set, and shows the figures. This test checks that the page
// works and saves what it measured to `artifacts/bench.txt`; it asserts no timings (speed
// targets live in benchmarks, not in tests).

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ARTIFACTS, TEST_TIMEOUT_MS, testEnvironment } from "./support.mjs";

const env = testEnvironment(before, after);

test("#bench times the engine in WebAssembly and shows every figure", { timeout: TEST_TIMEOUT_MS * 2 }, (t) =>
  env.run(t, async (app) => {
    const page = app.page;
    await page.goto(app.url("/#bench"));
    const status = page.locator('[data-testid="bench-status"]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="bench-status"]')?.textContent === "Done.",
      null,
      { timeout: TEST_TIMEOUT_MS * 2 - 10_000 },
    );
    assert.equal(await status.textContent(), "Done.");
    const rows = await page.locator('[data-testid="bench-result"] li').allTextContents();
    assert.equal(rows.length, 7, rows.join("\n"));
    assert.match(rows[0], /^First comparison after the page loaded .*: [\d.]+ ms$/);
    assert.match(rows[1], /^First comparison after the idle warm-up .*: [\d.]+ ms, [\d.]+× .*\([\d.]+ ms\)$/);
    const first = rows.splice(0, 2).join("\n");
    assert.match(rows[0], /^Example set \(3 articles, \d+ words\): fastest [\d.]+ ms, mean [\d.]+ ms$/);
    assert.match(rows[1], /^Example set, where the time goes: .*reading [\d.]+ ms/);
    assert.match(rows[2], /^50 articles × 1,500 words \(\d+ words, 20 shared quotes\): fastest [\d.]+ ms/);
    assert.match(rows[3], /^Longest step of that comparison in the app .*: [\d.]+ ms, .+…$/);
    assert.match(rows[4], /^50 articles, where the time goes: .*claims [\d.]+ ms/);
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, "bench.txt"), `${[first, ...rows].join("\n")}\n`);
  }),
);
