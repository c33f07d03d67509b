/**
 * An encoder for a legacy two-byte encoding (GBK, GB18030's two-byte part, Big5), made by inverting
 * its decoder: JavaScript encodes only UTF-8. For tests and the stress corpus, which need text as
 * older Chinese editors saved it.
 */
export function legacyEncoder(encoding: string): (text: string) => Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const character = decoder.decode(Uint8Array.of(lead, trail));
        if (!table.has(character)) table.set(character, [lead, trail]);
      } catch {
        // Not a character in this encoding.
      }
    }
  }
  return (text) => Uint8Array.from([...text].flatMap((character) => {
    if (character.charCodeAt(0) < 0x80) return [character.charCodeAt(0)];
    const bytes = table.get(character);
    if (!bytes) throw new Error(`${encoding} cannot write ${character}`);
    return bytes;
  }));
}
