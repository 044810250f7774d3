import { Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';

import { SessionError, login, saveLanguage } from '../auth/session';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { NO_PROBLEMS, type Problems, describeCode, problemsOf } from '../errors/problems';
import i18n, { type LanguageCode } from '../i18n';

/** Sign-in form; after success it returns to the page the user wanted, in the language picked
 * here (then saved in the profile), else the one saved in the profile, else the browser's. */
export function LoginPage() {
  const { t } = useTranslation(['auth', 'errors']);
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  const [busy, setBusy] = useState(false);
  const [picked, setPicked] = useState<LanguageCode | null>(null);
  const from = (location.state as { from?: string } | null)?.from ?? '/dashboard';
  const labels = { email: t('email'), password: t('password') };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblems(NO_PROBLEMS);
    try {
      const saved = await login(email, password);
      if (picked) await saveLanguage(picked.toUpperCase() as Uppercase<LanguageCode>).catch(() => undefined);
      else if (saved) await i18n.changeLanguage(saved.toLowerCase());
      void navigate(from, { replace: true });
    } catch (e) {
      if (e instanceof SessionError && e.userErrors.length > 0) setProblems(problemsOf(t, {}, e.userErrors, labels));
      else if (e instanceof SessionError && e.code === 'UNAUTHENTICATED') setProblems({ byField: {}, page: [t('invalidCredentials')] });
      else setProblems({ byField: {}, page: [describeCode(t, e instanceof SessionError ? (e.code ?? 'NETWORK') : 'NETWORK')] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w={420} maw="100%">
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            <Title order={1} size="h2">
              {t('title')}
            </Title>
            <Text size="sm">{t('intro')}</Text>
            <ProblemsAlert messages={problems.page} title={t('failed')} />
            <TextInput
              label={labels.email}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={problems.byField.email}
            />
            <PasswordInput
              label={labels.password}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={problems.byField.password}
            />
            <Button type="submit" loading={busy}>
              {t('submit')}
            </Button>
            <LanguageSwitcher onChange={setPicked} />
            <Anchor component={Link} to="/public" size="sm">
              {t('publicLessons')}
            </Anchor>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
