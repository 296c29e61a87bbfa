// The words that make a line an organisation's name, and which kind of stakeholder they name, in English, French
// and Spanish; and the job titles that stand beside a name in a signature ("Executive Director, Red Andina…").
// Matched on folded text (no accents, lower case).
import type { StakeholderType } from '../../calls/index.ts';
import { fold } from './words.ts';

const words = (list: string) => new RegExp(`\\b(?:${list})\\b`);

// Checked in this order: "Permanent Mission of Chile to the United Nations" is a State, "Centre for Human Rights,
// University of Pretoria" is academia, and a national commission on human rights is an NHRI before a "commission".
const kinds: [StakeholderType, RegExp][] = [
  ['state', words([
    'permanent mission', 'mission permanente', 'mision permanente', 'delegation permanente', 'ministry', 'ministere', 'ministerio',
    'government of', 'gouvernement', 'gobierno', 'embassy', 'ambassade', 'embajada', 'ministry of foreign affairs',
    'cancilleria', 'secretaria de relaciones exteriores', 'foreign office', 'department of foreign affairs', 'presidencia de la republica',
  ].join('|'))],
  ['nhri', words([
    'national human rights (?:commission|institution|council|committee)', 'human rights commission', 'commission on human rights',
    'commission nationale (?:des|consultative des) droits', 'conseil national des droits', 'institution nationale des droits',
    'comision nacional de (?:los )?derechos humanos', 'institucion nacional de derechos humanos', 'instituto nacional de derechos humanos',
    'consejo nacional de derechos humanos', 'defensoria del pueblo', 'defensor del pueblo', 'defensoria de los habitantes',
    'procuraduria (?:para la defensa )?de (?:los )?derechos humanos', 'ombudsman', 'ombudsperson', 'ombudsoffice',
    'mediateur de la republique', 'defenseur des droits', 'protecteur du citoyen', 'provedor de justica',
  ].join('|'))],
  ['intergovernmental', words([
    'united nations', 'nations unies', 'naciones unidas', 'unicef', 'unhcr', 'undp', 'pnud', 'unesco', 'unfpa', 'un women',
    'onu femmes', 'onu mujeres', 'ohchr', 'hcdh', 'acnudh', 'world health organi[sz]ation', 'organisation mondiale de la sante',
    'organizacion mundial de la salud', 'international labour organi[sz]ation', 'organisation internationale du travail',
    'organizacion internacional del trabajo', 'international organi[sz]ation for migration', 'organisation internationale pour les migrations',
    'organizacion internacional para las migraciones', 'african union', 'union africaine', 'union africana', 'european union',
    'union europeenne', 'union europea', 'council of europe', 'conseil de l.europe', 'consejo de europa',
    'organi[sz]ation of american states', 'organisation des etats americains', 'organizacion de los estados americanos', 'osce',
    'oecd', 'ocde', 'commonwealth secretariat', 'asean', 'ecowas', 'cedeao', 'organisation internationale de la francophonie',
    'comunidad andina', 'mercosur', 'inter-american commission', 'comision interamericana', 'african commission on human',
  ].join('|'))],
  ['academia', words([
    'university', 'universite', 'universidad', 'universitat', 'universidade', 'universita', 'faculty of', 'faculte', 'facultad',
    'school of law', 'law school', 'college', 'academy of sciences', 'ecole normale', 'polytechnique', 'institut d.etudes',
    'instituto de investigaciones', 'research institute',
  ].join('|'))],
  ['civil-society', words([
    'organi[sz]ation', 'organizacion', 'network', 'reseau', 'red', 'rede', 'association', 'asociacion', 'associacao', 'foundation',
    'fondation', 'fundacion', 'fundacao', 'coalition', 'coalicion', 'alliance', 'alianza', 'collective', 'collectif', 'colectivo',
    'coletivo', 'ngo', 'ong', 'ngos', 'centre', 'center', 'centro', 'institute', 'institut', 'instituto', 'council', 'conseil',
    'consejo', 'committee', 'comite', 'federation', 'federacion', 'union', 'league', 'ligue', 'liga', 'movement', 'mouvement',
    'movimiento', 'forum', 'foro', 'society', 'societe', 'sociedad', 'observatory', 'observatoire', 'observatorio', 'initiative',
    'iniciativa', 'coordination', 'coordinadora', 'coordinacion', 'platform', 'plateforme', 'plataforma', 'trust', 'campaign',
    'campagne', 'campana', 'action', 'accion', 'group', 'groupe', 'grupo', 'mesa', 'corporacion', 'cooperative', 'cooperativa',
    'syndicat', 'sindicato', 'trade union', 'friends of', 'amis de', 'amigos de', 'defenders', 'defenseurs', 'defensores',
    'watch', 'amnesty', 'amnistia', 'caritas', 'commission', 'comision', 'clinic', 'clinique', 'clinica', 'project', 'projet',
    'proyecto', 'programme', 'program', 'programa', 'solidarity', 'solidarite', 'solidaridad',
  ].join('|'))],
];

/** The kind of stakeholder an organisation's name says it is; null when nothing in it says. */
export function kindOfOrganisation(name: string): StakeholderType | null {
  const folded = fold(name);
  return kinds.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

const titles = words([
  'director', 'directora', 'directeur', 'directrice', 'executive', 'ejecutiva?', 'coordinator', 'coordinadora?', 'coordinat(?:eur|rice)',
  'president', 'presidenta?', 'presidente', 'secretary', 'secretaire', 'secretari[ao]', 'chair(?:person|man|woman)?', 'officer',
  'head', 'manager', 'responsable', 'representative', 'representante', 'ambassador', 'ambassadeur', 'embajador[a]?', 'founder',
  'fundador[a]?', 'fondat(?:eur|rice)', 'commissioner', 'commissaire', 'comisionad[ao]', 'professor', 'professeure?', 'profesora?',
  'researcher', 'chercheu(?:r|se)', 'investigador[a]?', 'lecturer', 'advocate', 'avocate?', 'abogad[ao]', 'charge(?:e)? de',
  'encargad[ao]', 'legal adviser', 'adviser', 'advisor', 'conseill(?:er|ere)', 'asesora?', 'deputy', 'adjointe?', 'adjunt[ao]',
  'general', 'generale', 'senior', 'program(?:me)?', 'programas?', 'programmes?', 'assistant', 'asistente', 'member', 'membre', 'miembro',
  'associate', 'asociad[ao]', 'associee?', 'independent', 'independant', 'independiente', 'ceo', 'vice',
].join('|'));

/** A segment made only of job-title words ("Executive Director", "Coordinadora de programas"). */
export function isJobTitle(segment: string): boolean {
  const folded = fold(segment);
  const rest = folded.replace(new RegExp(titles.source, 'g'), ' ').replace(/\b(?:of|de|du|des|del|la|le|los|las|the|and|et|y|for|pour|para|a\.?i\.?)\b/g, ' ');
  return titles.test(folded) && rest.trim().replace(/[^\p{L}]+/gu, '').length === 0;
}
