/** The Chinese reason of an InputError that `run` must throw (fails the test when it returns or throws another error). */
import { InputError } from "../../src/core/input-error";

export function refusalOf(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error("expected a refusal");
}
