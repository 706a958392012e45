/**
 * Which kind of file a teacher uploaded, decided by its first bytes and its
 * name together: a renamed or unreadable file is refused with a message that
 * says what to do instead. Pure: no I/O.
 */
export type ArticleFileKind = "text" | "docx" | "pdf";

// Sent base64-encoded (a third larger) in a server action, whose body proxy.ts caps at 1 MB.
export const MAX_UPLOAD_BYTES = 700 * 1024;
export const ACCEPTED_FILE_TYPES = [".txt", ".md", ".docx", ".pdf"] as const;
/** For the file input's accept attribute. */
export const ACCEPT_ATTRIBUTE = ".txt,.md,.markdown,.docx,.pdf,text/plain,text/markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export type FileKindResult = { ok: true; kind: ArticleFileKind } | { ok: false; error: string };

const TEXT_EXTENSIONS = new Set(["txt", "md", "markdown", "text"]);

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK..
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // old Word .doc

export function detectFileKind(fileName: string, bytes: Uint8Array): FileKindResult {
  const name = fileName.trim() || "The file";
  if (bytes.length === 0) return { ok: false, error: `“${name}” is empty.` };
  if (bytes.length > MAX_UPLOAD_BYTES) {
    return { ok: false, error: `“${name}” is ${formatBytes(bytes.length)}; the limit is ${formatBytes(MAX_UPLOAD_BYTES)}.` };
  }
  const ext = extensionOf(fileName);
  if (ext === "doc" || startsWith(bytes, OLE)) {
    return { ok: false, error: `“${name}” is an old Word document (.doc). Save it as .docx (File, Save As) and upload that.` };
  }
  if (ext === "pdf") {
    // Some PDF writers put a few bytes before the header; readers allow 1 KB.
    const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
    return head.includes("%PDF-") ? { ok: true, kind: "pdf" } : { ok: false, error: `“${name}” is not a readable PDF file.` };
  }
  if (ext === "docx") {
    return startsWith(bytes, ZIP) ? { ok: true, kind: "docx" } : { ok: false, error: `“${name}” is not a readable Word document.` };
  }
  if (TEXT_EXTENSIONS.has(ext)) {
    if (startsWith(bytes, PDF) || startsWith(bytes, ZIP)) return { ok: false, error: `“${name}” is named as text but is not text; check the file type.` };
    return decodeText(bytes) === null ? { ok: false, error: `“${name}” holds binary data, not text.` } : { ok: true, kind: "text" };
  }
  return { ok: false, error: `Factbound reads ${ACCEPTED_FILE_TYPES.join(", ")} files; “${name}” is not one of those.` };
}

/**
 * A text file's content: UTF-8 (with or without a byte-order mark), else the
 * Windows Latin encoding older editors save in. Null for binary data.
 */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  // NUL and other control characters (tab, newlines and form feed aside) mean binary data.
  return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? null : text;
}
