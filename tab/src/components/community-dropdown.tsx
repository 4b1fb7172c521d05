import { Dropdown, Field, Option } from '@fluentui/react-components';

/** The community dropdown of a person with more than one community to choose from. */
export function CommunityDropdown({
  choices,
  value,
  onChange,
}: {
  choices: { id: string; name: string }[];
  value?: string;
  /** Called with the chosen community's id and name. */
  onChange: (id: string, name: string) => void;
}) {
  const selected = choices.find((c) => c.id === value);
  return (
    <Field label="Community">
      <Dropdown
        value={selected?.name ?? ''}
        selectedOptions={value ? [value] : []}
        onOptionSelect={(_, data) =>
          data.optionValue && onChange(data.optionValue, data.optionText ?? data.optionValue)
        }
      >
        {choices.map((c) => (
          <Option key={c.id} value={c.id}>
            {c.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
