/**
 * Property tests in `npm test` are repeatable: every fast-check run without a seed of its own uses this
 * one, so CI cannot turn red on an input nobody has seen. FUZZ_SEED=random (or a number) explores other
 * inputs, in Node; a failure prints the seed and path that reproduce it.
 */
import fc from 'fast-check';

const asked = typeof process === 'undefined' ? undefined : process.env['FUZZ_SEED'];
fc.configureGlobal({ seed: asked === 'random' ? Date.now() % 2 ** 31 : Number(asked ?? 20_261_123) });
