import type { DocumentId } from './documents.js';

/** How each document's in-force window was fixed, for the docs (kept apart so browser bundles need not carry it). */
export const WINDOW_NOTES: Readonly<Record<DocumentId, string>> = {
  'gx-rural-land-2023': '“文件自印發之日起施行,有效期3年” — issued 2023-12-04; three years counted as Civil Code art. 201–202, last day 2026-12-03.',
  'lz-proposal-048': 'The text has no issue date; its own handling deadlines run June–August 2021. Taken as in force from 2021-01-01 with no end.',
  'lz-consolidation':
    '“本方案自印发之日起施行”, but the issue date is not in the text. 004 lists it among the 2016–2020 achievements and a contemporary report says it was published at the end of 2020: taken as in force from 2020-12-31 (the latest day consistent with both, so nothing is applied before it can have been issued), with no end. A deadline that fell before that day (the 2020 work plan’s 3月底前) does not concern a 2020 report.',
  'pilot-land-saving-2023':
    'Pilot phases run 2023-03 to 2025-09; the rules themselves state no end. Place names are anonymised; the counties named are those of Bozhou, Anhui (an inference, not stated), so the document stands alone as `pilot-city`, outside Guangxi.',
  'lz-14th-fyp': 'Plan period 2021–2025; targets due by the end of 2025. A report about a year is judged by the plan in force on 31 December of that year.',
};
