/**
 * Vocabularies for the synthetic corpus: regions, departments, project and indicator names, and
 * the stock phrases budget-performance documents are written in.
 *
 * Province names and their two-digit codes are the real GB/T 2260 ones, so the region tree looks
 * like the real one. Every city and county name, and every city/county code below the province,
 * is GENERATED (syllables combined by `placeName`): a generated name may happen to match a real
 * place somewhere, but its code, its units and all their figures are invented. The five seed
 * units (遵化、无锡、廉江、仁和、沙坡头 人大) are never produced: their codes are reserved below and
 * their name syllables are not in the lists.
 */

/** A real province-level division (municipalities, HK, Macao and Taiwan left out: they have no 地级市 layer). */
export interface Province {
  code: string;
  name: string;
}

export const PROVINCES: readonly Province[] = [
  ['13', '河北省'], ['14', '山西省'], ['15', '内蒙古自治区'], ['21', '辽宁省'], ['22', '吉林省'], ['23', '黑龙江省'],
  ['32', '江苏省'], ['33', '浙江省'], ['34', '安徽省'], ['35', '福建省'], ['36', '江西省'], ['37', '山东省'],
  ['41', '河南省'], ['42', '湖北省'], ['43', '湖南省'], ['44', '广东省'], ['45', '广西壮族自治区'], ['46', '海南省'],
  ['51', '四川省'], ['52', '贵州省'], ['53', '云南省'], ['54', '西藏自治区'], ['61', '陕西省'], ['62', '甘肃省'],
  ['63', '青海省'], ['64', '宁夏回族自治区'], ['65', '新疆维吾尔自治区'],
].map(([code, name]) => ({ code: code!, name: name! }));

/** Region codes of the five seed reports: never generated, so synthetic units cannot shadow them. */
export const RESERVED_CODES: ReadonlySet<string> = new Set(['130281', '320200', '440881', '510411', '640502']);
/** City prefixes of the seeds: generated cities skip them, so no county is filed under a seed's city code. */
export const RESERVED_CITY_PREFIXES: ReadonlySet<string> = new Set(['1302', '3202', '4408', '5104', '6405']);

// Syllables with their pinyin (for file slugs). 锡、化、廉、仁、坡 are left out on purpose (seed names).
const FIRST: readonly (readonly [string, string])[] = [
  ['青', 'qing'], ['安', 'an'], ['平', 'ping'], ['宁', 'ning'], ['永', 'yong'], ['长', 'chang'], ['新', 'xin'], ['东', 'dong'],
  ['西', 'xi'], ['南', 'nan'], ['北', 'bei'], ['泰', 'tai'], ['丰', 'feng'], ['兴', 'xing'], ['华', 'hua'], ['康', 'kang'],
  ['清', 'qing'], ['明', 'ming'], ['德', 'de'], ['福', 'fu'], ['吉', 'ji'], ['广', 'guang'], ['临', 'lin'], ['阳', 'yang'],
  ['柳', 'liu'], ['桂', 'gui'], ['松', 'song'], ['石', 'shi'], ['金', 'jin'], ['云', 'yun'], ['白', 'bai'], ['红', 'hong'],
  ['龙', 'long'], ['凤', 'feng'], ['鹤', 'he'], ['宝', 'bao'], ['昌', 'chang'], ['嘉', 'jia'], ['瑞', 'rui'], ['文', 'wen'],
];
const SECOND: readonly (readonly [string, string])[] = [
  ['川', 'chuan'], ['江', 'jiang'], ['河', 'he'], ['山', 'shan'], ['阳', 'yang'], ['源', 'yuan'], ['城', 'cheng'], ['林', 'lin'],
  ['州', 'zhou'], ['溪', 'xi'], ['泉', 'quan'], ['岭', 'ling'], ['原', 'yuan'], ['口', 'kou'], ['坪', 'ping'], ['湖', 'hu'],
  ['宁', 'ning'], ['安', 'an'], ['丰', 'feng'], ['水', 'shui'], ['谷', 'gu'], ['滨', 'bin'], ['塘', 'tang'], ['桥', 'qiao'],
  ['台', 'tai'], ['陵', 'ling'], ['沙', 'sha'], ['田', 'tian'], ['庄', 'zhuang'], ['浦', 'pu'], ['峪', 'yu'], ['坝', 'ba'],
  ['关', 'guan'], ['渡', 'du'], ['营', 'ying'], ['屯', 'tun'], ['集', 'ji'], ['堡', 'bao'], ['洲', 'zhou'], ['门', 'men'],
];
// Extra syllables for very large corpora, once every two-syllable name is used.
const THIRD: readonly (readonly [string, string])[] = [
  ['新', 'xin'], ['东', 'dong'], ['西', 'xi'], ['南', 'nan'], ['北', 'bei'], ['上', 'shang'], ['下', 'xia'], ['中', 'zhong'],
  ['前', 'qian'], ['后', 'hou'], ['大', 'da'], ['小', 'xiao'], ['高', 'gao'], ['古', 'gu'], ['乐', 'le'], ['和', 'he'],
];

