import type { z } from 'zod';
import type { OperationSpec } from '../../../shared/api/operations/define';
import type { Db } from '../../db/open';

export interface ApiContext {
  db: Db;
  /** The data file, shown to the user in Settings. */
  file: string;
}

/** The handlers of one group of operations: each takes the parsed input and returns the output. */
export type HandlersFor<G extends Record<string, OperationSpec>> = {
  [N in keyof G]: (input: z.output<G[N]['input']>) => z.input<G[N]['output']>;
};
