// What the print operations return: a stand-alone HTML document (for a print
// preview, or the user's own printing), or the PDF made from it.

export interface PrintDocument {
  /** "Lokaleplan Center Aarhus uge 19" */
  title: string;
  /** A file name to suggest when saving: "lokaleplan-c-aar-2027-W19.pdf". */
  fileName: string;
  /** A whole HTML page with its print CSS inlined; it loads nothing else. */
  html: string;
  landscape: boolean;
  /** Repeated at the top of every PDF page: centre, week and dates, or whose schedule. */
  headerText: string;
  /** When it was made, as printed in the footer: "19.01.2027 kl. 10.15". */
  printedAt: string;
}

export interface PrintedPdf {
  fileName: string;
  /** The PDF file in base64. */
  pdf: string;
}
