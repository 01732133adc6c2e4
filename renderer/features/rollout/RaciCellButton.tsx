import { theme } from 'antd';
import type { GlobalToken } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RaciValue } from '../../../shared/rollout/team-edits.ts';
import { useAppStoreApi } from '../../app/store-context.ts';

const LETTERS: Record<string, Exclude<RaciValue, null>> = { r: 'R', a: 'A', c: 'C', i: 'I' };

/** Moves focus to the cell `dr` rows and `dc` columns away inside the same grid. */
function focusNeighbour(from: HTMLElement, dr: number, dc: number) {
  const grid = from.closest('[data-raci-grid]');
  const row = Number(from.dataset.row) + dr;
  const col = Number(from.dataset.col) + dc;
  grid?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`)?.focus();
}

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

function cellColours(role: RaciValue, token: GlobalToken) {
  switch (role) {
    case 'A':
      return { background: token.colorPrimary, color: token.colorTextLightSolid };
    case 'R':
      return { background: token.colorPrimaryBg, color: token.colorPrimaryText };
    case 'C':
      return { background: token.colorFillSecondary, color: token.colorText };
    case 'I':
      return { background: token.colorFillQuaternary, color: token.colorTextSecondary };
    default:
      return { background: 'transparent', color: token.colorTextQuaternary };
  }
}

/**
 * One RACI cell: a button that cycles empty → R → A → C → I on click, Space or Enter, takes
 * R/A/C/I/Delete from the keyboard and moves with the arrow keys. Outlined when a finding
 * points at it.
 */
export function RaciCellButton(props: {
  workstreamId: string;
  memberId: string;
  role: RaciValue;
  rowName: string;
  memberName: string;
  row: number;
  col: number;
  hasProblem: boolean;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const store = useAppStoreApi();
  const { workstreamId, memberId, role, row, col, hasProblem } = props;
  const set = (value: RaciValue) => store.getState().setRaciCell(workstreamId, memberId, value);
  const spoken = role ?? t('rolloutTeam.raci.emptyCell');
  return (
    <button
      type="button"
      data-row={row}
      data-col={col}
      data-testid={`raci-${workstreamId}-${memberId}`}
      data-role={role ?? ''}
      data-problem={hasProblem}
      aria-label={`${t('rolloutTeam.raci.cell', {
        row: props.rowName,
        member: props.memberName,
        role: spoken,
      })}${hasProblem ? ` (${t('rolloutTeam.raci.problem')})` : ''}`}
      title={role ? t(`rolloutTeam.raci.legend.${role}`) : undefined}
      onClick={() => store.getState().cycleRaciCell(workstreamId, memberId)}
      onKeyDown={(e) => {
        const letter = LETTERS[e.key.toLowerCase()];
        const arrow = ARROWS[e.key];
        if (letter) set(letter);
        else if (e.key === 'Delete' || e.key === 'Backspace') set(null);
        else if (arrow) focusNeighbour(e.currentTarget, ...arrow);
        else return;
        e.preventDefault();
      }}
      style={{
        font: 'inherit',
        ...cellColours(role, token),
        width: '100%',
        minWidth: 40,
        height: 32,
        border: hasProblem
          ? `2px solid ${token.colorWarning}`
          : `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusSM,
        fontWeight: 600,
        cursor: 'pointer',
      }}
    >
      {role ?? '·'}
    </button>
  );
}
