import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { useFormat } from '../components/format';
import { Loading, QueryError } from '../components/states';
import { NotPublished } from './NotPublished';
import { PublicGoodPracticeQuery } from './queries';

/** One published good practice, readable by anyone. */
export function PublicPracticePage() {
  const { t } = useTranslation(['public', 'common']);
  const format = useFormat();
  const { id } = useParams();
  const [{ data, fetching, error }] = useQuery({
    query: PublicGoodPracticeQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'cache-and-network',
  });
  if (!id) return <NotPublished title={t('public:gone.title')} text={t('public:gone.text')} link={t('public:gone.link')} to="/public" testId="public-practice-gone" />;
  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  const practice = data?.publicGoodPractice;
  if (!practice) return <NotPublished title={t('public:gone.title')} text={t('public:gone.text')} link={t('public:gone.link')} to="/public" testId="public-practice-gone" />;
  return (
    <article aria-labelledby="public-practice-title">
      <Stack gap="sm">
        <Anchor component={Link} to="/public" size="sm">
          {t('public:back')}
        </Anchor>
        <Title order={1} size="h2" id="public-practice-title">
          {practice.title}
        </Title>
        <Stack gap={2}>
          {practice.organisationName && <Text size="sm">{t('public:city', { name: practice.organisationName })}</Text>}
          {practice.thematicAreaTitle && <Text size="sm">{t('public:theme', { title: practice.thematicAreaTitle })}</Text>}
          <Text size="sm" c="dimmed">
            {t('public:publishedOn', { date: format.day(practice.publishedAt.slice(0, 10)) })}
          </Text>
        </Stack>
        <Text style={{ whiteSpace: 'pre-line' }}>{practice.description}</Text>
        <Text size="sm">
          {t('public:source')}: {practice.source}
        </Text>
      </Stack>
    </article>
  );
}
