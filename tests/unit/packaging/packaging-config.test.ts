import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
// Read the same way electron-builder reads it (js-yaml).
const builderConfig = load(readFileSync(resolve(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('the packaged app’s Electron fuses (electron-builder.yml)', () => {
  it('turn off running as Node, NODE_OPTIONS and --inspect; load only a checked app.asar; no extra file:// rights', () => {
    expect(builderConfig.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // onlyLoadAppFromAsar needs an asar archive.
    expect(builderConfig.asar).not.toBe(false);
  });

  it('uses only fuse names this electron-builder knows (its JSON schema)', () => {
    const schema = JSON.parse(readFileSync(resolve(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as {
      definitions: Record<string, { properties: Record<string, { type: string }> }>;
    };
    const known = schema.definitions.FuseOptionsV1!.properties;
    for (const [name, value] of Object.entries(builderConfig.electronFuses as Record<string, unknown>)) {
      expect(known[name]?.type, `electronFuses.${name}`).toBe(typeof value);
    }
  });
});

/** The npm packages the TypeScript files under `dir` import (bare specifiers, by package name). */
function packagesImportedBy(dir: string): Set<string> {
  const found = new Set<string>();
  const visit = (path: string) => {
    if (statSync(path).isDirectory()) return readdirSync(path).forEach((entry) => visit(join(path, entry)));
    if (!/\.tsx?$/.test(path)) return;
    for (const { fileName } of ts.preProcessFile(readFileSync(path, 'utf8'), true, true).importedFiles) {
      if (fileName.startsWith('.') || isBuiltin(fileName)) continue;
      const parts = fileName.split('/');
      found.add(fileName.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!);
    }
  };
  visit(dir);
  return found;
}

describe('package.json: what the installed app needs at run time', () => {
  const mainSide = new Set(['main', 'shared', 'preload'].flatMap((d) => [...packagesImportedBy(resolve(ROOT, 'src', d))]));
  const rendererOnly = [...packagesImportedBy(resolve(ROOT, 'src/renderer'))].filter((p) => !mainSide.has(p)).sort();

  it('keeps the renderer’s libraries out of `dependencies`: the renderer is bundled, so they are build tools', () => {
    // Worked out by hand from the imports in src/renderer; the scan must find at least these.
    expect(rendererOnly).toEqual(
      expect.arrayContaining(['@tanstack/react-virtual', '@xyflow/react', 'radix-ui', 'react', 'react-dom', 'recharts', 'zundo', 'zustand']),
    );
    for (const name of rendererOnly) {
      expect(pkg.dependencies[name], `${name} is used only by the renderer`).toBeUndefined();
      expect(pkg.devDependencies[name], `${name} should be a devDependency`).toBeDefined();
    }
  });
});
