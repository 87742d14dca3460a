/**
 * Bytes as ExcelJS's typings ask for them, an ArrayBuffer (JSZip takes one in Node and in browsers
 * alike): the array's own buffer when it covers all of it, else a copy of just its bytes.
 */
export function forExcelJs(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole && bytes.buffer instanceof ArrayBuffer ? bytes.buffer : bytes.slice().buffer;
}
