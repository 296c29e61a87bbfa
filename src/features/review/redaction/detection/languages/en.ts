// English: titles, people introduced by a relation, US and UK phone and address formats, SSN.
import { combine, type LanguageRules } from '../language-rules.ts';
import { capitalWord, houseNumberNotAYear, numberEnd, numberStart } from '../patterns.ts';

const streetTypes = 'Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Boulevard|Blvd\\.?|Way|Place|Pl\\.?|Square|Sq\\.?|Terrace|Crescent|Highway|Hwy\\.?|Parkway';
const ukPostcode = '[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}';
const usStateZip = '[A-Z]{2} \\d{5}(?:-\\d{4})?';
/** "221B Baker Street, London NW1 6XE", "1600 Pennsylvania Avenue NW, Washington, DC 20500". */
const street = new RegExp(
  `${numberStart}(?<number>\\d{1,5}[A-Z]?),? (?:${capitalWord} ){1,4}(?:${streetTypes})(?![\\p{L}])` +
  '(?: (?:NW|NE|SW|SE|N|S|E|W)(?![\\p{L}]))?' +
  '(?:,? (?:Apt|Apartment|Suite|Flat|Unit)\\.? ?#?[A-Za-z0-9]{1,5})?' +
  `(?:,?\\s+(?:${capitalWord}(?: ${capitalWord}){0,2},? )?(?:${usStateZip}|${ukPostcode})(?![\\p{L}\\p{N}]))?`,
  'gu',
);
const poBox = new RegExp(`(?<![\\p{L}])(?:P\\.? ?O\\.? ?Box|Post Office Box) ?#?\\d{1,6}${numberEnd}`, 'gu');

export const english: LanguageRules = {
  honorifics: ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Rev', 'Reverend', 'Father', 'Sister', 'Judge'],
  introducers: combine(
    ['my', 'our', 'his', 'her', 'their', 'your'],
    ['colleague', 'co-worker', 'coworker', 'friend', 'husband', 'wife', 'son', 'daughter', 'brother', 'sister', 'father',
      'mother', 'cousin', 'nephew', 'niece', 'uncle', 'aunt', 'grandson', 'granddaughter', 'fiancé', 'fiancée', 'lawyer',
      'client', 'neighbour', 'neighbor'],
  ),
  namingWords: ['named', 'called', 'by the name of'],
  thingNouns: [
    'organisation', 'organization', 'ngo', 'group', 'network', 'association', 'coalition', 'movement', 'campaign', 'project',
    'programme', 'program', 'initiative', 'platform', 'company', 'law', 'bill', 'act', 'decree', 'policy', 'operation', 'plan',
    'report', 'book', 'film', 'song', 'village', 'town', 'city', 'region', 'province', 'district', 'camp', 'river', 'place',
    'area', 'country', 'party', 'union', 'website', 'newspaper', 'magazine', 'radio', 'station', 'school', 'hospital', 'prison',
    'centre', 'center', 'foundation', 'fund', 'event', 'festival', 'conference', 'forum', 'mechanism', 'body', 'so',
  ],
  notNames: [
    'President', 'Vice-President', 'Chair', 'Chairperson', 'Secretary-General', 'Secretary', 'Minister', 'Ambassador',
    'Rapporteur', 'Special', 'Independent', 'Expert', 'Commissioner', 'High', 'Deputy', 'Director', 'General', 'Speaker',
    'Governor', 'Mayor', 'Senator', 'Representative', 'Delegate', 'Prosecutor', 'Justice', 'King', 'Queen', 'Prince',
    'Princess', 'Chief', 'Head', 'Madam', 'The',
  ],
  notPersonWords: [
    'Association', 'Network', 'Foundation', 'Institute', 'Institution', 'Council', 'Committee', 'Commission', 'Coalition',
    'Union', 'Alliance', 'Federation', 'Centre', 'Center', 'Organisation', 'Organization', 'Society', 'Group', 'Movement',
    'Campaign', 'Trust', 'Fund', 'Bank', 'Ministry', 'Department', 'Office', 'Agency', 'Programme', 'Program', 'Party',
    'Church', 'University', 'College', 'School', 'Hospital', 'Company', 'Ltd', 'Inc', 'LLC', 'Corporation', 'International',
    'Watch', 'Forum', 'Platform', 'Nations', 'Republic', 'Kingdom', 'State', 'States', 'Government', 'Court', 'Tribunal',
    'Parliament', 'Assembly', 'Law', 'Act', 'Bill', 'Decree', 'Convention', 'Declaration', 'Covenant', 'Charter', 'Protocol',
    'Resolution', 'Agenda', 'Project', 'Initiative', 'NGO', 'Collective', 'Cooperative', 'Press', 'News', 'Times', 'Radio',
    'Television', 'Defenders', 'Rights', 'Amnesty', 'Action', 'Aid', 'Relief',
  ],
  phoneLabels: ['tel', 'telephone', 'phone', 'mobile', 'cell', 'cellphone', 'fax', 'whatsapp', 'whats app', 'signal', 'telegram'],
  identityLabels: [
    'passport', 'national id', 'national identity card', 'identity card', 'id card', 'identity number', 'id number', 'id no',
    'ID', 'SSN', 'social security number', 'social security no', 'national insurance number', 'NINO', "driver's license",
    'driving licence', 'tax id', 'tax identification number', 'IBAN', 'bank account', 'account number', 'refugee id',
    'UNHCR case number', 'UNHCR registration number', 'residence permit',
  ],
  phonePatterns: [
    // US and Canada: (212) 555-0100, 212-555-0100, 212.555.0100.
    { pattern: new RegExp(`${numberStart}(?:\\(\\d{3}\\) ?|\\d{3}[.\\-])\\d{3}[.\\-]\\d{4}${numberEnd}`, 'gu') },
  ],
  identityPatterns: [
    // US social security number: 3-2-4 digits; never 000, 666 or 9xx first, 00 second or 0000 last.
    {
      pattern: new RegExp(`${numberStart}(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}${numberEnd}`, 'gu'),
    },
  ],
  postalPatterns: [{ pattern: street, valid: houseNumberNotAYear }, { pattern: poBox }],
};
