import { Radio, RadioGroup } from "@fluentui/react-components";

export interface RadioChoiceProps<T extends string> {
  value: T;
  /** The choices in order: value and label. */
  options: readonly (readonly [T, string])[];
  horizontal?: boolean;
  onValue: (value: T) => void;
}

/** One choice among a few fixed ones (personal or 班子, numbering, what 一键排版 covers). */
export function RadioChoice<T extends string>({ value, options, horizontal, onValue }: RadioChoiceProps<T>) {
  return (
    <RadioGroup
      layout={horizontal ? "horizontal" : "vertical"}
      value={value}
      onChange={(_, d) => onValue(d.value as T)}
    >
      {options.map(([v, label]) => (
        <Radio key={v} value={v} label={label} />
      ))}
    </RadioGroup>
  );
}
