import { Anchor, Badge, Box, Button, Card, Group, List, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

import { StepDecisions } from '../calls/StepDecisions';
import { FeedbackThread } from '../components/FeedbackThread';
import { useFormat } from '../components/format';
import { ProgressValue } from '../components/ProgressValue';
import { StatusBadge } from '../components/status';
import { actionProgressAnchor } from './actionHeading';
import { actionHeading, dateCell } from './PlanTables';
import { ReportHistory } from './ReportHistory';
import { ReportProgressForm } from './ReportProgressForm';
import { useSlippageTexts } from './slippage';
import type { Plan, PlanAction, PlanStep } from './types';

type Report = NonNullable<PlanStep['latestReport']>;

function LatestReport({ report }: { report: Report }) {
  const { t } = useTranslation(['progress', 'common']);
  const format = useFormat();
  return (
    <Box data-testid="latest-report">
      <Text size="sm" fw={600}>
        {t('progress:latestReport')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('progress:reportedBy', { date: format.time(report.createdAt), author: report.author?.displayName ?? t('progress:generated') })} ·{' '}
        {t(`progress:statuses.${report.status}`)} · {format.percent(report.percentComplete)}
        {report.coordinationCall && ` · ${t('progress:presentedAt', { date: format.day(report.coordinationCall.heldOn) })}`}
      </Text>
      {report.narrative && (
        <Text size="sm" data-testid="report-narrative" style={{ whiteSpace: 'pre-line' }}>
          {report.narrative}
        </Text>
      )}
      {report.evidenceLinks.length > 0 && (
        <>
          <Text size="sm" fw={600} mt={4}>
            {t('progress:evidence')}
          </Text>
          <List size="sm">
            {report.evidenceLinks.map((link) => (
              <List.Item key={link}>
                <Anchor href={link} target="_blank" rel="noopener noreferrer">
                  {link}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Box>
  );
}

interface StepProgressProps {
  step: PlanStep;
  action: PlanAction;
  focused: boolean;
  onChanged: () => void;
}

function StepProgress({ step, action, focused, onChanged }: StepProgressProps) {
  const { t } = useTranslation(['progress', 'common']);
  const titleId = useId();
  const [reporting, setReporting] = useState(false);
  const [showThread, setShowThread] = useState(focused);
  const [showHistory, setShowHistory] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const report = step.latestReport;
  const slippageTexts = useSlippageTexts();
  const overdue = slippageTexts.overdue(step.slippage.daysOverdue);
  const drift = slippageTexts.drift(step.slippage.daysBehindBaseline);

  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'start' });
  }, [focused]);

  return (
    <Card
      withBorder
      component="article"
      aria-labelledby={titleId}
      data-testid="progress-step"
      data-step-id={step.id}
      ref={ref}
      ml={step.parentId ? 'xl' : 0}
      p="sm"
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} size="sm" id={titleId}>
            {t('progress:stepLabel', { number: step.number, title: step.title })}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <StatusBadge status={step.status} />
            {overdue && (
              <Badge miw="max-content" color="red.9" data-testid="step-overdue">
                {t('progress:overdue')}
              </Badge>
            )}
            {drift && (
              <Badge miw="max-content" color="grape.9" data-testid="step-drift">
                {t('progress:drift')}
              </Badge>
            )}
          </Group>
        </Group>
        <Group gap="lg">
          <Box w={240}>
            <ProgressValue value={step.percentComplete} name={t('progress:stepProgress', { number: step.number })} />
          </Box>
          <Text size="sm">
            {t('progress:plannedEnd')}: {dateCell(step.end, step.endText) || t('common:none')}
          </Text>
          <Text size="sm">
            {t('progress:baselineEnd')}: {step.baselineEnd ?? t('common:none')}
          </Text>
        </Group>
        {/* Two different things, each in its own words: lateness against today and the
            current plan, and drift of the current end from the baseline. */}
        {overdue && (
          <Text size="sm" c="red.9" data-testid="step-overdue-text">
            {overdue}
          </Text>
        )}
        {drift && (
          <Text size="sm" c="grape.9" data-testid="step-drift-text">
            {drift}
          </Text>
        )}
        <StepDecisions decisions={step.decisions} />
        {report ? (
          <LatestReport report={report} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('progress:noReport')}
          </Text>
        )}
        <Group gap="xs">
          {step.viewerCanReportProgress && !reporting && (
            <Button size="xs" onClick={() => setReporting(true)}>
              {t('progress:report')}
              <VisuallyHidden> {t('progress:onStep', { name: actionHeading(action), number: step.number })}</VisuallyHidden>
            </Button>
          )}
          {report && (
            // The default variant: the subtle one fails axe's contrast check while hovered.
            <Button size="xs" variant="default" aria-expanded={showHistory} onClick={() => setShowHistory((v) => !v)}>
              {showHistory ? t('progress:hideHistory') : t('progress:showHistory')}
              <VisuallyHidden> {t('progress:onStep', { name: actionHeading(action), number: step.number })}</VisuallyHidden>
            </Button>
          )}
          {report && (
            <Button size="xs" variant="subtle" aria-expanded={showThread} onClick={() => setShowThread((v) => !v)}>
              {showThread ? t('progress:hideFeedback') : t('progress:showFeedback', { count: report.feedback.length })}
              <VisuallyHidden> {t('progress:onStep', { name: actionHeading(action), number: step.number })}</VisuallyHidden>
            </Button>
          )}
        </Group>
        {reporting && (
          <ReportProgressForm
            step={step}
            thematicAreaId={action.thematicArea?.id ?? null}
            onCancel={() => setReporting(false)}
            onDone={() => {
              setReporting(false);
              onChanged();
            }}
          />
        )}
        {report && showHistory && <ReportHistory stepId={step.id} />}
        {report && showThread && (
          <Box component="section" aria-label={t('progress:feedbackOnReport', { number: step.number })} data-testid="report-feedback">
            <FeedbackThread
              target={{ progressReportId: report.id }}
              items={report.feedback}
              kinds={report.viewerFeedbackKinds}
              label={t('progress:feedbackOnReport', { number: step.number })}
              onChanged={onChanged}
            />
          </Box>
        )}
      </Stack>
    </Card>
  );
}

