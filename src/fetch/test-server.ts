/**
 * For tests: a web server on a loopback address standing in for news sites, feeds and webhooks,
 * so that no request leaves the machine. Routes are exact paths; every request is logged.
 */

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Route = (req: IncomingMessage, res: ServerResponse, body: string) => void;

export interface TestServer {
  /** "http://127.0.0.1:PORT" */
  base: string;
  /** Requests received, in order: method, path, headers, body, and when (ms since the epoch). */
  requests: Array<{ method: string; path: string; headers: IncomingMessage["headers"]; body: string; at: number }>;
  /** Adds or replaces a route. */
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

/** A route answering a fixed body with a content type. */
export function serve(contentType: string, body: string | Buffer, status = 200): Route {
  return (_req, res) => res.writeHead(status, { "content-type": contentType }).end(body);
}

export async function startTestServer(routes: Record<string, Route> = {}, host = "127.0.0.1"): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: TestServer["requests"] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const path = req.url ?? "/";
      requests.push({ method: req.method ?? "GET", path, headers: req.headers, body, at: Date.now() });
      const handler = table.get(path);
      if (handler) handler(req, res, body);
      else res.writeHead(404, { "content-type": "text/plain" }).end("not here");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    base: `http://${host}:${(server.address() as AddressInfo).port}`,
    requests,
    route: (path, handler) => void table.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        // A slow route may hold a connection open: end it rather than wait for it.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
