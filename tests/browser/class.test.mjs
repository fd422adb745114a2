// Issue 17: results a class can read. Results first after Compare, the key differences on top,
// every outlet in view at laptop, zoomed and phone sizes (with the example and with eight
// generated outlets), deep links and Back, the printed and Markdown handouts, the keyboard.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { deflateSync } from "node:zlib";
import { TEST_TIMEOUT_MS, eventually, testEnvironment } from "./support.mjs";

const env = testEnvironment(before, after);
const it = (name, body, options) =>
  test(name, { timeout: TEST_TIMEOUT_MS * 2 }, (t) => env.run(t, body, options));
const id = (testid) => `[data-testid="${testid}"]`;

/** A share fragment holding `articles`, as the app packs one (format 1). */
const shareFragment = (articles) =>
  "#share=1." + deflateSync(Buffer.from(JSON.stringify({ articles }))).toString("base64url");

/** Eight outlets with long names quoting one statement, each cut or worded its own way. */
function eightOutlets() {
  const statement =
    "We will make sure every account is fully restored by Friday and that no customer loses a single penny because of this outage";
  const words = statement.split(" ");
  return Array.from({ length: 8 }, (_, i) => {
    const kept = words.slice(0, words.length - i * 2).join(" ");
    const verb = ["said", "insisted", "claimed", "admitted", "said", "vowed", "told reporters", "said"][i];
    return {
      name: `The Regional Evening Chronicle and Gazette No ${i + 1}`,
      text:
        `Bank outage hits thousands, edition ${i + 1}\n` +
        `The bank's chief executive ${verb} on Tuesday: “${kept}.”\n` +
        `Customers queued outside branches in town ${i + 1} as the outage entered its second day.\n` +
        `“It was chaos,” one customer in town ${i + 1} said.`,
    };
  });
}

const SIZES = [
  { name: "1280x720", viewport: { width: 1280, height: 720 } },
  { name: "1366x768", viewport: { width: 1366, height: 768 } },
  // 150 % zoom of a 1366×768 screen: the page lays out in 911×512 CSS pixels.
  { name: "1366x768 at 150%", viewport: { width: 911, height: 512 }, scale: 1.5 },
  { name: "390x844", viewport: { width: 390, height: 844 }, mobile: true },
];

async function checkLayout(page, what) {
  const keyTop = await page.locator(id("key-differences")).evaluate((el) => el.getBoundingClientRect().top);
  const height = page.viewportSize().height;
  assert.ok(keyTop >= 0 && keyTop < height - 40, `${what}: key differences at ${keyTop}px of ${height}`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `${what}: the page scrolls sideways by ${overflow}px`);
  // Every outlet's matrix column (or, on a phone, its labelled cell) lies inside the window.
  const cells = await page.evaluate(() => {
    const phone = innerWidth < 640;
    const row = document.querySelector("[data-testid=matrix-row]");
    const els = phone
      ? [...row.querySelectorAll("td.coverage")]
      : [...document.querySelectorAll("[data-testid=quote-matrix] th.source-col")];
    return els.map((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, width: r.width };
    });
  });
  const sources = await page.locator(id("result-source")).count();
  assert.equal(cells.length, sources, `${what}: one column per outlet`);
  const width = page.viewportSize().width;
  for (const [i, c] of cells.entries()) {
    assert.ok(c.left >= 0 && c.right <= width + 0.5 && c.width > 20, `${what}: outlet ${i + 1}'s column at ${JSON.stringify(c)}`);
  }
  // Side by side: every column is in view, or a visible cue says the rest scroll sideways.
  const reading = await page.locator(id("reading-columns")).evaluate((el) => ({
    over: el.scrollWidth > el.clientWidth + 1,
  }));
  if (reading.over) {
    assert.ok(await page.locator(id("reading-scroll-cue")).isVisible(), `${what}: a cue for hidden columns`);
  }
}

for (const size of SIZES) {
  it(`after Compare at ${size.name}: key differences in the first view, every outlet reachable`, async (app) => {
    const page = await app.goto("/");
    await page.locator(id("load-example")).click();
    await page.locator(id("compare")).click();
    await page.locator(id("key-difference")).first().waitFor();
    await page.locator(id("workspace-bar")).waitFor();
    await eventually(() => checkLayout(page, `example at ${size.name}`));
    await app.shot(`class-example-${size.name.replace(/\W+/g, "-")}`);

    await page.goto(app.url("/" + shareFragment(eightOutlets())));
    await page.locator(id("quote-group")).first().waitFor();
    assert.equal(await page.locator(id("result-source")).count(), 8);
    await eventually(() => checkLayout(page, `eight outlets at ${size.name}`));
    await app.shot(`class-eight-${size.name.replace(/\W+/g, "-")}`);
  }, {
    contextOptions: {
      viewport: size.viewport,
      deviceScaleFactor: size.scale ?? 1,
      isMobile: size.mobile ?? false,
      hasTouch: size.mobile ?? false,
    },
  });
}

