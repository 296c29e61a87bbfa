// Turns a request body into plain typed input: text fields as string lists, uploaded files with their bytes.
// Multipart bodies (attachFieldsToBody) carry { value } objects and file parts; urlencoded ones carry strings.
// Everything after this point works with strings and buffers only.

export interface UploadedFile {
  /** The form field the file came from. */
  field: string;
  /** As the browser sent it: shown to people after sanitising, never trusted for the type. */
  filename: string;
  data: Buffer;
  /** True when the file was larger than the upload limit and was cut short. */
  truncated: boolean;
}

export interface FormBody {
  /** The first value of a field, '' when absent. */
  one(name: string): string;
  /** Every value of a field, in order (repeated fields: checkboxes, multi-selects). */
  many(name: string): string[];
  names(): string[];
  files: UploadedFile[];
}

interface MultipartField {
  type: 'field';
  value: unknown;
}

interface MultipartFile {
  type: 'file';
  filename: string;
  file?: { truncated?: boolean };
  toBuffer(): Promise<Buffer>;
}

function isPart(value: unknown): value is MultipartField | MultipartFile {
  return typeof value === 'object' && value !== null && 'type' in value && (value.type === 'field' || value.type === 'file');
}

export async function parseFormBody(body: unknown): Promise<FormBody> {
  const fields = new Map<string, string[]>();
  const files: UploadedFile[] = [];
  const entries = typeof body === 'object' && body !== null ? Object.entries(body as Record<string, unknown>) : [];
  for (const [name, raw] of entries) {
    for (const item of Array.isArray(raw) ? raw : [raw]) {
      if (isPart(item) && item.type === 'file') {
        const data = await item.toBuffer();
        // An empty file input still sends a part with no name and no bytes: nothing was chosen.
        if (!item.filename && data.length === 0) continue;
        files.push({ field: name, filename: item.filename, data, truncated: item.file?.truncated === true });
        continue;
      }
      const value = isPart(item) ? (item as MultipartField).value : item;
      if (typeof value !== 'string') continue;
      const list = fields.get(name) ?? [];
      list.push(value);
      fields.set(name, list);
    }
  }
  return {
    one: (name) => fields.get(name)?.[0] ?? '',
    many: (name) => fields.get(name) ?? [],
    names: () => [...fields.keys()],
    files,
  };
}
