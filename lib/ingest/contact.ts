import type { Contact, Field } from '../document/schema.ts';
import { exactHeadingKind, keywordHeadingKind } from './headings.ts';

/** Longest local part and domain of an email address (RFC 5321); bounding them keeps the scan linear on hostile lines. */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;
const LOCAL_CHAR = /[\w.+-]/;
const ALNUM = /[A-Za-z0-9]/;
const DOMAIN = /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;
/** Chinese mobile (optionally +86), or an international / landline number with at least 8 digits. */
const PHONE = /(?<![\w.@/])(?:(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}|\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}|\(\d{3}\)\s?\d{3}[\s.-]\d{4}|\d{3}[.-]\d{3}[.-]\d{4}|0\d{2,3}-\d{7,8})(?![\w@])/g;
/**
 * Links: a scheme or www. (at most 2,048 characters, the longest URL browsers keep), a profile on a
 * known site, or a bare domain name. A bare domain starts where a word starts (not after ".", "-"
 * or "@"), so no character is scanned by more than one attempt and a long line takes linear time.
 */
const URL = /(?:https?:\/\/|www\.)[^\s，。、)）]{1,2048}(?![^\s，。、)）])|(?<![@\w.])(?:github\.com|gitlab\.com|linkedin\.com|gitee\.com|zhihu\.com|weibo\.com|twitter\.com|x\.com|medium\.com|behance\.net|dribbble\.com)\/[^\s，。、)）]+|(?<![@\w.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|io|dev|me|net|org|ai|site|blog)(?:\/[^\s，。、)）]*)?(?![\w@])/gi;
const LOCATION_LABEL = /(?:现居(?:住)?地?|所在地|居住地|地址|城市|location|address|based in)\s*[:：]?\s*([^\s|,，/·•]{2,30}(?:[ ,，][A-Z][A-Za-z]+)?)/i;
const EN_LOCATION = /(?:^|[|·•]\s*)([A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+)*, (?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?))(?=\s*(?:[|·•]|$))/m;
/** Cities Chinese resumes most often name, as a pattern's alternatives. */
export const CITY_NAMES = '北京|上海|广州|深圳|杭州|成都|南京|武汉|西安|苏州|天津|重庆|长沙|厦门|青岛|郑州|合肥|东莞|佛山|宁波|无锡|济南|大连|福州|昆明|香港|台北|澳门|沈阳|哈尔滨|长春|石家庄|太原|南昌|南宁|贵阳|兰州|海口|珠海|台中|高雄|新竹';
const CITY = new RegExp(`(?:^|[\\s|·•,，])((?:${CITY_NAMES})(?:市)?(?:[\\u4e00-\\u9fff]{1,3}区)?)(?=$|[\\s|·•,，])`);

/** Without trailing sentence punctuation (a loop: `/[.,;:]+$/` is quadratic on a long run of dots). */
function withoutTrailingPunctuation(value: string): string {
  let end = value.length;
  while (end > 0 && '.,;:'.includes(value[end - 1]!)) end--;
  return value.slice(0, end);
}

function field(text: string, start: number, end: number, offset: number): Field {
  const value = withoutTrailingPunctuation(text.slice(start, end));
  return { value, span: { start: offset + start, end: offset + start + value.length } };
}

function fields(text: string, pattern: RegExp, offset: number): Field[] {
  return [...text.matchAll(pattern)].map((match) => field(text, match.index, match.index + match[0].length, offset));
}

/**
 * Email addresses, found from each "@": the local part is the run of address characters before it
 * (from its first letter or digit, at most 64), the domain what follows (at most 255). Anchoring on
 * "@" and bounding both parts keeps this linear where a pattern starting anywhere was quadratic.
 */
function emailFields(text: string, offset: number): Field[] {
  const found: Field[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > from && at - start <= MAX_LOCAL && LOCAL_CHAR.test(text[start - 1]!)) start--;
    if (at - start > MAX_LOCAL) continue;
    while (start < at && !ALNUM.test(text[start]!)) start++;
    if (start === at) continue;
    const tail = text.slice(at + 1, at + 2 + MAX_DOMAIN);
    DOMAIN.lastIndex = 0;
    const domain = DOMAIN.exec(tail);
    if (!domain || domain[0].length > MAX_DOMAIN) continue;
    const email = field(text, start, at + 1 + domain[0].length, offset);
    found.push(email);
    from = email.span.end - offset;
    at = from - 1;
  }
  return found;
}

