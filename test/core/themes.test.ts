import { THEMES } from "../../src/core/themes";
import { SNIPPET_THEMES } from "../../src/core/snippets";
import { guessThemes } from "../../src/core/snippets/themes";

describe("the themes file", () => {
  it("gives every theme a unique id, and every snippet theme a unique name and aspect words", () => {
    expect(new Set(THEMES.map((t) => t.id)).size).toBe(THEMES.length);
    expect(new Set(SNIPPET_THEMES).size).toBe(SNIPPET_THEMES.length);
    for (const theme of THEMES.filter((t) => t.snippetTheme)) {
      expect(theme.aspectWords?.length).toBeGreaterThan(0);
    }
  });

  it("maps aspect headings to the phrase library's themes through the same file", () => {
    expect(guessThemes("坚定政治信仰方面")[0]).toBe("政治忠诚");
    expect(guessThemes("严守政治纪律和政治规矩")[0]).toBe("政治忠诚");
    expect(guessThemes("厉行勤俭节约方面")).toEqual(["勤俭节约"]);
    expect(guessThemes("树立和践行正确政绩观方面")[0]).toBe("政绩观");
    expect(guessThemes("科学决策、真抓实干方面")[0]).toBe("政绩观");
  });
});
