import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { archetypeDescriptions } from '../../../shared/decision/archetypes.ts';
import { useAppStore } from '../../app/store-context.ts';

const sections = ['fits', 'strengths', 'challenges'] as const;

/** The model's three approaches (A SaaS, B custom, C iPaaS) with fit, strengths, challenges. */
export function ArchetypeCards() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const candidates = useAppStore((s) => s.doc?.decision.candidates);
  return (
    <Row gutter={[16, 16]}>
      {archetypeDescriptions.map((a) => {
        const count = candidates?.filter((c) => c.archetype === a.archetype).length ?? 0;
        return (
          <Col key={a.archetype} xs={24} lg={8}>
            <Card
              size="small"
              style={{ height: '100%' }}
              data-testid={`archetype-${a.archetype}`}
              title={a.label[language]}
            >
              <Flex vertical gap={8} align="flex-start">
                <Tag>{t('options.archetypes.candidates', { count })}</Tag>
                {sections.map((section) => (
                  <div key={section}>
                    <Typography.Text strong>{t(`options.archetypes.${section}`)}</Typography.Text>
                    <Typography.Paragraph style={{ marginBottom: 0 }}>
                      {a[section][language]}
                    </Typography.Paragraph>
                  </div>
                ))}
              </Flex>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
