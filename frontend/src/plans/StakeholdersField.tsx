import { Autocomplete, Button, Group, Input, Pill, Text } from '@mantine/core';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { StakeholderOrganisationsQuery } from './queries';
import type { PlanStep } from './types';

/** A stakeholder being edited: an organisation of the network (with the wording printed for
 * it, if any) or a party named in words. */
export interface StakeholderEntry {
  name: string;
  organisationId: string | null;
  /** For an organisation: how it was printed, when not its name. */
  wording: string | null;
}

/** The step's stakeholders as the editor holds them. */
export function stakeholderEntries(step: Pick<PlanStep, 'stakeholderEntries'>): StakeholderEntry[] {
  return step.stakeholderEntries.map(({ name, organisation }) => ({
    name,
    organisationId: organisation?.id ?? null,
    wording: organisation && name !== organisation.name ? name : null,
  }));
}

/** The `stakeholderEntries` input for `entries`. */
export function stakeholderInput(entries: StakeholderEntry[]) {
  return entries.map((entry) =>
    entry.organisationId ? { organisationId: entry.organisationId, name: entry.wording } : { organisationId: null, name: entry.name },
  );
}

interface StakeholdersFieldProps {
  value: StakeholderEntry[];
  onChange: (entries: StakeholderEntry[]) => void;
  error?: string;
}

/** Partners and stakeholders of a step: picked from the network's organisations or typed as
 * words (Enter adds what is typed). Organisations are marked as such, in words as well. */
export function StakeholdersField({ value, onChange, error }: StakeholdersFieldProps) {
  const { t } = useTranslation('plans');
  const [{ data }] = useQuery({ query: StakeholderOrganisationsQuery });
  const [typed, setTyped] = useState('');
  const labelId = useId();
  // Autocomplete writes the picked option into the input right after `onOptionSubmit`; the
  // picked organisation is already a pill, so that write empties the input instead.
  const picked = useRef(false);
  const organisations = data?.organisations.nodes ?? [];
  const chosen = new Set(value.map((entry) => entry.organisationId).filter(Boolean));
  const options = organisations.filter((organisation) => !chosen.has(organisation.id)).map((organisation) => organisation.name);

  function add(text: string) {
    const name = text.trim();
    if (!name) return;
    const organisation = organisations.find((candidate) => candidate.name === name);
    const known = value.some((entry) => (organisation ? entry.organisationId === organisation.id : !entry.organisationId && entry.name === name));
    if (!known) {
      onChange([...value, { name, organisationId: organisation?.id ?? null, wording: null }]);
    }
    setTyped('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter adds the typed words; it must not submit the step's form.
    if (event.key === 'Enter' && typed.trim()) {
      event.preventDefault();
      add(typed);
    }
  }

  return (
    <Input.Wrapper label={t('stakeholders')} id={labelId} error={error}>
      {value.length > 0 && (
        <Pill.Group my={4} aria-labelledby={`${labelId}-label`} role="list">
          {value.map((entry, index) => (
            <Pill
              key={`${entry.organisationId ?? 'words'}-${entry.name}`}
              role="listitem"
              withRemoveButton
              onRemove={() => onChange(value.filter((_, other) => other !== index))}
              // Mantine hides the remove button from the keyboard (TagsInput removes with Backspace); here it is the only way.
              removeButtonProps={{ 'aria-label': t('stakeholderRemove', { name: entry.name }), 'aria-hidden': false, tabIndex: 0 }}
              data-organisation={entry.organisationId ? 'true' : 'false'}
              bg={entry.organisationId ? 'blue.1' : undefined}
            >
              {entry.name}
              {entry.organisationId && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  ({t('stakeholderOrganisation')})
                </Text>
              )}
            </Pill>
          ))}
        </Pill.Group>
      )}
      <Group gap={4} wrap="nowrap" align="flex-start">
        <Autocomplete
          id={labelId}
          placeholder={t('stakeholderAdd')}
          description={t('stakeholderAddHint')}
          data={options}
          value={typed}
          onChange={(text) => {
            setTyped(picked.current ? '' : text);
            picked.current = false;
          }}
          onOptionSubmit={(name) => {
            picked.current = true;
            add(name);
          }}
          onKeyDown={onKeyDown}
          limit={20}
          style={{ flex: 1 }}
        />
        <Button variant="default" onClick={() => add(typed)} disabled={!typed.trim()}>
          {t('stakeholderAddButton')}
        </Button>
      </Group>
    </Input.Wrapper>
  );
}
