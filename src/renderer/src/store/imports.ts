import { create } from 'zustand';
import type { CsvEntity, CsvImportResult, CsvMapping, CsvPreview } from '../../../shared/domain/csv-import';
import type { NiceImportReport, NiceInspection } from '../../../shared/domain/nice-import';
import type { Importance, TargetLevel } from '../../../shared/domain/proficiency';
import type { TextEncodingName } from '../../../shared/domain/text-file';
import type { CsvChoices, CsvOptions, ValueChoice } from '../../../shared/imports/csv-choices';
import { ApiFailure } from '../api';
import { onStoreReplaced } from '../data/client';
import { runJob, type JobProgressReport } from '../jobs';
import { useNotices } from './notices';

/** A file the user picked: its name, its text, and how its bytes were read (when the renderer decoded them). */
export interface PickedFile {
  name: string;
  content: string;
  encoding?: TextEncodingName;
}

/** Work that may take a while: shown by the progress panel once it has run for a second. */
export interface Progress {
  label: string;
  startedAt: number;
  /** How much is done (0–100) and what it is doing, when the work is a job that reports it. */
  percent?: number;
  stage?: string;
}

interface CsvState {
  entity: CsvEntity;
  file: PickedFile | null;
  preview: CsvPreview | null;
  result: CsvImportResult | null;
  /** Why the file could not be read, shown next to the file picker. */
  error: string | null;
  /** The file settings and value choices the preview was read with; sent with every later preview and the import. */
  choices: CsvChoices | null;
}

interface NiceState {
  file: PickedFile | null;
  inspection: NiceInspection | null;
  selected: string[];
  level: TargetLevel;
  importance: Importance;
  report: NiceImportReport | null;
  error: string | null;
}

interface ImportsState {
  progress: Progress | null;
  csv: CsvState;
  nice: NiceState;
  withProgress<T>(label: string, work: (report: JobProgressReport) => Promise<T>): Promise<T>;
  setCsvEntity(entity: CsvEntity): void;
  openCsv(file: PickedFile): Promise<void>;
  remapCsv(mapping: CsvMapping): Promise<void>;
  /** Changes a file setting (decimal mark, date order, currency, default level) and reads the file again. */
  setCsvOption(options: Partial<CsvOptions>): Promise<void>;
  /** Chooses what an unknown value means (null: no choice) and reads the file again. */
  chooseCsvValue(key: string, choice: ValueChoice | null): Promise<void>;
  importCsv(): Promise<void>;
  resetCsv(): void;
  openNice(file: PickedFile): Promise<void>;
  selectNiceRoles(ids: string[]): void;
  setNiceOptions(options: Partial<Pick<NiceState, 'level' | 'importance'>>): void;
  importNice(): Promise<void>;
  resetNice(): void;
}

const EMPTY_CSV = { file: null, preview: null, result: null, error: null, choices: null };
const EMPTY_NICE = { file: null, inspection: null, selected: [], report: null, error: null };