/** Two-syllable names without a doubled syllable (阳阳), in a fixed order. */
const PAIRS: readonly (readonly [string, string])[] = FIRST.flatMap(([a, pa]) =>
  SECOND.filter(([b]) => b !== a).map(([b, pb]) => [a + b, pa + pb] as const),
);

/** How many two-syllable names there are; `placeName(n)` for n below this has two syllables. */
export const TWO_SYLLABLE_NAMES = PAIRS.length;

/** How many distinct place names `placeName` can produce. */
export const PLACE_NAME_CAPACITY = PAIRS.length * (THIRD.length + 1);

/**
 * The n-th generated place name (without 市/县/区) and its pinyin. Injective for
 * n < PLACE_NAME_CAPACITY, which is what keeps every unit name in the corpus unique.
 */
export function placeName(n: number): { name: string; pinyin: string } {
  if (n < 0 || n >= PLACE_NAME_CAPACITY) throw new RangeError(`placeName(${n}): only ${PLACE_NAME_CAPACITY} names`);
  const [name, pinyin] = PAIRS[n % PAIRS.length]!;
  const round = Math.floor(n / PAIRS.length);
  if (round === 0) return { name, pinyin };
  const [t, pt] = THIRD[round - 1]!;
  return { name: name + t, pinyin: pinyin + pt };
}

/** A project a department typically runs: its name, what its 数量指标 counts, and the unit counted. */
export interface ProjectPattern {
  name: string;
  object: string;
  unit: string;
}

/** One department category: how its units are named, how big they are, what they spend on. */
export interface Department {
  /** unit.category, e.g. 人大 */
  category: string;
  /** Full name; `{r}` is the region name, else the region name is put in front. */
  full: string;
  /** Short name, same placeholder rule. */
  short: string;
  slug: string;
  /** Typical annual budget of a county-level unit, 万元. */
  scale: number;
  /** The field of work, for goal and indicator texts, e.g. 教育事业发展 */
  field: string;
  /** Who the unit serves, for satisfaction indicators. */
  served: string;
  projects: readonly ProjectPattern[];
}

function patterns(spec: string): ProjectPattern[] {
  return spec.split(';').map((s) => {
    const [name, object, unit] = s.split('|');
    return { name: name!, object: object!, unit: unit! };
  });
}

