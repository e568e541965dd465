/** The smallest valid declaration (a 2024 budget of a county 人大 in 无锡), for tests to add the parts they check. */
import type { ReportDecl } from '../../src/model/schema.ts';

export const minimalDecl: ReportDecl = {
  year: 2024,
  stage: '预算',
  money_unit: '万元',
  forms: ['表'],
  unit: { name: 'u', short_name: 'u', category: '人大', level: '县级', region: { code: '320200', province: '江苏省' } },
  source: { title: 't', publisher: 'p' },
};
