import type { UiLanguage } from '../report/schema.ts';

/** Every string of the mentor loop UI, in both UI languages. Placeholders are `{name}`. */
export interface MentorMessages {
  heading: string;
  intro: string;
  owner: string;
  mentorLabel: string;
  versions: { heading: string; version: string; chartLabel: string; point: string; changesHeading: string; resolved: string; added: string; unchanged: string; none: string };
  share: {
    heading: string; intro: string; name: string; namePlaceholder: string; expires: string; never: string; days: string;
    create: string; created: string; duplicate: string; copy: string; copied: string; revoke: string; revoked: string; expired: string; active: string; empty: string;
  };
  revise: { heading: string; intro: string; file: string; choose: string; noFile: string; text: string; submit: string; working: string; done: string };
  decisions: {
    heading: string; agree: string; dismiss: string; reason: string; reasonPlaceholder: string; severity: string; setSeverity: string;
    agreed: string; dismissed: string; changedSeverity: string; none: string; findingsIntro: string; save: string; keys: string; undecidedOnly: string;
  };
  comments: {
    heading: string; intro: string; selectHint: string; add: string; body: string; bodyPlaceholder: string; post: string; cancel: string;
    reply: string; replyPlaceholder: string; resolve: string; reopen: string; resolvedBadge: string; outdated: string; outdatedNote: string; empty: string;
  };
  verdict: { heading: string; body: string; bodyPlaceholder: string; signOff: string; submit: string; signedOff: string; signedOffOn: string; notSignedOff: string; empty: string };
  danger: { heading: string; intro: string; delete: string; confirm: string };
  mentorPage: { title: string; intro: string; notFoundTitle: string; notFoundBody: string };
  error: string;
  /** What the API says to every key it does not admit, owner's or mentor's alike. */
  notFound: string;
  live: string;
}

