import { type Theme, teamsLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { HostTheme } from './teams-host';

/**
 * The Fluent UI theme that matches the host's theme. The light theme is at hand at once; the dark and high-contrast
 * ones are loaded when a host asks for them (most people never need their code).
 */
export function useFluentTheme(theme: HostTheme): Theme {
  const [other, setOther] = useState<Theme>(teamsLightTheme);
  useEffect(() => {
    if (theme === 'default') return;
    let current = true;
    void import('./dark-themes').then((m) => {
      if (current) setOther(theme === 'dark' ? m.teamsDarkTheme : m.teamsHighContrastTheme);
    });
    return () => {
      current = false;
    };
  }, [theme]);
  return theme === 'default' ? teamsLightTheme : other;
}
