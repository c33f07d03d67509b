import { describe, expect, it } from 'vitest';
import { analyseBullet, classifyBullet, findLeadWording } from './classify.ts';

// Lines written for these tests (operations resumes, both languages); never taken from the eval data.
const achievements: [string, 'zh' | 'en'][] = [
  ['3 个月内公众号粉丝从 2 万增长到 9 万', 'zh'],
  ['双11 会场转化率提升 18%', 'zh'],
  ['社群复购率提高 2.3 倍', 'zh'],
  ['全年拉新 KPI 完成率 132%，排名大区第一', 'zh'],
  ['连续两个季度超额完成 GMV 目标', 'zh'],
  ['获评 2023 年度优秀员工，半年内晋升为运营主管', 'zh'],
  ['活动带来新增付费会员 1.8 万人', 'zh'],
  ['策划的春节裂变活动为公司节省获客成本 40 万元', 'zh'],
  ['单篇推文阅读量 10 万+，累计涨粉 5 万', 'zh'],
  ['小程序上线后服务 3 万名用户', 'zh'],
  ['用户投诉处理时长由 48 小时缩短至 6 小时', 'zh'],
  ['季度销售额突破 1200 万元', 'zh'],
  ['活动方案被集团采用并推广至全国门店', 'zh'],
  ['账号粉丝量达 50 万，日活 12 万', 'zh'],
  ['签约头部主播 12 位，直播 GMV 3000 万元', 'zh'],
  ['活动 ROI 达到 1:5.2', 'zh'],
  ['店铺月销售额破百万', 'zh'],
  ['负责新用户拉新，渠道投放 ROI 1:3', 'zh'],
  ['独立策划并执行 3 场线上直播，场均观看人数 2 万+', 'zh'],
  ['主要负责公众号推文撰写，平均阅读量 3000+', 'zh'],
  ['对接品牌方 20 余家，完成签约 12 个，合同金额 300 万元', 'zh'],
  ['Grew the WeChat account from 20k to 90k followers in six months', 'en'],
  ['Cut first-response time on support tickets by 45%', 'en'],
  ['Hit 118% of the annual lead quota', 'en'],
  ['Generated $1.2M in new revenue from a partner programme', 'en'],
  ['Launched a referral mini-program used by 30,000 shoppers', 'en'],
  ['Named Employee of the Quarter and promoted to team lead within a year', 'en'],
  ['Doubled newsletter open rates through subject-line testing', 'en'],
  ['Ranked #1 of 14 regional community managers on engagement', 'en'],
  ['Delivered the migration ahead of schedule with zero downtime', 'en'],
  ['Secured 12 brand partnerships worth $300K', 'en'],
  ['Community of 8,000 members grown from scratch', 'en'],
  ['Halved the refund backlog in one quarter', 'en'],
  ['Recognised as a top performer two years running', 'en'],
];

const duties: [string, 'zh' | 'en'][] = [
  ['负责公众号日常推文的撰写与排版', 'zh'],
  ['日常维护 10 个用户群，回复用户咨询', 'zh'],
  ['管理 4 家门店的线上社群', 'zh'],
  ['每周输出运营数据周报', 'zh'],
  ['优化活动流程，提升用户体验', 'zh'],
  ['为提升用户活跃度策划线上活动', 'zh'],
  ['2021 年 3 月加入公司，负责 618 大促的会场搭建', 'zh'],
  ['每天处理 300 条用户咨询', 'zh'],
  ['负责公司小红书账号内容运营，累计发布笔记 200 余篇', 'zh'],
  ['参与 APP 改版需求讨论，收集整理用户反馈 500 余条', 'zh'],
  ['Ran 12 live AMAs for the community', 'en'],
  ['Increased engagement significantly through new content formats', 'en'],
  ['联系电话 13800138000', 'zh'],
  ['Responsible for the company Weibo account', 'en'],
  ['Managed four office locations and nine administrative staff', 'en'],
  ['Taught classes of up to 15 children', 'en'],
  ['Improved code quality through thorough testing', 'en'],
  ['Wrote weekly posts to improve brand awareness', 'en'],
  ['Handled meeting and travel coordination for 13 executives', 'en'],
  ['Organised the annual awards dinner for 80 guests', 'en'],
  ['Promoted the spring sale on Weibo and WeChat', 'en'],
  ['Joined the team in 2019 and supported the 2020 relaunch', 'en'],
  ['Worked on a two-week sprint cadence', 'en'],
];

