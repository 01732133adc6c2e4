// Bench page (b), the baseline: every one of the 500 rows as a plain SVG bar and name, from the
// same schedule, with no virtualisation, arrows, calendar shading, theme or store.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { dayNumber } from '../../shared/rollout/calendar.ts';
import { scheduleRollout } from '../../shared/rollout/schedule.ts';
import { ganttPlan, GANTT_TODAY } from './plan.ts';

performance.mark('gantt-bench:modules-ready');

const ROW = 30;
const PX = 28;
const doc = ganttPlan();
const schedule = scheduleRollout(doc, GANTT_TODAY);
const origin = dayNumber(schedule.start ?? GANTT_TODAY);
const last = dayNumber(schedule.finish ?? GANTT_TODAY);
const width = (last - origin + 1) * PX;

function BarePage() {
  const tasks = doc.rollout.tasks;
  return (
    <div style={{ padding: 16 }}>
      <div data-testid="gantt" style={{ height: 560, overflow: 'auto', display: 'flex' }}>
        <div style={{ width: 260, flex: 'none' }}>
          {tasks.map((task) => (
            <div key={task.id} style={{ height: ROW, lineHeight: `${ROW}px`, fontSize: 12 }}>
              {task.name}
            </div>
          ))}
        </div>
        <svg width={width} height={tasks.length * ROW} style={{ flex: 'none' }}>
          {tasks.map((task, i) => {
            const s = schedule.tasks.get(task.id);
            if (!s) return null;
            const x = (dayNumber(s.start) - origin) * PX;
            const w = (dayNumber(s.finish) - dayNumber(s.start) + 1) * PX;
            return (
              <rect
                key={task.id}
                data-task-bar={task.id}
                x={x}
                y={i * ROW + 7}
                width={w}
                height={13}
                fill={s.isCritical ? '#ff4d4f' : '#0e7c66'}
              />
            );
          })}
        </svg>
      </div>
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
