// Owns drag-and-drop reordering of a list: the props each row needs, and the row being dragged over.
import { useState, type DragEvent } from 'react';

const MIME = 'application/x-draftsmith-index';

export function useDragReorder(onMove: (from: number, to: number) => void) {
  const [over, setOver] = useState<number | null>(null);
  const rowProps = (index: number) => ({
    draggable: true,
    'data-drop-target': over === index ? 'true' : undefined,
    onDragStart: (event: DragEvent) => {
      event.dataTransfer.setData(MIME, String(index));
      event.dataTransfer.effectAllowed = 'move';
    },
    onDragOver: (event: DragEvent) => {
      // Accepting the drop is what preventDefault on dragover means.
      if (!event.dataTransfer.types.includes(MIME)) return;
      event.preventDefault();
      setOver(index);
    },
    onDragLeave: () => setOver((current) => (current === index ? null : current)),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setOver(null);
      const from = Number(event.dataTransfer.getData(MIME));
      if (Number.isInteger(from)) onMove(from, index);
    },
    onDragEnd: () => setOver(null),
  });
  return rowProps;
}