const ownership: [string, 'zh' | 'en', 'lead' | 'participant' | 'unknown'][] = [
  ['主导会员体系改版', 'zh', 'lead'],
  ['带领 4 人小组完成双11 活动', 'zh', 'lead'],
  ['独立负责小程序从 0 到 1 的搭建', 'zh', 'lead'],
  ['参与双11 大促的会场搭建', 'zh', 'participant'],
  ['协助主管整理用户反馈', 'zh', 'participant'],
  ['配合市场部完成品牌发布会', 'zh', 'participant'],
  ['与设计团队合作优化注册流程', 'zh', 'participant'],
  ['负责活动物料制作', 'zh', 'unknown'],
  ['撰写活动方案，与产品团队合作推进上线', 'zh', 'unknown'],
  ['在领导的指导下完成用户调研', 'zh', 'participant'],
  ['在主管带领下完成双11 会场搭建', 'zh', 'participant'],
  ['管理 5 人内容团队，制定选题规划', 'zh', 'lead'],
  ['Led a team of five to relaunch the loyalty app', 'en', 'lead'],
  ['Spearheaded the creator programme', 'en', 'lead'],
  ['Managed a team of 6 community moderators', 'en', 'lead'],
  ['Served as campaign lead for the spring sale', 'en', 'lead'],
  ['Assisted the campaign manager with influencer outreach', 'en', 'participant'],
  ['Helped write social copy', 'en', 'participant'],
  ['Participated in quarterly planning', 'en', 'participant'],
  ['Co-authored the community guidelines', 'en', 'participant'],
  ['Collaborated with the design team on onboarding', 'en', 'participant'],
  ['Redesigned onboarding, which led to a 10% lift in activation', 'en', 'unknown'],
  ['Built the dashboard and collaborated with sales on targets, reviewed weekly pipeline', 'en', 'unknown'],
  ['Managed the events calendar', 'en', 'unknown'],
  ['Supervised four part-time moderators', 'en', 'lead'],
  ['Drove a 30% lift in email click-through with segmentation', 'en', 'unknown'],
  ['独立策划并执行 3 场线上直播活动', 'zh', 'lead'],
  ['Ran giveaways under the guidance of the brand manager', 'en', 'participant'],
];

describe('classifyBullet', () => {
  it.each(achievements)('achievement: %s', (text, lang) => expect(classifyBullet(text, lang).label).toBe('achievement'));
  it.each(duties)('duty: %s', (text, lang) => expect(classifyBullet(text, lang).label).toBe('duty'));
  it.each(ownership)('ownership: %s', (text, lang, expected) => expect(classifyBullet(text, lang).ownership).toBe(expected));
  it('normalises the line it is given (full-width digits, soft hyphens)', () => {
    expect(classifyBullet('转化率提升１８％', 'zh').label).toBe('achievement');
  });
});

/**
 * One table per form the classifier reads (issue 11), RuleTester style: `valid` lines must get the
 * reading named, `invalid` lines are their look-alikes that must not. zh, zh-Hant and en each time.
 */
