/** The places in a list of word families (root-symptoms.json, lapse-domains.json) whose words a text holds. */
export function familiesNamed(families: readonly string[][], text: string): Set<number> {
  const result = new Set<number>();
  families.forEach((words, i) => {
    if (words.some((word) => text.includes(word))) result.add(i);
  });
  return result;
}
