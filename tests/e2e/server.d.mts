export interface StaticServer {
  port: number;
  origin: string;
  close(): Promise<void>;
}

/** Serves dist/ (or `dist`, an absolute path), the fixtures and /redirect?to= on 127.0.0.1. */
export function startServer(port?: number, options?: { dist?: string }): Promise<StaticServer>;
