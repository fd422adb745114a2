// The workspace screen (issue 3): panels, typing, saving, files, the example, undo, #demo,
// sub-path deploys and keyboard use. Each test drives the release build in a fresh profile.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  SUB_PATH,
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

const PANEL = '[data-testid="source-panel"]';
const panel = (page, n) => page.locator(PANEL).nth(n);
const textOf = (page, n) => panel(page, n).locator('[data-testid="source-text"]');
const nameOf = (page, n) => panel(page, n).locator('[data-testid="source-name"]');
const countOf = (page, n) => panel(page, n).locator('[data-testid="word-count"]');
const button = (page, id) => page.locator(`[data-testid="${id}"]`);

/** Waits until focus is in panel `n`'s text area (the app moves it there after the next frame). */
async function focusSettlesOn(page, n) {
  await eventually(async () =>
    assert.equal(
      await page.evaluate(
        (n) =>
          document.activeElement ===
          document.querySelectorAll('[data-testid="source-panel"] [data-testid="source-text"]')[n],
        n,
      ),
      true,
      `focus is in panel ${n + 1}'s text area`,
    ),
  );
}

async function panelCount(page, expected) {
  await eventually(async () => assert.equal(await page.locator(PANEL).count(), expected));
}

async function loadExample(page) {
  await button(page, "load-example").click();
  const example = await exampleArticles();
  await eventually(async () => assert.deepEqual(await panelContents(page), example));
  return example;
}

