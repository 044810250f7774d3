import { Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { WinnerOrganisationOptionsQuery } from './queries';

export interface WinnerValues {
  name: string;
  activity: string;
  organisationId: string | null;
}

export const NO_WINNER: WinnerValues = { name: '', activity: '', organisationId: null };

/** An award's winners, in order: name, activity and (when it is one) the network's
 * organisation; the API reports a problem with any of them on `winners`, shown here. */
export function WinnersFieldset({ winners, onChange, error }: { winners: WinnerValues[]; onChange: (winners: WinnerValues[]) => void; error?: string }) {
  const { t } = useTranslation(['evidence', 'common']);
  const [{ data }] = useQuery({ query: WinnerOrganisationOptionsQuery });
  const organisations = data?.organisations.nodes.map((o) => ({ value: o.id, label: o.name })) ?? [];
  const change = (index: number, patch: Partial<WinnerValues>) => onChange(winners.map((w, i) => (i === index ? { ...w, ...patch } : w)));

  return (
    <Fieldset legend={t('evidence:winners')} data-testid="winners" variant="unstyled">
      <Stack gap="xs">
        {winners.map((winner, index) => {
          const number = index + 1;
          return (
            <Group key={index} align="flex-end" gap="xs" wrap="wrap">
              <TextInput
                label={t('evidence:winnerName', { number })}
                value={winner.name}
                onChange={(e) => change(index, { name: e.currentTarget.value })}
                maxLength={200}
                style={{ flex: 1, minWidth: 160 }}
              />
              <TextInput
                label={t('evidence:winnerActivity', { number })}
                value={winner.activity}
                onChange={(e) => change(index, { activity: e.currentTarget.value })}
                maxLength={300}
                style={{ flex: 1, minWidth: 160 }}
              />
              <Select
                label={t('evidence:winnerOrganisation', { number })}
                data={organisations}
                value={winner.organisationId}
                onChange={(value) => change(index, { organisationId: value })}
                searchable
                clearable
                style={{ flex: 1, minWidth: 160 }}
              />
              <Button variant="default" onClick={() => onChange(winners.filter((_, i) => i !== index))} aria-label={t('evidence:removeWinner', { number })}>
                {t('evidence:remove')}
              </Button>
            </Group>
          );
        })}
        {error && (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        )}
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange([...winners, NO_WINNER])}>
            {t('evidence:addWinner')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
