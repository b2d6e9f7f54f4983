import { useState } from "react";
import {
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkRegular, ClipboardPasteRegular, DismissRegular } from "@fluentui/react-icons";
import { aspectsFromNotice, type NoticeAspects } from "../../core/compose/notice-aspects";
import { ActionRow } from "../components/ActionRow";
import { t } from "../strings";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  found: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: "anywhere" },
  excerpt: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/**
 * 粘贴会议通知: reads the aspects from a pasted notice and shows what it found (the form, the list as the
 * notice has it, the aspects, any doubts). The aspect list changes only when the writer accepts them.
 */
export function NoticeReader({
  onUse,
  disabled,
}: {
  onUse: (aspects: string[]) => void;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const [notice, setNotice] = useState("");
  const [found, setFound] = useState<NoticeAspects | null>(null);
  const [used, setUsed] = useState<number | null>(null);

  const read = () => {
    setUsed(null);
    setFound(aspectsFromNotice(notice));
  };
  const use = (aspects: string[]) => {
    onUse(aspects);
    setFound(null);
    setUsed(aspects.length);
  };

  return (
    <div className={styles.column}>
      <Field label={t.structure.notice}>
        <Textarea
          value={notice}
          resize="vertical"
          placeholder={t.structure.noticePlaceholder}
          onChange={(_, d) => setNotice(d.value)}
        />
      </Field>
      <ActionRow
        actions={[
          {
            label: t.structure.noticeExtract,
            icon: <ClipboardPasteRegular />,
            disabled: disabled || notice.trim() === "",
            onClick: read,
          },
        ]}
      />
      {found && found.aspects.length === 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="notice-result">
          <MessageBarBody>{t.structure.noticeNone}</MessageBarBody>
        </MessageBar>
      )}
      {found && found.aspects.length > 0 && (
        <div className={styles.column} data-testid="notice-found">
          <Text weight="semibold">{found.found}</Text>
          <Text size={200} className={styles.excerpt}>
            {t.structure.noticeExcerpt(found.excerpt)}
          </Text>
          <ol className={styles.found} aria-label={t.structure.noticeFoundList}>
            {found.aspects.map((name, i) => (
              <li key={i}>{name}</li>
            ))}
          </ol>
          {found.warnings.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {found.warnings.map((line, i) => (
                  <div key={i}>{line}</div>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
          <ActionRow
            actions={[
              {
                label: t.structure.noticeUse,
                icon: <CheckmarkRegular />,
                appearance: "primary",
                disabled,
                onClick: () => use(found.aspects),
              },
              { label: t.structure.noticeCancel, icon: <DismissRegular />, onClick: () => setFound(null) },
            ]}
          />
        </div>
      )}
      {used !== null && (
        <MessageBar intent="info" layout="multiline" data-testid="notice-result">
          <MessageBarBody>{t.structure.noticeUsed(used)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
