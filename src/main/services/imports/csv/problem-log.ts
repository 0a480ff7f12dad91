import { PREVIEW_PROBLEMS, type CsvProblem, type CsvProblemKind } from '../../../../shared/domain/csv-import';

/**
 * Problems of a file as they are found: every one counted (and per kind), only the first by row kept, so a
 * 33 MB file with millions of bad rows answers with a short list, not hundreds of megabytes.
 */
export class ProblemLog {
  count = 0;
  private kept: CsvProblem[] = [];
  private readonly kinds = new Map<string, CsvProblemKind>();

  constructor(private readonly keep = PREVIEW_PROBLEMS) {}

  push(problem: CsvProblem): void {
    this.count++;
    const key = `${problem.column}\u0000${kindOf(problem.message)}`;
    const kind = this.kinds.get(key);
    if (kind) kind.count++;
    else this.kinds.set(key, { column: problem.column, example: problem.message, count: 1 });
    this.kept.push(problem);
    // Trimmed now and then, not on every push: amortised, and memory stays at a few hundred problems.
    if (this.kept.length >= this.keep * 4) this.kept = byRow(this.kept).slice(0, this.keep);
  }

  /** The first problems by row. */
  first(): CsvProblem[] {
    return byRow(this.kept).slice(0, this.keep);
  }

  /** Kinds, most frequent first. */
  perKind(): CsvProblemKind[] {
    return [...this.kinds.values()].sort((a, b) => b.count - a.count || a.column.localeCompare(b.column));
  }
}

function byRow(problems: CsvProblem[]): CsvProblem[] {
  // Stable: problems of one row keep the order they were found in.
  return problems.map((p, i) => ({ p, i })).sort((a, b) => a.p.row - b.p.row || a.i - b.i).map((x) => x.p);
}

/** A message with its particular values left out: “Unknown skill “x”” and “Unknown skill “y”” are one kind. */
export function kindOf(message: string): string {
  return message
    .replace(/“[^”]*”/g, '“…”')
    .replace(/\([^)]*\)/g, '(…)')
    .replace(/\d+/g, '#');
}
