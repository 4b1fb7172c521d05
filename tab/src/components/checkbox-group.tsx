import { Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';

const useStyles = makeStyles({
  group: { border: 'none', margin: 0, padding: 0, display: 'grid' },
  legend: { padding: 0, marginBlockEnd: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/** Several choices under one label (a fieldset), with the problem, if any, under them. */
export function CheckboxGroup(props: {
  label: string;
  choices: { id: string; label: string }[];
  selected: string[];
  onChange: (id: string, on: boolean) => void;
  problem?: string;
}) {
  const styles = useStyles();
  const problemId = useId();
  return (
    <fieldset className={styles.group} aria-describedby={props.problem ? problemId : undefined}>
      <legend className={styles.legend}>{props.label}</legend>
      {props.choices.map((c) => (
        <Checkbox
          key={c.id}
          label={c.label}
          checked={props.selected.includes(c.id)}
          onChange={(_, d) => props.onChange(c.id, d.checked === true)}
        />
      ))}
      {props.problem && (
        <Text id={problemId} className={styles.problem} role="alert">
          {props.problem}
        </Text>
      )}
    </fieldset>
  );
}
