// The trained weights (utils/nlp/model/ner.json, written by `npm run train`), unpacked once:
// feature string -> row, rows of int16 weights. The tagger sums the integers and never scales
// them: a sum of integers is exact in any order, so scores can be summed ahead of time per
// word (see word-info.ts) and still equal training's, which are these integers times `scale`.
import data from '../model/ner.json';

export interface Model {
  labels: readonly string[];
  index: Map<string, number>;
  /** Row-major, one row of `labels.length` weights per feature. */
  q: Int16Array;
  /** A weight's value in training's units: q[i] * scale. */
  scale: number;
}

let model: Model | null = null;

function decodeBase64(b64: string): Uint8Array {
  if (typeof atob === 'function') {
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

export function getModel(): Model {
  if (model) return model;
  const raw = data as { labels: string[]; scale: number; features: string; weights: string };
  const bytes = decodeBase64(raw.weights);
  // A copy, so the int16 view is aligned whatever offset the decoder's buffer had.
  const q = new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const index = new Map<string, number>();
  raw.features.split('\n').forEach((f, i) => index.set(f, i));
  model = { labels: raw.labels, index, q, scale: raw.scale };
  return model;
}
