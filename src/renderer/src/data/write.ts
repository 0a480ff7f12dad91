import type { OperationInput, OperationOutput } from '../../../shared/api/contract';
import { call } from '../api';
import './client';
import type { WriteOperation } from './invalidation';

/**
 * Runs a change through the API. Like every call, once it succeeds (or finds its record changed elsewhere) the
 * data layer invalidates what it touched (invalidation.ts), so every screen shows it at once; this is the
 * typed name for changes. A refusal is thrown as the API's ApiFailure (with its field problems) for a form.
 */
export function write<N extends WriteOperation>(name: N, input: OperationInput<N>): Promise<OperationOutput<N>> {
  return call(name, input);
}
