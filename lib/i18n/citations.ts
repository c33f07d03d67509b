import type { Citation, Localized, UiLanguage } from '../report/schema.ts';

/** Each rule's name in words, for people; the id stays the key. */
export const RULE_NAMES: Record<string, Localized> = {
  highlights: { zh: '工作亮点：有没有写出结果', en: 'Highlights: results, not duties' },
  'task-list': { zh: '任务清单式写法', en: 'Duty lists instead of results' },
  'project-ownership': { zh: '项目主导：你牵头做成了什么', en: 'Project ownership: what you led' },
  resources: { zh: '拥有的资源', en: 'Resources you bring' },
  'role-fit': { zh: '岗位匹配', en: 'Fit with the target role' },
  contact: { zh: '联系方式', en: 'Contact details' },
  length: { zh: '篇幅', en: 'Length' },
  dates: { zh: '时间写法', en: 'Dates' },
  'first-person': { zh: '第一人称', en: 'First person' },
  filler: { zh: '空泛的自我评价', en: 'Buzzwords' },
  'repeated-opener': { zh: '开头动词重复', en: 'Repeated opening verbs' },
  'long-bullet': { zh: '条目过长', en: 'Overlong lines' },
  'private-data': { zh: '不必要的个人信息', en: 'Unneeded personal data' },
  'document-diagnostics': { zh: '文件能否被读取', en: 'Whether the file can be read' },
};

/** The advice a citation names, by its title in words rather than its file name. */
const SOURCE_TITLES: Record<string, Localized> = {
  'community-ops-and-resume-advice.zh.txt': { zh: '运营文章：社群运营与简历怎么写', en: 'Operations article: community operations and how to write the resume' },
  'internet-ops-work-and-careers.en.txt': { zh: '运营文章：互联网运营做什么、职业发展', en: 'Operations article: what internet operations work is, and careers' },
  'ops-positions-where-to-start.en.txt': { zh: '运营文章：转行运营从哪个岗位开始', en: 'Operations article: which operations role to start in' },
  'ops-roles-core-abilities.zh.txt': { zh: '运营文章：各类运营岗位的核心能力', en: 'Operations article: the core abilities of each operations role' },
  'what-ops-does-abilities.zh-hant.txt': { zh: '运营文章：运营做什么、需要什么能力', en: 'Operations article: what operations does and the abilities it needs' },
  'common resume practice': { zh: '通行的简历写法（高校就业指导等公开建议）', en: 'Common resume practice (university career guides and similar public advice)' },
};

/** Chinese readers' version of advice quoted in English (the project's own translation). */
const QUOTES_IN_CHINESE: Record<string, string> = {
  contact: '在最上方写上手机号和一个正式的邮箱',
  dates: '每段经历的时间写法一致（年和月）',
  'document-diagnostics': '提交招聘系统能读取文字的 PDF',
  filler: '用事实代替空话：招聘方会跳过“吃苦耐劳”“团队合作”这类自我评价',
  'first-person': '每条用动词开头，省去“我”和“我的”',
  length: '简历控制在一页，经历很长也不超过两页',
  'long-bullet': '每条控制在一到两行',
  'repeated-opener': '换着用动词，不要每条都用同一个词开头',
};

/** A citation as people read it: the source's title, the advice in the UI language, and the original words when they differ. */
export interface ReadableCitation { title: string; quote: string; original: string | null }

const isChinese = (text: string) => /[\u3400-\u9fff]/.test(text);

/** Notes for maintainers ("RULEBOOK section 5") are not for readers. */
const withoutNotes = (text: string) => text.replace(/\s*\((?:see )?RULEBOOK[^)]*\)/gi, '').trim();

export function readableCitation(why: Citation, ruleId: string, language: UiLanguage): ReadableCitation {
  const title = SOURCE_TITLES[why.source]?.[language] ?? why.source.replace(/\.[a-z-]+\.txt$/i, '').replace(/[-_]/g, ' ');
  const quoteLanguage: UiLanguage = isChinese(why.quote) ? 'zh' : 'en';
  if (quoteLanguage === language) return { title, quote: why.quote, original: null };
  const translated = language === 'en' ? (why.gloss && withoutNotes(why.gloss)) : QUOTES_IN_CHINESE[ruleId];
  return translated ? { title, quote: translated, original: why.quote } : { title, quote: why.quote, original: null };
}

export function ruleName(ruleId: string, language: UiLanguage): string {
  return RULE_NAMES[ruleId]?.[language] ?? ruleId;
}
