import type { z } from 'zod';
import { appOperations } from './operations/app';
import { catalogOperations } from './operations/catalog';
import type { OperationSpec } from './operations/define';
import type { OperationName } from './operation-names';
import { teamOperations } from './operations/team';
import { importsOperations } from './operations/imports';
import { backupsOperations } from './operations/backups';
import { plansOperations } from './operations/plans';
import { jobsOperations } from './operations/jobs';
import { overviewOperations } from './operations/overview';

/**
 * Every operation, declared once with its zod input and output: the handlers, the preload's allow-list, the
 * HTTP host and the renderer's typed client all derive from this. Each feature declares its own group in
 * ./operations/<feature>.ts.
 */
export const contract = {
  ...appOperations,
  ...catalogOperations,
  ...teamOperations,
  ...importsOperations,
  ...backupsOperations,
  ...plansOperations,
  ...jobsOperations,
  ...overviewOperations,
} satisfies Record<OperationName, OperationSpec>;

/** The other direction: the contract declares no operation that operation-names.ts leaves out. */
type Unnamed = Exclude<keyof typeof contract, OperationName>;
const everyOperationNamed: [Unnamed] extends [never] ? true : Unnamed = true;
void everyOperationNamed;

export type Contract = typeof contract;
export type OperationInput<N extends OperationName> = z.input<Contract[N]['input']>;
export type ParsedInput<N extends OperationName> = z.output<Contract[N]['input']>;
export type OperationOutput<N extends OperationName> = z.output<Contract[N]['output']>;

export { isOperationName, OPERATION_NAMES, type OperationName } from './operation-names';
