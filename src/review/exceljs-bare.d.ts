// The browser build of exceljs without polyfills (current browsers need none); its API is the package's.
declare module "exceljs/dist/exceljs.bare.min.js";
