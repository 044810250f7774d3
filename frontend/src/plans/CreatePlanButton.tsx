import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';

import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { CreatePlanMutation } from './mutations';

/** "New action plan" for an organisation that has none: creates its empty DRAFT plan and
 * opens it. Render it only where the organisation's `viewerCanCreateActionPlan` is true. */
export function CreatePlanButton({ organisationId, organisationName }: { organisationId: string; organisationName: string }) {
  const { t } = useTranslation(['plans']);
  const navigate = useNavigate();
  const [state, createPlan] = useMutation(CreatePlanMutation);
  const problems = useMutationProblems();

  async function create() {
    const result = await createPlan({ input: { organisationId } });
    const plan = result.data?.createActionPlan.actionPlan;
    if (problems.check(result, result.data?.createActionPlan.userErrors) && plan) void navigate(`/plans/${plan.id}`);
  }

  return (
    <Stack gap="xs" data-testid="create-plan">
      <ProblemsAlert messages={problems.page} />
      <Group>
        <Button onClick={() => void create()} loading={state.fetching} aria-label={t('plans:newPlanFor', { organisation: organisationName })}>
          {t('plans:newPlan')}
        </Button>
      </Group>
    </Stack>
  );
}
