import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The ESLint rule that keeps SQL in repositories: `.prepare(` anywhere in src/main but src/main/db and the backup code. */
describe('SQL lives in repositories', () => {
  const eslint = new ESLint();
  const code = "export const count = (db: { prepare(sql: string): { get(): unknown } }) => db.prepare('SELECT 1').get();\n";
  const ruleHits = async (filePath: string) =>
    (await eslint.lintText(code, { filePath }))[0]!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);

  it('refuses .prepare( in services and handlers', async () => {
    expect(await ruleHits('src/main/services/imports/csv/new-importer.ts')).toEqual([
      'SQL belongs in a repository under src/main/db: add a named statement there and call it.',
    ]);
    expect(await ruleHits('src/main/api/handlers/new-handler.ts')).toHaveLength(1);
  });

  it('allows it in repositories and in the named exception, the backup code', async () => {
    expect(await ruleHits('src/main/db/repositories/new-repository.ts')).toEqual([]);
    expect(await ruleHits('src/main/services/imports/backup/new-backup-step.ts')).toEqual([]);
  });
}, 60_000);
