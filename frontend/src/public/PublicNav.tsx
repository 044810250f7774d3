import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The two kinds of public lessons: good practices and action plans. */
export function PublicNav() {
  const { t } = useTranslation('public');
  return (
    <Group component="nav" gap="md" mb="sm" aria-label={t('public:nav.label')}>
      <Anchor component={NavLink} to="/public" end>
        {t('public:nav.practices')}
      </Anchor>
      <Anchor component={NavLink} to="/public/plans" end>
        {t('public:nav.plans')}
      </Anchor>
    </Group>
  );
}
