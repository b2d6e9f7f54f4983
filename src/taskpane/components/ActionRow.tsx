import type { ReactNode } from "react";
import { Button, Tooltip, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

/** One small button of a card or panel; left out of the row when it has nothing to do (no `onClick`). */
export interface Action {
  label: string;
  icon: JSX.Element;
  onClick?: () => void;
  appearance?: "primary" | "subtle";
  disabled?: boolean;
  /** Said on hover, for a button whose label does not say everything (修正 → the replacement). */
  tooltip?: string;
  onBlur?: () => void;
}

/**
 * The row of small buttons under a card or a panel, the same everywhere in the pane: it wraps in a narrow
 * pane, and `children` (a link, say) follow the buttons. `disabled` holds every button (a document operation
 * is running).
 */
export function ActionRow({
  actions,
  disabled,
  children,
}: {
  actions: (Action | false)[];
  disabled?: boolean;
  children?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      {actions.map((action, i) => {
        if (!action || !action.onClick) return null;
        const button = (
          <Button
            key={i}
            size="small"
            appearance={action.appearance}
            icon={action.icon}
            disabled={disabled || action.disabled}
            onClick={action.onClick}
            onBlur={action.onBlur}
          >
            {action.label}
          </Button>
        );
        return action.tooltip ? (
          <Tooltip key={i} content={action.tooltip} relationship="inaccessible">
            {button}
          </Tooltip>
        ) : (
          button
        );
      })}
      {children}
    </div>
  );
}