// category, full, short, slug, scale, field, served, projects (名称|数量对象|单位; …)
const DEPARTMENT_ROWS: readonly (readonly [string, string, string, string, number, string, string, string])[] = [
  ['人大', '人民代表大会常务委员会办公室', '人大常委会办公室', 'renda', 900, '人大监督和代表工作', '人大代表',
    '人民代表大会会议经费|参会代表|人次;人大代表活动经费|代表活动|次;人大代表履职培训经费|参训代表|人次;代表之家联络站运行经费|代表之家（联络站）|个;预算联网监督系统运维经费|监督系统|套;执法检查和专题调研经费|执法检查|次'],
  ['政协', '中国人民政治协商会议{r}委员会办公室', '{r}政协办公室', 'zhengxie', 800, '政治协商和民主监督', '政协委员',
    '政协全体会议经费|参会委员|人次;政协委员视察调研经费|视察调研|次;文史资料编纂出版经费|文史资料|册;提案办理督办经费|提案|件;委员履职培训经费|参训委员|人次'],
  ['党委办公室', '中国共产党{r}委员会办公室', '{r}委办公室', 'dangwei-ban', 1500, '党委决策服务和督查', '党委领导和各部门',
    '党委重要会议保障经费|重要会议|次;督查督办工作经费|督查事项|项;机要保密工作经费|保密检查|次;党委信息工作经费|信息专报|期'],
  ['政府办公室', '人民政府办公室', '政府办公室', 'zhengfu-ban', 1600, '政府政务服务和综合协调', '政府各部门',
    '政府常务会议保障经费|会议|次;政务公开工作经费|公开信息|条;12345政务服务热线运行经费|受理工单|件;政府法律顾问经费|合法性审查|件;应急值守保障经费|值班|天'],
  ['纪委监委', '中国共产党{r}纪律检查委员会', '{r}纪委监委', 'jiwei', 1400, '监督执纪问责', '群众',
    '巡察工作经费|巡察单位|个;案件查办经费|审查调查案件|件;廉政教育基地运行经费|接受教育人员|人次;党风廉政宣传教育经费|宣传活动|场'],
  ['组织部', '中国共产党{r}委员会组织部', '{r}委组织部', 'zuzhibu', 1800, '党的组织建设和干部人才工作', '基层党组织',
    '干部教育培训经费|参训干部|人次;基层党组织活动经费|基层党组织|个;人才引进专项资金|引进人才|名;党员电化教育经费|远程教育站点|个;村（社区）干部报酬补助|村（社区）干部|人'],
  ['宣传部', '中国共产党{r}委员会宣传部', '{r}委宣传部', 'xuanchuanbu', 1200, '宣传思想文化工作', '群众',
    '新时代文明实践中心运行经费|文明实践活动|场;理论宣讲经费|宣讲活动|场;精神文明创建经费|创建单位|个;对外宣传经费|宣传稿件|篇'],
  ['统战部', '中国共产党{r}委员会统一战线工作部', '{r}委统战部', 'tongzhanbu', 600, '统一战线工作', '统战对象',
    '民族宗教工作经费|宗教活动场所|处;党外代表人士培训经费|参训人员|人次;侨务工作经费|侨务活动|次'],
  ['政法委', '中国共产党{r}委员会政法委员会', '{r}委政法委', 'zhengfawei', 900, '平安建设和社会治理', '群众',
    '平安建设专项经费|平安创建活动|次;网格化服务管理经费|网格员|名;矛盾纠纷多元化解经费|调解纠纷|件;综治中心运行经费|综治中心|个'],
  ['发展和改革局', '发展和改革局', '发改局', 'fagai', 1100, '经济社会发展规划和重大项目管理', '项目单位',
    '重大项目前期工作经费|前期项目|个;价格监测工作经费|监测品种|个;粮食储备管理经费|储备粮|吨;节能降碳工作经费|节能监察|次'],
  ['教育局', '教育局', '教育局', 'jiaoyu', 42000, '教育事业发展', '学生和家长',
    '义务教育学生营养改善计划|受益学生|人;学前教育发展资金|公办幼儿园|所;教师培训经费|参训教师|人次;校舍维修改造经费|维修校舍|所;家庭经济困难学生资助经费|资助学生|人次;校园安全保障经费|安保人员|名'],
  ['科学技术局', '科学技术局', '科技局', 'keji', 800, '科技创新', '科技企业',
    '科技创新专项资金|支持项目|个;高新技术企业培育奖补|培育企业|家;科技特派员工作经费|科技特派员|名;科普活动经费|科普活动|场'],
  ['工业和信息化局', '工业和信息化局', '工信局', 'gongxin', 1500, '工业经济运行和信息化建设', '企业',
    '工业企业技术改造奖补|技改项目|个;中小企业服务体系建设经费|服务企业|家;工业园区基础设施维护经费|维护道路|公里;数字化转型专项资金|转型企业|家'],
  ['公安局', '公安局', '公安局', 'gongan', 16000, '社会治安和公共安全', '群众',
    '公安业务装备购置经费|装备|套;视频监控系统运维经费|监控点位|个;辅警经费|辅警|名;禁毒工作经费|禁毒宣传|场;交通安全管理经费|交通安全宣传|次'],
  ['民政局', '民政局', '民政局', 'minzheng', 9000, '基本民生保障和社会服务', '困难群众',
    '城乡最低生活保障资金|保障对象|人;特困人员救助供养资金|特困人员|人;养老服务补贴|享受补贴老人|人;困境儿童保障经费|困境儿童|人;殡葬改革补助|惠民殡葬|人'],
  ['司法局', '司法局', '司法局', 'sifa', 1300, '法治建设和法律服务', '群众',
    '法律援助经费|法律援助案件|件;人民调解工作经费|调解纠纷|件;普法宣传经费|普法活动|场;社区矫正工作经费|社区矫正对象|人'],
  ['财政局', '财政局', '财政局', 'caizheng', 3000, '财政预算管理', '预算单位',
    '预算绩效管理经费|绩效评价项目|个;财政一体化系统运维经费|系统|套;政府采购监管经费|采购项目|个;国有资产管理经费|资产清查单位|个;乡镇财政所运行经费|财政所|个'],
  ['人力资源和社会保障局', '人力资源和社会保障局', '人社局', 'renshe', 6000, '就业和社会保障', '参保群众和劳动者',
    '就业补助资金|新增就业|人;职业技能培训补贴|参训人员|人次;劳动保障监察经费|监察案件|件;社保经办服务经费|经办业务|件'],
  ['自然资源局', '自然资源局', '自然资源局', 'ziran-ziyuan', 3500, '自然资源管理和国土空间规划', '群众',
    '国土空间规划编制经费|规划|项;不动产登记工作经费|登记业务|件;地质灾害防治经费|隐患点|处;耕地保护补偿资金|保护耕地|亩'],
  ['生态环境局', '生态环境分局', '生态环境分局', 'shengtai', 1800, '生态环境保护', '群众',
    '大气污染防治经费|监测站点|个;水污染防治经费|监测断面|个;环境执法监测经费|执法检查|次;农村环境整治资金|整治村庄|个'],
  ['住房和城乡建设局', '住房和城乡建设局', '住建局', 'zhujian', 5000, '城乡建设和住房保障', '群众',
    '老旧小区改造资金|改造小区|个;保障性住房租赁补贴|补贴家庭|户;农村危房改造补助|改造危房|户;建筑市场监管经费|检查工地|个;城市燃气安全检查经费|检查用户|户'],
  ['交通运输局', '交通运输局', '交通局', 'jiaotong', 8000, '交通基础设施建设和运输服务', '群众',
    '农村公路养护资金|养护里程|公里;城乡公交运营补贴|公交线路|条;道路运输安全监管经费|检查企业|家;桥梁安全检测经费|检测桥梁|座'],
  ['水利局', '水利局', '水利局', 'shuili', 6000, '水利建设和水资源管理', '群众',
    '农村饮水安全工程维修养护资金|维修工程|处;河湖长制工作经费|巡河|次;防汛抗旱经费|防汛物资|批;小型水库安全运行经费|小型水库|座'],
  ['农业农村局', '农业农村局', '农业农村局', 'nongye', 9000, '农业农村发展', '农户',
    '耕地地力保护补贴|补贴面积|万亩;高标准农田建设资金|建设面积|万亩;动物防疫经费|免疫家畜|万头;农业技术推广经费|示范基地|个;农村人居环境整治资金|整治村庄|个'],
  ['商务局', '商务局', '商务局', 'shangwu', 900, '商贸流通和对外开放', '企业和消费者',
    '电子商务进农村资金|服务站点|个;促消费活动经费|促消费活动|场;招商引资工作经费|招商活动|场;外贸企业扶持资金|扶持企业|家'],
  ['文化广电旅游局', '文化广电和旅游局', '文广旅局', 'wenlv', 2000, '文化旅游和广播电视', '群众和游客',
    '公共文化服务体系建设资金|文化活动|场;非物质文化遗产保护经费|非遗项目|项;文物保护经费|文物保护单位|处;旅游宣传推广经费|宣传推广活动|次;应急广播运维经费|应急广播终端|个'],
  ['卫生健康委员会', '卫生健康委员会', '卫健委', 'weijian', 18000, '卫生健康事业发展', '患者和群众',
    '基本公共卫生服务补助资金|服务人口|万人;家庭医生签约服务经费|签约人数|人;计划生育奖励扶助资金|扶助对象|人;村卫生室运行补助|村卫生室|个;重大疾病防控经费|筛查|人次'],
  ['退役军人事务局', '退役军人事务局', '退役军人事务局', 'tuiyi-junren', 1500, '退役军人服务保障', '退役军人',
    '优抚对象抚恤补助|优抚对象|人;退役士兵安置经费|安置士兵|人;烈士纪念设施维护经费|纪念设施|处;光荣院运行经费|入住对象|人'],
  ['应急管理局', '应急管理局', '应急局', 'yingji', 1600, '安全生产和应急管理', '群众和企业',
    '安全生产监管执法经费|执法检查|次;应急物资储备经费|应急物资|批;应急救援队伍建设经费|救援队员|名;防灾减灾宣传经费|宣传活动|场'],
  ['审计局', '审计局', '审计局', 'shenji', 700, '审计监督', '被审计单位',
    '审计项目经费|审计项目|个;经济责任审计经费|审计对象|人;政府投资项目审计经费|投资项目|个'],
  ['市场监督管理局', '市场监督管理局', '市场监管局', 'shichang-jianguan', 3200, '市场监管', '经营者和消费者',
    '食品安全抽检经费|抽检批次|批次;特种设备安全监察经费|检查设备|台;消费者权益保护经费|处理投诉|件;计量器具检定经费|检定器具|台'],
  ['统计局', '统计局', '统计局', 'tongji', 500, '统计调查', '社会公众',
    '经济普查经费|普查对象|个;农业统计调查经费|调查户|户;统计数据质量核查经费|核查单位|个'],
  ['医疗保障局', '医疗保障局', '医保局', 'yibao', 2500, '医疗保障', '参保群众',
    '医疗救助资金|救助对象|人次;医保基金监管经费|检查定点机构|家;医保经办服务经费|经办业务|件'],
  ['林业局', '林业局', '林业局', 'linye', 2500, '林业和草原保护', '林农',
    '森林防火经费|护林员|名;公益林生态效益补偿资金|补偿面积|万亩;林业有害生物防治经费|防治面积|亩;国土绿化资金|造林面积|亩'],
  ['体育局', '体育事业发展中心', '体育中心', 'tiyu', 600, '全民健身和体育事业', '健身群众',
    '全民健身活动经费|赛事活动|场;体育场馆免费开放补助|开放场馆|个;业余训练经费|训练学员|人'],
  ['信访局', '信访局', '信访局', 'xinfang', 600, '信访工作', '来访群众',
    '信访事项办理经费|信访事项|件;信访积案化解经费|化解积案|件;网上信访系统运维经费|系统|套'],
  ['乡村振兴局', '乡村振兴局', '乡村振兴局', 'xiangcun', 4000, '巩固拓展脱贫攻坚成果', '脱贫人口',
    '衔接推进乡村振兴补助资金|支持项目|个;脱贫人口小额信贷贴息|贷款户|户;雨露计划补助|补助学生|人;驻村工作队经费|驻村工作队|支'],
  ['人民法院', '人民法院', '法院', 'fayuan', 4500, '审判执行', '当事人',
    '审判业务经费|审结案件|件;执行工作经费|执结案件|件;人民陪审员经费|人民陪审员|名;诉讼服务中心运行经费|诉讼服务|件'],
  ['人民检察院', '人民检察院', '检察院', 'jianchayuan', 3000, '法律监督', '群众',
    '检察业务经费|办理案件|件;公益诉讼工作经费|公益诉讼案件|件;未成年人检察工作经费|法治进校园|场'],
  ['档案馆', '档案馆', '档案馆', 'danganguan', 400, '档案管理和利用', '查档群众',
    '档案数字化经费|数字化档案|万页;档案征集经费|征集档案|件;档案安全保管经费|库房|间'],
  ['机关事务服务中心', '机关事务服务中心', '机关事务中心', 'jiguan-shiwu', 1500, '机关后勤保障', '机关干部职工',
    '办公楼物业管理经费|物业面积|平方米;公务用车平台运行经费|公务车辆|辆;机关食堂运行经费|就餐|万人次;节约型机关建设经费|节能改造|项'],
  ['融媒体中心', '融媒体中心', '融媒体中心', 'rongmeiti', 1200, '新闻宣传和舆论引导', '受众',
    '新闻采编制作经费|新闻稿件|篇;广播电视节目制作经费|节目|期;新媒体平台运维经费|新媒体平台|个'],
  ['史志研究室', '地方志编纂中心', '地方志中心', 'difangzhi', 300, '地方志编纂', '读者',
    '年鉴编纂出版经费|年鉴|册;志书编纂经费|志书|部;地情资料收集整理经费|地情资料|万字'],
  ['妇女联合会', '妇女联合会', '妇联', 'fulian', 300, '妇女儿童工作', '妇女儿童',
    '妇女儿童维权服务经费|维权案件|件;巾帼创业就业培训经费|参训妇女|人次;家庭教育指导经费|指导活动|场'],
  ['共青团', '中国共产主义青年团{r}委员会', '共青团{r}委员会', 'tuanwei', 300, '青年工作', '青少年',
    '青少年活动经费|青少年活动|场;志愿服务工作经费|志愿者|人;青年创业扶持经费|扶持青年|人'],
  ['总工会', '总工会', '总工会', 'zonggonghui', 900, '工会工作', '职工',
    '困难职工帮扶资金|帮扶职工|人;职工技能竞赛经费|竞赛|场;职工之家建设经费|职工之家|个;夏季送清凉经费|慰问职工|人次'],
  ['残疾人联合会', '残疾人联合会', '残联', 'canlian', 1500, '残疾人事业', '残疾人',
    '残疾人康复救助资金|康复救助|人;残疾人辅助器具适配经费|适配辅具|件;残疾人就业培训经费|参训残疾人|人次;困难残疾人生活补贴|补贴对象|人'],
  ['科学技术协会', '科学技术协会', '科协', 'kexie', 300, '科学普及', '公众',
    '科普宣传活动经费|科普活动|场;青少年科技创新大赛经费|参赛学生|人;基层科普行动计划经费|科普示范基地|个'],
  ['工商业联合会', '工商业联合会', '工商联', 'gongshanglian', 300, '民营经济服务', '民营企业',
    '民营企业服务经费|服务企业|家;商会建设经费|商会|个;非公经济人士培训经费|参训人员|人次'],
  ['红十字会', '红十字会', '红十字会', 'hongshizihui', 200, '人道救助', '群众',
    '应急救护培训经费|参训人员|人次;人道救助资金|救助对象|人;无偿献血宣传经费|宣传活动|场'],
  ['供销合作社', '供销合作社联合社', '供销社', 'gongxiaoshe', 400, '为农服务', '农户',
    '农资供应保障经费|农资|吨;基层供销社建设经费|基层网点|个;农产品流通服务经费|流通网点|个'],
  ['消防救援', '消防救援大队', '消防救援大队', 'xiaofang', 2200, '消防救援', '群众',
    '消防装备购置经费|装备|套;政府专职消防员经费|专职消防员|名;消防宣传经费|宣传活动|场;消防水源建设经费|消火栓|个'],
  ['城市管理综合行政执法局', '城市管理综合行政执法局', '城管执法局', 'chengguan', 6000, '城市管理', '市民',
    '城区环境卫生保洁经费|保洁面积|万平方米;市政设施维护经费|维护道路|公里;园林绿化养护经费|养护绿地|万平方米;路灯维护及电费|路灯|盏;生活垃圾转运处理经费|转运垃圾|吨'],
  ['政务服务和数据管理局', '政务服务和数据管理局', '政务服务数据局', 'zhengwu', 1200, '政务服务和数据管理', '办事群众和企业',
    '政务服务中心运行经费|办理事项|件;电子政务外网运维经费|接入单位|个;政务数据共享平台建设经费|共享数据|万条'],
  ['疾病预防控制中心', '疾病预防控制中心', '疾控中心', 'jikong', 2000, '疾病预防控制', '群众',
    '免疫规划经费|接种|剂次;传染病监测经费|监测哨点|个;慢性病防控经费|筛查|人次;职业病防治经费|体检|人'],
  ['人民医院', '人民医院', '人民医院', 'renmin-yiyuan', 30000, '医疗服务', '患者',
    '医疗设备购置经费|医疗设备|台;重点专科建设经费|重点专科|个;公立医院改革补助|门诊|万人次;医联体建设经费|帮扶乡镇卫生院|个'],
  ['中学', '第一中学', '第一中学', 'yizhong', 6000, '高中教育', '学生和家长',
    '教学设备购置经费|教学设备|台;学生资助经费|资助学生|人次;校园安全保障经费|安保人员|名;教师培训经费|参训教师|人次'],
  ['农业技术推广中心', '农业技术推广中心', '农技中心', 'nongji', 700, '农业技术推广', '农户',
    '农业技术培训经费|培训农民|人次;良种示范推广经费|示范面积|亩;土壤检测经费|土壤样品|个'],
  ['党校', '中国共产党{r}委员会党校', '{r}委党校', 'dangxiao', 800, '干部教育培训', '学员',
    '主体班次培训经费|培训学员|人次;党性教育基地运行经费|现场教学|场;理论研究经费|研究课题|项'],
  ['老干部局', '中国共产党{r}委员会老干部局', '{r}委老干部局', 'laoganbu', 1500, '离退休干部服务', '离退休干部',
    '离退休干部活动经费|组织活动|次;老年大学运行经费|在校学员|人;走访慰问离退休干部经费|慰问|人次'],
  ['国有资产服务中心', '国有资产服务中心', '国资中心', 'guozi', 500, '国有资产监管', '国有企业',
    '国有企业监管经费|监管企业|家;国有资产清查经费|清查资产|项;企业审计经费|审计企业|家'],
  ['气象局', '气象局', '气象局', 'qixiang', 500, '气象服务', '群众和农户',
    '气象观测站运维经费|观测站|个;人工影响天气经费|作业|次;气象灾害预警服务经费|预警信息|条'],
];

