import { Field, Select } from '@fluentui/react-components';
import { nearAcademicYears } from './dates';

/** Picks last, this or next academic year. */
export function AcademicYearSelect({ value, onChange }: { value: string; onChange: (year: string) => void }) {
  const years = nearAcademicYears();
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
