import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUT, requiredModules } from './support/built-modules';

const MAIN = resolve(OUT, 'main');
const ROOT = resolve(OUT, '..');
const { dependencies } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

const jsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []));

const packageName = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

/**
 * The installed app holds `dependencies` and nothing else from node_modules. Every package the built main
 * process loads with require() must be there, and nothing else needs to be.
 */
describe('the built main process (out/main) and package.json', () => {
  it('is built', () => {
    expect(existsSync(resolve(MAIN, 'index.js')), 'run `npx electron-vite build` first').toBe(true);
  });

  const required = existsSync(MAIN)
    ? jsFiles(MAIN).flatMap((file) => requiredModules(file).map((spec) => ({ file: relative(ROOT, file), spec })))
    : [];
  const packages = required.filter(({ spec }) => !spec.startsWith('.') && !isBuiltin(spec));

  it('requires only Node built-ins, Electron (the runtime itself) and packages in `dependencies`', () => {
    expect(packages.length).toBeGreaterThan(0);
    const missing = packages.filter(({ spec }) => packageName(spec) !== 'electron' && !(packageName(spec) in dependencies));
    expect(missing, 'required at run time but not in dependencies').toEqual([]);
  });

  it('needs every package in `dependencies` (the renderer’s libraries are bundled and belong in devDependencies)', () => {
    const used = new Set(packages.map(({ spec }) => packageName(spec)));
    expect(Object.keys(dependencies).filter((name) => !used.has(name))).toEqual([]);
  });
});
