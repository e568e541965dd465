/** What each seed's page must show, taken from the documents (see test/unit/seed-*.test.ts). */
export interface SeedPage {
  id: string;
  unit: string;
  shortName: string;
  region: string[];
  /** The total as the key figures show it, or null when the document publishes none. */
  total: string | null;
  charts: string[];
  /** A project with its own table (permalink), or null when the document has none. */
  project: { id: string; name: string } | null;
}

export const SEED_PAGES: SeedPage[] = [
  {
    id: '2024/320200-wuxi-renda-budget',
    unit: '无锡市人民代表大会常务委员会办公室（本级）',
    shortName: '无锡市人大常委会办公室',
    region: ['江苏省', '无锡市'],
    total: '6,431.71 万元',
    charts: ['chart-income', 'chart-spending', 'chart-spending-bars', 'chart-indicators'],
    project: { id: 'rendahui-huiyi', name: '人代会会议经费' },
  },
  {
    id: '2024/440881-lianjiang-renda-budget',
    unit: '廉江市人民代表大会常务委员会办公室',
    shortName: '廉江市人大常委会办公室',
    region: ['广东省', '湛江市', '廉江市'],
    total: '1,621.95 万元',
    charts: ['chart-income', 'chart-spending', 'chart-spending-bars', 'chart-indicators'],
    project: null,
  },
  {
    id: '2024/130281-zunhua-renda-budget',
    unit: '遵化市人民代表大会常务委员会',
    shortName: '遵化市人大常委会',
    region: ['河北省', '唐山市', '遵化市'],
    total: null,
    charts: ['chart-spending', 'chart-spending-bars', 'chart-spending-plan', 'chart-indicators'],
    project: { id: 'zhihui-renda', name: '"智慧人大"系统经费' },
  },
  {
    id: '2024/510411-renhe-renda-budget',
    unit: '攀枝花市仁和区人民代表大会常务委员会办公室',
    shortName: '仁和区人大常委会办公室',
    region: ['四川省', '攀枝花市', '仁和区'],
    total: '1,048.54 万元',
    charts: ['chart-spending', 'chart-spending-bars', 'chart-indicators'],
    project: { id: 'renda-huiyi', name: '区人大会议费' },
  },
  {
    id: '2024/640502-shapotou-renda-budget',
    unit: '中卫市沙坡头区人大常委会办公室',
    shortName: '沙坡头区人大常委会办公室',
    region: ['宁夏回族自治区', '中卫市', '沙坡头区'],
    total: null,
    charts: ['chart-spending', 'chart-spending-bars', 'chart-indicators'],
    project: { id: 'renda-huiyi', name: '人大会议经费' },
  },
];
