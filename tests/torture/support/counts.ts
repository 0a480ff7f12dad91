/**
 * How hard the torture suite works. CI (`npm test`) runs the small defaults; `npm run torture` with
 * TORTURE_CASES=10000 (fuzz cases per operation) and TORTURE_KILLS=100 goes further.
 */
export const FUZZ_CASES = Number(process.env.TORTURE_CASES ?? 200);
export const KILLS = Number(process.env.TORTURE_KILLS ?? 20);
/** Fixed, so a failure is found again: TORTURE_SEED changes it. */
export const SEED = Number(process.env.TORTURE_SEED ?? 1212);
