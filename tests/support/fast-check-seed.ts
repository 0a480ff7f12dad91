import fc from 'fast-check';

/**
 * Setup file of the unit project: fast-check with a fixed seed, so every run draws the same cases and a failure
 * replays and shrinks the same way. FC_SEED=<n> tries another seed (a failure prints the seed and path to replay).
 */
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_130) });
