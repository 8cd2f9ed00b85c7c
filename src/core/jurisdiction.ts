/**
 * Whether a case under `code` is subject to a document of `jurisdiction`:
 * GB/T 2260 codes nest by prefix (450000 Guangxi ⊃ 450200 Liuzhou ⊃ 450226 Sanjiang).
 */
export const coversJurisdiction = (documentJurisdiction: string, code: string): boolean => {
  if (documentJurisdiction === 'pilot-city' || code === 'pilot-city') return documentJurisdiction === code;
  const prefix = documentJurisdiction.replace(/(00)+$/, '');
  return code.startsWith(prefix);
};
