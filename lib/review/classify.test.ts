import { describe, expect, it } from 'vitest';
import { classifyBullet } from './classify.ts';

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
