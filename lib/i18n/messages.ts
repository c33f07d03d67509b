import type { ApiErrorCode, ReviewStage } from '../api/reviews.ts';
import type { DiagnosticCode } from '../document/schema.ts';
import type { Band, Dimension, Role, Severity, UiLanguage } from '../report/schema.ts';

/** Every string the web UI shows, in both UI languages. Resume text is never translated. */
export interface Messages {
  appName: string;
  tagline: string;
  skipToContent: string;
  languageSwitch: { label: string; other: string };
  upload: {
    title: string;
    formLabel: string;
    intro: string;
    dropTitle: string;
    dropHint: string;
    chooseFile: string;
    fileLabel: string;
    selected: string;
    clearFile: string;
    or: string;
    pasteLabel: string;
    pastePlaceholder: string;
    roleLabel: string;
    roleInfer: string;
    roleHint: string;
    submit: string;
    working: string;
    privacy: string;
    needInput: string;
    bothGiven: string;
  };
  stages: Record<ReviewStage, string>;
  errors: Record<ApiErrorCode, string> & { network: string; title: string };
  report: {
    title: string;
    sideLabel: string;
    backToUpload: string;
    newReview: string;
    copyLink: string;
    copied: string;
    resumeHeading: string;
    resumeAsRead: string;
    pageHeading: string;
    pageOf: string;
    pageImageAlt: string;
    pageCards: string;
    textView: string;
    pageView: string;
    viewLabel: string;
    scoreHeading: string;
    overall: string;
    algorithm: string;
    dimensionsHeading: string;
    topFixesHeading: string;
    topFixesEmpty: string;
    gain: string;
    filtersHeading: string;
    dimensionFilter: string;
    severityFilter: string;
    all: string;
    counts: string;
    wholeResumeHeading: string;
    noFindings: string;
    lineLabel: string;
    card: { what: string; why: string; source: string; fix: string; template: string; rule: string; close: string; found: string };
    highlightLabel: string;
    roleTarget: string;
    roleInferred: string;
    roleNone: string;
    notFoundTitle: string;
    notFoundBody: string;
  };
  severity: Record<Severity, string>;
  severityPlural: Record<Severity, string>;
  dimension: Record<Dimension, string>;
  band: Record<Band, string>;
  role: Record<Role, string>;
  diagnostics: { heading: string } & Record<DiagnosticCode, string>;
}

