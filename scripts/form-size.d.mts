export declare const measureForm: (entry?: string) => Promise<{ minified: number; gzipped: number; inputs: string[] }>;
