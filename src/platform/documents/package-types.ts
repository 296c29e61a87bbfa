// What a DOCX's [Content_Types].xml or an ODT's manifest declares each part to be, and the declarations rewritten when
// a picture was replaced by one of another format. The part keeps its name (so every relationship and xlink:href that
// points at it stays valid); only its declared type changes, which both formats allow: OOXML by an Override for that
// part, ODF by the manifest's media-type (and LibreOffice's mime-type hint on the draw:image that shows it).
import type { ZipEntry } from './zip-archive.ts';

/** A replaced part's name inside the package (no leading slash) and the media type it now holds. */
export interface Redeclaration {
  part: string;
  mediaType: string;
}

export const ooxmlTypesPart = '[Content_Types].xml';
export const odfManifestPart = 'META-INF/manifest.xml';

export function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes.set(match[1]!, unescapeXml(match[2] ?? match[3] ?? ''));
  return attributes;
}

const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
const escapeXml = (text: string) =>
  text.replace(/[<>"'&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '&': '&amp;' })[c]!);

/** OPC compares part names without regard to case. */
export const samePart = (a: string, b: string) => a.replace(/^\//, '').toLowerCase() === b.replace(/^\//, '').toLowerCase();

function xmlOf(entries: readonly ZipEntry[], name: string): string {
  return entries.find((entry) => entry.name === name)?.data.toString('utf8') ?? '';
}

/** The declared type of each part of a DOCX (or of an .xlsx inside one): its Override, else its extension's Default. */
export function ooxmlDeclaredTypes(entries: readonly ZipEntry[]): (part: string) => string | undefined {
  const xml = xmlOf(entries, ooxmlTypesPart);
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const [tag] of xml.matchAll(/<(?:\w+:)?(?:Default|Override)\b[^>]*>/g)) {
    const attributes = attributesOf(tag);
    const type = attributes.get('ContentType');
    if (!type) continue;
    if (/^<(?:\w+:)?Default/.test(tag)) defaults.set((attributes.get('Extension') ?? '').toLowerCase(), type);
    else overrides.set((attributes.get('PartName') ?? '').replace(/^\//, '').toLowerCase(), type);
  }
  return (part) => overrides.get(part.toLowerCase()) ?? defaults.get(/\.([^./]+)$/.exec(part)?.[1]?.toLowerCase() ?? '');
}

/** The media type an ODT's manifest gives each part. */
export function odfDeclaredTypes(entries: readonly ZipEntry[]): (part: string) => string | undefined {
  const types = new Map<string, string>();
  for (const [tag] of xmlOf(entries, odfManifestPart).matchAll(/<manifest:file-entry\b[^>]*>/g)) {
    const attributes = attributesOf(tag);
    const path = attributes.get('manifest:full-path');
    if (path !== undefined) types.set(path.replace(/^\.\//, ''), attributes.get('manifest:media-type') ?? '');
  }
  return (part) => types.get(part);
}

/** [Content_Types].xml with an Override giving each replaced part its new type (an existing Override rewritten). */
export function redeclareOoxml(xml: string, changes: readonly Redeclaration[]): string {
  const pending = [...changes];
  const rewritten = xml.replace(/<((?:\w+:)?)Override\b[^>]*>/g, (tag, prefix: string) => {
    const index = pending.findIndex((change) => samePart(attributesOf(tag).get('PartName') ?? '', change.part));
    if (index < 0) return tag;
    const [change] = pending.splice(index, 1);
    return `<${prefix}Override PartName="/${escapeXml(change!.part)}" ContentType="${escapeXml(change!.mediaType)}"/>`;
  });
  const prefix = /<((?:\w+:)?)Types\b/.exec(rewritten)?.[1] ?? '';
  const added = pending.map((change) => `<${prefix}Override PartName="/${escapeXml(change.part)}" ContentType="${escapeXml(change.mediaType)}"/>`).join('');
  return rewritten.replace(new RegExp(`</${prefix}Types>`), `${added}</${prefix}Types>`);
}

/** The ODF manifest with each replaced part's media-type rewritten (or its entry added, as ODF requires one). */
export function redeclareOdfManifest(xml: string, changes: readonly Redeclaration[]): string {
  const pending = [...changes];
  const rewritten = xml.replace(/<manifest:file-entry\b[^>]*>/g, (tag) => {
    const index = pending.findIndex((change) => (attributesOf(tag).get('manifest:full-path') ?? '').replace(/^\.\//, '') === change.part);
    if (index < 0) return tag;
    const [change] = pending.splice(index, 1);
    return setAttribute(tag, 'manifest:media-type', change!.mediaType);
  });
  const added = pending.map((change) => `<manifest:file-entry manifest:full-path="${escapeXml(change.part)}" manifest:media-type="${escapeXml(change.mediaType)}"/>`).join('');
  return rewritten.replace('</manifest:manifest>', `${added}</manifest:manifest>`);
}

/**
 * ODF content and styles (of the document, or of an object inside it, whose links start from its folder `base`): a
 * draw:image showing a replaced part gets the new type in the media-type hint it may carry.
 */
export function redeclareOdfImages(xml: string, changes: readonly Redeclaration[], base = ''): string {
  if (!changes.length) return xml;
  return xml.replace(/<draw:image\b[^>]*>/g, (tag) => {
    const href = base + (attributesOf(tag).get('xlink:href') ?? '').replace(/^\.\//, '');
    const change = changes.find((c) => c.part === href);
    if (!change) return tag;
    return tag.replace(/(\s(?:draw|loext):mime-type\s*=\s*)("[^"]*"|'[^']*')/g, `$1"${escapeXml(change.mediaType)}"`);
  });
}

function setAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
}
