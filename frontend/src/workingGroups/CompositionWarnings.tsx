// The report's composition rules, checked for whoever manages the groups: which groups are
// not led by two cities/regions, and which cities/regions lead no group. Shown only with the
// `manageWorkingGroups` capability (the query is refused to others).
import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { graphql } from '../gql';
import type { CompositionWarningsQuery as Data } from '../gql/graphql';

const CompositionCapabilityQuery = graphql(`
  query CompositionCapability {
    viewerCapabilities {
      manageWorkingGroups
    }
  }
`);

const CompositionWarningsQuery = graphql(`
  query CompositionWarnings {
    compositionWarnings {
      rule
      leadingCount
      expectedCount
      workingGroup {
        id
        title
        thematicArea {
          id
          number
        }
      }
      territory {
        id
        name
      }
    }
  }
`);

type Warning = Data['compositionWarnings'][number];

function WarningText({ warning }: { warning: Warning }) {
  const { t } = useTranslation('workingGroups');
  if (warning.rule === 'TWO_LEADING_TERRITORIES' && warning.workingGroup) {
    const group = `${warning.workingGroup.thematicArea.number}. ${warning.workingGroup.title}`;
    return <>{t('workingGroups:composition.leadingCount', { group, count: warning.leadingCount ?? 0, expected: warning.expectedCount })}</>;
  }
  return <>{t('workingGroups:composition.leadsNoGroup', { territory: warning.territory?.name ?? '' })}</>;
}

/** The warnings, for the coordinator; nothing for others or when the rules hold. */
export function CompositionWarnings() {
  const { t } = useTranslation('workingGroups');
  const [capability] = useQuery({ query: CompositionCapabilityQuery });
  const allowed = capability.data?.viewerCapabilities.manageWorkingGroups === true;
  const [result] = useQuery({ query: CompositionWarningsQuery, pause: !allowed, requestPolicy: 'cache-and-network' });
  const warnings = result.data?.compositionWarnings ?? [];
  if (!allowed || warnings.length === 0) return null;
  return (
    <Alert color="indigo" title={t('workingGroups:composition.title')} data-testid="composition-warnings" mb="md">
      {t('workingGroups:composition.intro')}
      <List size="sm" mt="xs">
        {warnings.map((warning) => (
          <List.Item key={`${warning.rule}-${warning.workingGroup?.id ?? warning.territory?.id ?? ''}`}>
            <WarningText warning={warning} />
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
