import { Select, type SelectProps } from "@fluentui/react-components";

export interface ValueSelectProps<T extends string> extends Omit<SelectProps, "value" | "onChange"> {
  value: T | null;
  values: readonly T[];
  /** The label of a first option that stands for "none" (null); without it a value must be chosen. */
  noneLabel?: string;
  onValue: (value: T | null) => void;
}

/** A Select over a fixed list of strings (categories, themes), optionally with a "none" first option. */
export function ValueSelect<T extends string>({
  value,
  values,
  noneLabel,
  onValue,
  ...rest
}: ValueSelectProps<T>) {
  return (
    <Select {...rest} value={value ?? ""} onChange={(_, d) => onValue((d.value || null) as T | null)}>
      {noneLabel !== undefined && <option value="">{noneLabel}</option>}
      {values.map((v) => (
        <option key={v} value={v}>
          {v}
        </option>
      ))}
    </Select>
  );
}
