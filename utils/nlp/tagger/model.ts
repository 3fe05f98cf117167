// The trained weights (utils/nlp/model/ner.json, written by `npm run train`), unpacked once:
// feature string -> row; per stage, rows of int8 weights scaled back to floats and a matrix of
// label-to-label transition scores.
import data from '../model/ner.json';
import { LABELS, NL } from './features';
import { T } from './decode';

export interface Stage {
  weights: Float32Array;
  transitions: Float64Array;
}

export interface Model {
  index: Map<string, number>;
  rows: number;
  stages: Stage[];
}

interface Raw {
  labels: string[];
  features: string;
  stages: { scale: number; weights: string; transitions: number[] }[];
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
  const raw = data as unknown as Raw;
  if (raw.labels.join() !== LABELS.join()) throw new Error('tagger model labels do not match the code');
  const names = raw.features.split('\n');
  const index = new Map<string, number>();
  names.forEach((f, i) => index.set(f, i));
  const stages = raw.stages.map((s) => {
    const bytes = decodeBase64(s.weights);
    const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const weights = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) weights[i] = q[i] * s.scale;
    if (weights.length !== names.length * NL || s.transitions.length !== T * T) throw new Error('tagger model is damaged');
    return { weights, transitions: Float64Array.from(s.transitions) };
  });
  model = { index, rows: names.length, stages };
  return model;
}