/** Words as the engine counts them: runs of letters and digits, inner ' ’ - . kept. */
function countWords(text) {
  return (text.match(/[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

it("opens with two empty, labelled article panels", async (app) => {
  const page = await app.goto("/");
  await panelCount(page, 2);
  assert.deepEqual(await panelContents(page), [
    { name: "", text: "" },
    { name: "", text: "" },
  ]);
  assert.equal(await page.getByLabel("Article text").count(), 2);
  assert.equal(await page.getByLabel("Source name").count(), 2);
  assert.equal(await countOf(page, 0).textContent(), "0 words");
  await app.shot("workspace-empty");
});

it("Load example fills three panels with the bundled articles", async (app) => {
  const page = await app.goto("/");
  const example = await loadExample(page);
  for (const [i, article] of example.entries()) {
    const shown = await countOf(page, i).textContent();
    assert.equal(shown, `${countWords(article.text)} words`, `word count of ${article.name}`);
  }
  await app.shot("workspace-example");
});

it("typing into a panel updates its live word count and names it from the first line", async (app) => {
  const page = await app.goto("/");
  const text = textOf(page, 0);
  await text.click();
  await page.keyboard.type("Ministers met");
  await eventually(async () => assert.equal(await countOf(page, 0).textContent(), "2 words"));
  await page.keyboard.type(" in Washington on Thursday's");
  await eventually(async () => assert.equal(await countOf(page, 0).textContent(), "6 words"));
  await page.keyboard.press("Enter");
  await page.keyboard.type("summit.");
  await eventually(async () => assert.equal(await countOf(page, 0).textContent(), "7 words"));
  // The other panel is untouched.
  assert.equal(await countOf(page, 1).textContent(), "0 words");
  // Leaving the text area names the unnamed panel after the text's first line.
  await page.keyboard.press("Tab");
  await eventually(async () =>
    assert.equal(await nameOf(page, 0).inputValue(), "Ministers met in Washington on Thursday's"),
  );
  await text.fill("Alone");
  await eventually(async () => assert.equal(await countOf(page, 0).textContent(), "1 word"));
  await app.shot("workspace-typing");
});

it("a reload restores the typed names and texts (localStorage)", async (app) => {
  const page = await app.goto("/");
  await nameOf(page, 1).fill("The Evening Courier");
  await textOf(page, 1).click();
  await page.keyboard.type("First paragraph.\n\nSecond “quoted” paragraph.");
  const typed = [
    { name: "", text: "" },
    { name: "The Evening Courier", text: "First paragraph.\n\nSecond “quoted” paragraph." },
  ];
  // Wait until the app has saved (it saves shortly after typing stops), then reload.
  await page.waitForFunction(
    () => (localStorage.getItem("parallax.workspace") ?? "").includes("Second “quoted”"),
  );
  await page.reload();
  await waitForMount(page);
  await eventually(async () => assert.deepEqual(await panelContents(page), typed));
  assert.equal(await countOf(page, 1).textContent(), "5 words");
  await app.shot("workspace-restored");
});

it("text typed just before leaving the page is saved too", async (app) => {
  const page = await app.goto("/");
  await textOf(page, 0).click();
  await page.keyboard.type("Typed and gone");
  await page.reload(); // at once: saving on leaving (pagehide) must catch it
  await waitForMount(page);
  await eventually(async () => assert.equal(await textOf(page, 0).inputValue(), "Typed and gone"));
});

it("dropping a text file fills the panel it lands on and names it from the file name", async (app) => {
  const page = await app.goto("/");
  const body = "The minister said “we will respond” on Monday.\n\nTalks resume next week.";
  await dropFiles(page, `${PANEL} >> nth=1 >> [data-testid="source-text"]`, [
    { name: "04_evening-courier.txt", type: "text/plain", content: body },
  ]);
  await eventually(async () =>
    assert.deepEqual(await panelContents(page), [
      { name: "", text: "" },
      { name: "Evening Courier", text: body },
    ]),
  );
  await app.shot("workspace-dropped-text");
  // Two more files dropped on the page: the empty panel first, then a new panel.
  await dropFiles(page, "main", [
    { name: "notes.md", type: "text/markdown", content: "# Notes\n\nA second article." },
    { name: "third_outlet.txt", type: "text/plain", content: "A third article." },
  ]);
  await eventually(async () =>
    assert.deepEqual(await panelContents(page), [
      { name: "Notes", text: "# Notes\n\nA second article." },
      { name: "Evening Courier", text: body },
      { name: "Third Outlet", text: "A third article." },
    ]),
  );
  // Focus goes to the first panel filled; wait for it, or it could land mid-way through typing.
  await focusSettlesOn(page, 0);
  // The panel added for the third file is live: edited, counted and saved like any other.
  await textOf(page, 2).fill("A third article, edited.");
  await eventually(async () => assert.equal(await countOf(page, 2).textContent(), "4 words"));
  await page.waitForFunction(() =>
    (localStorage.getItem("parallax.workspace") ?? "").includes("third article, edited"),
  );
});

it("a long article from a file is shown folded, whole to edit on request, and typed text stays in its text area", async (app) => {
  const page = await app.goto("/");
  const sentence = "The council met again on Tuesday and agreed the budget after a long debate.";
  const body = Array.from({ length: 1000 }, (_, k) => `Paragraph ${k}. ${sentence}`).join("\n\n");
  assert.ok(body.length > 64 * 1024, `${body.length} characters`);
  await dropFiles(page, `${PANEL} >> nth=0`, [{ name: "long-report.txt", type: "text/plain", content: body }]);
  const folded = panel(page, 0).locator('[data-testid="folded-text"]');
  await folded.waitFor();
  // No text area holds the long text: its opening, its size and a button are shown instead.
  assert.equal(await textOf(page, 0).count(), 0, "a text area for the folded text");
  const shown = await folded.textContent();
  assert.match(shown, /^Paragraph 0\. The council met again/);
  assert.match(shown, /\(\d+ KB\), folded so the page stays quick\. It is compared whole\./);
  assert.ok(!shown.includes("Paragraph 999"), "the folded text shows only its opening");
  assert.equal(await countOf(page, 0).textContent(), `${countWords(body)} words`);
  await page.waitForFunction(() => (localStorage.getItem("parallax.workspace") ?? "").includes("Paragraph 999."));
  // The button shows the whole text in a text area, focused, ready to edit.
  await panel(page, 0).locator('[data-testid="unfold-text"]').click();
  await eventually(async () => assert.equal(await textOf(page, 0).inputValue(), body));
  await focusSettlesOn(page, 0);
  // A reload folds it again, its text kept whole.
  await page.reload();
  await waitForMount(page);
  await panel(page, 0).locator('[data-testid="folded-text"]').waitFor();
  assert.equal(await panel(page, 0).locator('[data-testid="source-name"]').inputValue(), "Long Report");
  // Text put into a text area stays there however long it grows (set as a paste sets it, in one
  // input event: Playwright's fill inserts 77 KB as slowly as typing).
  await textOf(page, 1).evaluate((area, text) => {
    area.value = text;
    area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, body);
  await eventually(async () => assert.equal(await countOf(page, 1).textContent(), `${countWords(body)} words`));
  assert.equal(await panel(page, 1).locator('[data-testid="folded-text"]').count(), 0);
  assert.equal(await textOf(page, 1).inputValue(), body);
});

it("Open files… picks files into empty panels, adding panels as needed", async (app) => {
  const page = await app.goto("/");
  await textOf(page, 0).fill("Already typed.");
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    button(page, "open-files").click(),
  ]);
  assert.ok(chooser.isMultiple(), "the picker takes several files");
  await chooser.setFiles([
    { name: "first-report.txt", mimeType: "text/plain", buffer: Buffer.from("One report.") },
    { name: "second_report.md", mimeType: "text/markdown", buffer: Buffer.from("Two reports.") },
  ]);
  await eventually(async () =>
    assert.deepEqual(await panelContents(page), [
      { name: "Already typed.", text: "Already typed." }, // named from its first line on leaving it
      { name: "First Report", text: "One report." },
      { name: "Second Report", text: "Two reports." },
    ]),
  );
  // Focus goes to the first panel filled.
  await eventually(async () =>
    assert.equal(
      await page.evaluate(() => document.activeElement?.value),
      "One report.",
    ),
  );
});

it("dropping an HTML file keeps its readable text and drops scripts, styles and markup", async (app) => {
  const page = await app.goto("/");
  const html = `<!doctype html><html><head><title>The Harbour Gazette</title>
    <style>.lede { color: red; font-weight: bold }</style>
    <script>window.__fromScript = "SCRIPT-RAN"; console.log("SCRIPT-TEXT")</script></head>
    <body><nav><script src="tracker.js"></script></nav>
    <h1>Port reopens after storm</h1>
    <p class="lede">The harbour master said the port would &ldquo;reopen at dawn&rdquo;.</p>
    <img src="missing.png" onerror="window.__fromHandler = 'HANDLER-RAN'">
    <p>Fishing boats returned on <b>Tuesday</b>.</p></body></html>`;
  await dropFiles(page, `${PANEL} >> nth=0 >> [data-testid="source-text"]`, [
    { name: "gazette.html", type: "text/html", content: html },
  ]);
  const text = textOf(page, 0);
  await eventually(async () => assert.match(await text.inputValue(), /Fishing boats returned/));
  const value = await text.inputValue();
  assert.match(value, /Port reopens after storm/);
  assert.match(value, /would “reopen at dawn”\./, "entities decoded, the sentence kept whole");
  assert.match(value, /returned on Tuesday\./, "inline markup removed without breaking words");
  for (const leaked of ["SCRIPT", "color: red", "font-weight", "<", ">", "tracker.js", "onerror"]) {
    assert.ok(!value.includes(leaked), `the panel text contains ${JSON.stringify(leaked)}`);
  }
  assert.equal(await nameOf(page, 0).inputValue(), "The Harbour Gazette");
  // Nothing in the file ran.
  assert.deepEqual(
    await page.evaluate(() => [window.__fromScript, window.__fromHandler]),
    [undefined, undefined],
  );
  await app.shot("workspace-dropped-html");
});

it("a binary or empty file gets a clear message and changes nothing", async (app) => {
  const page = await app.goto("/");
  const example = await loadExample(page);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
  ]);
  await dropFiles(page, `${PANEL} >> nth=1 >> [data-testid="source-text"]`, [
    { name: "photo.png", type: "image/png", content: png },
    { name: "empty.txt", type: "text/plain", content: "" },
  ]);
  const errors = page.locator('[data-testid="errors"] [data-testid="notice"]');
  await eventually(async () => assert.equal(await errors.count(), 2));
  assert.match(await errors.nth(0).textContent(), /photo\.png.*binary/);
  assert.match(await errors.nth(1).textContent(), /empty\.txt.*empty/);
  assert.deepEqual(await panelContents(page), example, "the workspace changed");
  await app.shot("workspace-binary-rejected");
  // A message can be dismissed.
  await errors.nth(0).getByRole("button", { name: "Dismiss this message" }).click();
  await eventually(async () => assert.equal(await errors.count(), 1));
});

it("many rejected files are all reported, in one summary message", async (app) => {
  const page = await app.goto("/");
  const example = await loadExample(page);
  const bad = Array.from({ length: 8 }, (_, i) => ({
    name: `empty-${i}.txt`,
    type: "text/plain",
    content: "",
  }));
  await dropFiles(page, `${PANEL} >> nth=1 >> [data-testid="source-text"]`, bad);
  const errors = page.locator('[data-testid="errors"] [data-testid="notice"]');
  await eventually(async () => assert.equal(await errors.count(), 1));
  const text = await errors.nth(0).textContent();
  assert.match(text, /8 files were not added/);
  for (let i = 0; i < 8; i++) assert.match(text, new RegExp(`empty-${i}\\.txt`));
  assert.deepEqual(await panelContents(page), example, "the workspace changed");
});

it("Clear all empties the workspace and Undo brings the articles back", async (app) => {
  const page = await app.goto("/");
  const example = await loadExample(page);
  await button(page, "clear-all").click();
  await eventually(async () =>
    assert.deepEqual(await panelContents(page), [
      { name: "", text: "" },
      { name: "", text: "" },
    ]),
  );
  const offer = page.locator('[data-testid="undo-offer"]');
  await offer.waitFor();
  assert.match(await offer.textContent(), /Cleared 3 articles\./);
  await app.shot("workspace-cleared");
  await button(page, "undo").click();
  await eventually(async () => assert.deepEqual(await panelContents(page), example));
  await offer.waitFor({ state: "detached" });
  await focusSettlesOn(page, 0);
  // The restored articles are what is saved, and they are live: editing one is counted and saved.
  await page.waitForFunction(
    (name) => (localStorage.getItem("parallax.workspace") ?? "").includes(name),
    example[2].name,
  );
  await nameOf(page, 0).fill("Renamed after undo");
  await textOf(page, 0).fill("Edited after undo");
  await eventually(async () => assert.equal(await countOf(page, 0).textContent(), "3 words"));
  await page.waitForFunction(() =>
    (localStorage.getItem("parallax.workspace") ?? "").includes("Renamed after undo"),
  );
});

it("Add article adds a focused panel; removing a filled one can be undone", async (app) => {
  const page = await app.goto("/");
  await button(page, "add-article").click();
  await panelCount(page, 3);
  await focusSettlesOn(page, 2); // the new (third) panel
  await page.keyboard.type("Kept for undo");
  await panel(page, 2).getByRole("button", { name: "Remove article 3" }).click();
  await panelCount(page, 2);
  const offer = page.locator('[data-testid="undo-offer"]');
  await offer.waitFor();
  // Leaving the text area named the panel after its first line; the offer says which went.
  assert.match(await offer.textContent(), /Removed “Kept for undo”\./);
  await button(page, "undo").click();
  await panelCount(page, 3);
  assert.deepEqual((await panelContents(page))[2], { name: "Kept for undo", text: "Kept for undo" });
  await focusSettlesOn(page, 2);
  // The restored panel is live: it is edited, counted and saved like any other.
  await textOf(page, 2).fill("Kept for undo, then edited");
  await eventually(async () => assert.equal(await countOf(page, 2).textContent(), "5 words"));
  await page.waitForFunction(() =>
    (localStorage.getItem("parallax.workspace") ?? "").includes("then edited"),
  );
});

it("dozens of panels stay usable", async (app) => {
  const page = await app.goto("/");
  // 38 clicks in a row, as fast as the page takes them.
  await button(page, "add-article").evaluate((add) => {
    for (let i = 0; i < 38; i++) add.click();
  });
  await panelCount(page, 40);
  const last = textOf(page, 39);
  await last.click();
  await page.keyboard.type("still quick to type here");
  await eventually(async () => assert.equal(await countOf(page, 39).textContent(), "5 words"));
  assert.match(await panel(page, 39).locator("h3").textContent(), /Article 40/);
});

it("Compare shows what the engine read in each article, with real figures", async (app) => {
  const page = await app.goto("/");
  await nameOf(page, 0).fill("Gazette");
  await textOf(page, 0).fill(
    "Harbour reopens\nThe harbour master said “we will reopen at dawn” on Monday. Boats waited.\n" +
      "“It was a long week,” one fisherman said.",
  );
  await button(page, "compare").click();
  const rows = page.locator('[data-testid="source-summary"] [data-testid="summary-row"]');
  await eventually(async () => assert.equal(await rows.count(), 1));
  const cells = await rows.nth(0).locator("th, td").allTextContents();
  // Source, paragraphs, sentences, words, quotations, boilerplate regions.
  assert.deepEqual(cells.slice(0, 5), ["Gazette", "3", "4", "23", "2"]);
  // Results first: focus moves to the key differences and the articles fold into a bar.
  await eventually(async () =>
    assert.equal(await page.evaluate(() => document.activeElement?.id), "key-differences-title"),
  );
  await page.locator('[data-testid="workspace-bar"]').waitFor();
  // Editing afterwards (one click away) marks the comparison as out of date.
  await button(page, "edit-articles").click();
  await textOf(page, 0).fill("Something else entirely.");
  await page.getByText("The articles have changed since this comparison").waitFor();
  await app.shot("workspace-compared", { of: page.locator("section.summary") });
});

it("#demo opens with the example loaded and compared", async (app) => {
  const page = await app.goto("/#demo");
  const example = await exampleArticles();
  await eventually(async () => assert.deepEqual(await panelContents(page), example));
  const table = page.locator('[data-testid="source-summary"]');
  await table.waitFor();
  assert.match(await table.locator("caption").textContent(), /3 sources compared/);
  const rows = table.locator('[data-testid="summary-row"]');
  assert.equal(await rows.count(), 3);
  for (const [i, article] of example.entries()) {
    const [name, paragraphs, sentences, words, quotes] = await rows
      .nth(i)
      .locator("th, td")
      .allTextContents();
    assert.equal(name, article.name);
    const paragraphLines = article.text.split("\n").filter((l) => l.trim()).length;
    assert.equal(Number(paragraphs), paragraphLines, `${name}: paragraphs are non-blank lines`);
    assert.ok(Number(sentences) >= paragraphLines / 2, `${name}: ${sentences} sentences`);
    assert.equal(Number(words), countWords(article.text), `${name}: words`);
    assert.ok(Number(quotes) >= 3, `${name}: ${quotes} quotations`);
  }
  await app.shot("workspace-demo-summary", { of: table });
});

it("following a #demo link on an open page opens the demo, and Undo offers the old articles", async (app) => {
  const page = await app.goto("/");
  await textOf(page, 0).fill("My own article.");
  await page.evaluate(() => {
    location.hash = "demo";
  });
  await page.locator('[data-testid="source-summary"] [data-testid="summary-row"]').nth(2).waitFor();
  assert.deepEqual(await panelContents(page), await exampleArticles());
  const offer = page.locator('[data-testid="undo-offer"]');
  assert.match(await offer.textContent(), /Opened the demo in place of your articles\./);
  // The demo's panels are live, one click away from the results.
  await button(page, "edit-articles").click();
  await nameOf(page, 1).fill("Renamed in the demo");
  await page.waitForFunction(() =>
    (localStorage.getItem("parallax.workspace") ?? "").includes("Renamed in the demo"),
  );
});

it("works when deployed under a sub-path", async (app) => {
  const page = await app.goto(`${SUB_PATH}#demo`);
  await page.locator('[data-testid="source-summary"] [data-testid="summary-row"]').nth(2).waitFor();
  const outside = app.requests
    .map((u) => new URL(u))
    .filter((u) => u.protocol.startsWith("http") && !u.pathname.startsWith(SUB_PATH));
  assert.deepEqual(outside.map(String), [], "requests outside the sub-path");
  assert.ok(
    app.requests.some((u) => u.endsWith(".wasm")),
    "the WebAssembly module was fetched under the sub-path",
  );
  await app.shot("workspace-sub-path");
});

it("the toolbar is reachable with Tab, focus is visible, and Enter works", async (app) => {
  const page = await app.goto("/");
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return {
        testid: el?.dataset?.testid ?? el?.tagName,
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
      };
    });
  const order = ["add-article", "open-files", "load-example", "clear-all", "compare"];
  let current;
  for (let presses = 0; presses < 20; presses++) {
    await page.keyboard.press("Tab");
    current = await focused();
    if (current.testid === order[0]) break;
  }
  assert.equal(current.testid, order[0], "Tab never reached the toolbar");
  for (const [i, id] of order.entries()) {
    if (i > 0) {
      await page.keyboard.press("Tab");
      current = await focused();
    }
    assert.equal(current.testid, id);
    assert.notEqual(current.outline, "none", `no visible focus on ${id}`);
    assert.ok(current.width > 0, `zero-width focus outline on ${id}`);
    if (id === "load-example") await app.shot("workspace-keyboard-focus");
  }
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  assert.equal((await focused()).testid, "load-example");
  await page.keyboard.press("Enter");
  await panelCount(page, 3);
});

