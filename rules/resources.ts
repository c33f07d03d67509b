import { defineRule } from '../lib/review/rule.ts';
import { documentLines } from '../lib/review/helpers.ts';
import { findQuantities } from '../lib/review/quantity.ts';
import { phrases } from './data/index.ts';

/** A line states a resource when it sits in a resources section or claims one (拥有, 签约, network of…), not when it merely names a creator it worked beside. */
const POSSESSION = /拥有|积累|手握|签约|长期合作|保持.{0,6}合作|可(?:直接)?对接|资源|人脉|合作伙伴|network\s+of|relationships?\s+with|partnerships?\s+with|access\s+to|connected\s+(?:to|with)|roster\s+of/iu;
const RESOURCE_TITLE = /资源|resources?|network/iu;
/** People resources the advice wants top-tier (KOLs, creators, VIP users) and the words that say so. */
const PEOPLE = /KOL|KOC|达人|大V|网红|博主|主播|创作者|VIP|influencers?|creators?|KOLs?/iu;
const TOP_TIER = /头部|顶级|一线|知名|百万|千万|[0-9.]+\s*[万wWkKmM]\+?\s*(?:粉丝|以上|followers)|top|leading|tier[- ]?1|well[- ]known|\d+\s*[KkMm]\+?\s*followers/iu;

export default defineRule({
  meta: {
    id: 'resources',
    description: {
      zh: '拥有资源：是否写出头部KOL、VIP用户、商家、重量级合作伙伴等资源；是否具体（数量、规模、层级）而不是“丰富的人脉”',
      en: 'Resources: whether the resume states resources (top KOLs, VIP users, merchants, heavyweight partners) and whether they are concrete (how many, what scale, which tier) rather than "an extensive network"',
    },
    dimension: 'resources',
    severity: 'suggestion',
    citation: {
      source: 'community-ops-and-resume-advice.zh.txt',
      quote: '拥有资源,这点极少有人注意,作为运营,资源意识是必须要有的',
      gloss: 'few candidates list the resources they bring, yet an operator must be resource-aware',
    },
    messages: {
      concreteResources: { zh: '资源写得具体（有数量或规模）', en: 'Resources stated concretely (with a number or scale)', praise: true },
      resourceNoScale: { zh: '提到了“{wording}”，但没有数量、规模或层级（例如几位头部KOL、多少粉丝）', en: 'Mentions "{wording}" without how many, what scale or which tier (e.g. how many top creators, their follower counts)' },
      notTopTier: {
        citation: {
          source: 'community-ops-and-resume-advice.zh.txt',
          quote: '用户资源(vip用户、kol,但一定是头部的用户)',
          gloss: 'user resources are VIP users and KOLs, but they must be top-tier',
        },
        zh: '“{wording}”没有说明层级：资源要写头部的（粉丝量、行业排名），普通达人打动不了面试官',
        en: '"{wording}" does not say which tier: name top-tier resources (follower counts, rank in the field)',
      },
      vagueResources: { zh: '“{wording}”太空泛：写出具体是哪些资源、多少、什么层级', en: '"{wording}" is vague: say which resources, how many, and what tier' },
      noResources: {
        zh: '没有写你拥有的资源（头部KOL/VIP用户、商家、合作伙伴）：运营岗位很看重资源，有就单列一块',
        en: 'No resources stated (top KOLs or VIP users, merchants, partners): operations roles value them — if you have them, give them a section',
      },
    },
  },
  check({ doc, analysis, role, report }) {
    // Resources are operations advice: only weighed when an operations role is given or inferred.
    if (!role.effective) return;
    let any = false;
    // The body of each resources section (below its title), in document order: lines are matched against it in one pass.
    const bodies = doc.sections
      .filter((s) => s.kind === 'resources' || RESOURCE_TITLE.test(analysis.folded.slice(s.titleSpan.start, s.titleSpan.end)))
      .map((s) => ({ start: s.titleSpan.end, end: s.span.end }))
      .sort((a, b) => a.start - b.start);
    let body = 0;
    for (const line of documentLines(doc, analysis.lang, analysis.folded)) {
      while (body < bodies.length && bodies[body]!.end <= line.start) body++;
      const inResources = body < bodies.length && bodies[body]!.start <= line.start;
      const vague = phrases('vague-resources', line.lang).find(line.text);
      for (const v of vague) report({ messageId: 'vagueResources', span: { start: line.start + v.start, end: line.start + v.end }, data: { wording: doc.text.slice(line.start + v.start, line.start + v.end) }, penalty: 15, severity: 'warning' });
      const mention = inResources || POSSESSION.test(line.text) ? phrases('resources', line.lang).first(line.text) : null;
      if (!mention && vague.length === 0) continue;
      any = true;
      if (!mention || vague.some((v) => v.start <= mention.start && mention.end <= v.end)) continue;
      const scaled = findQuantities(line.text, line.lang).some((q) => q.kind !== 'date' && q.kind !== 'phone' && q.kind !== 'version');
      const span = { start: line.start + mention.start, end: line.start + mention.end };
      const wording = doc.text.slice(span.start, span.end);
      if (!scaled) report({ messageId: 'resourceNoScale', span, data: { wording }, penalty: 8 });
      else if (inResources && PEOPLE.test(mention.text) && !TOP_TIER.test(line.text)) report({ messageId: 'notTopTier', span, data: { wording }, penalty: 5 });
      else report({ messageId: 'concreteResources', span });
    }
    if (!any) report({ messageId: 'noResources', span: null, penalty: 50 });
  },
});
