/**
 * An email's HTML, shown in a sandboxed frame: no scripts, no forms, no navigation, and none of
 * this page's styles or cookies reach it.
 */
export function EmailFrame({ html, title }: { html: string; title: string }) {
  return <iframe className="email-frame" sandbox="" srcDoc={html} title={title} />;
}
