/**
 * The tiny BERT-style graph: word + token-type + position embeddings, LayerNorm, one attention head masked by
 * `attention_mask`, a residual, a ReLU feed-forward block and a final LayerNorm. Small enough to build in a
 * few milliseconds, real enough that transformers.js runs it exactly like a downloaded sentence encoder.
 */
import { createRandom } from '../../../src/core/math/random';
import {
  floatTensor,
  int64Tensor,
  int8Tensor,
  ONNX_FLOAT,
  ONNX_INT64,
  type GraphSpec,
  type NodeSpec,
  type TensorSpec,
} from './onnx-proto';

/** Sizes of the tiny model. */
export interface TinyBertSizes {
  readonly vocabSize: number;
  readonly hidden: number;
  readonly ffn: number;
  readonly maxPositions: number;
  readonly typeVocabSize: number;
}

/** `fp32` stores every weight as float; `q8` stores the weight matrices as int8 behind DequantizeLinear. */
export type TinyWeightFormat = 'fp32' | 'q8';

/** The matrices that `q8` quantises: the ones that dominate a real model's size. */
const MATRICES = ['word_embeddings', 'wq', 'wk', 'wv', 'wo', 'w1', 'w2'] as const;

/**
 * 0.3: weights drawn with this standard deviation keep activations of order one through the block, so the
 * LayerNorms see varied inputs and different texts get clearly different vectors.
 */
const WEIGHT_SCALE = 0.3;
/** A large negative bias on padded positions makes their softmax weight zero in float32 (as BERT does). */
const MASK_BIAS = -10000;
/** BERT's LayerNorm epsilon. */
const LAYER_NORM_EPSILON = 1e-12;

function gaussian(count: number, scale: number, random: ReturnType<typeof createRandom>): Float32Array {
  return Float32Array.from({ length: count }, () => scale * random.nextGaussian());
}

/** Seeded weights: same seed, same model. */
function makeWeights(
  sizes: TinyBertSizes,
  seed: number,
): Map<string, { dims: number[]; values: Float32Array }> {
  const random = createRandom(seed);
  const { vocabSize, hidden, ffn, maxPositions, typeVocabSize } = sizes;
  const weights = new Map<string, { dims: number[]; values: Float32Array }>();
  const add = (name: string, dims: number[], scale: number): void => {
    weights.set(name, {
      dims,
      values: gaussian(
        dims.reduce((a, b) => a * b, 1),
        scale,
        random,
      ),
    });
  };
  add('word_embeddings', [vocabSize, hidden], 1);
  add('type_embeddings', [typeVocabSize, hidden], WEIGHT_SCALE);
  add('position_embeddings', [maxPositions, hidden], WEIGHT_SCALE);
  for (const name of ['wq', 'wk', 'wv', 'wo']) add(name, [hidden, hidden], 1 / Math.sqrt(hidden));
  add('w1', [hidden, ffn], 1 / Math.sqrt(hidden));
  add('w2', [ffn, hidden], 1 / Math.sqrt(ffn));
  for (const name of ['bq', 'bk', 'bv', 'bo', 'b2']) add(name, [hidden], 0.1);
  add('b1', [ffn], 0.1);
  for (const norm of ['ln0', 'ln1', 'ln2']) {
    weights.set(`${norm}_gamma`, { dims: [hidden], values: new Float32Array(hidden).fill(1) });
    add(`${norm}_beta`, [hidden], 0.1);
  }
  return weights;
}

/** Symmetric per-tensor int8 quantisation (zero point 0), as onnxruntime's dynamic quantiser does by default. */
function quantize(
  name: string,
  dims: number[],
  values: Float32Array,
): { tensors: TensorSpec[]; node: NodeSpec } {
  const maxAbs = values.reduce((max, value) => Math.max(max, Math.abs(value)), 0);
  const scale = maxAbs / 127 || 1;
  const q = Int8Array.from(values, (value) => Math.max(-127, Math.min(127, Math.round(value / scale))));
  return {
    tensors: [
      int8Tensor(`${name}_q`, dims, q),
      floatTensor(`${name}_scale`, [], Float32Array.of(scale)),
      int8Tensor(`${name}_zero`, [], Int8Array.of(0)),
    ],
    node: { op: 'DequantizeLinear', inputs: [`${name}_q`, `${name}_scale`, `${name}_zero`], outputs: [name] },
  };
}

