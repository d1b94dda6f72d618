/**
 * Encoders for the ONNX messages a small inference graph needs, with field numbers from
 * https://github.com/onnx/onnx/blob/main/onnx/onnx.proto (ModelProto → GraphProto → NodeProto / TensorProto /
 * ValueInfoProto). Only the fields the tiny model uses are written.
 */
import { ProtoWriter } from './protobuf-writer';

/** TensorProto.DataType values. */
export const ONNX_FLOAT = 1;
export const ONNX_INT8 = 3;
export const ONNX_INT64 = 7;

/** IR version 8 is the one that goes with opset 17 (ONNX 1.12). */
const IR_VERSION = 8;
export const OPSET = 17;

/** AttributeProto.AttributeType values. */
const ATTRIBUTE_FLOAT = 1;
const ATTRIBUTE_INT = 2;
const ATTRIBUTE_INTS = 7;

/** A constant tensor (weights, shapes, scalars), stored as little-endian raw bytes. */
export interface TensorSpec {
  readonly name: string;
  readonly dims: readonly number[];
  readonly dataType: number;
  readonly raw: Uint8Array;
}

/** A float32 tensor. */
export function floatTensor(name: string, dims: readonly number[], values: Float32Array): TensorSpec {
  return { name, dims, dataType: ONNX_FLOAT, raw: new Uint8Array(Float32Array.from(values).buffer) };
}

/** An int64 tensor. */
export function int64Tensor(name: string, dims: readonly number[], values: readonly number[]): TensorSpec {
  const data = BigInt64Array.from(values.map((value) => BigInt(value)));
  return { name, dims, dataType: ONNX_INT64, raw: new Uint8Array(data.buffer) };
}

/** An int8 tensor. */
export function int8Tensor(name: string, dims: readonly number[], values: Int8Array): TensorSpec {
  return { name, dims, dataType: ONNX_INT8, raw: new Uint8Array(Int8Array.from(values).buffer) };
}

/** An attribute value: a float, an int, or a list of ints (all the tiny graph needs). */
export type AttributeValue = number | readonly number[] | { readonly float: number };

/** One operator call. */
export interface NodeSpec {
  readonly op: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly attributes?: Readonly<Record<string, AttributeValue>>;
}

/** A graph input or output: a tensor type with fixed sizes or symbolic names per dimension. */
export interface ValueSpec {
  readonly name: string;
  readonly elemType: number;
  readonly dims: readonly (number | string)[];
}

function encodeTensor(tensor: TensorSpec): Uint8Array {
  const writer = new ProtoWriter().packedVarints(1, tensor.dims).varint(2, tensor.dataType);
  return writer.string(8, tensor.name).bytes(9, tensor.raw).finish();
}

function encodeAttribute(name: string, value: AttributeValue): Uint8Array {
  const writer = new ProtoWriter().string(1, name);
  if (typeof value === 'number') return writer.varint(3, value).varint(20, ATTRIBUTE_INT).finish();
  if ('float' in value) return writer.float(2, value.float).varint(20, ATTRIBUTE_FLOAT).finish();
  return writer.packedVarints(8, value).varint(20, ATTRIBUTE_INTS).finish();
}

function encodeNode(node: NodeSpec, index: number): Uint8Array {
  const writer = new ProtoWriter();
  for (const input of node.inputs) writer.string(1, input);
  for (const output of node.outputs) writer.string(2, output);
  writer.string(3, `${node.op}_${index}`).string(4, node.op);
  for (const [name, value] of Object.entries(node.attributes ?? {})) {
    writer.bytes(5, encodeAttribute(name, value));
  }
  return writer.finish();
}

function encodeValueInfo(value: ValueSpec): Uint8Array {
  const shape = new ProtoWriter();
  for (const dim of value.dims) {
    const dimension = new ProtoWriter();
    if (typeof dim === 'number') dimension.varint(1, dim);
    else dimension.string(2, dim);
    shape.bytes(1, dimension.finish());
  }
  const tensorType = new ProtoWriter().varint(1, value.elemType).bytes(2, shape.finish()).finish();
  const type = new ProtoWriter().bytes(1, tensorType).finish();
  return new ProtoWriter().string(1, value.name).bytes(2, type).finish();
}

/** A whole graph, ready to be wrapped in a model. */
export interface GraphSpec {
  readonly name: string;
  readonly nodes: readonly NodeSpec[];
  readonly initializers: readonly TensorSpec[];
  readonly inputs: readonly ValueSpec[];
  readonly outputs: readonly ValueSpec[];
}

/** Encodes a ModelProto (IR 8, default-domain opset 17) holding `graph`: the bytes of a `.onnx` file. */
export function encodeModel(graph: GraphSpec): Uint8Array {
  const body = new ProtoWriter();
  graph.nodes.forEach((node, index) => body.bytes(1, encodeNode(node, index)));
  body.string(2, graph.name);
  for (const tensor of graph.initializers) body.bytes(5, encodeTensor(tensor));
  for (const input of graph.inputs) body.bytes(11, encodeValueInfo(input));
  for (const output of graph.outputs) body.bytes(12, encodeValueInfo(output));
  const opset = new ProtoWriter().string(1, '').varint(2, OPSET).finish();
  return new ProtoWriter()
    .varint(1, IR_VERSION)
    .string(2, 'embedding-studio-tests')
    .bytes(7, body.finish())
    .bytes(8, opset)
    .finish();
}
