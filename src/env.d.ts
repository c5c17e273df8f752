/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Comma-separated origins that `data=` may load from besides the page's own (set at build time). */
  readonly VITE_DATA_ORIGINS?: string;
}