type Reading = { label?: 'achievement' | 'duty'; ownership?: 'lead' | 'participant' | 'unknown' };
type Case = [text: string, lang: 'zh' | 'en'];
const forms: { form: string; reading: Reading; valid: Case[]; invalid: Case[] }[] = [
  {
    form: 'a 1900–2099 that counts is a result; a year in date context is not',
    reading: { label: 'achievement' },
    valid: [['上线首月带来2000名注册用户', 'zh'], ['活動吸引1980人報名', 'zh'], ['Brought in 2000 sign-ups in the first month', 'en'], ['Grew the mailing list to over 2000 readers', 'en']],
    invalid: [['2019年加入公司，负责社群日常维护', 'zh'], ['2021.03-2022.06 負責帳號運營', 'zh'], ['Joined in 2019 and took over the brand account', 'en'], ['Ran the spring campaign in 2021 across Weibo', 'en']],
  },
  {
    form: 'from A to B and threshold forms',
    reading: { label: 'achievement' },
    valid: [
      ['公众号粉丝从3千变为1.5万', 'zh'],
      ['社群日均发言人数稳定在2000以上', 'zh'],
      ['账号粉丝逾10万', 'zh'],
      ['單篇筆記閱讀量10w+', 'zh'],
      ['Moved the app store rating from 3.9 to 4.6', 'en'],
      ['Newsletter reached 2k+ subscribers', 'en'],
    ],
    invalid: [['从0到1搭建品牌社群体系', 'zh'], ['負責帳號從零到一的內容規劃', 'zh'], ['Built the community programme from 0 to 1', 'en'], ['Organised meetups from 2019 to 2021', 'en']],
  },
  {
    form: 'rankings, but not a promised one',
    reading: { label: 'achievement' },
    valid: [['拉新人数当月第一', 'zh'], ['門店業績全區第2名', 'zh'], ['店铺在类目中位列Top 1', 'zh'], ['Our app was Top 1 in the education category', 'en'], ['Ranked first among 40 regional reps', 'en']],
    invalid: [['力争下季度进入行业前三', 'zh'], ['目標是成為區域第一', 'zh'], ['Aim to rank in the top 3 of the league next year', 'en'], ['Handled the top 10 accounts in the region', 'en']],
  },
  {
    form: 'a measurement with its unit, or a change written with an arrow',
    reading: { label: 'achievement' },
    valid: [['接口响应时间降至50ms', 'zh'], ['QPS 從 800 提升到 3000', 'zh'], ['Reduced API latency to 45ms', 'en'], ['p99 latency 800ms → 200ms', 'en']],
    invalid: [['每天处理 5TB 日志', 'zh'], ['部署於 32GB 記憶體的伺服器', 'zh'], ['Processed 5 TB of logs a day', 'en']],
  },
  {
    form: 'output value and revenue',
    reading: { label: 'achievement' },
    valid: [['负责区域门店运营，年产值3000万元', 'zh'], ['單場直播銷售額 80 萬', 'zh'], ['Annual revenue of 2.4M', 'en'], ['年營業額達1200萬元', 'zh'], ['Generated $2.4M in revenue from partner campaigns', 'en']],
    invalid: [['负责门店产值统计', 'zh'], ['管理年销售额 3000 万的门店', 'zh'], ['每周产出2期直播脚本', 'zh'], ['Prepared revenue reports of 12 pages', 'en'], ['整理產值報表', 'zh'], ['Prepared the monthly revenue report', 'en']],
  },
  {
    form: 'honours wording',
    reading: { label: 'achievement' },
    valid: [['个人被评定为年度优秀讲师', 'zh'], ['策划的征文活动入选平台年度最佳案例', 'zh'], ['活動方案獲市場總監認可', 'zh'], ['Awarded Best New Employee', 'en'], ['Selected for the high-potential leadership track', 'en'], ['Recognised by the VP of Marketing for the holiday campaign', 'en']],
    invalid: [['负责年度评优材料整理', 'zh'], ['籌備公司年會', 'zh'], ['Organised the awards dinner for 80 guests', 'en']],
  },
  {
    form: 'placeholder results in templates count as a stated result slot',
    reading: { label: 'achievement' },
    valid: [['转化率提升[X]%', 'zh'], ['拉新成本降低XX%', 'zh'], ['帶來營收{金額}元', 'zh'], ['Increased conversion by [X]%', 'en'], ['Saved ${amount} in annual software costs', 'en'], ['Cut churn by N%', 'en'], ['Raised $# in seed funding', 'en']],
    invalid: [['独立负责 XX 需求的开发', 'zh'], ['在XXX平台發布上線', 'zh'], ['Built the [Project Name] landing page', 'en']],
  },
  {
    form: "the writer's own activity volume is scope, not outcome",
    reading: { label: 'duty' },
    valid: [['每周撰写3篇公众号推文', 'zh'], ['每天回复用户私信200条以上', 'zh'], ['訪談30名用戶，整理用戶畫像', 'zh'], ['Wrote 3 blog posts a week', 'en'], ['Answered 50 support tickets a day', 'en'], ['Interviewed 25 customers to map pain points', 'en'], ['Reviewed 200 user comments per week', 'en'], ['收集 2000 名用户的反馈', 'zh'], ['Collected feedback from 2,000 users', 'en'], ['Sent the newsletter to 5,000 subscribers', 'en']],
    invalid: [['单篇推文阅读量10万+', 'zh'], ['活動帶來新增用戶3000人', 'zh'], ['Posts reached 40k followers', 'en']],
  },
  {
    form: 'the places and groups the work spans are scope, also summed up after a comma',
    reading: { label: 'duty' },
    valid: [['统筹门店社群运营，覆盖全国120家门店', 'zh'], ['管理6个微信社群，共计3000名会员', 'zh'], ['負責KOC招募與培訓，累計招募200名', 'zh'], ['Rolled the new POS out to 12 stores', 'en']],
    invalid: [['小程序上线后覆盖3万名用户', 'zh'], ['社群沉澱1.2萬名付費會員', 'zh'], ['Rolled the app out to 12,000 users', 'en'], ['Shipped the feature to 10M+ users', 'en']],
  },
  {
    form: 'purpose clauses are not results',
    reading: { label: 'duty' },
    valid: [['以提升用户活跃度为目标策划线上活动', 'zh'], ['计划明年将粉丝数做到50万', 'zh'], ['Planned a loyalty redesign to increase retention by 15% next year', 'en'], ['為了提高轉化率優化註冊流程', 'zh'], ['Redesigned the onboarding emails to improve activation', 'en'], ['Rebuilt the pipeline in order to cut costs by 20%', 'en']],
    invalid: [['优化注册流程，转化率提升12%', 'zh'], ['優化註冊流程，轉化率提升12%', 'zh'], ['Redesigned onboarding emails, lifting activation 12%', 'en']],
  },
  {
    form: 'lead wording anywhere in the clause',
    reading: { ownership: 'lead' },
    valid: [['在618项目中主导会场改版', 'zh'], ['負責社群SOP制定，並牽頭跨部門復盤', 'zh'], ['担任学生会主席，组织迎新晚会', 'zh'], ['主持國家級大學生創新項目', 'zh'], ['组建 6 人内容团队', 'zh'], ['類型系統實現（職位：項目組長）', 'zh'], ['Chaired the graduate student council', 'en'], ['Took ownership of the billing migration', 'en'], ['Designed the referral flow where I led the A/B tests', 'en'], ['Wrote release notes and led the weekly launch review', 'en'], ['As project lead, rebuilt the help centre', 'en'], ['主导改版，协助市场部投放', 'zh'], ['与同学一起创立校园二手平台', 'zh']],
    invalid: [['在主管带领下完成会场搭建', 'zh'], ['協助項目經理跟進活動進度', 'zh'], ['向高级管理团队汇报运营数据', 'zh'], ['Redesign that led to a 10% lift in sign-ups', 'en'], ['Wrote copy for a leading fintech brand', 'en'], ['主持公司年会', 'zh'], ['Operations Manager — Acme Co', 'en'], ['入职半年即晋升为运营组长', 'zh'], ['Tumnus Financial, New Orleans, Lead Accountant', 'en'], ['Generated 300 qualified leads for the sales team', 'en']],
  },
  {
    form: '"managed" leads only people, a team, a budget or a programme',
    reading: { ownership: 'lead' },
    valid: [['管理8人客服團隊', 'zh'], ['Managed a team of 4 community moderators', 'en'], ['Managed the marketing budget for three product lines', 'en'], ['Managed the partner programme across five countries', 'en']],
    invalid: [['管理公司日程和會議室預訂', 'zh'], ['Managed the events calendar for the sales team', 'en'], ['Managed the office servers and printers', 'en'], ['Managed the content schedule for social channels', 'en']],
  },
  {
    form: "participation and assistance limit the writer's role, also in a trailing clause",
    reading: { ownership: 'participant' },
    valid: [['负责活动物料制作，协助主管完成会场搭建', 'zh'], ['整理用戶回饋，輔助產品經理撰寫需求文檔', 'zh'], ['參與雙十一大促的會場搭建', 'zh'], ['Drafted social copy and helped the campaign manager with outreach', 'en'], ['Prepared weekly reports, assisting the regional director with forecasts', 'en'], ['During the internship, assisted the brand team with giveaways', 'en'], ['参加全国大学生数学建模竞赛', 'zh'], ['Took part in the regional hackathon', 'en']],
    invalid: [['活动参与人数突破3000', 'zh'], ['組織線下讀書會，吸引用戶參與', 'zh'], ['设计积分玩法，提高用户参与度', 'zh'], ['Organised the summit with 500 participants', 'en'], ['Increased user participation in weekly challenges by 40%', 'en'], ['Introduced AI-assisted diagnostics for support', 'en']],
  },
  {
    form: 'a line that also claims own work beside a collaboration is unknown',
    reading: { ownership: 'unknown' },
    valid: [['撰写活动文案，与设计团队合作完成海报', 'zh'], ['与30+本地商户建立合作，为社群提供专属福利', 'zh'], ['负责公众号运营，参与双11策划', 'zh'], ['撰寫活動文案，與設計團隊合作完成海報', 'zh'], ['Collaborated with sales on pricing pages and wrote all landing page copy', 'en'], ['Collaborated with designers on the prototype, then built the client', 'en']],
    invalid: [['与市场部合作推进品牌联名', 'zh'], ['與市場部合作推進品牌聯名', 'zh'], ['Worked closely with the design team on the onboarding flow', 'en']],
  },
];

