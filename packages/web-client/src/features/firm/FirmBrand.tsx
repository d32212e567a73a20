import { useState } from 'react';
import { Link } from 'react-router';
import { useFirm } from './FirmContext';

/** The firm's logo (when it has one that loads) and name, linking to the portal's home. */
export function FirmBrand() {
  const firm = useFirm();
  const [logoFailed, setLogoFailed] = useState(false);
  const showLogo = Boolean(firm.logoUrl) && !logoFailed;
  return (
    <Link to={`/p/${firm.slug}`} className="brand">
      {showLogo && firm.logoUrl ? (
        // The name is written next to the logo, so the image itself is decorative.
        <img className="brand__logo" src={firm.logoUrl} alt="" onError={() => setLogoFailed(true)} />
      ) : null}
      <span className="brand__name">{firm.name}</span>
      <span className="brand__portal">Client portal</span>
    </Link>
  );
}
