// The ribbon's FunctionFile. Every button in manifest.xml is a ShowTaskpane action, so there is no function
// to register: the page only has to initialise Office.js when Office loads it in its hidden command runtime.
if (typeof Office !== "undefined") {
  // Guarded: without Office.js (CDN blocked, page opened in a browser) the page must stay quiet, not throw.
  void Office.onReady();
}

export {}; // a module, not a global script
