import { Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GateItem } from '../../../shared/model/schema.ts';
import { isBusinessMember } from '../../../shared/rollout/team-roles.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';

/** Today in the user's time zone as an ISO date: the default sign-off date. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Sign-off of one checklist item by a named member on a date. UAT items offer only business
 * members (the model: the business accepts, IT implements); a signature already given by
 * someone else stays visible, and the gate status says why it does not count.
 */
export function GateSignOff({ phaseId, item }: { phaseId: string; item: GateItem }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const team = useAppStore((s) => s.doc?.rollout.team) ?? [];
  const [date, setDate] = useState(item.signedOffOn ?? today());
  const signers = item.kind === 'uat' ? team.filter((m) => isBusinessMember(m)) : team;
  const signed = item.signedOffById !== null;
  const sign = (memberId: string | null, on: string | null) =>
    store.getState().signOffGateItem(phaseId, item.id, memberId, on);
  return (
    <Flex vertical gap={4} data-testid={`signoff-${item.id}`}>
      <Select
        size="small"
        style={{ width: '100%' }}
        allowClear
        aria-label={t(
          item.kind === 'uat' ? 'rolloutTeam.gates.signerBusiness' : 'rolloutTeam.gates.signer',
        )}
        placeholder={t(
          item.kind === 'uat' ? 'rolloutTeam.gates.signerBusiness' : 'rolloutTeam.gates.signer',
        )}
        value={item.signedOffById ?? undefined}
        popupMatchSelectWidth={false}
        options={signers.map((m) => ({ value: m.id, label: m.name || m.id }))}
        onChange={(memberId?: string) => sign(memberId ?? null, memberId ? date : null)}
      />
      <Input
        size="small"
        type="date"
        style={{ width: '100%' }}
        aria-label={t('rolloutTeam.gates.signedOn')}
        value={item.signedOffOn ?? date}
        onChange={(e) => {
          setDate(e.target.value);
          if (signed && e.target.value) sign(item.signedOffById, e.target.value);
        }}
      />
    </Flex>
  );
}
