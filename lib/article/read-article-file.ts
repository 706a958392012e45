import "server-only";
import { ActionError } from "../auth/guard";
import { splitTitle, titleFromFileName } from "./article-text";
import { decodeText, detectFileKind } from "./file-type";

/** The text of an uploaded .txt, .md, .docx or .pdf file, split into a title and a body. */
export async function readArticleFile(fileName: string, bytes: Uint8Array): Promise<{ title: string; body: string }> {
  const detected = detectFileKind(fileName, bytes);
  if (!detected.ok) throw new ActionError(detected.error);
  let text: string;
  try {
    text = detected.kind === "text" ? (decodeText(bytes) ?? "") : detected.kind === "docx" ? await readDocx(bytes) : await readPdf(bytes);
  } catch (err) {
    if (err instanceof ActionError) throw err;
    console.error("Reading an uploaded file failed", err);
    throw new ActionError(`“${fileName}” could not be read. It may be damaged or protected with a password.`);
  }
  if (!text.trim()) {
    throw new ActionError(
      detected.kind === "pdf"
        ? `No text could be read from “${fileName}”: it may be a scan (pictures of pages). Paste the text instead.`
        : `“${fileName}” has no text in it.`,
    );
  }
  return splitTitle(text, titleFromFileName(fileName));
}

async function readDocx(bytes: Uint8Array): Promise<string> {
  const mammoth = await import("mammoth");
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  // Word paragraphs come out separated by blank lines; one newline is what the parser expects between lines.
  return value.replace(/\n{2,}/g, "\n").trim();
}

async function readPdf(bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    return text.join("\n").trim();
  } finally {
    await pdf.destroy();
  }
}
