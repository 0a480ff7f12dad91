import type { OperationInput, OperationOutput } from '../../../shared/api/contract';
import { ApiFailure, call } from '../api';
import { invalidateAfter } from './client';
import type { WriteOperation } from './invalidation';

/**
 * Runs a change through the API and then invalidates what it touched (invalidation.ts), so every screen shows
 * it at once. A refusal is thrown as the API's ApiFailure (with its field problems) for the form to show; when
 * the record was changed elsewhere, the reads are refreshed too, so the form opened again edits the current one.
 */
export async function write<N extends WriteOperation>(name: N, input: OperationInput<N>): Promise<OperationOutput<N>> {
  let value: OperationOutput<N>;
  try {
    value = await call(name, input);
  } catch (error) {
    if (error instanceof ApiFailure && error.error.details?.changedElsewhere) await invalidateAfter(name);
    throw error;
  }
  await invalidateAfter(name);
  return value;
}
