/**
 * quotations: where a text quotes someone. One finder for every reader (derived sections, the
 * quotes aid), so they agree on what is quoted.
 *
 * A quotation runs from an opening mark (`"`, `“`, `«` or `„`, at the start or after a space,
 * bracket or dash, before a non-space) to the next closing one (`"`, `”`, `»`, or `“` after `„`;
 * after a non-space, before a space, punctuation or the end), whatever their pairing (`“…,"` is
 * common in news copy). One left open runs to the end of the text: the convention of a quotation
 * that goes on into the next paragraph.
 */

interface QuotationSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark; the text's length when the quotation is left open. */
  close: number;
}

const OPENERS = new Set(['"', '“', '«', '„']);
const CLOSERS = new Set(['"', '”', '»']);

export function quotationSpans(text: string): QuotationSpan[] {
  const spans: QuotationSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const germanClose = c === '“' && open >= 0 && text[open] === '„';
    if (!OPENERS.has(c) && !CLOSERS.has(c)) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    const canOpen =
      OPENERS.has(c) && (before === undefined || /[\s([{—–-]/.test(before)) && after !== undefined && /\S/.test(after);
    const canClose =
      (CLOSERS.has(c) || germanClose) &&
      before !== undefined &&
      /\S/.test(before) &&
      (after === undefined || /[\s.,;:!?)\]—–-]/.test(after));
    if (open < 0 && canOpen) open = i;
    else if (open >= 0 && canClose) {
      spans.push({ open, close: i });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ open, close: text.length });
  return spans;
}