it("the key differences of the example name the (DPRK) insertion, the most-cut version and the loaded verbs", async (app) => {
  const page = await app.goto("/#demo");
  const found = page.locator(id("key-difference"));
  await found.first().waitFor();
  const count = await found.count();
  assert.ok(count >= 3 && count <= 7, `${count} findings`);
  const text = (await found.allTextContents()).join("\n");
  assert.match(text, /“\(DPRK\)”/);
  assert.match(text, /keeps 1 of the 40 words/);
  assert.match(text, /unleashed/);
  assert.match(text, /bristled/);
  // Each finding leads to its card.
  const link = found.filter({ hasText: "(DPRK)" }).locator(id("finding-link"));
  await link.click();
  await eventually(async () =>
    assert.match(await page.evaluate(() => location.hash), /^#demo&card=\d+$/),
  );
  const card = await page.evaluate(() => document.activeElement?.dataset.testid);
  assert.equal(card, "quote-group");
});

it("deep links open a card, and Back and Forward move between views", async (app) => {
  for (const n of [2, 3]) {
    const page = await app.goto(`/#demo&card=${n}`);
    const card = page.locator(`${id("quote-group")}[data-group="${n}"]`);
    await card.waitFor();
    await eventually(async () => {
      const focused = await page.evaluate(() => document.activeElement?.dataset.group);
      assert.equal(focused, String(n), `card ${n} focused`);
      const box = await card.boundingBox();
      assert.ok(box.y >= 0 && box.y < page.viewportSize().height, `card ${n} in view at ${box.y}`);
    });
  }
  const page = app.page;
  await page.locator(id("nav-reading")).click();
  await eventually(async () => assert.match(await page.evaluate(() => location.hash), /section=reading/));
  await page.locator(id("nav-cards")).click();
  await eventually(async () => assert.match(await page.evaluate(() => location.hash), /section=cards/));
  await page.goBack();
  await eventually(async () => {
    assert.match(await page.evaluate(() => location.hash), /section=reading/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "results-reading-title");
  });
  await page.goForward();
  await eventually(async () =>
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "quote-group"),
  );
  // The app is still there: Back did not leave it, nor reload the demo.
  assert.equal(await page.locator(id("undo-offer")).count() <= 1, true);
});

