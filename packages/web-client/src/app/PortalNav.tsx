import { NavLink } from 'react-router';
import { useFirm } from '../features/firm/FirmContext';
import { sectionPath, useCurrentPortal } from '../features/home/useCurrentPortal';
import type { ClientPortal } from '../features/home/portals';

interface SectionLink {
  path: string;
  label: string;
  /** Shown only when the server says the section has something shared and the member may use it. */
  section: keyof ClientPortal['sections'];
}

const SECTIONS: SectionLink[] = [
  { path: 'todos', label: 'To-dos', section: 'todos' },
  { path: 'files', label: 'Files', section: 'files' },
  { path: 'billing', label: 'Billing', section: 'billing' },
  { path: 'messages', label: 'Messages', section: 'messages' },
  { path: 'appointments', label: 'Appointments', section: 'appointments' },
  { path: 'details', label: 'My details', section: 'myDetails' },
];

/** The sections of the client's portal (S4): each only when something is shared there and the member may use it. */
export function PortalNav() {
  const firm = useFirm();
  const { portals, portal } = useCurrentPortal();
  if (!portal) return null;
  const several = (portals?.length ?? 0) > 1;
  const visible = SECTIONS.filter((link) => portal.sections[link.section]);
  return (
    <nav className="portal-nav" aria-label="Portal">
      <ul>
        <li>
          <NavLink to={`/p/${firm.slug}`} end>
            Home
          </NavLink>
        </li>
        {visible.map((section) => (
          <li key={section.path}>
            <NavLink to={sectionPath(firm.slug, section.path, portal, several)}>{section.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
