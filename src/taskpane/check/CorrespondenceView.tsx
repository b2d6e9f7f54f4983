import {
  Badge,
  Button,
  InteractionTag,
  InteractionTagPrimary,
  InteractionTagSecondary,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { AddRegular, CheckmarkRegular, LinkAddRegular } from "@fluentui/react-icons";
import { itemLabel } from "../../core/check/item-label";
import type { Item, Link, LinkDecision, Outline } from "../../core/types";
import { t } from "../strings";
import type { LinkKind } from "./use-link-actions";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  problem: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  missing: {
    borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
  },
  title: { overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  kind: { color: tokens.colorNeutralForeground3, minWidth: "2.5em" },
});

export interface CorrespondenceViewProps {
  outline: Outline;
  links: Link[];
  busy: boolean;
  onDecide: (problem: Item, target: Item, action: LinkDecision["action"]) => void;
  onAddSlot: (problem: Item, kind: LinkKind) => void;
}

function evidenceText(link: Link): string {
  return link.evidence.length > 0 ? link.evidence.join("；") : t.check.suggested;
}

/** Every problem with the causes and measures linked to it; the writer confirms, removes or adds links. */
export function CorrespondenceView({ outline, links, busy, onDecide, onAddSlot }: CorrespondenceViewProps) {
  const styles = useStyles();
  const byId = new Map<string, Item>([...outline.causes, ...outline.measures].map((i) => [i.id, i]));

  const chips = (problem: Item, kind: LinkKind) => {
    const own = links.filter((l) => l.problem === problem.id && l.kind === kind);
    const candidates = kind === "cause" ? outline.causes : outline.measures;
    const free = candidates.filter((c) => !own.some((l) => l.target === c.id));
    const hasPart = outline.parts.some((p) => p.role === (kind === "cause" ? "causes" : "measures"));
    return (
      <div className={styles.row} data-testid={`${kind}-row`}>
        <Text size={200} className={styles.kind}>
          {kind === "cause" ? t.check.causes : t.check.measures}
        </Text>
        {own.length === 0 && (
          <Badge appearance="tint" color="warning" data-testid="missing-link">
            {kind === "cause" ? t.check.noCause : t.check.noMeasure}
          </Badge>
        )}
        {own.map((link) => {
          const target = byId.get(link.target);
          if (!target) return null;
          const label = itemLabel(target).replace(/^(原因|措施)/, "");
          const confirmed = link.source === "confirmed";
          const evidence = `${itemLabel(target)}「${target.title}」——${evidenceText(link)}`;
          return (
            <InteractionTag
              key={link.target}
              size="small"
              appearance={confirmed ? "brand" : "outline"}
              data-testid="link-chip"
              data-target={link.target}
              data-confirmed={confirmed}
            >
              {/* The tooltip mounts only while shown; screen readers get the evidence from the hidden span. */}
              <span id={`evidence-${problem.id}-${link.target}`} hidden>
                {evidence}
              </span>
              <Tooltip content={evidence} relationship="inaccessible">
                <InteractionTagPrimary
                  aria-describedby={`evidence-${problem.id}-${link.target}`}
                  icon={confirmed ? <CheckmarkRegular /> : undefined}
                  hasSecondaryAction
                  disabled={busy}
                  aria-label={
                    confirmed
                      ? `${itemLabel(target)}（${t.check.confirmed}）`
                      : t.check.confirmLink(itemLabel(target))
                  }
                  onClick={() => !confirmed && onDecide(problem, target, "confirm")}
                >
                  {label}
                </InteractionTagPrimary>
              </Tooltip>
              <InteractionTagSecondary
                aria-label={t.check.removeLink(itemLabel(target))}
                disabled={busy}
                onClick={() => onDecide(problem, target, "remove")}
              />
            </InteractionTag>
          );
        })}
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button
              size="small"
              appearance="subtle"
              icon={<LinkAddRegular />}
              disabled={busy || free.length === 0}
            >
              {kind === "cause" ? t.check.linkCause : t.check.linkMeasure}
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {free.map((c) => (
                <MenuItem key={c.id} onClick={() => onDecide(problem, c, "confirm")}>
                  {`${itemLabel(c)} ${c.title}`}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
        {own.length === 0 && hasPart && (
          <Button
            size="small"
            appearance="subtle"
            icon={<AddRegular />}
            disabled={busy}
            onClick={() => onAddSlot(problem, kind)}
          >
            {kind === "cause" ? t.check.addCauseSlot : t.check.addMeasureSlot}
          </Button>
        )}
      </div>
    );
  };

  return (
    <div className={styles.list} data-testid="correspondence">
      <Text size={200}>{t.check.correspondenceHint}</Text>
      {outline.problems.map((problem) => {
        const linked = (kind: LinkKind) => links.some((l) => l.problem === problem.id && l.kind === kind);
        const missing = !linked("cause") || !linked("measure");
        return (
          <section
            key={problem.id}
            className={mergeClasses(styles.problem, missing && styles.missing)}
            aria-label={t.check.problemLabel(problem.number || problem.id.slice(1))}
            data-testid="problem-links"
            data-problem={problem.id}
          >
            <Text size={300} className={styles.title}>
              <Text weight="semibold">{t.check.problemLabel(problem.number || problem.id.slice(1))}</Text>{" "}
              {problem.title}
            </Text>
            {chips(problem, "cause")}
            {chips(problem, "measure")}
          </section>
        );
      })}
    </div>
  );
}
