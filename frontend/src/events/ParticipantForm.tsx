import { Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { cancelOnEscape } from '../components/cancelOnEscape';
import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { AddEventParticipantMutation } from './mutations';
import { EventOptionsQuery } from './queries';

/** Adds a person (who needs no login) to an event's participants: name, the organisation as
 * written on the list (and the network's organisation, when it is one) and country. */
export function ParticipantForm({ eventId, onDone, onCancel }: { eventId: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation(['events', 'common']);
  const titleId = useId();
  const first = useRef<HTMLInputElement>(null);
  const [{ data: options }] = useQuery({ query: EventOptionsQuery });
  const [adding, add] = useMutation(AddEventParticipantMutation);
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [organisationText, setOrganisationText] = useState('');
  const [country, setCountry] = useState('');
  const problems = useMutationProblems({
    firstName: t('events:participant.firstName'),
    lastName: t('events:participant.lastName'),
    organisationId: t('events:participant.organisation'),
    organisationText: t('events:participant.organisationText'),
    country: t('events:participant.country'),
  });
  const organisations = options?.organisations.nodes ?? [];

  useEffect(() => {
    first.current?.focus();
  }, []);

  function chooseOrganisation(id: string | null) {
    setOrganisationId(id);
    const chosen = organisations.find((o) => o.id === id);
    if (chosen && !organisationText.trim()) setOrganisationText(chosen.name);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await add({ input: { eventId, firstName, lastName, organisationId, organisationText, country } });
    if (!problems.check(result, result.data?.addEventParticipant.userErrors)) return;
    notify(t('common:saved'));
    onDone();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={titleId} onKeyDown={cancelOnEscape(onCancel)}>
      <Stack gap="xs">
        <Title order={3} size="h6" id={titleId}>
          {t('events:participant.addHeading')}
        </Title>
        <ProblemsAlert messages={problems.page} />
        <Group grow align="flex-start">
          <TextInput ref={first} label={t('events:participant.firstName')} value={firstName} onChange={(e) => setFirstName(e.currentTarget.value)} required maxLength={200} error={problems.field('firstName')} />
          <TextInput label={t('events:participant.lastName')} value={lastName} onChange={(e) => setLastName(e.currentTarget.value)} required maxLength={200} error={problems.field('lastName')} />
        </Group>
        <Group grow align="flex-start">
          <Select
            label={t('events:participant.organisation')}
            description={t('events:participant.organisationHelp')}
            data={organisations.map((o) => ({ value: o.id, label: o.name }))}
            value={organisationId}
            onChange={chooseOrganisation}
            searchable
            clearable
            error={problems.field('organisationId')}
          />
          <TextInput
            label={t('events:participant.organisationText')}
            value={organisationText}
            onChange={(e) => setOrganisationText(e.currentTarget.value)}
            required
            maxLength={300}
            error={problems.field('organisationText')}
          />
          <TextInput
            label={t('events:participant.country')}
            description={t('events:participant.countryHelp')}
            value={country}
            onChange={(e) => setCountry(e.currentTarget.value.toUpperCase())}
            required
            maxLength={2}
            error={problems.field('country')}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={adding.fetching} disabled={!firstName.trim() || !lastName.trim() || !organisationText.trim() || !country.trim()}>
            {t('events:participant.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
