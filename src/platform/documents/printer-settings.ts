// A DOCX (and an .xlsx or .pptx inside one) can keep the settings of the printer its author last used: a Windows
// DEVMODE whose first field is the printer's name, for a shared printer its network path (\\OFFICE-SRV\HP 2nd floor),
// which can name the organisation, its server and its office. No reader needs them: Word, Excel and LibreOffice open a
// document without them and print with the reader's own printer. So the parts go, with the relationships that point
// at them, the r:id that names such a relationship (a worksheet's pageSetup) and their content-type overrides, leaving
// no reference to a part that is no longer there.
import { attributesOf, ooxmlDeclaredTypes, ooxmlTypesPart, samePart } from './package-types.ts';
import type { ZipEntry } from './zip-archive.ts';

const printerSettingsRelationship = /\/relationships\/printerSettings$/; // transitional and strict OOXML
const printerSettingsType = /\.printerSettings$/; // …wordprocessingml.printerSettings, spreadsheetml…, presentationml…
const printerSettingsFolder = /(^|\/)printerSettings\/[^/]+$/i;
const relationshipNamespaces = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];
/** A whole element, self-closing or not, so removing it leaves no end tag behind. */
const element = (name: string) => new RegExp(`<((?:\\w+:)?)${name}\\b[^>]*?(?:/>|>\\s*</\\1${name}>)`, 'g');

interface Relationship {
  rels: string;
  element: string;
  id: string;
  source: string | undefined;
  external: boolean;
  type: string;
  target: string;
}

/** The part a .rels file gives the relationships of: word/_rels/document.xml.rels → word/document.xml ('' for the package). */
function sourceOf(rels: string): string | undefined {
  const match = /^(.*?)_rels\/([^/]*)\.rels$/.exec(rels);
  return match ? `${match[1]}${match[2]}` : undefined;
}

/** A relationship's target as a part name: relative to its source's folder, or from the package root. */
function resolveTarget(source: string, target: string): string {
  let path = target;
  try {
    path = decodeURIComponent(target);
  } catch {
    // a malformed escape: compared as written
  }
  const segments = path.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of path.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

function relationshipsOf(entries: readonly ZipEntry[]): Relationship[] {
  return entries.filter((entry) => entry.name.endsWith('.rels')).flatMap((rels) => {
    const source = sourceOf(rels.name);
    return [...rels.data.toString('utf8').matchAll(element('Relationship'))].map(([tag]) => {
      const attributes = attributesOf(tag.slice(0, tag.indexOf('>') + 1));
      return {
        rels: rels.name, element: tag, id: attributes.get('Id') ?? '', source, external: attributes.get('TargetMode') === 'External',
        type: attributes.get('Type') ?? '', target: attributes.get('Target') ?? '',
      };
    });
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The part's XML without the r:id attributes that named the dropped relationships. */
function withoutRelationshipIds(xml: string, ids: ReadonlySet<string>): string {
  const prefixes = [...xml.matchAll(/xmlns:([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)]
    .filter((m) => relationshipNamespaces.includes(m[2] ?? m[3] ?? '')).map((m) => m[1]!);
  let cleaned = xml;
  for (const prefix of prefixes) {
    for (const id of ids) {
      cleaned = cleaned.replace(new RegExp(`\\s${escapeRegExp(prefix)}:id\\s*=\\s*(?:"${escapeRegExp(id)}"|'${escapeRegExp(id)}')`, 'g'), '');
    }
  }
  return cleaned;
}

/** The package without its printer settings parts, and without anything that pointed at them. */
export function withoutPrinterSettings(entries: readonly ZipEntry[]): ZipEntry[] {
  const declared = ooxmlDeclaredTypes(entries);
  const removed = new Set(entries
    .filter((entry) => printerSettingsFolder.test(entry.name) || printerSettingsType.test(declared(entry.name) ?? ''))
    .map((entry) => entry.name.toLowerCase()));
  const relationships = relationshipsOf(entries);
  const targetOf = (r: Relationship) => (r.external || r.source === undefined ? undefined : resolveTarget(r.source, r.target).toLowerCase());
  for (const r of relationships) if (printerSettingsRelationship.test(r.type) && targetOf(r)) removed.add(targetOf(r)!);
  const dropped = relationships.filter((r) => printerSettingsRelationship.test(r.type) || removed.has(targetOf(r) ?? ''));
  if (!removed.size && !dropped.length) return [...entries];

  const idsBySource = new Map<string, Set<string>>();
  for (const r of dropped) if (r.source) idsBySource.set(r.source, (idsBySource.get(r.source) ?? new Set()).add(r.id));
  const rewrite = (entry: ZipEntry, change: (xml: string) => string): ZipEntry => ({ name: entry.name, data: Buffer.from(change(entry.data.toString('utf8')), 'utf8') });
  return entries.filter((entry) => !removed.has(entry.name.toLowerCase())).map((entry) => {
    if (entry.name === ooxmlTypesPart) {
      return rewrite(entry, (xml) => xml.replace(element('Override'), (tag) => ([...removed].some((part) => samePart(attributesOf(tag).get('PartName') ?? '', part)) ? '' : tag)));
    }
    const inRels = dropped.filter((r) => r.rels === entry.name);
    if (inRels.length) return rewrite(entry, (xml) => inRels.reduce((rest, r) => rest.replace(r.element, ''), xml));
    const ids = idsBySource.get(entry.name);
    return ids ? rewrite(entry, (xml) => withoutRelationshipIds(xml, ids)) : entry;
  });
}
