import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

import { TableScroll } from './TableScroll';

export interface Column<T> {
  /** Column heading (already translated). */
  header: ReactNode;
  /** The cell of one row. */
  cell: (row: T) => ReactNode;
}

/** A plain accessible table: column headers with scope, one row per item. */
export function DataTable<T extends { id: string }>({ rows, columns, testId }: { rows: T[]; columns: Column<T>[]; testId?: string }) {
  return (
    <TableScroll>
      <Table striped data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column, index) => (
            <Table.Th scope="col" key={index}>
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            {columns.map((column, index) => (
              <Table.Td key={index}>{column.cell(row)}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