function initializers(
  sizes: TinyBertSizes,
  seed: number,
  format: TinyWeightFormat,
): { tensors: TensorSpec[]; nodes: NodeSpec[] } {
  const tensors: TensorSpec[] = [];
  const nodes: NodeSpec[] = [];
  for (const [name, { dims, values }] of makeWeights(sizes, seed)) {
    if (format === 'q8' && (MATRICES as readonly string[]).includes(name)) {
      const quantized = quantize(name, dims, values);
      tensors.push(...quantized.tensors);
      nodes.push(quantized.node);
    } else {
      tensors.push(floatTensor(name, dims, values));
    }
  }
  const hidden = sizes.hidden;
  tensors.push(
    int64Tensor('zero', [], [0]),
    int64Tensor('one', [], [1]),
    int64Tensor('axis1', [1], [1]),
    floatTensor('one_f', [], Float32Array.of(1)),
    floatTensor('mask_bias', [], Float32Array.of(MASK_BIAS)),
    floatTensor('score_scale', [], Float32Array.of(1 / Math.sqrt(hidden))),
  );
  return { tensors, nodes };
}

const node = (op: string, inputs: string[], output: string, attributes?: NodeSpec['attributes']): NodeSpec =>
  attributes === undefined
    ? { op, inputs, outputs: [output] }
    : { op, inputs, outputs: [output], attributes };

const layerNorm = (input: string, norm: string, output: string): NodeSpec =>
  node('LayerNormalization', [input, `${norm}_gamma`, `${norm}_beta`], output, {
    axis: -1,
    epsilon: { float: LAYER_NORM_EPSILON },
  });

/** The operators, in topological order. */
function computeNodes(): NodeSpec[] {
  return [
    node('Gather', ['word_embeddings', 'input_ids'], 'word'),
    node('Gather', ['type_embeddings', 'token_type_ids'], 'type'),
    node('Shape', ['input_ids'], 'ids_shape'),
    node('Gather', ['ids_shape', 'one'], 'seq_len', { axis: 0 }),
    node('Range', ['zero', 'seq_len', 'one'], 'positions'),
    node('Gather', ['position_embeddings', 'positions'], 'position'),
    node('Add', ['word', 'type'], 'word_type'),
    node('Add', ['word_type', 'position'], 'embedded'),
    layerNorm('embedded', 'ln0', 'x'),
    ...['q', 'k', 'v'].flatMap((p) => [
      node('MatMul', ['x', `w${p}`], `${p}_raw`),
      node('Add', [`${p}_raw`, `b${p}`], p),
    ]),
    node('Transpose', ['k'], 'k_t', { perm: [0, 2, 1] }),
    node('MatMul', ['q', 'k_t'], 'scores_raw'),
    node('Mul', ['scores_raw', 'score_scale'], 'scores_scaled'),
    node('Cast', ['attention_mask'], 'mask_f', { to: ONNX_FLOAT }),
    node('Sub', ['one_f', 'mask_f'], 'mask_inv'),
    node('Mul', ['mask_inv', 'mask_bias'], 'mask_add'),
    node('Unsqueeze', ['mask_add', 'axis1'], 'mask_b1s'),
    node('Add', ['scores_scaled', 'mask_b1s'], 'scores'),
    node('Softmax', ['scores'], 'probs', { axis: -1 }),
    node('MatMul', ['probs', 'v'], 'context'),
    node('MatMul', ['context', 'wo'], 'attn_raw'),
    node('Add', ['attn_raw', 'bo'], 'attn'),
    node('Add', ['x', 'attn'], 'res1'),
    layerNorm('res1', 'ln1', 'h'),
    node('MatMul', ['h', 'w1'], 'ff1_raw'),
    node('Add', ['ff1_raw', 'b1'], 'ff1_pre'),
    node('Relu', ['ff1_pre'], 'ff1'),
    node('MatMul', ['ff1', 'w2'], 'ff2_raw'),
    node('Add', ['ff2_raw', 'b2'], 'ff2'),
    node('Add', ['h', 'ff2'], 'res2'),
    layerNorm('res2', 'ln2', 'last_hidden_state'),
  ];
}

/** The whole graph, with int64 inputs of symbolic `[batch_size, sequence_length]` shape, as exported BERTs have. */
export function tinyBertGraph(sizes: TinyBertSizes, seed: number, format: TinyWeightFormat): GraphSpec {
  const { tensors, nodes } = initializers(sizes, seed, format);
  const ids = (name: string) => ({ name, elemType: ONNX_INT64, dims: ['batch_size', 'sequence_length'] });
  return {
    name: 'tiny-bert',
    nodes: [...nodes, ...computeNodes()],
    initializers: tensors,
    inputs: [ids('input_ids'), ids('attention_mask'), ids('token_type_ids')],
    outputs: [
      {
        name: 'last_hidden_state',
        elemType: ONNX_FLOAT,
        dims: ['batch_size', 'sequence_length', sizes.hidden],
      },
    ],
  };
}
