import { Button, Empty, Flex, Input, List, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMMENT_MAX_LENGTH,
  commentsOn,
  commentTargets,
} from '../../../shared/workshop/comments.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';

type Props = { authorRaterId: string | null; authorName: string };

/** Comment on a data flow or a rollout task, and read what the others said about it. */
export function ParticipantComments({ authorRaterId, authorName }: Props) {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const doc = useAppStore((s) => s.doc);
  const language = useAppStore((s) => s.language);
  const targets = useMemo(() => (doc ? commentTargets(doc) : []), [doc]);
  const [targetKey, setTargetKey] = useState<string | null>(null);
  const [text, setText] = useState('');
  const target = targets.find((x) => `${x.kind}/${x.id}` === targetKey) ?? targets[0] ?? null;
  if (!doc || !target) return <Empty description={t('workshop.comments.noTargets')} />;
  const comments = commentsOn(doc, target);
  const timeFormat = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  const post = () => {
    store.getState().addComment({
      targetKind: target.kind,
      targetId: target.id,
      authorRaterId,
      authorName,
      text,
    });
    setText('');
  };
  return (
    <Flex vertical gap={12}>
      <Select
        value={`${target.kind}/${target.id}`}
        aria-label={t('workshop.comments.target')}
        onChange={setTargetKey}
        showSearch={{ optionFilterProp: 'label' }}
        options={(['flow', 'task'] as const).map((kind) => ({
          label: t(`workshop.comments.${kind}`),
          options: targets
            .filter((x) => x.kind === kind)
            .map((x) => ({ value: `${x.kind}/${x.id}`, label: x.label[language] })),
        }))}
      />
      <Input.TextArea
        value={text}
        maxLength={COMMENT_MAX_LENGTH}
        autoSize={{ minRows: 2, maxRows: 6 }}
        placeholder={t('workshop.comments.placeholder')}
        aria-label={t('workshop.comments.placeholder')}
        onChange={(event) => setText(event.target.value)}
      />
      <Button type="primary" disabled={text.trim() === ''} onClick={post}>
        {t('workshop.comments.send')}
      </Button>
      {comments.length === 0 ? (
        <Typography.Text type="secondary">{t('workshop.comments.none')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={[...comments].reverse()}
          renderItem={(c) => (
            <List.Item key={c.id}>
              <List.Item.Meta
                title={t('workshop.comments.by', {
                  name: c.authorName,
                  time: timeFormat.format(new Date(c.createdAt)),
                })}
                description={<span style={{ whiteSpace: 'pre-wrap' }}>{c.text}</span>}
              />
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
