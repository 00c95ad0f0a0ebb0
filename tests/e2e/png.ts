// A tiny PNG reader (8-bit RGB/RGBA, non-interlaced: what Chromium's screenshots are) so a test can
// tell a drawn canvas from a blank one without an image library.
import zlib from 'node:zlib';

export interface Image { width: number; height: number; channels: number; data: Uint8Array }

export function decodePng(buf: Buffer): Image {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let off = 8;
  let width = 0; let height = 0; let colorType = 0; let bitDepth = 0; let interlace = 0;
  const idat: Buffer[] = [];
  while (off < buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('ascii', off + 4, off + 8);
    const body = buf.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0); height = body.readUInt32BE(4);
      bitDepth = body[8]!; colorType = body[9]!; interlace = body[12]!;
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    off += 12 + len;
  }
  if (bitDepth !== 8 || interlace !== 0 || (colorType !== 2 && colorType !== 6)) throw new Error(`unsupported PNG (depth ${bitDepth}, colour type ${colorType}, interlace ${interlace})`);
  const channels = colorType === 6 ? 4 : 3;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x += 1) {
      const a = x >= channels ? out[y * stride + x - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
      let v = line[x]!;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a); const pb = Math.abs(p - b); const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + x] = v & 255;
    }
  }
  return { width, height, channels, data: out };
}

/** Pixels that differ clearly from the most common colour (the background). */
export function inkPixels(img: Image, tolerance = 40): number {
  const counts = new Map<number, number>();
  const key = (i: number) => (img.data[i]! << 16) | (img.data[i + 1]! << 8) | img.data[i + 2]!;
  for (let i = 0; i < img.data.length; i += img.channels * 7) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
  const bg = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const [br, bgG, bb] = [(bg >> 16) & 255, (bg >> 8) & 255, bg & 255];
  let n = 0;
  for (let i = 0; i < img.data.length; i += img.channels) {
    const d = Math.abs(img.data[i]! - br) + Math.abs(img.data[i + 1]! - bgG) + Math.abs(img.data[i + 2]! - bb);
    if (d > tolerance) n += 1;
  }
  return n;
}
