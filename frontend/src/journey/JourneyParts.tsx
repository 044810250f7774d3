// The stations of one need's journey, shown the same way on the partner's page and in the
// coordinator's network table. Each says plainly when there is nothing (yet) to show.
import { Anchor, Box, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useFormat } from '../components/format';
import { ProgressValue } from '../components/ProgressValue';
import { actionHeading, actionProgressAnchor } from '../plans/actionHeading';
import { proposedActionAnchor } from '../proposedActions/anchor';
import { type Area, type AreaLevel, type LinkedAction, type NeedJourney, isMonitored, levelChange, stepCounts } from './model';

/** "1. City leadership". */
export function useAreaName() {
  const { t } = useTranslation('journey');
  return (area: Area) => t('journey:area', { number: area.number, title: area.title });
}

/** The working groups of the need's area the partner belongs to, with its role. */
export function GroupsPart({ journey }: { journey: NeedJourney }) {
  const { t } = useTranslation('journey');
  if (journey.memberships.length === 0) return <Text size="sm">{t('journey:noGroup')}</Text>;
  return (
    <List size="sm" data-testid="journey-groups">
      {journey.memberships.map((m) => (
        <List.Item key={m.id}>
          <Anchor component={Link} to={`/working-groups/${m.workingGroup.id}`} size="sm">
            {m.workingGroup.title}
          </Anchor>{' '}
          ({t('journey:membership', { role: t(`journey:roles.${m.role}`), participation: t(`journey:participation.${m.participation}`) })})
        </List.Item>
      ))}
    </List>
  );
}

/** What the partner proposed at "ask the expert" in those groups, each linked to its card. */
export function ProposalsPart({ journey }: { journey: NeedJourney }) {
  const { t } = useTranslation('journey');
  if (journey.memberships.length === 0) return <Text size="sm">{t('journey:noGroup')}</Text>;
  if (journey.proposals.length === 0) return <Text size="sm">{t('journey:noProposal')}</Text>;
  return (
    <List size="sm" data-testid="journey-proposals">
      {journey.proposals.map(({ proposal, group }) => (
        <List.Item key={proposal.id}>
          <Anchor component={Link} to={`/working-groups/${group.id}#${proposedActionAnchor(proposal.id)}`} size="sm">
            {proposal.title}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}

function ActionItem({ linked, planId, monitored }: { linked: LinkedAction; planId: string; monitored: boolean }) {
  const { t } = useTranslation(['journey', 'progress']);
  const { action, grewFrom, sameArea } = linked;
  const name = actionHeading(action);
  const counts = stepCounts(action.steps);
  // Only an implemented plan's progress tab exists: link there, else to the plan.
  const to = monitored ? `/plans/${planId}#${actionProgressAnchor(action.id)}` : `/plans/${planId}`;
  return (
    <Box component="li" data-testid="journey-action">
      <Anchor component={Link} to={to} size="sm" fw={600}>
        {name}
      </Anchor>
      <Text size="xs">
        {[grewFrom ? t('journey:grewFrom', { title: grewFrom.title }) : null, sameArea ? t('journey:sameArea') : null].filter(Boolean).join(' · ')}
      </Text>
      {monitored && (
        <Stack gap={2} mt={4}>
          {action.progress === null || action.progress === undefined ? (
            <Text size="sm">{t('journey:noProgress')}</Text>
          ) : (
            <Box maw={260}>
              <ProgressValue value={action.progress} name={name} />
            </Box>
          )}
          {counts.length > 0 && (
            <Text size="xs" data-testid="journey-step-counts">
              {t('journey:steps', {
                counts: counts.map((c) => t('journey:stepCount', { status: t(`progress:statuses.${c.status}`), count: c.count })).join(' · '),
              })}
            </Text>
          )}
        </Stack>
      )}
    </Box>
  );
}

/** The plan actions on the journey, with their progress once the plan is implemented. */
export function ActionsPart({ journey }: { journey: NeedJourney }) {
  const { t } = useTranslation(['journey', 'plans']);
  const { plan } = journey;
  if (!plan) return <Text size="sm">{t('journey:noPlan')}</Text>;
  const monitored = isMonitored(plan.stage);
  return (
    <Stack gap={4}>
      <Text size="xs">
        {t('journey:planStage', { stage: t(`plans:stages.${plan.stage}`) })}
        {!monitored && ` · ${t('journey:notMonitored')}`}
      </Text>
      {journey.actions.length === 0 ? (
        <Text size="sm">{t('journey:noAction')}</Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {journey.actions.map((linked) => (
            <ActionItem key={linked.action.id} linked={linked} planId={plan.id} monitored={monitored} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** A level in words: "Level 1.8 of 3 (4 of 4 cells assessed)", or why there is none. */
function useLevelText() {
  const { t } = useTranslation('journey');
  const format = useFormat();
  return (level: AreaLevel) => {
    if (level.kind === 'unmapped') return t('journey:level.unmapped');
    if (level.kind === 'notAssessed') return t('journey:level.notAssessed');
    return t('journey:level.measured', { level: format.oneDecimal(level.mean), assessed: level.assessed, count: level.cells });
  };
}

/** The cells that measure the need's area, e.g. "Municipalities × Support services". */
export function CellsPart({ area }: { area: Area }) {
  const { t } = useTranslation(['journey', 'benchmarks']);
  if (area.benchmarkCells.length === 0) return null;
  const cells = area.benchmarkCells.map((c) => t('journey:cell', { actor: t(`benchmarks:actors.${c.keyActor}`), dimension: t(`benchmarks:dimensions.${c.dimension}`) }));
  return (
    <Text size="xs" data-testid="journey-cells">
      {t('journey:measuredBy', { cells: cells.join('; ') })}
    </Text>
  );
}

/** The partner's level in the need's area in this benchmark. */
export function LevelPart({ journey }: { journey: NeedJourney }) {
  const levelText = useLevelText();
  return (
    <Text size="sm" data-testid="journey-level">
      {levelText(journey.level)}
    </Text>
  );
}

/** What the next benchmark round says about the need: still a need or not, the level there
 * and how it moved. */
export function NextRoundPart({ journey }: { journey: NeedJourney }) {
  const { t } = useTranslation('journey');
  const format = useFormat();
  const levelText = useLevelText();
  const { next } = journey;
  let text: string;
  if (next.kind === 'none') text = t('journey:next.none');
  else if (next.kind === 'notBenchmarked') text = t('journey:next.notBenchmarked', { round: next.round.name });
  else {
    text = t(next.stillANeed ? 'journey:next.stillANeed' : 'journey:next.noLongerANeed', { round: next.round.name });
    if (next.status === 'DRAFT') text = `${text} ${t('journey:next.draft')}`;
    text = `${text} ${levelText(next.level)}`;
    const change = levelChange(journey.level, next.level);
    if (change !== null) text = `${text} ${t('journey:next.change', { change: format.signedOneDecimal(change) })}`;
  }
  return (
    <Text size="sm" data-testid="journey-next">
      {text}
    </Text>
  );
}
