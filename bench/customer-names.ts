/**
 * Realistic Chinese company names and mainland phone numbers for benchmarks, from a seeded generator so
 * every run loads the same data: `<city><brand><trade><legal form>`, e.g. 苏州鑫源精密机械有限公司.
 */
const cities = [
  '北京', '上海', '广州', '深圳', '杭州', '南京', '苏州', '成都', '武汉', '西安', '重庆', '天津', '宁波', '无锡', '青岛', '厦门',
  '长沙', '郑州', '济南', '合肥', '福州', '东莞', '佛山', '温州', '绍兴', '嘉兴', '常州', '南通', '扬州', '泉州', '昆明', '南宁',
  '沈阳', '大连', '哈尔滨', '长春', '石家庄', '太原', '贵阳', '兰州', '乌鲁木齐', '呼和浩特', '海口', '珠海', '中山', '惠州',
];
const brandChars = Array.from(
  '华盛达通鑫源泰恒信诚宏远博创佳联海天安利德丰瑞祥兴隆昌盈嘉和美新永佳润泽汇金银晨星辰光明辉煌锦绣龙凤凯越腾飞翔宇宙航卓越精工匠心启智慧聚能量子云数智链科宏图伟业中正方圆立本固基长城江河湖山川峰岭松柏竹梅兰菊',
);
const trades = [
  '科技', '信息技术', '贸易', '实业', '精密机械', '电子', '物流', '建设工程', '食品', '医药', '新材料', '环保科技', '能源', '汽车配件',
  '网络科技', '文化传媒', '商务咨询', '投资管理', '电气设备', '纺织', '化工', '家居', '智能装备', '生物科技', '建材', '包装', '印务',
  '供应链管理', '农业开发', '旅游开发',
];
const legalForms = ['有限公司', '有限公司', '有限公司', '有限公司', '有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司', '集团有限公司'];
const mobilePrefixes = ['130', '131', '135', '136', '137', '138', '139', '150', '151', '158', '159', '177', '181', '186', '188', '199'];
const areaCodes = ['010', '021', '020', '0755', '0571', '025', '0512', '028', '027', '029'];

/** mulberry32: small, fast, seeded. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function companyNameGenerator(random: () => number) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return () => {
    const brand = pick(brandChars) + pick(brandChars);
    return { brand, name: `${pick(cities)}${brand}${pick(trades)}${pick(legalForms)}` };
  };
}

/** A distinct mobile for each `i` (the last 8 digits carry it), and now and then a landline. */
export function phonesFor(i: number, random: () => number): string[] {
  const mobile = `${mobilePrefixes[i % mobilePrefixes.length]}${String(i * 7 + 10_000_000).slice(-8)}`;
  return random() < 0.3 ? [mobile, `${areaCodes[i % areaCodes.length]}-${String(60_000_000 + i).slice(-8)}`] : [mobile];
}
