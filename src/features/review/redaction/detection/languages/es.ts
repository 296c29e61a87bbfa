// Spanish: tratamientos (Sr., Sra., Dña., Lic.…), people introduced by a relation or "llamado", street addresses of
// Spain and Latin America (calle, carrera, jirón…) with their number, apartados, and checked national numbers:
// DNI/NIE (letter), RUT (check digit), CURP (structure). National phone numbers are flagged only after a label
// ("tel.", "móvil") or with their +code: "612 345 678" and "612.345.678" are also how Spanish writes figures.
import { validChileanRut, validSpanishId } from '../checksums.ts';
import { combine, type LanguageRules } from '../language-rules.ts';
import { capitalWord, initialAnyCase, houseNumberNotAYear, numberEnd, numberStart } from '../patterns.ts';

const streetTypes = [
  'calle', 'avenida', 'avda.', 'avda', 'av.', 'plaza', 'pza.', 'paseo', 'camino', 'carrera', 'cra.', 'kra.', 'carretera',
  'ctra.', 'ronda', 'travesía', 'pasaje', 'jirón', 'jr.', 'diagonal', 'transversal', 'callejón', 'calzada', 'bulevar', 'cl.',
].map(initialAnyCase).join('|');
const particle = '(?:de la|de los|de las|del|de|la|el|los|las|y)';
/** The first word may be anything, even a number ("Calle 26"); later ones are capitalised. */
const streetName = `(?:${particle} )?[\\p{L}\\d][\\p{L}\\p{M}\\d'’.\\-]*(?: (?:${particle} ){0,3}${capitalWord}){0,5}`;
const houseNumber = '(?:(?:[Nn][º°o]|No|[Nn]úm|[Nn]úmero)\\.? ?|# ?)?(?<number>\\d{1,5})(?: ?[A-Za-z](?![\\p{L}]))?(?: ?- ?\\d{1,4})?';
const floor = '(?:,? ?\\d{1,2} ?[º°ª](?: ?[A-Z](?![\\p{L}]))?)?(?:,? (?:piso|planta|puerta|dpto\\.?|depto\\.?|departamento|apto\\.?|apartamento|oficina|of\\.) ?[A-Za-z0-9]{1,4})?';
/** "28013 Madrid", "C.P. 06600 Ciudad de México". */
const postcodeTown = `(?:C\\.? ?P\\.? ?)?\\d{5} ${capitalWord}(?: (?:de|del|de la)? ?${capitalWord}){0,3}`;
const street = new RegExp(
  `(?<![\\p{L}])(?:(?:${streetTypes}) |C\\/ ?)${streetName},? ${houseNumber}${numberEnd}${floor}(?:,?\\s+${postcodeTown})?`,
  'gu',
);
/** "Apartado 1234" only with three digits or more: "apartado 2" is a paragraph of a text. */
const poBox = new RegExp(
  `(?<![\\p{L}])(?:[Aa]partado (?:de [Cc]orreos|[Pp]ostal|[Aa]éreo) ?(?:[Nn][º°o]\\.? ?)?\\d{1,6}|Apdo\\. ?\\d{1,6}|Apartado \\d{3,6}|[Cc]asilla(?: de [Cc]orreo)? \\d{1,6})${numberEnd}(?:,?\\s+${postcodeTown})?`,
  'gu',
);

