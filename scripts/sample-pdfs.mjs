// `npm run sample-pdfs`: prints a demo member's plan and the demo team's report to samples/ (git ignores it),
// through the built browser host on a fresh data file and Chromium's printing path (page.pdf).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'samples');
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!executablePath) {
  console.error('No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'planner-samples-'));
const host = spawn(process.execPath, [join(root, 'out/main/browser-host.js'), '--db', join(work, 'planner.sqlite'), '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolveUrl, reject) => {
  let text = '';
  host.stdout.setEncoding('utf8').on('data', (chunk) => {
    text += chunk;
    const match = /Planner is running at (http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/.exec(text);
    if (match) resolveUrl(match[1]);
  });
  host.on('exit', (code) => reject(new Error(`The browser host exited (${code}).`)));
});

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ locale: 'en-GB' });
  await page.goto(url);
  const api = async (name, input) => {
    const result = await page.evaluate(
      async ([name, input]) => {
        const token = sessionStorage.getItem('planner.apiToken');
        const res = await fetch(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Planner-Token': token }, body: JSON.stringify(input) });
        return res.json();
      },
      [name, input],
    );
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  };
  const demo = (await api('members.list', {})).find((m) => m.isDemo && m.targetRoleId);
  if (!demo) throw new Error('The fresh data file has no demo member with a target role.');
  await api('plans.generate', { memberId: demo.id, limits: {} });

  mkdirSync(out, { recursive: true });
  const print = async (route, file) => {
    await page.goto('about:blank');
    await page.goto(`${url}${route}`);
    await page.waitForSelector('html[data-print-ready="true"]', { timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: join(out, file), preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    console.log(`Wrote samples/${file}`);
  };
  await print(`#/print/member/${encodeURIComponent(demo.id)}`, 'demo-member-plan.pdf');
  await print('#/print/team/all', 'demo-team-report.pdf');
} finally {
  await browser.close();
  host.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
