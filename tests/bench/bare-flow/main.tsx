import { applyNodeChanges, ReactFlow, type Edge, type Node, type NodeChange, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The benchmark's baseline: the same nodes and edges as a plan in the editor, drawn by React Flow with its
 * default nodes and nothing else (no store, no undo, no derived facts, no palette), in a pane of the editor
 * canvas's size. `?graph=graph-500.json&w=900&h=600`.
 */
const params = new URLSearchParams(window.location.search);
const pane = { width: Number(params.get('w') ?? 0) || '100%', height: Number(params.get('h') ?? 0) || '100%' };
function Bare() {
  const [nodes, setNodes] = useState<Node[]>([]);
  const [edges, setEdges] = useState<Edge[]>([]);
  const [viewport, setViewport] = useState<Viewport>({ x: 0, y: 0, zoom: 1 });
  useEffect(() => {
    void fetch(`./${params.get('graph') ?? 'graph.json'}`)
      .then((r) => r.json())
      .then((g: { nodes: Node[]; edges: Edge[]; viewport: Viewport }) => {
        setNodes(g.nodes);
        setEdges(g.edges);
        setViewport(g.viewport);
      });
  }, []);
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns)), []);
  if (nodes.length === 0) return null;
  return (
    <div style={pane} className="plan-canvas">
      {/* The editor's opening view for a plan this big: its top-left corner at 30 %. */}
      <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} defaultViewport={viewport} minZoom={0.1} />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Bare />);
