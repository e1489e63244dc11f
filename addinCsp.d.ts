/** Types of addinCsp.js (plain CommonJS so webpack.config.js can require it). */
export declare const ADDIN_CSP: string;
export declare const ADDIN_CSP_DIRECTIVES: Record<string, string[]>;
export declare const ADDIN_PAGES: string[];
export declare const OFFICE_JS_ORIGIN: string;
