/**
 * V8 runs a pattern's first matches in its bytecode interpreter and compiles it to machine code only
 * afterwards, so each big pattern is compiled twice and its first matches run slowly: about 1 ms per
 * phrase list, 40 ms over the first review in a process (a CLI run). A match attempt on a subject of
 * 1,000 characters or more makes V8 compile machine code at once; one attempt on a subject nothing in
 * our patterns matches (NUL characters) does that for a few microseconds of matching.
 */
const LONG_SUBJECT = '\u0000'.repeat(1024);
const ready = new WeakSet<RegExp>();

/** `pattern`, compiled to machine code on its first use; matching is unchanged (lastIndex is left at 0). */
export function compiled<T extends RegExp>(pattern: T): T {
  if (!ready.has(pattern)) {
    ready.add(pattern);
    pattern.lastIndex = 0;
    pattern.test(LONG_SUBJECT);
    pattern.lastIndex = 0;
  }
  return pattern;
}

/**
 * Every match of a global pattern in `text`, at most `most`, through exec on the pattern itself:
 * String#matchAll builds a copy of the pattern on every call, which on our short lines costs more
 * than the matching. Empty matches are kept and stepped over by a whole character, as matchAll does.
 */
export function execAll(pattern: RegExp, text: string, most = Infinity): RegExpExecArray[] {
  const regex = compiled(pattern);
  const found: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  while (found.length < most) {
    const m = regex.exec(text);
    if (!m) break;
    found.push(m);
    if (m[0].length === 0) regex.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  regex.lastIndex = 0;
  return found;
}
