import { Form, Input, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TraceSystem } from '../../../shared/model/schema.ts';
import { useAppStoreApi } from '../../app/store-context.ts';

/**
 * Marks a system (usually a supplier or customer) as out of scope for this project, with the
 * team's reason: the per-partner checks then report it as that decision instead of a gap.
 */
export function OutOfScopeFields({ system }: { system: TraceSystem }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const update = (patch: Partial<Omit<TraceSystem, 'id'>>, typed?: string) =>
    store
      .getState()
      .updateSystem(system.id, patch, typed ? { key: `system.${system.id}.${typed}` } : undefined);
  const hasReason = system.outOfScopeReason.trim() !== '';
  return (
    <div data-testid="out-of-scope">
      <Form.Item>
        <Switch
          size="small"
          checked={system.isOutOfScope}
          aria-label={t('rules.outOfScope.toggle')}
          onChange={(isOutOfScope) => update({ isOutOfScope })}
        />{' '}
        <Typography.Text>{t('rules.outOfScope.toggle')}</Typography.Text>
      </Form.Item>
      {system.isOutOfScope && (
        <Form.Item
          label={t('rules.outOfScope.reason')}
          validateStatus={hasReason ? undefined : 'warning'}
          help={hasReason ? t('rules.outOfScope.decided') : t('rules.outOfScope.needsReason')}
        >
          <Input.TextArea
            aria-label={t('rules.outOfScope.reason')}
            autoSize={{ minRows: 2, maxRows: 4 }}
            maxLength={500}
            placeholder={t('rules.outOfScope.placeholder')}
            value={system.outOfScopeReason}
            onChange={(e) => update({ outOfScopeReason: e.target.value }, 'out-of-scope-reason')}
          />
        </Form.Item>
      )}
    </div>
  );
}
