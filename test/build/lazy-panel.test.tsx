/** @jest-environment jsdom */
// The pane's tabs other than Pindai are chunks (src/taskpane/lazyPanel.tsx): shown once their chunk is in,
// at once when it was preloaded, and with a message the user can act on when the chunk cannot be fetched.
import { act, cleanup, render, screen } from "@testing-library/react";
import { lazyPanel } from "../../src/taskpane/lazyPanel";

function Hello({ who }: { who: string }) {
  return <p>Halo {who}</p>;
}

afterEach(cleanup);

test("shows a busy placeholder, then the panel with its props once the chunk is in", async () => {
  const { Panel } = lazyPanel("Temuan", () => Promise.resolve(Hello));
  const { container } = render(<Panel who="Bappeda" />);
  expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
  expect(await screen.findByText("Halo Bappeda")).toBeTruthy();
});

test("a preloaded panel renders in the same render, without a placeholder", async () => {
  let loads = 0;
  const { Panel, preload } = lazyPanel("Isi", () => {
    loads += 1;
    return Promise.resolve(Hello);
  });
  await preload();
  await preload();
  render(<Panel who="Diskominfo" />);
  expect(screen.getByText("Halo Diskominfo")).toBeTruthy();
  expect(loads).toBe(1);
});

test("a chunk that cannot be fetched is named in Indonesian, and the next mount tries again", async () => {
  let attempt = 0;
  const { Panel } = lazyPanel("Bandingkan", () => {
    attempt += 1;
    return attempt === 1 ? Promise.reject(new Error("ChunkLoadError")) : Promise.resolve(Hello);
  });
  render(<Panel who="Inspektorat" />);
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toMatch(
    /Bagian "Bandingkan" tidak dapat dimuat.*Tutup panel SAKIP lalu buka lagi/
  );
  cleanup();
  await act(async () => {
    render(<Panel who="Inspektorat" />);
  });
  expect(await screen.findByText("Halo Inspektorat")).toBeTruthy();
  expect(attempt).toBe(2);
});
