// Writes resources/samples/teaching-corpus-ru-en.txt: the bundled bilingual teaching corpus.
// Run: node resources/corpora/generate-teaching-corpus.mjs   (seeded: the same output every time)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES } from './teaching-corpus-vocabulary.mjs';

/** 8,800 sentences per language at ~7–8 words each: over 60,000 tokens per language, ~1.2 MB of text. */
const SENTENCES_PER_LANGUAGE = 8800;
/** Fixed, so the committed file is reproducible byte for byte. */
const SEED = 20240901;

/** mulberry32, as in src/core/math/random.ts. @param {number} seed */
function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = createRandom(SEED);
/** @template T @param {readonly T[]} items @returns {T} */
const pick = (items) => /** @type {T} */ (items[Math.floor(random() * items.length)]);

/** Two different items. @param {readonly string[]} items */
function pickTwo(items) {
  const first = pick(items);
  let second = pick(items);
  while (second === first) second = pick(items);
  return [first, second];
}

/** One sentence of a category in a language. @param {import('./teaching-corpus-vocabulary.mjs').LanguageSide} side */
function sentence(side) {
  const [x, y] = pickTwo(side.words);
  const [e, e2] = pickTwo(side.extras);
  const text = pick(side.templates)
    .replace('{X}', x)
    .replace('{Y}', y)
    .replace('{p}', pick(side.places))
    .replace('{e2}', e2)
    .replace('{e}', e);
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

const categories = Object.values(CATEGORIES);
const lines = [];
for (const language of /** @type {const} */ (['ru', 'en'])) {
  for (let i = 0; i < SENTENCES_PER_LANGUAGE; i++) lines.push(sentence(pick(categories)[language]));
}
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples', 'teaching-corpus-ru-en.txt');
writeFileSync(target, lines.join('\n') + '\n');
const tokens = lines.join(' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
console.log(`Wrote ${lines.length} sentences, ${tokens} tokens, to ${target}`);
