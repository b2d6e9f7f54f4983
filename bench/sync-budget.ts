/** Shared by the sync benches: run one verb on a fresh count, print its round trips and time, tally overruns. */
export const BUDGET = 2;

export function syncBudget() {
  let over = 0;
  return {
    async row(
      name: string,
      run: () => Promise<unknown>,
      host: { resetSyncCount(): void; syncCount(): number },
      /** This verb's own budget when it needs more than BUDGET, with the reason beside the call. */
      allowed = BUDGET,
    ) {
      host.resetSyncCount();
      const t0 = performance.now();
      await run();
      const ms = performance.now() - t0;
      const syncs = host.syncCount();
      if (syncs > allowed) over++;
      console.log(
        `  ${name.padEnd(34)} syncs=${syncs}  ${syncs > allowed ? "OVER BUDGET" : "ok"}  (${ms.toFixed(1)} ms in the host)`,
      );
    },
    /** Prints the verdict and sets the exit code when any verb went over. */
    finish(what: string) {
      console.log(
        over === 0
          ? `\n${what} within ${BUDGET} syncs`
          : `\n${over} ${what} runs over the ${BUDGET}-sync budget`,
      );
      if (over > 0) process.exitCode = 1;
    },
  };
}
