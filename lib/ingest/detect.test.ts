import { describe, expect, it } from 'vitest';
import { decodeText, notAResume } from './detect.ts';
import { legacyEncoder as encoderFor } from './legacy-encoder.ts';

const simplified = '张三\n求职意向：用户运营\n工作经历\n星河科技 用户运营 2021.03-2023.06\n主导会员体系改版，复购率从 12% 提升到 20%；搭建社群 30 个，沉淀用户 1.2 万人。';
const traditional = '張三\n求職意向：用戶運營\n工作經歷\n星河科技 用戶運營 2021.03-2023.06\n主導會員體系改版，複購率從 12% 提升到 20%；搭建社群 30 個，沉澱用戶 1.2 萬人。';

describe('decodeText', () => {
  it('reads GBK and GB18030 text as written', () => {
    expect(decodeText(encoderFor('gbk')(simplified))).toBe(simplified);
    expect(decodeText(encoderFor('gb18030')(traditional))).toBe(traditional);
  });

  it('reads Big5 text as written, not as GB18030 mojibake', () => {
    expect(decodeText(encoderFor('big5')(traditional))).toBe(traditional);
  });

  it('reads UTF-16 without a byte-order mark, either byte order, Chinese or English', () => {
    for (const text of [simplified, traditional, 'Jordan Lee\nUser operations, 2021-2023\nGrew members by 40%']) {
      const little = Buffer.from(text, 'utf16le');
      expect(decodeText(new Uint8Array(little))).toBe(text);
      expect(decodeText(new Uint8Array(Buffer.from(little).swap16()))).toBe(text);
    }
  });

  it('still reads UTF-8, and refuses bytes that are no text in any of these', () => {
    expect(decodeText(new TextEncoder().encode(simplified))).toBe(simplified);
    let seed = 7;
    const noise = Uint8Array.from({ length: 4000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 8 & 0xff);
    expect(decodeText(noise)).toBeUndefined();
  });
});

describe('notAResume', () => {
  it('tells too little text, markup and garble apart from a resume', () => {
    expect(notAResume('x')).toBe('too-little');
    expect(notAResume('😀🎉🚀 👍👍👍\n✨✨✨✨')).toBe('too-little');
    expect(notAResume('<svg xmlns="http://www.w3.org/2000/svg" width="100"><rect x="1" y="2" width="3" height="4"/><text x="5">Hi there</text></svg>')).toBe('markup');
    expect(notAResume('<!DOCTYPE html><html><head><title>Page</title></head><body><div class="a"><p>Hello</p></div></body></html>')).toBe('markup');
    expect(notAResume('\ue001\ue002\ue003\ue004\ue005 ab\n#$%&()*+,-./ cd\n\uf021\uf022\uf023\uf024 ef\n!!!!1234~~~~ gh\n%%%%^^^^&&&& ij\nResume of a person')).toBe('garbage');
  });

  it('takes a short resume, one with numbers, and one with a long rule of marks', () => {
    expect(notAResume('Jordan Lee\nEXPERIENCE\n- Ran 12 campaigns')).toBeNull();
    expect(notAResume(simplified)).toBeNull();
    expect(notAResume(`张伟\n138-0013-8000\n工作经历${'—'.repeat(1000)}\n2021.03-2023.06\n- 负责社群运营，月活提升 35%`)).toBeNull();
    expect(notAResume('# Jordan Lee\n<b>User operations</b>, 2021–2023\n- Grew members by 40%')).toBeNull();
  });
});
