import type { BusinessLicence, TaxRegistration } from '#shared/schemas/customer-legal.schema';
import { surnames, givenNames } from './company-names';

/** Province by the first two digits of the administrative code in a credit code. */
const provinces: Record<string, string> = {
  '11': '北京市', '12': '天津市', '13': '河北省', '14': '山西省', '15': '内蒙古自治区', '21': '辽宁省', '23': '黑龙江省',
  '31': '上海市', '32': '江苏省', '33': '浙江省', '34': '安徽省', '35': '福建省', '37': '山东省', '43': '湖南省',
  '44': '广东省', '45': '广西壮族自治区', '46': '海南省', '52': '贵州省', '53': '云南省',
};
const banks = ['中国工商银行', '中国建设银行', '中国银行', '招商银行', '交通银行'];

/**
 * A demo customer's legal qualification (R2), from its own small generator so the rest of the demo data
 * (owners, contacts, amounts) stays as it was. Most customers have it; a few are left to be completed.
 */
export function demoLegal(company: { division: string }, index: number) {
  // Spread the index's bits first: neighbouring seeds of this generator give alike first draws.
  let s = Math.imul((index + 1) ^ 0x5bd1e995, 0x9e3779b1) >>> 0;
  s = (s ^ (s >>> 15)) >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    s = (s ^ (s >>> 13)) >>> 0;
    return s / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  if (index % 7 === 6) return {};

  const province = provinces[company.division.slice(0, 2)] ?? '';
  const place = province.replace(/(壮族)?自治区$|省$|市$/, '');
  const established = `${int(1995, 2018)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  const businessLicence: BusinessLicence = {
    registeredCapital: `${pick([500, 1000, 2000, 5000, 10000])}万元人民币`,
    establishedOn: established,
    ...(index % 3 === 0 ? { validUntil: `${Number(established.slice(0, 4)) + 30}${established.slice(4)}` } : {}),
    registrationAuthority: `${province}市场监督管理局`,
  };
  const taxRegistration: TaxRegistration = {
    taxpayerType: index % 4 === 3 ? 'small-scale' : 'general',
    bankName: `${pick(banks)}${place}分行`,
    bankAccount: String(int(1000_0000, 9999_9999)) + String(int(1000_0000, 9999_9999)),
  };
  return {
    legalRepresentative: pick(surnames) + pick(givenNames),
    registeredAddress: `${province}${pick(['人民路', '建设路', '中山路', '解放路', '科技路'])} ${int(1, 999)} 号`,
    region: province,
    businessLicence,
    taxRegistration,
  };
}