/** The department categories, each with name templates and typical projects. */
export const DEPARTMENTS: readonly Department[] = DEPARTMENT_ROWS.map(
  ([category, full, short, slug, scale, field, served, spec]) => ({ category, full, short, slug, scale, field, served, projects: patterns(spec) }),
);

/** Projects any unit may run, mixed into the department's own (项目名称|数量对象|单位). */
export const COMMON_PROJECTS: readonly ProjectPattern[] = patterns(
  '信息化系统运行维护经费|信息系统|套;办公楼维修改造经费|维修面积|平方米;业务培训经费|参训人员|人次;档案数字化整理经费|整理档案|卷;' +
    '法律顾问服务经费|法律事务|件;政府购买服务经费|购买服务岗位|个;离退休人员慰问经费|慰问人员|人次;安全生产工作经费|安全检查|次;' +
    '专项工作经费|专项工作|项;宣传工作经费|宣传报道|篇;网络安全等级保护测评经费|测评系统|套;办公设备购置经费|办公设备|台;' +
    '党建工作经费|党建活动|次;乡村振兴驻村帮扶经费|帮扶村|个;会议经费|会议|次;调研课题经费|调研课题|项;第三方绩效评价经费|评价项目|个;' +
    '公务用车运行维护经费|公务用车|辆;编外人员经费|编外人员|名;培训基地运行经费|培训|期',
);