interface ProgressPanelProps {
  plan: Plan;
  /** The step to open and scroll to (from a dashboard link). */
  focusStepId: string | null;
  onChanged: () => void;
}

/** The plan being implemented: its progress, each action's, and per step its status,
 * percentage, slippage, latest report with its feedback thread, and the report form where
 * the viewer may report (the step's `viewerCanReportProgress`). */
export function ProgressPanel({ plan, focusStepId, onChanged }: ProgressPanelProps) {
  const { t } = useTranslation(['progress', 'common']);
  // A link to one action (`#action-progress-<id>`, from a learning journey) scrolls to it.
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView?.({ block: 'start' });
  }, [hash]);
  return (
    <Stack>
      <Group gap="md" data-testid="plan-progress">
        <Text fw={600}>{t('progress:planProgress')}</Text>
        <Box w={280}>
          <ProgressValue value={plan.progress} name={t('progress:planProgress')} />
        </Box>
      </Group>
      {plan.stage !== 'IMPLEMENTING' && <Text c="dimmed">{t('progress:closed')}</Text>}
      {plan.actions.map((action) => (
        <Box component="section" key={action.id} id={actionProgressAnchor(action.id)} aria-label={t('progress:actionProgress', { name: actionHeading(action) })}>
          <Group justify="space-between" mt="md" mb="xs">
            <Title order={2} size="h4">
              {actionHeading(action)}
            </Title>
            <Box w={240}>
              <ProgressValue value={action.progress} name={actionHeading(action)} />
            </Box>
          </Group>
          <Stack gap="xs">
            {action.steps.map((step) => (
              <StepProgress key={step.id} step={step} action={action} focused={focusStepId === step.id} onChanged={onChanged} />
            ))}
          </Stack>
        </Box>
      ))}
    </Stack>
  );
}