export const spanish: LanguageRules = {
  honorifics: [
    'Sr.', 'Sra.', 'Srta.', 'Sres.', 'Sras.', 'D.', 'Dña.', 'Dª', 'Don', 'don', 'Doña', 'doña', 'Lic.', 'Licda.', 'Ing.', 'Dr.',
    'Dra.', 'Prof.', 'Profa.', 'Mtro.', 'Mtra.', 'Abog.', 'Señor', 'señor', 'Señora', 'señora', 'Señorita', 'señorita',
  ],
  introducers: combine(
    ['mi', 'nuestro', 'nuestra', 'su', 'tu'],
    ['compañero', 'compañera', 'colega', 'amigo', 'amiga', 'esposo', 'esposa', 'marido', 'mujer', 'pareja', 'hijo', 'hija',
      'hermano', 'hermana', 'padre', 'madre', 'primo', 'prima', 'sobrino', 'sobrina', 'tío', 'tía', 'abogado', 'abogada',
      'vecino', 'vecina', 'cliente', 'defendido', 'defendida'],
  ),
  namingWords: ['llamado', 'llamada', 'de nombre', 'conocido como', 'conocida como', 'apodado', 'apodada'],
  thingNouns: [
    'organización', 'ong', 'grupo', 'red', 'asociación', 'coalición', 'movimiento', 'campaña', 'proyecto', 'programa',
    'iniciativa', 'plataforma', 'sociedad', 'empresa', 'ley', 'decreto', 'política', 'operación', 'plan', 'informe', 'libro',
    'película', 'canción', 'pueblo', 'ciudad', 'región', 'provincia', 'barrio', 'colonia', 'campamento', 'río', 'lugar',
    'país', 'partido', 'sindicato', 'sitio', 'periódico', 'revista', 'radio', 'escuela', 'hospital', 'cárcel', 'centro',
    'fundación', 'fondo', 'evento', 'festival', 'conferencia', 'foro', 'mecanismo', 'órgano', 'colectivo',
    // "el llamado Plan…", "este llamado": the so-called, the call.
    'el', 'este',
  ],
  notNames: [
    'Presidente', 'Presidenta', 'Ministro', 'Ministra', 'Embajador', 'Embajadora', 'Relator', 'Relatora', 'Especial',
    'Experto', 'Experta', 'Alto', 'Alta', 'Comisionado', 'Comisionada', 'Director', 'Directora', 'Secretario', 'Secretaria',
    'General', 'Alcalde', 'Alcaldesa', 'Gobernador', 'Gobernadora', 'Juez', 'Jueza', 'Fiscal', 'Delegado', 'Delegada', 'Defensor', 'Defensora',
  ],
  notPersonWords: [
    'Asociación', 'Red', 'Fundación', 'Instituto', 'Consejo', 'Comité', 'Comisión', 'Coalición', 'Unión', 'Alianza',
    'Federación', 'Centro', 'Organización', 'Sociedad', 'Grupo', 'Movimiento', 'Campaña', 'Fondo', 'Banco', 'Ministerio',
    'Departamento', 'Oficina', 'Agencia', 'Programa', 'Partido', 'Iglesia', 'Universidad', 'Escuela', 'Hospital', 'Empresa',
    'S.A.', 'S.L.', 'Internacional', 'Foro', 'Plataforma', 'Naciones', 'República', 'Reino', 'Estado', 'Estados', 'Gobierno',
    'Corte', 'Tribunal', 'Parlamento', 'Congreso', 'Asamblea', 'Ley', 'Decreto', 'Convención', 'Declaración', 'Pacto',
    'Carta', 'Protocolo', 'Resolución', 'Proyecto', 'Iniciativa', 'ONG', 'Colectivo', 'Cooperativa', 'Sindicato', 'Derechos',
    'Observatorio', 'Acción', 'Coordinadora', 'Mesa', 'Frente', 'Comunidad',
  ],
  phoneLabels: ['tel', 'tfno', 'teléfono', 'telefono', 'móvil', 'movil', 'celular', 'cel', 'fax', 'whatsapp', 'signal', 'telegram'],
  identityLabels: [
    'pasaporte', 'DNI', 'NIE', 'NIF', 'cédula', 'cédula de identidad', 'cédula de ciudadanía', 'C.C.', 'CURP', 'RFC', 'RUT',
    'RUN', 'INE', 'credencial de elector', 'credencial para votar', 'documento de identidad', 'documento nacional de identidad',
    'documento de identificación', 'número de identificación', 'tarjeta de identidad', 'carné de identidad', 'carnet de identidad',
    'CI', 'DUI', 'DPI', 'CUIL', 'CUIT', 'número de seguridad social', 'seguridad social', 'NSS', 'IBAN', 'cuenta bancaria',
  ],
  phonePatterns: [],
  identityPatterns: [
    // DNI 12345678Z and NIE X1234567L: the letter must match.
    { pattern: new RegExp(`${numberStart}(?:[XYZ]-?\\d{7}|\\d{8})-? ?[A-Z](?![\\p{L}\\p{N}])`, 'gu'), valid: (match) => validSpanishId(match) },
    // Chilean RUT/RUN 12.345.678-5: the check digit must match.
    { pattern: new RegExp(`${numberStart}\\d{1,2}\\.?\\d{3}\\.?\\d{3}-[\\dkK](?![\\p{L}\\p{N}])`, 'gu'), valid: (match) => validChileanRut(match) },
    // Mexican CURP: initials, birth date, sex, state, consonants, two check characters.
    { pattern: /(?<![\p{L}\p{N}])[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d(?![\p{L}\p{N}])/gu },
  ],
  postalPatterns: [{ pattern: street, valid: houseNumberNotAYear }, { pattern: poBox }],
};
