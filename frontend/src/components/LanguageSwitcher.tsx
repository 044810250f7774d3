import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { LANGUAGES, type LanguageCode, isLanguage } from '../i18n';

/** Lets people pick the interface language. The choice is remembered in this browser and,
 * when signed in, saved in the profile (`onChange`). A native select: light, and usable on
 * any phone. */
export function LanguageSwitcher({ onChange, hideLabel = false }: { onChange?: (language: LanguageCode) => void; hideLabel?: boolean }) {
  const { t, i18n } = useTranslation('shell');
  const label = t('language');
  return (
    <NativeSelect
      label={hideLabel ? undefined : label}
      aria-label={hideLabel ? label : undefined}
      data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
      value={i18n.resolvedLanguage}
      onChange={(event) => {
        const language = event.currentTarget.value;
        if (!isLanguage(language)) return;
        void i18n.changeLanguage(language);
        onChange?.(language);
      }}
      w={120}
      size="xs"
    />
  );
}
