import type { StoryView } from '../views.js';
import { storiesToCsv } from './csv.js';
import { storiesToHtml } from './html.js';
import { storiesToMarkdown } from './markdown.js';

/** Formats `chronik export` writes, each a whole document for a list of stories. */
export const EXPORT_FORMATS = {
  json: (stories: StoryView[]) => `${JSON.stringify({ stories }, null, 2)}\n`,
  csv: storiesToCsv,
  markdown: storiesToMarkdown,
  html: (stories: StoryView[]) => storiesToHtml(stories),
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(f: string): f is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, f);
}
