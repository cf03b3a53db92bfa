/**
 * The passage headings of the two source documents about Omni, read from their text copies. An
 * article's `sources:` names passages by these headings; the build checks every one against the
 * committed index (`source-passages.json`, written from the seeds by `npm run sources:index`), and
 * a unit test regenerates the index from the seeds when they are present and fails if it differs.
 *
 * What counts as a heading (the text copies lost their formatting, so the rules are textual):
 *
 * - **mass-maintenance** (S0, English): a line of its own with at most 8 words that is not a list
 *   item (`•`) and does not end with a full stop ("User Creation", "Temporary Migration:", "Some
 *   rules of the screen:"). Not headings: the page chrome ("Skip to main content"), a short line
 *   followed directly by another short line (an image's caption pair) and the captions of the
 *   screenshots that stand alone between paragraphs (`imageCaptions`, checked to exist).
 * - **troubleshooting-guide** (S1, Portuguese): the guide's numbered blocks have no titles; each is
 *   followed by its "Para mais informações veja os artigos" list, whose lines are the titles of the
 *   articles the guide sends the reader to. A heading is (a) one of those title lines, with a
 *   leading `>` quote marker and surrounding spaces removed (a list runs from its header to the
 *   next numbered step; lines starting with `>` count wherever they are), (b) the title given
 *   inline after "Veja neste artigo como fazer isso:", or (c) one of the section lines of the
 *   opening ("Dúvida / Situação", "Solução / Resposta"). Citing a title line names the numbered
 *   block it is listed under: what an article draws from that block's steps, or the bare title.
 */

/** The two source documents, by the id an article's `sources:` uses. */
export const sourceDocs = {
  'mass-maintenance': { file: '000_d9fdd835ca3ebe4f.txt' },
  'troubleshooting-guide': { file: '001_0d7027dfa5cc77a0.txt' },
} as const;

export type SourceDoc = keyof typeof sourceDocs;
export const sourceDocIds = Object.keys(sourceDocs) as [SourceDoc, ...SourceDoc[]];

/** Screenshot captions of S0 that sit alone between paragraphs; nothing in the text tells them from headings. */
export const imageCaptions = ['Import Users Button Botão de Importação de Usuários', 'Gestão de Filas', 'Busca de Atendimentos', 'Redirecionamento'];

const clean = (line: string) =>
  line
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const wordCount = (line: string) => line.split(' ').filter(Boolean).length;
const isShort = (line: string) => line !== '' && wordCount(line) <= 8 && !line.startsWith('•') && !/\.$/.test(line);

/** Headings of the mass-maintenance document (S0). */
export function massMaintenanceHeadings(text: string): string[] {
  const lines = text.split(/\r?\n/).map(clean).filter(Boolean);
  for (const caption of imageCaptions) {
    if (!lines.includes(caption)) throw new Error(`The caption "${caption}" is no longer in the mass-maintenance source: review imageCaptions.`);
  }
  return lines.filter((line, i) => {
    if (!isShort(line) || line === 'Skip to main content' || imageCaptions.includes(line)) return false;
    const next = lines[i + 1];
    return next !== undefined && !isShort(next);
  });
}

const listHeader = /^Para mais informações veja os artigos:?$/;
const numberedStep = /^\s*\d+\.\s/;
const sectionLine = /^[\p{L}]+( \/ [\p{L}]+)+$/u;
const inlineTitle = /Veja neste artigo como fazer isso:\s*(.+)$/;

/** Headings of the troubleshooting guide (S1). */
export function troubleshootingGuideHeadings(text: string): string[] {
  const out: string[] = [];
  let inList = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = clean(raw);
    if (listHeader.test(line)) {
      inList = true;
      continue;
    }
    if (numberedStep.test(raw)) inList = false;
    const inline = inlineTitle.exec(line);
    if (inline) out.push(clean(inline[1]!));
    else if (line.startsWith('>')) out.push(clean(line.slice(1)));
    else if (inList && line !== '') out.push(line);
    else if (!inList && sectionLine.test(line)) out.push(line);
  }
  return out;
}

/** Every heading of each source document, deduplicated, in order of first appearance. */
export function sourcePassages(read: (file: string) => string): Record<SourceDoc, string[]> {
  const unique = (xs: string[]) => [...new Set(xs)];
  return {
    'mass-maintenance': unique(massMaintenanceHeadings(read(sourceDocs['mass-maintenance'].file))),
    'troubleshooting-guide': unique(troubleshootingGuideHeadings(read(sourceDocs['troubleshooting-guide'].file))),
  };
}

/** The index file's text (`source-passages.json`): each document's file name and headings. */
export function renderSourceIndex(read: (file: string) => string): string {
  const passages = sourcePassages(read);
  const index = Object.fromEntries(sourceDocIds.map((doc) => [doc, { file: sourceDocs[doc].file, headings: passages[doc] }]));
  return `${JSON.stringify(index, null, 2)}\n`;
}
