// Points manifest.xml at the server the add-in is deployed to.
// The source manifest uses the dev server (https://localhost:3000/); the build calls rewriteManifest with
// ADDIN_BASE_URL when it copies the manifest to dist/, so a deployed manifest never mentions localhost.
"use strict";

const DEV_BASE_URL = "https://localhost:3000/";

/** Throws an Error with a Chinese message (and the English gist) when `baseUrl` cannot host the add-in. */
function checkBaseUrl(baseUrl) {
  if (typeof baseUrl !== "string" || baseUrl.trim() === "") {
    throw new Error(
      "ADDIN_BASE_URL 为空：请给出加载项文件所在的 https 地址，例如 https://addins.example.cn/duizhao/",
    );
  }
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`ADDIN_BASE_URL 不是有效的网址：${baseUrl}（示例：https://addins.example.cn/duizhao/）`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_BASE_URL 必须以 https:// 开头（Office 只从 HTTPS 加载加载项）：${baseUrl}`);
  }
  if (!baseUrl.endsWith("/")) {
    throw new Error(`ADDIN_BASE_URL 必须以 “/” 结尾（base URL must end with "/"），请改为 ${baseUrl}/`);
  }
  if (url.search || url.hash || /[\s"'<>&]/.test(baseUrl)) {
    throw new Error(`ADDIN_BASE_URL 只能是目录地址，不能含查询参数、“#”、空格、引号或 & < >：${baseUrl}`);
  }
}

/**
 * Returns `xmlText` with every "https://localhost:3000/" replaced by `baseUrl`.
 * `baseUrl` must be https and end with "/" (e.g. "https://addins.example.cn/duizhao/").
 */
function rewriteManifest(xmlText, baseUrl) {
  checkBaseUrl(baseUrl);
  return xmlText.split(DEV_BASE_URL).join(baseUrl);
}

module.exports = { DEV_BASE_URL, checkBaseUrl, rewriteManifest };
