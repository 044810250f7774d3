// The signed-in user's language lives in the profile (`User.language`), so it follows the
// user to other browsers and, later, to e-mails. The browser's language is saved there on
// the first sign-in; a language saved earlier wins over this browser's.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { graphql } from '../gql';
import type { Language } from '../gql/graphql';
import { type LanguageCode, currentLanguage, isLanguage } from '../i18n';
import { useViewer } from './viewer';

const UpdatePreferencesMutation = graphql(`
  mutation UpdateViewerPreferences($input: UpdateViewerPreferencesInput!) {
    updateViewerPreferences(input: $input) {
      viewer {
        id
        language
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The API's `Language` of an interface language code, and back. */
export const toApiLanguage = (code: LanguageCode) => code.toUpperCase() as Language;
export const fromApiLanguage = (language: Language | null | undefined): LanguageCode | null => {
  const code = language?.toLowerCase();
  return isLanguage(code) ? code : null;
};

/** Saves `language` in the signed-in user's profile. */
export function useSaveLanguage() {
  const [, update] = useMutation(UpdatePreferencesMutation);
  return (language: LanguageCode) => update({ input: { language: toApiLanguage(language) } });
}

/** Keeps the interface in the profile's language: adopts the saved one, or saves the
 * current one (the browser's, or the one picked before signing in) when none is saved. */
export function useProfileLanguage() {
  const { i18n } = useTranslation();
  const viewer = useViewer();
  const save = useSaveLanguage();
  const saved = viewer ? fromApiLanguage(viewer.language) : undefined;
  useEffect(() => {
    if (saved === undefined) return;
    if (saved === null) void save(currentLanguage());
    else if (saved !== i18n.resolvedLanguage) void i18n.changeLanguage(saved);
    // Only when the profile's answer changes: a choice in the switcher saves first.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved]);
}
