import { Group, Select, TextInput } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { graphql } from '../gql';
import type { ActionOrigin } from '../gql/graphql';

const ActionOptionsQuery = graphql(`
  query ActionOptions {
    thematicAreas(first: 100) {
      nodes {
        id
        number
        title
      }
    }
    proposedActions(first: 100) {
      nodes {
        id
        title
        organisation {
          id
          name
          shortName
        }
        workingGroup {
          id
          title
          thematicArea {
            id
          }
        }
      }
    }
  }
`);

/** An objective's editable fields, as the form holds them. */
export interface ActionValues {
  ref: string;
  title: string;
  thematicAreaId: string | null;
  origin: ActionOrigin;
  proposedActionId: string | null;
}

export const EMPTY_ACTION: ActionValues = { ref: '', title: '', thematicAreaId: null, origin: 'MUTUAL_LEARNING', proposedActionId: null };

/** The values as `ActionFieldsInput` (empty texts are null). */
export function actionInput(values: ActionValues) {
  return {
    ref: values.ref.trim() || null,
    title: values.title.trim() || null,
    thematicAreaId: values.thematicAreaId,
    origin: values.origin,
    proposedActionId: values.proposedActionId,
  };
}

interface ActionFieldsProps {
  values: ActionValues;
  onChange: (values: ActionValues) => void;
  /** The message for a field, by API field name. */
  field: (name: string) => string | undefined;
  firstFieldRef?: Ref<HTMLInputElement>;
  /** A `data-focus-id` for the first field (focus may be sent there). */
  firstFieldFocusId?: string;
}

/** Reference, objective, thematic area, origin and the proposed action it grew from: the
 * proposed actions offered are those of the chosen area's working group (all when no area is
 * chosen), grouped by group; picking one fills in its area. */
export function ActionFields({ values, onChange, field, firstFieldRef, firstFieldFocusId }: ActionFieldsProps) {
  const { t } = useTranslation(['library', 'plans']);
  const [{ data }] = useQuery({ query: ActionOptionsQuery });
  const proposed = data?.proposedActions.nodes ?? [];
  const offered = proposed.filter((p) => !values.thematicAreaId || p.workingGroup.thematicArea.id === values.thematicAreaId || p.id === values.proposedActionId);
  const groups = [...new Map(offered.map((p) => [p.workingGroup.id, p.workingGroup.title])).entries()].map(([id, title]) => ({
    group: title,
    items: offered
      .filter((p) => p.workingGroup.id === id)
      .map((p) => ({ value: p.id, label: t('plans:proposedActionOption', { title: p.title, organisation: p.organisation.shortName ?? p.organisation.name }) })),
  }));
  const set = (patch: Partial<ActionValues>) => onChange({ ...values, ...patch });

  function pickProposed(id: string | null) {
    const picked = proposed.find((p) => p.id === id);
    set({ proposedActionId: id, thematicAreaId: picked ? picked.workingGroup.thematicArea.id : values.thematicAreaId });
  }

  return (
    <>
      <Group grow align="flex-start">
        <TextInput
          ref={firstFieldRef}
          data-focus-id={firstFieldFocusId}
          label={t('plans:reference')}
          placeholder={t('plans:referencePlaceholder')}
          value={values.ref}
          onChange={(e) => set({ ref: e.currentTarget.value })}
          error={field('ref')}
        />
        <TextInput label={t('plans:objective')} value={values.title} onChange={(e) => set({ title: e.currentTarget.value })} error={field('title')} />
      </Group>
      <Group grow align="flex-start">
        <Select
          label={t('library:goodPractices.area')}
          data={data?.thematicAreas.nodes.map((a) => ({ value: a.id, label: `${a.number}. ${a.title}` })) ?? []}
          value={values.thematicAreaId}
          onChange={(area) => set({ thematicAreaId: area })}
          clearable
          error={field('thematicAreaId')}
        />
        <Select
          label={t('plans:origin')}
          data={(['MUTUAL_LEARNING', 'OTHER_OPPORTUNITY'] as const).map((o) => ({ value: o, label: t(`plans:origins.${o}`) }))}
          value={values.origin}
          onChange={(value) => value && set({ origin: value as ActionOrigin })}
          allowDeselect={false}
          error={field('origin')}
        />
        <Select
          label={t('plans:proposedAction')}
          description={t('plans:proposedActionHint')}
          data={groups}
          value={values.proposedActionId}
          onChange={pickProposed}
          clearable
          searchable
          nothingFoundMessage={t('plans:noProposedActions')}
          error={field('proposedActionId')}
        />
      </Group>
    </>
  );
}
