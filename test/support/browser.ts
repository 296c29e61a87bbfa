// Real Chromium for browser journeys, with the checks every page must pass built in: no request to any other
// origin, no console error or uncaught exception (CSP violations show up as console errors), and axe (WCAG 2.1 A/AA)
// on every page a journey reaches. Each navigation is recorded, so a journey can prove axe ran on all of them.
import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A reason to skip browser suites (`describe(name, { skip: skipBrowserTests }, ...)`), or false to run them. */
export const skipBrowserTests: string | false = process.env.SKIP_BROWSER_TESTS === '1'
  ? 'SKIP_BROWSER_TESTS=1 is set: browser tests are skipped'
  : false;

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe on the page as it is now; throws with one readable line per violation and element. The page must have
 * JavaScript enabled: axe waits on timers, which never fire in a page without it (TestPage.checkPage handles that).
 */
export async function checkAccessibility(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  if (!results.violations.length) return;
  const lines = results.violations.flatMap((v) => [
    `- ${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${v.helpUrl}`,
    ...v.nodes.slice(0, 5).map((n) => `    at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  ]);
  throw new Error(`Accessibility violations on ${page.url()}:\n${lines.join('\n')}`);
}

export interface Navigation {
  url: string;
  status: number | undefined;
  /** Whether axe ran on this document (set by visit/navigate, or by calling checkPage() yourself). */
  axeChecked: boolean;
}

export interface PageOptions {
  javaScript?: boolean;
  /** Accept-Language and navigator.language for the page, e.g. 'fr-CH'. */
  locale?: string;
}

export interface ExpectOptions {
  /** The HTTP status the final document must have (after redirects); 200 by default. */
  status?: number;
  /** Skip axe for this document (only for something that is not a page, e.g. a plain-text download shown inline). */
  skipAxe?: boolean;
}

export interface TestPage {
  /** The Playwright page, for locators, fill, click... Prefer visit/navigate to move between pages. */
  page: Page;
  javaScript: boolean;
  /** Go to a path on the app (or a full URL of the app), then check status, axe and the guards. */
  visit(pathOrUrl: string, expect?: ExpectOptions): Promise<Response>;
  /** Do something that loads a new document (click a link, submit a form), wait for it, then run the same checks. */
  navigate(action: () => Promise<unknown>, expect?: ExpectOptions): Promise<Response>;
  /** Axe + guards on the current document, marking it checked (visit/navigate call this). */
  checkPage(): Promise<void>;
  /** Every document the page loaded, in order, whoever caused it. */
  navigations: Navigation[];
  /** Throws if any document was loaded without axe running on it, or a guard tripped. */
  assertEveryPageChecked(): void;
  /** Problems seen so far: third-party requests, console errors, uncaught exceptions. */
  problems: string[];
  /** Forget the problems seen so far (for a test that provokes one on purpose). */
  clearProblems(): void;
  close(): Promise<void>;
}

export interface TestBrowser {
  newPage(options?: PageOptions): Promise<TestPage>;
  close(): Promise<void>;
}

/** Fails fast with what to do when Chromium is missing (a fresh machine that has not run the CI setup). */
export function assertChromiumInstalled(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}, and browser tests need it. Install it with ` +
      '`apt-get install -y --no-install-recommends chromium` (or set CHROMIUM_PATH), ' +
      'or set SKIP_BROWSER_TESTS=1 to skip the browser tests.',
    );
  }
}

/**
 * One Chromium per test file. `chromium.launch` refuses a `--user-data-dir` argument (Playwright manages the profile
 * itself): it creates a fresh temporary profile per launch and deletes it on close, which is what we want, and it
 * lets each page get its own context with JavaScript on or off (a persistent context cannot).
 */
export async function launchBrowser(appUrl: string): Promise<TestBrowser> {
  assertChromiumInstalled();
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    ],
  });
  const origin = new URL(appUrl).origin;
  const pages = new Set<TestPage>();
  let copies: BrowserContext | undefined;
  // axe cannot run in a page without JavaScript (its timers never fire), so a no-JS document is checked as a copy:
  // the same HTML and headers served at the same address in a JavaScript context, its own scripts blocked by an
  // added CSP (`script-src 'none'`) so the copy stays exactly what a reader without JavaScript gets.
  const checkCopy = async (page: Page, response: Response): Promise<void> => {
    copies ??= await browser.newContext({ javaScriptEnabled: true, baseURL: origin });
    const html = await page.content();
    const target = page.url().replace(/#.*$/, '');
    const headers = await response.allHeaders();
    const copy = await copies.newPage();
    try {
      await copy.route((url) => url.href === target, (route) => route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': [headers['content-security-policy'], "script-src 'none'"].filter(Boolean).join(', ') },
        body: html,
      }), { times: 1 });
      await copy.goto(target, { waitUntil: 'load' });
      await checkAccessibility(copy);
    } finally {
      await copy.close();
    }
  };
  return {
    async newPage(options = {}) {
      const context = await browser.newContext({
        javaScriptEnabled: options.javaScript ?? true,
        locale: options.locale ?? 'en-GB',
        baseURL: origin,
        // Never bypass CSP: a violation must show up as it would for a real reader.
        bypassCSP: false,
      });
      const testPage = await guardedPage(context, origin, options.javaScript ?? true, checkCopy);
      pages.add(testPage);
      const close = testPage.close;
      testPage.close = async () => {
        pages.delete(testPage);
        await close();
      };
      return testPage;
    },
    async close() {
      for (const page of pages) await page.close();
      await copies?.close();
      await browser.close();
    },
  };
}