/** 人员类 / 运转类 / 特定目标类 splits and their line names (the 四川 style). */
export const KIND_LINES = { personnel: '人员类项目支出', operation: '运转类项目支出', targeted: '特定目标类项目经费' } as const;

// ---------------------------------------------------------------- indicators

/** Level-1 / level-2 names as different provinces print them. */
export interface IndicatorDialect {
  output: string;
  benefit: string;
  satisfaction: string;
  quantity: string;
  quality: string;
  timeliness: string;
  cost: string;
  social: string;
  economic: string;
  ecological: string;
  sustainable: string;
  served: string;
}

export const DIALECTS: readonly IndicatorDialect[] = [
  { output: '产出指标', benefit: '效益指标', satisfaction: '满意度指标', quantity: '数量指标', quality: '质量指标', timeliness: '时效指标', cost: '成本指标',
    social: '社会效益指标', economic: '经济效益指标', ecological: '生态效益指标', sustainable: '可持续影响指标', served: '服务对象满意度指标' },
  { output: '产出指标', benefit: '效益指标', satisfaction: '满意度指标', quantity: '数量指标', quality: '质量指标', timeliness: '时效指标', cost: '成本指标',
    social: '社会效益', economic: '经济效益', ecological: '生态效益', sustainable: '可持续影响', served: '服务对象满意度' },
  { output: '项目完成', benefit: '项目效益', satisfaction: '满意度指标', quantity: '数量指标', quality: '质量指标', timeliness: '时效指标', cost: '成本指标',
    social: '社会效益指标', economic: '经济效益指标', ecological: '生态效益指标', sustainable: '可持续影响指标', served: '满意度指标' },
];

