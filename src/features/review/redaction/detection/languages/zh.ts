// Chinese: phone and identity labels, mainland mobile numbers, and the resident identity number (checked). Chinese
// writes names without spaces or capitals, so names are left to the names staff know and to staff's reading.
// Full-width digits and signs are folded to ASCII first (normalise.ts).
import { validChineseResidentId } from '../checksums.ts';
import { noRules, type LanguageRules } from '../language-rules.ts';
import { numberEnd, numberStart } from '../patterns.ts';

export const chinese: LanguageRules = {
  ...noRules,
  phoneLabels: ['电话', '電話', '联系电话', '聯絡電話', '手机', '手機', '座机', '传真', '傳真'],
  identityLabels: ['身份证', '身份證', '身分證', '居民身份证', '证件号码', '證件號碼', '护照', '護照'],
  phonePatterns: [
    // Mainland mobile: 1, then 3–9, then nine digits (138 0013 8000).
    { pattern: new RegExp(`${numberStart}1[3-9]\\d(?:\\d{8}|([ \\-])\\d{4}\\1\\d{4})${numberEnd}`, 'gu') },
  ],
  identityPatterns: [
    { pattern: new RegExp(`${numberStart}\\d{17}[\\dXx]${numberEnd}`, 'gu'), valid: (match) => validChineseResidentId(match) },
  ],
};
