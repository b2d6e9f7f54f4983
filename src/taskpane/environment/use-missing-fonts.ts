/** The official fonts this machine lacks, probed once when the pane first asks (see font-probe.ts). */
import { useState } from "react";
import { OFFICIAL_FONTS, type OfficialFont } from "../../core/compose/official-fonts";
import { browserFontEnvironment, probeFonts, type FontEnvironment } from "./font-probe";

/** Only fonts the probe found missing: "unknown" never warns. */
export function missingOfficialFonts(env: FontEnvironment): OfficialFont[] {
  const presence = probeFonts(
    OFFICIAL_FONTS.map((f) => f.name),
    env,
  );
  return OFFICIAL_FONTS.filter((f) => presence.get(f.name) === "missing");
}

export function useMissingFonts(env: () => FontEnvironment = browserFontEnvironment): OfficialFont[] {
  const [missing] = useState(() => missingOfficialFonts(env()));
  return missing;
}
