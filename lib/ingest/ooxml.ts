/**
 * A small XML reader for the parts of an Office Open XML package. Element and attribute names are
 * read through their namespace, so `w:p` means a WordprocessingML paragraph whatever prefix the
 * file chose (Word writes `w:`, other producers sometimes `ns0:`; Strict OOXML has its own URIs).
 */

export interface XmlElement {
  /** Canonical prefix and local name, e.g. `w:p`; `?:name` for a namespace this reader does not know. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|</g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses one XML part. Throws on markup that does not nest (a damaged part). */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: Array<{ element: XmlElement; raw: string; scope: Record<string, string> }> = [{ element: root, raw: '', scope: { xml: PREFIXES['http://www.w3.org/XML/1998/namespace']! } }];
  for (const match of source.matchAll(TOKEN)) {
    const [whole, cdata, closing, rawName, rawAttrs, selfClosing, text] = match;
    const top = stack.at(-1)!;
    if (text !== undefined || cdata !== undefined) {
      const value = cdata ?? decode(text!);
      // Whitespace between elements says nothing; inside a text element (w:t, w:instrText) it is text.
      if (value.trim() || top.element.name.endsWith(':t') || top.element.name.endsWith('Text')) top.element.children.push(value);
      continue;
    }
    if (whole === '<') throw new Error('malformed XML: a "<" that opens no tag');
    if (!rawName) continue;
    if (closing) {
      if (top.raw !== rawName) throw new Error(`malformed XML: </${rawName}> closes <${top.raw}>`);
      stack.pop();
      continue;
    }
    const attrs: Array<[string, string]> = [];
    let scope = top.scope;
    for (const [, name, double, single] of (rawAttrs ?? '').matchAll(ATTRIBUTE)) {
      const value = decode(double ?? single ?? '');
      if (name === 'xmlns' || name!.startsWith('xmlns:')) {
        if (scope === top.scope) scope = { ...scope };
        scope[name === 'xmlns' ? '' : name!.slice(6)] = PREFIXES[value] ?? '?';
      } else attrs.push([name!, value]);
    }
    const resolve = (name: string, element: boolean) => {
      const colon = name.indexOf(':');
      if (colon < 0) return element ? `${scope[''] ?? '?'}:${name}` : name;
      return `${scope[name.slice(0, colon)] ?? '?'}:${name.slice(colon + 1)}`;
    };
    const element: XmlElement = { name: resolve(rawName, true), attrs: Object.fromEntries(attrs.map(([name, value]) => [resolve(name, false), value])), children: [] };
    top.element.children.push(element);
    if (!selfClosing) stack.push({ element, raw: rawName, scope });
  }
  if (stack.length > 1) throw new Error(`malformed XML: <${stack.at(-1)!.raw}> is never closed`);
  const document = root.children.find((child): child is XmlElement => typeof child !== 'string');
  if (!document) throw new Error('malformed XML: no root element');
  return document;
}

/** The first child element named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((node): node is XmlElement => typeof node !== 'string' && node.name === name);
}

/** The child elements, optionally only those named `name`. */
export function elements(element: XmlElement | undefined, name?: string): XmlElement[] {
  return (element?.children ?? []).filter((node): node is XmlElement => typeof node !== 'string' && (!name || node.name === name));
}

/** Every descendant named `name`, in document order, not looking inside a match. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const node of elements(element)) {
    if (node.name === name) found.push(node);
    else found.push(...descendants(node, name));
  }
  return found;
}

/** The text content of an element (its own and its descendants' strings). */
export function textOf(element: XmlElement): string {
  return element.children.map((node) => (typeof node === 'string' ? node : textOf(node))).join('');
}
