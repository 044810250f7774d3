import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/** A table too wide for a phone scrolls inside this box, never the page. The box takes
 * keyboard focus so the hidden columns can be scrolled to without a mouse. */
export function TableScroll({ children }: { children: ReactNode }) {
  return (
    <Box className="table-scroll" tabIndex={0}>
      {children}
    </Box>
  );
}
