/**
 * The handwritten-digit network's shape and its forward pass, written out by hand: a small
 * multi-layer perceptron (784 → 80 ReLU → 10 softmax) trained on MNIST by
 * `scripts/train-digits.ts` with TensorFlow.js and committed as float32 weights
 * (`data/hand-digits.json`). Run time does not load TensorFlow.js (a development dependency; its
 * import alone costs about half a second of CPU, more than a whole scan's blanks): the forward pass
 * is 64,000 multiply-adds, a fraction of a millisecond per digit in a plain loop. (A small
 * convolutional net was tried first: TensorFlow.js's pure-JS backend trained it at more than ten
 * minutes an epoch on this machine; the perceptron with pen-like distortions trains in seconds.)
 *
 * Dense kernels are TensorFlow's [in, out] layout.
 */

/** The layers as trained; the training script builds the same shape from these numbers. */
export const HAND_NET = {
  size: 28,
  hidden: 80,
  classes: 10,
} as const;

export interface HandNetWeights {
  dense1: { kernel: Float32Array; bias: Float32Array };
  dense2: { kernel: Float32Array; bias: Float32Array };
}

/** The weights' names in the order the file stores them, with their lengths. */
export function weightShapes(): Array<[keyof HandNetWeights, 'kernel' | 'bias', number]> {
  const { size, hidden, classes } = HAND_NET;
  return [
    ['dense1', 'kernel', size * size * hidden],
    ['dense1', 'bias', hidden],
    ['dense2', 'kernel', hidden * classes],
    ['dense2', 'bias', classes],
  ];
}

function dense(input: Float32Array, kernel: Float32Array, bias: Float32Array, outN: number, relu: boolean): Float32Array {
  const out = Float32Array.from(bias);
  for (let i = 0; i < input.length; i++) {
    const v = input[i]!;
    if (v === 0) continue;
    const row = i * outN;
    for (let o = 0; o < outN; o++) out[o] = out[o]! + v * kernel[row + o]!;
  }
  if (relu) for (let o = 0; o < outN; o++) if (out[o]! < 0) out[o] = 0;
  return out;
}

/** The ten digits' probabilities for one 28×28 image (ink 1, paper 0, row by row). */
export function classify(weights: HandNetWeights, image: Float32Array): Float32Array {
  const { hidden, classes } = HAND_NET;
  const e = dense(image, weights.dense1.kernel, weights.dense1.bias, hidden, true);
  const logits = dense(e, weights.dense2.kernel, weights.dense2.bias, classes, false);
  const max = Math.max(...logits);
  let sum = 0;
  for (let i = 0; i < classes; i++) sum += logits[i] = Math.exp(logits[i]! - max);
  for (let i = 0; i < classes; i++) logits[i]! /= sum;
  return logits;
}

/** Weights from the committed file's form: each array float32 little-endian, base64. */
export function decodeWeights(file: { shapes: Array<[string, string, number]>; data: string }): HandNetWeights {
  const expected = weightShapes();
  const bytes = Buffer.from(file.data, 'base64');
  const all = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const weights = {} as Record<string, Record<string, Float32Array>>;
  let at = 0;
  expected.forEach(([layer, part, length], i) => {
    const [l, p, n] = file.shapes[i] ?? [];
    if (l !== layer || p !== part || n !== length) throw new Error(`hand-digit weights do not fit the net at ${layer}.${part}`);
    (weights[layer] ??= {})[part] = all.subarray(at, at + length);
    at += length;
  });
  if (at !== all.length) throw new Error('hand-digit weights: unexpected length');
  return weights as unknown as HandNetWeights;
}

/** The file's form of the weights (see decodeWeights). */
export function encodeWeights(weights: HandNetWeights): { shapes: Array<[string, string, number]>; data: string } {
  const shapes = weightShapes();
  const all = new Float32Array(shapes.reduce((n, [, , len]) => n + len, 0));
  let at = 0;
  for (const [layer, part, length] of shapes) {
    const w = weights[layer][part];
    if (w.length !== length) throw new Error(`${layer}.${part}: ${w.length} values, expected ${length}`);
    all.set(w, at);
    at += length;
  }
  return { shapes, data: Buffer.from(all.buffer).toString('base64') };
}

/**
 * An ink map (0 paper … 1 ink, `width`×`height`, cut to the digit's box) as MNIST shows a digit:
 * scaled, keeping its proportions, so its longer side is 20 pixels (the samples are averaged, so
 * edges are grey as MNIST's anti-aliased ones), then placed in 28×28 with its centre of mass at the
 * centre.
 */
export function toMnist(ink: Float32Array, width: number, height: number): Float32Array {
  const size = HAND_NET.size;
  const out = new Float32Array(size * size);
  if (width < 1 || height < 1) return out;
  const scale = 20 / Math.max(width, height);
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  // Supersampling: n×n samples per output pixel, each bilinear.
  const n = Math.min(6, Math.max(2, Math.ceil(1 / scale)));
  const box = new Float32Array(w * h);
  const sample = (fx: number, fy: number) => {
    const x = Math.min(width - 1, Math.max(0, fx));
    const y = Math.min(height - 1, Math.max(0, fy));
    const x0 = Math.floor(x);
    const y0 = Math.floor(y);
    const x1 = Math.min(width - 1, x0 + 1);
    const y1 = Math.min(height - 1, y0 + 1);
    const wx = x - x0;
    const wy = y - y0;
    const top = ink[y0 * width + x0]! * (1 - wx) + ink[y0 * width + x1]! * wx;
    const bottom = ink[y1 * width + x0]! * (1 - wx) + ink[y1 * width + x1]! * wx;
    return top * (1 - wy) + bottom * wy;
  };
  const sx = width / w;
  const sy = height / h;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let sum = 0;
      for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) sum += sample((x + (i + 0.5) / n) * sx - 0.5, (y + (j + 0.5) / n) * sy - 0.5);
      box[y * w + x] = sum / (n * n);
    }
  }
  let mass = 0;
  let mx = 0;
  let my = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = box[y * w + x]!;
      mass += v;
      mx += v * (x + 0.5);
      my += v * (y + 0.5);
    }
  }
  const cx = mass > 0 ? mx / mass : w / 2;
  const cy = mass > 0 ? my / mass : h / 2;
  const left = Math.max(0, Math.min(size - w, Math.round(size / 2 - cx)));
  const top = Math.max(0, Math.min(size - h, Math.round(size / 2 - cy)));
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) out[(top + y) * size + left + x] = Math.min(1, box[y * w + x]!);
  return out;
}
