export interface StaticServer {
  origin: string;
  url(name: string): string;
  close(): Promise<void>;
}
export function startStaticServer(dir: string, port?: number): Promise<StaticServer>;
