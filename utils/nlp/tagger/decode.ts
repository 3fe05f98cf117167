// Viterbi decoding over BILOU labels with a first-order transition matrix; shared by training
// and the run-time tagger.
import { NL, allowed } from './features';

/** Transition matrix size: labels plus one row for "start" and one column for "end". */
export const T = NL + 1;

/** -Infinity where a transition is not allowed (I-X after O, B-X then O, ...), else 0. */
export const MASK: Float64Array = (() => {
  const m = new Float64Array(T * T);
  for (let a = 0; a < T; a++) for (let b = 0; b < T; b++) m[a * T + b] = allowed(a === NL ? -1 : a, b === NL ? -1 : b) ? 0 : -Infinity;
  return m;
})();

/** For each label b, the labels that may precede it (BILOU allows few: O, L-*, U-* before a new
 * entity or O; B-X, I-X before I-X or L-X). Decoding only looks at these. */
const PREV: Int32Array[] = Array.from({ length: NL }, (_, b) => {
  const out: number[] = [];
  for (let a = 0; a < NL; a++) if (MASK[a * T + b] === 0) out.push(a);
  return Int32Array.from(out);
});

/**
 * Best label sequence for emission scores em[(off + i) * NL + k], i < n. trans[a * T + b] is the
 * score of label b after label a (row NL: start of sentence; column NL: end). Writes labels to
 * out[off + i]. Scratch arrays are passed in to avoid allocation.
 */
export function viterbi(
  em: ArrayLike<number>,
  off: number,
  n: number,
  trans: ArrayLike<number>,
  out: { [i: number]: number },
  scratch: { score: Float64Array; back: Int32Array },
): void {
  if (n <= 0) return;
  let { score, back } = scratch;
  if (score.length < n * NL) {
    scratch.score = score = new Float64Array(n * NL * 2);
    scratch.back = back = new Int32Array(n * NL * 2);
  }
  const e0 = off * NL;
  for (let b = 0; b < NL; b++) score[b] = em[e0 + b] + trans[NL * T + b] + MASK[NL * T + b];
  for (let i = 1; i < n; i++) {
    const p = (i - 1) * NL;
    const q = i * NL;
    const e = (off + i) * NL;
    for (let b = 0; b < NL; b++) {
      const prev = PREV[b];
      let arg = prev[0];
      let best = score[p + arg] + trans[arg * T + b];
      for (let j = 1; j < prev.length; j++) {
        const a = prev[j];
        const s = score[p + a] + trans[a * T + b];
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[q + b] = best + em[e + b];
      back[q + b] = arg;
    }
  }
  const q = (n - 1) * NL;
  let best = -Infinity;
  let arg = 0;
  for (let a = 0; a < NL; a++) {
    const s = score[q + a] + trans[a * T + NL] + MASK[a * T + NL];
    if (s > best) {
      best = s;
      arg = a;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[off + i] = arg;
    arg = back[i * NL + arg];
  }
}
