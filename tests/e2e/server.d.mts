export interface StaticServer {
  port: number;
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves dist/, the fixtures and /redirect?to= on 127.0.0.1; `extraMounts` ([url prefix, folder]) are
 * tried first (a folder may be an absolute path).
 */
export function startServer(port?: number, extraMounts?: [string, string][]): Promise<StaticServer>;
