// Shared machinery for Parallax's browser tests: a static file server over the release build,
// headless Chromium driven by playwright-core, one fresh browser context (a fresh profile) per
// test, and the checks every test gets for free (no console error, no page error, no failed
// request, the app mounted).
//
// Run them (from the repository root):
//
//   TRUNK_SKIP_VERSION_CHECK=true TRUNK_OFFLINE=true trunk build --release --offline
//   (cd tests/browser && npm ci && npm test)      # or: ./scripts/test.sh, which does all of it
//
// One file:  node --test --test-reporter=spec workspace.test.mjs
// One test:  node --test --test-name-pattern="Clear all" workspace.test.mjs
//
// The tests drive `../../dist` (the release build; PARALLAX_DIST=dir drives another) served by a
// tiny Node server on a free port, at `/` and again under `/sub/path/` (a deploy below the site
// root). Chromium is Debian's (`/usr/bin/chromium`; PARALLAX_CHROMIUM overrides). Screenshots of
// each key state, and of every failure (`FAILED-<test>.png`), go to `tests/browser/artifacts/`
// (not committed). One file runs at a time (`--test-concurrency=1`): the machine is small and
// Chromium is the heavy part.

import { createServer } from "node:http";
import { existsSync, mkdirSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = fileURLToPath(new URL(".", import.meta.url));
/** The build under test: `../../dist`, or PARALLAX_DIST (e.g. to try a changed build). */
export const DIST = resolve(process.env.PARALLAX_DIST || resolve(here, "../../dist"));
export const ARTIFACTS = resolve(here, "artifacts");
/** The sub-path the build is also served under, to prove its asset paths are relative. */
export const SUB_PATH = "/sub/path/";

const CHROMIUM = process.env.PARALLAX_CHROMIUM || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** How long one wait for the page may take before the test fails (the suite is local). */
export const WAIT_MS = 15_000;
/** Per test, for node:test. */
export const TEST_TIMEOUT_MS = 60_000;

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
};

/** The file under `DIST` that a URL path names, or null if it is outside `DIST`. */
function fileFor(urlPath) {
  let path = decodeURIComponent(urlPath);
  if (path.startsWith(SUB_PATH)) path = "/" + path.slice(SUB_PATH.length);
  else if (path === SUB_PATH.slice(0, -1)) return { redirect: SUB_PATH };
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(DIST, path));
  return file === DIST || file.startsWith(DIST + sep) ? { file } : null;
}

/**
 * Serves `DIST` at `/` and at `SUB_PATH` on 127.0.0.1, on a free port. Resolves to
 * `{ origin, close() }`. Nothing is cached, so a rebuild is picked up by the next test.
 */