async function guardedPage(
  context: BrowserContext, origin: string, javaScript: boolean, checkCopy: (page: Page, response: Response) => Promise<void>,
): Promise<TestPage> {
  const problems: string[] = [];
  // Judged later: the browser may log a document's own error status before Playwright reports its response.
  const resourceErrors: { url: string; text: string; pageUrl: string }[] = [];
  const navigations: Navigation[] = [];
  const documentResponses = new Map<string, Response>();
  let lastDocument: Response | undefined;

  // Context-wide, so requests from popups and from axe's own helper page are guarded too.
  context.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) problems.push(`request to another origin: ${request.method()} ${url}`);
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/^Failed to load resource: the server responded with a status of \d+/.test(text)) {
      resourceErrors.push({ url: message.location().url, text, pageUrl: page.url() });
      return;
    }
    problems.push(`console error on ${page.url()}: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
  page.on('response', (response) => {
    const request = response.request();
    if (!request.isNavigationRequest() || request.frame() !== page.mainFrame()) return;
    if (response.status() >= 300 && response.status() < 400) return;
    documentResponses.set(response.url(), response);
    lastDocument = response;
  });
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame() || frame.url() === 'about:blank') return;
    navigations.push({ url: frame.url(), status: documentResponses.get(frame.url())?.status(), axeChecked: false });
  });

  const assertClean = () => {
    // The error status of a page itself (a 404 page, a 422 form) is expected and checked by `status`; others are not.
    for (const error of resourceErrors.splice(0)) {
      if (!documentResponses.has(error.url)) problems.push(`console error on ${error.pageUrl}: ${error.text} (${error.url})`);
    }
    if (problems.length) throw new Error(`Browser guard tripped:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  };

  const checkPage = async () => {
    if (javaScript) await checkAccessibility(page);
    else {
      const response = lastDocument;
      if (!response) throw new Error(`No document response for ${page.url()} to check`);
      await checkCopy(page, response);
    }
    const current = navigations.at(-1);
    if (current) current.axeChecked = true;
    assertClean();
  };

  const settle = async (response: Response | null | undefined, expect: ExpectOptions): Promise<Response> => {
    // A page load may include argon2id and a proof-of-work wait: on a loaded CI machine that can pass the short
    // default timeout journeys set for finding elements, without anything being wrong.
    await page.waitForLoadState('load', { timeout: 20_000 });
    const final = response ?? lastDocument;
    if (!final) throw new Error(`No document response for ${page.url()}`);
    const wanted = expect.status ?? 200;
    if (final.status() !== wanted) {
      const text = (await page.locator('body').innerText().catch(() => '')).slice(0, 600);
      throw new Error(`Expected ${wanted} for ${final.url()}, got ${final.status()}. Page text:\n${text}`);
    }
    if (!expect.skipAxe) await checkPage();
    else assertClean();
    return final;
  };

  const testPage: TestPage = {
    page,
    javaScript,
    navigations,
    problems,
    async visit(pathOrUrl, expect = {}) {
      const response = await page.goto(new URL(pathOrUrl, origin).toString(), { waitUntil: 'load' });
      return settle(response, expect);
    },
    async navigate(action, expect = {}) {
      const before = lastDocument;
      const committed = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame(), timeout: 15_000 });
      // When the action fails, its error is the one to report, not this wait's once the page is closed.
      committed.catch(() => {});
      await action();
      await committed;
      const response = lastDocument !== before ? lastDocument : undefined;
      return settle(response, expect);
    },
    checkPage,
    clearProblems() {
      problems.length = 0;
      resourceErrors.length = 0;
    },
    assertEveryPageChecked() {
      assertClean();
      const unchecked = navigations.filter((n) => !n.axeChecked);
      if (unchecked.length) throw new Error(`axe did not run on:\n${unchecked.map((n) => `- ${n.url} (${n.status})`).join('\n')}`);
    },
    close: () => context.close(),
  };
  return testPage;
}

/** Gives a browser page the cookies of a session made through the app in the test (a signed-in staff member). */
export async function addSessionCookies(page: TestPage, cookieHeader: string, origin: string): Promise<void> {
  await page.page.context().addCookies(cookieHeader.split('; ').map((pair) => {
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1), url: origin };
  }));
}
