export declare const measureForm: () => Promise<{ minified: number; gzipped: number; inputs: string[] }>;