export async function startServer() {
  if (!existsSync(join(DIST, "index.html"))) {
    throw new Error(
      `no release build at ${DIST}: run \`trunk build --release --offline\` at the repository root first`,
    );
  }
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    const target = fileFor(url.pathname);
    if (target?.redirect) {
      res.writeHead(301, { Location: target.redirect }).end();
      return;
    }
    try {
      if (!target || !(await stat(target.file)).isFile()) throw new Error("not a file");
      const body = await readFile(target.file);
      res.writeHead(200, {
        "Content-Type": MIME[extname(target.file)] ?? "application/octet-stream",
        "Content-Length": body.length,
        "Cache-Control": "no-store",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", ok);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Launches headless Chromium. */
export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: run scripts/setup.sh (or set PARALLAX_CHROMIUM)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * One server and one browser for a test file. Call at the top level of the file; the returned
 * object's `open()` gives each test a fresh profile.
 *
 *   const env = testEnvironment(before, after);
 *   test("…", (t) => env.run(t, async (app) => { … }));
 */
export function testEnvironment(before, after) {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await startServer();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  env.run = (t, body, options = {}) => runInFreshContext(env, t, body, options);
  return env;
}

/** A file-system-safe form of a test's name. */
function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
}

/**
 * Runs `body(app)` in a fresh browser context. The test fails if the page logs a console
 * error, throws, or gets an HTTP error for any request — checked after `body` succeeds. On
 * failure a screenshot `FAILED-<test>.png` is saved.
 *
 * `options`: `viewport`, `contextOptions` (for `browser.newContext`), `screenshotOnFailure`.
 *
 * `app` has: `page`, `context`, `origin`, `url(pathAndHash)`, `goto(pathAndHash)` (opens and
 * waits for the app to mount), `shot(name, { fullPage, of, page })` (saves `<name>.png`, see
 * `screenshot`), `problems` (what went wrong so
 * far), `requests` (every URL the page asked for), `newPage()` (another tab in the same profile),
 * `newProfile()` (a page in another fresh profile).
 */
async function runInFreshContext(env, t, body, options) {
  const context = await env.browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
    ...options.contextOptions,
  });
  context.setDefaultTimeout(WAIT_MS);
  const problems = [];
  const requests = [];
  // Settles (rejects) on the first console or page error, so a panic fails the test at once
  // instead of after whatever the test was waiting for times out.
  let reportError;
  const firstError = new Promise((_, reject) => {
    reportError = reject;
  });
  firstError.catch(() => {});
  const fatal = (problem) => {
    problems.push(problem);
    reportError(new Error(`the page reported problems:\n  ${problems.join("\n  ")}`));
  };
  const watch = (page) => {
    page.on("console", (msg) => {
      if (msg.type() === "error") fatal(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (error) => fatal(`page error: ${error.message}`));
    page.on("request", (request) => requests.push(request.url()));
    page.on("requestfailed", (request) => {
      // A navigation away (a reload) aborts what the old page was still fetching.
      if (request.failure()?.errorText !== "net::ERR_ABORTED") {
        problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
      }
    });
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    return page;
  };
  const page = watch(await context.newPage());
  const others = [];
  const name = slug(t.name);
  const app = {
    page,
    context,
    origin: env.server.origin,
    problems,
    requests,
    url: (pathAndHash = "/") => env.server.origin + pathAndHash,
    goto: async (pathAndHash = "/", target = page) => {
      await target.goto(env.server.origin + pathAndHash);
      await waitForMount(target);
      return target;
    },
    shot: (shotName, options = {}) => screenshot(options.page ?? page, shotName, options),
    newPage: async () => watch(await context.newPage()),
    /** A page in another fresh profile (as on another computer), watched like the first. */
    newProfile: async () => {
      const other = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
      other.setDefaultTimeout(WAIT_MS);
      others.push(other);
      return watch(await other.newPage());
    },
  };
  try {
    const running = body(app);
    running.catch(() => {}); // if the page fails first, the body's own failure comes later
    await Promise.race([running, firstError]);
    if (problems.length > 0) {
      throw new Error(`the page reported problems:\n  ${problems.join("\n  ")}`);
    }
  } catch (error) {
    if (options.screenshotOnFailure !== false) {
      await screenshot(page, `FAILED-${name}`).catch(() => {});
    }
    // A panic or page error is usually why a wait timed out: say so first.
    if (problems.length > 0 && !String(error.message).startsWith("the page reported")) {
      error.message = `the page reported problems:\n  ${problems.join("\n  ")}\nand then: ${error.message}`;
    }
    throw error;
  } finally {
    await Promise.all([context, ...others].map((c) => c.close()));
  }
}

/**
 * Waits until the app has mounted: the workspace toolbar is on the page, or (results first)
 * the bar the compared articles fold into.
 */
export async function waitForMount(page) {
  await page
    .locator('[data-testid="compare"]:visible, [data-testid="workspace-bar"]:visible')
    .first()
    .waitFor({ state: "visible" });
}

/**
 * Saves a screenshot as `artifacts/<name>.png`: of the viewport, of the whole page with
 * `{ fullPage: true }` (slow on a long page: seconds), or of one element with `{ of: locator }`
 * (as much of it as fits in the viewport from its top).
 */
export async function screenshot(page, name, { fullPage = false, of = null } = {}) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  if (of) {
    // Scrolled to the element's top, clipped to what of it the viewport shows: playwright's
    // element screenshot renders the whole page first, seconds on the long results page.
    await of.evaluate((el) => el.scrollIntoView({ block: "start", behavior: "instant" }));
    const box = await of.boundingBox();
    const view = page.viewportSize();
    const x = Math.max(0, box.x);
    const y = Math.max(0, box.y);
    const clip = {
      x,
      y,
      width: Math.max(1, Math.min(box.x + box.width, view.width) - x),
      height: Math.max(1, Math.min(box.y + box.height, view.height) - y),
    };
    await page.screenshot({ path, clip });
  } else {
    await page.screenshot({ path, fullPage });
  }
}

/**
 * Drops files on `selector` the way a user's drag from the desktop does: `dragenter`,
 * `dragover`, then `drop` with a DataTransfer holding the files. `files` is a list of
 * `{ name, type, content }` where `content` is a string or a Buffer.
 */
export async function dropFiles(page, selector, files) {
  const payload = files.map((f) => ({
    name: f.name,
    type: f.type ?? "",
    base64: Buffer.from(f.content).toString("base64"),
  }));
  const dataTransfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return dt;
  }, payload);
  const target = page.locator(selector).first();
  for (const type of ["dragenter", "dragover", "drop"]) {
    await target.dispatchEvent(type, { dataTransfer });
  }
  await dataTransfer.dispose();
}

/** The name and text of every article panel, in order. */
export async function panelContents(page) {
  return page.locator('[data-testid="source-panel"]').evaluateAll((panels) =>
    panels.map((p) => ({
      name: p.querySelector('[data-testid="source-name"]').value,
      text: p.querySelector('[data-testid="source-text"]').value,
    })),
  );
}

/** The bundled example articles, as the app should name and show them. */
export async function exampleArticles() {
  const dir = resolve(here, "../../examples/nato-dprk-2024");
  const files = [
    ["01_dailynoah-whatfinger.txt", "Dailynoah Whatfinger"],
    ["02_yonhap-reprint.txt", "Yonhap Reprint"],
    ["03_kyiv-independent.txt", "Kyiv Independent"],
  ];
  return Promise.all(
    files.map(async ([file, name]) => ({ name, text: await readFile(join(dir, file), "utf8") })),
  );
}

/**
 * Retries `check` (an async function that throws while its condition does not hold) until it
 * passes or `timeout` ms have gone by, then rethrows its last error. For conditions that
 * playwright cannot wait on by itself; never a fixed sleep.
 */
export async function eventually(check, { timeout = WAIT_MS, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((ok) => setTimeout(ok, interval));
    }
  }
}