/** A refusal about the file itself (not JSON, not the right format) is shown beside the picker; the rest in the banner. */
function fileProblem(error: unknown, action: string): string | null {
  if (error instanceof ApiFailure && error.error.code === 'INVALID_INPUT') return error.message;
  useNotices.getState().report(action, error);
  return null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

export const useImports = create<ImportsState>()((set, get) => {
  const patchCsv = (patch: Partial<CsvState>) => set((s) => ({ csv: { ...s.csv, ...patch } }));
  const patchNice = (patch: Partial<NiceState>) => set((s) => ({ nice: { ...s.nice, ...patch } }));

  /** Counts previews, so that only the answer to the latest one is shown when choices follow each other fast. */
  let previews = 0;

  async function previewCsv(file: PickedFile, mapping?: CsvMapping, choices?: CsvChoices) {
    const { entity } = get().csv;
    const seq = ++previews;
    // Kept at once: a choice made while this preview runs builds on this one, not on the last answer.
    if (choices) patchCsv({ choices });
    try {
      const preview = await get().withProgress(`Checking ${file.name}`, (report) =>
        runJob('csv.preview', { entity, content: file.content, ...(mapping ? { mapping } : {}), ...(choices ? { choices } : {}) }, report),
      );
      if (seq !== previews) return;
      // What the file was read with (detected, remembered or chosen) is what later previews and the import use.
      patchCsv({ file, preview, result: null, error: null, choices: { options: preview.options, values: preview.values } });
    } catch (error) {
      if (seq !== previews) return;
      patchCsv({ file, preview: null, result: null, error: fileProblem(error, 'Reading the CSV file'), choices: null });
    }
  }

  return {
    progress: null,
    csv: { entity: 'courses', ...EMPTY_CSV },
    nice: { ...EMPTY_NICE, level: 3, importance: 2 },

    async withProgress(label, work) {
      const startedAt = Date.now();
      set({ progress: { label, startedAt } });
      try {
        return await work((percent, stage) => set({ progress: { label, startedAt, percent, stage } }));
      } finally {
        set({ progress: null });
      }
    },

    setCsvEntity(entity) {
      const { file } = get().csv;
      set((s) => ({ csv: { ...s.csv, entity, preview: null, result: null, error: null, choices: null } }));
      if (file) void previewCsv(file);
    },
    openCsv: (file) => previewCsv(file),
    async remapCsv(mapping) {
      const { file, choices } = get().csv;
      if (file) await previewCsv(file, mapping, choices ?? undefined);
    },
    async setCsvOption(options) {
      const { file, preview, choices } = get().csv;
      if (!file || !preview || !choices) return;
      await previewCsv(file, preview.mapping, { ...choices, options: { ...choices.options, ...options } });
    },
    async chooseCsvValue(key, choice) {
      const { file, preview, choices } = get().csv;
      if (!file || !preview || !choices) return;
      const { [key]: _previous, ...values } = choices.values;
      await previewCsv(file, preview.mapping, { ...choices, values: choice ? { ...values, [key]: choice } : values });
    },
    async importCsv() {
      const { file, preview, entity, choices } = get().csv;
      if (!file || !preview) return;
      try {
        const result = await get().withProgress(`Importing ${plural(preview.validRows, 'row')} from ${file.name}`, (report) =>
          runJob('csv.import', { entity, content: file.content, mapping: preview.mapping, ...(choices ? { choices } : {}) }, report),
        );
        patchCsv({ ...EMPTY_CSV, result });
      } catch (error) {
        useNotices.getState().report('Importing the CSV file', error);
      }
    },
    resetCsv: () => patchCsv(EMPTY_CSV),

    async openNice(file) {
      try {
        const inspection = await get().withProgress(`Reading ${file.name}`, (report) => runJob('nice.inspect', { content: file.content }, report));
        patchNice({ file, inspection, selected: [], report: null, error: null });
      } catch (error) {
        patchNice({ ...EMPTY_NICE, file, error: fileProblem(error, 'Reading the NICE file') });
      }
    },
    selectNiceRoles: (ids) => patchNice({ selected: ids }),
    setNiceOptions: (options) => patchNice(options),
    async importNice() {
      const { file, selected, level, importance } = get().nice;
      if (!file || selected.length === 0) return;
      try {
        const report = await get().withProgress(`Importing ${plural(selected.length, 'work role')} from ${file.name}`, (progress) =>
          runJob('nice.import', { content: file.content, roleIds: selected, level, importance }, progress),
        );
        const inspection = await runJob('nice.inspect', { content: file.content });
        patchNice({ report, inspection, selected: [] });
      } catch (error) {
        useNotices.getState().report('Importing NICE work roles', error);
      }
    },
    resetNice: () => patchNice(EMPTY_NICE),
  };
});

// A restored backup replaced the catalog: a file checked against the old one is checked again when picked again.
onStoreReplaced(() => {
  useImports.getState().resetCsv();
  useImports.getState().resetNice();
});
