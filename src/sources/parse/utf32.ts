// UTF-32 is not in the WHATWG encoding list (so not in TextDecoder); feeds in it are rare but real.

const CHUNK = 8192;

export function decodeUtf32(b: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const units = Math.floor(b.byteLength / 4);
  const parts: string[] = [];
  for (let start = 0; start < units; start += CHUNK) {
    const codes: number[] = [];
    for (let i = start; i < Math.min(units, start + CHUNK); i++) {
      const cp = view.getUint32(i * 4, littleEndian);
      codes.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    }
    parts.push(String.fromCodePoint(...codes));
  }
  return parts.join('');
}
