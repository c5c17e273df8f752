export interface SizedFile {
  file: string;
  bytes: number;
  gzip: number;
}
export interface SizeGroup {
  files: SizedFile[];
  gzip: number;
  budget: number;
}
export const BUDGET: { js: number; css: number };
export function staticImports(code: string): string[];
export function firstViewFiles(dist: string): { js: string[]; css: string[] };
export function measure(dist: string): { js: SizeGroup; css: SizeGroup; later: SizedFile[] };
