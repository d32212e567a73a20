import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Atrium` : 'Atrium';
  }, [title]);
}

interface PageProps {
  title: string;
  /** Shown next to the heading: status badges and the like. */
  meta?: ReactNode;
  actions?: ReactNode;
  back?: { to: string; label: string };
  children?: ReactNode;
}

/**
 * A page: its heading (which receives focus after navigation, so it is rendered first and in
 * the same place whatever state the page is in), actions, and content.
 */
export function Page({ title, meta, actions, back, children }: PageProps) {
  useDocumentTitle(title);
  return (
    <>
      <div className="page-header">
        {back ? (
          <p className="page-header__back">
            <Link to={back.to}>
              <span aria-hidden="true">← </span>
              {back.label}
            </Link>
          </p>
        ) : null}
        <div className="page-header__row">
          <div className="page-header__title">
            <h1 tabIndex={-1}>{title}</h1>
            {meta ? <div className="page-header__meta">{meta}</div> : null}
          </div>
          {actions ? <div className="page-header__actions">{actions}</div> : null}
        </div>
      </div>
      {children}
    </>
  );
}

/** A titled part of a page. */
export function Section({ title, actions, children, headingId }: { title: string; actions?: ReactNode; children: ReactNode; headingId?: string }) {
  return (
    <section className="section" aria-labelledby={headingId}>
      <div className="section__header">
        <h2 className="section__title" id={headingId} tabIndex={-1}>
          {title}
        </h2>
        {actions ? <div className="section__actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}

export function Loading({ children = 'Loading…' }: { children?: ReactNode }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {children}
    </p>
  );
}

/** A status pill. */
export function Badge({ tone = 'neutral', children }: { tone?: 'neutral' | 'accent' | 'success' | 'warning' | 'danger' | 'muted'; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
