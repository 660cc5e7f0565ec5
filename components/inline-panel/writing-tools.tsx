// The panel's writing tools around a result: tone, length and target language above it (WritingStyleRow);
// the review of a rewrite or the Variants in its place (WritingResult); Refine with Back and Forward below
// it (WritingRefineRow).
import type { WritingStyle } from '../../lib/prompts/writing-style';
import { RefineBar } from './refine-bar';
import { ReviewResult } from './review-result';
import { StyleControls } from './style-controls';
import type { useWritingPrefs } from './use-writing-prefs';
import type { Ask, useWritingTools } from './use-writing-tools';
import { VariantsList } from './variants-list';

type Tools = ReturnType<typeof useWritingTools>;

interface WritingToolsProps {
  tools: Tools;
  prefs: ReturnType<typeof useWritingPrefs>;
  busy: boolean;
  uiLanguage: string;
  onStyle: (style: WritingStyle) => void;
  onAsk: (ask: Ask) => void;
}

const STYLED_ACTIONS: ReadonlySet<string> = new Set(['rewrite', 'make-shorter', 'make-longer', 'translate']);

export function WritingStyleRow({ tools, prefs, busy, uiLanguage, onStyle }: Omit<WritingToolsProps, 'onAsk'>) {
  const working = busy || tools.variants.busy;
  // Tone, length and language shape the rewrite-type actions; beside an answer to the user's own prompt they
  // would change nothing, so they wait until the panel is ready to ask again.
  const shown = tools.versions.current?.ask;
  if (shown && !STYLED_ACTIONS.has(shown.actionId ?? '')) return null;
  return <StyleControls style={prefs.style} language={prefs.language} uiLanguage={uiLanguage} disabled={working} onStyle={onStyle} onLanguage={prefs.setLanguage} />;
}

export function WritingRefineRow({ tools, busy, onAsk }: Pick<WritingToolsProps, 'tools' | 'busy' | 'onAsk'>) {
  const { versions } = tools;
  const working = busy || tools.variants.busy;
  return (
    <>
      {versions.count > 0 && (
        <RefineBar
          busy={working}
          position={versions.position}
          count={versions.count}
          canRefine={versions.current !== null && !tools.variants.variants}
          onRefine={(instruction) => {
            const next = tools.refined(instruction);
            if (next) onAsk(next);
          }}
          onBack={versions.back}
          onForward={versions.forward}
          onVariants={tools.startVariants}
        />
      )}
    </>
  );
}

// What goes in the result area instead of the plain text: the Variants to pick from, or a rewrite's review.
export function WritingResult({ tools }: { tools: Tools }) {
  if (tools.variants.variants) return <VariantsList variants={tools.variants.variants} onPick={tools.pickVariant} onCancel={tools.variants.close} />;
  if (!tools.parts) return null;
  return (
    <ReviewResult
      parts={tools.parts}
      text={tools.writeText}
      reviewable={tools.reviewable}
      rejected={tools.rejected}
      showDiff={tools.showDiff}
      onToggle={tools.toggleChange}
      onShowDiff={tools.setShowDiff}
    />
  );
}
