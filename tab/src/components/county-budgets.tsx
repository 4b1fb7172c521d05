import {
  Button,
  Field,
  Link,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { downloadFile } from '../api/download-file';
import { useApi } from '../api/use-api';
import { useSession } from '../session/session-context';
import { LoadState } from './load-state';
import { formatPence } from './money';

/** One community's line as GET /api/budgets returns it; money is null where it has no budget for the year. */
interface CountyLine {
  communityId: string;
  communityName: string;
  areaName: string;
  districtName: string;
  potPence: number | null;
  committedPence: number;
  remainingPence: number | null;
  committedShare: number | null;
}

type SortKey =
  | 'communityName'
  | 'areaName'
  | 'districtName'
  | 'potPence'
  | 'committedPence'
  | 'remainingPence'
  | 'committedShare';

const columns: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'communityName', label: 'Community' },
  { key: 'areaName', label: 'Area' },
  { key: 'districtName', label: 'District' },
  { key: 'potPence', label: 'Pot', numeric: true },
  { key: 'committedPence', label: 'Committed', numeric: true },
  { key: 'remainingPence', label: 'Remaining', numeric: true },
  { key: 'committedShare', label: '% of pot committed', numeric: true },
];

const useStyles = makeStyles({
  section: { marginBlockStart: tokens.spacingVerticalL },
  controls: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    flexWrap: 'wrap',
    alignItems: 'end',
    marginBlock: tokens.spacingVerticalM,
  },
  number: { textAlign: 'end' },
});

/** Compares two lines by a column; communities without a figure sort last whichever way. */
function compareBy(key: SortKey, direction: 1 | -1) {
  return (a: CountyLine, b: CountyLine): number => {
    const x = a[key];
    const y = b[key];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(String(y), 'en-GB') : x - Number(y);
    return order * direction || a.communityName.localeCompare(b.communityName, 'en-GB');
  };
}

/** For officers: every community's budget for a year in one table, sortable, filtered by area and district, as CSV. */
export function CountyBudgets(props: {
  year: string;
  /** Changes when a budget was saved elsewhere on the page: the table reads again, keeping filters and order. */
  version: number;
  onOpen: (communityId: string, communityName: string) => void;
}) {
  const { year, version, onOpen } = props;
  const styles = useStyles();
  const { token } = useSession();
  const read = useApi<{ communities: CountyLine[]; withoutBudget: number }>(`/api/budgets?year=${year}`);
  const [area, setArea] = useState('');
  const [district, setDistrict] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; direction: 1 | -1 }>({ key: 'remainingPence', direction: 1 });
  const [downloadError, setDownloadError] = useState<string>();
  const { reload } = read;
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  const lines = read.data?.communities ?? [];
  const areas = [...new Set(lines.map((l) => l.areaName))].sort();
  const districts = [...new Set(lines.filter((l) => !area || l.areaName === area).map((l) => l.districtName))].sort();
  const shown = useMemo(
    () =>
      lines
        .filter((l) => (!area || l.areaName === area) && (!district || l.districtName === district))
        .sort(compareBy(sort.key, sort.direction)),
    [lines, area, district, sort],
  );
  const sortBy = (key: SortKey) => setSort((s) => ({ key, direction: s.key === key ? (-s.direction as 1 | -1) : 1 }));

  return (
    <section className={styles.section} aria-labelledby="county-title">
      <Title3 as="h2" block id="county-title">
        All communities {year}
      </Title3>
      <div className={styles.controls}>
        <Field label="Area">
          <Select
            value={area}
            onChange={(_, d) => {
              setArea(d.value);
              setDistrict('');
            }}
          >
            <option value="">All Kent</option>
            {areas.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </Select>
        </Field>
        <Field label="District">
          <Select value={district} onChange={(_, d) => setDistrict(d.value)}>
            <option value="">All districts</option>
            {districts.map((d) => (
              <option key={d}>{d}</option>
            ))}
          </Select>
        </Field>
        <Button
          onClick={() =>
            downloadFile(`/api/budgets.csv?year=${year}`, token, `community-budgets-${year}.csv`).then(
              () => setDownloadError(undefined),
              (error: Error) => setDownloadError(error.message),
            )
          }
        >
          Download CSV
        </Button>
      </div>
      {downloadError && <Text role="alert">{downloadError}</Text>}
      <LoadState loading={read.loading} error={read.error} empty={lines.length === 0} loadingLabel="Loading budgets…">
        There are no communities yet.
      </LoadState>
      {read.data && read.data.withoutBudget > 0 && (
        <Text block>
          {read.data.withoutBudget} {read.data.withoutBudget === 1 ? 'community has' : 'communities have'} no budget for{' '}
          {year} yet.
        </Text>
      )}
      {shown.length > 0 && (
        <Table aria-label={`Community budgets ${year}`} size="small" sortable>
          <TableHeader>
            <TableRow>
              {columns.map((c) => (
                <TableHeaderCell
                  key={c.key}
                  sortDirection={sort.key === c.key ? (sort.direction === 1 ? 'ascending' : 'descending') : undefined}
                  onClick={() => sortBy(c.key)}
                >
                  {c.label}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((l) => (
              <TableRow key={l.communityId} data-testid="county-row">
                <TableCell>
                  <Link onClick={() => onOpen(l.communityId, l.communityName)}>{l.communityName}</Link>
                </TableCell>
                <TableCell>{l.areaName}</TableCell>
                <TableCell>{l.districtName}</TableCell>
                <TableCell className={styles.number}>
                  {l.potPence === null ? 'No budget' : formatPence(l.potPence)}
                </TableCell>
                <TableCell className={styles.number}>{formatPence(l.committedPence)}</TableCell>
                <TableCell className={styles.number}>
                  {l.remainingPence === null ? '—' : formatPence(l.remainingPence)}
                </TableCell>
                <TableCell className={styles.number}>
                  {l.committedShare === null ? '—' : `${(l.committedShare * 100).toFixed(1)}%`}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
