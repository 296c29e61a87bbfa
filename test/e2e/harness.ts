// Everything a browser journey needs, started together: a real SMTP server, the real application process wired
// to it, and one Chromium. One harness per test file (start in before(), stop in after()).
import type { Engine } from '../../src/db/database.ts';
import { assertChromiumInstalled, launchBrowser, type TestBrowser } from '../support/browser.ts';
import { startServer, type RunningServer, type ServerOptions } from '../support/server.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp.ts';

export interface Harness {
  smtp: TestSmtpServer;
  server: RunningServer;
  browser: TestBrowser;
  stop(): Promise<void>;
}

export async function startHarness(options: { engine?: Engine } & Omit<ServerOptions, 'smtpUrl' | 'engine'> = {}): Promise<Harness> {
  assertChromiumInstalled(); // before anything is started, so a missing browser fails in a second with what to do
  const smtp = await startTestSmtpServer();
  let server: RunningServer | undefined;
  try {
    server = await startServer({ ...options, smtpUrl: smtp.url });
    const browser = await launchBrowser(server.url);
    const running = server;
    return {
      smtp, server, browser,
      async stop() {
        await browser.close().catch(() => {});
        await running.stop();
        await smtp.close();
      },
    };
  } catch (error) {
    await server?.stop();
    await smtp.close();
    throw error;
  }
}
