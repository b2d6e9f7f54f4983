// A small static server for dist/: the preview needs no https, no dev certificates and no network.
const { createServer } = require("node:http");
const { readFile, stat } = require("node:fs/promises");
const { extname, join, normalize, resolve } = require("node:path");

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

function serveDist(root, port) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url || "/", "http://localhost").pathname);
      const file = normalize(join(base, path === "/" ? "preview.html" : path));
      if (!file.startsWith(base) || !(await stat(file)).isFile()) throw new Error("not found");
      res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("未找到");
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => ok(server));
  });
}

module.exports = { serveDist };
