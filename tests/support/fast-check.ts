import fc from 'fast-check';

/**
 * fast-check with a fixed seed: every run draws the same cases, so a failure replays and shrinks the same way.
 * FC_SEED=<n> tries another seed (a failure prints the seed and path to replay it).
 */
export const FAST_CHECK_SEED = Number(process.env.FC_SEED ?? 20_261_130);
fc.configureGlobal({ seed: FAST_CHECK_SEED });

export default fc;
