// Demo page entry: sample workbook from the seeds' real tables, the in-memory Excel, the real pane.
import { createRoot } from "react-dom/client";
import { DemoApp } from "./DemoApp";
import { loadSampleWorkbook } from "./sample";
import { installOfficeStandIn } from "./office-standin";
import css from "./demo.css";

const style = document.createElement("style");
style.textContent = css;
document.head.appendChild(style);

const params = new URLSearchParams(location.search);
const dark =
  params.get("theme") === "dark" ||
  (params.get("theme") !== "light" && matchMedia("(prefers-color-scheme: dark)").matches);
installOfficeStandIn(dark);

const container = document.getElementById("root");
if (container) {
  void loadSampleWorkbook().then((model) =>
    createRoot(container).render(<DemoApp initial={model} dark={dark} />)
  );
}