describe.each(forms)('$form', ({ reading, valid, invalid }) => {
  const read = (text: string, lang: 'zh' | 'en') => {
    const got = classifyBullet(text, lang);
    return { ...(reading.label ? { label: got.label } : {}), ...(reading.ownership ? { ownership: got.ownership } : {}) };
  };
  it.each(valid)('valid: %s', (text, lang) => expect(read(text, lang)).toEqual(reading));
  it.each(invalid)('invalid: %s', (text, lang) => expect(read(text, lang)).not.toEqual(reading));
});

describe('analyseBullet on Traditional Chinese', () => {
  it('matches on the folded text and keeps spans and evidence on the text as written', () => {
    const text = '主導會員體系改版，付費會員增長35%';
    const analysis = analyseBullet(text, 'zh');
    expect(analysis.ownership).toBe('lead');
    expect(text.slice(analysis.ownershipSpan!.start, analysis.ownershipSpan!.end)).toBe('主導');
    expect(analysis.evidence.map((e) => e.text)).toEqual(['35%']);
  });
});

describe('analyseBullet evidence order', () => {
  it('puts a plain measured change before a count a verb governs', () => {
    expect(analyseBullet('签约 45 位创作者，优质内容产出提升 2 倍', 'zh').evidence[0]!.text).toBe('2 倍');
    expect(analyseBullet('Signed 25 creators and doubled weekly posts', 'en').evidence[0]!.text).toBe('doubled');
  });
});

describe('findLeadWording', () => {
  it('reads a heading as a line is read: folded, with spans on the text as written', () => {
    expect(findLeadWording('社區積分體系改版（主導）', 'zh')).toEqual({ start: 9, end: 11, text: '主導' });
    expect(findLeadWording('协助项目经理', 'zh')).toBeNull();
    expect(findLeadWording('Loyalty relaunch — led a team of four', 'en')?.text).toBe('led');
  });
});
