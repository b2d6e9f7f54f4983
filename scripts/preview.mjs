// npm run preview: build the pages, then serve the task pane beside a simulated Word document.
//   PREVIEW_PORT=3000 (default)   --no-build  serve what dist/ already holds
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import serve from "./serve-dist.js";
const { serveDist } = serve;

const port = Number(process.env.PREVIEW_PORT ?? 3000);
if (!process.argv.includes("--no-build") || !existsSync("dist/preview.html")) {
  console.log("正在构建预览（约 15 秒）…");
  const built = spawnSync("npx", ["webpack", "--mode", "production"], { stdio: "inherit", shell: false });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
try {
  await serveDist("dist", port);
} catch (error) {
  console.error(
    `预览无法启动：端口 ${port} 不可用（${error.code ?? error.message}）。可用 PREVIEW_PORT 指定其他端口。`,
  );
  process.exit(2);
}
console.log(`预览已启动：http://localhost:${port}/preview.html  （Ctrl+C 结束）`);
