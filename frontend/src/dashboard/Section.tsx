import { Box, Stack, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/** A section with a heading that names it (a landmark region). */
export function Section({ title, children, testId, order = 2 }: { title: ReactNode; children: ReactNode; testId?: string; order?: 2 | 3 | 4 }) {
  const id = useId();
  return (
    <Box component="section" aria-labelledby={id} data-testid={testId}>
      <Title order={order} size={order === 2 ? 'h3' : order === 3 ? 'h4' : 'h5'} id={id} mb="xs">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Box>
  );
}
