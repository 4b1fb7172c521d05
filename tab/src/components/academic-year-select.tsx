import { Field, Select } from '@fluentui/react-components';
import { academicYearOf } from './dates';

const YEAR_MS = 366 * 86_400_000;

/** Picks last, this or next academic year. */
export function AcademicYearSelect({ value, onChange }: { value: string; onChange: (year: string) => void }) {
  const now = Date.now();
  const years = [now - YEAR_MS, now, now + YEAR_MS].map((ms) => academicYearOf(new Date(ms)));
  return (
    <Field label="Academic year">
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        {years.map((y) => (
          <option key={y}>{y}</option>
        ))}
      </Select>
    </Field>
  );
}
