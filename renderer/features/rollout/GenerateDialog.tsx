import { App, Checkbox, Collapse, Empty, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultAccepted, type PlanChange } from '../../../shared/rollout/plan-merge.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { rolloutPlanEn } from '../../i18n/rollout-plan-en.ts';
import { planPreviewOf, type PlanPreview } from '../../store/rollout-selectors.ts';

type Props = { open: boolean; onClose: () => void };

/**
 * "Regenerate": what generating from steps 1 and 2 would add, change or keep, and where it
 * meets the user's own edits. The user ticks what to take; applying is one undo step.
 */
export function GenerateDialog({ open, onClose }: Props) {
  const doc = useAppStore((s) => s.doc);
  if (!open || !doc) return null;
  return <GenerateDialogBody preview={planPreviewOf(doc)} onClose={onClose} />;
}

const groups = ['added', 'changed', 'conflicts', 'kept'] as const;

/** The generator's fields that have a translated label. */
const fieldKeys = rolloutPlanEn.generate.fields;
type FieldKey = keyof typeof fieldKeys;

function GenerateDialogBody({ preview, onClose }: { preview: PlanPreview; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const store = useAppStoreApi();
  const { changes, generated } = preview;
  const [accepted, setAccepted] = useState(() => new Set(defaultAccepted(changes)));
  const toggle = (key: string, isOn: boolean) =>
    setAccepted((previous) => {
      const next = new Set(previous);
      if (isOn) next.add(key);
      else next.delete(key);
      return next;
    });
  const isEmpty = changes.added.length + changes.changed.length + changes.conflicts.length === 0;
  const apply = () => {
    const count = store.getState().applyGeneratedPlan(generated, [...accepted]);
    if (count > 0) void message.success(t('rolloutPlan.generate.applied', { count }));
    onClose();
  };

  return (
    <Modal
      open
      width={760}
      title={t('rolloutPlan.generate.title')}
      okText={t('rolloutPlan.generate.apply', { count: accepted.size })}
      okButtonProps={{ disabled: accepted.size === 0 }}
      onOk={apply}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        {t('rolloutPlan.generate.intro')}
      </Typography.Paragraph>
      {isEmpty && <Empty description={t('rolloutPlan.generate.nothing')} />}
      <Collapse
        size="small"
        defaultActiveKey={['added', 'changed', 'conflicts']}
        items={groups
          .filter((group) => changes[group].length > 0)
          .map((group) => ({
            key: group,
            label: (
              <span>
                {t(`rolloutPlan.generate.${group}`)}{' '}
                <Tag color={group === 'conflicts' ? 'warning' : undefined}>
                  {changes[group].length}
                </Tag>
              </span>
            ),
            children: (
              <ChangeList
                changes={changes[group]}
                isSelectable={group !== 'kept'}
                accepted={accepted}
                onToggle={toggle}
              />
            ),
          }))}
      />
    </Modal>
  );
}

function ChangeList(props: {
  changes: PlanChange[];
  isSelectable: boolean;
  accepted: ReadonlySet<string>;
  onToggle: (key: string, isOn: boolean) => void;
}) {
  const { t } = useTranslation();
  const { changes, isSelectable, accepted, onToggle } = props;
  return (
    <div style={{ maxHeight: 260, overflow: 'auto' }}>
      {changes.map((change) => {
        const label = (
          <span>
            <Tag>{t(`rolloutPlan.generate.entityKinds.${change.kind}`)}</Tag>
            {change.name}
            {change.currentName && change.currentName !== change.name && (
              <Typography.Text type="secondary">
                {' '}
                {t('rolloutPlan.generate.yours', { name: change.currentName })}
              </Typography.Text>
            )}
            {change.fields.length > 0 && (
              <Typography.Text type="secondary">
                {' — '}
                {change.fields
                  .map((field) =>
                    field in fieldKeys
                      ? t(`rolloutPlan.generate.fields.${field as FieldKey}`)
                      : field,
                  )
                  .join(t('rolloutPlan.generate.listSeparator'))}
              </Typography.Text>
            )}
          </span>
        );
        return (
          <div key={change.key} style={{ paddingBlock: 3 }}>
            {isSelectable ? (
              <Checkbox
                checked={accepted.has(change.key)}
                onChange={(e) => onToggle(change.key, e.target.checked)}
              >
                {label}
              </Checkbox>
            ) : (
              label
            )}
          </div>
        );
      })}
    </div>
  );
}
