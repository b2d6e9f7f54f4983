import type { ReactNode } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { t } from "../strings";

export interface NoticeBarProps {
  intent: MessageBarIntent;
  title?: string;
  children: ReactNode;
  onDismiss: () => void;
  /** Buttons beside the dismiss button (an undo, say). */
  actions?: ReactNode;
  bodyClassName?: string;
  "data-testid"?: string;
}

/** The pane's one way to tell the writer something: a Fluent MessageBar that can be dismissed. */
export function NoticeBar({
  intent,
  title,
  children,
  onDismiss,
  actions,
  bodyClassName,
  ...rest
}: NoticeBarProps) {
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={rest["data-testid"]}>
      <MessageBarBody className={bodyClassName}>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={t.dismiss}
            icon={<DismissRegular />}
            onClick={onDismiss}
          />
        }
      >
        {actions}
      </MessageBarActions>
    </MessageBar>
  );
}
