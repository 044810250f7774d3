import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

interface NotPublishedProps {
  title: string;
  text: string;
  /** The way back to what is published. */
  link: string;
  to: string;
  testId: string;
}

/** Said when a public address names nothing published (withdrawn, never published, or
 * under revision). */
export function NotPublished({ title, text, link, to, testId }: NotPublishedProps) {
  return (
    <Stack data-testid={testId}>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text>{text}</Text>
      <Anchor component={Link} to={to}>
        {link}
      </Anchor>
    </Stack>
  );
}
