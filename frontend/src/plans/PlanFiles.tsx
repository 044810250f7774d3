import { Button, FileButton, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { downloadErrorCode, downloadFile } from '../components/download';
import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { describeCode } from '../errors/problems';
import { useMutationProblems } from '../errors/useMutationProblems';
import { graphql } from '../gql';

const ImportCsvMutation = graphql(`
  mutation ImportActionPlanCsv($input: ImportActionPlanCsvInput!) {
    importActionPlanCsv(input: $input) {
      actionPlan {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

function download(planId: string, extension: 'csv' | 'json', name: string) {
  return downloadFile(`/api/action-plans/${planId}.${extension}`, `${name}.${extension}`);
}

interface PlanFilesProps {
  planId: string;
  organisationId: string;
  organisationName: string;
  /** Whether the plan's content may be replaced (DRAFT). */
  importable: boolean;
  onImported: () => void;
}

/** Download the plan as CSV or JSON, and replace a draft from a CSV file (spreadsheets). */
export function PlanFiles({ planId, organisationId, organisationName, importable, onImported }: PlanFilesProps) {
  const { t } = useTranslation(['plans', 'common']);
  const problems = useMutationProblems();
  const [, importCsv] = useMutation(ImportCsvMutation);
  const name = `action-plan-${organisationName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

  async function upload(file: File | null) {
    if (!file) return;
    const result = await importCsv({ input: { organisationId, csv: await file.text() } });
    if (problems.check(result, result.data?.importActionPlanCsv.userErrors)) {
      notify(t('plans:imported'));
      onImported();
    }
  }

  const fail = (error: unknown) => notify(describeCode(t, downloadErrorCode(error)), { color: 'red.9', title: t('common:error') });
  return (
    <>
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={() => void download(planId, 'csv', name).catch(fail)}>
          {t('plans:downloadCsv')}
        </Button>
        <Button size="xs" variant="default" onClick={() => void download(planId, 'json', name).catch(fail)}>
          {t('plans:downloadJson')}
        </Button>
        {importable && (
          <FileButton onChange={(file) => void upload(file)} accept=".csv,text/csv">
            {(props) => (
              <Button size="xs" variant="default" {...props}>
                {t('plans:importCsv')}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      <ProblemsAlert messages={problems.page} title={t('plans:importFailed')} testId="import-errors" />
    </>
  );
}