export const MESSAGES: Record<UiLanguage, Messages> = {
  zh: {
    appName: '亮点',
    tagline: '简历点评助手',
    skipToContent: '跳到主要内容',
    languageSwitch: { label: '界面语言', other: 'English' },
    upload: {
      title: '上传简历，逐行看到可改进之处',
      formLabel: '上传简历',
      intro: '亮点按真实的求职建议逐行检查你的简历：工作亮点、项目经验、拥有资源、岗位匹配。每条意见都标在原文上，说明问题、依据和改法。',
      dropTitle: '把简历文件拖到这里',
      dropHint: '支持 PDF、DOCX、TXT，最大 {size}',
      chooseFile: '选择文件',
      fileLabel: '简历文件',
      selected: '已选择：{name}（{size}）',
      clearFile: '移除文件',
      or: '或者',
      pasteLabel: '粘贴简历文本',
      pastePlaceholder: '把简历全文粘贴到这里…',
      roleLabel: '目标岗位（可选）',
      roleInfer: '根据简历自动判断',
      roleHint: '选择岗位后，岗位匹配会按该岗位的要求检查。',
      submit: '开始点评',
      working: '正在点评…',
      privacy: '简历会保存在本服务的数据库中，报告链接仅持有者可见。',
      needInput: '请选择一个文件，或粘贴简历文本。',
      bothGiven: '已选择文件时将使用文件；如需使用粘贴的文本，请先移除文件。',
    },
    stages: { uploading: '上传中', reading: '读取简历', reviewing: '逐行点评', saving: '保存报告' },
    errors: {
      title: '无法点评这份简历',
      network: '网络连接中断，请检查网络后重试。',
      'bad-request': '请求格式不正确：请上传一个文件或粘贴简历文本；目标岗位须从列表中选择。',
      'too-large': '文件太大：最大支持 {size}。请压缩文件或粘贴文本。',
      'unsupported-type': '不支持这种文件类型。请上传 PDF、DOCX 或 TXT 文件，或直接粘贴文本。',
      empty: '没有读到任何文字：文件是空的。',
      encrypted: '这个 PDF 设置了密码或加密，无法读取。请导出一份未加密的 PDF 再上传。',
      'no-text-layer': '这个 PDF 只有图片、没有文字层（可能是扫描件）。请从原始文档导出 PDF，或粘贴文本。',
      corrupt: '文件已损坏或无法读取。请重新导出后再试。',
      timeout: '读取这个文件用时过长，已停止。请换一种格式上传，或粘贴文本。',
      'not-found': '找不到这份报告。',
      'rate-limited': '请求太频繁，请稍后再试。',
      busy: '现在排队点评的简历太多，请稍后再试。',
      unavailable: '读取服务暂时不可用，请稍后再试。',
      internal: '服务出现问题，请稍后再试。',
    },
    report: {
      title: '点评报告',
      sideLabel: '概览',
      backToUpload: '返回上传',
      newReview: '点评另一份简历',
      copyLink: '复制报告链接',
      copied: '链接已复制',
      resumeHeading: '简历原文',
      resumeAsRead: '以下是亮点读到的简历文字，意见标注在相关词句上。',
      pageHeading: '原始页面',
      pageOf: '第 {page} 页，共 {total} 页',
      pageImageAlt: '简历第 {page} 页的页面图像',
      pageCards: '第 {page} 页的意见',
      textView: '文字',
      pageView: '页面',
      viewLabel: '显示方式',
      scoreHeading: '总分',
      overall: '总分 {score}',
      algorithm: '算法版本 {version}',
      dimensionsHeading: '各项得分',
      topFixesHeading: '优先修改',
      topFixesEmpty: '没有需要优先修改的地方。',
      gain: '+{gain} 分',
      filtersHeading: '筛选',
      dimensionFilter: '维度',
      severityFilter: '级别',
      all: '全部',
      counts: '显示 {shown} / {total} 条意见',
      wholeResumeHeading: '关于整份简历',
      noFindings: '当前筛选下没有意见。',
      lineLabel: '第 {line} 行',
      card: { what: '问题', why: '依据', source: '出处', fix: '怎么改', template: '参考写法', rule: '规则', close: '关闭', found: '原文' },
      highlightLabel: '{severity}：{message}',
      roleTarget: '目标岗位：{role}',
      roleInferred: '推断岗位：{role}',
      roleNone: '未识别出具体运营岗位',
      notFoundTitle: '找不到这份报告',
      notFoundBody: '链接可能有误，或报告已被删除。',
    },
    severity: { error: '问题', warning: '注意', suggestion: '建议', praise: '亮点' },
    severityPlural: { error: '问题', warning: '注意', suggestion: '建议', praise: '亮点' },
    dimension: { highlights: '工作亮点', ownership: '项目经验', resources: '拥有资源', roleFit: '岗位匹配', clarity: '清晰度' },
    band: { excellent: '优秀', good: '良好', fair: '一般', weak: '待加强' },
    role: {
      'user-ops': '用户运营',
      'content-ops': '内容运营',
      'community-ops': '社群运营',
      'group-ops': '社群/群运营',
      'new-media-ops': '新媒体运营',
      'product-ops': '产品运营',
      'activity-ops': '活动运营',
      'data-ops': '数据运营',
    },
    diagnostics: {
      heading: '读取提示',
      'two-columns': '这份简历是双栏排版（{columns} 栏）。招聘系统常按行读取，左右两栏可能被混在一起；下面是亮点实际读到的顺序。',
      'no-text-layer': '有 {count} 页只有图片、没有文字层，这些页的内容无法检查。',
      'lost-digits': '有 {count} 处数字在文件中丢失（例如只剩下“%”）。招聘系统也会读到同样的缺失，请检查字体或重新导出。',
      'unmapped-glyphs': '有 {count} 个字符无法识别为文字，可能显示为乱码。请使用常见字体重新导出。',
      encrypted: '这个文件带有加密标记，部分内容可能无法读取。',
      'truncated-text': '简历过长，只检查了前 {chars} 个字符。',
      ocr: '这份简历是图片或扫描件，文字由文字识别（OCR）读出，平均置信度 {confidence}%。识别可能有误，请对照原图核对。',
      'ocr-uncertain': '有 {count} 处文字识别把握不大（已标出），请核对这些字词。',
      'ocr-uncertain-numbers': '有 {count} 处数字识别把握不大：这些数字未经核对，不能当作成绩来夸。',
    },
  },
  en: {
    appName: 'Liangdian',
    tagline: 'Resume review assistant',
    skipToContent: 'Skip to main content',
    languageSwitch: { label: 'Interface language', other: '中文' },
    upload: {
      title: 'Upload a resume, see what to improve line by line',
      formLabel: 'Upload a resume',
      intro: 'Liangdian checks your resume against real career advice: highlights, project ownership, resources and role fit. Every finding sits on the words it concerns and says what is wrong, why, and how to fix it.',
      dropTitle: 'Drop your resume file here',
      dropHint: 'PDF, DOCX or TXT, up to {size}',
      chooseFile: 'Choose a file',
      fileLabel: 'Resume file',
      selected: 'Selected: {name} ({size})',
      clearFile: 'Remove file',
      or: 'or',
      pasteLabel: 'Paste resume text',
      pastePlaceholder: 'Paste the full text of your resume here…',
      roleLabel: 'Target role (optional)',
      roleInfer: 'Infer from the resume',
      roleHint: 'With a role chosen, role fit is checked against what that role asks for.',
      submit: 'Review my resume',
      working: 'Reviewing…',
      privacy: "Your resume is stored in this service's database; only people with the report link can see it.",
      needInput: 'Choose a file or paste the text of your resume.',
      bothGiven: 'With a file chosen, the file is used; remove it to review the pasted text.',
    },
    stages: { uploading: 'Uploading', reading: 'Reading', reviewing: 'Reviewing', saving: 'Saving' },
    errors: {
      title: 'This resume could not be reviewed',
      network: 'The connection was interrupted. Check your network and try again.',
      'bad-request': 'The request is not valid: upload a file or paste the text of your resume, and pick the target role from the list.',
      'too-large': 'The file is too large: the limit is {size}. Compress it or paste the text instead.',
      'unsupported-type': 'This file type is not supported. Upload a PDF, DOCX or TXT file, or paste the text.',
      empty: 'No text was found: the file is empty.',
      encrypted: 'This PDF is password-protected or encrypted and cannot be read. Export an unencrypted PDF and upload that.',
      'no-text-layer': 'This PDF contains only images and no text layer (perhaps a scan). Export the PDF from the original document, or paste the text.',
      corrupt: 'The file is damaged or cannot be read. Export it again and retry.',
      timeout: 'Reading this file took too long and was stopped. Try another format or paste the text.',
      'not-found': 'No such report.',
      'rate-limited': 'Too many requests. Please wait a moment and try again.',
      busy: 'Too many resumes are waiting to be read. Please try again shortly.',
      unavailable: 'The reader is unavailable right now. Please try again shortly.',
      internal: 'Something went wrong on our side. Please try again later.',
    },
    report: {
      title: 'Review report',
      sideLabel: 'Overview',
      backToUpload: 'Back to upload',
      newReview: 'Review another resume',
      copyLink: 'Copy report link',
      copied: 'Link copied',
      resumeHeading: 'Your resume',
      resumeAsRead: 'This is the text Liangdian read from your resume; findings are marked on the words they concern.',
      pageHeading: 'Original pages',
      pageOf: 'Page {page} of {total}',
      pageImageAlt: 'Image of resume page {page}',
      pageCards: 'Findings on page {page}',
      textView: 'Text',
      pageView: 'Pages',
      viewLabel: 'View',
      scoreHeading: 'Score',
      overall: 'Score {score}',
      algorithm: 'Algorithm version {version}',
      dimensionsHeading: 'Dimensions',
      topFixesHeading: 'Top fixes',
      topFixesEmpty: 'Nothing urgent to fix.',
      gain: '+{gain} pts',
      filtersHeading: 'Filters',
      dimensionFilter: 'Dimension',
      severityFilter: 'Severity',
      all: 'All',
      counts: 'Showing {shown} of {total} findings',
      wholeResumeHeading: 'About the whole resume',
      noFindings: 'No findings match these filters.',
      lineLabel: 'Line {line}',
      card: { what: 'What', why: 'Why', source: 'Source', fix: 'How to fix', template: 'Template', rule: 'Rule', close: 'Close', found: 'Found' },
      highlightLabel: '{severity}: {message}',
      roleTarget: 'Target role: {role}',
      roleInferred: 'Inferred role: {role}',
      roleNone: 'No specific operations role recognised',
      notFoundTitle: 'Report not found',
      notFoundBody: 'The link may be mistyped, or the report no longer exists.',
    },
    severity: { error: 'Problem', warning: 'Warning', suggestion: 'Suggestion', praise: 'Strength' },
    severityPlural: { error: 'Problems', warning: 'Warnings', suggestion: 'Suggestions', praise: 'Strengths' },
    dimension: { highlights: 'Highlights', ownership: 'Ownership', resources: 'Resources', roleFit: 'Role fit', clarity: 'Clarity' },
    band: { excellent: 'Excellent', good: 'Good', fair: 'Fair', weak: 'Needs work' },
    role: {
      'user-ops': 'User operations',
      'content-ops': 'Content operations',
      'community-ops': 'Community operations',
      'group-ops': 'Group (chat) operations',
      'new-media-ops': 'New-media operations',
      'product-ops': 'Product operations',
      'activity-ops': 'Campaign operations',
      'data-ops': 'Data operations',
    },
    diagnostics: {
      heading: 'Reading notes',
      'two-columns': 'This resume has a {columns}-column layout. Applicant tracking systems often read across the page and mix the columns; below is the order Liangdian actually read.',
      'no-text-layer': '{count} page(s) contain only images and no text layer; their content cannot be checked.',
      'lost-digits': '{count} number(s) are missing from the file (for example a lone “%”). Applicant tracking systems will miss them too; check the font or export again.',
      'unmapped-glyphs': '{count} character(s) could not be mapped to text and may show as garbage. Export again with a common font.',
      encrypted: 'This file is marked as encrypted; some content may be unreadable.',
      'truncated-text': 'The resume is very long; only the first {chars} characters were checked.',
      ocr: 'This resume is an image or a scan: its text was read by OCR, with a mean confidence of {confidence}%. Recognition can be wrong; check against the original.',
      'ocr-uncertain': '{count} word(s) were read with low confidence (marked); check them.',
      'ocr-uncertain-numbers': '{count} number(s) were read with low confidence: unchecked, they cannot be praised as results.',
    },
  },
};

export function messagesFor(language: UiLanguage): Messages {
  return MESSAGES[language];
}

/** Bytes as a short human size, e.g. "10 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
