import { Alert, List } from '@mantine/core';

/** The problems of a form that belong to none of its fields (or a failed request). */
export function ProblemsAlert({ messages, title, testId }: { messages: readonly string[]; title?: string; testId?: string }) {
  if (messages.length === 0) return null;
  return (
    <Alert color="red.9" role="alert" title={title} data-testid={testId}>
      {messages.length === 1 ? (
        messages[0]
      ) : (
        <List size="sm">
          {messages.map((message, index) => (
            <List.Item key={index}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
