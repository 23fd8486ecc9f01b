import { Label } from "./ui/label";
import { NativeSelect } from "./ui/native-select";

type Option = string | readonly [value: string, label: string];

/**
 * One labelled select of a filter form (the list pages' GET forms, so filters live in the URL and work without
 * JavaScript). `any` adds a first, empty choice ("Any role") that leaves the filter off.
 */
export function FilterSelect({
  id,
  name,
  label,
  options,
  defaultValue,
  any,
}: {
  id: string;
  name: string;
  label: string;
  options: readonly Option[];
  defaultValue?: string;
  any?: string;
}) {
  return (
    <div className="grid min-w-0 gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <NativeSelect id={id} name={name} defaultValue={defaultValue ?? ""}>
        {any ? <option value="">{any}</option> : null}
        {options.map((option) => {
          const [value, text] = typeof option === "string" ? [option, option] : option;
          return (
            <option key={value} value={value}>
              {text}
            </option>
          );
        })}
      </NativeSelect>
    </div>
  );
}
