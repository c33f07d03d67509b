import { testRule } from '../lib/review/rule-tester.ts';
import { buildDocument, workDocument } from '../lib/review/testing.ts';
import rule from './document-diagnostics.ts';

const withDiagnostics = (zh: boolean, diagnostics: Parameters<typeof buildDocument>[0]['diagnostics']) =>
  buildDocument({ sections: [{ kind: 'experience', title: zh ? '工作经历' : 'Experience', entries: [{ heading: zh ? '运营' : 'Ops', bullets: [zh ? '复购率提升 %' : 'Cut costs by %'] }] }], diagnostics });

testRule(rule, {
  valid: [
    { name: 'zh: a clean file', doc: workDocument(['复购率提升 12%']) },
    { name: 'en: a clean file', doc: workDocument(['Cut costs by 12%']) },
  ],
  invalid: [
    { name: 'zh: lost digits marked where they show', doc: withDiagnostics(true, [{ code: 'lost-digits', text: '%', data: { count: 1 } }]), errors: [{ messageId: 'lost-digits', text: '%' }] },
    { name: 'en: two columns and unmapped glyphs', doc: withDiagnostics(false, [{ code: 'two-columns', data: { columns: 2 } }, { code: 'unmapped-glyphs', data: { count: 7 } }]), errors: [{ messageId: 'two-columns' }, { messageId: 'unmapped-glyphs' }] },
  ],
});
