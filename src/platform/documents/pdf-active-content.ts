// What a published PDF may do when a reader opens it: only show its pages, and follow a link the reader clicks (to a
// web or mail address, or inside the document). Scripts, launched programs, form posts, automatic requests to other
// sites, embedded files, XFA forms and media players are removed, so opening a published file cannot run anything
// or tell anyone that it was opened.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFStream, PDFString, type PDFContext, type PDFDocument, type PDFObject } from 'pdf-lib';

/** What was removed, one entry per script, action, annotation, file list or form removed (for staff to be told). */
export type ActiveContent =
  | 'javascript'
  | 'launch'
  | 'form-action'
  | 'remote-link'
  | 'embedded-file'
  | 'media'
  | 'xfa-form'
  | 'other-action';

const name = (key: string) => PDFName.of(key);

/** Name trees of the catalog's /Names that hold scripts, files or media rather than the document's own destinations. */
const activeNameTrees: ReadonlyArray<[string, ActiveContent]> = [
  ['JavaScript', 'javascript'], ['EmbeddedFiles', 'embedded-file'], ['AlternatePresentations', 'media'], ['Renditions', 'media'],
];
/** Annotations that carry a file, a player or a script of their own: removed from pages, emptied wherever referenced. */
const activeAnnotations = new Map<string, ActiveContent>([
  ['FileAttachment', 'embedded-file'], ['RichMedia', 'media'], ['Screen', 'media'], ['Movie', 'media'], ['Sound', 'media'], ['3D', 'media'],
]);
const actionKinds = new Map<string, ActiveContent>([
  ['JavaScript', 'javascript'], ['Launch', 'launch'], ['SubmitForm', 'form-action'], ['ImportData', 'form-action'],
  ['ResetForm', 'form-action'], ['GoToR', 'remote-link'], ['GoToE', 'remote-link'], ['URI', 'remote-link'],
  ['Rendition', 'media'], ['RichMediaExecute', 'media'], ['Movie', 'media'], ['Sound', 'media'], ['GoTo3DView', 'media'],
]);
/** The page-turning named actions the PDF standard defines; viewers map other names to menu commands. */
const pageNames = new Set(['NextPage', 'PrevPage', 'FirstPage', 'LastPage']);
/** Addresses a click may open: web and mail. file:, a network share (which hands over the reader's Windows login) or javascript: may not. */
const clickableAddress = /^\s*(?:https?:|mailto:)/i;

export function removeActiveContent(document: PDFDocument): ActiveContent[] {
  const removed: ActiveContent[] = [];
  const { context, catalog } = document;
  const names = context.lookup(catalog.get(name('Names')));
  if (names instanceof PDFDict) {
    // PDF/A-3 writers list each attached file in the document's associated files too: one file, told once.
    if (names.has(name('EmbeddedFiles'))) catalog.delete(name('AF'));
    for (const [tree, kind] of activeNameTrees) if (names.has(name(tree))) removeEntry(names, tree, kind, removed);
  }
  const form = context.lookup(catalog.get(name('AcroForm')));
  if (form instanceof PDFDict && form.has(name('XFA'))) removeEntry(form, 'XFA', 'xfa-form', removed);
  catalog.delete(name('NeedsRendering')); // asks for the XFA form to be drawn instead of the pages
  catalog.delete(name('Collection')); // a portfolio's view of embedded files, possibly a player of its own
  // Every dictionary in the file, reachable or not yet: an annotation may be reached by a path other than its page.
  for (const [, object] of context.enumerateIndirectObjects()) {
    for (const dict of directDictionaries(object)) cleanDictionary(dict, context, removed);
  }
  return removed;
}

function removeEntry(dict: PDFDict, key: string, kind: ActiveContent, removed: ActiveContent[]): void {
  dict.delete(name(key));
  removed.push(kind);
}

/** The object's dictionaries, nested ones included, without following references (each indirect object is visited itself). */
function* directDictionaries(object: PDFObject): Generator<PDFDict> {
  const pending: PDFObject[] = [object];
  while (pending.length) {
    const next = pending.pop()!;
    if (next instanceof PDFStream) pending.push(next.dict);
    else if (next instanceof PDFArray) pending.push(...next.asArray());
    else if (next instanceof PDFDict) {
      yield next;
      pending.push(...next.values());
    }
  }
}

