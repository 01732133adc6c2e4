import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { savePreferences } from './preferences.ts';
import { useAppStore } from './store-context.ts';
import { appTheme } from './theme.ts';

/**
 * The language, theme and density of the store applied to everything below — i18next, the page's
 * `lang` and colour scheme, Ant Design's locale and tokens, the body behind modal masks — and
 * remembered for the next start. The editor and the workshop screens both sit in it.
 */
export function ThemedRoot({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = useAppStore((s) => s.language);
  const isDark = useAppStore((s) => s.isDark);
  const isCompact = useAppStore((s) => s.isCompact);
  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    document.documentElement.style.colorScheme = isDark ? 'dark' : 'light';
    savePreferences({ language, isDark, isCompact });
  }, [i18n, language, isDark, isCompact]);
  const config = useMemo(
    () => appTheme({ isDark, isCompact, language }),
    [isDark, isCompact, language],
  );
  return (
    <ConfigProvider
      locale={language === 'zh-CN' ? zhCN : enUS}
      theme={config}
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <BodyBackground />
        {children}
      </AntApp>
    </ConfigProvider>
  );
}

/** Behind modal masks and overscroll, the page shows the layout colour, not a white frame. */
function BodyBackground() {
  const { token } = theme.useToken();
  useEffect(() => {
    document.body.style.background = token.colorBgLayout;
  }, [token.colorBgLayout]);
  return null;
}
