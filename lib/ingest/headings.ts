import { foldTraditionalCharacters } from '../text/hant.ts';
import type { SectionKind } from '../document/schema.ts';

/**
 * Section titles as resumes write them. Exact titles are matched whole (after `headingKey`);
 * keywords are matched inside a short title that is set apart as a heading ("Work Experience &
 * Projects", "实习与项目经历"). Order matters for keywords: the first kind that matches wins.
 */
const EXACT: Record<SectionKind, string[]> = {
  profile: ['基本信息', '个人信息', '联系方式', '个人资料', 'contact', 'contacts', 'contact information', 'contact info', 'personal information', 'personal details', 'personal info'],
  summary: [
    '自我评价', '个人评价', '个人简介', '个人总结', '自我介绍', '个人优势', '关于我', '个人概述', '职业概述', '求职意向', '简介', '概述',
    'summary', 'professional summary', 'career summary', 'profile', 'professional profile', 'about', 'about me', 'objective',
    'career objective', 'personal statement', 'overview', 'introduction', 'executive summary', 'summary of qualifications',
  ],
  experience: [
    '工作经历', '工作经验', '实习经历', '实习经验', '工作履历', '职业经历', '任职经历', '校园经历', '社会实践', '实践经历', '社团经历',
    '科研经历', '研究经历', '在校经历', '学生工作', '实习', '工作', '经历', '社会经历', '校园实践', '志愿经历',
    'experience', 'work experience', 'professional experience', 'work history', 'employment', 'employment history',
    'career history', 'relevant experience', 'internships', 'internship', 'internship experience', 'research experience',
    'research', 'extracurricular activity', 'extracurricular activities', 'leadership', 'leadership experience',
    'volunteer experience', 'volunteering', 'volunteer work', 'teaching experience', 'industry experience', 'activities',
    'campus involvement', 'work', 'positions', 'professional history', 'career',
  ],
  projects: [
    '项目经历', '项目经验', '项目', '项目与论文', '开源贡献', '开源项目', '个人项目', '作品', '项目作品', '代表项目',
    'projects', 'project', 'project experience', 'personal projects', 'selected projects', 'side projects', 'open source',
    'open source contributions', 'open-source contributions', 'projects & associations', 'academic projects', 'key projects',
  ],
  education: [
    '教育背景', '教育经历', '学历', '教育', '学习经历', '教育信息', '主修课程', 'education', 'academic background', 'education & training',
    'coursework', 'relevant coursework', 'academic history', 'educational background', 'academics', 'training',
  ],
  skills: [
    '专业技能', '技能', '技能特长', '个人技能', '技术栈', '技能证书', '语言能力', '技能与证书', '专业能力', '技术能力', '技能清单', '核心技能',
    'skills', 'technical skills', 'technologies', 'languages', 'tools', 'core competencies', 'competencies', 'expertise',
    'programming languages', 'skills & interests', 'skills and interests', 'technical expertise', 'key skills', 'skill set',
    'technologies & tools', 'languages & technologies', 'computer skills', 'strengths',
  ],
  awards: [
    '获奖情况', '所获奖项', '荣誉奖项', '获奖经历', '荣誉', '奖项', '荣誉证书', '获奖', '荣誉与奖项', '奖励', '所获荣誉', '荣誉奖励',
    'awards', 'honors', 'honours', 'honors & awards', 'honours & awards', 'awards & honors', 'awards & honours', 'achievements',
    'scholarships', 'selected honors', 'honors and awards', 'awards and honors', 'recognition', 'awards & achievements',
  ],
  publications: [
    '论文', '发表论文', '学术成果', '专利', '论文发表', '科研成果', '出版物', 'publications', 'papers', 'patents',
    'selected publications', 'publications & talks', 'research papers',
  ],
  resources: ['拥有资源', '资源', '人脉资源', '链接', '社交账号', '个人资源', 'resources', 'links', 'network', 'online presence', 'social'],
  other: [
    '兴趣爱好', '其他', '其它', '证书', '爱好', '语言', '附加信息', 'interests', 'hobbies', 'references', 'invited talks', 'talks',
    'presentations', 'presentation', 'writing', 'program committees', 'certificates', 'certifications', 'certificates & licenses',
    'licenses & certifications', 'additional information', 'hobbies & interests', 'miscellaneous', 'misc', 'activities & interests',
  ],
};