/** 决策 / 过程 rows of a project table (the 江苏 style): level2, level3, qualitative value. */
export const PROJECT_PROCESS_ROWS: readonly (readonly [string, string, string, string])[] = [
  ['决策', '项目立项', '立项依据充分性', '充分'],
  ['决策', '项目立项', '立项程序规范性', '规范'],
  ['决策', '绩效目标', '绩效目标合理性', '合理'],
  ['决策', '绩效目标', '绩效指标明确性', '明确'],
  ['决策', '资金投入', '预算编制科学性', '科学'],
  ['决策', '资金投入', '资金分配合理性', '合理'],
  ['过程', '资金管理', '资金使用合规性', '合规'],
  ['过程', '组织实施', '管理制度健全性', '健全'],
  ['过程', '组织实施', '制度执行有效性', '有效'],
];

/** 部门整体 决策 / 过程 rows (level1, level2, level3, value; values with % are percentages). */
export const OVERALL_PROCESS_ROWS: readonly (readonly [string, string, string, string])[] = [
  ['决策', '计划制定', '中长期规划制定健全性', '健全'],
  ['决策', '计划制定', '工作计划制定健全性', '健全'],
  ['决策', '目标设定', '绩效目标合理性', '合理'],
  ['决策', '目标设定', '绩效指标明确性', '明确'],
  ['决策', '预算编制', '预算编制科学性', '科学'],
  ['决策', '预算编制', '预算编制规范性', '规范'],
  ['过程', '预算执行', '预算调整率', '=0%'],
  ['过程', '预算执行', '支付进度符合率', '=100%'],
  ['过程', '预算执行', '预算执行率', '=100%'],
  ['过程', '预算执行', '结转结余率', '=0%'],
  ['过程', '预算执行', '公用经费控制率', '≤100%'],
  ['过程', '预算执行', '“三公经费”变动率', '≤0%'],
  ['过程', '预算执行', '政府采购执行率', '=100%'],
  ['过程', '预算管理', '预算管理制度健全性', '健全'],
  ['过程', '预算管理', '资金使用合规性', '合规'],
  ['过程', '预算管理', '绩效管理覆盖率', '=100%'],
  ['过程', '预算管理', '预决算信息公开度', '公开'],
  ['过程', '资产管理', '资产管理制度健全性', '健全'],
  ['过程', '资产管理', '资产管理规范性', '规范'],
  ['过程', '资产管理', '固定资产利用率', '=100%'],
  ['过程', '项目管理', '项目管理制度健全性', '健全'],
  ['过程', '项目管理', '项目管理制度执行规范性', '规范'],
  ['过程', '人员管理', '人员管理制度健全性', '健全'],
  ['过程', '人员管理', '在职人员控制率', '≤100%'],
  ['过程', '机构建设', '业务学习与培训及时完成率', '=100%'],
  ['过程', '机构建设', '纪检监察工作有效性', '有效'],
];

