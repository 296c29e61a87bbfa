// French: civilités (M., Mme, Me…), people introduced by a relation or "dénommé", French street addresses with
// their postcode and town, boîtes postales, and the social security number (NIR, with its key).
import { validFrenchNir } from '../checksums.ts';
import { combine, type LanguageRules } from '../language-rules.ts';
import { capitalWord, initialAnyCase, numberEnd, numberStart } from '../patterns.ts';

const streetTypes = [
  'rue', 'avenue', 'av.', 'boulevard', 'bd', 'place', 'chemin', 'allée', 'impasse', 'quai', 'route', 'cours', 'square',
  'passage', 'faubourg', 'rond-point', 'voie', 'sentier', 'cité', 'résidence', 'esplanade', 'promenade',
].map(initialAnyCase).join('|');
const particle = "(?:de la|de l['’]|des|du|de|d['’]|la|le|les|l['’]|aux|au|et|sur|sous|en)";
/** The first word after the street type may be lower case ("rue de la paix"); later ones are capitalised. */
const streetName = `(?:${particle} ?)?[\\p{L}\\d][\\p{L}\\p{M}\\d'’\\-]*(?: (?:${particle} ?){0,3}(?:${capitalWord}|\\d{1,4}(?= \\p{Lu}))){0,5}`;
/** "75002 Paris", "CH-1211 Genève 10", "92100 Boulogne-Billancourt Cedex". */
export const frenchPostcodeTown = `(?:(?:F|FR|CH|B|L|MC)-?)?\\d{4,5} ${capitalWord}(?:[ \\-]${capitalWord}){0,3}(?: (?:CEDEX|Cedex)(?: \\d{1,2})?| \\d{1,2}(?![\\p{N}]))?`;
const street = new RegExp(
  `${numberStart}\\d{1,4}(?: ?(?:bis|ter|quater|[A-D])(?![\\p{L}]))?,? (?:${streetTypes}) ${streetName}(?:,?\\s+${frenchPostcodeTown})?`,
  'gu',
);
const poBox = new RegExp(`(?<![\\p{L}])(?:B\\.P\\.|BP|[Bb]oîte postale|[Cc]ase postale) ?\\d{1,6}${numberEnd}(?:,?\\s+${frenchPostcodeTown})?`, 'gu');

export const french: LanguageRules = {
  honorifics: [
    'M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Me', 'Dr', 'Pr', 'Monsieur', 'monsieur', 'Madame', 'madame', 'Mademoiselle',
    'mademoiselle', 'Maître', 'maître', 'Docteur', 'docteur', 'Professeur', 'professeur',
  ],
  introducers: combine(
    ['mon', 'ma', 'notre', 'son', 'sa', 'leur', 'votre'],
    ['collègue', 'camarade', 'ami', 'amie', 'époux', 'épouse', 'mari', 'femme', 'compagnon', 'compagne', 'fils', 'fille',
      'frère', 'sœur', 'soeur', 'père', 'mère', 'cousin', 'cousine', 'neveu', 'nièce', 'oncle', 'tante', 'avocat', 'avocate',
      'voisin', 'voisine', 'client', 'cliente'],
  ),
  namingWords: ['dénommé', 'dénommée', 'nommé', 'nommée', 'prénommé', 'prénommée', 'appelé', 'appelée', 'du nom de'],
  thingNouns: [
    'organisation', 'ong', 'groupe', 'réseau', 'association', 'coalition', 'mouvement', 'campagne', 'projet', 'programme',
    'initiative', 'plateforme', 'société', 'entreprise', 'loi', 'décret', 'politique', 'opération', 'plan',
    'rapport', 'livre', 'film', 'chanson', 'village', 'ville', 'région', 'province', 'quartier', 'camp', 'fleuve', 'lieu',
    'pays', 'parti', 'syndicat', 'site', 'journal', 'magazine', 'radio', 'école', 'hôpital', 'prison', 'centre', 'fondation',
    'fonds', 'événement', 'festival', 'conférence', 'forum', 'mécanisme', 'organe', 'collectif',
  ],
  notNames: [
    'Président', 'Présidente', 'Ministre', 'Ambassadeur', 'Ambassadrice', 'Rapporteur', 'Rapporteuse', 'Spécial',
    'Spéciale', 'Expert', 'Experte', 'Haut-Commissaire', 'Commissaire', 'Directeur', 'Directrice', 'Secrétaire',
    'Général', 'Générale', 'Maire', 'Préfet', 'Préfète', 'Juge', 'Procureur', 'Procureure', 'Délégué', 'Déléguée',
  ],
  notPersonWords: [
    'Association', 'Réseau', 'Fondation', 'Institut', 'Conseil', 'Comité', 'Commission', 'Coalition', 'Union', 'Alliance',
    'Fédération', 'Centre', 'Organisation', 'Société', 'Groupe', 'Mouvement', 'Campagne', 'Fonds', 'Banque', 'Ministère',
    'Département', 'Bureau', 'Agence', 'Programme', 'Parti', 'Église', 'Université', 'École', 'Hôpital', 'Entreprise',
    'SA', 'SARL', 'SAS', 'Internationale', 'International', 'Forum', 'Plateforme', 'Nations', 'République', 'Royaume',
    'État', 'États', 'Gouvernement', 'Cour', 'Tribunal', 'Parlement', 'Assemblée', 'Loi', 'Décret', 'Convention',
    'Déclaration', 'Pacte', 'Charte', 'Protocole', 'Résolution', 'Projet', 'Initiative', 'ONG', 'Collectif', 'Coopérative',
    'Syndicat', 'Ligue', 'Droits', 'Observatoire', 'Action', 'Secours',
  ],
  phoneLabels: ['tél', 'tel', 'téléphone', 'telephone', 'portable', 'mobile', 'fax', 'télécopie', 'whatsapp', 'signal', 'telegram'],
  identityLabels: [
    'passeport', 'CNI', "carte nationale d'identité", 'carte nationale d’identité', "carte d'identité", 'carte d’identité',
    "pièce d'identité", 'pièce d’identité', "numéro d'identité", 'numéro d’identité', 'NIR', 'numéro de sécurité sociale',
    'sécurité sociale', 'titre de séjour', 'carte de séjour', 'carte de réfugié', 'récépissé', 'IBAN', 'RIB', 'numéro fiscal',
    "numéro d'enregistrement HCR", 'numéro d’enregistrement HCR',
  ],
  phonePatterns: [],
  identityPatterns: [
    // NIR: sex, year, month, département (2A/2B in Corsica), commune, order, key; 15 characters, spaced or not.
    {
      pattern: new RegExp(`${numberStart}[12] ?\\d{2} ?\\d{2} ?(?:\\d{2}|2A|2B) ?\\d{3} ?\\d{3} ?\\d{2}${numberEnd}`, 'gu'),
      valid: (match) => validFrenchNir(match),
    },
  ],
  postalPatterns: [{ pattern: street }, { pattern: poBox }],
};
