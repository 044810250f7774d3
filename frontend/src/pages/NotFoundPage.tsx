import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageTitle } from '../components/states';

export function NotFoundPage() {
  const { t } = useTranslation('common');
  return (
    <Stack>
      <PageTitle>{t('common:notFound')}</PageTitle>
      <Text>{t('common:notFoundText')}</Text>
      <Anchor component={Link} to="/organisations">
        {t('common:backHome')}
      </Anchor>
    </Stack>
  );
}