it("is usable at phone width without sideways scrolling", async (app) => {
  const page = await app.goto("/#demo");
  await page.locator('[data-testid="source-summary"]').waitFor();
  const { overflow, widest } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (el) =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : "") +
      (el.className && typeof el.className === "string" ? `.${el.className.split(" ")[0]}` : "") +
      (el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : "");
    const clipped = (el) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== "visible") return true;
      }
      return false;
    };
    const widest = [...document.querySelectorAll("body *")]
      // An absolutely placed element escapes a scrolling box that is not its containing block.
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .filter((el) => !clipped(el) || getComputedStyle(el).position === "absolute")
      .slice(0, 5)
      .map((el) => `${describe(el)} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`);
    return { overflow: document.documentElement.scrollWidth - width, widest };
  });
  assert.ok(
    overflow <= 0,
    `the page scrolls sideways by ${overflow}px at 390px wide; too wide: ${widest.join(", ")}`,
  );
  await app.shot("workspace-phone");
}, { viewport: { width: 390, height: 844 } });

test("the harness fails a test on a console error or a page error", { timeout: TEST_TIMEOUT_MS }, async () => {
  for (const fault of ["console.error('boom')", "setTimeout(() => { throw new Error('boom') })"]) {
    await assert.rejects(
      env.run({ name: `harness self-check ${fault}` }, async (app) => {
        const page = await app.goto("/");
        await page.evaluate(fault);
        await eventually(async () => assert.ok(app.problems.length > 0));
      }, { screenshotOnFailure: false }),
      /the page reported problems:\n.*boom/,
      `a page that ran ${fault} passed`,
    );
  }
});

