import { Field, Select } from '@fluentui/react-components';

/** A labelled drop-down of named choices, with an optional "Choose …" first option and the problem under it. */
export function ChoiceField(props: {
  label: string;
  value: string;
  onChange: (id: string) => void;
  choices: { id: string; name: string }[];
  placeholder?: string;
  required?: boolean;
  problem?: string;
}) {
  return (
    <Field label={props.label} required={props.required} validationMessage={props.problem}>
      <Select value={props.value} onChange={(_, d) => props.onChange(d.value)}>
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
