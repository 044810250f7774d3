import { Alert, type CSSVariablesResolver, createTheme } from '@mantine/core';

// Indigo primary with shade 8 keeps white button text above WCAG AA contrast.
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  defaultRadius: 'sm',
  components: {
    // Outline alerts draw text in the filled shade, which keeps titles readable (WCAG AA).
    Alert: Alert.extend({ defaultProps: { variant: 'outline' } }),
  },
});

// Mantine's default "dimmed" grey is below 4.5:1 on white; this one is above 7:1. Disabled
// text (e.g. a segmented control waiting for a date) and the primary colour's light variant
// (light buttons on their tinted background) get darker shades for the same reason, and so
// does the red of a field's error message (Mantine's red 6 is about 3.3:1 on white).
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#495057',
    '--mantine-color-disabled-color': '#555c63',
    '--mantine-color-indigo-light-color': 'var(--mantine-color-indigo-9)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
