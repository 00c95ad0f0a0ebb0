// The renderer's contract with the rest of the app. Nothing outside render/ imports sigma: the app
// speaks in these terms, so moving to another sigma major (or another renderer) stays local.
import type { EdgeAttrs, NodeAttrs } from '../state/types';

export interface NodeVisual {
  label: string;
  color: string;
  size: number;
  hidden: boolean;
  /** Drawn with a halo and its label always on. */
  highlighted: boolean;
  forceLabel: boolean;
  zIndex: number;
}

export interface EdgeVisual {
  /** Empty: no label drawn. */
  label: string;
  color: string;
  size: number;
  hidden: boolean;
  forceLabel: boolean;
  zIndex: number;
  directed: boolean;
  /** 0 = straight; otherwise the signed bend relative to source → target (parallel relations). */
  curvature: number;
}

/** Called for every node and edge on each refresh: data + view state → look. */
export interface Styler {
  node(id: string, attrs: NodeAttrs): NodeVisual;
  edge(id: string, attrs: EdgeAttrs, directed: boolean): EdgeVisual;
}

export interface Point { x: number; y: number }
export interface CameraState { x: number; y: number; ratio: number; angle: number }

export interface RendererEvents {
  clickNode: (id: string) => void;
  doubleClickNode: (id: string) => void;
  rightClickNode: (id: string, at: Point) => void;
  clickEdge: (id: string) => void;
  clickStage: () => void;
  enterNode: (id: string) => void;
  leaveNode: (id: string) => void;
  enterEdge: (id: string) => void;
  leaveEdge: (id: string) => void;
  dragStart: (id: string) => void;
  dragEnd: (id: string) => void;
  camera: (state: CameraState) => void;
}

export interface GraphView {
  /** Re-runs the styler for everything (after a filter, hover or selection change), or only for the
   *  given nodes and edges when nothing else changed look (an edge hover): O(1) instead of O(graph). */
  refresh(only?: { nodes?: string[]; edges?: string[] }): void;
  on<K extends keyof RendererEvents>(event: K, fn: RendererEvents[K]): () => void;
  /** Screen position (CSS pixels, relative to the canvas) of a node's centre. */
  nodeToViewport(id: string): Point | null;
  /** Screen position of the middle of an edge as drawn (on the curve for parallel edges). */
  edgeToViewport(id: string): Point | null;
  getCamera(): CameraState;
  setCamera(state: Partial<CameraState>, animate?: boolean): void;
  /** Frames the whole graph (or the given nodes). */
  fit(nodes?: string[]): void;
  zoom(factor: number): void;
  /** Graph-coordinate units per screen pixel at the current zoom (to size layouts in pixels). */
  unitsPerPixel(): number;
  /** Large graphs: draw no edges or labels while the camera moves (they come back when it stops). */
  setHideWhileMoving(on: boolean): void;
  /** Renders `frames` frames while the camera moves, each waited for to the end; their times in ms (the client benchmark). */
  measureFrames(frames: number): number[];
  toPNG(): Promise<Blob>;
  toSVG(): string;
  /** True when the WebGL canvas could be created (the app shows a message otherwise). */
  readonly ok: boolean;
  kill(): void;
}
