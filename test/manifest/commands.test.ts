// The ribbon's function file: Office loads it invisibly, so it must initialise Office.js and never throw.
import { readFileSync } from "fs";
import { join } from "path";
import { ROOT } from "./manifest-xml";

const globals = globalThis as { Office?: unknown };

afterEach(() => {
  delete globals.Office;
});

function loadCommands() {
  jest.isolateModules(() => {
    require("../../src/commands/commands");
  });
}

describe("commands", () => {
  it("initialises Office.js once when Office has loaded it", () => {
    const onReady = jest.fn(() => Promise.resolve({ host: null, platform: null }));
    globals.Office = { onReady };
    loadCommands();
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  it("stays quiet when Office.js could not be loaded", () => {
    expect(loadCommands).not.toThrow();
  });

  it("loads Office.js from Microsoft's CDN unless the build names a local copy", () => {
    const html = readFileSync(join(ROOT, "src", "commands", "commands.html"), "utf8");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(html).toContain("htmlWebpackPlugin.options.officeJsUrl");
  });
});
