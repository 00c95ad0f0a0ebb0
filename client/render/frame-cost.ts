// The real cost of a frame: render synchronously while the camera moves, then wait until every
// WebGL context has finished drawing (a 1-pixel read blocks until it has). requestAnimationFrame
// timestamps cannot say this: WebGL work is queued to the GPU process and only waited for later
// (on the next hover pick), so with software WebGL the rAF clock can tick at 60 Hz while each
// picture takes a second. Used by the client benchmark, on the app and on the bare sigma page alike.
import type Sigma from 'sigma';

/** Sigma's camera with the whole graph in view: where every measurement starts (the benchmark
 *  also takes its comparison screenshots there). */
export const HOME_CAMERA = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

export function measureFrames(sigma: Sigma, frames: number): number[] {
  const camera = sigma.getCamera();
  const before = camera.getState();
  // From the same place in every page: where a drag left the camera decides how much of the graph
  // is on screen, and so the pixels to fill (a pan cut short by its time budget drew more).
  const start = HOME_CAMERA;
  // Sigma keeps one WebGL context per layer (nodes, edges, hovered nodes); neither that field nor the
  // synchronous render() is public API in sigma 3 (a scheduled render would wait for the next frame).
  const internals = sigma as unknown as { webGLContexts?: Record<string, WebGLRenderingContext>; render(): void };
  const contexts = Object.values(internals.webGLContexts ?? {});
  const pixel = new Uint8Array(4);
  const out: number[] = [];
  // Sigma draws a moving camera differently (hideEdgesOnMove, hideLabelsOnMove) when its mouse
  // captor says a drag is under way: say so, as a real drag would.
  const captor = sigma.getMouseCaptor() as unknown as { isMoving: boolean };
  captor.isMoving = true;
  for (let i = 1; i <= frames; i++) {
    const t0 = performance.now();
    // A small pan and a slight zoom per frame, as when a user drags and scrolls.
    camera.setState({ x: start.x + 0.003 * i, y: start.y + 0.002 * i, ratio: start.ratio * (1 - 0.004 * i) });
    internals.render();
    for (const gl of contexts) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    out.push(performance.now() - t0);
  }
  captor.isMoving = false;
  camera.setState(before);
  return out;
}