/** The start of a link of its own: a scheme, www., or a domain name. */
const LINK_START = /^(?:https?:|www\.)|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|io|dev|me|net|org|ai|site|blog)\b/i;

/**
 * A link that runs past the end of its line goes on at the start of the next one (a PDF wraps a long
 * URL after "-", "/" and the like, with no space): the value joins the two parts, the span covers both.
 */
const WRAPPED_TAIL = /\n([^\s，。、)）|·•]+)(?=\s|$)/y;

function joinWrapped(text: string, url: Field): Field {
  WRAPPED_TAIL.lastIndex = url.span.end;
  const next = WRAPPED_TAIL.exec(text);
  if (!next) return url;
  const tail = withoutTrailingPunctuation(next[1]!);
  const broken = /[-/_.=&?#~%]$/.test(url.value) || tail.includes('/');
  if (!broken || !tail || LINK_START.test(tail) || /[@\p{Script=Han}]/u.test(tail)) return url;
  return { value: url.value + tail, span: { start: url.span.start, end: url.span.end + 1 + tail.length } };
}

function overlaps(a: Field, list: Field[]): boolean {
  return list.some((b) => a.span.start < b.span.end && b.span.start < a.span.end);
}

/** A handle or a name in another script in brackets after a name. */
const HANDLE = /\s*[(（][^()（）]{1,40}[)）]$/u;

/** Does this line look like a person's name (Chinese 2–4 characters, or 2–4 capitalised words)? */
export function looksLikeName(line: string): boolean {
  // A handle or a name in another script after the name ("Yihong (yihong0618)") does not make it less of one.
  const t = line.trim().replace(HANDLE, '');
  // A section title ("About Me", "个人信息") is never the person's name.
  if (exactHeadingKind(t) || keywordHeadingKind(t)) return false;
  if (/^[\u4e00-\u9fff]{2,4}$/.test(t)) return !/简历|履历|个人|信息|经历|求职/.test(t);
  if (/^(?:\p{Lu}[\p{L}'’.-]+|\p{Lu}{2,})(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}{2,})){0,3}$/u.test(t) && (/\s/.test(t) || /[(（]/.test(line))) return !/resume|curriculum|vitae|cv\b/i.test(t);
  return false;
}

/**
 * Contact details. Emails, phones and links anywhere in the header block (and anywhere in the
 * document as a fallback for emails); the name is the first line of the header that looks like one
 * (or follows 姓名/Name:).
 */
export function extractContact(text: string, header: { start: number; end: number }): Contact {
  const head = text.slice(header.start, header.end);
  const emails = emailFields(head, header.start);
  const all = emails.length ? emails : emailFields(text, 0);
  const phones = fields(head, PHONE, header.start).filter((phone) => phone.value.replace(/\D/g, '').length >= 8 && phone.value.replace(/\D/g, '').length <= 15);
  const urls = fields(head, URL, header.start)
    .filter((url) => !overlaps(url, all) && !/^\d+(\.\d+)+$/.test(url.value))
    .map((url) => joinWrapped(text.slice(0, header.end), url));
  const contact: Contact = { emails: all, phones, urls };

  const labelled = /(?:姓\s*名|name)\s*[:：]\s*([\u4e00-\u9fff]{2,4}|[A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+){0,3})/.exec(head);
  if (labelled) {
    const start = header.start + labelled.index + labelled[0].length - labelled[1]!.length;
    contact.name = { value: labelled[1]!, span: { start, end: start + labelled[1]!.length } };
  } else {
    let offset = header.start;
    for (const line of head.split('\n')) {
      const lead = line.length - line.trimStart().length;
      const written = line.trim().replace(/^#+\s*/, '');
      // The name without a handle written after it ("Yihong (yihong0618)").
      const candidate = written.replace(HANDLE, '');
      if (looksLikeName(written)) {
        const start = offset + line.indexOf(candidate, lead);
        contact.name = { value: candidate, span: { start, end: start + candidate.length } };
        break;
      }
      offset += line.length + 1;
    }
  }

  const location = LOCATION_LABEL.exec(head) ?? CITY.exec(head) ?? EN_LOCATION.exec(head);
  if (location) {
    const value = location[1]!;
    const start = header.start + location.index + location[0].indexOf(value);
    contact.location = { value, span: { start, end: start + value.length } };
  }
  return contact;
}
