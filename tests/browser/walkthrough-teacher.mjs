// The teacher's path, walked as a newcomer would: four articles pasted, compared, an exercise
// made, the student link copied, the worksheet and the answer key printed. Not a test (the
// suite's exercise tests check each step); a measuring walk for the classroom issue's "under
// five minutes" point. It counts the actions a person takes and the text they read, and prints a
// conservative human time for each step (seconds per click, per field, per paste from another
// tab, and reading at 200 words a minute for what must be read to go on), with screenshots of
// each state in `artifacts/walkthrough-*.png`.
//
//   node walkthrough-teacher.mjs [DIR]    (DIR: a folder of .txt articles; the first four are used)

import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchBrowser, screenshot, startServer } from "./support.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const dir = resolve(process.argv[2] || resolve(here, "../data/boeing-calhoun-mistake-2024"));
const files = (await readdir(dir)).filter((f) => f.endsWith(".txt")).sort().slice(0, 4);
const articles = await Promise.all(files.map((f) => readFile(join(dir, f), "utf8")));

// Seconds a person needs, on the slow side.
const CLICK = 2; // find and press a button
const PASTE_FROM_TAB = 12; // switch to the article's tab, select all, copy, come back, paste
const NAME_FIELD = 5; // type a short source name
const READ_WPM = 200;

const id = (t) => `[data-testid="${t}"]`;
const steps = [];
function step(name, seconds, detail) {
  steps.push({ name, seconds, detail });
}
const words = (text) => (text.match(/\S+/g) || []).length;

const server = await startServer();
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
await page.addInitScript(() => {
  window.print = () => {};
});
try {
  await page.goto(server.origin + "/");
  await page.locator(id("source-panel")).first().waitFor();
  const intro = await page.locator("main").innerText();
  step("read the page's start", (Math.min(words(intro), 120) / READ_WPM) * 60, "up to 120 words");

  const panels = page.locator(id("source-panel"));
  let clicks = 0;
  while ((await panels.count()) < articles.length) {
    await page.locator(id("add-article")).click();
    clicks++;
  }
  for (const [i, text] of articles.entries()) {
    await panels.nth(i).locator(id("source-name")).fill(`Outlet ${i + 1}`);
    await panels.nth(i).locator(id("source-text")).fill(text);
  }
  step(
    "paste four articles and name them",
    articles.length * (PASTE_FROM_TAB + NAME_FIELD) + clicks * CLICK,
    `${articles.length} pastes, ${clicks} "Add article" clicks`,
  );
  await screenshot(page, "walkthrough-1-pasted");

  let t0 = Date.now();
  await page.locator(id("compare")).click();
  await page.locator(id("results")).waitFor();
  step("compare", CLICK + (Date.now() - t0) / 1000, `${Date.now() - t0} ms in the browser`);

  await page.locator(id("nav-exercise")).click();
  const makerHint = await page.locator("#exercise-maker .hint").first().innerText();
  step("go to 'Classroom exercise' and read its hint", CLICK + (words(makerHint) / READ_WPM) * 60, "");
  await page.locator(id("make-exercise")).click();
  await page.locator(id("maker-prompt")).first().waitFor();
  const prompts = await page.locator(id("maker-prompt")).evaluateAll((els) => els.map((e) => e.value));
  const promptWords = prompts.reduce((n, p) => n + words(p), 0);
  step(
    "make the exercise and skim its questions",
    CLICK + (promptWords / READ_WPM) * 60,
    `${prompts.length} questions, ${promptWords} words`,
  );
  await screenshot(page, "walkthrough-2-maker", { fullPage: true });

  await page.locator(id("maker-prompt")).first().fill(prompts[0] + " Underline them.");
  step("edit one question", 20, "");

  await page.locator(id("make-student-link")).click();
  await page.locator(id("copy-student-link")).waitFor();
  const link = await page.locator(id("student-link")).getAttribute("href");
  step("make and copy the student link", 2 * CLICK, `${link.length} characters`);

  const student = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await student.addInitScript(() => {
    window.print = () => {};
  });
  await student.goto(link);
  await student.locator(id("exercise-question")).first().waitFor();
  await student.locator(id("print-worksheet")).click();
  await student.emulateMedia({ media: "print" });
  const worksheetShown = await student.locator(id("worksheet")).isVisible();
  await screenshot(student, "walkthrough-3-worksheet-print", { fullPage: true });
  await student.emulateMedia({ media: "screen" });
  await student.locator(id("print-key")).click();
  step("open the student view, print the worksheet, then the key", 3 * CLICK + 2 * 15, "two print dialogs");
  if (!worksheetShown) throw new Error("the worksheet did not show in print media");

  let total = 0;
  for (const s of steps) {
    total += s.seconds;
    console.log(`${s.seconds.toFixed(0).padStart(4)} s  ${s.name}${s.detail ? ` (${s.detail})` : ""}`);
  }
  console.log(`${total.toFixed(0).padStart(4)} s  in all (${(total / 60).toFixed(1)} minutes)`);
} finally {
  await browser.close();
  await server.close();
}
