/**
 * Methods newer than WordApi 1.3 in the simulated host: like Office.js (and like the properties of
 * ./properties.ts), calling one outside the supported requirement sets queues its call anyway, and the
 * batch fails with ApiNotFound when it reaches Word; what was queued before it stays applied.
 */
import { ClientResult, type RequestContext } from "./context";
import { HostError, MESSAGES } from "./errors";
import type { Node } from "./records";
import { reviewedText } from "./revisions";

export function requireApi(context: RequestContext, set: string, version: string, name: string): void {
  if (context.host.supports && !context.host.supports(set, version))
    context.enqueue(() => {
      throw new HostError("ApiNotFound", `${name}: ${MESSAGES.apiNotFound}`);
    });
}

/** Characters [from, to) of one paragraph. */
export interface Slice {
  node: Node;
  from: number;
  to: number;
}

/**
 * WordApi 1.4 getReviewedText: the text of `slices` (resolved at sync) with every tracked change accepted
 * ("Current", the default) or rejected ("Original"); paragraphs joined with "\r" as `text` joins them.
 */
export function reviewedResult(
  context: RequestContext,
  slices: () => Slice[],
  version: "Current" | "Original" = "Current",
): ClientResult<string> {
  requireApi(context, "WordApi", "1.4", "getReviewedText");
  const result = new ClientResult<string>();
  context.enqueue(() =>
    result.resolve(
      slices()
        .map(({ node, from, to }) =>
          reviewedText({ ...node.rec, text: node.rec.text.slice(0, to) }, version).slice(
            reviewedText({ ...node.rec, text: node.rec.text.slice(0, from) }, version).length,
          ),
        )
        .join("\r"),
    ),
  );
  return result;
}
