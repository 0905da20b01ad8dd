// What a file costs to ship: raw, gzipped (level 9) and brotli (quality 11), in
// bytes. Shared by the build's size table and the benchmark's.
import zlib from 'node:zlib';

export function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