/** Quality indicator names; `{o}` is the project's counted object. */
export const QUALITY_NAMES: readonly string[] = [
  '{o}覆盖率', '工作任务完成率', '验收合格率', '资金使用合规率', '{o}达标率', '按标准完成{o}比例', '{o}质量合格率',
];
/** Timeliness indicator names with the value kinds they take. */
export const TIMELINESS_NAMES: readonly string[] = ['完成时限', '项目实施时间', '资金拨付及时率', '工作完成及时率', '{o}完成时间'];
/** Social-benefit names (level3) with qualitative targets. */
export const SOCIAL_BENEFITS: readonly (readonly [string, string])[] = [
  ['{f}水平', '有效提升'], ['服务{s}能力', '明显增强'], ['群众获得感', '持续增强'], ['{f}工作规范化程度', '进一步提高'],
  ['社会稳定', '有效维护'], ['{s}合法权益保障', '有效保障'], ['公共服务均等化水平', '稳步提高'],
];
export const ECONOMIC_BENEFITS: readonly (readonly [string, string])[] = [
  ['带动相关产业发展', '有效带动'], ['促进地方经济发展', '有效促进'], ['节约行政成本', '有效节约'],
];
export const ECOLOGICAL_BENEFITS: readonly (readonly [string, string])[] = [
  ['生态环境质量', '持续改善'], ['节能减排', '有效推进'],
];
export const SUSTAINABLE_BENEFITS: readonly (readonly [string, string])[] = [
  ['{f}长效机制', '长期'], ['对{f}的持续影响', '持续影响'], ['工作机制持续运行', '持续发挥作用'], ['{f}可持续发展', '长期'],
];
/** Satisfaction targets as documents print them (≥, ≧, >, with and without a space). */
export const SATISFACTION_VALUES: readonly (readonly [string, number])[] = [
  ['≥90%', 40], ['≥95%', 25], ['≥85%', 12], ['≥80%', 6], ['>90%', 4], ['≧90%', 4], ['≥ 90%', 3], ['90%', 6],
];
/** Reference-kind values: the target is an outside yardstick. */
export const REFERENCE_VALUES: readonly string[] = [
  '序时进度', '依据相关政策标准', '按照年度工作计划执行', '根据上级文件要求', '符合《政府采购法》规定', '参照行业标准',
];
/** Basis (指标值确定依据) texts. */
export const BASIS_TEXTS: readonly string[] = [
  '年度工作计划', '历史数据', '行业标准', '上级文件要求', '计划标准', '项目实施方案', '预算批复',
];

