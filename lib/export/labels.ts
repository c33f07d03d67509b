import type { Band, Dimension, Role, Severity, UiLanguage } from '../report/schema.ts';
import type { Decision } from '../mentor/schema.ts';

/** Every fixed word an export prints, in both interface languages. */
const labels = {
  zh: {
    title: '简历评审报告',
    product: '亮点 Liangdian',
    exportedAt: '导出时间',
    file: '文件',
    targetRole: '目标岗位',
    inferredRole: '推断岗位',
    noRole: '未指定',
    score: '总分',
    dimensions: '各维度得分',
    topFixes: '优先修改',
    gain: '提升',
    points: '分',
    resume: '简历原文与标注',
    findings: '问题与建议',
    overall: '整体',
    line: '行',
    page: '页',
    words: '原文',
    why: '为什么',
    fix: '怎么改',
    template: '参考写法',
    mentor: '导师意见',
    comments: '导师评论',
    reply: '回复',
    outdated: '原文已修改',
    resolved: '已解决',
    verdicts: '导师结论',
    signedOff: '已签署通过',
    notSignedOff: '尚未通过',
    noFindings: '没有发现问题。',
    masked: '已隐去姓名、电话、邮箱和地址。',
    source: '出处',
    findingAuthor: '亮点',
  },
  en: {
    title: 'Resume review report',
    product: 'Liangdian 亮点',
    exportedAt: 'Exported',
    file: 'File',
    targetRole: 'Target role',
    inferredRole: 'Inferred role',
    noRole: 'not given',
    score: 'Score',
    dimensions: 'Dimensions',
    topFixes: 'Fix these first',
    gain: 'gain',
    points: 'pts',
    resume: 'Resume with highlights',
    findings: 'Findings',
    overall: 'Whole resume',
    line: 'line',
    page: 'page',
    words: 'Words',
    why: 'Why',
    fix: 'Fix',
    template: 'Example',
    mentor: 'Mentor',
    comments: 'Mentor comments',
    reply: 'Reply',
    outdated: 'words since changed',
    resolved: 'resolved',
    verdicts: 'Mentor verdict',
    signedOff: 'signed off',
    notSignedOff: 'not signed off yet',
    noFindings: 'No findings.',
    masked: 'Name, phone, email and address are masked.',
    source: 'Source',
    findingAuthor: 'Liangdian',
  },
} as const satisfies Record<UiLanguage, Record<string, string>>;

export type Labels = { [K in keyof (typeof labels)['en']]: string };

const severities: Record<Severity, Record<UiLanguage, string>> = {
  error: { zh: '必须修改', en: 'Must fix' },
  warning: { zh: '建议修改', en: 'Should fix' },
  suggestion: { zh: '可以更好', en: 'Could improve' },
  praise: { zh: '亮点', en: 'Strength' },
};

const dimensions: Record<Dimension, Record<UiLanguage, string>> = {
  highlights: { zh: '工作亮点', en: 'Highlights' },
  ownership: { zh: '项目主导', en: 'Ownership' },
  resources: { zh: '拥有资源', en: 'Resources' },
  roleFit: { zh: '岗位匹配', en: 'Role fit' },
  clarity: { zh: '表达清晰', en: 'Clarity' },
};

const bands: Record<Band, Record<UiLanguage, string>> = {
  excellent: { zh: '优秀', en: 'Excellent' },
  good: { zh: '良好', en: 'Good' },
  fair: { zh: '一般', en: 'Fair' },
  weak: { zh: '较弱', en: 'Weak' },
};

const roles: Record<Role, Record<UiLanguage, string>> = {
  'user-ops': { zh: '用户运营', en: 'User operations' },
  'content-ops': { zh: '内容运营', en: 'Content operations' },
  'community-ops': { zh: '社群运营', en: 'Community operations' },
  'group-ops': { zh: '群运营', en: 'Group operations' },
  'new-media-ops': { zh: '新媒体运营', en: 'New-media operations' },
  'product-ops': { zh: '产品运营', en: 'Product operations' },
  'activity-ops': { zh: '活动运营', en: 'Event operations' },
  'data-ops': { zh: '数据运营', en: 'Data operations' },
};

const actions: Record<Decision['action'], Record<UiLanguage, string>> = {
  agree: { zh: '同意', en: 'agreed' },
  dismiss: { zh: '驳回', en: 'dismissed' },
  severity: { zh: '调整级别为', en: 'changed severity to' },
};

export function labelsFor(lang: UiLanguage): Labels {
  return labels[lang];
}

export const names = { severities, dimensions, bands, roles, actions };
