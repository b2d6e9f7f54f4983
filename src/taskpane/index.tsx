import { mountPane } from "./mount";

declare global {
  interface Window {
    duizhaoTooOld?: boolean;
  }
}

const root = document.getElementById("root");
// taskpane.html has already shown the "update Office" message when the webview is too old.
if (root && !window.duizhaoTooOld) void mountPane(root, window.location.search);