function cleanDictionary(dict: PDFDict, context: PDFContext, removed: ActiveContent[]): void {
  const subtype = dict.get(name('Subtype'));
  const annotationKind = subtype instanceof PDFName ? activeAnnotations.get(subtype.decodeText()) : undefined;
  if (annotationKind && (dict.has(name('Rect')) || dict.get(name('Type')) === name('Annot'))) {
    // Emptied rather than only unlisted: a popup's /Parent or the structure tree may still point at it.
    for (const key of dict.keys()) if (key !== name('Type')) dict.delete(key);
    removed.push(annotationKind);
    return;
  }
  const annotations = context.lookup(dict.get(name('Annots')));
  if (annotations instanceof PDFArray) unlistActiveAnnotations(annotations, context);
  // Additional actions run on their own (opening, closing, printing, a page shown, a cursor passing, a field typed in).
  if (dict.has(name('AA'))) {
    const additional = context.lookup(dict.get(name('AA')));
    if (additional instanceof PDFDict) for (const action of additional.values()) removed.push(...kindsOf(action, context, true));
    dict.delete(name('AA'));
  }
  const opening = dict.get(name('OpenAction'));
  if (opening !== undefined) {
    removed.push(...kindsOf(opening, context, true));
    dict.delete(name('OpenAction'));
  }
  const action = context.lookup(dict.get(name('A')));
  // /A is also a structure element's attributes (with /O, never /S): only actions are judged.
  if (action instanceof PDFDict && (action.has(name('S')) || action.get(name('Type')) === name('Action'))) {
    if (isClickable(action, context)) {
      removed.push(...kindsOf(action.get(name('Next')), context, false));
      action.delete(name('Next'));
    } else {
      removed.push(...kindsOf(action, context, false));
      dict.delete(name('A'));
    }
  }
  // Associated files (PDF 2.0, PDF/A-3): files carried beside a page, an annotation or the whole document.
  if (dict.has(name('AF'))) removeEntry(dict, 'AF', 'embedded-file', removed);
}

function unlistActiveAnnotations(annotations: PDFArray, context: PDFContext): void {
  for (let index = annotations.size() - 1; index >= 0; index--) {
    const annotation = context.lookup(annotations.get(index));
    const subtype = annotation instanceof PDFDict ? annotation.get(name('Subtype')) : undefined;
    // Without a subtype: one emptied above (or never an annotation a viewer could draw).
    if (annotation instanceof PDFDict && !(subtype instanceof PDFName && !activeAnnotations.has(subtype.decodeText()))) annotations.remove(index);
  }
}

/** A link the reader chooses to follow: inside the document, to a web or mail address, or a page turn. */
function isClickable(action: PDFDict, context: PDFContext): boolean {
  const type = action.get(name('S'));
  if (!(type instanceof PDFName)) return false;
  switch (type.decodeText()) {
    case 'GoTo':
      return true;
    case 'URI': {
      const address = context.lookup(action.get(name('URI')));
      return (address instanceof PDFString || address instanceof PDFHexString) && clickableAddress.test(address.decodeText());
    }
    case 'Named': {
      const named = action.get(name('N'));
      return named instanceof PDFName && pageNames.has(named.decodeText());
    }
    default:
      return false;
  }
}

/**
 * What an action, and the actions chained after it by /Next, would do, for those that are not harmless. An automatic
 * one (opening the file, additional actions) may not even reach a web address: that tells a server the file was opened.
 */
function kindsOf(start: PDFObject | undefined, context: PDFContext, automatic: boolean): ActiveContent[] {
  const kinds: ActiveContent[] = [];
  const seen = new Set<PDFObject>();
  const pending: (PDFObject | undefined)[] = [start];
  while (pending.length) {
    const next = pending.pop();
    const action = next instanceof PDFRef ? context.lookup(next) : next;
    if (action === undefined || seen.has(action)) continue;
    seen.add(action);
    if (action instanceof PDFArray) pending.push(...action.asArray());
    const type = action instanceof PDFDict ? action.get(name('S')) : undefined;
    // Not an action: an array of actions, or a destination (a page to open at, whose dictionary is not followed).
    if (!(action instanceof PDFDict) || !(type instanceof PDFName)) continue;
    pending.push(action.get(name('Next')));
    if (type.decodeText() === 'GoTo') continue;
    if (!automatic && isClickable(action, context)) continue;
    kinds.push(actionKinds.get(type.decodeText()) ?? 'other-action');
  }
  return kinds;
}
