import { OperationQueue } from "../../src/word";

describe("OperationQueue", () => {
  test("runs operations one at a time, in the order they were asked for", async () => {
    const queue = new OperationQueue();
    const log: string[] = [];
    const op = (name: string, ms: number) => () =>
      new Promise<string>((resolve) => {
        log.push(`${name} start`);
        setTimeout(() => {
          log.push(`${name} end`);
          resolve(name);
        }, ms);
      });
    const results = await Promise.all([
      queue.runExclusive(op("a", 20)),
      queue.runExclusive(op("b", 1)),
      queue.runExclusive(op("c", 5)),
    ]);
    expect(results).toEqual(["a", "b", "c"]);
    expect(log).toEqual(["a start", "a end", "b start", "b end", "c start", "c end"]);
  });

  test("is busy while anything is running or waiting, and tells subscribers when that changes", async () => {
    const queue = new OperationQueue();
    const seen: boolean[] = [];
    const unsubscribe = queue.subscribe((busy) => seen.push(busy));
    expect(queue.isBusy()).toBe(false);
    const first = queue.runExclusive(async () => 1);
    const second = queue.runExclusive(async () => {
      throw new Error("失败");
    });
    expect(queue.isBusy()).toBe(true);
    await first;
    await expect(second).rejects.toThrow("失败");
    await Promise.resolve();
    expect(queue.isBusy()).toBe(false);
    expect(seen).toEqual([true, false]);
    unsubscribe();
    await queue.runExclusive(async () => 2);
    expect(seen).toEqual([true, false]);
  });
});
