import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { NoteNode as NoteNodeType } from './diagram-view.ts';

/** A sticky note: free text on the canvas, edited in the inspector. */
export const NoteNode = memo(function NoteNode({ data, selected }: NodeProps<NoteNodeType>) {
  return (
    <div
      style={{
        width: 180,
        minHeight: 60,
        padding: 8,
        background: '#fff8c5',
        color: '#3d3a1f',
        border: `1px solid ${selected ? '#d4b106' : '#f0e3a0'}`,
        borderRadius: 4,
        fontSize: 12,
        whiteSpace: 'pre-wrap',
        boxShadow: '0 1px 3px rgba(0,0,0,0.15)',
      }}
    >
      {data.text}
    </div>
  );
});
