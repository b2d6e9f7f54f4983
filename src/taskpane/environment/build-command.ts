/** What an administrator types to build the add-in for an intranet: its address, and Office.js beside it. */

/** A placeholder for the intranet address, where the page cannot know it. */
export const INTRANET_BASE_EXAMPLE = "https://内网服务器/duizhao/";

/** The build command for a server at `base` (an https address ending in "/"), Office.js copied into dist/. */
export function intranetBuildCommand(base: string = INTRANET_BASE_EXAMPLE): string {
  return `ADDIN_BASE_URL=${base.replace(/^http:/, "https:")} OFFICE_JS=local npm run build`;
}
