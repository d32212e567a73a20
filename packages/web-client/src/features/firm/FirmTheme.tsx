import { useMemo, type ReactNode } from 'react';
import { accentPalette } from './accent';

declare module 'react' {
  interface CSSProperties {
    [variable: `--${string}`]: string | undefined;
  }
}

/** Applies the firm's accent colour (and the colours derived from it) to everything inside. */
export function FirmTheme({ accentColor, children }: { accentColor: string; children: ReactNode }) {
  const palette = useMemo(() => accentPalette(accentColor), [accentColor]);
  return (
    <div
      className="theme"
      style={{
        '--accent': palette.accent,
        '--on-accent': palette.onAccent,
        '--accent-hover': palette.accentHover,
        '--accent-text': palette.accentText,
        '--accent-soft': palette.accentSoft,
      }}
    >
      {children}
    </div>
  );
}