it("a long comparison runs in steps: the page repaints and the progress moves until the results come", async (app) => {
  const page = await app.goto("/");
  // Twelve long articles (the example's three, four times over), saved as the workspace.
  const example = await exampleArticles();
  const articles = [1, 2, 3, 4].flatMap((round) =>
    example.map(({ name, text }) => ({ name: `${name} ${round}`, text })),
  );
  // Set before the app starts (leaving the page saves the workspace it had).
  await page.addInitScript((articles) => {
    localStorage.setItem("parallax.workspace", JSON.stringify({ version: 1, articles }));
  }, articles);
  await page.reload();
  await waitForMount(page);
  await panelCount(page, 12);
  // Watch the progress bar and count animation frames until the results are on the page.
  await page.evaluate(() => {
    window.__seen = { values: new Set(), phases: new Set(), frames: 0, done: false };
    const seen = window.__seen;
    const progress = document.querySelector('[data-testid="progress"]');
    new MutationObserver(() => {
      const bar = progress.querySelector("progress");
      if (bar) seen.values.add(bar.value);
      const phase = progress.querySelector('[role="status"]').textContent.trim();
      if (phase) seen.phases.add(phase);
    }).observe(progress, { subtree: true, childList: true, attributes: true, characterData: true });
    const frame = () => {
      seen.frames += 1;
      if (document.querySelector('[data-testid="quote-group"]')) seen.done = true;
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await button(page, "compare").click();
  await page.waitForFunction(() => window.__seen.done, null, { timeout: 45_000 });
  const seen = await page.evaluate(() => ({
    values: window.__seen.values.size,
    phases: [...window.__seen.phases],
    frames: window.__seen.frames,
  }));
  // 12 articles make 12 × 3 + 5 steps; the bar shows most of them, and frames are painted
  // between them (one block of work would leave one or two frames).
  assert.ok(seen.values >= 20, `progress values seen: ${seen.values}`);
  assert.ok(seen.frames >= 5, `frames painted during the run: ${seen.frames}`);
  // Screen readers hear the three phases, not every step.
  assert.deepEqual(seen.phases, [
    "Reading the articles…",
    "Comparing how the articles frame the event…",
    "Aligning the quotes across articles…",
  ]);
  assert.equal(await page.locator('[data-testid="progress"] progress').count(), 0, "the bar goes away");
});
