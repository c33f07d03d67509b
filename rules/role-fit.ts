import type { Localized } from '../lib/report/schema.ts';
import { defineRule } from '../lib/review/rule.ts';
import { headingSpan, listOf } from '../lib/review/helpers.ts';
import { describesGroupWorkOnly, kpiHits, missingSkills, ROLE_DATA, rolesInTitle } from '../lib/review/roles.ts';
import { phrases } from './data/index.ts';

export default defineRule({
  meta: {
    id: 'role-fit',
    description: {
      zh: '岗位匹配：目标岗位（给定或从职位名推断）要求的成果和技能是否写出；“社区运营”职位下写的却是社群或账号发布工作，属于名不副实',
      en: 'Role fit: for the target role (given or inferred from titles), whether the resume shows that role\'s results and skills; a 社区运营 (community ops) title over group-chat or account-posting work is mislabelled',
    },
    dimension: 'roleFit',
    severity: 'warning',
    // Each finding about a role cites that role's own goal sentence (rules/data/roles.json); this is the section's heading sentence.
    citation: {
      source: 'community-ops-and-resume-advice.zh.txt',
      quote: '运营的基础模块,主要是用户运营、内容运营、活动运营,另外我也会把文案策划、社群运营一并算进来',
      gloss: 'each operations role has its own goal and KPIs (RULEBOOK section 5); findings cite the role concerned',
    },
    messages: {
      roleResults: { zh: '写出了{role}看重的成果（{kpis}）', en: 'Shows results a {role} role is measured by ({kpis})', praise: true },
      noRoleResults: { zh: '目标岗位是{role}，但没有一条成果落在它的指标上（如 {kpis}）', en: 'The target role is {role}, but no result is in its measures (such as {kpis})' },
      fewRoleSkills: { zh: '{role}常要求的技能没有写到：{skills}', en: 'Skills a {role} role asks for are not mentioned: {skills}' },
      communityMislabelled: {
        citation: {
          source: 'community-ops-and-resume-advice.zh.txt',
          quote: '社区运营的本质其实是平台运营',
          gloss: 'community ops is platform-side work; running groups is 社群运营, posting on accounts is 新媒体运营',
        },
        zh: '职位写的是“社区运营”，内容却是社群/账号运营：社区运营是平台方的工作，维护微信群是社群运营，在别人的平台发内容是新媒体运营',
        en: 'Titled 社区运营 (community ops), but the lines describe group chats or account posting: community ops is platform-side work; groups are group ops, posting on accounts is new-media ops',
      },
    },
  },
  check({ doc, analysis, role, report }) {
    const folded = (span: { start: number; end: number }) => analysis.folded.slice(span.start, span.end);
    for (const e of analysis.entries) {
      const heading = folded(headingSpan(doc, e));
      if (rolesInTitle(heading)[0] !== 'community-ops' || !/社区运营/u.test(heading)) continue;
      const body = e.bullets.map((b) => folded(b.bullet.span)).join('\n');
      if (describesGroupWorkOnly(body, (text) => phrases('group-work', 'zh').test(text))) report({ messageId: 'communityMislabelled', span: headingSpan(doc, e), penalty: 25 });
    }
    if (!role.effective) return;
    const data = ROLE_DATA.get(role.effective)!;
    const roleName: Localized = data.label;
    const lang = analysis.lang;
    const achievements = analysis.bullets.filter((b) => b.analysis.label === 'achievement');
    const hits = new Set(achievements.flatMap((b) => kpiHits(role.effective!, folded(b.bullet.span)).map((k) => k.toLowerCase())));
    const kpiExamples = data.kpis[lang].slice(0, 4).map((k) => k.replace(/[?\\]/g, '')).join(lang === 'zh' ? '、' : ', ');
    const citation = data.citation;
    if (hits.size > 0) report({ messageId: 'roleResults', span: null, citation, data: { role: roleName, kpis: [...hits].slice(0, 4).join(lang === 'zh' ? '、' : ', ') } });
    else report({ messageId: 'noRoleResults', span: null, citation, data: { role: roleName, kpis: kpiExamples }, penalty: 45 });
    const missing = missingSkills(role.effective, analysis.folded, lang);
    const named = data.skills[lang].length;
    // A resume shows a role's skills when it names at least a third of them (two at the least).
    if (named - missing.length < Math.max(2, Math.ceil(named / 3)))
      report({
        messageId: 'fewRoleSkills',
        span: null,
        citation,
        data: { role: roleName, skills: listOf(missing.slice(0, 4).map((s) => ({ zh: s, en: s }))) },
        penalty: 20,
        severity: 'suggestion',
      });
  },
});
