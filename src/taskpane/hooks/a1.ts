// A1 addresses <-> 0-based positions, for the pane (finding -> table) and the demo grid: the engine's helpers.
export {
  columnLetter as columnLetters,
  toA1,
  rangeToA1 as rectToA1,
  parseA1,
} from "../../engine/index";
