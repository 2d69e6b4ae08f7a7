// What a click to a cell can report: the sheet is hidden (with a button that shows it), or an error.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { SelectState } from "../hooks/useSelect";
import { useT } from "../i18n/translate";

export function SelectNotice({ state }: { state: SelectState }) {
  const t = useT();
  return (
    <>
      {state.hidden && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t("sheetHidden", { sheet: state.hidden.sheet, address: state.hidden.address })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void state.showHidden()}>{t("showSheet")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.error && (
        <MessageBar intent="error">
          <MessageBarBody>{t("errorPrefix", { message: state.error })}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