// ---------------------------------------------------------------- prose

/** Sentence templates; {r} region, {u} unit short name, {f} field, {s} served, {y} year. */
export const GOAL_SENTENCES: readonly string[] = [
  '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，围绕{r}经济社会发展大局，扎实推进{f}各项工作。',
  '严格执行预算，规范资金管理，确保{u}正常运转和各项重点工作顺利完成。',
  '聚焦{s}急难愁盼问题，持续提升{f}服务质量和水平，不断增强{s}的获得感和满意度。',
  '加强干部队伍建设，提高依法履职能力，推动{f}工作规范化、制度化、信息化。',
  '落实过紧日子要求，严控一般性支出，提高财政资金使用效益。',
  '完成{y}年度{f}重点任务，各项绩效指标达到预期目标。',
  '健全内部控制制度，防范资金风险，确保资金使用安全、合规、有效。',
];
export const MEASURE_SENTENCES: readonly string[] = [
  '加强组织领导。成立预算绩效管理工作领导小组，明确责任分工，层层压实责任，确保各项目标任务落到实处。',
  '强化制度建设。健全预算管理、资产管理、政府采购等内部管理制度，规范业务流程，提高管理水平。',
  '加强绩效运行监控。按季度对项目实施进度和绩效目标完成情况进行跟踪，发现问题及时纠偏。',
  '严格资金管理。坚持专款专用，严格执行财务制度和开支标准，确保资金使用安全规范。',
  '推进信息公开。按规定公开部门预算、决算和绩效信息，主动接受社会监督。',
  '加强队伍建设。组织开展业务培训，提高干部职工的业务能力和服务水平。',
];
export const PROJECT_GOALS: readonly string[] = [
  '按计划完成{p}各项工作任务，保障{f}工作正常开展。',
  '规范使用项目资金，提高资金使用效益，{s}满意度达到预期。',
  '通过实施本项目，进一步提升{f}水平，更好地服务{s}。',
  '{y}年完成{o}{n}{c}，质量达到相关标准要求。',
];
