// Bench page (b): bare React Flow — default nodes and edges, the same graph and positions.
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { dataObjectCatalogue } from '../../shared/flows/data-objects.ts';
import { syntheticDiagram } from './graph.ts';

// Every import is loaded and evaluated by now (diagram-bench.ts reports when).
performance.mark('diagram-bench:modules-ready');

const diagram = syntheticDiagram();
const objectLabels = new Map<string, string>(dataObjectCatalogue.map((o) => [o.key, o.label.en]));
const initialNodes: Node[] = diagram.systems.map((system) => ({
  id: system.id,
  position: system.position,
  data: { label: system.name },
}));
// The same label text the app shows, drawn by React Flow's default edge label.
const initialEdges: Edge[] = diagram.flows.map((flow) => ({
  id: flow.id,
  source: flow.sourceId,
  target: flow.targetId,
  label: flow.objects.map((o) => objectLabels.get(o) ?? o).join(', '),
}));

function BarePage() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  // fitView and minZoom only so both pages show the whole graph at the same zoom.
  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        fitView
        minZoom={0.05}
      />
    </div>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <BarePage />
  </StrictMode>,
);
