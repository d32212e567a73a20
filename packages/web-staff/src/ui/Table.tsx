import { useId, type ReactNode } from 'react';

/**
 * A data table in a horizontally scrollable region, so wide tables stay usable on a phone;
 * the region is focusable so keyboard users can scroll it too.
 */
export function DataTable({ caption, captionHidden = true, children }: { caption: string; captionHidden?: boolean; children: ReactNode }) {
  const captionId = useId();
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : 'table__caption'}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
