/** Options every command takes (each command's parser spreads them into its own). */
export const COMMON_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;
