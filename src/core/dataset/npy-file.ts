import { StudioError } from '../../shared/errors';
import { writeNpyFloat32 } from '../export/npy-writer';
import { toEmbeddingMatrix, type EmbeddingMatrix } from '../math/matrix-types';

/** "\x93NUMPY": the magic string every .npy file starts with. */
const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59];
/** Magic (6) + version (2) + a u16 header length in version 1; version 2 and 3 use a u32. */
const PREFIX_V1 = 10;
const PREFIX_V2 = 12;

interface NpyHeader {
  readonly descr: string;
  readonly fortranOrder: boolean;
  readonly shape: number[];
}

function npyError(fileName: string, what: string): StudioError {
  return new StudioError('unsupported-format', `${fileName}: ${what}`, { file: fileName });
}

function parseHeader(fileName: string, header: string): NpyHeader {
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) {
    throw npyError(fileName, 'the .npy header is missing descr, fortran_order or shape.');
  }
  const shape = shapeText
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(Number);
  if (shape.some((size) => !Number.isSafeInteger(size) || size < 0)) {
    throw npyError(fileName, `the .npy shape (${shapeText}) is not a list of sizes.`);
  }
  return { descr, fortranOrder: fortran === 'True', shape };
}

function readHeader(fileName: string, bytes: Uint8Array): { header: NpyHeader; dataOffset: number } {
  if (bytes.length < PREFIX_V1 || !MAGIC.every((value, index) => bytes[index] === value)) {
    throw npyError(fileName, 'not a NumPy .npy file (the magic "\\x93NUMPY" is missing).');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = bytes[6] ?? 0;
  const prefix = major === 1 ? PREFIX_V1 : PREFIX_V2;
  if (bytes.length < prefix) throw npyError(fileName, 'the .npy header is cut off.');
  const length = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  if (prefix + length > bytes.length) throw npyError(fileName, 'the .npy header is cut off.');
  const decoder = new TextDecoder(major === 3 ? 'utf-8' : 'latin1');
  const text = decoder.decode(bytes.subarray(prefix, prefix + length));
  return { header: parseHeader(fileName, text), dataOffset: prefix + length };
}

/** Reads one value per element in C order; big- and little-endian float32/float64 are accepted. */
function readValues(
  fileName: string,
  bytes: Uint8Array,
  offset: number,
  descr: string,
  count: number,
): Float32Array<ArrayBuffer> {
  const match = /^([<>|=])f([48])$/.exec(descr);
  if (match === null) {
    throw npyError(
      fileName,
      `the array's dtype is "${descr}"; vectors must be float32 ("<f4") or float64 ("<f8").`,
    );
  }
  const width = Number(match[2]);
  const littleEndian = match[1] !== '>';
  if (offset + count * width > bytes.length) {
    throw npyError(fileName, `the data is cut off: ${count} values need ${count * width} bytes.`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, count * width);
  const values = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    values[i] = width === 4 ? view.getFloat32(i * 4, littleEndian) : view.getFloat64(i * 8, littleEndian);
  }
  return values;
}

function transpose(values: Float32Array<ArrayBuffer>, rows: number, cols: number): Float32Array<ArrayBuffer> {
  const out = new Float32Array(values.length);
  for (let col = 0; col < cols; col++) {
    for (let row = 0; row < rows; row++) out[row * cols + col] = values[col * rows + row] ?? 0;
  }
  return out;
}

/**
 * Reads a NumPy `.npy` 2-D float32/float64 array (rows × dimensions) as vectors. Other dtypes and ranks
 * fail with a message naming the file and what was found; Fortran order is transposed to rows.
 */
export function readNpy(fileName: string, bytes: Uint8Array): EmbeddingMatrix {
  const { header, dataOffset } = readHeader(fileName, bytes);
  const [rows, cols] = header.shape;
  if (header.shape.length !== 2 || rows === undefined || cols === undefined) {
    throw npyError(
      fileName,
      `the array has ${header.shape.length} dimension(s) (shape (${header.shape.join(', ')})); vectors need a 2-D array (rows × dimensions).`,
    );
  }
  if (rows === 0 || cols === 0) {
    throw new StudioError('empty-file', `${fileName} holds an empty ${rows} × ${cols} array.`, {
      file: fileName,
    });
  }
  const values = readValues(fileName, bytes, dataOffset, header.descr, rows * cols);
  return toEmbeddingMatrix(header.fortranOrder ? transpose(values, rows, cols) : values, rows, cols);
}

/** Writes vectors as a version 1.0 `.npy` float32 array (little-endian, C order), as NumPy does. */
export function writeNpy(matrix: EmbeddingMatrix): Uint8Array<ArrayBuffer> {
  return writeNpyFloat32(matrix.data, [matrix.rows, matrix.cols]);
}
