/**
 * The room topic as plain text, clamped to a few lines by CSS, with a "Show more" toggle
 * that only appears when the text is actually cut.
 */
import { useCallback, useId, useRef, useState } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import { enCommon } from "../../i18n/english";
import { Button } from "../shared/Button";
import { NetworkText } from "../shared/NetworkText";

/** Props of {@link InviteTopic}. */
export interface InviteTopicProps {
  /** The cleaned plain-text topic. */
  topic: string;
}

/**
 * Without layout (server rendering, jsdom) nothing can be measured: a topic this long is
 * assumed to overflow the clamp, so the toggle is there when it is most likely needed.
 */
export const TOPIC_TOGGLE_FALLBACK_LENGTH = 240;

/** Shows the topic clamped, and offers expand/collapse when the clamp hides text. */
export function InviteTopic({ topic }: InviteTopicProps) {
  const i18n = useI18n(enCommon);
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  // Measured overflow, per topic text: undefined until a ResizeObserver has reported.
  const [measured, setMeasured] = useState<{ topic: string; overflows: boolean }>();
  const observerRef = useRef<ResizeObserver | undefined>(undefined);

  const attach = useCallback(
    (element: HTMLParagraphElement | null) => {
      observerRef.current?.disconnect();
      observerRef.current = undefined;
      if (!element || typeof ResizeObserver === "undefined") return;
      const observer = new ResizeObserver(() => {
        // While expanded the clamp is off, so the text always fits: keep the last answer.
        if (element.dataset["expanded"] === "true" || element.clientHeight === 0) return;
        setMeasured({ topic, overflows: element.scrollHeight > element.clientHeight + 1 });
      });
      observer.observe(element);
      observerRef.current = observer;
    },
    [topic],
  );

  const overflows = measured?.topic === topic ? measured.overflows : topic.length > TOPIC_TOGGLE_FALLBACK_LENGTH;
  return (
    <div className="mmui-invite-preview__topic-block">
      <p
        ref={attach}
        id={id}
        className="mmui-invite-preview__topic"
        data-expanded={expanded ? "true" : "false"}
        dir="auto"
      >
        <NetworkText>{topic}</NetworkText>
      </p>
      {overflows || expanded ? (
        <Button
          variant="link"
          className="mmui-invite-preview__topic-toggle"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded((value) => !value)}
        >
          {i18n.t(expanded ? "common.show_less" : "common.show_more")}
        </Button>
      ) : null}
    </div>
  );
}
