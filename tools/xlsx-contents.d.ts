/** See xlsx-contents.js. */
export interface XlsxContents {
  sheets: Record<string, unknown[][]>;
  formats: Record<string, Record<string, string>>;
  bold: Record<string, number[]>;
  tables: { name: string; sheet: string; address: string }[];
}

export function readXlsx(file: string): Promise<XlsxContents>;
