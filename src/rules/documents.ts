import type { Localized } from '../core/locale.js';
import { deepFreeze } from '../core/safe.js';

export interface PolicyDocument {
  readonly id: string;
  readonly title: Localized;
  /** GB/T 2260 code, or 'pilot-city' for the anonymised pilot city. */
  readonly jurisdiction: string;
  /** Inclusive window; no `to` means no end is stated. */
  readonly inForce: { readonly from: string; readonly to?: string };
  /** The source text kept in docs/sources/. */
  readonly source: string;
}

export const DOCUMENTS = {
  'gx-rural-land-2023': {
    id: 'gx-rural-land-2023',
    title: {
      'zh-Hans': '广西壮族自治区自然资源厅《强化乡村振兴用地保障若干措施》',
      'zh-Hant': '廣西壯族自治區自然資源廳《強化鄉村振興用地保障若干措施》',
      en: 'Guangxi Natural Resources Department, Measures to Strengthen Land Guarantees for Rural Revitalisation',
    },
    jurisdiction: '450000',
    inForce: { from: '2023-12-04', to: '2026-12-03' },
    source: 'gx-rural-land-2023.txt',
  },
  'lz-proposal-048': {
    id: 'lz-proposal-048',
    title: {
      'zh-Hans': '柳州市自然资源和规划局关于办理柳州市政协十二届六次会议第048号提案工作方案',
      'zh-Hant': '柳州市自然資源和規劃局關於辦理柳州市政協十二屆六次會議第048號提案工作方案',
      en: 'Liuzhou Natural Resources and Planning Bureau, work plan for handling CPPCC proposal No. 48',
    },
    jurisdiction: '450200',
    inForce: { from: '2021-01-01' },
    source: 'lz-proposal-048.txt',
  },
  'lz-consolidation': {
    id: 'lz-consolidation',
    title: {
      'zh-Hans': '柳州市全域土地综合整治与生态修复工作实施方案',
      'zh-Hant': '柳州市全域土地綜合整治與生態修復工作實施方案',
      en: 'Liuzhou implementation plan for comprehensive land consolidation and ecological restoration',
    },
    jurisdiction: '450200',
    inForce: { from: '2020-12-31' },
    source: 'lz-consolidation.txt',
  },
  'pilot-land-saving-2023': {
    id: 'pilot-land-saving-2023',
    title: {
      'zh-Hans': '**市土地节约集约利用综合改革试点具体实施方案',
      'zh-Hant': '**市土地節約集約利用綜合改革試點具體實施方案',
      en: 'Pilot city implementation plan for the comprehensive reform of economical and intensive land use',
    },
    jurisdiction: 'pilot-city',
    inForce: { from: '2023-03-01' },
    source: 'pilot-land-saving-2023.txt',
  },
  'lz-14th-fyp': {
    id: 'lz-14th-fyp',
    title: {
      'zh-Hans': '《柳州市自然资源“十四五”规划》',
      'zh-Hant': '《柳州市自然資源「十四五」規劃》',
      en: 'Liuzhou Natural Resources 14th Five-Year Plan',
    },
    jurisdiction: '450200',
    inForce: { from: '2021-01-01', to: '2025-12-31' },
    source: 'lz-14th-fyp.txt',
  },
} as const satisfies Record<string, PolicyDocument>;

// Exported, so frozen all the way down: a caller moving `inForce.to` would move every later answer.
deepFreeze(DOCUMENTS);

export type DocumentId = keyof typeof DOCUMENTS;
export const DOCUMENT_IDS: readonly DocumentId[] = Object.freeze(Object.keys(DOCUMENTS) as DocumentId[]);

// Where a document binds is the core's to judge (options and dispatch use it too).
export { coversJurisdiction } from '../core/jurisdiction.js';
