import { z } from 'zod';

export interface OperationSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** One line for docs and error messages. */
  summary: string;
}

export function op<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string): OperationSpec<I, O> {
  return { input, output, summary };
}

/** Input of an operation that takes nothing. */
export const none = z.object({}).strict().default({});
/** Input of a list that can be narrowed by a search text. */
export const search = z.object({ search: z.string().trim().max(200).optional() }).strict().default({});
export const byId = <T extends z.ZodType>(id: T) => z.object({ id }).strict();
