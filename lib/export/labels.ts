import type { Band, Dimension, Role, Severity, UiLanguage } from '../report/schema.ts';
import type { Decision } from '../mentor/schema.ts';
import { format } from '../i18n/language.ts';
import { messagesFor } from '../i18n/messages.ts';
import { mentorMessagesFor } from '../mentor/messages.ts';

/**
 * Every fixed word an export prints. Words the report page and mentor pages also show come from
 * their messages, so an export names things exactly as the app does.
 */
const own = {
  zh: {
    product: '亮点 Liangdian',
    exportedAt: '导出时间',
    file: '文件',
    score: '总分',
    dimensions: '各维度得分',
    topFixes: '优先修改',
    points: '分',
    resume: '简历原文与标注',
    findings: '问题与建议',
    page: '页',
    mentor: '导师意见',
    comments: '导师评论',
    noFindings: '没有发现问题。',
    masked: '已隐去姓名、电话、邮箱和地址。',
  },
  en: {
    product: 'Liangdian 亮点',
    exportedAt: 'Exported',
    file: 'File',
    score: 'Score',
    dimensions: 'Dimensions',
    topFixes: 'Fix these first',
    points: 'pts',
    resume: 'Resume with highlights',
    findings: 'Findings',
    page: 'Page',
    mentor: 'Mentor',
    comments: 'Mentor comments',
    noFindings: 'No findings.',
    masked: 'Name, phone, email and address are masked.',
  },
} as const satisfies Record<UiLanguage, Record<string, string>>;

export interface Labels extends Record<keyof (typeof own)['en'], string> {
  title: string;
  overall: string;
  line: string;
  why: string;
  fix: string;
  template: string;
  reply: string;
  outdated: string;
  resolved: string;
  verdicts: string;
  signedOff: string;
  notSignedOff: string;
  targetRole: string;
  inferredRole: string;
  noRole: string;
  unread: string;
}

export function labelsFor(lang: UiLanguage): Labels {
  const { report } = messagesFor(lang);
  const mentor = mentorMessagesFor(lang);
  return {
    ...own[lang],
    title: report.title,
    overall: report.wholeResumeHeading,
    line: report.lineLabel,
    why: report.card.why,
    fix: report.card.fix,
    template: report.card.template,
    reply: mentor.comments.reply,
    outdated: mentor.comments.outdated,
    resolved: mentor.comments.resolvedBadge,
    verdicts: mentor.verdict.heading,
    signedOff: mentor.verdict.signedOff,
    notSignedOff: mentor.verdict.notSignedOff,
    targetRole: report.roleTarget,
    inferredRole: report.roleInferred,
    noRole: report.roleNone,
    unread: report.unread,
  };
}

export const names = {
  severity: (severity: Severity, lang: UiLanguage) => messagesFor(lang).severity[severity],
  dimension: (dimension: Dimension, lang: UiLanguage) => messagesFor(lang).dimension[dimension],
  band: (band: Band, lang: UiLanguage) => messagesFor(lang).band[band],
  role: (role: Role, lang: UiLanguage) => messagesFor(lang).role[role],
  /** One mentor decision as a sentence, worded as the mentor pages word it. */
  decision: (decision: Decision, lang: UiLanguage) => {
    const words = mentorMessagesFor(lang).decisions;
    const name = decision.author.name;
    if (decision.action === 'agree') return format(words.agreed, { name });
    if (decision.action === 'dismiss') {
      return decision.reason ? format(words.dismissed, { name, reason: decision.reason }) : `${name} ${words.dismiss}`;
    }
    return format(words.changedSeverity, { name, severity: decision.severity ? messagesFor(lang).severity[decision.severity] : '' });
  },
};