it("the printed handout shows every quote text with the screen's numbering on at most four A4 pages", async (app) => {
  const page = await app.goto("/#demo");
  await page.locator(id("quote-group")).first().waitFor();
  await page.locator(id("handout-title-input")).fill("North Korea rejects the NATO summit declaration");
  await page.emulateMedia({ media: "print" });
  const check = await page.evaluate(() => {
    const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
    const words = [...document.querySelectorAll(".matrix-words")];
    const cards = [...document.querySelectorAll("[data-testid=quote-group]")];
    return {
      title: document.querySelector("[data-testid=handout-title]")?.textContent,
      titleShown: shown(document.querySelector("[data-testid=handout-title]")),
      matrixWords: words.length,
      matrixShown: words.filter(shown).length,
      cards: cards.length,
      cardsShown: cards.filter(shown).map((c) => c.dataset.group),
      quotesShown: cards.filter((c) => shown(c.querySelector("blockquote"))).length,
      matrixNumbers: [...document.querySelectorAll("[data-testid=matrix-row]")].map((r) => r.dataset.group),
      workspace: shown(document.querySelector("section.workspace")) || shown(document.querySelector(".site-header .how")),
    };
  });
  assert.equal(check.titleShown, true);
  assert.match(check.title, /North Korea rejects/);
  assert.ok(check.matrixWords >= 5 && check.matrixShown === check.matrixWords, JSON.stringify(check));
  assert.equal(check.cardsShown.length, check.cards, "every card prints, one-source ones included");
  assert.equal(check.quotesShown, check.cards, "every card's quote text prints");
  assert.deepEqual(
    check.cardsShown.map(Number).sort((a, b) => a - b),
    check.matrixNumbers.map(Number).sort((a, b) => a - b),
    "cards carry the matrix's numbers",
  );
  assert.equal(check.workspace, false, "no editing chrome");
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  console.log(`handout: ${pages} A4 pages, ${pdf.length} bytes`);
  assert.ok(pages >= 1 && pages <= 4, `${pages} pages`);

  // Pinned cards: the handout keeps only them.
  await page.emulateMedia({ media: "screen" });
  await page.locator(id("pin-card")).first().click();
  await page.emulateMedia({ media: "print" });
  const printed = await page.evaluate(() =>
    [...document.querySelectorAll("[data-testid=quote-group]")].filter((c) => c.getClientRects().length > 0).length,
  );
  assert.equal(printed, 1);
  await page.emulateMedia({ media: "screen" });

  // The Markdown handout: the event title and the same numbering, the pinned card only.
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(id("export-markdown")).click()]);
  const md = await readFile(await file.path(), "utf8");
  assert.match(md, /^# North Korea rejects the NATO summit declaration\n/);
  assert.match(md, /### Quote 1 — /);
  assert.doesNotMatch(md, /### g\d/);
});

it("keyboard: a skip link to the results, j/k over every card, back from context, notices leave", async (app) => {
  const page = await app.goto("/#demo");
  await page.locator(id("quote-group")).first().waitFor();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "skip-link");
  await page.keyboard.press("Enter");
  await eventually(async () =>
    assert.equal(await page.evaluate(() => document.activeElement?.id), "key-differences-title"),
  );
  // The "Quote cards" menu item lands on the first card, where j works.
  await page.locator(id("nav-cards")).click();
  await eventually(async () =>
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.group), "1"),
  );
  // Each j moves to the next card in page order, one-source cards included (one press at a
  // time: the next waits until focus has moved, so a slow machine cannot merge or drop presses).
  const cardNumbers = () =>
    page.locator(id("quote-group")).evaluateAll((cs) => cs.map((c) => Number(c.dataset.group)));
  const focused = async () => Number(await page.evaluate(() => document.activeElement?.dataset.group));
  for (let presses = 0; presses < 100; presses++) {
    const groups = await cardNumbers();
    const current = await focused();
    if (current === groups[groups.length - 1]) break;
    const next = groups[groups.indexOf(current) + 1];
    await page.keyboard.press("j");
    await eventually(async () => assert.equal(await focused(), next, `j moves to card ${next}`));
  }
  const groups = await cardNumbers();
  assert.ok(groups.length >= 5, `${groups.length} cards`);
  assert.equal(await focused(), groups[groups.length - 1], "j reaches the last card, one-source ones included");
  // Focus is never under the sticky navigation.
  const clear = await page.evaluate(() => {
    const nav = document.querySelector(".results-nav").getBoundingClientRect();
    return document.activeElement.getBoundingClientRect().top >= nav.bottom - 1;
  });
  assert.ok(clear, "the focused card is below the sticky navigation");
  // Show in context, then Escape goes back to the card.
  await page.locator(`${id("quote-group")}[data-group="1"] ${id("show-in-context")}`).first().click();
  await eventually(async () =>
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "reading-quote"),
  );
  await page.locator(id("back-to-card")).waitFor();
  await page.keyboard.press("Escape");
  await eventually(async () =>
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.group), "1"),
  );
  // A notice leaves by itself.
  await page.locator(id("edit-articles")).click();
  await page.locator(id("clear-all")).click();
  await page.locator(id("compare")).click();
  const notice = page.locator(id("notice"));
  await notice.first().waitFor();
  await notice.first().waitFor({ state: "detached", timeout: 10_000 });
});

it("a version a source gives word for word more than once is listed once, marked ×N", async (app) => {
  const articles = [
    {
      name: "Morning Wire",
      text:
        "Bridge to close for repairs\n\n“We will reopen the bridge by Friday,” the mayor said on Monday.\n\n" +
        "Drivers queued for hours. “We will reopen the bridge by Friday,” she repeated later.",
    },
    {
      name: "Evening Post",
      text:
        "Mayor promises quick repairs\n\n“We will reopen the bridge by Friday, whatever it takes,” the mayor told reporters.",
    },
  ];
  const page = app.page;
  await page.goto(app.url("/" + shareFragment(articles)));
  const card = page.locator(id("quote-group")).filter({ hasText: "reopen the bridge" }).first();
  await card.waitFor();
  const shown = card.locator(`${id("quote-member")}:visible`);
  await eventually(async () => assert.equal(await shown.count(), 2, "one version per source"));
  assert.equal((await card.locator(id("member-times")).innerText()).trim().split(/\s/)[0], "×2");
});
