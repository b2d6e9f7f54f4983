/** A file the CLI cannot check, with a one-line Chinese reason for the user (no stack trace). */
export class InputError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "InputError";
  }
}
