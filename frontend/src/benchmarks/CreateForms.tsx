import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { graphql } from '../gql';

const CreateRoundMutation = graphql(`
  mutation CreateBenchmarkRound($input: CreateBenchmarkRoundInput!) {
    createBenchmarkRound(input: $input) {
      round {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const CreateBenchmarkMutation = graphql(`
  mutation CreateBenchmark($input: CreateBenchmarkInput!) {
    createBenchmark(input: $input) {
      benchmark {
        id
        version
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const NewBenchmarkChoicesQuery = graphql(`
  query NewBenchmarkChoices {
    viewerCapabilities {
      manageBenchmarkRounds
    }
    organisations(first: 100) {
      nodes {
        id
        name
      }
    }
    benchmarkRounds(first: 100) {
      nodes {
        id
        name
        heldOn
      }
    }
  }
`);

function NewRoundForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation(['benchmarks', 'common']);
  const [name, setName] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const [state, create] = useMutation(CreateRoundMutation);
  const problems = useMutationProblems({ name: t('benchmarks:roundName'), heldOn: t('benchmarks:heldOn') });
  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await create({ input: { name, heldOn } });
    if (problems.check(result, result.data?.createBenchmarkRound.userErrors)) onDone();
  }
  return (
    <form onSubmit={(e) => void save(e)} aria-label={t('benchmarks:newRound')}>
      <Stack gap="sm">
        <ProblemsAlert messages={problems.page} />
        <TextInput label={t('benchmarks:roundName')} required data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} error={problems.field('name')} />
        <TextInput label={t('benchmarks:heldOn')} type="date" required value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} error={problems.field('heldOn')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={state.fetching}>
            {t('common:save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function NewBenchmarkForm({
  organisations,
  rounds,
  onDone,
  onCancel,
}: {
  organisations: { value: string; label: string }[];
  rounds: { value: string; label: string }[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['benchmarks', 'common']);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [roundId, setRoundId] = useState<string | null>(rounds[0]?.value ?? null);
  const [state, create] = useMutation(CreateBenchmarkMutation);
  const problems = useMutationProblems({ organisationId: t('benchmarks:organisation'), roundId: t('benchmarks:round') });
  async function save(event: FormEvent) {
    event.preventDefault();
    if (!organisationId || !roundId) return;
    const result = await create({ input: { organisationId, roundId } });
    if (problems.check(result, result.data?.createBenchmark.userErrors)) onDone();
  }
  return (
    <form onSubmit={(e) => void save(e)} aria-label={t('benchmarks:newBenchmark')}>
      <Stack gap="sm">
        <ProblemsAlert messages={problems.page} />
        <Select label={t('benchmarks:organisation')} data={organisations} value={organisationId} onChange={setOrganisationId} searchable required allowDeselect={false} data-autofocus error={problems.field('organisationId')} />
        <Select label={t('benchmarks:round')} data={rounds} value={roundId} onChange={setRoundId} required allowDeselect={false} error={problems.field('roundId')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={state.fetching} disabled={!organisationId || !roundId}>
            {t('common:save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "New round" and "New benchmark" for the coordinator (who may manage rounds). */
export function BenchmarkCreateButtons({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation(['benchmarks', 'common']);
  const [choices, refetchChoices] = useQuery({ query: NewBenchmarkChoicesQuery });
  const [roundOpened, round] = useDisclosure();
  const [benchmarkOpened, benchmark] = useDisclosure();
  if (!choices.data?.viewerCapabilities.manageBenchmarkRounds) return null;
  const organisations = choices.data.organisations.nodes.map((o) => ({ value: o.id, label: o.name }));
  const rounds = choices.data.benchmarkRounds.nodes.map((r) => ({ value: r.id, label: `${r.name} (${r.heldOn})` }));
  return (
    <Group>
      <Button variant="default" onClick={round.open}>
        {t('benchmarks:newRound')}
      </Button>
      <Button onClick={benchmark.open}>{t('benchmarks:newBenchmark')}</Button>
      <Modal opened={roundOpened} onClose={round.close} title={t('benchmarks:newRound')} closeButtonProps={{ 'aria-label': t('common:close') }}>
        <NewRoundForm
          onDone={() => {
            round.close();
            refetchChoices({ requestPolicy: 'network-only' });
          }}
          onCancel={round.close}
        />
      </Modal>
      <Modal opened={benchmarkOpened} onClose={benchmark.close} title={t('benchmarks:newBenchmark')} closeButtonProps={{ 'aria-label': t('common:close') }}>
        <NewBenchmarkForm
          organisations={organisations}
          rounds={rounds}
          onDone={() => {
            benchmark.close();
            onCreated();
          }}
          onCancel={benchmark.close}
        />
      </Modal>
    </Group>
  );
}
