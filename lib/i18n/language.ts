import { UiLanguage } from '../report/schema.ts';

/** The cookie that remembers the UI language the user picked. */
export const LANGUAGE_COOKIE = 'liangdian-lang';

/**
 * The UI language: the user's choice (cookie) first, then the browser's preference order
 * (Accept-Language, honouring q-values), then Chinese.
 */
export function pickLanguage(input: { cookie?: string | null; acceptLanguage?: string | null }): UiLanguage {
  const chosen = UiLanguage.safeParse(input.cookie);
  if (chosen.success) return chosen.data;
  const ranked = (input.acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.tag && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'zh';
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
