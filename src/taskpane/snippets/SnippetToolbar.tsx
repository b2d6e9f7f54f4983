import { useRef } from "react";
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  AddRegular,
  ArrowClockwiseRegular,
  ArrowDownloadRegular,
  ArrowUploadRegular,
  LocationRegular,
  MoreHorizontalRegular,
  SaveRegular,
} from "@fluentui/react-icons";
import { t } from "../strings";
import type { UserSnippets } from "./use-user-snippets";
import type { SnippetSearch } from "./use-snippet-search";

const useStyles = makeStyles({
  actionRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  toolbar: { display: "flex", padding: 0, gap: "2px", minWidth: 0 },
  // Fluent's 64 px minimum would push the row past a 320 px pane.
  action: { minWidth: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  hereRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  hereText: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere", minWidth: 0, flexGrow: 1 },
});

export interface SnippetToolbarProps {
  search: SnippetSearch;
  user: UserSnippets;
}

/** 当前位置, 新建, 存为短语 and the ⋯ menu (import, export); under them, where the cursor is. */
export function SnippetToolbar({ search, user }: SnippetToolbarProps) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const { busy } = user;
  const defaults = { category: search.category, theme: search.theme };
  const nothingToExport = user.data.snippets.length === 0;
  const small = { size: "small", appearance: "subtle", className: styles.action } as const;
  const { here } = search;
  const hereLabel =
    here === undefined
      ? t.snippets.hereReading
      : here
        ? t.snippets.hereIn(t.snippets.parts[here.part] ?? here.part, here.heading)
        : t.snippets.hereNone;

  return (
    <>
      <div className={styles.actionRow}>
        <ToggleButton
          {...small}
          appearance={search.hereOn ? "primary" : "subtle"}
          icon={<LocationRegular />}
          checked={search.hereOn}
          title={t.snippets.hereHint}
          disabled={busy}
          onClick={search.toggleHere}
        >
          {t.snippets.here}
        </ToggleButton>
        <div role="group" aria-label={t.snippets.toolbar} className={styles.toolbar}>
          <Button {...small} icon={<AddRegular />} onClick={() => user.startNew(defaults)}>
            {t.snippets.create}
          </Button>
          <Button
            {...small}
            icon={<SaveRegular />}
            disabled={busy}
            onClick={() => user.saveSelection(defaults)}
          >
            {t.snippets.saveSelection}
          </Button>
          <Menu positioning="below-end">
            <MenuTrigger disableButtonEnhancement>
              <Button
                {...small}
                icon={<MoreHorizontalRegular />}
                aria-label={t.snippets.moreActions}
                title={t.snippets.moreActions}
              />
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                <MenuItem icon={<ArrowUploadRegular />} onClick={() => fileInput.current?.click()}>
                  {t.snippets.import}
                </MenuItem>
                <MenuItem
                  icon={<ArrowDownloadRegular />}
                  disabled={nothingToExport}
                  secondaryContent={nothingToExport ? t.snippets.exportNothing : undefined}
                  onClick={user.exportOwn}
                >
                  {t.snippets.export}
                </MenuItem>
              </MenuList>
            </MenuPopover>
          </Menu>
        </div>
      </div>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="snippet-import"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) user.importFile(file);
        }}
      />
      {search.hereOn && (
        <div className={styles.hereRow} data-testid="snippet-here">
          <Text size={200} className={styles.hereText}>
            {hereLabel}
            {here?.theme ? `（${t.snippets.hereTheme(here.theme)}）` : ""}
          </Text>
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowClockwiseRegular />}
            aria-label={t.snippets.hereRefresh}
            title={t.snippets.hereRefresh}
            disabled={busy}
            onClick={search.readHere}
          />
        </div>
      )}
    </>
  );
}
