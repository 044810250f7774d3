// Toast notifications with a labelled close button (axe: every button needs a name).
import { notifications } from '@mantine/notifications';

import i18n from '../i18n';

export function notify(message: string, { color = 'teal.9', title, sticky = false }: { color?: string; title?: string; sticky?: boolean } = {}) {
  notifications.show({
    message,
    title,
    color,
    autoClose: sticky ? false : 4000,
    closeButtonProps: { 'aria-label': i18n.t('common:close') },
  });
}
