/** Types of addinHelp.js (plain CommonJS so webpack.config.js can require it). */
export declare const GUIDE: string;
export declare const IMAGE_DIR: string;
export declare const ENGLISH_HEADING: string;
/** GitHub's heading anchors, one slugger per document (repeats get -1, -2 …). */
export declare function headingSlugger(): (text: string) => string;
/** Why the help page cannot carry this link or image, or null when it can. */
export declare function linkProblem(href: string, image: boolean): string | null;
export declare function renderGuide(markdown: string): Promise<string>;
export declare function renderGuideFile(file?: string): Promise<string>;
