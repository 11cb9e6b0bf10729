#!/usr/bin/env node
// The container's health check: the server answers GET /api/health with 200 within 4 s (the
// image has no curl). It asks the port the server listens on, $SITREP_PORT, on the loopback.
import { get } from "node:http";

const port = process.env["SITREP_PORT"] || "8080";
const request = get({ host: "127.0.0.1", port, path: "/api/health", timeout: 4000 }, (response) => {
  response.resume();
  process.exit(response.statusCode === 200 ? 0 : 1);
});
request.on("timeout", () => request.destroy(new Error("no answer within 4 s")));
request.on("error", (error) => {
  console.error(`health check: ${error.message}`);
  process.exit(1);
});
