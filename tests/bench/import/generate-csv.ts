import { closeSync, openSync, writeSync } from 'node:fs';
import { createRandom } from '../../../src/core/math/random';

/** Words the generated texts are made of: Russian and English, as in the app's teaching samples. */
const WORDS = [
  'кошка',
  'собака',
  'мышь',
  'компьютер',
  'клавиатура',
  'монитор',
  'дерево',
  'река',
  'город',
  'книга',
  'cat',
  'dog',
  'mouse',
  'computer',
  'keyboard',
  'screen',
  'tree',
  'river',
  'city',
  'book',
  'quick',
  'brown',
  'fox',
  'jumps',
  'over',
  'lazy',
  'слово',
  'смысл',
  'вектор',
  'карта',
];

/** 12 labels of unequal sizes (label k is drawn with weight k + 1), so stratification has something to keep. */
const LABELS = Array.from({ length: 12 }, (_, index) => `label-${index + 1}`);
const LABEL_WEIGHTS = LABELS.map((_, index) => index + 1);
const WEIGHT_TOTAL = LABEL_WEIGHTS.reduce((sum, weight) => sum + weight, 0);

/** 8 MiB of text per write: few system calls, little memory. */
const WRITE_CHARS = 8 * 1024 * 1024;

function pickLabel(draw: number): string {
  let left = draw * WEIGHT_TOTAL;
  for (let index = 0; index < LABELS.length; index++) {
    left -= LABEL_WEIGHTS[index] ?? 0;
    if (left < 0) return LABELS[index] ?? '';
  }
  return LABELS.at(-1) ?? '';
}

/**
 * Writes a CSV of about `targetBytes` (a header `id,text,label,x,y,score`, then rows of 4–16 words, one of 12
 * labels and three numbers; every tenth text is quoted and holds a comma) and returns its row count.
 */
export function generateCsv(path: string, targetBytes: number, seed: number): number {
  const random = createRandom(seed);
  const fd = openSync(path, 'w');
  let written = 0;
  let rows = 0;
  try {
    let buffer = 'id,text,label,x,y,score\n';
    // Bytes of `buffer` counted line by line: measuring the whole buffer each row would be quadratic.
    let buffered = buffer.length;
    while (written + buffered < targetBytes) {
      const count = 4 + Math.floor(random.next() * 13);
      const words = Array.from({ length: count }, () => WORDS[Math.floor(random.next() * WORDS.length)]);
      const text = rows % 10 === 0 ? `"${words.join(', ')}"` : words.join(' ');
      const numbers = [random.nextGaussian(), random.nextGaussian(), random.next()].map((value) =>
        value.toFixed(6),
      );
      const line = `${rows},${text},${pickLabel(random.next())},${numbers.join(',')}\n`;
      buffer += line;
      buffered += Buffer.byteLength(line);
      rows++;
      if (buffer.length >= WRITE_CHARS) {
        written += writeSync(fd, buffer);
        buffer = '';
        buffered = 0;
      }
    }
    written += writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  return rows;
}
