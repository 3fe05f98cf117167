// The trained weights (utils/nlp/model/ner.json, written by `npm run train`), unpacked once:
// feature string -> row, rows of int16 weights scaled back to floats.
import data from '../model/ner.json';

export interface Model {
  labels: readonly string[];
  index: Map<string, number>;
  weights: Float32Array;
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
  const q = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i] * raw.scale;
  const index = new Map<string, number>();
  raw.features.split('\n').forEach((f, i) => index.set(f, i));
  model = { labels: raw.labels, index, weights };
  return model;
}
