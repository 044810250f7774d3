import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export const PAGE_SIZE = 20;

/** Cursor-based paging over a Relay connection: remembers the cursors of earlier pages. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  return {
    after,
    page: cursors.length,
    next: (endCursor: string) => setCursors((c) => [...c, endCursor]),
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
  };
}

interface PagerProps {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
  pages: ReturnType<typeof useCursorPages>;
}

export function Pager({ pageInfo, totalCount, pages }: PagerProps) {
  const { t } = useTranslation('common');
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" c="dimmed">
        {t('common:total', { count: totalCount })}
      </Text>
      <Group gap="xs">
        <Button variant="default" onClick={pages.previous} disabled={pages.page <= 1}>
          {t('common:previous')}
        </Button>
        <Button
          variant="default"
          onClick={() => pageInfo.endCursor && pages.next(pageInfo.endCursor)}
          disabled={!pageInfo.hasNextPage}
        >
          {t('common:next')}
        </Button>
      </Group>
    </Group>
  );
}