/** Keyword → kind for titles not in the list, tried in order; each keyword names a section by itself. */
const KEYWORDS: Array<[RegExp, SectionKind]> = [
  [/项目|projects?\b|open.?source/, 'projects'],
  [/经历|经验|实习|experience|employment|work history|internships?/, 'experience'],
  [/教育|学历|education/, 'education'],
  [/技能|skills|competenc|\bstack\b/, 'skills'],
  [/获奖|奖项|荣誉|awards?|hono(u)?rs/, 'awards'],
  [/论文|专利|publications?|patents/, 'publications'],
  [/资源|resources/, 'resources'],
  [/评价|简介|总结|summary|objective|profile/, 'summary'],
  [/证书|certific|talks|interests|hobbies|爱好|兴趣/, 'other'],
];

/**
 * Marks that may close a title ("Experience:", "项目经历 ——"). Every pattern that ends in `$` after a
 * run starts only where the run starts (the lookbehind): a pattern that may start anywhere rescans
 * the run from each of its characters, which is quadratic on a long run.
 */
const TITLE_END_MARK = String.raw`[\s*_=~\-–—|■□◆◇●○】\])）:：.。]`;
const TRAILING_MARKS = new RegExp(`(?<!${TITLE_END_MARK})${TITLE_END_MARK}+$`, 'u');

const exactKinds = new Map<string, SectionKind>();
for (const [kind, titles] of Object.entries(EXACT) as Array<[SectionKind, string[]]>) {
  for (const title of titles) exactKinds.set(headingKey(title), kind);
}

/**
 * The comparable form of a title: Simplified characters (工作經歷 is 工作经历), lower case, decorations and a trailing colon removed, letter
 * spacing ("E X P E R I E N C E", "工 作 经 历") closed up, "and" as "&".
 */
export function headingKey(title: string): string {
  let key = foldTraditionalCharacters(title)
    .toLowerCase()
    .replace(/^[#\s>*_=~\-–—|■□◆◇●○▌▍▎▏█【\[(（:：]+/u, '')
    .replace(TRAILING_MARKS, '')
    .trim();
  const tokens = key.split(' ');
  if (tokens.length > 2 && tokens.every((token) => [...token].length === 1)) key = tokens.join('');
  key = key.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
  return key.replace(/(?<!\s)\s+and\s+/g, ' & ').replace(/(?<!\s)\s*&\s*/g, ' & ').replace(/\s+/g, ' ');
}

/** Section numbering before a title: "一、", "（二）", "3.", "04". */
const NUMBERING = /^(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}\s*[、.．)]|0\d)\s*/u;

/**
 * The kind of a title that is one of the known section titles, else undefined. Numbering before
 * the title is ignored, and a bilingual title ("工作经历 Work Experience", "教育背景 / Education")
 * counts when both halves name the same kind.
 */
export function exactHeadingKind(title: string): SectionKind | undefined {
  const key = headingKey(title.replace(NUMBERING, ''));
  const kind = exactKinds.get(key);
  if (kind) return kind;
  const halves = key.split(/(?<!\s)\s*[/|｜]\s*|(?<=\p{Script=Han})\s*(?=[a-z])|(?<=[a-z])\s*(?=\p{Script=Han})/u).filter(Boolean);
  if (halves.length !== 2) return undefined;
  const [first, second] = halves.map((half) => exactKinds.get(half));
  return first && first === second ? first : undefined;
}

/** True when a line starts with section numbering ("一、工作经历"), which is not a list marker. */
export function isNumberedTitle(text: string): boolean {
  return NUMBERING.test(text.trim()) && !!exactHeadingKind(text);
}

/** The kind a short title names through one of its words, else undefined. */
export function keywordHeadingKind(title: string): SectionKind | undefined {
  const key = headingKey(title);
  for (const [pattern, kind] of KEYWORDS) if (pattern.test(key)) return kind;
  return undefined;
}

/** True when a line is short enough, and free enough of sentence marks, to be a section title. */
export function looksLikeTitle(text: string): boolean {
  const key = headingKey(text);
  if (!key || key.length > 40) return false;
  // Titles are capitalised; a lower-case word alone on a line is the end of a wrapped sentence,
  // unless it is one of the known titles (a design that sets its titles in lower case).
  const trimmed = text.trim();
  if (/^[a-z]/.test(trimmed) && (!exactHeadingKind(trimmed) || /[.,;。，；]$/u.test(trimmed))) return false;
  if (/[，。；;!?！？@]|https?:|\d{3,}/.test(key)) return false;
  const han = key.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = key.split(/\s+/).filter(Boolean).length;
  return han > 0 ? han <= 10 && words <= 3 : words <= 5;
}
