/** `context.application` (WordApi 1.3): createDocument(base64) for a new document. */
import { ClientObject } from "./context";
import { DocumentCreatedProxy } from "./document-created-proxy";

export class ApplicationProxy extends ClientObject {
  createDocument(base64File?: string): DocumentCreatedProxy {
    return new DocumentCreatedProxy(this.context, base64File ?? "");
  }
}
