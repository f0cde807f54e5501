import { Badge, Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Issue } from "../../core";
import { issueMessageIn } from "../../core";
import type { IssueGroup } from "../issueGroups";
import type { PaneStrings } from "../strings";
import { PaneSection } from "./PaneSection";

const useStyles = makeStyles({
  heading: { margin: 0 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXXS },
  line: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  detail: { color: tokens.colorNeutralForeground2 },
});

interface IssueListProps {
  strings: PaneStrings;
  groups: IssueGroup[];
  /** Selects the issue's cell in the workbook. */
  onSelect(sheet: string, cell: string): void;
  /** Why the last selection failed, shown above the list. */
  selectionError: string | null;
}

/** The issues grouped by unit (and the Conference sheet's together); each issue that has a cell is a link that selects it. */
export function IssueList({ strings, groups, onSelect, selectionError }: IssueListProps) {
  return (
    <PaneSection title={strings.issuesHeading}>
      {selectionError !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.selectFailedTitle}</MessageBarTitle>
            {selectionError}
          </MessageBarBody>
        </MessageBar>
      )}
      {groups.length === 0 ? (
        <Text>{strings.noIssues}</Text>
      ) : (
        groups.map((group, index) => <IssueGroupView key={index} strings={strings} group={group} onSelect={onSelect} />)
      )}
    </PaneSection>
  );
}

function IssueGroupView({ strings, group, onSelect }: { strings: PaneStrings; group: IssueGroup; onSelect: IssueListProps["onSelect"] }) {
  const styles = useStyles();
  const headingId = useId("issue-group");
  const counts = strings.counts(group.errors, group.warnings);
  return (
    <section aria-labelledby={headingId} className={styles.group}>
      <Text as="h3" id={headingId} size={300} weight="semibold" className={styles.heading}>
        {group.kind === "unit"
          ? group.unit
          : { workbook: strings.workbookGroup, conference: strings.conferenceGroup, province: strings.provinceGroup }[group.kind]}
      </Text>
      <Text size={200} className={styles.detail}>
        {group.sheet !== null ? `${strings.sheetLabel}: ${group.sheet} · ${counts}` : counts}
      </Text>
      <ul className={styles.list}>
        {group.issues.map((issue, index) => (
          <IssueItem key={index} strings={strings} issue={issue} groupSheet={group.sheet} onSelect={onSelect} />
        ))}
      </ul>
    </section>
  );
}

interface IssueItemProps {
  strings: PaneStrings;
  issue: Issue;
  /** The group's own sheet, which an issue's location need not repeat. */
  groupSheet: string | null;
  onSelect: IssueListProps["onSelect"];
}

function IssueItem({ strings, issue, groupSheet, onSelect }: IssueItemProps) {
  const styles = useStyles();
  const { sheet, cell } = issue;
  const rule = strings.rule(issue.rule);
  // In the pane's language, whatever the workbook's: the engine words its finding again.
  const message = issueMessageIn(issue, strings.language);
  const detail = issue.criterion !== null ? `${strings.criterion(issue.criterion)}: ${message}` : message;
  return (
    <li className={styles.item}>
      <span className={styles.line}>
        {/* Text in the badge, not only its colour, tells an error from a warning. */}
        <Badge
          appearance={issue.severity === "error" ? "filled" : "tint"}
          color={issue.severity === "error" ? "danger" : "warning"}
          shape="rounded"
        >
          {strings.severity[issue.severity]}
        </Badge>
        {sheet !== null && cell !== null ? (
          <Link as="button" title={strings.goToCell(sheet, cell)} onClick={() => onSelect(sheet, cell)}>
            {`${sheet === groupSheet ? cell : `${sheet}!${cell}`} · ${rule}`}
          </Link>
        ) : (
          <Text weight="semibold">{sheet !== null && sheet !== groupSheet ? `${sheet} · ${rule}` : rule}</Text>
        )}
      </span>
      <Text size={200} className={styles.detail}>
        {detail}
      </Text>
    </li>
  );
}
