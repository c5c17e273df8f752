export function startServer(port?: number): Promise<{ origin: string; close: () => Promise<void> }>;
