import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { useFormat } from '../components/format';
import { Loading, QueryError } from '../components/states';
import { PublicNav } from './PublicNav';
import { PublicGoodPracticesQuery } from './queries';

/** The practices the coordinator published, newest first: title, city, theme, date. */
export function PublicPracticesPage() {
  const { t } = useTranslation(['public', 'common']);
  const format = useFormat();
  const [{ data, fetching, error }] = useQuery({ query: PublicGoodPracticesQuery, requestPolicy: 'cache-and-network' });
  const practices = data?.publicGoodPractices;
  return (
    <>
      <PublicNav />
      <Stack gap={4} mb="md">
        <Title order={1} size="h2">
          {t('public:list.title')}
        </Title>
        <Text c="dimmed">{t('public:list.intro')}</Text>
      </Stack>
      {error && <QueryError error={error} />}
      {fetching && !practices && <Loading />}
      {practices && practices.length === 0 && <Text>{t('public:list.none')}</Text>}
      {practices && practices.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('public:list.count', { count: practices.length })}>
          {practices.map((practice) => (
            <Card component="li" withBorder key={practice.id} data-testid="public-practice">
              <Title order={2} size="h4">
                <Anchor component={Link} to={`/public/good-practices/${encodeURIComponent(practice.id)}`}>
                  {practice.title}
                </Anchor>
              </Title>
              <Group gap="md" mt={4}>
                {practice.organisationName && <Text size="sm">{t('public:city', { name: practice.organisationName })}</Text>}
                {practice.thematicAreaTitle && <Text size="sm">{t('public:theme', { title: practice.thematicAreaTitle })}</Text>}
                <Text size="sm" c="dimmed">
                  {t('public:publishedOn', { date: format.day(practice.publishedAt.slice(0, 10)) })}
                </Text>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </>
  );
}