export const MENTOR_MESSAGES: Record<UiLanguage, MentorMessages> = {
  zh: {
    heading: '导师点评',
    intro: '导师的意见、评论和结论都显示在这里，谁在什么时候说的都写明了。',
    owner: '候选人',
    mentorLabel: '导师 {name}',
    versions: {
      heading: '版本与得分', version: '第 {version} 版', chartLabel: '各版本总分', point: '第 {version} 版：{score} 分',
      changesHeading: '第 {from} 版 → 第 {to} 版的变化', resolved: '已解决 {count} 条', added: '新出现 {count} 条', unchanged: '仍存在 {count} 条', none: '只有一个版本。上传修改后的简历即可对比。',
    },
    share: {
      heading: '邀请导师', intro: '为每位导师创建一个单独的链接。持有链接的人可以查看报告并点评，但不能删除你的数据。随时可以撤销。',
      name: '导师称呼', namePlaceholder: '例如：王老师', expires: '有效期', never: '直到撤销', days: '{days} 天',
      create: '创建导师链接', duplicate: '已经有同名的导师链接，请换一个称呼。', created: '链接已创建，复制后发给导师：', copy: '复制链接', copied: '已复制', revoke: '撤销', revoked: '已撤销', expired: '已过期', active: '有效', empty: '还没有导师链接。',
    },
    revise: { heading: '上传修改版', intro: '按意见修改后，上传新版本。报告会显示哪些问题已解决、哪些是新出现的，导师的评论会跟到新版本对应的文字上。', file: '修改后的简历文件', choose: '选择文件', noFile: '未选择文件', text: '或粘贴修改后的文本', submit: '上传新版本', working: '正在点评新版本…', done: '已生成第 {version} 版' },
    decisions: {
      heading: '逐条意见', agree: '同意', dismiss: '不同意', reason: '理由', reasonPlaceholder: '为什么这条不适用？', severity: '级别', setSeverity: '改级别',
      agreed: '{name} 同意', dismissed: '{name} 不同意：{reason}', changedSeverity: '{name} 把级别改为「{severity}」', none: '还没有导师表态。',
      findingsIntro: '对每条意见表态：同意、不同意（写明理由），或调整级别。', save: '保存', keys: '点开一条查看详情；用 ↑ ↓（或 j / k）在各条之间移动。', undecidedOnly: '只看我还没表态的',
    },
    comments: {
      heading: '评论', intro: '在下方简历原文中选中任意文字，即可在那里留下评论。', selectHint: '已选中：', add: '评论选中的文字', body: '评论', bodyPlaceholder: '写下你的意见…', post: '发表评论', cancel: '取消',
      reply: '回复', replyPlaceholder: '回复这条评论…', resolve: '标记为已解决', reopen: '重新打开', resolvedBadge: '已解决', outdated: '已过时', outdatedNote: '原文在新版本中已不存在。原先评论的文字：', empty: '还没有评论。',
    },
    verdict: { heading: '总体结论', body: '总体评价', bodyPlaceholder: '这份简历整体如何？还需要改什么？', signOff: '我认可第 {version} 版（签字通过）', submit: '提交结论', signedOff: '已签字通过', signedOffOn: '第 {version} 版已签字通过', notSignedOff: '尚未通过', empty: '还没有导师给出结论。' },
    danger: { heading: '删除这份点评', intro: '删除后，简历文件、所有版本、报告、导师链接和全部评论都会从数据库中删除，无法恢复。', delete: '永久删除', confirm: '确定要永久删除这份简历和所有点评吗？' },
    mentorPage: { title: '导师点评', intro: '{name}，你好！候选人邀请你点评这份简历。', notFoundTitle: '链接无效', notFoundBody: '这个导师链接不存在、已被撤销或已过期。' },
    error: '操作没有成功，请重试。',
    notFound: '找不到：链接有误、已被撤销或已过期。',
    live: '每隔几秒自动更新',
  },
  en: {
    heading: 'Mentor review',
    intro: 'Mentors\' decisions, comments and verdicts show here, each with who said it and when.',
    owner: 'Candidate',
    mentorLabel: 'Mentor {name}',
    versions: {
      heading: 'Versions and score', version: 'Version {version}', chartLabel: 'Overall score per version', point: 'Version {version}: {score}',
      changesHeading: 'What changed from version {from} to version {to}', resolved: '{count} resolved', added: '{count} new', unchanged: '{count} still open', none: 'Only one version so far. Upload a revised resume to compare.',
    },
    share: {
      heading: 'Invite mentors', intro: 'Create one link per mentor. Whoever has a link can read the report and comment, but cannot delete your data. You can revoke a link at any time.',
      name: 'Mentor\'s name', namePlaceholder: 'e.g. Ms Wang', expires: 'Valid for', never: 'Until revoked', days: '{days} days',
      create: 'Create mentor link', duplicate: 'A mentor link with this name exists. Please use another name.', created: 'Link created. Copy it and send it to your mentor:', copy: 'Copy link', copied: 'Copied', revoke: 'Revoke', revoked: 'Revoked', expired: 'Expired', active: 'Active', empty: 'No mentor links yet.',
    },
    revise: { heading: 'Upload a revision', intro: 'When you have revised your resume, upload the new version. The report shows what you fixed and what is new, and mentors\' comments follow their words into the new version.', file: 'Revised resume file', choose: 'Choose a file', noFile: 'No file chosen', text: 'or paste the revised text', submit: 'Upload new version', working: 'Reviewing the new version…', done: 'Version {version} created' },
    decisions: {
      heading: 'Findings', agree: 'Agree', dismiss: 'Dismiss', reason: 'Reason', reasonPlaceholder: 'Why does this not apply?', severity: 'Severity', setSeverity: 'Change severity',
      agreed: '{name} agrees', dismissed: '{name} dismissed: {reason}', changedSeverity: '{name} set severity to "{severity}"', none: 'No mentor decisions yet.',
      findingsIntro: 'Take a position on each finding: agree, dismiss (with a reason) or change its severity.', save: 'Save', keys: 'Open one to see it; ↑ ↓ (or j / k) move between findings.', undecidedOnly: 'Only the ones I have not decided',
    },
    comments: {
      heading: 'Comments', intro: 'Select any words of the resume below to leave a comment on them.', selectHint: 'Selected:', add: 'Comment on the selection', body: 'Comment', bodyPlaceholder: 'Write your comment…', post: 'Post comment', cancel: 'Cancel',
      reply: 'Reply', replyPlaceholder: 'Reply to this comment…', resolve: 'Mark resolved', reopen: 'Reopen', resolvedBadge: 'Resolved', outdated: 'Outdated', outdatedNote: 'These words are gone from the new version. The comment was on:', empty: 'No comments yet.',
    },
    verdict: { heading: 'Overall verdict', body: 'Verdict', bodyPlaceholder: 'How is the resume overall? What still needs work?', signOff: 'I sign off on version {version}', submit: 'Submit verdict', signedOff: 'Signed off', signedOffOn: 'Signed off version {version}', notSignedOff: 'Not signed off yet', empty: 'No verdict from a mentor yet.' },
    danger: { heading: 'Delete this review', intro: 'Deleting removes the resume file, every version, the report, the mentor links and all comments from the database. This cannot be undone.', delete: 'Delete permanently', confirm: 'Permanently delete this resume and all its reviews?' },
    mentorPage: { title: 'Mentor review', intro: 'Hello {name}! The candidate has asked you to review this resume.', notFoundTitle: 'Link not valid', notFoundBody: 'This mentor link does not exist, was revoked or has expired.' },
    error: 'That did not work. Please try again.',
    notFound: 'Not found: the link is wrong, was revoked or has expired.',
    live: 'Updates every few seconds',
  },
};

export function mentorMessagesFor(language: UiLanguage): MentorMessages {
  return MENTOR_MESSAGES[language];
}
