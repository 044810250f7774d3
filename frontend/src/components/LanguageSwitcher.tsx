import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { LANGUAGES } from '../i18n';

/** Lets people pick the UI language; the choice is remembered in this browser. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <Select
      label={t('shell.language')}
      data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
      value={i18n.language}
      onChange={(value) => value && void i18n.changeLanguage(value)}
      allowDeselect={false}
      w={140}
      size="xs"
    />
  );
}
