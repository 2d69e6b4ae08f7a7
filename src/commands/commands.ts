// Ribbon commands. The manifest's only button opens the task pane (Action ShowTaskpane), which needs no code;
// a button that runs code (Action ExecuteFunction) names a handler that is registered here.
// In the shared runtime taskpane.html loads this file, so handlers can reach the pane's state.

/** Handlers for ExecuteFunction buttons, by the FunctionName the manifest gives them. */
export const COMMANDS: Record<string, (event: Office.AddinCommands.Event) => void> = {};

export function registerCommands(): void {
  for (const [name, handler] of Object.entries(COMMANDS)) Office.actions.associate(name, handler);
}

// Outside Office (office.js failed to load) there is nothing to register with.
if (typeof Office !== "undefined") void Office.onReady(() => registerCommands());
