import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { PaneStrings } from "../strings";

interface ConferenceOfferProps {
  strings: PaneStrings;
  onPrepare(): void;
}

/**
 * After a Generate at a year review, the next step of the year (issue 12): the conference votes
 * on the ranking. One button adds the Bình xét sheet the secretary types the votes into.
 */
export function ConferenceOffer({ strings, onPrepare }: ConferenceOfferProps) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{strings.conferenceOffer}</MessageBarBody>
      <MessageBarActions>
        {/* Shown only between runs: a click starts the run, and the offer makes way for its progress. */}
        <Button onClick={onPrepare}>{strings.actions.conference}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
