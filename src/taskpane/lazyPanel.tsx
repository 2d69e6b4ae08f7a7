// A panel whose code is a separate chunk (webpack splits at the dynamic import), so the pane's first paint
// downloads only the Pindai tab. Unlike React.lazy it renders synchronously once the chunk is in, which
// App makes likely by preloading every panel right after the first paint (chunks are local add-in files).
import { useEffect, useState, type ComponentType, type ReactElement } from "react";

export interface LazyPanel<P extends object> {
  Panel: (props: P) => ReactElement;
  /** Starts loading the chunk (once); resolves when it is in or has failed. */
  preload: () => Promise<void>;
}

export function lazyPanel<P extends object>(
  name: string,
  load: () => Promise<ComponentType<P>>
): LazyPanel<P> {
  let loaded: ComponentType<P> | null = null;
  let failed = false;
  let pending: Promise<void> | null = null;
  const preload = (): Promise<void> =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
        failed = false;
      },
      () => {
        failed = true;
        pending = null; // the next mount tries again
      }
    ));

  function Panel(props: P): ReactElement {
    const [, rerender] = useState(0);
    useEffect(() => {
      if (loaded) return undefined;
      let mounted = true;
      void preload().then(() => mounted && rerender((n) => n + 1));
      return () => {
        mounted = false;
      };
    }, []);
    if (loaded) {
      const Loaded = loaded;
      return <Loaded {...props} />;
    }
    if (failed) {
      return (
        <div role="alert">
          {`Bagian "${name}" tidak dapat dimuat dari server add-in. Tutup panel SAKIP lalu buka lagi; bila tetap gagal, periksa koneksi ke server add-in.`}
        </div>
      );
    }
    return <div aria-busy="true" />;
  }
  return { Panel, preload };
}
