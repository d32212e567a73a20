import { contrastRatio, isHexColor, textColorOn } from './color';

interface BrandingPreviewProps {
  name: string;
  accentColor: string;
  logoUrl: string;
  slug: string;
}

/** How the client portal's sign-in page will look with these settings. */
export function BrandingPreview({ name, accentColor, logoUrl, slug }: BrandingPreviewProps) {
  const accent = isHexColor(accentColor) ? accentColor.trim().toLowerCase() : '#1d5b86';
  const onAccent = textColorOn(accent);
  const ratio = contrastRatio(accent, onAccent);
  const accentOnWhite = contrastRatio(accent, '#ffffff');
  const showLogo = /^https:\/\/\S+$/.test(logoUrl.trim());
  return (
    <figure className="brand-preview" aria-labelledby="brand-preview-caption">
      <figcaption id="brand-preview-caption" className="brand-preview__caption">
        Preview of the client portal at /p/{slug}
      </figcaption>
      <div className="brand-preview__frame">
        <div className="brand-preview__bar" style={{ backgroundColor: accent, color: onAccent }}>
          {showLogo ? <img src={logoUrl.trim()} alt="" className="brand-preview__logo" /> : null}
          <span className="brand-preview__name">{name.trim() || 'Your firm'}</span>
        </div>
        <div className="brand-preview__body">
          <p className="brand-preview__heading">Sign in to your client portal</p>
          <div className="brand-preview__field" aria-hidden="true" />
          <span className="brand-preview__button" style={{ backgroundColor: accent, color: onAccent }}>
            Sign in
          </span>
          <p className="brand-preview__link" style={{ color: accentOnWhite >= 4.5 ? accent : '#1f2933' }}>
            Forgot your password?
          </p>
        </div>
      </div>
      <p className="brand-preview__note">
        Text on the accent colour: {ratio.toFixed(1)}:1 {ratio >= 4.5 ? '(meets WCAG AA)' : '(below WCAG AA 4.5:1; choose a darker or lighter colour)'}.
        {accentOnWhite < 4.5 ? ' On white, this colour is too light for links; the portal uses dark text instead.' : ''}
      </p>
    </figure>
  );
}
