// A small static server for dist/: the preview needs no https, no dev certificates and no network.
// Tests may give several folders (the first that has a file serves it) and a key and certificate for https.
const { createServer } = require("node:http");
const { createServer: createHttpsServer } = require("node:https");
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

async function findFile(bases, path) {
  for (const base of bases) {
    const file = normalize(join(base, path === "/" ? "preview.html" : path));
    if (!file.startsWith(base)) return undefined;
    if (
      await stat(file).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      return file;
  }
  return undefined;
}

/** Serves `root` (a folder, or several tried in order) on 127.0.0.1; over https when `tls` gives key and cert. */
function serveDist(root, port, tls) {
  const bases = (Array.isArray(root) ? root : [root]).map((r) => resolve(r));
  const handler = async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url || "/", "http://localhost").pathname);
      const file = await findFile(bases, path);
      if (!file) throw new Error("not found");
      res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("未找到");
    }
  };
  const server = tls ? createHttpsServer(tls, handler) : createServer(handler);
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => ok(server));
  });
}

module.exports = { serveDist };
