/** Errors shaped like OfficeExtension.Error (name "RichApi.Error", a `code`, `debugInfo`), so gateway code handles both. */
export type HostErrorCode =
  | "PropertyNotLoaded"
  | "InvalidObjectPath"
  | "InvalidRequestContext"
  | "AccessDenied"
  | "ItemNotFound"
  | "InvalidArgument"
  | "SearchStringInvalidOrTooLong"
  | "SearchDialogIsOpen"
  | "GeneralException"
  | "ApiNotFound";

export class HostError extends Error {
  readonly code: HostErrorCode;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: HostErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(name: string): HostError {
  return new HostError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export const MESSAGES = {
  invalidObjectPath:
    "The object path is not valid: the object belongs to a Word.run batch that has already finished. Get the object again inside the current batch.",
  invalidRequestContext: "Cannot use the object across different request contexts.",
  accessDenied: "Access denied: the document is read-only or protected.",
  itemNotFound: "The requested resource doesn't exist.",
  busy: "Wait until the previous call completes.",
  apiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Word.",
  searchTooLong: "The search string is invalid or too long (255 characters at most).",
  searchDialogIsOpen: "The search dialog is open.",
} as const;
