import type { Page } from 'playwright-core';
import type { OperationName, OperationOutput } from '../../../src/shared/api/contract';

/** Calls the API from inside the page, with the page's token, exactly as the renderer does. */
export async function api<N extends OperationName>(page: Page, name: N, input: unknown): Promise<OperationOutput<N>> {
  const result = await page.evaluate(
    async ([name, input]) => {
      const token = sessionStorage.getItem('planner.apiToken')!;
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Planner-Token': token },
        body: JSON.stringify(input),
      });
      return response.json();
    },
    [name, input] as const,
  );
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as OperationOutput<N>;
}
